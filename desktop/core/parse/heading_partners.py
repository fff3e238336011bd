"""The partners of 会同 under a unit heading (Round 39 ruling): 「（一）县教体局。主要负责…，会同属地公安机关
指导督促学校…」 — the heading's body does its work with them, so they are responsible with it, and the
heading's one body leads (「A会同B＋verb」: lead A, responsible A, B). The objects of 督促／指导 after them are
not units (not read here)."""
from __future__ import annotations

import re

from .prose_units import subject_units
from .sentence_units import _with

# a general call as the partner 「会同有关部门」「会同相关单位」: no unit
_GENERAL = re.compile(r"^(?:有关|相关|其他|其它)")


def with_partners(body: str, names: list[str], leads: list[str]) -> tuple[list[str], list[str]]:
    """(names, leads) of a unit heading's item with the bodies its text 会同 added (the heading's one body leading)."""
    names = list(dict.fromkeys(names))     # (the heading's names and the pivots read under it, once each)
    # (「（1）区水务局负责…。区河道水闸管理所具体负责…。」: a later sentence's own 负责 body is a doer, rule 2)
    names += [n for n in dict.fromkeys(n for sentence in re.split(r"(?<=[。；;])", body.strip())[1:]
                                       for n in subject_units(sentence)) if n not in names]
    if "会同" not in body:
        return names, leads
    partners: list[str] = []
    for m in re.finditer("会同", body):
        got = _with(body[m.start():])
        partners += [n for n in (got[0] if got else []) if n not in names + partners and not _GENERAL.match(n)]
    if not partners:
        return names, leads
    return names + partners, leads or (names[:1] if len(names) == 1 else [])
