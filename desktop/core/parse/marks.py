"""Item marks a plan writes in other ways, read as the usual ones before the outline is built: ``1）`` as ``（1）``,
``行动1：`` as ``1.`` (used by ``headings.build_items``)."""

from __future__ import annotations

import re

from .dates import TEN_DAYS_END
from .normalise import cn_to_int
from .prefilter import led

_CN = "一二三四五六七八九十"

# (a digit may follow: 「11）121人才梯队项目」 is item 11)
_HALF_BRACKET = re.compile(r"^(\s*)(\d{1,2})\s*[)）](?=\s*[\u4e00-\u9fff“《\d])", re.M)
_FULL_BRACKET = re.compile(r"^\s*[(（]\s*\d{1,3}\s*[)）]", re.M)


def half_bracket_numbers(text: str) -> str:
    """``1）`` / ``1)`` at line starts read as ``（1）`` — where the plan numbers so and has no ``（1）`` of its own;
    a plan that uses both puts ``1）`` below ``（1）``: they stay in the text of the item above."""
    found = _HALF_BRACKET.findall(text)
    if len(found) < 2 or not any(num == "1" for _space, num in found) or _FULL_BRACKET.search(text):
        return text
    return _HALF_BRACKET.sub(r"\1（\2）", text)


# 「行动1：…」 / 「——任务3：…」 / 「措施二：…」: a word and its number as the item marker, the text often on the
# next line
_WORD_MARK = re.compile(rf"^(\s*)(?:[—－\-]{{1,2}}\s*)?(行动|任务|措施|举措)\s*"
                        rf"(\d{{1,3}}|[{_CN}]{{1,3}})\s*[：:]\s*(?=\S)", re.M)
_DIGIT_LINE_MARK = re.compile(r"^\s*(?:\d{1,3}\s*[.．、](?!\d)|[(（]\s*\d{1,3}\s*[)）])", re.M)


def word_numbers(text: str) -> str:
    """``行动1：`` / ``——任务1：`` at line starts read as ``1.`` (and, under a first word, the second word's as
    ``（1）``) — where the plan numbers so, from 1, at least twice, and has no digit items of its own."""
    found = _WORD_MARK.findall(text)
    if len(found) < 2 or _DIGIT_LINE_MARK.search(text):
        return text
    words: list[str] = []
    for _space, word, _num in found:
        if word not in words:
            words.append(word)
    if len(words) > 2 or not all(any(cn_to_int(n) == 1 or n == "1" for _s, w, n in found if w == word)
                                 for word in words):
        return text

    def repl(m: re.Match[str]) -> str:
        num = m.group(3)
        value = int(num) if num.isdigit() else cn_to_int(num)
        return f"{m.group(1)}{value}." if m.group(2) == words[0] else f"{m.group(1)}（{value}）"

    return _WORD_MARK.sub(repl, text)


# a mark that may begin an item: at a line start or after punctuation (「…3类:1.重点人群…。 2.特殊人群…」); a digit
# mark followed by a figure (1、2月 / 1.5万) begins none
_BEFORE_MARK = "。；;：:！？!?）)”\"」』】〕 \n，,"
_MARK = led(re.compile(rf"(?:^|(?<=[{_BEFORE_MARK}]))"
                       rf"(?:(?P<num>\d{{1,2}})\s*(?P<mark>[、.．])(?![\d万亿千百%月年日号个])"
                   rf"|[{_CN}]{{1,3}}\s*、|[(（]\s*(?:[{_CN}]{{1,3}}|\d{{1,3}})\s*[)）]|第[{_CN}百零]{{1,4}}条)", re.M))


_ANNEX_BEFORE = re.compile(r"附件\s*$")


