"""Where the review says a parse is doubtful (desktop.core.parse_doubts): each rule flags the
made-up plan it is about and leaves the one beside it alone; the review's row problems carry
the doubts and drop them once the clerk has filled the cell."""

from __future__ import annotations

from desktop.core import parse_doubts as D, review_edits as E
from desktop.core.model import ParsedPlan, Target, Task
from desktop.core.parse import parse_text

HEAD = "关于推进社区服务的实施方案\n\n一、主要任务\n"


def _plan(*tasks: Task, date: str = "2024-03-01") -> ParsedPlan:
    return ParsedPlan(title="测试方案", date=date, tasks=list(tasks),
                      source_text="\n".join(t.text for t in tasks))


def _task(text: str, **fields) -> Task:
    return Task(path=["一"], number="1", title=text[:8], text=text, **fields)


def test_a_date_in_the_item_without_a_deadline_read_is_flagged():
    flagged = _task("完善社区食堂布局，2024年6月底前完成选址。", responsible_units=["区民政局"])
    doubts = D.plan_doubts(_plan(flagged))[0]
    assert any("2024年6月底前" in d and "“完成时限”格" in d for d in doubts), doubts
    read = _task("完善社区食堂布局，2024年6月底前完成选址。", deadline="2024-06-30")
    assert D.deadline_unread(_plan(read), read) is None
    no_date = _task("完善社区食堂布局，做好选址工作。")
    assert D.deadline_unread(_plan(no_date), no_date) is None


def test_a_figure_with_a_measure_word_and_no_target_read_is_flagged():
    flagged = _task("新建社区食堂12家，覆盖全部街道。")
    assert "12家" in (D.target_unread(_plan(flagged), flagged) or "")
    read = _task("新建社区食堂12家，覆盖全部街道。", targets=[Target("新建社区食堂12家", 12, "家", ">=")])
    assert D.target_unread(_plan(read), read) is None
    # a year or a date is no figure to count
    dated = _task("2024年3月起开展社区服务提升行动。")
    assert D.target_unread(_plan(dated), dated) is None


def test_a_very_long_item_is_flagged_as_maybe_several_run_together():
    long = _task("推进社区服务提升，" + "完善服务设施、优化服务流程、提升服务质量，" * 25)
    assert "可能是几项任务连在一起" in (D.long_text(_plan(long), long) or "")
    short = _task("推进社区服务提升，完善服务设施。")
    assert D.long_text(_plan(short), short) is None


def test_an_item_with_a_number_inside_is_flagged_as_maybe_several_run_together():
    plan = parse_text(HEAD + "1.完善社区服务设施。（1）新建社区食堂；（2）改造活动室。（责任单位：区民政局）\n"
                             "2.优化社区服务流程，提升办事效率。（责任单位：区政务服务办）\n")
    doubts = D.plan_doubts(plan)
    flagged = [d for row in doubts for d in row if "中间还有编号“（1）”" in d]
    assert flagged, doubts
    clean = parse_text(HEAD + "1.完善社区服务设施，新建社区食堂。（责任单位：区民政局）\n"
                              "2.优化社区服务流程，提升办事效率。（责任单位：区政务服务办）\n")
    assert clean.tasks and D.plan_doubts(clean) == [[] for _ in clean.tasks]


def test_a_parsed_plan_with_a_target_and_a_deadline_read_has_no_doubt():
    plan = parse_text(HEAD + "1.2024年底前新建社区食堂12家。（责任单位：区民政局）\n"
                             "2.优化社区服务流程。（责任单位：区政务服务办）\n")
    assert plan.tasks[0].targets and plan.tasks[0].deadline
    assert D.plan_doubts(plan) == [[], []]


def test_row_problems_carry_the_doubts_until_the_cell_is_filled():
    task = _task("完善社区食堂布局，2024年6月底前完成选址。", responsible_units=["区民政局"])
    plan = _plan(task)
    assert any("完成时限" in p for p in E.task_problems(plan, task))
    assert not any("完成时限" in p for p in E.task_problems(plan, task, doubts=False))
    task.deadline = E.check_deadline("2024-06-30")          # what the clerk types in review
    assert not any("完成时限" in p for p in E.task_problems(plan, task))


def test_the_doubts_are_per_task_in_order():
    first = _task("新建社区食堂12家。")
    second = Task(path=["一"], number="2", title="活动室", text="改造活动室，2024年9月底前完工。")
    plan = _plan(first, second)
    [one], [two] = D.plan_doubts(plan)
    assert "12家" in one and "2024年9月底前" in two


def test_a_group_without_members_is_said_on_the_row_but_does_not_tint_it():
    from desktop.core.model import Unit

    task = _task("优化社区服务流程。", responsible_units=["各街镇"])
    plan = _plan(task)
    plan.units = [Unit("各街镇", is_group=True)]
    problems = E.task_problems(plan, task)
    assert any("一组单位" in p for p in problems)
    assert not any(E.tints_row(p) for p in problems)
    task.responsible_units.append("区民政局")                 # a unit not in the list does tint it
    assert any(E.tints_row(p) for p in E.task_problems(plan, task))


def test_a_role_word_read_into_a_unit_name_is_flagged():
    plan = parse_text(HEAD + "1.推进5个美丽街区建设。（牵头单位：区绿化市容局，支撑单位：相关街镇）\n"
                             "2.完成口袋公园建设。（牵头单位：区绿化市容局；配合单位：区建设管理委）\n")
    for task in plan.tasks:                     # the parser reads both: no doubt
        assert D.odd_unit(plan, task) is None, task.responsible_units
    misread = _task("推进5个美丽街区建设。", lead_units=["区绿化市容局"],
                    responsible_units=["支撑单位：相关街镇"])
    assert "支撑单位：相关街镇" in (D.odd_unit(_plan(misread), misread) or "")
    split = _task("城乡居民收入增速保持领先。", lead_units=["市农业农村局分别"])
    assert "“市农业农村局分别”" in (D.odd_unit(_plan(split), split) or "")


def test_three_lead_units_or_more_are_flagged():
    plan = parse_text(HEAD + "1.区本级规上工业增加值增长10%。（牵头单位：区经商局；责任单位：区发改局、区科技局）\n"
                             "2.完成口袋公园建设。（牵头单位：区绿化市容局）\n")
    assert [D.many_leads(plan, t) for t in plan.tasks] == [None, None]
    listed = _task("研究与试验发展经费投入强度达到2.6%。", lead_units=["区科技局", "区经商局", "区建设局"])
    assert "3 个牵头单位" in (D.many_leads(_plan(listed), listed) or "")


def test_the_whole_plan_s_problems_are_each_task_s():
    plan = parse_text(HEAD + "1.完善社区服务设施。（1）新建社区食堂；（2）改造活动室。（责任单位：区民政局）\n"
                             "2.优化社区服务流程，提升办事效率。（责任单位：区政务服务办）\n")
    assert E.plan_problems(plan) == [E.task_problems(plan, t) for t in plan.tasks]
    assert any(E.plan_problems(plan))


def test_a_parser_warning_reaches_its_own_row_only_and_goes_once_the_field_is_filled():
    """Two tasks share a title and only one names no unit: the warning names it by number, so
    only that row has it, and not twice (the review's own words say the same); once units are
    written in, the warning no longer stands."""
    from desktop.core.parse import parse_text

    plan = parse_text(HEAD + "1.完善社区服务。（责任单位：区民政局）\n2.完善社区服务。\n"
                             "3.优化社区服务流程。（责任单位：区政务服务办）\n")
    first, second = plan.tasks[0], plan.tasks[1]
    assert any("没有写明牵头或责任单位" in w for w in plan.warnings)
    assert E.task_problems(plan, second, doubts=False) == [E.NO_UNITS]
    assert E.task_problems(plan, first, doubts=False) == []
    second.responsible_units = ["区民政局"]
    assert E.task_problems(plan, second, doubts=False) == []
