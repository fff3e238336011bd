# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next375/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 70 (built by helper c375, for round 71): never tune the parser on
them (see README.md). Every answer was written here by reading the texts, with ../CONVENTIONS.md (its head, lines
1–101, Rounds 90 and 100 whole, and the stretches of Rounds 91–102 listed in README.md's Exposures — the rest read by
keyword, not whole, for time) applied
to every item, and /work/shared/plans-dev/EXPECTED.md (see README.md). Neither the parser nor the scorer was run on
this set by its builder: the lead scores it first.

    PYTHONPATH=. python tests/data/plans-next375/make_expected.py tests/data/plans-next375
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import NODATE, S, plan, write_collected  # noqa: E402

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C49 = "49f4bb7b24691276dec660a576f20a54a0c46b63"   # the commit read_file answered for both files
STORED = ("the stored text (read whole with read_file); only the repository's wrapper was removed (YAML front matter, "
          "the two `>` disclaimer lines, the `# ` before the notice title, kept as line 1), cut by a script at the first "
          "「\\n# 」; the text was typed from the tool's answer and the whole stored file (wrapper + text) checked against "
          "the character count read_file gives (exact)")


def src(folder, path, url, chars):
    return (f"{REPO} @ {C49}, docs/{folder}/{path} (official page {url}) — {STORED} ({chars} characters stored, "
            "wrapper included)")


# tests/data/CONVENTIONS.md, cited in each note by the rule applied:
NONE = ("CONVENTIONS.md units rule 2: no clause of the item makes a body the doer in the ruled forms (由A＋verb of doing, "
        "A牵头, A负责／具体负责／主责／实施／落实, A组织＋work, A会同／协同B…, designations): lead = [], responsible = []")
CLOSED = ("outside articles rule 2's list is closed (round 30; Round 91's x335_03 六): 推动, 强化, 加快, 推进, 完善, 统筹, "
          "引导, 鼓励, 支持, 督促 (pivots) name no doer")
NOSUBJ = ("acts of the plan's own work with no subject give work: a task naming no unit (round 65's x274_01; in a plan no "
          "item of which names a unit every numbered leaf that gives work is a task — plans-dev 08, seed 003; Round 95's "
          "x349_01, the same kind of district 十五五 plan)")
RUNIN = ("「一是…二是…」 run in the item's paragraph(s) are its text, one task (round 37; Round 95's x349_01 三: 一是…五是 are "
         "no numbering)")
BODY = "the unnumbered paragraphs under a numbered heading line are its body (round 32), one leaf"
OWNQ = ("a quantity of the item's own work is its target (round 49's 改造100户; Round 91's x339_02 52个; Round 95's x349_01 "
        "二、（三） 8个); a level joined to a comparison word 不低于／达到／以上 is one by round 30's line")


# ---------------------------------------------------------------------------------------------------------
X01 = "x375_01_putuo-2026-guotu-kongjian-jinqi-guihua.txt"
P01 = "普陀区国土空间近期规划（2026-2030年）"
N01 = "上海市普陀区人民政府办公室关于印发《" + P01 + "》的通知"
AIMS_NOT = ("三、's 「1.行动目标」 leaves are aims (the action's purpose and its 2030 levels), no task (plans-dev EXPECTED.md "
            "lines 21–25 and round 27 as the turned p59d-1 reads 行动目标 heads; Round 87's x326_08: items that only state "
            "aims give no work) — RULING?: 23 with them as tasks accepted")

