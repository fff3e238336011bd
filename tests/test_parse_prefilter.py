"""The cheap test in front of a costly pattern (desktop/core/parse/prefilter.py): read from the
pattern, it never changes an answer — only passes over texts no match can be in."""

from __future__ import annotations

import random
import re

from desktop.core.parse.dated_sendings import _SEND
from desktop.core.parse.prefilter import Prefiltered, led

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


# (opening characters a look-ahead tests: a lookbehind, then 《 or a space; a branch of groups; an optional part
# before the one that must be there; a multi-line anchor; a class with a category; the pattern's own groups)
_LED = [
    r"(?<=将)\s*《[^》]{2,8}》|答复",
    r"(?:(?:甲|乙)丙|丁)(戊)?",
    r"(?:甲|乙)?\s*丙+",
    r"(?:^|(?<=[，。]))(?P<n>\d{1,2})\s*[、.]",
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*([万千]?)(个|人)",
    r"(?:\s*[a-d]|答复)+x",
]


def test_led_same_answers_as_the_pattern() -> None:
    rnd = random.Random(11)
    alphabet = "将《》答复甲乙丙丁戊，。、.12345万千个人abx \n"
    for pattern in _LED:
        for flags in (0, re.M):
            raw = re.compile(pattern, flags)
            fast = led(raw)
            assert fast is not raw, pattern
            assert fast.groups == raw.groups and fast.groupindex == raw.groupindex
            for _ in range(1500):
                text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
                pos = rnd.randint(0, len(text))
                end = rnd.randint(pos, len(text))
                for method in ("search", "match", "fullmatch"):
                    a, b = getattr(fast, method)(text, pos, end), getattr(raw, method)(text, pos, end)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, text, method)
                assert fast.findall(text) == raw.findall(text), (pattern, text)
                assert fast.sub("#", text) == raw.sub("#", text), (pattern, text)


def test_led_leaves_what_the_engine_skips_by_itself() -> None:
    for pattern in (r"^abc", r"报送|上报", r"[a-d]{1,4}x", r"x?y?", r"(?i)ab", r".b", r"(a)\1"):
        raw = re.compile(pattern)
        assert led(raw) is raw, pattern


def test_led_parser_patterns_keep_their_matches() -> None:
    """The parser's led patterns find what they found before over a plan-like text."""
    from desktop.core.parse import dates, unit_labels, units
    from desktop.devtools.bench.synthetic import sized_plan_text
    text = sized_plan_text(10) + ("\n（牵头单位：市民政局；责任单位：各区）责任单位：区住建局。"
                                  "2025年6月底前完成，2026年全面完成。")
    for fast in (units.LABEL, unit_labels.LABEL_LINE, dates._YEAR_DL, dates._DATE_LIST):
        raw = re.compile(fast.pattern.split("(?:", 1)[1][:-1], fast.flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in raw.finditer(text)]
