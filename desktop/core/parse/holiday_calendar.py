"""A holiday's calendar printed as items 「一、放假时间。1月31日至2月6日放假调休,共7天。1月29日上班。」
「1、…放假时间为9月14日中午12:00至9月17日,共3.5天。…9月18日上课,补周五的课。」: when the holiday, the classes
and the leaving fall — a state with no act, no task (Round 89 on x330_01 一; Round 91 on x336_07 一/1; "Round 102
rulings, written early" on x366_04 一/2: 可 gives an option, 方能 says when leave starts).

Two layouts only:
- a top-level point with nothing under it whose every sentence is a line of the calendar (the notice's 一、放假时间);
- a section's numbered lines that are all lines of the calendar (the section is the calendar, 「一、放假时间
  1、… 2、… 3、…校车的发车时间为14:40」).
Not a calendar line among the section's instructions 「1.1月24日至1月30日放假调休… 2.各单位原则上应按照
以上时间放假。3.各单位应及时将值班安排表报局办公室。」 (each line the item it is printed as, round 65's
reading), nor an item that tells its addressees to keep the calendar 「…原则上应按照以上时间放假」 (应: an
instruction), nor one whose sentence gives work 「放假前要组织安全检查」, nor a term's start with no holiday in
it 「全市普通高中毕业年级8月23日报到,8月24日正式上课」 (x127_08 一/1: the schools' work)."""

from __future__ import annotations

import re

from .headings import Item

# each sentence names a day or a clock time (or the holiday's length) and a word of the calendar
_WHEN = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*[:：]\s*\d{2}|共\s*[\d.]+\s*天")
_CALENDAR = re.compile(r"放假|调休|上班|上课|离校|返校|回校|晚自习|发车|补[^。；;，,]{0,3}课")
# … in a text about the holiday itself
_HOLIDAY = re.compile(r"放假|调休")
# … and none asks for work or forbids it
_ASKS = re.compile(r"要|应|须|务必|必须|请|负责|做好|组织|开展|落实|确保|严禁|禁止|不得|不准")
_SENTENCES = re.compile(r"[。；;\n]")
_MAX_CHARS = 240
_MAX_LINES = 20


def _own_text(item: Item) -> str:
    text = item.body.strip()
    title = item.title.strip()
    if title and text.startswith(title) and not _WHEN.search(title):
        text = text[len(title):]             # (「放假时间。1月31日…」: the heading, then the calendar)
    return text


def _calendar_lines(text: str) -> bool:
    sentences = [s.strip(" ,，。") for s in _SENTENCES.split(text) if s.strip(" ,，。")]
    return len(text) <= _MAX_CHARS and bool(sentences) and all(
        _WHEN.search(s) and _CALENDAR.search(s) and not _ASKS.search(s) for s in sentences)


def calendar_only(item: Item) -> bool:
    """``item`` has nothing numbered under it and is a line of the holiday's calendar in one of the two layouts the
    module names: a top-level point, or one of a section's lines that are all the calendar's."""
    if item.children:
        return False
    if item.parent is None:
        text = _own_text(item)
        return _HOLIDAY.search(text) is not None and _calendar_lines(text)
    lines = item.parent.children
    # (the item's own line first, and a calendar is a handful of lines: every leaf of a long section asked this must
    # not read all its siblings — 2,000 numbered lines took 16 s, rv of round 70's merge, bench nasty_headless_run)
    if len(lines) > _MAX_LINES or not _calendar_lines(_own_text(item)) or any(c.children for c in lines):
        return False
    texts = [_own_text(c) for c in lines]
    return any(_HOLIDAY.search(t) for t in texts) and all(_calendar_lines(t) for t in texts)


__all__ = ["calendar_only"]
