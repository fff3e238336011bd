# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next117/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 34 (built by helper c117): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in`` and ``locate`` of
../plans/expected_tools.py); every answer was written here by reading the texts, under ../CONVENTIONS.md as on main at
bdcb437a (round 29's ruling on units written in sentences with the round-30 clarifications, round 30's thresholds and
general provisions, round 31's exceptions and fields sharing one head, the round-32, round-33 and round-34 rulings).
Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next117/make_expected.py tests/data/plans-next117
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (审核, 统筹, 征求, "
          "公示, 加强, 进行, 建立, 制定, 报送 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
BY = "CONVENTIONS.md units rule 2 (round 34: 「由A＋any verb of doing」): the agent of 由 with a verb of doing is a doer"
WITH = "CONVENTIONS.md units rule 2: 「（由）A会同B＋verb」 gives lead A (lead [] accepted), responsible A, B"
ORG = ("CONVENTIONS.md units rule 2 and round 34 (组织＋work: 「组织实施」「组织验收」「组织专家评审」): the subject of 组织＋work is "
       "a doer")
R3 = "CONVENTIONS.md units rule 3: a body that only receives, approves or guides (「报A核准」「报A备案」「向A申请」「在A指导下」) is no unit"
APPLICANT = "CONVENTIONS.md round 30 / round 34: an applicant or a party filing for itself 「由A提出申请」「向A备案」 is not a unit"
CASES = ("CONVENTIONS.md round 30 / round 34: an item whose every clause is 「…的，由A…」 is the response to its cases — A is a "
         "doer")
HEADING = ("CONVENTIONS.md units rule 1 (a unit heading, plans-dev 10): the item's heading names its body, and the sentences "
           "of its text add nothing (plans-dev 06 三/（一）); a single unit: lead [] with the unit accepted as the lead "
           "(plans-dev 03)")
DUTYHEAD = ("CONVENTIONS.md round 34 (a 职责分工 heading is a label of doers: 职责分工／部门职责／职责／管理部门／管理职责 — every "
            "body the article gives work is a unit, in printed order, whatever the verb)")
THR = ("CONVENTIONS.md targets (round 30's line): a quantity joined to a comparison word (不超过／不得少于／不得低于／不低于／至少／"
       "以上) is a target of its item wherever it stands")
GENART = ("CONVENTIONS.md round 30 (articles of general provision — purpose/basis, scope, definitions, the interpreting body, "
          "entry into force — are not tasks; a count that includes them is accepted)")
NOWORK = ("CONVENTIONS.md round 33: an article or item with no work (a principle, a definition, a statement with no doer "
          "and no work) is not a task in a plan whose tasks name units; a count that includes it is accepted")
SHORT = ("the short name in its bracket 「（以下简称“生态处”）」 is left out, as plans-next113 x113_03 第六条 did — RULING? "
         "round 34 keeps a bracket that is part of a name 「外滩风景办（执法部门）」; a 以下简称 bracket defines a short name and "
         "is read as no part of it")
TAIL = ("separate heads joined by 、 are separate names (round 31: 「区发展改革委、区财政局」), and the tail 「等部门」「等有关行政"
        "管理部门」 after the last one is a category tail, not a unit (plans-dev EXPECTED.md conventions: 「等建设主管部门」) — "
        "RULING? the tail is dropped from the last name (市场监管局), not kept as 「市场监管局等部门」")

# ---------------------------------------------------------------------------------------------------------
X01 = "x117_01_lingang-2022-lvdi-yanghu-zijin-erlei-jingfei-zanxing-guiding.txt"
PLAN01 = "临港新片区绿地养护资金二类经费使用管理的暂行规定"
A01 = partial(art, X01)

plan(X01,
     title=f"{PLAN01}（关于印发《{PLAN01}》的通知）",
     title_note="the 规定's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪自贸临管委〔2022〕79号 (printed under the notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2022-08-03",
     level="the administrative committee of the Lingang new area (a district-level body of Shanghai), a temporary rule "
           "on the second-class funds of green-space upkeep: who compiles and approves the budget, emergency projects, the "
           "half-yearly plans",
     source=shanghai_source("市容绿化与景观", f"关于印发《{PLAN01}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=994e5295dd44447a999697b73c0e1c34&siteId=0058", 2177),
     style="a cover (title twice, document number, addressees, signed and dated) then the 规定: a preamble and 第一条–第八条, "
           "each 「第N条 heading」 (a space, no brackets) on a line of its own; 第一条 three principles （一）–（三）; 第二条 two unnumbered "
           "unit headings 「X（以下简称“生态处”）职责」 / 「Y（以下简称“生态中心”）」 over 「负责…」 paragraphs; 第四条 two kinds of project "
           "（一）（二）; 「由生态中心编制…报生态处核准」; a half-yearly rhythm 「6月上旬及10月上旬」 with no year; a closing paragraph "
           "(interpretation and entry into force) after 第八条",
     leaf_tasks=4, count_alternatives=[5, 7, 9, 11],
     leaf_tasks_by_section={"第二条": 1, "第五–七条": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第二条 管理职责"], [], ["临港新片区管委会生态和市容管理处", "临港新片区生态环境绿化市容事务中心"],
          note=DUTYHEAD + " (管理职责 is one of its headings); the two unnumbered lines 「临港新片区管委会生态和市容管理处（以下简称“生态处”）"
               "职责」 and 「临港新片区生态环境绿化市容事务中心（以下简称“生态中心”）」 are unit headings over 「负责指导…预算编制，审核…，核拨经费"
               "并监督实施」 and 「负责…年度预算编制，开展…评估，…组织竣工验收…协助监管经费使用」: both bodies, in printed order, one task "
               "(the article has no numbered child; a count reading the two headings as two tasks is accepted, 5); " + SHORT
               + "; no 牵头: lead []; " + NODATE, **A01(["第二条 管理职责"])),
        S(["第五条 应急项目"], [], ["生态中心"], lead_alternatives=[["生态中心"]],
          note="「应急事件处置后，由生态中心编制资金申请报告报生态处核准」: " + BY + " (编制 — the report is the item's own work of the "
               "plan's centre, read as x113_04 第四条 read 「由建设单位编制…报…审核」, not as an applicant's filing); 生态处 approves "
               "(" + R3 + "); 「新片区有关部门下达的应急处置指令」 names a body inside a noun's description (round 30); the name as "
               "printed in the clause (the short name 第二条 defines); " + SUBJ + "; 「应急事件处置后」 is an event, no date: " + NODATE,
          **A01(["第五条 应急项目"])),
        S(["第六条 计划申报"],
          note="「二类经费项目安排半年度一次，一年两次，分别在6月上旬及10月上旬完成编制半年度实施计划及方案，报生态中心初审，生态处审核并统筹"
               "…计划和预算安排」: the compiler is not named; 生态中心 receives for a first review (" + R3 + "); 生态处 is the subject of "
               "审核 / 统筹 (" + CLOSED + "): " + NONE + "; 「6月上旬及10月上旬」 recur every year (「一年两次」): CONVENTIONS.md round 34 "
               "(recurring dates are no deadline) — " + NODATE + "; the sending to 生态中心 has no named sender, so no duty is "
               "checked; 「一次」「两次」 count the rhythm (no comparison word), not targets", **A01(["第六条 计划申报"])),
     ],
     plan_targets=[{"number": 15, "unit": "%"}],
     phases=[], duties=[],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): 第一条 （一）–（三） 3, 第二条 1, 第三条 1, "
            "第四条 （一）（二） 2, 第五–八条 4 → 11 by numbering. " + GENART + ": the preamble and the closing paragraph (interpretation, "
            "entry into force) are no article; 第三条 (scope); 第八条 「按照《…》…文件要求执行」 (a 参照 article, CONVENTIONS.md round 34: "
            "general provision). " + NOWORK + ": 第一条's three principles, 第四条's two kinds of project 「（一）工程类。包括…」「（二）"
            "整治类。主要是指…」 (definitions). Left: 第二条, 第五条, 第六条, 第七条 (「…应按照预算调整规定程序报批」: work with no doer, "
            "a task) → **4**. Accepted 5 (第二条's two unit headings as two tasks, or 第三条 counted for its ceiling), 7 (the principles "
            "counted), 9 (principles and the two kinds counted) and 11 (every numbered leaf)",
            "plan target: 第三条 「二类经费占比不超过项目总养护经费的15%」 — " + THR + "; 第三条 is a scope article (not a task), so the "
            "ceiling is checked as a plan target — RULING? a standard for the whole rule written in its scope article, read as "
            "the plan's target",
            "units: 第二条 (the 职责 heading), 第五条 (由A编制); 第六、七条 name no doer; the closing 「本规定由临港新片区管委会生态处负责"
            "解释」 is the interpreting body (rule 3)",
            "dates: none (2022年8月3日 the cover's date; 「6月上旬及10月上旬」 a yearly rhythm; 「自发布之日起施行」); no phases, no duties",
            "not targets: 沪建交[2011]496号, 沪绿容[2011]163号 (document numbers), 「（2011）」 the year of a quota's name"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x117_02_jingan-2021-quji-chengshi-weihu-xiangmu-guanli-banfa.txt"
PLAN02 = "静安区区级城市维护项目管理办法"
A02 = partial(art, X02)
HY = "区各行业主管部门"

plan(X02,
     title=f"{PLAN02}（上海市静安区人民政府关于批转区建设管理委、区财政局、区绿化市容局《{PLAN02}》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="静府规〔2021〕2号 (from the index; the stored text prints no number)",
     issuer="上海市静安区人民政府 (forwarding the 办法 of 区建设管理委, 区财政局, 区绿化市容局)",
     date="2021-08-30",
     level="district government (Shanghai Jing'an), rules for the district's city-maintenance projects: division of work, "
           "project approval, budget, implementation, audit, acceptance and evaluation",
     source=shanghai_source("市容绿化与景观", f"上海市静安区人民政府关于批转区建设管理委、区财政局、区绿化市容局《{PLAN02}》的.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=a034fb64-dd7a-4317-aaa9-18dff4b07da3&siteId=0072", 3864),
     style="a forwarding cover (signed and dated) then the 办法 in five chapters 「第N章 …」, 第一条–第二十四条 each 「第N条（heading）」 on "
           "a line of its own over paragraphs; no numbered item in the articles; an 附件 (the scope list （一）–（五）) after 第二十四条; "
           "「由A牵头，B共同推进」, designations 「A、B，是…主管部门」, 「由A实行审批」「由A编制」, 「A…组织B编制…，报送区财政局」, 「由A实施"
           "审计监督」, 「A…组织绩效评估」, 「A…并会同B发布」; no date but entry into force and expiry",
     leaf_tasks=19, count_alternatives=[18, 20, 24],
     leaf_tasks_by_section={"第一章 第三–六条": 4, "第二章 第八、九条": 2, "第三章 第十–十三条": 4, "第四章 第十四–二十一条": 8,
                            "第五章 第二十二条": 1},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第四条（职能分工）"], ["区建设管理委"], ["区建设管理委", HY, "区绿化市容局", "区财政、审计等部门"],
          note="「区级城市维护工作由区建设管理委牵头，区各行业主管部门共同推进」: CONVENTIONS.md round 34 (「由A牵头，B、C＋verb」 with a "
               "comma: lead A; responsible A, B); 「区建设管理委、区绿化市容局，是区级本行业城市维护工作的主管部门。…提出维护需求，实施项目"
               "计划，组织落实…」: a designation (round 32) and the subjects of 实施 / 组织落实 (rule 2) — 区绿化市容局 added; 「区财政、审计"
               "等部门按照各自职责，对…进行管理和监督」: fields before one head, one name as printed, 等 kept (round 31), a unit by " + DUTYHEAD
               + " — RULING? the heading 职能分工 (division of functions) is not among the listed words; read as 职责分工; without it "
               "the third paragraph (进行, " + CLOSED + ") would add nothing; " + NODATE, **A02(["第四条（职能分工）"])),
        S(["第六条（标准定额）"], [], [HY], lead_alternatives=[[HY]],
          note="「区各行业主管部门，按照市相关行业主管部门制定的本行业设施维护标准、规范和定额，负责具体的推进实施」: the subject of 负责 "
               "(rule 2); a kind of body (round 32: a group named by a kind with a rule-2 verb is a doer); 「市相关行业主管部门制定的」 a "
               "noun's description (round 30); " + SUBJ + "; " + NODATE, **A02(["第六条（标准定额）"])),
        S(["第九条（项目审批）"], [], [HY, "行业主管部门", "各项目（法人）单位"],
          note="aligned round 40: 「区各行业主管部门应委托…工程咨询机构对…进行评审」 is 「由A委托B」 (CONVENTIONS.md \"Round 35 "
               "rulings, written early\" → A pivot without 由: 「A委托B组织…」「市X办委托第三方…」 reads as 「由A委托B」: A is a doer, B "
               "is not) — 区各行业主管部门 added (was responsible 行业主管部门, 各项目（法人）单位); the earlier reading follows. 「工程类项目，…由行业主管部门实行审批，并出具批复意见」 and 「日常维护类…项目，由各项目（法人）单位按照…标准定额，编制项目"
               "预算」: " + BY + " (实行审批, 编制), the two kinds of project dividing the item's own work (round 34: scope splits — both "
               "are doers); names as printed (「行业主管部门」 without 区各; the bracket stays with 「各项目（法人）单位」, round 34); 「区各"
               "行业主管部门应委托…工程咨询机构…进行评审」: 委托 is not in rule 2's list and the subject of a pivot is a doer only with a "
               "listed verb (round 30; round 33's 「由A委托B」 needs 由) — adds nothing; 「项目（法人）单位应编制工程可行性研究报告」 the "
               "plain subject of 编制 (" + CLOSED + "); 「可履行事后确认程序」「可…采取一事一议方式」 options (round 30); 「报区政府同意"
               "后实施」 (" + R3 + "); two doers, no 牵头: lead []; " + NODATE, **A02(["第九条（项目审批）"])),
        S(["第十条（预算申报）"], [], [HY], lead_alternatives=[[HY]],
          note="「区各行业主管部门，根据…，及时组织项目（法人）单位编制区级城市维护项目预算，报送区财政局」: CONVENTIONS.md round 30 "
               "(「A组织B＋verb」: A is the doer; B, the object of 组织, is no unit); 区财政局 receives (" + R3 + "); the sending is "
               "checked as a duty (plan notes); " + SUBJ + "; 「及时」 is no date: " + NODATE, **A02(["第十条（预算申报）"])),
        S(["第十六条（实施要求）"], [], ["项目（法人）单位"], lead_alternatives=[["项目（法人）单位"]],
          note="「项目（法人）单位应严格依法合规并按照项目批复的要求，组织实施项目」: " + ORG + "; CONVENTIONS.md round 34 (rule 2 does not "
               "ask who the body is: 「项目法人」 and the like are doers with a rule-2 form); the name as printed with its bracket; 「要…"
               "建立…制度，加强…」 (the elided subject, plain verbs) adds nothing; " + SUBJ + "; " + NODATE,
          **A02(["第十六条（实施要求）"])),
        S(["第十八条（项目审计）"], [], ["区审计局"], lead_alternatives=[["区审计局"]],
          note="「使用维护资金的项目，由区审计局按照相关规定实施审计监督」: " + BY + " (实施); the article's one clause 「…的，由A…」 is its "
               "whole work (" + CASES + "); " + SUBJ + "; " + NODATE, **A02(["第十八条（项目审计）"])),
        S(["第二十条（考核评价）"], [], [HY], lead_alternatives=[[HY]],
          note="「区各行业主管部门，对区级城市维护项目的实施和运行情况组织绩效评估」: " + ORG + " (组织绩效评估); 「应在广泛征求专家、市民"
               "意见基础上，对…进行评价」 (the elided subject, 进行 — " + CLOSED + ") adds nothing; " + SUBJ + "; " + NODATE,
          **A02(["第二十条（考核评价）"])),
        S(["第二十二条（配套办法）"], [HY], [HY, "区财政局"], lead_alternatives=[[]],
          note="「区各行业主管部门应根据本办法，完善…操作细则，并会同区财政局发布」: " + WITH + "; the second paragraph 「区各行业主管部门，"
               "…在市行业主管部门指导下，制定年度城市维护计划目标」 (制定 — " + CLOSED + "; 市行业主管部门 a guide, " + R3 + ") adds "
               "nothing; an article of 附则 that gives work is a task (CONVENTIONS.md round 30: 「An article in 总则 that gives work to "
               "a body is a task」); " + NODATE, **A02(["第二十二条（配套办法）"])),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "区各行业主管部门向区财政局报送下一年度城市维护项目计划及资金需求", "when": None, "when_norm": None},
             {"what": "组织项目（法人）单位编制区级城市维护项目预算，报送区财政局", "when": None, "when_norm": None}],
     notes=["counting (no numbered item in the articles; every article is a leaf): 24 articles. " + GENART + ": 第一条 (purpose "
            "and basis), 第二条 (definition), 第二十三条 (the interpreting body), 第二十四条 (entry into force and expiry). " + NOWORK
            + ": 第七条（安排原则） (「…严格遵循“科学、民主、可持续发展”的原则」). 第三条（适用范围） is counted: its first paragraph is scope, "
            "but its second gives work to bodies 「区级城市维护保障范围需修改补充的，由区建设管理委会同区财政局、区绿化市容局报区政府同意后，"
            "纳入…」 (CONVENTIONS.md round 30: an article in 总则 that gives work to a body is a task) — RULING? a scope article "
            "whose only work is a case clause; not sampled. Articles of work with no doer (第五条 建立, 第八条 报送, 第十一、十二条 核定 / "
            "下达, 第十三–十五条, 第十七条 加强…进行, 第二十一条) are tasks (articles with work, round 30 / round 34's early ruling) "
            "→ **19**. Accepted 18 (第三条 read as scope), 20 (第七条 counted) and 24 (every article). The 附件 「静安区区级城市维护"
            "项目范围」 （一）–（五） is a scope list after the 附件 line (not tasks, no attachment rows)",
            "duties: 第八条 「区各行业主管部门…向区财政局报送下一年度城市维护项目计划及资金需求」 and 第十条 「…组织项目（法人）单位编制…预算，"
            "报送区财政局」 — a plan unit's submission to the finance bureau, no date (when None) — RULING? CONVENTIONS.md round 32 "
            "names a plan unit's sending to the plan's office or leading group as a duty and a regulated party's filing as none; "
            "a plan unit's sending to another plan body (区财政局, one of the 办法's three drafters) is read as a duty; 第十九条's "
            "「项目（法人）单位…及时编制项目竣工决算报告（报表）上报区各行业主管部门」 is read as the project unit's filing (no duty)",
            "units not sampled: 第三条 (会同 in a case, above); 第十九条 (「项目（法人）单位…负责组织项目验收，区各行业主管部门参加」 and "
            "「由各行业主管部门负责审批和销项」: whether 参加 after a doer reads as 参与 (round 30) and whether 「各行业主管部门」 is a second "
            "name or the same body printed twice is not settled); 第二十一条 (「区有关部门可在职权范围内…」 an option); 第五条 (「A及B…"
            "建立…机制」, 建立 not in rule 2)",
            "dates: none (2021年8月30日 the cover's date; 2021年10月1日 / 2026年9月30日 entry into force and expiry, a general-provision "
            "article; 「下一年度」「年度」 rhythms); no phases",
            "targets: none (「第231次」 names a meeting; 「两类」 counts kinds)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x117_03_lingang-2020-huwai-guanggao-sheshi-guanli-banfa.txt"
PLAN03 = "临港新片区户外广告设施管理办法"
A03 = partial(art, X03)
ST = "生态处"

plan(X03,
     title=f"{PLAN03}（关于印发《{PLAN03}》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="沪自贸临管委〔2020〕1098号 (printed under the notice title)",
     issuer="中国（上海）自由贸易试验区临港新片区管理委员会",
     date="2020-12-31",
     level="the administrative committee of the Lingang new area (a district-level body of Shanghai), rules for outdoor "
           "advertising: the planning and approving office, the towns' bureaus, enforcement, time limits and safety checks",
     source=shanghai_source("市容绿化与景观", f"关于印发《{PLAN03}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=50d63d42c46644299814593603d50a2e&siteId=0058", 5327),
     style="a cover (title twice, document number, addressees, signed and dated) then the 办法: 第一条–第二十七条, each 「第N条（heading）」 "
           "on a line of its own over paragraphs; numbered items only in 第九条 (six cases and a paragraph after them), 第十三条 (eight "
           "materials) and 第十四条 (two steps); a 管理部门 article of three paragraphs naming nine bodies; 「生态处应当会同…等有关行政管理"
           "部门…组织编制」, 「由生态处组织…拍卖、招标」, 「由生态处…另行规定」, 「生态处应当组织相关专家…」, 「由市场监督管理部门另行规定」; "
           "ceilings and floors 不超过3年 / 6年 / 30日, 不得少于30日, 不低于20%, 不得低于10%; limits from events (5个工作日内, 6个月内, "
           "10日内, 5日内); a yearly 「每年6月1日前」 of the regulated setters",
     leaf_tasks=24, count_alternatives=[22],  # aligned round 35: CONVENTIONS.md round-35 ruling 「Lists that give no work」 — 36 and 40 (the cases and materials counted) no longer accepted
     leaf_tasks_by_section={"第四–八条": 5, "第九条": 1, "第十–十三条": 4, "第十四条 （一）（二）": 2, "第十五–二十六条": 12},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        S(["第四条（管理部门）"], [],
          ["临港新片区管委会生态和市容管理处", "南汇新城镇、泥城镇、书院镇、万祥镇、祝桥镇、四团镇等各镇绿化市容行政管理部门",
           "各镇人民政府城管执法部门", "临港新片区规资处", "建交处", "商旅处", "生态中心", "市场监管局"],
          note=DUTYHEAD + " (管理部门 is one of its headings; every body here also takes 负责 / 实施 / 协同实施): 「临港新片区管委会生态和市容"
               "管理处（以下简称“生态处”）负责…」 (" + SHORT + "); 「南汇新城镇、泥城镇…四团镇等各镇绿化市容行政管理部门负责…」: places "
               "before one head, one name as printed, 等 kept (round 30: 「市、区X部门」 is one name; round 31); 「临港新片区内的各镇人民"
               "政府城管执法部门（以下统称“城管执法部门”）依法…实施行政处罚」: the name after the last 的 (round 34), its 以下统称 bracket "
               "left out as above; 「临港新片区规资处、建交处、商旅处、生态中心、市场监管局等部门…协同实施本办法」: " + TAIL + "; no 牵头: "
               "lead []; " + NODATE, **A03(["第四条（管理部门）"])),
        S(["第六条（广告规划及实施方案编制）"], [ST], [ST, "临港新片区规资处", "商旅处", "市场监管局"], lead_alternatives=[[]],
          note="「生态处应当会同临港新片区规资处、商旅处、市场监管局等有关行政管理部门，…组织编制户外广告规划及实施方案」: " + WITH + "; "
               + TAIL + "; 「报上海市绿化和市容管理局批准后实施」 (" + R3 + "); the name 生态处 as printed; " + NODATE,
          **A03(["第六条（广告规划及实施方案编制）"])),
        S(["第七条（公示和征求意见）"], [], ["组织编制机关", "组织编制部门", "管理部门"], [(30, "日")],
          responsible_alternatives=[["组织编制机关"]],
          note="aligned round 51 to CONVENTIONS.md \"Round 58 rulings\" (turned, round 44 over the closed list): 组织编制机关 "
               "(征求…意见, 修改), 组织编制部门 (公示) and 管理部门 (公布, 答复) are each the article's subject with a verb of doing "
               "(rounds 44, 55), one body printed three ways given as printed each time (round 48's x221_01), no 牵头: lead []; "
               "responsible [] → [组织编制机关, 组织编制部门, 管理部门]; [组织编制机关] alone stays accepted (responsible_alternatives), "
               "as the ruling says. The earlier note: 「公示时间不得少于30日」: a time limit with a comparison word (不得少于 is 不少于) is a target (CONVENTIONS.md round 33: "
               "「不少于30天公示」); 「组织编制机关应当采取…征求…意见」「组织编制部门应当将…草案公示」「管理部门应当…公布」: 组织编制 names the "
               "body (a noun's modifier, as round 34's 「A组织实施的＋noun」 is a description), and the verbs 征求 / 公示 / 公布 / 考虑 are "
               "plain (" + CLOSED + "): " + NONE + "; " + NODATE, **A03(["第七条（公示和征求意见）"])),
        S(["第十一条（管理权限）"], [], [ST], lead_alternatives=[[ST]],
          note="「利用临港新片区公共阵地设置户外广告设施的，由生态处组织公共阵地使用权拍卖、招标」 and 「利用非公共阵地设置户外广告设施的"
               "申请，由生态处受理」: " + BY + " (组织, 受理); " + CASES + "; " + SUBJ + "; " + NODATE, **A03(["第十一条（管理权限）"])),
        S(["第十五条（设施设置的期限）"], [], [ST], [(3, "年"), (6, "年")], lead_alternatives=[[ST]],
          note="「户外广告设施的设置期限一般不超过3年，电子显示装置形式的户外广告设施的设置期限不超过6年」: ceilings, targets (" + THR + "); "
               "「具体设置期限标准由生态处根据…另行规定」: " + BY + " (规定); 「生态处应当按照申请期限予以批准」 (予以批准, plain) adds the "
               "same body; the setters' 「…应当在设置期满30日前，向生态处办理延期的审批手续」 is an applicant's step (" + APPLICANT + "); "
               "「自收到批准决定之日起6个月内设置」 and 「设置期满30日前」 are limits counted from events — the deadline rule, not targets "
               "and no date (CONVENTIONS.md round 33 / round 34: times from an event are no deadline); " + SUBJ + "; " + NODATE,
          **A03(["第十五条（设施设置的期限）"])),
        S(["第十九条（创新户外广告设施设置论证）"], [], [ST], lead_alternatives=[[ST]],
          note="「申请设置具有特殊创新要求的新形式户外广告设施，没有相应技术规范要求的，生态处应当组织相关专家进行技术论证，并上报临港新片区"
               "管委会及上海市绿化和市容管理局」: " + ORG + "; the opening 「…的」 names the case the whole article answers (" + CASES
               + "); 相关专家, the object of 组织, are persons; the receivers of 上报 (" + R3 + "); " + SUBJ + "; " + NODATE,
          **A03(["第十九条（创新户外广告设施设置论证）"])),
        S(["第二十二条（安全管理）"], [], ["生态处", "城管执法部门", "各镇绿化市容行政管理部门"], targets=[(20, "%")],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「生态处、城管执法部门、各镇绿化市容行政管理部门应当加强…监督检查，并…进行安全抽检」 — the subjects of 加强 are doers, in printed order, each with its own head; no 牵头: lead []; formerly: " + "「生态处、城管执法部门、各镇绿化市容行政管理部门应当加强对户外广告设施安全的监督检查，并按照不低于20%的比例，对户外广告设施进行"
               "安全抽检」: the floor 不低于20% is a target (" + THR + "); the three bodies are subjects of 加强 / 进行 and the setters "
               "(设置人) of 加强 / 建立 / 进行 / 整修 / 更新, 设计单位 of 明确 (" + CLOSED + "): " + NONE + "; 「户外广告设施设置人应当在每年"
               "6月1日前…进行年度安全检测，并向生态处提交安全检测报告」 is a yearly rhythm (CONVENTIONS.md round 34: recurring dates are no "
               "deadline) and a regulated party's filing (round 32: no duty): " + NODATE, **A03(["第二十二条（安全管理）"])),
        S(["第二十四条（户外广告内容的要求）"], [], ["市场监督管理部门"], [(10, "%")], lead_alternatives=[["市场监督管理部门"]],
          note="「公益广告内容所占的面积或者时间比例不得低于10%」: a floor, a target (" + THR + "; 不得低于 is 不低于); 「可能产生不良影响的"
               "户外广告具体范围，由市场监督管理部门另行规定并对外公布」: " + BY + " (规定, 公布); " + SUBJ + "; " + NODATE,
          **A03(["第二十四条（户外广告内容的要求）"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf; an article without numbered children is a leaf): " + GENART + ": 第一条 (purpose and "
            "basis), 第二条 (scope; 「386平方公里」 names the area), 第三条 (definition), 第二十七条 (entry into force). 第九条's six "
            "items 「（一）利用交通安全设施、交通标志的；」… are the cases of one prohibition (with the paragraph after （六） 「禁止在…道路红线"
            "范围内设置…」) and 第十三条's eight items 「（一）营业执照；」… the materials of one application: " + NOWORK + " — RULING? the "
            "article whose numbered items are only a list of cases or documents is read as one task (its lead-in gives the rule), "
            "not as none; 第十四条 （一）（二） are two leaves (steps of 生态处's review). Every other article (第四–八条, 第十–十二条, "
            "第十五–二十六条, all giving work with a doer or an instruction 「应当…」) is a task → 5 + 1 + 4 + 2 + 12 = **24**. "
            "Accepted 22 (第九、十三条 giving no task), 36 (every numbered leaf of the articles of work: the six cases and eight "
            "materials counted, the two articles not) and 40 (every numbered leaf with the general provisions)",
            "units: rule 2 and the round-34 管理部门 heading; not sampled: 第八条 (「确需变更修编的，组织编制部门应当…组织修改」 — a case "
            "inside the article, and 组织编制部门 a role the document does not define), 第十四条 (生态处's plain verbs 告知 / 作出 / 送达), "
            "第二十三条 (「逾期未拆除的，由城管执法部门强制拆除」 — a case inside the removal rules, round 34; 「所需费用由设置人承担」 a payer), "
            "第二十条 (an applicant 建设单位 and 规资处's plain verbs), 第二十五条 (可以向A投诉: an option; 有关行政管理部门…进行处理)",
            "dates: none (2020年12月31日 the cover's date; 「自发布之日起实施」; every other time is counted from an event — 5个工作日内, "
            "3个工作日内, 6个月内, 30日前, 10日内, 5日内, 2日内 — or recurs, 每年6月1日前); no phases; no duties (the setters' yearly "
            "report to 生态处 is a regulated party's filing, round 32)",
            "targets: 第七条 30日, 第十五条 3年 / 6年, 第十六条 「设置期限不超过30日」 (not sampled), 第二十二条 20%, 第二十四条 10%; not "
            "targets: 386平方公里 (scope), 2019-2035 (the years of a plan's name)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x117_04_songjiang-lvrongju-2026-juzhuqu-lvhua-guanli-zhidao-yijian.txt"
PLAN04 = "松江区关于加强居住区绿化管理工作的指导意见"
LOCAL = "属地绿化市容管理部门"


def H(path, unit, note):
    """An item of 一、职责分工 whose heading is its body (a unit heading, rule 1): responsible the unit, lead [] (the unit
    accepted)."""
    return S(path, [], [unit], lead_alternatives=[[unit]], note=HEADING + "; " + note + "; " + NODATE)


plan(X04,
     title=f"{PLAN04}（关于印发《{PLAN04}》的通知）",
     title_note="the 意见's own title (printed on two lines 「松江区关于加强居住区绿化管理工作的」 / 「指导意见」) or the notice title (the "
                "first line): either is accepted",
     doc_no="沪松绿容发〔2026〕31号 (from the index; the stored text prints no number)",
     issuer="上海市松江区绿化和市容管理局 (with 中共松江区委社会工作部, 松江区住房保障和房屋管理局, 松江区城市管理行政执法局, all four "
            "signing)",
     date="2026-03-23",
     level="district bureau with three district bodies (Shanghai Songjiang), the greening of residential areas: the duties "
           "of the district and town bodies, the residents' and owners' committees and the property companies, and the steps "
           "of pruning, moving and felling trees and of re-laying green space",
     source=shanghai_source("市容绿化与景观", f"关于印发《{PLAN04}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=39d81164-93d6-40e3-8708-091f1e81ec3b&siteId=0082", 3962),
     style="a cover (four signatures, dated) then the 意见: 一、职责分工 whose items （一）…（七） and 1./2. are unit headings over "
           "paragraphs; 二、基本原则 a childless paragraph; 三、流程要求 （一）–（五） with numbered steps 1.–7. (inline 「（1）…；（2）…」 "
           "lists in three steps); 四、 three unit-colon paragraphs 「物业公司：…」; 「由A操作实施」「由A进行…评定」「由A安排3名（含）以上…」, "
           "「小区业委会组织竣工验收，B和C共同参与」; no date but the old 意见's; an 附件 list of twelve forms",
     leaf_tasks=33, count_alternatives=[32, 34, 45],
     leaf_tasks_by_section={"一、职责分工": 10, "三/（一）": 1, "三/（二） 1.–6.": 6, "三/（三） 1.–7. less 2.": 6,
                            "三/（四） 2.–5.": 4, "三/（五） 1.（1）（2）, 2.–4.": 5, "四、": 1},
     attachment_task_rows=0,
     childless_top_level_sections=["二、居住区绿化调整的基本原则"],
     samples=[
        S(["一", "（一）", "1"], ["区绿化市容管理局"], ["区绿化市容管理局", "区相关部门", "区房屋管理、城管执法部门"],
          lead_alternatives=[[]],
          note="aligned round 39: Headings — 「A unit heading 「(一)县教体局。」 whose text 会同 others gives them as responsible "
               "with it」: the heading's body 会同 区相关部门 (a kind, like 各有关部门, round 33) and, 牵头会同, 区房屋管理、城管执法部门 "
               "(fields sharing one head, one name as printed, round 31), read again from the text; 「A会同B＋verb」: lead A, "
               "lead [] accepted; 街镇, the object of 指导, no unit; " + NODATE + ". Before: " + HEADING + "; "
               "「1.区绿化市容管理局」 over 「负责…行政审批和技术指导，…会同区相关部门指导街镇…，牵头会同区房屋管理、城管执法部门开展 居住区绿化"
          "联合督查」: the heading gives 区绿化市容管理局; the 会同 / 牵头会同 partners in the sentences add nothing (rule 1) — lead [] "
          "or 区绿化市容管理局 (its 牵头) accepted; the parent 「（一）绿化市容管理部门」 names the group, the child's heading the body"),
        H(["一", "（三）"], "区房屋管理局",
          "「（三）区房屋管理局」 over 「负责监督物业公司…履行相关服务。…予以失信记分处理」: the heading gives the unit; 物业公司, the "
          "object of 监督, is no unit"),
        H(["一", "（四）", "2"], "街镇综合行政执法机构",
          "「2.街镇综合行政执法机构」 over 「对…违法行为依法进行查处。配合做好…督查工作及…普法宣传」: the heading decides (plain verbs 进行 / "
          "配合 — the label gives the units whatever the verbs, rule 1)"),
        H(["一", "（七）"], "物业公司（绿化养护单位）",
          "「（七）物业公司（绿化养护单位）」 over 「物业公司应当…做好居住区绿化养护和管理工作」: the heading gives the unit, the bracket kept "
          "with the name (CONVENTIONS.md round 34: 「外滩风景办（执法部门）」); a regulated body named by a kind is a unit like any kind "
          "(round 34)"),
        S(["三", "（一）"], [], ["小区物业公司（绿化养护单位）"], [(2, "年")], lead_alternatives=[["小区物业公司（绿化养护单位）"]],
          note="「由小区物业公司（绿化养护单位）操作实施，至少两年开展一次，实施前报知属地绿化部门和居委会后按照技术规范修剪」: " + BY
               + " (操作实施), the name as printed with its bracket; 属地绿化部门 and 居委会 are told (" + R3 + "); 「至少两年开展一次」: "
               "the quantity 两年 joined to 至少 — a target by " + THR + " (a rhythm's floor, no date: round 34's recurring dates "
               "give no deadline); the heading's bracket 「（需提前报知不需要意见征询和审批）」 is text; " + SUBJ + "; " + NODATE),
        S(["三", "（二）", "6"], [], ["小区业委会", LOCAL, "居委会"],
          note="「小区业委会组织竣工验收，属地绿化市容管理部门和居委会共同参与」: " + ORG + " (组织竣工验收); 「B和C共同参与」 after a doer "
               "makes B and C responsible (CONVENTIONS.md rule 2's 「B、C配合／参与／协助」 and round 30: after any doer of rule 2); 「A和B」 "
               "are two names (round 34); 「属地绿化市容管理部门根据需求予以技术指导」 (予以, plain) names the same body; several doers, no 牵头: "
               "lead []; " + NODATE),
        S(["三", "（五）", "2"], [], [LOCAL], [(3, "名")], lead_alternatives=[[LOCAL]],
          note="「由属地绿化市容管理部门安排3名（含）以上绿化专业技术人员到现场认定并告知业委会」: " + BY + " (安排); 「3名（含）以上」 a "
               "floor joined to 以上, a target (" + THR + "; a count of staff, no age band of persons, round 31); 「树木砍伐并完成补种后报"
               "属地绿化部门和居委会到现场验收核实消项」: the bodies reported to (" + R3 + "), the sender not named; " + SUBJ + "; " + NODATE),
        S(["四"], [], ["物业公司", "小区居委会", "属地绿化市容和房管部门", "区绿化市容、房屋管理和城管执法部门"],
          note="a childless section of three unit-colon paragraphs 「物业公司：…」「小区居委会、属地绿化市容和房管部门：…」「区绿化市容、房屋"
               "管理和城管执法部门：…」: one task, its units all the paragraphs' bodies in printed order (CONVENTIONS.md round 32: a "
               "childless section of unit paragraphs; rule 1, unit-colon labels); 「属地绿化市容和房管部门」 and 「区绿化市容、房屋管理和城管"
               "执法部门」: fields before one head 部门, one name as printed (round 31) — RULING? fields joined by 和 (not 、) before one "
               "head read as round 31's 「人事、卫生部门」, not as round 34's 「A和B」 two names (绿化市容 alone names no body); "
               "「必要时请属地综合行政执法机构介入执法」 (a case; 介入 not in rule 2) adds nothing; the paragraph after it 「本指导意见自印发之日"
               "起实施…」 is the close (round 34); lead []; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (every numbered leaf; a unit heading with text under it is a leaf): 一、 （一）1.2., （二）1.2., （三）, "
            "（四）1.2., （五）, （六）, （七） → 10; 二、 a childless principle section (「居住区绿化调整以保证房屋安全为前提…」): a section, "
            "not a task (round 34's early ruling: in a plan whose work sits in numbered items, a childless 基本原则 section stays a "
            "section); 三、 （一） 1, （二） 1.–6. 6, （三） 1.–7. with 2.'s inline 「（1）迁移、砍伐的理由和依据；（2）实施单位；…（6）资金及来源」, "
            "（四） 1.–5. with 1.'s inline （1）–（6）, （五） 1.–4. with 1.'s inline 「（1）由业主…提出申请…。（2）业委会向…提出确认申请」: "
            "CONVENTIONS.md round 34 (items numbered inside one paragraph, running from 1, are items) makes those three steps "
            "parents; the items of the two contents lists name what a plan must hold, no work (" + NOWORK + "); 三/（五）/1's "
            "（1）（2） give work (applications) → 1 + 6 + 6 + 4 + 5 = 22; 四、 one task (round 32) → **33**. Accepted 34 (the inline "
            "lists read as text: every step a leaf), 32 (四、 read as a section) and 45 (every numbered leaf with the contents "
            "items)",
            "units: 一、 by unit headings (rule 1); 三、 by rule 2 where a clause names a doer (由A操作实施, 由A进行…评定, 由A安排, A组织"
            "竣工验收, 由A对死树进行处置); the owners' and users' requests 「由业主或房屋使用人向业委会提出申请」 are applicants' (round 30), "
            "「业委会委托物业公司…拟定」 a pivot without 由 (委托 not in rule 2's list); 四、 by unit-colon paragraphs. Not sampled: "
            "三/（二）/4 (「由属地绿化市容管理部门进行…」 and 「由属地绿化部门派专业人员…」: two printings of one body, as printed or one), "
            "一/（六） (业委会, a designation 「作为…实施主体」 under its own heading)",
            "targets: 三/（一） 两年 (至少), 三/（五）/2 3名 (（含）以上), 三/（三）/4 the same 3名; 「三分之二以上」「过半数」「四分之三以上」 (vote "
            "thresholds, fractions, not sampled); 「500平方米及以下／及以上的」 in 三/（四）/3 and /5 pick the cases (round 34: a class "
            "the rule covers is not a target), not sampled",
            "dates: none (2026年3月23日 the cover's date; 2024年6月1日 the old 意见's date in the close); no phases, no duties (「报知」"
            "「报…备案」 are the regulated parties' filings, round 32)"])

# round 45 (al47b): the Round 47 ruling q44c (governs) — role-like kinds (建设单位, 施工单位, 监理单位, 设计单位 …) as the
# subjects of articles are doers of any verb of doing (round 44's article rule; round 34); a filing, an option, a cost
# verb and a person's role stay none (CONVENTIONS.md "Round 47 rulings, written early"; README, "Aligned round 45 (al47b)")
from expected_tools import _sample32, align34_units  # noqa: E402


def align45_q44c(file, path, lead, resp, why, alt=None, drop_alt=False):
    """One sample aligned to q44c, noted 「aligned round 45 (Round 47 q44c): <why> (old → new)」 before the earlier
    note; ``drop_alt`` drops a single body's accepted lead where the item now has two doers."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 45 (Round 47 q44c): ", 1)
    if drop_alt:
        s.pop("lead_alternatives", None)


align45_q44c('x117_03', ['第二十二条（安全管理）'], [], ['设计单位', '生态处', '城管执法部门', '各镇绿化市容行政管理部门'],
             "「设计单位应当明确户外广告设施的设计使用年限」 — the subject of the article's 明确 is a doer (as x183_02 第十一条's 「建设单位应当明确…」), before the three supervisors in printed order; 建设单位、设计单位、施工单位 inside the report's contents 「报告中应包括…相关信息及负责人」 are no subjects; the sign's 设置人 (a regulated owner, not one of the ruling's kinds) stays none",
             alt=None, drop_alt=False)

write_collected(DIR)
# Round 63 (rul88): x117_03 第二十二条's setter aligned to tests/data/CONVENTIONS.md "Round 88 rulings" (Units, turned:
# round 34's 设置者, p52c and Round 87's x328_03 第十七条 over the answer's 「设置人 a regulated owner」; p63b-1) (README, round 63)
from aligned_rulings import align88  # noqa: E402

align88("x117_03", ["第二十二条（安全管理）"], "「户外广告设施设置人应当…加强对户外广告设施的日常管理和安全检查，建立安全管理体系…设置人应当进行竣工安全检测…设置人应当立即整修」 (x117_03 第二十二条): a regulated party named by its kind is a doer by a verb of doing in an article (round 34 names 设置者; p52c: no line between a rule's own parties and regulated operators), as Round 87 read 设置者 in x328_03 第十七条; the yearly filing to 生态处 is none, the checks and repairs are work; name as printed, first in printed order",
        "Round 88 (Units, turned: round 34, rounds 44, 47 q44c, 54 and p52c, with Round 87's x328_03 第十七条, over the answer's reading of 设置人 as no kind; p63b-1; the old list stays accepted)",
        resp=["户外广告设施设置人", "设计单位", "生态处", "城管执法部门", "各镇绿化市容行政管理部门"],
        resp_alt=[["设置人", "设计单位", "生态处", "城管执法部门", "各镇绿化市容行政管理部门"],
                  ["设计单位", "生态处", "城管执法部门", "各镇绿化市容行政管理部门"]])

write_collected(DIR)
