# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next57/expected.json from the hand-written answers below.

These plans are a blind never-tuned set (built by helper c56; page openings of province and city documents from outside
Shanghai that divide work among departments, in fields no earlier set has: 水务目标责任书, 个体工商户, 防震减灾, 妇女发展,
气象灾害): never tune the parser on them (see README.md). Only `line` and `title_starts` are looked up in the text (by
``locate`` of ../plans/expected_tools.py, or ``row`` below for unnumbered table rows); every answer was written here by
reading the texts. Neither the parser nor the scorer was run on these plans by c56: the lead scores them once.

    python tests/data/plans-next57/make_expected.py tests/data/plans-next57
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    CUT,
    NODATE,
    ONE,
    YEAR,
    S,
    page_source,
    plan,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


def row(file, starts, nth=1):
    """Line (1-based) and first eight characters of the nth line that starts with ``starts`` (an unnumbered table
    row or an item ``locate`` cannot tell apart from an earlier one with the same number)."""
    lines = (DIR / file).read_text(encoding="utf-8").split("\n")
    hits = [i for i, s in enumerate(lines) if s.strip().startswith(starts)]
    i = hits[nth - 1]
    text = lines[i].strip()
    if nth > 1 or not starts[:1].isdigit():
        text = text.lstrip("0123456789.、")
    return {"line": i + 1, "title_starts": text[:8]}


F01 = "x57_01_yangling-shifanqu-shuiwuju-2018-fenji-mubiao-zerenshu.txt"
F02 = "x57_02_shenyang-2024-getigongshanghu-fenxing-fenlei-shishi-yijian.txt"
F03 = "x57_03_nantong-2007-fangzhen-jianzai-mubiao-guanli-zeren-fenjiebiao.txt"
F04 = "x57_04_guangdong-funv-fazhan-guihua-2011-2020-mubiao-zeren-fenjieshu.txt"
F05 = "x57_05_shi-qixiang-zaihai-chengyuan-danwei-zhize-di2ye.txt"

# ---------------------------------------------------------------------------------------------------------
BOOK = ("a target book of one bureau (杨凌示范区水务局): no row names a unit of its own: lead = [], responsible = []")
plan(F01,
     title="杨凌示范区水务局2018年度(分季)目标责任书",
     doc_no="", issuer="杨凌示范区水务局 (the book is the bureau's; the zone's 党工委管委会 sets it)", date="(not on the page; 2018)",
     level="a province-run zone's bureau (Shaanxi, 杨凌农业高新技术产业示范区; city level)",
     source=page_source("https://yangling.gov.cn/zwgk/zdlyxxgk/mbkh/1427954550601515010.html"),
     style="a two-column table 「工作任务 | 目标及质量要求」 flattened one cell a line with blank lines between: row labels "
           "(核心指标, 省考指标, 党工委管委会考核指标和重点工作(55分) › 追赶超越 › “三重”工作 (20分) › 重点工作 (15分) / 重点项目 "
           "(5分), “争创一流”指标 (加分项), 贯彻落实共建会议精神重点工作任务(4分), 资金争取(5分), 招商引资(5分)) each followed by "
           "its cell; only 「1、」「2、」 under “争创一流”指标 are numbered; quarterly steps inside cells; a quarter row 「一季度(共16分)」 "
           "cut",
     leaf_tasks=2, count_alternatives=[8, 9, 10], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], dl="四季度", dln="2018-12-31",
          other_deadlines=[{"deadline": "一季度", "deadline_norm": "2018-03-31"}, {"deadline": "二季度", "deadline_norm": "2018-06-30"},
                           {"deadline": "三季度", "deadline_norm": "2018-09-30"}],
          note=BOOK + "; the item's own quarterly steps (一季度: …四季度: 组织召开…验收会议) end in 四季度: the deadline is the "
               "fourth quarter's end; " + YEAR.replace(" is not checked", " is taken from the title (2018)")),
        S(["2"], note=BOOK + "; 「达到全省领先」 has no figure; " + NODATE),
        S(["重点项目"], dl="6月底前", dln="2018-06-30", other_deadlines=[{"deadline": "3月底前", "deadline_norm": "2018-03-31"}],
          note="an unnumbered row: its label 「重点项目」 / 「(5分)」 and its cell 「续建项目3月底前复工建设;新建项目6月底前开工建设。」; "
               + BOOK + "; aligned round 34: several dates in one item — the latest is the item's deadline (CONVENTIONS round 34 rulings, Dates) (was 3月底前, 2018-03-31: the first date of the cell); the year from the title",
          **row(F01, "续建项目")),
        S(["资金争取"], targets=[(1080, "万元")], skip_deadline=True,
          note="an unnumbered row: 「资金争取(5分)」 and its cell 「分别完成270万元、540万元、810万元、1080万元。」 — cumulative "
               "quarterly figures, the year's 1080万元 the target; " + BOOK + "; the quarters are implied, not written: the deadline "
               "is not checked", **row(F01, "分别完成")),
     ],
     plan_targets=[{"number": 1.5, "unit": "亿元"}, {"number": 50, "unit": "%"}, {"number": 3000, "unit": "万元"}],
     phases=[], duties=[],
     notes=["2 numbered leaves (1、 2、 under “争创一流”指标); read as a table of rows with work, 9 (核心指标, 重点工作 (15分), "
            "重点项目, 1、, 2、, 贯彻落实共建会议精神重点工作任务, 资金争取, 招商引资, the cut 一季度 row), 10 with 省考指标 "
            "(「另行分解下达」), 8 without the cut row: all accepted",
            "plan targets: 「固定资产投资累计完成0.26、0.67、1.04、1.5亿元」 (the year's 1.5亿元), 「土建50%实物工程量」, "
            "「实际到位资金3000万元、…」; 0.24亿m³ / 0.47亿m³ are the water-use ceilings (not asked: the unit has no agreed spelling)",
            "「(8分)」「(55分)」 are points of the assessment, not targets; 「(引进0.5亿元以上项目一个)」 is a condition",
            "the quarters inside rows are steps of those rows, not phases of the book"])

# ---------------------------------------------------------------------------------------------------------
plan(F02,
     title_note="NOT CHECKED: the stored page starts at the addressees 「各区、县(市)人民政府:」; the document's title is not on it "
                "(a 沈阳 opinion on 个体工商户 分型分类, after 辽市监联〔2024〕10号)",
     doc_no="", issuer="沈阳市 (the city market-regulation bureau's site scj.shenyang.gov.cn; the issuing office is not on the page)",
     date="(not on the page; the address dates it 2024-12)", level="city (Liaoning, 沈阳市)",
     source=page_source("https://scj.shenyang.gov.cn/zwgk/fdzdgknr/gsgg/202412/t20241218_4777927.html"),
     style="addressees, preamble, 一、总体要求 with heading lines (一)基本原则 / (二)主要工作 over paragraphs, 二、重点任务 (一) run-in "
           "and cut; (二)主要工作 names the lead and the responsible units inside its paragraph",
     leaf_tasks=3, count_alternatives=[2], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["一", "(一)"], note="aims (基本原则) under 总体要求, counted as a leaf as plans-dev 07 counts its 总体目标/基本原则; "
          "no unit; " + NODATE),
        S(["一", "(二)"], ["市市场监督管理局"], ["市市场监督管理局", "区、县(市)"],
          note="「市市场监督管理局负责牵头组织,指导全市以区、县(市)为责任单位」: the lead as written and the districts and counties "
               "named as 责任单位 (the one group 「区、县(市)」 kept whole, as its own bracket reads); " + NODATE),
        S(["二", "(一)"], note="no unit on the page; " + CUT + "; " + NODATE),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["3 leaves on the page: 一/(一), 一/(二), 二/(一) (cut); 2 without the cut item",
            "「省市场监管局等15个部门」 counts the authors of the province's document; 「十条举措」 is a title: neither is a target"])

