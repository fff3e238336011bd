"""Questions and messages to the user behind one small service, so tests can answer them.

Views take a ``Prompts`` in their constructor instead of calling QMessageBox/QFileDialog
statics directly (Picard's user_dialog_service does the same).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# The dialogs' classes are set up (with all their enums) when a question is first asked,
# not when the window starts: none of them is on the first screen.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

OPEN_DOCUMENT, OPEN_FOLDER, CLOSE = "打开(&O)", "打开所在文件夹(&F)", "关闭"
MAX_LINES = 22             # lines of a message shown at once (1366×768 leaves room for about 30)
MORE_LINES = "……另有 {n} 行，点“显示详细信息”查看全部。"
WIDE_TEXT = 160            # characters: a longer message (an import summary) gets a wider box
WIDE_STYLE = "QLabel#qt_msgbox_label { min-width: 560px; }"


CHOICE_WIDTH = 640         # a question with a choice: its text wraps at this width (1366×768), never a 1200px line


def choice_dialog(parent: QWidget | None, title: str, label: str, items: list[str]) -> QInputDialog:
    """A question with a list to choose from (the first chosen), its text wrapped (ux60: a long question ran
    1260px wide in one line per paragraph)."""
    from PySide6.QtWidgets import QInputDialog, QLabel

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    for text in dialog.findChildren(QLabel):
        text.setWordWrap(True)
        if len(label) > CHOICE_WIDTH // 16:         # (about 40 characters a line at that width)
            text.setMinimumWidth(CHOICE_WIDTH)
    return dialog


def message_box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
                buttons: QMessageBox.StandardButton | None = None) -> QMessageBox:
    """A message box that gives a long text (one line per file) room instead of wrapping each
    line, and keeps its buttons on a 1366×768 screen: past ``MAX_LINES`` lines the rest goes
    under 显示详细信息, where it scrolls. ``buttons``: OK unless given."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    lines = text.split("\n")
    shown = text
    if len(lines) > MAX_LINES:
        shown = "\n".join(lines[:MAX_LINES - 1] + [MORE_LINES.format(n=len(lines) - MAX_LINES + 1)])
    box = QMessageBox(icon, title, shown, buttons, parent)
    if shown != text:
        box.setDetailedText(text)
    if len(text) > WIDE_TEXT:
        box.setStyleSheet(WIDE_STYLE)
    return box


class Prompts:
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        message_box(QMessageBox.Icon.Information, parent, title, text).exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        message_box(QMessageBox.Icon.Warning, parent, title, text).exec()

    def exported(self, parent: QWidget | None, title: str, text: str, path: Path, *,
                 can_open: bool = False) -> str:
        """A file was written: 打开 (a document), 打开所在文件夹, or 关闭. Returns "open",
        "folder" or ""."""
        from PySide6.QtWidgets import QMessageBox

        box = message_box(QMessageBox.Icon.Information, parent, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        open_button = box.addButton(OPEN_DOCUMENT, QMessageBox.ButtonRole.AcceptRole) if can_open else None
        folder_button = box.addButton(OPEN_FOLDER, QMessageBox.ButtonRole.ActionRole)
        close_button = box.addButton(CLOSE, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button or close_button)
        box.setEscapeButton(close_button)
        box.exec()
        clicked = box.clickedButton()
        if open_button is not None and clicked is open_button:
            return "open"
        return "folder" if clicked is folder_button else ""

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = message_box(QMessageBox.Icon.Question, parent, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)

    def offer(self, parent: QWidget | None, title: str, text: str, action: str, later: str = "稍后", *,
              back: bool = False) -> bool:
        """A message with a button that does the next step (``action``) and one that does not: True
        when the user chose to do it now. ``back``: ``action`` is the way back (回去填写 before saving), so Esc and
        the close box choose it, never ``later`` (which goes on: 仍然保存)."""
        from PySide6.QtWidgets import QMessageBox

        box = message_box(QMessageBox.Icon.Information, parent, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        do = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(later, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(do)
        box.setEscapeButton(do if back else other)
        box.exec()
        return box.clickedButton() is do

    def pick(self, parent: QWidget | None, title: str, text: str, choices: list[str], *, default: int = 0,
             back: int = -1) -> str:
        """A question with a button for each of ``choices``: the one chosen. ``default`` is Enter's; ``back`` (the
        last by default: 回去修改) is what Esc and the close box choose."""
        from PySide6.QtWidgets import QMessageBox

        box = message_box(QMessageBox.Icon.Question, parent, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices]
        box.setDefaultButton(buttons[default])
        box.setEscapeButton(buttons[back])
        box.exec()
        clicked = box.clickedButton()
        return next((c for c, b in zip(choices, buttons, strict=True) if b is clicked), choices[back])

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return answer if ok else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        dialog = choice_dialog(parent, title, label, items)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        answer = dialog.textValue()
        dialog.deleteLater()
        return answer if ok and answer else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(n) for n in names]

    def save_file(self, parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(parent, title, name, filters)
        return Path(chosen) if chosen else None
