"""Compile forms/*.ui into desktop/ui/forms/ui_*.py with pyside6-uic (generated: do not edit).

Run after changing a form: ``python build/compile_forms.py``. ``--check`` exits 1 when a
generated module is missing or differs from what uic would write now (the test suite runs it),
so a fresh clone runs without uic and a forgotten recompile is caught.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "desktop" / "ui" / "forms"
HEADER = ("# Generated from forms/{name} by build/compile_forms.py (pyside6-uic). Do not edit:\n"
          "# change the form in Qt Designer and run `python build/compile_forms.py`.\n")


def uic_command() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials in this environment")
    return [found]


IMPORT_BLOCK = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def keep_used_imports(code: str) -> str:
    """uic imports a fixed list of Qt classes whether the form uses them or not; PySide6 sets up
    a class (with all its enums) when its name is imported, so the unused ones cost start-up
    time (QConicalGradient alone ~3 ms). Keep only the names the form's code uses."""
    body = IMPORT_BLOCK.sub("", code)
    used = set(re.findall(r"\b\w+\b", body))

    def trimmed(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        kept = [n for n in names if n in used]
        return f"from {match.group(1)} import ({', '.join(kept)})\n" if kept else ""

    return IMPORT_BLOCK.sub(trimmed, code)


def compile_form(ui: Path) -> str:
    result = subprocess.run([*uic_command(), "-g", "python", "--no-autoconnection", str(ui)],
                            capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise SystemExit(f"uic failed on {ui.name}:\n{result.stderr}")
    # uic stamps its version into a banner; keep ours, drop theirs so output is stable
    body = "\n".join(line for line in result.stdout.splitlines()
                     if not line.startswith("## ") and not line.startswith("################"))
    return HEADER.format(name=ui.name) + keep_used_imports(body.lstrip("\n")) + "\n"


def target_for(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Modules generated from forms/*.ui by build/compile_forms.py: do not edit."""\n',
                        encoding="utf-8")
    stale = []
    for ui in sorted(FORMS.glob("*.ui")):
        code = compile_form(ui)
        target = target_for(ui)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == code:
            continue
        if args.check:
            stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8", newline="\n")
            print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print("stale generated forms (run python build/compile_forms.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
