"""The reporting duties of responsible units: what they send, how often, and by when."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from desktop.core.model import Duty

from .date_spans import bracket_date, heading_bracket, month_range
from .dated_sendings import (
    _DATE_ALONE,
    _DATE_WORD,
    _GIVE_BACK,
    _SEND,
    _dated_sendings,
    _months_restored,
    _pairs_split,
    _respective_sendings,
)
from .dates import find_deadlines, iso_day, quarterly_lists, years_in
from .duty_sentences import (
    EVERY_YEAR,
    FINDING_TOLD,
    JOINED_FILING,
    MEETING_EVERY,
    NEXT_MONTH,
    applicant_filing,
    handed_on,
    holiday_rule,
    other_duty,
    problem_sent,
    regulated_filing,
    return_made_by,
    rhythm_of,
)
from .normalise import cn_to_int, split_top_level
from .office_oversight import OFFICE_KEEPS
from .prefilter import led
from .sendings import REGULAR_SEND, cut_sending

_SUBMIT = r"(报送|上报|提交|上交|报告|报|送)"
# _kinds' words, compiled once (it reads every sentence of a plan)
_SUBMIT_RE = re.compile(_SUBMIT)
_NAMED = re.compile(r"(明确|确定|指定|落实|安排|设立|确定|配备|选派|更新(?=[^，,。；;]{0,10}?联络员名单))")
_MONTHLY = re.compile(r"(每月|按月|每个月|月度)|" + NEXT_MONTH)
_QUARTERLY = re.compile(r"(每个?季度|每一季度|每季|按季度|逐季|季度通报|季通报|季报)")
_SUMMARY = re.compile(r"(小结|总结)")
_BULLETIN_TO = re.compile(r"向[^，,。；;]{1,20}?通报")
_LISTED_BULLETIN = re.compile(r"(?<=[、“\"])季度?通报|季度?通报(?=[、”\"])")
_MONTH_NAMED = re.compile(r"\d{1,2}月")
# (the office that keeps the rhythm telling of the units 「…办公室实行“月调度、季通报”，对…的单位进行通报」: the 通报
# of a sentence whose subject is the office is its own, not the units' sending — ``office_oversight.OFFICE_KEEPS``)
_UNITS_SEND = re.compile(r"报送|上报|提交|上交")
_YEAR_REPORT = led(re.compile(r"(工作总结|年度总结|全年总结|总结报告|年度报告"
                          r"|(?<![及和与、])全年(?:工作|任务)?(?:落实|完成|推进|工作)情况)"))
_REPORT_SENT = re.compile(r"(报送|上报|提交|上交|报)")
_BY_MONTH = re.compile(r"(每月|按月)|" + NEXT_MONTH)
_PROGRESS = re.compile(r"(进展|进度|落实情况|工作情况)")


# a sending due some days after the campaign ends: 「活动结束后5个工作日内报送总结」 /
# 「攻坚行动结束后7日内，…报送工作总结」
# (the campaign's own summary, not the year's; its day is not written)
_AFTER_END = re.compile(r"(?:活动|行动|攻坚|整治|专项|工作|检查|督查)[\u4e00-\u9fff]{0,4}?(?:结束|完成)(?:后|之后)\s*"
                        r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?(?:工作日|日|天)(?:内|以内)")
# a cell of a task's time that only names a rhythm (（…完成时限：每季度）): the task's pace, no sending
_TIME_CELL = re.compile(r"(?:完成时限|完成时间|时限|时间节点)\s*[:：]\s*(?:每|按)[^，,。；;]{0,6}[)）]?\s*$")
# every other month: a rhythm apart from the monthly one beside it (每月20日前报送…，每两个月报送一次典型案例)
_BIMONTHLY = re.compile(r"每两个?月|每隔一个?月|每双月")


# a person named to do the reporting: 「各区要明确专人负责信息报送工作」「确定1名联系人负责数据上报」 (not
# 明确专人负责巡查: no reporting; not 专人负责…报送的材料审核: what others send)
_REPORTER_NAMED = led(re.compile(r"(?<!已)(?<!已经)(?:明确|确定|指定|落实|安排)(?:\s*\d\s*名|[一1两2]名)?"
                             r"(?:专人|专职人员|联系人|联络人|信息员)"
                             # (not 已明确专人…: a past step; not 负责接收/受理/审核…报送: what others send)
                             r"(?:具体)?负责(?![^，,。；;]{0,6}?(?:接收|受理|审核))"
                             r"[^，,。；;]{0,8}?(?:报送|上报|报告|联络)(?:工作)?(?=[。；;，,]|$)"))


def _kinds(s: str) -> list[tuple[str, str | None]]:
    kinds: list[tuple[str, str | None]] = []
    if "联络员" in s and (_NAMED.search(s) or re.search(r"联络员名单[^，,。；;]{0,12}?(?:报送|上报|报)", s)) \
            or "负责" in s and _REPORTER_NAMED.search(s):      # (负责 in every match of it)
        kinds.append(("liaison", None))
    # (every match of _MONTHLY and _BY_MONTH holds 月 — 每月 / 按月 / 每个月 / 月度 / 次月: tested first, as their
    # branch held at the start (NEXT_MONTH) makes the engine try every position of a sentence without one)
    month = "月" in s
    if month and "信息" in s and _MONTHLY.search(s) and _SUBMIT_RE.search(s):
        kinds.append(("monthly_info", "month"))
    if "季" in s and _QUARTERLY.search(s):       # (季 in every match)
        # (每季度召开1次形势分析会 / 每季度…进行督查: a meeting or a check on the quarter, nothing sent)
        # (「督查室实行“月调度、季通报、半年检查”」: a bulletin listed in the office's cycle, nothing the units send —
        # not one sent to a body 「每季度向县政府通报进展」 nor the units' own 「每季度通报一次进展」; ux57 finding 6)
        # (「市领导小组办公室实行“月调度、季通报…”，对工作推进不力的单位进行通报」: the office's bulletins on the
        # units, none they send — a duty the units owe has them as the sender, 报送／上报; ux64 finding 7)
        sent = s if _BULLETIN_TO.search(s) else _LISTED_BULLETIN.sub("", s)
        if OFFICE_KEEPS.search(s) and not _UNITS_SEND.search(s):
            sent = sent.replace("通报", "")
        kinds.append(("quarterly_report" if _SUBMIT_RE.search(sent) else "oversight", "quarter"))
    # (the half year and the summary in one clause: 每半年报送一次进展情况，工作总结于12月10日前报送 asks for the
    # progress each half year and the year's summary by its day)
    half = "半年" in s and any("半年" in c and _SUMMARY.search(c) for c in re.split(r"[，,]", s))
    if half and _SUBMIT_RE.search(s) and "检查" not in s:
        kinds.append(("half_year_summary", None))
    elif half and _MONTH_NAMED.search(s):
        kinds.append(("half_year_summary", None))
    # (…每季度进展情况，12月25日前报告全年落实情况: the whole year's account, sent by its date)
    if ("年" in s or "总结" in s) and _YEAR_REPORT.search(s) \
            and not ("半年" in s and any("半年" in c for c in re.split(r"[，,]", s) if _YEAR_REPORT.search(c))) \
            and not _AFTER_END.search(s) and _REPORT_SENT.search(s):
        kinds.append(("year_end_report", None))
    if "方案" in s and "备案" in s:
        kinds.append(("plan_filing", None))
    if month and not any(k == "monthly_info" for k, _ in kinds) and _BY_MONTH.search(s) \
            and _PROGRESS.search(s) and _SUBMIT_RE.search(s):
        kinds.append(("other", "month"))
    return kinds


# a step stamped with its month: （二）数据资料收集（2021年9月）。…
# (its days may be written: （三）总结提高阶段（10月16日-10月31日）)
_STEP_STAMP = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）][^（(。；;，,]{2,16}[（(]((?:(?:19|20)\d{2}\s*年)?"
                         r"\s*\d{1,2}\s*(?:月(?:\s*\d{1,2}\s*日)?|(?=[-—–~至到]))(?:\s*[-—–~至到]\s*(?:(?:19|20)\d{2}\s*年)?"
                         r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)(?:份)?[)）]")

# 「请各区发展改革部门于2026年8月15日前向我委申报首批项目」: the units asked to file with the issuer by a day
# (not 「企业可向区商务委申报」: no request, no day)
# (「请符合条件的企业于…前向…申报」: applicants invited, no unit's duty)
_REQUESTED_FILING = re.compile(r"(?:^|[，,；;])\s*请(?![^，,。；;]{0,12}?(?:企业|个人|申请人|符合条件|有意向))"
                               r"[^，,。；;]{2,30}?于[^，,。；;]{3,20}?(?:之前|以前|前)\s*向[^，,。；;]{1,16}?申报")



# a material a unit writes and sends: 形成一篇专题材料 / 报送工作总结
_MATERIAL = re.compile(r"(形成|报送|上报|提交|撰写|编报|报)[^，,；;。]{0,20}?(材料|总结|报告|简报|信息|小结"
                       # a report named by its rhythm (报送周报、月报) — not 月报表 / 月报送 / 月报告's verb
                       r"|(?<=[周月季旬])报(?![送告表]))")
# reports listed by their rhythms 「报送周报、月报、季报」: a material of its own, though its rhythm was read before
_LISTED_REPORTS = re.compile(r"(?<![\d一二三四五六七八九十个元正当半上下本次])[周月季]报\s*[、和及与]\s*"
                             r"[周月季年]报(?!表)")
# a meeting held on a rhythm of its own in one clause that tells what it reports 「每月召开工程推进会通报…」: the
# clause's rhythm, beside the sending on another rhythm in the same sentence (「…，每季度向工作小组汇报…」); not a
# meeting alone 「专班每周召开一次例会，每月向区政府报告…」 (the sending's rhythm stays the sentence's)
_RHYTHM_MEETING = re.compile(r"(?:每|按)\s*(?:个)?(?:周|月|季度?|年)(?:度)?[^，,。；;]{0,4}?召开[^，,。；;]{0,16}?会"
                             r"(?:议)?[^，,。；;]{0,2}?通报")


_LISTED_MEETING = re.compile(r"(?:每|按)?(季度|季|月度|月|年度)[\u4e00-\u9fff]{0,6}?(?:例会|调度会|联席会议?)(?:等)?")


# a clause that sends by a day of each month (各牵头单位每月25日前将任务推进情况报区委督查室): the month's sending,
# beside dated sendings in the same sentence (…，6月20日前报送半年工作小结) — ux59 finding 4
_MONTH_DAY = re.compile(r"每(?:个)?月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]\s*(?:之前|以前|前)")
_RHYTHM_CLAUSES = re.compile(r"[，,]|、(?=\s*(?:每|按)\s*(?:年|季|月|周|半年|旬))")


def _second_rhythms(s: str, have: set[str | None]) -> list[Duty]:
    """「按季度报送阶段性总结，…，每年年底至少形成一篇专题材料」: a clause of the same sentence that
    asks for another material on another rhythm is a duty of its own."""
    out: list[Duty] = []
    # (「每季度提交…分析报告、每年提交年度…报告」: a rhythm after 、 opens a clause of its own)
    for clause in _RHYTHM_CLAUSES.split(s):
        every = rhythm_of(clause)
        if every == "year" and _report_due_not_yearly(clause, by_any_day=True):
            continue                    # 12月10日前报送年度总结: a report due that day (_dated_clauses), no rhythm
        if every is None or every in have and not (_BIMONTHLY.search(clause) or _LISTED_REPORTS.search(clause)) \
                or not (_MATERIAL.search(clause) or _RHYTHM_MEETING.search(clause)
                        or every in ("week", "day") and _SEND.search(clause)
                        and (_PROGRESS.search(clause) or "情况" in clause)
                        or every == "month" and _MONTH_DAY.search(clause) and _SEND.search(clause)
                        or _BIMONTHLY.search(clause) and _SEND.search(clause)):
            # 「建立…、月度工作成效报送、季度工作例会等」: a listed meeting on a rhythm of its own
            meeting = next((p.strip() for p in clause.split("、") if _LISTED_MEETING.match(p.strip())), None)
            listed = _LISTED_MEETING.match(meeting) if meeting else None
            every = MEETING_EVERY.get(listed.group(1)) if listed else None
            if listed is None or every is None or every in have:
                continue
            clause = listed.group(0).rstrip("等")
        have = have | {every}
        out.append(Duty(kind="other", due=None, every=every, text=clause.strip()))
    return out


# a bracket that holds only the item's time 「（2020年9月30日前完成）」「（完成时限：2021年6月底前完成）」
_TIME_NOTE = re.compile(r"[（(](?:完成时[限间][：:])?[^（）()，,。；;]{2,24}?(?:前|底|末)?完成[）)][。.]?")


def _done_then(duty: str, following: str, default_year: int | None) -> str | None:
    """「系统方案经专家评审后报市住房城乡建设管理委备案。2026年底前，完成…系统方案编制」: an undated
    duty to send a thing takes the date by which the next sentence of its paragraph has the same
    thing done (or a cut-off the next sentence sets for the same thing 「…发送至邮箱。活动成果材料截止时间为
    2024年10月7日」). A time note in brackets standing after the duty 「…形成书面材料汇总至区商务委。
    （2020年9月30日前完成）」 is the item's own date: the sending's too."""
    if not following or not re.search(r"完成|建成|出台|印发|形成|截止时间|截止日期", following):
        return None
    dls = find_deadlines(following, default_year)
    if dls and _TIME_NOTE.fullmatch(following.strip()):
        return max(d.date for d in dls)
    shared = {duty[k:k + 4] for k in range(len(duty) - 3)} & {following[k:k + 4] for k in range(len(following) - 3)}
    return max(d.date for d in dls) if dls and any(re.fullmatch(r"[\u4e00-\u9fff]{4}", g) for g in shared) else None


# 「12月10日前报送年度总结」「年底前报送年度工作总结」: a year's report due by a day, no yearly rhythm
_YEAR_DUE = re.compile(r"\d\s*[月日]\s*(?:底|末)?\s*(?:之前|以前|前)|年\s*(?:底|末)\s*(?:之前|以前|前)")


def _report_due_not_yearly(text: str, by_any_day: bool = False) -> bool:
    """Whether a yearly word in ``text`` names a year's report due by a day, not a yearly rhythm: due by a day
    (_YEAR_DUE; with ``by_any_day`` any day or month written) and no 每年/每半年."""
    if EVERY_YEAR.search(text):
        return False
    return bool(_YEAR_DUE.search(text) or by_any_day and _DATE_WORD.search(text))


_SECTION_HEADING = re.compile(r"^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")


def _step_stamps(paragraphs: list[str], year: int | None) -> list[str | None]:
    """For each paragraph, the date of the step heading it stands under (「（一）全面部署（2020年12月9日前）」 down
    to the next heading of its rank or above), or None."""
    out: list[str | None] = []
    stamp: str | None = None
    for paragraph in paragraphs:
        line = paragraph.strip()
        if m := _SECTION_HEADING.match(line):
            # 「（一）全面部署（2020年12月9日前）」: a step's heading line ending with the date it is done by (a
            # section 一、 is no step: it only ends the one above)
            words = heading_bracket(line[m.end():]) if line[0] in "(（" else None
            stamp = bracket_date(words, year) if words and re.search(r"前|底|末", words) else None
        out.append(stamp)
    return out


def _restated(s: str, every: str, duties: list[Duty]) -> bool:
    """Whether a sentence of a kind already met says again a duty already found: the same rhythm by the same
    day (各街镇每月25日前将排查进展报送… / 请各街镇于每月25日前将工作进展情况报送…)."""
    days = set(re.findall(r"(\d{1,2})\s*日", s))
    return bool(days) and any(d.every == every and set(re.findall(r"(\d{1,2})\s*日", d.text)) == days
                              for d in duties)


_YEAR_MONTHS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")


# a day written without its year (请在6月7日前报…)
_DAY_NO_YEAR = re.compile(r"(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:前|之前|以前)")


# 于方案印发之日起30日内 / 自本方案下发之日起15天内: a time counted from the day the plan was issued
# (印发后30日内 / 自本方案印发之日起，各区要在30日内: the same time in other words)
_FROM_ISSUE = re.compile(r"(?:印发|下发|发布|出台)(?:之日起|之日后|后)\s*(?:[，,][^，,。；;\d]{0,10}?(?:在|于))?\s*"
                         r"(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(日|天|个月)(?:内|以内)")
# what the time is given for: a sending, or the making of what is then sent (制定实施方案，报…备案); another
# work (召开动员会，并将会议情况报… / 完成整改，整改情况报…) keeps its time to itself
_ISSUE_WORK = re.compile(r"\s*(?:[^，,。；;]{0,20}?(?:报送|上报|报备|提交|报(?![告道])|抄送)"
                         r"|(?:制定|制订|编制|拟定|起草|形成)[^，,。；;]{0,12}?(?:方案|计划|细则|办法|清单|台账))")


def issued_due(s: str, issued: str | None) -> str | None:
    """The day a time counted from the plan's issue ends (「于方案印发之日起30日内」 from 2024-04-20: 2024-05-20);
    None without the plan's date or such a time (working days are not counted: holidays are not known)."""
    m = _FROM_ISSUE.search(s) if issued else None
    if m is None or issued is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued) \
            or not _ISSUE_WORK.match(s, m.end()):
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
    if not n:
        return None
    day = date.fromisoformat(issued)
    if m.group(2) != "个月":
        return (day + timedelta(days=n)).isoformat()
    months = day.month - 1 + n
    y, mo = day.year + months // 12, months % 12 + 1
    return iso_day(y, mo, min(day.day, calendar.monthrange(y, mo)[1]))


