"""Text clean-up: full/half-width, odd spaces, stray spaces inside words, Chinese numerals.

Two forms of the text are used by the parser:

* ``light(text)`` — line breaks kept, odd spaces (U+3000, U+2002, NBSP …) turned into
  plain spaces, full-width digits and letters turned into ASCII. Used where spacing
  carries meaning (a leading group list pads names with spaces).
* ``compact(text)`` — ``light`` plus every run of horizontal spaces removed, except
  between two ASCII letters/digits. Chinese text has no word spaces; the ones found in
  PDF-extracted plans ("全 面贯彻", "2024 年 3 月") are layout noise.

Punctuation is NOT unified: full-width ``（：；，`` and half-width ``(:;,`` both stay as
written, and every pattern of the parser accepts both.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .lost_numerals import restore_bare_points, restore_dash_one, restore_lost_numerals

_BARE_POINT_HINT = re.compile(r"[。；;][二三四五六七八九十][\u4e00-\u9fff]")

_TRANS: dict[int, str] = {}
for _i in range(10):
    _TRANS[0xFF10 + _i] = str(_i)                      # ０-９
for _i in range(26):
    _TRANS[0xFF21 + _i] = chr(ord("A") + _i)           # Ａ-Ｚ
    _TRANS[0xFF41 + _i] = chr(ord("a") + _i)           # ａ-ｚ
for _cp in (0x3000, 0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
            0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x0009, 0x000B, 0x000C):
    _TRANS[_cp] = " "
for _cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
    _TRANS[_cp] = ""
_TRANS[ord("．")] = "."
_TRANS[ord("％")] = "%"
_TRANS[ord("～")] = "~"
_TRANS[ord("﹪")] = "%"
_TRANS[ord("＜")] = "<"
_TRANS[ord("＞")] = ">"
_TRANS[ord("＝")] = "="
_TRANS[ord("＋")] = "+"
_TRANS[ord("－")] = "-"
_TRANS[ord("﹙")] = "（"
_TRANS[ord("﹚")] = "）"
_TRANS[ord("︰")] = "："
# Word's automatic numbering copied as text: ⑴…⒇ (U+2474…) and ⒈…⒛ (U+2488…) are the
# （1） and 1. levels written as one character each; ㈠…㈩ the （一） level
for _i in range(20):
    _TRANS[0x2474 + _i] = f"（{_i + 1}）"
    _TRANS[0x2488 + _i] = f"{_i + 1}."
for _i, _cn in enumerate("一二三四五六七八九十"):
    _TRANS[0x3220 + _i] = f"（{_cn}）"
# small form variants (U+FE50…): 1﹒ is item 1., 省政府﹑市政府 a list
_TRANS[ord("﹒")] = "."
_TRANS[ord("﹐")] = "，"
_TRANS[ord("﹑")] = "、"
_TRANS[ord("﹔")] = "；"
_TRANS[ord("﹕")] = "："
_TRANS[ord("﹝")] = "〔"
_TRANS[ord("﹞")] = "〕"
_TRANS[ord("\u2028")] = "\n"
_TRANS[ord("\u2029")] = "\n"
_TRANS[ord("\x85")] = "\n"
# any character the table changes: most plans have none, and then the text is not translated
_TRANS_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANS)) + "]")

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# a space entity a web copy printed as text, whole or broken (&nbsp; / &bsp; / &nbsp with no ;): a space
_SPACE_ENTITY = re.compile(r"&(?:n?bsp|ensp|emsp|thinsp);?")
# a page number between dashes on a line of its own (GB/T 9704 「— 3 —」, 「- 3 -」 once a text
# extractor maps the 一字线 to ASCII), or after a sentence of a page run together 「…环境。—5—三、…」: PDF
# layout, not text; it goes so that a sentence or unit list broken by the page joins up again
_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*[—–\-－―]{1,2}[ \t]*\d{1,3}[ \t]*[—–\-－―]{1,2}[ \t]*(?:\n|\Z)"
                               r"|(?<=[。；;])[ \t]*[—－―]\d{1,3}[—－―](?=[^\d—－―\s])"
                               # (or opening a line before its text: 「- 1 - XX县2022年…工作计划」, round 62's x266_01)
                               r"|^[ \t]*[—–\-－―]{1,2}[ \t]*\d{1,3}[ \t]*[—–\-－―]{1,2}[ \t]*(?=[\u4e00-\u9fffA-Z])",
                               re.M)
# a web copy's characters it could not encode, printed as 「?」: a run opening a line (「???(一)第一检查督导组;」, the
# indent), or one after a space before a name's character (「胡小波 ?杨 ?剑」): layout, not text — a question mark
# never opens a line nor follows a space
_LOST_MARKS = re.compile(r"(?m)^[ \t\u3000]*\?+(?=[ \t\u3000]*(?:[\u4e00-\u9fff(（“《]|$))"
                         r"|(?<=[ \t\u3000])\?+(?=[\u4e00-\u9fff])")
_HSPACE = re.compile(r"[ ]+")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")

OPEN_BRACKETS = "(（〔【[［〈<《{｛「『"
CLOSE_BRACKETS = ")）〕】]］〉>》}｝」』"
_PAIR = dict(zip(OPEN_BRACKETS, CLOSE_BRACKETS, strict=True))


# circled numbers (① ❶ ➀ ➊) start an item only at a line's start; inside a sentence they count
# the points of one task (①…；②…) and stay as written
_CIRCLED = {**{chr(0x2460 + i): i + 1 for i in range(20)}, **{chr(0x2776 + i): i + 1 for i in range(10)},
            **{chr(0x2780 + i): i + 1 for i in range(10)}, **{chr(0x278A + i): i + 1 for i in range(10)}}
_CIRCLED_START = re.compile(r"^([ \t]*)([" + "".join(_CIRCLED) + r"])[ \t]*", re.M)


# a line-start marker of the levels above a circled run: （1） / (1) (digits in brackets: the circled items are a fifth
# level under it), or 一、 （一） 1. (they are the （N） level themselves)
_PAREN_DIGIT_START = re.compile(r"[ \t\u3000]*[(（][ \t]*\d{1,2}[ \t]*[)）]")
_OTHER_MARK_START = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[ \t]*[、.．]"
                               r"|[(（][ \t]*[一二三四五六七八九十]{1,3}[ \t]*[)）]|\d{1,2}[ \t]*(?:、|[.．](?!\d)))")

# a field line 「①主办单位:县科协」: a short label and its colon (a run of fields of the （N） item, not items below it)
_FIELD_LINE = re.compile(r"[\u4e00-\u9fff、 ]{1,8}[:：]")


def _circled_lines(text: str) -> str:
    """① at a line's start → （1）, except a run of circled items standing under a line-start （N） item
    (「（2）开工典礼⏎①A竣工典礼⏎…⏎②B开馆仪式」): those stay as written, a level below （N） (``circled_marker``).
    A run goes on while its numbers rise by one; another line-start marker between runs decides the next one. A run
    opening with a field (「①主办单位:…」) is the （N） level as before: fields, which the field-block reader folds."""
    lines = text.split("\n")
    under_paren = keep = False
    last = 0
    for n, line in enumerate(lines):
        m = _CIRCLED_START.match(line)
        if m is None:
            if _PAREN_DIGIT_START.match(line):
                under_paren, last = True, 0
            elif _OTHER_MARK_START.match(line):
                under_paren, last = False, 0
            continue
        value = _CIRCLED[m.group(2)]
        if value != last + 1 or not last:
            keep = under_paren and not _FIELD_LINE.match(line, m.end())
        last = value
        if not keep:
            lines[n] = f"{m.group(1)}（{value}）{line[m.end():]}"
    return "\n".join(lines)


def circled_marker(line: str) -> tuple[int, str, int, int] | None:
    """A circled item kept at a line's start (``_circled_lines``): level 5, its number the circled digit."""
    m = _CIRCLED_START.match(line)
    return (5, m.group(2), _CIRCLED[m.group(2)], m.end()) if m else None


