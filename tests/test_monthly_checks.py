"""The check before a month is submitted asks for information articles only as the plan's duties do
(ux62 finding 10: a plan reporting by the quarter has no monthly information duty)."""

from __future__ import annotations

from helpers_plan import sample_plan
from helpers_ui import make_workspace, task_id, unit

from desktop.core.deadlines import articles_asked
from desktop.core.model import Duty
from desktop.store import entries
from desktop.store.month_checks import check_month


def test_articles_asked_reads_the_count_from_the_information_duty():
    assert articles_asked([{"kind": "monthly_info", "every": "month", "text": "每月报送信息1篇以上"}]) == 1
    assert articles_asked([{"kind": "monthly_info", "every": "month", "text": "各单位每月至少报送两条工作信息"}]) == 2
    # a day in the duty is not a count; no count named: one
    assert articles_asked([{"kind": "monthly_info", "every": "month", "text": "每月10日前报送工作信息"}]) == 1
    # progress by the quarter, a monthly progress report without 信息, the office's own rhythm: nothing asked
    assert articles_asked([{"kind": "quarterly_report", "every": "quarter", "text": "每季度末月20日前报送进展情况"},
                           {"kind": "monthly_info", "every": "month", "text": "每月5日前报送工作进展"},
                           {"kind": "oversight", "every": "month", "text": "实行月调度、季通报，及时报送信息"}]) == 0
    assert articles_asked([]) == 0


def _month(tmp_path, duties):
    plan = sample_plan()
    plan.duties = duties
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    me = unit(ws, plan_id, "市民政局")
    entries.save_entry(ws, task_id(ws, plan_id, "二.二.3"), me, "2024-04", progress="新建老年食堂12个")
    return ws, plan_id, me


def test_a_quarterly_plan_is_not_asked_for_articles(tmp_path):
    ws, plan_id, me = _month(tmp_path, [Duty("quarterly_report", None, "quarter",
                                             "各牵头单位每季度末月20日前报送进展情况，6月20日前报送半年工作总结")])
    warnings, blocking = check_month(ws, plan_id, me, "2024-04", [])
    assert warnings == [] and blocking == []


def test_the_plan_s_count_of_articles_is_asked_for(tmp_path):
    ws, plan_id, me = _month(tmp_path, [Duty("monthly_info", None, "month", "每月至少报送2篇工作信息")])
    warnings, _ = check_month(ws, plan_id, me, "2024-04", [])
    assert warnings == ["本月还没有工作信息（方案要求每月至少报送 2 篇）。"]
    entries.add_article(ws, plan_id, me, "2024-04", title="市民政局推进老年食堂建设", body="4月新建老年食堂12个。")
    warnings, _ = check_month(ws, plan_id, me, "2024-04", [])
    assert warnings == ["本月只有 1 篇工作信息，方案要求每月至少报送 2 篇。"]
    entries.add_article(ws, plan_id, me, "2024-04", title="市民政局开展助餐服务", body="4月助餐1.2万人次。")
    assert check_month(ws, plan_id, me, "2024-04", []) == ([], [])


def test_the_reminder_asks_for_articles_only_when_the_plan_does(qtbot, tmp_path):
    from helpers_ui import FakePrompts, open_window

    plan = sample_plan()
    plan.duties = [Duty("quarterly_report", None, "quarter", "各责任单位每季度末月20日前报送进展情况")]
    make_workspace(tmp_path / "w.sqlite", plan)[0].close()
    page = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-07-25").dashboard
    text = page.ui.reminderEdit.toPlainText()
    assert "季度落实《测试工作方案》的工作进展。请于" in text and "工作信息" not in text
    monthly = sample_plan()                     # 每月报送信息1篇以上: the 工作信息 is chased with the progress
    make_workspace(tmp_path / "m.sqlite", monthly)[0].close()
    page = open_window(qtbot, tmp_path / "m.sqlite", FakePrompts(), role="office", as_of="2024-07-25").dashboard
    assert "的工作进展和工作信息。" in page.ui.reminderEdit.toPlainText()
