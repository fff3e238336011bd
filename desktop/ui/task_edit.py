"""Correct a saved task (number, title, short name, units, 责任领导, targets, deadline) from the 任务 tab.

The checks are the review's own (``desktop.core.review_edits``); the change is written by
``desktop.store.plans.edit_task``, which keeps it in the task's history and as a correction
a revised plan will not silently revert. A value that cannot be taken is refused with the
reason and stays in its field. A number is read as the review reads it (``plans.read_task_number``); at a unit
the field is read-only: the numbers are the office's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from desktop.core import review_edits as edits, unit_check
from desktop.core.model import ParsedPlan, shown_number
from desktop.store import plans as store_plans, queries
from desktop.store.saved_plan import plan_text, stored_units, workspace_units
from desktop.store.workspace import Workspace
from desktop.ui.forms.ui_task_edit_dialog import Ui_TaskEditDialog
from desktop.ui.screen_fit import fit_to_screen

# the screen's words
TITLE = "修改任务"
HEAD = "<b>{key}</b>　{title}<br><span style='color:#667085'>{text}</span>"
CORRECTED = "<br><span style='color:#b54708'>您改过：{fields}（导入修订稿时保留）</span>"
NO_HISTORY = "这项任务还没有修改过。"
HISTORY_ITEM = "{at}　{source}　{field}：“{old}”→“{new}”{actor}"


def history_line(row: dict[str, Any]) -> str:
    """One line of a task's history (``plans.task_history``), here and in the task pane."""
    return HISTORY_ITEM.format(at=row["at"][:16].replace("T", " "), source=row["source"], field=row["field"],
                               old=row["old"], new=row["new"], actor=f"（{row['actor']}）" if row.get("actor") else "")
DISCARD = "刚才的修改还没有保存。现在关闭，这些修改会丢失。\n\n仍要关闭吗？选“否”可回去保存。"
SAVED = "已修改任务 {key}：\n{lines}"
EMPTY_NUMBER = "编号不能为空：请写新编号，如 1A 或 二.二.5；不改编号请保留原来的。"
TEXT_LIMIT = 120
DATE_HINT = ("指标自己的日期写在它后面的括号里，如“入驻率达到85%（2024-12-31）”；"
             "改完成时限时，日期与原完成时限相同的指标一起改，原文写了自己日期的（如“到2027年…”）不变。")


