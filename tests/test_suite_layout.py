"""The test suite's own layout: a test module imports no other test module (shared fixtures live
in conftest.py, shared builders in helpers_*.py and fixtures_reports/), every test_*.py holds
tests, and no helper module defines fixtures that would come in by import."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imported_top_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _is_fixture(node: ast.AST) -> bool:
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    for dec in node.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        if isinstance(target, ast.Attribute) and target.attr == "fixture":
            return True
    return False


def test_no_test_module_imports_another():
    modules = {p.stem for p in TESTS.glob("test_*.py")}
    wrong = [f"{p.name} → {name}" for p in sorted(TESTS.rglob("*.py"))
             for name in sorted(_imported_top_names(_tree(p)) & modules)]
    assert wrong == []


def test_every_test_module_holds_tests():
    """A helper named like a test module (test_ui_support.py was one) is collected for nothing
    and invites imports between test modules."""
    empty = [p.name for p in sorted(TESTS.glob("test_*.py"))
             if not any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name.startswith(("test", "Test"))
                        for n in _tree(p).body)]
    assert empty == []


def test_fixtures_are_defined_in_conftest_or_where_they_are_used():
    """Helper modules are imported by name: a fixture defined there would be shared by import."""
    helpers = [p for p in TESTS.rglob("*.py") if not p.name.startswith(("test_", "conftest"))]
    wrong = [f"{p.relative_to(TESTS)}:{n.lineno}" for p in helpers for n in ast.walk(_tree(p)) if _is_fixture(n)]
    assert wrong == []
