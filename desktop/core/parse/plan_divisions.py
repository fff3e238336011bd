"""How a plan is divided above its numbered items, and where a cover notice ends.

* Articles (第一条 … 第九条): a plan written in articles, each over its （一） / 1. items, has them as its top level
  (``articles_on_top``), as 一、 would be.
* Chapters (第二章 重点任务 / 第一节 … / 第一部分 …): where the items start again at 一、 under two of them or more,
  the chapters hold the numbering (``restarting_chapters``) and stand in each item's path (``chapter_path``).
* A notice's signature (国务院办公厅 / 2016年4月6日): the date under it ends the cover notice, what follows is the
  document it issues (``signature``); the issuers one a line over the date with nothing after them close the text
  (``closing_signature``).

Read by ``headings.build_items``."""

from __future__ import annotations

import re

from .heading_markers import CN_DIGITS, line_marker
from .units import looks_like_unit

ARTICLE = re.compile(rf"第[{CN_DIGITS}百零]{{1,4}}条")


def articles_on_top(lines: list[str]) -> bool:
    """A plan written in articles (第一条 … 第九条, each over its （一） / 1. items): the first of its
    top headings is an article, not 一、, and an article holds items of its own. Its articles are then
    the level above （一）, as 一、 is."""
    on_top = in_article = points = signed = False
    for n, raw in enumerate(lines):
        line = raw.strip()
        if points and not in_article and line and signature(lines, n):
            signed = True
        found = line_marker(line) if line else None
        if found is None:
            continue
        if ARTICLE.match(line):
            if points and not signed:
                return False        # 一、总则 over 第一条 …: the articles stand under the sections
            on_top = in_article = True
        elif found[0] == 1:
            if in_article:
                # (第十一条 over 一、纳管条件 二、资料移交: the article's own items, numbered from 一 anew)
                return on_top and found[2] == 1 and _articles_go_on(lines, n)
            # (a cover notice's own 一、二、三 (what it amends), signed and dated, then the document it issues in
            # articles: the issued document's articles are its top headings)
            points = True
        elif in_article and found[0] in (2, 3):
            return on_top           # 第二条 考核内容 / （一）水面保洁
    return False


def _articles_go_on(lines: list[str], n: int) -> bool:
    """More articles follow the 一、 at line n: it numbers an article's items, not a section over articles."""
    return any(ARTICLE.match(ln.strip()) for ln in lines[n + 1:])


# a notice's signature: the issuer on a line, the date on the next (国务院办公厅 / 2016年4月6日)
_SIGNED_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def signature(lines: list[str], n: int) -> bool:
    """Line ``n`` is the date under a notice's signature: what follows is the document it issues."""
    if not _SIGNED_DATE.match(lines[n].strip()):
        return False
    above = next((ln.strip() for ln in reversed(lines[max(0, n - 3):n]) if ln.strip()), "")
    return 2 <= len(above) <= 40 and not re.search(r"[。，,；;：:]", above) and not line_marker(above)


def closing_signature(lines: list[str], n: int) -> bool:
    """Line ``n`` opens the signature that closes the text: the issuers' names one a line (浦东新区农业农村委员会 /
    浦东新区规划和自然资源局 …), then the date, and nothing after it — no text of the last item."""
    if any(lines[k].strip() for k in range(n + 16, len(lines))):     # (no copy of the rest: once per line)
        return False
    rest = [ln.strip() for ln in lines[n:n + 16] if ln.strip()]
    if len(rest) < 2 or not _SIGNED_DATE.match(rest[-1]):
        return False
    return all(len(name) <= 30 and looks_like_unit(name) and not re.search(r"[。，,；;：:]", name)
               for name in rest[:-1])


# a chapter or section line of a plan laid out by chapters (第二章　重点任务 / 第一节 夯实数字基础设施), or by parts
# (第一部分 物业服务考核奖励办法 / 第三部分  附  则: each numbering its items from 一、 or 1、 anew)
CHAPTER = re.compile(rf"(第[{CN_DIGITS}百零]{{1,4}}(章|节|部分))(?![课次])[^。；;，,：:]{{0,30}}$")


def restarting_chapters(lines: list[str]) -> set[int]:
    """The 第X章 / 第X节 lines of a plan whose items start again at 一、 under two of them or more: the chapters
    hold the numbering. (A rule in articles, 第一章 总则 over 第一条 … 第五条, numbers on across its chapters:
    its chapters are left as they were, lines of the article before them.)"""
    found = [n for n, ln in enumerate(lines) if CHAPTER.match(ln.strip())]
    if len(found) < 2:
        return set()
    restarts = 0
    for a, b in zip(found, found[1:] + [len(lines)], strict=True):
        first = next((m for ln in lines[a + 1:b] if (m := line_marker(ln.strip())) is not None), None)
        restarts += first is not None and first[0] == 1 and first[2] == 1
    return set(found) if restarts >= 2 else set()


def chapter_path(chapters: list[str]) -> list[str]:
    """The path elements of the chapters an item stands under: their numbers (第二章 / 第一节)."""
    return [m.group(1) for c in chapters if (m := CHAPTER.match(c))]
