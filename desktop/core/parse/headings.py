"""The numbered hierarchy of a plan: 一、 → （一） → 1. → （1）.

``build_items(text)`` cuts ``compact`` text into numbered items (a tree). Documents
normally put each heading at the start of a line; text extracted from a PDF may have
no line breaks at all, and then headings are found inline, accepted only when their
numbers continue the sequence (so "（试行）", "“6.19”" or "第42届" never count).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .marks import half_bracket_numbers, ordinal_steps, sub_list_numbers, word_numbers
from .normalise import cn_to_int, compact
from .prose_units import colon_lead_unit, leading_unit
from .units import is_group, looks_like_unit

# kind 1: 一、   kind 2: （一）   kind 3: 1. 1、 1． 第一条   kind 4: （1）
# (第一条: the articles of 若干措施 and 细则, which run on across sections and stand where a plan
# puts its 1. items; 1） and 1) are read as （1）, see marks.half_bracket_numbers)
_CN = "一二三四五六七八九十"
# 一. may be followed by a year (「一.2021年经济社会发展主要预期目标」, hand-typed plans) but by no
# other digit (「一.5」 is a number)
MARKER = re.compile(
    rf"(?P<k1>[{_CN}]{{1,3}})\s*(?:、|[.．](?!(?!(?:19|20)\d\d年)[\d{_CN}]))"
    rf"|[(（]\s*(?P<k2>[{_CN}]{{1,3}})\s*[)）]"
    r"|(?P<k3>\d{1,4})\s*(?:、|[.．](?!\d))"
    r"|[(（]\s*(?P<k4>\d{1,3})\s*[)）]"
    rf"|第(?P<k5>[{_CN}百零]{{1,4}})条")
# "1.9月30日前…" / "11.121人才梯队项目": a number, a dot and more digits; an item only where
# the numbering continues (see build_items)
_DIGIT_AFTER = re.compile(r"(\d{1,4})\s*[.．、](?=\d|[万亿千百%月年日号个])")
# an item number run into a month inside a line: 3.8月上旬 / 2.10月底前 (a month, then its day or part)
_ITEM_THEN_MONTH = re.compile(r"(\d{1,2})\s*[.．](?=(?:1[0-2]|[1-9])月(?:\d{1,2}日|上旬|中旬|下旬|底|末|份|初|中|前))")

# where a plan's numbered text ends: appendices, name lists, web-page furniture
_TRAILER = re.compile(
    r"^(附件\s*\d*\s*[:：]?.{0,40}$|附表|附:|附：|抄送|抄报|责任编辑|本文链接|扫一扫|"
    r"[【\[［]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部)\s*[】\]］]|打印本页|关闭窗口|"
    r"分享到|相关链接|相关文件|上一篇|下一篇|温馨提示|本文关键词|最新政策|网站地图|"
    r"版权所有|主办单位[:：]|主办[:：]|承办单位[:：]|技术支持[:：]|网站标识码|信息来源|来源[:：]|浏览次数|阅读次数)"
    r"|组成人员名单$|成员名单$|人员名单$|\.(?:pdf|docx?|wps|ofd)$"
    r"|^本(?:方案|实施方案|文件|意见|办法|通知|要点|计划)自.{0,30}(?:施行|执行|实施)")

# a 主办单位：/承办单位： line of a 建议提案 plan hands out its work (协办单位 beside it, or numbered work
# after it); a web page's footer has neither
_HOST_LABEL = re.compile(r"^(?:主办单位|主办|承办单位)\s*[:：]")
_PARTNER_LABEL = re.compile(r"^(?:协办|会办|配合|参办)(?:单位)?\s*[:：]|^(?:办结|完成|办理)时限")


def _body_label(lines: list[str], n: int) -> bool:
    """A 主办/承办 label the plan's own text goes on after (see ``_HOST_LABEL``), not a site footer."""
    if not _HOST_LABEL.match(lines[n].strip()):
        return False
    near = (lines[k].strip() for k in range(max(0, n - 2), min(len(lines), n + 3)) if k != n)
    return any(_PARTNER_LABEL.match(x) for x in near) or any(line_marker(x.strip()) for x in lines[n + 1:n + 9])


