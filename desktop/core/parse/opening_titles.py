"""The title a page opens with when its whole text runs on in one line and only a space parts the title from the text
(「20XX 某某宣传周活动方案 某某宣传周就要到了,…」): read from the light text, where that space still stands (the compact
text the other title readers see has lost it)."""

from __future__ import annotations

import re

from .site_titles import COLLECTION_TAIL, PLAN_WORD

# the opening words up to a plan word, then a space and the text going on (no stop, colon or comma inside the title;
# a space may stand inside it, after a year: 20XX 某某活动方案)
# (or no space inside, up to 40 characters: 2019某某日主题及活动方案; the text may open with the day, 2019年5月15日,…)
_SPACED_TITLE = re.compile(r"^\s*((?:[^\s。；;，,:：!！?？]{1,12}(?:[ \u3000][^\s。；;，,:：!！?？]{1,60}?)?"
                           r"|[^\s。；;，,:：!！?？]{13,38}?)" + PLAN_WORD
                           + r")[ \u3000]+(?=[\u4e00-\u9fff]|(?:19|20)\d{2}年)")
# the line is the page's whole text: long, with sentences after the title
_RUN_ON = 200


def spaced_title(light_text: str) -> str:
    """The title run into the first line of a one-line page, a space after it; "" when the page opens otherwise."""
    line = next((ln for ln in light_text.split("\n") if ln.strip()), "")
    if len(line) < _RUN_ON:
        return ""
    m = _SPACED_TITLE.match(line)
    if m is None or not re.search(r"[。；;!！]", line[m.end():m.end() + _RUN_ON]):
        return ""
    title = m.group(1)
    return title if 6 <= len(title.replace(" ", "")) <= 60 else ""


# a site's column name and the page's title on its first line, a space between (交通安全工作方案 某镇…百日行动工作方案)
_NAME = r"[^\s。；;，,:：!！?？]{2,60}?" + PLAN_WORD
_COLUMN_AND_TITLE = re.compile(r"^\s*" + _NAME + r"[ \u3000]+(" + _NAME + r")\s*$")


# a one-line page opening with the site's file name, a space, then the title (a space may stand inside it) and the
# preamble run on after it: 「三大活动实施方案 街道开展…活动的 实施方案 为了认真贯彻…」
_FILE_THEN_TITLE = re.compile(r"^\s*[^\s。；;，,:：!！?？]{2,20}?" + PLAN_WORD + r"[ \u3000]+"
                              r"([^\s。；;，,:：!！?？][^。；;，,:：!！?？\n]{2,60}?" + PLAN_WORD + r")"
                              r"[ \u3000]*(?=为了?|根据|按照)")


def column_and_title(light_text: str) -> str:
    """The page's title where its first line sets a site's column name before it, a space between, and the text
    below opens with the title again (its first paragraph run on after it); "" otherwise. (Or a one-line page whose
    site's file name stands before the title, the preamble run on after it.)"""
    lines = [ln.strip() for ln in light_text.split("\n", 8)[:8] if ln.strip()]
    if lines and len(lines[0]) >= _RUN_ON and (named := _FILE_THEN_TITLE.match(lines[0])):
        return re.sub(r"(?<![A-Za-z0-9])[ \u3000]+|[ \u3000]+(?![A-Za-z0-9])", "", named.group(1))
    if len(lines) < 2:
        return ""
    m = _COLUMN_AND_TITLE.match(lines[0])
    if m is None or not lines[1].startswith(m.group(1)):
        return ""
    return m.group(1)


# a document shop's name of the file in 【】 at the head of its text, its page count inside (【某校…实施方案(16页)】为…)
_SHOP_TITLE = re.compile(r"^\s*【([^【】\n]{4,60}?" + PLAN_WORD + r")\s*(?:[(（]\s*\d{1,3}\s*页\s*[)）])?】(?=\S)")


def shop_title(light_text: str) -> str:
    """The name in 【】 a document shop sets at the head of the text it shows, the text run on after it; "" else."""
    m = _SHOP_TITLE.match(light_text)
    return m.group(1).strip() if m else ""


# an essay site's heading over the articles it compiles, its count after it (…工作方案2篇 / …工作方案2023(通用5篇)), run
# into the first article's own title and counter (…工作方案 1 / …工作方案2022篇1) and its text: the title both write
_COMPILED_RUN_ON = re.compile(r"^\s*([^\s。；;，,:：!！?？《》]{4,40}?" + PLAN_WORD + r")\s*(?:(?:19|20)\d{2}\s*)?"
                              r"(?:\d{1,2}\s*篇|" + COLLECTION_TAIL + r")\s*\1")


def compiled_title(light_text: str) -> str:
    """The title a compilation's heading and its first article both give on one of the page's first lines; "" else."""
    for line in light_text.split("\n", 6)[:6]:
        if (m := _COMPILED_RUN_ON.match(line)):
            return m.group(1)
    return ""
