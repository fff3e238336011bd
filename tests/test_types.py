"""The two lower layers type-check under mypy's strict flags (pyproject.toml [tool.mypy])."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_core_and_store_pass_mypy_strict(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(tmp_path / "mypy-cache"), "desktop/core", "desktop/store"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout


@pytest.mark.slow
def test_strict_config_reaches_the_lower_layers(tmp_path):
    """The config is what makes the check strict: an untyped function in a core module is an
    error with it (and would pass plain mypy)."""
    probe = tmp_path / "desktop" / "core"
    probe.mkdir(parents=True)
    (tmp_path / "desktop" / "__init__.py").write_text("", encoding="utf-8")
    (probe / "__init__.py").write_text("", encoding="utf-8")
    (probe / "probe.py").write_text("def half(x):\n    return x / 2\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(tmp_path / "mypy-cache"), "desktop/core/probe.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "[no-untyped-def]" in done.stdout
