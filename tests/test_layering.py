"""Dependencies point one way: nothing below desktop/ui imports PySide6; nothing of the product
imports the developer tools (desktop/devtools), which are left out of the bundle."""

from __future__ import annotations

import ast
import graphlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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


# Qt is allowed in the client (desktop/ui) only; the developer tools that need Qt live in
# desktop/ui/devtools (left out of the bundle like desktop/devtools).
QT_PLACES = {("ui",)}
DEVTOOLS_PACKAGES = (["desktop", "devtools"], ["desktop", "ui", "devtools"])


def test_no_qt_import_outside_ui():
    offenders = [str(p.relative_to(DESKTOP)) for p in DESKTOP.rglob("*.py")
                 if not any(p.relative_to(DESKTOP).parts[:len(place)] == place for place in QT_PLACES)
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
    "commands": {"core", "store", "reports", "exchange", "demo", "gui_entry"} | _BASE,
    "gui_entry": {"ui", "demo"} | _BASE,
    "ui": {"core", "store", "reports", "exchange", "demo"} | _BASE,
    "__main__": {"commands"} | _BASE,
    "": _BASE,  # desktop/__init__.py
    # developer tools (benchmark, screenshots, probes): may use anything; nothing above uses them
    "devtools": {"core", "store", "reports", "exchange", "demo", "ui", "commands", "gui_entry"} | _BASE,
}
# The one door from the product into devtools: the developer subcommand ``bench``, which imports
# them inside its function (never at module load) and says in Chinese, in the bundle, that they
# are not there.
DEVTOOLS_DOORS = {"commands/bench.py"}


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


def _is_devtools(module: str) -> bool:
    parts = module.split(".")
    return any(parts[:len(p)] == p for p in DEVTOOLS_PACKAGES)


def _layer(module: str) -> str:
    if _is_devtools(module):
        return "devtools"
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
            if there == "devtools" and str(path.relative_to(DESKTOP).as_posix()) in DEVTOOLS_DOORS:
                continue
            if there and there != here and there not in ALLOWED[here]:
                wrong.append(f"{path.relative_to(DESKTOP.parent)} → {target}")
    assert wrong == []


def test_no_product_module_imports_devtools():
    """desktop.devtools is excluded from the bundle: a product module importing it would crash
    there. The developer subcommand ``bench`` is the one door, and only inside a function."""
    assert all("devtools" not in deps for layer, deps in ALLOWED.items() if layer != "devtools")
    wrong = []
    for path in _modules():
        rel = path.relative_to(DESKTOP).as_posix()
        if _is_devtools(_module_name(path)):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if any(_is_devtools(n) for n in names) and (
                    rel not in DEVTOOLS_DOORS or id(node) in top_level):
                wrong.append(f"{rel}:{node.lineno}")
    assert wrong == []


def test_the_spec_leaves_devtools_out_of_the_bundle():
    spec = (DESKTOP.parent / "build" / "luoshi.spec").read_text(encoding="utf-8")
    excludes = spec[spec.index("excludes = ["):]
    for package in ("desktop.devtools", "desktop.ui.devtools"):
        assert f'"{package}"' in excludes[:excludes.index("]")]
        assert package not in spec[spec.index("hiddenimports = ["):spec.index("excludes = [")]


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
            "            'desktop.devtools.bench', 'desktop.commands'):\n"
            "    mod = importlib.import_module(pkg)\n"
            "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
            "        importlib.import_module(info.name)\n"
            "import desktop.demo, desktop.devtools.exchange_scenes, desktop.devtools.exchange_plan\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=DESKTOP.parent)
    assert out.stdout.strip() == "[]"


# --- SQL lives in desktop/store -------------------------------------------------------------

_SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "PRAGMA", "WITH", "REPLACE", "DROP",
              "ALTER", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "ATTACH", "VACUUM")
_SQL_START = re.compile(r"^\s*(" + "|".join(_SQL_WORDS) + r")\b")
_SQL_CALLS = {"execute", "executemany", "executescript", "query"}

