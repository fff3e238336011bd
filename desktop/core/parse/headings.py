"""The numbered hierarchy of a plan: 一、 → （一） → 1. → （1）.

``build_items(text)`` cuts ``compact`` text into numbered items (a tree). Documents
normally put each heading at the start of a line; text extracted from a PDF may have
no line breaks at all, and then headings are found inline, accepted only when their
numbers continue the sequence (so "（试行）", "“6.19”" or "第42届" never count). The markers,
and the line breaks put before headings run into other text, are ``heading_markers``; where the numbered text
stops (a trailer, a table's title) and where a page's list goes on are ``text_ends``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .closing_tables import closing_table_at
from .division_paragraphs import division_paragraphs
from .exception_paragraphs import after_items_paragraph, set_aside_paragraph
from .glued_lists import list_headings, page_glued_items, split_glued_lists
from .headed_paragraphs import headed_paragraphs
from .heading_markers import (
    break_spaced_labels,
    decimal_end,
    decimal_lines,
    line_marker,
    split_after_units,
    split_colon_steps,
    split_first_items,
    split_inline,
    split_run_on_items,
)
from .inline_items import one_line_numbers, split_paragraph_items, stop_marked_points
from .level_paragraphs import level_paragraphs
from .marks import (
    bare_numbers,
    garbled_first_numbers,
    half_bracket_numbers,
    lost_first_numbers,
    mixed_bracket_numbers,
    month_headings,
    ordinal_steps,
    run_in_first_items,
    spaced_numbers,
    sub_list_numbers,
    word_numbers,
)
from .normalise import circled_marker, compact
from .notice_paragraphs import notice_paragraphs
from .ordinal_run_ins import ordinal_items, step_items
from .page_openings import lost_first_bracket, site_list_number
from .plan_divisions import (
    ARTICLE,
    CHAPTER,
    articles_on_top,
    chapter_path,
    closing_signature,
    restarting_chapters,
    signature,
)
from .run_in_headings import (
    bare_digit_items,
    blank_run_points,
    split_run_in_headings,
    split_time_cells,
    unmarked_numbers,
)
from .run_on_articles import split_run_on_articles
from .run_together import (
    break_glued_fields,
    drop_breadcrumbs,
    join_split_tens,
    letter_first_numbers,
    lost_bracket_numbers,
    lost_open_brackets,
    stage_paragraphs,
)
from .section_words import GUARANTEES_SECTION, REQUIREMENTS_SECTION
from .slogan_lines import slogan_line
from .text_ends import (
    TEXT_TITLE,
    TRAILER_LINE,
    body_label,
    contents_annex,
    issued_names,
    page_starts_mid_list,
    squashed_title,
    table_title,
)
from .unit_paragraphs import unit_paragraphs
from .units import looks_like_unit

# "1.9月30日前…" / "11.121人才梯队项目": a number, a dot and more digits; an item only where
# the numbering continues (see build_items)
_DIGIT_AFTER = re.compile(r"(\d{1,4})\s*[.．、](?=\d|[万亿千百%月年日号个])")


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
    article_line: bool = False                  # numbered 第N条 wherever it stands (a 规则's 一、 over 第一条 …)
    decimal: int = 0                            # the depth of a decimal number (1.1 → 2, 2.1.1 → 3; 2 over 2.1 → 1)
    chapter: tuple[str, ...] = ()               # the 第X章 / 第X节 lines it stands under (第三章保障措施)
    fields: bool = False                        # its numbered lines folded into it as its fields (field_blocks)
    listed: bool = False                        # its numbered lines folded into its text, a list giving no work
    cases: tuple[str, ...] = ()                 # … where they are the cases its one act reaches: they name no unit
    measures: tuple[str, ...] = ()              # … or an index's measures: their periods and sums no date or target
    work: bool = False                          # a notice's unnumbered paragraph its reader found giving work
    after_items: bool = False                   # an article's own paragraph after its last numbered item

    @property
    def marker(self) -> str:
        if self.unnumbered:
            return ""
        if self.decimal:
            return f"{self.number} "
        return {1: f"{self.number}、", 2: f"（{self.number}）", 3: f"{self.number}.",
                4: f"（{self.number}）", 5: self.number}[self.kind]

    @property
    def title(self) -> str:
        return heading_title(self.body)

    def under_heading(self) -> str:
        """Own text without a heading line of its own over it 「五、其他 ⏎ 本办法自…起施行。」 (its first line the title
        alone, text after it), stripped; the whole own text where it has none."""
        head, _, rest = self.body.strip().partition("\n")
        return rest.strip() if rest.strip() and head.strip() == self.title.strip() else self.body.strip()

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


_SENTENCE_STOP = re.compile(r"[。！？!?]")     # (compiled once: heading_title runs for every item)


def heading_title(body: str) -> str:
    first = body.strip().split("\n", 1)[0].strip()
    cut = _SENTENCE_STOP.search(first)
    if cut:
        first = first[:cut.start()]
    return first.strip(" ：:，,；;")


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
        if len(line) > 40 or TRAILER_LINE.search(line):
            return False             # a paragraph, a signature's date, another appendix: the plan has ended
    return False


def _unnumbered_headings(lines: list[str]) -> set[int]:
    """Lines that are section headings written without a number (总体要求 / 工作安排), in a plan
    that numbers no section 一、: short, no punctuation, a section word at the end, and some
    of them directly followed by a numbered item."""
    if any((line_marker(ln.strip()) or (0,))[0] == 1 for ln in lines):
        return set()
    if months := month_headings(lines):
        return months                   # (二月份: / 三月份: …: a term plan's months over their items)
    found: set[int] = set()
    before_item = 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not 2 <= len(line) <= 12 or re.search(r"[^\u4e00-\u9fff]", line) or not _SECTION_WORDS.search(line):
            continue
        nxt = next((ln.strip() for ln in lines[n + 1:n + 4] if ln.strip()), "")
        if not nxt:
            continue
        # (第十八条 收缴程序, an article headed after a space, and 第九章 保障措施 over 第二十五条 组织分工, a rule's
        # chapter over its articles: numbered lines of the rule, no unnumbered headings)
        if ARTICLE.match(line) or (CHAPTER.match(line) and ARTICLE.match(nxt)):
            continue
        found.add(n)
        if line_marker(nxt):
            before_item += 1
    # (or the headings of lists that restart at 1 under each: 防汛办主要职责 / 1、… 2、… / 防汛值班制度 / 1、…)
    return (found if len(found) >= 2 and before_item >= 1 else set()) | list_headings(lines)


def _paragraph_key(line: str) -> str:
    """What names an unnumbered paragraph: its first clause (区委农办要结合全区“三新”建设任务)."""
    title = heading_title(line)
    clause = re.split(r"[，,；;]", title, maxsplit=1)[0]
    return (clause if len(clause) >= 6 else title)[:40]


def _paragraph_list(text: str, split: str, heading_lines: int) -> bool:
    """``…2004年将重点推广：1、…。2、…。3、…`` inside one paragraph of a plan whose headings stand at line
    starts: the paragraph's own list, not items of the plan."""
    if heading_lines < 2 or split.count("\n") <= text.count("\n"):
        return False
    # the lines the split broke, each split once (a second one broken is enough to say no)
    broken: list[tuple[str, str]] = []
    for line in text.split("\n"):
        pieces = split_inline(line).strip("\n")
        if "\n" in pieces:
            broken.append((line, pieces))
            if len(broken) > 1:
                return False
    if len(broken) != 1 or line_marker(compact(broken[0][0]).strip()):
        return False
    return broken[0][1].split("\n", 1)[0].rstrip().endswith((":", "："))


