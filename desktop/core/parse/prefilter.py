"""A cheap test before a costly pattern: the characters one of which every match of the pattern
holds, read from the pattern itself, so that a text holding none of them is passed over without the
pattern running at every position of it (``dated_sendings._SEND``, some forty alternatives, several of
them opened by a lookbehind, costs about a microsecond a character).

The characters are read from the parsed pattern, never written by hand: when the pattern changes,
they change with it; where they cannot be read (a branch that can match without a fixed character,
a case-insensitive pattern) there is no test, and the pattern always runs. Only whole-text calls
(``search(s)``, ``findall(s)``) are filtered; the answers are the pattern's own.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_sre: Any = importlib.import_module("re._parser")        # the stdlib's parser of patterns (3.11+)
_C: Any = importlib.import_module("re._constants")
_MAX_SET = 64


def _required(items: Any) -> frozenset[str] | None:
    """The smallest set of characters one of which every match of the sequence ``items`` holds."""
    best: frozenset[str] | None = None
    for op, av in items:
        found = _required_item(op, av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _required_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _C.LITERAL:
        return frozenset(chr(av))
    if op is _C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.add(chr(value))
            elif kind is _C.RANGE and value[1] - value[0] < _MAX_SET:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:                       # a negated or open class: any character may do
                return None
        return frozenset(chars) if len(chars) <= _MAX_SET else None
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if (add_flags | del_flags) & re.IGNORECASE else _required(sub)
    if op is _C.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _required(alternative)
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_SET else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _required(sub) if low >= 1 else None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _required(av)
    return None                         # lookarounds, anchors, any character, back references: no test


class Prefiltered:
    """A compiled pattern with the cheap test in front of ``search`` and ``findall`` of a whole text;
    any other use goes to the pattern itself."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        chars = None if pattern.flags & re.IGNORECASE else _required(_sre.parse(pattern.pattern, pattern.flags))
        self.hint = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None

    def search(self, text: str) -> re.Match[str] | None:
        if self.hint is not None and self.hint.search(text) is None:
            return None
        return self.compiled.search(text)

    def findall(self, text: str) -> list[Any]:
        if self.hint is not None and self.hint.search(text) is None:
            return []
        return self.compiled.findall(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def quick_sub(pattern: re.Pattern[str] | Prefiltered, template: str, text: str) -> str:
    """``pattern.sub(template, text)``, searched first: a template with a group (``\\1``) sends every call,
    matched or not, through ``re._subx``, whose cache is keyed by the pattern and hashes its compiled code
    (5–40 µs a call for the parser's larger patterns, against well under a microsecond for a search that
    finds nothing; a ``Prefiltered`` one tests its characters before that); the answer is the pattern's own."""
    return pattern.sub(template, text) if pattern.search(text) is not None else text
