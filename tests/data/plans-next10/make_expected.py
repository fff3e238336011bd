# ruff: noqa: E501  (answers hold long Chinese strings; wide characters count double)
"""Builds tests/data/plans-next10/expected.json from the hand-written answers below.

These plans are a never-tuned set of round 13 (built by corpusO): never tune the parser on them (see README.md).
Only `line` and `title_starts` are looked up in the text (by ``locate`` of ../plans/expected_tools.py, or by
``row_in_table`` (expected_tools.row_in_table_in) for z03, whose task table is headed 「附表1」, not 「附件」); every answer was written here by
reading the texts. Neither the parser nor the scorer was run on this set by its builder: the lead scores it first.

    python tests/data/plans-next10/make_expected.py tests/data/plans-next10
"""
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plans"))
from expected_tools import (  # noqa: E402
    NODATE,
    ONE,
    S,
    plan,
    row_in_table_in,
    write_collected,
)

DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

REPO = "GitHub zhiyao87/Shanghai-Gov-Docs-Index"
C19 = "19e51bcbbf7d8f9d43ed3b35798b11d98de85295"
WHOLE = ("the stored text (read with read_file); only the repository's wrapper was removed (YAML front matter, the two "
         "`>` disclaimer lines and the blank lines around them, the `# ` marker before the notice title); the "
         "stored file as typed had the character count read_file gives")
PROSE = ("no unit is named for the item as a label (the actors in the text — 各区发展改革委, 电网企业, 市电力公司, 开发企业 … — "
         "act in sentences): lead = [], responsible = []")
RESP = "「（责任单位：…）」 at the end of the item: a responsible list, no lead named; split on 、"
NOTICE_TASKS = ("a notice whose numbered items give named parties work to do (taken as a plan, see README): the top-level "
                "items 一、–… are its tasks (as plans-dev 03's 一、–三十、)")


def src(path, url, chars):
    return f"{REPO} @ {C19}, docs/绿色低碳与节能/{path} (official page {url}) — {WHOLE} ({chars})"


def P(path, targets=(), note="", **kw):
    """An item that names no unit (prose actors only)."""
    return S(path, [], [], targets, note=(note + "; " if note else "") + PROSE, **kw)


def U(path, units, targets=(), note="", **kw):
    """An item whose units are labelled: a responsible list without a named lead (a single unit as lead accepted)."""
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        note = (note + "; " if note else "") + ONE
    return S(path, [], list(units), targets, note=note, **kw)


row_in_table = partial(row_in_table_in, DIR)     # z03: the task table is headed 附表1


# ---------------------------------------------------------------------------------------------------------
Z01 = "z01_shanghai-fagaiwei-2025-xiaoyuan-guoqi-changzhi-guangfu-kaifa-jianshe-tongzhi.txt"

plan(Z01,
     title="关于加快推进上海校园和国有企业场址光伏开发建设的通知",
     title_note="the notice is the document (no plan title of its own)",
     doc_no="沪发改能源〔2025〕96号",
     issuer="上海市发展和改革委员会 with 上海市教育委员会 and 上海市国有资产监督管理委员会 (joint signature)",
     date="2025-04-30", level="city bureaus (Shanghai, 市发展改革委, 市教委, 市国资委)",
     source=src("关于加快推进上海校园和国有企业场址光伏开发建设的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=0b655fd3da2e4c11989cef38a9bbb88a&siteId=0025", 1718),
     style="city notice of three bureaus: addressees, a preamble citing four documents with their numbers, then four "
           "items 「一、heading。text」 each one paragraph; actors in sentences (各区发展改革委、教育局、国资委; 各学校和国有企业; "
           "市发展改革委、市教委、市国资委); a period 「2025-2027年」, a goal year 「2027年前」 and a day without a year 「于6月15日前」 "
           "(the year from the signature, 2025年4月30日; the index dates it 2025-05-16)",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], dl="2027年前", dln="2027",
          note="「2027年前实现“宜装尽装”」 ends the item: the goal's year (doubtful: 「2027年前」 read as 2026 by a strict "
               "reader; 2027 is what the plan's 2025-2027 action plan runs to); 「制定2025-2027年光伏开发专项行动计划」 is a period"),
        P(["二"], note=NODATE),
        P(["三"], note="《建筑节能与可再生能源利用通用规范》（GB55015-2021） is a standard's number; " + NODATE),
        P(["四"], dl="于6月15日前", dln="2025-06-15",
          note="「于6月15日前按管理条线分别向市、区两级教育、国资部门报备」: the year is the notice's (signed 2025年4月30日); "
               "市发展改革委、市教委、市国资委 统筹 in a sentence (prose)"),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "学校和国有企业加快资源摸排和三年行动计划制定，按管理条线分别向市、区两级教育、国资部门报备，发展改革部门做好汇总",
              "when": "于6月15日前", "when_norm": "2025-06-15"}],
     notes=["counting: 一、–四、 are the notice's four tasks = 4",
            NOTICE_TASKS,
            "「宜装尽装」 (install wherever suitable) is a goal without a figure: no target"])

# ---------------------------------------------------------------------------------------------------------
Z02 = "z02_shanghai-liangchuju-2025-liangcang-guangfu-jianshe-shishi-fangan.txt"

