# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next55/expected.json from the hand-written answers below.

These plans are a BLIND never-tuned set of round 25 (built by helper c54): never tune the parser on them (see
README.md). Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py);
every answer was written here by reading the texts. Neither the parser nor the scorer was run on this set by its
builder: the lead scores it first.

    python tests/data/plans-next55/make_expected.py tests/data/plans-next55
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    PROSE_ACTORS,
    plan,
    prose_and_listed,
    shanghai_source,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

PROSE = PROSE_ACTORS
NOUNIT = "the plan names no unit for any task (places, firms and projects only)"
N15 = ("「“十五五”期间」 / 「到“十五五”末」: the plan period 2026–2030 (the title's 十五五), resolved to its last year 2030 "
       "(as plans-dev 08's 「历时三年」 from its title)")
N14 = "「“十四五”期间」: the period 2021–2025, resolved to its last year 2025"


def src(path, url, chars):
    return shanghai_source("城市更新与历史保护", path, url, chars)


def od(text, norm):
    return {"text": text, "norm": norm}


P, U = prose_and_listed(PROSE)

# ---------------------------------------------------------------------------------------------------------
X01 = "x55_01_minhang-2026-chengshi-gengxin-shiwuwu-guihua.txt"

plan(X01,
     title="闵行区城市更新“十五五”规划（闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知）",
     title_note="the plan's own title (the line after the cover's date) or the notice title: either is accepted",
     doc_no="闵府发〔2026〕26号",
     issuer="上海市闵行区人民政府",
     date="2026-07-28",
     level="district (Shanghai Minhang)",
     source=src("闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=9ce0e2a0-ff5a-41c8-9e91-341424340c4c&siteId=0079", 9234),
     style="district plan after a short cover (title, number, addressees, one sentence, date; no blank lines between most "
           "lines of the body): 一、发展目标 two paragraphs and 「主要指标表」 flattened one cell a line (类别, 序号 1–11, "
           "一级 / 二级指标, 单位, 属性, 「十四五」完成值, 「十五五」目标值); 二、重点任务 （一）–（三） with 「N.heading」 "
           "lines 1.–4., 1.–4., 1.–3., each over one to four paragraphs (some opening 「heading。」); 三、重点片区 （一）–（九） "
           "heading lines over one or two paragraphs; 四、保障措施 one long paragraph; no unit anywhere, many dated "
           "targets (至 / 到 / 力争 2026–2030)",
     leaf_tasks=20, count_alternatives=[21],
     leaf_tasks_by_section={"二、重点任务": 11, "三、重点片区": 9},
     attachment_task_rows=0,
     childless_top_level_sections=["一、发展目标", "四、保障措施"],
     samples=[
        P(["二", "（一）", "1"], targets=[(1.4, "万平方米")], dl="“十五五”期间", dln="2030",
          note=NOUNIT + "; 「“十五五”期间完成电四小区、鲁汇一村共计约1.4万平方米成套改造」 — " + N15 + "; D级 / C级 are "
               "grades, not figures"),
        P(["二", "（一）", "3"], targets=[(60, "%")], dl="2030年", dln="2030",
          note=NOUNIT + "; 「力争2030年完整社区覆盖率达到60%」"),
        P(["二", "（一）", "4"], targets=[(8, "个")], dl="到2030年", dln="2030",
          other_deadlines=[od("2026年", "2026"), od("2027年", "2027"), od("到2026年底", "2026-12")],
          note=NOUNIT + "; 「8个城中村整体改造项目」 the item's count; dates in order: 2026年 (启动动迁腾地), 2027年 (前期改造), "
               "到2030年 (基本完成项目开发建设 — the item's end, read as the deadline), 到2026年底 (整治提升, other_deadlines); "
               "「三幅」 a Chinese numeral"),
        P(["二", "（二）", "2"], targets=[(10, "个"), (50, "万平方米")], dl="到2030年", dln="2030",
          other_deadlines=[od("力争到2030年", "2030")],
          note=NOUNIT + "; 「到2030年，推动10个以上商务楼宇更新」 and 「力争到2030年，累计完成50万平方米以上商业设施更新」"),
        P(["二", "（二）", "3"], targets=[(5000, "亩"), (20, "个")], dl="到2030年", dln="2030",
          note=NOUNIT + "; 「累计盘活低效产业用地5000亩」, 「完成20个以上老旧厂区改造」 (both 到2030年)"),
        P(["二", "（二）", "4"], note=NOUNIT + "; 「“四大金刚”」 a name; " + NODATE),
        P(["二", "（三）", "1"], targets=[(421, "公里"), (32, "座"), (1.7, "平方米")], dl="至2030年", dln="2030",
          other_deadlines=[od("至2027年", "2027")],
          note=NOUNIT + "; four paragraphs: 路网密度 4.15公里/平方公里 (至2030年), 「至2027年，完成不少于421公里燃气老化管道"
               "改造阶段性目标」, 「对32座一线水闸…」, 「至2030年…人均避难面积大于1.7平方米」: 2030 read as the deadline, "
               "2027 in other_deadlines; 「以10年为一周期」 a cycle of inspection and 「7条轨交线路」 lines it supports (not "
               "listed either way); S4 is a road's name"),
        P(["二", "（三）", "2"], targets=[(50, "%"), (11.5, "平方米"), (90, "%"), (80, "%")], dl="至2030年", dln="2030",
          note=NOUNIT + "; four 「至2030年」 targets (美丽幸福河湖建成率50%, 人均公园绿地11.5平方米, 二十四小时开放比例90%, "
               "海绵城市80%); 「二十四小时」 is part of a description"),
        P(["三", "（一）"], targets=[(9, "个")], dl="到2030年", dln="2030",
          note=NOUNIT + "; 「到2030年，累计完成9个市级土地储备项目收储工作」"),
        P(["三", "（四）"], targets=[(70, "%")],
          note=NOUNIT + "; 「产业基地内产业用地占比保持70%左右」 (左右 = about); 上海电气 is a firm; " + NODATE),
        P(["三", "（七）"], dl="2029年", dln="2029",
          note=NOUNIT + "; 「力争2029年基本建成」; 「AAAA级」 a grade name"),
        P(["三", "（九）"], not_targets=[(1000, "")],
          note=NOUNIT + "; 「ATP1000」 is a tournament's name (digits in a name), not a target; " + NODATE),
     ],
     plan_targets=[{"number": 300, "unit": "万平方米"}, {"number": 5000, "unit": "亩"},
                   {"number": 421, "unit": "公里"}, {"number": 11.5, "unit": "平方米"}],
     phases=[], duties=[],
     notes=["counting: 一、发展目标 (paragraphs and the indicator table) and 四、保障措施 (one paragraph naming no unit) are "
            "childless sections; 二、 （一）1.–4. + （二）1.–4. + （三）1.–3. = 11 + 三、 （一）–（九） 9 → 20; 21 (四、 read "
            "as a task) accepted",
            "the 主要指标表's 序号 lines 1–11 are indicator rows, not tasks; its 「十四五」完成值 column (25, 240, 355, "
            "≥2000, ＞1.5, 11.1) is past outturn, the 「十五五」目标值 column holds the plan targets (300万平方米 老旧小区整治, "
            "5000亩, 421公里, 11.5平方米 …)",
            "samples: twelve of the twenty, from every group of 二、 and 三、",
            "units: none anywhere — lead and responsible none for every sample",
            "deadlines: where an item holds several dates the latest (the item's completion) is the deadline and the "
            "others are other_deadlines; " + N15,
            "no phases, no duties (四、's 监督 / 考核 have no rhythm)"])