# Areas other helpers are emptying this session (issue 13). Each entry names who removes it;
# when that work lands the entry goes, and the test keeps the area clean from then on.
SQL_EXEMPT = {
    # for good: the benchmark's floors are bare sqlite3 on a scratch file, not a workspace; their
    # SQL is what they measure (and devtools is not shipped)
    "devtools/bench/floors.py": "the benchmark's bare-SQLite floors",
}


def _sql_findings(path: Path) -> list[str]:
    """SQL text (a string constant that starts like a statement) and database calls
    (``.execute(`` and kin, sqlite-utils ``db[...]`` and ``.table(``) in one file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_START.match(node.value) \
                and re.search(r"\b(FROM|INTO|SET|WHERE|TABLE|INDEX|VALUES|AS)\b|\?|^\s*PRAGMA", node.value):
            found.append(f"{node.lineno}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in _SQL_CALLS or (node.func.attr == "table" and node.args):
                found.append(f"{node.lineno}: .{node.func.attr}(")
        elif isinstance(node, ast.Subscript) and isinstance(node.value, (ast.Name, ast.Attribute)) \
                and (node.value.id if isinstance(node.value, ast.Name) else node.value.attr) == "db":
            found.append(f"{node.lineno}: db[…]")
    return found


def test_sql_only_in_the_store():
    """Every query is a store function: SQL text or a database call anywhere else in desktop/
    is a finding (SQL_EXEMPT names the one place that keeps SQL for good, and why)."""
    wrong = []
    for path in _modules():
        rel = path.relative_to(DESKTOP).as_posix()
        if rel.startswith("store/") or any(rel.startswith(area) for area in SQL_EXEMPT):
            continue
        wrong += [f"{rel}:{finding}" for finding in _sql_findings(path)]
    assert wrong == [], "SQL outside desktop/store (add a store function):\n" + "\n".join(wrong)


def test_the_sql_check_finds_sql(tmp_path):
    """The check above sees what it must: a literal, a call, sqlite-utils access; not prose."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        'a = "SELECT name FROM units WHERE id = ?"\n'
        'b = ws.conn.execute(x)\n'
        'c = ws.db["tasks"]\n'
        'd = ws.db.table("units")\n'
        'e = "WITH x AS (SELECT 1) SELECT * FROM x"\n'
        'f = "Update the plan first."\n'
        'g = "更新"\n', encoding="utf-8")
    assert sorted({int(f.split(":")[0]) for f in _sql_findings(sample)}) == [1, 2, 3, 4, 5]


def _imported_modules(path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` this file imports, at any depth; ``from desktop.exchange import
    keys`` counts as importing desktop.exchange.keys."""
    found = _desktop_imports(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found & known


@pytest.mark.parametrize("package", ["core", "store", "exchange"])
def test_no_circle_among_a_packages_modules(package):
    """Inside a package too, imports run one way (a function-level import is still an arrow):
    e.g. exchange's context → keys → plan_package → context is gone and stays gone."""
    modules = {_module_name(p): p for p in _modules() if _layer(_module_name(p)) == package}
    graph = {name: _imported_modules(path, set(modules)) - {name} for name, path in modules.items()}
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        raise AssertionError("import circle: " + " → ".join(exc.args[1])) from None


def test_the_first_window_imports_no_heavy_library():
    """The client's first paint needs none of sqlite-utils (~55 ms), python-docx, docxtpl,
    openpyxl or cryptography: they load when a command needs them. A type hint that imports
    one at module level (store/sql.py did) puts the cost back on every start."""
    code = ("import sys\nimport desktop.ui.app, desktop.ui.main_window, desktop.ui.dashboard_page, "
            "desktop.ui.tasks_page, desktop.ui.monthly_page, desktop.demo\n"
            "print(sorted(m for m in ('sqlite_utils', 'docx', 'docxtpl', 'openpyxl', 'cryptography') "
            "if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=DESKTOP.parent, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"