plan(Z02,
     title="上海市粮仓光伏建设实施方案（关于印发《上海市粮仓光伏建设实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title: either is accepted",
     doc_no="沪粮仓〔2025〕18号",
     issuer="上海市发展和改革委员会 and 上海市粮食和物资储备局 (joint signature; the index names 市粮食和物资储备局)",
     date="2025-02-28", level="city bureaus (Shanghai, 市发展改革委 and 市粮食物资储备局)",
     source=src("关于印发《上海市粮仓光伏建设实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=15f17483fbae4b37963cbc9be9a46c20&siteId=0021", 2105),
     style="city implementation plan: the notice title twice (heading and first line), the document number on its own line, "
           "a two-bureau signature; 一、工作目标 a paragraph with the plan's figures (50%以上, 不低于30%, 到2027年 1.5万千瓦以上); "
           "二、重点任务 （一）–（五） heading lines each followed by a paragraph; 三、项目实施条件 an intro line and 1.–5. "
           "conditions ending 「；」; 四、保障措施 （一）–（四） 「heading。text」; 附件 line (the attachment is not stored); no "
           "units as labels, no dates in the items",
     leaf_tasks=14, count_alternatives=[9, 15], attachment_task_rows=0, childless_top_level_sections=["一、工作目标"],
     samples=[
        P(["二", "（一）"], note="各区 acts in a sentence; " + NODATE),
        P(["二", "（二）"], note=NODATE),
        P(["二", "（三）"], note=NODATE),
        P(["二", "（四）"], note="「电网企业应…」 (prose); " + NODATE),
        P(["二", "（五）"], note=NODATE),
        P(["三", "1"], note="「1500平方米以上」 is a condition a site must meet (neither target nor not-target is checked); " + NODATE),
        P(["三", "2"], note="「2010年以后新建」 is a condition (a year of building), not a deadline; 0.35kN/m2 and 20年 are "
                            "conditions (not checked); " + NODATE),
        P(["三", "3"], note=NODATE),
        P(["三", "4"], note=NODATE),
        P(["三", "5"], note=NODATE),
        P(["四", "（一）"], note="各区行业主管部门、有关涉粮企业 act in a sentence; " + NODATE),
        P(["四", "（二）"], not_targets=[(7, "号"), (104, "号")],
          note="「国能发新能规〔2025〕7号」, 「国能发新能规〔2022〕104号」 are document numbers; " + NODATE),
        P(["四", "（三）"], note=NODATE),
        P(["四", "（四）"], note=NODATE),
     ],
     plan_targets=[{"number": 50, "unit": "%"}, {"number": 30, "unit": "%"}, {"number": 1.5, "unit": "万千瓦"}],
     phases=[], duties=[],
     notes=["counting: 二、 （一）–（五） 5, 三、 1.–5. 5, 四、 （一）–（四） 4 = 14; 9 accepted if 三、's five conditions are "
            "read as conditions, not tasks; 15 if 一、工作目标 is read as a task",
            "一、工作目标 holds the plan's figures: new granaries 50%以上 roof coverage, rebuilt ones 不低于30%, 1.5万千瓦以上 by 2027 "
            "(plan targets; 「到2027年」 is the goal's year, in a section that is not a task)",
            "「附件：上海市粮仓光伏建设情况」 names an attachment the repository does not store"])

# ---------------------------------------------------------------------------------------------------------
Z03 = "z03_shanghai-jiaotongwei-2023-jiaotong-lingyu-guangfu-tuiguang-yingyong-shishi-fangan.txt"

SHENTONG = ["申通地铁集团"]
RAIL = ["中国铁路上海局"]
AIR = ["机场集团", "各航空公司"]
BUS = ["久事集团", "市道路运输局", "各区政府"]
ROAD = ["城投集团", "市道路运输局", "各区政府"]
HIGHWAY = ["各项目公司", "市道路运输局"]
PARK = ["各交通行业企业", "市道路运输局"]
OTHER = ["各交通行业企业", "市道路运输局", "市邮政管理局"]
STOCK = ["市交通委", "市道路运输局", "各区政府"]
EVAL = ["市发展改革委", "市交通委"]
ROW = ("row of 附表1 任务分工表 (序号 | 事项 | 工作措施 | 责任单位, one cell a line; the lines 「推进实施“光伏+”示范工程」 and "
       "「建立健全“光伏+”推进机制」 are group headings, not rows): 责任单位 names no lead, so lead = [] and responsible = the "
       "cell's list; 事项 is printed only on a group's first row")
MERGED = "the row has no 责任单位 cell: merged with the rows above, whose units it takes (doubtful: a reader may leave it empty)"


def R(n, units, targets=(), merged=False, note="", **kw):
    """Row n of 附表1: path 附件/n like every attached task table."""
    notes = [ROW]
    if merged:
        notes.append(MERGED)
    if len(units) == 1:
        kw["lead_alternatives"] = [list(units)]
        notes.append(ONE)
    if note:
        notes.append(note)
    if "skip_deadline" not in kw and "dln" not in kw:
        notes.append(NODATE)
    return S(["附件", str(n)], [], list(units), targets, note="; ".join(notes), **row_in_table(Z03, "附表1", n), **kw)


