"""Stages named by their step words where their dates stand apart, read by ``schedule``: an ordinal stage with its
name in one bracket and its window in the next (第一阶段(准备阶段)(20__年9月1日-20__年10月30日)), a step headed by
its dates with its name in the bracket after them ((一)6月21日-6月25日(自查自纠阶段)), and a window whose year the
page masks (20__年 / xx年: the stage is kept, its dates left open)."""

from __future__ import annotations

import calendar
import re

from desktop.core.model import Phase

from .dates import MONTHS_JOIN

_BRACKET = re.compile(r"\s*[(（]([^()（）\n]{2,40})[)）]")
_STAGE = re.compile(r"^[\u4e00-\u9fff]{2,12}阶段$")
_DATES_ONLY = re.compile(r"[\d\s年月日号至到—–~－\-底末初上中下旬]+")
_HAS_DATE = re.compile(r"\d\s*[年月日号]|[_＿xX×*]{2,4}\s*年")
# the dates after a stage's colon: 第一阶段(宣传发动阶段)(由各乡镇组织实施)：3月1日至3月15日，召开动员会
_COLON_DATES = re.compile(r"\s*[:：]\s*((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月[^。；;，,\n]{0,24})")
# (or a day it ends by: 准备工作阶段(__年1月5日之前))
_MASKED_WINDOW = re.compile(r"(?:19|20)?[_＿xX×*]{2,4}\s*年\s*\d{1,2}\s*月[^()（）]{0,6}?(?:[-—–~至到－]|前|底|末)")


def masked_window(dates: str) -> bool:
    """A window of months whose year is masked (20__年9月1日-20__年10月30日), or the day it ends by (__年1月5日之前)."""
    return _MASKED_WINDOW.search(dates) is not None


