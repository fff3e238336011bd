"""Classes found on plans-next29 (round 22), tested with made-up plans in other words:

1. a project table whose cells are set off by blank lines (a web page's table copied cell by cell): a name broken
   over two lines in a narrow cell is one cell; each cell is read by its column, so a company, an institute, a
   hospital, a school or a short name that reads as no unit is the lead or the builder where the header puts it;
   group rows that count their rows (「文化旅游类（3个）」, 「储备项目（2个）」) open groups numbered afresh;
2. project counts as targets and the plan's own counts in its summary;
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import table_rows
from desktop.core.parse.targets import find_targets

HEADER = ["序号", "工程名称", "牵头单位", "实施单位", "年度目标", "所在街镇"]


def blocks(*cells: str) -> str:
    """Cells set off by blank lines (a cell's own line break kept as a single newline)."""
    return "\n\n".join(cells) + "\n"


TABLE = blocks(
    "附件：某县2025年民生工程项目表", *HEADER,
    "全县项目（5个）", "一", "医疗卫生类（2个）",
    "1", "县人民医院门诊楼改造", "县卫健委", "县人民医院", "竣工", "城关镇",
    "2", "中医院康复中心", "县中医医院", "县中医医院/城关镇", "开工", "城关镇",
    "二", "文化教育类（2个）",
    "3", "实验小学扩建", "县教育局", "县第一实验\n小学", "竣工", "东城街道",
    "4", "省工程技术研究院中试基地", "县科技局", "某省工程技术\n研究院", "开工", "开发区\n东城街道",
    "储备项目（2个）",
    "1", "城北供水管网", "县水务集团", "城投水务\n有限公司", "/", "城北镇",
    "2", "智能装备产业园", "县工信局", "某某智能装备股份\n有限公司", "/", "开发区")


def test_cells_set_off_by_blank_lines_are_read_by_column():
    rows = table_rows(TABLE)
    assert [r.number for r in rows] == ["1", "2", "3", "4", "1", "2"]      # the reserve group numbered afresh
    got = [(r.lead, r.resp) for r in rows]
    assert got == [(["县卫健委"], ["县人民医院"]),
                   (["县中医医院"], ["城关镇"]),                          # a hospital leads; 「A/B」 split
                   (["县教育局"], ["县第一实验小学"]),                     # a school's name over two lines
                   (["县科技局"], ["某省工程技术研究院"]),                 # an institute's name over two lines
                   (["县水务集团"], ["城投水务有限公司"]),
                   (["县工信局"], ["某某智能装备股份有限公司"])]
    assert rows[0].text == "县人民医院门诊楼改造" and rows[3].text == "省工程技术研究院中试基地"


def test_a_short_name_that_reads_as_no_unit_is_the_lead_where_the_column_says():
    table = blocks("附件", "序号", "项目名称", "牵头单位", "建设单位", "1", "老街改造", "城建置业", "城建置业/西镇",
                   "2", "新村安置房", "区住房局", "安居发展", "3", "南湖公园", "区绿化局", "区绿化局")
    rows = table_rows(table)
    assert [(r.lead, r.resp) for r in rows] == [(["城建置业"], ["西镇"]), (["区住房局"], ["安居发展"]),
                                                (["区绿化局"], [])]


def test_a_row_out_of_line_is_read_line_by_line():
    # row 2's 实施单位 cell is left empty and row 3's 责任单位 cell is set off over two blocks: cells not where the
    # header puts them (a unit where the text should be) — the rows are read as before
    table = blocks("附件", "序号", "任务内容", "牵头单位", "配合单位", "完成时限",
                   "1", "建设社区食堂，年内新建10个。", "区民政局", "各街道", "2025年12月",
                   "2", "推进适老化改造。", "区民政局", "2025年6月",
                   "3", "开展助餐服务。", "区民政局", "区财政局", "区市场监管局", "2025年9月")
    rows = table_rows(table)
    assert [r.lead for r in rows] == [["区民政局"]] * 3
    assert rows[2].resp == ["区财政局", "区市场监管局"]


def test_a_unit_list_going_on_in_the_next_block_is_one_cell():
    # the 牵头 cell set off as two blocks (it ends in 「、」) and the 配合 cell empty: the count fits the header, the
    # cells do not — the row is read line by line, the lead list whole
    table = blocks("附件", "序号", "任务名称", "任务内容", "牵头部门", "配合部门", "时间节点",
                   "1", "扩大处理能力", "推进湿垃圾处理项目。", "区政府办公室、区环卫局、", "区规划局、区重大办",
                   "2025年")
    rows = table_rows(table)
    assert rows[0].lead == ["区政府办公室", "区环卫局", "区规划局", "区重大办"]


def test_a_type_column_is_no_part_of_the_text_and_unit_tails_are_cleaned():
    table = blocks("附件", "序号", "任务类型", "重点内容", "责任单位",
                   "1", "排水防涝", "完成雨污混接改造20处。", "区水务局、区住建委等相关部门、各街镇",
                   "2", "绿地建设", "新建口袋公园5个。", "区绿化局")
    rows = table_rows(table)
    assert [r.text for r in rows] == ["完成雨污混接改造20处。", "新建口袋公园5个。"]
    assert rows[0].resp == ["区水务局", "区住建委", "各街镇"]


def test_the_same_table_one_cell_a_line_without_blank_lines_is_read_as_before():
    table = TABLE.replace("\n\n", "\n")
    rows = table_rows(table)
    assert rows and all(r.text for r in rows)        # no reading by column: a cell's lines cannot be told apart


def test_a_plan_with_a_project_table_counts_its_rows():
    body = ("某县2025年民生工程建设计划\n\n一、医疗卫生\n\n1.县人民医院门诊楼改造。\n\n2.中医院康复中心。\n\n"
            "二、文化教育\n\n1.实验小学扩建。\n\n2.省工程技术研究院中试基地。\n\n")
    plan = parse_text(body + TABLE)
    rows = [t for t in plan.tasks if t.path[:1] == ["附件"]]
    assert len(rows) == 6
    assert [t.lead_units for t in rows][1] == ["县中医医院"]


# -- 2. counts of listed projects, and the plan's own counts in its summary


def test_a_count_opening_an_item_over_its_list_is_the_items_target():
    text = ("某区2025年为民办实事项目计划\n\n一、教育\n\n（1）3所新建学校为：城东小学、城西小学和北区幼儿园；\n\n"
            "（2）2个改扩建项目分别是：区图书馆改造和区文化馆改造。\n\n二、养老\n\n"
            "1.4家社区食堂包括：东街、西街、南街和北街食堂。\n\n2.开展助餐服务。\n")
    plan = parse_text(text)
    got = {t.number + t.title[:2]: [(x.value, x.unit) for x in t.targets] for t in plan.tasks}
    assert got["13所"] == [(3.0, "所")] and got["22个"] == [(2.0, "个")] and got["14家"] == [(4.0, "家")]


def test_a_count_inside_a_clause_or_without_a_list_is_not_taken_this_way():
    # read strictly (a plan's prose): a count after other words, or with no list after a colon, is no target
    for sentence in ("其中2个街道分别为：东街、西街。", "2个街道为试点。", "已有3个项目是：甲、乙、丙。"):
        assert find_targets(sentence, 2025) == [], sentence
    got = find_targets("（2）2个试点街道分别为：东街、西街。", 2025)
    assert [(t.value, t.subject) for t in got] == [(2.0, "试点街道")]


def test_the_plans_counts_in_its_summary_are_plan_targets():
    text = ("某县2025年重点项目建设计划\n\n全年共安排重点项目45个，其中产业项目20个。"
            "年内计划开工项目18个、计划竣工项目12个，年度计划完成投资56.5亿元。去年共安排项目40个。\n\n一、产业项目\n\n1.某某产业园。\n\n2.某某物流中心。\n")
    plan = parse_text(text)
    got = {(t.value, t.unit) for t in plan.plan_targets}
    assert {(45.0, "个"), (18.0, "个"), (12.0, "个"), (5650000000.0, "元")} <= got
    assert (40.0, "个") not in got                    # last year's figure: no aim


def test_a_document_title_naming_a_plan_is_no_count():
    text = ("某区实施方案\n\n根据《某某行动计划实施方案》(某办发〔2019〕52号)要求，制定本方案。\n\n一、重点任务\n\n"
            "1.开展检查。\n")
    plan = parse_text(text)
    assert not any(t.value in (52.0, 2019.0) for t in plan.plan_targets)


# -- round 22 review (mends7): misfires of the classes above, each with other wordings

NOTICE = ("某区2025年重点工作方案\n\n一、重点任务\n\n（一）推进道路建设。由区建管委牵头，区交通委配合，"
          "2025年12月底前完成。\n\n附件\n\n项目表\n\n")


def _rows(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(t.number, t.title, t.lead_units, t.responsible_units)
            for t in parse_text(text).tasks if t.number.isdigit()]


def test_a_task_name_ending_in_its_count_is_no_group_row():
    one_a_line = NOTICE + "\n".join([
        "序号", "项目名称", "牵头单位", "完成时限",
        "1", "新建停车场（3个）", "区交通委", "2025年12月",
        "2", "新建公厕（5座）", "区城管局", "2025年10月",
        "3", "新建充电站（10个）", "区发展改革委", "2025年9月"]) + "\n"
    assert [r[:3] for r in _rows(one_a_line)] == [
        ("1", "新建停车场（3个）", ["区交通委"]), ("2", "新建公厕（5座）", ["区城管局"]),
        ("3", "新建充电站（10个）", ["区发展改革委"])]
    set_off = NOTICE + blocks(
        "序号", "项目名称", "牵头单位", "完成时限",
        "1", "新建停车场", "区交通委", "2025年12月",
        "2", "改造农贸市场（3个）", "区商务委", "2025年10月",
        "3", "新建充电站", "区发展改革委", "2025年9月")
    assert [r[:3] for r in _rows(set_off)] == [
        ("1", "新建停车场", ["区交通委"]), ("2", "改造农贸市场（3个）", ["区商务委"]),
        ("3", "新建充电站", ["区发展改革委"])]
    other = NOTICE + blocks(
        "序号", "工程名称", "责任单位",
        "1", "建设社区食堂（共4项）", "区民政局",
        "2", "增设公交线路（6条）", "区交通委")
    assert [r[:2] for r in _rows(other)] == [("1", "建设社区食堂（共4项）"), ("2", "增设公交线路（6条）")]


def test_a_counted_group_row_where_a_row_number_stands_still_opens_a_group():
    text = NOTICE + "\n".join([
        "序号", "项目名称", "牵头单位", "完成时限",
        "1", "老旧小区改造", "区住建委", "2025年12月",
        "城市更新类（2个）",
        "2", "雨污分流", "区水务局", "2025年10月",
        "3", "口袋公园", "区绿化市容局", "2025年9月"]) + "\n"
    assert [r[:3] for r in _rows(text)] == [
        ("1", "老旧小区改造", ["区住建委"]), ("2", "雨污分流", ["区水务局"]), ("3", "口袋公园", ["区绿化市容局"])]


def test_a_bare_unit_of_measure_column_is_no_unit_column():
    figures = NOTICE + blocks(
        "序号", "指标名称", "单位", "2025年目标", "责任单位",
        "1", "新建幼儿园", "所", "3", "区教育局",
        "2", "人均公园绿地面积", "平方米", "12.5", "区绿化市容局",
        "3", "老旧小区改造", "个", "20", "区住建委")
    assert [(r[1], r[3]) for r in _rows(figures)] == [
        ("新建幼儿园", ["区教育局"]), ("人均公园绿地面积", ["区绿化市容局"]), ("老旧小区改造", ["区住建委"])]
    other = NOTICE + blocks(
        "序号", "任务名称", "单位", "数量", "牵头部门",
        "1", "新建公厕", "座", "5", "区城管局",
        "2", "增设充电桩", "个", "200", "区发展改革委")
    assert [(r[1], r[2] + r[3]) for r in _rows(other)] == [("新建公厕", ["区城管局"]), ("增设充电桩", ["区发展改革委"])]


def _plan_targets(preamble: str) -> list[tuple[float, str, str]]:
    text = (f"某区2025年重大项目建设工作方案\n\n{preamble}\n\n一、主要任务\n\n"
            "（一）推进道路建设。由区建管委牵头，2025年12月底前完成。\n")
    return [(t.value, t.unit, t.subject) for t in parse_text(text).plan_targets]


def test_past_years_and_outturns_in_the_summary_are_no_plan_targets():
    got = _plan_targets("去年全区共安排资金2亿元，完成投资15亿元。2024年计划完成投资100亿元，实际完成98亿元。"
                        "2023年计划新开工项目20个。全年共安排重点项目67个，其中计划新开工项目27个、计划建成项目16个，"
                        "年内计划完成投资120.9亿元。")
    assert got == [(67, "个", "安排重点项目"), (27, "个", "计划新开工项目"), (16, "个", "计划建成项目"),
                   (120.9e8, "元", "计划完成投资")]
    kept = _plan_targets("2025年，全区共安排重点项目50个，总投资300亿元，其中2024年已完成投资80亿元。")
    assert [(v, u) for v, u, _ in kept] == [(50, "个"), (300e8, "元")]
    other = _plan_targets("今年全县年度安排重大工程32项，计划总投资45亿元；"
                          "2023年实际竣工项目18个，上年已完成投资30亿元。")
    assert [(v, u) for v, u, _ in other] == [(32, "项"), (45e8, "元")]


def test_a_summary_count_of_no_projects_or_of_a_five_year_plan_is_no_plan_target():
    assert _plan_targets("为贯彻落实市委部署，2022年以来，累计共安排资金5亿元。按照“十四五”规划，计划实施项目30个。"
                         "本方案共安排3个部分。市里共安排我区指标12个。") == []
    assert _plan_targets("全书共安排5个章节。五年内计划建成项目40个。") == []


def test_a_count_of_the_parts_of_what_is_said_is_no_listed_target():
    for sentence in ("（1）3个方面问题分别是：审批慢、成本高、服务弱。", "2个调研组分别是：第一组、第二组。",
                     "3个基本原则是：统筹、协同、高效。", "4个阶段分别为：动员、实施、验收、总结。"):
        assert find_targets(sentence, 2025) == [], sentence
    got = find_targets("（2）4所新建学校分别是：甲小学、乙小学、丙中学和丁中学。", 2025)
    assert [(t.value, t.unit, t.subject) for t in got] == [(4, "所", "新建学校")]


def test_an_empty_or_undecided_lead_cell_leaves_the_lead_to_the_other_units():
    text = NOTICE + blocks(
        "序号", "项目名称", "牵头单位", "责任单位", "完成时限",
        "1", "老旧小区改造", "各街镇", "区住房城乡建设委", "2025年12月",
        "2", "雨污分流改造", "/", "区水务局", "2025年10月",
        "3", "口袋公园建设", "—", "区绿化市容局", "2025年9月",
        "4", "社区食堂建设", "暂无", "区民政局", "2025年8月",
        "5", "农贸市场改造", "待定", "区商务委", "2025年6月")
    assert [(r[2], r[3]) for r in _rows(text)] == [
        (["各街镇"], ["区住房城乡建设委"]), (["区水务局"], []), (["区绿化市容局"], []), (["区民政局"], []),
        (["区商务委"], [])]


def test_a_person_or_a_post_in_a_lead_cell_is_no_lead():
    text = NOTICE + blocks(
        "序号", "项目名称", "牵头单位", "责任单位", "完成时限",
        "1", "老旧小区改造", "张三", "区住建委", "2025年12月",
        "2", "智慧停车", "区政府分管副区长", "区交通委", "2025年9月",
        "3", "公园提升", "常务副县长", "县林业局", "2025年9月",
        "4", "学校扩建", "区教育局、\n区财政局", "各街镇", "2025年9月")
    got = [r[2] for r in _rows(text)]
    assert not any(n in ("张三", "区政府分管副区长", "常务副县长") for names in got for n in names)
    assert got[3] == ["区教育局", "区财政局"]