def _after_colon(text: str, at: int) -> bool:
    """Whether a colon stands right before ``at`` (spaces between) — not 附件's, whose list names attachments."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] in ":：" and not _ANNEX_BEFORE.search(text, max(0, at - 8), at)


def sub_list_numbers(text: str) -> str:
    """A list of its own inside a digit item, numbered with the other mark and opened after a colon
    (「3、工作任务…可分为3类:1.重点人群…2.特殊人群…」, on one line or on lines of their own) read as
    ``（1）`` ``（2）``: items under 3、, not the 1. 2. of the plan's list. It runs while its numbers follow on;
    any other mark ends it (4、 goes back to the plan's list)."""
    outer = sub = ""                    # the mark of the digit item the text is in; of the list inside it
    expect = 0
    out: list[str] = []
    done = 0
    for m in _MARK.finditer(text):
        if m.group("num") is None:      # 一、 / （一） / （1） / 第一条: no digit item's text any more
            outer = sub = ""
            continue
        value, mark = int(m.group("num")), "、" if m.group("mark") == "、" else "."
        if sub and mark == sub and value == expect:
            expect += 1
        elif outer and mark != outer and value == 1 and _after_colon(text, m.start()):
            sub, expect = mark, 2
        else:
            outer, sub = mark, ""
            continue
        out.extend([text[done:m.start()], f"（{value}）"])
        done = m.end()
    return "".join(out) + text[done:] if out else text


# an item number with no mark after it, then the item's short heading and its stop (「… 1政府补助。省财政…
# 2集体扶持。…」, a preview's text): not a count (1个村。 / 2季度。 / 3号楼。: a measure word after the number)
MEASURE_WORD = ("个名人户家项次年月日万亿千百元米亩吨号批期届份级类条座所处间"
                 "辆台套季周天时分秒倍成股只头株棵部本篇场轮支"
                 "件种张栋幢宗起例公平立镇村余小岁层")
# (…1小时内上报。 2小时内到达现场。: a limit or a figure, not a heading)
# (the heading up to 14 characters: 「3逐一落实人防物防技防措施。」)
_UNMARKED_NUMBER = led(re.compile(rf"(?:^|(?<=[\s。；;：:]))(\d{{1,2}})(?=(?![{MEASURE_WORD}])"
                          r"(?![\u4e00-\u9fff]{0,7}(?:以内|之内|以上|以下|左右|内))[\u4e00-\u9fff]{2,14}。)", re.M))


def bare_numbers(text: str) -> str:
    """``1政府补助。… 2集体扶持。…``: items numbered 1, 2, 3 … in turn with no mark after the number, each number
    after a space or a stop and before a short heading ending in 。 — read as ``1、`` ``2、`` (two at least, from 1)."""
    runs: list[list[re.Match[str]]] = []
    for m in _UNMARKED_NUMBER.finditer(text):
        value = int(m.group(1))
        if value == 1:
            runs.append([m])
        elif runs and value == int(runs[-1][-1].group(1)) + 1 and _near(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
    ends = sorted(m.end(1) for run in runs if len(run) >= 2 for m in run)
    if not ends:
        return text
    return "".join(text[a:b] + "、" for a, b in zip([0, *ends[:-1]], ends, strict=True)) + text[ends[-1]:]


# an item number printed with a space for its mark, inside a line: after a stop or a colon
# (「工作重点:1 惩处…。2 查处…」), the first also run into its heading (「三、工作要求1 提高认识…」);
# not a count (2 个 / 3 年)
_SPACED_NUMBER = led(re.compile(rf"(?:(?<=[。；;：:])(\d{{1,2}})|(?<=[\u4e00-\u9fff])(1))[ \u3000]+"
                                rf"(?=(?![{MEASURE_WORD}])[\u4e00-\u9fff“《]{{2}})"))


def spaced_numbers(text: str) -> str:
    """``…工作重点:1 惩处…。2 查处…。3 …``: items numbered 1, 2, 3 … in turn inside a line, a space where their mark
    should stand — read as ``1、`` ``2、`` (two at least, from 1, each close after the one before; a number at a line
    start is left alone: a table's row or a chapter's 「1 总则」)."""
    runs: list[list[re.Match[str]]] = []
    for m in _SPACED_NUMBER.finditer(text):
        value = int(m.group(1) or m.group(2))
        if value == 1:
            runs.append([m])
        elif runs and value == int(runs[-1][-1].group(1) or runs[-1][-1].group(2)) + 1 \
                and _near(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
    spans = sorted((m.start(), m.end(), m.group(1) or m.group(2)) for run in runs if len(run) >= 2 for m in run)
    if not spans:
        return text
    out, at = [], 0
    for start, end, num in spans:
        out.extend([text[at:start], num, "、"])
        at = end
    out.append(text[at:])
    return "".join(out)


def _near(text: str, a: int, b: int) -> bool:
    """A run's next number close after the one before: in its paragraph or the next line, under 300 characters on
    (not a 1 in a goal sentence and a 2 in a task far below)."""
    return b - a < 300 and text.count("\n", a, b) <= 1


# a paragraph opening with its step's ordinal (第一阶段(2019年12月-2020年3月)。各乡镇要…)
_ORDINAL_STEP = re.compile(rf"^第([{_CN}])(?:阶段|步)")


_SCHEDULE_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:步骤|安排|进度|阶段|时间|时序|方法)"
                               r"[\u4e00-\u9fff]{0,4}[:：]?$")


def ordinal_steps(lines: list[str]) -> dict[int, str]:
    """In a text that numbers nothing, paragraphs opening 第一阶段 / 第二阶段 / … in turn, each with its work (two at
    least): the text's only items. Line → its ordinal."""
    found: dict[int, str] = {}
    for n, raw in enumerate(lines):
        m = _ORDINAL_STEP.match(raw.strip())
        if m and cn_to_int(m.group(1)) == len(found) + 1 and len(raw.strip()) >= 20:
            above = next((ln.strip() for ln in reversed(lines[:n]) if ln.strip()), "")
            if not found and _SCHEDULE_HEADING.match(above):
                return {}               # (实施步骤 / 第一阶段…: a schedule under its heading, the plan's phases)
            found[n] = m.group(0)
    return found if len(found) >= 2 else {}


# a term plan's month heading on a line of its own, over the items done that month (二月份: / 3月份： / 十一月:), or
# over those of a span of months (4-5月份: / 四月至五月:, the last month its end) or of a month's ten days (一月上旬:)
_MONTH_NUM = r"(?:十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])"
_MONTH_HEADING = re.compile(rf"^(?:{_MONTH_NUM}\s*(?:月份?)?\s*[-—－~～至到]\s*)?({_MONTH_NUM})\s*月份?\s*"
                            r"(上旬|中旬|下旬)?\s*[:：]?$")


def heading_month(line: str) -> int | None:
    """The month a month heading line names (``二月份:`` → 2, ``4-5月份:`` → 5), or None."""
    m = _MONTH_HEADING.match(line.strip())
    if m is None:
        return None
    num = m.group(1)
    return int(num) if num.isdigit() else cn_to_int(num)


def heading_day(line: str) -> int | None:
    """The day a month heading's ten days end on (``一月上旬:`` → 10, ``一月中旬:`` → 20), else None (month end)."""
    m = _MONTH_HEADING.match(line.strip())
    return TEN_DAYS_END.get(m.group(2) or "") if m else None


def month_headings(lines: list[str]) -> set[int]:
    """Lines that are month headings of a term's or a year's plan (二月份: / 三月份: …), each right over a numbered
    item: two at least, their months in turn (a month after the one before, December going on to January; the same
    month again only for its later ten days, 一月上旬: / 一月下旬:). Not a month in a sentence (2月份以来… / 每月份…),
    nor 上半年:."""
    found: list[tuple[int, int, int]] = []
    for n, raw in enumerate(lines):
        month = heading_month(raw)
        if month is None:
            continue
        nxt = next((ln.strip() for ln in lines[n + 1:n + 4] if ln.strip()), "")
        if not _DIGIT_LINE_MARK.match(nxt):
            return set()
        found.append((n, month, heading_day(raw) or 31))
    if len(found) < 2 or any((b - a) % 12 > 3 or (b - a) % 12 == 0 and not da < db
                             for (_n, a, da), (_m, b, db) in zip(found, found[1:], strict=False)):
        return set()
    return {n for n, _month, _day in found}


# a page that lost its digit 1 (「、全县机关干部…」 over 「2、乡村…」, 「()活动时间:」 over 「(2)参加对象」): a line
# opening with a bare mark; and an HTML entity's remnant before a heading 「&bsp;三、活动方案」 (a chrome prefix,
# no text)
_LOST_ONE = re.compile(r"(?m)^([ \t\u3000]*)(、|[(（][)）])(?=[\u4e00-\u9fff“《])")
_ENTITY_BEFORE_MARK = re.compile(r"(?m)^[ \t\u3000]*&[A-Za-z]{2,6};[ \t\u3000]*"
                                 r"(?=[一二三四五六七八九十]{1,3}、|[(（]|\d)")
# a line that ends a sentence or is a heading: a bare mark after it may open item 1; after any other line it is
# the same sentence wrapped (a PDF copy's hard wraps, 「由区委宣传部、区文明办⏎、区文旅局共同组织实施」)
# (a heading whose own number the page lost 「、宣传发动」 over 「()召开动员会议」 counts)
_HEADING_LINE = r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{0,3}[)）]|\d{0,2}[、.．])"
_ENDED = re.compile(rf"(?:[。；;：:！!？?]|{_HEADING_LINE}[^。，,；;]{{0,30}}|^[ \t\u3000]*)[ \t\u3000]*$")
_SECOND = {"、": re.compile(r"^[ \t\u3000]*2、"), "(": re.compile(r"^[ \t\u3000]*[(（]2[)）]")}


