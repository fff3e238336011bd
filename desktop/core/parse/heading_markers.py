"""The markers of a plan's numbered headings (一、 （一） 1. （1） 第一条) and where they stand.

``line_marker(line)`` reads the heading a line opens with. Text extracted from a PDF or a web page may run
headings into other text (a title, a heading's short title, a units' bracket, the step before); the
``split_*`` functions here put line breaks before such headings, so that ``headings.build_items`` finds
each at a line start. Numbers count as headings only where they continue the numbering.
"""

from __future__ import annotations

import bisect
import functools
import re

from .bare_numbers import bare_item, bare_second
from .normalise import cn_to_int
from .prefilter import led

# kind 1: 一、   kind 2: （一）   kind 3: 1. 1、 1． 第一条   kind 4: （1）
# (第一条: the articles of 若干措施 and 细则, which run on across sections and stand where a plan
# puts its 1. items; 1） and 1) are read as （1）, see marks.half_bracket_numbers)
CN_DIGITS = "一二三四五六七八九十"
# 一. may be followed by a year (「一.2021年经济社会发展主要预期目标」, hand-typed plans) but by no
# other digit (「一.5」 is a number)
# (a site's file line 「…活动方案 1.docx」: a number before a file's extension is the file's name, no item)
MARKER = re.compile(
    rf"(?P<k1>[{CN_DIGITS}]{{1,3}})\s*(?:、|[.．](?!(?!(?:19|20)\d\d年)[\d{CN_DIGITS}]))"
    rf"|[(（]\s*(?P<k2>[{CN_DIGITS}]{{1,3}})\s*[)）]"
    r"|(?P<k3>\d{1,4})\s*(?:、|[.．](?!\d|(?:docx?|pdf|wps|xlsx?|pptx?|ofd)(?![A-Za-z])))"
    r"|[(（]\s*(?P<k4>\d{1,3})\s*[)）]"
    rf"|第(?P<k5>[{CN_DIGITS}百零]{{1,4}})条"
    # (a programme's segments 「第一项:专家讲座」「第二项:有奖问答」: numbered as （一） would be, a colon after them)
    rf"|第(?P<k6>[{CN_DIGITS}]{{1,2}})项\s*(?=[:：])")
# an item that opens with its day, a month and a day (「2、3月5日开展…」「1、6月26日前组织…」): not a list of months
# (1、2月 / 2、3月份) nor a figure
DAY_OPENING = r"(?:1[0-2]|[1-9])月(?:3[01]|[12]\d|[1-9])[日号]"
_DAY_OPENING = re.compile(DAY_OPENING)
# an item whose heading is a span of months of a year alone on its line (「1、2024年1-3月:」「2、200*年4--6月」, the
# year masked or not): the months its work falls in, each over its own lines — not a figure nor a list of years
_PERIOD_HEADING = re.compile(r"(?:19|20)(?:\d\d|\d?[*＊xX×]{1,2})\s*年\s*(?:1[0-2]|[1-9])\s*(?:月份?)?\s*"
                             r"(?:[-－~～—至到]{1,2}\s*(?:1[0-2]|[1-9])\s*月份?)\s*[:：]?\s*$")
# the date that ends a time section, the next section's number run into it (…3月31日三、活动目的 / …x日四、活动内容): a
# day's digit, or the x a page masks it with, and 日 or 号 — one spelling for split_inline and split_run_in_headings
DAY_END = r"[\dxX][日号]"
# an item number run into a month inside a line: 3.8月上旬 / 2.10月底前 (a month, then its day or part)
_ITEM_THEN_MONTH = re.compile(r"(\d{1,2})\s*[.．](?=(?:1[0-2]|[1-9])月(?:\d{1,2}日|上旬|中旬|下旬|底|末|份|初|中|前))")


def _match_at(line: str, i: int) -> tuple[int, str, int, int] | None:
    m = MARKER.match(line, i)
    if not m:
        return None
    for k in (1, 2, 3, 4, 5, 6):
        num = m.group(f"k{k}")
        if num is not None:
            value = cn_to_int(num) if k in (1, 2, 5, 6) else int(num)
            if value is None or value == 0:
                return None
            if k == 5:
                return 3, str(value), value, m.end()      # 第十二条 is item 12.
            if k == 6:
                return 2, num, value, m.end() + 1         # 第二项: is item （二） (its colon with it)
            if k in (2, 4) and line.startswith("、", m.end()):
                return k, num, value, m.end() + 1     # 「(一)、加强…」: the 、 typed after the bracket is the mark's
            return k, num, value, m.end()
    return None


# (asked of the same lines again and again — by each split_* here and by build_items, about seven times a line of a
# plan: a line's answer is kept; parse_text empties the store before each plan, so no plan is read faster for
# one read before it)
# an item number a page prints at its line's start with a comma 「1,要把…」 (a 1. typed as 1,), or run into the year of
# its first date 「2.20XX年4月20日,召开…」 (a year, masked or not, is no decimal's digits): the item's number, kind 3
_LINE_ITEM = re.compile(r"(\d{1,2})\s*(?:[,，](?=[\u4e00-\u9fff“])|[.．](?=(?:19|20)(?:\d\d|[Xx×]{2})\s*年))")


