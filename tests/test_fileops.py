"""Windows file trouble in the right words, and brief retries for a scanner holding a file
(issue 14). Windows errors are stood in for on Linux: an OSError carrying ``winerror``."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop import fileops
from desktop.errors import UserError, WorkspaceError
from desktop.reports.files import write_document


def win_error(winerror: int, errno: int = 13) -> PermissionError:
    exc = PermissionError(errno, "The process cannot access the file because it is being used by another process")
    exc.winerror = winerror                      # what Windows sets; absent on Linux
    return exc


def flaky(times: int, exc_factory, real):
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        if len(calls) <= times:
            raise exc_factory()
        return real(*args, **kwargs)
    return fake, calls


def test_replace_retries_a_sharing_violation_then_succeeds(tmp_path, monkeypatch):
    src, dst = tmp_path / "a.part", tmp_path / "a.docx"
    src.write_bytes(b"new")
    fake, calls = flaky(3, lambda: win_error(32), os.replace)
    monkeypatch.setattr(fileops.os, "replace", fake)
    monkeypatch.setattr(fileops.time, "sleep", lambda s: None)
    fileops.replace(src, dst)
    assert dst.read_bytes() == b"new" and len(calls) == 4


def test_retries_are_bounded_and_other_errors_are_not_retried(tmp_path, monkeypatch):
    slept = []
    monkeypatch.setattr(fileops.time, "sleep", slept.append)
    fake, calls = flaky(100, lambda: win_error(32), os.replace)
    monkeypatch.setattr(fileops.os, "replace", fake)
    with pytest.raises(PermissionError):
        fileops.replace(tmp_path / "x", tmp_path / "y")
    assert len(calls) == len(fileops.DELAYS) + 1 and sum(slept) < 1.5
    calls.clear()
    fake, calls = flaky(100, lambda: PermissionError(13, "denied"), os.replace)   # no winerror
    monkeypatch.setattr(fileops.os, "replace", fake)
    with pytest.raises(PermissionError):
        fileops.replace(tmp_path / "x", tmp_path / "y")
    assert len(calls) == 1


def test_temp_file_delete_retries(tmp_path, monkeypatch):
    part = tmp_path / "x.part"
    part.write_bytes(b"1")
    real = Path.unlink
    count = []

    def unlink(self, missing_ok=False):
        count.append(1)
        if len(count) < 3:
            raise win_error(32)
        return real(self, missing_ok=missing_ok)
    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr(fileops.time, "sleep", lambda s: None)
    fileops.discard(part)
    assert not part.exists() and len(count) == 3


def test_folder_writable_is_found_by_writing(tmp_path, monkeypatch):
    assert fileops.folder_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []                      # the probe cleans up after itself
    assert not fileops.folder_writable(tmp_path / "missing")
    (tmp_path / "f").write_text("x")
    assert not fileops.folder_writable(tmp_path / "f")

    def refuse(*a, **k):
        raise PermissionError(13, "Access is denied")
    monkeypatch.setattr(fileops.tempfile, "mkstemp", refuse)   # an ACL os.access cannot see
    assert os.access(tmp_path, os.W_OK) and not fileops.folder_writable(tmp_path)


def _write(out: Path) -> Path:
    return write_document(out, lambda buffer: buffer.write(b"docx"), app="Word/WPS")


def test_locked_file_is_not_called_read_only(tmp_path, monkeypatch):
    out = tmp_path / "小结.docx"
    out.write_bytes(b"old")
    monkeypatch.setattr(fileops.os, "replace", lambda a, b: (_ for _ in ()).throw(win_error(32)))
    monkeypatch.setattr(fileops.time, "sleep", lambda s: None)
    with pytest.raises(UserError) as caught:
        _write(out)
    assert "被其他程序占用" in caught.value.message and "只读" not in caught.value.message
    assert out.read_bytes() == b"old" and not (tmp_path / "小结.docx.part").exists()


def test_read_only_folder_is_not_called_open_in_word(tmp_path, monkeypatch):
    out = tmp_path / "小结.docx"

    def refuse(self, data):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "write_bytes", refuse)
    monkeypatch.setattr(fileops, "folder_writable", lambda folder: False)
    with pytest.raises(UserError) as caught:
        _write(out)
    message = caught.value.message
    assert "不能写入" in message and "Word" not in message and "我的文档" in message


def test_open_file_in_word_is_said(tmp_path, monkeypatch):
    out = tmp_path / "小结.docx"
    out.write_bytes(b"old")
    monkeypatch.setattr(fileops.os, "replace", lambda a, b: (_ for _ in ()).throw(PermissionError(13, "denied")))
    with pytest.raises(UserError) as caught:
        _write(out)
    assert "Word/WPS 中打开" in caught.value.message and "只读" in caught.value.message


def test_package_written_to_a_read_only_folder_is_a_plain_message(tmp_path, monkeypatch):
    from desktop.exchange import format as fmt

    monkeypatch.setattr(fileops, "folder_writable", lambda folder: False)
    monkeypatch.setattr(fmt, "make_manifest", lambda **k: {"members": {}, "package_id": "x"})
    monkeypatch.setattr(fmt.zipfile, "ZipFile", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "denied")))
    with pytest.raises(UserError) as caught:
        fmt.write_package(tmp_path / "包.luoshi", kind="receipt", plan=None, sender=None,
                          members={}, sign=lambda b: b"sig")
    assert "不能写入" in caught.value.message and "工作区" not in caught.value.message


def test_workspace_in_a_read_only_folder_is_not_called_damaged(tmp_path):
    """What SQLite says when it cannot make its -wal file in a read-only folder is not damage."""
    from desktop.store import open_workspace
    from desktop.store.workspace import _cannot_open

    path = tmp_path / "w.sqlite"
    for said in ("attempt to write a readonly database", "unable to open database file"):
        message = _cannot_open(path, sqlite3.OperationalError(said)).message
        assert "只读" in message and "已损坏" not in message
    (tmp_path / "bad.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(WorkspaceError) as caught:                # real damage is still called so
        open_workspace(tmp_path / "bad.sqlite")
    assert "已损坏" in caught.value.message or "不是" in caught.value.message


def test_sharing_violation_in_the_workspace_is_not_read_only():
    from desktop.store.safety import explain_sqlite_error

    assert "占用" in explain_sqlite_error(win_error(32)).message
    assert "只读" in explain_sqlite_error(PermissionError(13, "denied")).message