# kinds whose due is a date the sentence gives
_DATED_KINDS = ("half_year_summary", "year_end_report", "plan_filing", "liaison")
# what each of them sends: a dated clause sending something else (排查情况 / 实施方案 beside a liaison) is not theirs
_OWN_MATERIAL = {"half_year_summary": re.compile(r"总结|小结|报告"), "year_end_report": re.compile(r"总结|报告"),
                 "plan_filing": re.compile(r"方案|计划|细则|备案"),
                 "liaison": re.compile(r"名单|联络员|联系人|联络人|联系方式")}


# a clause that sends by a day and names nothing sent (「明确1名联络员，于3月15日前报街道城管办」): it sends
# what the sentence names
_BARE_SEND = re.compile(r"(?:并|须|要|应|请)?\s*(?:于|在)?[^，,将；;。]{0,16}?(?:之前|以前|前)\s*"
                        r"(?:报送|上报|报至|报给|报)[^，,将；;。情况材料总结报告方案]{0,16}")


# a body's seat or note in brackets after its name 「（设在市民政局）」「（以下简称…）」
_SEAT = re.compile(r"[（(][^（）()，,。；;]{1,20}[)）]")


# 「分别于A、B、C前报送」: the days a sending is made by, one after another
_EACH_BY = re.compile(r"分别(?:于|在)\s*((?:[^、，,。；;]{3,14}?、)+[^、，,。；;]{3,14}?)(?:之前|以前|前)")
_EACH_RHYTHM = re.compile(r"每年|每半年|每季|每月")
_CLAUSE_CUT = re.compile(r"[，,。；;]")