@functools.lru_cache(maxsize=8192)
def line_marker(line: str) -> tuple[int, str, int, int] | None:
    found = _match_at(line, 0)
    if not found:
        item = _LINE_ITEM.match(line)
        return (3, item.group(1), int(item.group(1)), item.end()) if item and int(item.group(1)) else None
    kind, num, value, end = found
    rest = line[end:end + 3]
    if not rest.strip():
        # (an article's number alone on its line 「第二条」 over its list 1.…2.…: the article, its items under it)
        return None if kind in (1, 3) and line[end - 1] != "条" else found
    # "1、2月" or "2.8万张" at a line start are numbers, not headings (after 第二十九条 a number is
    # the item's first word: 「第二十九条　百名高端外国专家引进项目」)
    # (but 「1、万条迎春灯谜会」「2、百日攻坚」: a figure puts no 、 before its 万, the item's first word does)
    if kind == 3 and line[end - 1] != "条" and (rest[0].isdecimal() or rest[0] in "%月年日号" or rest[0] in _ORDER
                                                and line[end - 1] != "、") \
            and not (line[end - 1] == "、" and (_DAY_OPENING.match(line, end) or _PERIOD_HEADING.match(line, end))):
        return None
    if kind == 1 and rest[:1] in "、.．":
        return None
    return found


# the order words a figure's digits take (2.8万 / 3千 / 5个), which an item's first word may open with after its 、
_ORDER = "万亿千百个"
_PUNCT_BEFORE = set("。；;：:！？!?）)”\"」』】〕 \n，,")


# an item that opens with a number of its own (2、319国道两侧的造林…): two digits or more and no date, list or
# quantity after them (not 1、2、3号楼, 2、3月, 2、10月底前, 2、35亿元)
_NUMBER_OPENING = (r"(?:\d{2,5}(?![\d、，,.．~～\-至到月日号年季%万亿千百])"
                   r"|20\d{2}年(?![\d、，,.．~～\-至到]|度)"      # (2、2024年底前完成…: the item opens with its year)
                   r"|" + DAY_OPENING + ")")     # (2、3月5日开展…: or with its day, a month and a day)
_SECOND = {1: re.compile(r"(?<=[。；;！？!?\s])二\s*、"),
           3: re.compile(r"(?<=[。；;！？!?\s])2\s*(?:[、.．](?!\d)|、(?=" + _NUMBER_OPENING + "))")}
# item 2 of a list after a colon: also right after a unit's bracket or a quote (「…（区应急局牵头）2.强化…」)
_SECOND_ITEM = re.compile(r"(?<=[。；;！？!?\s）)”」，,])2\s*(?:[、.．](?!\d)|、(?=" + _NUMBER_OPENING + "))")
# the next section (二、 / （二）), where a list's item 2 can no longer be
_NEXT_SECTION = re.compile(r"(?<=[。；;！？!?\s）)])[二三四五六七八九十]{1,2}\s*、|[（(][二三四五六七八九十]{1,2}[)）]")
# the end of a document's title run into its first heading: 实施方案一、指导思想… (or a rules page's 管理制度一、总则…)
_TITLE_END = re.compile(r"(方案|意见|计划|要点|办法|细则|安排|规划|通知|决定|制度|预案)$")
_TITLE_PAGE_END = re.compile(r"(方案|意见|计划|要点|办法|细则|安排|规划|通知|决定|制度|预案)\s*\d{1,2}\s*$")


# two year columns of a table's header, the last one right before the number 「2019年2020年」
_YEAR_COLUMNS = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:19|20)\d{2}\s*年\s*$")
_WORD_AFTER = re.compile(r"\s*(?![一二三四五六七八九十])[\u4e00-\u9fff]{2}")
_TWO_PART_HEADING = re.compile(r"\s*[\u4e00-\u9fff“”]{2,10}[，,][\u4e00-\u9fff“”]{2,10}")


def _run_in_first(text: str, i: int, end: int, kind: int, heading_end: int) -> bool:
    """A first item run into what stands before it with no punctuation: ``…实施方案一、指导思想``
    (the title, then 一、) or ``二、主要任务1、创建…`` (a heading's short title, then its item 1、).
    Taken only when item 2 follows, after punctuation, further on."""
    if kind == 1:
        # (…开学工作方案1一、…: the page's number printed between the title and 一、)
        # (…一览表 重点任务 责任部门 2019年 2020年一、强化…: a task table's header, its year columns, then row 一、)
        # (…现就有关事项通知如下一、工作目标…: a lead-in's 如下, its colon lost, then 一、)
        if not _TITLE_END.search(text, max(0, i - 4), i) and not _TITLE_PAGE_END.search(text, max(0, i - 8), i) \
                and not text.endswith("如下", max(0, i - 2), i) \
                and not (_YEAR_COLUMNS.search(text, max(0, i - 12), i) and _WORD_AFTER.match(text, end)):
            return False
    elif heading_end < 0 or not 2 <= i - heading_end <= 30 or re.search(r"[。；;，,]", text[heading_end:i]) and \
            not _TWO_PART_HEADING.fullmatch(text, heading_end, i):
        return False        # (a heading of two phrases 「三、精准施策,助力疫情防控1、强化措施。」 is one heading)
    nxt = _SECOND[kind].search(text, end, end + 1500)
    return nxt is not None or kind == 3 and (bare_second(text, end, end + 1500) or _cut_inside(text, end)
                                             or _run_in_second(text, end, end + 1500))


# an item 「N、」 run into the words before it, a word after it (「…成员杨建海2、人员职责当接到…」)
_WORD_RUN_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])(?<![第附表图件号类级之])(\d)、(?=[\u4e00-\u9fff])")


