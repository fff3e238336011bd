"""Numbered notes under a table 「…按照以下指标予以控制：⏎（the table's cells）⏎注：1.用地指标是指…⏎2.…规模按…计。⏎
3.…的，应通过…综合确定。」 (CONVENTIONS.md Round 91, decided on x335_03 三、): they are the lowest numbered items that
carry text, each read by its words — a note that defines, reckons, states what the index holds or only offers an
option is text; one that limits or sets a step (应／宜／须／控制在／不得／不可) is a task. The table and the 「注：」
line stand in the point's text before them."""

from __future__ import annotations

import re

from .headings import Item

# the notes' mark on the line that opens them, the first note run in after it 「注：1.用地指标是指…」
_NOTES_MARK = re.compile(r"(?:^|\n)\s*(?:注|说明|备注)\s*[：:]\s*(?:1\s*[.、．]|[（(]1[)）])[^\n]*\s*$")
# a note that binds: a limit or a step on the work
_BINDS = re.compile(r"应当|(?<![相对响供适反理])应(?!急|用|对)|宜|(?<![必无])须|必须|控制在|不得|不可|不应|严禁|禁止|"
                    r"不大于|不小于|不超过|不少于|不低于|不高于")


def note_line(item: Item) -> bool:
    """``item`` is a note under a table (its parent's text closes on the notes' mark) that binds no one (above)."""
    parent = item.parent
    return parent is not None and not item.children and _NOTES_MARK.search(parent.body.rstrip()) is not None \
        and _BINDS.search(item.body) is None


def drop_note_lines(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the notes under a table that only define, reckon, state or allow (see the module)."""
    return [i for i in chosen if not note_line(i)] or chosen
