"""A campaign's span printed once in a time field of the plan's opening points (Round 37 / 44 rulings: 「a campaign span
the plan sets for its work (「自X起至Y」, a 时间 field)」 is a stage span; its end is the deadline of every item that
writes no date of its own), where ``activity_spans`` finds no 「X、活动时间」 section it reads:

- 「一、工作目标时段和保障范围」 over 「（二）工作时段。」「自即日起至11月15日。」: a sub-point that only gives the
  time, under an opening section that names time or aims (not a time field inside one work item: the item's own);
- 「1、 时间安排」 over 「2025年1月10日开始,2025年2月28日结束。」: a point numbered in figures, a span that
  开始…结束;
- 「一、活动重点、主题和时间安排」 over 「活动以…为主题,于6月1日至6月30日统一开展。」: a heading naming the time
  last among its fields;
- 「活动于6月1日??6月30日…」「4月20日一5月20日」: a span whose dash the page lost (printed 「?」 or 「一」);
- 「三、实施计划4月20日-5月20日,全镇各村…」: the plan's schedule run in with its one span;
- 「根据《…方案》有关要求(时间:2016年11月1日至2017年3月31日),结合我镇实际…」: a time field in the preamble.

Not a field with stages under it 「（一）宣传发动阶段（…）」, nor several fields that disagree, nor a field of one work
item 「禁烧时段：“三秋”为…」 (Round 47: a standing measure's time of force). Read by ``parse_text`` and handed to
``date_activity_items`` as the last span it tries.
"""

from __future__ import annotations

import re

from desktop.core.model import Task

from .activity_spans import CAMPAIGN, SPAN, STAGES, YEAR_IN, span_end
from .dates import iso_day
from .heading_markers import line_marker

# the field's name after its number: names joined before it 「活动重点、主题和」, a kind of work, 时间／时段 and 安排
_NAME = re.compile(r"[ \t　]*(?:[\u4e00-\u9fff]{1,6}[、和与及]){0,3}?"
                   r"(?:活动|工作|行动|整治|检查|排查|宣传|实施|治理|专项行动)?时\s*[间段](?:安排)?"
                   r"[ \t　]*[。.:：]?[ \t　]*"
                   # 「三、实施计划4月20日一5月20日,全镇各村…」: the plan's schedule run in with its one span
                   r"|[ \t　]*(?:实施|工作|行动)(?:计划|安排)[ \t　]*[:：]?[ \t　]*"
                   r"(?=(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[-—–~～至到一]|$))")
# an opening section a time field may stand under 「一、工作目标时段和保障范围」「一、总体要求」
_OPENING = re.compile(r"时间|时段|目标|总体|概况|基本情况")
# a dash the page lost between two days 「6月1日??6月30日」
_LOST_DASH = re.compile(r"(?<=日)\s*(?:[?？]{1,3}|一)\s*(?=(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*[月日])")
# 「2025年1月10日开始,2025年2月28日结束」: a first day, then the last day with 结束
_START_END = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:开始|起)\s*[，,]\s*"
                        r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)\s*(?:止|结束)")
# the preamble's time field 「(时间:2016年11月1日至2017年3月31日)」 (not a page's 发布时间／成文时间 stamp)
_PREAMBLE_FIELD = re.compile(r"(?<![布文稿印期])时\s*间\s*[:：为]\s*")


# how far into a field's words its first sentence is read for (its blanks and lost dashes within it)
_FIRST_WORDS = 400


