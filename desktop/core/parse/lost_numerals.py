"""Top-level headings whose numeral a page lost: 「、活动内容」 alone on its line between 「一、指导思想」 and
「四、具体要求」.

A web page that dropped the numeral of a point's heading keeps its 、 at the line's start and the short heading after
it. Where the lost headings exactly fill the gap between the numbered points around them (一、 then two lost, then
四、), each is the point its place makes it (二、, 三、), so the plan's points stand as the page numbered them; a lost
heading with no numbered point after it, or a gap the lost ones do not fill, stays as printed.

A point's numeral printed with no mark, run in after a stop 「…为主。三工作措施1 .加强组织领导。」 (a preview's text run
together), right after the point before it 二、 and over its own first item 1. or （一）: that point, 三、 — its
short heading then its items, as the page meant it (round 48: paths as printed, 三 for 「三工作措施」).

A first point's numeral typed as a dash 「—、本社区概况」 (一 and — look alike; a copy's slip), at a line's start or
run in after a stop, a heading's words after it, with 「二、」 after a stop further on and no 「一、」 point before
that: the point 一、 it is, so that the points after it go on in order.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
# a lost numeral's heading: 、 at the line's start, a short heading alone on its line
_LOST = re.compile(r"^([ \t\u3000]*)、[ \t\u3000]*(?=[\u4e00-\u9fff]{2,12}[ \t\u3000]*$)")
# a numbered point 一、 … 十、 at the line's start
_POINT = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十])、")


def restore_lost_numerals(text: str) -> str:
    """``text`` with each lost numeral of a top-level heading put back where its place fixes it (see the module)."""
    lines = text.split("\n")
    marks: list[tuple[int, int | None]] = []        # (line, the point's value, or None where its numeral is lost)
    for n, line in enumerate(lines):
        if line.lstrip(" \t\u3000").startswith("、") and _LOST.match(line):
            marks.append((n, None))
        elif point := _POINT.match(line):
            marks.append((n, _CN.index(point.group(1)) + 1))
    before: int | None = None
    lost: list[int] = []
    for n, value in marks:
        if value is None:
            lost.append(n)
            continue
        if lost and before is not None and value - before - 1 == len(lost):
            for k, at in enumerate(lost, start=before + 1):
                lines[at] = _LOST.sub(f"\\g<1>{_CN[k - 1]}、", lines[at])
        before, lost = value, []
    return "\n".join(lines)


# a numeral run in after a stop with no mark, a short heading, then its first item 「。三工作措施1 .」
# 「；四保障措施（一）」
_BARE_POINT = re.compile(r"(?<=[。；;])[ \t\u3000]*([二三四五六七八九十])(?=[\u4e00-\u9fff]{2,8}[ \t\u3000]*"
                         r"(?:1[ \t\u3000]*[.．、](?!\d)|[（(]一[)）]))")


def restore_bare_points(text: str) -> str:
    """``text`` with each point numeral printed with no mark (``_BARE_POINT``) given its 、, where the point before
    it (one less) is printed with its mark earlier in the text."""
    def mark(m: re.Match[str]) -> str:
        before = _CN[_CN.index(m.group(1)) - 1]
        printed = re.search(f"(?:^|[。；;：:\\s]){before}、", text[:m.start()])
        return f"{m.group(0)}、" if printed else m.group(0)
    return _BARE_POINT.sub(mark, text)


# a dash in the place of the numeral 一 before its mark 「。—、本社区概况」: at a line's start or after a stop, a
# heading's words after it
_DASH_ONE = re.compile(r"(?:^|(?<=[。；;！!？?\n]))([ \t\u3000]*)[—―─－](?=、[ \t\u3000]*[\u4e00-\u9fff])")
# a point 一、 or 二、 at a line's start or after a stop
_SECOND_POINT = re.compile(r"(?:^|(?<=[。；;！!？?）)\n]))[ \t\u3000]*二、[ \t\u3000]*[\u4e00-\u9fff]")
_FIRST_POINT = re.compile(r"(?:^|(?<=[。；;！!？?）)\n]))[ \t\u3000]*一、")


def restore_dash_one(text: str) -> str:
    """``text`` with a dash typed for the first point's numeral (``_DASH_ONE``) written 一, where 「二、」 follows it
    after a stop and no 「一、」 point stands before that 二、 (see the module)."""
    m = _DASH_ONE.search(text)
    if m is None:
        return text
    second = _SECOND_POINT.search(text, m.end())
    if second is None or _FIRST_POINT.search(text, 0, second.start()):
        return text
    return text[:m.start()] + m.group(1) + "一" + text[m.end():]


__all__ = ["restore_bare_points", "restore_dash_one", "restore_lost_numerals"]
