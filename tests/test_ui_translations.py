"""Chinese standard buttons from Qt's own qtbase_zh_CN, English menus from our luoshi_en.qm."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.ui.app import install_translators


@pytest.fixture
def translators(qapp):
    loaded = []

    def install(language):
        found = install_translators(qapp, language)
        loaded.extend(found)
        return found

    yield install
    for translator in loaded:
        qapp.removeTranslator(translator)


def test_standard_buttons_speak_chinese(translators):
    assert translators("zh_CN"), "qtbase_zh_CN.qm not found in PySide6's translations"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_english_menus_and_dialogs(translators, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.forms.ui_main_window import Ui_MainWindow
    from desktop.ui.forms.ui_role_dialog import Ui_RoleDialog

    assert translators("en"), "run python build/translations.py"
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = Ui_MainWindow()
    ui.setupUi(window)
    assert ui.menuFile.title() == "&File"
    assert ui.actionImport.text() == "&Import work plan…"
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    role = Ui_RoleDialog()
    role.setupUi(dialog)
    assert dialog.windowTitle() == "Choose your role"
    assert QApplication.translate("MainWindow", "文件(&F)") == "&File"


def test_every_form_string_has_english():
    import re
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "build"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    forms = "".join(p.read_text(encoding="utf-8") for p in (root / "forms").glob("*.ui"))
    strings = {s.replace("&amp;", "&") for s in re.findall(r"<string>([^<]+)</string>", forms)}
    missing = sorted(s for s in strings if s not in translations.ENGLISH and s not in translations.UNTRANSLATED)
    assert missing == []