# lines this long holding most of the text: a page run together, whatever lines stand beside them
_RUN_TOGETHER = 1000


# 〔一〕 / 〔二〕: a copy's item numbers in tortoise-shell brackets, as （一） (a document number's 〔2023〕 holds
# a year)
_SHELL_NUMBER = re.compile(r"〔\s*([一二三四五六七八九十]{1,3})\s*〕")


def build_items(light_text: str) -> Outline:
    """Items of ``light`` text in document order, linked into a tree.

    The items' text is ``compact`` (stray spaces removed). Inline headings are looked
    for in the light text, where a space before "一、" still marks a boundary.
    """
    light_text = lost_bracket_numbers(lost_open_brackets(join_split_tens(lost_first_bracket(site_list_number(
        split_glued_lists(page_glued_items(blank_run_points(drop_breadcrumbs(letter_first_numbers(light_text))))))))))
    light_text = _SHELL_NUMBER.sub(r"（\1）", bare_numbers(spaced_numbers(mixed_bracket_numbers(garbled_first_numbers(
        lost_first_numbers(run_in_first_items(one_line_numbers(stop_marked_points(split_run_on_articles(
        light_text))))))))))
    text = sub_list_numbers(word_numbers(half_bracket_numbers(compact(break_spaced_labels(break_glued_fields(
        light_text))))))
    lines = text.split("\n")
    decimals_seen = len(decimal_lines(lines))
    heading_lines = sum(1 for ln in lines if line_marker(ln.strip())) + decimals_seen
    inline = False
    # (or a page run into a line or two but for a few list lines other readers split off the tables in it,
    # 「其中：⏎1、…⏎2、…」: the long lines hold most of the text)
    if heading_lines < 3 or sum(len(ln) for ln in lines if len(ln) >= _RUN_TOGETHER) >= 0.8 * len(text):
        marked = sub_list_numbers(light_text)
        split = split_inline(marked)
        added = split.count("\n") - marked.count("\n")
        # three inline headings; or, in a text with no heading at a line start, any (a web page that
        # ran a town's whole body into one line: 「…以下五方面工作: (一)…。 1.构建…」)
        # (or one, the line a page opens with at its item 8., the rest of its items run into it)
        opening = next((ln.strip() for ln in lines if ln.strip()), "")
        alone = not heading_lines or heading_lines == 1 and line_marker(opening) is not None \
            and "\n" in split_inline(sub_list_numbers(opening)).strip("\n")
        if (added >= 3 or added and alone) and not _paragraph_list(marked, split, heading_lines):
            text = compact(break_spaced_labels(break_glued_fields(split)))
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
    issued: frozenset[str] | None = None    # the documents the cover issues 《A》和《B》 (read once, see below)
    # (split_after_units again once a heading's first item stands on its own line: 「(一)市局组织的活动1、…。
    # (A负责,B配合)2、媒体宣传。…」 — the item after the bracket was inside the heading's line the first time)
    lines = split_run_on_items(split_colon_steps(split_after_units(split_first_items(split_after_units(
        split_paragraph_items(split_run_in_headings(split_time_cells(bare_digit_items(step_items(ordinal_items(
            unmarked_numbers(lines))))))))))))
    lines, stages = stage_paragraphs(lines)     # (第一阶段:…(6月至12月)结合实际,制定… / 第二阶段:… under 四、)
    sections = _unnumbered_headings(lines)
    unit_lines = unit_paragraphs(lines)
    # (五、责任分解 / 教育管理中心: / 1、… 2、… / 各学校:…: the units' paragraphs after the items, the section's own)
    divisions = {n: d for n, d in division_paragraphs(lines).items() if not lines[n].strip().endswith((":", "："))}
    unit_lines.update((n, unit) for n, (unit, _kind) in divisions.items())
    levels = {**level_paragraphs(lines), **stages}  # 区级层面：… / 镇级层面：… under a numbered item: its children
    levels.update(headed_paragraphs(lines))     # (二、目标任务 / 着力优化施工环境,加快发展步伐。…: its run-in items)
    # (an article line 「第二条 考核内容」 may look like an unnumbered heading; other such headings
    # hold the plan's sections, and articles then stay items under them)
    # (nor a chapter line over them, 第二章  支持范围和方式 / 第三章 调整程序: the rule's chapters, its articles
    # numbered on across them)
    # (an unnumbered heading after the last article — an 附件's own title 「市级城市维护项目范围」 — stands outside the
    # articles: it stays a heading of its own, and the articles are still the level above their （一） items)
    last_article = max((n for n, ln in enumerate(lines) if ARTICLE.match(ln.strip())), default=-1)
    articles = all(ARTICLE.match(lines[n].strip()) or CHAPTER.match(lines[n].strip()) for n in sections
                   if n < last_article) and articles_on_top(lines)
    if articles:
        sections = {n for n in sections if n > last_article}
    steps = ordinal_steps(lines) if not heading_lines and not inline and not unit_lines else {}
    # (a notice that numbers nothing, its work in paragraphs after 「…如下：」: each a task, round 38)
    # (its 附件 list 「附件:1、《…》」「2、…」 numbers nothing of its own: notice_paragraphs reads past it)
    notice = notice_paragraphs(lines) if not (decimals_seen or inline or unit_lines or sections or steps) else {}
    decimals = decimal_lines(lines)
    chapter_lines = restarting_chapters(lines)
    chapters: list[str] = []            # the 第X章 / 第X节 lines the next items stand under
    inner = 0                           # the last 一、 numbering items inside the current article
    step_tail: list[str] = []
    under3 = False                      # (一) items under a plan's point 3、 (see below)
    for n, raw in enumerate(lines):
        line = raw.strip()
        if in_trailer:
            trailer.append(raw)
            continue
        if n in sections:
            stack.clear()
            item = Item(kind=1, number=line.rstrip(":："), value=len([i for i in items if i.kind == 1]) + 1, body="",
                        pos=len(items), unnumbered=True)
            items.append(item)
            stack.append(item)
            current = [line]
            bodies.append(current)
            continue
        if notice and (n in notice or n > max(notice)):
            if n not in notice:
                trailer.append(raw)     # (the signature and the page's lines after the notice's work)
                continue
            current = _open_top(items, stack, bodies, notice[n], line, work=True)
            continue
        if steps and n > max(steps) and line:
            step_tail.append(line)      # (镇农业服务中心负责…，火点数量控制在3个以内 after the last step: the plan's
            continue                    #  closing paragraphs, not the step's)
        if n in steps:
            current = _open_top(items, stack, bodies, steps[n], line)
            continue
        if n in levels and stack:
            while stack and stack[-1].unnumbered and stack[-1].number in levels.values():
                stack.pop()
            over = stack[-1]
            item = Item(kind=min(over.kind + 1, 4), number=levels[n], value=len(over.children) + 1, body="",
                        pos=len(items), parent=over, path=[s.number for s in stack], unnumbered=True)
            over.children.append(item)
            items.append(item)
            stack.append(item)
            current = [line]
            bodies.append(current)
            continue
        if n in unit_lines:
            while stack and (stack[-1].unnumbered and stack[-1].unit or n in divisions
                             and stack[-1].kind > divisions[n][1]):
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
        own = len(stack) >= 2 and not stack[-1].unnumbered and (stack[-2].article or stack[-2].article_line) \
            and stack[-2] is stack[-1].parent \
            and after_items_paragraph(line, "\n".join(current or []), lines[n + 1:n + 40])
        if len(stack) >= 2 and not stack[-1].unnumbered and (own or set_aside_paragraph(line)):
            # (…（五）…。⏎承租…的，应当告知…: a paragraph after an article's last item that gives work, its own task)
            last = stack.pop()          # (除上述情形外，…由A负责 after （一）…（三）: one more item, round 36)
            item = Item(kind=last.kind, number=_paragraph_key(line), value=len(stack[-1].children) + 1, body="",
                        pos=len(items), parent=stack[-1], path=list(last.path), unnumbered=True, after_items=own)
            stack[-1].children.append(item)
            items.append(item)
            stack.append(item)
            current = [line]
            bodies.append(current)
            continue
        if n in chapter_lines:
            m = CHAPTER.match(line)
            assert m is not None
            # 第二章 over 第一节 / 第二节, each numbering its items from 一、 anew: one plan, its chapters
            # the first elements of its items' paths
            chapters[:] = [c for c in chapters if m.group(2) == "节" and chapter_path([c])[0].endswith("章")] + [line]
            stack.clear()
            continue
        if stack and (stack[0].article or stack[0].article_line) and current \
                and (n in decimals or not ARTICLE.match(line) and line_marker(line) is not None):
            if issued is None:
                issued = issued_names("\n".join(preamble))
            if issued and _issued_title_closes(current, issued):
                stack.clear()           # (《A》和《B》 issued by the cover: B's own title after A's last article, over
                inner = 0               #  its 1 / 1.1 list — B's items, not A's last article's; B in articles of
                #                         its own 第一条 is two_documents')
        if n in decimals:
            _add_decimal(line, decimals[n], items, stack)
            items[-1].chapter = tuple(chapters)
            items[-1].path[:0] = chapter_path(chapters)
            current = [line[decimal_end(line):].strip()]
            bodies.append(current)
            continue
        found = line_marker(line) if line else None
        if found is not None and found[0] == 3 and found[2] >= 100 and found[2] != last3 + 1:
            found = None                 # "2024.3.1" or "120、" out of sequence is no item
        if found is not None and found[0] >= 3 and not stack and found[2] != 1 and last3 == 0 \
                and not page_starts_mid_list(lines, n, preamble, found) \
                and not (articles and ARTICLE.match(line) and _next_article_follows(lines, n, found[2])):
            found = None                 # "2.…细则表" listed under a cover's 附件： line is no item (a text opening
            #                              at 第五条, an excerpt, keeps it: its items' path, review rv51 F5)
        if found is not None and current and found[0] >= 2 and slogan_line(line[found[3]:].strip(), current):
            current.append(line)        # (横幅内容:⏎(一)…!(卫生局)⏎(二)…: the item's slogans, its text)
            continue
        if found is None and line and stack and stack[-1].kind >= 4:
            found = circled_marker(line)     # (（2）开工典礼⏎①A典礼⏎②B仪式: a level below （2）, normalise)
        if found is None and line:
            found = _continuing(line, last3, stack)
        if found is None and line and body_label(lines, n):
            (current if current is not None else preamble).append(line)
            continue
        if found is None:
            if items and line and (TRAILER_LINE.search(line) and len(line) <= 60 and not contents_annex(lines, n)
                                   or table_title(lines, n) or closing_signature(lines, n)) \
                    and not _table_in_item(lines, n, stack):
                in_trailer = True
                trailer.append(raw)
                continue
            if items and signature(lines, n):
                signed = True
            if items and line in preamble and TEXT_TITLE.search(line):
                retitled = True          # the page's heading again: a second text under it, numbered anew
                continue
            (current if current is not None else preamble).append(line)
            continue
        kind, num, value, end = found
        is_article = articles and kind == 3 and ARTICLE.match(line) is not None
        if is_article:
            kind = 1                    # 第三条 over its （一）…（六）: a section, as 三、 would be
        inside = articles and not is_article and bool(stack) and stack[0].article
        if inside and kind == 1 and value == inner + 1:
            inner = value               # 第十一条 over 一、纳管条件 二、资料移交: the article's items, one level down
        elif not inside:
            inner = 0
        if inner:
            kind = min(kind + 1, 4)     # (and the （一） lists under them one level below those)
        restart = signed and value == 1
        signed = False
        if restart or retitled:
            stack.clear()               # the issued document's own numbering, not the notice's points
            last3 = 0
        retitled = False
        if kind == 3 and not last3 and value >= 3 and len(stack) == 1 and stack[0].kind == 1 \
                and not stack[0].unnumbered and not stack[0].children and value == stack[0].value + 1 \
                and current and len(current[0]) >= 15 and current[0].endswith("。"):
            kind = 1                    # 「一、…。二、…。3.…4.…」: the top numbering goes on in figures (a page's
            #                             points of work, their marks changed), not a list under 二、 (a bare
            #                             heading 「二、活动安排」 over a run whose head the page hid keeps it)
        if kind == 3 and last3 and value != last3 + 1 and value <= last3 and stack and stack[-1].kind == 4 \
                and stack[-1].parent is not None and stack[-1].parent.kind == 3 and value == stack[-1].value + 1:
            kind = 4                    # 「6、活动要求:⏎(1)…⏎2、…⏎3、…」: the (N) list goes on in figures
        if kind == 3:
            last3 = value
        # (1、 时间安排 … 3、 重点任务 over (一)…(二)…: a plan whose points are 1、, its items (一) one level below)
        under3 = kind == 2 and (under3 or value == 1 and len(stack) == 1 and stack[0].kind == 3
                                and not any(i.kind <= 2 for i in items) and len(current or []) <= 1)
        kind = 4 if under3 else kind
        while stack and (stack[-1].kind >= kind or stack[-1].unit and kind <= 2) \
                and not _under_decimal(stack, kind):
            stack.pop()                 # (（三） after 财政部门：… paragraphs opening a page: their sibling)
        item = Item(kind=kind, number=num, value=value, body="", pos=len(items),
                    parent=stack[-1] if stack else None,
                    path=chapter_path(chapters) + [s.number for s in stack], restart=restart, article=is_article,
                    chapter=tuple(chapters), article_line=kind == 3 and ARTICLE.match(line) is not None)
        if item.parent is not None:
            item.parent.children.append(item)
        items.append(item)
        stack.append(item)
        current = _article_heading(line[end:].strip()) if is_article or item.article_line else [line[end:].strip()]
        bodies.append(current)
    for item, body_lines in zip(items, bodies, strict=True):
        item.body = "\n".join(ln for ln in body_lines if ln).strip()
    closing = "\n".join(step_tail) if step_tail else _closing_paragraphs(items)
    return Outline(items=items, preamble="\n".join(preamble), trailer="\n".join(trailer),
                   inline=inline, closing=closing)


