# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next158/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 39 (built by helper c158): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
9aa4d64f (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's rulings on
thresholds and general provisions, round 31's exceptions, the round-32 to round-38 rulings and the early round-39
rulings). Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next158/make_expected.py tests/data/plans-next158
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
FOLDER = "规划与土地"

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同／联合B…, designations): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30 / round 37 / round 38: rule 2's forms are a closed list — the plain subject of another "
          "verb (编制, 建立, 加强, 提供, 做好, 办理, 出具, 召集, 开展 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
MEET = "「A会同B＋verb」: lead A (lead [] accepted), responsible A, B (CONVENTIONS.md rule 2)"
MAIN = ("an article (or a point) of the document's own work, not purpose, scope, definitions, principles, "
        "interpretation or entry into force: a task whether or not it names a unit (CONVENTIONS.md round 30 articles)")
WORKHEAD = ("under 三、责任分工, a heading that gives out work (CONVENTIONS.md round 34 / round 35): every body the text "
            "gives work is a unit, whatever its verb, in printed order")


def art_sample(file):
    """Samples of one file located by their article label (``article_in``); ``at`` locates another path."""
    def A(path, lead=(), resp=(), targets=(), at=None, **kw):
        return S(path, lead, resp, targets, **kw, **art(file, at or path))
    return A


# ---------------------------------------------------------------------------------------------------------
X01 = "x158_01_pudong-2021-guoyou-nongyongdi-shiyong-guanli-banfa.txt"
PLAN01 = "浦东新区国有农用地使用管理办法"
NOTICE01 = f"关于印发《{PLAN01}》的通知"
A1 = art_sample(X01)
GH = "区规划和自然资源局"
GZ = "区国有资产监督管理委员会"
NY = "区农业农村委员会"
QG = "相关区属国企"
ZH = "各镇人民政府"

