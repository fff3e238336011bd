# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next371/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 70 (built by helper c371, for round 71): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and Rounds 90–102 read whole, see
the README's Exposures) and /work/shared/plans-dev/EXPECTED.md (lines 1–70) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next371/make_expected.py tests/data/plans-next371
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from expected_tools import NODATE, PLANS, S, plan, write_collected  # noqa: E402
from shared371 import (  # noqa: E402
    ARTICLE,
    DANGER,
    DIR,
    FILING,
    FINE,
    LIMIT,
    MONEY,
    NONE,
    NOTICE,
    ONE_LEAD,
    OPTION,
    PENALTY,
    REVIEW,
    SENDING,
    ZONE,
    art,
    lab,
    src,
)

AV = ARTICLE.split(" (")[0]
SJ = "市交通行政管理部门"
GL = "市公路管理机构"

# ---------------------------------------------------------------------------------------------------------
X01 = "x371_01_shi-zhengfu-2016-gaosu-gonglu-guanli-banfa.txt"
JY = "高速公路经营管理者"
SF = "收费高速公路经营管理者"
JS = "高速公路项目建设单位"
FG = "市发展改革、公安、财政、规划国土、绿化市容和水务等部门"


def a1(n):
    return lab(X01, n)


plan(X01,
     title="上海市高速公路管理办法",
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第5号 (2013), amended by 上海市人民政府令第42号 (2016) (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2016-06-21",
     date_note="promulgated 2013年9月9日 (令第5号), amended 2016年6月21日 (令第42号) (line 5); in force 2013年11月1日 (第四十五条, a "
               "general provision); 定期, 年度, 及时, 立即 print no date and 前／后 count from events (round 33): no task is dated",
     level="a city government rule (政府规章) on expressways: the supervising departments, building and maintenance by the "
           "builders and the operators, tolls, service areas, towing, road administration, emergencies and penalties",
     source=src("上海市高速公路管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/34a7a62ca36e4691a6eee76eeb129f66.html", 7184),
     style="heading printed twice, the promulgation and amendment line in brackets, then six chapters 「第N章  title」 (two "
           "ASCII spaces) and 45 articles 「第N条（heading）」 on a line of their own with the text below; lists （一）– in "
           "第十、三十、三十四、三十九、四十四条",
     leaf_tasks=41, count_alternatives=[38, 39, 40, 43],
     leaf_tasks_by_section={"第一、二条": 0, "第三–九条": 7, "第十条": 3, "第十一–二十条": 10, "第二十一–三十条": 10,
                            "第三十一–三十七条 (第三十四条 none)": 6, "第三十八–四十二条": 5, "第四十三–四十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a1("第三条")], [], [SJ, "相关区人民政府", FG],
          responsible_alternatives=[[SJ, GL, "相关区人民政府", FG], [SJ, "相关区（县）人民政府", FG], [SJ]],
          **art(X01, [a1("第三条")]),
          note="「市交通行政管理部门是本市高速公路的主管部门，其所属的市公路管理机构具体行使高速公路行政管理职责。 相关区（县）人民政府和市发展改革、…等部门按照各自的职责，协同实施本办法。」 — "
               "naming the department that bears the rules' work designates it (Round 93's governs on x346_01 第三条); "
               "协同实施本办法 names the bodies that carry out the rules (Round 91's x340_02 第三条; x365_02 第三条); 行使…职责 "
               "with duties as object points to duties held elsewhere and names none, as 履行…职责 (round 67; Round 101's "
               "turned x365_03 第三条) (RULING? 1: or the designated body under a duty heading, round 34); fields before "
               "one head with 等 one name as printed, 和 included (round 31; Round 91's x340_01 第二十四条); " + ZONE
               + "; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第四条")], [], [SJ, SF], **art(X01, [a1("第四条")]),
          note="「市交通行政管理部门应当…向社会公布…信息。 收费高速公路经营管理者应当…定期向社会公布通行费收支情况。」 — publishing in its "
               "own work is the body's own act (Round 99's x359_02 第十四条), a verb of doing bound by 应当 in an article ("
               + AV + "); disclosure to the public, no duty (round 55's x247_01); 定期 prints no date; lead [] (no "
               "牵头); " + NODATE),
        S([a1("第五条")], ["市财政部门"], ["市财政部门", SJ], lead_alternatives=[[]], **art(X01, [a1("第五条")]),
          note="「新建、改建、扩建高速公路应当按照…进行… 对政府投资的…项目，市财政部门应当会同市交通行政管理部门对建设资金使用情况实施监管。 对国内外经济组织投资的…项目，市交通行政管理部门应当对…进行监督检查。」 — "
               "「A会同B＋verb」 gives lead A with B (rule 2); the first sentence a limit with no subject; each 对X的 picks a "
               "kind of project by what it is, each paragraph's only work with its doer (Round 94's confirmed form); "
               "overseeing the funds' use is work beyond money (Round 101's x367_02 8.6); each once, printed order; "
               + NODATE),
        S([a1("第十条"), "（一）"], [], [JS, "所在地区交通行政管理部门"],
          responsible_alternatives=[[JS, "所在地区（县）交通行政管理部门"], [JS, "区交通行政管理部门"], [JS]],
          **art(X01, [a1("第十条"), "（一）"]),
          note="「高速公路交工验收合格后，高速公路项目建设单位应当及时向所在地区（县）交通行政管理部门移交下列设施，所在地区（县）交通行政管理部门应当及时接管、养护：」 over 「（一）上跨高速公路的桥梁；」 — "
               "「A应当＋verb＋下列X：」 makes the lines the parts of the work, each taking the lead-in's bodies (Round 96's "
               "turned x341_04 第三十八条; Round 101's confirmed x365_02 第六条; rule 4) (RULING? 2: or the lines the "
               "contents of one hand-over, Round 86's (a), the article one task); handing over works is the builder's "
               "owed act, not a sending of papers, and 接管、养护 the district's own (" + AV + "); a one-word relation "
               "所在 is kept (Round 91's x340_02 第二十一条 「所在地区绿化市容部门」), " + ZONE + "; printed order; lead []; "
               + NODATE),
        S([a1("第十二条")], [SJ], [JY, SJ, "有关部门"], lead_alternatives=[[]], responsible_alternatives=[[JY, SJ]],
          **art(X01, [a1("第十二条")]),
          note="「高速公路经营管理者应当…落实养护所需经费，编制高速公路年度养护运行计划。 …计划，应当经市交通行政管理部门同意后组织实施。…应当书面征求市公路管理机构的意见后组织实施。 市交通行政管理部门应当会同有关部门对…养护资金的落实和使用情况进行监督检查。」 — "
               "编制 a verb of doing in an article (" + AV + "), the operator carried to 组织实施 (round 34); 经A同意 and "
               "the consulted body name none (rule 3); 「A会同B＋verb」 gives lead A with B (rule 2), 有关部门 a kind after "
               "会同 (Round 80's p59a-2), the list without it accepted; each once, printed order; " + NODATE),
        S([a1("第十四条")], [], [JY, GL], **art(X01, [a1("第十四条")]),
          note="「高速公路经营管理者应当…定期对高速公路进行检测和评定，…应当进行维修；对其中不符合车辆通行安全要求的，还应当通知公安交通管理部门，并及时发布相关信息。 市公路管理机构应当定期对高速公路进行检查、检测。…应当责成高速公路经营管理者限期采取相应措施。」 — "
               + AV + "; the police notified are receivers (rule 3), the notice a duty (below); 责成 a pivot whose object "
               "is named as a doer already; 定期 prints no date; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十七条")], [], [JY, GL], responsible_alternatives=[[JY]], **art(X01, [a1("第十七条")]),
          note="「对…中修项目，高速公路经营管理者应当…编制工程可行性研究报告，经市公路管理机构组织技术审核通过后，方可组织实施。 对…大修项目，…应当分别编制…，报市交通行政管理部门审批。」 — "
               "编制 a verb of doing in an article (" + AV + "); 「经A组织（初审／审查／评审）…通过后」 names A wherever it "
               "stands (Round 92's confirmed form on x339_03 第二十六条; Round 94's turned x63_04, x112_02), 报A审批 none "
               "(rule 3) (RULING? 3: or a review of the operator's submission, named none, " + REVIEW.split(" (")[0]
               + "); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十九条")], [], [JY], lead_alternatives=[[JY]], **art(X01, [a1("第十九条")]),
          note="「因自然灾害、交通事故等突发事件造成…损坏，影响正常通行和行车安全的，高速公路经营管理者应当立即组织有相应资质的养护作业单位实施紧急维修。」 — "
               "an article whose whole work is the response to its case takes its doer (round 30's clarification), and "
               "「A组织B＋verb」 names A, B the object of 组织 (round 30); " + ONE_LEAD + "; 立即 prints no date; "
               + NODATE),
        S([a1("第二十二条")], [SJ], [SF, SJ, "相关部门"], lead_alternatives=[[]], responsible_alternatives=[[SF, SJ]],
          **art(X01, [a1("第二十二条")]),
          note="「收费高速公路经营管理者应当根据车流量，开通足够数量的收费道口… 当…排队长度超过市交通行政管理部门规定的距离时，收费高速公路经营管理者应当…采取…免费放行措施。… 节假日、重大活动等特定时段依照国家规定实行免费通行的，市交通行政管理部门应当会同相关部门和收费高速公路经营管理者采取相应的措施…」 — "
               + AV + "; 「A会同B＋verb」 gives lead A with B (rule 2), the 的-clause a kind of period, no event (Round 94's "
               "form); the distance is set elsewhere and prints no figure; each once, printed order; " + NODATE),
        S([a1("第二十四条")], [], [], responsible_alternatives=[["收费高速公路经营管理者共同认可的单位"]],
          **art(X01, [a1("第二十四条")]),
          note="「本市收费高速公路实行联网收费。 收费高速公路经营管理者共同认可的单位负责本市收费高速公路联网收费资金的结算和清分等管理工作，产生的相应费用由收费高速公路经营管理者共同承担。」 — "
               "the 的-rule leaves a bare 单位, which is no kind (Round 91's x339_04 第八条; Round 85's x317_04), the "
               "operators inside the noun's description (round 30); 由A共同承担 a cost names payers (round 30); the first "
               "sentence an act with no subject, the rules' own (round 65's x274_01); " + NONE + "; " + NODATE),
        S([a1("第二十七条")], [], [GL, JY, "清障施救牵引服务企业"], responsible_alternatives=[[GL, JY]],
          **art(X01, [a1("第二十七条")]),
          note="「高速公路经营管理者可以自行配置…或者委托…企业，提供…服务。市公路管理机构应当加强对…清障施救牵引工作的指导。 高速公路经营管理者接到清障救援信息后，应当立即派出…车辆和人员赶赴现场… 高速公路经营管理者或者其委托的清障施救牵引服务企业应当按照…标准收取费用，不得擅自增加… 禁止其他单位和个人…」 — "
               "the first sentence an option (" + OPTION.split(" (")[0] + "); 加强对…的指导 names its body in an article (Round "
               "91's x335_01 第二十一条; Round 93's x346_01 第十六条); the operator's and the firm's owed acts (" + AV
               + "), 或者 joining doers (round 49), the 的-phrase giving the firm (rounds 32, 38); the ban on others a "
               "rule to anyone (Round 80); each once, in the order they act; lead [] (no 牵头); " + NODATE),
        S([a1("第二十九条")], [], [], responsible_alternatives=[[JY]], **art(X01, [a1("第二十九条")]),
          note="「高速公路经营管理者应当按照国家和本市有关规定，向市公路管理机构及时提供收费、还贷、路况、交通流量、养护和管理等有关信息资料。」 — "
               + SENDING.split(" (")[0] + " (Round 98's x353_02 第十七条); the sending a duty (below); " + NONE + "; "
               + NODATE),
        S([a1("第三十二条")], [], [GL], lead_alternatives=[[GL]], not_targets=[(30, "米")],
          **art(X01, [a1("第三十二条")]),
          note="「高速公路建筑控制区的范围为公路用地外缘起算向外30米的距离；… 在建高速公路按照前款规定确定建筑控制区时，市公路管理机构应当设置建筑控制区分界标志，并…进行管理。」 — "
               + AV + "; the zone's width is a figure with no comparison word that fixes a norm, no target (round 30's "
               "line: 「原则上按500户配1名」; Round 99's x359_03 第十四条 limits read with no figure joined); " + ONE_LEAD
               + "; " + NODATE),
        S([a1("第三十六条")], [], ["设施管理单位", JY], **art(X01, [a1("第三十六条")]),
          note="「…等设施可能危害高速公路交通安全的，设施管理单位应当立即采取措施加以修复或者清除。 高速公路经营管理者发现前款规定的设施可能危害…的，应当及时设置警示标志，并立即通知相关设施管理单位进行处置。情况紧急，…高速公路经营管理者应当立即进行处置。 …不得遮挡公路标志…」 — "
               "an article whose whole work is the response to its dangers takes its doers (round 30's clarification; "
               + AV + "); the notice to the facility's keeper a duty (below), the keeper notified a receiver there; the "
               "last paragraph a limit on anyone's buildings (Round 80); each once, printed order; lead [] (no 牵头); "
               + NODATE),
        S([a1("第三十七条")], [], [SJ, JY], **art(X01, [a1("第三十七条")]),
          note="「市交通行政管理部门应当组织制定本市高速公路突发事件应急预案，报市人民政府批准后实施。 高速公路经营管理者应当…制定具体应急预案，并报市公路管理机构备案。 高速公路经营管理者应当…组织应急队伍，储备抢险物资和设备，定期组织应急演练。…应当协助和配合市交通行政管理部门做好应急处置工作。」 — "
               "组织＋verb is rule 2's; the operator's drafting and drills verbs of doing in an article (" + AV + "); the "
               "city plan sent for approval a step of the decision, no duty (Round 89's x329_04 第九条), the operator's "
               "filing a duty (below); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第三十九条")], [], [SJ], lead_alternatives=[[SJ]], not_targets=[(3000, "元"), (3, "万元")],
          **art(X01, [a1("第三十九条")]),
          note="「违反本办法第二十二条规定，收费高速公路经营管理者有下列情形之一的，由市交通行政管理部门责令改正，处3000元以上3万元以下罚款：（一）…（三）…」 — "
               + PENALTY.split(" (")[0] + "; its lines only class the cases the penalty reaches, the text of one task "
               "(Round 78's (b); Round 91's x337_01 第六、七条); " + FINE + ": not_targets 3000 元, 3 万元; " + ONE_LEAD
               + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "对其中不符合车辆通行安全要求的，还应当通知公安交通管理部门，并及时发布相关信息",
              "when": None, "when_norm": None, "note": "第十四条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "桥梁、隧道严重损坏，影响车辆通行安全的，应当通知公安交通管理部门，并配合其采取相应的交通管制措施",
              "when": None, "when_norm": None,
              "note": "第十五条 — as 第十四条, another danger to another receiver's work; round 41 joins only a step printed "
                      "alike; undated"},
             {"what": "严重影响车辆安全行驶的，应当编制养护作业路段交通组织方案，并报市公路管理机构和公安交通管理部门备案后实施",
              "when": None, "when_norm": None, "note": "第二十条 — the operator filing the plan the rules make it draw up for its "
                                                       "maintenance work; " + FILING.split(" (")[0] + "; undated"},
             {"what": "收费高速公路经营管理者应当建立投诉受理机制，向社会公开投诉方式，及时反馈处理意见", "when": None,
              "when_norm": None, "note": "第二十八条 — " + NOTICE.split(" (")[0] + " (the complainant); 及时: undated"},
             {"what": "高速公路经营管理者应当…向市公路管理机构及时提供收费、还贷、路况、交通流量、养护和管理等有关信息资料",
              "when": None, "when_norm": None,
              "note": "第二十九条 — the operator of the public road sending the records of the work the rules give it; "
                      + FILING + " (RULING? 5: or round 42's filing on its own business, its tolls and loans); undated"},
             {"what": "高速公路经营管理者在日常巡查过程中发现侵害高速公路设施的违法行为时，应当及时制止，保护现场，并报告市公路管理机构依法处理",
              "when": None, "when_norm": None, "note": "第三十一条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "高速公路经营管理者发现前款规定的设施可能危害高速公路交通安全的，应当及时设置警示标志，并立即通知相关设施管理单位进行处置",
              "when": None, "when_norm": None, "note": "第三十六条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "高速公路经营管理者应当根据市高速公路突发事件应急预案制定具体应急预案，并报市公路管理机构备案",
              "when": None, "when_norm": None,
              "note": "第三十七条 — " + FILING.split(" (")[0] + " (Round 101 confirmed x365_02 第二十三条's identical filing); undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and definition, 第四十五条 force; "
            "no tasks: 第三十四条 (「任何单位和个人不得…从事下列行为」, a rule to anyone, Round 80), 第四十三条 (可以委托, an option), "
            "第四十四条 (the discipline of the rules' own officials, the standard liability clause, Round 91's x340_04 第七十九条); "
            "tasks: 第三–九条 one each (第七条: 由A组织编制 for the city's proposal and the builder's design, the districts' "
            "支持和协助; 第九条: the system, the builder's 接入 and the operator's cost a payer's), 第十条 3 (its lines, the "
            "objects of 移交, RULING? 2), 第十一–二十九条 one each (第十八条 a limit with no subject, naming none; 第二十条 the "
            "workers' dress persons' conduct and the operator's measures; 第二十三条's 「具体管理办法…另行制定」 work inside an "
            "article that gives other work, Round 97's turned x357_01 四/10), 第三十条 one task naming none (the vehicles' "
            "bans, RULING? 4), 第三十一–三十三条, 第三十五–四十二条 one each (第三十五条: anyone's compensation a payment, the "
            "operator's receipt and repair its work; 第三十八–四十二条 penalties by a named body; their lines cases) → **41**. "
            "Accepted: 39 (第十条 one task), 40 (第三十条 none), 38 (both), 43 (第三十条's three lines)",
            "units: rule 2 and round 44 in articles; not sampled: 第六条 [高速公路项目建设单位, 养护单位]; 第七条 [市交通行政管理部门, "
            "高速公路项目建设单位, 沿线区人民政府]; 第八、九条 [高速公路项目建设单位, 市交通行政管理部门／市公路管理机构]; 第十一、十三、"
            "十五、十六条 [高速公路经营管理者]; 第二十一、二十三、二十六、二十八条 [收费高速公路经营管理者] (第二十三条 with 市交通行政管理部门; "
            "第二十六条's 经A同意 none); 第二十五条 lead [市公路管理机构] with 高速公路经营管理者; 第三十一条 [市公路管理机构, "
            "高速公路经营管理者]; 第三十三条 [高速公路经营管理者] (市公路管理机构 可以 an option); 第三十八条 [市建设行政管理部门]",
            "dates: none (see date_note)",
            "figures: not_targets 30 米 (第三十二条), 3000 元 and 3 万元 (第三十九条); unchecked: the other fines (第四十、四十一、四十二条)",
            "duties: eight, above; not duties: 第四条's 向社会公布 (disclosure, round 55's x247_01), 第七、十七、三十七条's 报…批准／审批 "
            "(steps of a decision, Round 89's x329_04 第九条), 第三十八条's 申请人民法院强制执行 (enforcement, no report)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x371_02_shi-zhengfu-2016-linshi-zhanyong-chengshi-daolu-guanli-banfa.txt"
SZ = "市政工程管理部门"
GA = "公安交通管理部门"
SQ = "市、区市政工程管理部门"
SQP = "市、区（县）市政工程管理部门"


def a2(n):
    return lab(X02, n)


plan(X02,
     title="上海市临时占用城市道路管理办法",
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第13号 (1995), amended by 令第53号 (1997), 第52号 (2010), 第81号 (2012) and 第42号 (2016) (line 5; "
            "the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2016-06-21",
     date_note="issued 1995年8月28日 (令第13号), last amended 2016年6月21日 (令第42号) (line 5); in force 1995年10月1日 (第二十五条, a "
               "general provision); 15天内, 5天内, 15天前 count from events (round 33), 年度 names a yearly cycle: no task is dated",
     level="a city government rule (政府规章) on the temporary occupation of city roads: the limits on what may be "
           "approved, who approves, the permit, the occupation fee, extensions, penalties",
     source=src("上海市临时占用城市道路管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/024f42f0c5e8405e9c5147cf58c99a48.html", 4679),
     style="heading printed twice, the promulgation and amendment line in brackets, then 25 articles 「第N条（heading）」 on a "
           "line of their own (no chapters); lists （一）– in 第五、六、八、十二、十六、十七条",
     leaf_tasks=20, count_alternatives=[16, 21, 22, 24],
     leaf_tasks_by_section={"第一、二条": 0, "第三–十条": 8, "第十一条": 0, "第十二条": 5, "第十三条": 0,
                            "第十四–十九条": 6, "第二十条": 0, "第二十一条": 1, "第二十二–二十五条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a2("第三条")], [], [], responsible_alternatives=[["市人民政府指定的部门"]], **art(X02, [a2("第三条")]),
          note="「未经批准，任何单位和个人不得擅自占用城市道路… 临时占用城市道路的管理实行总量控制、严格审批的原则。 临时占用城市道路的年度控制总量，由市人民政府指定的部门确定并监督实施。」 — "
               "the ban binds anyone (Round 80) and the principle names no doer (p51e); 由A确定 gives work, but the 的-rule "
               "leaves a bare 部门, no kind (Round 91's x339_04 第八条 bare 单位), the government inside the noun's "
               "description (round 30: 「经A认定的企业」) (RULING? 8); a task by its last paragraph; " + NONE + "; "
               + NODATE),
        S([a2("第四条")], [], [SZ, GA], **art(X02, [a2("第四条")]),
          note="「市政工程管理部门和公安交通管理部门按各自的职责和本办法的规定，负责临时占用城市道路的审批和日常的监督管理工作。」 — 「A负责…」 "
               "(rule 2), 和 joining whole names (round 35); printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第六条")], [], ["市市政工程管理部门", "市公安交通管理部门"], not_targets=[(100, "米"), (50, "米"), (30, "米")],
          **art(X02, [a2("第六条")]),
          note="「临时占用城市交通干道的申请不予批准。 …临时占用非城市交通干道的下列路段的申请不予批准：（一）…两侧各100米范围内的路段；（二）…周围50米范围内的路段；（三）…各30米范围内的路段；…（八）… 城市交通干道的具体范围，由市市政工程管理部门和市公安交通管理部门划定。」 — "
               "limits on deciding applications bind the rules' work (Round 95's x352_03 第五条), the lines classes of road "
               "the limit reaches, the text of one task (Round 78's (b); Round 97's x353_01 第五条); 由A和B＋verb names both "
               "(round 30's 由A与B); a figure in a line of a list of cases is no target, and 范围内 is 内 alone (Round 93's "
               "turned x346_02 第七条（四）; Round 97's x355_03): not_targets 100 米, 50 米, 30 米; printed order; lead []; "
               + NODATE),
        S([a2("第七条")], [], [], targets=[(3, "个月")], **art(X02, [a2("第七条")]),
          note="「临时占用城市道路的期限不得超过3个月。」 — a limit on the permits the rules' bodies grant is a task naming none "
               "(Round 93's x345_03 第十条: limits on the bodies' own grants, their ceilings targets; Round 87's governs on "
               "x328_03), a ceiling joined to 不得超过 its target (round 30's line): 3 个月; " + NONE + "; " + NODATE),
        S([a2("第八条")], [], ["市市政工程管理部门", "区、县市政工程管理部门"],
          responsible_alternatives=[["市市政工程管理部门", "临时占路所在地的区、县市政工程管理部门"], ["市市政工程管理部门"], []],
          **art(X02, [a2("第八条")]),
          note="「下列临时占用城市道路的申请由市市政工程管理部门负责审批：（一）…（三）… 除前款规定以外的…申请，由临时占路所在地的区、县市政工程管理部门负责审批。」 — "
               "a review placed by 负责 names its body (Round 88's x325_02 第四条; Round 94's turned x240_04 第二十四条: "
               "only 负责, 实施 or 组织＋verb) (RULING? 7: or the decision on a party's application naming none, "
               + REVIEW.split(" (")[0] + "); the lines class the applications, the text of one task (Round 78's (b)); "
               "a place phrase with its own nouns before the kind is dropped (Round 93's x341_01 第十五条), 「区、县X部门」 "
               "one name (round 30's 「市、区X部门」); printed order; lead []; " + NODATE),
        S([a2("第九条")], [], [], responsible_alternatives=[[SZ]], not_targets=[(15, "天")],
          **art(X02, [a2("第九条")]),
          note="「任何单位和个人需临时占用城市道路的，应当填写《…申请表》…提出申请。市政工程管理部门应当在收到《…申请表》之日起15天内作出书面审批决定；逾期未作出决定的，视作同意。 …申请人应当…缴纳临时占路费，并…领取《…许可证》。」 — "
               "the applicant's steps are the scheme's terms (round 30), and 「A应当自受理…之日起N日内作出（审批）决定」 names none "
               "(Round 94's turned x240_04 第二十四条), a limit on the decision binding the rules' work, a task naming none "
               "(Round 95's x352_03 第五条); " + LIMIT + ": 15 天 not_target; " + NONE + "; " + NODATE),
        S([a2("第十条")], [], ["市市政工程管理部门"], lead_alternatives=[["市市政工程管理部门"]],
          **art(X02, [a2("第十条")]),
          note="「临时占路费按被占用城市道路的地段位置以及占路的用途、面积和期限收取。 临时占路费收取的具体标准和办法，由市市政工程管理部门提出，经市物价部门会同市财政部门核定后执行。」 — "
               "fixing a fee standard is work beyond moving money (" + MONEY.split(" (")[0] + "), 由A＋a verb of doing names A "
               "(rule 2); 经A会同B核定 without 组织 names none (Round 92's p65a form), 会同 inside the 经 clause adding "
               "none (Round 97's governs on x357_03 四、（三））; " + ONE_LEAD + "; " + NODATE),
        S([a2("第十二条"), "（一）"], [], [], **art(X02, [a2("第十二条"), "（一）"]),
          note="「经批准临时占用城市道路的单位和个人，应当遵守下列规定：」 over 「（一）将《…许可证》的标牌悬挂在占路范围内的醒目处；」 — "
               "what a party the rules license must do is owed work (Round 84's p61a-2; Round 95's x347_02 owners; Round "
               "97's x353_03 第二十、二十一条; Round 99's governs on x359_04 第十六条's drivers), each line read by its words: "
               "an act a task (Round 87's governs on x328_03), （六） 「遵守其他法规、规章的有关规定」 text (Round 84's p61a-1) "
               "(RULING? 6: or the article one task, or the rules to whoever occupies a road text, Round 80); the 的-rule "
               "leaves 单位和个人, no kind (Round 91's x339_04 第八条); " + NONE + "; " + NODATE),
        S([a2("第十二条"), "（三）"], [], [], **art(X02, [a2("第十二条"), "（三）"]),
          note="「（三）在被占用的城市道路上堆物的，设置安全围护设施；」 — as （一）: a line naming an owed act of the permit "
               "holder, a task naming none (RULING? 6); the 的-clause a kind of occupation, no event; " + NONE + "; "
               + NODATE),
        S([a2("第十四条")], [], [], responsible_alternatives=[["原审批部门"]], targets=[(3, "个月")],
          not_targets=[(15, "天"), (5, "天")], **art(X02, [a2("第十四条")]),
          note="「…原申请人应当在占用期满的15天前…提出延期占路申请。原审批部门应当在收到延期占路申请之日起5天内作出书面审批决定。 …原申请人应当…缴纳临时占路费，并办理…变更手续。 …其临时占路费应当累进收取。 但…除外。 延期占用城市道路的期限不得超过3个月。…」 — "
               "the applicant's steps are terms (round 30), the decision names none (Round 94's turned x240_04 第二十四条) "
               "and binds the rules' work, and the ceiling on extensions limits the bodies' grants (Round 93's x345_03 "
               "第十条): a task naming none, target 3 个月 (不得超过, round 30's line); " + LIMIT + ": 15 天 (前) and 5 天 (内) "
               "not_targets; " + NONE + "; " + NODATE),
        S([a2("第十五条")], [], ["市交通行政管理部门"], lead_alternatives=[["市交通行政管理部门"]],
          responsible_alternatives=[[SZ, "市交通行政管理部门"]], **art(X02, [a2("第十五条")]),
          note="「市政工程管理部门应当按规定将收取的临时占路费统一上缴市人民政府指定的部门，专项用于… 临时占路费使用和管理的具体办法，由市交通行政管理部门提出方案，经市财政部门、市物价部门核定后执行。」 — "
               + MONEY.split(" (")[0] + ": 上缴 moves money and names a payer; drafting the fee's method is work, 由A＋a "
               "verb of doing (rule 2), 经A核定 none (Round 92's p65a form) (RULING? 9: or the article's only matter the "
               "fee's money, no task); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十六条")], [], [SQ, "路政管理机构"], responsible_alternatives=[[SQP, "路政管理机构"], [SQ]],
          not_targets=[(5000, "元"), (2, "万元"), (500, "元"), (50, "元")], **art(X02, [a2("第十六条")]),
          note="「对违反本办法规定，擅自占用城市道路，…由市、区（县）市政工程管理部门或者其设置的路政管理机构责令其限期改正，并可按以下规定处以罚款：（一）…处以5000元以上2万元以下的罚款。（二）…处以500元以上5000元以下的罚款；…可处以50元以上500元以下的罚款。 对逾期仍不改正的，由市、区（县）市政工程管理部门代为清除占路物资…」 — "
               + PENALTY.split(" (")[0] + "; the lines fall under 「并可…处以罚款」, an option (" + OPTION.split(" (")[0]
               + "), so they are no items and the article is one task (RULING? 7: or items each with its own response, "
               "Round 99's x359_04 第三十四条); 或者 joins doers (round 49), the 的-phrase giving 路政管理机构 (rounds 32, 38); "
               + ZONE + "; " + FINE + ": not_targets 5000 元, 2 万元, 500 元, 50 元; printed order; lead []; " + NODATE),
        S([a2("第十九条")], [], [SQ], lead_alternatives=[[SQ]], responsible_alternatives=[[SQP]],
          not_targets=[(5, "‰")], **art(X02, [a2("第十九条")]),
          note="「对无正当理由逾期缴纳临时占路费的，市、区（县）市政工程管理部门应当按日加收5‰的滞纳金。」 — a surcharge the named "
               "body imposes for a breach is its enforcement (" + PENALTY.split(" (")[0] + "), a verb of doing bound by "
               "应当 (" + AV + "); the scale of a sanction is no target (round 32; Round 95's x352_02 第十三条 5 倍): 5 ‰ "
               "not_target; " + ZONE + "; " + ONE_LEAD + "; " + NODATE),
        S([a2("第二十一条")], [], [SZ, GA], **art(X02, [a2("第二十一条")]),
          note="「市政工程管理部门和公安交通管理部门作出行政处罚，应当出具行政处罚决定书；收缴罚款，应当出具市财政部门统一印制的罚款财务收据。 罚款收入按规定上缴国库。」 — "
               "limits on the penalty decisions only the rules' bodies make are work (Round 99's x364_01 第七、八、九、十一条), "
               "here with the bodies as subjects of 出具 bound by 应当 (" + AV + "); the printing body inside a noun's "
               "description (round 30); the revenue's transfer moves money (" + MONEY.split(" (")[0] + "); printed order; "
               "lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope, 第二十四条 the interpreting "
            "body, 第二十五条 force and repeal; no tasks: 第十一条 (a party's fee exemption and its steps, the scheme's terms, "
            "round 30's applicant; Round 97's governs on x357_02 三、), 第十三条 (可 an option, then a refund that only "
            "moves money, " + MONEY.split(" (")[0] + "), 第二十条 (公安交通管理部门可…给予处罚, an option), 第二十二条 (the "
            "parties' remedies and the bodies' 可以 applications, options, and a pointer), 第二十三条 (「…由公安交通管理部门和道路产权单位参照本办法的规定执行」, "
            "a scope beyond the rules, round 30's scope, as x365_02 第三十一条 参照执行); tasks: 第三–十条 one each (第五条 a "
            "list of cases the approval may not reach, one task naming none, Round 78's (b); 第六、八条 likewise with their "
            "bodies), 第十二条 5 (its lines （一）–（五）, acts of the permit holders; （六） text; the closing "
            "「…视同擅自占用」 a definition, text — RULING? 6), 第十四–十九条 one each (第十六–十八条 penalties whose fines are "
            "options, their lines no items — RULING? 7), 第二十一条 → **20**. Accepted: 16 (第十二条 one task), 21 (第十三条 "
            "or 第二十三条 a task), 22, 24 (第十六、十七条's lines items)",
            "units: rule 2 and round 44 in articles; not sampled: 第五条 none; 第十七、十八条 as 第十六条 [市、区市政工程管理部门, "
            "路政管理机构]",
            "dates: none (see date_note)",
            "figures: targets 3 个月 (第七、十四条); not_targets 100 米, 50 米, 30 米 (第六条's lines), 15 天 (第九、十四条), 5 天 "
            "(第十四条), the fines of 第十六条, 5 ‰ (第十九条); unchecked: the other lines' figures and fines",
            "duties: none — the decisions of 第九、十四条 are made, not sent (no notice is printed), the refund of 第十三条 moves "
            "money, and the fee's 上缴 of 第十五条 pays"])