def _words_span_end(words: str, year: int | None) -> str | None:
    """The end of the one span the field's first sentence gives (``SPAN``, 开始…结束, 即日起至…), or None."""
    # (read within the field's first characters: its first sentence, 80 at most, is all it reads)
    first = re.split(r"[。；;\n]", _LOST_DASH.sub("—", words[:_FIRST_WORDS].lstrip()), maxsplit=1)[0][:80]
    if m := _START_END.search(first):
        end_year = m.group(2) or m.group(1) or year
        return iso_day(int(end_year), int(m.group(3)), int(m.group(4)) if m.group(4) else None) if end_year else None
    spans = list(SPAN.finditer(first))
    if spans:
        years = [int(y) for sp in spans for y in YEAR_IN.findall(sp.group(0))]
        ends = {span_end(sp.group(0), year) for sp in spans}
        if len(ends) != 1 or (years and max(years) - min(years) > 1):
            return None
        return ends.pop()
    if (now := CAMPAIGN.search(first)) and (now.group(1) or year):
        return iso_day(int(now.group(1) or year or 0), int(now.group(2)), int(now.group(3)) if now.group(3) else None)
    return None


def _field_ends(body: str, year: int | None) -> set[str | None]:
    """The ends of the time fields of the body's opening points that give one span ({None} where a field has
    stages under it)."""
    lines = body.split("\n")
    marks = [line_marker(line) for line in lines]
    top = next((m[0] for m in marks if m), None)
    ends: set[str | None] = set()
    parent = ""
    for n, (line, mark) in enumerate(zip(lines, marks, strict=True)):
        if mark is None:
            continue
        if mark[0] == top:
            parent = line
        if not ("时" in line or "计划" in line or "安排" in line) or not (name := _NAME.match(line, mark[3])):
            continue
        if mark[0] != top and not _OPENING.search(parent):
            continue            # a time field inside one work item: the item's own
        # the field's words: the rest of its line and the lines up to the next point of its level or above
        below = []
        for k in range(n + 1, len(lines)):     # (no copy of the lines after it per field)
            if (nmark := marks[k]) and (nmark[0] == mark[0] or nmark[0] == top):
                break
            below.append(lines[k])
        rest = line[name.end():]
        words = "\n".join([rest, *below]) if rest.strip() else "\n".join(below)
        if STAGES.search(words[:240]):
            return {None}
        if end := _words_span_end(words, year):
            ends.add(end)       # (a heading over its own fields 「一、工作目标和时段」 gives none itself)
    return ends


def time_field_end(body: str, preamble: str, year: int | None) -> str | None:
    """The end of the one campaign span a time field of the plan's opening points (else of its preamble) gives."""
    ends = _field_ends(body, year) if ("时" in body or "计划" in body or "安排" in body) else set()
    if len(ends) == 1 and (end := next(iter(ends))):
        return end
    if ends:
        return None
    found = {_words_span_end(preamble[m.end():], year) for m in _PREAMBLE_FIELD.finditer(preamble)} \
        if "时间" in preamble else set()
    return found.pop() if len(found) == 1 else None


# an item's own 活动时间 field on a line of its own 「活动时间:207年3月4日-5日」, its year perhaps masked or misprinted
# (「20xx年」「XX年」「207年」: a year token that is no four-digit year): the field's span
_OWN_FIELD = re.compile(r"^[ \t　]*(?:\d{1,2}\s*[、.．]?\s*)?活动时间\s*[:：]\s*"
                        r"(?:(?!(?:19|20)\d{2}年)[\dxX×*＊]{1,4}\s*年\s*)?", re.M)


def own_field_span_items(tasks: list[Task], year: int | None) -> None:
    """Date the tasks whose text holds one 活动时间 field over a span (``_OWN_FIELD``) by the span's end, where the
    deadline read is none or a day inside that span's month before its end (the span's first day, or a day of the
    item's content 「并于3月4日…进行评选」): the item's own time field dates it (round 35; a span due at its end,
    round 37), its year masked or misprinted read as the plan's (in place)."""
    if year is None:
        return
    for task in tasks:
        fields = list(_OWN_FIELD.finditer(task.text)) if "活动时间" in task.text else []
        if len(fields) != 1 or not (span := SPAN.match(task.text, fields[0].end())):
            continue
        end = span_end(span.group(0), year)
        if end and (task.deadline is None or task.deadline[:7] == end[:7] and task.deadline < end):
            task.deadline = end


__all__ = ["own_field_span_items", "time_field_end"]
