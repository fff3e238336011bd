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
_compiler: Any = importlib.import_module("re._compiler")
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
        self._led = led(pattern)        # (the same matches, each position tested by its opening characters first)

    def search(self, text: str) -> re.Match[str] | None:
        if self.hint is not None and self.hint.search(text) is None:
            return None
        return self._led.search(text)

    def findall(self, text: str) -> list[Any]:
        if self.hint is not None and self.hint.search(text) is None:
            return []
        return self._led.findall(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


def quick_sub(pattern: re.Pattern[str] | Prefiltered, template: str, text: str) -> str:
    """``pattern.sub(template, text)``, searched first: a template with a group (``\\1``) sends every call,
    matched or not, through ``re._subx``, whose cache is keyed by the pattern and hashes its compiled code
    (5–40 µs a call for the parser's larger patterns, against well under a microsecond for a search that
    finds nothing; a ``Prefiltered`` one tests its characters before that); the answer is the pattern's own."""
    return pattern.sub(template, text) if pattern.search(text) is not None else text


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                   "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_char(code: int) -> str:
    c = chr(code)
    return "\\" + c if c in "\\]^-[" else c


def _first(items: Any) -> tuple[set[str], bool] | None:
    """The class items (as written in a ``[...]``) one of which every match of the sequence ``items`` opens with,
    and whether the sequence can match nothing; None where any character may open it."""
    atoms: set[str] = set()
    for op, av in items:
        found = _first_item(op, av)
        if found is None:
            return None
        atoms |= found[0]
        if not found[1]:
            return atoms, False
    return atoms, True


def _first_item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is _C.LITERAL:
        return {_class_char(av)}, False
    if op is _C.IN:
        atoms: set[str] = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                atoms.add(_class_char(value))
            elif kind is _C.RANGE:
                atoms.add(_class_char(value[0]) + "-" + _class_char(value[1]))
            elif kind is _C.CATEGORY and str(value) in _CATEGORY_CLASS:
                atoms.add(_CATEGORY_CLASS[str(value)])
            else:                       # a negated class, a category with no class of its own
                return None
        return atoms, False
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if (add_flags | del_flags) & re.IGNORECASE else _first(sub)
    if op is _C.BRANCH:
        union: set[str] = set()
        empty = False
        for alternative in av[1]:
            found = _first(alternative)
            if found is None:
                return None
            union |= found[0]
            empty = empty or found[1]
        return union, empty
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        found = _first(sub)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _first(av)
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return set(), True              # (takes no character: the next item opens the match)
    return None                         # any character, a back reference, a conditional group


def _opens_fast(parsed: Any) -> bool:
    """Whether the engine passes over a failing position of ``parsed`` at once by itself: a pattern held at the
    text's start (``^``), one whose prefix or first characters it reads (``报送|上报``), one opened by a class it tests
    first (``[一-龥]{1,10}网``) — a look-ahead would only add a test there."""
    if not parsed.data:
        return True
    op, av = parsed.data[0]
    if op is _C.AT and av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING):
        return True
    if op in (_C.LITERAL, _C.IN) or op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1 \
            and av[2].data[0][0] in (_C.LITERAL, _C.IN):
        return True
    info: list[Any] = []
    _compiler._compile_info(info, parsed, parsed.state.flags)
    return bool(info[2] & (_C.SRE_INFO_PREFIX | _C.SRE_INFO_CHARSET))


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for the characters every match of it opens with, read from the pattern itself
    (``[报上提…]`` before some forty alternatives, several opened by a look-behind): a position where none stands
    is passed over by one test of a class, not by trying every alternative there. The matches, their groups and
    every method's answers are the pattern's own; a pattern whose opening character cannot be read (any character,
    a back reference, a case-insensitive one, one that can match nothing) is returned as it is."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    parsed = _sre.parse(pattern.pattern, pattern.flags)
    if _opens_fast(parsed):
        return pattern
    found = _first(parsed)
    if found is None or found[1] or not found[0]:
        return pattern
    try:
        return re.compile("(?=[" + "".join(sorted(found[0])) + "])(?:" + pattern.pattern + ")", pattern.flags)
    except re.error:                    # (a flag written inline at the pattern's start)
        return pattern
