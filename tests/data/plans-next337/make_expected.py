# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next337/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 64 (built by helper c337, for round 65): never tune the parser on
them (see README.md). Only `line` and `title_starts` are looked up in the text (by ``article_in``, ``at_in`` and the
tools' ``locate``); every answer was written here by reading the texts, with ../CONVENTIONS.md (its head in full,
"Round 83 rulings, written early" to its end in full — Rounds 83–89 — older rulings only where a ruling quoted there
led) and /work/shared/plans-dev/EXPECTED.md (lines 1–60) applied to every item. Neither the parser nor the scorer was
run on this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next337/make_expected.py tests/data/plans-next337
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, article_in, at_in, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
art = partial(article_in, DIR)
at = partial(at_in, DIR)

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C2B = "2bad43a2f3fcb70a3b59f76a5b07b3af16d48a4e"   # the commit read_file gave for all four files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the heading line, kept as line 1); the text was typed from the "
          "tool's answer and re-checked: the wrapper rebuilt in front of it gives exactly the stored character count")


def src(path, url, chars):
    return f"{REPO} @ {C2B}, docs/房屋与住房/{path} (official page {url}) — {STORED} ({chars} characters stored)"


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms: lead = [], "
        "responsible = []")
ONE_LEAD = "a single doer by rule 2: lead [] (no 牵头), the doer as lead accepted (plans-dev 03 一)"
ARTICLE = ("round 44 (decided): in 第X条 articles a body named by a kind, or a party by role, standing as the subject of "
           "the article's verb of doing is a doer whatever the verb (Round 85's x321_04 第十条; Round 87's x325_01 第二十四条); "
           "an application (round 30's applicant), a review of a submission and the decision on it (Round 85's x321_02; "
           "Round 87's x327_04), a sending (Round 83's x315_01 第十一条) and options (可, round 49 p46b) name none")
CLOSED = ("outside articles rule 2's list is closed (rounds 30, 44; Round 77's x302_03: headed points keep it; Round 83's "
          "x316_01 一): 进行, 制订／制定, 确保, 签订 without 由, 开展 without 组织, 加强, 做好 and 建立健全 name no doer")
DUTYLIST = ("a duty list's lead-in 「A是…的实施主体、责任主体，主要履行以下职责：」 gives its body to the lines that name none of "
            "their own (rule 4; Round 81's x305_04 第四条; Round 83's x311_03 第八条（三）); the lines' own 负责 has no subject")


