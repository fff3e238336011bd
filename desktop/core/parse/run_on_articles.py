"""A rule's articles run into one line, as a PDF page's text comes out of a viewer (「…办法 第一章 总则 第一条
为加强…,制定本办 法。 第二条 本办法适用于… 第三条 各镇人民政府对…」): each article (and each chapter line among them)
set at a line start, as the document printed it. Only articles that run in order (第一条, 第二条, 第三条 … or on from
the page's first one), at least three of them in the line, each standing after a blank or a stop — an article named
inside a sentence (「根据第六条的要求」, 「按本办法第三条规定」) stands after a word and is text, and so are Arabic
「第3条」."""

from __future__ import annotations

import re
from collections.abc import Callable

from .heading_markers import CN_DIGITS
from .normalise import cn_to_int

# an article's or a chapter's number after a blank or a stop (or at the line's start), before a blank or a word
_MARK = re.compile(rf"(?:(?<=^)|(?<=[\s。；;！!？?]))第([{CN_DIGITS}百零]{{1,4}})(条|章)(?=[\s\u4e00-\u9fff“《（(])")
# a chapter run into the word before it, its short title, then its first article run into that title
# (「…管理暂行办法第一章总则第一条为了…」「…第二章护林员应聘条件第三条凡…」「…同步。第二章 安检实施第八条…」, a blank
# after the chapter's number or inside its title 「第一章 总　则」): both marks, whatever stands before
_CHAPTER_LED = re.compile(rf"第([{CN_DIGITS}百零]{{1,4}})章[ \u3000]*[\u4e00-\u9fff、][\u4e00-\u9fff、 \u3000]{{1,15}}?"
                          rf"(第([{CN_DIGITS}百零]{{1,4}})条)"
                          r"(?=[\s\u4e00-\u9fff“《（(])")
# a chapter a copy numbered as a point, 「一、」 or 「二。」, its short title run into its first article
# (「壹、總則第壹條為…」「…指定代儲。二。采購與驗收第五條…」): at the line's start or after a stop, written
# 「第二章采购与验收」 where the line's articles run (a point that no article follows at once is no chapter)
_POINT_CHAPTER = re.compile(rf"(?:(?<=^)|(?<=[。；;\s]))([{CN_DIGITS}]{{1,3}})[、。．.]"
                            rf"(?=[\u4e00-\u9fff、]{{2,12}}?第[{CN_DIGITS}百零]{{1,4}}条)")
# a line long enough to hold several articles
_LONG = 120


def _cuts(line: str) -> list[int]:
    """Where the line's articles (and the chapters among them) start, in order; [] where fewer than three run."""
    marks = [(m.start(), m.group(2), cn_to_int(m.group(1)) or 0) for m in _MARK.finditer(line)]
    if "章" in line:
        led = [(m.start(), "章", cn_to_int(m.group(1)) or 0) for m in _CHAPTER_LED.finditer(line)] + \
              [(m.start(2), "条", cn_to_int(m.group(3)) or 0) for m in _CHAPTER_LED.finditer(line)]
        if led:
            marks = sorted({*marks, *led})
    best: list[int] = []
    most = 2
    for n, (start, kind, first) in enumerate(marks):
        if kind != "条" or not first:
            continue
        # (the chapter line the first article stands under: 「第一章 总则 第一条 …」)
        head = [at for at, k, _v in marks[max(0, n - 1):n] if k == "章"]
        cuts, want, articles = [*head, start], first + 1, 1
        for at, k, value in marks[n + 1:]:
            if k == "条" and value == want:
                cuts.append(at)
                want += 1
                articles += 1
            elif k == "章":
                cuts.append(at)         # 第二章 between 第五条 and 第六条: the rule's next chapter
        if articles > most:
            best, most = cuts, articles
    return best


def split_run_on_articles(text: str) -> str:
    """``text`` with the articles run into one of its lines (see the module) each on a line of its own."""
    if "条" not in text:
        return text
    out: list[str] = []
    changed = False
    lines = text.split("\n")
    starts = {cn_to_int(m.group(1)) or 0 for line in lines if (m := _LINE_ARTICLE.match(line))}
    last = 0
    for line in lines:
        cuts = _cuts(line) if len(line) >= _LONG else []
        if len(line) >= _LONG and _POINT_CHAPTER.search(line):
            chaptered = _POINT_CHAPTER.sub(r"第\1章", line)
            if len(more := _cuts(chaptered)) > len(cuts):
                line, cuts = chaptered, more
        cuts = [c for c in cuts if line[:c].strip()] or _glued_next(line) or _body_glued(line, last, starts) or \
            _chapter_glued(line, last, starts)
        if m := _LINE_ARTICLE.match(line):
            last = cn_to_int(m.group(1)) or 0
        if not cuts:
            out.append(line)
            continue
        changed = True
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            piece = line[a:b].strip()
            out.extend(_article_items(piece) if len(cuts) >= 2 else [piece])
            if m := _LINE_ARTICLE.match(piece):
                last = cn_to_int(m.group(1)) or 0
    return "\n".join(out) if changed else text


# an article's own list run on in its line 「…具体为：(一)规划类项目，…。(二)项建类项目，…」 (its first item after a
# colon or a stop) and a list inside one of its items 「…按以下程序办理：1、不突破…。2、突破…」 (after a colon): each
# next number in order after the stop that ends the one before
_CN_ITEM = re.compile(rf"(?<=[：:。；;])[ \t\u3000]*[（(]([{CN_DIGITS}]{{1,3}})[)）](?=[\u4e00-\u9fff“《])")
_DIGIT_ITEM = re.compile(r"(?<=[：:。；;])[ \t\u3000]*(\d{1,2})[、.．](?=[\u4e00-\u9fff“《])")


