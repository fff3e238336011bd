"""The days a plan's 参加时间 section gives its activities line by line (CONVENTIONS Round 95 on x348_06: an activity's
time section dates the activities it names — round 35's 活动时间, round 42's single day — the year by the title):

    四、参加时间
    10月23日上午9:00-11:00   参观奇石园农博园
    10月23日上午11:00-12:00  开展座谈会

each line pairs a day with the activity held on it; an item whose own text names that activity (three characters of
the line's words in a row: 奇石园, 座谈会) is held on that day. Items that name none of them (the plan's 活动要求) are
dated by nothing here. A 活动时间 section is ``activity_spans``' (the span of the whole activity)."""

from __future__ import annotations

import re

from desktop.core.model import Task

from .dates import iso_day

_SECTION = re.compile(r"^[ \t　]*[一二三四五六七八九十]{1,3}、[ \t　]*(?:参加|参与)时\s*间[ \t　]*[:：]?[ \t　]*$",
                      re.M)
_NEXT = re.compile(r"^[ \t　]*[一二三四五六七八九十]{1,3}、", re.M)
# a day, its part and hours, then the activity 「10月23日上午9:00-11:00   参观奇石园农博园」
_LINE = re.compile(r"^[ \t　]*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:上午|下午|晚上|中午|早上)?"
                   r"[\d:：\-—–～~至到\s]*(?P<what>[\u4e00-\u9fff][^\n]{1,30}?)[ \t　。]*$", re.M)


def _activity_days(body: str, year: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for m in _SECTION.finditer(body):
        stop = _NEXT.search(body, m.end())
        for line in _LINE.finditer(body[m.end():stop.start() if stop else len(body)]):
            day = iso_day(year, int(line.group(1)), int(line.group(2)))
            if day:
                out.append((day, re.sub(r"\s+", "", line.group("what"))))
    return out


def date_timed_activities(tasks: list[Task], body: str, year: int | None) -> None:
    """Give each task without a deadline the day of the 参加时间 line naming its activity (in place)."""
    if year is None or "时" not in body:
        return
    days = _activity_days(body, year)
    if not days:
        return
    for task in tasks:
        if task.deadline is not None:
            continue
        text = re.sub(r"\s+", "", task.title + task.text)
        named = [day for day, what in days if any(what[k:k + 3] in text for k in range(len(what) - 2))]
        if named:
            task.deadline = max(named)