def lost_first_numbers(text: str) -> str:
    """A first item whose number 1 the page lost, read as 1 where the next line opening with the same mark is its 2
    (and a heading's entity remnant dropped); a bare mark with no 2 after it stays text."""
    text = _ENTITY_BEFORE_MARK.sub("", text)
    if not _LOST_ONE.search(text) and not re.search(r"(?m)^[ \t\u3000]*[)）]", text):
        return text
    lines = text.split("\n")
    _lost_chinese_numbers(lines)        # (「、」 over 二、 and a 2、 further on, in the 附件's list: 一、)
    for n, line in enumerate(lines):
        m = _LOST_ONE.match(line)
        if m is None or n and not _ENDED.search(lines[n - 1]):
            continue            # (a wrapped line 「…区财政局⏎、区住建委配合…」 goes on the sentence above it)
        mark = "、" if m.group(2) == "、" else "("
        second = _SECOND[mark]
        # (a lost 「()」 under a lost 「、」 opens the first item's own children: 「、开幕式⏎()时间:…⏎(2)…⏎2、…」)
        nxt = next((ln for ln in lines[n + 1:n + 30] if second.match(ln) or (
            (lost := _LOST_ONE.match(ln)) is not None and (lost.group(2) == "、") == (mark == "、"))), "")
        if second.match(nxt) and (m.group(2) == "、" or not _LOST_ONE.match(nxt)):
            one = "1、" if m.group(2) == "、" else f"{m.group(2)[0]}1{m.group(2)[1]}"
            lines[n] = m.group(1) + one + line[m.end():]
    return "\n".join(lines)


