"""What a reporting duty is called where duties are listed (the dashboard's due list, the plan's info): a
dated one-off report by the paper it asks for and its day 「自查报告（5月15日前）」, not 「其他报送事项」."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

# what each kind of duty is called
DUTY_LABELS = {
    "monthly_info": "月度进展和工作信息",
    "half_year_summary": "半年工作小结",
    "year_end_report": "年度工作总结",
    "plan_filing": "本单位实施方案报备",
    "quarterly_report": "季度报告",
    "liaison": "确定联络员",
    "other": "其他报送事项",
    "oversight": "调度督导",
}

# the paper's words: no clause break; a bracket's words (its note 「（单位、姓名、职务、联系电话）」) ride along
_WORDS = r"(?:[^，,。；;：:！!？?\n（()）]|[（(][^）)\n]{0,40}[）)])"
# sending: 报送 / 上报 / 提交 …, or a bare 报 / 送 / 交 that is no part of 申报 / 汇报 / 报告 / 报表 / 报名
SENDS = (r"(?:转报|报送|上报|提交|报给|报至|送交|(?<![申汇填呈情])报(?![告表名道销价])"
          r"|(?<![发运])送(?![达])|(?<![提移])交(?![流通]))")
# 「将整改情况报区民政局」「将联络员信息（单位、姓名…）报送…」: the paper stands between 将 and the sending
_PUT_THEN_SENT = re.compile(rf"将(?P<what>{_WORDS}{{2,40}}?)(?:书面)?{SENDS}")
# 「报送自查报告」「向区民政局提交项目清单和联系人名单」: the paper follows the sending (not 「报送至区发改委」)
_SENT_THEN = re.compile(rf"(?:报送|上报|提交|提供|呈报|报备|送交)(?![至到给向])(?P<what>{_WORDS}{{2,40}})")
# 「系统方案经专家评审后报市住房城乡建设管理委备案」: a clause opening with the paper it files, no 将 before it
_FILED = re.compile(rf"(?:^|[，,。；;])(?P<what>{_WORDS}{{2,20}}?)(?:经[^，,。；;]{{1,20}}?后)?(?:报送|上报|报)"
                    r"[^，,。；;]{1,30}?备案")
# 「按计划编制年度自评估报告」: the paper a duty has made, where no sending names it
_MADE = re.compile(rf"(?:编制|撰写|起草|形成)(?P<what>{_WORDS}{{0,20}}?(?:报告|总结|小结|清单|台账|名单))")
# where the paper's words end: the office it goes to, or what happens to it
_TAIL = re.compile(r"(?:至|到|给|报|送|交|由|经|并|以)[^报告表单案见结料划况]*$")
# the day written after the paper 「将执勤巡逻名单于5月30日前上报」
_DAY_AFTER = re.compile(r"(?:务必|务|须|应|要)?(?:于|在)?(?:(?:19|20)\d\d年)?\d{1,2}月[^《》]*$")
# words before the paper that are no part of its name
_LEAD = re.compile(r"^(?:书面|一份|相关的?|有关的?|本年度的?)")
# an office the paper goes to (报送市督查考评办公室 / 上报乡综治办), not a paper
_OFFICE = re.compile(r"(?:室|办|局|委|厅|政府|中心|部门|科|处|站|单位|领导|小组|工作组|我委|我局)$")
# an office's handling after the sending (报送市政府办公室对口业务科室审核): an office, not a paper
_HANDLING = re.compile(r"审核|审定|审批|审查|同意|批准|把关")
# words too general to name a paper (报送工作由专人负责 / 典型案例报送制度)
_GENERAL = frozenset({"工作", "制度", "机制", "情况", "结果", "信息", "有关工作"})
_YEAR = re.compile(r"(?:19|20)\d\d年")     # (a paper named by its year 「2024年度考核自评报告」; not 「2篇信息」)
_PERIOD_IN_MONTH = re.compile(r"(\d{1,2})月(底|末|中旬|上旬|下旬|初)")


def _named(what: str, sent_after: bool) -> str:
    """The paper's name from the words a sending names, cleaned; "" where they name an office or nothing."""
    what = re.sub(r"[（(][^）)]*[）)]", "", what).strip()
    if sent_after:
        what = _TAIL.sub("", what) or what
    what = _LEAD.sub("", _DAY_AFTER.sub("", what)).strip()
    if len(what) > 12 and "的" in what.rstrip("的"):
        what = what.rstrip("的").rsplit("的", 1)[1]       # 「经本单位主要负责人审定后的细化方案」: its noun
    if len(re.findall(r"[\u4e00-\u9fff]", what)) < 2 or what in _GENERAL or _OFFICE.search(what):
        return ""
    if _HANDLING.search(re.sub(r"《[^》]*》", "", what)) or what.startswith("的") or what.endswith("后"):
        return ""
    return "" if what[0].isdigit() and not _YEAR.match(what) else what