def _in_order(piece: str, pattern: re.Pattern[str], value: Callable[[str], int], first: str) -> list[int]:
    """Where a list numbered from 1 starts (after one of ``first``) and goes on in ``piece`` (see above); [] where
    fewer than two run."""
    cuts: list[int] = []
    for m in pattern.finditer(piece):
        number = value(m.group(1))
        if number == len(cuts) + 1 and (cuts or piece[m.start() - 1] in first):
            cuts.append(m.start())
        elif number == 1 and cuts:
            break                       # (a list of its own further on)
    return cuts if len(cuts) >= 2 else []


def _article_items(piece: str) -> list[str]:
    """An article of a page printed on one line (see ``split_run_on_articles``) with its list's items each on a line
    of its own, as the document printed them, and the digit items inside each of those."""
    out: list[str] = []
    cuts = _in_order(piece, _CN_ITEM, lambda n: cn_to_int(n) or 0, "：:。；;")
    for a, b in zip([0, *cuts], [*cuts, len(piece)], strict=True):
        part = piece[a:b].strip()
        inner = _in_order(part, _DIGIT_ITEM, int, "：:")
        out.extend(part[c:d].strip() for c, d in zip([0, *inner], [*inner, len(part)], strict=True))
    return out


# a line that opens with an article or a chapter: 「第十三条 【绿色建材】 逐年提高…占比。 第十四条 【…】 …」 (the next
# article run on after the stop that closes this one) / 「第六章 附则 第三十七条 【有关用语的说明】 …」 (the chapter's
# first article run on after its short title)
_LINE_ARTICLE = re.compile(rf"^[ \t\u3000]*第([{CN_DIGITS}百零]{{1,4}})条")
_LINE_CHAPTER = re.compile(rf"^[ \t\u3000]*第[{CN_DIGITS}百零]{{1,4}}章[ \t\u3000]*"
                           r"[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,14}?"
                           rf"[ \t\u3000](?=第[{CN_DIGITS}百零]{{1,4}}条[ \t\u3000【（(])")
_AFTER_STOP = r"(?<=[。；;！？])[ \t\u3000]*"


def _glued_next(line: str) -> list[int]:
    """Where the one article run on in a line that opens with an article or a chapter starts (see above): the next
    article by number after a stop, or the chapter's first article after its short title; [] where none is. An
    article named inside a sentence (「依照第十四条规定」) stands after a word, not after a stop, and stays text."""
    if m := _LINE_CHAPTER.match(line):
        return [m.end()]
    m = _LINE_ARTICLE.match(line)
    if m is None:
        return []
    following = _number(cn_to_int(m.group(1)) or 0, 1)
    if not following:
        return []
    nxt = re.search(_AFTER_STOP + rf"(第{following}条)(?=[ \t\u3000【（(]|[\u4e00-\u9fff])", line)
    return [nxt.start(1)] if nxt else []


def _body_glued(line: str, last: int, starts: set[int]) -> list[int]:
    """Where the next article starts in a line of an article's text whose label stood on a line of its own
    (「第三条（改造原则）」 then 「…的原则。 第四条（管理机构） 上海市房屋管理局…」: a stored line break lost before the
    label): the article after ``last`` by number, after a stop and before its bracketed short title or a blank, where
    no line of the text opens with that article; [] where none is. An article named inside a sentence (「按照本办法
    第五条规定」) stands after a word, not after a stop, and stays text."""
    if not last or last + 1 in starts or _LINE_ARTICLE.match(line):
        return []
    following = _number(last, 1)
    if not following:
        return []
    nxt = re.search(_AFTER_STOP + rf"(第{following}条)(?=[ \t\u3000]*[【（(])", line)
    return [nxt.start(1)] if nxt else []


_STOP_END = re.compile(r"[。；;！!？?][ \t\u3000]*$")


def _chapter_glued(line: str, last: int, starts: set[int]) -> list[int]:
    """Where a chapter and its first article start in a line that runs them into its short title, each other
    article of the rule opening a line of its own (「村…规章制度第一章总则第一条为加强…」 then 「第二条…」;
    「第二章村民的义务第九条村民有…」 after 「第八条…」): the chapter's mark (where words stand before it) and the
    article's, where the article is the next by number (the first where none came before) and the article after it
    opens a line of the text; [] where none is. Words before the chapter are a title only before the first article;
    later the chapter opens the line or follows a stop (「依照本办法第三章规定的第十条」 stays text)."""
    if "章" not in line or _LINE_ARTICLE.match(line):
        return []
    for m in _CHAPTER_LED.finditer(line):
        value = cn_to_int(m.group(3)) or 0
        if value != last + 1 or value + 1 not in starts:
            continue
        before = line[:m.start()].strip()
        if before and not (value == 1 or _STOP_END.search(before)):
            continue
        return [m.start(), m.start(2)] if before else [m.start(2)]
    return []


def _number(value: int, step: int) -> str:
    """The Chinese numeral of ``value + step`` as articles are numbered (十四, 二十, 三十七, 一百零一); "" past 999."""
    n = value + step
    if not 0 < n < 1000:
        return ""
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (digits[ones] if ones else "")