plan(X01,
     title=P01 + "（" + N01 + "）",
     title_note="the plan's own title line (line 11, after the cover's signature and date) or the notice's title (line 1): "
                "either (round 45's pair)",
     doc_no="普府办〔2026〕14号 (the stored front matter; the text prints no number)",
     issuer="上海市普陀区人民政府办公室",
     date="2026-08-20",
     date_note="the cover is signed 2026年8月20日 (line 9); the plan covers 2026–2030 (“十五五”); 一、's 「到2030年…」 and "
               "专栏1's 2030 column are aims and indicators (no tasks); 二、（二） prints 「“十五五”期间」 and 三、（七）2 「至2030年」",
     level="a district government office to the district's bureaus, street offices, towns and bodies: the district's "
           "near-term spatial plan (2026–2030) — general requirements with an indicator table, spatial strategies, nine "
           "actions each with its aims and tasks, safeguards; no unit named anywhere",
     source=src("规划与土地", N01 + ".md", "https://www.shanghai.gov.cn/zhengce/detail?businessId=0075205517&siteId=0075", 8545),
     style="a short cover (addressees, one paragraph, signature, date), the plan's title, a preamble; 一、总体要求 childless "
           "(two paragraphs, then 「专栏1 普陀区国土空间近期规划核心指标表」 flattened one cell a line, rows 1–25); 二、空间格局 "
           "（一） with 1.–3. heading lines over paragraphs (1.–3. each with 一是…三是 paragraphs), （二） childless with "
           "「“一带”：」「“一心”：」「“一城”：」 paragraphs; 三、行动任务 （一）–（九） 「（一） 全力…行动」 (a space after the bracket), each "
           "with 「1.行动目标」 and 「2.行动任务」 heading lines over one paragraph (2.'s with 一是…四是 run in); 四、保障措施 one paragraph; "
           "blank lines between all paragraphs",
     leaf_tasks=14, count_alternatives=[13, 22, 23, 10, 11],
     leaf_tasks_by_section={"一、总体要求": 0, "二、（一）1–3": 3, "二、（二）": 1, "三、（一）–（九） 2.行动任务": 9,
                            "三、（一）–（九） 1.行动目标": 0, "四、保障措施": 1},
     childless_top_level_sections=["一"],
     samples=[
        S(["二", "（一）", "1"], [], [],
          note="「1.服务“五个中心”战略 融入上海“五个中心”建设大局…强化经济、科创…核心功能提质升级和联动发展。」「一是以优势地区精准发力承载核心功能建设。…推动科创、金融、贸易等核心功能率先向武宁路沿线…集聚…」「二是以空间弹性…」 — "
               + BODY + "; " + RUNIN + "; " + NOSUBJ + "; " + CLOSED + "; a strategy that names acts (推动…集聚, 统筹…时序) gives work "
               "(RULING?: or 二、（一）1.–3. and （二） as principles and aims that give no work — Round 102's x369_01 一、, Round 87's "
               "x326_08 — 10 and 11 accepted); " + NONE + "; " + NODATE + " (「五个中心」 a name)"),
        S(["二", "（一）", "2"], [], [],
          note="「2.跨市区协同联动战略 顺应区域协同发展新态势…」「一是廊带共建…借鉴英国M4科创走廊、长三角G60科创走廊等发展经验…」「二是门户共筑…」「三是水岸共荣…」 — "
               + BODY + "; " + RUNIN + "; " + NOSUBJ + "; M4 and G60 names with digits (EXPECTED.md), no targets; "
               + NONE + "; " + NODATE),
        S(["二", "（一）", "3"], [], [],
          note="「3.高质量城市更新战略 以人民城市重要理念为引领…」「一是以“大中小”层级、全类型项目引导全域更新。…」「二是以住房和公共服务改善…」「三是以锚固生态和智慧韧性框架夯实发展底板。…」 — "
               + BODY + "; " + RUNIN + "; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["二", "（二）"], [], [], dl="“十五五”期间", dln="2030",
          note="「（二）空间格局优化 “十五五”期间，普陀在发挥沿沪宁产业创新带…作用的基础上，优化完善“一带一心一城”空间结构。…」 with the 「“一带”：…一是…二是…三是…」「“一心”：…」「“一城”：…」 paragraphs — "
               + BODY + " (the quoted area names lead paragraphs, no numbering; 一是… run in, round 37); " + NOSUBJ + "; "
               "the named span set for the item's work dates it to the span's last year (round 41's 「到规划期末」; Round 88/89's "
               "decided x293_04 「“十三五”期间，…」 → 2020; round 46's x206_04 「十五五末」 → 2030) → 2030 (RULING?: or a span "
               "naming the period the whole plan covers, no deadline); " + NONE),
        S(["三", "（一）", "2"], [], [],
          note="「2.行动任务 一是加快建设高端产业功能集聚区…二是加快创新要素高浓度集聚…三是加快大宗贸易集聚区建设…四是加快特色金融功能集聚…」 under 「（一） 全力服务上海“五个中心”建设行动」 — "
               + RUNIN + "; " + NOSUBJ + "; " + AIMS_NOT + "; 「一带多点、三区多簇」「一核多园」 names; " + NONE + "; " + NODATE),
        S(["三", "（二）", "2"], [], [],
          note="「2.行动任务 一是推动武宁路沿线功能品质提升，开展武宁路门户、西宫+曹杨路TOD等关键板块城市更新…二是…三是…」 — "
               + RUNIN + "; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["三", "（三）", "2"], [], [],
          note="「2.行动任务 一是抢抓大虹桥和中城地带发展机遇…用好桃浦智创城待开发用地…二是…对接苏州河专项规划建设要求，研究制定近期行动计划…」 — "
               + RUNIN + "; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["三", "（四）", "2"], [], [],
          note="「2.行动任务 一是有序推进更新实施，建立健全城市更新项目库。…三是积极推进产业用地提质增效…推动市属国企“四个一批”存量盘活…四是…」 — "
               + RUNIN + "; " + NOSUBJ + "; 「四个一批」 a name; " + NONE + "; " + NODATE),
        S(["三", "（五）", "2"], [], [],
          note="「2.行动任务 一是促进轨道-公交-慢行三网融合。…二是…配合沪嘉、外环高速抬升等市属重大项目，同步完善周边道路设施…三是…四是…」 — "
               + RUNIN + "; " + NOSUBJ + "; 配合 with no subject and the projects its object name no body; " + NONE + "; "
               + NODATE),
        S(["三", "（六）", "2"], [], [], not_targets=[(15, "分钟")],
          note="「2.行动任务 一是精细化引导商品住宅空间布局和供应…二是多渠道推动保障性住房建设和供给…三是…四是持续推进“15分钟生活圈”建设…优化“1+N”设施空间布局…」 — "
               + RUNIN + "; " + NOSUBJ + "; 15分钟 inside the name of a standard (EXPECTED.md: names with digits; Round 95's "
               "x349_01 二、（四） 「15分钟社区生活圈」) — not_target; " + NONE + "; " + NODATE),
        S(["三", "（七）", "2"], [], [], targets=[(3.95, "%")], dl="至2030年", dln="2030",
          note="「2.行动任务 一是完善“一带两楔、环廊渗透、水环点亮”的生态空间结构。…三是推进水网体系建设，建设“美丽幸福河湖”。至2030年，全区河湖水面率不低于3.95%。四是…」 — "
               + RUNIN + "; " + NOSUBJ + "; 3.95% joined to 不低于 is the item's target (round 30's line); the date in the "
               "item's own text is its deadline (EXPECTED.md; round 34: the latest date) → 2030 (Round 93's turned x343_04 五、（三）1 "
               "reads a year inside a quoted goal the item works toward; here the item states its own level) (RULING?); " + NONE),
        S(["三", "（八）", "2"], [], [],
          note="「2.行动任务 一是筑造半马苏河引领的文化空间格局…二是持续完善特色文化地标和基层文化设施体系…三是推动历史风貌地区品质提升和功能活化…」 — "
               + RUNIN + "; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["三", "（九）", "2"], [], [],
          note="「2.行动任务 一是持续推动城市节能减碳…二是构建安全韧性的市政基础设施体系…三是建设协同共享的智慧城市…」 — "
               + RUNIN + "; " + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["四"], [], [],
          note="「四、保障措施 健全统筹联动机制，深化市区、跨部门协同…开展国土空间规划实施动态评估…强化土地要素保障…形成多方参与体系…」 — "
               "a childless point naming acts of the plan's own work in a plan no item of which names a unit: a task "
               "(plans-dev 08; Round 89's x331_01 七; Round 95's x349_01 三, confirmed) — RULING?: or the seeds' 保障措施 "
               "point, no task (13 accepted); 「三师联创」 a name; " + NONE + "; " + NODATE),
     ],
     plan_targets=[(53.74, "平方千米"), (1.31, "平方千米"), (1, "条"), (40, "处"), (20, "%"), (2.5, "%"), (5, "个"),
                   (94, "%"), (24, "千米"), (6.24, "平方米/人"), (6.2, "千米/平方千米"), (0.82, "千米/平方千米"),
                   (75, "%"), (3.95, "%"), (51, "%"), (1.35, "平方米/人"), (80, "%"), (100, "%"), (4.1, "%"),
                   (18, "个"), (10, "家"), (15, "万平方米")],
     plan_targets_note="专栏1's 2030 column (rows 1–4, 6–15, 17–25; row 5 「动态调整」 and row 16 「完成市考核要求」 print no figure; "
                       "row 19 「5分钟覆盖区超80%」 and row 22 「≥80」 give 80 %, rows 20–21 100 %, each value listed once; row 23 "
                       "「4.1左右」) and 三、（七）1.行动目标's 「新增公园绿地面积15万平方米」 (its 3.95% the same as row 15): the "
                       "levels an aims point and its indicators set are plan targets (round 25; Round 87's x326_08; Round "
                       "95's x349_01, the model of this kind); the 2025 column is past outturn (EXPECTED.md: not targets)",
     phases=[], duties=[],
     notes=["counting (leaf tasks): 一、总体要求 a childless aims point with its indicator table, a section (plans-dev "
            "EXPECTED.md lines 21–25; round 27; the 专栏 rows indicators, no items); 二、（一）1.–3. the leaves, each with its "
            "一是… paragraphs as body (round 32; round 37); 二、（二） a childless leaf; 三、 （一）–（九）'s 「2.行动任务」 the leaves, "
            "their 「1.行动目标」 aims (no tasks, RULING?); 四、保障措施 a childless task (Round 95's x349_01) → **14**. "
            "Accepted: 13 (四 as the seeds' 保障措施), 23 (the nine 行动目标 as tasks), 22 (both), 10 and 11 (二、's "
            "four strategy leaves as principles, with 四 or without).",
            "units: none anywhere (no clause of rule 2 with a subject; 配合沪嘉…项目 names no doer) — the plan names no unit, "
            "so plans-dev 08's every-leaf reading decides the count",
            "dates: 二、（二） 「“十五五”期间」 → 2030 and 三、（七）2 「至2030年」 → 2030 (RULING?); the aims' 2030 is the aims' "
            "(round 39); no phases; no duties (no report or sending is asked)",
            "figures: plan targets as listed; in items 3.95 % (三、（七）2) a target, 15分钟 a not_target"])