# ---------------------------------------------------------------------------------------------------------
X03 = "x371_03_shi-zhengfu-2015-nongcun-gonglu-guanli-banfa.txt"
QJ = "区交通行政管理部门"
QJP = "区（县）交通行政管理部门"
QG = "区公路管理机构"
QGP = "区（县）公路管理机构"
XZ = "乡人民政府"
XZP = "乡（镇）人民政府"
CW = "村民委员会"


def a3(n):
    return lab(X03, n)


plan(X03,
     title="上海市农村公路管理办法",
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第63号 (2011), amended by 上海市人民政府令第30号 (2015) (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2015-05-22",
     date_note="issued 2011年３月30日 (令第63号; a full-width ３ as stored), amended 2015年5月22日 (令第30号) (line 5); in force "
               "2011年5月1日 (第三十九条, a general provision); 每年, 年度, 定期 are rhythms with no year (round 34), ３０日内, ３日前 "
               "count from events (round 33): no task is dated",
     level="a city government rule (政府规章) on rural roads (乡道, 村道): the departments, the towns and village committees, "
           "planning, building, hand-over, maintenance, bridges, road administration, emergencies and penalties",
     source=src("上海市农村公路管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/2404c85ce4494ea78aaf9a54b007b5a4.html", 7523),
     style="heading printed twice, the promulgation and amendment line in brackets, then six chapters 「第N章  title」 (two "
           "ASCII spaces) and 39 articles 「第N条（heading）」 on a line of their own; lists （一）– in 第二十四、二十五、二十九、三十、"
           "三十六、三十八条; several figures in full-width digits (１０日, ３０日, ３日, ２００元, １００元…)",
     leaf_tasks=34, count_alternatives=[31, 32, 33, 35],
     leaf_tasks_by_section={"第一–三条": 0, "第四–十条": 7, "第十一条": 0, "第十二条": 1, "第十三条": 0, "第十四–二十条": 7,
                            "第二十一条": 0, "第二十二、二十三条": 2, "第二十四条": 4, "第二十五–二十八条": 4, "第二十九条": 0,
                            "第三十–三十三条": 4, "第三十四条": 0, "第三十五条": 1, "第三十六条": 3, "第三十七条": 0,
                            "第三十八条": 1, "第三十九条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a3("第四条")], [], ["上海市交通行政管理部门", GL, QJ, QG, "发展改革、规划国土、公安交通和绿化市容等行政管理部门"],
          responsible_alternatives=[["上海市交通行政管理部门", GL, QJP, QGP, "本市发展改革、规划国土、公安交通和绿化市容等行政管理部门"],
                                    ["上海市交通行政管理部门", GL, QJ, QG]],
          **art(X03, [a3("第四条")]),
          note="「上海市交通行政管理部门是本市农村公路的主管部门，负责组织实施本办法；其所属的市公路管理机构负责全市农村公路的监督管理。 区（县）交通行政管理部门…负责…管理；其所属的区（县）公路管理机构负责…具体管理工作。 本市发展改革、…等行政管理部门按照各自职责，协同实施本办法。」 — "
               "「A负责…」 (rule 2) and a designation (Round 93's governs on x346_01 第三条), 协同实施 (Round 91's x340_02 "
               "第三条); fields before one head with 等 one name (round 31), 本市 no part of it (Round 96's governs, p67h); "
               + ZONE + "; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第五条")], [], [XZ, CW, QG],
          responsible_alternatives=[[XZP, CW, QGP], ["镇人民政府", CW, QG], [XZ, CW]], **art(X03, [a3("第五条")]),
          note="「乡（镇）人民政府负责本辖区内乡道的建设工作；村民委员会在当地人民政府的指导下，…负责村道的建设工作。 乡（镇）人民政府和村民委员会应当配合区（县）公路管理机构做好农村公路的养护与路政管理工作。」 — "
               "「A负责…」 (rule 2), 在A指导下 none (rule 3); the body the others assist is a doer by its own verb after it "
               "(Round 90's governs on x329_04 第四条: 协助市交通委开展…); " + ZONE + "; each once, printed order; lead [] (no "
               "牵头); " + NODATE),
        S([a3("第八条")], [XZ], [QJ, XZ, "规划管理部门"], lead_alternatives=[[], [XZP]],
          responsible_alternatives=[[QJP, XZP, "规划管理部门"], [QJ, XZ]], **art(X03, [a3("第八条")]),
          note="「…规划的制定应当贯彻…原则… 乡道规划由区（县）交通行政管理部门听取…意见后组织编制，经区（县）人民政府和市交通行政管理部门初审后，报市人民政府批准。 村道规划由乡（镇）人民政府会同区（县）交通行政管理部门和规划管理部门组织编制，报区（县）人民政府批准后纳入村庄规划，并报市公路管理机构备案。」 — "
               "由A组织编制 and 由A会同B组织编制 (rule 2): lead the town (its 会同), the district department a doer by its own "
               "clause; 经A初审 without 组织 names none (Round 92's p65a form); the filing a duty (below); " + ZONE + "; each "
               "once, printed order; " + NODATE),
        S([a3("第九条")], [], [QJ, XZ, CW], targets=[(10, "日")],
          responsible_alternatives=[[QJP, XZP, CW], [QJ, XZ, CW, "有关部门"]], **art(X03, [a3("第九条")]),
          note="「…区（县）交通行政管理部门应当通过政府网站、新闻媒体等，将乡道规划草案征求社会公众意见。草案公示时间不得少于１０日。 …乡（镇）人民政府应当将村道规划草案征求沿线村村民的意见。…不得少于１０日。沿线村的村民委员会应当就…草案召集村民会议…进行讨论，并将意见汇总后提交给乡（镇）人民政府。 …组织编制机关应当会同有关部门对反馈意见进行研究，并及时将意见的处理情况予以回复。」 — "
               + AV + " (征求, 召集); a role word naming the bodies an earlier article gave the part points back and adds none "
               "(Round 93's x341_03 第七条), the list with its 会同 partner accepted; a floor joined to 不得少于 is a target "
               "(round 30's line; x365_03 第二十条), printed ×2 in full-width digits (１０): 10 日; the sendings are duties "
               "(below); " + ZONE + "; each once, printed order; lead []; " + NODATE),
        S([a3("第十条")], [], [XZ, CW, "市交通行政管理部门", QJ],
          responsible_alternatives=[[XZP, CW, "市交通行政管理部门", QJP]], **art(X03, [a3("第十条")]),
          note="「乡（镇）人民政府应当…编制乡道建设计划，经法定程序批准后组织实施，并报区（县）交通行政管理部门备案。 村民委员会应当…编制村道建设计划，报…备案。 跨区（县）或者跨乡（镇）的…建设计划，分别由市交通行政管理部门或者区（县）交通行政管理部门负责协调。 区（县）交通行政管理部门应当将…计划及其执行情况汇总后，报市交通行政管理部门备案。」 — "
               + AV + " (编制, 汇总) and 由A或者B负责 (rule 2; round 49); the three filings duties (below); " + ZONE
               + "; each once, in the order they act; lead [] (no 牵头); " + NODATE),
        S([a3("第十二条")], [], [], responsible_alternatives=[[QG]], not_targets=[(3, "级"), (4, "级")],
          **art(X03, [a3("第十二条")]),
          note="「乡道的建设标准不得低于三级公路标准。…经区（县）公路管理机构组织论证后，可以在确保安全的前提下适当降低标准，但不得低于四级公路标准。 村道的建设标准不得低于四级公路标准。… 农村公路应当…设置…交通安全设施。」 — "
               "limits on the work with no subject are a task naming none (Round 87's governs on x328_03; Round 97's "
               "x357_02 二、（二））; 可以 reaches the whole sentence, its 经A组织论证 included (round 49 p46b; Round 93's "
               "x346_01 第十三条); a grade is a rank in a classification, no measure (Round 102's x370_02 6④ 二级／三级; Round "
               "93's x345_02): not_targets 3 级, 4 级; " + NONE + "; " + NODATE),
        S([a3("第十七条")], [], [QJ, "建设单位"],
          responsible_alternatives=[[QJ, "建设单位", "市交通行政管理部门", GL], [QJP, "建设单位"], []],
          not_targets=[(30, "日")], **art(X03, [a3("第十七条")]),
          note="「…建设单位应当向区（县）交通行政管理部门书面提出养护移交申请，并…提供…资料。 区（县）交通行政管理部门应当对养护移交申请进行初审，并将…提交给市交通行政管理部门。市交通行政管理部门应当在收到申请后的３０日内，完成农村公路认定工作，并将认定结果告知区（县）交通行政管理部门。市公路管理机构应当根据认定结果，及时将该农村公路纳入本市公路设施量。 农村公路经认定后，区（县）交通行政管理部门应当与建设单位签订…协议。」 — "
               "the review of the hand-over application and the steps that carry out its decision name none (" + REVIEW.split(" (")[0]
               + "; Round 97's x358_03 第八条), the applicant's steps its terms (round 30); 与B签订 is round 30's two-party "
               "act, both doers (Round 95's x347_04 第十二条) (RULING? 10: or the city's recognition and listing the "
               "scheme's own work placed on its bodies, Round 93's turned x345_01 第二十条); the notice of the result a "
               "duty (below); " + LIMIT + ": 30 日 (printed ３０) not_target; " + ZONE + "; printed order; lead []; "
               + NODATE),
        S([a3("第十八条")], [], [QJ, XZ, "区规划行政管理部门"],
          responsible_alternatives=[[QJP, XZP, "区（县）规划行政管理部门"], [QJ, XZ, CW, "区规划行政管理部门"]],
          **art(X03, [a3("第十八条")]),
          note="「乡（镇）人民政府和村民委员会应当将失去使用功能的农村公路上报区（县）交通行政管理部门，并由区（县）交通行政管理部门征得区（县）规划行政管理部门的同意后宣布废弃。 区（县）交通行政管理部门以及乡（镇）人民政府应当将废弃的农村公路及时向社会公告，并设立明显标志。 区（县）规划行政管理部门应当…重新确定…土地使用性质。」 — "
               "a proposal sent up is a step of the decision and names none (Round 89's x334_04 第四条), the scheme's own "
               "decision placed by 由 (Round 93's turned x345_01 第二十条), the consenting body a receiver there (rule 3); "
               "the notices to the public and the re-zoning verbs of doing in an article (" + AV + "); " + ZONE + "; each "
               "once, in the order they act; lead [] (no 牵头); " + NODATE),
        S([a3("第二十三条")], [], [QG], lead_alternatives=[[QG]], responsible_alternatives=[[QGP]], targets=[(1, "次")],
          **art(X03, [a3("第二十三条")]),
          note="「区（县）公路管理机构应当按照…标准，每年至少对农村公路进行一次技术状况检测和调查，及时确定…大、中修工程项目。 …项目应当…进行竣工验收。」 — "
               + AV + "; the events an item holds in a rhythm are its number of work, 1 次, the period no target (Round 90's "
               "confirmed x333_03 第十八条（一）; Round 99's x363_01 五、（一））, 至少 its comparison word; 每年 no date (round "
               "34); " + ZONE + "; " + ONE_LEAD + "; " + NODATE),
        S([a3("第二十四条"), "（一）"], [], [], responsible_alternatives=[[QG]],
          **art(X03, [a3("第二十四条"), "（一）"]),
          note="「区（县）公路管理机构应当设置专职的桥梁养护工程师。桥梁养护工程师负责以下工作：」 over 「（一）对农村公路桥梁养护管理进行技术指导；」 — "
               "「A负责下列X：」 makes the lines the parts of the work (Round 96's turned x341_04), and the engineers, posts "
               "of the rules' own body, carry its work, tasks naming none (Round 91's x338_03; Round 89's x333_01; x365_04 "
               "第五、三十二条) (RULING? 11: or a hired person's job duties, none, Round 85's x317_01; or the article one "
               "task); 设置 staff names none (Round 90's governs on the staffing form), a person never a unit (round 30); "
               + NONE + "; " + NODATE),
        S([a3("第二十六条")], [], [QG, XZ, QJ], responsible_alternatives=[[QGP, XZP, QJP], [QG, XZ]],
          **art(X03, [a3("第二十六条")]),
          note="「对受到严重损坏影响通行安全的桥梁，区（县）公路管理机构或者乡（镇）人民政府应当立即采取禁止或者限制通行的措施，并及时通知公安交通管理部门。 区（县）公路管理机构应当及时将…损坏情况以及维修建议报告区（县）交通行政管理部门和市公路管理机构。区（县）交通行政管理部门应当优先落实相关经费，及时组织实施桥梁维修作业。」 — "
               "「对X的」 picks bridges by a standing state, the clause the paragraph's only work (Round 94's confirmed form), "
               "或者 joining doers (round 49); 落实经费 names a payer (round 30), 组织实施 rule 2's; the notice and the report "
               "duties (below), their receivers none; " + ZONE + "; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a3("第三十一条")], [QG], [QG, "公安交通管理部门"], lead_alternatives=[[]], not_targets=[(3, "日")],
          **art(X03, [a3("第三十一条")]),
          note="「因施工作业和养护作业确需封闭农村公路的，区（县）公路管理机构应当…设置明显的警示标志；… 实施封闭农村公路措施３日前，区（县）公路管理机构应当通知相关乡（镇）人民政府和村民委员会，并会同公安交通管理部门通过…方式联合发布封闭农村公路的通告。」 — "
               "an article whose whole work is the response to its case takes its doer (round 30's clarification); 「A会同B＋"
               "verb」 gives lead A with B (rule 2); the notice to the towns and committees a duty (below), they receivers; "
               + LIMIT + ": 3 日 (printed ３, 前) not_target; " + ZONE + "; " + NODATE),
        S([a3("第三十六条"), "（二）"], [], [QJ], lead_alternatives=[[QJ]], responsible_alternatives=[[QJP]],
          not_targets=[(1000, "元"), (1, "万元")], **art(X03, [a3("第三十六条"), "（二）"]),
          note="「违反本办法第三十条第一款规定，…由区（县）交通行政管理部门按照下列规定予以处理：」 over 「（二）从事第（三）项行为的，责令恢复原状，并可处以１０００元以上１万元以下的罚款。」 — "
               "items under 「由A按照下列规定予以处理：」 that each carry their own response are items taking A (Round 99's "
               "x359_04 第三十四条; Round 101's x365_02 第二十九条), 责令恢复原状 owed and the fine an option; "
               + PENALTY.split(" (")[0] + "; " + FINE + ": not_targets 1000 元 (printed １０００), 1 万元 (１万元); " + ZONE
               + "; " + ONE_LEAD + "; " + NODATE),
        S([a3("第三十八条")], [], ["市交通行政管理部门"], lead_alternatives=[["市交通行政管理部门"]],
          **art(X03, [a3("第三十八条")]),
          note="「违反本办法规定，市、区（县）交通行政管理部门…及其工作人员有下列行为之一的，由所在单位或者上级主管部门依法…给予行政处分；…（一）…（三）… 市交通行政管理部门应当对全市农村公路养护与管理情况进行检查考核，检查考核结果作为下年度市级养护与管理补贴资金分配的依据之一。」 — "
               "the discipline of the rules' own officials is the standard liability clause, a general provision whatever "
               "agent it names (Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条), but the last paragraph binds "
               "the city department to a check of its own by 应当 (" + AV + "; Round 93's x345_02 第十五条: a system set "
               "up is work, not the bare clause) (RULING? 12: or the article a liability clause, no task); " + ONE_LEAD
               + "; 下年度 a yearly cycle, no date (round 34); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "村道规划…报区（县）人民政府批准后纳入村庄规划，并报市公路管理机构备案", "when": None, "when_norm": None,
              "note": "第八条 — a body's plan filed with the body above is a sending of work the scheme gives (Round 99's "
                      "x363_01; " + FILING.split(" (")[0] + "); undated"},
             {"what": "沿线村的村民委员会应当就村道规划草案召集村民会议或者村民代表会议进行讨论，并将意见汇总后提交给乡（镇）人民政府",
              "when": None, "when_norm": None,
              "note": "第九条 — the village committee sending the result of the discussion the rules give it (" + FILING.split(" (")[0]
                      + "; Round 89's x331_01 四/（二） 汇总); undated"},
             {"what": "乡道规划和村道规划的组织编制机关应当会同有关部门对反馈意见进行研究，并及时将意见的处理情况予以回复",
              "when": None, "when_norm": None, "note": "第九条 — " + NOTICE.split(" (")[0] + "; 及时: undated"},
             {"what": "乡（镇）人民政府应当按照乡道规划，编制乡道建设计划，经法定程序批准后组织实施，并报区（县）交通行政管理部门备案",
              "when": None, "when_norm": None, "note": "第十条 — " + FILING.split(" (")[0] + "; undated"},
             {"what": "村民委员会应当按照村道规划以及建设资金落实情况，编制村道建设计划，报区（县）交通行政管理部门备案",
              "when": None, "when_norm": None,
              "note": "第十条 — the village committee, a body the rules task with the village roads (第五条), filing its "
                      "plan; " + FILING.split(" (")[0] + "; undated"},
             {"what": "区（县）交通行政管理部门应当将乡道、村道建设计划及其执行情况汇总后，报市交通行政管理部门备案",
              "when": None, "when_norm": None, "note": "第十条 — a plan body's report of its own work (round 48); undated"},
             {"what": "市交通行政管理部门应当在收到申请后的３０日内，完成农村公路认定工作，并将认定结果告知区（县）交通行政管理部门",
              "when": None, "when_norm": None,
              "note": "第十七条 — " + NOTICE.split(" (")[0] + ", ３０日内 a time from an event: undated"},
             {"what": "区（县）公路管理机构或者乡（镇）人民政府应当立即采取禁止或者限制通行的措施，并及时通知公安交通管理部门",
              "when": None, "when_norm": None, "note": "第二十六条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "区（县）公路管理机构应当及时将桥梁的损坏情况以及维修建议报告区（县）交通行政管理部门和市公路管理机构",
              "when": None, "when_norm": None, "note": "第二十六条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "农村公路数据信息应当纳入本市公路信息化管理体系", "when": None, "when_norm": None,
              "note": "第二十七条 — records sent to the system that gathers them are a sending, an undated duty (Round 97's "
                      "x353_03 第二十八条; Round 99's x363_01 「…纳入…系统」)"},
             {"what": "村民委员会同意后，应当报区（县）公路管理机构备案", "when": None, "when_norm": None,
              "note": "第三十条 — the committee filing the consents it gives under the rules, a result of the work the rules give "
                      "it (" + FILING.split(" (")[0] + "); undated"},
             {"what": "实施封闭农村公路措施３日前，区（县）公路管理机构应当通知相关乡（镇）人民政府和村民委员会",
              "when": None, "when_norm": None,
              "note": "第三十一条 — a notice of the body's own measure to the bodies that act on it (" + NOTICE.split(" (")[0]
                      + "), ３日前 a time from an event: undated"},
             {"what": "发现有违反路政管理的行为或者接到举报的，应当及时将相关情况上报区（县）公路管理机构",
              "when": None, "when_norm": None, "note": "第三十二条 — " + DANGER.split(" (")[0] + "; undated"},
             {"what": "事发地区（县）公路管理机构或者乡（镇）人民政府应当派员赶赴现场先行处置，并立即向区（县）人民政府和交通行政管理部门报告",
              "when": None, "when_norm": None, "note": "第三十三条 — " + DANGER.split(" (")[0] + "; undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope, 第三条 definitions, 第三十九条 "
            "force; no tasks: 第十一条 (land use by other texts' procedure and a quota's priority, the scheme's terms, Round "
            "86's (b)), 第十三条 and 第二十一条 (money only, " + MONEY.split(" (")[0] + "; 鼓励 an option), 第二十九条 (bans on "
            "anyone, Round 80), 第三十四条 (a pointer to other texts, Round 87's turned x325_01 第二十五条), 第三十七条 (可以委托, "
            "an option); tasks: 第四–十条 one each, 第十二条 one (limits naming none), 第十四–二十条 one each (第十四条 "
            "[区公路管理机构], its 可以 options none; 第十五条 the builder's consultation and the district's guidance; 第十六条 由A确定; "
            "第十九条 [区公路管理机构, 区交通行政管理部门]), 第二十二、二十三条 one each, 第二十四条 4 (its first paragraph "
            "[市交通行政管理部门] and the engineers' three lines — RULING? 11), 第二十五–二十八条 one each (第二十五条's cases the "
            "text of one task; 第二十八条 the committee's 要求 its act, the applicants' steps terms), 第三十条 one (the consents "
            "and filings of the committee, the district's 派员…技术指导 [区公路管理机构]; its lines classes of acts, Round 78's "
            "(b)), 第三十一–三十三条 one each, 第三十五条 one (penalties in three paragraphs), 第三十六条 3 (its items each with "
            "its response), 第三十八条 one (its last paragraph — RULING? 12) → **34**. Accepted: 31 (第二十四条 one task), 32 "
            "(第二十四条 two: the paragraph and the lines as one; or 第三十六条 one task), 33 (第三十八条 none), 35 (第十一条 a task)",
            "units: rule 2 and round 44 in articles; not sampled: 第六条 [区人民政府, 市、区交通行政管理部门, 公路管理机构, 乡人民政府] "
            "(the staffing sentence none); 第七条 lead [市和区交通行政管理部门] with 有关部门, 乡人民政府, 村民委员会; 第十四条 "
            "[区公路管理机构]; 第十六条 [区交通行政管理部门]; 第二十条 [区公路管理机构, 市交通行政管理部门]; 第二十二条 [区公路管理机构]; "
            "第二十五条 [区公路管理机构]; 第二十七条 [区公路管理机构]; 第三十二条 [区公路管理机构, 乡人民政府, 村民委员会] (协助 as its "
            "own main verb read as 配合, Round 95's governs on x349_03); 第三十三条 [区交通行政管理部门, 区公路管理机构, 乡人民政府]; "
            "第三十五条 [区交通行政管理部门]; 第二十四条's first paragraph [市交通行政管理部门]",
            "dates: none (see date_note)",
            "figures: targets 10 日 (第九条, ×2 printed １０), 1 次 (第二十三条); not_targets 3 级, 4 级 (第十二条), 30 日 (第十七条), "
            "3 日 (第三十一条), 1000 元 and 1 万元 (第三十六条（二））; unchecked: the other fines (第三十五、三十六条)",
            "duties: fourteen, above; not duties: 第十六条's 将…名称报区（县）交通行政管理部门 (handed for the receiver's 确定, Round "
            "89's x329_04 第九条), 第十八条's 上报 of roads to abandon (a proposal, a step of the decision), 第三十条's second "
            "备案 (the committee's own acts, round 42), the notices to the public (第十八条 公告, round 55's x247_01)"])


# Aligned by the lead in round 71 (p71a's RULING?): ZONE says the printed 区（县）…／乡（镇）… name is accepted, as Round 89's
# turned x331_02/x334_04, Round 94's governs on p66b and Round 102's x370_01 read it; the samples of x371_03 that listed
# only the dropped form now accept the printed one too (an answer's alternatives, never its main reading).
_PRINTED = {QJ: QJP, QG: QGP, XZ: XZP, "区规划行政管理部门": "区（县）规划行政管理部门"}


def _with_printed(sample):
    for key in ("lead", "responsible"):
        alts = sample.setdefault(f"{key}_alternatives", [])
        for names in [sample[key], *alts]:
            printed = [_PRINTED.get(n, n) for n in names]
            if printed != names and printed not in alts and printed != sample[key]:
                alts.append(printed)
        if not alts:
            del sample[f"{key}_alternatives"]


for _plan in PLANS:
    if _plan["file"] == X03:
        for _sample in _plan["samples"]:
            _with_printed(_sample)

write_collected(DIR)
