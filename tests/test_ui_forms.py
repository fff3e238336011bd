"""The generated form modules match forms/*.ui, and the views hold their forms. (Where Qt may be
imported is checked once, in test_layering.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_forms_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "build" / "compile_forms.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_a_generated_module():
    forms = {p.stem for p in (ROOT / "forms").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in (ROOT / "desktop" / "ui" / "forms").glob("ui_*.py")}
    assert forms and forms == generated


def test_views_hold_their_form_as_ui():
    for path in (ROOT / "desktop" / "ui").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for form in re.findall(r"Ui_\w+\(\)", text):
            assert f"self.ui = {form}" in text, f"{path.name}: {form} not held as self.ui"