# a line that opens with the mark of a Chinese number the page lost: 「、树牢安全理念…」 (一、), 「）严把…」 or
# 「()严把…」 (（一）); the lines numbered of each kind
_LOST_CN = re.compile(r"^([ \t\u3000]*)(、|[(（]?[)）])(?=[\u4e00-\u9fff“《])")
_CN_HEAD = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十]{1,3})[、.．]")
_CN_ITEM = re.compile(r"^[ \t\u3000]*[(（]([一二三四五六七八九十]{1,3})[)）]")
_CN_NUMBERS = "一二三四五六七八九"
_LOOK_AHEAD = 400                   # (lines: how far down the next numbered line is looked for)


def _lost_chinese_numbers(lines: list[str]) -> None:
    """Each line (of ``lines``, in place) that opens with a bare 「、」 or 「)」 (the page lost the Chinese number)
    numbered as its place gives (CONVENTIONS.md round 37: a number the page lost is the one its place gives): one
    before the next line numbered of that kind (二、 for a 「、」, （二） for a 「)」), where the one numbered before it
    is one before again, or none stands before it (a bracket: under the same section heading) and the next is the
    second; a bracket right under its section's heading with no sibling after it (the page cut there) is （一）.
    Only after a line that ends a sentence or is a heading (a wrapped sentence 「…区财政局⏎、区住建委…」 goes on),
    and not where a digit item 2、 comes first (``lost_first_numbers``' 1、). One pass each way over the lines (a
    page of many bare marks is read in linear time: no line looks further than ``_LOOK_AHEAD`` lines down)."""
    if not any(_LOST_CN.match(line) for line in lines):
        return
    size = len(lines)
    # (from each line on: the first 一、 line, the first 一、 or （一） line, the first 2、 line — read from the end)
    heads, marks, seconds = [size] * (size + 1), [size] * (size + 1), [size] * (size + 1)
    for k in range(size - 1, -1, -1):
        head_line = _CN_HEAD.match(lines[k]) is not None
        heads[k] = k if head_line else heads[k + 1]
        marks[k] = k if head_line or _CN_ITEM.match(lines[k]) else marks[k + 1]
        seconds[k] = k if _SECOND["、"].match(lines[k]) else seconds[k + 1]
    head_before: int | None = None      # the number of the last 一、 line above, as numbered so far
    item_before: int | None = None      # … of the last （一） line under it
    above = ""                          # the last line above with text
    for n, line in enumerate(lines):
        m = _LOST_CN.match(line)
        if m is not None and not (n and not _ENDED.search(lines[n - 1])):
            head = m.group(2) == "、"
            k = heads[n + 1] if head else marks[n + 1]
            x = (_CN_HEAD if head else _CN_ITEM).match(lines[k]) if k < min(size, n + _LOOK_AHEAD) else None
            nxt = (k, cn_to_int(x.group(1))) if x is not None else None   # (a bracket's: not past the next section)
            if nxt is None and not head and _CN_HEAD.match(above):
                nxt = (n, 2)    # (right under its section's heading, no sibling after it: the page cut there)
            value = nxt[1] - 1 if nxt is not None and nxt[1] is not None else 0
            if 1 <= value <= len(_CN_NUMBERS) and not (head and nxt is not None and seconds[n + 1] < nxt[0]) \
                    and ((head_before if head else item_before) or 0) == value - 1:
                number = _CN_NUMBERS[value - 1]
                lines[n] = m.group(1) + (f"{number}、" if head else f"（{number}）") + line[m.end():]
        if (x := _CN_HEAD.match(lines[n])) is not None:
            head_before, item_before = cn_to_int(x.group(1)), None     # (a bracket's run starts again under it)
        elif (x := _CN_ITEM.match(lines[n])) is not None:
            item_before = cn_to_int(x.group(1))
        if lines[n].strip():
            above = lines[n]


