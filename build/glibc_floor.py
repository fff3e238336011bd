"""The oldest glibc a built Linux bundle runs on: the newest GLIBC_x.y symbol version any ELF
file in it needs (``objdump -T``). CI prints it after building, so the README's figure is the
measured one.

    python build/glibc_floor.py [build/dist/luoshi]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ELF = b"\x7fELF"


def needs(path: Path) -> tuple[int, ...] | None:
    """The newest glibc version ``path`` asks for; None when it is not an ELF file or asks none."""
    with path.open("rb") as fh:
        if fh.read(4) != ELF:
            return None
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
    found = {tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)}
    return max(found) if found else None


def floor(bundle: Path) -> tuple[tuple[int, ...], list[tuple[tuple[int, ...], Path]]]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            version = needs(path)
            if version is not None:
                found.append((version, path))
    found.sort(reverse=True)
    return (found[0][0] if found else ()), found


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path(__file__).resolve().parent / "dist" / "luoshi"
    if shutil.which("objdump") is None:
        print("objdump not found (apt-get install binutils)", file=sys.stderr)
        return 2
    if not bundle.is_dir():
        print(f"no bundle at {bundle}", file=sys.stderr)
        return 2
    top, found = floor(bundle)
    print(f"glibc floor of {bundle}: {'.'.join(map(str, top))} ({len(found)} ELF files)")
    for version, path in found[:6]:
        print(f"  GLIBC_{'.'.join(map(str, version))}  {path.relative_to(bundle)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