def _each_by(clause: str, year: int | None) -> list[str]:
    """The days of a 「分别于A、B、C前」 list, in order ([] unless each part is one day, and [] for a quarter's
    days, 「分别于2月14日、5月16日、8月15日、11月14日前」: a quarterly sending)."""
    m = _EACH_BY.search(clause)
    own = max(clause.rfind(c, 0, m.start()) for c in "，,；;") if m else 0     # the list's own clause opens
    if m and (quarterly_lists(clause) or _EACH_RHYTHM.search(clause, max(own, 0), m.start())
              or not _SEND.search(_CLAUSE_CUT.split(clause[m.end():], maxsplit=1)[0])):
        # (「每年分别于6月30日、12月31日前报送」: a yearly rhythm; 「分别于6月底、12月底前完成两轮排查，并将…报送」: the
        # days are the work's, the sending in a clause of its own)
        return []
    days = [find_deadlines(part + "前", year) for part in m.group(1).split("、")] if m else []
    return [d[0].date for d in days] if days and all(len(d) == 1 for d in days) else []


def _dated_clauses(s: str, kinds: list[str], default_year: int | None,
                   issued: str | None) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The clauses of a sentence that send something by a day of their own (「各乡镇于6月5日前将自查情况报送县住建局，
    8月10日前报送工作总结」): (the clauses no kind of the sentence takes, each with its day — duties of their own;
    the day each dated kind takes from its clause). A sentence with one dated clause gives it to its dated kind."""
    clauses = split_top_level(s, "，,")
    if len(clauses) < 2:
        return [], {}
    dated: list[tuple[str, str]] = []
    held = None                         # a date in a clause of its own (于2025年12月5日前，通过…报送…)
    for n, clause in enumerate(clauses):
        dls = find_deadlines(clause, default_year)
        due = max(d.date for d in dls) if dls else issued_due(clause, issued)
        if due is None and held is not None:
            clause, due = held[0] + "，" + clause.strip(), held[1]
        held = None
        sends = _SEND.search(clause) or _GIVE_BACK.search(clause)
        if due and sends and not _MONTHLY.search(clause) and not _QUARTERLY.search(clause):
            each = _each_by(clause, default_year)
            if each:
                # 「分别于2023年11月20日、2024年6月20日、2025年12月20日前报送市局」: one sending by each day
                dated.extend((clause.strip(), day) for day in each)
                continue
            dated.append((clause.strip(), due))
        elif dls and _DATE_ALONE.fullmatch(clause) and n + 1 < len(clauses) and _SEND.search(clauses[n + 1]):
            held = (clause.strip(), due)  # the date goes with the sending the next clause asks for
    wanted = [k for k in kinds if k in _DATED_KINDS]
    taken: dict[str, str] = {}
    free = []
    for clause, due in dated:
        # (with no dated kind wanted every clause is free: its kinds are not read)
        own = {k for k, _e in _kinds(clause)} | ({"liaison"} if "联络员" in clause else set()) if wanted else set()
        kind = next((k for k in wanted if k in own and k not in taken), None)
        # (「于2月20日前报市…领导小组办公室（设在市民政局）」: the office's seat in brackets is no material sent)
        if kind is None and wanted and len(dated) == 1 and (_OWN_MATERIAL[wanted[0]].search(clause)
                                                            or _BARE_SEND.fullmatch(_SEAT.sub("", clause.strip()))):
            # 明确1名联络员，于4月30日前将名单报送… (not 将排查情况报送…: a sending of its own)
            kind = wanted[0]
        if kind is not None:
            taken[kind] = due
        else:
            free.append((clause, due))
    return free, taken


# a round the plan's work takes once a year (「…的变更工作每年变动一次」「每年集中受理一次」)
_YEARLY_BEFORE = re.compile(r"每年(?:度)?[^，,。；;]{0,10}?一次")


# a numbered heading of a few words over the sentence that says the duty (（一）明确联络员 / （二）按时报送信息)
# (a point's 「二、按时报送情况」 too: the sendings its sentences ask for are the duties, the heading none of its own)
_DUTY_HEADING = re.compile(r"(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])\s*"
                           r"[\u4e00-\u9fff]{2,10}")


# an item's own time field in its closing bracket 「（责任单位：…；完成时限：2024年3月22日前）」 (Round 76: an item's
# 完成时限 dates the naming of its liaison and the duty)
_ITEM_TIME = re.compile(r"[（(][^（）()]*?(?:完成时[限间]|时间节点)\s*[:：]\s*(?P<when>[^（）()；;，,]{2,24})"
                        r"[^（）()]*[)）]\s*。?\s*$")


def _item_time(paragraph: str, year: int | None) -> str | None:
    """The one day an item's closing bracket prints as its 完成时限, or None (no such field, or no one day)."""
    m = _ITEM_TIME.search(paragraph)
    days = find_deadlines(m.group("when"), year) if m else []
    return days[0].date if len(days) == 1 else None


