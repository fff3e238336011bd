# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""The answers of plans-next365's x365_03 and x365_04 (imported by make_expected.py after x365_01 and x365_02, so the
plans are collected in the files' order); read as make_expected.py's docstring says."""
from expected_tools import NODATE, S, plan
from shared365 import (
    ARTICLE,
    FILING,
    LIMIT,
    NONE,
    ONE_LEAD,
    OPTION,
    PENALTY,
    REVIEW,
    SENDING,
    art,
    lab,
    src,
)

# ---------------------------------------------------------------------------------------------------------
X03 = "x365_03_shi-zhengfu-2018-zhengfu-caigou-shishi-banfa.txt"
P03 = "上海市政府采购实施办法"
CG = ["采购人", "采购代理机构"]
SC = "市财政部门"


def a3(n):
    return lab(X03, n)


plan(X03,
     title=P03,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第65号 (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2018-01-22",
     date_note="promulgated 2018年1月22日 (令第65号), in force 2018年3月1日 (line 5; 第四十五条, a general provision); "
               "20个工作日内, 5个工作日内, 2个工作日内 are times from events (round 33), 定期 no date: no task is dated",
     level="a city government rule (政府规章) on government procurement: the procurement committee and the finance "
           "departments, purchasers, agencies and the central procurement centre, budgets and plans, reviews, single-source "
           "procurement, the electronic platform and market, credit records, supervision and penalties",
     source=src("上海市政府采购实施办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210609/b31be750ff604ff883d6ca8b1e12775f.html", 7114),
     style="heading printed twice, the promulgation line in brackets, then eight chapters 「第N章　title」 (an ideographic "
           "space) and 45 articles 「第N条（heading）」 on a line of their own with the text below (第三十二条 prints ASCII "
           "brackets 「第三十二条(失信惩戒)」); lists （一）– in 第十九、二十一、二十九、三十四、四十二条",
     leaf_tasks=40, count_alternatives=[36, 39, 41, 42],
     leaf_tasks_by_section={"第一条": 0, "第二–十一条": 10, "第十二条": 0, "第十三–十八条": 6, "第十九条": 0,
                            "第二十–二十七条": 8, "第二十八条": 0, "第二十九–三十三条": 5, "第三十四条": 5,
                            "第三十五条": 1, "第三十六条": 0, "第三十七–三十九条": 3, "第四十条": 0,
                            "第四十一、四十二条": 2, "第四十三–四十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a3("第二条")], [], ["上海市政府采购委员会", "市人民政府", SC],
          responsible_alternatives=[["上海市政府采购委员会", SC], ["市采购委员会", "市人民政府", SC], ["市采购委员会", SC]],
          **art(X03, [a3("第二条")]),
          note="「上海市政府采购委员会（以下简称市采购委员会）负责审议…，协调解决…。市采购委员会组成人员由市人民政府确定。 市财政部门负责市采购委员会的日常工作。」 — "
               "a standing body the article names with no 成立 is a doer by 负责 (Round 93's x345_02 第四条; Round 89's "
               "x331_01 三/（一）), the full name where it acts with its bracket dropped (rounds 35, 43); 由A＋确定 names A "
               "(rule 2), the members themselves no units (rule 3); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三条")], [], [SC, "区财政部门"], responsible_alternatives=[[SC, "区财政部门", "市和区人民政府其他有关部门"]],
          **art(X03, [a3("第三条")]),
          note="「市财政部门负责拟定…，指导和监督管理…。 区财政部门负责监督管理…。 市和区人民政府其他有关部门依法履行与政府采购活动有关的监督管理职责。」 — "
               "负责 is rule 2's; aligned round 70 to CONVENTIONS.md \"Round 101 rulings, written early\" (turned): "
               "履行…职责 gives no work, it points to duties held elsewhere, so it names none even under a duty heading "
               "(round 67's 履行; Round 77's x299_04 第四条; Round 87's x323_03 第七条); the old list with 「市和区人民政府其他有关部门」 "
               "stays accepted; each once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第八条")], [], ["集中采购机构", "采购代理机构"], responsible_alternatives=[["采购代理机构"]],
          **art(X03, [a3("第八条")]),
          note="「集中采购机构和集中采购机构以外的采购代理机构（以下统称采购代理机构）应当…建立完善的…制度，具备…条件和设施。 采购代理机构应当参加财政部门定期组织的…培训，并对本单位从业人员进行…培训，建立培训记录。」 — "
               "at a defining bracket the 的-rule gives the names, the defined name serving where it is printed later "
               "(Round 83's x311_02 第十五条; Round 89's x334_03 第九条), here the same words; " + ARTICLE.split(" (")[0]
               + " (建立, 进行培训); 财政部门 inside a noun's description (round 30: 「参加由A组织的培训」); each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a3("第九条")], [], ["市政府采购中心", "集中采购机构"], responsible_alternatives=[["市政府采购中心"]],
          **art(X03, [a3("第九条")]),
          note="「市政府采购中心是市人民政府依法设立的集中采购机构，负责组织实施集中采购。区人民政府可以…设立集中采购机构… 纳入集中采购目录的政府采购项目，集中采购机构不得拒绝…委托，并不得转委托…」 — "
               "负责组织实施 is rule 2's; a limit on its own acts with its subject printed names it (" + ARTICLE.split(" (")[0]
               + "), one body printed two ways given each time (rounds 43, 48; Round 94's x343_02 第六条); the district's "
               "设立 an option (" + OPTION.split(" (")[0] + "); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第十一条")], [], [SC] + CG, responsible_alternatives=[[SC]], **art(X03, [a3("第十一条")]),
          note="「市财政部门应当依托政府采购平台建立…供应商库…分类。 …供应商可以…登记入库。市财政部门应当加强…动态管理… 采购人或者采购代理机构实施非公开招标政府采购，需要随机抽取供应商的，应当通过供应商库实施。」 — "
               + ARTICLE.split(" (")[0] + "; the suppliers' entry an option (" + OPTION.split(" (")[0] + "); 需要…的 picks "
               "a kind of procurement by its method, no event (Round 96's 「以／按照X…的，由A」 form; Round 85's x319_01 "
               "第七条（二）: 需要…的 is not rule 3's 确需…的), and 实施 names its subjects, 或者 joining them (round 49); each "
               "once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第十三条")], [], ["采购人"], lead_alternatives=[["采购人"]], not_targets=[(20, "个工作日")],
          **art(X03, [a3("第十三条")]),
          note="「采购人应当在政府采购预算批复后20个工作日内编制政府采购实施计划并报同级财政部门备案。… 采购人应当严格按照政府采购实施计划开展采购活动，确需变更的，应当重新报财政部门备案并说明理由。」 — "
               "drafting its own procurement plan and carrying it out are work, verbs of doing in an article (round 44), "
               "beyond the budget's money (Round 83's x311_01 第七条 reads articles that only budget or pay); the filing a "
               "duty (below); " + LIMIT + ": 20 个工作日 not_target; " + ONE_LEAD + "; " + NODATE),
        S([a3("第十四条")], [], ["财政部门", "集中采购机构"], not_targets=[(5, "个工作日")],
          **art(X03, [a3("第十四条")]),
          note="「财政部门应当在收到采购人报送的政府采购实施计划后5个工作日内，将其中有关集中采购的内容汇总下达至集中采购机构。 集中采购机构应当…进行分析，并…开展批量集中采购。」 — "
               "汇总 is its body's own act, a verb of doing in an article (Round 97's x358_02 第十七条; Round 83's governs on "
               "x311_04 第十五条), and the centre's analysis and procurement its own work (round 44); handing the plans to "
               "the body that acts on them a duty (below); " + LIMIT + ": 5 个工作日 not_target; each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a3("第十七条")], [], CG, responsible_alternatives=[["评标委员会", "竞争性谈判小组", "询价小组"] + CG],
          **art(X03, [a3("第十七条")]),
          note="「评标委员会、竞争性谈判小组或者询价小组应当按照…的规定开展评审，并在评审结束后编写评审报告。评审报告应当包括…等。 采购人或者采购代理机构应当对评审活动进行全程录音录像，并将录音录像资料随采购项目文件一并归档。」 — "
               "aligned round 70 to CONVENTIONS.md \"Round 101 rulings, written early\" (turned): the panels' review of "
               "the suppliers' bids, with its report the review's own record, names none, in articles too (Round 85's "
               "x322_02 第十五条 「评标委员会应当…对投标文件进行评审」; round 68), the old list with the three panels "
               "(round 44; Round 78's x293_01 3.4) staying accepted; the report's contents text (Round 86's (a)); "
               "进行录音录像 and 归档 the purchasers' work (round 44), 或者 joining doers (round 49); each once, printed "
               "order; lead [] (no 牵头); " + NODATE),
        S([a3("第二十条")], [], ["采购人"], lead_alternatives=[["采购人"]], responsible_alternatives=[[]],
          targets=[(5, "个工作日")], **art(X03, [a3("第二十条")]),
          note="「属于本办法第十九条规定情形，且达到公开招标数额的货物、服务项目，拟采用单一来源采购方式的，采购人在依法报财政部门批准之前，应当在上海政府采购网公示，并将公示情况一并报财政部门。公示期不得少于5个工作日。」 — "
               "publishing its own intended procurement to the public is the purchaser's own act, a verb of doing bound "
               "by 应当 (" + ARTICLE.split(" (")[0] + "; Round 99's x359_02 第十四条: publishing one's own result) "
               "(RULING? 8: or a step of its own application for approval, naming none, round 42; Round 83's turned "
               "x316_01 七); the 的-clause picks a kind of project (Round 94's form); the report of the publicity goes "
               "with the application, a step of the finance department's decision, no duty (Round 89's x329_04 第九条); "
               "不得少于 is 不少于, a floor joined to a comparison word of round 30's list (Round 83's x315_03 第七条 read "
               "最多不得超过 so): target 5 个工作日; " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十五条")], [], [SC, "市政府采购中心", "采购人"], responsible_alternatives=[[SC, "市政府采购中心"]],
          **art(X03, [a3("第二十五条")]),
          note="「市财政部门依托政府采购平台推行电子集市采购。 …市政府采购中心应当组织制定采购项目需求，并定期通过…方式确定供应商…，统一录入政府采购平台… 电子集市的货物或者服务能够满足采购人需求的，采购人应当直接选择电子集市供应商进行采购。…应当书面报同级财政部门核实后另行采购。 市财政部门通过…方式，加强对电子集市的监督管理。」 — "
               "组织＋制定 is rule 2's, and 推行, 选择…进行采购, 加强…监督管理 verbs of doing in an article (round 44); "
               "the purchaser's report for 核实 a step of the department's check, no duty (Round 89's x329_04 第九条); "
               "定期 prints no date; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十一条")], [], CG + [SC], **art(X03, [a3("第三十一条")]),
          note="「采购人委托采购代理机构开展政府采购活动的，应当查询其信用记录，优先选择… 采购人或者采购代理机构应当在采购文件中明确信用信息的使用规则，在评标或者评审活动开始前查询… 市财政部门在聘用评审专家时应当查询…，对…不得聘为评审专家，已经聘用的应当及时解聘。」 — "
               + ARTICLE.split(" (")[0] + " (查询, 选择, 明确, 解聘), the 的-clause picking a kind of procurement (Round "
               "94's form), 或者 joining doers (round 49); the agency inside 委托's reach in the first clause, named by its "
               "own clause later; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十二条")], [], ["财政部门"] + CG, responsible_alternatives=[["财政部门"]],
          **art(X03, [a3("第三十二条")]),
          note="「供应商、采购代理机构存在严重失信行为的，财政部门应当依法禁止其在一定期限内参加政府采购活动。 对列入失信被执行人…名单的供应商，采购人或者采购代理机构不得与其开展政府采购活动。」 — "
               + PENALTY.split(" (")[0] + "; a ban on the purchasers' own acts with its subject printed names them (Round "
               "99's x359_01 第二十二条 「采购人或其委托的采购代理机构不得随意取消评审」), 或者 joining doers (round 49); each once, "
               "printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十四条"), "（四）"], [], ["财政部门"], lead_alternatives=[["财政部门"]],
          **art(X03, [a3("第三十四条"), "（四）"]),
          note="「财政部门应当加强对政府采购活动及采购人、采购代理机构的监督检查，并根据需要，组织实施下列专项监督检查:」 over 「（四）开展政府采购活动时查询和使用信用信息的情况；」 — "
               "the lines are the special checks the lead-in's own verb 组织实施 acts on, each a part of the body's work "
               "taking its body (Round 96's turned x341_04; round 63's x248_01 「应当对下列情况进行监督检查：」; rule 4) "
               "(RULING? 9: or what the checks look at, 「…的情况」, contents, Round 92's governs on x311_02, the article "
               "one task); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "采购人应当在政府采购预算批复后20个工作日内编制政府采购实施计划并报同级财政部门备案", "when": None,
              "when_norm": None,
              "note": "第十三条 — the purchasers, bodies the rules task, sending the plan the rules make them draw up; " + FILING
                      + " (the changed plan's 重新报…备案 the same step, one duty, round 41); 20个工作日内 a time from an "
                        "event: undated"},
             {"what": "财政部门应当在收到采购人报送的政府采购实施计划后5个工作日内，将其中有关集中采购的内容汇总下达至集中采购机构",
              "when": None, "when_norm": None,
              "note": "第十四条 — handing the gathered plans to the body that acts on them is a notice of the body's result, a "
                      "duty beside the task (Round 97's x358_02 第八条), undated"},
             {"what": "采购人或者采购代理机构应当立即中止采购程序，并报财政部门处理", "when": None, "when_norm": None,
              "note": "第二十七条 — a report the rules ask when a case arises, to the body that acts on it (round 44; Round 89's "
                      "x330_01), undated (not a 移送 of a case to the body with jurisdiction, Round 99's turned x364_01 "
                      "第十六条: the purchasers report their own suspended procedure)"},
             {"what": "财政部门应当通过政府采购平台记录…情况，并按照本市公共信用信息目录的要求向市公共信用信息服务平台归集",
              "when": None, "when_norm": None,
              "note": "第三十条 — records sent to the platform that gathers them are a sending, its duty undated (Round 81's "
                      "x310_03 第十四条; Round 97's x353_03 第二十八条)"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第四十三条 (the discipline of the rules' "
            "own officials, the standard liability clause, Round 91's x340_04 第七十九条), 第四十四条 (「…应当会同有关部门…制定"
            "…管理细则」, only the pointer to another text, round 39; Round 97's turned x357_01 四/10), 第四十五条 force; no "
            "tasks: 第十二条 (an article whose only acts budget money is the scheme's terms, Round 93's x345_02 第七条; Round 97's "
            "x358_02 第二十条), 第十九条 (可以 over a list of cases, Round 93's x346_02 第七、八条), 第二十八条 (「本市推行…制度」 a "
            "bare system the next articles set, Round 93's x346_01 第六条; Round 97's x358_02 第四条), 第三十六条 (可以 only), "
            "第四十条 (可以 only); tasks: 第二–十一条 one each (第十条: the suppliers' owed conduct, Round 84's p61a-2, a task "
            "naming none — their bids a bidder's steps, round 30), 第十三–十八条 one each (第十五条: limits on the procurement's "
            "own reviews with no subject, round 65's x274_01; Round 87's governs on x328_03), 第二十–二十七条 one each "
            "(第二十一条: its 协商情况记录 contents text, Round 86's (a); 第二十二条: 「本市…实行首购和订购制度」 beside the "
            "purchasers' own acts; 第二十三条: the platform parties' certification of themselves and their signatures, "
            "owed acts on themselves, a task naming none), 第二十九–三十三条 one each (第二十九条's （一）–（五） a list of "
            "classes of breach, the article's text, Round 78's (b)), 第三十四条 5 (its lines), 第三十五条, 第三十七–三十九条, "
            "第四十一、四十二条 (penalties by the finance department; 第四十二条's （一）–（五） cases, the text of one task, Round "
            "78's (b)) → **40**. Accepted: 36 (第三十四条 one task, RULING? 9), 39 (第十条 no task, the suppliers as bidders), "
            "41 (第十二条, 第二十八条 or 第四十四条 read as work), 42 (two of them)",
            "units: rule 2 and round 44 in articles; not sampled: 第四条 [市财政部门] (经A审议 and the district's proposal rule 3); "
            "第五条 [市财政部门]; 第六、七条 [采购人]; 第十条 none; 第十二条 no task; 第十五条 none; 第十六条 [市财政部门, 财政部门]; "
            "第十八条 [采购人, 采购代理机构] (publishing its own result, Round 99's x359_02 第十四条); 第二十一条 [采购人, 采购代理机构] "
            "(组织B＋verb, the staff and the supplier inside the pivot); 第二十二条 [采购人]; 第二十三条 none; 第二十四条 "
            "[采购人, 采购代理机构] (the suppliers' bids and the members' reviews none); 第二十六条 [市财政部门]; 第二十七条 "
            "[采购人, 采购代理机构] (an article whose whole work is the response to its case, round 30); 第二十九条 [市财政部门]; "
            "第三十条 [财政部门]; 第三十三、三十五、三十七、三十八条 [财政部门]; 第三十九条 [审计部门]; 第四十一、四十二条 [财政部门] "
            "with the bodies that discipline staff 「由其行政主管部门或者有关机关」 (由A＋verb)",
            "dates: none (see date_note)",
            "figures: target 5 个工作日 (第二十条, 不得少于); not_targets 20 个工作日 (第十三条), 5 个工作日 (第十四条); unchecked: 2个工作日内 "
            "(第十八条), the fines of 第四十二条",
            "duties: four, above; not duties: 第四条's and 第二十九条's sendings for 审议／批准／审定 (steps of the decision, Round "
            "89's x329_04 第九条), 第二十条's 公示情况 with the application, 第二十五条's 报…核实, 第十八条's 公告 and 第三十七条's "
            "公开 (disclosure, round 55's x247_01), 第二十六条's 向平台参与主体公开 (disclosure to the platform's users)"])


# ---------------------------------------------------------------------------------------------------------
X04 = "x365_04_shi-zhengfu-2017-zhengfu-xiaoneng-jianshe-guanli-shixing-banfa.txt"
P04 = "上海市政府效能建设管理试行办法"
BB = "市、区编办"
XD = "效能建设单位"


def a4(n):
    return lab(X04, n)


plan(X04,
     title=P04,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第52号 (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2017-05-27",
     date_note="promulgated 2017年5月27日 (令第52号), in force 2017年7月1日 (line 5; 第五十五条, a general provision); 年度, "
               "定期 and 每年 name no date, 30个工作日内 a time from an event (round 33): no task is dated",
     level="a city government rule (政府规章) on the efficiency of government bodies: who leads and runs the work (the "
           "establishment offices, 编办), the bodies' basic management, the exercise of powers, administrative and public "
           "services, efficiency assessment, supervision and sanctions of the bodies",
     source=src("上海市政府效能建设管理试行办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/b223230288b14a8a8a8190b25e2fe681.html", 6919),
     style="heading printed twice, the promulgation line in brackets, then seven chapters 「第N章　title」 (an ideographic "
           "space) and 55 articles 「第N条（heading）」 on a line of their own with the text below; lists （一）– in 第十三、"
           "十九、五十条 (第十九条's lines run-in headed 「（一）目录管理。…」)",
     leaf_tasks=50, count_alternatives=[45, 49, 51, 53],
     leaf_tasks_by_section={"第一、二条": 0, "第三–六条": 4, "第七条": 0, "第八–十八条": 11, "第十九条": 6,
                            "第二十–三十四条": 15, "第三十五条": 0, "第三十六–四十条": 5, "第四十一条": 0, "第四十二条": 1,
                            "第四十三、四十四条": 0, "第四十五–四十八条": 4, "第四十九、五十条": 0, "第五十一–五十四条": 4,
                            "第五十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a4("第四条")], [], ["市、区人民政府", "市、区机构编制委员会办公室", "财政、审计、公务员管理等部门"],
          responsible_alternatives=[["市、区机构编制委员会办公室", "财政、审计、公务员管理等部门"],
                                    ["市、区人民政府", BB, "财政、审计、公务员管理等部门"],
                                    ["市、区人民政府", "市、区机构编制委员会办公室", "财政、审计、公务员管理等部门", XD]],
          **art(X04, [a4("第四条")]),
          note="「市、区人民政府领导本行政区域政府效能建设工作。 市、区机构编制委员会办公室（以下统称“市、区编办”）负责…管理和推进工作。 财政、审计、公务员管理等部门按照各自职能，做好…相关工作。 效能建设单位应当确定相关机构负责组织、协调、管理、监督本单位的政府效能建设工作。」 — "
               "under a 职责分工 heading every body the text gives work is a unit (round 34; Round 93's x345_03 第四条, 做好 "
               "included), the governments' 领导 one paragraph of the duty division (RULING? 10: or a statement of who leads "
               "the whole of the work, a plan-level field naming none, Round 87's x323_02 第四条, Round 99's governs on "
               "x359_03 第四条 reading acts of their own); 负责 is rule 2's, the full name where it acts, 「（以下统称…）」 "
               "dropped (rounds 35, 43), the short name accepted; fields before one head with 等 one name (round 31); "
               "「A确定相关机构负责…」 staffs the work and names none (Round 90's governs on the staffing form; Round 97's "
               "x358_01 第四条), the list with 效能建设单位 accepted; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第六条")], [], [BB, "行政机关"], responsible_alternatives=[[BB]], **art(X04, [a4("第六条")]),
          note="「市、区编办应当对本级行政机关的职能进行科学界定，依法明确职责、机构、编制。 市、区编办应当定期对…开展评估，并根据评估结果进行调整。 行政机关不得擅自调整本行政机关职责、内设机构和人员编制。」 — "
               + ARTICLE.split(" (")[0] + " (界定, 评估, 调整; a ban on its own acts with its subject printed, Round 99's "
               "x359_01 第二十二条), 行政机关 a kind (round 30); the short name as printed where it acts (rounds 35, 43); "
               "定期 prints no date; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第十一条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第十一条")]),
          note="「效能建设单位实行岗位目标责任制。效能建设单位应当根据精简、统一、高效的原则，确定履行职责需要设置的岗位、人数及其工作内容、工作标准、工作权限、工作程序及工作责任等。」 — "
               "「A落实／配备／确定＋persons, posts…」 staffs the work and names none, A a doer only by another rule-2 clause "
               "of its own, in articles too (Round 90's governs on the staffing form; Round 93's turned x343_01 第十九条（三）, "
               "x345_02 第六条), and 实行…制 only introduces the system (Round 93's x346_01 第六条); the article binds the bodies "
               "to set up their posts, a task naming none; " + NONE + "; " + NODATE),
        S([a4("第十七条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第十七条")]),
          note="「效能建设单位制作或者获取的政府信息，应当依法主动公开，或者依申请公开。依法不予公开的应当及时告知申请人并说明理由。」 — "
               "the subject is the information; the body inside its description is no doer (round 30: 「经A认定的企业」), and "
               "an act with no subject is the rules' own bodies', a task naming none (round 65's x274_01); the notice to the "
               "applicant a duty (below); " + NONE + "; " + NODATE),
        S([a4("第十九条"), "（六）"], [], [BB], lead_alternatives=[[BB]], **art(X04, [a4("第十九条"), "（六）"]),
          note="「本市实施行政权力标准化管理制度：」 over 「（六）监督检查。市、区编办应当对效能建设单位的行政权力标准化管理实施情况，建立监督检查制度，及时发现和纠正违法或者不当的行为。」 — "
               "lines that each give work are items (Round 95's x352_02 第七条; plans-dev EXPECTED.md), the lead-in a bare "
               "system naming no body (round 41: 本市); " + ARTICLE.split(" (")[0] + " (建立, 纠正); " + ONE_LEAD + "; "
               + NODATE),
        S([a4("第二十五条")], [], [], responsible_alternatives=[["行政机关"]], **art(X04, [a4("第二十五条")]),
          note="「以告知承诺方式实施行政审批的，应当一次告知申请人审批条件和需要提交的材料。申请人以书面形式承诺…的，行使行政审批的行政机关应当作出行政审批决定，并按照规定，对申请人的履行承诺情况进行监督检查。」 — "
               + REVIEW.split(" (")[0] + ", and the check of what the applicant promised is a step of that decision "
               "(Round 91's x339_04 第十二条; Round 97's governs on x358_01 第十九条 read a body going on to supervise the "
               "licensee's activity); the approvals the rules bind their bodies to make are work, a task naming none (Round "
               "87's x327_04); telling applicants the conditions is the scheme's terms, no duty (not a notice of the body's "
               "own finding); " + NONE + "; " + NODATE),
        S([a4("第三十条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第三十条")]),
          note="「效能建设单位认为公民、法人和其他组织提交的相关材料不齐全或者不符合法定形式的，应当一次书面告知需要补正的全部内容，告知的内容应当与其对外公示的办事指南内容一致。」 — "
               + SENDING.split(" (")[0] + " (Round 93's x341_04 第十七条 「应当书面告知受害人」), its notice a duty (below; Round "
               "97's x358_01 第七条 「…一次告知需要补正的全部内容」); " + NONE + "; " + NODATE),
        S([a4("第三十二条")], [], [], responsible_alternatives=[[XD]], **art(X04, [a4("第三十二条")]),
          note="「效能建设单位受理…咨询、申请办理有关事项，首次接待的工作人员应当解答咨询、申请事项，引导办理，并承担首问负责人责任。」 — "
               "the acts are the staff's, persons never units (round 30); staff of the rules' own bodies carry those "
               "bodies' work, a task naming none (Round 89's x333_01 第十三条 case officers; Round 91's x338_03 posts), not "
               "the job of persons a regulated party hires (Round 85's x317_01); the body stands in the time clause "
               "(受理…时), no clause of rule 2; " + NONE + "; " + NODATE),
        S([a4("第三十六条")], [], ["行政服务和公共服务窗口"], lead_alternatives=[["行政服务和公共服务窗口"]],
          responsible_alternatives=[[]], **art(X04, [a4("第三十六条")]),
          note="「行政服务和公共服务窗口应当在其服务场所显著位置设立公示牌，公布…信息；工作人员办公窗口应当统一放置…显示牌。 行政服务和公共服务窗口工作人员在工作时间应当统一佩戴胸牌。」 — "
               "a facility, platform or site a rule binds by 应当 to an act stands for the body that runs it, named as "
               "printed (Round 85's decided x317_04 第三十一条; Round 89's x329_01 第五条; Round 93's x341_03 第五条 信息平台) "
               "(RULING? 11: or a service window a place, no body, none); the staff persons (round 30); " + ONE_LEAD + "; "
               + NODATE),
        S([a4("第四十八条")], [], [BB], lead_alternatives=[[BB]], **art(X04, [a4("第四十八条")]),
          note="「市、区编办应当制定年度政府效能监督检查工作计划，报本级人民政府批准。区编办制定的年度政府效能监督检查工作计划，报市编办备案。」 — "
               + ARTICLE.split(" (")[0] + " (制定); the district office inside the noun's description of the second sentence "
               "(round 30); the sending for approval a step of the decision, no duty (Round 89's x329_04 第九条), the filing "
               "with the office above a duty (below); " + ONE_LEAD + "; " + NODATE),
        S([a4("第五十一条")], [], [BB], lead_alternatives=[[BB]], not_targets=[(30, "个工作日")],
          **art(X04, [a4("第五十一条")]),
          note="「市、区编办实施监督检查，应当根据工作需要作出政府效能监督检查报告，提出政府效能监督检查建议，并以书面形式送达相关效能建设单位。效能建设单位应当自收到监督检查建议书之日起30个工作日内，将采纳情况通报编办。」 — "
               + ARTICLE.split(" (")[0] + " (作出报告, 提出建议; 实施 rule 2's), serving its findings on the body checked "
               "ends its own work (Round 83's x313_02 五、（十一））; the units' only act is 「A将X通报B」, a sending naming "
               "none; both sendings duties (below); " + LIMIT + ": 30 个工作日 not_target; " + ONE_LEAD + "; " + NODATE),
        S([a4("第五十三条")], [], [BB, XD, "编办"], responsible_alternatives=[[BB, XD]], **art(X04, [a4("第五十三条")]),
          note="「市、区编办应当建立政府效能建设监督员制度。监督员可以收集、反映…。效能建设单位应当认真办理监督员提出的问题、意见和建议，并及时反馈。 效能建设单位可以…接受…评议… 公民…有权向编办举报、投诉。编办应当依法受理。」 — "
               + ARTICLE.split(" (")[0] + " (建立, 办理, 受理), a body taking in complaints about the work it oversees "
               "doing its own work (Round 89's x334_02 第五条; Round 87's x325_02 第二十一条); the two printings 市、区编办 and "
               "编办 two names as printed (round 43; Round 82's turned x310_03); 监督员 persons, 可以／有权 options (" + OPTION.split(" (")[0]
               + "); the feedback a duty (below); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a4("第五十四条")], [], ["编办", "相关行政机关"], responsible_alternatives=[[]], **art(X04, [a4("第五十四条")]),
          note="「效能建设单位违反本办法规定，由编办或者相关行政机关按照有关规定给予行政处理。 行政处理方式…可以单独或者合并使用。 效能建设单位受到行政处理的，应当同时依法追究主要负责人及其他责任人的行政责任。 …取消当年度各类先进评选资格。」 — "
               "the bodies these rules regulate are the 效能建设单位 (第二条), and a sanction a named body imposes on them is "
               "its enforcement (" + PENALTY.split(" (")[0] + "), 由A或者B＋verb naming both (round 30; round 49) (RULING? "
               "12: or the discipline of government bodies and officials, the standard liability clause, a general "
               "provision whatever agent it names, Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条); the "
               "officials' accountability and the lost honours consequences with no agent (Round 95's turned x350_08); "
               "each once, printed order; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "依法不予公开的应当及时告知申请人并说明理由", "when": None, "when_norm": None,
              "note": "第十七条 — a notice of the body's own decision to the party it concerns (Round 97's x358_01 第七、十、十一、"
                      "十二条; Round 93's x345_04 第十七条), undated"},
             {"what": "新增的行政服务和公共服务事项，应当按照规定向市、区编办登记备案", "when": None, "when_norm": None,
              "note": "第二十六条 — bodies the rules task filing the new items of their own service catalogue with the office "
                      "that keeps it (round 48; Round 91's filings by bodies the scheme tasks), the sender unnamed (Round "
                      "91's governs on x335_01 第三十条), undated"},
             {"what": "效能建设单位认为…材料不齐全或者不符合法定形式的，应当一次书面告知需要补正的全部内容", "when": None,
              "when_norm": None, "note": "第三十条 — a notice of the body's own finding to the applicant (Round 97's x358_01 第七条), undated"},
             {"what": "区编办制定的年度政府效能监督检查工作计划，报市编办备案", "when": None, "when_norm": None,
              "note": "第四十八条 — a body's plan filed with the body above is a sending of work the scheme gives, undated where "
                      "no time is printed (Round 99's x363_01 「…每年度工作计划…报市规划资源局备案」); the plan's 年度 names "
                      "the plan, not a day"},
             {"what": "市、区编办…应当根据工作需要作出政府效能监督检查报告，提出政府效能监督检查建议，并以书面形式送达相关效能建设单位",
              "when": None, "when_norm": None,
              "note": "第五十一条 — a notice of the body's own inspection results to the body checked (Round 97's x358_01 "
                      "第二十二条; Round 89's turned x331_04 第九条), undated"},
             {"what": "效能建设单位应当自收到监督检查建议书之日起30个工作日内，将采纳情况通报编办", "when": None,
              "when_norm": None,
              "note": "第五十一条 — the checked body's report of its response to the findings (Round 89's x333_01 第四十二条: "
                      "the corrected body's report of its correction is a duty), 30个工作日内 a time from an event: undated"},
             {"what": "效能建设单位应当认真办理监督员提出的问题、意见和建议，并及时反馈", "when": None, "when_norm": None,
              "note": "第五十三条 — a notice of the body's own handling to those who raised it (Round 97's x358_01; Round 89's "
                      "x329_01 第十七条 处理和反馈), undated, 及时 printing no time"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and the definition of "
            "效能建设单位, 第五十五条 force; no tasks: 第七条 (a statement of the authorised bodies' legal standing, no act owed, "
            "Round 78's (a)), 第三十五条 (可以 only), 第四十一条 (可以委托; 「…由市编办另行制定」 only the pointer to another "
            "text, round 39, Round 97's turned x357_01 四/10; the fee's budgeting money), 第四十三条 (what the reviews turn on "
            "and 可以, definitions and an option), 第四十四条 (「按照…的基本流程实施」, an outline of steps, Round 97's x355_02 四、), "
            "第四十九条 (可以邀请 and the manner 采取…方式进行, 可以 reaching the comma-joined clause, round 49 p46b), 第五十条 "
            "(可以要求…／可以责令, options over its lines); tasks: 第三条 (its first paragraph a principle, p51e; its second "
            "the bodies' acts, Round 97's x353_02 第四条), 第四条, 第五条 (the leaders' own acts 组织落实, 管理和监督: staff of "
            "the rules' bodies, a task naming none, Round 89's x333_01 第十三条; not Round 93's x344_01 principle of roles, "
            "which prints no act), 第六条, 第八条 (第二款 a limit on the entrusted body's acts, the bare 组织 no kind, Round "
            "81's x310_03 第十条; Round 91's x339_04 第八条), 第九条 ([内设机构, 派出机构], bound by 应当 to act in their "
            "body's name), 第十–十八条 one each (第十三条 one task, its （一）–（四） classes of matter each with its body, a list "
            "of cases, Round 78's (b), naming 行政机关 by 由A管辖, Round 89's x333_01 第六、七条, place phrases dropped, Round "
            "97's x353_02 第七条; 第十四条 [下级行政机关], 应当由A行使; 有权／可以 options), 第十九条 6 (its lines), 第二十–三十四条 "
            "one each (第二十六条: 本市…实施目录管理, acts with no subject, round 65's x274_01; 第三十三条 [效能建设单位], 作出说明 "
            "its own service), 第三十六–四十条 one each (第三十九条: 「本市实行…制度」 and the scope text, 市、区编办 组织对…的"
            "效能评估 its work; 第四十条: 「本市建立…系统，运用…采集和报送…」 acts with no subject), 第四十二条, 第四十五条 "
            "(纳入…考核内容, an act with no subject), 第四十六–四十八条, 第五十一–五十四条 (第五十二条: 被提请协助的机关应当予以协助, "
            "the bare 机关 no kind, a task naming none) → **50**. Accepted: 45 (第十九条 one task), 49 (第五条 a principle of "
            "roles, or 第五十四条 the liability clause, RULING? 12), 51 (第四十九条 read as the offices' work), 53 (第十三条's "
            "four lines items)",
            "units: rule 2 and round 44 in articles; not sampled: 第三条 [效能建设单位]; 第五条 none (persons); 第八条 none; 第九条 "
            "[内设机构, 派出机构]; 第十、十五、二十三条 [行政机关]; 第十二条 [行政机关] (被请求协助的行政机关, the 的-rule); 第十三条 "
            "[行政机关]; 第十四条 [下级行政机关]; 第十六、十八、二十–二十二、二十四、二十七–二十九、三十一、三十三、三十四、三十七、三十八、四十六条 "
            "[效能建设单位]; 第十九条（一）（三）（四） none, （二）（五） [效能建设单位]; 第二十六条 none; 第三十九、四十二、四十七条 "
            "[市、区编办]; 第四十、四十五条 none; 第五十二条 none",
            "dates: none (see date_note)",
            "figures: not_target 30 个工作日 (第五十一条); no other figure in a task",
            "duties: seven, above; not duties: 第二十五条's 一次告知申请人审批条件 (the scheme's terms told to an applicant, not "
            "the body's own finding), 第四十八条's 报本级人民政府批准 (a step of the approval, Round 89's x329_04 第九条), "
            "第四十条's 采集和报送…数据 (the system's own working, no sender or receiver named)"])