plan(Z03,
     title="上海交通领域光伏推广应用实施方案（上海市交通委员会、上海市发展和改革委员会关于印发《上海交通领域光伏推广应用实施方案》的通知）",
     title_note="the plan's title after the cover, or the notice title (its first line; on the cover it is broken after the issuers): either is accepted",
     doc_no="沪交科〔2023〕429号 (from the index; the stored text prints no number)",
     issuer="上海市交通委员会 and 上海市发展和改革委员会 (joint signature on one line)",
     date="2023-06-15", level="city bureaus (Shanghai, 市交通委 with 市发展改革委)",
     source=src("上海市交通委员会、上海市发展和改革委员会关于印发《上海交通领域光伏推广应用实施方案》的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=1158498252d74a60a178254be594a432&siteId=0010", 11335),
     style="city implementation plan of two bureaus: the cover's title broken after the issuers, the signature 「上海市交通委员会    "
           "上海市发展和改革委员会」 on one line with spaces; 一、总体要求 （一）指导思想 / （二）基本原则 (three 「——坚持…」 "
           "paragraphs) / （三）发展目标 (「近期目标：到2025年…120MW…180MW…50%」, 「远期目标：到2035年」); 二、主要任务 （一）–（三） "
           "heading lines with an intro paragraph each, items 1.–9., 1.–8., 1.–8. 「1.“光伏+地铁”工程。…（责任单位：…）」 (（二）'s "
           "items have no units); 三、保障措施 （一）–（三） 「heading。text」; 「附表：1.任务分工表」 and three tables flattened one cell "
           "a line: 附表1 a 48-row task table (序号 | 事项 | 工作措施 | 责任单位, merged 事项 and 责任单位 cells), 附表2 and 附表3 "
           "allocation tables (MW ranges by trade and by district)",
     leaf_tasks=31, task_section_leaves=28, count_alternatives=[25, 73], attachment_task_rows=48,
     childless_top_level_sections=[],
     samples=[
        U(["二", "（一）", "1"], SHENTONG, [(50, "%")], note=RESP + "; 「屋顶光伏覆盖面积达到50%」; " + NODATE),
        U(["二", "（一）", "2"], RAIL, note=RESP + "; " + NODATE),
        U(["二", "（一）", "3"], AIR, note=RESP + "; " + NODATE),
        U(["二", "（一）", "4"], BUS, [(50, "%")], skip_deadline=True,
          note=RESP + "; 「到2025年，新建或改建…屋顶光伏覆盖率超过50%」: the target's year; whether it is the item's deadline is a reading (not checked)"),
        U(["二", "（一）", "5"], ["上港集团", "市交通委", "市水务局", "各区政府"], note=RESP + "; " + NODATE),
        U(["二", "（一）", "6"], ROAD, note=RESP + "; " + NODATE),
        U(["二", "（一）", "7"], HIGHWAY, note=RESP + "; 「各项目公司」 a group (the highway companies); " + NODATE),
        U(["二", "（一）", "8"], PARK, note=RESP + "; " + NODATE),
        U(["二", "（一）", "9"], OTHER, note=RESP + "; " + NODATE),
        P(["二", "（二）", "1"], skip_deadline=True,
          note="（二）'s intro says 「力争于2023年底前…形成…典型应用场景」 for all eight scenes: whether the items inherit it is a reading (not checked)"),
        P(["二", "（二）", "2"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        P(["二", "（二）", "3"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        P(["二", "（二）", "4"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        P(["二", "（二）", "5"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        P(["二", "（二）", "6"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        P(["二", "（二）", "7"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        P(["二", "（二）", "8"], skip_deadline=True, note="（二）'s 2023年底前 (see item 1): not checked"),
        U(["二", "（三）", "1"], ["市交通委", "市经济信息化委", "各区政府", "各项目实施主体"], note=RESP + "; " + NODATE),
        U(["二", "（三）", "2"], ["市交通委", "市住房城乡建设管理委", "市发展改革委", "市市场监管局"], note=RESP + "; " + NODATE),
        U(["二", "（三）", "3"], ["市发展改革委", "市住房城乡建设管理委", "市交通委", "市财政局", "市生态环境局", "市水务局", "民航华东管理局", "市规划资源局", "各区政府"],
          note=RESP + "; nine units; the two 扶持办法 are named by title only; " + NODATE),
        U(["二", "（三）", "4"], ["市交通委", "各区政府", "各项目实施主体"], note=RESP + "; " + NODATE),
        U(["二", "（三）", "5"], ["市发展改革委", "市住房城乡建设管理委", "市交通委", "各区政府", "民航华东管理局", "中国铁路上海局"],
          note=RESP + "; 「报市交通委」 is a report's address, in a sentence (see duties); " + NODATE),
        U(["二", "（三）", "6"], STOCK, note=RESP + "; 「公交品质提升三年行动计划」 names another plan; " + NODATE),
        U(["二", "（三）", "7"], ["市电力公司", "市发展改革委", "市交通委"], note=RESP + "; " + NODATE),
        U(["二", "（三）", "8"], EVAL, note=RESP + "; 「建立定期报告制度」 (see duties); " + NODATE),
        P(["三", "（一）"], note="「成立由市交通委牵头，市发展改革委、…、市电力公司等部门共同参与的推进机制」: the mechanism's lead in a "
                                "sentence (prose; doubtful: a reader may take 市交通委 as the item's lead and the list as its units); " + NODATE),
        P(["三", "（二）"], note=NODATE),
        P(["三", "（三）"], note="电网企业, 光伏运营企业, 保险公司 act in sentences; " + NODATE),
        R(1, SHENTONG),
        R(2, SHENTONG, [(50, "%")], merged=True),
        R(3, SHENTONG, merged=True),
        R(4, SHENTONG, merged=True, not_targets=[(15, "号线"), (3, "号线"), (5, "号线")],
          note="「*」 marks a named project; 「15号线」, 「3号线」, 「5号线」 are metro lines' names"),
        R(5, RAIL),
        R(8, RAIL, merged=True),
        R(9, AIR),
        R(12, AIR, merged=True, not_targets=[(80, "号")], note="「6#地块」, 「P4停车库」, 「申达五路80号」 are names and an address"),
        R(13, BUS, [(50, "%")], skip_deadline=True,
          note="「到2025年…覆盖率超过50%」: the target's year; as the item's deadline a reading (not checked)"),
        R(15, BUS, merged=True),
        R(16, ["上港集团", "市交通委", "市水务局", "各区政府"]),
        R(17, ["市交通委", "市水务局", "各区政府"], note="the row names its own units (without 上港集团), under row 16's merged 事项"),
        R(18, ["上港集团"]),
        R(19, ROAD),
        R(21, ROAD, merged=True),
        R(22, ROAD, merged=True),
        R(23, HIGHWAY),
        R(25, HIGHWAY, merged=True),
        R(26, PARK),
        R(27, PARK, merged=True),
        R(28, OTHER),
        R(29, OTHER, merged=True),
        R(30, ["市交通委", "市经济信息化委"]),
        R(31, ["市交通委", "市经济信息化委", "各项目实施主体"]),
        R(32, ["市交通委", "市经济信息化委", "各区政府"]),
        R(33, ["市交通委", "市住房城乡建设管理委", "市发展改革委", "市市场监管局"]),
        R(34, ["市发展改革委", "市住房城乡建设管理委", "市交通委"]),
        R(35, ["各区政府"]),
        R(36, ["市发展改革委", "市住房城乡建设管理委", "市交通委", "市财政局", "各区政府"]),
        R(37, ["市发展改革委", "市住房城乡建设管理委", "市交通委", "市水务局", "民航华东管理局", "市规划资源局", "各区政府"]),
        R(38, ["市生态环境局", "市发展改革委", "市交通委"]),
        R(39, ["市发展改革委"]),
        R(40, ["市交通委", "各区政府", "各项目实施主体"]),
        R(41, ["市发展改革委", "市住房城乡建设管理委", "市交通委", "各区政府", "民航华东管理局", "中国铁路上海局"]),
        R(42, STOCK),
        R(43, STOCK, merged=True, note="「公交品质提升三年行动计划」 names another plan"),
        R(44, STOCK, merged=True),
        R(45, ["市电力公司", "市发展改革委", "市交通委"]),
        R(46, EVAL),
        R(47, EVAL, merged=True),
        R(48, EVAL, merged=True, note="the table's last row; 附表2 follows"),
     ],
     plan_targets=[{"number": 120, "unit": "MW"}, {"number": 180, "unit": "MW"}, {"number": 50, "unit": "%"}],
     phases=[],
     duties=[{"what": "加强对交通领域光伏推广应用情况跟踪，建立定期报告制度，全面掌握发展情况", "when": "定期", "when_norm": None},
             {"what": "对不建设光伏发电系统的交通工程项目，需将不建设合理理由说明并报市交通委", "when": "not stated", "when_norm": None}],
     notes=["counting: 一、 （一）–（三） 3, 二、 9 + 8 + 8 = 25, 三、 （一）–（三） 3 = 31; 28 without 一、总体要求 (指导思想, 基本原则, "
            "发展目标 are not work); 25 if only 二、's items are tasks; with 附表1's 48 rows 79, 76 or 73",
            "附表1's rows restate 二、（一） and （三）'s items (not （二）'s scenes) split finer; a row without a 责任单位 cell "
            "takes the cell above it (merged cells of the flattened table), the same for 事项",
            "附表2 (9 trades × 十四五装机计划 MW ranges, with 责任单位) and 附表3 (16 districts × MW ranges, 示范工程, 典型场景) are "
            "allocation tables of figures, not tasks: no rows counted, nothing checked in them",
            "the plan targets are 一、（三）发展目标's 近期目标: 120MW 确保, 180MW 力争, new transport buildings' roofs 不低于50%",
            "the stored text prints no document number; 沪交科〔2023〕429号 is the index's. Signed 2023年6月15日, published 2023-06-27"])

# ---------------------------------------------------------------------------------------------------------
Z04 = "z04_shanghai-fagaiwei-2023-fengdian-guangfu-kaifa-jianshe-youguan-shixiang-tongzhi.txt"

plan(Z04,
     title="关于做好2023年风电、光伏发电开发建设有关事项的通知",
     title_note="the notice is the document (no plan title of its own)",
     doc_no="沪发改能源〔2023〕80号", issuer="上海市发展和改革委员会",
     date="2023-03-28", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于做好2023年风电、光伏发电开发建设有关事项的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=f7df427462464a35bc0edc35c45fa7b5&siteId=0025", 2282),
     style="city bureau's yearly notice: six items 一、–六、, each a heading line then one or four paragraphs (二、 four "
           "paragraphs opening 「全力推进…。」 「高水平开发…。」 「全面实施…。」 「高标准完成…。」, not numbered); document numbers "
           "in brackets throughout; 「年内」 and 「至2023年底」; 五、 monthly reporting; 附件 list of two before the signature",
     leaf_tasks=6, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], not_targets=[(6, "兆瓦")],
          note="「装机容量6兆瓦及以上的全额上网光伏项目」 defines which projects the rule covers (a threshold, not a target); "
               "市发展改革委 / 各区发展改革委 act in sentences; " + NODATE),
        P(["二"], dl="至2023年底", dln="2023",
          note="「陆上风电年内核准，光伏电站年内开工」 (the notice's year) and 「至2023年底各类屋顶安装光伏比例达到国家试点要求」: "
               "the item's dates are all in 2023 (any 2023 date accepted); 金山一期… are project names; 「21个整街道（镇）」 counts "
               "pilots already named (not checked)"),
        P(["三"], note="市电力公司 acts in a sentence; " + NODATE),
        P(["四"], note=NODATE),
        P(["五"], not_targets=[(17, "号")],
          note="「按月」 is a rhythm (see duties), not a deadline; 「国能综通新能〔2023〕17号」 a document number; " + NODATE),
        P(["六"], note="「市发展改革委将适时通报」 (prose); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区发展改革委、市电力公司按月向我委报送风电、光伏发电开发建设和发电量数据", "when": "按月", "when_norm": "monthly"},
             {"what": "市电力公司按月汇总并向国家能源局报送全市户用光伏项目信息", "when": "按月", "when_norm": "monthly"}],
     notes=["counting: 一、–六、 = 6 (the unnumbered paragraphs of 二、 belong to it)",
            NOTICE_TASKS,
            "the notice is signed 2023年3月28日 (the index dates it 2023-03-30); the 附件 (申报实施细则, 申报函) are not stored"])

# ---------------------------------------------------------------------------------------------------------
Z05 = "z05_shanghai-fagaiwei-2026-lushang-fengdian-guangfu-dianzhan-kaifa-jianshe-fangan-tongzhi.txt"

plan(Z05,
     title="关于印发上海市2026年陆上风电、光伏电站开发建设方案的通知",
     title_note="the notice is the document: the 方案 it issues is a project list (附件) the repository does not store",
     doc_no="沪发改能源〔2026〕137号", issuer="上海市发展和改革委员会",
     date="2026-07-13", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于印发上海市2026年陆上风电、光伏电站开发建设方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=27ca3c27046b414992b0182cf8ed47a8&siteId=0025", 1555),
     style="city bureau's notice publishing the year's project list: four items 「一、heading。text」 each one paragraph; "
           "scales in 万千瓦 with three decimals; deadlines 「2027年6月前」 for approval and for starting work; actors in "
           "sentences (各开发企业, 电网企业, 各区发展改革委和相关管委会, 市电力公司)",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], [(34.531, "万千瓦"), (145.385, "万千瓦")], dl="2027年6月前", dln="2027-05",
          note="aligned round 33: 「N月前」 is before month N (plans-dev 11 「6月前」 → the month before, EXPECTED.md line 384; as plans-next14 reads 「6月前」/「9月前」) — was 2027-06; 「本年度全市拟推进的陆上风电规模34.531万千瓦、光伏电站规模145.385万千瓦」; 「确保陆上风电2027年6月前核准…其他光伏电站2027年6月前开工」"),
        P(["二"], not_targets=[(650, "号")], note="「发改能源〔2025〕650号」 a document number; " + NODATE),
        P(["三"], note=NODATE),
        P(["四"], note="「应及时向我委报备」 (see duties); " + NODATE),
     ],
     plan_targets=[{"number": 34.531, "unit": "万千瓦"}, {"number": 145.385, "unit": "万千瓦"}],
     phases=[],
     duties=[{"what": "各区发展改革委或相关管委会应及时向我委报备项目信息变更", "when": "及时", "when_norm": None}],
     notes=["counting: 一、–四、 = 4", NOTICE_TASKS,
            "z07 is the same office's notice of 2025 in the same words with other figures and dates (both taken, in index order)"])

# ---------------------------------------------------------------------------------------------------------
Z06 = "z06_shanghai-fagaiwei-2025-2026nian-kezaisheng-nengyuan-zhuanxiang-zijin-shenbao-bofu-tongzhi.txt"
SEMI = "twice in the year: the item's deadline is a reading (not checked); see duties"

plan(Z06,
     title="关于做好2026年可再生能源和新能源专项资金奖励项目申报和资金拨付工作的通知",
     title_note="the notice is the document",
     doc_no="沪发改能源〔2025〕249号", issuer="上海市发展和改革委员会",
     date="2025-12-12", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于做好2026年可再生能源和新能源专项资金奖励项目申报和资金拨付工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=254cbaecdcf84aa192176a61f5cb86f8&siteId=0025", 1819),
     style="city bureau's notice for the next year's subsidy round: four items, each a heading line and one or two "
           "paragraphs; twice-yearly deadlines 「于2026年2月和8月底前」, 「于2026年2月底和8月底前」; relative limits 「在1个月内」, "
           "「在一个月内」, 「在3个工作日内」; a URL in brackets; 附件 list before the signature",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], skip_deadline=True, note="「于2026年2月和8月底前…线上初审，并将初审意见和目录清单报送我委」: " + SEMI),
        P(["二"], skip_deadline=True, not_targets=[(136, "号"), (7, "号")],
          note="「于2026年2月底和8月底前…报送我委」: " + SEMI + "; 「沪发改能源〔2016〕136号」, 「沪发改规范〔2020〕7号」 are document numbers"),
        P(["三"], note="「在3个工作日内完成初审」 is a limit counted from each application, no date: no deadline (as plans-dev 03's "
                       "「在两年之内」); 「1-2月和7-8月」 name months of application; the URL is an address"),
        P(["四"], note="「2026年是本轮《办法》扶持有效期范围最后一年」 states the rule's validity, not a deadline; " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区发展改革委将截至申报日的可再生能源项目进行线上初审，并将初审意见和目录清单报送我委",
              "when": "于2026年2月和8月底前", "when_norm": "semiannual (by 2026-02 and by the end of 2026-08)"},
             {"what": "电网企业将截至申报日的项目实际发电量和应奖励金额报送我委",
              "when": "于2026年2月底和8月底前", "when_norm": "semiannual (by the end of 2026-02 and of 2026-08)"},
             {"what": "第三方机构应在1个月内将审核结果书面报送我委", "when": "在1个月内", "when_norm": None}],
     notes=["counting: 一、–四、 = 4", NOTICE_TASKS,
            "z08 is the 2025 round's notice of the same office, nearly the same words with other dates"])

# ---------------------------------------------------------------------------------------------------------
Z07 = "z07_shanghai-fagaiwei-2025-lushang-fengdian-guangfu-dianzhan-kaifa-jianshe-fangan-tongzhi.txt"

plan(Z07,
     title="关于印发上海市2025年陆上风电、光伏电站开发建设方案的通知",
     title_note="the notice is the document: the 方案 it issues is a project list (附件) the repository does not store",
     doc_no="沪发改能源〔2025〕112号", issuer="上海市发展和改革委员会",
     date="2025-06-10", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于印发上海市2025年陆上风电、光伏电站开发建设方案的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=5c450e51be8744c197633a9bcd61b5fa&siteId=0025", 1468),
     style="the 2025 notice of z05's kind: four items 「一、heading。text」; item 一 with two scales and three dates "
           "(「力争陆上风电2026年6月前核准，海上光伏…2025年10月前开工，其他光伏电站2026年6月前开工」); 项目立项单位 instead of 各区发展改革委",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], [(33.091, "万千瓦"), (146.877, "万千瓦")], dl="2026年6月前", dln="2026-05",
          other_deadlines=[{"deadline": "2025年10月前", "deadline_norm": "2025-09"}],
          note="aligned round 33: 「N月前」 is before month N (plans-dev 11 「6月前」 → the month before, EXPECTED.md line 384; as plans-next14 reads 「6月前」/「9月前」) — was 2026-06 (other 2025-10); two kinds of project by 2026年6月前, offshore PV by 2025年10月前: the item's last date is its deadline "
               "(doubtful: a reader may take the first date printed)"),
        P(["二"], not_targets=[(650, "号")], note="「发改能源〔2025〕650号」 a document number; " + NODATE),
        P(["三"], note=NODATE),
        P(["四"], note="「项目立项单位应及时向我委报备」 (see duties); " + NODATE),
     ],
     plan_targets=[{"number": 33.091, "unit": "万千瓦"}, {"number": 146.877, "unit": "万千瓦"}],
     phases=[],
     duties=[{"what": "项目立项单位应及时向我委报备项目信息变更", "when": "及时", "when_norm": None}],
     notes=["counting: 一、–四、 = 4", NOTICE_TASKS,
            "「沪发改能源〔2025〕17号」 in the preamble is a document number"])

