"""The order tasks are listed in: by their numbers, so a clerk's own 四.12A stands between 四.12 and 四.13.

The parser gives tasks in document order, which is number order; a number a person typed (「12A」 in the review, the
task tab or ``plan edit --number``) or a revision that inserts a task (a new 四.12 after the task the clerk numbered
四.12A) can put them out of it. ``number_order`` gives the one order: each task keeps a place among the places its
siblings (the tasks under the same headings) hold, and the siblings take those places by their numbers. A plan the
parser read keeps its order; siblings whose numbers are not all numerals (其一, A.) or repeat (numbering that restarts
under one heading) are left as the document has them. The store writes tasks' positions in this order
(``store.plans``, ``store.saved_edits``), and every list of tasks — the review, the task tab, reports and ledgers —
reads them by position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.model import Task
from desktop.core.values import cn_number

# a task's own numeral: digits or a Chinese numeral, then what a person added after it (12A, 3之一, 5-1)
_NUMERAL = re.compile(r"^[（(]?([0-9０-９]+|[〇零一二两三四五六七八九十百千]+)[）)]?(.*)$")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def numeral_key(number: str) -> tuple[float, str] | None:
    """A task's own numeral as it sorts: its value, then what follows it (「12」 (12, ""), 「12A」 (12, "A"),
    「十二」 (12, "")); None when it is no numeral (其一, A)."""
    match = _NUMERAL.match(number.strip())
    if match is None:
        return None
    digits, rest = match.groups()
    value = float(digits.translate(_WIDE_DIGITS)) if digits[0].isdigit() else cn_number(digits)
    if value is None:
        return None
    return value, rest.strip().upper()


def number_order(tasks: Sequence[Task]) -> list[int]:
    """The indexes of ``tasks`` in the order they are listed: each group of siblings (same path) sorted by
    ``numeral_key`` into the places the group holds; a group with a number that is no numeral, or one numeral
    twice, keeps its order. A list already in order comes back as it is."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for n, task in enumerate(tasks):
        groups.setdefault(tuple(task.path), []).append(n)
    order = list(range(len(tasks)))
    for places in groups.values():
        found = {n: numeral_key(tasks[n].number) for n in places}
        keys = {n: key for n, key in found.items() if key is not None}
        if len(places) < 2 or len(keys) < len(places) or len(set(keys.values())) < len(keys):
            continue
        for place, n in zip(places, sorted(places, key=keys.__getitem__), strict=True):
            order[place] = n
    return order