# ---------------------------------------------------------------------------------------------------------
ROWS03 = "an unnumbered row of the table (工作目标任务 | 完成时间 | 牵头部门 | 配合部门): the 牵头部门 cell is the lead, the lead and the 配合部门 cell the responsible units"
YEAR03 = "「年内」: within 2007 (the 2007 responsibility book the table divides, the notice of 2007-08-12)"
plan(F03,
     title="近期防震减灾工作目标管理责任分解表",
     title_note="the table's own title (line 4); the cover notice's title is not on the page (it starts at the addressees)",
     doc_no="", issuer="南通市人民政府 (办公室) (the notice's sender is not on the page; 「经市政府同意」)", date="2007-08-12",
     level="city (Jiangsu, 南通市)",
     source=page_source("https://www.nantong.gov.cn/ntsrmzf/2007ndswq/content/bbdd027b-220f-492f-a3c2-8ceb3ac1c2de.html"),
     style="a cover notice without title and a dated line 二○○七年八月十二日, then a four-column table flattened one cell a line "
           "with 「|」 lines between cells (empty cells as two 「|」 lines); unnumbered rows; two units stacked in one lead cell; "
           "the last row cut inside its 配合 list",
     leaf_tasks=10, count_alternatives=[9], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["制定年度防震减灾工作实施计划"], ["地震局", "财政局"], ["地震局", "财政局", "建设局"], dl="年内", dln="2007-12-31",
          note=ROWS03 + "; two units in one 牵头部门 cell (地震局⏎财政局): both lead; " + YEAR03, **row(F03, "制定年度")),
        S(["启动南通市区震害预测工程项目"], ["地震局"], ["地震局", "发改委", "财政局", "国土局", "建设局", "规划局"], dl="年内",
          dln="2007-12-31", note=ROWS03 + "; " + YEAR03, **row(F03, "启动南通")),
        S(["收集“市区震害预测项目”基础数据资料统计"], ["地震局"], ["地震局"], dl="9月底前", dln="2007-09-30",
          note=ROWS03 + "; the 配合部门 cell 「按市府办通知另行确定」 names no unit (to be fixed later)", **row(F03, "收集")),
        S(["新增监测手段和宏观观测点"], ["地震局"], ["地震局"], dl="年内", dln="2007-12-31",
          note=ROWS03 + "; the 配合部门 cell is empty; " + YEAR03, **row(F03, "新增监测")),
        S(["出台南通市地震监测设施和观测环境保护暂行办法"], ["法制办"], ["法制办", "地震局", "规划局"], dl="年内", dln="2007-12-31",
          note=ROWS03 + "; " + YEAR03, **row(F03, "出台南通")),
        S(["规范重大建设工程抗震设防要求管理"], ["发改委"], ["发改委", "地震局", "规划局", "建设局"], dl="年内", dln="2007-12-31",
          note=ROWS03 + "; " + YEAR03, **row(F03, "规范重大")),
        S(["做好已建重要工程抗震加固工作"], ["建设局"], ["建设局"], dl="年内", dln="2007-12-31",
          note=ROWS03 + "; the 配合部门 cell is empty; " + YEAR03, **row(F03, "做好已建")),
        S(["贯彻省政府苏政办发〔2007〕31号文件精神"], ["建设局"], ["建设局", "地震局", "规划局"], dl="年内", dln="2007-12-31",
          not_targets=[(31, "号")], note=ROWS03 + "; 苏政办发〔2007〕31号 is a document number; " + YEAR03, **row(F03, "贯彻省政府")),
        S(["建设和完善防震减灾科普教育基地"], ["地震局"], ["地震局", "教育局", "科协"], targets=[(2, "所")], dl="年内",
          dln="2007-12-31", note=ROWS03 + "; 「建成2所防震减灾科普示范学校」; " + YEAR03, **row(F03, "建设和完善")),
        S(["加大科普宣传力度"], ["地震局"], ["地震局", "科协", "广电局", "南通日报社", "南通电视台"], targets=[(20, "%")], dl="年内",
          dln="2007-12-31", note=ROWS03 + "; 「普及率达到20%以上」; the 配合部门 list is cut after 「南通」 (a fragment, not a unit); "
          + CUT + "; " + YEAR03, **row(F03, "加大科普")),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["10 rows on the page (the last cut inside its 配合部门 cell); 9 without the cut row",
            "unnumbered rows: each path is the row's first words",
            "《2007年防震减灾工作目标管理责任书》 is the province–city book the table divides; 2007 is a year"])

# ---------------------------------------------------------------------------------------------------------
COLS = ("the 主要责任单位 and 责任单位 columns run together one unit a line: the first unit under the goal is read as the "
        "主要责任单位 (lead), all of them as responsible; lead = [] is accepted too, since the page does not show where one "
        "column ends")