# ---------------------------------------------------------------------------------------------------------
X01 = "x337_01_hongkou-2022-zhengshou-fanwei-weijing-dengji-jianzhu-diaocha-rending-chuli-banfa.txt"
P01 = "虹口区国有土地上房屋征收范围内未经登记的建筑调查认定和处理办法"
N01 = "关于印发《虹口区国有土地上房屋征收范围内未经登记的建筑调查认定和处理办法》的通知"
HFG = "区住房保障房屋管理局"
HFG_FULL = "虹口区住房保障和房屋管理局"
GZJ = "区规划资源局"
GZJ_FULL = "虹口区规划和自然资源局"
ZSZX = "区房屋征收事务中心"
A3 = "第三条（管理部门）"
A4 = "第四条（ 未经登记建筑的调查）"
A9 = "第九条（ 未经登记建筑认定结果公示）"

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the measures' own title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="虹房管规〔2022〕1号 (the stored front matter; the text cites the re-issued 虹房管〔2017〕119 号)",
     issuer="上海市虹口区住房保障和房屋管理局 with 虹口区规划和自然资源局 (both sign the cover)",
     date="2022-07-07",
     date_note="the cover is signed 2022年7月7日 (lines 9–11; the front matter's 发布日期 2022-08-11 is the platform's); "
               "the measures take effect 2022年7月13日 and expire 2027年7月12日 (第十条, a general provision); no task is dated",
     level="a district housing bureau with the district planning bureau, to the district expropriation centre and "
           "offices: how buildings never registered inside an expropriation area are surveyed, their land area set, "
           "their lawfulness recognised or refused, private houses' floor area reckoned, and the results published "
           "and reviewed",
     source=src("关于印发《虹口区国有土地上房屋征收范围内未经登记的建筑调查认定和处理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0076::5e565875-d1f5-40d2-bd7c-1088c746c63b", 1886),
     style="a short cover notice re-issuing the measures, the measures' title, 10 articles 「第N条（heading）」 with the "
           "heading on a line of its own (several with a space after the bracket 「（ 」); 第四条 an opening paragraph "
           "broken by the page inside a word (「根据房 / 屋调查」), items （一）（ 二）, （一） with 1. 2.; 第六条's text "
           "runs on after its heading; 第七条's and 第八条's headings are printed at the end of the previous article's "
           "last line 「（ 四）…其它情形。第七条（不予认定）」「（六）…的情形。第八条（私有房屋建筑面积的核定）」",
     leaf_tasks=9, count_alternatives=[7, 8, 10, 17],
     leaf_tasks_by_section={"第一、二条": 0, "第三条": 1, "第四条": 3, "第五条": 1, "第六条": 1, "第七条": 1,
                            "第八条": 1, "第九条": 1, "第十条": 0},
     childless_top_level_sections=[],
     samples=[
        S([A3], [], [HFG_FULL, GZJ_FULL, ZSZX],
          responsible_alternatives=[[HFG, GZJ, ZSZX], [HFG_FULL, GZJ_FULL, ZSZX, "房屋征收事务所"],
                                    [HFG, GZJ, ZSZX, "房屋征收事务所"], [HFG_FULL, GZJ_FULL]],
          **art(X01, [A3]),
          note="「虹口区住房保障和房屋管理局（ 以下简称区住房保障房屋管理局）和虹口区规划和自然资源局（ 以下简称区规划资源局）负责对未经登记建筑的调查、认定和处理。 区房屋征收事务中心组织对房屋征收范围内未登记建筑的调查摸底工作，具体工作委托房屋征收事务所实施。」 — "
               "a 管理部门 article of paragraphs each opening with a body is one task naming every body it gives work, "
               "in printed order (Round 82's p60c-1; Round 87's x327_02 二, confirmed); 负责 (rule 2) names the two "
               "bureaus, 和 joining names (round 34); at a defining bracket the names are those printed before it, the "
               "short names serving where they act later (round 61's x264_01; Round 81's x310_04) — the short names "
               "accepted; " + ARTICLE + " — the centre's 组织对…工作 by 组织 and in an article; 「A委托B实施」 names A "
               "(round 35: 「A委托B＋verb」 = 由A委托B; Round 83's x313_02 六、（四）, governs), B the pivot's object "
               "(round 30) (RULING? 1: or B, the subject of rule 2's own 实施, a doer too — the list with "
               "房屋征收事务所 accepted); no 牵头: lead []; " + NODATE),
        S([A4, "（一）", "1."], [], ["房屋征收事务中心", "征收事务所"], responsible_alternatives=[[]],
          **art(X01, [A4, "（一）", "1."]),
          note="「（一）实地调查情况复核。 1.委托有资质的房屋测量部门对建筑现状进行测绘，出具建筑面积调查表。」 under the "
               "article's opening 「房屋征收范围确定后，房屋征收事务中心或征收事务所根据房屋调查相关资料组织对征收范围内未经登记的建筑调查进行复核。」 — "
               "an article with numbered items is no leaf, its opening paragraph the text that leads into them (Round 83's "
               "x311_04 第十一条); a lead-in gives its bodies to the items that name none of their own (rule 4), here by "
               "组织＋进行复核 (rule 2's 组织＋verb), 或 joining doers (round 49); the line's 委托 has no subject and the "
               "measuring firm is its object (round 30's pivot); the page's break inside 「房 / 屋」 is kept as stored; "
               "none accepted; " + NODATE),
        S([A4, "（一）", "2."], [], ["房屋征收事务中心", "征收事务所"], responsible_alternatives=[[]],
          **art(X01, [A4, "（一）", "2."]),
          note="「2.对征收范围内的建筑座落、性质、权属、用途、户籍、实际使用情况等实地调查登记的情况复核。」 — the lead-in's "
               "bodies as 1. (rule 4); a line of work with no subject of its own; none accepted; " + NODATE),
        S([A4, "（ 二）"], [], ["房屋征收事务中心", "征收事务所"], responsible_alternatives=[[]],
          **art(X01, [A4, "（ 二）"]),
          note="「（ 二）组织对已收集的私有房屋、单位房屋的资料以及土地调查摘抄资料进行复核。」 — the path as printed, the "
               "space after the bracket kept (plans-dev EXPECTED.md: paths as printed); 组织＋进行复核 with no subject "
               "of its own: the lead-in's bodies (rule 4); none accepted; " + NODATE),
        S(["第五条（核定土地使用面积）"], [], [GZJ], lead_alternatives=[[GZJ]],
          **art(X01, ["第五条（核定土地使用面积）"]),
          note="「区规划资源局根据相关批准文件以及土地调查资料对未经登记建筑的土地使用面积进行核定。」 — " + ARTICLE
               + "; the expropriating side's finding of the facts its compensation rests on (the land area) is its own "
                 "work, not a review of a party's submission (Round 87's x325_04 governs: 「X由A认定／审核认定」 in a "
                 "compensation scheme names A); the short name as printed here; " + ONE_LEAD + "; " + NODATE),
        S(["第六条（ 未经登记建筑的合法性认定）"], [], [], **art(X01, ["第六条（ 未经登记建筑的合法性认定）"]),
          note="「有下列情形之一，认定为合法建筑：（一）建设工程规划许可证…（二）…买卖或过户证明；（三）国有土地使用证；（ 四）可证明建筑合法性的材料及其它情形。」 — "
               "lines that only list the cases (here the papers) on which the recognition rests are a list of cases, the "
               "text of the article that announces it, the article one task (Round 78's (b); Round 86's form (a); Round "
               "83's x313_03 第六条); 认定 is an act of the rules' own work with no subject (round 65's x274_01): a task "
               "naming none (RULING? 2: or a standard of recognition naming no act, text — Round 85's x319_01 第六条（三）: "
               "a standard of reckoning names no act — count 8, accepted; or its four lines items, 17 with 第七条's six); "
               + NONE + "; " + NODATE),
        S(["第七条（不予认定）"], [], [], not_targets=[(4, "层")], **at(X01, "第七条（不予认定）", skip=2),
          note="「第七条（不予认定） 不予认定建筑面积的情形：（一）私有房屋四层以上（含第四层）建筑。…（六）其它违反法律、法规规定的情形。」, its heading "
               "printed at the end of 第六条（ 四）'s line (line 55) — the article is found by its heading wherever the "
               "page prints it (round 48: a line is read where the page prints it); the same reading as 第六条: a list "
               "of cases, one task naming none, 不予认定 the rules' own act (RULING? 3: or a noun lead-in 「…的情形：」 over "
               "lines that only class buildings is text, no task — Round 83's x313_03 第十三条 情形分类 — count 8, "
               "accepted); 「四层以上（含第四层）建筑」: a figure inside a noun naming the class the work picks is a class "
               "(round 58; Round 83's x311_01 第十条, turned): not_target; the catch-all case （六） is text (Round 84's "
               "p61a-1 form); " + NONE + "; " + NODATE),
        S(["第八条（私有房屋建筑面积的核定）"], [], [GZJ, HFG], not_targets=[(3, "层")],
          **at(X01, "第八条（私有房屋建筑面积的核定）", skip=2),
          note="「私有房屋以核定的土地使用面积为基数，三层以上（含三层）建筑按三层计算，三层以下建筑按实际层数计算；…由区规划资源局和区住房保障房屋管理局核定建筑面积。」, "
               "its heading printed at the end of 第七条（六）'s line (line 69) — 由A和B＋核定: the agent of 由 with a verb "
               "of doing names both (rule 2; round 30's 「由A与B…」), a finding the compensation rests on (Round 87's "
               "x325_04 governs), the reckoning its text (Round 87's x325_04 五、（三））; 「三层以上（含三层）建筑」 a "
               "class inside a noun (round 58): not_target, 「按三层计算」 a norm with no comparison word (round 30); "
               "no 牵头: lead []; " + NODATE),
        S([A9], [], [HFG], lead_alternatives=[[HFG]],
          responsible_alternatives=[[HFG, GZJ]],
          not_targets=[(7, "个工作日"), (10, "个工作日")], **art(X01, [A9]),
          note="「区住房保障房屋管理局应当将未经登记建筑认定情况在征收范围内进行公示。对公示的认定内容有异议的，应当在公示之日起7 个工作日内向房屋征收事务中心提出书面复核申请，房屋征收事务中心应当在5 个工作 日内将复核申请递交区住房保障房屋管理局。区住房保障房屋管理局应当会同区规划资源局在 10 个工作日内予以复核，并将复核结果再次公示。」 — "
               + ARTICLE + ": publishing its own recognition is the bureau's work (a verb of doing in articles); the "
                 "objector applies (round 30's applicant); the centre's 递交 passes the application on, a sending "
                 "(Round 87's x325_02 第十九条: 移送 names none); 「A会同B…予以复核」 of an objection is a review, which 会同 "
                 "does not reach (Round 85's x319_01 第七条（四）: a review of an objection names none; Round 77's x301_02: "
                 "会同 reaches any verb but a review) (RULING? 4: or the bureau's own finding re-examined with its partner "
                 "is its own work, not a decision on a party's submission — Round 87's x325_04 governs — lead "
                 "[区住房保障房屋管理局] with 区规划资源局, accepted); 7, 5 and 10 working days counted from an event are time "
                 "limits, no targets (round 33; Round 87's x326_08 二/1); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the cover's re-issue and 「特此通知」 no task; 第一条 purpose, 第二条 scope, 第十条 entry "
            "into force — general provisions (round 30); 第三条 one task (a 管理部门 article, Round 82's p60c-1); 第四条 "
            "three leaves (（一）/1, （一）/2, （ 二）; （一） has children, the opening paragraph leads into them, Round 83's "
            "x311_04 第十一条); 第五条 one; 第六条 and 第七条 one each (lists of cases, Round 78's (b)); 第八条 one; 第九条 one "
            "→ **9**. Accepted: 8 (第七条 no task, or （一） one leaf), 7 (第六、七条 standards naming no act), 10 (第四条's "
            "opening paragraph its own task), 17 (第六条's four and 第七条's six lines as items, the catch-all （六） text).",
            "units: the two bureaus by their printed names at the defining bracket (第三条), their short names where they "
            "act later (第五、八、九条); 区房屋征收事务中心 as printed in 第三条 and 房屋征收事务中心 as printed in 第四条 "
            "(names kept as printed, round 30); no 牵头 anywhere",
            "dates: none; 2022年7月7日 the cover's signing; 2022-07-13 to 2027-07-12 the measures' term",
            "figures: none is a target; not_targets: 四层以上 and 三层以上 (classes in nouns, round 58), the working-day "
            "limits of 第九条 (round 33); unchecked: 5 个工作日 (the same kind)",
            "duties: none — 第九条's 递交 of an objection to the bureau is a step of its review (Round 77's x299_01 第十条)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x337_02_chongming-guoziwei-2022-quguan-qiye-zichan-zulin-guanli-shishi-xize.txt"
P02 = "关于加强崇明区区管国有（城镇集体）企业资产租赁管理的实施细则"
N02 = "关于印发《关于加强崇明区区管国有（城镇集体）企业资产租赁管理的实施细则》的通知"
GZW = "区国资委"
QGQY = "区管企业"

plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the rules' own title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪崇国资委规〔2022〕1号 (the stored front matter; the text prints none)",
     issuer="上海市崇明区国有资产监督管理委员会 (signs the cover; the front matter names 上海市崇明区人民政府办公室 as publisher)",
     date="2022-07-22",
     date_note="the cover is signed 2022年7月22日 (lines 7–9); the rules take effect 2022年7月1日 and run to 2027年6月30日 "
               "(六、（四）, a general provision); one task is dated, 六、（一） 2022年12月底前",
     level="a district state-assets commission, to the district-managed state and collective firms: how they lease "
           "their assets — principles, the division of duties, the leasing procedure (plans, tendering, pricing, "
           "terms, contracts, safety, publicity, renewals), supervision and liability",
     source=src("关于印发《关于加强崇明区区管国有（城镇集体）企业资产租赁管理的实施细则》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0085::b965c49e-ba55-4498-a3f9-97700a2da952", 5595),
     style="a cover notice, the rules' title and a preamble, headed points 一、–六、 with （一） items, 1. items (some "
           "printed as heading lines with a paragraph below: 四、（一）–（三）) and （1） items; 三、 a duty list under a "
           "designation lead-in; 五、（五） a list of breaches 1.–5.",
     leaf_tasks=29, count_alternatives=[25, 28, 30, 31, 32],
     leaf_tasks_by_section={"一、": 0, "二、": 1, "三、": 5, "四、（一）": 3, "四、（二）": 2, "四、（三）": 1,
                            "四、（四）": 1, "四、（五）": 9, "五、": 5, "六、": 2},
     childless_top_level_sections=["一、适用范围"],
     samples=[
        S(["二", "（一）"], [], [GZW, QGQY],
          note="Round 91 (turned; the seeds' lines 3–5 — items that name a unit are tasks — over p51e read for a point headed "
               "原则): section → a task, [区国资委, 区管企业], count 28 → 29 (28 stays accepted; RULING? 8). 「二、管理原则 …应当遵循以下三个原则： "
               "（一）分级管理 根据现行分级管理模式，区国资委负责对区管企业资产租赁进行监督管理，区管企业负责具体落实本企业和下属子企业资产租赁工作。」 — "
               "a point of principle stays a section where its words state a principle and name no doer (p51e; Round 89's "
               "x332_06); where it places work on named bodies by 负责 it is a task like any item: 「A负责…」 names A, two "
               "such clauses giving both bodies in printed order (rule 2's several clauses); no 牵头: lead []; （二）集体决策 "
               "(要建立, no rule-2 verb) and （三） stay sections; " + NODATE),
        S(["三", "1"], [], [QGQY], lead_alternatives=[[QGQY]], responsible_alternatives=[[]],
          note="「区管企业是资产租赁管理的实施主体、责任主体，主要履行以下职责： 1.负责制定本企业及下属子企业资产租赁管理制度，明确决策审批权限，完善业务流程；」 — "
               + DUTYLIST + "; 三、's opening paragraph 「区国资委负责制定…」 leads into the list with the designation, no "
                 "leaf of its own (Round 83's x311_04 第十一条; Round 89's x334_04 第三条, confirmed) (RULING? 5: or it is "
                 "its own task, the count 30, accepted); " + ONE_LEAD + "; " + NODATE),
        S(["三", "4"], [], [QGQY], lead_alternatives=[[QGQY]], responsible_alternatives=[[]],
          note="「4.负责本企业及下属子企业资产的日常管理、安全生产和信访维稳等工作，建立健全租赁管理机构，规范租赁管理行为；」 — "
               + DUTYLIST + "; 6. 「法律、法规、规章、规范性文件和企业内控制度所规定的其他职责」 is a catch-all line, text (Round "
               "84's p61a-1) — 30 with it accepted; " + ONE_LEAD + "; " + NODATE),
        S(["四", "（一）", "1"], [], [], responsible_alternatives=[[QGQY]],
          note="「1.制订租赁方案 区管企业对租赁资产进行可行性研究，制订合理的资产租赁方案。资产租赁方案的主要内容需包括…」 — a line "
               "printed as a heading over its paragraph is one item, the paragraph its body (round 32); the heading "
               "「（一）总体要求」 is read by what it holds (Round 87's x327_03 三: a heading holding the regime's own work "
               "gives tasks), here the leasing procedure's first steps, not the plan's aims (seeds EXPECTED.md lines 3–5) "
               "(RULING? 6: or items of a 总体要求 heading that name no unit are no tasks in a plan whose tasks name units "
               "— 25, accepted); " + CLOSED + "; the plan's contents are its text (Round 86's (a)); " + NONE
               + "; [区管企业] accepted; " + NODATE),
        S(["四", "（二）", "2"], [], [], targets=[(10, "万元/年"), (2000, "元")], responsible_alternatives=[[QGQY]],
          note="「2.协议招租 有下列情况之一的，区管企业可以采取协议招租方式：（1）…（4）经资产评估或市场比价确定的租赁价格低于10万元/年的（含10万元/年）；（5）承租人承租后对承租资产投入资金较大（每平方米装修金额达2000元人民币以上），…续租。 对上述适用协议招租的资产，区管企业需做好相关内部决策，并将相关会议纪要…进行存档。」 — "
               "the lines (1)–(5) only list the cases, the text of the item that announces them (Round 78's (b); Round 83's "
               "x313_03 第六条: one task with its lead-in), and the paragraph after them is the item's body in headed "
               "points (round 32's trailing paragraph; Round 85's x322_03); 可以采取 is an option (round 49 p46b), but the "
               "paragraph's 需做好…存档 is work, so a task; " + CLOSED + "; figures in the cases' own 的-clauses with a "
               "comparison word (低于, 达…以上) are targets (round 30's line; Round 83's x313_03 第六条: a 的-clause with no "
               "head noun triggers the step), the price in 万元 per year as printed; " + NONE + "; " + NODATE),
        S(["四", "（四）"], [], [], targets=[(3, "年"), (5, "年")], responsible_alternatives=[[QGQY]],
          note="「（四）租赁期限 区管企业单次租赁资产期限原则上不超过3年。…区管企业通过内部审议决策后可适当延长租期，但单次租期不超过5年。如有特殊情况，采取“一事一议”。」 — "
               "a childless item printed as a heading line over its paragraph (round 32); a limit on the procedure's own "
               "work is a task naming none (Round 87's x328_01 第七条 「一般不超过5年」; Round 85's x322_04 第五条); 原则上不超过 "
               "and 不超过 are comparison words (round 30): 3 年, 5 年 targets; the extension is an option (可); "
               + CLOSED + "; " + NODATE),
        S(["四", "（五）", "2", "（2）"], [], ["出租企业"], lead_alternatives=[["出租企业"]],
          note="「（2）出租企业为安全生产的责任主体。企业应制定内部安全管理制度，落实责任，定期巡查，加强对租赁资产的日常监督管理。」 — "
               "「A为…的X主体」 designates A wherever it stands (Round 85's x319_04 第四条; Round 75's p57a-1), and 落实 with "
               "责任 as its object places the duty (round 46; Round 87's x326_07 第二条) on the carried subject 企业 (rounds "
               "34, 49 p46d), a word pointing back to 出租企业 and adding no unit (Round 81's x307_01 第五条); "
               + ONE_LEAD + "; " + NODATE),
        S(["四", "（五）", "3"], [], [], targets=[(10, "个工作日"), (5, "个工作日")], responsible_alternatives=[[QGQY]],
          note="「3.信息公开管理 采取公开招租方式出租资产的区管企业，应当…通过交易平台…等渠道对外发布公告。招租信息公告时间不得少于10个工作日。确定承租人后，区管企业应当在合同签订前在招租平台进行公示，公示期不得少于5个工作日。 采取协议招租方式出租资产的区管企业，应当在企业信息公开栏发布公告。…公示期不得少于5个工作日。」 — "
               "a childless 1.-item with a heading line and paragraphs (round 32); " + CLOSED + " (发布, 进行公示 too); "
               "durations joined to 不得少于 are floors, targets (round 30's line; Round 81 kept 「不少于10个工作日」); "
               "publishing to the public is disclosure, no duty (round 55's x247_01 第十四条); " + NONE + "; " + NODATE),
        S(["五", "（一）"], [], [GZW], lead_alternatives=[[GZW]],
          note="「（一）区国资委负责资产租赁工作的指导与服务工作，强化履行监督管理职责，对企业资产租赁制度及方案的制订和落实情况，通过列入…考核、开展专项审计、推进…信息化等方式，加强区管企业资产租赁管理行为。」 — "
               "「A负责…」 with work as its object names A (rule 2; 「A负责指导…」 is 「A负责…」, round 30); " + ONE_LEAD
               + "; " + NODATE),
        S(["五", "（二）"], [], [], responsible_alternatives=[["区纪委派驻纪检监察组", "各区管企业纪检监察部门"]],
          note="「（二）区纪委派驻纪检监察组根据职责对各区管企业开展监督；各区管企业纪检监察部门应对本企业和下属企业的资产租赁工作进行全过程监督，…定期检查，…随机抽查，查找问题，及时纠正…」 — "
               + CLOSED + " (开展 without 组织, 进行监督, 检查, 抽查, 纠正 are no rule-2 verbs; Round 81's x308_11); "
               "the point is a task by its 应 (Round 84's p61c-1); " + NONE + " (RULING? 7: or the monitoring bodies' "
               "own supervision is work placed by 根据职责 — the two accepted); " + NODATE),
        S(["五", "（四）"], [], [], responsible_alternatives=[["各区管企业监事会"]],
          note="「（四）各区管企业监事会应当加强资产租赁后续追踪、检查，发挥监事会监管职能，定期进行财务专项监督检查，如发现问题应及时以专报形式上报区国资委。」 — "
               + CLOSED + "; the report of what the board's checks find, sent to the body that acts on it, is a duty, "
               "undated (Round 83's x316_01 一; Round 89's x331_04 and x334_03 第十三条（三））; " + NONE + "; " + NODATE),
        S(["六", "（一）"], [], [], dl="2022年12月底前", dln="2022-12", responsible_alternatives=[["各区管企业"]],
          note="「（一）各区管企业应结合自身实际情况，根据本细则制定本企业资产租赁管理制度，并于2022年12月底前报区国资委备案，管理制度应包括但不限于本细则的相关事宜。」 — "
               + CLOSED + " (制定; 报…备案 names its receiver, rule 3); the item's printed date is its deadline "
               "(EXPECTED.md), 月底前 the month; a body the rules task filing the result of the work they give it is a "
               "duty (Round 87's x325_02 第十五条 and x328_01 第十条, turned; Round 89's x329_01 第十一条), dated 2022-12; "
               + NONE),
     ],
     plan_targets=[],
     phases=[],
     duties=[{"what": "各区管企业监事会…如发现问题应及时以专报形式上报区国资委", "when": None, "when_norm": None,
              "note": "五、（四） — a report of what the board's checks find, sent to the body that acts on it: an undated "
                      "duty (Round 83's x316_01 一; 及时 prints no time, Round 79)"},
             {"what": "各区管企业…制定本企业资产租赁管理制度，并于2022年12月底前报区国资委备案", "when": "2022年12月底前",
              "when_norm": "2022-12",
              "note": "六、（一） — the firms' own rules, the work these rules give them, filed with the commission by a "
                      "printed date (Round 87's turned 备案; round 48)"}],
     notes=["counting (leaf tasks): the cover's 「请结合实际，认真贯彻执行」 no task; the preamble; 一、适用范围 a childless "
            "scope section; 二、管理原则's （一） a task (Round 91, turned: a point headed 原则 that places work on named "
            "bodies by 负责 is a task like any item — 区国资委 and 区管企业; RULING? 8), （二）（三） points of principle under "
            "「应当遵循以下三个原则：」 with no rule-2 doer, sections (p51e; Round 89's x332_06) — 28 (the builder's count, "
            "（一） a section) and 31 (all three as tasks) accepted; 三、 1.–5. (6. a catch-all, text); 四、（一）1.–3., （二）1.–2., （三） one task (1. and "
            "2. are options 可／还可 only, round 49 p46b; 3.'s 则可 options with the paragraph after it 「…租赁价格约定不超过3年，"
            "满3年后其租赁价格应重新评估或经市场比价后确定」 its body in headed points, round 32 — RULING? 9: or that paragraph "
            "is （三）'s own task, or each 1.–3. a task, 30), （四） one, （五） 1.（1）–（3）, 2.（1）–（4）, 3., 4. — nine; 五、"
            "（一）–（五） five (（五）'s 1.–5. a list of breaches, the point's text, Round 87's x328_01 第十三条; 5. a catch-all); "
            "六、（一）（二） two, （三） a scope 参照, （四） entry into force, the closing 「本细则由崇明区国资委负责解释」 general "
            "→ 1 + 5 + 16 + 5 + 2 = **29**. Accepted: 25 (四、（一） as 总体要求, RULING? 6), 28, 30, 31, 32 (五、（五）'s 1.–5. "
            "items).",
            "units: a headed-points document, not articles: rule 2's closed list decides (rounds 30, 44), so most of 四、's "
            "items, whose subject 区管企业 acts by 进行／制订／签订／发布, name none, [区管企业] accepted on them; 三、's lines "
            "take the lead-in's 区管企业 (rule 4); 四、（五）2.（2） 出租企业 by its designation; 五、（一） 区国资委 by 负责; "
            "五、（五） 由纪检监察机关…进行处理 (the rules' body acting after a breach by 由A, Round 77's x299_04 第二十八条) "
            "not sampled",
            "dates: one deadline (六、（一） 2022-12); 2022年7月1日 to 2027年6月30日 the rules' term; the 2020 trial rules "
            "and the 2020-12-09 minutes repealed (六、（四））",
            "figures: targets 10 万元/年 and 2000 元 (四、（二）2's cases), 3 年 and 5 年 (四、（四）), 10 and 5 个工作日 "
            "(四、（五）3); unchecked: 「降低原挂牌价的10%」 (an option's norm with no comparison word, 四、（二）1), 「不超过3年」 "
            "in 四、（三）'s trailing paragraph (not sampled; a target by round 30)",
            "duties: two — 五、（四）'s report of problems found (undated) and 六、（一）'s filing by 2022-12"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x337_03_pudong-jianjiaowei-2021-jianzhu-zhuangshi-zhuangxiu-gongcheng-guanli-banfa.txt"
P03 = "浦东新区建筑装饰装修工程管理办法"
N03 = "关于印发《浦东新区建筑装饰装修工程管理办法》的通知"
JS = "建设单位"
ZRZT = "建设、勘察、设计、施工、监理等责任主体"
YJJ = "区应急管理局"
JD = "各街道办事处"
ZF = "镇政府"

plan(X03,
     title=P03 + "（" + N03 + "）",
     title_note="the notice's title (line 1) is the only title line; the measures' name inside it is accepted (round "
                "45's pair)",
     doc_no="浦建委规〔2021〕1号 (printed on line 3)",
     issuer="上海市浦东新区建设和交通委员会（国防动员办公室、人民防空办公室、住房保障和房屋管理局） (the front matter; the text "
            "prints no issuer or signature)",
     date="2021-09-09",
     date_note="the text prints no signing date (the front matter's 发布日期 2021-09-09); the measures take effect "
               "2021年9月15日 (九、, a general provision); no task is dated",
     level="the Pudong New Area construction and transport commission: how decoration works on existing non-residential "
           "buildings are classed and supervised, who does what, and how bodies that find a breach hand it to the body "
           "that enforces",
     source=src("关于印发《浦东新区建筑装饰装修工程管理办法》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0070::0070235572", 2074),
     style="the notice's title, its number on a line, then the measures' points 一、–四、, 六、–九、 (no 五、 is printed: "
           "四、's paragraphs run on to 六、), 四、 a childless point of seven paragraphs naming bodies; 八、 an opening "
           "paragraph over （一）–（四）, （二） with 1、–4、 cases; three attachments named after 九、 (not printed)",
     leaf_tasks=7, count_alternatives=[8, 9, 10, 11],
     leaf_tasks_by_section={"一、二、": 0, "三、": 1, "四、": 1, "六、": 0, "七、": 1, "八、": 4, "九、": 0},
     childless_top_level_sections=["一、", "二、", "六、", "九、"],
     samples=[
        S(["三"], [], ["所在街道", ZF], responsible_alternatives=[["所在街道、镇政府"], []],
          not_targets=[(100, "万元"), (300, "平方米")],
          note="「三、建筑装饰装修工程实行分级分类管理。 投资额100万元及以上或建筑面积300平方米及以上的建筑装饰装修工程，…按全市统一规定实施管理。 投资额100万元以下且建筑面积300平方米以下的建筑装饰装修工程为小型工程，由所在街道、镇政府实施信息登记和日常管理。」 — "
               "a childless point that gives work is a task (Round 84's p61c-1); 由A＋实施 names A (rule 2), names split "
               "on 、 (plans-dev EXPECTED.md), each kept as printed (round 30; Round 87's x323_02 第十八条: 所在 kept) — the "
               "one printed phrase and none accepted; the figures name the classes of works the item sorts, inside the "
               "noun 工程 (round 58; Round 83's x311_01 第十条, turned; Round 87's x328_03 第十条): not_targets; no 牵头: "
               "lead []; " + NODATE),
        S(["四"], [], [JS, ZRZT, YJJ, JD, ZF],
          responsible_alternatives=[[JS, YJJ, JD, ZF], [YJJ, JD, ZF],
                                    [JS, ZRZT, "区建设、发改、规划资源、生态环境、城管、文物等管理部门", "临港新片区管委会",
                                     "自贸区保税区管理局", YJJ, "区教育、卫生、民政等主管部门", "开发区管理部门", JD, ZF]],
          note="「四、建设单位应当依照法律法规履行基本建设程序…，应落实项目法人责任制，对建设工程质量和安全负有首要责任。 建设、勘察、设计、施工、监理等责任主体对建设工程质量和安全负有主体责任，… 区建设、发改…等管理部门以及临港新片区管委会、自贸区保税区管理局按照各自职责，做好…管理工作。 区应急管理局负责对…进行综合协调、监督检查、巡查考核… 区教育、卫生、民政等主管部门应加强对…的监督和管理，督促… 实行委托管理的开发区管理部门按照委托权限履行管理职能。 各街道办事处、镇政府按照属地化管理的原则建立…机制，…对辖区内建筑装饰装修工程开展日常检查并负责违法建设行为的巡查与控制。小型工程应在开工前进行开工登记…」 — "
               "a childless point of paragraphs each opening with a body is one task naming every body it gives work, in "
               "printed order, each once (Round 82's p60c-1; Round 87's x327_02 二); which bodies is rule 2's, closed "
               "outside articles (rounds 30, 44): 建设单位 by 落实 with its 责任制 (rule 2's 落实 with a system or duty, "
               "Round 87's x326_07 第二条) and 负有首要责任; the builders' parties by 「A负Y责任」, a designation inside an "
               "item that gives work (Round 87's x326_07 第六条, from round 62's p52d), fields before one head with 等 one "
               "name as printed (round 31); 区应急管理局 by 负责; the streets and towns by 负责 (separate names on 、); "
               "做好 (the district departments), 加强…督促 (the sector departments) and 履行管理职能 (round 67) name none; "
               "the 项目负责人 are persons (rule 3) (RULING? 10: or 负有…责任 designates only inside a 职责 heading and the "
               "parties are none — the list without them accepted; or every body named is a doer of a 职责分工 point — the "
               "full list accepted); no 牵头: lead []; " + NODATE),
        S(["七"], [], [], responsible_alternatives=[["区建交委", "规划资源局", "城管执法局", "各街镇"]],
          note="「七、区建交委、规划资源局、城管执法局及各街镇在行业管理、批后监管、五违四必整治、日常巡查和信访投诉处理工作中加强建筑装饰装修和改建工程监督、检查和管理，及时发现违法行为，共同做好做实…事中事后监管工作。」 — "
               "a childless point that gives the plan's bodies work is a task (Round 84's p61c-1); outside articles rule "
               "2's list is closed and 加强, 发现, 做好做实 are outside it (round 30; Round 83's x316_01 十) (RULING? 11: or "
               "共同做好 the bodies' joint work — the four as printed, 及 joining names, accepted); " + NONE + "; "
               + NODATE),
        S(["八", "（一）"], [], [], responsible_alternatives=[["违法行为发现部门"]],
          note="「（一）小型工程由违法行为发现部门向项目所在街镇移送，发生生产安全事故的，同时移送区应急管理局。」 under 八、's opening "
               "「新区各管理部门与街镇在日常工作中加强协同联动，…对非本部门执法范围的事项通过城运中心平台移送至相关职能部门处置。」 — a clause "
               "whose only act hands a matter on names none, 由A included (Round 87's x325_02 第十九条; Round 89's "
               "x331_01 三/（二））, the receivers the pivot's objects (round 30); the opening paragraph leads into the "
               "items (Round 83's x311_04 第十一条) and its 加强…建立 are outside rule 2, so it gives none (rule 4); "
               + NONE + "; " + NODATE),
        S(["八", "（二）"], [], [], responsible_alternatives=[],
          note="「（二）非小型工程，根据行为情形不同移送相应区级管理部门： 1、未办理施工许可证擅自开工…的，移送区建交委。 2、无产权证建筑装修改建的，移送区城管执法局； 3、…移送区规划资源局和区城管执法局。 4、发生生产安全事故的，移送区应急管理局和区建交委。」 — "
               "lines that only say, case by case, which body a matter goes to are a list of cases, the text of the item "
               "that announces it, one task (Round 78's (b); Round 83's x313_03 第六条; Round 87's x328_01 第十三条) "
               "(RULING? 12: or each line an item of its own, count 10, accepted); the receivers of 移送 are none (Round "
               "87's x325_02 第十九条); " + NONE + "; " + NODATE),
        S(["八", "（三）"], [], ["管理部门", "街镇"], responsible_alternatives=[[]],
          not_targets=[(5, "个自然日")],
          note="「（三）管理部门或街镇发现违法行为的，应及时责令停止施工或制止现场施工行为，原则上应在5个自然日内完成情形认定，利用区级城运中心和街镇城运中心平台实施移送。」 — "
               "rule 2's 实施 names its subject, a sending placed by rule 2's own verb included (Round 83's x311_04 第十一条 "
               "governs: 「A负责将X通报B」 names A), 或 joining doers (round 49), the bodies named by kinds as printed "
               "(round 30); 责令, 制止 are outside the closed list (RULING? 13: or 实施移送 is a sending, which names none "
               "whatever its verb — none accepted); 「在5个自然日内」 a time limit with no comparison word (round 33): "
               "not_target; no 牵头: lead []; " + NODATE),
        S(["八", "（四）"], [], [],
          note="「（四）发现工程涉及多种违法行为的，按上述第2条原则同时移送多个部门。违法行为情形特别复杂的，经多部门退单后，可依托城运平台发起联席会商确定责任部门。」 — "
               "an act of the scheme's own work with no subject is a task naming none (round 65's x274_01), the joint "
               "consultation an option (可, round 49 p46b); " + NONE + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting (leaf tasks): the notice prints no cover text; 一、 scope and exclusions — a general provision "
            "(round 30); 二、 what the building must be (a rule for whoever decorates, text, Round 83's x313_02 四、; "
            "Round 78's (a)) (RULING? 14: or a limit on the works, a task — 8, accepted); 三、 one; 四、 one (a childless "
            "point, its seven paragraphs one task, Round 82's p60c-1); 六、 a pointer to other rules 「…按相关规定执行」 (text, "
            "Round 86's (b)); 七、 one; 八、 four ((一), (二) a list of cases, (三), (四)); 九、 entry into force; the three "
            "attachment names after it are no tasks (counted to the 附件 line, plans-dev EXPECTED.md) → **7**. Accepted: "
            "8 (二、 counted), 9 (八、's opening paragraph its own task with 二、), 10 (八、（二）'s four cases as items), 11.",
            "paths as printed: no 五、 (plans-dev EXPECTED.md; Round 85's x320_02: a number not repaired by its place)",
            "units: headed points, rule 2's list closed; every task has lead [] (no 牵头, no 会同)",
            "dates: none printed for any task; 2021年9月15日 the start",
            "figures: no targets; not_targets: 100 万元 and 300 平方米 (classes of works, 三、), 5 个自然日 (a time limit, "
            "八、（三））",
            "duties: none — the 移送 of matters (八、) hands a case to the enforcing body, no report (RULING? 15: or a "
            "sending the rules ask when a case arises is a duty, round 44 — three undated duties); 小型工程's 开工登记 is a "
            "party's filing on its own matters (round 42)"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x337_04_chongming-2021-nongcun-cunmin-zhufang-jianshe-guanli-banfa.txt"
P04 = "上海市崇明区农村村民住房建设管理办法"
N04 = "上海市崇明区人民政府关于印发本区农村村民住房建设管理办法的通知"
NYW = "区农业农村委"
GHZ = "区规划资源局"
JSW = "区建设管理委"
XZ = "乡镇人民政府"

A4_4 = "第四条（管理部门）"
A4_LIST = [NYW, GHZ, JSW, "区城管执法局", XZ, "乡镇农业农村发展办公室", "乡镇规土、建设等职能部门", "村集体经济组织",
           "村民委员会", "区发展改革委", "公安分局", "民政局", "财政局", "生态环境局", "水务局", "绿化市容局", "房管局",
           "供水供电等有关部门"]
# Round 92 (governs, p65b): under the 管理部门 heading 「区城管执法局负责指导各乡镇综合行政执法队开展…执法」 names both (round 34's
# 职责分工 label list holds 管理部门; round 35's 「A指导B开展…」 under a heading that gives out work); the old lists stay accepted.
A4_NEW = A4_LIST[:4] + ["各乡镇综合行政执法队"] + A4_LIST[4:]

plan(X04,
     title=P04 + "（" + N04 + "）",
     title_note="the measures' own title (line 13) or the notice's title (line 1): either (round 45's pair)",
     doc_no="沪崇府规〔2021〕2号 (the stored front matter; the text prints none)",
     issuer="上海市崇明区人民政府 (the notice; the front matter names its general office)",
     date="2021-05-31",
     date_note="the cover is dated 2021年5月31日 (line 7); the measures take effect 2021年6月1日 (第三十六条, a general "
               "provision); no task is dated",
     level="a district government, to the towns and townships and the district departments: who does what in villagers' "
           "house building, who may apply and when not, the village and town approval steps, building supervision and "
           "acceptance, the area standards, supervision and enforcement",
     source=src("上海市崇明区人民政府关于印发本区农村村民住房建设管理办法的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail/0085::abf6c905-02b2-4f43-acb8-f8cade6b76a4", 7312),
     style="a cover notice, the measures' title, six chapters 「第N章」, 36 articles 「第N条（heading）」 with the heading on "
           "a line of its own; 第四条 a 管理部门 article of eight paragraphs; lists of conditions and cases （一）– with "
           "half-width 「;」 in 第十四条",
     leaf_tasks=20, count_alternatives=[19, 21, 22, 23, 24],
     leaf_tasks_by_section={"第一–三条": 0, "第四条": 1, "第五条": 0, "第六–九条": 4, "第十–十三条": 0,
                            "第十四条": 1, "第十五–二十二条": 8, "第二十三条": 0, "第二十四条": 1,
                            "第二十五–二十七条": 0, "第二十八条": 1, "第二十九条": 0, "第三十–三十二条": 3,
                            "第三十三条": 0, "第三十四条": 1, "第三十五、三十六条": 0},
     childless_top_level_sections=[],
     samples=[
        S([A4_4], [NYW, "乡镇农业农村发展办公室"], A4_NEW,
          lead_alternatives=[[], [NYW]],
          responsible_alternatives=[A4_LIST, A4_LIST[:9], A4_LIST[:9] + ["区发展改革委、公安分局、民政局、财政局、生态环境局、水务局、绿化市容局、房管局、供水供电等有关部门"],
                                    A4_LIST[:7] + ["村级组织"] + A4_LIST[9:]],
          **art(X04, [A4_4]),
          note="aligned round 65 to CONVENTIONS.md \"Round 92 rulings\" (Round 92 (governs, rounds 34 and 35's work heading with "
               "Round 82's p60c-4, over 负责指导 read for A alone; p65b)): 「区城管执法局负责指导各乡镇综合行政执法队开展城乡规划违法违规行为"
               "相关执法」 under 第四条（管理部门） — 管理部门 stands in round 34's list of headings that label doers, which round 35's "
               "list of headings that give out work continues, so 「A（负责）指导B开展…」 under it names A and B: 各乡镇综合行政执法队 added "
               "after 区城管执法局 (printed order); the old lists stay accepted. The earlier note: "
               "「区农业农村委负责…，牵头研究制定宅基地及其村民建房的申请要件和审批流程… 区规划资源局负责… 区建设管理委负责… 区城管执法局负责指导… 乡镇人民政府负责…。…乡镇农业农村发展办公室会同乡镇规土、建设等职能部门，加强日常管理… 村集体经济组织或村民委员会（以下简称村级组织）在乡镇人民政府指导下，严格落实好…制度… 区发展改革委、公安分局、…、供水供电等有关部门按照各自职责，协同实施宅基地管理工作。」 — "
               "a 管理部门 article of paragraphs each opening with a body is one task naming every body it gives work, in "
               "printed order, each once (Round 82's p60c-1); which bodies is rule 2's: 负责 (区城管执法局's 负责指导 is "
               "「A负责…」, round 30), 「A牵头」 gives lead A and 「A会同B＋verb」 lead A with B, bodies leading different "
               "parts all leads (Round 87's x327_02 二 and x328_04 三 governs; Round 83's x316_02 （二十））; in articles "
               "会同 reaches any verb but a review (加强日常管理); 落实 with 制度 (rule 2) names the village bodies, 或 joining "
               "doers (round 49), at the defining bracket by their printed names (round 61's x264_01) — 村级组织 accepted; "
               "协同实施 (实施, rule 2) names the last paragraph's bodies, each printed name before the bare 等有关部门 its own "
               "name (Round 89's x329_04 第四条 governs: words after 等 only a bare call leave the printed names), and "
               "「供水供电等有关部门」 one name as printed, fields before one head with 等 (round 31) (RULING? 16: or those "
               "names only illustrate the kind 有关部门 — Round 87's x325_02 第二十二条 — and the paragraph gives one name, "
               "accepted; or 协同 without an object is a call, the list without them, accepted); the town leader who "
               "convenes is a person (rule 3), 乡镇人民政府's guidance of the villages rule 3's guide (no 负责); lead [] and "
               "[区农业农村委] accepted; " + NODATE),
        S(["第七条（用地安排）"], [], [GHZ], lead_alternatives=[[GHZ]], responsible_alternatives=[[GHZ, XZ]],
          **art(X04, ["第七条（用地安排）"]),
          note="「区规划资源局按照…，统筹确定全区村民建房年度用地计划并分解下达到乡镇人民政府。乡镇人民政府审核建房申请，应当符合区规划资源局确定的村民建房年度用地计划。」 — "
               + ARTICLE + ": the bureau's 统筹确定 and 分解下达 of the land quota are its own work (统筹 with work as its "
                 "object, Round 87's x323_02 第三十六条 governs), the towns the receivers; the towns' 审核建房申请 is a "
                 "review of a party's application, none (Round 85's x321_02) — the list with them accepted; "
               + ONE_LEAD + "; " + NODATE),
        S(["第九条（宅基地的使用规范）"], [], ["村民委员会", "村集体经济组织", "各乡镇"],
          responsible_alternatives=[["各乡镇"], ["农村村民", "村民委员会", "村集体经济组织", "各乡镇"]],
          not_targets=[(3, "个月")], **art(X04, ["第九条（宅基地的使用规范）"]),
          note="「农村村民一户只能拥有一处宅基地…。 农村村民按规划易地实施建房的，应当在新房竣工后3个月内拆除…；…原宅基地由村民委员会或村集体经济组织依法收回，并在区规划资源局指导下，由各乡镇及时组织整理复垦。 各乡镇在核发用地批准文件时，应当注明…并负责监督实施。」 — "
               + ARTICLE + ": the village bodies' 收回 (或 joining doers, round 49), 由各乡镇组织整理复垦 (由A and 组织＋verb) "
                 "and their 负责监督实施 (rule 2) name them in printed order; 在区规划资源局指导下 is rule 3's guide; 农村村民 "
                 "are persons and the scheme's beneficiaries (round 30: a person is never a unit) (RULING? 17: or villagers "
                 "bound by 应当 to demolish are a regulated party, a doer — Round 84's p61a-2; Round 89's x334_04 第五条 "
                 "责任人 — the list with 农村村民 accepted); 「3个月内」 counted from completion is a time limit (round 33): "
                 "not_target; no 牵头: lead []; " + NODATE),
        S(["第十五条（村级审查程序）"], [], ["村级组织"], lead_alternatives=[["村级组织"]], responsible_alternatives=[[]],
          targets=[(30, "日")], **art(X04, ["第十五条（村级审查程序）"]),
          note="「符合宅基地申请条件的农户，以户为单位向所在村级组织提出宅基地和建房申请。 村级组织接到农户建房申请并初审后，应当在本村范围内将…相关信息张榜公布，公布期限不少于30日。 公布期间无异议的，村级组织应当在申请表上签署意见后，连同…报送乡镇人民政府；公布期间有异议的，村级组织应当召集村民代表或集体成员代表会议讨论决定。不符合条件的应当予以退回。」 — "
               + ARTICLE + ": the village body's 张榜公布 and its 召集…讨论决定 are acts of its own in the procedure the rules "
                 "give it (a village body's first check is a step of the town's approval, Round 85's x319_01 第七条（二）, "
                 "RULING? 18: so none for the 初审 and 报送 — none accepted); the household applies (round 30's "
                 "applicant); 「不少于30日」: a floor joined to 不少于, a target (round 30's line); the defined short name "
                 "as printed (Round 81's x310_04); " + ONE_LEAD + "; " + NODATE),
        S(["第十六条（行政审批程序）"], [], ["各乡镇农业农村发展办公室", "镇级规划土地部门", "镇级建设管理部门"],
          responsible_alternatives=[[], ["各乡镇农业农村发展办公室", "镇级规划土地部门", "镇级建设管理部门", XZ, "各乡镇"]],
          targets=[(2, "年")], **art(X04, ["第十六条（行政审批程序）"]),
          note="「各乡镇农业农村发展办公室对…申请进行统一集中受理，并负责审查…；镇级规划土地部门负责审查…；镇级建设管理部门负责审查…。 乡镇农业农村发展办公室综合各有关部门意见，报…联席会议审议后，由乡镇人民政府对农户宅基地申请作出审批决定，…同时应当核定竣工期限，竣工期限一般为1年，最长不超过2年。乡镇人民政府应当在…30日内完成审批… 各乡镇应当将农户建房的审批结果张榜公布，接受群众监督。」 — "
               "a review placed by 负责 names its subject (Round 83's x315_03 第三条 and Round 88's x325_02 第四条: the review "
               "rule gives way to reviews placed by 负责, 实施 or 组织＋verb), so the three offices in printed order; the "
               "town's decision on the application, its steps and its publication of the results name none (Round 85's "
               "x321_02; Round 89's x334_01 第九条: 公示 among the decision's steps) — the list with them accepted, and "
               "none; 「最长不超过2年」 a ceiling, a target (round 30; round 32's 最长); 「一般为1年」 a usual duration, a norm "
               "(Round 83's decided x310_03 第十一条); 「30日内」 a time limit (round 33); no 牵头: lead []; " + NODATE),
        S(["第二十条（质量和安全监督）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[]],
          **art(X04, ["第二十条（质量和安全监督）"]),
          note="「建房前，农户应当与施工队伍签订建房协议，并约定质量和安全责任。 建房过程中，乡镇人民政府应当建立铭牌制度、公示建房基本信息，落实质量安全专管人员，对农户建房实施质量和安全监督，也可以委托…第三方…实施质量和安全监督。」 — "
               "落实专人 staffs the work and names none (Round 88's x234_05 governs), but 「A落实专人，对X实施…」 names A by "
               "实施 (Round 85's x322_01 二、（三）, the form; rule 2), and in articles any verb of doing besides (round "
               "44); the option 也可以委托 adds none (round 49 p46b); the household's signing with its builders is a "
               "person's own step (round 30) (RULING? 17 as 第九条); " + ONE_LEAD + "; " + NODATE),
        S(["第二十二条（竣工验收）"], [], ["乡镇人民政府工作负责部门"], lead_alternatives=[["乡镇人民政府工作负责部门"]],
          responsible_alternatives=[["乡镇人民政府工作负责部门", XZ], [XZ], []],
          **art(X04, ["第二十二条（竣工验收）"]),
          note="「农户建房完工后，应当向乡镇人民政府申请验收。乡镇人民政府在接到申请后的5日内，由乡镇人民政府工作负责部门组织相关部门进行现场验收，…并出具《…验收意见表》。… 对《乡村建设规划许可证》核发2年以上，新建房屋事实上已竣工后居住的，乡镇人民政府可以直接进行竣工验收，并对原宅基地上的…设施及时组织整理复垦。 经验收符合规定的，乡镇人民政府应在15个工作日内将验收结果分别报区农业农村委、区规划资源局、区建设管理委备案。」 — "
               "组织＋review names its subject, 由A included (Round 83's x316_03 四/（三）/1; Round 81's x309_02 第十二条), "
               "the departments called the pivot's objects (round 30); 乡镇人民政府 by 组织整理复垦 (rule 2's 组织＋verb) — "
               "but inside the option 可以直接…，并… (round 49 p46b reaches a 并 clause joined to it), so 乡镇人民政府 is "
               "not named by it (RULING? 19: or 及时组织整理复垦 of the old plot is the town's owed work of 第九条, not reached "
               "by the option — the list with 乡镇人民政府 accepted); the town's own 进行验收 inside the same option names "
               "none; the filing of the results is a duty (below); the 5日内 and 15个工作日内 are time limits (round 33); "
               + ONE_LEAD + "; " + NODATE),
        S(["第二十四条（用地面积、建筑占地面积和建筑面积标准）"], [], [],
          targets=[(140, "平方米"), (90, "平方米"), (180, "平方米"), (200, "平方米")],
          **art(X04, ["第二十四条（用地面积、建筑占地面积和建筑面积标准）"]),
          note="「农户建房的用地面积、建筑占地面积和建筑面积按照下列规定计算：（一）5人户及5人以下户的宅基地总面积不超过140平方米，其中建筑占地面积不超过90平方米，建筑面积不超过180平方米。 子女已办理…的2人及以下的农户，…建筑总面积控制在60平方米至80平方米以内。（二）6人户及6人以上户的宅基地总面积不超过160平方米，其中建筑占地面积不超过100平方米，建筑面积不超过200平方米。 集体建房的用地标准参照农户建房的用地标准执行。」 — "
               "lines that only say how a quantity is reckoned are a standard of reckoning, the text of the article that "
               "announces it (Round 87's x325_04 五、（三））, and ceilings on what a party may build are limits on the "
               "work, so the article is one task naming none (Round 87's x328_03 governs; Round 85's x322_04 第五条) "
               "(RULING? 20: or each class line an item — 21 — or a standard of reckoning with no act, text — 19; both "
               "accepted); ceilings joined to 不超过 are targets (round 30's line); the household sizes 「5人户及5人以下户」 "
               "name the class of household the limit picks (round 58; round 31's kinds of persons): unchecked; " + NONE
               + "; " + NODATE),
        S(["第二十八条（间距、层数和高度等其他标准）"], [], [XZ], lead_alternatives=[[XZ]], responsible_alternatives=[[]],
          targets=[(10, "米")], **art(X04, ["第二十八条（间距、层数和高度等其他标准）"]),
          note="「村镇规划对农户建房的间距、层数和高度标准有规定的区域，按照村镇规划执行。 村镇规划尚未编制完成或者…未作规定的区域，间距、层数由乡镇人民政府按照实际情况确定；房屋屋脊高度不得超过10米，并取消农业辅房。」 — "
               "由A＋a verb of doing (确定) names A (rule 2), a branch the article's own rule sets by the state of the "
               "plans (Round 79's class; Round 83's x313_01 第四条), no contingency of rule 3; 「不得超过10米」 a ceiling a "
               "standard sets, a target (round 30: 「原则上不超过8米」); " + ONE_LEAD + "; " + NODATE),
        S(["第三十条（乡镇人民政府的监督管理）"], [], [XZ], lead_alternatives=[[XZ]],
          **art(X04, ["第三十条（乡镇人民政府的监督管理）"]),
          note="「乡镇人民政府要严格按照相关要求，规范农户住宅用地及建设的审批和具体管理工作，依法履行职责，确保审批程序公开、公平、透明。 乡镇人民政府要加强对宅基地申请、审批、使用的全程监管，指导村级组织完善宅基地民主管理程序。要全面落实…“三到场”要求。要经常性开展农村宅基地动态巡查，建立健全宅基地协管员制度，及时发现和处置…违法行为…」 — "
               + ARTICLE + " (规范, 加强…监管, 落实 — rule 2's own with 要求 as its work — 开展, 建立健全); 指导村级组织 is rule "
                 "3's guide, adding no unit; 履行职责 names none (round 67) but the article's other verbs do; "
               + ONE_LEAD + "; " + NODATE),
        S(["第三十二条（违反规划管理的处理）"], [], [XZ], lead_alternatives=[[XZ]],
          **art(X04, ["第三十二条（违反规划管理的处理）"]),
          note="「未依法取得乡村建设规划许可证或未按照乡村建设规划许可证的规定进行建设的，由乡镇人民政府依据《城乡规划法》有关规定，责令停止建设、限期改正；逾期不改正的，依法予以拆除。」 — "
               "the rules' own body acting after a breach is a doer by 由A (Round 77's x299_04 第二十八条; Round 83's x316_02 "
               "（二十）), an article whose whole work is that response (round 30's clarification), no consequence with no "
               "agent (Round 87's x325_01 第二十五条); " + ONE_LEAD + "; " + NODATE),
     ],
     plan_targets=[(80, "%")],
     phases=[],
     duties=[{"what": "经验收符合规定的，乡镇人民政府应在15个工作日内将验收结果分别报区农业农村委、区规划资源局、区建设管理委备案",
              "when": None, "when_norm": None,
              "note": "第二十二条 — a body the rules task filing the results of its own work is a duty (Round 87's x325_02 "
                      "第十五条 and x328_01 第十条, turned; round 48), undated (15个工作日内 counts from each acceptance)"}],
     notes=["counting (leaf tasks): the cover's 「请认真按照执行」 and 「（此件公开发布）」 no task; 第一条 purpose, 第二条 "
            "scope, 第三条 definitions, 第三十五条 interpretation, 第三十六条 entry into force — general provisions (round "
            "30); 第五条 基本原则 (a principle names no act, round 68; Round 87's x328_01 第五条); 第十条 鼓励 (rounds 30, 40); "
            "第十一、十二、十三条 who may apply, when and when not — an applicant's conditions and bars (round 30's applicant; "
            "Round 83's x315_04 第五条), 第十二条's 80% a plan target of the terms (Round 85's x321_04); 第十四条's "
            "（一）–（三） an applicant's conditions and bars, （四） 「…应由区农业农村委委托乡镇人民政府按有关规定办理，并报区农业农村委审核确认及备案」 "
            "a task (由A委托B＋verb names A, round 35) — 1; 第二十三条 a pointer 「…按《上海市农村村民住房建设管理办法》有关条款执行」 "
            "(text, Round 86's (b)); 第二十五条 and 第二十六条 standards of reckoning naming no act (Round 85's x319_01 "
            "第六条（三））; 第二十七条 an applicant's owed step 「均应当办理用地手续」 (Round 87's x325_01 第十五条: a beneficiary's "
            "steps are terms); 第二十九条 a transition pointer 「按照现行办法执行」; 第三十三条 remedies (an option of the party); "
            "第四、六、七、八、九、十五–二十二、二十四、二十八、三十、三十一、三十二、三十四条 one each (第六条's 允许／引导 the rules' own "
            "acts with no subject, round 65's x274_01; 第十八、十九条 limits on how the household builds, Round 87's x328_03; "
            "第三十四条 limits on the bodies' own acts, Round 83's x314_10 四/(四)) → **20** (第四条 1, "
            "第六–九条 4, 第十四条 1, 第十五–二十二条 8, 第二十四条 1, 第二十八条 1, 第三十–三十二条 3, 第三十四条 1). Accepted: "
            "19 (第六条 or 第二十四条 no task), 21 (第二十三条, 第二十五条 or 第二十七条 counted, or 第二十四条's two class lines), "
            "22, 23 (第十四条's four lines as items), 24.",
            "units: article subjects (round 44); 乡镇人民政府, 各乡镇, 各乡镇农业农村发展办公室 kept as printed where each acts "
            "(round 30: names as printed); the village bodies at 第四条's defining bracket by their printed names, 村级组织 "
            "where it acts later (第十五条); leads only in 第四条 (牵头, 会同)",
            "dates: none; 2021年5月31日 the cover; 2021年6月1日 the start; 2001年1月1日 (第二十六条) a birth cut-off of the terms",
            "figures: targets 30 日 (第十五条), 2 年 (第十六条), 140/90/180/200 平方米 (第二十四条), 10 米 (第二十八条); plan "
            "target 80 % (第十二条（一）, terms); not_targets: 3 个月 (第九条, a time limit); unchecked: 1 年 (一般为), the 60–80 "
            "平方米 band and 160/100 平方米 (第二十四条), C级／D级 (names)",
            "duties: one undated — 第二十二条's filing of acceptance results; not duties: 第十五条's 报送 of applications, "
            "第十四条（四）'s 报…审核确认及备案 and 第十六条's 报…联席会议审议 (steps of approval, Round 77's x299_01 第十条)"])

write_collected(DIR)
