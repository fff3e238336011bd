"""Shared by the ``test_hostile_*`` files: run the command line in-process, fingerprint a
workspace's bytes, and assert a refusal (Chinese message, exit 2, bytes unchanged)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
from collections.abc import Iterable
from pathlib import Path

from desktop.commands import run


def digest(path: Path) -> str:
    """The bytes of a workspace and of the journal files beside it."""
    h = hashlib.sha256()
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        h.update(suffix.encode() + b"\0")
        if p.is_file():
            h.update(p.read_bytes())
        elif p.exists():
            h.update(b"<dir>")
    return h.hexdigest()


def cli(argv: Iterable[str]) -> tuple[int, str, str]:
    """``python -m desktop ARGV`` in this process: (exit code, stdout, stderr). An uncaught
    exception (a traceback) propagates and fails the test."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run([str(a) for a in argv])
        except SystemExit as exc:            # argparse's own refusals
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def refused(argv: Iterable[str], watched: Iterable[Path], *words: str, code: int = 2) -> str:
    """Run ARGV; it must exit ``code`` with a Chinese message holding ``words``, leaving every
    ``watched`` file's bytes as they were (a missing file stays missing)."""
    watched = [Path(w) for w in watched]
    before = [(digest(w), w.exists()) for w in watched]
    got, out, err = cli(argv)
    text = out + err
    assert got == code, (got, text)
    assert "Traceback" not in text, text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    for word in words:
        assert word in text, (word, text)
    assert [(digest(w), w.exists()) for w in watched] == before, text
    return text


def copy_workspace(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst
