"""Items run together inside one line (a document site's chunk lines, a page copied without its line breaks):
the page's own marks that the copy left in an odd place.

* A number split by a stray space: 「…责任单位:市人武部十 三、开展…」 — the 「十」 before 「三、」 is the next number's
  start (CONVENTIONS.md, round 38 rulings): written 「十三、」, so that the run-in item is read in order.
* An item's fields glued to its name: 「二、开展军地青年联谊活动时间:8月份 责任单位:团市委」 — the item's name, then its
  「时间:」 field with no stop or break before it, then its units label: the time field is set on a line of its own,
  as the page printed it, and the units label after the time on one of its own (「时间:6-8月份责任单位:…」), so that
  the fields are read as the item's (round 35 field blocks).
* A first item that lost its opening bracket: 「一)」 over its name, 「（二）」 further on (a page cut at the bracket).
"""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .normalise import cn_to_int
from .run_in_headings import cn_number as _cn

# a 十 after a word, a space, then a single digit's number and its mark: 「…市人武部十 三、开展」 (not 「二十 三、」,
# whose
# tens are written before it, nor 「第十 三、」)
_SPLIT_TENS = re.compile(r"(?<=[\u4e00-\u9fff”）)])(?<![第一二三四五六七八九])十[ \t\u3000]+"
                         r"(?=[一二三四五六七八九][、．.])")


def join_split_tens(text: str) -> str:
    """``text`` with each 「十 三、」 split by a space written 「十三、」 (see the module)."""
    if "十" not in text:
        return text
    return _SPLIT_TENS.sub("十", text)


# a time field glued to the item's name (联谊活动时间:8月份 / 座谈会时间:7月30日), its units label after it in the same
# line before any stop: 「时间:…」 then 「责任单位:」「牵头单位:」…
_GLUED_TIME = re.compile(r"(?:完成)?时间\s*[:：][^。；;：:\n]{1,24}?[ \t\u3000]*"
                         r"((?:牵头|责任|配合|协办|主办|承办|参与)(?:单位|部门)\s*[:：])")
# (or an activity's 活动时间 glued to its name's last character, written with its hours
# 「…启动仪式活动时间:20xx年6月18日(星期一)上午9:3010:00活动地点:XX责任单位:…」, its place field between, and its
# content label after them 「…活动地点:XX活动内容:…」: each field on a line of its own)
_GLUED_ACTIVITY = re.compile(r"(?<=[\u4e00-\u9fff])活动时间\s*[:：](?:[^。；;：:\n]|(?<=\d)[:：](?=\d)){1,40}?"
                             r"[ \t\u3000]*((?:活动)?地点\s*[:：][^。；;：:\n]{1,24}?[ \t\u3000]*)?"
                             r"((?:牵头|责任|配合|协办|主办|承办|参与)(?:单位|部门)\s*[:：]|(?<=[^\s：:])活动内容\s*[:：])")
_NAME_END = re.compile(r"[\u4e00-\u9fff”》）)]")


def break_glued_fields(text: str) -> str:
    """``text`` with the time field glued to a numbered item's name set on a line of its own (see the module): only
    in lines that open with an item's number, only where the units label follows the time in the same line."""
    if "时间" not in text:
        return text
    out: list[str] = []     # (… or an activity's fields glued to its name, ``_GLUED_ACTIVITY``)
    for line in text.split("\n"):
        found = line_marker(line.strip()) if "时间" in line else None
        if found is not None:
            head = len(line) - len(line.lstrip()) + found[3]
            cuts = [at for m in _GLUED_TIME.finditer(line, head)
                    if m.start() > head and _NAME_END.match(line, m.start() - 1) for at in (m.start(), m.start(1))]
            cuts = cuts or [at for m in _GLUED_ACTIVITY.finditer(line, head) if m.start() > head
                            for at in (m.start(), m.start(1), m.start(2)) if at >= 0]
            if cuts:
                line = "\n".join(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
        out.append(line)
    return "\n".join(out)


# a Chinese item number at a line start that lost its opening bracket: 「一)」「一）」 (the page's first item, cut
# off at the bracket), alone or before its name
_HALF_CN = re.compile(r"^([ \t\u3000]*)([一二三四五六七八九十]{1,3})[ \t\u3000]*[)）]"
                      r"(?=[ \t\u3000]*(?:$|[\u4e00-\u9fff“《]))", re.M)


# a Chinese item number in full brackets anywhere in a line (「三、活动内容(一)宣传发动。」, run into its heading)
_FULL_CN = re.compile(r"[(（]([一二三四五六七八九十]{1,3})[)）]")


def _follows_full(text: str, at: int, value: int) -> bool:
    """The item number before ``at`` in full brackets is ``value - 1``, within a few lines, and ``value`` itself
    stands nowhere in full brackets (「三、活动内容(一)宣传发动。」 … 「二)环境整治。」: the page lost the second item's
    opening bracket, the first run into its heading)."""
    before = [m for m in _FULL_CN.finditer(text, max(0, at - 1500), at)]
    if value < 2 or not before or cn_to_int(before[-1].group(1)) != value - 1 \
            or text.count("\n", before[-1].end(), at) > 6:
        return False
    return re.search(rf"[(（]{_cn(value)}[)）]", text) is None


# the same with a digit 「2)进一步强化…」 after 「(1)…」 just above: the page lost the item's opening bracket
_HALF_DIGIT = re.compile(r"^([ \t\u3000]*)(\d{1,2})[ \t\u3000]*[)）](?=[\u4e00-\u9fff“《])", re.M)
_FULL_DIGIT = re.compile(r"^[ \t\u3000]*[(（](\d{1,2})[)）]", re.M)


def _follows_full_digit(text: str, at: int, value: int) -> bool:
    """The item at a line start just above ``at`` is ``(value - 1)`` in full brackets, and no ``(value)`` stands at a
    line start after it: ``value)`` is that list's next item, its opening bracket lost."""
    before = list(_FULL_DIGIT.finditer(text, max(0, at - 1500), at))
    if value < 2 or not before or int(before[-1].group(1)) != value - 1 or text.count("\n", before[-1].end(), at) > 6:
        return False
    return re.compile(rf"^[ \t\u3000]*[(（]{value}[)）]", re.M).search(text, before[-1].end()) is None


def lost_open_brackets(text: str) -> str:
    """``text`` with each 「一)」 at a line start written 「（一）」 where the next number stands at a line start in
    full brackets further on (「（二）」): the page lost the first item's opening bracket, its number and its list are
    the same. Only where the number runs on so; a 「一)」 with no 「（二）」 after it stays text — unless the number
    before it stands in full brackets just above (``_follows_full``: the page's last item lost its bracket)."""
    if ")" not in text and "）" not in text:
        return text
    out: list[str] = []
    at = 0
    for m in _HALF_CN.finditer(text):
        value = cn_to_int(m.group(2))
        if value is None:
            continue
        nxt = re.compile(rf"^[ \t\u3000]*[(（]{_cn(value + 1)}[)）]", re.M).search(text, m.end())
        if nxt is None and not _follows_full(text, m.start(), value):
            continue
        out.extend([text[at:m.start()], m.group(1), f"（{m.group(2)}）"])
        at = m.end()
    text = "".join(out) + text[at:] if out else text
    if not _HALF_DIGIT.search(text):
        return text
    return _HALF_DIGIT.sub(lambda m: f"{m.group(1)}（{m.group(2)}）" if _follows_full_digit(
        text, m.start(), int(m.group(2))) else m.group(0), text)


# a section heading's number at a line start (二、保障措施): a bracket's run starts again under it
_SECTION_LINE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．]", re.M)
# a line that opens with the closing bracket of a number the page lost, before its name: 「)开展警示教育。要…」
_BARE_CLOSE = re.compile(r"^([ \t\u3000]*)[)）](?=[\u4e00-\u9fff“《])", re.M)


def lost_bracket_numbers(text: str) -> str:
    """``text`` with each line that opens with a bare 「)」 written with the number its place gives (CONVENTIONS.md
    round 37: a number the page lost is the one its place gives): the item after the one numbered in full brackets
    just above (「(一)加强专题学习…」 … 「)开展警示教育。」 → 「（二）开展警示教育。」), where that next number stands
    nowhere in full brackets, and no section heading stands between the two. A 「)」 with no bracketed number just
    above stays text."""
    if ")" not in text and "）" not in text:
        return text
    out: list[str] = []
    at = 0
    for m in _BARE_CLOSE.finditer(text):
        before = [b for b in _FULL_CN.finditer(text, max(0, m.start() - 1500), m.start())]
        value = cn_to_int(before[-1].group(1)) if before else None
        if value is None or not _follows_full(text, m.start(), value + 1) \
                or _SECTION_LINE.search(text, before[-1].end(), m.start()):
            continue            # (a section heading between: the first of its own run, marks.lost_first_numbers')
        out.extend([text[at:m.start()], m.group(1), f"（{_cn(value + 1)}）"])
        at = m.end()
    return "".join(out) + text[at:] if out else text


# a stage paragraph: 「第一阶段:宣传发动阶段(2018年6月至12月)结合实际,制定…」 — its ordinal, then its name and time
# (its time in a bracket after its ordinal or its name: not 「由两个阶段组成：第一阶段，…完成拆平后，…」, a
# paragraph that tells its steps)
# (or its date right after the stage's name 「第一阶段,2023年9月份,进行系列宣传活动;」「第二阶段:2023年9月20日,
# 在…举办…」)
_STAGE = re.compile(r"第([一二三四五六七八九十])阶段(?=\s*[:：,，、]?[^。；;，,:：()（）]{0,20}[(（][^()（）\n]{0,12}"
                    r"\d{1,4}\s*[年月日]|\s*[:：,，、]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                    # (or named in a sentence of its own, its dates opening the next:
                    # 「第一阶段为组织准备阶段。1月18日前,…」)
                    r"|为[\u4e00-\u9fff]{2,10}阶段[。.]\s*\d{1,2}\s*月)")
_STOP_BEFORE = "。；;：:"