@dataclass
class Item:
    kind: int
    number: str
    value: int
    body: str                                   # own text after the marker, sub-items excluded
    pos: int = 0                                # order of appearance
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    unnumbered: bool = False                    # a section heading written without 一、
    restart: bool = False                       # the first item after a notice's signature and date
    unit: str = ""                              # an unnumbered paragraph led by its unit (区住建局负责…)
    article: bool = False                       # a top heading written as an article (第四条　备案管理)

    @property
    def marker(self) -> str:
        if self.unnumbered:
            return ""
        return {1: f"{self.number}、", 2: f"（{self.number}）", 3: f"{self.number}.",
                4: f"（{self.number}）"}[self.kind]

    @property
    def title(self) -> str:
        return heading_title(self.body)

    def full_text(self) -> str:
        """Own text plus sub-items with their markers."""
        parts = [self.body.strip()]
        for child in self.children:
            parts.append(child.marker + child.full_text())
        return "\n".join(p for p in parts if p)

    def descendants(self) -> Iterator[Item]:
        for child in self.children:
            yield child
            yield from child.descendants()

    def top(self) -> Item:
        item = self
        while item.parent is not None:
            item = item.parent
        return item


@dataclass
class Outline:
    items: list[Item]
    preamble: str                               # text before the first heading
    trailer: str                                # text after the numbered part
    inline: bool                                # headings were found inside long lines
    closing: str = ""                           # closing paragraphs after the last item


def heading_title(body: str) -> str:
    first = body.strip().split("\n", 1)[0].strip()
    cut = re.search(r"[。！？!?]", first)
    if cut:
        first = first[:cut.start()]
    return first.strip(" ：:，,；;")


def _match_at(line: str, i: int) -> tuple[int, str, int, int] | None:
    m = MARKER.match(line, i)
    if not m:
        return None
    for k in (1, 2, 3, 4, 5):
        num = m.group(f"k{k}")
        if num is not None:
            value = cn_to_int(num) if k in (1, 2, 5) else int(num)
            if value is None or value == 0:
                return None
            if k == 5:
                return 3, str(value), value, m.end()      # 第十二条 is item 12.
            return k, num, value, m.end()
    return None


_ARTICLE = re.compile(rf"第[{_CN}百零]{{1,4}}条")


def _articles_on_top(lines: list[str]) -> bool:
    """A plan written in articles (第一条 … 第九条, each over its （一） / 1. items): the first of its
    top headings is an article, not 一、, and an article holds items of its own. Its articles are then
    the level above （一）, as 一、 is."""
    on_top = in_article = False
    for raw in lines:
        line = raw.strip()
        found = line_marker(line) if line else None
        if found is None:
            continue
        if _ARTICLE.match(line):
            on_top = in_article = True
        elif found[0] == 1:
            return False
        elif in_article and found[0] in (2, 3):
            return on_top           # 第二条 考核内容 / （一）水面保洁
    return False


def line_marker(line: str) -> tuple[int, str, int, int] | None:
    found = _match_at(line, 0)
    if not found:
        return None
    kind, num, value, end = found
    rest = line[end:end + 3]
    if not rest.strip():
        return None if kind in (1, 3) else found
    # "1、2月" or "2.8万张" at a line start are numbers, not headings (after 第二十九条 a number is
    # the item's first word: 「第二十九条　百名高端外国专家引进项目」)
    if kind == 3 and line[end - 1] != "条" and re.match(r"\d|[万亿千百%月年日号个]", rest):
        return None
    if kind == 1 and rest[:1] in "、.．":
        return None
    return found


_PUNCT_BEFORE = set("。；;：:！？!?）)”\"」』】〕 \n，,")