# ---------------------------------------------------------------------------------------------------------
Z08 = "z08_shanghai-fagaiwei-2025-kezaisheng-nengyuan-zhuanxiang-zijin-shenbao-bofu-tongzhi.txt"

plan(Z08,
     title="关于做好2025年可再生能源和新能源专项资金奖励项目申报和资金拨付工作的通知",
     title_note="the notice is the document",
     doc_no="沪发改能源〔2025〕31号", issuer="上海市发展和改革委员会",
     date="2025-02-20", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于做好2025年可再生能源和新能源专项资金奖励项目申报和资金拨付工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=b00a81ca351b4d2696f75e8e45b94282&siteId=0025", 1475),
     style="the 2025 notice of z06's kind: four items, each a heading line and one paragraph; twice-yearly deadlines "
           "「于2025年3月10日和8月底前」 and 「于2025年4月底和10月底前」; 「在一个月内」; a URL in brackets",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], skip_deadline=True, note="「于2025年3月10日和8月底前…报送我委」: " + SEMI),
        P(["二"], skip_deadline=True, note="「于2025年4月底和10月底前…报送我委」: " + SEMI + "; 「在一个月内转付」 a limit without a date"),
        P(["三"], note="the URL is an address; " + NODATE),
        P(["四"], note=NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区发展改革委将截至申报日的可再生能源项目进行线上初审，并将初审意见和目录清单报送我委",
              "when": "于2025年3月10日和8月底前", "when_norm": "semiannual (by 2025-03-10 and by the end of 2025-08)"},
             {"what": "电网企业将截至申报日的项目实际发电量和应奖励金额报送我委",
              "when": "于2025年4月底和10月底前", "when_norm": "semiannual (by the end of 2025-04 and of 2025-10)"}],
     notes=["counting: 一、–四、 = 4", NOTICE_TASKS])

