"""Every dependency pyproject declares has its exact version in build/constraints.txt, the file
build/dev.sh and the bundle build install with, so a fresh machine tests what was tested."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def test_every_declared_dependency_is_pinned_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    for extra in ("test", "build"):
        declared |= {_name(r) for r in project["optional-dependencies"][extra]}
    pinned = {}
    for line in (ROOT / "build" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pinned[_name(name)] = version
    assert sorted(declared - set(pinned)) == []