def _run_on_in_order(text: str, end: int, value: int) -> bool:
    """Item ``value + 1`` stands after a stop within the next lines' reach of ``end``, no section number between: an
    item 「N、」 run into the words before it (a table's cells or a heading a docx page lost its break after) is one
    of the list's where the list goes on in order after it (CONVENTIONS.md round 34: numbers that run in order are
    items)."""
    nxt = re.compile(rf"[。；;]\s*{value + 1}、(?=[\u4e00-\u9fff])").search(text, end, end + 600)
    return nxt is not None and _NEXT_SECTION.search(text, end, nxt.start() + 1) is None


def _run_in_second(text: str, start: int, stop: int) -> bool:
    """Item 2 of a list run into the words before it, 3 after it after a stop (``_run_on_in_order``)."""
    return any(m.group(1) == "2" and _run_on_in_order(text, m.end(), 2)
               for m in _WORD_RUN_ITEM.finditer(text, start, stop))


def _cut_inside(text: str, end: int) -> bool:
    """The page ends inside this first item 「（一）加强领导,明确责任1.成立…领导小组,负责…领导小组人员」: the text's
    last words, cut with no stop at their end, no number after it."""
    if _WORD.search(text, end + _CUT_MOST) is not None:
        return False                    # (more than a cut item's words left: no copy of the long text's rest)
    rest = text[end:end + _CUT_MOST].rstrip()
    return 20 <= len(rest) <= 600 and not rest.endswith(("。", "；", ";", "！", "!", "？", "?", "）", ")", "”")) \
        and "\n" not in rest and not _NUMBER_AFTER_STOP.search(rest)


# how many characters after its number a first item cut by the page's end may hold (its words, 600 at most, and the
# blanks the page left after them are read within this)
_CUT_MOST = 601
_WORD = re.compile(r"\S")
# a number after a stop: the next item of a list, which a first item cut by the page's end has none of
_NUMBER_AFTER_STOP = re.compile(r"[。；;][ \t]*(?:\d{1,2}|[（(][一二三四五六七八九十\d]{1,2}[)）])")


# a section's short heading run on into its first item or its colon: 造林方式及要求1、… / 工作要求：… / 保障措施（一）…
# (or a time heading run into its date 「三、活动时间年6月13日至20日」「三、活动时间2012年3月…」「二、活动时间即日起…」)
_SHORT_HEADING = re.compile(r"[\u4e00-\u9fff“”]{2,14}"
                            r"(?:[:：]|(?:1|[(（]一[)）]|[(（]1[)）])\s*[、.．]?(?=[\u4e00-\u9fff])"
                            r"|(?<=时间)(?=\d|年\d|即日))")


def _next_section_run_in(text: str, i: int, end: int, num: str, last: int) -> bool:
    """``…各村苗木数量及树种安排见附O三、造林方式及要求1、龙颈村…``: the next section in order (三、 after 二、) run
    into the cut end of the section before it, with no punctuation: taken when a short heading follows, then its
    colon or its first item — not 第二、三批, 一、二、三等奖, 二、三产业 (a number after a number, or a bare word
    after)."""
    # (见附表二三、…: the number is 三, the 二 the cut word's)
    if not re.fullmatch(r"十?[一二三四五六七八九]|[二三四五六七八九]?十[一二三四五六七八九]?", num):
        return False
    return (last >= 1 and cn_to_int(num) == last + 1 and text[i - 1] != "第"
            and re.match(r"[\u4e00-\u9fffA-Za-z]", text[i - 1]) is not None
            and _NUMBERED_THING.search(text, max(0, i - 2), i) is None
            and _SHORT_HEADING.match(text, end) is not None
            # (…详见附件三、附件四…。三、保障措施: the section's own number, after a stop, further on)
            and re.compile(rf"(?:^|[。；;：:！!？?\s]){num}[、.．]").search(text, end, end + 3000) is None)


def _section_after_date(text: str, i: int, end: int, num: str, last: int) -> bool:
    """``二、活动时间2012年3月1日—3月31日三、活动目的以…``: the next section in order run into the date that ends the
    section before (a time section's whole text is its date, and the copy lost the break after it) — a day's digit and
    日 or 号 right before the number, the heading's words after it; not 「3月5日三、四年级」 (a number after it), and
    not where the section's own number stands after a stop further on."""
    return (last >= 1 and cn_to_int(num) == last + 1 and len(num) == 1
            and re.fullmatch(DAY_END, text[max(0, i - 2):i]) is not None
            and re.match(r"(?![一二三四五六七八九十])[\u4e00-\u9fff]{2}", text[end:end + 2]) is not None
            and re.compile(rf"(?:^|[。；;：:！!？?\s]){num}[、.．]").search(text, end, end + 3000) is None)


# 附件三 / 附表三 / 表三 / 图三 / 之三 / 第三: a numbered thing's own number, no section
_NUMBERED_THING = re.compile(r"(?:附件|附表|[表图件号类级之第])$")


# a digest's items each closed by their units' bracket, the next number right after it, numbers left out between
# (…(责任单位:A、B等)4.推进… after 2.; …(责任单位:C)(五)… after (二)): at most this many left out
_DIGEST_GAP = 5
# an item's text up to the units' bracket closing it, no full stop before it: 中医药产业实施高质量发展,(责任单位:A、B)
_UNITS_CLOSE = re.compile(r"[^。；;\n]{0,200}?[(（](?:责任|牵头|配合|主办|协办)?(?:单位|部门)\s*[:：]"
                          r"[^()（）\n]{2,200}[)）]")