# ---------------------------------------------------------------------------------------------------------
Z09 = "z09_shanghai-fagaiwei-2024-kezaisheng-nengyuan-zhuanxiang-zijin-shenbao-bofu-tongzhi.txt"

plan(Z09,
     title="关于做好2024年可再生能源和新能源专项资金奖励项目申报和资金拨付工作的通知",
     title_note="the notice is the document",
     doc_no="沪发改能源〔2024〕20号", issuer="上海市发展和改革委员会",
     date="2024-01-30", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于做好2024年可再生能源和新能源专项资金奖励项目申报和资金拨付工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=46d9b2a193a942ba8192f3e55a0da62c&siteId=0025", 1435),
     style="the 2024 notice of z06's and z08's kind: four items, each a heading line and one paragraph; twice-yearly "
           "deadlines 「于2024年2月底、8月底前」 (、 between the two) and 「于2024年4月底和10月底前」; 「在三个工作日内」 in words",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["一"], skip_deadline=True, note="「于2024年2月底、8月底前…报送我委」: " + SEMI),
        P(["二"], skip_deadline=True, note="「于2024年4月底和10月底前…报送我委」: " + SEMI),
        P(["三"], note="「供电公司应在三个工作日内完成线上初审」 is a limit counted from each application, no date: no deadline; the URL is an address"),
        P(["四"], note=NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区发展改革委将截至申报日的可再生能源项目进行线上初审，并将初审意见和目录清单报送我委",
              "when": "于2024年2月底、8月底前", "when_norm": "semiannual (by the end of 2024-02 and of 2024-08)"},
             {"what": "电网企业将截至申报日的项目实际发电量和应奖励金额报送我委",
              "when": "于2024年4月底和10月底前", "when_norm": "semiannual (by the end of 2024-04 and of 2024-10)"}],
     notes=["counting: 一、–四、 = 4", NOTICE_TASKS,
            "signed 2024年1月30日 (the index dates it 2024-02-01)"])

