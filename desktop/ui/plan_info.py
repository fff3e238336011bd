"""The plan's own fields in review: title, 文号, issuer, date, the monthly reporting duty (its
day decides when each month is due), the plan's other duties by name (read only) and the schedule's phases.

The checks are ``desktop.core.plan_edits``; a value that cannot be taken is said under the
fields and the dialog stays open with what was typed. The review dialog makes the change one
undoable step and stores it as a correction that a revised plan will not silently revert.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop.core import plan_edits
from desktop.core.duty_names import other_duties_text
from desktop.core.duty_senders import plan_duty_rows
from desktop.core.model import ParsedPlan
from desktop.core.review_edits import EditError
from desktop.ui.forms.ui_plan_info_dialog import Ui_PlanInfoDialog
from desktop.ui.screen_fit import fit_to_screen


class PlanInfoDialog(QDialog):
    """``values`` (plan.<field> → value) after 确定; the plan itself is not touched here."""

    def __init__(self, plan: ParsedPlan, parent: QWidget | None = None,
                 duty_rows: list[dict[str, Any]] | None = None) -> None:
        """``duty_rows``: the plan's duties with their senders (``queries.duties_with_senders`` of a stored plan,
        which ``plan`` has no tasks to tell); else read from ``plan`` (``core.duty_senders.plan_duty_rows``)."""
        super().__init__(parent)
        self.ui = Ui_PlanInfoDialog()
        self.ui.setupUi(self)
        self.old_phases = list(plan.phases)
        self._plan = plan                     # read only: the values go back through ``values``
        self.values: dict[str, Any] = {}
        self.ui.titleEdit.setText(plan.title)
        self.ui.docNumberEdit.setText(plan.doc_number)
        self.ui.issuerEdit.setText(plan.issuer)
        self.ui.dateEdit.setText(plan.date or "")
        self.ui.monthlyDutyEdit.textChanged.connect(self.show_rule)
        self.ui.monthlyDutyEdit.setText(plan_edits.monthly_duty_text(plan))
        self.ui.monthlyDutyEdit.setCursorPosition(0)          # a long sentence shows from its start
        self.show_rule()
        self.ui.otherDutiesLabel.setText(other_duties_text(plan_duty_rows(plan) if duty_rows is None else duty_rows))
        table = self.ui.phasesTable
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for phase in plan.phases:
            self._add_row(phase.name, phase.start or "", phase.end or "")
        self.ui.addPhaseButton.clicked.connect(self.add_phase)
        self.ui.removePhaseButton.clicked.connect(self.remove_selected)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.titleEdit.setFocus()

    def show_rule(self) -> None:
        """Under the monthly duty, the due rule the plan gets with it, as the dashboard says it."""
        self.ui.monthlyRuleLabel.setText(plan_edits.due_rule_words(self._plan, self.ui.monthlyDutyEdit.text()))

    def showEvent(self, event: Any) -> None:
        fit_to_screen(self)
        super().showEvent(event)

    def _add_row(self, *cells: str) -> int:
        table = self.ui.phasesTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
        return row

    def add_phase(self) -> None:
        row = self._add_row("", "", "")
        table = self.ui.phasesTable
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def remove_selected(self) -> None:
        table = self.ui.phasesTable
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    def phase_rows(self) -> list[tuple[str, str, str]]:
        table = self.ui.phasesTable
        table.setCurrentItem(None)                        # an open cell editor commits first

        def cell(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(table.rowCount())]

    def accept(self) -> None:
        try:
            self.values = plan_edits.check_plan_values(
                self.ui.titleEdit.text(), self.ui.docNumberEdit.text(), self.ui.issuerEdit.text(),
                self.ui.dateEdit.text(), self.ui.monthlyDutyEdit.text(), self.phase_rows(), self.old_phases)
        except EditError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.ui.errorLabel.clear()
        super().accept()
