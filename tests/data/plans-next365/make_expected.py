# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next365/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 69 (built by helper c365, for round 70): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``); every answer was
written here by reading the texts, with ../CONVENTIONS.md (its head, lines 1–101, and "Round 83 rulings, written
early" to its end — Rounds 83–99, read whole, see the README's Exposures) applied to every item. Neither the parser
nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next365/make_expected.py tests/data/plans-next365
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402
from shared365 import (  # noqa: E402
    ARTICLE,
    DIR,
    FILING,
    FINE,
    LIMIT,
    NONE,
    ONE_LEAD,
    OPTION,
    PAYER,
    PENALTY,
    SENDING,
    SJ,
    ZG,
    ZONE,
    art,
    lab,
    src,
)

# ---------------------------------------------------------------------------------------------------------
X01 = "x365_01_shi-zhengfu-2023-daolu-he-gonggong-changsuo-qingsao-baojie-fuwu-guanli-banfa.txt"
P01 = "上海市道路和公共场所清扫保洁服务管理办法"
SL = "市绿化市容行政管理部门"
QL = "区绿化市容行政管理部门"
XZ = "乡人民政府"
XZP = "乡（镇）人民政府"
ZD = "作业服务单位"


def a1(n):
    return lab(X01, n)


plan(X01,
     title=P01,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第83号 (2012), amended by 上海市人民政府令第7号 (2023) (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2023-12-05",
     date_note="promulgated 2012年5月2日 (令第83号), amended 2023年12月5日 (令第7号) (line 5); in force 2012年7月1日 (第二十一条, a "
               "general provision); 每年 (第十四条) is a yearly cycle with no year (round 34), 每日定时, 5日内 are rhythms and "
               "times from events (round 33): no task is dated",
     level="a city government rule (政府规章) on the cleaning of roads and public places: who is the responsible party for "
           "each kind of road, how the districts and towns tender the cleaning and pay for it, the contracted firms' "
           "service norms, emergencies, yearly review, complaints",
     source=src("上海市道路和公共场所清扫保洁服务管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20210608/1c344139def749a996d1c8f0fd3f5541.html", 3441),
     style="heading printed twice, the promulgation line in brackets, then 21 articles 「第N条（heading）」 on a line of "
           "their own with the text below (no chapters); lists （一）– in 第二、四、十、十二、十九条",
     leaf_tasks=21, count_alternatives=[18, 19, 20, 25],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 3, "第五–十一条": 7, "第十二条": 4,
                            "第十三–十七条": 5, "第十八、十九条": 0, "第二十条": 1, "第二十一条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a1("第三条")], [], [SL, QL], responsible_alternatives=[[QL]], **art(X01, [a1("第三条")]),
          note="「市绿化市容行政管理部门是本市道路和公共场所清扫保洁服务的主管部门。 区绿化市容行政管理部门按照规定职责，负责…管理。」 — "
               "naming the department that bears the rules' work, under a duty heading, designates it (Round 93's governs "
               "on x346_01 第三条 「绿化市容部门是…行政主管部门」), and 负责 is rule 2's; each once, printed order; lead [] "
               "(no 牵头); " + NODATE),
        S([a1("第四条"), "（一）"], [], [QL, XZ], responsible_alternatives=[[QL, XZP], [QL, "镇人民政府"]],
          **art(X01, [a1("第四条"), "（一）"]),
          note="「…责任人，分别按照下列规定确定：」 over 「（一）城市道路、特定公路路段和公共场所，由区绿化市容行政管理部门或者乡（镇）人民政府负责；」 — "
               "lines that each give a named body the work of one kind of place are items (Round 95's x352_02 第七条; Round "
               "97's x353_02 第八条: clauses dividing the work by a kind of its objects), 由A或者B负责 names both (round 30; "
               "round 49); " + ZONE + "; lead [] (no 牵头); " + NODATE),
        S([a1("第四条"), "（三）"], [], ["村民委员会"], lead_alternatives=[["村民委员会"]],
          **art(X01, [a1("第四条"), "（三）"]),
          note="「（三）村内通道，由村民委员会负责。」 — 由A负责 (rule 2), a line of the article's items (above); " + ONE_LEAD
               + "; " + NODATE),
        S([a1("第七条")], [SL, "市市场监督行政管理部门"], [SL, "有关部门", "市市场监督行政管理部门"],
          lead_alternatives=[[], [SL]], responsible_alternatives=[[SL, "市市场监督行政管理部门"]],
          **art(X01, [a1("第七条")]),
          note="「…清扫保洁的等级和具体范围由市绿化市容行政管理部门会同有关部门确定。 …质量标准，由市市场监督行政管理部门会同市绿化市容行政管理部门制定并公布。」 — "
               "「由A会同B＋verb」 gives lead A with B (rule 2), and bodies that lead different parts by 会同 are all leads "
               "(Round 83's x316_02 （二十）; Round 87's governs on x328_04 三); 有关部门 a kind after 会同 (Round 80's p59a-2), "
               "the list without it accepted; each once, printed order; the first sentence's 实行分等级清扫保洁 has no "
               "subject and the second's 应当符合 is a state (Round 87's state-only line); " + NODATE),
        S([a1("第八条")], [], [QL, XZ, "镇人民政府", "街道办事处", "村民委员会"],
          responsible_alternatives=[[QL, XZP, "镇人民政府", "街道办事处", "村民委员会"]],
          **art(X01, [a1("第八条")]),
          note="「…作业服务单位，由区绿化市容行政管理部门或者乡（镇）人民政府通过招标的方式确定。作业服务单位应当具备…许可证。 街巷里弄内通道以及村内通道，由镇人民政府、街道办事处或者村民委员会负责组织清扫保洁队伍或者专人进行清扫保洁。」 — "
               "由A＋确定 and 由A负责组织 are rule 2's, 或者 joining doers (round 49); the firm's licence is a state it holds "
               "(Round 83's x313_02 四、; Round 87's x327_02 五), the 核发 body inside a noun's description (round 30); "
               + ZONE + " (乡人民政府 and the printed 镇人民政府 two names); each once, printed order; lead [] (no 牵头); "
               + NODATE),
        S([a1("第九条")], [SL], ["镇人民政府", "街道办事处", "村民委员会", SL, "市财政、住房城乡建设管理、交通等行政管理部门"],
          lead_alternatives=[[]], responsible_alternatives=[[SL, "市财政、住房城乡建设管理、交通等行政管理部门"]],
          **art(X01, [a1("第九条")]),
          note="「…所需要的资金…由区或者乡（镇）人民政府财政予以保障。 …资金，由镇人民政府或者街道办事处负责安排。 …资金，由村民委员会负责筹集。 本市环卫作业养护预算定额，由市绿化市容行政管理部门会同市财政、住房城乡建设管理、交通等行政管理部门，按照…原则制定。 …财政资金的使用，应当接受财政、审计部门的监督、检查。」 — "
               "setting the budget norm is work beyond moving money (Round 95's x351_01 二、（九）26; Round 97's x355_03 七、3), "
               "so the article is a task; 「由A会同B制定」 gives lead A with B, fields before one head with 等 one name as "
               "printed (round 31); aligned round 70 to CONVENTIONS.md \"Round 101 rulings, written early\" (turned): "
               "「由A负责安排／负责筹集」 of funds names A, 负责 being rule 2's own verb (round 37; Round 47's 由A负责拨付), "
               "或者 joining doers (round 49), while 「由A财政予以保障」 stays a payer (a cost verb alone); the old two-body "
               "list stays accepted (was: " + PAYER + "); the auditors "
               "are receivers (rule 3); printed order; " + NODATE),
        S([a1("第十一条")], [], [QL, XZ, ZD, SL], responsible_alternatives=[[QL, XZ, SL], [QL, XZP, ZD, SL]],
          **art(X01, [a1("第十一条")]),
          note="「作业服务单位确定后，区绿化市容行政管理部门或者乡（镇）人民政府应当与中标的作业服务单位签订作业服务协议。 市绿化市容行政管理部门应当制定…示范文本。」 — "
               "与B签订 is round 30's two-party act, both doers (Round 95's x347_04 第十二条; Round 93's x345_01 第二十四条), the "
               "的-phrase giving 作业服务单位 (rounds 32, 38); 制定 a verb of doing in an article (" + ARTICLE.split(" (")[0]
               + "); " + ZONE + "; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十二条"), "（七）"], [], [ZD], lead_alternatives=[[ZD]],
          responsible_alternatives=[["城市道路、特定公路路段和公共场所作业服务单位"]],
          **art(X01, [a1("第十二条"), "（七）"]),
          note="「城市道路、特定公路路段和公共场所作业服务单位应当…进行清扫保洁作业，并遵守下列服务规范：」 over 「（七）及时收集作业产生的垃圾并投入指定的垃圾收集容器，不将其混入…」 — "
               "a service norm the rules bind a contracted firm to is work (Round 93's x346_01 第十四条（一）; Round 84's "
               "p61a-2), the lines read each by its words: a line naming an act is a task, one stating only a state "
               "（二）（三）（五）（六） is text (Round 87's governs on x328_03; Round 91's x340_04; Round 99's x361_02 "
               "第十二条) (RULING? 2); a lead-in binding a named party to the acts its lines list gives them its body "
               "(rule 4; Round 83's x311_03 第十一、十二条); a place phrase with its own nouns before the kind is dropped "
               "(Round 93's x341_01 第十五条; Round 97's x353_02 第七条), the printed name accepted; " + ONE_LEAD + "; 及时 "
               "prints no date; " + NODATE),
        S([a1("第十三条")], [], ["市、区绿化市容行政管理部门", XZ, ZD],
          responsible_alternatives=[["市、区绿化市容行政管理部门", XZP, ZD], ["市、区绿化市容行政管理部门", XZ]],
          **art(X01, [a1("第十三条")]),
          note="「市、区绿化市容行政管理部门和乡（镇）人民政府应当编制…应急预案，做好…保障工作。 作业服务单位应当根据…预案，编制本单位的应急处置具体方案，并向区绿化市容行政管理部门备案。」 — "
               + ARTICLE.split(" (")[0] + " (编制), 「市、区X部门」 one name (round 30); the firm's own plan is work of its "
               "own beside its filing (Round 93's x346_03 第二十六条); the filing a duty (below); " + ZONE + "; each "
               "once, printed order; lead [] (no 牵头); " + NODATE),
        S([a1("第十四条")], [], [QL, XZ], responsible_alternatives=[[QL, XZP]], **art(X01, [a1("第十四条")]),
          note="「区绿化市容行政管理部门或者乡（镇）人民政府应当每年组织对作业服务单位的…评议活动，并公布评议结果。评议过程中，应当听取…意见…」 — "
               "组织＋verb is rule 2's, 或者 joining doers (round 49); publishing the results to the public is disclosure, "
               "no duty (round 55's x247_01); 每年 is a yearly cycle with no year and no count printed: no deadline, no "
               "target (round 34; Round 84's p61e-1 reads a count printed); " + ZONE + "; lead [] (no 牵头); " + NODATE),
        S([a1("第十六条")], [], [], responsible_alternatives=[["市或者区绿化市容行政管理部门", "城管执法部门"]],
          not_targets=[(5, "日")], **art(X01, [a1("第十六条")]),
          note="「任何单位和个人…有权向市或者区绿化市容行政管理部门和城管执法部门进行投诉。 市或者区绿化市容行政管理部门和城管执法部门应当自受理投诉之日起5日内，将处理意见答复投诉人。」 — "
               "the first paragraph is a right of anyone (" + OPTION.split(" (")[0] + "; Round 80), the second's only act "
               "is 「A将X答复B」, a sending (" + SENDING.split(" (")[0] + "), a notice of the bodies' own handling to the "
               "party it concerns and a duty (below) (RULING? 3: or the bodies' handling of complaints about the service "
               "they run, Round 89's x329_01 第十七条 「应当及时处理和反馈」, the two bodies); " + LIMIT + ": 5 日 not_target; "
               + NONE + "; " + NODATE),
        S([a1("第十七条")], [], [ZD], lead_alternatives=[[ZD]], responsible_alternatives=[[]],
          **art(X01, [a1("第十七条")]),
          note="「违反本办法第十二条第一款或者第十四条规定，作业服务单位未按照要求进行清扫保洁作业或者经评议未达到…质量的，应当按照作业服务协议的约定进行整改。」 — "
               "an article whose whole work is the response to its case takes its doer (round 30's clarification), and a "
               "party the rules bind by 应当 to correct its own work is a doer where it acts (Round 97's x355_02 四、（三）4 "
               "「整改责任方应当按照协议约定…实施整改」; " + ARTICLE.split(" (")[0] + "); the agreement names no other body; "
               + ONE_LEAD + "; " + NODATE),
        S([a1("第二十条")], [], ["产权人", "管理单位"], responsible_alternatives=[["产权人"]],
          **art(X01, [a1("第二十条")]),
          note="「设置在本市道路和公共场所的公共设施，由产权人或者其委托的管理单位负责保洁。保洁质量应当符合…标准要求。」 — "
               "由A或者B负责 names both (round 30: 「由A或B指定专人负责」), the 的-phrase giving 管理单位 (rounds 32, 38); the "
               "quality a state (Round 87's state-only line); each once, printed order; lead [] (no 牵头); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "作业服务单位应当根据所在区域清扫保洁服务突发事件应急预案，编制本单位的应急处置具体方案，并向区绿化市容行政管理部门备案",
              "when": None, "when_norm": None,
              "note": "第十三条 — the contracted firm filing the plan the rules make it draw up; " + FILING + "; undated"},
             {"what": "市或者区绿化市容行政管理部门和城管执法部门应当自受理投诉之日起5日内，将处理意见答复投诉人",
              "when": None, "when_norm": None,
              "note": "第十六条 — a notice of the bodies' own handling to the party it concerns is a duty (Round 97's x358_01 "
                      "第七、十、十一、十二条; Round 93's x345_04 第十七条), 5日内 a time from an event: undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope and definition of 道路 (its "
            "（一）–（四） a definition's kinds, Round 78's (a)), 第二十一条 force; no tasks: 第十八条 (「按照《…条例》等…的规定予以处理」, "
            "a pointer to other texts with no agent, Round 87's turned x325_01 第二十五条), 第十九条 (the discipline of the "
            "rules' own officials, the standard liability clause, Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条); "
            "tasks: 第三条 (a designation and 负责), 第四条 3 (its lines, each 由A负责), 第五条 one (its first paragraph a "
            "principle naming no doer, p51e; 「本市建立…增长机制」 an act with no subject, the rules' own bodies', round 65's "
            "x274_01, 本市 no body, round 41), 第六–十一条 one each (第十条 「招标文件，应当包括下列主要内容：（一）–（三）」 the "
            "contents of a document, no items, Round 86's (a), the article binding the tender's drafting one task naming "
            "none, Round 99's x364_01 第六条), 第十二条 4 ((一)(四)(七) acts, (二)(三)(五)(六) states only, text, and the closing "
            "paragraph 「…清扫保洁队伍或者专人应当每日定时进行清扫保洁」 one more task naming none, Round 86's governs — the "
            "team organised under 第八条 and persons, no unit, Round 96's turned x350_06 一/3), 第十三–十七条 one each, "
            "第二十条 → **21**. Accepted: 18 (第十二条 one task), 19 (第四条 one task), 20 (第五条 no task, or 第十二条's lines "
            "without the paragraph), 25 (第十二条 every line and the paragraph)",
            "units: rule 2 and round 44 in articles; not sampled: 第六条 [市绿化市容行政管理部门]; 第十条 none; 第十二条（一）（四） "
            "[作业服务单位]; 第十五条 [市和区绿化市容行政管理部门, 乡人民政府, 街道办事处] (宣传, a verb of doing in an article)",
            "dates: none (see date_note)",
            "figures: not_target 5 日 (第十六条); no other figure in a task",
            "duties: two, above; not duties: 第十四条's 公布评议结果 (disclosure to the public, round 55's x247_01)"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x365_02_shi-zhengfu-2022-guidao-jiaotong-yunying-anquan-guanli-banfa.txt"
P02 = "上海市轨道交通运营安全管理办法"


def a2(n):
    return lab(X02, n)


plan(X02,
     title=P02,
     title_note="the heading line (line 1, printed again on line 3)",
     doc_no="上海市人民政府令第22号 (2009), amended 2016 and by 上海市人民政府令第62号 (2022) (line 5; the stored front matter gives no number)",
     issuer="上海市人民政府",
     date="2022-01-24",
     date_note="promulgated 2009年12月9日 (令第22号), amended 2016年6月21日 and 2022年1月24日 (令第62号) (line 5); in force "
               "2010年3月1日 (第三十二条, a general provision); 3个月, 1年 are floors on stages, 10天前, 3日内, 立即 times "
               "from events (round 33), 定期 no date: no task is dated",
     level="a city government rule (政府规章) on the safety of rail transit operation: the supervising departments, the "
           "operating enterprise's safety facilities, protection zones and works near the lines, the safety assessments "
           "before operation, staff, passengers, security checks, risk control, supervision, emergencies, reports and "
           "penalties",
     source=src("上海市轨道交通运营安全管理办法.md",
                "https://www.shanghai.gov.cn/xxzfgzwj/20220222/c92c258170e14fe6a7b37a8787839cc6.html", 6613),
     style="heading printed twice, the promulgation and amendment line in brackets, then six chapters 「第N章　title」 (an "
           "ideographic space) and 32 articles 「第N条（heading）」 on a line of their own with the text below; lists （一）– "
           "in 第六、十五、二十九条 (第六、十五、二十九条's lead-ins end with an ASCII colon)",
     leaf_tasks=33, count_alternatives=[29, 30, 34, 39],
     leaf_tasks_by_section={"第一、二条": 0, "第三–五条": 3, "第六条": 4, "第七–十四条": 8, "第十五条": 0,
                            "第十六–二十八条": 13, "第二十九条": 5, "第三十–三十二条": 0},
     childless_top_level_sections=[],
     samples=[
        S([a2("第三条")], [], ["市应急管理部门", SJ, "发展改革、住房城乡建设管理、公安、卫生健康、消防救援机构等部门", "区人民政府"],
          responsible_alternatives=[["市应急管理部门", SJ]], **art(X02, [a2("第三条")]),
          note="「市应急管理部门依法对安全生产工作实施综合监督管理。 市交通行政管理部门依法对轨道交通运营安全实施监督管理。 发展改革、…消防救援机构等部门及区人民政府按照各自职责，协同实施本办法。」 — "
               "「A依法对…实施监督」 is rule 2's 实施 (Round 85's governs), and bodies named to carry out the rules 协同实施 "
               "do work (Round 91's x340_02 第三条, x340_03 第五条); fields before one head with 等 are one name as printed "
               "(round 31; Round 91's x337_04 第四条); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第六条"), "（二）"], [], [ZG], lead_alternatives=[[ZG]], **art(X02, [a2("第六条"), "（二）"]),
          note="「轨道交通企业应当按照…规范标准，在车站、车厢内设置以下安全设施、设备:」 over 「（二）安全、消防、人员疏散导向等标志；」 — "
               "a list that a body's own verb acts on gives items, each a part of its work taking its body (Round 96's "
               "turned x341_04 第三十八条: 「应当公开以下信息：」; round 63's x248_01; rule 4) (RULING? 4: or the lines the "
               "contents of one act, Round 86's (a), the article one task); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十条")], [], [SJ], lead_alternatives=[[SJ]], **art(X02, [a2("第十条")]),
          note="「…市交通行政管理部门应当…划定轨道交通安全保护区的具体范围，并告知规划、房屋等相关行政管理部门。 在…安全保护区范围内进行…作业的，规划、房屋等相关行政管理部门应当告知相关作业单位向市交通行政管理部门办理…审批手续。」 — "
               + ARTICLE.split(" (")[0] + " (划定); the second paragraph's only act is 告知, a sending naming none ("
               + SENDING.split(" (")[0] + "), the work unit an applicant (round 30); the bureau's notice of its own "
               "zone to the bodies that act on it a duty (below); " + ONE_LEAD + "; " + NODATE),
        S([a2("第十一条")], [], [ZG, "作业单位"], responsible_alternatives=[[ZG]], **art(X02, [a2("第十一条")]),
          note="「…轨道交通企业应当对…安全保护区实施安全管理。 作业单位应当按照经…审批同意的作业方案进行施工，并采取相应的安全保护措施。作业单位…应当重新向…办理…审批手续。 轨道交通企业应当对…施工制定安全监督方案，并…进行日常监督。」 — "
               "实施 is rule 2's, and a party by role bound by 应当 to take measures on its site is a doer in an article "
               "(Round 93's x346_03 第二十六条 施工单位 采取措施; " + ARTICLE.split(" (")[0] + "), its fresh application "
               "a step of its own approval (round 42); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第十二条")], [], ["施工单位", ZG], responsible_alternatives=[[ZG]], **art(X02, [a2("第十二条")]),
          note="「在…安全保护区外进行建设工程施工，…的，施工单位应当采取必要的安全防护措施，不得影响…，并在施工前书面告知轨道交通企业。 轨道交通企业应当派员对施工现场进行安全检查。…轨道交通企业应当要求施工单位立即停止施工…，同时报告市交通行政管理部门。」 — "
               "the 的-clause picks a kind of works by what they are, no event (Round 94's 「对X的」 form), and the subjects "
               "of 采取措施 and 进行安全检查 are doers (" + ARTICLE.split(" (")[0] + "); 要求 is a pivot whose object is no "
               "unit (round 30); the firm's notice of its own works is round 42's filing, no duty; the enterprise's report "
               "of the danger a duty (below); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第十三条")], [], [SJ], lead_alternatives=[[SJ]], targets=[(3, "个月"), (1, "年")],
          **art(X02, [a2("第十三条")]),
          note="「轨道交通工程完工后，应当按照规定开展不载客试运行；不载客试运行时间不少于3个月。 …轨道交通企业应当向市交通行政管理部门报告；市交通行政管理部门认为符合条件的，应当组织第三方安全评估机构进行初期运营前安全评估。 …由市交通行政管理部门报市人民政府批准后，开展初期运营；初期运营时间不少于1年。…」 — "
               "组织＋review names its subject (Round 92's p65a form; Round 85's x317_03 limit), the assessor the object of "
               "组织 (round 30); 「由A报B批准」 names none (Round 77's x299_01 第十条); the enterprise's reports are steps "
               "of the bureau's decision, no duty (Round 89's x329_04 第九条); quantities joined to 不少于 are targets "
               "wherever they stand (round 30's line): 3 个月, 1 年; " + ONE_LEAD + "; " + NODATE),
        S([a2("第十四条")], [], [ZG], lead_alternatives=[[ZG]], targets=[(5000, "公里"), (300, "小时")],
          **art(X02, [a2("第十四条")]),
          note="「轨道交通企业应当…对从业人员进行安全培训和考核… 轨道交通企业列车驾驶员应当进行不少于5000公里驾驶里程的培训…；调度员、行车值班员应当进行不少于300小时操作的培训… 轨道交通企业应当对…重点岗位人员进行安全背景审查和心理测试。」 — "
               + ARTICLE.split(" (")[0] + " (进行培训, 审查); the drivers and dispatchers are persons, never units (round "
               "30); floors joined to 不少于 on the training the article requires are its targets (round 30's line; Round "
               "91's x340_01 「三名及以上专家」): 5000 公里, 300 小时; " + ONE_LEAD + "; " + NODATE),
        S([a2("第十九条")], [], [ZG, SJ], not_targets=[(10, "天")], **art(X02, [a2("第十九条")]),
          note="「…轨道交通企业应当制订安全防护方案并报市交通行政管理部门备案。轨道交通企业应当在…10天前，通过…方式向乘客履行告知义务。 …市交通行政管理部门应当事先向市人民政府报告，并做好安排和调度工作。」 — "
               + ARTICLE.split(" (")[0] + " (制订; 做好, Round 83's x311_03 第四条: 做好 in an article); the notice to the "
               "passengers is disclosure to the public, no duty (round 55's x247_01), the filing and the bureau's report "
               "duties (below); " + LIMIT + ": 10 天 not_target; each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第二十二条")], [], [SJ, "交通、应急管理、公安、消防救援机构等部门", "国有资产监督管理机构"],
          responsible_alternatives=[[SJ], [SJ, "国有资产监督管理机构"]], **art(X02, [a2("第二十二条")]),
          note="「市交通行政管理部门应当依法对…实施监督检查；交通、应急管理、公安、消防救援机构等部门应当加强相互衔接，必要时可以实行联合检查。 国有资产监督管理机构依法将…纳入经营业绩考核范围。 执法人员实施检查时，应当出示执法证件…」 — "
               "实施 is rule 2's; 加强相互衔接 binds the departments by 应当 to an act of their own (" + ARTICLE.split(" (")[0]
               + "; Round 85's x317_01 第六条: 加强…共享 among the subjects is their joint work), 必要时可以 an option (" + OPTION.split(" (")[0]
               + "); 纳入…考核范围 a verb of doing with its subject; 执法人员 persons (round 30); fields before one head one "
               "name (round 31); each once, printed order; lead [] (no 牵头); " + NODATE),
        S([a2("第二十三条")], [SJ], [SJ, "应急管理、公安、卫生健康等部门", ZG], lead_alternatives=[[]],
          responsible_alternatives=[[SJ, "应急管理、公安、卫生健康等部门"]], **art(X02, [a2("第二十三条")]),
          note="「市交通行政管理部门应当会同应急管理、公安、卫生健康等部门，…编制轨道交通突发事件应急预案，并报市人民政府批准。 轨道交通企业应当根据…预案，编制本单位的具体应急预案，并报市交通行政管理部门备案。」 — "
               "「A会同B＋verb」 gives lead A with B (rule 2), fields before one head one name (round 31); the enterprise "
               "drafting its own plan is a verb of doing in an article (round 44), its filing a duty (below); the "
               "bureau's plan sent for approval is a step of the decision, no duty (Round 89's x329_04 第九条); printed "
               "order; " + NODATE),
        S([a2("第二十六条")], [], [ZG], lead_alternatives=[[ZG]], **art(X02, [a2("第二十六条")]),
          note="「本市建立健全…应急处置机制。轨道交通企业应当与公安部门、镇（乡）人民政府、街道办事处定期会商、加强信息共享，提高响应速度、实行联动处置… 发生…情况时，轨道交通企业可以采取…临时措施… 轨道交通企业可以停止…运营，并应当立即报告市交通行政管理部门。 轨道交通企业采取…措施的，应当同时…向乘客履行告知义务；…应当为乘客出具延误证明…，并做好乘客的疏散工作。」 — "
               "本市 names no body (round 41); 与B会商 is a consultation, the bodies consulted no doers (Round 95's x351_04 "
               "第七条: 与B签订 a joint act, 与B会商 a consultation), the enterprise a doer by its own verbs in an article "
               "(round 44); 可以 options (" + OPTION.split(" (")[0] + "); the 定期会商 rhythm and the report duties "
               "(below); " + ONE_LEAD + "; " + NODATE),
        S([a2("第二十七条")], [], [], targets=[(15, "分钟")], not_targets=[(3, "日")],
          **art(X02, [a2("第二十七条")]),
          note="「轨道交通运行发生15分钟以上延误情形的，轨道交通企业应当立即报告市交通行政管理部门，并在恢复运行后3日内将延误原因及处置情况书面报告市交通行政管理部门。 轨道交通发生运营险性事件的，轨道交通企业应当按照规定报告市交通行政管理部门。」 — "
               + SENDING.split(" (")[0] + " (Round 98's x353_02 第十七条: [事故调查组] not accepted), both paragraphs "
               "duties (below); a quantity joined to 以上 in a 的-clause of its own that triggers the step is a target "
               "(round 30's line; Round 87's x323_04 第二十八条; Round 93's x341_04 第四十三条): 15 分钟; " + LIMIT
               + ": 3 日 not_target; " + NONE + "; " + NODATE),
        S([a2("第二十九条"), "（二）"], [], [SJ], lead_alternatives=[[SJ]], not_targets=[(3000, "元"), (1, "万元")],
          **art(X02, [a2("第二十九条"), "（二）"]),
          note="「对轨道交通企业违反本办法的行为，由市交通行政管理部门按照下列规定予以处罚:」 over 「（二）违反本办法第十五条第二款、第三款规定，未按照要求履行安全职责的，给予警告，并处3000元以上1万元以下的罚款。」 — "
               "items under 「由A按照下列规定予以处罚：」 that each carry their own response are items taking A (Round 99's "
               "x359_04 第三十四条; Round 51's turned x225_04 第三十四条); " + PENALTY.split(" (")[0] + "; " + FINE
               + ": not_targets 3000 元, 1 万元; " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "轨道交通工程竣工验收合格后，轨道交通企业应当将轨道交通线路竣工总平面布置图报市交通行政管理部门备案",
              "when": None, "when_norm": None, "note": "第五条 — " + FILING + "; undated"},
             {"what": "市交通行政管理部门应当…划定轨道交通安全保护区的具体范围，并告知规划、房屋等相关行政管理部门",
              "when": None, "when_norm": None,
              "note": "第十条 — a notice of the body's own decision to the bodies that act on it (Round 95's turned x347_04 "
                      "第五、八条; Round 97's x358_02 第八条), undated"},
             {"what": "轨道交通企业应当要求施工单位立即停止施工并采取相应的安全措施，同时报告市交通行政管理部门",
              "when": None, "when_norm": None,
              "note": "第十二条 — a report of a danger to the works the rules govern, sent to the body that acts on it (round "
                      "44; Round 89's turned x334_03 第十三条（三）; Round 83's x316_01 一), undated, 同时 printing no time"},
             {"what": "轨道交通企业在安全检查中发现有危险物品的，应当立即采取防止危险发生的安全措施，并按照规定及时报告公安部门",
              "when": None, "when_norm": None,
              "note": "第十七条 — a report of what the enterprise's own check finds, sent to the body that acts on it (Round 83's "
                      "x316_01 一), undated"},
             {"what": "轨道交通企业应当制订安全防护方案并报市交通行政管理部门备案", "when": None, "when_norm": None,
              "note": "第十九条 — " + FILING + "; undated"},
             {"what": "轨道交通暂停运营或者缩短运营时间的，市交通行政管理部门应当事先向市人民政府报告",
              "when": None, "when_norm": None,
              "note": "第十九条 — a plan body's report of its own work to the government (round 48; Round 85's x320_04 (二)/5), "
                      "事先 printing no date: undated"},
             {"what": "对可能影响运营安全的隐患及时整改，并向市交通行政管理部门报告", "when": None, "when_norm": None,
              "note": "第二十条 — the enterprise's report of the hazards it finds and mends, the work the rules give it; " + FILING
                      + "; undated"},
             {"what": "轨道交通企业应当根据轨道交通突发事件应急预案，编制本单位的具体应急预案，并报市交通行政管理部门备案",
              "when": None, "when_norm": None, "note": "第二十三条 — " + FILING + "; undated"},
             {"what": "轨道交通企业应当与公安部门、镇（乡）人民政府、街道办事处定期会商、加强信息共享", "when": None,
              "when_norm": None,
              "note": "第二十六条 — a recurring coordination rhythm is a duty (plans-dev EXPECTED.md; Round 85's x320_09 二; Round "
                      "91's x338_02 定期召开), 定期 with no period printed: undated"},
             {"what": "轨道交通企业可以停止轨道交通部分区段或者全线的运营，并应当立即报告市交通行政管理部门", "when": None,
              "when_norm": None,
              "note": "第二十六条 — a report of an event on the works the rules govern, owed by its own 应当 (round 44; Round "
                      "91's governs on x335_01 第三十条), undated"},
             {"what": "轨道交通运行发生15分钟以上延误情形的，轨道交通企业应当立即报告市交通行政管理部门，并在恢复运行后3日内将延误原因及处置情况书面报告市交通行政管理部门",
              "when": None, "when_norm": None,
              "note": "第二十七条第一款 — a report of an event on the works (Round 91's governs on x335_01 第三十条), the "
                      "immediate and the written report of one delay one duty (round 41), 3日内 a time from an event: undated"},
             {"what": "轨道交通发生运营险性事件的，轨道交通企业应当按照规定报告市交通行政管理部门", "when": None,
              "when_norm": None, "note": "第二十七条第二款 — as the first paragraph, another event: undated"}],
     notes=["counting (leaf tasks): general provisions (round 30): 第一条 purpose, 第二条 scope, 第三十一条 参照执行 (a scope), "
            "第三十二条 force; no tasks: 第十五条 (the duties of the enterprise's station staff and drivers: the job duties of "
            "persons a regulated party hires are none, Round 85's x317_01 and turned x322_01 一、（五）; Round 86's (c); Round "
            "95's x347_04 第二十条 道路停车管理员; persons never units, round 30 — RULING? 5), 第三十条 (「…由相关行政管理部门依照其"
            "规定处罚」, only a pointer to the penalties other texts set, Round 84's p61a-1; Round 87's turned x325_01 "
            "第二十五条); tasks: 第三、四、五条 one each (第五条: 专篇 in the study with no subject, the enterprise's system, "
            "the facilities' state, the filing), 第六条 4 ((一)–(三), the objects of 设置, and the two paragraphs after them "
            "one task, Round 86's governs; Round 95's x347_04 第五条), 第七–十四条 one each, 第十六条 (the passengers' duties "
            "to all, text, Round 80; the enterprise's 加强…管理 its work), 第十七条 (the ban and the checks; the security "
            "staff persons), 第十八条 (limits on the facilities and the enterprise's checks), 第十九–二十八条 one each "
            "(第二十八条 由市交通行政管理部门责令…处…罚款, a penalty), 第二十九条 5 (its items, each with its own response) → "
            "**33**. Accepted: 29 (第二十九条 one task), 30 (第六条 one task), 34 (第三十条 read as the bodies' enforcement), "
            "39 (第十五条's six lines as the regulated enterprise's owed work, Round 99's governs on x359_01)",
            "units: rule 2 and round 44 in articles; not sampled: 第四、五、七、八条 [轨道交通企业]; 第九条 [轨道交通企业, 市场监管部门]; "
            "第十六、十七、十八、二十一条 [轨道交通企业]; 第二十条 [轨道交通企业, 市交通行政管理部门]; 第二十四条 [市交通行政管理部门, "
            "相关行政管理部门, 轨道交通企业] (an article whose whole work is the response to its case, round 30); 第二十五条 "
            "[轨道交通企业, 相关行政管理部门, 市交通行政管理部门]; 第二十八条 [市交通行政管理部门]",
            "dates: none (see date_note)",
            "figures: targets 3 个月 and 1 年 (第十三条), 5000 公里 and 300 小时 (第十四条), 15 分钟 (第二十七条); not_targets 10 天 "
            "(第十九条), 3 日 (第二十七条), the fines of 第二十九条（二）; unchecked: the other fines",
            "duties: twelve, above (four of them the enterprise's filings and reports of its own work: the RULING? on the "
            "class); not duties: 第十二条's firm's notice of its own works (round 42), 第十三条's reports before the "
            "assessments (steps of the decision, Round 89's x329_04 第九条), 第十六条's 移送公安部门 (handing a matter on, "
            "Round 91's x337_03 八、), 第二十三条's 报市人民政府批准 (a step of the approval), the notices to passengers "
            "(第十九、二十五、二十六条: disclosure to the public, round 55's x247_01)"])



import answers_03_04  # noqa: E402,F401  (x365_03, x365_04: their plan() calls, after these two, in the files' order)

write_collected(DIR)
