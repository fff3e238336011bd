"""Dependencies point one way: nothing below desktop/ui imports PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_import_outside_ui():
    offenders = [str(p.relative_to(DESKTOP)) for p in DESKTOP.rglob("*.py")
                 if "ui" not in p.relative_to(DESKTOP).parts[:1]
                 and {"PySide6", "shiboken6", "PyQt5", "PyQt6"} & _imports(p)]
    assert offenders == []


def test_lower_layers_do_not_import_ui():
    offenders = [str(p.relative_to(DESKTOP)) for p in DESKTOP.rglob("*.py")
                 if p.relative_to(DESKTOP).parts[0] in {"core", "store", "reports", "exchange"}
                 and any("desktop.ui" in line for line in p.read_text(encoding="utf-8").splitlines()
                         if line.lstrip().startswith(("import", "from")))]
    assert offenders == []


def test_headless_modules_load_without_qt():
    code = ("import sys, pkgutil, importlib, desktop\n"
            "for pkg in ('desktop.core', 'desktop.store', 'desktop.commands'):\n"
            "    mod = importlib.import_module(pkg)\n"
            "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
            "        importlib.import_module(info.name)\n"
            "from desktop.commands import build_parser; build_parser()\n"
            "print('PySide6' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=DESKTOP.parent)
    assert out.stdout.strip() == "False"
