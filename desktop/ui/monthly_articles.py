"""The 工作信息 part of the monthly page: the unit's information articles of one month.

A widget of its own with its own draft state: what is typed is saved shortly after typing
stops, apart from the task entries beside it. The page (desktop.ui.monthly_page) composes it:
it says which month is on screen and whether that month is locked, shows when a save went
through, and says a full or read-only disk once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.errors import UserError
from desktop.store import entries
from desktop.ui.autosave import AUTOSAVE_MS, save_draft
from desktop.ui.forms.ui_monthly_articles import Ui_MonthlyArticles
from desktop.ui.session import Session

# the part's words
TITLE = "月度填报"
NEW_ARTICLE = "新的工作信息"
DELETE_ARTICLE = "删除信息“{title}”吗？"


class ArticlesWidget(QWidget):
    """One month's articles: a list, 新建 / 删除, and the selected article's fields."""

    saved = Signal()              # what was typed is in the workspace
    refused = Signal(str)         # the disk refused it (in plain words): kept on screen, retried later

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self.read_only = read_only          # the office looking at a unit's month
        self.ui = Ui_MonthlyArticles()
        self.ui.setupUi(self)
        self.month = ""
        self.locked = read_only
        self.article_id: int | None = None
        self.dirty = False
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        for edit in (self.ui.articleTitleEdit, self.ui.articleAuthorEdit, self.ui.articleReviewerEdit):
            edit.textChanged.connect(self._edited)
        self.ui.articleBodyEdit.textChanged.connect(self._edited)
        self.ui.articleDateEdit.dateChanged.connect(self._edited)
        self.ui.articlesList.currentItemChanged.connect(self._article_changed)
        self.ui.newArticleButton.clicked.connect(self.new_article)
        self.ui.deleteArticleButton.clicked.connect(self.delete_article)
        if read_only:
            self.ui.newArticleButton.hide()
            self.ui.deleteArticleButton.hide()

    # -- the month's articles ---------------------------------------------------------------
    def load(self, month: str, locked: bool) -> None:
        """Show ``month``'s articles (save what is typed first: this replaces it)."""
        self.month, self.locked = month, locked or self.read_only
        s = self.session
        self._loading = True
        self.ui.articlesList.clear()
        self.article_id = None
        self.dirty = False
        if s.unit_id is not None:
            for row in entries.articles(s.ws, unit_id=s.unit_id, month=month):
                item = QListWidgetItem(row["title"])
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.ui.articlesList.addItem(item)
        self._loading = False
        if self.ui.articlesList.count() > 0:
            self.ui.articlesList.setCurrentRow(0)
        else:
            self._fill(None)
        self.ui.newArticleButton.setEnabled(s.unit_id is not None and not self.locked)

    def _fill(self, row: dict[str, Any] | None) -> None:
        self._loading = True
        self.ui.articleTitleEdit.setText(row["title"] if row else "")
        self.ui.articleAuthorEdit.setText(row["author"] if row else "")
        self.ui.articleReviewerEdit.setText(row["reviewer"] if row else "")
        self.ui.articleBodyEdit.setPlainText(row["body"] if row else "")
        day = QDate.fromString(row["date"] or "", "yyyy-MM-dd") if row else QDate()
        self.ui.articleDateEdit.setDate(day if day.isValid() else QDate.currentDate())
        # with no article yet, the fields still take text: it becomes the month's first article
        # (on 新建 or when saved), never dropped
        editable = (row["state"] != "submitted" and not self.locked) if row is not None else self._can_start()
        for widget in (self.ui.articleTitleEdit, self.ui.articleAuthorEdit, self.ui.articleReviewerEdit):
            widget.setReadOnly(not editable)
        self.ui.articleBodyEdit.setReadOnly(not editable)
        self.ui.articleDateEdit.setEnabled(editable)
        self.ui.deleteArticleButton.setEnabled(editable and row is not None)
        self._loading = False

    def _can_start(self) -> bool:
        s = self.session
        return s.unit_id is not None and s.plan_id is not None and not self.locked and not s.readonly

    def typed(self) -> bool:
        return any(text.strip() for text in (
            self.ui.articleTitleEdit.text(), self.ui.articleBodyEdit.toPlainText(),
            self.ui.articleAuthorEdit.text(), self.ui.articleReviewerEdit.text()))

    def _liaison(self) -> str:
        """Who writes the unit's articles unless told otherwise: its liaison (联络员)."""
        s = self.session
        found = entries.liaison(s.ws, s.unit_id) if s.unit_id is not None else None
        return found[0] if found else ""

    def _fields(self) -> dict[str, str]:
        return {"title": self.ui.articleTitleEdit.text(), "body": self.ui.articleBodyEdit.toPlainText(),
                "author": self.ui.articleAuthorEdit.text(), "reviewer": self.ui.articleReviewerEdit.text(),
                "date": self.ui.articleDateEdit.date().toString("yyyy-MM-dd")}

    def _article_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        if not self.save() and previous is not None:     # unsaved text stays on screen
            self._loading = True
            self.ui.articlesList.setCurrentItem(previous)
            self._loading = False
            return
        row = current.data(Qt.ItemDataRole.UserRole) if current else None
        if row is not None:          # the list holds the row as loaded; reread the saved one
            found = [a for a in entries.articles(self.session.ws, unit_id=self.session.unit_id,
                                                 month=self.month) if a["id"] == row["id"]]
            row = found[0] if found else row
        self.article_id = row["id"] if row else None
        self._fill(row)

    def _edited(self, *args: Any) -> None:
        if self._loading or self.locked or (self.article_id is None and not self._can_start()):
            return
        self.dirty = True
        self.timer.start()

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what is typed: into the selected article, or as the month's new article when
        none is selected. False when it could not be saved: the text stays on screen; content
        the store refuses is said (retrying won't help), a refusing disk goes out through
        ``refused`` and the save is tried again later."""
        self.timer.stop()
        if not self.dirty:
            return True
        if self.article_id is None and not (self.typed() and self._can_start()):
            self.dirty = False
            return True
        if not save_draft(self, self._write, TITLE, self.refused.emit):
            return False
        item = self.ui.articlesList.currentItem()
        if item is not None:
            item.setText(self.ui.articleTitleEdit.text() or NEW_ARTICLE)
        self.saved.emit()
        return True

    def _write(self) -> None:
        if self.article_id is None:
            self._start_article()
        else:
            entries.update_article(self.session.ws, self.article_id, **self._fields())

    def _start_article(self) -> None:
        """Text typed before 新建: save it as a new article of the month and select it."""
        s = self.session
        assert s.plan_id is not None and s.unit_id is not None
        fields = self._fields()
        new_id = entries.add_article(s.ws, s.plan_id, s.unit_id, self.month, **{
            **fields, "title": fields["title"].strip() or NEW_ARTICLE,
            "author": fields["author"] or self._liaison()})
        self.load(self.month, self.locked)
        self._select(new_id)

    def _select(self, article_id: int) -> None:
        for i in range(self.ui.articlesList.count()):
            if self.ui.articlesList.item(i).data(Qt.ItemDataRole.UserRole)["id"] == article_id:
                self.ui.articlesList.setCurrentRow(i)

    # -- 新建 and 删除 ------------------------------------------------------------------------------
    def new_article(self) -> None:
        s = self.session
        if s.unit_id is None or s.plan_id is None or self.locked:
            return
        if self.article_id is None and self.typed():
            self.save()                  # what was typed becomes the new article (see save)
            return
        if not self.save():
            return
        new_id = entries.add_article(s.ws, s.plan_id, s.unit_id, self.month, title=NEW_ARTICLE, body="",
                                     author=self._liaison(), date=date.today().isoformat())
        self.load(self.month, self.locked)
        self._select(new_id)
        self.ui.articleTitleEdit.setFocus()
        self.ui.articleTitleEdit.selectAll()

    def delete_article(self) -> None:
        """删除 the selected article, after asking (the store refuses a submitted one)."""
        if self.article_id is None:
            return
        if not self.prompts.ask(self, TITLE, DELETE_ARTICLE.format(title=self.ui.articleTitleEdit.text())):
            return
        self.dirty = False
        try:
            entries.delete_article(self.session.ws, self.article_id)
        except UserError as exc:
            self.prompts.warn(self, TITLE, exc.message)
        self.load(self.month, self.locked)