# a first sub-item whose number the page garbled into another character (「二、整治重点。(他)路面违法大整治。」 over
# 「(二)重点区域大整治」): one character in brackets after a stop or at a line start, text right after it; not a
# note's mark (注 / 略 / 附 / 见)
_GARBLED_ONE = led(re.compile(r"(?:^|(?<=[。：:；;]))[ \t\u3000]*[(（]"
                              r"([^\s\d一二三四五六七八九十零〇注略附见()（）])[)）](?=[\u4e00-\u9fff“《])", re.M))
_CN_BRACKET = re.compile(r"[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]")


def garbled_first_numbers(text: str) -> str:
    """A first （一） the page printed as another character, read as （一） where the next Chinese bracketed number
    after it is （二） and none stands between its section's heading and it (the page's own （一） is not lost)."""
    if not _GARBLED_ONE.search(text):
        return text
    out, at = [], 0
    for m in _GARBLED_ONE.finditer(text):
        nxt = _CN_BRACKET.search(text, m.end(), m.end() + 1500)
        if nxt is None or nxt.group(1) != "二":
            continue
        before = _CN_BRACKET.search(text[max(0, m.start() - 300):m.start()])
        if before is not None and before.group(1) == "一":
            continue
        out.extend([text[at:m.start(1) - 1], "（一）"])
        at = m.end()
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