def _paper(text: str) -> str:
    """The paper a duty asks for, in the plan's words; "" where its sentence names none."""
    for pattern in (_PUT_THEN_SENT, _SENT_THEN, _FILED, _MADE):
        for match in pattern.finditer(text):
            if what := _named(match.group("what"), pattern is _SENT_THEN):
                return what
    return ""


def _day_words(due: date, text: str) -> str:
    """The day a one-off duty is owed by, as the plan wrote it: 「5月底前」 where it says 月底, else 「5月15日前」."""
    for match in _PERIOD_IN_MONTH.finditer(text):
        if int(match.group(1)) == due.month:
            return f"{due.month}月{match.group(2)}前"
    if (due.month, due.day) == (12, 31) and re.search(r"年底|年末", text):
        return "年底前"
    return f"{due.month}月{due.day}日前"


# the standing duties, named by their kind whatever paper their sentence names (「…办理工作总结」: 年度工作总结)
STANDING = frozenset({"monthly_info", "half_year_summary", "year_end_report", "liaison"})
# a rhythm shorter than a year: the due list names each time by its month (「2024年4月其他报送事项」)
_RHYTHMS = ("month", "quarter", "week", "day")


def duty_name(duty: Mapping[str, Any]) -> str:
    """A duty's name for a list: the paper its sentence asks for — a filing 「系统方案报备」, a yearly paper
    「年度自评估报告」, a dated one-off with its day 「自查报告（5月15日前）」 — and its kind's name where the sentence
    names no paper (「本单位实施方案报备」「其他报送事项（5月15日前）」) or the duty is a standing one (``STANDING``)
    or comes by the month or quarter (rv70b finding 6: the kind's label used to win)."""
    kind = duty.get("kind") or "other"
    label = DUTY_LABELS.get(kind, DUTY_LABELS["other"])
    if kind in STANDING or duty.get("every") in _RHYTHMS:
        return label
    text = str(duty.get("text") or "")
    paper = _paper(text)
    if paper and kind == "plan_filing" and not paper.endswith(("报备", "备案")):
        paper += "报备"
    if kind != "other" or duty.get("every") or not duty.get("due"):
        return paper or label
    day = _day_words(date.fromisoformat(str(duty["due"])), text)
    return f"{paper or label}（{day}）"


def senders_words(senders: list[str]) -> str:
    """Who sends a duty, for the plan info: up to three units by name, more as 「区建设管理委等6个单位」; "" for
    everyone (``core.duty_senders``)."""
    if len(senders) > 3:
        return f"{senders[0]}等{len(senders)}个单位"
    return "、".join(senders)


def listed_duties(duties: Iterable[Mapping[str, Any]]) -> list[str]:
    """The plan's duties besides the monthly one (shown on its own) as the plan info lists them, each with its day
    or rhythm: 「自查报告（5月15日前）」「半年工作小结（每年6月20日前）」「季度报告（每季度）」; an oversight rhythm
    sends nothing and is left out. A duty whose ``senders`` are known (``core.duty_senders``) says who sends it:
    「系统方案报备（12月31日前，区建设管理委）」."""
    out: list[str] = []
    for duty in duties:
        kind, every, due = duty.get("kind") or "other", duty.get("every"), duty.get("due")
        if kind == "oversight" or every in ("month", "week", "day"):
            continue
        name = duty_name(duty)
        if every == "year" and due:
            day = date.fromisoformat(str(due))
            name += f"（每年{_day_words(day, str(duty.get('text') or ''))}）"
        elif every == "year":
            name += "（每年）"
        elif every == "quarter":
            name += "（每季度）"
        elif due and kind != "other":
            name += f"（{_day_words(date.fromisoformat(str(due)), str(duty.get('text') or ''))}）"
        if who := senders_words(duty.get("senders") or []):
            name = f"{name[:-1]}，{who}）" if name.endswith("）") else f"{name}（{who}）"
        if name not in out:
            out.append(name)
    return out


# the plan's other duties, read from it and listed by name: what each unit sends besides the monthly one
NO_OTHER_DUTIES = "方案中没有找到其他报送要求（如“5月15日前报送自查报告”）。"


def other_duties_text(duties: Iterable[Mapping[str, Any]]) -> str:
    """The 其他报送 line of the plan info, in the dialog and in ``plan info`` alike: the ``listed_duties`` joined,
    or a sentence saying the plan names none (with an example of what would be found)."""
    others = listed_duties(duties)
    return "；".join(others) if others else NO_OTHER_DUTIES