class TaskEditDialog(QDialog):
    """One task's fields as stored; 保存 writes only what changed."""

    def __init__(self, ws: Workspace, task_id: int, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskEditDialog()
        self.ui.setupUi(self)
        self.ws, self.task_id, self.prompts = ws, task_id, prompts
        self.changed_lines: list[str] = []
        detail = queries.task_detail(ws, task_id)
        self.key = detail["key"]
        plan_id = self.plan_id = int(detail["plan_id"])
        self.fields = store_plans.stored_task_fields(ws, plan_id)[self.key]
        self.year = store_plans.stored_plan_year(ws, plan_id)     # the year the parser read the plan in
        self.notes: list[str] = []          # how a typed value was read (which year a date took), said on saving
        self.checking: QLineEdit = self.ui.titleEdit
        text = detail["text"] if len(detail["text"]) <= TEXT_LIMIT else detail["text"][:TEXT_LIMIT] + "…"
        # its number as the review and the tree show it (the document's 2.1, not the key's 2.2.1)
        head = HEAD.format(key=shown_number(list(detail["path"]), str(detail["number"])), title=detail["title"],
                           text=text)
        corrected = store_plans.corrected_fields(ws, task_id)
        if corrected:
            head += CORRECTED.format(fields="、".join(edits.FIELD_LABELS[f] for f in (edits.NUMBER, *edits.FIELDS)
                                                    if f in corrected))
        self.ui.headLabel.setText(head)
        self.number = shown_number(list(detail["path"]), str(detail["number"]))
        if store_plans.numbers_are_the_offices(ws, plan_id):
            self.ui.numberEdit.setReadOnly(True)
            self.ui.numberEdit.setToolTip(edits.UNIT_NUMBER)
            self.ui.numberEdit.setPlaceholderText("")
        self._fill(self.fields)
        self._fill_history()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        save.clicked.connect(self.save)
        self.ui.titleEdit.setFocus()

    def showEvent(self, event: Any) -> None:
        fit_to_screen(self)
        super().showEvent(event)

    def _edits(self) -> dict[str, QLineEdit]:
        return {edits.NUMBER: self.ui.numberEdit, "title": self.ui.titleEdit, "short_name": self.ui.shortNameEdit,
                "lead_units": self.ui.leadEdit, "responsible_units": self.ui.responsibleEdit,
                "leaders": self.ui.leadersEdit, "targets": self.ui.targetsEdit, "deadline": self.ui.deadlineEdit}

    def _fill(self, fields: dict[str, Any]) -> None:
        for name, widget in self._edits().items():
            value = self.number if name == edits.NUMBER else fields[name]
            if name in ("lead_units", "responsible_units", "leaders"):
                widget.setText(edits.join_units(value))
            elif name == "targets":
                # each target as the review shows it, with its own date (ux58): the date is typed in its brackets
                targets = [edits.target_from_json(t) for t in value]
                widget.setText(edits.targets_dated(targets))
                widget.setToolTip("\n".join(
                    [edits.TARGETS_SOURCE.format(text=edits.targets_text(targets))] * bool(targets) + [DATE_HINT]))
            else:
                widget.setText(value or "")
        self.shown = {name: w.text() for name, w in self._edits().items()}

    def _fill_history(self) -> None:
        self.ui.historyList.clear()
        rows = store_plans.task_history(self.ws, self.task_id)
        for row in rows:
            self.ui.historyList.addItem(history_line(row))
        if not rows:
            self.ui.historyList.addItem(NO_HISTORY)

    def is_dirty(self) -> bool:
        return any(w.text() != self.shown[name] for name, w in self._edits().items())

    def changes(self) -> dict[str, Any]:
        """What the fields now say that differs from what was shown, checked (EditError)."""
        typed = {name: w.text() for name, w in self._edits().items()}
        out: dict[str, Any] = {}
        for name, text in typed.items():
            if text == self.shown[name]:
                continue
            self.checking = self._edits()[name]            # where a refused value is, for the cursor
            if name == edits.NUMBER:
                parts, note = store_plans.read_task_number(self.ws, self.task_id, text)
                if not parts:
                    raise edits.EditError(EMPTY_NUMBER)
                out[name] = parts
                if note:
                    self.notes.append(note)           # 1A read as its own numeral, under its headings still
            elif name == "title":
                out[name] = edits.check_title(text)
            elif name == "short_name":
                out[name] = edits.check_short_name(text)
            elif name in ("lead_units", "responsible_units"):
                out[name] = edits.split_units(text)
            elif name == "leaders":           # people, never one of the plan's units
                out[name] = edits.check_leaders(text, ParsedPlan(units=stored_units(self.ws, self.plan_id)))
            elif name == "targets":
                old = [edits.target_from_json(t) for t in self.fields["targets"]]
                # a date typed now is the clerk's; one left as the field showed it moves with the deadline (ux60)
                targets, own = edits.typed_targets(text, old, self.year, self.fields["deadline"], self.shown[name])
                out[name] = [t.to_json() for t in targets]
                out[edits.OWN_DATES] = own
            elif name == "deadline":
                out[name], note = edits.read_deadline(text, self.year)
                if note:
                    self.notes.append(note)
        return out

    def save(self) -> None:
        self.notes = []
        try:
            changes = self.changes()
        except edits.EditError as exc:
            self.prompts.warn(self, TITLE, exc.message)        # the typed text stays in its field
            self.checking.setFocus()
            return
        if not self._new_units_agreed(changes):
            return
        if changes:
            self.changed_lines = store_plans.edit_task(self.ws, self.task_id, changes)
        if self.notes:
            self.prompts.info(self, TITLE, "\n".join(self.notes))     # the year a date without one took
        self.shown = {name: w.text() for name, w in self._edits().items()}
        super().accept()

    def _new_units_agreed(self, changes: dict[str, Any]) -> bool:
        """A unit name that neither the plan's text prints nor the workspace knows (a typo beside a known one, most
        often: 「市民证局」) is asked about first, as the review asks (``unit_check.NewUnit.question``): 改为 a known
        name near it (the field and the change take it), 仍然使用, or 回去修改 (Esc too): back to the field, nothing
        saved."""
        typed = [*changes.get("lead_units", []), *changes.get("responsible_units", [])]
        known = workspace_units(self.ws, self.plan_id)
        for new in unit_check.new_units(typed, known, plan_text(self.ws, self.plan_id)):
            lead = new.name in changes.get("lead_units", [])
            field, key = (self.ui.leadEdit, "lead_units") if lead else (self.ui.responsibleEdit, "responsible_units")
            question, choices = new.question()
            name = new.answer(self.prompts.pick(self, TITLE, question, choices))
            if name is None:
                field.setFocus()
                return False
            if name != new.name:
                for each in ("lead_units", "responsible_units"):
                    if each in changes:
                        changes[each] = list(dict.fromkeys(name if n == new.name else n for n in changes[each]))
                field.setText(edits.join_units(changes[key]))
        return True

    def accept(self) -> None:               # Enter in a field saves like the 保存 button
        self.save()

    def reject(self) -> None:
        if self.is_dirty() and not self.prompts.ask(self, TITLE, DISCARD):
            return
        super().reject()
