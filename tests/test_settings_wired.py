"""Every setting the program keeps is read by something, and every one it reads can be written:
the workspace's settings table (``ws.setting`` / ``ws.set_setting``, and the keys the store
writes with SQL) and the per-user QSettings file (``setValue`` / ``value``). Found by reading
the source, so a setting added on one side only fails here."""

from __future__ import annotations

import re
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
KEY = r"\(\s*[\"']([a-z_/]+)[\"']"


def _sources() -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in DESKTOP.rglob("*.py")
            if p.relative_to(DESKTOP).parts[0] != "devtools"}


def _workspace_keys() -> tuple[set[str], set[str]]:
    reads: set[str] = set()
    writes: set[str] = set()
    for text in _sources().values():
        writes |= set(re.findall(r"\bset_setting" + KEY, text))
        reads |= set(re.findall(r"[^_]setting" + KEY, text))
        # (a schema step that drops a retired setting, ``DELETE FROM settings``, consults nothing)
        reads |= set(re.findall(r"(?<!DELETE )FROM settings WHERE key = '([a-z_]+)'", text))
        reads |= set(re.findall(r"\bpeek_setting\(\s*\w+,\s*[\"']([a-z_]+)[\"']", text))   # a closed file's
        if "INSERT INTO settings" in text:       # keys the store writes itself (identity.py)
            writes |= set(re.findall(r"VALUES \('([a-z_]+)'", text))
            writes |= set(re.findall(r"\(\"([a-z_]+)\", identity\.\w+\)", text))
    return reads, writes


def test_every_workspace_setting_written_is_read_and_every_one_read_is_written():
    reads, writes = _workspace_keys()
    assert {"role", "unit_id", "office_name", "briefing_issues"} <= reads & writes   # the scan sees them
    assert sorted(writes - reads) == []          # kept, never used
    assert sorted(reads - writes) == []          # consulted, but nothing can set it


def test_every_qsettings_key_written_is_read():
    reads: set[str] = set()
    writes: set[str] = set()
    for text in _sources().values():
        writes |= set(re.findall(r"setValue" + KEY, text))
        reads |= set(re.findall(r"\.value" + KEY, text))
    assert {"main/geometry", "tasks/splitter"} <= writes
    assert sorted(writes - reads) == []