# an article's bracketed heading with its text run on after it on the label's line 「第十一条（租赁合同和租赁期限）
# 保障性租赁住房出租单位应…」: the heading is the article's title, as on a line of its own 「第六条（受理申请）⏎…」
# (not a bracket of figures or an item's mark 「（一）」, nor an aside that goes on in the sentence 「（以下简称…）」)
_GLUED_HEADING = re.compile(r"([（(][\u4e00-\u9fff、和与及]{2,16}[）)])[ \t\u3000]*(?![，,。；;：:、的])(\S.*)")


def _article_heading(rest: str) -> list[str]:
    m = _GLUED_HEADING.fullmatch(rest)
    if m is None or re.fullmatch(r"[（(][一二三四五六七八九十]{1,3}[）)]", m.group(1)):
        return [rest]
    return [m.group(1), m.group(2)]


def _next_article_follows(lines: list[str], n: int, value: int) -> bool:
    """The next top numbering after the article at line n is the article after it (第五条 …（一）…（三） 第六条): an
    excerpt opening at 第五条, not a cover's list entry 「第二条 …细则表」 over 一、二、 sections. Read up to the next
    article or 一、 only (each line once per article before the first one kept)."""
    for line in lines[n + 1:]:
        found = line_marker(line.strip()) if line.strip() else None
        if found is None:
            continue
        if ARTICLE.match(line.strip()):
            return found[2] == value + 1
        if found[0] == 1:
            return False
    return False