def _digest_item(text: str, i: int, end: int, heading_end: int) -> bool:
    """The number at ``text[i:end]`` opens a digest's item: right after the units' bracket closing the item before
    it, or run into its group's short heading ((五)中医药产业发展行动10.…); and the item closes with its own units'
    bracket before any full stop, the next number (or the text's end) right after it."""
    m = _UNITS_CLOSE.match(text, end)
    after_units = i > 0 and text[i - 1] in ")）" and _UNIT_BRACKET_END.search(text, max(0, i - 221), i) is not None
    if m is None:
        # (or the page cut inside it: its few words run to the text's end, no bracket of their own — 「…(责任单位:A、
        # B)4.积极开展燃煤锅炉整治。推」 after 2.)
        return after_units and len(text) - end <= 60 and not re.search(r"[\n(（)）]", text[end:].strip())
    if _match_at(text, m.end()) is None and text[m.end():].strip():
        return False
    if after_units:
        return True
    # (…(责任单位:A)对照创建标准,3个乡镇开展示范创建,5.完善…(责任单位:B): the item before ran on past its bracket)
    close = max(text.rfind(")", max(0, i - 60), i), text.rfind("）", max(0, i - 60), i))
    if close > 0 and text[i - 1] in "，," and not re.search(r"[。；;]", text[close + 1:i]) \
            and _UNIT_BRACKET_END.search(text, max(0, close + 1 - 221), close + 1):
        return True
    return 0 <= heading_end and 2 <= i - heading_end <= 30 and not re.search(r"[。；;，,]", text[heading_end:i])


def _lost_run(text: str, end: int, value: int) -> bool:
    """Item ``value`` (a digit and 、, after a stop) goes on in order with the next two, each after a stop within
    the next lines' reach: a run the page lost the first numbers of (CONVENTIONS.md round 37: a number keeps its
    own place; round 34: numbers inside one paragraph), whose items are read from where it starts."""
    at = end
    for want in (value + 1, value + 2):
        nxt = re.compile(rf"[。；;]\s*{want}、(?=[ \u3000]?[\u4e00-\u9fff“《])").search(text, at, at + 600)
        if nxt is None:
            # (or a page cut after the next one: 「…。2、转移群众:…。3、 转移信号:…」 to the text's end, each item
            # opening with its short label and colon, as lists of steps do)
            return want == value + 2 and len(text) - at <= 300 and "\n" not in text[at:].strip() \
                and all(_LABEL_OPENS.match(text, a) for a in (end, at))
        at = nxt.end()
    return True


# an item opening with a short label and its colon 「转移群众:」
_LABEL_OPENS = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,6}[:：]")


def split_inline(text: str) -> str:
    """Insert line breaks before headings that sit inside long lines."""
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    restart = {1: False, 2: False, 3: False, 4: False}
    out: list[str] = []
    prev_end = 0
    heading_end = -1                    # where the last heading of kind 1 or 2 was found
    first = len(text) - len(text.lstrip())
    opened = 0                          # the kind of number a page opens at, when it goes on with its numbering
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if not (ch in "(（" or ch.isdigit() or ch in "一二三四五六七八九十"):
            i += 1
            continue
        found = _match_at(text, i)
        if not found:
            # 「…下步打算)。 3.8月上旬，…」: item 3 run into its month, where 1. 2. went before
            run = _ITEM_THEN_MONTH.match(text, i)
            if run and last[3] and int(run.group(1)) == last[3] + 1 and (text[i - 1] if i else "\n") in _PUNCT_BEFORE:
                out.extend([text[prev_end:i], "\n"])
                prev_end = i
                last[3] = int(run.group(1))
                restart[4] = True
                i = run.end()
                continue
            # 「…(责任单位:交管站、劝导站) 2切实加强…」: the next item in order, its mark lost (bare_numbers)
            if last[3] and (bare_end := bare_item(text, i, last[3] + 1)) is not None:
                out.extend([text[prev_end:i], "\n", text[i:bare_end], "、"])
                prev_end = i = bare_end
                last[3] += 1
                restart[4] = True
                continue
            i += 1
            continue
        kind, _num, value, end = found
        before = text[i - 1] if i > 0 else "\n"
        if i == first and kind <= 3 and value != last[kind] + 1:
            last[kind] = value          # a page opening at its 二、重点任务: the numbering it goes on with
            opened = kind               # (or at its （三） / 8.: a 三、 after it goes on with its numbering too)
            if kind <= 2:
                heading_end = end
            i = end
            continue
        if kind == 1 and opened > 1 and last[1] == 0 and value > 1 and before in _PUNCT_BEFORE:
            last[1] = value - 1         # （三）…（四）…10.…三、保障措施: the page's next section
        if kind == 3 and not last[3] and value > 1 and before in "。；;" and _lost_run(text, end, value):
            last[3] = value - 1         # 「…参加营运。3、维护…。4、…。5、…」: a run whose first numbers the page lost
            opened = opened or 3        # (a 四、 after it goes on with the page's sections, as at a page's opening)
        # a digest's item closed by its units' bracket, the next one's number after it, some numbers left out
        span = last[kind] < value <= last[kind] + _DIGEST_GAP or kind == 3 and opened == 2 and not last[3]
        gap = span and _digest_item(text, i, end, heading_end if kind == 3 else -1)
        ok = True
        if kind in (1, 3) and before not in _PUNCT_BEFORE and not (
                value == 1 and _run_in_first(text, i, end, kind, heading_end)) and not gap \
                and not (kind == 3 and value == last[3] + 1 > 1 and _WORD_RUN_ITEM.match(text, i) is not None
                         and _run_on_in_order(text, end, value)) \
                and not (kind == 1 and (_next_section_run_in(text, i, end, _num, last[1])
                                        or _section_after_date(text, i, end, _num, last[1]))):
            ok = False
        if re.search(r"附件\s*[:：]\s*$", text[max(0, i - 8):i]):
            ok = False                  # 附件:1. …分解表 / 2. …: a cover's list of attachments, no items
        if kind == 3 and (before.isdigit() or end < n and (re.match(r"[\d%月年日号]", text[end]) or text[end] in _ORDER
                                                            and text[end - 1] != "、")) and not (
                text[end - 1] == "、" and before in "。；;" and last[3] and value == last[3] + 1
                and re.compile(_NUMBER_OPENING).match(text, end)) and not (
                text[end - 1] == "、" and not before.isdigit() and _DAY_OPENING.match(text, end)):
            ok = False                  # (。2、319国道两侧…: the next item in order, opening with a road's number)
            #                             (活动内容1、3月2日开展…: an item opening with its day)
        if ok and kind == 3 and value == 1 and before in ":：":
            stop = _NEXT_SECTION.search(text, end, end + 1500)
            if not _SECOND_ITEM.search(text, end, stop.start() if stop else end + 1500):
                ok = False              # 「副组长职责:1 .协调…」 and no 2. after it in its section: the item's words
        if ok:
            # numbering either continues (runs on across sections) or restarts at 1
            # under a new heading of a shallower kind (a list of its own inside 「3、」 is （1） by now:
            # marks.sub_list_numbers)
            ok = value == last[kind] + 1 or value == 1 and (last[kind] == 0 or restart[kind]) or gap
        if ok:
            out.append(text[prev_end:i])
            out.append("\n")
            prev_end = i
            last[kind] = value
            restart[kind] = False
            for deeper in range(kind + 1, 5):
                restart[deeper] = True
            if kind <= 2:
                heading_end = end
            i = end
        else:
            i += 1
    out.append(text[prev_end:])
    return "".join(out)


