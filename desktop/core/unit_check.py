"""Whether a unit typed into a saved task is one the plan already knows, and which known name
is nearest — the review's own check (``review_units.unit_names``: every name and alias), for
the places a unit is typed after the review: the task tab's 修改任务 and ``plan edit``.

A name the plan lacks becomes a new unit on saving and a new column of the reporting grid, so
a typo (「财政布」 beside 「财政部」) must be asked about, never taken without a word. The
review's warnings box is also kept in step with its merges here (``names_after_merges``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.model import ParsedPlan, Unit
from desktop.core.review_units import nearest_unit, unit_names

NEAREST = "（最接近的已有单位：“{nearest}”）"


@dataclass(frozen=True)
class NewUnit:
    """A typed unit name the plan does not have, and the known unit it most looks like."""

    name: str
    nearest: str | None = None

    def text(self) -> str:
        """“财政布”（最接近的已有单位：“财政部”） — how every screen names it."""
        return f"“{self.name}”" + (NEAREST.format(nearest=self.nearest) if self.nearest else "")


def new_units(names: list[str], units: list[Unit]) -> list[NewUnit]:
    """The ``names`` that are neither a unit of ``units`` nor an alias of one, in order, each
    with its nearest known unit (by the unit's proper name)."""
    known = unit_names(ParsedPlan(units=units))
    return [NewUnit(name, nearest_unit(name, known)) for name in dict.fromkeys(names) if name not in known]


_QUOTED = re.compile(r"“([^”]+)”")
_SAME_TWICE = re.compile(r"(“[^”]+”)\1+")
_ONE_AND_ITSELF = re.compile(r"(“[^”]+”)[^“”]{0,6}?\1")


def merged_away(before: list[Unit], now: list[Unit]) -> dict[str, str]:
    """The names that were units (or stood alone) in ``before`` and are only another unit's
    alias in ``now`` → that unit's name: what a merge in the review did."""
    was_alias = {alias for unit in before for alias in unit.aliases}
    names = {unit.name for unit in now}
    return {alias: unit.name for unit in now for alias in unit.aliases
            if alias not in names and alias not in was_alias}


def names_after_merges(warnings: list[str], merged: dict[str, str]) -> list[str]:
    """The parser's warnings as the review shows them after merges (``merged_away``): a name
    merged away is shown as the unit it became; a warning that then names one unit as two
    (“甲”与“甲”可能是同一单位) was settled by the merge and is left out; one said twice, once."""
    out: list[str] = []
    for warning in warnings:
        text = _QUOTED.sub(lambda m: f"“{merged.get(m.group(1), m.group(1))}”", warning) if merged else warning
        if text != warning:
            text = _SAME_TWICE.sub(r"\1", text)
            if _ONE_AND_ITSELF.search(text):
                continue
        if text not in out:
            out.append(text)
    return out
