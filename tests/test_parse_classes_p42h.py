"""Round 42 (p42h), forms read on fresh plans from outside Shanghai (政府工作报告 task breakdowns of cities and
counties). Made-up snippets written the way such breakdowns are printed, each with near misses that must not change.

1. A unit group on a label's own line whose name ends in a bracketed second kind of body —
   「责任单位:市工信局,各县(市、区)政府(管委会)」: the bracket is part of the group's name (the 县 governments and
   the zones' 管委会 alike), not a unit 「管委会」 of its own.
2. An item's fields printed one cell a line — the field's name alone on its line, its value on the next
   (「责任单位⏎县发改局⏎完成时限⏎12月底前」): read as the labelled lines 「责任单位：县发改局」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.field_lines import join_field_lines

HEAD = "某市2022年政府工作报告重点工作任务分解\n一、稳住经济大盘\n"


def _tasks(body: str, head: str = HEAD):
    return parse_text(head + body).tasks


# --- 1. a group's bracketed second kind of body on a label line ----------------------------------------------

def test_group_bracket_on_label_line_is_part_of_the_name():
    tasks = _tasks("1.规上工业增加值增长7%。\n责任单位:市工信局,各县(市、区)政府(管委会)\n"
                   "2.社会消费品零售总额增长6%。\n责任单位:市商务局等,各区人民政府（管委会）\n")
    assert tasks[0].responsible_units == ["市工信局", "各县(市、区)政府(管委会)"]
    assert tasks[1].responsible_units == ["市商务局", "各区人民政府（管委会）"]
    assert all("管委会" not in t.responsible_units for t in tasks)


def test_group_bracket_alone_on_label_line():
    tasks = _tasks("1.完成老旧小区改造30个。\n责任单位:各区政府(管委会)\n")
    assert tasks[0].responsible_units == ["各区政府(管委会)"]


def test_near_miss_helper_note_on_label_unit_still_names_the_helper():
    # 「区住建委（区财政局配合）」: a note naming a helper, not a part of the name
    tasks = _tasks("1.推进城镇燃气管道更新。\n责任单位:市住建局（市财政局配合）\n")
    assert tasks[0].responsible_units == ["市住建局", "市财政局"]


def test_near_miss_units_bracket_closing_an_item_still_read():
    # no label: the bracket closing the item holds its units
    tasks = _tasks("1.扩大有效投资，全年实施重点项目200个。（市发展改革委、市财政局）\n"
                   "2.稳定外贸外资。（市商务局）\n")
    assert tasks[0].responsible_units == ["市发展改革委", "市财政局"]
    assert tasks[1].responsible_units == ["市商务局"]


def test_near_miss_labels_inside_a_bracket_unchanged():
    tasks = _tasks("1.深化开发区改革。（牵头单位：市发展改革委；责任单位：各县(市、区)政府(管委会)）\n")
    assert tasks[0].lead_units == ["市发展改革委"]
    assert tasks[0].responsible_units == ["各县(市、区)政府(管委会)"]


# --- 2. fields one cell a line -------------------------------------------------------------------------------

FIELDS = HEAD + """1.固定资产投资增长10%。
责任单位
县发改局
配合单位
各乡镇
完成时限
12月底前
2.新建高标准农田2万亩。
牵头单位
县农业农村局
责任单位
县财政局、县自然资源局
完成时限
10月底前
"""


def test_fields_one_cell_a_line_read_as_labels():
    tasks = parse_text(FIELDS).tasks
    assert [t.title for t in tasks] == ["固定资产投资增长10%", "新建高标准农田2万亩"]
    assert tasks[0].lead_units == []
    assert tasks[0].responsible_units == ["县发改局", "各乡镇"]
    assert tasks[0].deadline == "2022-12-31"
    assert tasks[1].lead_units == ["县农业农村局"]
    assert tasks[1].responsible_units == ["县财政局", "县自然资源局"]
    assert tasks[1].deadline == "2022-10-31"


def test_fields_one_cell_a_line_with_blank_lines_between():
    text = "1.建成5G基站300个。\n\n责任单位\n\n县工信局\n\n完成时限\n\n年底前\n"
    assert join_field_lines(text) == "1.建成5G基站300个。\n\n责任单位：县工信局\n\n完成时限：年底前\n"


def test_fields_one_cell_a_line_traditional():
    tasks = _tasks("1.新增城鎮就業5000人。\n責任單位\n縣人社局\n完成時限\n12月底前\n",
                   head="某縣2022年政府工作報告重點任務分解\n一、保障民生\n")
    assert tasks[0].responsible_units == ["縣人社局"]


def test_near_miss_table_header_cells_not_joined():
    # a table's header row flattened one cell a line: the names follow one another, no value after them
    text = "附件\n重点任务分解表\n序号\n工作任务\n责任单位\n完成时限\n1\n建成区级数据中心\n区大数据局\n2024年底\n"
    assert join_field_lines(text) == text


def test_near_miss_metadata_box_not_joined():
    # a page's metadata box: no item's sentence before the field
    text = "索引号\n00001/2023\n主动公开\n责任部门\n某镇人民政府\n关于做好春耕生产的通知\n"
    assert join_field_lines(text) == text


def test_near_miss_field_without_its_value_not_joined():
    text = "1.完成河道整治5公里。\n责任单位\n1\n完成时限\n按上级要求\n"
    assert join_field_lines(text) == text


def test_near_miss_label_with_colon_unchanged():
    text = "1.完成河道整治5公里。\n责任单位：县水利局\n完成时限：6月底前\n"
    assert join_field_lines(text) == text


def test_near_miss_table_cell_after_a_count_not_joined():
    # a table flattened one cell a line: a measure cell with its count unit in brackets, then a header cell
    text = "指标名称\n新建公厕（座）\n\n责任单位\n\n街道办事处、环卫所\n\n2025年\n"
    assert join_field_lines(text) == text
