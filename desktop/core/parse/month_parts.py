"""An item's own date as the part of a month 「市环保局6月初举办…比赛」「10月中旬,省教育厅组织开展…评比」, or as a
day set with 于 「并于5月1日对…实施」.

An item that writes no date but the part of one month its event is held in — 月初, 上旬, 中旬, 下旬 — is dated by
that month (round 37: the item's own date; ``activity_spans.own_month`` reads the whole month 「在4月份」, a day
「6月5日」 opening the item is ``own_day``'s). Only where the same sentence holds the work (a verb of holding or
doing after the month's part), and only the item's one such month.
Not a limit 「6月中旬前」 (a deadline read before), a span 「6月中旬至7月」, a start
「6月中旬起」, a rhythm 「每年7月中旬报…」 (round 34's recurring items), a cut-off 「截至6月中旬」 nor a past fact
「去年10月下旬举办了…」.

Read by ``activity_spans.date_activity_items`` for tasks left without a deadline, after ``own_month``; a new module,
as ``dates`` and ``activity_spans`` are near the line limit.
"""

from __future__ import annotations

import re

from .dates import WEEKDAY, iso_day

_PART = re.compile(r"(?<![\d年每及和与或、])(?<!每年)(?<!截至)(?<!截止)(?<!去年)(?<!往年)"
                   r"(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|[1-9])\s*月\s*(?:初|上旬|中旬|下旬)"
                   r"(?!\s*(?:[前起至到、和及—\-－~～]|之前|以前|以后|之后|开始))"
                   r"\s*[，,]?[^。；;，,\n]{0,24}?(?:举办|举行|召开|开展|组织|启动|进行|完成)(?!了)")


def month_part(text: str, year: int | None) -> str | None:
    """The end of the one month whose part (初／上旬／中旬／下旬) the item holds its work in (``_PART``), in the
    item's own year else ``year``; None where there is none, or several."""
    found = [m for m in _PART.finditer(text) if not _not_own(text, m)] if "月" in text else []
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    return iso_day(int(found[0].group(1) or year or 0), int(found[0].group(2)))


# 「并于5月1日对施工、监理单位关键岗位人员实施视频考勤」「市文明办将于6月10日举办…」: the one day an item says with
# 于 its own work is done on (round 37: the item's own date) — not a limit 「于6月10日前」, a start 「于5月1日起」,
# a span 「于6月1日至30日」, a past fact 「已于」「曾于」「…举办了」, nor a rule taking force 「《条例》于5月1日施行」
# a past edition 「上届比赛于8月11日在…举办」「去年…举办了」: history, no day of the item's (review 41)
PAST_EDITION = re.compile(r"上届|上一届|往届|历届|去年|往年|曾|已经?")
_SET_DAY = re.compile(r"(?<![已曾早业])(?:将|并|统一|拟|计划|定)?于\s*(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|[1-9])\s*月"
                      r"\s*(\d{1,2})\s*[日号](?:上午|下午|晚上|当天)?"
                      r"(?!\s*(?:[前起至到、和及—\-－~～]|之前|以前|以后|之后|开始|[-—]))"
                      r"\s*[，,]?[^。；;，,\n]{0,30}?(?:举办|举行|召开|开展|组织|启动|进行|完成|实施)(?!了)")


# 「…比赛活动时间暂定在2月11日(正月十二日)」「活动时间定于5月20日」: the day the item sets for its event's time, the
# sentence's verb being the setting itself (round 37: the item's own date) — not a limit 「…前」, a start 「…起」 or a
# span 「…至…」
_SET_TIME = re.compile(r"时间\s*(?:暂定|初定|拟定|定)\s*(?:在|于|为)\s*(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|[1-9])\s*月"
                       r"\s*(\d{1,2})\s*[日号]" + WEEKDAY + r"(?!\s*(?:[前起至到—\-－~～]|之前|以前|开始))")


def set_day(text: str, year: int | None) -> str | None:
    """The one day the item sets its own work on with 于 (``_SET_DAY``) or as its time (``_SET_TIME``), in its own
    year else ``year``; None where there is none, or several."""
    found = [m for m in _SET_DAY.finditer(text) if "于" in text and not _not_own(text, m)
             and not _IN_FORCE.search(text, m.end(3), _stop_after(text, m.end(3)))] \
        or [m for m in _SET_TIME.finditer(text) if not _not_own(text, m)]
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    m = found[0]
    return iso_day(int(m.group(1) or year or 0), int(m.group(2)), int(m.group(3)))


# 「将10月份作为我镇森林防火“宣传月”」「把6月定为“安全生产月”」: a month the plan sets for its work, named as the
# campaign's month (Round 83 on x312_01 一: a span the plan sets dates the item by its end, round 37) — not a month
# set for another thing 「将10月份作为考核时间」 (no month's name after it)
_SET_MONTH = re.compile(r"(?:将|將|把)\s*(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|[1-9])\s*月份?\s*"
                        r"(?:作[为為]|定[为為]|确定[为為])"
                        r"[^。；;，,\n]{0,16}?[\u4e00-\u9fff]{2,8}月[”\"」]?(?=[。；;，,\n]|$)")


def set_month(text: str, year: int | None) -> str | None:
    """The end of the one month the item names as its campaign's month (``_SET_MONTH``), in its own year else
    ``year``; None where there is none, or several."""
    found = [m for m in _SET_MONTH.finditer(text) if not _not_own(text, m)] if "月" in text else []
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    return iso_day(int(found[0].group(1) or year or 0), int(found[0].group(2)))


# (a rule taking force later in the sentence 「《条例》于5月1日起…施行」, looked for from the day to the sentence's end)
_IN_FORCE = re.compile(r"施行|生效")
_STOPS = re.compile(r"[。；;\n]")
_CLAUSE_OPENS = re.compile(r"[，,。；;\n]")
# a rhythm 「每年于5月1日」「每年的10月中旬」 (round 34's recurring items), as 每年 just before the month is
_RHYTHM = re.compile(r"每年|每月")
# a past event the item names as its ground 「按照市委于3月5日召开的…会议部署」: the verb before 的, and no 将／拟／计划
_ATTRIBUTE = re.compile(r"\s*的")
_PLANNED = re.compile(r"将|拟|计划|定于")


def _stop_after(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its 。／；／line end), or the text's end."""
    m = _STOPS.search(text, pos)
    return m.start() if m else len(text)


def _not_own(text: str, m: re.Match[str]) -> bool:
    """Whether a date read by ``_PART`` or ``_SET_DAY`` is no date of the item's own work: a past edition 「上届…」
    「已于」, a rhythm 「每年…」 in its clause before it (looked back 40 characters at most: run-together text), or a
    past event the item only names 「…于3月5日召开的会议」 (review 45)."""
    start = m.start()
    back = max(0, start - 40)
    opened = max((c.end() for c in _CLAUSE_OPENS.finditer(text, back, start)), default=back)
    if PAST_EDITION.search(text, opened, start) or _RHYTHM.search(text, opened, start):
        return True
    return bool(_ATTRIBUTE.match(text, m.end())) and not _PLANNED.search(text, opened, m.end())
