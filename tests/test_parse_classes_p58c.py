"""Round 58 (p58c): district contingency plans and 规划 — a trigger's temperature, a label whose kind is
written twice, the agent of 由 answering an item's own case. Made-up texts of the form:

- 「在气温低于4℃情况下，停止清洗作业」: a comparison word before a temperature in a condition that closes
  before the step it sets off is a target of the item (Round 74 rulings on x293_01 3.2.1 （1）; round 30's
  line); a band after the figure 「在35℃以下时」 (a standard's case), a figure inside a noun 「低于4℃的天数」
  and a clause with no step after it stay none;
- 「（责任部门单位：A、B）」: a label whose kind is written twice (部门 then 单位) is the label 责任部门 — its
  names read clean, no label glued to the first; a sentence holding 部门单位 is no label;
- 「当…解除预警时，由各工作组分别发布终止指令」「发生…时，由A负责处置」: an item whose whole work is the
  response to its own case takes the agent of 由 (round 30 clarifications); 「确需调整的，由A决定」 stays a
  contingency, and a catch-all 「由有关单位…」 names none.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets

PLAN = "某区绿化市容局空气重污染应急预案\n\n一、响应措施\n\n{}"


def _tasks(body: str) -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(PLAN.format(body))
    return {t.number: (t.lead_units, t.responsible_units) for t in plan.tasks}


def _targets(sentence: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(sentence, 2024, relaxed=True)]


# ---- a trigger's temperature ------------------------------------------------------------------------------------

def test_temperature_below_in_a_condition_before_its_step_is_a_target():
    got = _targets("加强道路清洗，主要道路增加2—3次，在气温低于4℃情况下，停止冲洗作业；加强道路机扫。")
    assert (4.0, "℃", "<") in got and (2.0, "次", ">=") in got
    assert (35.0, "℃", ">") in _targets("气温高于35℃时，停止户外高空作业。")


def test_temperature_band_after_the_figure_or_inside_a_noun_is_none():
    # near misses: a standard's case (band after the figure), a figure inside a noun, no step after the condition
    assert not [t for t in _targets("夏季室外温度在35℃以下时，车内温度约为28℃。") if t[1] == "℃"]
    assert not [t for t in _targets("每月统计气温低于4℃的天数。") if t[1] == "℃"]
    # (「在气温低于4℃情况下停止作业。」 was held here as none for want of a comma: rv58-8 — the trigger is read however
    # the clause is punctuated, Round 74 on x293_01 3.2.1 （1）; a figure before 时段 is a noun's)
    assert not [t for t in _targets("每月统计气温低于4℃时段的作业次数。") if t[1] == "℃"]
    assert (4.0, "℃") in [(t[0], t[1]) for t in _targets("在气温低于4℃情况下停止作业。")]


def test_trigger_temperature_is_the_items_target_in_a_plan():
    plan = parse_text(PLAN.format("（一）加强道路冲洗，在气温低于4℃情况下，停止冲洗作业。"
                                  "（责任部门：区市容中心、各街道）\n"))
    (task,) = plan.tasks
    assert [(t.value, t.unit) for t in task.targets] == [(4.0, "℃")]
    assert task.responsible_units == ["区市容中心", "各街道"] and task.lead_units == [] and task.deadline is None


# ---- a label whose kind is written twice ------------------------------------------------------------------------

def test_label_with_kind_written_twice_reads_its_names_clean():
    got = _tasks("（一）停止绿化工程堆土、挖土施工。（责任部门单位：区绿化管理所、区林业站）\n\n"
                 "（二）停止运输车辆上路。（责任部门：区市容中心、各街道）\n\n"
                 "（三）停止园林机械作业。（牵头部门单位：区绿化管理所；配合部门单位：区林业站）\n")
    assert got["一"] == ([], ["区绿化管理所", "区林业站"])
    assert got["二"] == ([], ["区市容中心", "各街道"])
    assert got["三"] == (["区绿化管理所"], ["区林业站"])


def test_kind_words_inside_a_sentence_are_no_label():
    # near miss: 部门单位 inside the work, no colon — the sentence's own doer only
    got = _tasks("（一）区林业站负责落实各部门单位的林业工地应急措施。\n")
    assert got["一"] == ([], ["区林业站"])


# ---- the agent of 由 answering the item's own case ----------------------------------------------------------------

def test_agent_of_by_after_the_items_own_case_is_its_doer():
    got = _tasks("（一）应急终止\n\n当区应急工作组解除空气重污染预警信息时，由各工作组分别发布应急终止指令。\n\n"
                 "（二）现场处置\n\n发生道路塌陷时，由区建管委负责处置。\n")
    assert got["一"] == ([], ["各工作组"])
    assert got["二"] == ([], ["区建管委"])


def test_adjustment_case_and_catch_all_agent_stay_none():
    # near misses: 「确需调整的」 is rule 3's contingency; 有关单位 is a call; an item with other work keeps
    # its own doer
    got = _tasks("（一）调整\n\n确需调整的，由区政府决定。\n\n"
                 "（二）终止\n\n当区应急工作组解除预警时，由有关单位发布终止指令。\n\n"
                 "（三）信息\n\n区应急局负责汇总信息。确需调整的，由区政府决定。\n")
    assert got["一"] == ([], [])
    assert got["二"] == ([], [])
    assert got["三"] == ([], ["区应急局"])
    # near miss: a kind of object 「涉及…的，由A统筹」 is no event's case — its agent stays the case's, the later
    # doer is read
    assert _tasks("（一）统筹\n\n涉及多个街镇的，由区住建委统筹，各街镇负责实施。\n")["一"] == ([], ["各街镇"])


# ---- a 规划's yearly count, a past base, a closing table, a wrapped figure ------------------------------------------

def test_yearly_count_of_works_advanced_is_a_target():
    got = _targets("“十三五”期间，计划每年推进2-3个示范街道，40-50条示范道路。")
    assert (2.0, "个", ">=") in got and (40.0, "条", ">=") in got
    # near miss: the rhythm's period 「每3年」 is no count of work
    assert not [t for t in _targets("每3年推进一轮示范街道评估。") if t[1] == "年"]


GUIHUA = ("某区市政综合管理“十三五”规划\n\n一、主要任务\n\n"
          "1.推进示范街道建设。到“十三五”期末，全区70%街道成为示范街道。\n\n"
          "2.绘制管理蓝图。时序上，在2016年完成“1+10+X”任务的基础上，进行后四年工作任务的总体统筹，编制三年行动计划。\n\n"
          "3.加强正面宣传。发动各街道开展城市管理正面典型案例的宣传。\n\n{}")


def _dated(text: str) -> dict[str, tuple[str | None, list[tuple[float, str]]]]:
    return {t.number: (t.deadline, [(x.value, x.unit) for x in t.targets]) for t in parse_text(text).tasks}


def test_past_base_with_a_quoted_name_is_no_date_and_a_closing_table_is_no_items_text():
    text = GUIHUA.format("某区市政综合管理“十三五”目标任务指标\n\n项  目\n\n指  标\n\n环境综合治理\n\n"
                         "每年推进面积不少于20万平方米的整治任务，至“十三五”期末，累计推进约100万平方米。\n")
    got = _dated(text)
    assert got["1"] == ("2020-12-31", [(70.0, "%")])
    assert got["2"] == (None, [])
    assert got["3"] == (None, [])
    assert (200000.0, "平方米") in [(t.value, t.unit) for t in parse_text(text).plan_targets]


def test_dated_work_and_a_line_with_no_header_cells_stay_the_items():
    # near misses: the year of work done in the plan's year 「2016年完成…」 dates the item; a last line that names
    # indicators with no header cells under it is the item's own text
    text = GUIHUA.replace("在2016年完成“1+10+X”任务的基础上，", "2016年完成“1+10+X”任务，").replace(
        "成为示范街道。\n\n", "成为示范街道。\n\n示范街道名单另行公布。\n\n").format(
        "主要指标\n\n至“十三五”期末，正面宣传覆盖率达到90%。\n")
    got = _dated(text)
    assert got["2"][0] == "2016-12-31"
    assert got["3"] == ("2020-12-31", [(90.0, "%")])


def test_figure_wrapped_from_its_measure_is_read_whole():
    got = _targets("原则同意该规划。至2035年，排水系统基本达到3～5\n年一遇排水能力，控制率\n达到80%。")
    assert (5.0, "年一遇", ">=") in got and (80.0, "%", ">=") in got
    # near miss: a count wrapped before a noun that begins with a measure's character 「项目」 is no 项
    assert not [t for t in _targets("新建停车场3\n处，改造小区2\n项目。") if t[1] == "项"]


# ---- rate lines one level deeper under a rates point (Round 75 rulings, owed: x291_01 五/1) -------------------------

CALL = ("某区发改委关于组织申报服务业发展引导资金项目的通知\n\n各有关单位：\n\n现将有关事项通知如下。\n\n"
        "一、申报程序\n\n1.区发改委负责组织区级评审会议，确定推荐项目。\n\n"
        "2.区发改委会同区财政局对推荐项目进行公示。\n\n"
        "二、支持方式及标准\n\n1.市级支持\n\n"
        "(1)对重大示范项目，市级引导资金支持金额原则上不超过600万元。其中，对需突破支持上限的项目，由市评审小组研究确定支持金额。\n\n"
        "(2)对重点项目，市级引导资金支持比例最高不超过项目总投资的20%，支持金额不超过300万元。\n\n{}"
        "2.区级支持：对通过本区初审的项目，区级按照市级支持资金的50%的比例安排配套资金。\n")


def test_rate_lines_under_a_support_heading_are_terms_with_plan_targets():
    plan = parse_text(CALL.format(""))
    assert [t.key for t in plan.tasks] == ["一.1", "一.2"]
    figures = {(t.value, t.unit) for t in plan.plan_targets}
    assert {(6000000.0, "元"), (3000000.0, "元"), (20.0, "%"), (50.0, "%")} <= figures


def test_a_line_with_an_act_under_the_support_heading_stays_a_task():
    # near miss: a line naming the plan's body at work 「区发改委负责组织…」 is a task, whatever heading it stands under
    plan = parse_text(CALL.format("(3)区发改委负责组织专家对申报项目进行评审，确定支持名单。\n\n"))
    keys = [t.key for t in plan.tasks]
    assert keys == ["一.1", "一.2", "二.1.3"]
    assert plan.tasks[-1].responsible_units == ["区发改委"]


def test_staffing_share_stays_a_norm_and_a_funds_share_is_read():
    assert not [t for t in _targets("指导人员按照教练车总数的20%进行配备。") if t[1] == "%"]
    assert (50.0, "%") in [t[:2] for t in _targets("区级按照市级支持资金的50%的比例安排配套资金。")]


# ---- first responders acting by their own plan; a 规划's programme counted in a section's lead text ------------------

RESPONSE = "某区生产安全事故应急预案\n\n3 先期处置\n\n{}"


def test_first_responder_acting_by_its_plan_after_the_case_is_the_doer():
    got = _tasks_of(RESPONSE.format(
        "3.1 即时处置\n\n发生生产安全事故时，事发单位应立即按照本单位生产安全事故应急预案，组织职工展开自救互救，"
        "紧急疏散人员；在确保安全前提下，采取必要的防止次生灾害的措施；核实人员伤亡情况。\n\n"
        "3.2 报告\n\n发生生产安全事故时，事发单位应立即按照本单位应急预案报告区应急局；区应急局负责核实情况。\n"))
    assert got["3.1"] == ([], ["事发单位"])
    # near miss: the first responder only reports (a sending), and a later sentence names another body at work
    assert got["3.2"] == ([], ["区应急局"])


def _tasks_of(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


LAYOUT = ("某区公共停车设施建设规划（2021-2025）\n\n一、总体方案\n\n（一）布局方案\n\n"
          "确定全区公共停车设施总体布局方案。{}\n\n1.建设计划\n\n至2025年，新建公共停车场5处。\n\n"
          "2.增建要求\n\n新建非住宅建筑宜额外增建停车设施。\n\n二、保障措施\n\n（一）加大投入\n\n区财政局负责落实建设资金。\n")


def test_programme_counted_to_a_year_in_a_sections_lead_text_is_the_plans():
    plan = parse_text(LAYOUT.format("规划至2025年开工建设公共停车设施共16处;"
                                    "远期规划至2035年，开工建设公共停车设施共33处。"))
    figures = {(t.value, t.unit) for t in plan.plan_targets}
    assert {(16.0, "处"), (33.0, "处")} <= figures


def test_a_past_count_in_the_lead_text_is_not_the_plans():
    # near miss: what there is now 「现有公共停车场77处」 is no programme
    plan = parse_text(LAYOUT.format("全区现有公共停车场共77处。"))
    assert (77.0, "处") not in {(t.value, t.unit) for t in plan.plan_targets}