# items marked 其一，/ 其二， or A. / B. / （A） at a line's start (where the first two of the run are): the
# numbered points they are, as （1） （2） (a 其一 inside a sentence, 「其一是…」, or a lone A. stays as written)
_QI_START = re.compile(r"(?m)^([ \t\u3000]*)其([一二三四五六七八九十]{1,2})[ \t\u3000]*[，,：:、．.][ \t\u3000]*")
_LETTER_START = re.compile(r"(?m)^([ \t\u3000]*)(?:([A-J])[ \t]*[.．、]|[(（]([A-J])[)）])[ \t\u3000]*"
                           r"(?=[\u4e00-\u9fff“《])")


def _qi_items(text: str) -> str:
    """其一， / 其二， at line starts → （1） （2）, where both are written."""
    found = {m.group(2) for m in _QI_START.finditer(text)}
    if not {"一", "二"} <= found:
        return text
    return _QI_START.sub(lambda m: f"{m.group(1)}（{cn_to_int(m.group(2))}）", text)


_LETTER_B = re.compile(r"\n[ \t\u3000]*B")
# a unit named as the doer in an item's line: 责任单位 / 牵头单位 / 由…负责
_ITEM_UNIT = re.compile(r"(?:责任|牵头|配合|主责|承办)单位|由[^。；;]{2,30}?负责")


