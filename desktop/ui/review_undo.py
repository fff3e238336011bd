"""The review's undo steps: an edit of the plan (as the plan before and after it), and a refused cell's typed text.

Split from ``ui.review`` (round 62: it had reached 695 lines).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.core.model import ParsedPlan
from desktop.ui.review_model import ReviewModel

if TYPE_CHECKING:
    from desktop.ui.review import ReviewDialog

UNDO_KEPT = "未采用的输入"


class PlanEdit(QUndoCommand):
    """One review edit, as the plan before and after it (plans are small: copies are cheap)."""

    def __init__(self, dialog: ReviewDialog, before: ParsedPlan, text: str) -> None:
        super().__init__(text)
        self.dialog = dialog
        self.before = before
        self.after = copy.deepcopy(dialog.working)
        self.first = True

    def redo(self) -> None:
        if self.first:                 # pushed after the edit was made
            self.first = False
            return
        self.dialog.restore(self.after)

    def undo(self) -> None:
        self.dialog.restore(self.before)


class KeptText(QUndoCommand):
    """A refused cell's typed text, kept in the cell: undoing it shows the task's value again."""

    def __init__(self, model: ReviewModel, row: int, column: int) -> None:
        super().__init__(UNDO_KEPT)
        self.model, self.key = model, (row, column)
        self.kept = model.pending.get(self.key)
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        if self.kept is not None and self.key[0] < len(self.model.plan.tasks):
            self.model.pending[self.key] = self.kept
            self.model.refresh_row(self.key[0])

    def undo(self) -> None:
        self.model.pending.pop(self.key, None)
        if self.key[0] < len(self.model.plan.tasks):
            self.model.refresh_row(self.key[0])
