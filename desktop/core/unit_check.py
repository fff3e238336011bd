"""Whether a unit typed into a saved task is one the plan already knows, and which known name
is nearest — the review's own check (``review_units.unit_names``: every name and alias), for
the places a unit is typed after the review: the task tab's 修改任务 and ``plan edit``.

A name the plan lacks becomes a new unit on saving and a new column of the reporting grid, so
a typo (「财政布」 beside 「财政部」) must be asked about, never taken without a word. The
review's warnings box is also kept in step with its merges here (``names_after_merges``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.model import ParsedPlan, Unit
from desktop.core.review_units import TYPED_NOTE, nearest_units, unit_names

NEAREST = "（最接近的已有单位：“{nearest}”）"
# the question about a typed name that neither the plan's text prints nor the workspace knows (ux60 finding 10), in
# the review and in 修改任务: the name, the known names nearest it, and what to do
UNKNOWN = ("“{name}”不在方案原文中，也不是工作区中已有的单位。"
           "按原样保存会新增一个单位，工作台的报送表里也会多出这一栏。\n\n{near}是笔误吗？")
UNKNOWN_NEAR = "最接近的已有单位：{names}。\n\n"
UNKNOWN_NONE = "工作区中没有与它相近的单位名称。\n\n"
# the buttons answer 「是笔误吗？」 (ux62): yes, and which name was meant; no, keep it; yes, I will retype it
CHANGE_TO = "是笔误，改为“{name}”"
KEEP_NAME = "不是笔误，仍然使用"
GO_BACK = "是笔误，回去修改"


@dataclass(frozen=True)
class NewUnit:
    """A typed unit name the plan does not have, and the known unit it most looks like."""

    name: str
    nearest: str | None = None
    near: tuple[str, ...] = ()        # the few known units alike enough to be the one meant, the likest first

    def text(self) -> str:
        """“财政布”（最接近的已有单位：“财政部”） — how every screen names it."""
        return f"“{self.name}”" + (NEAREST.format(nearest=self.nearest) if self.nearest else "")

    def question(self) -> tuple[str, list[str]]:
        """The question a screen asks about it before saving, and its choices: 改为“…” for each near name, then
        ``KEEP_NAME`` and ``GO_BACK``."""
        near = UNKNOWN_NEAR.format(names="、".join(f"“{n}”" for n in self.near)) if self.near else UNKNOWN_NONE
        return (UNKNOWN.format(name=self.name, near=near),
                [*(CHANGE_TO.format(name=n) for n in self.near), KEEP_NAME, GO_BACK])

    def answer(self, choice: str) -> str | None:
        """The name a choice of ``question`` puts in place of this one (itself: 仍然使用); None: 回去修改."""
        if choice == KEEP_NAME:
            return self.name
        return next((n for n in self.near if CHANGE_TO.format(name=n) == choice), None)


def new_units(names: list[str], units: list[Unit], text: str = "") -> list[NewUnit]:
    """The ``names`` that are neither a unit of ``units`` nor an alias of one, nor printed in ``text`` (the plan's
    own text: a name the plan prints is its unit, however the parser read it), in order, each with its nearest
    known units (by the unit's proper name)."""
    known = unit_names(ParsedPlan(units=units))
    out = []
    for name in dict.fromkeys(names):
        if name not in known and not (text and _printed_alone(name, text, known)):
            near = tuple(nearest_units(name, known))
            out.append(NewUnit(name, near[0] if near else None, near))
    return out


def _printed_alone(name: str, text: str, known: dict[str, str]) -> bool:
    """Whether ``text`` prints ``name`` other than as a part of a known unit's longer name: 「区财政」 or 「财政局」
    typed where the plan prints only 「区财政局」 is a cut name, a new unit beside the known one (asked about)."""
    for longer in sorted((k for k in known if name in k and k != name), key=len, reverse=True):
        text = text.replace(longer, "\n")
    return name in text


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


def typed_in_review(plan: ParsedPlan, workspace: Sequence[Unit] = ()) -> list[NewUnit]:
    """The names on the plan's tasks (not those marked 不是任务) that the review's typing put there and that neither
    the plan's text prints nor the plan's other units or ``workspace``'s (the units already stored) know. A name the
    parser put on a task (``ADDED_NOTE``: not in its list) is the plan's, never asked about here."""
    units = [u for u in plan.units if u.note != TYPED_NOTE]
    names = [n for t in plan.tasks if not t.not_task for n in [*t.lead_units, *t.responsible_units]]
    return new_units(names, [*units, *workspace], plan.source_text)
