"""A numbered heading run into the end of the line before it (「…确保校园持续安全稳定。二、强化安全教育,提高…」),
as a page copied from a viewer glues a heading to the paragraph above: the plan's other headings of that kind stand
at line starts, and one number of their run is missing there (一、 … 三、 with no 二、, or 一、 the last one with no
二、 after it). The missing number, after a stop, in the lines where it belongs is that heading: it is set at a line
start. Only that one number, only where it stands once in those lines, and only after a full stop or a colon — a
number named inside a sentence (「第二、三批」「一、二等奖」) stands after a word or before a number and stays text.

``blank_run_points`` sets the next point run into a point's line after a blank, no stop before it (「二、活动主题
加强安全法治,保障安全生产 三、主要活动内容…」, a PDF's text layer), at a line start — read on the text before it is
cut into lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bare_numbers import BARE_DIGIT as _BARE_DIGIT
from .heading_markers import DAY_END, line_marker
from .normalise import cn_to_int

_CN = "一二三四五六七八九十"


def cn_number(value: int) -> str:
    """一 … 九十九 as a plan numbers its headings."""
    if value <= 10:
        return _CN[value - 1]
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else _CN[tens - 1]) + "十" + (_CN[ones - 1] if ones else "")


def _pattern(kind: int, value: int) -> re.Pattern[str]:
    num = cn_number(value)
    mark = rf"{num}[、．.]" if kind == 1 else rf"[（(]{num}[)）]"
    # after a stop or a colon, or after the date that ends a time section 「三、活动时间 x日至x日 四、活动内容」 (a
    # day's digit, or the x a page masks it with, and 日); then the heading's first word (not a number: 二、三产业 /
    # 一、二等奖 / 6日四、五年级)
    return re.compile(rf"(?:(?<=[。；;！!？?：:])\s*|(?<={DAY_END}))({mark})(?=\s*(?![{_CN}])[\u4e00-\u9fff“《])")


def _find(lines: list[str], lo: int, hi: int, kind: int, value: int) -> tuple[int, int] | None:
    """The one place in ``lines[lo:hi]`` where heading ``value`` of ``kind`` stands run in; None if none or several."""
    pat = _pattern(kind, value)
    found: list[tuple[int, int]] = []
    for n in range(lo, hi):
        for m in pat.finditer(lines[n]):
            found.append((n, m.start(1)))
            if len(found) > 1:
                return None
    return found[0] if found else None


def split_run_in_headings(lines: list[str]) -> list[str]:
    """``lines`` with each heading run into the line before (see the module) set at a line start; again where the
    heading set there was itself the last of its run and the next one is run into its own text (「…蓝图。(二)全面建改
    行动。」 then 「…改造。(三)管理提升行动。」: each found in the text of the one before)."""
    for _ in range(4):
        split = _split_once(lines)
        if len(split) == len(lines):
            break
        lines = split
    return lines


def _split_once(lines: list[str]) -> list[str]:
    if not any(("、" in ln or "）" in ln or ")" in ln) and ("。" in ln or "：" in ln or ":" in ln) for ln in lines):
        return lines
    marks: list[tuple[int, int, int]] = []          # (line, kind, value) of the headings at line starts
    for n, raw in enumerate(lines):
        found = line_marker(raw.strip()) if raw.strip() else None
        if found is not None:
            marks.append((n, found[0], found[2]))
    cuts: dict[int, list[int]] = {}
    for kind in (1, 2):
        for k, (n, kd, value) in enumerate(marks):
            if kd != kind:
                continue
            later = marks[k + 1:]
            # the next heading of this kind (or a shallower one, which closes this kind's run)
            nxt = next(((m, v) for m, kk, v in later if kk <= kind), None)
            if nxt is not None and nxt[1] == value + 2 and next(kk for _m, kk, _v in later if kk <= kind) == kind:
                hi = nxt[0]                 # 一、 … 三、: 二、 somewhere between
            elif nxt is None or next(kk for _m, kk, _v in later if kk <= kind) < kind:
                # the last of its run: 二、 only in its own text, before any other heading at a line start
                hi = next((m for m, _kk, _v in later), len(lines))
                hi = min(hi, n + 3)
            else:
                continue
            at = _find(lines, n, hi, kind, value + 1)
            if at is not None and lines[at[0]][:at[1]].strip():
                cuts.setdefault(at[0], []).append(at[1])
    if not cuts:
        return lines
    out: list[str] = []
    for n, raw in enumerate(lines):
        if n not in cuts:
            out.append(raw)
            continue
        points = sorted(set(cuts[n]))
        out.extend(raw[a:b] for a, b in zip([0, *points], [*points, len(raw)], strict=True))
    return out


# a paragraph opening with a bare Chinese numeral (the copy lost its brackets or its 、): 「一针对当前…」「二县教育局
# 要…」 — not an ordinal 一是 / 二是, a number 一、, a figure 一百 / 十万, nor a grade or a count (一等奖 / 二级 / 一名)
_BARE = re.compile(r"(十[一二三四五六七八九]?|[一二三四五六七八九])(?=[\u4e00-\u9fff“《])"
                   r"(?![是十百千万亿、两等级类档星批次年月日号期线层楼季轮流届名个项条件份天周])")


def _marked(lines: list[str]) -> Iterator[tuple[int, str, tuple[int, str, int, int] | None]]:
    """Each line with text: its index, the line stripped and its heading mark (``line_marker``'s answer or None)."""
    for n, raw in enumerate(lines):
        line = raw.strip()
        if line:
            yield n, line, line_marker(line)


def unmarked_numbers(lines: list[str]) -> list[str]:
    """Paragraphs whose numbers lost their marks (「一针对…」「二县教育局…」 and then 「(三)…」; 「一要…」「二要…」
    at line starts): a run of them in order, each opening a paragraph of its own, from 一 or on from the 「（N）」
    before — at least two, or one followed by the next number with its brackets. Each is read as the item number it
    is: （一） under a section heading or beside 「（N）」 items, 一、 where the text has no heading above it. One alone
    (「一要…」 with nothing after) stays text."""
    if not any(ln.lstrip()[:1] in _CN for ln in lines):
        return lines
    runs: list[tuple[list[tuple[int, int]], bool, bool]] = []      # (members, a heading above, the next in brackets)
    run: list[tuple[int, int]] = []
    start, headed, above = 1, False, False

    def close(after: tuple[int, str, int, int] | None) -> None:
        nonlocal run
        if run:
            runs.append((run, above, after is not None and after[0] == 2 and after[2] == run[-1][1] + 1))
        run = []

    for n, line, found in _marked(lines):
        if found is not None:
            close(found)
            headed = headed or found[0] <= 2
            start = found[2] + 1 if found[0] == 2 else 1
            continue
        m = _BARE.match(line)
        if m is None or len(line) < 10:
            continue
        value = cn_to_int(m.group(1)) or 0
        if value == (run[-1][1] + 1 if run else start):
            if not run:
                above = headed
            run.append((n, value))
        elif run:
            close(None)
            if value == 1:
                above = headed
                run = [(n, value)]
    close(None)
    out = list(lines)
    for members, over, follows in runs:
        if len(members) < 2 and not follows:
            continue
        for n, _value in members:
            raw = out[n]
            lead = len(raw) - len(raw.lstrip())
            num = _BARE.match(raw, lead)
            if num is None:
                continue
            mark = f"（{num.group(1)}）" if over or follows else f"{num.group(1)}、"
            out[n] = raw[:lead] + mark + raw[num.end(1):]
    return out


# a paragraph opening with an item number that lost its mark: 「2各级各类学校要组织…。」「3组织开展…。」 — a digit or
# two run into the item's text, not a count or a measure (2人 / 3层 / 12月 / 24小时内), a score's row
# 「1企业能力（20分）」 (short, no sentence) nor a year (2024年)
_SENTENCE = re.compile(r"[。，,；;]")
# a short item that hands its work to a body 「1由党政办负责场地布置;」: a sentence though under 15 characters (x282_03)
_SHORT_BY = re.compile(r"由[^，,。；;\n]{2,20}?负责[^，,。；;\n]{2,}[。；;]")


def _bare_digit(line: str) -> int | None:
    m = _BARE_DIGIT.match(line)
    if m is None or len(line) < 15 and not _SHORT_BY.match(line, m.end()) or not _SENTENCE.search(line):
        return None
    return int(m.group(1))


def bare_digit_items(lines: list[str]) -> list[str]:
    """Paragraphs numbered 1, 2, 3 … with no mark after the number (「2各级各类学校要组织…」「3组织开展…」), read as
    ``2、`` ``3、``: a run of two at least, in order, from 1 — or from 2 where the one paragraph between the heading
    above and 「2…」 has no number (the page lost it: that paragraph is item 1, round 37). Under a run of sibling
    headings where one held such items, a sibling whose body is unnumbered paragraphs alone opens with item 1 too
    (the page printed every heading's first item so)."""
    if not any(ln.lstrip()[:1].isdigit() for ln in lines):
        return lines
    # (line, value) of each bare-numbered paragraph; line_marker lines and others between them
    marks: dict[int, int] = {}
    heads: dict[int, tuple[int, str, int, int]] = {}
    for n, line, found in _marked(lines):
        if found is not None:
            heads[n] = found
        elif (value := _bare_digit(line)) is not None:
            marks[n] = value
    if len(marks) < 2:
        return lines
    filled = [n for n, ln in enumerate(lines) if ln.strip()]
    out = list(lines)
    numbered: dict[int, int] = {}
    lost_under: list[int] = []          # the headings whose first paragraph is a lost item 1
    at = 0
    while at < len(filled):
        n = filled[at]
        if n not in marks or marks[n] not in (1, 2):
            at += 1
            continue
        run, nxt = [n], at + 1
        while nxt < len(filled) and filled[nxt] not in heads:
            m = filled[nxt]
            if m in marks and marks[m] == marks[run[-1]] + 1:
                run.append(m)
            elif m in marks:
                break
            nxt += 1
        first = marks[n]
        lost = first == 2 and at >= 2 and filled[at - 1] not in heads and filled[at - 1] not in marks \
            and filled[at - 2] in heads
        if len(run) >= 2 and (first == 1 or lost):
            numbered.update((m, marks[m]) for m in run)
            if lost:
                numbered[filled[at - 1]] = 1
                lost_under.append(filled[at - 2])
        at = nxt
    if not numbered:
        return lines
    # siblings of a heading whose first item the page lost: the same mark and level, none higher between
    for h in lost_under:
        kind = heads[h][0]
        for k, m in enumerate(filled):
            if m not in heads or heads[m][0] != kind or m == h:
                continue
            between = range(min(h, m), max(h, m))
            if any(b in heads and heads[b][0] < kind for b in between):
                continue
            body = []
            for b in filled[k + 1:]:
                if b in heads:
                    break
                body.append(b)
            if body and not any(b in marks or b in numbered for b in body):
                numbered[body[0]] = 1
    for n, value in numbered.items():
        raw = out[n]
        lead = len(raw) - len(raw.lstrip())
        num = _BARE_DIGIT.match(raw, lead) if n in marks else None
        out[n] = raw[:lead] + f"{value}、" + (raw[num.end(1):] if num else raw[lead:])
    return out


# a flattened table's time column merged across its rows (「时间｜活动内容｜负责单位」): the group's time printed once,
# before the number of its first row 「4月1.奥运会倒计时…」「5月1.组织腰鼓…」 — a month (or 上旬/中旬/下旬), then row 1
_TIME_CELL = re.compile(r"^\s*((?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|[上中下]旬)\s*"
                        r"(?=1[.．、](?=[\u4e00-\u9fff“《]))")


def split_time_cells(lines: list[str]) -> list[str]:
    """Each group's time cell set on a line of its own above its rows (their numbers start again at 1 under it):
    only where two groups at least open so, in order (one 「3月1.」 alone may be a date's words)."""
    cells = [(n, m) for n, ln in enumerate(lines) if (m := _TIME_CELL.match(ln))]
    if len(cells) < 2:
        return lines
    months = [cn_to_int(m.group(1).rstrip("月份")) or 0 for _n, m in cells]
    if any(months) and any(b <= a for a, b in zip(months, months[1:], strict=False)):
        return lines            # (months out of order: no time column)
    out: list[str] = []
    at = {n: m for n, m in cells}
    for n, raw in enumerate(lines):
        if n in at:
            out.extend([at[n].group(1), raw[at[n].end():]])
        else:
            out.append(raw)
    return out


_POINTS = "一二三四五六七八九"
# a point at a line's start 「二、活动主题 加强安全法治,保障安全生产 三、主要活动内容…」
_POINT_START = re.compile(rf"^[ \t\u3000]*([{_POINTS}])、")


def blank_run_points(text: str) -> str:
    """``text`` with the next point run into a point's line after a blank (「二、活动主题 加强安全法治,保障安全生产 三、
    主要活动内容日在…」, a PDF's text layer) set at a line start: only the number right after the line's own, after a
    blank, before a word, where no line of the text opens with it."""
    if "、" not in text:
        return text
    lines = text.split("\n")
    starts = {m.group(1) for ln in lines if (m := _POINT_START.match(ln))}
    changed = False
    for n, line in enumerate(lines):
        m = _POINT_START.match(line)
        if m is None or m.group(1) == _POINTS[-1]:
            continue
        nxt = _POINTS[_POINTS.index(m.group(1)) + 1]
        if nxt in starts:
            continue
        found = list(re.finditer(rf"(?<=\S)[ \t\u3000]+(?={nxt}、[\u4e00-\u9fff])", line))
        if len(found) == 1:
            lines[n] = line[:found[0].start()] + "\n" + line[found[0].end():]
            changed = True
    return "\n".join(lines) if changed else text
