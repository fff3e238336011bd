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
    assert not [t for t in _targets("在气温低于4℃情况下停止作业。") if t[1] == "℃"]


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
