"""帮助 → 使用说明: the short user guide (docs/guide.html with the screenshots), shipped with
the program and shown offline in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import paths
from desktop.ui.screen_fit import fit_to_screen

TITLE = "落实 使用说明"
MISSING = "<p>找不到使用说明文件（{path}）。程序文件可能不完整，请重新复制整个落实文件夹。</p>"


def guide_path():
    return paths.resource("docs", "guide.html")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))   # images resolve beside it
        else:
            self.browser.setHtml(MISSING.format(path=path))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self)
