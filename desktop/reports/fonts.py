"""Is the chosen font profile installed? On Windows the client warns before export when a
font the profile names is missing (Word would silently substitute it and the clerk would see
the wrong face); elsewhere nothing can be known, and nothing is said."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from desktop.reports.docx_style import FontProfile, profile

# The names a font is registered under: Chinese Windows lists some in English.
ALIASES = {
    "仿宋_GB2312": ("仿宋_GB2312", "FangSong_GB2312"),
    "楷体_GB2312": ("楷体_GB2312", "KaiTi_GB2312"),
    "方正小标宋简体": ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
    "仿宋": ("仿宋", "FangSong"),
    "楷体": ("楷体", "KaiTi"),
    "黑体": ("黑体", "SimHei"),
    "宋体": ("宋体", "SimSun", "NSimSun"),
}
_REGISTRY_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"


def profile_fonts(fonts: FontProfile) -> list[str]:
    names = [fonts.title, fonts.body, fonts.heading1, fonts.heading2, fonts.heading3,
             fonts.page_number]
    return list(dict.fromkeys(names))


def installed_font_names() -> set[str] | None:
    """Family names from the Windows font registry (machine and user); None elsewhere."""
    if sys.platform != "win32":
        return None
    import winreg

    names: set[str] = set()
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        try:
            key = winreg.OpenKey(hive, _REGISTRY_KEY)
        except OSError:
            continue
        with key:
            index = 0
            while True:
                try:
                    value_name, _, _ = winreg.EnumValue(key, index)
                except OSError:
                    break
                index += 1
                base = value_name.split(" (")[0]
                names.update(part.strip() for part in base.split("&"))
    return names


def missing_fonts(profile_name: str, installed: Iterable[str] | None = None) -> list[str]:
    """Fonts of the profile that are not installed ([] when it cannot be known)."""
    fonts = profile(profile_name)
    have = set(installed) if installed is not None else installed_font_names()
    if have is None:
        return []
    return [name for name in profile_fonts(fonts)
            if not any(alias in have for alias in ALIASES.get(name, (name,)))]


def missing_fonts_message(profile_name: str, installed: Iterable[str] | None = None,
                          chosen: str | None = None) -> str:
    """A warning for the client, or "" when every font is there. ``chosen``: the profile the
    program will use instead (picked because these fonts are missing)."""
    missing = missing_fonts(profile_name, installed)
    if not missing:
        return ""
    if chosen and chosen != profile_name:
        fallback = profile_fonts(profile(chosen))
        lacking = missing_fonts(chosen, installed)
        official = [name for name in missing if name not in fallback]
        text = (f"本机没有安装公文常用的{'、'.join(official or missing)}。为了让导出的 Word 文档在本机显示和"
                f"打印正常，落实已改用“系统字体”方案（{'、'.join(fallback)}）。")
        if lacking:
            text += f"本机也没有{'、'.join(lacking)}，Word/WPS 会用相近的字体显示。"
        return text + ("\n\n如果单位要求用仿宋_GB2312 等字体，请技术人员安装这些字体，然后在“设置 → 公文字体”中"
                       "选择“公文字体”；也可以在提交前请有这些字体的电脑检查排版。")
    other = "system" if profile_name == "gb2312" else "gb2312"
    hint = ("可在“设置 → 公文字体”中改用“系统字体”方案（仿宋、楷体）" if other == "system"
            else "请安装这些字体")
    return (f"本机没有安装{'、'.join(missing)}，Word 会用别的字体代替，打印出来的格式会不对。"
            f"{hint}，或在提交前请有这些字体的电脑检查排版。")


def choose_profile(installed: Iterable[str]) -> str:
    """The profile that will render on this machine: the official fonts (gb2312) only when
    仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 are all installed, else the system one."""
    return "gb2312" if not missing_fonts("gb2312", installed) else "system"
