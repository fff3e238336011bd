"""The days an item's own work is appointed for inside its sentences, not by a limit (前) and not at a sentence's
opening (``activity_spans.own_day`` reads those):

- a day with the part of the day or the hour the work is held at 「組織基干民兵8月1日下午進行一場籃球賽」「镇干部按照
  分组安排表于4月26日下午15:00统一到圩上打扫卫生」: an appointment, the day the item's work is done (round 37: the
  item's own date wins over the activity's span);
- the day (or days) a line of activities gives after the activity's name, as a clause of its own
  「1、新春祈福活动,2月13日,14日,群众在飞仙阁新春祈福。」「2、碧云寺素斋活动,2月14日。」: the days it is held, due at
  the last (round 37);
- the one day an item's own run-in time field gives 「…参与班级:全校学生 活动时间:4月1日班会进行」;
- the days a body is to come and do a step 「各村(居)于4月25日—4月28日到镇党政办领取…药饵」: a span after 于 (or 在),
  then the step — its last day.

The latest of them dates the item (round 34: the latest of the item's own dates). Not a limit 「12月1日上午8:30前到达」
(a deadline the dates' readers have), a start 「…起」, nor a span opening its clause 「于4月1日至30日，…」 (the clause
readers'). Read by
``activity_spans.date_activity_items`` for tasks left without a deadline; a module of its own, as ``activity_spans``
is near the size limit.
"""

from __future__ import annotations

import re

from .dates import WEEKDAY, iso_day, run_on_day

# a day, then the part of the day (and perhaps the hour, or hours) it is held at — not a limit (…前) nor a start (…起)
# (its year may be written: 「2009年2月19日上午统一着劳动装」; the evening too: 「确保2月7日(星期日)晚,…全部开启」, not
# 「晚于」, a limit)
_TIMED_DAY = re.compile(r"(?<![\d年.\-/])(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]" + WEEKDAY +
                        r"\s*(?:上午|下午|晚上|早上|中午|傍晚|凌晨|晚(?!于|些|点))"
                        # (the hours taken whole, so that 「上午8:30前」 is not read as 「上午」 and a figure)
                        r"(?:\s*\d{1,2}\s*[:：点時时]\s*(?:\d{2})?(?:\s*[-—–~～至到]\s*\d{1,2}\s*[:：点時时]\s*(?:\d{2})?)?)?+"
                        r"(?!\s*(?:之前|以前|前|起|开始|開始))")
# 于／在 a span of days, then the step done in it 「于4月25日—4月28日到镇党政办领取」 — not a limit nor a start
_AT_SPAN = re.compile(r"(?:于|於|在)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:[-—–~～至到]|——)\s*"
                      r"(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]"
                      r"(?!\s*(?:之前|以前|前|起|开始|開始|期间|期間|[，,、。；;]))")

# an activity's name opening the item (a few words ending in an event's word, no verb or clause before it), then its day
# and the days listed after it by a comma, closed by a comma or a full stop — not a limit (…前) nor a start (…起)
_NAMED_EVENT_DAYS = re.compile(r"^[^\n。；;，,:：]{2,16}?"
                               r"(?:活动|比赛|大赛|表演赛?|演出|晚会|庙会|灯会|展览|展演|游园|联欢会?)\s*[，,]"
                               r"\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"
                               r"((?:\s*[，,、]\s*\d{1,2}\s*[日号])*)" + WEEKDAY + r"\s*(?=[，,。；;]|$)")
_LAST = re.compile(r"(\d{1,2})\s*[日号]\s*$")
# an item's own time field run in after its other fields 「…主题班会 参与班级:全校学生 活动时间:4月1日班会进行」: the
# one day it is held (round 43: a 时间 field dates the work it heads; round 37: the item's own date wins over the
# activity's span) — not a span 「活动时间:4月1日--4月4日」「4月1日（星期五）至4月13日」 (the weekday held, atomic:
# given back, the lookahead would see 「（」 and pass), a limit (…前) nor a start (…起)
_FIELD_ONE_DAY = re.compile(r"(?:活动时\s*间|(?<![\u4e00-\u9fff])时\s*间)\s*[:：]\s*(?:((?:19|20)\d{2})\s*年\s*)?"
                            r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?>" + WEEKDAY + ")"
                            r"(?!\s*(?:[-—–~～至到、和及]|之前|以前|前|起|开始|開始))")


def _named_event_day(text: str, year: int) -> str | None:
    """The last day ``_NAMED_EVENT_DAYS`` gives at the opening of ``text`` (its own year, else ``year``), or None."""
    m = _NAMED_EVENT_DAYS.match(text.strip())
    if m is None:
        return None
    last = _LAST.search(m.group(4)) if m.group(4) else None
    return iso_day(int(m.group(1) or year), int(m.group(2)), int(last.group(1) if last else m.group(3)))


def appointed_day(text: str, year: int | None) -> str | None:
    """The latest day ``text`` appoints its work for (``_TIMED_DAY``, ``_AT_SPAN``) in ``year``, or None."""
    if year is None or "日" not in text and "号" not in text:
        return None
    days = [iso_day(int(m.group(1) or year), int(m.group(2)), int(m.group(3))) for m in _TIMED_DAY.finditer(text)]
    # (「在3月28日至7日」: a last day before the first, its month not printed, is in the next month: ``run_on_day``)
    days += [iso_day(year, int(m.group(3)), int(m.group(4))) if m.group(3)
             else run_on_day(year, int(m.group(1)), int(m.group(2)), int(m.group(4))) for m in _AT_SPAN.finditer(text)]
    days.append(_named_event_day(text, year))
    days += [iso_day(int(m.group(1) or year), int(m.group(2)), int(m.group(3))) for m in _FIELD_ONE_DAY.finditer(text)]
    found = [d for d in days if d]
    return max(found) if found else None


__all__ = ["appointed_day"]
