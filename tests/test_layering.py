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


# --- the whole matrix: which layer of desktop/ may import which -----------------------------

# errors, __version__ and paths are the foundation every layer may use.
_BASE = {"errors", "__version__", "paths", "fileops"}
ALLOWED = {
    "errors": set(),
    "__version__": set(),
    "paths": {"errors"},
    "fileops": {"errors"},
    "core": {"errors", "__version__"},
    "store": {"core"} | _BASE,
    "reports": {"core", "store"} | _BASE,
    "exchange": {"core", "store"} | _BASE,
    "demo": {"core", "store"} | _BASE,
    "bench": {"core", "store", "reports", "exchange", "demo"} | _BASE,
    "commands": {"core", "store", "reports", "exchange", "demo", "bench", "gui_entry"} | _BASE,
    "gui_entry": {"ui", "demo"} | _BASE,
    "ui": {"core", "store", "reports", "exchange", "demo"} | _BASE,
    "__main__": {"commands"} | _BASE,
    "": _BASE,  # desktop/__init__.py
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(DESKTOP.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _desktop_imports(path: Path) -> set[str]:
    """Every desktop module this file imports, at any depth (function-level imports count)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "desktop"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.split(".")[0] == "desktop":
                found.add(name)
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _modules():
    return [p for p in DESKTOP.rglob("*.py") if "forms" not in p.relative_to(DESKTOP).parts]


def test_every_import_points_down_the_layer_matrix():
    wrong = []
    for path in _modules():
        here = _layer(_module_name(path))
        assert here in ALLOWED, f"{path}: layer {here!r} is not in the matrix; add it"
        for target in _desktop_imports(path):
            there = _layer(target)
            if there and there != here and there not in ALLOWED[here]:
                wrong.append(f"{path.relative_to(DESKTOP.parent)} → {target}")
    assert wrong == []


def test_layers_form_no_circle():
    """The package-level drawing of desktop/ has no circle (checked on the real imports)."""
    graph: dict[str, set[str]] = {}
    for path in _modules():
        here = _layer(_module_name(path))
        graph.setdefault(here, set()).update(
            t for t in map(_layer, _desktop_imports(path)) if t and t != here)
    seen: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        if seen.get(node) == 1:
            raise AssertionError("import circle: " + " → ".join(trail + [node]))
        if seen.get(node) == 2:
            return
        seen[node] = 1
        for nxt in sorted(graph.get(node, ())):
            visit(nxt, trail + [node])
        seen[node] = 2

    for node in sorted(graph):
        visit(node, [])


def test_every_headless_package_loads_without_qt():
    code = ("import sys, pkgutil, importlib\n"
            "for pkg in ('desktop.core', 'desktop.store', 'desktop.reports', 'desktop.exchange',\n"
            "            'desktop.bench', 'desktop.commands'):\n"
            "    mod = importlib.import_module(pkg)\n"
            "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
            "        importlib.import_module(info.name)\n"
            "import desktop.demo\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=DESKTOP.parent)
    assert out.stdout.strip() == "[]"
