"""Unnumbered paragraphs headed by the kinds a sentence of the text announces, run into one line (a page that prints
the whole plan on one line): 「…把全区分为严禁区、严控区和疏导区三类，实行分类管理。严禁区:…。严控区:…。疏导区:…」.
Each paragraph is set on a numbered line of its own, in the announced order, so that it is read as an item of its
section (as plans-dev 11 reads unnumbered headings). Only where the count the sentence gives is the number of kinds it
names and every kind opens a paragraph after it (after a full stop, before a colon), in that order."""

from __future__ import annotations

import re

from .file_titles import FIRST_SENTENCE
from .heading_markers import split_inline
from .normalise import cn_to_int

# 分为严禁区、严控区和疏导区三类 / 划分为禁养区、限养区两个区域 / 分成A、B、C三种
_ANNOUNCED = re.compile(r"分[为成]([\u4e00-\u9fff]{2,8}(?:[、，,和及与][\u4e00-\u9fff]{2,8}){1,7})"
                        r"([两二三四五六七八九十]|\d)(?:大?类|种|个?区域?|个?区块|级|档)")
# a top-level heading run into the line before the announcing sentence (…方案。二、工作任务…): the page is on one line
_RUN_IN_SECTION = re.compile(r"(?:^|[。；;\s])\s*[一二三四五六七八九十]{1,3}、")
# the next top-level heading run into the line (。三、保障措施): the last paragraph ends before it
_NEXT_HEADING = re.compile(r"(?<=[。；;])\s*(?=[一二三四五六七八九十]{1,3}、)")


def number_kind_paragraphs(text: str) -> tuple[str, int]:
    """``text`` with each run of announced kinds' paragraphs on numbered lines; also how many paragraphs."""
    out: list[str] = []
    made = 0
    for line in text.split("\n"):
        m = _ANNOUNCED.search(line) if len(line) > 200 else None
        kinds = [k for k in re.split(r"[、，,和及与]", m.group(1)) if k] if m else []
        count = (int(m.group(2)) if m.group(2).isdigit() else cn_to_int(m.group(2))) if m else 0
        if m is None or not kinds or count != len(kinds) or len(set(kinds)) != len(kinds) \
                or len({k[-1] for k in kinds}) != 1 or not _RUN_IN_SECTION.search(line, 0, m.start()):
            out.append(line)            # (优秀、良好、合格: grades, no kinds of one thing; 「（一）…分为…两类」: an
            continue                    # item's own paragraph in a plan set out on lines, no page run into one)
        at = m.end()
        cuts: list[tuple[int, int]] = []
        for kind in kinds:
            hit = re.compile(r"(?<=[。；;])\s*" + re.escape(kind) + r"\s*[:：]").search(line, at)
            if hit is None:
                break
            cuts.append((hit.start(), hit.end()))
            at = hit.end()
        if len(cuts) != len(kinds):
            out.append(line)
            continue
        tail = _NEXT_HEADING.search(line, cuts[-1][1])
        end = tail.start() if tail else len(line)
        # (the page's run-in headings before and after them, 。一、… and 。三、…, set on lines too: the numbered lines
        # made here would keep them from being found the way a one-line page's are)
        # (and the title the page's first sentence opens with, 某县…方案为加强…特制定本方案。, on a line of its own: the
        # opening is no longer a line long enough to be read as a one-line page's)
        head = [ln for ln in split_inline(line[:cuts[0][0]]).split("\n") if ln.strip()]
        title = FIRST_SENTENCE.match(head[0]) if len(head) > 1 else None
        if title and head[0][title.end(1):].strip():
            head[:1] = [title.group(1), head[0][title.end(1):].strip()]
        out.extend(head)
        bounds = [start for start, _ in cuts] + [end]
        out.extend(f"{n}.{line[a:b].strip()}" for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False), 1))
        if tail:
            out.extend(ln.strip() for ln in split_inline(line[end:]).split("\n") if ln.strip())
        made += len(kinds)
    return "\n".join(out), made
