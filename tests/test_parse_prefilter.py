"""The cheap test in front of a costly pattern (desktop/core/parse/prefilter.py): read from the
pattern, it never changes an answer — only passes over texts no match can be in."""

from __future__ import annotations

import random
import re

from desktop.core.parse.dated_sendings import _SEND
from desktop.core.parse.prefilter import Prefiltered

_PATTERNS = [
    r"(报送|上报|提交)",                       # literals: one of 报 上 提
    r"(?<=将)\s*《[^》]{2,8}》|答复",           # a lookbehind, then 《
    r"(?:甲|乙)?丙+",                         # an optional part: 丙 is what every match holds
    r"[每一]\s*(日|周)\s*一\s*报",
    r"x?y?",                                   # can match nothing: no test
    r"[^a]b|c",                                # b or c
    r"(?i)ab",                                 # case-insensitive: no test
]


def test_hint_read_from_the_pattern() -> None:
    assert Prefiltered(re.compile(r"(报送|上报|提交)")).hint is not None
    assert Prefiltered(re.compile(r"x?y?")).hint is None
    assert Prefiltered(re.compile(r"(?i)ab")).hint is None
    hint = _SEND.hint
    assert hint is not None and hint.search("报") and not hint.search("完善机制，加强督促检查")


def test_same_answers_as_the_pattern() -> None:
    rnd = random.Random(7)
    alphabet = "报上提送交将《》答复甲乙丙每一日周xyabcABC ，。"
    for pattern in _PATTERNS:
        raw = re.compile(pattern)
        fast = Prefiltered(raw)
        for _ in range(3000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
            a, b = fast.search(text), raw.search(text)
            assert (a and a.span()) == (b and b.span()), (pattern, text)
            assert fast.findall(text) == raw.findall(text), (pattern, text)