def stage_paragraphs(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Stage paragraphs under a numbered section (「四、方法步骤 …分为三个阶段: 第一阶段:…(6月至12月)结合实际,制定…。
    第二阶段:…」): a run of two or more, 第一阶段 on in order, each with its work written after its name and time (a
    sentence) — the section's items, each set on a line of its own (a run-together page printed them inside one
    line). The lines, and line → the stage's ordinal (第一阶段) for ``levels``."""
    if not any("第一阶段" in ln for ln in lines):
        return lines, named_stages(lines)
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        cuts: list[int] = []
        want = 1
        for m in _STAGE.finditer(line):
            if cn_to_int(m.group(1)) == want and (m.start() == 0 or line[m.start() - 1] in _STOP_BEFORE):
                cuts.append(m.start())
                want += 1
        if len(cuts) >= 2 or cuts and cuts[0] > 0 and "第二阶段" not in line and any(
                "第二阶段" in ln for ln in lines):
            cuts = [c for c in cuts if c > 0]
            out.extend(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
        else:
            out.append(raw)
    found: dict[int, str] = {}
    under = False                       # a numbered section stands above
    for n, raw in enumerate(out):
        line = raw.strip()
        if line_marker(line) is not None:
            under = True
            if found and len(found) < 2:
                found = {}
            continue
        stage = _STAGE.match(line)
        if stage is None or not under:
            continue
        if cn_to_int(stage.group(1)) == len(found) + 1 and re.search(r"[，,；;。]", line[stage.end():]):
            found[n] = stage.group(0)
    # (… or one alone, the page's last paragraph 「第一阶段,走访摸底(2021年3月底前)。A牵头对…进行…排查,区分…:一是…」:
    # the page cut after the run's first stage, an item all the same)
    last = max((n for n, ln in enumerate(out) if ln.strip()), default=-1)
    cut = len(found) == 1 and last in found and found[last] == "第一阶段"
    return out, (found if len(found) >= 2 or cut else named_stages(out))


# a stage paragraph with no ordinal: its name and its dates in brackets, then a colon and its work, at a line's start
# (「准备阶段(4月6日—4月10日):制定具体工作方案,…」「集中治理阶段(4月11日—4月30日):按照…开展治理」)
_NAMED_STAGE = re.compile(r"^([\u4e00-\u9fff]{2,8}阶段)[ \t\u3000]*[(（][^()（）\n]{0,24}\d{1,2}[ \t\u3000]*[月日号]"
                          r"[^()（）\n]{0,24}[)）][ \t\u3000]*[:：](?=[^\n]*[，,；;。])")


def named_stages(lines: list[str]) -> dict[int, str]:
    """Unnumbered stage paragraphs under a numbered section (「三、时间安排 / 准备阶段(4月6日—4月10日):制定…。 /
    集中治理阶段(4月11日—4月30日):按照…」, CONVENTIONS.md round 33: a stage with its work is a phase and a task): a
    run of two or more, one a line, next to each other under the same section — line → the stage's name for
    ``levels``. A single such line, or one whose name stands alone with no work after its colon, stays text."""
    if "阶段" not in "".join(lines):
        return {}
    found: dict[int, str] = {}
    run: dict[int, str] = {}
    under = False
    for n, raw in enumerate([*lines, "一、"]):
        line = raw.strip()
        stage = _NAMED_STAGE.match(line) if under else None
        if stage is not None:
            run[n] = stage.group(1)
            continue
        if line or line_marker(line) is not None:
            if len(run) >= 2:
                found.update(run)
            run = {}
        if line_marker(line) is not None:
            under = True
    return found


# a page's breadcrumb line, numbered by the page's list markup or not: 「1. 首页> 生活心得体会 >正文」 /
# 「当前位置：首页 > 通知公告」 — the site's path to the page, never an item of the plan
_BREADCRUMB = re.compile(r"^[ \t\u3000]*(?:\d{1,2}[ \t]*[.．、][ \t\u3000]*)?"
                         r"(?:(?:当前|您的|您现在的|所在)位置[:：]?[ \t]*)?首页[ \t\u3000]*[>»＞][^\n]*$", re.MULTILINE)


def drop_breadcrumbs(text: str) -> str:
    """``text`` with the page's breadcrumb lines (see ``_BREADCRUMB``) left blank."""
    return _BREADCRUMB.sub("", text) if "首页" in text else text


# a list's first number a scan read as a letter (1 → l / I / L) between a heading's words and the item's first word
# 「二、巡查工作安排及要求L村镇办、林业站:各安排…」, its items 2. 3. run on after stops in the same line
_LETTER_ONE = re.compile(r"(?<=[\u4e00-\u9fff])[lIL](?=[\u4e00-\u9fff])")
_RUN_ON_NUMBER = re.compile(r"[。；;][ \t\u3000]*([23])([.．、])(?=[\u4e00-\u9fff“《])")


def letter_first_numbers(text: str) -> str:
    """``text`` with a letter read for a list's first number written 1 (with the mark its 2. bears): only in a line
    that holds one such letter, its 2. and 3. after it, each after a stop, and no 1 of that mark between (a scan's
    「…要求L村镇办…。2.挂村…。3.镇消防队:…」). Any other letter among words stays as written."""
    if not ("l" in text or "I" in text or "L" in text):
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        letters = list(_LETTER_ONE.finditer(line))
        if len(letters) != 1:
            continue
        at = letters[0].start()
        numbers = [m for m in _RUN_ON_NUMBER.finditer(line, at)]
        if [m.group(1) for m in numbers[:2]] != ["2", "3"] or numbers[0].group(2) != numbers[1].group(2) \
                or re.search(rf"(?<!\d)1{re.escape(numbers[0].group(2))}", line[at:numbers[0].start()]):
            continue
        lines[n] = line[:at] + "1" + numbers[0].group(2) + line[at + 1:]
    return "\n".join(lines)