_FIRST_SUB = re.compile(r"(?<=[\u4e00-\u9fff。；;：:，,）)])(1|（1）|\(1\))\s*(?:[.．、](?!\d))?(?=[\u4e00-\u9fff])")
# (or its first words a series of numbers joined by 、 and their noun 「(星期五)1、301、401、501班到…」: the classes,
# rooms or roads the item names, no decimal)
_FIRST_SUB_SERIES = re.compile(r"(?<=[\u4e00-\u9fff。；;：:，,）)])(1)、(?=\d{2,4}(?:、\d{2,4})+[\u4e00-\u9fff])")

# 「一、加强水资源保护 （一）落实最严格水资源管理制度。」: a section heading with its first （一） run into it
_FIRST_SECTION_ITEM = re.compile(r"(?<=[\u4e00-\u9fff。；;：:，,）)])\s?(（一）|\(一\))(?=[\u4e00-\u9fff])")


# the first item run into the heading's line and opening with a month 「(一)宣传报道 1、6月1日上午,…」: 1、 then a
# month's day is an item number (a line that opens 「2、6月2日至30日,…」 goes on with it), as 1.9月30日前 at a line
# start is (``headings._continuing``)
# (or 1. — 「放假时间1.9月19日至…」: no decimal runs into a month's day)
_FIRST_SUB_MONTH = re.compile(r"(?<=[\u4e00-\u9fff])\s?(1)\s*[、.．](?=(?:1[0-2]|[1-9])月\d{1,2}日)")
_MONTH_ITEM = re.compile(r"(\d{1,2})\s*、(?=(?:1[0-2]|[1-9])月\d{1,2}日)")
# the sub-list's second number in the same heading line, after a stop 「三、…要求 (一)实施范围 …。 (二)管理模式」
# (only （二） under a 一、 line: 1.…。2.… inside a （一）'s line is its paragraph's own list, plans-next25 x25_05)
_SECOND_INLINE = {2: re.compile(r"(?<=[。；;])\s*(?:（二）|\(二\))(?=[\u4e00-\u9fff])")}
# the first item after the colon that closes the heading's own sentence, further into the line
# 「…同时开展。主要内容是:1、…」
_COLON_FIRST = re.compile(r"(?<=[：:])(1)\s*[、.．](?=[\u4e00-\u9fff])")
# a run-in first item's name: a short phrase closed by its stop (清理农村生活垃圾。)
# (xX: a masked name 「践行x精神」; 、 two objects 「整治…乱葬乱埋、乱弃遗物。」)
_NAMED_ITEM = re.compile(r"\s*[\u4e00-\u9fff“”、xX]{2,30}。")


