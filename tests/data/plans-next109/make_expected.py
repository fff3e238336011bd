# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next109/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 33 (built by helper c109): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate``, ``row_in_table_in`` and
``article_in`` of ../plans/expected_tools.py); every answer was written here by reading the texts, under
../CONVENTIONS.md as on main at 8fe7d84 (round 29's ruling on units written in sentences with the round-30
clarifications, round 30's rulings on thresholds and general provisions, round 31's exceptions and fields sharing one
head, and the round-32 and round-33 rulings). Neither the parser nor the scorer was run on this set by its builder:
the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next109/make_expected.py tests/data/plans-next109
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, plan, row_in_table_in, shanghai_source, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
row_in_table = partial(row_in_table_in, DIR)

# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋verb, A会同B…): lead = [], responsible = []")
CLOSED = ("CONVENTIONS.md round 30: rule 2's forms are a closed list — the plain subject of another verb (完成, 核定, 收取, "
          "加强, 中止, 办理 …) is not a unit")
SUBJ = "responsible A, lead [] (A alone accepted as the lead, plans-dev 03 一)"
YOU = "由A＋verb of doing (CONVENTIONS.md rule 2: the agent of 由 with any verb of doing is a doer)"
SHARED = ("fields joined by 、 before one head noun are one name as printed, 等 kept (CONVENTIONS.md round 31: 「人事、卫生"
          "等部门」)")
Y2020 = ("the year is implicit and resolved from the plan's year (一、工作目标 「2020年全市可回收物工作…」, signed 2020年3月24日; "
         "plans-dev EXPECTED.md: deadlines)")
ROW = ("a row of the attached 任务分解表 (「序号 | 任务名称 | 主要内容 | 完成时限 | 责任部门 | 配合部门」, one cell a line): "
       "responsible = the 责任部门 cell and the 配合部门 cell (CONVENTIONS.md units rule 1, a table column); no lead is "
       "named (lead = []), a single 责任部门 as lead is accepted (plans-next16's reading of 「责任部门 | 配合部门」 columns)")
GENERAL = ("CONVENTIONS.md round 30: articles of general provision (purpose, scope, definitions, entry into force) are not "
           "tasks")
STATEMENT = ("CONVENTIONS.md round 33: a statement with no doer and no work among items of work is not a task in a plan "
             "whose tasks name units (a count that includes it is accepted)")

# ---------------------------------------------------------------------------------------------------------
X01 = "x109_01_shanghai-fenjianlianban-2020-kehuishouwu-tixi-ziyuan-liyong-shishi-yijian.txt"
TITLE01 = "关于进一步完善生活垃圾可回收物体系促进资源利用的实施意见"
TABLE = "任务分解表"


def R(n, resp, dl, dln, targets=(), note="", **kw):
    """A row of the attached 任务分解表: responsible = 责任部门 + 配合部门 cells (rule 1, a column)."""
    if len(resp[0]) == 1:
        kw["lead_alternatives"] = [list(resp[0])]
    return S(["附件", str(n)], [], list(resp[0]) + list(resp[1]), targets, dl=dl, dln=dln,
             note=ROW + "; " + note + "; " + Y2020, **row_in_table(X01, TABLE, n), **kw)