_SECOND = {1: re.compile(r"(?<=[。；;！？!?\s])二\s*、"), 3: re.compile(r"(?<=[。；;！？!?\s])2\s*[、.．](?!\d)")}
# item 2 of a list after a colon: also right after a unit's bracket or a quote (「…（区应急局牵头）2.强化…」)
_SECOND_ITEM = re.compile(r"(?<=[。；;！？!?\s）)”」，,])2\s*[、.．](?!\d)")
# the next section (二、 / （二）), where a list's item 2 can no longer be
_NEXT_SECTION = re.compile(r"(?<=[。；;！？!?\s）)])[二三四五六七八九十]{1,2}\s*、|[（(][二三四五六七八九十]{1,2}[)）]")
# the end of a document's title run into its first heading: 实施方案一、指导思想…
_TITLE_END = re.compile(r"(方案|意见|计划|要点|办法|细则|安排|规划|通知|决定)$")


def _run_in_first(text: str, i: int, end: int, kind: int, heading_end: int) -> bool:
    """A first item run into what stands before it with no punctuation: ``…实施方案一、指导思想``
    (the title, then 一、) or ``二、主要任务1、创建…`` (a heading's short title, then its item 1、).
    Taken only when item 2 follows, after punctuation, further on."""
    if kind == 1:
        if not _TITLE_END.search(text, max(0, i - 4), i):
            return False
    elif heading_end < 0 or not 2 <= i - heading_end <= 30 or re.search(r"[。；;，,]", text[heading_end:i]):
        return False
    nxt = _SECOND[kind].search(text, end, end + 1500)
    return nxt is not None


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
    if m is None or _match_at(text, m.end()) is None and text[m.end():].strip():
        return False
    if i > 0 and text[i - 1] in ")）" and _UNIT_BRACKET_END.search(text, max(0, i - 221), i):
        return True
    # (…(责任单位:A)对照创建标准,3个乡镇开展示范创建,5.完善…(责任单位:B): the item before ran on past its bracket)
    close = max(text.rfind(")", max(0, i - 60), i), text.rfind("）", max(0, i - 60), i))
    if close > 0 and text[i - 1] in "，," and not re.search(r"[。；;]", text[close + 1:i]) \
            and _UNIT_BRACKET_END.search(text, max(0, close + 1 - 221), close + 1):
        return True
    return 0 <= heading_end and 2 <= i - heading_end <= 30 and not re.search(r"[。；;，,]", text[heading_end:i])


def _split_inline(text: str) -> str:
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
        # a digest's item closed by its units' bracket, the next one's number after it, some numbers left out
        span = last[kind] < value <= last[kind] + _DIGEST_GAP or kind == 3 and opened == 2 and not last[3]
        gap = span and _digest_item(text, i, end, heading_end if kind == 3 else -1)
        ok = True
        if kind in (1, 3) and before not in _PUNCT_BEFORE and not (
                value == 1 and _run_in_first(text, i, end, kind, heading_end)) and not gap:
            ok = False
        if re.search(r"附件\s*[:：]\s*$", text[max(0, i - 8):i]):
            ok = False                  # 附件:1. …分解表 / 2. …: a cover's list of attachments, no items
        if kind == 3 and (before.isdigit() or (end < n and re.match(r"[\d万亿千百%月年日号个]", text[end]))):
            ok = False
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


def _continuing(line: str, last3: int, stack: list[Item]) -> tuple[int, str, int, int] | None:
    """``1.9月30日前，…`` or ``11.121人才梯队项目``: taken as item 1 / 11 only when that number
    continues the 1. 2. 3. numbering (or starts it under a heading that has none yet)."""
    m = _DIGIT_AFTER.match(line)
    if not m or len(re.findall(r"[\u4e00-\u9fff]", line[m.end():])) < 4:
        return None                      # "4.42" in a table of figures
    value = int(m.group(1))
    parent = next((s for s in reversed(stack) if s.kind < 3), None)
    starts = value == 1 and (parent is None or not any(c.kind == 3 for c in parent.children))
    if value == last3 + 1 and last3 > 0 or starts:
        return 3, m.group(1), value, m.end()
    return None


_SECTION_WORDS = re.compile(
    r"(要求|内容|安排|措施|目标|任务|步骤|保障|机制|范围|原则|思想|分工|背景|重点|领导|职责|意义|方式|对象|"
    r"标准|程序|流程|进度|考核|监督|宣传|部署)$")


