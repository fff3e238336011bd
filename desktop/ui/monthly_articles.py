"""The 工作信息 tab of the monthly page: the unit's information articles of the month on screen.

A mixin of MonthlyPage (it uses the page's session, prompts, ui, month, lock and autosave timer);
kept apart because the articles are a screen of their own inside the page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QListWidgetItem

from desktop.errors import UserError
from desktop.store import entries

# the tab's words
TITLE = "月度填报"
NEW_ARTICLE = "新的工作信息"
DELETE_ARTICLE = "删除信息“{title}”吗？"


class ArticlesMixin:
    """Needs from the page: ``month`` (the month on screen) and ``flush()`` (save what is typed)."""

    session: Any
    prompts: Any
    ui: Any
    timer: Any
    locked: bool
    article_id: int | None
    article_dirty: bool
    _loading: bool

    def _load_articles(self) -> None:
        s = self.session
        self._loading = True
        self.ui.articlesList.clear()
        self.article_id = None
        if s.unit_id is not None:
            for row in entries.articles(s.ws, unit_id=s.unit_id, month=self.month):
                item = QListWidgetItem(row["title"])
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.ui.articlesList.addItem(item)
        self._loading = False
        has = self.ui.articlesList.count() > 0
        if has:
            self.ui.articlesList.setCurrentRow(0)
        else:
            self._fill_article(None)
        self.ui.newArticleButton.setEnabled(s.unit_id is not None and not self.locked)

    def _fill_article(self, row: dict[str, Any] | None) -> None:
        self._loading = True
        self.ui.articleTitleEdit.setText(row["title"] if row else "")
        self.ui.articleAuthorEdit.setText(row["author"] if row else "")
        self.ui.articleReviewerEdit.setText(row["reviewer"] if row else "")
        self.ui.articleBodyEdit.setPlainText(row["body"] if row else "")
        day = QDate.fromString(row["date"] or "", "yyyy-MM-dd") if row else QDate()
        self.ui.articleDateEdit.setDate(day if day.isValid() else QDate.currentDate())
        # with no article yet, the fields still take text: it becomes the month's first article
        # (on 新建 or when saved), never dropped
        editable = (row["state"] != "submitted" and not self.locked) if row is not None \
            else self._can_start_article()
        for widget in (self.ui.articleTitleEdit, self.ui.articleAuthorEdit, self.ui.articleReviewerEdit):
            widget.setReadOnly(not editable)
        self.ui.articleBodyEdit.setReadOnly(not editable)
        self.ui.articleDateEdit.setEnabled(editable)
        self.ui.deleteArticleButton.setEnabled(editable and row is not None)
        self._loading = False

    def _can_start_article(self) -> bool:
        s = self.session
        return s.unit_id is not None and s.plan_id is not None and not self.locked and not s.readonly

    def article_typed(self) -> bool:
        return any(text.strip() for text in (
            self.ui.articleTitleEdit.text(), self.ui.articleBodyEdit.toPlainText(),
            self.ui.articleAuthorEdit.text(), self.ui.articleReviewerEdit.text()))

    def _start_article(self) -> None:
        """Text typed before 新建: save it as a new article of the month and select it."""
        s = self.session
        new_id = entries.add_article(
            s.ws, s.plan_id, s.unit_id, self.month,
            title=self.ui.articleTitleEdit.text().strip() or NEW_ARTICLE,
            body=self.ui.articleBodyEdit.toPlainText(),
            author=self.ui.articleAuthorEdit.text() or (entries.liaison(s.ws, s.unit_id) or ("",))[0],
            reviewer=self.ui.articleReviewerEdit.text(),
            date=self.ui.articleDateEdit.date().toString("yyyy-MM-dd"))
        self.article_dirty = False
        self._load_articles()
        for i in range(self.ui.articlesList.count()):
            if self.ui.articlesList.item(i).data(Qt.ItemDataRole.UserRole)["id"] == new_id:
                self.ui.articlesList.setCurrentRow(i)

    def _article_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        if not self.flush() and previous is not None:     # unsaved text stays on screen
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
        self._fill_article(row)

    def _article_edited(self, *args: Any) -> None:
        if self._loading or (self.article_id is None and not self._can_start_article()):
            return
        self.article_dirty = True
        self.timer.start()

    def new_article(self) -> None:
        s = self.session
        if s.unit_id is None or s.plan_id is None or self.locked:
            return
        if self.article_id is None and self.article_typed():
            self.flush()                  # what was typed becomes the new article (see flush)
            return
        if not self.flush():
            return
        entries.add_article(s.ws, s.plan_id, s.unit_id, self.month, title=NEW_ARTICLE, body="",
                            author=(entries.liaison(s.ws, s.unit_id) or ("",))[0], date=date.today().isoformat())
        self._load_articles()
        self.ui.articlesList.setCurrentRow(self.ui.articlesList.count() - 1)
        self.ui.entryTabs.setCurrentWidget(self.ui.articlesTab)
        self.ui.articleTitleEdit.setFocus()
        self.ui.articleTitleEdit.selectAll()

    def delete_article(self) -> None:
        if self.article_id is None:
            return
        if not self.prompts.ask(self, TITLE, DELETE_ARTICLE.format(title=self.ui.articleTitleEdit.text())):
            return
        self.article_dirty = False
        try:
            entries.delete_article(self.session.ws, self.article_id)
        except UserError as exc:
            self.prompts.warn(self, TITLE, exc.message)
        self._load_articles()

