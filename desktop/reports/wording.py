"""The wording the period reports are written in: numbers as the plan writes them, targets in
natural words, short task names, titles broken between words, full-width brackets and the office's
name. Pure functions of the report's inputs; ``reports.draft`` puts them together."""

from __future__ import annotations

import re

from desktop.core import progress as rules
from desktop.core.parse.shortname import _LEAD as _name_lead, _VERB as _name_verb, suggest_short_name
from desktop.core.values import figure_text
from desktop.reports import period
from desktop.reports.inputs import ReportInput, TargetIn, TaskIn

TARGET_TAIL = re.compile(r"，(?:完成目标|超过目标|距目标|实现目标|控制在|高于目标|超过目标上限).*$")
_LEADING_WORDS = re.compile(r"^(?:通过|按照|根据|围绕|依托|结合|坚持|以|在|对|为)[^，。；]*[，,]")
_GOAL_WORDS = re.compile(r"(?:不少于|不低于|不超过|不高于|达到|超过|以上|以内|左右|力争|确保|累计)+$")


def fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def plan_number(value: float, target: TargetIn) -> str:
    """A value written the plan's way: ``1.06万`` where the plan wrote ``1万人次``; the target's own figure as the
    plan wrote it, else in 亿／万 (``core.values.figure_text``: 150亿, not 15000000000)."""
    if value == target.value:
        return figure_text(value, target.text or "")
    if value >= 100_000_000 and re.search(r"\d(?:\.\d+)?亿", target.text or ""):
        return fmt(round(value / 100_000_000, 2)) + "亿"
    if value >= 10000 and re.search(r"\d(?:\.\d+)?万", target.text or ""):
        return fmt(round(value / 10000, 2)) + "万"
    return fmt(value)


_PREAMBLE = re.compile(r"^(?:通过|按照|根据|围绕|依托|结合|坚持|以|为|在|对|针对|聚焦)|"
                       r"^(?:实施|贯彻|落实)[^，。]*(?:战略|精神|要求|部署)$|(?:实际|要求|方式|精神)$")
_CLAUSE_CUT = re.compile(r"[，,。；;：:]")


def short_name(task: TaskIn) -> str:
    """The task's short name as stored (review, task tab); else one from the plan's sentence:
    the first clause that says what is done (``实施…国家战略，结合…实际，积极推动养老服务立法``
    → ``推动养老服务立法``), shortened only where the parser's suggestion is that clause's own
    ending (its object) or the clause's verb with the noun after its last ``的`` — never a clause
    cut in the middle of a word."""
    if task.short_name.strip():
        return task.short_name.strip()
    clauses = [c.strip() for c in _CLAUSE_CUT.split(task.text or task.title) if c.strip()] or [task.title]
    clause = next((c for c in clauses if len(c) >= 4 and not _PREAMBLE.search(c)), clauses[0])
    clause = full_width(_name_lead.sub("", clause) or clause)
    if len(clause) <= 12:
        return clause
    m = re.match(r"^将.*?(纳入|列入|转为|作为)(?:我市|全市)?(.{4,})$", clause)
    if m and len(m.group(1) + m.group(2)) <= 16:
        return m.group(1) + m.group(2)
    verb = _name_verb.match(clause)
    suggestion = full_width(suggest_short_name(clause))
    at = clause.rfind(suggestion) if len(suggestion) >= 6 else -1
    before = clause[:at]
    # the parser's name when it is a whole object: the clause's end, after its verb or a 的
    if at > 0 and clause.endswith(suggestion) and (before.endswith("的") or _name_verb.fullmatch(before)):
        return (verb.group() if verb else "") + suggestion
    if "的" in clause:
        tail = clause.rsplit("的", 1)[1]
        if verb and 6 <= len(tail) <= 12:
            return verb.group() + tail
    return clause