# ---------------------------------------------------------------------------------------------------------
X02 = "x55_02_huangpu-2026-chengshi-gengxin-shiwuwu-guihua.txt"
HEAD = "a heading line over four or five paragraphs that open 「heading。」 (unnumbered): one task"

plan(X02,
     title="黄浦区城市更新“十五五”规划（黄浦区人民政府办公室关于印发 《黄浦区城市更新“十五五”规划》的通知）",
     title_note="the plan's own title or the notice title (with its stray space): either is accepted",
     doc_no="黄府办发〔2026〕12号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府办公室",
     date="2026-07-02",
     level="district office (Shanghai Huangpu)",
     source=src("黄浦区人民政府办公室关于印发 《黄浦区城市更新“十五五”规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1183fecf-8084-4ada-9aef-3115e4f9deb6&siteId=0071", 7310),
     style="district plan after a cover (title, addressees, one sentence, 「特此通知。」, signature, date): a preamble; "
           "一、总体目标 a paragraph, two 「——到20XX年」 lines and 「…主要预期指标一览表」 flattened one cell a line (类别, "
           "序号 1–12, 指标, 单位, 属性, 目标); 二、主要任务 an intro and （一）–（六） heading lines 「（n）“促发展”：…」 over "
           "unnumbered 「heading。text」 paragraphs; 三、重点区域 an intro and （一）–（五） heading lines over two paragraphs "
           "each; 四、保障措施 one paragraph; no unit anywhere",
     leaf_tasks=11, count_alternatives=[12],
     leaf_tasks_by_section={"二、主要任务": 6, "三、重点区域": 5},
     attachment_task_rows=0,
     childless_top_level_sections=["一、总体目标", "四、保障措施"],
     samples=[
        P(["二", "（一）"], targets=[(150, "万平方米"), (25, "个"), (50, "万平方米")], dl="至2030年", dln="2030",
          other_deadlines=[od("2026年至2030年", "2030")],
          note=HEAD + "; " + NOUNIT + "; 「至2030年，新增商办楼宇建筑150万平方米」, 「推进25个商办楼宇更新项目」, "
               "「2026年至2030年，完成商业设施更新改造50万平方米」"),
        P(["二", "（二）"], targets=[(90, "万平方米")], dl="2030年底前", dln="2030-12",
          other_deadlines=[od("2026年底前", "2026-12"), od("至2030年", "2030")],
          note=HEAD + "; " + NOUNIT + "; 「2026年底前力争全面完成小梁薄板房屋改造，2030年底前力争基本完成不成套职工住宅改造」"
               " and 「至2030年，实施老旧住房综合修缮90万平方米」: the latest date is the deadline"),
        P(["二", "（三）"], targets=[(60, "%"), (19, "公里")], dl="至2030年", dln="2030",
          other_deadlines=[od("2027年底", "2027-12")], not_targets=[(10, "分钟")],
          note=HEAD + "; " + NOUNIT + "; 「2027年底完整社区覆盖率达60%以上」 (other_deadlines), 「至2030年，新增19公里架空线"
               "入地和杆箱整治」; 「10分钟社区生活圈」 is a programme's name, not a target"),
        P(["二", "（四）"], targets=[(2, "万平方米")], dl="至2030年", dln="2030",
          note=HEAD + "; " + NOUNIT + "; 「完成优秀历史建筑保护修缮面积2万平方米以上」; 「184街坊」 a block's number"),
        P(["二", "（六）"], targets=[(5, "公里"), (10, "公里"), (78, "个")], dl="至2030年", dln="2030",
          note=HEAD + "; " + NOUNIT + "; 「完成5公里老旧供水管网改造，10公里排水主管修复改造」, 「完成78个公用人防工程维修"
               "养护项目」 (both 至2030年)"),
        P(["三", "（一）"], not_targets=[(170, "街坊")],
          note=NOUNIT + "; 「外滩-01、02…-04」 unit names of planning areas and 「170街坊、166/167/168街坊」 block numbers are "
               "names, not targets; " + NODATE),
        P(["三", "（二）"], dl="到“十五五”末", dln="2030",
          note=NOUNIT + "; 「到“十五五”末初步建成…五大中心基地」 — " + N15),
        P(["三", "（五）"], note=NOUNIT + "; 「501/504/505街坊」, 「13/14等街坊」 block numbers; " + NODATE),
     ],
     plan_targets=[{"number": 10, "unit": "座"}, {"number": 5, "unit": "处"}, {"number": 80, "unit": "%"},
                   {"number": 78, "unit": "个"}],
     phases=[], duties=[],
     notes=["counting: 一、总体目标 and 四、保障措施 (one paragraph, no unit) are childless sections; 二、 （一）–（六） 6 + 三、 "
            "（一）–（五） 5 → 11 (the unnumbered 「heading。」 paragraphs under each （n） belong to it); 12 (四、 a task) "
            "accepted",
            "the indicator table's 序号 lines 1–12 are no tasks; its 目标 column gives the plan targets (10座 口袋公园, 5处 "
            "附属空间开放, 80% 海绵城市, 78个 人防工程 …); 「2027年60%，2028年进一步优化布局」 is one cell",
            "samples: eight of the eleven",
            "units: none anywhere (「构建部门协同…的工作格局」 names no unit) — lead and responsible none",
            "deadlines: the latest date of an item is its deadline, the others other_deadlines; 「——到2030年」 / "
            "「——到2035年」 in 一、 are the plan's horizons, not tasks' dates",
            "no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X03 = "x55_03_fengxian-zhelin-2023-wenwu-baohu-guihua.txt"
TOWN = ("镇文物行政管理部门 / 各村居 / 镇党委 appear in sentences (as objects or actors), no label: lead = [], "
        "responsible = []")

plan(X03,
     title="柘林镇文物保护规划（上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护规划》的通知）",
     title_note="the plan's own title (after 「特此通知」) or the notice title: either is accepted",
     doc_no="奉柘府〔2023〕21号 (from the index; the stored text prints no number)",
     issuer="上海市奉贤区柘林镇人民政府",
     date="2023-10-13",
     level="town (Shanghai Fengxian, Zhelin town)",
     source=src("上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护规划》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0084i20231104-kf4zeeyuazagza6jfo&siteId=0084", 4435),
     style="town plan after a cover (title, addressees, one sentence, 「特此通知」 — no signature there); a preamble; "
           "一、总体要求 (一)–(三) with ASCII brackets (指导思想, four 「——」 principles, 主要目标); 二、主要任务 (一)–(四) "
           "heading lines each over 「N.heading。text」 paragraphs 1.–3.; 三、保障措施 (一)–(三) heading lines over one "
           "paragraph; signature and date at the end; no unit labels",
     leaf_tasks=15, count_alternatives=[18, 12],
     leaf_tasks_by_section={"二、主要任务": 12, "三、保障措施": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["二", "(一)", "1"],
          note=TOWN + "; 「进一步完善镇文物行政管理部门机构设置」 makes the department an object; " + NODATE),
        P(["二", "(一)", "3"],
          note=TOWN + "; 「将文物安全纳入各村居年度绩效考核体系」 (the villages are objects); 「文物长制」 a name; 年度 "
               "考核 is oversight, not a report; " + NODATE),
        P(["二", "(二)", "1"], note=TOWN + "; 「完成杨家老宅、王藕英老宅等的修缮项目」 names no date; " + NODATE),
        P(["二", "(三)", "1"], note=TOWN + "; 柘林良渚遗址, 华亭古海塘 are sites; " + NODATE),
        P(["二", "(三)", "3"], note=TOWN + "; 「“三区两镇”」 a name (Chinese numerals); " + NODATE),
        P(["二", "(四)", "1"], dl="在“十四五”期间", dln="2025",
          note=TOWN + "; 「力争在“十四五”期间建成在上海领衔的真正的非国有博物馆」 — " + N14),
        P(["三", "(一)"],
          note="a 保障措施 item of a plan without unit labels (plans-dev 08: every numbered leaf a task); 镇党委 and 镇文物"
               "行政管理部门 in sentences; " + NODATE),
        P(["三", "(二)"], note="文物部门 with a list of 部门 kinds, 区级层面 / 镇级层面 in sentences; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: 二、 (一)–(四) 1.–3. each = 12 + 三、 (一)–(三) 3 → 15 (三、 kept: the plan names no unit as a "
            "label anywhere, so its 保障措施 leaves are tasks as plans-dev 08's); 18 (一、总体要求's three (n) leaves — "
            "指导思想, 基本原则, 主要目标 — counted too, EXPECTED.md's mechanical rule) and 12 (二、 only) accepted",
            "samples: eight of the fifteen, from every group",
            "units: no label; lead and responsible none for every sample",
            "dates: only 二/(四)/1's 「在“十四五”期间」 in a task; 一/(三)'s 「在“十四五”时期」 is the goal's period; the "
            "signature 2023年10月13日",
            "no figure, no phases, no duties"])

# ---------------------------------------------------------------------------------------------------------
X04 = "x55_04_huangpu-2022-hengfu-fengmaoqu-chengshi-gengxin-shisiwu-guihua.txt"
HF = "no unit is named for the item (街道, 公房资产经营管理机构, 区相关部门 act or are named in sentences at most)"

plan(X04,
     title="黄浦区衡复风貌区城市更新“十四五”规划（黄浦区人民政府办公室关于印发黄浦区衡复风貌区城市更新“十四五”规划的通知）",
     title_note="the plan's own title or the notice title: either is accepted",
     doc_no="黄府办发〔2022〕9号 (from the index; the stored text prints no number)",
     issuer="上海市黄浦区人民政府办公室",
     date="2022-03-17",
     level="district office (Shanghai Huangpu)",
     source=src("黄浦区人民政府办公室关于印发黄浦区衡复风貌区城市更新“十四五”规划的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1595e6c8-c692-4360-8dfc-d45d01fd1775&siteId=0071", 11781),
     style="district plan after a cover (title, addressees, one sentence, 「特此通知。」, signature, date): a preamble; "
           "一、发展基础 （一） 1.–5. (the past five years' achievements, full of figures) and （二） 1.–7. (difficulties); "
           "二、发展机遇 1.–3.; 三、总体要求 （一） + （二） 1.–4. + （三） 1.–5.; 四、主要任务 （一）–（六） heading lines each over "
           "「N.heading。text」 paragraphs 1.–3.; 五、保障措施 （一）–（三） 「（n）heading。text」; no unit labels",
     leaf_tasks=21, count_alternatives=[18, 31, 46],
     leaf_tasks_by_section={"四、主要任务": 18, "五、保障措施": 3},
     attachment_task_rows=0,
     childless_top_level_sections=[],
     samples=[
        P(["四", "（一）", "1"],
          note=HF + "; 「4个相对集中的老旧居住片区」 is the count of areas the strategy covers (scope, not listed either "
               "way); " + NODATE),
        P(["四", "（一）", "2"], dl="十四五期间", dln="2025",
          note=HF + "; 「十四五期间，将…分阶段实施范围内老旧小区微更新」 — " + N14 + "; 分阶段 names no phases"),
        P(["四", "（一）", "3"],
          note=HF + "; 「《衡复历史文化风貌区保护与整治三年行动计划（2021—2023年）》」 is a document's name (its years are "
               "no deadline); 「三面」 「三台」 names; " + NODATE),
        P(["四", "（二）", "1"], note=HF + "; 「积极协同区相关部门」 a category in a sentence; " + NODATE),
        P(["四", "（三）", "1"], not_targets=[(10, "分钟")],
          note=HF + "; 「探索10分钟社区生活圈建设」: a programme's name, not a target; " + NODATE),
        P(["四", "（四）", "2"], note=HF + "; " + NODATE),
        P(["四", "（五）", "2"], targets=[(3, "个"), (2, "个"), (18, "个")], dl="2022年末", dln="2022-12",
          other_deadlines=[od("在2021年", "2021"), od("2022年", "2022")],
          note=HF + "; 「在2021年完成3个以上老旧住宅小区宜居型创建工作，2022年完成2个以上宜居型小区创建，2022年末宜居型小区"
               "规模达到18个以上」: three dated targets, the latest (2022年末) the deadline; 「三年行动计划」 names no dates"),
        P(["四", "（五）", "3"],
          note=HF + "; 「街道和公房资产经营管理机构联手开展试点」: two actors in a sentence, no label; " + NODATE),
        P(["四", "（六）", "2"], note=HF + "; 「“阅读建筑”二微码」 a name; " + NODATE),
        P(["五", "（一）"],
          note="a 保障措施 item of a plan without unit labels (every numbered leaf of the task sections a task); 「制定新一轮"
               "三年行动计划」 names no date; " + NODATE),
        P(["五", "（三）"], note="as 五/（一）; 《…保护条例》 a law's name; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["counting: the tasks are 四、主要任务 （一）–（六） 1.–3. = 18 and 五、保障措施 （一）–（三） 3 → 21; the numbered "
            "leaves of 一、发展基础 (12: past achievements and difficulties), 二、发展机遇 (3) and 三、总体要求 (10: 指导思想, "
            "principles, goals) give no work. Accepted: 18 (四、 only), 31 (三、's ten leaves too) and 46 (every numbered "
            "leaf, EXPECTED.md's mechanical rule)",
            "一、's figures are past outturns, not targets: 「50条」 标准, 「6个示范小区」, 「2019年…品牌活动766场」, house "
            "numbers (南昌路110弄, 复兴中路468-478号) and years (2018—2020); a parser that takes 一、's leaves as tasks will "
            "fail the count, not a target check",
            "samples: eleven of the twenty-one, from every group of 四、 and both ends of 五、",
            "units: none as a label — lead and responsible none for every sample",
            "dates in tasks: 四/（一）/2's 十四五期间 and 四/（五）/2's 2021 / 2022 / 2022年末; no phases, no duties"])

write_collected(DIR)