def _open_top(items: list[Item], stack: list[Item], bodies: list[list[str]], number: str, line: str,
              work: bool = False) -> list[str]:
    """An unnumbered top-level item opened at ``line`` (a notice's paragraph of work, a plan's step): the item is
    added, becomes the only open item, and its body starts with the line (returned, for the lines after it)."""
    item = Item(kind=1, number=number, value=len(items) + 1, body="", pos=len(items), unnumbered=True, work=work)
    items.append(item)
    stack[:] = [item]
    current = [line]
    bodies.append(current)
    return current


def _under_decimal(stack: list[Item], kind: int) -> bool:
    """A numbered item (（1） / 1.) right under a decimal heading (5.4.1Ⅳ级应急响应 over （1）…（7）) is its child,
    though the heading's level (capped at 4) reads as deep as the item's: the heading stays open unless the item is a
    sibling of a non-decimal item above the decimal headings (（二） after （一） 1.1 1.2), or a top 一、."""
    if kind == 1 or not stack or not stack[-1].decimal:
        return False
    first = next(n for n, s in enumerate(stack) if s.decimal)
    return not any(s.kind == kind and not s.decimal for s in stack[:first])


def _issued_title_closes(current: list[str], issued: frozenset[str]) -> bool:
    """The last line printed in ``current`` (an article's text) is the title of a document the cover issues beside it:
    taken off the article's text, which it closes (True); False, the text left as it is, otherwise."""
    last = next((k for k in range(len(current) - 1, -1, -1) if current[k]), None)
    if last is None or last == 0 or squashed_title(current[last]) not in issued:
        return False
    del current[last:]
    return True


