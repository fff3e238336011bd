"""Files handed to the window that already has the workspace open.

A clerk double-clicks a .luoshi package (or drags a plan onto the icon) while 落实 is already
open: the new process finds the workspace locked, so instead of opening a second, read-only
window that could not import anything, it leaves the file names in the workspace's inbox folder
and exits; the open window notices (QFileSystemWatcher), takes them out and opens them.
Each note is written whole (a temporary file, then a rename), so a half note is never read.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject

from desktop import fileops, paths

log = logging.getLogger("luoshi.ui.inbox")
SUFFIX = ".json"


def inbox_dir(workspace: Path) -> Path:
    return paths.inbox_dir_for(workspace)


def deliver(workspace: Path, files: list[Path]) -> Path:
    """Leave ``files`` (absolute paths) for the window that has ``workspace`` open."""
    import uuid  # only a second start that hands files over needs it

    folder = inbox_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    note = folder / f"{uuid.uuid4().hex}{SUFFIX}"
    partial = note.with_name(note.name + ".part")
    partial.write_text(json.dumps({"files": [str(Path(f).resolve()) for f in files], "pid": os.getpid()},
                                  ensure_ascii=False), encoding="utf-8")
    fileops.replace(partial, note)
    return note


def take(workspace: Path) -> list[Path]:
    """The files waiting in the inbox, oldest note first; the notes are removed."""
    folder = inbox_dir(workspace)
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for note in sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            found += [Path(f) for f in data.get("files", []) if isinstance(f, str)]
        except (OSError, ValueError) as exc:
            log.warning("inbox note %s unreadable: %s", note, exc)
        fileops.discard(note)
    return found


class Inbox(QObject):
    """Watches the workspace's inbox while the window has it open (writable windows only)."""

    def __init__(self, workspace: Path, on_files: Callable[[list[Path]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.on_files = workspace, on_files
        folder = inbox_dir(workspace)
        folder.mkdir(parents=True, exist_ok=True)
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(lambda _: self.check())

    def check(self) -> list[Path]:
        files = take(self.workspace)
        if files:
            log.info("opening files handed over by another start: %s", files)
            self.on_files(files)
        return files