def _letter_items(text: str) -> str:
    """A. / B. / （A） at line starts → （1） （2）, in a run A, B, … where some item names the unit that does it
    (a run of grades 「A.优秀（90分以上）」, kinds or scopes 「A.危险化学品企业；」 names none: left as written)."""
    runs: list[list[re.Match[str]]] = []
    for m in _LETTER_START.finditer(text):
        letter = m.group(2) or m.group(3)
        last = runs[-1][-1] if runs else None
        if last is not None and ord(letter) == ord(last.group(2) or last.group(3)) + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    keep = []
    for run in runs:
        if len(run) >= 2 and (run[0].group(2) or run[0].group(3)) == "A" \
                and any(_ITEM_UNIT.search(text, m.end(), _line_end(text, m.end())) for m in run):
            keep.extend(run)
    for m in reversed(keep):
        text = text[:m.start()] + f"{m.group(1)}（{ord(m.group(2) or m.group(3)) - ord('A') + 1}）" + text[m.end():]
    return text


# an item's number 1 typed as the letter l or I at a line's start 「l、完善发现机制。…」「l.火灾多发季节，…」: the 1 it
# is, where the next numbered line is 2 with the same mark (a lone l. / I、 — a list of letters, a roman numeral over
# its own II — stays as written)
_LETTER_ONE = re.compile(r"(?m)^([ \t\u3000]*)[lI]([、.．])[ \t\u3000]*(?=[\u4e00-\u9fff“《])")
_NEXT_NUMBER = re.compile(r"(?m)^[ \t\u3000]*(\d{1,2})([、.．])")
_ROMAN_TWO = re.compile(r"(?m)^[ \t\u3000]*II[、.．]")


def _letter_ones(text: str) -> str:
    """l、 / I. at a line's start → 1、 / 1. where the next numbered line is 2、 / 2. (see ``_LETTER_ONE``); an I over
    its own II (a II line before that 2) stays roman. One pass: the numbered lines' positions found once."""
    numbered = list(_NEXT_NUMBER.finditer(text))
    starts = [n.start() for n in numbered]
    twos = [n.start() for n in _ROMAN_TWO.finditer(text)]
    parts: list[str] = []
    done = 0
    for m in _LETTER_ONE.finditer(text):
        k = bisect.bisect_left(starts, m.end())
        if k == len(starts):
            break
        nxt = numbered[k]
        if nxt.group(1) != "2" or not (nxt.group(2) == m.group(2) or {nxt.group(2), m.group(2)} <= {".", "．"}):
            continue
        if m.group().strip().startswith("I"):
            t = bisect.bisect_left(twos, m.end())
            if t < len(twos) and twos[t] < nxt.start():
                continue
        parts.append(text[done:m.start()])
        parts.append(f"{m.group(1)}1{m.group(2)}")
        done = m.end()
    return "".join(parts) + text[done:] if parts else text


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def narrow(text: str) -> str:
    """Full-width digits, letters and marks (．％－…) made ASCII and odd spaces plain: the one width table
    (``_TRANS``) for the parser and for what a person types (a task number 二．一．１ is 二.一.1)."""
    return text.translate(_TRANS) if _TRANS_CHARS.search(text) else text


def light(text: str) -> str:
    """Line breaks unified, odd spaces made plain, full-width digits/letters made ASCII; numbers
    written in one character (⒈ ⑴ ㈠, ① at a line's start) spelled out as the markers they stand for."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = narrow(text)
    if _CIRCLED_START.search(text):
        text = _circled_lines(text)
    if "其二" in text:
        text = _qi_items(text)
    if _LETTER_B.search(text) or "B)" in text or "B）" in text:
        text = _letter_items(text)
    if _LETTER_ONE.search(text):
        text = _letter_ones(text)
    text = _PAGE_NUMBER_LINE.sub("", text)
    if "?" in text:
        text = _LOST_MARKS.sub("", text)
    if "&" in text:
        text = _SPACE_ENTITY.sub(" ", text)
    # the three repairs below open with a look-behind, which makes the regex engine try every
    # position of the text (5-14 ms each on a 100 KB plan, and light runs three times a parse);
    # each is skipped when the characters every one of its matches holds are not in the text
    if _YEAR_RUN_IN_HINT.search(text):
        text = _YEAR_RUN_IN.sub(r"\1年", text)
    text = _BARE_MARK.sub(r"\1", text)
    if "条" in text:
        text = _BARE_ARTICLE.sub(r"\1 ", text)
    if "底" in text:
        text = _MONTH_LEFT_OUT.sub(r"\1月", text)
    if _MONTH_RUN_IN_HINT.search(text):
        text = _MONTH_RUN_IN.sub(_month_run_in, text)
    if _BROKEN_DATE_HINT.search(text):
        text = _BROKEN_DATE.sub(r"\1\2", text)
    if "日一" in text:
        text = _ONE_FOR_DASH.sub("-", text)
    if _LATIN_ZERO_YEAR_HINT.search(text):
        text = _LATIN_ZERO_YEAR.sub(lambda m: re.sub("[Oo0]", "〇", m.group()), text)
    if _STOP_FOR_POINT_HINT.search(text):
        text = _STOP_FOR_POINT.sub(lambda m: ".".join(g for g in m.groups() if g), text)
    if "\n、" in text or "\u3000、" in text or " 、" in text:
        text = restore_lost_numerals(text)     # (「、活动内容」 between 一、 and 四、: the page lost its numeral)
    if _BARE_POINT_HINT.search(text):
        text = restore_bare_points(text)       # (「。三工作措施1 .」: a numeral printed with no mark)
    if "—、" in text or "―、" in text or "─、" in text or "－、" in text:
        text = restore_dash_one(text)          # (「。—、本社区概况」 before 二、: a dash typed for 一)
    return _drop_running_heads(_CONTROL.sub("", text))


# a decimal point typed as a full stop before a rate (受害率控制在0。8‰以内 / 达到95。5%): the number it is — only a
# believable rate: at most two digits before the stop before a per cent (新增就业200。60%以上岗位…: two sentences),
# up to three before ‰ or 个百分点
_STOP_FOR_POINT = re.compile(r"(?<![\d.])(\d{1,2})。(\d{1,2})(?=\s*[%％])"
                             r"|(?<![\d.])(\d{1,3})。(\d{1,3})(?=\s*(?:‰|个百分点))")
_STOP_FOR_POINT_HINT = re.compile(r"。(?<=\d。)\d")     # (\d。\d, found from its 。: a literal the search skips to)


# a year in Chinese numerals whose zero was typed as the letter O or the digit 0 (二OO八年六月四日 / 二0二三年):
# the 〇 it is — only four characters, the first 一 or 二, one of them Latin, right before 年
_LATIN_ZERO_YEAR = re.compile(r"(?<![\dA-Za-z〇○零一二三四五六七八九十百千万两])[一二]"
                              r"(?=[〇○零一二三四五六七八九Oo0]{3}\s*年)(?=.{0,3}[Oo0])[〇○零一二三四五六七八九Oo0]{3}")
_LATIN_ZERO_YEAR_HINT = re.compile(r"[一二][Oo0〇○零]")


# a dash typed as the numeral 一 between two days (5月30日一6月4日 / 10月1日一10月31日): a range of days
_ONE_FOR_DASH = re.compile(r"(?<=\d日)一(?=\d{1,2}\s*月\s*\d{1,2}\s*日)")


# a date a page broke over three lines (2014 / 年11月15日 / 前，各街镇…): one run of text again
_BROKEN_DATE = re.compile(r"(?m)^[ \t\u3000]*((?:19|20)\d{2})[ \t\u3000]*\n"
                          r"[ \t\u3000]*(年[\d月日底末上中下旬]{0,8})[ \t\u3000]*\n"
                          r"[ \t\u3000]*(?=(?:前|之前|以前|底前|起|内)?[，,\u4e00-\u9fff])")
_BROKEN_DATE_HINT = re.compile(r"\n[ \t\u3000]*年")      # (in every match: found from its line break, skipped to)
# an item's number alone on its line, its text on the next (1. / 属于民生工程…): one line, as the plan means it
# (not a table's bare row number 1, nor a number over another number or a marker)
_BARE_MARK = re.compile(r"(?m)^[ \t\u3000]*(\d{1,2}[.．、])[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*"
                        r"(?=[\u4e00-\u9fff“《])")
# an article's label alone on its line, its text in the next paragraph (第一条 / 为加强…): one line, as for 1. above
# (not a label over another label, a chapter or a section)
_ARTICLE_NO = r"第[一二三四五六七八九十百零〇\d]{1,5}"
_BARE_ARTICLE = re.compile(r"(?m)^([ \t\u3000]*" + _ARTICLE_NO + r"条)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*"
                           r"(?=[\u4e00-\u9fff“《])(?!" + _ARTICLE_NO + r"[条章节])")


# 「元月上旬」「元月13日至元月25日」「2019年元月」: 元月 is January, written 1月 (same length) before a day, a part
# of the month (or two 「元月中下旬」, rv56 F9a) or 份, or after a year — not money per month 「3000元月薪」 nor
# 单元／纪元 before 月
_FIRST_MONTH = re.compile(r"(?<![\d单纪公美欧日港万千百亿角])元月"
                          r"(?=\s*(?:\d{1,2}\s*[日号]|[上中下]{1,2}旬|初|底|末|份))"
                          r"|(?<=年)元月")


def first_month(text: str) -> str:
    """元月 read as 1月 where it is January — for the date readers only: the task's text keeps 元月 as printed."""
    return _FIRST_MONTH.sub("1月", text) if "元月" in text else text


