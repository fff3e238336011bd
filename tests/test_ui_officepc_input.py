"""The client never drops input silently (issue 14): indicator values typed as clerks write
them, and an article typed before 新建."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import Qt

from desktop.store import entries


def _page(qtbot, tmp_path, prompts):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    page = window.show_page("monthly")
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-02"))
    row = next(i for i, r in enumerate(page.tasks.rows) if r["title"] == "建设养老床位")
    page.ui.taskList.setCurrentIndex(page.tasks.index(row, 0))
    return window, page


def test_chinese_and_unit_values_are_read_or_refused_with_a_message(qtbot, tmp_path):
    prompts = FakePrompts()
    window, page = _page(qtbot, tmp_path, prompts)
    values = page.values
    unit = values.rows[0]["unit"]
    assert unit == "张"
    assert values.setData(values.index(0, values.COL_VALUE), "一百二十张")
    assert values.values()[values.rows[0]["id"]] == 120.0
    assert values.setData(values.index(0, values.COL_VALUE), "1.2万")
    assert values.values()[values.rows[0]["id"]] == 12000.0

    assert not values.setData(values.index(0, values.COL_VALUE), "15天")
    qtbot.waitUntil(lambda: bool(prompts.texts("warn")), timeout=3000)
    said = prompts.texts("warn")[0]
    assert "单位是“天”" in said and "以“张”计" in said
    assert values.values()[values.rows[0]["id"]] == 12000.0          # the last good value stays
    page.flush()
    saved = entries.entries(window.session.ws, unit_id=window.session.unit_id, month="2024-02")[0]
    assert saved["values"][values.rows[0]["id"]] == 12000.0


def test_article_typed_before_new_is_kept(qtbot, tmp_path):
    prompts = FakePrompts()
    window, page = _page(qtbot, tmp_path, prompts)
    s = window.session
    assert page.articles.ui.articlesList.count() == 0
    assert not page.articles.ui.articleTitleEdit.isReadOnly() and not page.articles.ui.articleBodyEdit.isReadOnly()
    page.articles.ui.articleTitleEdit.setText("我局开展养老服务宣传月")
    page.articles.ui.articleBodyEdit.setPlainText("3月以来，我局在全市开展养老服务宣传。")
    qtbot.mouseClick(page.articles.ui.newArticleButton, Qt.MouseButton.LeftButton)
    saved = entries.articles(s.ws, unit_id=s.unit_id, month="2024-02")
    assert [(a["title"], a["body"]) for a in saved] == [
        ("我局开展养老服务宣传月", "3月以来，我局在全市开展养老服务宣传。")]
    assert page.articles.ui.articleTitleEdit.text() == "我局开展养老服务宣传月"
    assert page.articles.article_id == saved[0]["id"]
    # 新建 again now makes a second, empty article
    qtbot.mouseClick(page.articles.ui.newArticleButton, Qt.MouseButton.LeftButton)
    assert len(entries.articles(s.ws, unit_id=s.unit_id, month="2024-02")) == 2


def test_article_typed_without_new_is_saved_by_autosave(qtbot, tmp_path):
    prompts = FakePrompts()
    window, page = _page(qtbot, tmp_path, prompts)
    s = window.session
    page.articles.ui.articleBodyEdit.setPlainText("只写了正文，没有点新建。")
    qtbot.waitUntil(lambda: bool(entries.articles(s.ws, unit_id=s.unit_id, month="2024-02")), timeout=3000)
    saved = entries.articles(s.ws, unit_id=s.unit_id, month="2024-02")
    assert saved[0]["body"] == "只写了正文，没有点新建。" and saved[0]["title"] == "新的工作信息"
    assert prompts.said == []