plan(X01,
     title=f"{PLAN01}（{NOTICE01}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="浦农业农村委规〔2021〕10号 (from the index; the stored text prints no number)",
     issuer="上海市浦东新区农业农村委员会 (jointly with 浦东新区规划和自然资源局, 国有资产监督管理委员会, 生态环境局, "
            "城市管理行政执法局: five issuer lines under the cover and the 办法)",
     date="2021-12-29 (the cover's date; the 办法 closes with 2021年12月2日, the index gives 2021-12-31)",
     level="district bureaus (Shanghai Pudong, five jointly), to 各镇人民政府",
     source=shanghai_source(FOLDER, "关于印发《浦东新区国有农用地使用管理办法》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0070235593&siteId=0070", 2922),
     style="a cover (five issuers, dated 2021年12月29日) then the 办法 in 第一章–第五章 (「第一章　总则」 with an ideographic "
           "space, 「第二章  管理主体」 with two spaces) and 第一条–第二十四条, every article run into its paragraph 「第五条 区规划…」 "
           "(「第十一条　」 with an ideographic space); 第九条 and 第十条 of two or three paragraphs; lists 「1、…;」 of an operator's "
           "conditions (第十六条) and of cases for accountability (第二十条); ASCII 「;」 inside sentences; the five issuers and a "
           "second date 2021年12月2日 after the last article",
     leaf_tasks=17, count_alternatives=[15, 16, 18],
     leaf_tasks_by_section={"第一章 第三条": 1, "第二章 第五–十条": 6, "第三章 第十一–十六条": 6, "第四章 第十八–二十一条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A1(["第五条"], [], [GH, GZ, NY, "区生态环境局", "区城市管理行政执法局", ZH, QG],
           note="「A、B、C…各镇人民政府、相关区属国企根据各自职责，分别负责国有农用地的使用管理」: the subject of 负责 (CONVENTIONS.md "
                "rule 2), seven names with separate heads in printed order; 「相关区属国企」 a kind of body (round 33 / round 34); "
                "no 牵头: lead []; " + NODATE),
        A1(["第六条"], [], [GH], lead_alternatives=[[GH]],
           note="「区规划和自然资源局应根据…要求，定期提供国有农用地地块信息清单」: 提供 is no rule-2 verb (" + CLOSED + "); "
                "RULING?: the chapter heading 「第二章  管理主体」 (the bodies that manage) read as round 34's 管理部门 heading that "
                "gives out work (a section headed 职责分工／部门职责／职责／管理部门／管理职责): every body the text gives work is a "
                "unit — " + SUBJ + "; by rule 2 alone the article names none; 「定期」 no date; " + NODATE),
        A1(["第七条"], ["区生态环境局"], ["区生态环境局"],
           note="「区生态环境局牵头负责已建成林地等生态用途的国有农用地的日常监管」: 「A牵头（负责）」 — lead A, responsible A "
                "(CONVENTIONS.md rule 2); " + NODATE),
        A1(["第九条"], [], [GZ, QG],
           note="「区国有资产监督管理委员会负责指导、监督…」 (A负责指导 is A负责, round 30) and 「以下情形的国有农用地由相关区属国企负责"
                "统一管理」 (由A负责, rule 2): two doers in printed order, no 牵头: lead []; 「因工作需要由区政府委托管理的国有农用地」 "
                "— a body inside a noun's description is no doer (round 30); 「相关区属国企应…建立使用管理制度」 建立 (" + CLOSED
                + "); the yearly report to 区国资委 and 区农业农村委 is a duty (below), they only receive (rule 3); 「每年」 a "
                "rhythm, no deadline (round 34); " + NODATE),
        A1(["第十条"], [], [ZH], lead_alternatives=[[ZH]],
           note="「以下情形的国有农用地由各镇人民政府负责统一管理」: 由A负责 (CONVENTIONS.md rule 2), a group named by a kind "
                "(round 30 / round 32) — " + SUBJ + "; 「各镇人民政府应建立本镇…实施办法」 建立 (" + CLOSED + "); the yearly "
                "report is a duty (below); 「每年」 a rhythm (round 34); " + NODATE),
        A1(["第十二条"], [], [], [(1, "年")],
           note="「…确有租赁经营需求的，租赁经营期限原则上不超过1年」: a ceiling joined to 原则上不超过 — a target (CONVENTIONS.md "
                "round 30 line, also inside a 「…的」 condition; round 33: a time limit with a comparison word); RULING?: "
                "「集建区外的国有农用地的租赁经营期限一般为3-5年」 — a norm with no comparison word (round 30: 「原则上按500户配1名」 "
                "is not a target) or a range read at its lower edge (round 32: 「3-5个」 gives 3) — not checked either way; "
                + NONE + "; a task as " + MAIN + "; " + NODATE),
        A1(["第十五条"], [], [ZH, QG],
           note="「各镇人民政府、相关区属国企应对集中连片的国有农用地，…统筹谋划、整体设计，…；…对纳入规划内的区域，实施林地建设」: "
                "the subject of 实施 (CONVENTIONS.md rule 2; the elided subject carries over inside one paragraph, round 34), two "
                "names with separate heads; no 牵头: lead []; 「有条件的地方打造…」 地方 no body; " + NODATE),
        A1(["第十八条"], [], ["区政府相关部门"], lead_alternatives=[["区政府相关部门"]],
           note="「区政府相关部门对国有农用地加强日常使用监管」: 加强 is no rule-2 verb (" + CLOSED + "); RULING?: the chapter "
                "heading 「第四章  监管责任」 read as round 35's 管理责任 heading (and round 38's 「落实政府监管责任」) that gives "
                "out work: every body the text gives work is a unit — " + SUBJ + "; 「禁止…」「不得…」 rules for the public with no "
                "body named are text (round 36); by rule 2 alone the article names none; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "相关区属国企每年将国有农用地使用管理情况向区国有资产监督管理委员会、区农业农村委员会报告", "when": "每年",
              "when_norm": None,
              "note": "第九条: a plan unit's sending to other bodies of the plan (CONVENTIONS.md round 32 / round 35), a yearly "
                      "rhythm with no date"},
             {"what": "各镇人民政府每年将国有农用地使用管理情况向区国有资产监督管理委员会、区农业农村委员会报告", "when": "每年",
              "when_norm": None,
              "note": "第十条: a plan unit's sending to other bodies of the plan (round 32 / round 35), a yearly rhythm with no date"}],
     notes=["counting: 第一条 (purpose and basis), 第二条 (definition), 第四条 (a principle 「坚持…」, round 33), 第二十二条 (「按"
            "《…》要求管理」, a 参照 article, round 34), 第二十三条 (「从其规定」) and 第二十四条 (entry into force) are general "
            "provisions; 第十七条 (「…实行“收支两条线”管理。…费用，列入管理主体的部门预算」) a statement of funds with no doer and "
            "no work (round 33: not a task in a plan whose tasks name units); 第三条 (「区政府相关部门、镇人民政府及…主体，应依法"
            "落实相应管理责任」, an article in 总则 that gives work, round 30) → 1; 第五–十条 → 6; 第十一–十六条 → 6 (第十六条's "
            "「1、…3、」 an operator's conditions, a list that gives no work, round 35: text); 第十八–二十一条 → 4 (第二十条's "
            "「1、…4、」 cases for accountability: text); **17**. Accepted: 16 (without 第三条, read as 总则), 15 (without 第二十、"
            "二十一条, accountability of persons), 18 (with 第十七条)",
            "units: not sampled — 第三条 (落实: 区政府相关部门, 镇人民政府, 主体 by the 的-rule — round 34), 第八条 (落实: "
            "区规划和自然资源局, 区农业农村委员会), 第十九条 (负责: 区城市管理行政执法局, 镇人民政府 — 「A及B」 two names, round 34), 第十一条 (「可通过…」 an option, no body), 第十三条 (no body), 第十四条 (「各镇"
            "人民政府负责管理的…租赁方案」 a body inside a noun's description; 需经…备案／需报…备案 filings: none), 第十六条 (no body), 第二十条 (persons: 各级党政领导干部 are no unit, round 30), 第二十一条 "
            "(「涉嫌…的，由监察机关依法调查处置」 a case inside an article on accountability of persons: 监察机关 by round 30's case "
            "rule no unit)",
            "dates: none — 2021年12月29日 the cover, 2021年12月2日 the date under the 办法, 「自2022年2月1日起施行」 entry into "
            "force, 「定期」「每年」 rhythms",
            "targets: 第十二条 1年 (原则上不超过, sampled); 「3-5年」 not checked (RULING?, in 第十二条's note); document numbers "
            "(浦府〔2020〕166号) are not targets; no phases"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x158_02_jingan-2019-tudi-chubei-xiangmu-shenpi-he-chengben-rending-ruogan-yijian.txt"
PLAN02 = "关于进一步规范本区土地储备项目审批和成本认定工作的若干意见"
NOTICE02 = f"上海市静安区人民政府办公室关于转发区发展改革委《{PLAN02}》的通知"
FGW = "区发展改革委"
XZ = "区土地储备成本认定工作小组"

plan(X02,
     title=f"{PLAN02}（{NOTICE02}）",
     title_note="the 意见's own title (printed over two lines 「…项目审批」「和成本认定工作的若干意见」), or the notice title (the "
                "first line): either is accepted",
     doc_no="静府办发〔2019〕7号 (from the index; the stored text prints no number)",
     issuer="上海市静安区人民政府办公室 (forwarding 区发展改革委's 意见)",
     date="2019-04-24 (the index's date; the stored text prints none)",
     level="district government office (Shanghai Jing'an), to 区政府各委、办、局，各街道办事处、彭浦镇政府",
     source=shanghai_source(FOLDER, "上海市静安区人民政府办公室关于转发区发展改革委《关于进一步规范本区土地储备项目审批和成本认定工作的若.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=f570f326-cfd0-4f46-bf05-ee3d962b860b&siteId=0072", 2621),
     style="a forwarding cover (no date, no issuer line) then the 意见 (title on two lines) in headed points 一、–六、: 一、总体"
           "要求 and 二、适用范围 childless; 三、 sets up a 工作小组 (成立由A牵头，B、C…组成的…工作小组，负责…; its office 设在A); 四、 "
           "a lead-in, items （一）–（四） that are cases 「对…的项目，批复…」 and a closing statement; 五、 items （一）–（三） "
           "「区土储中心在报送…时，应当附送以下材料：」 each over materials 「1．…；」 with full-width 「．」; 六、 items （一）（二） "
           "headed on their own lines over paragraphs of steps (由A委托B, A召集…召开…会, 由各成员单位盖章确认后, A将…报区政府审定)",
     leaf_tasks=5, count_alternatives=[4, 7, 8, 10],
     leaf_tasks_by_section={"三、": 1, "四、": 1, "五、": 1, "六、 （一）（二）": 2},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体要求", "二、适用范围"],
     samples=[
        S(["四"], [], [],
          note="「对以收储国有土地…的项目，批复项目投资估算。…」 and three more: items that are only cases (「对…的项目」「…的」, each "
               "with the approval it gets) — an article whose items are only cases is one task (CONVENTIONS.md round 35), here a "
               "headed point (round 34 early ruling: points read as articles); no body approves by name (批复 has no subject) — "
               + NONE + "; 「土地储备项目批复可作为…参考依据」 a closing statement, no work; " + NODATE),
        S(["六", "（一）"], [], [FGW], lead_alternatives=[[FGW]],
          note="「区发展改革委受理后，由区发展改革委委托有相应专业和能力的工程咨询估价机构…进行评审」: 「由A委托B＋verb」 — A the doer, "
               "B (the 机构) the pivot's object, no unit (CONVENTIONS.md round 33) — " + SUBJ + "; 「区发展改革委根据评审报告召集…"
               "召开项目审核会」 召集 (pivot, not in rule 2's list, round 30) and 「…办理…批复手续」 办理 (" + CLOSED + ") add no "
               "other body; 「由各成员单位盖章确认后」 a time clause of the next step (…后, as 「在组织…时」 is no item verb, round 38) "
               "— the members are not units (rule 3, members); 区政府 only approves (审定, rule 3); 「将审核意见报区政府审定」 is "
               "a duty (below); 「土地储备项目需委托…编制…报告」 no subject; " + NODATE),
        S(["六", "（二）"], [], [XZ], lead_alternatives=[[XZ]],
          note="「区土地储备成本认定工作小组受理后，委托有资格的审计审价机构…进行成本认定」: a pivot without 由 「A委托B…」 reads as "
               "「由A委托B」 (CONVENTIONS.md round 35): A a doer, the 机构 not; the 工作小组 was set up by 三、 — a body a plan set "
               "up earlier is a doer in later items (round 36) — " + SUBJ + "; 「由区土储中心向…工作小组提交项目成本认定申请报告」 a "
               "filing (round 39: 由A向B提交…报告, A no doer; B receives); 「要做好与区审计局的衔接工作」 做好 and 「…出具项目成本"
               "认定的意见」 出具 without 由 (" + CLOSED + "); 区发展改革委 召集 and sends the conclusion to 区政府 (a duty, below), "
               "no rule-2 verb; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区发展改革委将审核意见报区政府审定", "when": None, "when_norm": None,
              "note": "六、/（一）: a plan unit's sending to another body of the plan (CONVENTIONS.md round 32 / round 35), no date"},
             {"what": "区发展改革委将成本认定结论报区政府审定", "when": None, "when_norm": None,
              "note": "六、/（二）: a plan unit's sending to another body of the plan (round 32 / round 35), no date"}],
     notes=["counting: 一、总体要求 (childless, no unit: a section, round 27 / round 34) and 二、适用范围 (scope, round 30) are no "
            "tasks; 三、 (sets up the 工作小组: 成立 is the point's work, with no rule-2 doer — the group and its office are bodies "
            "the item sets up, rule 3 / round 34) → 1 as " + MAIN + "; 四、 (items only cases, round 35) → 1; 五、 (items "
            "（一）–（三） are cases of one filing 「在报送…时，应当附送以下材料」 by the applicant, materials 1．–5． a list that gives "
            "no work: round 35) → 1; 六、 （一）（二） → 2; **5**. Accepted: 4 (without 三、, read as setting up a body only), 7 "
            "(五、 as its three items), 8 (四、 as its four items), 10 (both)",
            "units: not sampled — 三、 (「成立由区发展改革委牵头，…组成的…工作小组，负责…」: a body the item sets up, its members no "
            "units; 区发展改革委 牵头 the group, not the item's work — rule 3; 「办公室具体组织日常工作」 the set-up body's office, "
            "round 34), 五、 (the 区土储中心's filing: an applicant, round 30 / round 32) — none",
            "dates: none — the stored text prints no date (the index gives 2019-04-24); 「区政府第121次常务会议」 a meeting number; "
            "「年度储备计划」 no date",
            "targets: none — document numbers (沪府办〔2017〕79号, 沪府办〔2008〕52号) and 「第121次」 are not targets; no phases",
            "near twin check: plans-next135 x135_02 (长宁区土地储备成本认定管理办法, 2025) treats a neighbouring subject; another "
            "district's own text, 1.4 % of this text's 10-character runs shared — not a near twin (round 36)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x158_03_qingpu-2016-tudi-chubei-chengben-rending-zanxing-banfa.txt"
PLAN03 = "青浦区土地储备成本认定暂行办法"
NOTICE03 = "上海市青浦区人民政府办公室转发区规划土地局关于青浦区土地储备成本认定暂行办法的通知"
A3 = art_sample(X03)
P4 = "第四条  征收集体土地“红线内”、“红线外”认定的标准和范围"
ZX = "区土地储备中心"

plan(X03,
     title=f"{PLAN03}（{NOTICE03}）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="青府办发〔2016〕97号 (from the index; the stored text prints no number)",
     issuer="上海市青浦区人民政府办公室 (forwarding 区规划土地局's 办法)",
     date="2016-08-10 (the cover's date; the index gives none)",
     level="district government office (Shanghai Qingpu), to 各镇人民政府、街道办事处，区政府各委、办、局，各有关单位",
     source=shanghai_source(FOLDER, "上海市青浦区人民政府办公室转发区规划土地局关于青浦区土地储备成本认定暂行办法的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0083510308&siteId=0083", 3484),
     style="no blank lines: a forwarding cover (issuer and 2016年8月10日 on their own lines) then the 办法 in 第一条–第十一条, "
           "each label with its heading and two spaces 「第三条  土地储备成本认定机构」 alone on its line over paragraphs; items "
           "（一）–（七） under 第四–七条 and 第十条 — in 第五–七条 kinds of cost with run-in names 「（一）土地补偿费。主要指…」, in "
           "第十条 the contents of an audit 「（一）项目预算的编制依据是否合理；」; 「对上述土地进行管理。保护和…」 with a stray "
           "full stop; 「百分之十」 in words; 「<上海市…>」 with ASCII angle brackets",
     leaf_tasks=11, count_alternatives=[6, 9, 14, 29],
     leaf_tasks_by_section={"第三条": 1, "第四条 （一）–（六）": 6, "第八–十一条": 4},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        A3(["第三条  土地储备成本认定机构"], ["区规划土地局"], ["区规划土地局"],
           note="「…设立由区发展改革委、…组成的区土地储备成本认定工作小组…；工作小组下设办公室，办公室设在区规划土地局。区规划土地局"
                "为工作小组办公室的牵头单位，负责召集协调研究…相关事宜」: a designation 「明确A为牵头单位」 holds whoever it "
                "designates — lead A, responsible A (CONVENTIONS.md round 33), and 区规划土地局 is the subject of 负责 (rule 2); the "
                "group the article sets up and its members are no units (rule 3, 「由A、B组成」); 组长 a person (round 30); "
                + NODATE),
        A3([P4, "（四）"], [], [], [(10, "%")],
           note="「征收集体土地红线外剩余居住房屋户数不到生产队总户数百分之十，且需要征收的，所发生的征收费用可按照…标准执行」: 10% "
                "joined to 不到 — a threshold that triggers a step, a target (CONVENTIONS.md round 30 line; round 32: 不到 a "
                "comparison word), written in words 「百分之十」; 「可按照」 an option — " + NONE + "; an item of an article of the "
                "办法's work: a task (round 30); " + NODATE),
        A3([P4, "（六）"], [], [ZX], lead_alternatives=[[ZX]],
           note="「…补偿由所属镇、街道提供相关资料，由区土地储备中心预审；也可经第三方评估机构评估，由土地储备成本认定工作小组审核后"
                "按实计算」: 由A＋a verb of doing 「由区土地储备中心预审」 (CONVENTIONS.md rule 2; round 34 「由A＋any verb of "
                "doing」) — " + SUBJ + "; RULING?: 「由所属镇、街道提供相关资料」 read as a filing to the body that reviews it "
                "(round 39: 「由A向B提供／提交…报告」 is a filing, A no doer; round 37), not as 由A＋提供 work; 「也可经…，由…工作小组"
                "审核后…」 an option (round 30: 「也可由A…」 no assignment); " + NODATE),
        A3(["第十条  项目决算和审计"], [], ["土地储备机构", "审计机构"], lead_alternatives=[["审计机构"]],
           responsible_alternatives=[["审计机构"]],
           note="aligned round 53 to CONVENTIONS.md \"Round 62 rulings\" (turned): in 第X条 articles a party named by a kind "
                "is a doer by any verb of doing (round 54's r48b; the verb decides): 「土地储备机构应当通过招标方式确定审计机构」 "
                "(确定 by a tender: a body it engages, round 35's 「A应委托…B…」 keeps A a doer) — responsible [审计机构] → "
                "[土地储备机构, 审计机构]; the earlier reading stays accepted (rv53: the ruling reaches only [] answers). Earlier note: 「土地储备机构应当通过招标方式确定审计机构，由审计机构主要对以下内容进行审计，审计结果报…工作小组确认后办理项目核销」: "
                "由A＋a verb of doing (CONVENTIONS.md round 34: 「由A＋any verb of doing」; rule 2 does not ask who the body is, a "
                "hired kind of body included) — " + SUBJ + "; 确定 (" + CLOSED + "); 「项目承担单位应向土地储备机构申请项目决算」 an "
                "application (round 30); the contents （一）–（五） are a list that gives no work (round 35: text); the work group "
                "only confirms (rule 3); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "土地储备机构编制土地储备资金预算，经区土地储备成本认定工作小组初审后报区政府批准", "when": None,
              "when_norm": None,
              "note": "第八条: a plan unit's sending to another body of the plan for approval (CONVENTIONS.md round 32 / round 35; "
                      "as plans-next150 x150_01 read 「编制年度…计划…报…批准」), 「年度」 no date"}],
     notes=["counting: 第一条 (目的依据) and 第二条 (定义) are general provisions; 第五条, 第六条 and 第七条 (「…开支范围为：」 with "
            "items （一）–（六）／（七） naming kinds of cost 「（一）土地补偿费。主要指…」) are definitions of what the cost covers — "
            "lists that give no work (round 35 / round 36: text), read as general provisions (round 30: definitions), no tasks; "
            "第三条 → 1; 第四条 （一）–（六） → 6 (the opening paragraph defines 红线内／红线外; the items are its rules, "
            "leaves, round 30); 第八条, 第九条, 第十条 (its （一）–（五） a list, text), 第十一条 → 4; **11**. Accepted: 6 (第四条 as "
            "one task, its items read as a list of standards, round 36 / round 38), 9 (without 第三条 and 第十一条, a set-up body "
            "and a general call), 14 (with 第五–七条 as one task each), 29 (with their items as leaves)",
            "units: not sampled — 第四条 （一）–（五） (no body; 「由双方协商解决」 协商, no rule-2 verb), 第八条 (「土地储备机构根据"
            "年度储备计划编制…预算」 编制: none; the sending is a duty), 第九条 (执行, 书面说明, 汇总, 进行调整 — " + CLOSED + "; "
            "none), 第十一条 (「区发展改革委、区建设管理委、区财政局、区规划土地局等单位要加强…，建立健全…」 加强, 建立健全 — no rule-2 "
            "verb, heading 「监督」 gives out no work: none)",
            "dates: none — 2016年8月10日 the cover; 「年度」 no date; 「在过渡期内」 a period from an event",
            "targets: 第四条/（四） 10% (不到, sampled); document numbers (国办发〔2006〕100号, 财综〔2006〕68号, 国土资发〔2007〕277号, "
            "财综〔2007〕17号, 财综〔2016〕4号, 青府办发〔2015〕41号, 沪府发〔2003〕66号) are not targets; no phases",
            "near twin check: plans-next135 x135_02 (长宁区土地储备成本认定管理办法, 2025) treats the same subject; another "
            "district's own text of another year (its own articles, bodies and lists), 11.1 % of this text's 10-character runs "
            "shared (the common cost words of the national rules) — not a near twin (round 36: another year's issue of one "
            "document); x158_02 (静安's 意见) shares 8.5 %"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x158_04_chongming-2025-jiti-tudi-zhengshou-buchang-xietong-liandong-yijian.txt"
PLAN04 = "关于加强协同联动规范实施崇明区集体土地征收补偿工作的意见"
NOTICE04 = f"上海市崇明区人民政府办公室关于印发《{PLAN04}》的通知"
GZJ = "区规划资源局"
XZF = "乡镇人民政府"

plan(X04,
     title=f"{PLAN04}（{NOTICE04}）",
     title_note="the 意见's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪崇府办发〔2025〕26号 (from the index; the stored text prints no number)",
     issuer="上海市崇明区人民政府办公室",
     date="2025-11-13",
     level="district government office (Shanghai Chongming), to 各乡、镇人民政府，区政府各委、办、局，区各直属单位",
     source=shanghai_source(FOLDER, "上海市崇明区人民政府办公室关于印发《关于加强协同联动规范实施崇明区集体土地征收补偿工作的意见》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=test_7fed99ea-ce14-490e-b0f7-a8d5bf29a90c&siteId=0085", 3117),
     style="a cover (「特此通知。」, dated 2025年11月13日, no issuer line) then the 意见 in points 一、–四、: 一、总体目标 childless; "
           "二、工作措施 a lead-in and items （一）–（四） headed on their own lines over a paragraph; 三、责任分工 (a work heading) "
           "with items （一）–（四） headed by roles 「组织管理主体」「协调推进主体」「项目实施主体」「补偿实施单位」, 「包括：」 lists run "
           "in, a list of project kinds with dashes 「…项目——区相关职能部门；…」 and a closing paragraph 「各部门（单位）既要各司其"
           "职…」; 四、工作联动机制 items （一）–（四） with 由A统筹决策, 由A会同B, 「A是…的责任主体」, a run of 「A配合提供…」 clauses "
           "and 「A、B、C与D开展…联动」",
     leaf_tasks=13, count_alternatives=[12],
     leaf_tasks_by_section={"二、 （一）–（四）": 4, "三、 （一）–（四） and its closing paragraph": 5, "四、 （一）–（四）": 4},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标"],
     samples=[
        S(["三", "（一）"], [], [GZJ, "区集体土地房屋征收中心"],
          note=WORKHEAD + " — 「区规划资源局负责本区集体土地征收补偿工作的组织实施…」 (also A负责, rule 2) and 「区集体土地房屋征收中心"
               "具体承担征地、房屋补偿事务性工作…」 (承担…工作 under a work heading, round 34); 「对乡镇、征收事务所等开展业务培训、"
               "检查」 — the objects trained and checked are given no work; no 牵头: lead []; " + NODATE),
        S(["三", "（二）"], [], [XZF], lead_alternatives=[[XZF]],
          note=WORKHEAD + " — 「乡镇人民政府负责项目涉及所辖区域内征收工作的推进、协调和配合工作。包括：…」 (A负责, rule 2) — "
               + SUBJ + "; 「发动机关干部、村两委班子等，积极配合做好…」: 发动 is not one of the pivots whose objects are units under "
               "a work heading (round 37 / round 38: 督促／组织／委派／派单), and 机关干部 are persons (round 30); " + NODATE),
        S(["三", "（三）"], [], ["区相关职能部门", "区级集团公司", "区土地储备中心", XZF, "开发企业"],
          note=WORKHEAD + " — 「市区重大市政项目…——区相关职能部门；区域性建设项目…——区级集团公司和区土地储备中心；“城中村”"
               "改造项目——乡镇人民政府或委托的开发企业；乡镇级财力其他公益性项目——乡镇人民政府，负责项目前期手续办理工作」: the "
               "bodies the list gives the work, in printed order, each once; 「A和B」 two names (round 34), 「A或B」 both (round "
               "30 「由A或B指定专人负责」); RULING?: 「委托的开发企业」 gives 开发企业 (round 38: 「所委托的机构」 gives 机构, the "
               "的-rule); the scope split by project kinds divides the item's work, all doers (round 34); no 牵头: lead []; "
               + NODATE),
        S(["三", "（四）"], [], ["征收事务所"], lead_alternatives=[["征收事务所"]],
          note=WORKHEAD + " — 「征收事务所为征地房屋补偿的实施单位，负责具体实施工作。包括：组织“两清数据”调查，…」: a designation "
               "and A负责 (rule 2; round 32 designations) — " + SUBJ + "; RULING?: the closing paragraph after （四） 「各部门（单位）"
               "既要各司其职，又要形成合力。区规划资源局要加强…；项目实施单位要…；乡镇人民政府要…」 read as one more task of 三、 "
               "(round 36: a closing paragraph after an article's items that gives work; round 38: several closing paragraphs are "
               "one task), not as （四）'s body (round 32's trailing paragraph) — read as its body it would add 区规划资源局, "
               "项目实施单位, 乡镇人民政府 here (a work heading: every body given work); " + NODATE),
        S(["四", "（一）"], [GZJ], ["具体项目征收推进工作协调小组", GZJ, "有关部门"], lead_alternatives=[[]],
          note="「对涉及…一般疑难问题，在乡镇组织研究、提出建议方案的基础上，由具体项目征收推进工作协调小组统筹决策；涉及面上或重大、"
               "特殊的问题，由区规划资源局会同有关部门研究协调解决，必要时报区政府决策」: the item's whole work is the response to "
               "its cases, split by kind of problem — both clauses give doers (CONVENTIONS.md round 30 / round 34 scope splits): "
               "由A＋统筹决策 (round 34: 由A＋any verb of doing; a group not set up by this plan, round 36) and " + MEET + "; "
               "有关部门 a kind (round 33); 组织 inside 「在…的基础上」 is not the item's verb (round 38, as 「在组织…时」): 乡镇 no "
               "unit by it; 「必要时报区政府决策」 a case, 区政府 only decides (rule 3); " + NODATE),
        S(["四", "（二）"], [], [XZF, "乡镇"],
          note="「乡镇人民政府是落实违法建筑等整治的责任主体」: a designation (CONVENTIONS.md round 34 「X的责任主体为A」; round 32 "
               "「明确A为责任主体」) — a doer; 「乡镇应组织网格化巡查力量对拟征收范围形成有效管控」: 「A组织B＋verb」 — A a doer, B "
               "the pivot's object (round 30); 乡镇 kept as printed, a short name beside 乡镇人民政府 (round 38: no alias is "
               "rewritten); no 牵头: lead []; 「凡被认定为违法建筑的一律不予补偿」 a rule with no body; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、总体目标 (childless, no unit: a section, round 27 / round 34); 二、工作措施 （一）–（四） → 4 (items of "
            "the plan's measures, with or without a unit; 二/（二）「区规划资源局和区相关职能部门共同研究」 — 共同＋研究 without 由, "
            "研究 no rule-2 verb); 三、责任分工 （一）–（四） → 4, and its closing paragraph 「各部门（单位）既要各司其职，又要形成合力。"
            "区规划资源局要加强…；项目实施单位要…；乡镇人民政府要…」 → 1 (round 36: a closing paragraph after an article's items "
            "that gives work is one more task; round 38: several closing paragraphs are one task); 四、工作联动机制 （一）–（四） → "
            "4; **13**. Accepted: 12 (the closing paragraph read as 三/（四）'s body, round 32's trailing paragraph; RULING?, "
            "in 三/（四）'s note) — the closing paragraph is not sampled (no numbered path; its first words 「各部门（单位）既要」)",
            "units: not sampled — 二/（一） (no subject: none), 二/（二） (区规划资源局要健全完善 and 「A和B共同研究」: no rule-2 "
            "verb, none by the rule), 二/（三） (「各相关单位（人员）严格按照流程操作」 a general call, round 33), 二/（四） (no "
            "subject), 四/（三） (「区相关部门（单位）协同做好…」 协同 with no partner names no doer, "
            "round 39; every other clause 「A配合提供…」 — an item whose only verbs are 配合 names no doer, round 34; 「区卫生部门"
            "协调区属医院配合…」 协调 a pivot not in rule 2's list; 「征收事务所可凭…查询」 an option: none, by the rules, with eleven "
            "bodies printed), 四/（四） (「A、B、C与D开展…联动」 开展 without 组织, 查处, 加强 — no rule-2 verb under a heading that "
            "gives out no work: none)",
            "dates: none — 2025年11月13日 the cover; 「区政府第80次常务会议」 a meeting number; 「将整治时间节点前置」 no date",
            "targets: none — 「第80次」 and 「两清数据」 are names and numbers of meetings; no phases, no duties (「必要时报区政府决策」 "
            "a case)"])

write_collected(DIR)