# 「于20251月20日前」「20254月8日、7月8日」: a date whose 年 the source dropped, the year run into the
# month (read greedily: 202511月 is November); only before a day or a part of the month
_YEAR_RUN_IN = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=(?:1[0-2]|[1-9])月(?:\d{1,2}日|上旬|中旬|下旬|底|末|份))")
# (found from its 月, a literal the search skips to, the year and month read behind it: \d{4}月 tried from every digit
# costs ten times more)
_YEAR_RUN_IN_HINT = re.compile(r"月(?:(?<=(?:19|20)\d{2}1[0-2]月)|(?<=(?:19|20)\d{2}[1-9]月))")


# 「（320日前）」「（321日至520日）」「至1130日」: a date whose 月 the source dropped, the month run into the day — only
# where the digits part one way (``month_day``: 3|20, 11|30; not 119, which is 1月19日 or 11月9日), beside a date's
# own words (前, 至, a dash, or ending a span 「至1130日。」), and not a count of days (提前120日、第150日、满180日、
# 120日内、为120日。); a list of them 「分别于615日、1215日前」 is dated_sendings' (the months must rise)
_MONTH_RUN_IN = re.compile(r"(?<![\d.月/:：\-、])(?<!提前)(?<![第满过达逾])(\d{3,4})"
                           r"(?=日(?:前|之前|至|到|[—\-~～，,）)]))"
                           r"|(?<=[至到—~～])(\d{4})(?=日)")
_MONTH_RUN_IN_HINT = re.compile(r"日(?<=\d{3}日)")
# 「（2023年4底前）」: 月 left out between a month's number and 底 after a year — the month's end it means
_MONTH_LEFT_OUT = re.compile(r"(?<!\d)((?:19|20)\d{2}年(?:1[0-2]|[1-9]))(?=底(?:之前|以前|前))")


