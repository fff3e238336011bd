"""Shared test set-up: Qt offscreen, storage in tmp, the seed plans."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers_seeds import SEEDS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


@pytest.fixture()
def world(tmp_path):
    """An office and three units that imported its plan package (``helpers_exchange.World``)."""
    from helpers_exchange import make_world

    w = make_world(tmp_path)
    yield w
    w.close()


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


@pytest.fixture(scope="session")
def demo_built(tmp_path_factory) -> Path:
    """The demo workspace, built once per run (seconds each time); tests take copies of it."""
    from desktop.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.luoshi.sqlite")


@pytest.fixture
def demo(demo_built, tmp_path) -> Path:
    """A fresh copy of the demo workspace for each test, in a folder of its own."""
    folder = tmp_path / "ws"
    folder.mkdir()
    return Path(shutil.copy(demo_built, folder / demo_built.name))
