"""Failure classes of whole documents (tests/data/plans-whole/BASELINE.md), each in other made-up
wordings of the same shape; the real plans are scored by tests/test_parse_score.py."""

from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: the 附件 task list flattened one cell a line, no 序号 column, rows numbered （N） with
# their first cell on the same line, category rows （一） + name, direction rows 「1、…」, year cells,
# header cells broken over two lines (牵头 / 部门), a 牵头 cell over two lines, merged unit cells
BODY = ("某区社区养老服务提升三年行动方案\n"
        "一、完善服务设施\n（一）建设助餐网络。结合旧区改造，新建一批社区助餐点。\n"
        "（二）推进适老化改造。完成一批困难老人家庭改造。\n"
        "二、提升服务质量\n（三）加强护理队伍建设。开展养老护理员培训。\n")
TABLE = ("附件：\n社区养老服务提升三年行动任务清单\n"
         "任务\n类别\n主要方向\n重点任务（2025-2027）\n2025年工作项目\n2026年计划\n2027年计划\n"
         "牵头\n部门\n配合\n部门\n实施\n主体\n"
         "（一）\n完善服务设施\n1、建设助餐网络\n"
         "（1）新建社区助餐点60个。\n新建助餐点20个。\n新建助餐点20个。\n新建助餐点20个。\n"
         "养老服务科\n区财政局、区商务委\n各街道、各镇\n"
         "（2）改造老年食堂30家。\n改造10家。\n改造10家。\n改造10家。\n"
         "2、推进适老化改造\n"
         "（3）完成困难老人家庭适老化改造900户。\n完成300户改造。\n完成300户改造。\n完成300户改造。\n"
         "养老服务科\n社会救助科\n区残联、区住房保障局\n各街道\n"
         "（二）\n提升服务质量\n3、加强护理队伍建设\n"
         "（4）培训养老护理员1200人次。\n培训400人次。\n培训400人次。\n培训400人次。\n"
         "老龄工作科\n区人社局\n区养老服务指导中心\n")


def _appendix(plan):
    return {t.number: t for t in plan.tasks if t.path == ["附件"]}


def test_bracket_numbered_rows_of_an_appendix_table_are_tasks():
    plan = parse_text(BODY + TABLE)
    rows = _appendix(plan)
    assert sorted(rows, key=int) == ["1", "2", "3", "4"]
    assert len(plan.tasks) == 3 + 4                       # the body's items stay tasks
    first = rows["1"]
    assert first.title.startswith("新建社区助餐点60个")
    assert first.lead_units == ["养老服务科"]
    assert first.responsible_units == ["区财政局", "区商务委", "各街道", "各镇"]
    assert (60, "个") in {(t.value, t.unit) for t in first.targets}
    # the header's words (牵头 / 部门 / 实施 / 主体) are no units
    names = {u.name for u in plan.units}
    assert not names & {"牵头", "部门", "配合", "实施", "主体"}


def test_a_row_without_unit_cells_takes_the_merged_cells_above():
    rows = _appendix(parse_text(BODY + TABLE))
    assert rows["2"].lead_units == ["养老服务科"]
    assert rows["2"].responsible_units == ["区财政局", "区商务委", "各街道", "各镇"]
    # the direction row 「2、推进适老化改造」 after it is not part of its text
    assert "推进适老化改造" not in rows["2"].text


def test_a_lead_cell_over_two_lines_is_one_cell():
    rows = _appendix(parse_text(BODY + TABLE))
    assert rows["3"].lead_units == ["养老服务科", "社会救助科"]
    assert rows["3"].responsible_units == ["区残联", "区住房保障局", "各街道"]
    # the category row （二） and its name end the row above
    assert "提升服务质量" not in rows["3"].text
    assert rows["4"].lead_units == ["老龄工作科"]
    assert rows["4"].responsible_units == ["区人社局", "区养老服务指导中心"]


def test_bracket_numbered_lines_without_such_a_header_stay_as_they_were():
    # a body table of figures numbered （1）… has no unit columns: not an appendix task list
    text = BODY + ("附件：\n主要指标\n指标\n2025年\n2026年\n"
                   "（1）社区助餐点（个）\n20\n40\n（2）家庭改造（户）\n300\n600\n")
    plan = parse_text(text)
    assert not _appendix(plan)
    assert [t.number for t in plan.tasks] == ["一", "二", "三"]


# class 3: two unit labels in one bracket split by 「；」, the second one 实施部门 / 实施主体
def test_a_second_label_implementing_units_is_split_off():
    plan = parse_text("某市码头安全提升实施方案\n一、主要任务\n"
                      "（一）完善消防设施。推进码头消防设施改造。（牵头部门：市应急局安全处、市消防救援支队；"
                      "实施部门：各区应急局、市港口集团）\n"
                      "（二）开展隐患排查。每季度开展一次排查。（牵头部门：市应急局执法总队；实施主体：各码头企业）\n")
    first, second = plan.tasks
    assert first.lead_units == ["市应急局安全处", "市消防救援支队"]
    assert first.responsible_units == ["各区应急局", "市港口集团"]
    assert second.lead_units == ["市应急局执法总队"]
    assert second.responsible_units == ["各码头企业"]
    assert not any(u.name.startswith("实施") for u in plan.units)


# class 2: a bare 附件 line, the list's title, then numbered items 「N.name：title。text」 (not a table)
LISTED = ("附件\n\n典型案例\n\n"
          "1.流程再造：推进社保业务全程网办。年内新增网办事项15项，办件时间压缩一半。\n\n"
          "2.就近服务：建设社区服务站点。在社区设立自助服务点，方便老年人就近办理。\n\n"
          "3.数据共享：打通部门间数据壁垒。推动户籍、社保、医保数据互认共享。\n")


def test_numbered_items_of_a_bare_appendix_list_are_tasks():
    plan = parse_text(BODY + LISTED)
    appendix = [t for t in plan.tasks if t.path[:1] == ["附件"]]
    assert [t.number for t in appendix] == ["1", "2", "3"]
    assert appendix[0].title.startswith("流程再造")
    assert (15, "项") in {(g.value, g.unit) for g in appendix[0].targets}
    assert len(plan.tasks) == 3 + 3


def test_an_appendix_of_one_line_items_is_not_a_task_list():
    # a list of names (联系人, 文件目录) has no work in its items
    text = BODY + "附件\n\n参考文件\n\n1.《养老机构管理办法》\n\n2.《社区养老服务规范》\n\n3.《助餐点建设指引》\n"
    plan = parse_text(text)
    assert not [t for t in plan.tasks if t.path[:1] == ["附件"]]
