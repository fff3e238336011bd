"""The generated form modules match forms/*.ui, and Qt stays inside desktop/ui."""

from __future__ import annotations

import ast
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


def _imports(path: Path) -> set[str]:
    """Top-level package names a module really imports (code in strings does not count)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_ui_package_imports_qt():
    qt = {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
                 if p.relative_to(ROOT / "desktop").parts[0] != "ui" and _imports(p) & qt]
    assert offenders == []


def test_views_hold_their_form_as_ui():
    for path in (ROOT / "desktop" / "ui").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for form in re.findall(r"Ui_\w+\(\)", text):
            assert f"self.ui = {form}" in text, f"{path.name}: {form} not held as self.ui"