# a bracketed number at a line start, Chinese or digits (「（一）…」 / 「（2）…」)
_LINE_BRACKET = led(re.compile(r"^[ \t\u3000]*[(（]\s*([一二三四五六七八九]|\d{1,2})\s*[)）]", re.M))
_CN_DIGIT = "一二三四五六七八九"


def mixed_bracket_numbers(text: str) -> str:
    """「（一）…。」 then 「（2）…」: a list numbered on in the other kind of number, the second point of
    the same list (no 「（1）」 opened a list under 「（一）」) — read as 「（二）」, its sibling, not a child of
    「（一）」. Only where 「（一）」 is a point of text (a sentence on its line, not a heading over items) and
    no 「（3）」 goes on after the 「（2）」: a plan that numbers its items on across its headings
    「（一）产业人才⏎(2)…⏎(3)…」 keeps them children."""
    marks = list(_LINE_BRACKET.finditer(text))
    out, at = [], 0
    for k, m in enumerate(marks[1:], 1):
        num, last = m.group(1), marks[k - 1]
        if num.isdigit() and int(num) <= len(_CN_DIGIT) and last.group(1) in _CN_DIGIT \
                and int(num) == _CN_DIGIT.index(last.group(1)) + 2 \
                and "。" in text[last.end():m.start()].partition("\n")[0] \
                and not (k + 1 < len(marks) and marks[k + 1].group(1) == str(int(num) + 1)):
            out.extend([text[at:m.start(1)], _CN_DIGIT[int(num) - 1]])
            at = m.end(1)
    return "".join(out) + text[at:] if out else text


# a first item 「1、」 run in after the stop that ends a line's sentences (the preamble's last line 「…特制定以下
# 任期目标责任制。 1、经济发展。…」), a word after it; its 2、 opens the next line
# (not after a colon 「附件：1、…」: a list the line announces)
_RUN_IN_ONE = re.compile(r"(?<=[。；;])[ \t\u3000]*1、(?=[\u4e00-\u9fff“《])")
_RUN_ON_NUMBER = re.compile(r"(?<=[。；;：:])[ \t\u3000]*\d{1,2}、")
_SECOND_ITEM = re.compile(r"^[ \t\u3000]*2、(?=[\u4e00-\u9fff“《])")


def run_in_first_items(text: str) -> str:
    """``text`` with a first item run in after a stop (``_RUN_IN_ONE``) set at a line start, where the line's text
    before it holds no item number at its start, no other 、-number runs on after it in the line, and the next line
    that holds text opens with 2、 — the page printed item 1 on the line before its list (round 34: numbers that run
    in order are items); not a 1、 whose next line goes on otherwise."""
    if "1、" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        m = _RUN_IN_ONE.search(line) if "1、" in line else None
        if m is None or line_start_item(line):
            continue
        nxt = next((ln for ln in lines[n + 1:] if ln.strip()), "")
        if _SECOND_ITEM.match(nxt) and not _RUN_ON_NUMBER.search(line, m.end()):
            lines[n] = line[:m.start()].rstrip() + "\n" + line[m.start():].lstrip(" \t\u3000")
    return "\n".join(lines)


def line_start_item(line: str) -> bool:
    """The line opens with an item number of any kind (一、 / （一） / 1、 / 1.)."""
    return re.match(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                    r"|\d{1,2}[、.．])", line) is not None