def _verb_phrase(target: TargetIn) -> str:
    """The plan's own words before the number: ``开展老年人智能技术培训`` of
    ``开展老年人智能技术培训1万人次``; the subject when the text does not start so."""
    text = re.sub(r"^(?:在|到|至|截至)?\d{4}年(?:底|末|\d{1,2}月(?:底)?)?(?:之?前)?[，,]?", "", target.text or "")
    m = period.NUMBER.search(text)
    head = _GOAL_WORDS.sub("", text[:m.start()]).rstrip("，,") if m else ""
    head = re.sub(r"^(?:确保|力争|全力)", "", head)
    subject = (target.subject or "").replace("(", "（").replace(")", "）")
    if len(head) <= 6 and subject and subject not in head:      # 新建20个街道养老服务综合体
        head += subject
    if head.endswith(("数", "量")):
        head += "达到"
    return head if len(head) >= 2 else subject


def target_words(target: TargetIn, value: float) -> str:
    """``医养结合率达到92%，超过目标2个百分点``; ``培训…1.06万人次，完成目标的106%``."""
    phrase = _verb_phrase(target)
    unit = target.unit or ""
    upper = (target.comparator or ">=") in ("<=", "<")
    met = rules.target_met(value, target.value, target.comparator)
    if unit == "%":
        diff = round(value - target.value, 1)
        got = f"{phrase}{'' if phrase.endswith('达到') else '达到'}{fmt(value)}%"
        if upper:
            return got + ("，控制在目标以内" if met else f"，高于目标{fmt(abs(diff))}个百分点")
        if diff > 0:
            return got + f"，超过目标{fmt(diff)}个百分点"
        return got + ("，实现目标" if met else f"，距目标还差{fmt(-diff)}个百分点")
    got = f"{phrase}{plan_number(value, target)}{unit}"
    if upper:
        return got + ("，控制在目标以内" if met else "，超过目标上限")
    if not target.value:
        return got
    share = round(value / target.value * 100)
    if met:
        return got + ("，完成目标" if share == 100 else f"，完成目标的{share}%")
    return got + f"，完成目标（{plan_number(target.value, target)}{unit}）的{share}%"


def with_verb(name: str) -> str:
    """``推进医养融合发展`` stays; ``老年食堂建设`` becomes ``推进老年食堂建设`` (never 推进推动…)."""
    return name if _name_verb.match(_name_lead.sub("", name)) or _name_lead.match(name) else "推进" + name


_TITLE_WORDS = r"届|会议|建议案|议案|提案|办理工作|办理|落实|建设|体系"
# a session's name stays whole: 市十四届人大六次会议, 市政协十四届三次会议, 区人大常委会第五次会议
SESSION = re.compile(r"[省市区县州旗]?(?:人大|政协)?(?:常委会)?第?[一二三四五六七八九十]+届"
                     r"(?:人大|政协)?(?:常委会)?第?[一二三四五六七八九十]+次(?:全体)?会议")
_NAMES = re.compile(rf"({SESSION.pattern}|领导小组办公室)")


def title_words(text: str) -> list[str]:
    """A title's name cut after its words (``市十四届人大六次会议``, ``2号议案``, ``办理工作``…),
    so a line breaks between them; a session's name and ``领导小组办公室`` stay whole."""
    joined: list[str] = []
    for whole in (w for w in _NAMES.split(text) if w):
        if _NAMES.fullmatch(whole):
            joined.append(whole)
            continue
        for word in (w for w in re.split(f"({_TITLE_WORDS})", whole) if w):
            if joined and re.fullmatch(_TITLE_WORDS, word) and not _NAMES.fullmatch(joined[-1]):
                joined[-1] += word
            else:
                joined.append(word)
    return joined


def who_words(name: str) -> list[str]:
    """The signer in a title: a unit's name whole (``市住房和城乡建设局``); an office's long name
    between its words."""
    return title_words(name) if len(name) > 12 else [name]


def full_width(text: str) -> str:
    return text.replace("(", "（").replace(")", "）")


def office_name(data: ReportInput) -> str:
    """The office's name as set; when none is (the bare default), the one the plan implies:
    《…办理工作方案》 → ``…办理工作领导小组办公室``."""
    from desktop.store.identity import GENERIC_OFFICE, office_name_from_plan

    name = (data.office_name or "").strip()
    if name and name != GENERIC_OFFICE:
        return name
    return office_name_from_plan(data.plan_title)
