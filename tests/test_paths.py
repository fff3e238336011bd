"""Where files go: the test override, portable mode beside the executable, user folders."""

from __future__ import annotations

from pathlib import Path

from desktop import paths


def test_override_puts_everything_under_one_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("LUOSHI_HOME", str(tmp_path))
    assert paths.data_dir() == tmp_path / "data"
    assert paths.config_dir() == tmp_path / "config"
    assert paths.log_dir() == tmp_path / "log"
    assert paths.default_workspace().parent == tmp_path / "data"


def test_portable_marker_keeps_data_beside_the_executable(tmp_path, monkeypatch):
    monkeypatch.delenv("LUOSHI_HOME", raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    assert paths.portable_root() is None
    (tmp_path / "portable.txt").write_text("便携模式", encoding="utf-8")
    root = tmp_path / "LuoshiData"
    assert paths.portable_root() == root
    assert (paths.data_dir(), paths.config_dir(), paths.log_dir()) == (root / "data", root / "config", root / "log")
    assert paths.backup_dir_for(paths.default_workspace()).is_relative_to(root)


def test_without_override_or_marker_user_folders_are_used(tmp_path, monkeypatch):
    monkeypatch.delenv("LUOSHI_HOME", raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    data = paths.data_dir()
    assert "Luoshi" in data.parts and not data.is_relative_to(tmp_path)


def test_resources_are_found_from_a_checkout():
    assert (paths.resource("templates") / "half_year.docx").is_file()
    assert paths.resource("desktop", "data", "demo_plan.txt").read_text(encoding="utf-8").startswith("武政办")
    assert isinstance(paths.executable_dir(), Path)


def test_portable_marker_with_a_hidden_extension_counts(tmp_path, monkeypatch):
    """Windows hides .txt: a clerk who names a new text file "portable.txt" gets portable.txt.txt."""
    monkeypatch.delenv("LUOSHI_HOME", raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    assert not paths.is_portable()
    (tmp_path / "portable.txt.txt").write_text("", encoding="utf-8")
    assert paths.portable_root() == tmp_path / "LuoshiData" and paths.is_portable()
    assert paths.data_dir() == tmp_path / "LuoshiData" / "data"
    monkeypatch.setenv("LUOSHI_HOME", str(tmp_path / "home"))      # the override wins, not portable
    assert not paths.is_portable()


def test_a_folder_named_like_the_marker_does_not_count(tmp_path, monkeypatch):
    monkeypatch.delenv("LUOSHI_HOME", raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    (tmp_path / "portable.txt").mkdir()
    assert paths.portable_root() is None
