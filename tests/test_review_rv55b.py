"""rv55b: review of round 55's second wave and product mends (u55a's typed deadlines and duplicate
numbers). Each test fails on eb8c903c."""

from __future__ import annotations

import pytest
from helpers_ui import FakePrompts, sample_plan
from PySide6.QtCore import Qt

from desktop.core import review_edits as E
from desktop.core.parse import parse_text

EDIT = Qt.ItemDataRole.EditRole

# a 2019 plan issued in December 2018: its work dates carry no year
PLAN_2019 = """某某区2019年春季爱国卫生运动实施方案

为做好2019年春季爱国卫生运动，制定本方案。

一、工作任务
（一）开展环境卫生整治。区城管局负责清理卫生死角200处，2019年2月底前完成。
（二）开展病媒生物防制。区卫健局负责投放鼠药500公斤，3月15日前完成。
（三）开展宣传。区委宣传部负责发放宣传资料1000份，2月底前完成。

某某区人民政府办公室
2018年12月20日
"""


def _review(qtbot, plan):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- F1: a year-less typed date takes the 成文日期's year, not the year the parser reads the plan in ----

def test_a_typed_date_without_its_year_falls_in_the_year_the_parser_reads_the_plan_in(qtbot):
    from desktop.ui.review_model import COL_DEADLINE

    plan = parse_text(PLAN_2019)
    assert plan.date == "2018-12-20"
    parsed = {t.number: t.deadline for t in plan.tasks}
    assert parsed["三"] == "2019-02-28"                 # the parser: 「2月底前完成」 in this plan is 2019's
    dialog = _review(qtbot, plan)
    model = dialog.model
    # the clerk types the plan's own words in row 1: they must be read as the parser read them in row 3,
    # not as 2018-02-28 (ten months before the plan was issued)
    assert model.setData(model.index(0, COL_DEADLINE), "2月底", EDIT), model.last_error
    assert dialog.working.tasks[0].deadline == "2019-02-28"


def test_a_plan_with_a_title_year_and_no_issue_date_still_dates_a_year_less_typed_date(qtbot):
    from desktop.ui.review_model import COL_DEADLINE

    plan = parse_text(PLAN_2019.replace("2018年12月20日\n", ""))
    assert plan.date is None
    assert {t.number: t.deadline for t in plan.tasks}["三"] == "2019-02-28"   # the parser has its year
    dialog = _review(qtbot, plan)
    model = dialog.model
    # refused today with 「方案也没有成文日期可推算年份」, though the plan's year is in its title
    assert model.setData(model.index(0, COL_DEADLINE), "3月15日", EDIT), model.last_error
    assert dialog.working.tasks[0].deadline == "2019-03-15"


def test_the_task_tab_and_plan_edit_date_a_year_less_date_in_the_stored_plans_year_and_say_so(qtbot, tmp_path, capsys):
    from helpers_ui import make_workspace, task_id
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.__main__ import main
    from desktop.store import queries
    from desktop.ui.task_edit import TaskEditDialog

    plan = parse_text(PLAN_2019)
    first = plan.tasks[0].key
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    prompts = FakePrompts()
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, first), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.deadlineEdit.setText("2月底")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert queries.task_detail(ws, task_id(ws, plan_id, first))["deadline"] == "2019-02-28"
    assert any("2019 年计" in text for text in prompts.texts("info")), prompts.said   # the year taken, said
    ws.close()
    assert main(["plan", "edit", "--db", str(tmp_path / "w.sqlite"), "--task", first, "--deadline", "3月15日"]) == 0
    out = capsys.readouterr().out
    assert "2019 年计" in out and "2019-03-15" in out


# -- F2: a range of days is refused as a slip of the hand, a range of months taken as its end ---------

def _outcome(typed: str, year: int | None = 2019) -> str | None:
    try:
        return E.read_deadline(typed, year)[0]
    except E.EditError:
        return "refused"


