"""The 工作信息 part of the monthly page on its own: typed → saved → shown again after a reload;
删除 asks first; a full disk keeps the text and says so; a submitted month is read-only."""

from __future__ import annotations

import sqlite3

import pytest
from helpers_ui import FakePrompts, make_workspace, unit
from PySide6.QtCore import Qt

from desktop.store import entries
from desktop.ui.monthly_articles import NEW_ARTICLE, ArticlesWidget
from desktop.ui.session import Session

MONTH = "2024-02"


@pytest.fixture
def session(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.set_setting("role", "unit")
    ws.set_setting("unit_id", str(unit(ws, plan, "市民政局")))
    yield Session.load(ws)
    ws.close()


def _widget(qtbot, session, prompts, **kwargs):
    widget = ArticlesWidget(session, prompts, **kwargs)
    qtbot.addWidget(widget)
    widget.load(MONTH, locked=False)
    return widget


def _saved(session):
    return [(a["title"], a["body"], a["author"]) for a in entries.articles(session.ws, unit_id=session.unit_id,
                                                                            month=MONTH)]


def test_edit_save_reload_shows_it(qtbot, session):
    entries.set_liaison(session.ws, session.unit_id, "王晓丽")
    widget = _widget(qtbot, session, FakePrompts())
    saved = []
    widget.saved.connect(lambda: saved.append(True))
    qtbot.mouseClick(widget.ui.newArticleButton, Qt.MouseButton.LeftButton)
    assert _saved(session) == [(NEW_ARTICLE, "", "王晓丽")]        # the liaison writes it unless told
    widget.ui.articleTitleEdit.setText("市民政局推进家庭养老照护床位建设")
    widget.ui.articleBodyEdit.setPlainText("2月新增床位120张。")
    assert widget.dirty and widget.timer.isActive()                   # saved shortly after typing stops
    qtbot.waitUntil(lambda: not widget.dirty, timeout=3000)
    assert saved and _saved(session) == [("市民政局推进家庭养老照护床位建设", "2月新增床位120张。", "王晓丽")]
    assert widget.ui.articlesList.currentItem().text() == "市民政局推进家庭养老照护床位建设"

    again = _widget(qtbot, session, FakePrompts())                    # a fresh widget: from the workspace
    assert again.ui.articlesList.count() == 1
    assert again.ui.articleTitleEdit.text() == "市民政局推进家庭养老照护床位建设"
    assert again.ui.articleBodyEdit.toPlainText() == "2月新增床位120张。"
    assert again.ui.articleAuthorEdit.text() == "王晓丽"


def test_switching_articles_saves_the_one_left(qtbot, session):
    first = entries.add_article(session.ws, session.plan_id, session.unit_id, MONTH, title="一", body="")
    entries.add_article(session.ws, session.plan_id, session.unit_id, MONTH, title="二", body="")
    widget = _widget(qtbot, session, FakePrompts())
    assert widget.article_id == first
    widget.ui.articleBodyEdit.setPlainText("第一篇的正文")
    widget.ui.articlesList.setCurrentRow(1)                           # before the timer fires
    assert [b for _, b, _ in _saved(session)] == ["第一篇的正文", ""]
    assert widget.ui.articleTitleEdit.text() == "二" and widget.ui.articleBodyEdit.toPlainText() == ""


def test_delete_asks_first(qtbot, session):
    entries.add_article(session.ws, session.plan_id, session.unit_id, MONTH, title="要删的信息", body="正文")
    prompts = FakePrompts(ask=[False, True])
    widget = _widget(qtbot, session, prompts)
    qtbot.mouseClick(widget.ui.deleteArticleButton, Qt.MouseButton.LeftButton)      # no: it stays
    assert "删除信息“要删的信息”吗" in prompts.texts("ask")[-1]
    assert _saved(session) == [("要删的信息", "正文", "")] and widget.ui.articlesList.count() == 1
    qtbot.mouseClick(widget.ui.deleteArticleButton, Qt.MouseButton.LeftButton)      # yes: gone
    assert _saved(session) == [] and widget.ui.articlesList.count() == 0
    assert widget.article_id is None and widget.ui.articleTitleEdit.text() == ""


def test_a_full_disk_keeps_the_text_and_saves_it_later(qtbot, session, monkeypatch):
    article = entries.add_article(session.ws, session.plan_id, session.unit_id, MONTH, title="信息", body="")
    prompts = FakePrompts()
    widget = _widget(qtbot, session, prompts)
    said = []
    widget.refused.connect(said.append)

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("desktop.store.entries.update_article", full)
    widget.ui.articleBodyEdit.setPlainText("写了还没存上的正文")
    assert widget.save() is False
    assert len(said) == 1 and "磁盘空间已满" in said[0]               # the page says it, once
    assert widget.dirty and widget.timer.isActive()                   # retried later, quietly
    assert widget.ui.articleBodyEdit.toPlainText() == "写了还没存上的正文"
    monkeypatch.undo()
    widget.timer.timeout.emit()
    assert not widget.dirty and entries.articles(session.ws, unit_id=session.unit_id)[0]["body"] == "写了还没存上的正文"
    assert article == widget.article_id


def test_a_submitted_month_and_the_office_view_are_read_only(qtbot, session):
    entries.add_article(session.ws, session.plan_id, session.unit_id, MONTH, title="信息", body="正文")
    widget = _widget(qtbot, session, FakePrompts())
    widget.load(MONTH, locked=True)
    assert widget.ui.articleTitleEdit.isReadOnly() and widget.ui.articleBodyEdit.isReadOnly()
    assert not widget.ui.newArticleButton.isEnabled() and not widget.ui.deleteArticleButton.isEnabled()
    widget.ui.articleBodyEdit.setPlainText("改不了")                   # as if typed: nothing is armed
    assert not widget.dirty and widget.save()
    office = _widget(qtbot, session, FakePrompts(), read_only=True)
    office.show()
    assert office.ui.articleTitleEdit.isReadOnly()
    assert office.ui.newArticleButton.isHidden() and office.ui.deleteArticleButton.isHidden()