def _table_title(lines: list[str], n: int) -> bool:
    """A table's title line (…考核评分细则表(试行)) whose header cells (序号 …) follow: the plan's
    own text ends there even when no 附件 line comes first."""
    line = lines[n].strip()
    if not 4 <= len(line) <= 50 or not re.search(r"(表|清单)\s*([(（][^()（）]{1,6}[)）])?$", line):
        return False
    # the next four non-empty lines, however many blank ones a web copy puts between them
    nxt = [ln.strip() for ln in lines[n + 1:n + 40] if ln.strip()][:4]
    return any(re.fullmatch(r"序号|编号", c) for c in nxt)


_IN_ITEM_TABLE = re.compile(r"^附表\s*\d*\s*[:：]")


def _table_in_item(lines: list[str], n: int, stack: list[Item]) -> bool:
    """``附表：…目录`` inside an item, its cells one a line, after which the plan's numbering goes on ((2) after
    the (1) the table sits in, or 2、 / （二） above it): a table of the item, not the plan's appendix."""
    if not stack or stack[-1].kind < 2 or not _IN_ITEM_TABLE.match(lines[n].strip()):
        return False
    nexts = {(s.kind, s.value + 1) for s in stack}
    for raw in lines[n + 1:n + 150]:
        line = raw.strip()
        if not line:
            continue
        found = line_marker(line)
        if found is not None:
            return (found[0], found[2]) in nexts
        if len(line) > 40 or _TRAILER.search(line):
            return False             # a paragraph, a signature's date, another appendix: the plan has ended
    return False


def _unnumbered_headings(lines: list[str]) -> set[int]:
    """Lines that are section headings written without a number (总体要求 / 工作安排), in a plan
    that numbers no section 一、: short, no punctuation, a section word at the end, and some
    of them directly followed by a numbered item."""
    if any((line_marker(ln.strip()) or (0,))[0] == 1 for ln in lines):
        return set()
    found: set[int] = set()
    before_item = 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not 2 <= len(line) <= 12 or re.search(r"[^\u4e00-\u9fff]", line) or not _SECTION_WORDS.search(line):
            continue
        nxt = next((ln.strip() for ln in lines[n + 1:n + 4] if ln.strip()), "")
        if not nxt:
            continue
        found.add(n)
        if line_marker(nxt):
            before_item += 1
    return found if len(found) >= 2 and before_item >= 1 else set()


def _paragraph_key(line: str) -> str:
    """What names an unnumbered paragraph: its first clause (区委农办要结合全区“三新”建设任务)."""
    title = heading_title(line)
    clause = re.split(r"[，,；;]", title, maxsplit=1)[0]
    return (clause if len(clause) >= 6 else title)[:40]


_FIRST_SUB = re.compile(r"(?<=[\u4e00-\u9fff。；;：:，,）)])(1|（1）|\(1\))\s*(?:[.．、](?!\d))?(?=[\u4e00-\u9fff])")

# 「一、加强水资源保护 （一）落实最严格水资源管理制度。」: a section heading with its first （一） run into it
_FIRST_SECTION_ITEM = re.compile(r"(?<=[\u4e00-\u9fff。；;：:，,）)])(（一）|\(一\))(?=[\u4e00-\u9fff])")


def _split_first_items(lines: list[str]) -> list[str]:
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
        m = _FIRST_SUB.search(line, end + 2, end + 32)
        sub = 4 if m and m.group(1) != "1" else 3
        if m is None and kind == 1:
            m = _FIRST_SECTION_ITEM.search(line, end + 2, end + 32)   # 一、加强水资源保护（一）落实…
            sub = 2
        if m and (m.group(1) != "1" or line[m.end(1):m.end(1) + 1] in ".．、"):
            nxt = None
            for later in lines[n + 1:n + 40]:
                f = line_marker(later.strip())
                if f is not None and (f[0] <= kind or f[0] == sub):
                    nxt = f
                    break
            if nxt is not None and nxt[0] == sub and nxt[2] == 2:
                out.extend([line[:m.start()], line[m.start():]])
                continue
        out.append(raw)
    return out


