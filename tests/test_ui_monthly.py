"""Monthly entry through the real widgets: type, autosave, validate, submit, reopen with a reason."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window, task_id, unit
from PySide6.QtCore import Qt

from desktop.store import entries


def _window(qtbot, tmp_path, prompts, unit_name="市民政局"):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="unit", unit_name=unit_name,
                         as_of="2024-03-20")
    window.show_page("monthly")
    return window


def _select(page, title):
    row = next(i for i, r in enumerate(page.tasks.rows) if r["title"] == title)
    page.ui.taskList.setCurrentIndex(page.tasks.index(row, 0))


def test_entry_autosaves_validates_submits_and_reopens(qtbot, tmp_path):
    prompts = FakePrompts(ask=[False, True], text=["", "补充2月数据"])
    window = _window(qtbot, tmp_path, prompts)
    page = window.monthly
    ws, session = window.session.ws, window.session
    month_index = page.ui.monthCombo.findData("2024-02")
    page.ui.monthCombo.setCurrentIndex(month_index)
    assert page.month == "2024-02"
    # the plan names no day: February was due on 5 March (a Tuesday), passed on the 20th
    assert "已过报送截止日期（2024年3月5日）" in page.ui.stateLabel.text()
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-03"))
    # 5 April 2024 is in the Qingming holiday: due on the next working day, the make-up Sunday
    assert "按方案须于 2024年4月7日 前提交" in page.ui.stateLabel.text()
    page.ui.monthCombo.setCurrentIndex(month_index)
    # my tasks: given to me, to a group I belong to, or led by me (tasks 1, 2, 4)
    assert [r["title"] for r in page.tasks.rows] == ["凝聚社会共识", "明确责任分工", "建设养老床位"]

    _select(page, "建设养老床位")
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("in_progress"))
    page.ui.progressEdit.setPlainText("新增家庭养老照护床位120张")
    values = page.values
    assert values.setData(values.index(0, values.COL_VALUE), "120")
    # drafts save by themselves shortly after typing stops
    qtbot.waitUntil(lambda: bool(entries.entries(ws, unit_id=session.unit_id, month="2024-02")), timeout=3000)
    saved = entries.entries(ws, unit_id=session.unit_id, month="2024-02")[0]
    assert saved["progress"] == "新增家庭养老照护床位120张" and saved["state"] == "draft"
    assert list(saved["values"].values()) == [120.0]
    assert "已填" not in page.tasks.index(2, 0).data() and "推进中" in page.tasks.index(2, 0).data()

    # 已完成 with nothing written, a value going down from last month: warned in plain words
    plan = session.plan_id
    t4 = task_id(ws, plan, "二.二.4")
    beds = ws.conn.execute("SELECT id FROM targets WHERE task_id = ? ORDER BY position", (t4,)).fetchone()[0]
    entries.save_entry(ws, t4, session.unit_id, "2024-01", values={beds: 150})
    _select(page, "凝聚社会共识")
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("done"))
    page.flush()
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)     # first answer: no, don't submit
    question = prompts.texts("ask")[-1]
    assert "标为“已完成”，但没有写本月做了什么" in question
    assert "本月累计 120，比上月的 150 还少" in question
    assert "还有 1 项任务本月没有填写" in question
    assert "还没有工作信息" in question
    assert not entries.is_locked(ws, session.unit_id, "2024-02")

    # an information article, then submit (second answer: yes)
    page.ui.entryTabs.setCurrentWidget(page.ui.articlesTab)           # 新建 is on the 工作信息 tab
    qtbot.mouseClick(page.articles.ui.newArticleButton, Qt.MouseButton.LeftButton)
    assert page.articles.ui.articleTitleEdit.text() == "新的工作信息"
    page.articles.ui.articleTitleEdit.setText("市民政局推进家庭养老照护床位建设")
    page.articles.ui.articleBodyEdit.setPlainText("2月新增床位120张。")
    page.flush()
    article = entries.articles(ws, unit_id=session.unit_id, month="2024-02")[0]
    assert article["title"] == "市民政局推进家庭养老照护床位建设" and article["author"] == ""
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert entries.is_locked(ws, session.unit_id, "2024-02")
    assert "已提交" in page.ui.stateLabel.text()
    assert page.ui.progressEdit.isReadOnly() and not page.ui.submitButton.isEnabled()
    assert page.ui.reopenButton.isEnabled()
    assert prompts.texts("info")[-1].startswith("2024年2月 已提交")

    # reopening needs a reason: an empty one keeps the month locked
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    assert entries.is_locked(ws, session.unit_id, "2024-02")
    assert "没有写原因" in prompts.texts("warn")[-1]
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    assert not entries.is_locked(ws, session.unit_id, "2024-02")
    assert not page.ui.progressEdit.isReadOnly()
    entry = entries.entries(ws, unit_id=session.unit_id, month="2024-02", task_id=t4)[0]
    history = entries.history(ws, entry["id"])
    assert [h["reason"] for h in history] == ["提交", "重新打开：补充2月数据"]
    assert history[0]["snapshot"]["progress"] == "新增家庭养老照护床位120张"
    assert entry["revision"] == 2
    # the month is remembered
    assert ws.setting("last_month") == "2024-02"


def test_empty_month_cannot_be_submitted(qtbot, tmp_path):
    prompts = FakePrompts()
    window = _window(qtbot, tmp_path, prompts)
    page = window.monthly
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert "还没有填写任何任务的进展" in prompts.texts("warn")[-1]
    assert prompts.texts("ask") == []


def test_draft_survives_closing_before_the_timer(qtbot, tmp_path):
    prompts = FakePrompts()
    window = _window(qtbot, tmp_path, prompts)
    page = window.monthly
    page.ui.progressEdit.setPlainText("写到一半")
    assert page.timer.isActive()
    window.close()                              # flushes at once
    ws = window.session.ws
    rows = entries.entries(ws, unit_id=window.session.unit_id, month=page.month)
    assert [r["progress"] for r in rows] == ["写到一半"]


def test_attachment_is_copied_beside_the_workspace(qtbot, tmp_path):
    evidence = tmp_path / "现场照片.txt"
    evidence.write_text("照片说明", encoding="utf-8")
    prompts = FakePrompts(open_files=[[evidence]])
    window = _window(qtbot, tmp_path, prompts)
    page = window.monthly
    qtbot.mouseClick(page.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert page.ui.attachmentsList.count() == 1
    assert "现场照片.txt" in page.ui.attachmentsList.item(0).text()
    ws = window.session.ws
    row = next(iter(ws.db.query("SELECT * FROM attachments")))
    copied = ws.path.parent / row["stored_path"]
    assert copied.read_text(encoding="utf-8") == "照片说明" and copied != evidence
    assert row["stored_path"].startswith("attachments/w/2024-")           # portable: forward slashes


def test_unit_of_a_group_sees_group_tasks(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, FakePrompts(), unit_name="市残联")
    titles = [r["title"] for r in window.monthly.tasks.rows]
    # 市残联 is a member of 领导小组各成员单位 (task 1) and responsible for task 3
    assert titles == ["凝聚社会共识", "推进适老化改造"]
    assert unit(window.session.ws, window.session.plan_id, "市残联") == window.session.unit_id


def test_switching_month_saves_into_the_month_left(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, FakePrompts())
    page = window.monthly
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-02"))
    page.ui.progressEdit.setPlainText("二月的进展")
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-01"))   # before the timer fires
    ws, unit_id = window.session.ws, window.session.unit_id
    assert [r["progress"] for r in entries.entries(ws, unit_id=unit_id, month="2024-02")] == ["二月的进展"]
    assert entries.entries(ws, unit_id=unit_id, month="2024-01") == []
    assert page.ui.progressEdit.toPlainText() == ""