# ---------------------------------------------------------------------------------------------------------
Z10 = "z10_shanghai-fagaiwei-2023-kezaisheng-nengyuan-zhuanxiang-zijin-xianshang-shenbao-shidian-tongzhi.txt"

plan(Z10,
     title="关于开展上海市可再生能源和新能源发展专项资金扶持项目线上申报试点工作的通知",
     title_note="the notice is the document",
     doc_no="沪发改能源〔2023〕174号", issuer="上海市发展和改革委员会",
     date="2023-07-06", level="city bureau (Shanghai, 市发展改革委)",
     source=src("关于开展上海市可再生能源和新能源发展专项资金扶持项目线上申报试点工作的通知.md",
                "https://www.shanghai.gov.cn/zhengce/detail?businessId=910b8d2d4dcd4873a43f6b85759799b0&siteId=0025", 1426),
     style="city bureau's notice of a pilot: four top-level items numbered 1.–4. 「1.关于申报范围。…」 (Arabic numbers at the "
           "top level, no 一、); 3. 进度安排 with days without a year (「7月31日前」, 「8月10日前」, 「8月31日」; the year from the "
           "notice, 2023年7月6日); 4. with 「一是…二是…」 inside; a URL run into the text; 附件 list of three",
     leaf_tasks=4, attachment_task_rows=0, childless_top_level_sections=[],
     samples=[
        P(["1"], note="「截至2023年6月30日前并网发电」 defines which projects may apply (a cut-off of the scope), not a deadline of "
                      "the work (doubtful: a reader may take it as a date); the URL is an address; " + NODATE),
        P(["2"], note="「关于职责分工」: 供电公司, 区发展改革委, 市发展改革委 are given parts in sentences (prose; doubtful: a reader "
                      "may read units out of a 职责分工 item); " + NODATE),
        P(["3"], dl="8月31日", dln="2023-08",
          other_deadlines=[{"deadline": "7月31日前", "deadline_norm": "2023-07-31"}, {"deadline": "8月10日前", "deadline_norm": "2023-08-10"}],
          note="three parties' dates in 2023 (the notice's year): 7月31日前, 8月10日前, 8月31日; the item's last date is its "
               "deadline (any August 2023 date accepted; doubtful: a reader may take the first, 7月31日); 「三个工作日内」 a limit"),
        P(["4"], [(5, "个")], not_targets=[(1, "兆瓦")],
          note="「按照一定比例要求（原则上不少于5个…）随机现场确认」: at least 5 projects checked on site; 「装机超过1兆瓦光伏项目」 "
               "says which projects are checked one by one (a threshold, not a target); " + NODATE),
     ],
     plan_targets=[], phases=[],
     duties=[{"what": "各区发展改革委8月31日完成线上初审并同步将申报文件报送我委", "when": "8月31日", "when_norm": "2023-08-31"}],
     notes=["counting: 1.–4. = 4 (the top level is numbered 1.–4.)", NOTICE_TASKS,
            "signed 2023年7月6日 (the index dates it 2023-07-07)"])

# round 30: answers aligned to tests/data/CONVENTIONS.md, "Units written in sentences" (README, round 30)
from expected_tools import PLANS, align29  # noqa: E402