def _run_on_cuts(line: str, at: int, mark: str) -> list[int]:
    """Where items 2, 3 … run on in ``line`` after ``at``, in order, each after a stop and with the first item's
    ``mark`` (「一、放假时间1.9月19日至…放假。…。2.各校应…。3.…」: the section's items all in its line)."""
    same = "、" if mark == "、" else ".．"
    cuts, want = [], 2
    for m in _RUN_ON_ITEM.finditer(line, at):
        if int(m.group(1)) == want and m.group(2) in same:
            cuts.append(m.start(1))
            want += 1
    return cuts


def split_first_items(lines: list[str]) -> list[str]:
    """``(一)三大理念,引领文明建设1.一体化创建。``: a section heading with its first item run into
    it; split where the sub-numbering then goes on at a line start (2.常态化管理。) before the next
    heading of the heading's own kind or above."""
    out: list[str] = []
    for n, raw in enumerate(lines):
        line = raw.strip()
        found = line_marker(line) if line else None
        if found is None or found[0] > 2:
            out.append(raw)
            continue
        kind, _num, _value, end = found
        m = _FIRST_SUB_MONTH.search(line, end + 2, end + 32) or _FIRST_SUB.search(line, end + 2, end + 32) \
            or _FIRST_SUB_SERIES.search(line, end + 2, end + 32)
        if m is None or m.group(1) == "1" and line[m.end(1):m.end(1) + 1] not in ".．、":
            # (三、主要活动内容…开展。主要内容是:1、宣传条幅。…: after the colon closing the heading's sentence)
            m = _COLON_FIRST.search(line, end + 2, end + 200) or m
        sub = 4 if m and m.group(1) != "1" else 3
        if m is None and kind == 1:
            m = _FIRST_SECTION_ITEM.search(line, end + 2, end + 32)   # 一、加强水资源保护（一）落实…
            sub = 2
        if m and (m.group(1) != "1" or line[m.end(1):m.end(1) + 1] in ".．、"):
            nxt = None
            second = _SECOND_INLINE[sub].search(line, m.end()) if sub in _SECOND_INLINE else None
            if second is not None:
                # (its items all in the heading's line: each from its number, 「(一)实施范围 …。」「(二)管理模式」)
                out.extend([line[:m.start()].rstrip(), line[m.start():second.start()].strip(),
                            line[second.start():].lstrip()])
                continue
            for later in lines[n + 1:n + 40]:
                f = line_marker(later.strip())
                if f is None and sub == 3 and (month := _MONTH_ITEM.match(later.strip())):
                    f = 3, month.group(1), int(month.group(1)), month.end()
                if f is not None and (f[0] <= kind or f[0] == sub):
                    nxt = f
                    break
            # (only after a first item that opens with its month's day, a holiday's or a schedule's dates: 1.…。2.…
            # after a named first item is its paragraph's own list, x25_05)
            run_on = _run_on_cuts(line, m.end(), line[m.end(1)]) \
                if sub == 3 and (nxt is None or nxt[0] <= kind) and m.re is _FIRST_SUB_MONTH else []
            if run_on:
                # (its items all run on in the heading's line after the first: each split off, in order)
                out.extend(line[a:b].strip() for a, b in zip([0, m.start(), *run_on], [m.start(), *run_on, len(line)],
                                                             strict=True))
                continue
            if nxt is not None and nxt[0] == sub and nxt[2] == 2 or nxt is None and sub == 3 \
                    and line[m.end(1):m.end(1) + 1] in ".．、" and _NAMED_ITEM.match(line, m.end()):
                # (or the page ends inside that first item: 「（一）聚焦“三清”下功夫1.清理农村生活垃圾。各村…」, its
                # name a short phrase closed by its stop, no heading after it)
                out.extend([line[:m.start()].rstrip(), line[m.start():].lstrip()])
                continue
        out.append(raw)
    return out


_STEP_AFTER = re.compile(r"(?<=[。；;！？!?])\s*(\d{1,2})\s*[、.．](?!\d)")
_FIRST_STEP = re.compile(r"[:：]\s*(1)\s*[、.．](?!\d)")
# a colon that opens a list inside the item's own sentence, not the heading's steps: a sentence ended before it
# (「档案管理。各单位要…。档案材料包括：1.…；2.…」) or a 包括 / 包含 right before it (「主要内容包括：1.…」)
_LIST_IN_SENTENCE = re.compile(r"[。；;！？!?]|(?:包括|包含)\s*$")