def find_duties(text: str, year: int | None, issued: str | None = None) -> list[Duty]:
    """Reporting duties found in the plan's sentences: one per named kind (the first met), and
    every other sentence that asks for something to be sent by a date, on a rhythm or 及时 (``year``:
    the plan's, for days written without one)."""
    duties: list[Duty] = []
    seen: set[str] = set()
    paragraphs = text.split("\n")
    sentences = [(_months_restored(sentence.strip()), n) for n, paragraph in enumerate(paragraphs)
                 for sentence in split_top_level(_pairs_split(paragraph), "。！？!?；;")]
    written: dict[int, int] = {}        # the year of the month last written in each paragraph so far
    stamps = _step_stamps(paragraphs, year)
    opened: dict[int, int] = {}         # the number of duties found before each paragraph's first sentence
    moved: list[tuple[list[Duty], str]] = []      # the sendings a rule 遇节假日提前／顺延 moves, and the rule
    for i, (s, paragraph) in enumerate(sentences):
        # 「自2024年4月起，每月28日前报送…。4月15日前，…上报…」: a day without a year takes the year of the month
        # last written before it in its paragraph, before the plan's; a year named with no month (到2027年,
        # 2000年以前建成的, 《条例》（2024年修订）, 2024年度排查的问题) is no date the day follows
        here = written.get(paragraph)
        years = years_in(s)
        if years and (months := _YEAR_MONTHS.findall(s)):
            written[paragraph] = int(months[-1])
        opened.setdefault(paragraph, len(duties))
        if len(s) < 6 or len(s) > 400 or regulated_filing(s):
            continue                     # (a regulated party's filing with a regulator: no duty, round 32)
        if holiday_rule(s):
            # 「以上报送时间遇节假日提前」: the days of the sendings before it, in its paragraph (or, opening one,
            # in the paragraph before), move so — the rule goes with their text, no duty of its own
            since = duties[opened[paragraph]:]
            earlier = [p for p in opened if p < paragraph]
            moved.append((since or duties[opened[max(earlier)]:opened[paragraph]] if earlier else since, s))
            continue
        default_year = here if here is not None and not years else year
        # a kind met before: the sentence is read as any other (每季度组织调度，通报进展 after 每季度召开会议)
        met = _kinds(s)
        kinds = [k for k in met if k[0] not in seen]
        after = sentences[i + 1] if i + 1 < len(sentences) and sentences[i + 1][1] == paragraph else ("", -1)
        # (a heading on a line of its own 「二、按时报送情况」 over the paragraph that asks: that paragraph's sentence —
        # not one naming a kind itself 「（一）明确联络员」, the liaison the lines under it may not say so)
        under = sentences[i + 1][0] if not after[0] and not met and i + 1 < len(sentences) \
            and paragraphs[paragraph].strip().rstrip("。") == s else after[0]
        if under and _DUTY_HEADING.fullmatch(s) and rhythm_of(s) is None and not re.search(r"每|定期|季度", s) \
                and not under.startswith(("（", "(")) and (_SEND.search(under) or "联络员" in under):
            # （一）明确联络员。各街道…报区安委办: the heading names the duty its sentence asks for (not
            # 「（二）每季度召开一次推进会。（责任单位：…）」: a duty of its own, its units after it)
            continue
        # searched once here, given to other_duty on either path
        sent = _SEND.search(s) is not None and not applicant_filing(s) \
            or "请" in s and _REQUESTED_FILING.search(s) is not None \
            or handed_on(s) or problem_sent(s) or FINDING_TOLD.search(s) is not None \
            or "备案" in s and JOINED_FILING.search(s) is not None and not applicant_filing(s)
        # (请: in its every match; 各单位要将…情况…报区残联: the 报 _SEND reads names no office;
        # 问题及时向我委反映: told up)
        if not sent and "时" in s and _TIME_CELL.search(s):     # (时 in every match of it)
            continue                     # （牵头单位：…；完成时限：每季度）: a task's pace, no duty
        if not kinds:
            steps = _respective_sendings(s, default_year) or _dated_sendings(s, default_year, sent)
            if len(steps) < 2 and sent and len(each := _each_by(s, default_year)) >= 2:
                steps = [(s, day) for day in each]      # 分别于A、B、C前报送…: one sending by each day
            if len(steps) >= 2:
                # (a step whose days keep a quarter's rhythm 「3月25日、6月25日、9月25日、11月30日前报送各季度…」: every
                # quarter, no one day)
                duties.extend(Duty(kind="other", due=None if (q := bool(quarterly_lists(part))) else due,
                                   every="quarter" if q else None, text=part) for part, due in steps)
                continue
            other = other_duty(s, default_year, sent)
            if other is None and not sent and (made_by := return_made_by(s, default_year)):
                other = (made_by, None, "other")     # 5月底前完成整组总结和…统计报表工作
            undated = other is not None and other[0] is None and other[1] is None
            if (other is None or undated) and sent and not s.startswith(("（", "(")):
                # 「（二）数据资料收集（2021年9月）。各相关部门按要求提供指标数据资料」: a sending in a step
                # stamped with its month is due by that month's end (so is a sending with no date of its own:
                # 「（三）总结提高阶段（10月16日-10月31日）。各单位要…形成书面总结并报送上级…」)
                stamp = _STEP_STAMP.match(paragraphs[paragraph].strip())
                due_then = month_range(stamp.group(1), default_year)[1] if stamp else None
                kind = other[2] if other else "other"
                if due_then:
                    # (the window's last day where it is written: （11月21日-12月10日） is due 12月10日)
                    last = re.search(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$", stamp.group(1)) if stamp else None
                    day = int(last.group(2)) if last and int(last.group(1)) == int(due_then[5:7]) else None
                    other = (iso_day(int(due_then[:4]), int(due_then[5:7]), day)
                             or iso_day(int(due_then[:4]), int(due_then[5:7])), None, kind)
                elif stamps[paragraph]:
                    other = (stamps[paragraph], None, kind)   # a sending in the step （二）排查工作（2021年6月底前）
                elif other is None and "截止" in after[0] and (then := _done_then(s, after[0], default_year)):
                    other = (then, None, kind)    # 「…发送至邮箱。活动成果材料截止时间为2024年10月7日」: its cut-off
            if other is not None and met and other[1] and _restated(s, other[1], duties):
                continue
            if other is not None and other[0] is not None and other[1] is None and not years and i \
                    and sentences[i - 1][1] == paragraph and _YEARLY_BEFORE.search(before := sentences[i - 1][0]) \
                    and not _SEND.search(before):
                # 「…变更工作每年变动一次。市局各部门和区局需在6月底前提出申请，…再上报…」: the sending of a yearly
                # round the sentence before sets, its month's day each year (round 31, plans-next94 class 8)
                # (a dated sending only: not 「每年开展一次检查。发现问题的，…应及时报告」, a case's — rm85)
                other = (None, "year", other[2])
            if other is not None and s not in {d.text for d in duties}:
                due = other[0] or (None if other[1] else _done_then(s, after[0], default_year)) \
                    or (None if other[1] else issued_due(s, issued))
                duties.append(Duty(kind=other[2], due=due, every=other[1], text=s))
                if other[1]:
                    # 「于方案印发之日起10日内制定具体方案报…，每月5日前报送…」: the dated sending besides the rhythm
                    duties.extend(Duty(kind="other", due=d, every=None, text=c)
                                  for c, d in _dated_clauses(s, [], default_year, issued)[0])
                    # 「…每周一报县城管局，活动结束后5个工作日内报送总结」: the campaign's summary besides the rhythm
                    duties.extend(Duty(kind="other", due=None, every=None, text=c.strip())
                                  for c in split_top_level(s, "，,") if _AFTER_END.search(c) and _SEND.search(c))
            continue
        if all(every is None for _k, every in kinds) and len(steps := _dated_sendings(s, default_year, sent)) >= 2:
            # 「于6月30日前报送工作方案，于12月5日前，…报送年度工作总结」: two sendings, split first, each clause
            # then typed and dated on its own (not the summary by the plan's date and the sentence once more)
            for part, due in steps:
                own = next((k for k, _e in _kinds(part) if k not in seen), "other")
                if own != "other":
                    seen.add(own)
                duties.append(Duty(kind=own, due=due, every=None, text=part))
            # 「…于3月15日前将整治方案报县整治办，每周五报送工作进展，10月15日前报送工作总结」: the sending on a
            # rhythm between the dated ones is a duty too
            # (not 「年度」: 于12月5日前，通过政务网报送年度工作总结 names the year reported on, no rhythm)
            duties.extend(d for d in _second_rhythms(s, {None}) if d.every != "year")
            continue
        dls = whole = find_deadlines(s, default_year)
        second = _second_rhythms(s, {every for _k, every in kinds})
        if "每年" in s and any(k == "year_end_report" and k not in seen for k, _e in kinds):
            # 每年1月15日前报送上年度工作总结: the year-end report is the yearly sending (one duty, not two)
            if any(d.every == "year" for d in second):
                kinds = [(k, "year" if k == "year_end_report" else e) for k, e in kinds]
                second = [d for d in second if d.every != "year"]
        duties.extend(second)
        free, taken = _dated_clauses(s, [k for k, _e in kinds], default_year, issued)
        for clause, due in free:
            if any(d.due == due and d.every is None and clause in d.text for d in duties):
                continue
            # 「6月25日前报送半年工作总结，12月20日前报送全年工作总结」: the whole year's account, by its own day
            whole_year = "year_end_report" not in seen and "半年" not in clause and re.search(r"全年|年度", clause) \
                and _YEAR_REPORT.search(clause)
            if whole_year:
                seen.add("year_end_report")
            duties.append(Duty(kind="year_end_report" if whole_year else "other", due=due, every=None, text=clause))
        if free:
            # 「制定具体实施方案报…备案，于4月30日前将排查情况报送…」: the day of a sending of its own is not the kind's
            gone = {clause for clause, _due in free}
            dls = find_deadlines("，".join(c for c in split_top_level(s, "，,") if c.strip() not in gone), default_year)
        if all(every is None for _k, every in kinds) \
                and (other := other_duty(s, default_year, sent, whole)) and other[1] \
                and other[1] not in {d.every for d in second} \
                and not (other[1] == "year" and _report_due_not_yearly(s)):
            # 「确定…联络员，由区房管局牵头定期（每月一次）开展联合执法检查」: the liaisons named, and a rhythm
            if other[1] == "year" and "每半年" not in s \
                    and any(k == "year_end_report" and k not in seen for k, _e in kinds):
                # 每年1月15日前报送上年度工作总结: the year-end report is the yearly sending (one duty)
                kinds = [(k, "year" if k == "year_end_report" else e) for k, e in kinds]
            else:
                duties.append(Duty(kind=other[2], due=None, every=other[1], text=s))
        for kind, every in kinds:
            if kind in seen:
                continue
            due = taken.get(kind)
            if due is not None:
                pass                     # the day of its own clause (6月5日前报送自查情况，8月10日前报送工作总结)
            elif kind in ("half_year_summary", "year_end_report", "plan_filing") and dls:
                due = dls[0].date if len(dls) == 1 else max(d.date for d in dls)
                if kind == "half_year_summary":
                    june = [d for d in dls if d.date[5:7] in ("06", "07")]
                    # (a day written beats the period word: 上半年工作总结于7月5日前报送 is due 7月5日)
                    dayed = [d for d in june if "日" in d.words]
                    due = (dayed or june)[0].date if june else due
            elif kind == "plan_filing" and (due := issued_due(s, issued)):
                pass                     # 于方案印发之日起10日内制定具体实施方案，报…备案
            elif kind == "liaison" and len(named := {d.date for c in split_top_level(s, "，,") if "联络员" in c
                                                     for d in find_deadlines(c, default_year)}) == 1:
                # 要于5月10日前确定1名联络员，报…: no clause sends the list by a day of its own, so the day the
                # liaison is named by (where one does — 于5月20日前将名单报送… — that day was taken above: the
                # duty a liaison meets is sending the list)
                due = named.pop()
            elif kind == "half_year_summary" and default_year:
                due = f"{default_year}-06-30"
            if kind == "year_end_report" and due is None and every is None and "年度" not in s and not dls \
                    and not (default_year is None and _DAY_NO_YEAR.search(s)):
                if sent and REGULAR_SEND.search(s) and s not in {d.text for d in duties}:
                    duties.append(Duty(kind="other", due=None, every=None, text=s))
                continue                 # (a day written with no year in a plan of no year: still a duty, due unknown)
            if kind == "plan_filing" and due is None and every is None:
                due = _done_then(s, after[0], default_year)
            if due is None and every is None and kind != "year_end_report":
                due = stamps[paragraph]          # 明确…联络员 in the step （一）全面部署（2020年12月9日前）
            if due is None and every is None and kind == "liaison":
                due = _item_time(paragraphs[paragraph], default_year)   # （…；完成时限：3月22日前）: the item's day
            if kind != "oversight":
                seen.add(kind)           # (each meeting on the quarter is one of its own)
            duties.append(Duty(kind=kind, due=due, every=every, text=s))
    found = _each_year_reports(duties + cut_sending([s for s, _ in sentences if s], duties, text, year), year)
    for sendings, rule in moved:
        for duty in sendings:
            if rule not in duty.text:
                duty.text += "；" + rule
    return found


# 「每年6月20日前报送半年工作小结，11月30日前报送年度工作总结」: each report by its own day, every year (ux58
# finding 1: a three-year plan's half-year summary was given the year-end day of the last year, and C's year-end
# report, after 、, was not read at all)
_YEAR_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_HALF_REPORT = re.compile(r"半年[^，,、；;。]{0,8}?(?:小结|总结|报告)")
_WHOLE_REPORT = re.compile(r"(?:年度|全年)[^，,、；;。]{0,8}?(?:小结|总结|报告)")
_OTHER_RHYTHM = re.compile(r"每(?:个)?月|按月|每季|每个季度|按季度|每半年|每周")


def _yearly_report_days(s: str) -> dict[str, tuple[int, int]]:
    """The half-year and year-end reports a sentence asks for every year (每年 opening their clause or a clause
    before, no other rhythm since), each with the month and day its own clause names."""
    days: dict[str, tuple[int, int]] = {}
    yearly = False
    for clause in re.split(r"[，,、；;]", s):
        if "每年" in clause:
            yearly = True
        elif _OTHER_RHYTHM.search(clause):
            yearly = False
        day = _YEAR_DAY.search(clause)
        if not yearly or day is None:
            continue
        month, dd = int(day.group(1)), int(day.group(2))
        if not (1 <= month <= 12 and 1 <= dd <= 31):
            continue
        if _HALF_REPORT.search(clause):
            days.setdefault("half_year_summary", (month, dd))
        elif _WHOLE_REPORT.search(clause):
            days.setdefault("year_end_report", (month, dd))
    return days


def _each_year_reports(duties: list[Duty], year: int | None) -> list[Duty]:
    """The half-year summary and year-end report one sentence asks for 每年 are due every year (``every`` year), each
    by the day its own clause names, in the year the parser gave (``year`` where it gave none; the dashboard takes
    each year of the plan's span): a kind the sentence asks for that was not read is added, and a yearly ask
    of the same sentence read as 「其他」 is dropped, now said by the two."""
    out = list(duties)
    for text in dict.fromkeys(d.text for d in duties if d.kind in ("half_year_summary", "year_end_report")
                              or d.kind == "other" and d.every == "year"):
        days = _yearly_report_days(text)
        # (a yearly report alone, 每年12月10日前报送年度总结, keeps its ruled reading: round 35, confirmed by Round 79)
        if len(days) < 2:
            continue
        for kind, (month, day) in days.items():
            held = next((d for d in out if d.kind == kind and (d.text == text or text in d.text
                                                                 or d.text in text)), None)
            then = int(held.due[:4]) if held is not None and held.due else year
            if then is None:
                continue
            try:
                due = date(then, month, day).isoformat()
            except ValueError:
                continue
            if held is not None:
                held.due, held.every = due, "year"
            elif not any(d.kind == kind for d in out):
                out.append(Duty(kind=kind, due=due, every="year", text=text))
        out = [d for d in out if not (d.kind == "other" and d.every == "year" and d.text in text
                                      and _yearly_report_days(d.text).keys() <= days.keys())]
    return out
