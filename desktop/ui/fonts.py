"""Which font profile the exports use on this machine: detected from Qt's font database at
start, or the one the user chose in 设置 → 公文字体 (kept in the per-user settings file, since
fonts belong to the PC, not to the workspace that travels on a stick)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from desktop.ui.doc_files import folder_settings

KEY, WARNED_KEY = "fonts/profile", "fonts/warned"
AUTO = "auto"
CHOICES = {AUTO: "自动（按本机已安装的字体选择）(&A)",
           "gb2312": "公文字体：方正小标宋简体、仿宋_GB2312、楷体_GB2312(&G)",
           "system": "系统字体：宋体、仿宋、楷体（每台 Windows 都有）(&S)"}
MENU = "公文字体(&F)"
# where a clerk with no administrator rights installs a font file on Windows 10/11 (per user, no admin needed)
INSTALL_HINT = ("自己安装也可以：把字体文件（.ttf）拷到本机，双击打开后点“安装”（只为本人安装，不需要管理员权限），"
                "装好后重新打开落实。")


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Font families Qt can see (Windows registry fonts, per-user fonts, fontconfig)."""
    from PySide6.QtGui import QFontDatabase  # the fonts check runs after the first paint

    return frozenset(QFontDatabase.families())


def stored_choice(settings: Any = None) -> str:
    value = str((settings or folder_settings()).value(KEY, AUTO) or AUTO)
    return value if value in CHOICES else AUTO


def set_choice(value: str, settings: Any = None) -> None:
    settings = settings or folder_settings()
    settings.setValue(KEY, value)
    settings.sync()


def export_profile(settings: Any = None) -> str:
    """The profile exports use: the user's choice on this PC, else the one that renders here."""
    from desktop.reports.fonts import choose_profile  # the export's module: not needed to start

    choice = stored_choice(settings)
    return choice if choice != AUTO else choose_profile(installed_families())


def warning_once(settings: Any = None, installed: frozenset[str] | None = None) -> str:
    """The plain-words warning when the official fonts are missing, once per machine (and again
    if what is missing changes); "" otherwise, or when the user chose a profile themselves."""
    from desktop.reports.fonts import choose_profile, missing_fonts_message

    settings = settings or folder_settings()
    if stored_choice(settings) != AUTO:
        return ""
    installed = installed_families() if installed is None else installed
    message = missing_fonts_message("gb2312", installed, chosen=choose_profile(installed))
    if not message or str(settings.value(WARNED_KEY, "") or "") == message:
        return ""
    settings.setValue(WARNED_KEY, message)
    settings.sync()
    return message


def bar_text(message: str) -> str:
    """The missing-fonts warning as the window's bar says it: the warning in one paragraph, then how to install."""
    return message.replace("\n\n", "") + "\n" + INSTALL_HINT