# (… whose end the page prints in full 「20XX年8月1日-2018年4月1日」: the stage ends then, its start left open)
_OPEN_START_END = re.compile(r"[-—–~至到－]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def masked_start_end(dates: str) -> str | None:
    """The month a window whose start year alone is masked ends in, printed with its year (20XX年8月1日-2018年4月1日 →
    2018-04); None where the end is masked too."""
    m = _OPEN_START_END.search(dates) if masked_window(dates) else None
    return f"{m.group(1)}-{int(m.group(2)):02d}" if m and 1 <= int(m.group(2)) <= 12 else None


def bracketed_stage(name: str, inner: str | None, text: str, end: int) -> tuple[str, str] | None:
    """第一阶段(准备阶段)(9月1日-10月30日): (「第一阶段：准备阶段」, the window) where ``inner`` (the bracket after
    ``name``) is a stage's name and a bracket follows at ``end``; a bracket with no dates (（由各乡镇组织实施）)
    passed over for the dates after the colon (…：3月1日至3月15日，…); else None."""
    if not inner or not _STAGE.match(inner):
        return None
    at, window = end, None
    while (after := _BRACKET.match(text, at)) and not _HAS_DATE.search(after.group(1)):
        at, window = after.end(), window or after.group(1)
    if after:
        return f"{name}：{inner}", after.group(1)
    colon = _COLON_DATES.match(text, at)
    if colon:
        return f"{name}：{inner}", colon.group(1)
    return (f"{name}：{inner}", window) if window else None


def dates_first_stage(title: str, name: str, cut: int) -> tuple[str, str] | None:
    """(一)6月21日-6月25日(自查自纠阶段): (the stage's name, the title written name first) where ``name`` (the
    title before ``cut``) is only dates and the bracket at ``cut`` names a stage; else None."""
    dated = _BRACKET.match(title, cut) if _DATES_ONLY.fullmatch(name) else None
    if dated and _STAGE.match(dated.group(1)):
        return dated.group(1), f"{dated.group(1)}（{name}）"
    return None


# (二)4月-10月，全面开展筛查 / (一)3月底前，完成项目启动培训: a step headed by its time, then its work
# (4-10月 / 7、8月份 / 11月中下旬 / 二季度 / 第三季度末: the same time in other words)
_MONTHS = (r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*(?:月|(?=\s*" + MONTHS_JOIN + r"\s*\d{1,2}\s*月))"
           r"(?:份|\s*\d{1,2}\s*[日号])?"
           r"(?:上中旬|中下旬|上旬|中旬|下旬|初|底|末)?"
           r"(?:\s*" + MONTHS_JOIN + r"\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月?"
           r"(?:份|\s*\d{1,2}\s*[日号])?(?:上中旬|中下旬|上旬|中旬|下旬|底|末)?)?")
_QUARTER = r"(?:(?:19|20)\d{2}\s*年\s*)?第?[一二三四1-4]\s*季度(?:末|底)?"
_TIME_FIRST = re.compile(rf"^\s*((?:{_MONTHS}|{_QUARTER})(?:之前|以前|前)?)\s*[，,]\s*"
                         r"([\u4e00-\u9fff“”、]{2,40}?)(?:[，,。；;（(]|$)")
# the units a step's work opens with (县整治办牵头制定方案 / 县整治办会同县督查室组织验收 / 各乡镇、各部门按照职责
# 分工全面开展整治): who does it, no part of its name
_STEP_UNIT = re.compile(r"^(?:由)?(?:(?:各[\u4e00-\u9fff]{0,4}?(?:部门|单位|乡镇|街道|街镇|镇|乡|村|社区)"
                        r"(?![庄民居委级组两内])"
                        r"|[省市县区镇乡][\u4e00-\u9fff]{1,10}?(?:局|委|办|室|政府|站|所|队|中心|部|组|专班))"
                        r"(?:[、和及]|会同|牵头|负责|配合|分别|共同|按照?职责分工)*)+")


def time_first_step(title: str) -> tuple[str, str] | None:
    """(二)4月-10月，全面开展筛查: (the step's work as its name, its time words); else None."""
    m = _TIME_FIRST.match(title)
    if not m:
        return None
    name = m.group(2)
    who = _STEP_UNIT.match(name)
    if who and len(name) - who.end() >= 2:
        name = name[who.end():]
    return (name, m.group(1)) if 2 <= len(name) <= 16 and "、" not in name else None


# 「…活动分以下三个阶段进行：」「工作分为两个步骤：」: a lead-in, closing its item's own text, that counts the
# stages listed as the items under it
_STAGE_LEAD = re.compile(r"分(?:为|成)?(?:以下|如下|下列)?\s*[两二三四五六七八九十\d]\s*个?(?:阶段|步骤)"
                         # (「分三个阶段（2024年5月至9月）进行：」: the whole span in a bracket)
                         r"(?:\s*[（(][^（）()\n]{1,30}[)）])?"
                         r"(?:进行|实施|推进|开展|组织实施)?\s*[:：]\s*$")
# a stage listed so: its name, then its time 「乡村、学校…义务植树活动，时间为2月3日-3月2日。」
# 「集中整治：时间为5月至6月」
_LISTED_STAGE = re.compile(r"^([^。；;：:\n]{2,30}?)\s*[，,：:]?\s*(?:时间|日期|时段)\s*(?:为|是|[:：])\s*"
                           r"([^。；;\n]{1,40})")


# (round 33: a stage in any time form 「1.动员部署阶段（2024年5月）」「（一）自查阶段：5月底前」, its work after the
# time 「…（5月）：召开会议，部署工作」 — a phase, and a task where work follows)
_STAGE_WHEN = (rf"(?:{_MONTHS}|{_QUARTER}|(?:19|20)\d{{2}}\s*年\s*(?:底|末|年底|上半年|下半年)?)"
               r"(?:之前|以前|前|起|开始)?")
_BRACKETED_STAGE = re.compile(r"^([^。；;：:\n（()）]{2,30}?)\s*[（(]\s*(" + _STAGE_WHEN + r")(?:完成)?\s*[)）]")
_COLON_STAGE = re.compile(r"^([^。；;：:\n（()），,]{2,30}?)\s*[:：，,]\s*(" + _STAGE_WHEN + r")(?![\d年月日])")


# 「分为案例申报、案例初审、现场评选等3个阶段。」: a lead-in that counts the stages and names them, its sentence closed;
# the items under it are those stages (each its name and its time) where their names are the names it lists, in order
_NAMING_LEAD = re.compile(r"分(?:为|成)?\s*((?:[\u4e00-\u9fff]{2,10}[、和及])+[\u4e00-\u9fff]{2,10}?)\s*等?\s*"
                          r"[两二三四五六七八九十\d]\s*个?(?:阶段|步骤)(?:进行|实施|推进|开展|组织实施)?\s*[:：。]?\s*$")


def _one_stage(text: str, named: bool) -> tuple[str, str, str] | None:
    """(name, time words, the words after them) of a stage line, any time form; with ``named`` only a name that
    says it is a stage (…阶段 / …步骤)."""
    m = _LISTED_STAGE.match(text)
    if m is None:
        m = _BRACKETED_STAGE.match(text) or _COLON_STAGE.match(text)
        if m is None or named and not re.search(r"(?:阶段|步骤)$", m.group(1).strip()):
            return None
    return m.group(1).strip(" ，,"), m.group(2), text[m.end():]


def listed_stages(lead_in: str, stages: list[str], schedule: bool = False) -> list[tuple[str, str, str]]:
    """The stages a counted lead-in 「分以下三个阶段进行：」 lists as the items under it, each its name and its time
    (「全国“义务植树节”活动，时间为3月2日。」「动员部署阶段（2024年5月）」「自查阶段：5月底前」): (name, time words, the
    words after them) for each, or none unless every item is one. In a section of the schedule (``schedule``:
    实施步骤 / 工作步骤 / 时间安排 …) no lead-in is needed where every item's name says it is a stage."""
    counted = _STAGE_LEAD.search(lead_in.strip()) is not None
    naming = _NAMING_LEAD.search(lead_in.strip()) if not counted else None
    names = re.split(r"[、和及]", naming.group(1)) if naming else []
    if len(stages) < 2 or not (counted or schedule or len(names) == len(stages)):
        return []
    out = []
    for k, text in enumerate(stages):
        one = _one_stage(text.strip(), named=not counted and not names)
        if one is None or names and one[0] != names[k]:
            return []
        out.append(one)
    return out


# the day a stage ends by, closing its bracket 「自主整改阶段(2026年2月15日前)」
# (its year may be left to the list 「（2月15日前）」, rv56 F9b)
_END_DAY = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?(?<!\d)(\d{1,2})\s*月"
                      r"\s*(\d{1,2})\s*日\s*(?:之前|以前|前)?\s*[)）]?\s*$")