plan(X01,
     title=TITLE01,
     title_note="the document's title as printed (the first line; there is no cover notice)",
     doc_no="沪分减联办〔2020〕3号 (from the index; the stored text prints no number)",
     issuer="上海市分类减量推进工作联席会议办公室 (signed; the index names 上海市绿化和市容管理局)",
     date="2020-03-24",
     level="city joint-meeting office (Shanghai), to the member units, the district offices and the bodies concerned",
     source=shanghai_source("市容绿化与景观", TITLE01 + ".md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0039-8A57516B-6C1F-409C-AF58-065404B50A97&siteId=0039", 4538),
     style="an 实施意见 with no cover: 一、工作目标 (a section: 6000吨, 1-2个), 二、主要任务 1、–8、 (numbers with 、), each a headed "
           "paragraph whose clauses name doers 「由A＋verb」「由A牵头，会同B…」「由A会同B…」 (several per item, names sharing "
           "部门 「市绿化市容、市发展改革、市财政、市商务等部门」); then 「附件：任务分解表」, the signature, and the 任务分解表 (17 "
           "rows, one cell a line: 序号 / 任务名称 / 主要内容 / 完成时限 / 责任部门 / 配合部门; dates 6月底–11月底 without year, "
           "a cell broken over two lines in rows 1 and 2)",
     leaf_tasks=8, attachment_task_rows=17,
     leaf_tasks_by_section={"二、主要任务 1、–8、": 8},
     childless_top_level_sections=["一、工作目标"],
     samples=[
        S(["二", "1"], [], ["市绿化市容部门", "各区政府", "市城投集团"], [(1.5, "万个"), (170, "座"), (10, "座")],
          note="「由市绿化市容部门进一步明确…完成…」 and 「由各区政府和市城投集团分别加快…建设」: " + YOU + "; 各区政府 and 市城投集团 "
               "joined by 和 are two doers (CONVENTIONS.md round 30: 「由A与B签订／共同＋verb」: A and B are both doers); "
               "「街镇级派出机构或政府完成…」 (完成) and 「各级政府部门严格把握标准，做好…」: " + CLOSED + "; lead [] (no 牵头); "
               "targets 1.5万个 / 170座 / 10座 (the quantities of the work); 「在2019年…基础上」 a year, no target; " + NODATE),
        S(["二", "2"], [], ["各区政府"], lead_alternatives=[["各区政府"]],
          note="「由各区政府统筹考虑…落实“五公开”制度…并加强…监管」: " + YOU + "; " + SUBJ + "; 「五公开」 names a rule, no "
               "quantity; " + NODATE),
        S(["二", "5"], ["市城投集团", "市商务部门"], ["市城投集团", "市商务部门", "市经信委"], [(1, "个")],
          lead_alternatives=[["市城投集团"]], skip_deadline=True,
          note="「由市城投集团牵头，…加快…落实废塑料等1-2个品类的…项目或企业」: 「由A牵头」, lead A; 「由市商务部门会同市经信委"
               "发挥…发布…」: 「由A会同B＋verb」, lead A (lead [] accepted for this clause, so [市城投集团] alone is accepted), "
               "responsible A, B (CONVENTIONS.md rule 2, several clauses, all bodies in order); 「1-2个品类」 read at its lower "
               "edge, 1个 (round 32); 「按照年内完成选址、注册的进度」: 年内 (within the plan's year 2020) is a step's pace, not "
               "the item's one deadline — not checked (RULING?: 年内 → 2020 or no deadline)"),
        S(["二", "8"], [], ["市科技部门", "市绿化市容部门", "市规划资源、市住建、市房管部门"],
          note="three clauses 「由市科技部门推动本市企业、高校和科研院所…开展…」, 「由市绿化市容部门明确…标准」, 「由市规划资源、"
               "市住建、市房管部门将相关标准纳入…」: " + YOU + ", all bodies in order; the objects of the pivot 推动 (企业, 高校, "
               "科研院所) are not units (round 30: the object of a pivot verb); 「市规划资源、市住建、市房管部门」: " + SHARED
               + "; lead [] (no 牵头); " + NODATE),
        R(1, (["各街镇"], ["市房管局", "市规资局", "市住建委", "市绿化市容局"]), "11月底完成", "2020-11",
          targets=[(1.5, "万个"), (170, "座")], not_targets=[(10, "%"), (40, "%"), (70, "%")],
          note="「完成1.5万个服务点、170座中转站的规范化提升」: targets; the 完成时限 cell (printed over two lines) 「一季度10%"
               "二季度40%；三季度70%；11月底完成。」: the deadline is the completion 11月底; the quarterly shares 10% / 40% / "
               "70% are steps of progress — aligned round 34: progress shares in a time cell are steps of the schedule, not "
               "targets (CONVENTIONS round 34 rulings, Targets; was not checked, RULING?)"),
        R(3, (["各区政府"], ["市绿化市容局"]), "10月底", "2020-10",
          note="「落实属地审核、验收、登记入网工作」; 「点站场」 a name"),
        R(10, (["市商务委"], ["市绿化市容局", "市城投集团", "市经信委"]), "6月底", "2020-06",
          note="「对接相对稳定的资源化利用渠道」 printed twice in the cell, as stored"),
        R(14, (["市绿化市容局"], ["市发展改革委", "市财政局", "市商务委"]), "7月底", "2020-07",
          note="「细化…补贴细则」"),
     ],
     plan_targets=[{"number": 6000, "unit": "吨"}],
     phases=[], duties=[],
     notes=["counting: 一、工作目标 has no numbered child: a section; 二、主要任务 1、–8、 → **8**; the attached 任务分解表's 17 rows "
            "are attachment task rows (8 + 17 = 25 accepted by the scorer's rule). The rows restate the body's work with "
            "their own units and dates (rows 1–3 ↔ 1、, 4 ↔ 2、, 5–6 ↔ 3、 …)",
            "units: every body item names doers by 由 clauses (rule 2); the rows by columns (rule 1). Items left out of the "
            "samples where a reading is not settled: 3、 (「由市绿化市容部门协调将…纳入…」: 协调 after 由 — a verb of doing, or "
            "the pivot 协调 that round 30 keeps out?), 4、 (「由区绿化市容部门、商务部门或街镇属地负责部门对…」: 「街镇属地负责部门」 "
            "a name holding 负责), 6、 (「在具体项目落地时，…并由市级部门统筹考虑…」: a case clause 「…时，由A…」 or the item's "
            "work?), 7、 (clear: 各区政府 and 「市绿化市容、市发展改革、市财政、市商务等部门」, but the set holds enough of the form); "
            "rows 2 and 7 (「各区政府和市城投集团」, 「区绿化市容局、商务委或属地街镇」 in one cell: 和 / 或 inside a cell)",
            "dates: only in the 任务分解表 (6月底 … 11月底, year implicit 2020); the body items carry none; no phases; no duties",
            "targets: plan target 6000吨 (一、 「日均回收量达6000吨」); 一、's 「1-2个」 is also 5、's (1个, checked there); 1.5万个 / "
            "170座 / 10座 (1、 and row 1)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x109_02_putuo-lvrongju-2026-danwei-shenghuo-laji-chulifei-zhengshou-guanli-shishi-xize.txt"
PLAN02 = "普陀区单位生活垃圾处理费征收管理实施细则（试行）"
SEVEN = ["区发展改革委", "区商务委", "区财政局", "区审计局", "区税务局", "区市场监管局", "区房管局"]

plan(X02,
     title=f"{PLAN02}（关于印发《{PLAN02}》的通知）",
     title_note="the 细则's own title after the cover, or the notice title (the first line): either is accepted",
     doc_no="普绿容规〔2026〕1号 (from the index; the stored text prints no number)",
     issuer="上海市普陀区绿化和市容管理局",
     date="2026-09-01",
     level="district bureau (Shanghai Putuo), to the units concerned",
     source=shanghai_source("市容绿化与景观", f"关于印发《{PLAN02}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075206013&siteId=0075", 4138),
     style="a cover (signed and dated) then the 细则: a preamble, 一、征收对象 (section), 二、管理部门 （一）–（四） (each opening "
           "with a body and 负责 / 协同实施), 三、征收主体 (one paragraph: a body designated, 组织开展), 四、征收标准 （一）–（四） "
           "(headings on their own line; rates 36元/桶 / 54元/桶; （四） 1.–4.), 五、征收管理 (lead paragraph, （一）–（七） "
           "headed steps), 六、缴退费管理 (（二） 1.–2., 2. with inline （1）（2） on one line), 七、 八、 九、 (sections: "
           "penalties, entry into force, definitions), then an 附件 of fee bands (60平方米以下 …)",
     leaf_tasks=22, count_alternatives=[21, 23, 24],
     leaf_tasks_by_section={"二、 （一）–（四）": 4, "四、 （二）（三） + （四）1.–4.": 6, "五、 （一）–（七）": 7,
                            "六、 （一）, （二）1., （二）2.（1）（2）, （三）": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["一、征收对象", "三、征收主体", "七、违法行为处罚", "八、施行日期", "九、名词解释"],
     samples=[
        S(["二", "（一）"], [], ["区绿化和市容管理局"], lead_alternatives=[["区绿化和市容管理局"]],
          note="「区绿化和市容管理局（以下简称区绿化市容局），负责…组织和管理工作」: the subject of 负责 (rule 2); " + SUBJ
               + "; the name as printed before its 「以下简称」 bracket; " + NODATE),
        S(["二", "（二）"], [], ["区城管执法局"], lead_alternatives=[["区城管执法局"]],
          note="「区城管执法局，负责对…责令限期整改」: the subject of 负责 (rule 2); " + SUBJ + "; 「区城管执法局指导各街镇综合"
               "行政执法队…查处」: 「A指导B…」 without 负责 is a guide and 各街镇综合行政执法队 its object (rule 3) — no more units; "
               + NODATE),
        S(["二", "（三）"], [], SEVEN,
          note="「区发展改革委、区商务委、…区房管局等部门按照各自职责，协同实施本办法」: the subject of 实施 (rule 2; 「协同」 an "
               "adverb here, no second body); separate heads are separate names (round 31) and the tail 「等部门」 after the "
               "last name is a category, not a unit (plans-dev EXPECTED.md: 「等建设主管部门」 are not units): seven units; lead "
               "[] (no 牵头); " + NODATE),
        S(["二", "（四）"], [], ["各街道（镇）"], lead_alternatives=[["各街道（镇）"]],
          note="「各街道（镇）负责…日常管理工作的具体落实」: the subject of 负责, a group named by a kind (round 32: 各街镇 a "
               "doer with a rule-2 verb); " + SUBJ + "; the name as printed with its bracket; " + NODATE),
        S(["四", "（二）"], targets=[(36, "元/桶"), (54, "元/桶")], not_targets=[(240, "升")],
          note="no body in the item: " + NONE + "; 「生活垃圾（干垃圾）36元/桶…餐厨垃圾…54元/桶」: the policy's own rates are "
               "targets (CONVENTIONS.md round 25: per-unit rates; round 32: a policy's own rate stays one); 「标准桶容量为240升」 "
               "names the norm of the standard bin with no comparison word — not a target (round 30: 「3吨或5吨货车」); "
               "普价管〔2014〕8号 / 沪发改价调〔2026〕3号 are document numbers; " + NODATE),
        S(["六", "（二）", "1"],
          note="「实际年清运量大于合同签订量的，超出部分签订补充协议，由征收对象补缴相应费用」: 由A＋补缴 with a cost as object "
               "names a payer, not a doer (CONVENTIONS.md round 30 「由A承担…经费」; round 33 「费用由A自行承担」), and 征收对象 "
               "is the policy's regulated party (round 30: an applicant is not a unit): " + NONE + "; 「大于」 joins no figure "
               "here (two quantities compared); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 一、 七、 八、 九、 are childless sections (the subject, the penalties, entry into force, definitions); 三、"
            "征收主体 is one childless paragraph — a section by plans-dev's rule (RULING?: round 32's childless section of unit "
            "paragraphs could make it a task: 「区绿化市容局指定…普陀区环境卫生管理服务中心…作为全区唯一合法征收单位，…组织开展"
            "征收工作」 names two bodies); 二、 4; 四、 （二）（三） 2 + （四） 1.–4. 4 — 四/（一） 「单位生活垃圾处理费为经营服务性收费，"
            "实行政府指导价管理」 is a statement with no doer and no work (" + STATEMENT + ") while （二）–（四） hold the policy's "
            "rates and exemptions (round 25: a policy's content is its items' work); 五、 （一）–（七） 7; 六、 （一）, （二）1., "
            "（二）2. split into its inline （1） and （2）, （三） 5 → **22**. Accepted 21 (2.'s inline （1）（2） read as its body), "
            "23 (四/（一） counted, or 三、 read as a task) and 24 (both)",
            "units: 二、 only (rule 2: 负责, 实施); 五/（一） 「各街镇和相关部门应当配合区绿化市容局…发放…」 is left out of the samples "
            "(B配合A＋verb with no rule-2 verb for A: not settled whether A is a doer); 七、's 「由征收单位督促整改」「由城市管理执法"
            "部门依法查处」 stand in cases 「…的情形，…」 (rule 3); the steps of 五、 and 六、 give 征收单位, 征收对象 and 清运企业 "
            "plain verbs (确定, 核定, 签订, 开具, 开展 without 组织, 报送)",
            "dates: 「2026年10月1日起施行，有效期至2028年9月30日」 is entry into force (a general provision), no task's deadline; "
            "「每年第四季度起」, 「每月」 are rhythms of the regulated parties' filings (round 32: a regulated party's filing is no "
            "duty); no phases, no duties",
            "targets: 四/（二）'s rates; the 附件's fee bands (60平方米以下 …) are outside the 细则's items (attachment, not counted)"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x109_03_changning-lvrongju-2025-shetan-jingying-guanli-banfa.txt"
PLAN03 = "长宁区设摊经营管理办法(试行)"
CN = "长宁区绿化和市容管理局"
SUBJECT03 = "经营(运营)主体"

plan(X03,
     title=f"{PLAN03}（{CN}关于印发《长宁区设摊经营管理办法（试行）》的通知）",
     title_note="the 办法's own title after the cover (half-width brackets as printed), or the notice title (the first line, "
                "full-width brackets): either is accepted",
     doc_no="长绿容规〔2025〕1号 (from the index; the stored text prints no number; the cover cites the 2023 edition "
            "长绿容规〔2023〕1号)",
     issuer="上海市长宁区绿化和市容管理局",
     date="2025-12-01",
     level="district bureau (Shanghai Changning), to the district's commissions, offices and bureaus, the streets and "
           "新泾镇",
     source=shanghai_source("市容绿化与景观", f"{CN}关于印发《长宁区设摊经营管理办法（试行）》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=007479887&siteId=0074", 2453),
     style="a cover (signed and dated) then the 办法: a preamble and nine headed points 一、–九、 over paragraphs (三、 with "
           "1.–2. defining the two kinds of stall; 六、 with unnumbered subheadings 主动退出 / 活动中止 / 点位撤销; 九、附则 scope, "
           "interpretation, entry into force); half-width brackets 「街道(镇)」「经营(运营)主体」; one doer clause in 七、 "
           "(「长宁区绿化和市容管理局负责…，会同区内相关部门建立…」) and the regulated party's 「应落实主体责任」 in 五、; no date, no "
           "figure",
     leaf_tasks=7, count_alternatives=[2, 6, 9],
     leaf_tasks_by_section={"一、二、四、五、六、七、八、 (headed points)": 7},
     attachment_task_rows=0,
     childless_top_level_sections=["九、附则"],
     samples=[
        S(["四"],
          note="「经营(运营)主体开展设摊经营活动，应制定具体方案…向属地街道(镇)申报」: the applicant (CONVENTIONS.md round 30: "
               "「由建设单位申报」, an applicant is not a unit; 制定 is in round 30's closed list) and the receiver of the filing "
               "(rule 3: 「报A备案」「向A申请」): " + NONE + "; " + NODATE),
        S(["五"], [], [SUBJECT03], lead_alternatives=[[SUBJECT03]],
          note="「设摊经营活动的经营(运营)主体应落实主体责任，对…全过程负责，落实…等责任」: the subject of 落实 and 负责 (rule 2); "
               "a regulated body named by a kind is a doer (CONVENTIONS.md round 33: 「物业服务企业为责任主体」 makes the "
               "regulated body a doer); the name is the head 「经营(运营)主体」 as printed (「设摊经营活动的」 describes it; "
               "RULING?: the name with or without its 的-phrase); " + SUBJ + "; 「主动接受属地街道(镇)及相关部门指导和监督」: "
               "guides (rule 3), no units; " + NODATE),
        S(["六"],
          note="「街道(镇)可根据…临时中止…」 and 「属地街道(镇)及相关管理部门…可对…进行调整或撤销」: options (CONVENTIONS.md round "
               "30: 「可由A…」 is not an assignment); 「属地街道(镇)及相关管理部门应及时中止设摊经营活动」 and 「经营(运营)主体应积极"
               "配合，调整或中止…」: 中止 / 配合 are no verbs of rule 2 — " + CLOSED + ": " + NONE + "; the subheadings 主动退出 / "
               "活动中止 / 点位撤销 are not numbered (the item's body); " + NODATE),
        S(["七"], [CN], [CN, "区内相关部门", "街道(镇)"], lead_alternatives=[[]],
          note="「长宁区绿化和市容管理局负责统筹协调…，会同区内相关部门建立综合协调机制…」: the subject of 负责 and 「A会同B＋verb」 "
               "(rule 2): lead A (lead [] accepted), responsible A, B — 区内相关部门 a kind (round 33: 相关部门 is a kind, a "
               "doer with a rule-2 verb; it is 会同's partner, not a member list of a body set up, rule 3; RULING?: the partner of 会同 in setting up a mechanism — a doer, or a member of the body set up?); 「街道(镇)…提出…"
               "方案，明确责任主体、落实分类管理，统筹市场监管、城市管理、公安交警等部门开展…」: the subject of 落实 (rule 2) — "
               "街道(镇) a doer; the objects of 统筹 (a pivot, not in rule 2's list) are not units (round 30); " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: nine headed points, each over its paragraphs (as plans-next105 x105_02 and plans-next93 x93_01 read "
            "headed points): 一、 二、 四、 五、 六、 七、 八、 are tasks; 三、's 1.–2. define the two kinds of stall 「集中设摊：…」"
            "「外摆位：…」 (definitions, " + GENERAL + "), 九、附则 is scope, interpretation and entry into force (" + GENERAL
            + ") → **7**. Accepted 9 (三/1, 三/2 counted), 6 (一、 read as a standing prohibition with no doer, " + STATEMENT
            + ") and 2 (the strict rule: a top-level section with no numbered children is a section, so only 三/1, 三/2)",
            "units: 五、 (经营(运营)主体, 落实) and 七、 (长宁区绿化和市容管理局, 会同; 街道(镇), 落实) only — the document's weak side "
            "on units, said plainly; 一、 二、 八、 have no body as doer; 「本办法由长宁区绿化和市容管理局负责解释」 is the interpreting "
            "body (rule 3)",
            "dates: none but the signing date 2025年12月1日, the 2023 edition's date and entry into force 「2025年12月20日起试行，"
            "试行期2年」 (a general provision); no phases, no duties",
            "targets: none (「两种类型」「三种情形」 count kinds; 「试行期2年」 a trial period)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x109_04_huangpu-lvrongju-2024-danwei-shenghuo-laji-chulifei-zhengshou-guanli-banfa.txt"
PLAN04 = "黄浦区单位生活垃圾处理费征收管理办法"
HP = "区绿化市容部门"

plan(X04,
     title=f"{PLAN04}（关于印发 《{PLAN04}》的通知）",
     title_note="the 办法's own title after the cover, or the notice title (the first line, a space before 《 as printed): "
                "either is accepted",
     doc_no="黄绿容规〔2024〕1号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区绿化和市容管理局",
     date="2024-11-13",
     level="district bureau (Shanghai Huangpu), to the units concerned",
     source=shanghai_source("市容绿化与景观", f"关于印发 《{PLAN04}》的通知.md",
                            "https://www.shanghai.gov.cn/zhengce/detail?businessId=522f1fcb-a9e4-4dc5-9712-87bd8a462109&siteId=0071", 2605),
     style="a cover (signed and dated) then the 办法 in fifteen articles 「第N条   标题」 (three ASCII spaces, the label on the "
           "article's line, its text below): 第四条 with principles （一）–（四）; 第六条 管理部门 (负责 ×2, 协同实施, a bracket "
           "「（执法部门）」 after names sharing one head), 第九条 (「由区绿化市容部门…核定」, 「各街道协助…」), filings of the "
           "regulated units (第八条), no date but entry into force",
     leaf_tasks=8, count_alternatives=[9, 11, 15, 18],
     leaf_tasks_by_section={"第六条, 第八条–第十四条 less 第七条": 8},
     attachment_task_rows=0,
     childless_top_level_sections=["第一条   目的和依据", "第二条   适用范围", "第十五条   实施时间"],
     samples=[
        S(["第六条   管理部门"], [], ["黄浦区绿化和市容管理局", "区城管执法局", "各街道", "南京东路步行街、人民广场、外滩风景办（执法部门）",
                               "区财政、税务、市场监管等部门"],
          note="rule 2, several clauses: 「黄浦区绿化和市容管理局（以下简称区绿化市容部门）在黄浦区政府领导下，负责…」 (负责; "
               "「在A领导下」 is a guide like 「在A指导下」, rule 3 — 黄浦区政府 no unit), 「区城管执法局、各街道及南京东路步行街、"
               "人民广场、外滩风景办（执法部门）负责…查处」 (负责: 及 joins two names; 「南京东路步行街、人民广场、外滩风景办」 share the "
               "head 风景办 — " + SHARED + " — and the bracket 「（执法部门）」 is kept with the name before it (seeds EXPECTED.md: a "
               "note belongs to the unit before it; plans-dev 区公安分局（交管）); RULING?: the bracket names all the bodies "
               "before it as 执法部门 and could be dropped), 「区财政、税务、市场监管等部门按照各自职责，协同实施本办法」 (实施; "
               + SHARED + "); lead [] (no 牵头); " + NODATE,
          **art(X04, ["第六条   管理部门"])),
        S(["第八条   单位申报"],
          note="「生活垃圾（餐厨垃圾）产生单位应当每年度向区绿化市容部门申报…」「…并在首次收运前向区绿化市容部门备案」: the "
               "regulated units' filings — no unit and no duty (CONVENTIONS.md round 32: a regulated party's filing is no duty; "
               "区绿化市容部门 only receives, rule 3); 「由区绿化市容部门委托收集…的市容环境卫生作业服务企业应当将…告知区绿化市容"
               "管理部门」: 由A委托 stands inside the description of the enterprises (CONVENTIONS.md round 30: 「经A认定的企业」, a "
               "body inside a noun's description is not a doer — not round 33's 「由A委托B＋verb」, whose 委托 is the clause's "
               "verb) and 告知 is no verb of rule 2: " + NONE + "; 每年度 a rhythm of the regulated, no date; " + NODATE,
          **art(X04, ["第八条   单位申报"])),
        S(["第九条   基数核定"], [], [HP, "各街道"],
          note="「对新设立单位的…基数，由区绿化市容部门参照…数据核定」: " + YOU + " (「对…基数」 names the object, not a case "
               "「…的，」); 「区绿化市容部门根据…核定当年基数」 (a plain subject of 核定, the same body); 「各街道协助做好沿街商铺…"
               "基数核定工作」: B协助 after a doer of rule 2 is responsible (CONVENTIONS.md round 30: 「A负责…，B配合／协助」); "
               "lead [] (no 牵头); 「一年核定一次」 a rhythm, no target and no date; " + NODATE,
          **art(X04, ["第九条   基数核定"])),
        S(["第十四条   收费监管"], [], ["区绿化市容部门", "区财政、税务、市场监管等部门"],
          note="aligned round 44: an article's subject with a verb of doing is a doer (CONVENTIONS.md Round 44 rulings, decided: in rules written as articles a named body standing as the subject of the article's verb of doing is a doer whatever the verb; was no unit by round 30's closed list): 「区绿化市容部门应当加强…监督管理」「区财政、税务、市场监管等部门应当…加强…监督检查」 — both subjects are doers, in order (the 等部门 group one name as printed, round 42 continued); no 牵头: lead []; formerly: " "「区绿化市容部门应当加强对…的常态化监督管理，区财政、税务、市场监管等部门应当根据各自职责，加强…监督检查」: 加强 "
               "is no verb of rule 2 — " + CLOSED + "; 「任何部门、单位和个人不得…」 a general prohibition: " + NONE + "; "
               + NODATE,
          **art(X04, ["第十四条   收费监管"])),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: fifteen articles; 第一条 (purpose), 第二条 (scope) and 第十五条 (entry into force) are general provisions ("
            + GENERAL + "); 第四条's （一）–（四） are principles 「有利于…」 naming no unit (round 27; round 33: not tasks in a "
            "plan whose tasks name units); 第三条 (who must pay, the policy's objects), 第五条 (「为经营服务性收费，实行政府指导价"
            "管理」) and 第七条 (「财务结算中心为…唯一征收主体」, a body the article defines, round 30) are statements with no work ("
            + STATEMENT + "); 第六条, 第八条–第十四条 less 第七条 are articles of work (第十二条's exemption is the policy's "
            "content, round 25) → **8**. Accepted 9 (第七条 read as a designation, round 32/33), 11 (第三条, 第五条, 第七条 "
            "counted), 15 (and 第四条's four principles) and 18 (every leaf, the general provisions included)",
            "units: 第六条 and 第九条 only; left out of the samples where the reading is not settled: 第七条 (「A为…唯一征收主体」: "
            "round 32's designation 「明确A为责任主体」 or round 30's 「领导机构为…」, a body the item defines?), 第十条 (「…产生单位"
            "委托收集、运输生活垃圾的，应当…由区绿化和市容管理局财务结算中心与生活垃圾产生单位签订…合同」: round 30's 「由A与B"
            "签订」 makes both doers, but the clause stands in a case 「…的，」, rule 3); 第十一条 and 第十三条 give the 财务结算中心 "
            "plain verbs (收取, 办理)",
            "dates: none but the signing date 2024年11月13日 and entry into force 「2024年12月15日起实施，有效期至2029年12月14日」 "
            "(a general provision); 沪价费〔2013〕10号 a document number; no phases, no duties (the filings of 第八条 are the "
            "regulated units', round 32)",
            "targets: none (no figure in any article's work)"])

write_collected(DIR)