_STEP_AFTER = re.compile(r"(?<=[。；;！？!?])\s*(\d{1,2})\s*[、.．](?!\d)")
_FIRST_STEP = re.compile(r"[:：]\s*(1)\s*[、.．](?!\d)")


def _split_colon_steps(lines: list[str]) -> list[str]:
    """``(一)宣传发动阶段(5月30日至6月9日):1、召开动员会;2、分发宣传单。3、…``: a heading whose steps run
    on after its colon, numbered 1、 2、 3、 in the same line — each step an item of its own (at
    least two of them, numbered in order, each after the end of the step before)."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        found = line_marker(line) if line else None
        first = _FIRST_STEP.search(line, found[3]) if found is not None and found[0] <= 2 else None
        if first is None:
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


# a bracket that declares units, closing an item: （省发改委负责） / （X主办，Y协办） / （牵头单位：…）
_UNIT_BRACKET_END = re.compile(r"[(（][^()（）]{2,200}?(?:负责|牵头|配合|协办|主办|参与|协助|落实|"
                               r"(?:单位|部门)\s*[:：][^()（）]*)[)）]\s*$")


_CLOSE_THEN_MARK = re.compile(rf"[)）](?=[(（\d{_CN}])")


def _split_after_units(lines: list[str]) -> list[str]:
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


def _unit_paragraphs(lines: list[str]) -> dict[int, str]:
    """Unnumbered paragraphs each led by a unit (``区住建局负责…`` / ``区委农办要…`` / ``规划分局负责…``):
    a division of work written without numbers. Only a run of such paragraphs, one after another,
    naming at least three units is a list of tasks; a lone paragraph naming a unit is prose. A
    paragraph led by a group (各乡镇要…) belongs to a run it stands in, and does not make one. Line →
    its unit."""
    out: dict[int, str] = {}
    run: dict[int, str] = {}
    for n, raw in enumerate(lines + [""]):
        line = raw.strip()
        unit = leading_unit(line, groups=True) or colon_lead_unit(line) \
            if line and len(line) >= 8 and not line_marker(line) else ""
        if unit:
            run[n] = unit
            continue
        if not line and n < len(lines):
            continue                        # a blank line between paragraphs keeps the run
        if sum(1 for name in run.values() if not is_group(name)) >= 3:
            out.update(run)
        run = {}
    return out


# a notice's signature: the issuer on a line, the date on the next (国务院办公厅 / 2016年4月6日)
_SIGNED_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _signature(lines: list[str], n: int) -> bool:
    """Line ``n`` is the date under a notice's signature: what follows is the document it issues."""
    if not _SIGNED_DATE.match(lines[n].strip()):
        return False
    above = next((ln.strip() for ln in reversed(lines[max(0, n - 3):n]) if ln.strip()), "")
    return 2 <= len(above) <= 40 and not re.search(r"[。，,；;：:]", above) and not line_marker(above)


def _paragraph_list(text: str, split: str, heading_lines: int) -> bool:
    """``…2004年将重点推广：1、…。2、…。3、…`` inside one paragraph of a plan whose headings stand at line
    starts: the paragraph's own list, not items of the plan."""
    if heading_lines < 2 or split.count("\n") <= text.count("\n"):
        return False
    # the lines the split broke, each split once (a second one broken is enough to say no)
    broken: list[tuple[str, str]] = []
    for line in text.split("\n"):
        pieces = _split_inline(line).strip("\n")
        if "\n" in pieces:
            broken.append((line, pieces))
            if len(broken) > 1:
                return False
    if len(broken) != 1 or line_marker(compact(broken[0][0]).strip()):
        return False
    return broken[0][1].split("\n", 1)[0].rstrip().endswith((":", "："))


def _page_starts_mid_list(lines: list[str], n: int, preamble: list[str], found: tuple[int, str, int, int]) -> bool:
    """A later page of a paged copy opens at item 7 (「7.…」 as its first line, 「8.…」 next): the list
    goes on from the page before, and its items are tasks; a 「2.…」 under a 附件： line is not. Only the site's
    heading (the plan's title, 某镇2018年…实施方案) may stand above it."""
    if any(p.strip() and not _TEXT_TITLE.search(p.strip()) for p in preamble):
        return False
    nxt = next((ln.strip() for ln in lines[n + 1:] if ln.strip()), "")
    after = line_marker(nxt) if nxt else None
    return after is not None and after[0] == found[0] and after[2] == found[2] + 1