def align30(file, path, lead, resp, why, alt=None, rule="2"):
    """``align29`` of round 30: the note reads "round 30: CONVENTIONS.md rule N — <the clause>"."""
    align29(file, path, lead, resp, why, alt=alt, rule=rule)
    s = next(s for p in PLANS if p["file"].startswith(file) for s in p["samples"] if s["path"] == list(path))
    was, now = f"round 29, CONVENTIONS.md rule {rule}: ", f"round 30: CONVENTIONS.md rule {rule} — "
    s["note"] = s["note"].replace(was, now, 1)


align30('z04_shanghai', ['一'], [], ['市发展改革委', '各区发展改革委', '各区'], '「海上风电由市发展改革委通过竞争配置方式公开选择项目投资主体」「由各区发展改革委组织符合条件、有投资意愿的企业开展年度开发建设方案项目申报」「分布式光伏发电由各区根据市、区能源发展规划有序开发」: the agents of 由 with verbs of doing, in printed order, no lead; 区政府 approves and 市发展改革委 receives the filing (rule 3)', rule='2 and 3')
align30('z04_shanghai', ['六'], [], ['各区发展改革部门'], '「各区发展改革部门要落实属地责任」: the subject of 落实 is responsible, no lead; 开发企业是…责任主体，要…加快项目建设 and 市发展改革委将适时通报 have no rule-2 verb')
align30('z07_shanghai', ['一'], [], ['各开发企业'], '「各开发企业切实落实主体责任，加快推进项目前期工作」: the subject of 落实 is responsible, no lead; 「相关行业主管单位指导开发企业…」 only guides (rule 3)', rule='2 and 3')
align30('z10_shanghai', ['2'], ['项目所在区发展改革委'], ['供电公司', '项目所在区发展改革委'], '「居民分布式光伏由供电公司代为线上申报」「由项目所在区发展改革委会同供电公司，组织项目单位完成新能源云平台注册和线上申报」: the agent of 由 and 「由A会同B＋verb」 — lead A (lead [] accepted), responsible all the bodies in printed order; 项目所在区发展改革委进行项目初审 and 市发展改革委委托… have no rule-2 verb', alt=[[]])
align30('z10_shanghai', ['4'], ['各区发展改革'], ['市电力公司', '各区发展改革', '供电公司'], '「市电力公司组织做好新能源云平台系统维护、使用培训和技术支持工作」「各区发展改革要会同供电公司加强对…关键信息的审核」: the subject of 组织＋verb and 「A会同B＋verb」 (the body written as printed, 各区发展改革) — lead A (lead [] accepted), responsible all the bodies in printed order; 各区发展改革委…要通知到位 has no rule-2 verb', alt=[[]])
# round 31: answers aligned (ra31) to tests/data/CONVENTIONS.md — the checks that passed with the sentence-unit
# reader off and failed with it on, each read again by the ruling (README, "Round 31: answers aligned (ra31)")
from expected_tools import align31  # noqa: E402

align31('z02_shanghai', ['四', '（一）'], [], ['各区行业主管部门', '有关涉粮企业'], '「各区行业主管部门、有关涉粮企业要…认真落实耕地保护和粮食安全责任制考核相关要求」: groups named by a kind with 落实 are doers (round-30 clarification): responsible, no lead')  # noqa: E501
align31('z05_shanghai', ['一'], [], ['各开发企业', '开发企业', '所在区'], '「各开发企业切实落实主体责任」「请开发企业落实好主体责任、所在区落实属地责任」: the subjects of 落实 (请A落实, round-30 clarification) are responsible, names as printed, no lead; 「请相关行业主管部门指导开发企业…」 only guides (rule 3); 电网企业应加快… and 我委将移出… have no rule-2 verb', rule='2 and 3')  # noqa: E501
align31('z05_shanghai', ['二'], [], ['各区发展改革委', '相关管委会'], '「各区发展改革委和相关管委会应组织电网企业，及时将…配套电网申报列入电网建设计划」: 「A组织B＋verb」 — A responsible, B (电网企业) the object of 组织 (round-30 clarification), no lead; 「支持相关企业…」 — 支持 is a pivot')  # noqa: E501
align31('z05_shanghai', ['四'], [], ['各区发展改革委', '相关管委会', '市电力公司'], '「请各区发展改革委和相关管委会、市电力公司组织做好相关陆上风电和光伏电站建档立卡信息填报」: the subjects of 组织＋verb (请A, round-30 clarification), no lead; 「…由开发企业向各区发展改革委或相关管委会提出信息变更申请」 an applicant inside a case (确需变更的) and 「…应及时向我委报备」 (no rule-2 verb) give none', rule='2 and 3')  # noqa: E501
align31('z07_shanghai', ['二'], [], ['项目立项单位'], '「项目立项单位应组织电网企业，及时将…配套电网申报列入电网建设计划」: 「A组织B＋verb」 — A responsible, no lead')  # noqa: E501
align31('z07_shanghai', ['四'], [], ['项目立项单位', '市电力公司'], '「请项目立项单位、市电力公司组织做好相关陆上风电和光伏电站建档立卡信息填报」: the subjects of 组织＋verb (请A), no lead; the applicant 开发企业 inside a case (确需变更的) is not a unit', rule='2 and 3')  # noqa: E501

# round 31 (mt31): not-target figures joined to a comparison word of the line are targets by CONVENTIONS.md
# Targets, "Thresholds" — read at each item (THRESHOLDS_PENDING.md)
from expected_tools import align31_thresholds  # noqa: E402

align31_thresholds('z04_shanghai', ['一'], [(6, '兆瓦')],
                   '「装机容量6兆瓦及以上的全额上网光伏项目」: 6兆瓦 joined to 及以上, a threshold picking the projects')
align31_thresholds('z10_shanghai', ['4'], [(1, '兆瓦')],
                   '「装机超过1兆瓦光伏项目应逐个现场确认」: 1兆瓦 joined to 超过, a threshold picking the projects checked one by one')
# round 31: answers aligned (ro31) to tests/data/CONVENTIONS.md — checks the sentence-unit reader (on from round 31)
# reads by the ruling that the answers, written before it, read as prose (README, "Round 31: answers aligned (ro31)")
from expected_tools import align31  # noqa: E402

