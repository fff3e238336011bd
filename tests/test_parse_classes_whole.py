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


# class 4: a first section that sets the scope and the departments' duties holds work like the rest
# class 5: the schedule's steps are 阶段 items ending 「（责任部门：…。时间节点：2025年N月）」
SCOPED = ("某区联合办理“开办餐饮店一件事”工作方案\n"
          "一、实施范围和职责分工\n"
          "（一）服务范围。面向在本区开办餐饮店的个体工商户和企业，办理营业执照、食品经营许可等事项。\n"
          "（二）部门职责。区市场监管局负责食品经营许可，区消防救援支队负责消防安全检查。\n"
          "二、主要任务\n（一）精简申请材料。梳理各环节材料，取消重复提交。\n"
          "（二）建设线上专区。在政务服务网开设“一件事”专区。\n"
          "三、推进步骤\n"
          "（一）准备阶段。制定办理指南，完成系统对接。（责任部门：区政务办、区市场监管局。时间节点：2026年2月）\n"
          "（二）试运行阶段。选取两个街道试运行。（责任部门：区政务办。时间节点：2026年4月）\n"
          "（三）全面推广阶段。在全区推广实施。（责任部门：区政务办、各街道。时间节点：2026年6月）\n")


def test_items_of_a_scope_and_duties_section_are_tasks():
    plan = parse_text(SCOPED)
    keys = [t.key for t in plan.tasks]
    assert keys[:2] == ["一.一", "一.二"]
    assert len(plan.tasks) == 2 + 2 + 3


def test_a_section_only_of_scope_stays_no_task():
    text = SCOPED.replace("一、实施范围和职责分工", "一、适用范围")
    assert [t.key for t in parse_text(text).tasks][:1] == ["二.一"]


def test_steps_ending_with_a_time_node_are_the_phases():
    plan = parse_text(SCOPED)
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("准备阶段", "2026-02", "2026-02"), ("试运行阶段", "2026-04", "2026-04"),
        ("全面推广阶段", "2026-06", "2026-06")]
    step = {t.key: t for t in plan.tasks}["三.二"]
    assert step.responsible_units == ["区政务办"] and step.deadline == "2026-04-30"


def test_a_step_ends_in_the_month_any_deadline_label_gives():
    # schedule._TIME_NODE reads the deadline labels of units._LABELS, not three of its own
    # (round 20: a time LIMIT — 完成时限 / 完成期限 / 时限要求 — gives the step's end only, its start not said:
    # plans-next24 x24_06's answers; a 时间节点 or 完成时间 is the step's month)
    for label in ("时间节点", "完成时限", "完成时间", "完成期限", "时限要求"):
        plan = parse_text(SCOPED.replace("时间节点", label))
        months = [("2026-02", "2026-02"), ("2026-04", "2026-04"), ("2026-06", "2026-06")]
        if "限" in label:
            months = [(None, end) for _start, end in months]
        assert [(p.start, p.end) for p in plan.phases] == months, label


# class 6: figures in units the reader did not know: pairs (对) and the square-metre sign (㎡)
def test_pairs_and_the_square_metre_sign_are_units():
    plan = parse_text("某区公共空间提升方案\n一、主要任务\n"
                      "（一）加密城际列车。到2026年城际线工作日开行列车42对。\n"
                      "（二）贯通滨江步道。三年累计完成步道贯通18600㎡。\n"
                      "（三）加强对接。与周边地区开展2次对接。\n")
    first, second, third = plan.tasks
    assert (42, "对") in {(g.value, g.unit) for g in first.targets}
    assert (18600, "㎡") in {(g.value, g.unit) for g in second.targets}
    assert "对" not in {g.unit for g in third.targets}       # 2次对接: 对接 is a word, not pairs


# a unit listed after the areas (各区、城投集团) is a unit of its own, not part of 各县、市、区政府
def test_a_unit_after_the_areas_is_split_off():
    plan = parse_text("某市河道整治方案\n一、主要任务\n"
                      "（一）清理河道垃圾。（牵头单位：市水务局；责任单位：各区、城投集团）\n"
                      "（二）修复护岸。（牵头单位：市水务局；责任单位：各县、市、区政府）\n")
    first, second = plan.tasks
    assert first.responsible_units == ["各区", "城投集团"]
    assert second.responsible_units == ["各县、市、区政府"]


# class 8: a phase that gives only its end (年底前) starts right after the phase before, not in January
def test_a_phase_given_only_its_end_starts_after_the_one_before():
    plan = parse_text("某区智慧社区建设方案\n一、主要任务\n（一）建设平台。（责任单位：区数据局）\n"
                      "二、实施步骤\n（一）试点建设阶段（2025年年底前）\n选取三个社区试点。\n"
                      "（二）全面推广阶段（2027年年底前）\n在全区推广。\n")
    phases = {p.name: (p.start, p.end) for p in plan.phases}
    assert phases["试点建设阶段"] == (None, "2025-12")
    assert phases["全面推广阶段"] == ("2026-01", "2027-12")


# class 7: a year opening a sentence of figures after other sentences (「…同步推进。2026年，…实现全覆盖；…达到95%以上」)
def test_a_year_opening_the_sentence_of_figures_is_the_deadline():
    plan = parse_text("某区充电设施建设方案\n一、主要任务\n"
                      "（一）完善公共充电网络。持续推进充电桩建设，逐步覆盖各类停车场。2026年，商业停车场实现充电设施全覆盖；"
                      "居住小区充电桩配建比例达到95%以上。（牵头单位：区发改委；责任单位：各街道）\n"
                      "（二）开展安全检查。定期检查充电设施。（牵头单位：区应急局）\n")
    first, second = plan.tasks
    assert first.deadline == "2026-12-31"
    assert second.deadline is None


# class 9 and its kin: a criterion (宜为) and a capacity naming a project are no figures to reach
def test_a_criterion_and_a_project_capacity_are_not_targets():
    plan = parse_text("某区养老服务试点方案\n一、主要任务\n"
                      "（一）开展试点。试点街道常住老年人口宜为3000-8000人，年内建成示范点5个。\n"
                      "（二）推进能源项目。推动20万吨生物柴油项目投产，新建加注站3座。\n")
    first, second = plan.tasks
    assert {(g.value, g.unit) for g in first.targets} == {(5, "个")}
    assert {(g.value, g.unit) for g in second.targets} == {(3, "座")}


def test_a_capacity_to_build_is_still_a_target():
    plan = parse_text("某区能源方案\n一、主要任务\n（一）扩大产能。年内新增储能容量200兆瓦，新建光伏电站4座。\n")
    assert {(g.value, g.unit) for g in plan.tasks[0].targets} == {(200, "兆瓦"), (4, "座")}


# class 10: the notice names the plan otherwise than the plan's own title line
NOTICE = ("某市城市管理局关于印发《某市市容环境提升两年行动计划(2025-2026年)》的通知\n各区城管局：\n"
          "现将有关事项通知如下。\n某市城市管理局\n2025年3月1日\n{own}\n"
          "一、主要任务\n（一）整治街面秩序。（牵头单位：市城管执法局）\n")


def test_the_plans_own_title_line_is_its_title():
    plan = parse_text(NOTICE.format(own="某市市容环境提升工作方案（2025-2026年）"))
    assert plan.title == "某市市容环境提升工作方案（2025-2026年）"


def test_a_title_line_repeating_the_notices_name_keeps_it():
    # the plan's line leaves the period out: the same name, the notice's (with its period) is kept
    plan = parse_text(NOTICE.format(own="某市市容环境提升两年行动计划"))
    assert plan.title == "某市市容环境提升两年行动计划(2025-2026年)"


# a bracket that says which ones (「（…超过4米，或者总质量超过50吨的）」) holds thresholds, not targets
def test_figures_of_a_bracket_saying_which_ones_are_not_targets():
    plan = parse_text("某市超限运输管理方案\n一、主要任务\n"
                      "（一）规范审批。对超限车辆（车货总高度超过4米，或者总质量超过50吨的）实行联合审批，"
                      "年内完成审批系统改造3项。\n")
    # (round 31 (mt31), CONVENTIONS.md thresholds: the bracket's figures are joined to 超过: targets)
    assert {(g.value, g.unit) for g in plan.tasks[0].targets} == {(3, "项"), (4, "米"), (50, "吨")}
