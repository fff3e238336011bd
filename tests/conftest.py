"""Shared test set-up: Qt offscreen, storage in tmp, the seed plans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# the five seed plans, kept in the repository so it tests itself (copied from ../shared/seeds)
SEEDS = ROOT / "tests" / "data" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Point the user's data, config and log folders at tmp for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LUOSHI_HOME", str(home))
    yield


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed plans not found at {SEEDS}")
    return SEEDS


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (``"000"`` …)."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert matches, f"no seed {prefix}_*.txt in {SEEDS}"
    return matches[0]


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test(request):
    """Work started on Qt's thread pool (desktop.ui.ops) must finish inside its own test: a
    worker still running while the next test tears widgets down is a crash waiting to happen.
    Set up after qtbot, so this wait runs before qtbot closes the test's widgets."""
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("qtbot")
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        assert QThreadPool.globalInstance().waitForDone(10_000), "a background operation did not finish"