# ---------------------------------------------------------------------------------------------------------
X02 = "x375_02_minhang-2026-gongyuan-chengshi-jianshe-he-shirong-huanjing-youhua-shiwuwu-guihua.txt"
P02 = "闵行区公园城市建设和市容环境优化“十五五”规划"
N02 = "闵行区人民政府关于印发《" + P02 + "》的通知"
PROJ = ("三、重大项目's points name the projects of 二、's work again with their figures; each gives work (新增／推进／开展／实施) and "
        "is a leaf (plans-dev 08) — RULING?: or a list restating 二、's tasks, no tasks (18 accepted)")


def T(*pairs):
    return list(pairs)


plan(X02,
     title=P02 + "（" + N02 + "）",
     title_note="the plan's own title, printed over two lines 「《闵行区公园城市建设和市容环境优化」「“十五五”规划》」 (lines 10–11, "
                "in 《》) or the notice's title (line 1): either (round 45's pair); 《》 dropped",
     doc_no="闵府发〔2026〕20号 (printed on line 3)",
     issuer="上海市闵行区人民政府",
     date="2026-07-22",
     date_note="the cover is dated 2026年7月22日 (line 8); the plan covers “十五五” (2026–2030); 一、's 「至“十五五”末」 is the "
               "aims'; no item of 二、–四、 prints a date",
     level="a district government to its towns, street offices, bureaus and companies: the district's five-year plan for "
           "park-city building and the townscape (aims with an indicator table, five groups of key tasks, five major "
           "projects, safeguards, an annex explaining the indicators); no unit named as a doer anywhere",
     source=src("市容绿化与景观", N02 + ".md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=00c05010-cfb9-4c90-9491-08cbd345d8dc&siteId=0079", 8168),
     style="a short cover (number, addressees on one line and the instruction on the next, date), the plan's title over two "
           "lines, a preamble; 一、发展目标 childless (two paragraphs, a flattened indicator table one cell a line, rows 1–8, "
           "its caption 「“十五五”主要发展指标」 after it); 二、重点任务 （一）–（五） heading lines with 1.–4. heading lines each over "
           "one paragraph; 三、重大项目 （一）–（五） heading lines over one paragraph; 四、保障措施 one paragraph with 一是…四是 run "
           "in; then 「附件：主要指标解释」「附件」「主要指标解释」 and eight numbered definitions; mostly no blank lines between "
           "paragraphs",
     leaf_tasks=23, count_alternatives=[22, 26, 18, 17],
     leaf_tasks_by_section={"一、发展目标": 0, "二、（一）1–3": 3, "二、（二）1–3": 3, "二、（三）1–4": 4, "二、（四）1–4": 4,
                            "二、（五）1–3": 3, "三、（一）–（五）": 5, "四、保障措施": 1, "附件 (8 definitions)": 0},
     childless_top_level_sections=["一"],
     samples=[
        S(["二", "（一）", "1"], [], [],
          targets=T((20, "座"), (1, "座"), (14, "座"), (5, "座"), (300, "公顷"), (150, "公顷"), (3, "万平方米"), (25, "公里")),
          note="「1.围绕新一轮公园建设，构建多元复合的城乡公园体系 接续建设生态空间…计划新增各类公园20座，其中城市公园1座、口袋公园14座、开放林地及休闲森林公园5座。…新建各类绿地300公顷，其中公园绿地150公顷。新建立体绿化3万平方米。…计划新增绿道25公里…」 — "
               + NOSUBJ + "; " + OWNQ + " (the parts 其中… the work's own parts too); 「“环外”配合推进市级吴淞江凤栖湿地规划建设」 "
               "配合 with no subject; 适时 no option (round 61); " + NONE + "; " + NODATE),
        S(["二", "（一）", "2"], [], [], targets=T((90, "%"), (5, "处")), not_targets=[(24, "小时")],
          note="「2.稳步推进绿地开放共享… 继续推进公园24小时开放…力争各类公园24小时开放率提高到90%。…新增机关、企事业单位附属绿地开放共享5处。…」 — "
               + NOSUBJ + "; 90% the level the item's work reaches (力争…提高到, Round 95's x350_02 力争…达到) and 5处 its own "
               "number of work: targets (" + OWNQ.split(";")[0] + "); 24小时 names the kind of opening, no comparison word "
               "(round 30's norm) — not_target; " + NONE + "; " + NODATE),
        S(["二", "（一）", "3"], [], [],
          note="「3.着力强化绿地管理和服务能级提升… 持续优化公园绿地服务功能…适当引进公园配套服务项目…积极开展上海国际花卉节闵行展区活动…探索试点营建生态留野区…」 — "
               + NOSUBJ + "; " + CLOSED + "; " + NONE + "; " + NODATE),
        S(["二", "（二）", "1"], [], [],
          note="「1.全面推深走实林长制工作… 推动林长制工作实效…加强对本辖区林绿资源监管，督促街镇林长落实监管责任…做好林地资源占补平衡工作…」 — "
               + NOSUBJ + "; 督促 a pivot, 街镇林长 its object and a post (round 30: persons no units); " + NONE + "; " + NODATE),
        S(["二", "（二）", "2"], [], [], targets=T((5, "座"), (5000, "亩")),
          note="「2.拓展林下经济模式与林地开放休闲… 新增开放林地及休闲森林公园5座…完成林地抚育不低于5000亩…鼓励林下种植…」 — "
               + NOSUBJ + "; " + OWNQ + "; 鼓励 names no work (rounds 30, 40); " + NONE + "; " + NODATE),
        S(["二", "（二）", "3"], [], [], targets=T((3, "个"), (1, "个"), (1, "处")),
          note="「3.完善绿色监测体系及野生动植物保护… 推进联合执法、联合办案…稳固现有3个野生动物栖息地和1个湿地生态修复项目资源监测与保护工作。…试点推进野生动物栖息地改建项目1处。…」 — "
               + NOSUBJ + "; 3个 and 1个 the number of sites the item's monitoring keeps, 1处 the pilot's: its own number of "
               "work (Round 95's x349_01 8个) — RULING?: or 现有 a stock already held (a past outturn, EXPECTED.md), 1处 the "
               "only target; 「首部国家级」 no figure; " + NONE + "; " + NODATE),
        S(["二", "（三）", "1"], [], [],
          note="「1.持续优化源头分类管理… 持续推动源头减量…巩固优化居村党组织领导、物业服务企业履责、相关组织及群体共同参与的工作机制；落实“一小区一方案”…」 — "
               + NOSUBJ + "; the bodies inside the mechanism's description name no doer (round 30: a body inside a noun's "
               "description); 落实 with no subject; " + NONE + "; " + NODATE),
        S(["二", "（三）", "2"], [], [], targets=T((80, "%"), (85, "%")),
          note="「2.完善分类收运体系… 实施餐厨再生资源中心提标改造…实现新能源环卫车辆占比不低于80%…全程分类体系联网率达到80%；…接入率达到85%。…督促指导物业服务企业履行投放管理责任人义务…」 — "
               + NOSUBJ + "; 80% (不低于, 达到; the same figure once) and 85% (达到) targets (round 30's line); 督促指导 a pivot, "
               "物业服务企业 its object (round 30); " + NONE + "; " + NODATE),
        S(["二", "（三）", "3"], [], [],
          note="「3.深化全过程监管… 强化建筑垃圾全程监管…强化与城管、公安、生态环境等部门管执联动…加强马桥、华漕建筑垃圾资源化利用中心管理…完成零填埋任务。」 — "
               + NOSUBJ + "; 与B＋联动 with no subject names no doer (B a partner, not the item's doer: rule 2 needs 「A会同／协同B」 "
               "with A printed) — RULING?: or [城管、公安、生态环境等部门] as printed (round 31); " + NONE + "; " + NODATE),
        S(["二", "（三）", "4"], [], [], targets=T((90, "%")), not_targets=[(24, "小时")],
          note="「4.提升清扫保洁水平… 道路清洁度达到90%以上…推动保洁作业智能化和24小时开放，公共厕所服务优良率达到90%以上…」 — "
               + NOSUBJ + "; 90% (达到…以上, twice, listed once) targets (round 30's line); 24小时 names the kind of opening — "
               "not_target; 引导鼓励各单位 a pivot; " + NONE + "; " + NODATE),
        S(["二", "（四）", "1"], [], [], targets=T((5, "个")),
          note="「1.持续推进美丽街区建设… 重点推进申长路、科创水岸等 5个“美丽街区”建设…」 — " + NOSUBJ + "; 5个 the "
               "item's own number of work (" + OWNQ.split(";")[0] + "); " + NONE + "; " + NODATE),
        S(["二", "（四）", "2"], [], [], targets=T((95, "%"), (98, "%")),
          note="「2.着力创造景观照明标杆… 高质量承办上海国际光影节闵行分会场活动。完成《闵行区景观照明规划实施方案》修编。…纳控率达到95%以上…节能灯具使用率达到98%以上。」 — "
               + NOSUBJ + "; 95% and 98% (达到…以上) targets; " + NONE + "; " + NODATE),
        S(["二", "（四）", "3"], [], [],
          note="「3.持续提升市容环境品质… 构建差异化市容治理新格局…推进公共空间“金角银边”建设…深化设摊综合治理…」 — "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["二", "（四）", "4"], [], [], targets=T((95, "%"), (90, "%"), (100, "%")),
          note="「4.加强户外广告招牌管理… 定期组织《闵行区户外广告设施设置规划》修编…支持街镇借鉴成功经验…审批（备案）率分别达到95%和90%以上，户外招牌纳管率达100%…」 — "
               + NOSUBJ + "; 组织 with no subject names none; 支持 a pivot, 街镇 its object; 95%, 90% (达到…以上) and 100% "
               "(达, the level the work reaches) targets; " + NONE + "; " + NODATE),
        S(["二", "（五）", "1"], [], [],
          note="「1.整合各类数据资源，统筹绿容平台建设 坚持问题导向，整合绿化市容各业务板块的数据，建设行业主题库与数据资源共享平台；…」 — "
               + NOSUBJ + "; " + NONE + "; " + NODATE),
        S(["二", "（五）", "2"], [], [],
          note="「2.加快专业队伍建设… 持续开展群绿宣教与绿化市容养护专题培训…探索试点以国有企业为牵引…」 — " + NOSUBJ
               + "; 以国有企业为牵引 a means, no doer; " + NONE + "; " + NODATE),
        S(["二", "（五）", "3"], [], [],
          note="「3.落实审批制度改革，优化营商环境 落实“三减一提”…深化“一业一证”改革…聚焦“开店一件事”，配合审改办…」 — "
               + NOSUBJ + "; 配合审改办 with no subject: 审改办 the body helped, no doer (rule 3's receiver-like role); "
               "「三减一提」「一业一证」 names; " + NONE + "; " + NODATE),
        S(["三", "（一）"], [], [],
          targets=T((20, "座"), (1, "座"), (14, "座"), (5, "座"), (300, "公顷"), (150, "公顷")),
          note="「（一）公园绿地建设和提升工程 新增各类公园20座，其中城市公园1座、口袋公园14座、开放林地及休闲森林公园5座。新增各类绿地300公顷，其中公园绿地150公顷。重点推进前湾公园、晓烟湖公园等一批公园绿地建设…」 — "
               + PROJ + "; " + OWNQ.split(";")[0] + "; " + NONE + "; " + NODATE),
        S(["三", "（二）"], [], [],
          note="「（二）环城生态公园带（闵行段）建设工程 围绕闵行文化公园等“环上”公园，适时逐步打通漕宝路、老沪闵路等绿道断点。“环外”配合推进…」 — "
               + PROJ + "; " + NONE + "; " + NODATE),
        S(["三", "（三）"], [], [], targets=T((25, "公里")),
          note="「（三）开放空间绿道建设工程 新增绿道25公里。…开展环马桥大居绿道建设等…」 — " + PROJ + "; 25公里 the "
               "project's own quantity; " + NONE + "; " + NODATE),
        S(["三", "（四）"], [], [], targets=T((5000, "亩"), (5, "座")),
          note="「（四）林地抚育和开放建设工程 开展林地抚育不低于5000亩，新增开放林地及休闲森林公园5座…」 — " + PROJ
               + "; 5000亩 (不低于) and 5座 targets; " + NONE + "; " + NODATE),
        S(["三", "（五）"], [], [],
          note="「（五）区级环卫设施提升工程 实施闵行区餐厨再生资源中心提标改造…推动闵吴生活垃圾码头防汛墙加固和大修改造…」 — "
               + PROJ + "; 实施 with no subject names none; " + NONE + "; " + NODATE),
        S(["四"], [], [],
          note="「四、保障措施 一是加强行业服务保障。…加强对街镇的行业服务指导…二是强化规划统筹保障。…三是鼓励技术创新与模式创新。…四是加强社会宣传参与。…」 — "
               "one paragraph with 一是…四是 run in: the point's text (round 37; Round 95's x349_01 三, confirmed: 一是… are no "
               "numbering), a childless point naming the plan's own acts in a plan that names no unit: a task (plans-dev 08) "
               "— 22 (no task) and 26 (four items) accepted; 街镇 the object of 指导 (rule 3); " + NONE + "; " + NODATE),
     ],
     plan_targets=[(11.5, "平方米"), (20.1, "%"), (20, "座"), (25, "公里"), (50, "%"), (95, "%"), (5, "个")],
     plan_targets_note="一、's indicator table 「“十五五”目标」 column: row 1 11.5 平方米, row 2 ≥20.1 %, row 3 增加20 座, row 4 "
                       "增加25 公里, row 5 50 %, rows 6 and 8 95 % (≥95; listed once), row 7 增加5 个: the levels an aims "
                       "point and its indicators set are plan targets (round 25; Round 87's x326_08; Round 95's x349_01)",
     phases=[], duties=[],
     notes=["counting (leaf tasks): 一、发展目标 a childless aims point with its indicator table, a section (plans-dev "
            "EXPECTED.md lines 21–25; round 27); 二、 （一）1–3, （二）1–3, （三）1–4, （四）1–4, （五）1–3 → 17; 三、重大项目 "
            "（一）–（五） → 5 (RULING?); 四、保障措施 one task (Round 95's x349_01) → **23**; the 「附件：主要指标解释」 line ends the "
            "count (plans-dev EXPECTED.md), its eight definitions no items. Accepted: 22 (四 no task), 26 (四's 一是…四是 as "
            "four items), 18 (三、 as a restating list), 17 (both).",
            "units: none anywhere: no clause of rule 2 has a subject (督促街镇林长, 督促指导物业服务企业, 支持街镇, 配合审改办, "
            "与城管、公安…联动, 引导鼓励各单位 are pivots, partners or receivers) — the plan names no unit",
            "dates: none in 二、–四、 (一、's 至“十五五”末 is the aims', round 39); no phases; no duties",
            "figures: plan targets from the table; item targets as each sample lists (the parts 其中… included); 24小时 "
            "not_targets"])

write_collected(DIR)
