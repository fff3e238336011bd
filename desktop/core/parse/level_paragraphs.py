"""Level paragraphs under a numbered item (CONVENTIONS.md, round 36 early rulings → Tasks): paragraphs that each
open with a level of government and a colon 「区级层面：区X局负责…」「镇级层面：各乡镇要…」「村级层面：一是…」 are
round 35's run-in headings — the item's children, each a task named by its level.

Only a run of two or more such paragraphs one after another (blank lines between them allowed) is read so; a
lone 「市级层面：」 paragraph is prose. ``build_items`` makes each an unnumbered child of the item it stands in."""

from __future__ import annotations

import re

# 区级层面： / 镇级层面： / 乡镇层面： / 村级层面： / 市级层面： (a short level name before 层面 and a colon)
_LEVEL = re.compile(r"^([\u4e00-\u9fff]{1,3}层面)\s*[:：]\s*\S")


def level_paragraphs(lines: list[str]) -> dict[int, str]:
    """Line → its level (区级层面) for each paragraph of a run of two or more level paragraphs."""
    out: dict[int, str] = {}
    run: dict[int, str] = {}
    for n, raw in enumerate([*lines, "-"]):
        line = raw.strip()
        if not line:
            continue                        # a blank line between paragraphs keeps the run
        m = _LEVEL.match(line) if "层面" in line[:6] else None
        if m:
            run[n] = m.group(1)
            continue
        if len(run) >= 2 and len(set(run.values())) == len(run):
            out.update(run)
        run = {}
    return out
