"""Where finished documents and packages go and how they are opened: small, so the menus can
use it at start-up without loading the draft editor.

Every save dialog (报送包, 方案包, 回执, 台账, 报送情况, 工作信息, reports) starts in the folder last
used for that kind of file, remembered in the settings; the first time, in the user's Documents
(or beside the workspace when the user keeps it in a folder of their own), never in the hidden
data folder. After every export the user is offered the file's folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop import fileops, paths

OPEN, FOLDER = "open", "folder"          # what the user chose after an export ("" for neither)


def _open_url(path: Path) -> bool:
    """The system's own program for ``path`` (QUrl and its enums are set up when first used)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_document(path: Path) -> bool:
    """Open a finished document in the system's Word/WPS."""
    return _open_url(path)


def open_folder(path: Path) -> bool:
    """Show the folder a file was written to, in Explorer (or the desktop's file manager)."""
    return _open_url(path.parent if path.is_file() else path)


def documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths  # its many enums cost ~3 ms: not at start

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


def folder_settings() -> QSettings:
    """The per-user settings file (portable mode keeps it on the stick)."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def save_folder(kind: str, workspace: Path, documents: Path | None = None) -> Path:
    """The folder a save dialog for ``kind`` starts in: the last one used, while it still takes
    files; else Documents (or beside a workspace the user keeps in a folder of their own)."""
    remembered = str(folder_settings().value(f"folders/{kind}", "") or "")
    if remembered and fileops.folder_writable(remembered):
        return Path(remembered)
    return output_dir(workspace, documents)


def suggested_path(kind: str, name: str, workspace: Path) -> Path:
    """Where the save dialog proposes to write ``name``: never over an existing file."""
    return unique_path(save_folder(kind, workspace) / name)


def remember_folder(kind: str, chosen: Path) -> None:
    settings = folder_settings()
    settings.setValue(f"folders/{kind}", str(chosen.parent))
    settings.sync()


def ask_save_path(prompts: Any, parent: Any, title: str, kind: str, name: str, workspace: Path,
                  filters: str) -> Path | None:
    """The save dialog every export uses: starts in the remembered folder, remembers the choice."""
    chosen = prompts.save_file(parent, title, str(suggested_path(kind, name, workspace)), filters)
    if chosen is not None:
        remember_folder(kind, chosen)
    return chosen


def after_export(prompts: Any, parent: Any, title: str, text: str, path: Path, *,
                 can_open: bool = False, opener: Callable[[Path], bool] = open_document,
                 folder_opener: Callable[[Path], bool] | None = None) -> str:
    """Say the file is written and offer 打开所在文件夹 (and 打开 for a document)."""
    choice = prompts.exported(parent, title, text, path, can_open=can_open)
    if choice == OPEN:
        opener(path)
    elif choice == FOLDER:
        (folder_opener or open_folder)(path)
    return choice