def _add_decimal(line: str, parts: tuple[int, ...], items: list[Item], stack: list[Item]) -> None:
    """A decimal heading (1.2 / 2.1.1 / a bare 2 over its 2.1): its own level, one below the item it stands
    under — 1.2 is 1.1's sibling, 2.1.1 its child's level, and 一、/（一） above them stay their parents."""
    depth = len(parts)
    while stack and (stack[-1].decimal >= depth or not stack[-1].decimal
                     and any(s.decimal >= depth for s in stack)):
        stack.pop()                     # (a （1） under 1.1 goes with it)
    parent = stack[-1] if stack else None
    number = ".".join(map(str, parts))
    item = Item(kind=min(parent.kind + 1, 4) if parent else min(depth, 4), number=number, value=parts[-1], body="",
                pos=len(items), parent=parent, path=[s.number for s in stack], decimal=depth)
    if parent is not None:
        parent.children.append(item)
    items.append(item)
    stack.append(item)


def _closing_paragraphs(items: list[Item]) -> str:
    """Paragraphs after the plan's last item that close the document (各地区、各部门要…), not the
    item: taken off the last item when every item beside it is a single paragraph."""
    if len(items) < 3:
        return ""
    last = items[-1]
    siblings = [i for i in items if i.parent is last.parent and i.kind == last.kind and i is not last]
    lines = last.body.split("\n")
    if not last.children and (table := closing_table_at(lines)) is not None:
        last.body = "\n".join(lines[:table])
        return "\n".join(lines[table:])    # (a table one cell a line after the last item: the plan's, no item's text)
    # (an article's bracketed heading alone on its first line 「（结果公开）⏎A应当…」: the lines after it are its text)
    if last.children or len(lines) < 2 or len(siblings) < 2 or any("\n" in i.body for i in siblings) \
            or re.fullmatch(r"[（(【][\u4e00-\u9fff、和与及]{2,16}[）)】]", lines[0].strip()) \
            or (REQUIREMENTS_SECTION.fullmatch(last.title) or GUARANTEES_SECTION.fullmatch(last.title)
                and len([ln for ln in lines if ln.strip()]) == 2) and any(i.children for i in siblings) \
            or last.decimal and all(i.decimal and i.children for i in siblings):
        # (三、工作要求 over its own paragraph after sections of numbered items: the section's, not a closing, and
        # 四、保障措施 over its one paragraph — Round 105's governs on x375_01 四 — several after it still may close;
        # 「4 应急保障」 over its paragraph after chapters 1–3 whose N.1 stand under them: the chapter's, rv56 F4)
        return ""
    if last.unit and all((m := re.match(r"([^，,。；;：:]{2,24})[：:]", ln)) and looks_like_unit(m.group(1))
                         for ln in lines[1:]):
        return ""                       # (新城公司：动员… after 区房管局：… lines: one more of them, no closing;
        #                                 联系人：… / 报送要求：… after them close the list)
    if lines[0].rstrip().endswith((":", "：")):
        return ""                       # (「5、…组织好各项禁放工作。其职责分工为:」: its lead-in introduces the
        #                                 paragraphs after it — the item's own text, no closing)
    last.body = lines[0]
    return "\n".join(lines[1:])