def next_start(last: str, stage_text: str) -> str:
    """The month a stage starts in after one that ends in ``last`` (YYYY-MM), ``stage_text`` that stage's line: the
    month after, or ``last`` itself where that stage ends by a day before its month's end 「(2026年2月15日前)」 (the
    next stage starts the day after, in the same month)."""
    year, month = int(last[:4]), int(last[5:7])
    day = _END_DAY.search(stage_text.strip())
    if day and int(day.group(1)) == month and int(day.group(2)) < calendar.monthrange(year, month)[1]:
        return last
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


# a stage closing a dated list whose time is no span 「（四）巩固提升阶段（长期）」「（常态化）」: a phase of the
# schedule with no dates (round 67's x283_08: a stage list with end dates)
_STANDING_STAGE = re.compile(r"(?m)^[ \t\u3000]*[(（][一二三四五六七八九十]{1,2}[)）][ \t\u3000]*"
                             r"([\u4e00-\u9fff]{2,10}阶段)[ \t\u3000]*[(（](?:长期|长效|常态化?|持续)[)）]"
                             r"[ \t\u3000]*$")


def standing_stages(text: str, dated: list[tuple[int, Phase]]) -> list[tuple[int, Phase]]:
    """The stages with no dates 「（四）巩固提升阶段（长期）」 right after two or more ``dated`` stages (position,
    phase) of the same list: (position, phase with no start or end)."""
    if len(dated) < 2:
        return []
    last = max(at for at, _p in dated)
    out: list[tuple[int, Phase]] = []
    for m in _STANDING_STAGE.finditer(text, last):
        if text.count("\n", last, m.start()) > 1:
            break                       # (only the lines right after the dated stages: the same list)
        out.append((m.start(1), Phase(name=m.group(1), start=None, end=None, text=text[m.start(1):m.end()].strip())))
        last = m.start()
    return out
