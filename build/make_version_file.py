"""The Windows version resource of luoshi.exe and luoshi-cli.exe (文件属性 → 详细信息 shows
落实, the version and the publisher), written as PyInstaller's version file.

build/luoshi.spec calls ``write()`` on Windows, so the file in build/ always carries the
version of the code being frozen; run it by hand to look at it:

    .venv/bin/python build/make_version_file.py   # → build/version_info.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "version_info.txt"
PRODUCT = "落实 Luoshi"
DESCRIPTION = "落实 — 工作方案落实跟踪与报送"
PUBLISHER = "落实 Luoshi 项目组"
COPYRIGHT = "© 落实 Luoshi 项目组"


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    assert found, "desktop/__init__.py has no __version__"
    return found.group(1)


def numbers(text: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0); letters after a number (``1.2.0rc1``) are dropped."""
    parts = [int(re.match(r"\d*", p).group(0) or 0) for p in text.split(".")][:4]
    return tuple(parts + [0] * (4 - len(parts)))          # type: ignore[return-value]


def text(name: str = "luoshi.exe") -> str:
    v = version()
    n = numbers(v)
    strings = {
        "CompanyName": PUBLISHER, "FileDescription": DESCRIPTION, "FileVersion": v,
        "InternalName": name.removesuffix(".exe"), "LegalCopyright": COPYRIGHT,
        "OriginalFilename": name, "ProductName": PRODUCT, "ProductVersion": v,
    }
    items = ",\n          ".join(f"StringStruct({k!r}, {val!r})" for k, val in strings.items())
    return f"""# UTF-8
# Written by build/make_version_file.py for PyInstaller (the version resource of {name}).
VSVersionInfo(
  ffi=FixedFileInfo(filevers={n}, prodvers={n}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404b0', [
          {items}])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
"""


def write(name: str = "luoshi.exe", out: Path | None = None) -> Path:
    out = out or OUT.with_name(f"version_info_{name.removesuffix('.exe')}.txt")
    out.write_text(text(name), encoding="utf-8")
    return out


if __name__ == "__main__":
    print(write(out=OUT))
    sys.exit(0)