align31('z06_shanghai', ['四'], ['各区发展改革委'], ['各区发展改革委', '各供电公司'], "「各区发展改革委对符合申报要求的项目单位要通知到位、服务到位，会同各供电公司加强审核把关」: the subject's later clause 「A…，会同B＋verb」 — lead A (lead [] accepted), responsible A, B; 「电网企业应…提供…服务」「请国网上海市电力公司做好…」 use no verb of rule 2", alt=[[]])  # noqa: E501
align31('z08_shanghai', ['四'], ['各区发展改革委'], ['各区发展改革委', '电网企业'], "「各区发展改革委对符合申报要求的项目单位要通知到位、服务到位，会同电网企业加强…审核」: 「A…，会同B＋verb」 — lead A (lead [] accepted), responsible A, B; 「电网企业应…提供…服务」「请国网上海市电力公司做好…」 use no verb of rule 2", alt=[[]])  # noqa: E501
align31('z09_shanghai', ['四'], ['各区发展改革委'], ['各区发展改革委', '电网企业'], "「各区发展改革委对符合申报要求的项目单位要通知到位、服务到位，会同电网企业加强…审核」: 「A…，会同B＋verb」 — lead A (lead [] accepted), responsible A, B; 「电网企业应…提供…服务」「请国网上海市电力公司做好…」 use no verb of rule 2", alt=[[]])  # noqa: E501

# round 32: answers aligned (p32u) to tests/data/CONVENTIONS.md — a designation is a doer (round 32)
from expected_tools import align32_units  # noqa: E402

align32_units('z04', ['六'], [], ['开发企业', '各区发展改革部门'], "「开发企业是项目推进的责任主体，要依法合规加快项目建设」 (a designation is a doer, round 32) and 「各区发展改革部门要落实属地责任」 (the subject of 落实): responsible in printed order, no lead; 「市发展改革委将适时通报」 has no rule-2 verb", rule='2 and the round-32 designation ruling')  # noqa: E501


# round 34 (p34h): answers aligned to CONVENTIONS.md "Round 34 rulings" by reading the items
from expected_tools import align34_units  # noqa: E402

align34_units('z06_shanghai', ['一'], [], ['各区发展改革委'],
              "「各区发展改革委…按半年度组织电网企业、投资主体做好项目初审和转报工作」 — 「A组织B＋verb」: A a doer (round 30; CONVENTIONS.md round 34, 组织＋work), B the pivot's object")  # noqa: E501
align34_units('z06_shanghai', ['三'], [], ['电网企业'],
              '「自然人户用光伏由电网企业代为线上申报」 — an agent doing it for others is a doer (CONVENTIONS.md round 34, rule 2 does not ask who the body is); 「由投资主体线上申报」 an applicant, no unit')  # noqa: E501
align34_units('z08_shanghai', ['三'], [], ['供电公司'],
              '「自然人户用光伏由供电公司代为线上申报」 — an agent doing it for others is a doer (CONVENTIONS.md round 34); 「由投资主体线上申报」 an applicant, no unit')  # noqa: E501
align34_units('z09_shanghai', ['三'], [], ['供电公司'],
              '「居民分布式光伏由供电公司代为线上申报」 — an agent doing it for others is a doer (CONVENTIONS.md round 34); 「由投资主体自主线上申报」 an applicant, no unit')  # noqa: E501

# round 35 (p35d): answers aligned to CONVENTIONS.md "Round 35 rulings, written early" by reading the items
from expected_tools import _sample32, align34_units  # noqa: E402


def align35_units(file, path, lead, resp, why, alt=None):
    """``align34_units`` of round 35: the note reads 「aligned round 35: <why> (old → new)」."""
    align34_units(file, path, lead, resp, why, alt)
    s = _sample32(file, path)[1]
    s["note"] = s["note"].replace("aligned round 34: ", "aligned round 35: ", 1)


align35_units('z06_shanghai', ['一'], [], ['各区发展改革委', '我委'],
              '「我委将委托第三方机构对各区初审通过项目进行审核」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); the issuer speaking of itself is a unit as printed; 各区发展改革委 as aligned round 34')  # noqa: E501
align35_units('z06_shanghai', ['二'], [], ['我委'],
              '「我委将委托第三方机构对电网企业申报资金进行审核」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); 「请电网企业…」「电网企业…报送」 give no rule-2 verb')  # noqa: E501
align35_units('z08_shanghai', ['一'], [], ['各区发展改革委', '我委'],
              '「我委将委托第三方机构对各区初审通过项目进行审核」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); and 「各区发展改革委按半年度组织电网企业、投资主体做好项目初审和转报工作」 — 组织＋work, as z06 一 was aligned in round 34 (CONVENTIONS.md round 34)')  # noqa: E501
align35_units('z08_shanghai', ['二'], [], ['我委'],
              '「我委将委托第三方机构对电网企业申报资金进行审核」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35); 「电网企业应…报送」 gives no rule-2 verb')  # noqa: E501
align35_units('z10_shanghai', ['2'], ['项目所在区发展改革委'], ['供电公司', '项目所在区发展改革委', '市发展改革委'],
              '「市发展改革委委托第三方机构对初审通过项目审核」 — A pivot without 由 「A委托B…」 reads as 「由A委托B」: A a doer, B not (CONVENTIONS.md round 35) (the earlier note read it as no rule-2 verb); the rest as aligned round 30', alt=[[]])  # noqa: E501

align35_units('z09_shanghai', ['一'], [], ['各区发展改革委'],
              '「各区发展改革委按半年度组织电网企业、投资主体做好项目初审和转报工作」 — 组织＋work (CONVENTIONS.md round 34), as z06 一 (round 34) and z08 一 (round 35) read the same words; 「我委托第三方机构…」 names no body as printed (我), no unit')  # noqa: E501

# round 51 (p51d): answers aligned to tests/data/CONVENTIONS.md "Round 58 rulings" (Targets, turned)
from expected_tools import align58_targets  # noqa: E402

align58_targets("z04_", ["一"], "「陆上风电、光伏电站（装机容量6兆瓦及以上的全额上网光伏项目）纳入年度建设方案管理」: the bracket's 6兆瓦及以上 stands inside the noun naming the class of projects the management picks (as x114_05 二/（三）/7's 「总质量为12吨及以上的普通货运车辆」)", to_not=[(6, "兆瓦")])
write_collected(DIR)
