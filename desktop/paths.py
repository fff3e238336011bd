"""Where Luoshi keeps its files: one module, with an override for tests and a portable mode.

Order of precedence:
1. ``LUOSHI_HOME`` (tests, or a user who wants everything in one folder);
2. portable mode: a file named ``portable.txt`` (also ``portable.txt.txt``, ``portable``,
   ``luoshi-portable``) beside the
   executable keeps workspace, settings and logs in a ``LuoshiData`` folder there — a USB stick
   carried between district offices;
3. the user's own folders (platformdirs: %LOCALAPPDATA%\\Luoshi on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Luoshi"
# portable.txt.txt: Windows hides known extensions, so a clerk who makes "portable.txt" with
# 新建 → 文本文档 gets that name without seeing it
PORTABLE_MARKERS = ("portable.txt", "portable.txt.txt", "portable", "luoshi-portable")


def executable_dir() -> Path:
    """The folder of the frozen executable, or the repository root when run as a script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def portable_root() -> Path | None:
    base = executable_dir()
    if any((base / marker).is_file() for marker in PORTABLE_MARKERS):
        return base / "LuoshiData"
    return None


def is_portable() -> bool:
    """Running in portable mode (data beside the executable), not under a LUOSHI_HOME override."""
    return not os.environ.get("LUOSHI_HOME") and portable_root() is not None


def _root(kind: str) -> Path:
    override = os.environ.get("LUOSHI_HOME")
    if override:
        return Path(override) / kind
    portable = portable_root()
    if portable is not None:
        return portable / kind
    import platformdirs  # imported here: only needed when no override applies

    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if kind == "log":
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    raise ValueError(kind)


def data_dir() -> Path:
    return _root("data")


def config_dir() -> Path:
    return _root("config")


def log_dir() -> Path:
    return _root("log")


def default_workspace() -> Path:
    """The workspace used when no ``--db`` is given."""
    return data_dir() / "workspace.luoshi.sqlite"


def demo_workspace() -> Path:
    """The workspace ``--demo`` opens (built on first use)."""
    return data_dir() / "demo.luoshi.sqlite"


def backup_dir_for(workspace: Path) -> Path:
    """Backups live beside the workspace, in a folder named after it."""
    return workspace.parent / "backups" / workspace.stem


def inbox_dir_for(workspace: Path) -> Path:
    """Files another start of the program hands to the window that has the workspace open."""
    return workspace.parent / "inbox" / workspace.stem


def attachments_dir_for(workspace: Path) -> Path:
    """Evidence files (佐证材料) of a workspace: beside it, so they travel with it."""
    return workspace.parent / "attachments" / workspace.stem


def resource(*parts: str) -> Path:
    """A file shipped with the program (templates, forms, translations).

    The only place that knows whether the app is frozen: PyInstaller puts data files
    under ``sys._MEIPASS``; from a checkout they are at the repository root.
    """
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", executable_dir()))
    else:
        base = Path(__file__).resolve().parent.parent
    return base.joinpath(*parts)