def test_a_range_of_days_and_a_range_of_months_are_read_alike():
    from desktop.core.parse.dates import deadline_from_words

    # the parser reads both as one deadline, the range's end
    assert [(d.words, d.date) for d in deadline_from_words("2019年2月19日至3月1日", None)] == \
        [("2019年2月19日至3月1日", "2019-03-01")]
    assert [(d.words, d.date) for d in deadline_from_words("2019年2月-3月", None)] == \
        [("2019年2月-3月", "2019-03-31")]
    # read_deadline takes the month range (2019-03-31) but refuses the day range as 「不是日期」: the
    # 2月30日 check compares the range's FIRST day (19) with its end (1). Both taken, or both refused.
    months, days = _outcome("2019年2月-3月"), _outcome("2019年2月19日至3月1日")
    assert (months == "refused") == (days == "refused"), (months, days)
    months, days = _outcome("2019年2月-2019年3月"), _outcome("2019年2月19日-2019年3月1日")
    assert (months == "refused") == (days == "refused"), (months, days)
    # both taken as their end, as the parser takes them, and the note says so; a slip in the end day stays refused
    assert E.read_deadline("2019年2月19日至3月1日", 2019) == ("2019-03-01", E.RANGE_TAKEN.format(
        text="2019年2月19日至3月1日", date="2019-03-01"))
    assert "按区间的截止日 2019-03-31 计" in E.read_deadline("2019年2月-3月", 2019)[1]
    assert _outcome("2019年2月19日至2月30日") == "refused" and _outcome("2月30日") == "refused"
    assert E.read_deadline("2024-3-1", 2019) == ("2024-03-01", "")          # a dash inside a day parts no range


# -- F3: a duplicate number written in full-width characters is taken ------------------------------

@pytest.mark.parametrize("typed", ["二．一．1", "二.一.１", "二．一．１"])
def test_a_number_another_task_has_written_full_width_is_refused(typed):
    plan = sample_plan()                           # row 0 is 二.一.1
    with pytest.raises(E.EditError) as refused:
        E.check_number(plan, 1, typed)
    assert "第 1 行" in refused.value.message


def test_review_does_not_give_two_rows_one_number_through_full_width_characters(qtbot):
    from desktop.ui.review_model import COL_NUMBER

    dialog = _review(qtbot, sample_plan())
    model = dialog.model
    model.setData(model.index(1, COL_NUMBER), "二．一．1", EDIT)
    task = dialog.working.tasks[1]
    # today: taken, the task gets path [] and number 「二．一．1」 — a number that reads as row 0's
    assert (task.path, task.number) in ((["二", "一"], "2"),)
    # a new number written full-width is stored as the rest are: ASCII dots and digits, in its parts
    assert model.setData(model.index(1, COL_NUMBER), "二．一．５", EDIT), model.last_error
    assert (task.path, task.number) == (["二", "一"], "5")


# -- F4 (w55d, 58b3eae9): a title with an unpaired straight double quote recurses without end -----------

_QUOTE_PLAN = """某某区2019年社区便民服务工作方案

一、工作任务
1.{first}
2.开展便民服务进社区活动，区商务局负责，5月底前完成。
3.开展社区义诊活动，区卫健局负责，4月底前完成。

某某区人民政府办公室
2019年1月10日
"""


@pytest.mark.parametrize("first", [
    '采购55"液晶显示屏10台，安装在各社区服务中心，区民政局负责，6月底前完成。',   # 55" : inches
    '开展"清洁家园行动，区城管局负责，3月底前完成。',                               # a quote left open
    '开展"' + "清洁家园" * 11 + '"行动，区城管局负责，3月底前完成。',              # a pair over 40 characters apart
])
def test_a_title_with_a_straight_quote_not_read_as_a_pair_keeps_the_plan(first):
    from desktop.core.parse.shortname import suggest_short_name

    plan = parse_text(_QUOTE_PLAN.format(first=first))
    assert not any("RecursionError" in w for w in plan.warnings), plan.warnings
    assert [t.key for t in plan.tasks] == ["一.1", "一.2", "一.3"]      # today: no task at all
    # a name where the words give one — not a RecursionError (the pair over 40 characters apart gave "" before w55d
    # too: its quoted words are too long to name the task, and the review shows the title)
    name = suggest_short_name(first.rstrip("。"), first, [])
    assert name if '"清洁家园清洁家园' not in first else name == ""


def test_a_corrected_title_with_an_open_straight_quote_lets_the_short_name_follow():
    from desktop.core.model import Task
    from desktop.core.parse.shortname import suggest_short_name

    old = "开展清洁家园行动"
    task = Task(["一"], "1", '开展"清洁家园"行动', "", short_name=suggest_short_name(old))
    task.title = '开展"清洁家园行动'                    # the clerk's correction, its closing quote forgotten
    E.short_name_follows(task, old)                    # today: RecursionError
    assert task.short_name