plan(F04,
     title="《广东省妇女发展规划(2011—2020年)》目标责任分解书",
     title_note="lines 7 and 11 (after 「首页 > 纲要规划」)",
     doc_no="", issuer="广东省 (省妇女儿童工作委员会's site; the issuing office is not on the page)", date="(page date 2014-02-12)",
     level="province (广东省)",
     source=page_source("http://www.pwccw.gd.gov.cn/gdsfngh/content/post_11395.html"),
     style="site chrome, the title twice, then a four-column table (领域 | 主要目标 | 主要责任单位 | 责任单位) flattened one cell "
           "a line with blank and one-space lines; the 领域 cells are lost (rows 1.–6. of health, then 1. of education); "
           "sub-goals 「——…」; units one a line with the two unit columns run together; row 2 has a unit group under each "
           "of its sub-goals; the next row cut after its number 「2」",
     leaf_tasks=7, count_alternatives=[8], attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        S(["1"], ["省卫生厅"], ["省卫生厅", "省发改委", "省财政厅", "省人口计生", "省妇联"], targets=[(80, "%"), (90, "%")],
          dl="到2020年", dln="2020", lead_alternatives=[[]],
          note=COLS + "; 「到2020年…筛查率达到80%以上」「到2020年,健康档案建档率达90%」; 「省人口计生」 as printed (a short "
               "name)"),
        S(["2"], ["省卫生厅"], ["省卫生厅", "省人口计生", "省公安厅", "省发改委", "省财政厅", "省工商局", "省质监局",
                              "广东出入境检验检疫局"],
          targets=[(90, "%"), (98, "%")], lead_alternatives=[[]],
          note=COLS + "; three unit groups, one under each sub-goal (merged cells), each led by 省卫生厅: their union; "
               "「15/10万」 is a rate (not asked); " + NODATE),
        S(["3"], ["省计生委"], ["省计生委", "省卫生厅"], lead_alternatives=[[]], note=COLS + "; " + NODATE),
        S(["4"], ["省卫生厅"], ["省卫生厅", "人口计生", "省公安厅", "省妇联"], lead_alternatives=[[]],
          note=COLS + "; 「人口计生」 as printed (without 省); " + NODATE),
        S(["5"], ["省卫生厅"], ["省卫生厅", "省委宣传部", "省教育厅", "省新闻出版", "省总工会", "省妇联", "省科协", "省残联"],
          lead_alternatives=[[]], note=COLS + "; 「省新闻出版」 as printed; " + NODATE),
        S(["6"], ["省体育局"], ["省体育局", "省教育厅", "省总工会", "省妇联"], targets=[(90, "%")], lead_alternatives=[[]],
          note=COLS + "; 「合格率90%以上」; 《国民体质测定标准》 is a standard's title; " + NODATE),
        S(["1"], ["省教育厅"], ["省教育厅", "省人社厅", "省妇联"], lead_alternatives=[[]],
          note="the first row of the next field (妇女与教育; its 领域 cell is lost, so the numbering restarts at 1.); "
               + COLS + "; " + NODATE, **row(F04, "1.", nth=2)),
     ],
     plan_targets=[], phases=[], duties=[],
     notes=["7 leaves: health 1.–6. and education 1.; 8 with the bare 「2」 the page ends on",
            "2011—2020 in the title is the plan's period; 「到2020年」 is row 1's deadline"])

# ---------------------------------------------------------------------------------------------------------
UNIT_LINE = ("a line headed by a unit and a colon (「(n)市X局:负责…」), the item's responsible party as the plan names it "
             "(unit-as-heading, as plans-dev 12 二、 and plans-next51 x51_07/09): lead = [], responsible = [the heading]; "
             + ONE.replace("column", "heading"))
UNITS05 = ["市气象局", "市教育局", "市公安局", "市民政局", "市国土资源局", "市建设局", "市交通局", "市水利局", "市农业局", "市林业局",
           "市行政执法局", "市旅游局"]
samples05 = [S(["(6)"], note="the last item of list 1. (its head, the body's own duties, is on page 1): 「承担市政府赋予的其他任务」 "
               "names no unit; " + NODATE)]
for n, unit in enumerate(UNITS05, start=1):
    extra = ""
    if unit == "市国土资源局":
        extra = "; 气象部门 acts with it in a sentence (会同), not a unit of the item"
    if n == 12:
        extra = "; " + CUT
    samples05.append(S(["2", f"({n})"], [], [unit], lead_alternatives=[[unit]], note=UNIT_LINE + extra + "; " + NODATE))
plan(F05,
     title_note="NOT CHECKED: the stored page is page 2 of a law mirror's paged copy (lar 169374, _2) and starts inside list 1.; "
                "the document's title is not on it (a city's document on meteorological disasters: 市气象局 … 市旅游局)",
     doc_no="", issuer="a city government (not named)", date="(not on the page)", level="city (not named)",
     source=page_source("http://www.fymate.net/html/text/lar/169374/16937446_2.html"),
     style="page 2: 「(6)承担市政府赋予的其他任务。」 (the last of list 1.), then 「2.成员单位职责:」 and twelve lines "
           "「(n)市X局:负责…」 (one, 市国土资源局, starting 「提供…」 without 负责); (12) cut",
     leaf_tasks=13, count_alternatives=[12], attachment_task_rows=0, childless_top_level_sections=[],
     samples=samples05,
     plan_targets=[], phases=[], duties=[],
     notes=["13 leaves on the page: 1./(6) and 2./(1)–(12) ((12) cut); 12 without the cut item or without list 1.'s tail",
            "the page shows duties by unit, no figures and no dates"])

# round 50, second wave (w50a): items of 总体要求 stating aims, principles or goals are no tasks in a plan naming units
# (CONVENTIONS.md "Round 49 rulings", governs; round 27) — samples dropped, count without them (README, "Round 50:
# aims aligned")
from expected_tools import align56_aims  # noqa: E402

align56_aims('x57_02', [['一', '(一)']],
             '一/(一)基本原则 「深入贯彻党的二十大精神,以落实《条例》为主线…」 states a stance and gives no work (Round 49, governs: no task in '
             "any plan), and the plan names a unit (一/(二) 市市场监督管理局 牵头): plans-dev 07's count with its aims is a pla"
             'n naming no units',
             2, [])
write_collected(DIR)