def month_day(token: str) -> str | None:
    """615 → 6月15日 when no other split of the digits is a date; else None."""
    splits = [(token[:k], token[k:]) for k in (1, 2) if 1 <= len(token) - k <= 2]
    valid = [(int(m), int(d)) for m, d in splits if m[0] != "0" and 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
    return f"{valid[0][0]}月{valid[0][1]}日" if len(valid) == 1 else None


def _month_run_in(m: re.Match[str]) -> str:
    """The digits of ``_MONTH_RUN_IN`` with their 月 put back (日 follows them), where they part one way only."""
    digits = m.group(1) or m.group(2)
    day = month_day(digits)
    return day[:-1] if day else digits


_RUNNING_HEAD = re.compile(r"^[^。；;：:，,]{6,60}(方案|意见|通知|计划|要点|办法|分工|清单|决定)"
                           r"(?:[（(][^（）()]{1,20}[)）])?$")


def _drop_running_heads(text: str) -> str:
    """A PDF's running head — the document's title repeated at the top of every page — copied
    as lines of its own between the body's lines: a title-like line (…方案, …意见, no sentence
    punctuation) standing alone three times or more. The repeats go; the first stays (it is
    the title, or the plan's own title under a cover notice) unless the title stands wrapped over
    two lines at the top, and then every copy is a head."""
    lines = text.split("\n")
    stripped = [ln.strip() for ln in lines]
    counts: dict[str, int] = {}
    for ln in stripped:
        if ln and _RUNNING_HEAD.match(ln):
            counts[ln] = counts.get(ln, 0) + 1
    heads = {ln for ln, n in counts.items() if n >= 3}
    if not heads:
        return text
    # a title wrapped over two lines at the top (a blank line between them or not) is there
    # already: every standalone copy is a head
    top = [ln for ln in stripped[:40] if ln]
    wrapped = {a + b for a, b in zip(top, top[1:], strict=False)}
    seen: set[str] = {h for h in heads if h in wrapped}
    out = []
    for raw, ln in zip(lines, stripped, strict=True):
        if ln in heads and ln in seen:
            continue
        seen.add(ln)
        out.append(raw)
    return "\n".join(out)


# 「责任单位：县工信局 县通信发展办 各电信运营商」: a units label whose names the page parts by spaces only; each
# gap between two names becomes 、 (not a gap before another label, a time or a sentence: 「区商务局  完成时限：…」)
_UNITS_LABEL_OPEN = re.compile(r"(?:牵头|责任|配合|协办|主办|承办|参与|协同|实施)(?:单位|部门)\s*[:：][^，,。；;：:]*$")
_NAME_END = re.compile(r"(?:局|办|委|站|所|中心|政府|公司|院|队|科|处|部|会|室|镇|乡|村|社区|街道|行|集团|校|馆|场|"
                       r"[）)])$")
_NAME_NEXT = re.compile(r"(?:各|[省市县区镇乡村]|街道)[\u4e00-\u9fff（）()]{1,18}|"
                        r"[\u4e00-\u9fff（）()]{2,18}(?:局|办|委|站|所|中心|政府|公司|院|队|科|处|部|会|室|行|集团|校|馆|场)")
# a sentence after the names, not a name (各乡镇要加强督导 / 村两委负责日常巡查 / 镇村两级)
_NOT_LISTED = re.compile(r"要|应|须|负责|加强|做好|落实|开展|两级|督导|巡查|配合")
# (县财政局按职责分工负责 / 县水务局配合: a name and its role, still a name of the list)
_ROLE_END = re.compile(r"(?<=[局办委站所心府司院队科处部会室镇乡村区道行团校馆场])等?"
                       r"(?:按职责分工|按职责|分别|共同|具体)?(?:负责|配合|落实|参与)(?:落实)?[。；;，,]?$")


def _listed_name(done: str, part: str) -> bool:
    """``part`` is the next name of a units label's list that ``done`` (the line so far) opened."""
    return _UNITS_LABEL_OPEN.search(done) is not None and _NAME_END.search(done) is not None \
        and _NAME_NEXT.fullmatch(part.rstrip("。；;，,")) is not None \
        and not re.search(r"(?:长|书记|主任|人|员)$", part.rstrip("。；;，,")) \
        and (_NAME_END.search(_ROLE_END.sub("", part)) is not None or part.startswith("各")) \
        and not _NOT_LISTED.search(_ROLE_END.sub("", part))   # (县长 / 联系人: a person; 各乡镇要…: a sentence)


def _squeeze_line(line: str) -> str:
    if " " not in line:
        return line
    parts = _HSPACE.split(line.strip())
    out = [parts[0]]
    for part in parts[1:]:
        if not part:
            continue
        prev = out[-1]
        if prev and _ASCII_ALNUM.match(prev[-1]) and _ASCII_ALNUM.match(part[0]):
            out.append(" ")
        elif ("：" in line or ":" in line) and _NAME_NEXT.fullmatch(part.rstrip("。；;，,")) \
                and _listed_name("".join(out), part):      # (the cheap test first: no join for every word)
            out.append("、")
        elif ("：" in line or ":" in line) and _NAME_NEXT.fullmatch(part.rstrip("。；;，,")) \
                and _NOT_LISTED.search(_ROLE_END.sub("", part)) and _listed_name("".join(out), "各乡镇"):
            out.append("。")        # (县水利局 各乡镇要加强督导: the sentence after the names ends them)
        out.append(part)
    return "".join(out)


@lru_cache(maxsize=1)          # (a parse compacts its light text twice: for the plan and for its outline)
def compact(text: str) -> str:
    """``light`` text with the spaces inside Chinese text removed (line breaks kept)."""
    return "\n".join(_squeeze_line(line) for line in light(text).split("\n"))


_LINE_START_MARK = re.compile(r"^\s*([一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|"
                              r"\d{1,4}[.、]|"
                              r"[—\-·•●■◆]|附件)")


def unwrap(text: str) -> str:
    """Rejoin paragraphs that a PDF copy hard-wrapped at a fixed width.

    Only when most lines have (nearly) the same length: a line that long continues
    on the next line, unless that line starts a heading (joining two paragraphs of one
    item is harmless; splitting a unit bracket is not). Other text is unchanged.
    """
    lines = text.split("\n")
    # a line's length with its indent: a paragraph's indented first line ends at the same margin
    lengths = [len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 8]
    if len(lengths) < 10:
        return text
    counts: dict[int, int] = {}
    for n in lengths:
        counts[n] = counts.get(n, 0) + 1
    width = max(counts, key=lambda n: (sum(counts.get(m, 0) for m in range(n - 1, n + 2)), n))
    near = sum(counts.get(m, 0) for m in range(width - 1, width + 2))
    # most lines that long; or, in a plan with many short lines (headings, 牵头单位： lines, a
    # table's cells), still many lines that long and (almost) none longer: a PDF's width, which
    # no line passes
    longer = sum(c for n, c in counts.items() if n > width + 1)
    hard = near >= 0.4 * len(lengths) or near >= max(8, 0.15 * len(lengths)) and longer <= 0.02 * len(lengths)
    if width < 18 or not hard:
        return text
    out: list[str] = []
    last = ""                 # the last line as the PDF broke it: a paragraph ends on a short one,
    for line in lines:        # however long the paragraph joined so far
        stripped = line.strip()
        if out and out[-1] and stripped and not _LINE_START_MARK.match(stripped):
            if len(last) >= width - 1:
                out[-1] = out[-1].rstrip() + stripped
                last = line.rstrip()
                continue
        out.append(line)
        last = line.rstrip()
    return "\n".join(out)


# --- Chinese numerals ---------------------------------------------------------------

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(s: str) -> int | None:
    """``二十八`` → 28, ``十`` → 10, ``一百零二`` → 102; None if not a numeral."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    total = 0
    current = 0
    seen = False
    for ch in s:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
            seen = True
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
            seen = True
        elif ch == "百":
            if not current:
                return None
            total += current * 100
            current = 0
        else:
            return None
    return total + current if seen else None


def cn_digits_to_int(s: str) -> int | None:
    """Digit-by-digit Chinese numerals used in dates: ``二〇二四`` → 2024."""
    if not s or any(ch not in _CN_DIGIT for ch in s):
        return cn_to_int(s)
    return int("".join(str(_CN_DIGIT[ch]) for ch in s))


# --- brackets -----------------------------------------------------------------------

# the characters the bracket scans act on (every other character is passed over)
_BRACKET_EVENT = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "\n]")


def bracket_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Outermost balanced bracket groups in ``text[start:end]`` as (open, close+1).

    Any opening bracket matches any closing one (documents mix ``(`` with ``）``);
    unbalanced brackets are ignored. Linear in the length of the text.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    depth = 0
    open_at = -1
    for m in _BRACKET_EVENT.finditer(text, start, end):     # only brackets and line breaks act
        i = m.start()
        ch = text[i]
        if ch in _PAIR:
            if depth == 0:
                open_at = i
            depth += 1
            if depth > 50:          # nonsense: reset
                depth = 0
        elif ch in CLOSE_BRACKETS and depth:
            depth -= 1
            if depth == 0:
                spans.append((open_at, i + 1))
        elif ch == "\n" and depth:
            depth = 0               # a bracket never spans paragraphs
    return spans


_ANY_BRACKET = re.compile("[" + re.escape(OPEN_BRACKETS) + "]")
_SPLITTERS: dict[str, re.Pattern[str]] = {}
_SPLIT_EVENTS: dict[str, re.Pattern[str]] = {}


def split_top_level(text: str, seps: str) -> list[str]:
    """Split at the characters in ``seps`` that are not inside brackets."""
    if not seps:
        return [text]
    if _ANY_BRACKET.search(text) is None:        # no bracket: every separator splits
        splitter = _SPLITTERS.get(seps)
        if splitter is None:
            splitter = _SPLITTERS[seps] = re.compile("[" + re.escape(seps) + "]")
        return splitter.split(text)
    events = _SPLIT_EVENTS.get(seps)
    if events is None:
        events = _SPLIT_EVENTS[seps] = re.compile(
            "[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + seps) + "]")
    parts: list[str] = []
    depth = 0
    last = 0
    newline_ends = "\n" in seps
    for m in events.finditer(text):        # only brackets and separators act
        i = m.start()
        ch = text[i]
        if ch in _PAIR:
            depth += 1
        elif ch in CLOSE_BRACKETS and depth:
            depth -= 1
        elif ch == "\n" and newline_ends:
            depth = 0              # a bracket left open (《关于印发《〈…〉的通知》) ends with its line
        if ch in seps and depth == 0:
            parts.append(text[last:i])
            last = i + 1
    parts.append(text[last:])
    return parts


SENTENCE_END = "。！？!?"


def split_sentences(text: str, extra: str = "") -> list[str]:
    """Sentences ended by 。！？ (and ``extra``) or line breaks, brackets respected."""
    out = []
    for part in split_top_level(text, SENTENCE_END + "\n" + extra):
        part = part.strip()
        if part:
            out.append(part)
    return out


# a party's option 「…可以申请…」「2人可合租1套」 (not 可能／可行／可持续／可靠): what a rule leaves to the one it names
MAY = re.compile(r"可以|可(?!能|行|持续|靠)")


def split_at_stops(text: str) -> list[str]:
    """The pieces of ``text`` between its stops 。；;！？ and line breaks, stripped, none empty (brackets not
    respected: a stop inside one ends a piece too, unlike ``split_sentences``)."""
    return [s.strip() for s in re.split(r"[。；;！？\n]", text) if s.strip()]


# the labels of a run-in task's parts: its measures (工作措施:) and its units (部门分工:X牵头,Y配合。)
_RUN_MEASURES = re.compile(r"^(?:工作措施|主要措施|具体措施|工作举措|重点举措|推进措施)\s*[:：]")
_RUN_UNITS = re.compile(r"^(?:部门分工|责任分工|职责分工|分工|责任单位|牵头单位|责任部门|牵头部门)\s*[:：]")


# a run-in task's name: a short phrase, no sentence, no number of its own (numbered items are read as such)
_RUN_TITLE = re.compile(r"^(?![（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．])[^。；;:：]{2,40}$")


def number_run_in_tasks(text: str) -> tuple[str, int]:
    """Unnumbered tasks run into one line, each ``<task> 工作措施:… 部门分工:X牵头,Y配合。``, set out one
    task a numbered line (1. <task>, its measures and units on the lines after it); also how many.
    A line is taken so only when two or more of its space-separated pieces are units clauses and
    every task in it has one (the last may be cut off by the page end), and every task's name is a
    short phrase with no number of its own."""
    out: list[str] = []
    made = 0
    for line in text.split("\n"):
        pieces = line.split()
        if sum(1 for p in pieces if _RUN_UNITS.match(p)) < 2:
            out.append(line)
            continue
        tasks: list[list[str]] = []
        for p in pieces:
            if _RUN_UNITS.match(p) or _RUN_MEASURES.match(p):
                if not tasks:
                    tasks.append([])
                tasks[-1].append(p)
            elif tasks and not any(_RUN_UNITS.match(q) for q in tasks[-1]) and not any(
                    _RUN_MEASURES.match(q) for q in tasks[-1]):
                tasks[-1][0] += p          # a title written with a space in it
            else:
                tasks.append([p])
        if len(tasks) < 2 or _RUN_UNITS.match(tasks[0][0]) or not all(
                any(_RUN_UNITS.match(q) for q in t) for t in tasks[:-1]) or not all(
                _RUN_TITLE.match(t[0]) for t in tasks):
            out.append(line)
            continue
        for n, t in enumerate(tasks, 1):
            out.append(f"{n}.{t[0]}")
            out.extend(t[1:])
        made += len(tasks)
    return "\n".join(out), made


_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
_MARKUP_ONLY = re.compile(r"[\s•·●▪■◆-]*(?:\d{1,2}[.、．]|[(（]?\d{1,2}[)）])?\s*")


def strip_empty_markup(text: str) -> str:
    """A web page's stray tags on lines of their own (<th id="…"></th>, led by a list number or a
    bullet: ``1. <th id="x"></th>``) left out: they hold no text, and their numbers are no items."""
    out = []
    for line in text.split("\n"):
        if "<" in line and _MARKUP.search(line) and _MARKUP_ONLY.fullmatch(_MARKUP.sub("", line)):
            continue
        out.append(line)
    return "\n".join(out)