def split_colon_steps(lines: list[str]) -> list[str]:
    """``(一)宣传发动阶段(5月30日至6月9日):1、召开动员会;2、分发宣传单。3、…``: a heading whose steps run
    on after its colon, numbered 1、 2、 3、 in the same line — each step an item of its own (at
    least two of them, numbered in order, each after the end of the step before). Not a list the item's sentence
    opens (「档案管理。…档案材料包括：1.…；2.…」): its points are the item's text."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        found = line_marker(line) if line else None
        first = _FIRST_STEP.search(line, found[3]) if found is not None and found[0] <= 2 else None
        if first is None or found is None or _LIST_IN_SENTENCE.search(line[found[3]:first.start()]):
            out.append(raw)
            continue
        cuts = [first.start(1)]
        want = 2
        for m in _STEP_AFTER.finditer(line, first.end()):
            if int(m.group(1)) == want:
                cuts.append(m.start(1))
                want += 1
        if len(cuts) < 2:
            out.append(raw)
            continue
        out.extend(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
    return out


# the next item of a digit list run on inside the item's line after its stop (「1、实施…推进;2、列入…;3、…」): the same
# mark, then the item's first word (not 2、3月 / 1.5万 / 3、5、7年 / 1、2、3号楼, a figure after the mark)
_RUN_ON_ITEM = re.compile(r"(?<=[。；;])\s*(\d{1,2})\s*([、.．])(?=[\u4e00-\u9fff“《])")
# a first item 1 again after the item's mark, by the mark (「、」 or 「.．」): compiled once, each led by its 1
_FIRST_AGAIN = {same: led(re.compile(rf"(?<![\d.．])1\s*[{same}](?=[\u4e00-\u9fff“《])")) for same in ("、", ".．")}


def split_run_on_items(lines: list[str]) -> list[str]:
    """``1、实施美丽乡村的村户厕改造整村推进;2、列入…;3、…``: a digit item with the items after it run on in its own
    line, each after the stop that ends the one before, numbered on in order with the same mark — each an item of
    its own. Not where the list's next line-start item would then repeat a number (the line's numbers are a list of
    its own)."""
    out: list[str] = []
    for n, raw in enumerate(lines):
        line = raw.strip()
        found = line_marker(line) if line else None
        if found is None or found[0] != 3 or not ("。" in line or "；" in line or ";" in line):
            out.append(raw)
            continue
        mark = line[found[3] - 1]
        same = "、" if mark == "、" else ".．"
        if _FIRST_AGAIN[same].search(line[found[3]:]):
            out.append(raw)             # (1、工作内容:1、排查;2、建档。 / …以下内容。1、清理;2、…: a list of its own)
            continue
        cuts, want = [], found[2] + 1
        for m in _RUN_ON_ITEM.finditer(line, found[3]):
            if int(m.group(1)) == want and m.group(2) in same:
                cuts.append(m.start(1))
                want += 1
        if not cuts or not _goes_on(lines, n, want):
            out.append(raw)
            continue
        out.extend(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
    return out


def _goes_on(lines: list[str], n: int, want: int) -> bool:
    """The next digit item at a line start after line ``n`` (before a section heading) is ``want`` or there is none."""
    for later in lines[n + 1:]:
        f = line_marker(later.strip())
        if f is None or f[0] == 4:
            continue
        return f[0] != 3 or f[2] == want or f[2] == 1
    return True


# a bracket that declares units, closing an item: （省发改委负责） / （X主办，Y协办） / （牵头单位：…）
_UNIT_BRACKET_END = re.compile(r"[(（][^()（）]{2,200}?(?:负责|牵头|配合|协办|主办|参与|协助|落实|"
                               r"(?:单位|部门)\s*[:：][^()（）]*)[)）]\s*$")


_CLOSE_THEN_MARK = re.compile(rf"[)）](?=[(（\d{CN_DIGITS}])")


def split_after_units(lines: list[str]) -> list[str]:
    """``(一)…增长11%左右。(省发改委负责)(二)…`` / ``1.…。(A主办,B协办)2.重点抓好…``: the next item run on
    after the unit bracket that closes an item, with no line break. Split where the marker right after
    such a bracket continues the line's own numbering (same kind, next number)."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        found = line_marker(line) if line else None
        if found is None or ")" not in line and "）" not in line:
            out.append(raw)
            continue
        kind, _num, value, end = found
        start = 0
        for close in _CLOSE_THEN_MARK.finditer(line, end):
            j = close.end()
            nxt = _match_at(line, j)
            if (j > start and nxt is not None and nxt[0] == kind and nxt[2] == value + 1
                    and _UNIT_BRACKET_END.search(line, max(start, j - 221), j)):
                out.append(line[start:j])
                start = j
                value = nxt[2]
        out.append(line[start:] if start else raw)
    return out


# 「（一）开展城乡环境卫生整洁行动 牵头单位：区城管局 责任单位：各街道」: unit labels a space parts from a
# numbered heading (and from each other) stand on lines of their own, as they do after 。 or a line break
_SPACED_LABEL = led(re.compile(r"(?<=\S)[ \t\u3000]+(?=(?:牵头|责任|配合|协办|主办|承办|会办)(?:单位|部门)\s*[:：])"))


def break_spaced_labels(text: str) -> str:
    if not (" " in text or "\t" in text or "\u3000" in text) or not _SPACED_LABEL.search(text):
        return text                     # (a space in every match: a text with none is not searched at all)
    return "\n".join(_SPACED_LABEL.sub("\n", ln) if line_marker(ln.strip()) else ln for ln in text.split("\n"))


# decimal numbering (1.1 / 1.2 / 2.1.1, Word's multilevel lists): the number's parts, an optional 、/. after them, then
# the heading's words — not a figure (1.5万元 / 2.5亿 / 3.2% / 1.2倍) nor a date (2024.4.15, 1.9月30日前); a level in
# Roman numbers may open the words (5.4.1Ⅳ级应急响应 / 5.4.4 I级应急响应)
_DECIMAL = re.compile(r"(\d{1,2})((?:[.．]\d{1,2}){1,2})([.．、]?)(?=[\u4e00-\u9fff（(“\u2160-\u216b]|\s*[IVX]{1,4}级)")
# a bare top number over them (「2重点任务」 once spaces are gone): short, no sentence
_DECIMAL_TOP = re.compile(r"(\d{1,2})(?=[\u4e00-\u9fff])[^。；;，,：:]{2,28}$")
# what follows a figure or a date, never a heading's first word (人/项/家/处 may be: 2.1人居环境整治 / 1.2项目管理;
# a figure before them is told by the scheme, see decimal_lines)
_MEASURE = set("万亿千百%％‰年月日号倍个米元吨亩")
# … and what follows a count, never a chapter's first word where no 「N.1」 stands under the number (3家单位参加)
_COUNTED = set("家名户次座台辆件只头级")    # (级: a level 「4级响应」, rv56 F5)
# a second month.day after 至/到 (1.1至3.31): the first was a date
_RANGE_ON = re.compile(r"\s*[至到]\s*\d{1,2}[.．]\d{1,2}(?!\d)")


def decimal_lines(lines: list[str]) -> dict[int, tuple[int, ...]]:
    """Lines that open with a decimal number (1.1 / 2.1.1, and a bare 2 over its 2.1), line → the number's parts.
    Only a scheme counts: some number's .1 and .2 both at line starts, and each number's .1 there (a
    stray 「1.5公里…」 or 「12.1前…」 is no heading)."""
    found: dict[int, tuple[tuple[int, ...], int]] = {}
    for n, raw in enumerate(lines):
        line = raw.strip()
        m = _DECIMAL.match(line)
        if m is None or not m.group(3) and line[m.end(2):m.end(2) + 1] in _MEASURE:
            continue
        if _RANGE_ON.match(line, m.end()):
            continue                    # a date range (1.1至3.31为排查阶段): no heading
        parts = (int(m.group(1)),) + tuple(int(p) for p in re.split(r"[.．]", m.group(2))[1:])
        if 0 in parts:
            continue
        found[n] = (parts, m.end())
    numbers = {parts for parts, _ in found.values()}
    out = _nested_only(found)
    if any(p[:-1] + (2,) in numbers for p in numbers if p[-1] == 1):
        out.update({n: parts for n, (parts, _) in found.items() if parts[:-1] + (1,) in numbers})
    elif not out:
        return {}
    tops = {p[0] for p in out.values()}
    bare: dict[int, int] = {}
    bare_line: dict[int, str] = {}      # (the first character after a bare number)
    for n, raw in enumerate(lines):
        line = raw.strip()
        m = _DECIMAL_TOP.match(line)
        if m and line[m.end(1)] not in _MEASURE and n not in out:
            if int(m.group(1)) in tops and any(k > n and out[k][0] == int(m.group(1)) for k in out):
                out[n] = (int(m.group(1)),)
            else:
                bare[n], bare_line[n] = int(m.group(1)), line[m.end(1)]
    return _childless_tops(out, bare, bare_line)


def _nested_only(found: dict[int, tuple[tuple[int, ...], int]]) -> dict[int, tuple[int, ...]]:
    """A short outline with no 「N.1」 beside its 「N.2」 (a plan's extract: 6.1 over 6.1.1, 7.3 over 7.3.1, 7.4 over
    7.4.1 and 7.4.3): a scheme where third-level numbers stand under their own second-level line above them, under
    two second-level lines at least — the lines of those pairs, in order (a lone 「1.2.3」 figure is none)."""
    seen: dict[tuple[int, ...], int] = {}
    kept: dict[int, tuple[int, ...]] = {}
    for n in sorted(found):
        parts = found[n][0]
        if len(parts) == 3 and parts[:2] in seen:
            kept[seen[parts[:2]]] = parts[:2]
            kept[n] = parts
        seen.setdefault(parts, n)
    return kept if sum(1 for p in kept.values() if len(p) == 2) >= 2 else {}


def _childless_tops(out: dict[int, tuple[int, ...]], bare: dict[int, int],
                    bare_line: dict[int, str]) -> dict[int, tuple[int, ...]]:
    """``out`` with the bare top numbers that carry no 「N.1」 (「6 保障措施」 over its own paragraphs, between
    「5」 and 「7」 whose 5.1 / 7.1 stand under them; 「2预防」「3准备」 in a row): chapter headings where the last top
    heading above the run is N−1 and the next below is the run's last number + 1, or none (a closing 「8 附则」):
    the numbers run on the outline's own count, in its order, so a stray 「3家单位…」 line or a list's row is none."""
    # (rv56 F1: sorted once, each run followed by its numbers' next lines — no scan of every bare line per line)
    tops = sorted(k for k in out if len(out[k]) == 1)
    order = sorted(bare)
    at: dict[int, list[int]] = {}      # number → its bare lines, in order
    for n in order:
        at.setdefault(bare[n], []).append(n)
    end = order[-1] + 1 if order else 0
    for n in order:
        number = bare[n]
        i = bisect.bisect_left(tops, n)
        if n in out or not i or out[tops[i - 1]][0] != number - 1 or bare_line[n] in _COUNTED:
            continue
        stop = tops[i] if i < len(tops) else end
        run = [n]
        while True:
            nxt = at.get(bare[run[-1]] + 1, [])
            j = bisect.bisect_right(nxt, run[-1])
            if j == len(nxt) or nxt[j] >= stop:
                break
            run.append(nxt[j])
        if i == len(tops) or out[tops[i]][0] == bare[run[-1]] + 1:
            for k in run:
                out[k] = (bare[k],)
                bisect.insort(tops, k)
    return out


def decimal_end(line: str) -> int:
    """Where a decimal heading's number (and its 、/.) ends in ``line`` (see ``decimal_lines``)."""
    m = _DECIMAL.match(line)
    if m is not None:
        return m.end()
    m = _DECIMAL_TOP.match(line)
    return m.end(1) if m else 0