# a text's own title line (预防学生溺水工作方案), short and ending in a plan word
_TEXT_TITLE = re.compile(r"^[^。；;，,:：]{4,40}(?:方案|计划|要点|意见|措施|办法|细则|规划)$")


# 「（一）开展城乡环境卫生整洁行动 牵头单位：区城管局 责任单位：各街道」: unit labels a space parts from a
# numbered heading (and from each other) stand on lines of their own, as they do after 。 or a line break
_SPACED_LABEL = re.compile(r"(?<=\S)[ \t\u3000]+(?=(?:牵头|责任|配合|协办|主办|承办|会办)(?:单位|部门)\s*[:：])")


def _break_spaced_labels(text: str) -> str:
    if not _SPACED_LABEL.search(text):
        return text
    return "\n".join(_SPACED_LABEL.sub("\n", ln) if line_marker(ln.strip()) else ln for ln in text.split("\n"))


def build_items(light_text: str) -> Outline:
    """Items of ``light`` text in document order, linked into a tree.

    The items' text is ``compact`` (stray spaces removed). Inline headings are looked
    for in the light text, where a space before "一、" still marks a boundary.
    """
    text = sub_list_numbers(word_numbers(half_bracket_numbers(compact(_break_spaced_labels(light_text)))))
    lines = text.split("\n")
    heading_lines = sum(1 for ln in lines if line_marker(ln.strip()))
    inline = False
    if heading_lines < 3:
        marked = sub_list_numbers(light_text)
        split = _split_inline(marked)
        added = split.count("\n") - marked.count("\n")
        # three inline headings; or, in a text with no heading at a line start, any (a web page that
        # ran a town's whole body into one line: 「…以下五方面工作: (一)…。 1.构建…」)
        # (or one, the line a page opens with at its item 8., the rest of its items run into it)
        opening = next((ln.strip() for ln in lines if ln.strip()), "")
        alone = not heading_lines or heading_lines == 1 and line_marker(opening) is not None \
            and "\n" in _split_inline(sub_list_numbers(opening)).strip("\n")
        if (added >= 3 or added and alone) and not _paragraph_list(marked, split, heading_lines):
            text = compact(split)
            lines = text.split("\n")
            inline = True
    items: list[Item] = []
    bodies: list[list[str]] = []        # the lines of each item's own text, beside ``items``
    stack: list[Item] = []
    preamble: list[str] = []
    trailer: list[str] = []
    current: list[str] | None = None
    in_trailer = False
    last3 = 0
    signed = False                      # a signature and date stood since the last item
    retitled = False                    # the text's title line came again since the last item
    lines = _split_colon_steps(_split_first_items(_split_after_units(lines)))
    sections = _unnumbered_headings(lines)
    unit_lines = _unit_paragraphs(lines)
    # (an article line 「第二条 考核内容」 may look like an unnumbered heading; other such headings
    # hold the plan's sections, and articles then stay items under them)
    articles = all(_ARTICLE.match(lines[n].strip()) for n in sections) and _articles_on_top(lines)
    if articles:
        sections = set()
    steps = ordinal_steps(lines) if not heading_lines and not inline and not unit_lines else {}
    step_tail: list[str] = []
    for n, raw in enumerate(lines):
        line = raw.strip()
        if in_trailer:
            trailer.append(raw)
            continue
        if n in sections:
            stack.clear()
            item = Item(kind=1, number=line, value=len([i for i in items if i.kind == 1]) + 1, body="",
                        pos=len(items), unnumbered=True)
            items.append(item)
            stack.append(item)
            current = [line]
            bodies.append(current)
            continue
        if steps and n > max(steps) and line:
            step_tail.append(line)      # (镇农业服务中心负责…，火点数量控制在3个以内 after the last step: the plan's
            continue                    #  closing paragraphs, not the step's)
        if n in steps:
            item = Item(kind=1, number=steps[n], value=len(items) + 1, body="", pos=len(items), unnumbered=True)
            items.append(item)
            stack[:] = [item]
            current = [line]
            bodies.append(current)
            continue
        if n in unit_lines:
            while stack and stack[-1].unnumbered and stack[-1].unit:
                stack.pop()
            parent = stack[-1] if stack else None
            item = Item(kind=min(parent.kind + 1, 4) if parent else 1, number=_paragraph_key(line),
                        value=len(unit_lines), body="", pos=len(items), parent=parent,
                        path=[s.number for s in stack], unnumbered=True, unit=unit_lines[n])
            if parent is not None:
                parent.children.append(item)
            items.append(item)
            stack.append(item)
            current = [line]
            bodies.append(current)
            continue
        found = line_marker(line) if line else None
        if found is not None and found[0] == 3 and found[2] >= 100 and found[2] != last3 + 1:
            found = None                 # "2024.3.1" or "120、" out of sequence is no item
        if found is not None and found[0] >= 3 and not stack and found[2] != 1 and last3 == 0 \
                and not _page_starts_mid_list(lines, n, preamble, found):
            found = None                 # "2.…细则表" listed under a cover's 附件： line is no item
        if found is None and line:
            found = _continuing(line, last3, stack)
        if found is None and line and _body_label(lines, n):
            (current if current is not None else preamble).append(line)
            continue
        if found is None:
            if items and line and (_TRAILER.search(line) and len(line) <= 60 or _table_title(lines, n)) \
                    and not _table_in_item(lines, n, stack):
                in_trailer = True
                trailer.append(raw)
                continue
            if items and _signature(lines, n):
                signed = True
            if items and line in preamble and _TEXT_TITLE.search(line):
                retitled = True          # the page's heading again: a second text under it, numbered anew
                continue
            (current if current is not None else preamble).append(line)
            continue
        kind, num, value, end = found
        is_article = articles and kind == 3 and _ARTICLE.match(line) is not None
        if is_article:
            kind = 1                    # 第三条 over its （一）…（六）: a section, as 三、 would be
        restart = signed and value == 1
        signed = False
        if restart or retitled:
            stack.clear()               # the issued document's own numbering, not the notice's points
            last3 = 0
        retitled = False
        if kind == 3:
            last3 = value
        while stack and (stack[-1].kind >= kind or stack[-1].unit and kind <= 2):
            stack.pop()                 # (（三） after 财政部门：… paragraphs opening a page: their sibling)
        item = Item(kind=kind, number=num, value=value, body="", pos=len(items),
                    parent=stack[-1] if stack else None,
                    path=[s.number for s in stack], restart=restart, article=is_article)
        if item.parent is not None:
            item.parent.children.append(item)
        items.append(item)
        stack.append(item)
        current = [line[end:].strip()]
        bodies.append(current)
    for item, body_lines in zip(items, bodies, strict=True):
        item.body = "\n".join(ln for ln in body_lines if ln).strip()
    closing = "\n".join(step_tail) if step_tail else _closing_paragraphs(items)
    return Outline(items=items, preamble="\n".join(preamble), trailer="\n".join(trailer),
                   inline=inline, closing=closing)


def _closing_paragraphs(items: list[Item]) -> str:
    """Paragraphs after the plan's last item that close the document (各地区、各部门要…), not the
    item: taken off the last item when every item beside it is a single paragraph."""
    if len(items) < 3:
        return ""
    last = items[-1]
    siblings = [i for i in items if i.parent is last.parent and i.kind == last.kind and i is not last]
    lines = last.body.split("\n")
    if last.children or len(lines) < 2 or len(siblings) < 2 or any("\n" in i.body for i in siblings):
        return ""
    if last.unit and all((m := re.match(r"([^，,。；;：:]{2,24})[：:]", ln)) and looks_like_unit(m.group(1))
                         for ln in lines[1:]):
        return ""                       # (新城公司：动员… after 区房管局：… lines: one more of them, no closing;
        #                                 联系人：… / 报送要求：… after them close the list)
    last.body = lines[0]
    return "\n".join(lines[1:])
