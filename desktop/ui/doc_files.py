"""Where finished documents go and how they are opened: small, so the menus can use it at
start-up without loading the draft editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from desktop import fileops, paths


def open_document(path: Path) -> bool:
    """Open a finished document in the system's Word/WPS."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def output_dir(workspace: Path, documents: Path | None = None) -> Path:
    """Beside the workspace, unless that is the app's own hidden data folder or not writable:
    then the user's Documents, where a clerk looks for a file."""
    folder = workspace.resolve().parent
    data = paths.data_dir().resolve()
    if folder == data or data in folder.parents or not fileops.folder_writable(folder):
        return documents or documents_dir()
    return folder


def unique_path(path: Path) -> Path:
    """``path``, or ``name (2).docx``, ``name (3).docx`` … when it exists: never overwrite."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate
