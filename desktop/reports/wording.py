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

TARGET_TAIL = re.compile(r"，(?:完成目标|超过目标|距目标|实现目标|控制在|高于目标|低于目标|与目标持平|处于目标区间).*$")
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
# a target's figure and its measure closing a piece of the clause: 床位500张 / 综合体6个、… / 护理员3000人次
_FIGURE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])\d+(?:\.\d+)?万?(?:人次|户|张|个|名|家|所|处|座|条|项|件|次|人"
                          r"|套|间|台|辆|亩|平方米|公里|千米|米|吨|场|期|批)(?:以上)?(?=[、和及与]|$)")


# a name cut short (rv70b finding 1): a quote, bracket or title mark left open, a condition's 时, a principle's
# 的原则, a bare particle or a modal with its verb cut off (项目应全), or only the basis the work rests on
# (按照…, 结合…)
_PAIRS = (("“", "”"), ("「", "」"), ("（", "）"), ("《", "》"), ("‘", "’"))
_CUT_END = re.compile(r"(?:(?<![及实同适准按定临随小工课学当])时|的原则|的|(?<![平温调缓])和|等|或"
                      r"|(?<![供响适对反效相回感呼答照])应(?![用急对变答聘届收付征试考邀战援运有])[\u4e00-\u9fff]"
                      r"|(?<![必所急无])需(?![求要])[\u4e00-\u9fff])$")
_BASIS = re.compile(r"^(?:按照|根据|结合|依托|对照|依据|遵循)")
# the manner before a verb a heading does without: 因地制宜开展… → 开展…
_MANNER = re.compile(r"^(?:因地制宜地?|分批|分类|分步|全面|重点|持续)+")
_MODAL = re.compile(r"^(?:应当|应|需要|需|要|须|必须)")


def is_fragment(name: str) -> bool:
    """True when ``name`` is no whole name for a heading: cut inside its quotes, ending on 时／的原则／a bare
    particle or a modal, or only a basis (按照…／结合…) with no work."""
    name = name.strip()
    if len(name) < 2:
        return True
    if any(name.count(a) != name.count(b) for a, b in _PAIRS):
        return True
    return bool(_CUT_END.search(name) or _BASIS.match(name))


def _clauses(text: str) -> list[str]:
    """The clauses of a sentence, cut at ，。；： outside quotes and brackets
    (「按照“发现一处，整改一处”的原则」 is one)."""
    out, depth, start = [], 0, 0
    opening = {a for a, _ in _PAIRS}
    closing = {b for _, b in _PAIRS} | {")"}
    for at, ch in enumerate(text):
        if ch in opening or ch == "(":
            depth += 1
        elif ch in closing:
            depth = max(0, depth - 1)
        elif depth == 0 and (_CLAUSE_CUT.match(ch) or ch == "\n"):
            out.append(text[start:at])
            start = at + 1
    out.append(text[start:])
    return [c.strip() for c in out if c.strip()]


def _bare(clause: str) -> str:
    """A clause without the words before its work — 持续／重点 (the parser's lead words), 因地制宜, a modal 应 —
    and without a list's closing 等."""
    bare = _name_lead.sub("", clause) or clause
    bare = _MODAL.sub("", bare) or bare
    bare = _MANNER.sub("", bare) or bare
    return bare[:-1] if bare.endswith("等") and len(bare) > 5 else bare     # 规范运输处置等: the list, whole


def _title_work(title: str) -> str:
    """The work a title names, from its first verb (「海绵型市政设施项目制定运维养护方案及改造计划时」 →
    「制定运维养护方案及改造计划」); "" when it names none."""
    for clause in _clauses(title.rstrip("…. ")):
        at = next((i for i in range(len(clause)) if _name_verb.match(clause, i)), -1)
        if at < 0:
            continue
        work = re.sub(r"(?<![及实同])时$", "", clause[at:])
        if len(work) >= 4 and not is_fragment(work):
            return full_width(work)
    return ""


def short_name(task: TaskIn) -> str:
    """The task's heading: the short name a person stored when it is whole; else one from the plan's sentence
    (``_derived_name``); a fragment either way (``is_fragment``: 「整改一处”的原则」, rv70b) gives way to the work
    the title names (verb + object), then to the title."""
    stored = task.short_name.strip()
    if stored and not is_fragment(stored):
        return stored
    name = _derived_name(task)
    if not is_fragment(name):
        return name
    return _title_work(task.title) or stored or name


def _derived_name(task: TaskIn) -> str:
    """The task's short name as stored (review, task tab); else one from the plan's sentence:
    the first clause that says what is done (``实施…国家战略，结合…实际，积极推动养老服务立法``
    → ``推动养老服务立法``), shortened only where the parser's suggestion is that clause's own
    ending (its object) or the clause's verb with the noun after its last ``的`` — never a clause
    cut in the middle of a word."""
    clauses = _clauses(task.text or task.title) or [task.title]
    clause = next((c for c in clauses if len(c) >= 4 and not _PREAMBLE.search(_bare(c))
                   and not is_fragment(_bare(c))), clauses[0])
    clause = full_width(_bare(clause))
    # the work, not its target: 「新增家庭养老照护床位500张」 heads its paragraph as 「新增家庭养老照护床位」, one style
    # with a name the clerk gave (适老化改造) — the figures are the paragraph's (ux64 finding 7)
    clause = _FIGURE_TAIL.sub("", clause).strip("、") or clause
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


# the comparator's own words before the number (控制在5.5%以内, 提高到95%): the sentence gives the value its own verb
_COMPARATOR_WORDS = re.compile(r"(?:控制在|保持在|稳定在|维持在|提高到|提高至|提升到|提升至|"
                               r"降低到|降低至|下降到|下降至|降到|降至|低于|高于|达|为|至)+$")
# the verb a target's text opens with, shared by the targets it lists (新建A6个、B30个)
_OPENING_VERB = re.compile(r"(?:新建|新增|建成|建设|完成|改造|培训|打造|创建|设立|开展|实现|提供|发放|招募|引进)")
# a band the plan sets (增长3%—5%, 保持在3000～5000人): the two ends, as the plan wrote them
_BAND = r"(\d+(?:\.\d+)?){unit}?\s*(?:-|—|－|–|～|~|至|到)\s*(\d+(?:\.\d+)?){unit}"
_CHANGE_VERBS = ("达到", "增长", "下降", "提高", "降低", "减少", "增加")


def _verb_phrase(target: TargetIn) -> str:
    """The plan's own words before the number, without the comparator's (``开展老年人智能技术培训`` of
    ``开展老年人智能技术培训1万人次``, ``城镇调查失业率`` of ``城镇调查失业率控制在5.5%以内``); the subject when
    the text does not start so."""
    text = re.sub(r"^(?:在|到|至|截至)?\d{4}年(?:底|末|\d{1,2}月(?:底)?)?(?:之?前)?[，,]?", "", target.text or "")
    m = period.NUMBER.search(text)
    head = text[:m.start()] if m else ""
    subject = (target.subject or "").replace("(", "（").replace(")", "）")
    at = text.find(subject) if subject else -1
    if m and at > m.start():
        # a text with two targets (新建街道养老服务综合体6个、社区老年人服务中心（站）30个): the second
        # target's own words, the verb the text opens with lent to them — never the first target's noun
        own = period.NUMBER.search(text, at + len(subject))
        start = max(text.rfind(c, 0, at) for c in "、，,；;和及") + 1
        head = text[start:own.start()] if own else subject
        verb = _OPENING_VERB.match(text)
        if verb and not _OPENING_VERB.match(head):
            head = verb.group() + head
    while True:      # 控制在不超过…, 确保达到…: every comparator word off the end
        bare = _COMPARATOR_WORDS.sub("", _GOAL_WORDS.sub("", head))
        if bare == head:
            break
        head = bare
    head = re.sub(r"^(?:确保|力争|全力)", "", head.rstrip("，,"))
    if len(head) <= 6 and subject and subject not in head:      # 新建20个街道养老服务综合体
        head += subject
    return head if len(head) >= 2 else subject


def _band(target: TargetIn) -> tuple[float, float] | None:
    """The band a target sets (``增长3%—5%`` → 3, 5), when its value is one of the band's ends."""
    unit = re.escape(target.unit) if target.unit else ""
    m = re.search(_BAND.format(unit=f"(?:{unit})" if unit else ""), target.text or "")
    if not m:
        return None
    low, high = float(m.group(1)), float(m.group(2))
    return (low, high) if low < high and target.value in (low, high) else None


def _stated(phrase: str, number: str, how: str) -> str:
    """The value with one verb: the plan's own (增长, 达到…) when its words end so; else ``为`` for a
    ceiling, a level or a band (失业率为5.2%), ``达到`` for a rate to reach, none for a count
    (新增养老床位150张)."""
    if phrase.endswith(_CHANGE_VERBS):
        return phrase + number
    if phrase.endswith(("数", "量")) and how == "count":
        return phrase + "达到" + number
    return phrase + {"level": "为", "rate": "达到"}.get(how, "") + number


def target_words(target: TargetIn, value: float) -> str:
    """One sentence for a target at a value, whatever its comparator: ``医养结合率达到92%，超过目标2个百分点``;
    ``培训…1.06万人次，完成目标的106%``; ``城镇调查失业率为5.2%，控制在目标（5.5%）以内``;
    ``地区生产总值增长4.2%，处于目标区间（3%—5%）``."""
    phrase = _verb_phrase(target)
    unit = target.unit or ""
    cmp = target.comparator or ">="
    pct = unit == "%"
    band = _band(target)

    def shown(x: float) -> str:
        return (fmt(x) if pct else plan_number(x, target)) + unit

    def gap(x: float) -> str:
        return f"{fmt(round(x, 1))}个百分点" if pct else shown(round(x, 2))

    if band is not None:
        low, high = band
        got = _stated(phrase, shown(value), "level")
        span = f"（{fmt(low)}{unit}—{fmt(high)}{unit}）"
        if low <= value <= high:
            return got + f"，处于目标区间{span}"
        return got + (f"，低于目标区间{span}下限" if value < low else f"，高于目标区间{span}上限")
    if cmp in ("<=", "<"):
        got = _stated(phrase, shown(value), "level")
        if rules.target_met(value, target.value, cmp):
            return got + f"，控制在目标（{shown(target.value)}）以内"
        return got + f"，高于目标（{shown(target.value)}）{gap(value - target.value)}"
    if cmp == "=":
        got = _stated(phrase, shown(value), "level")
        if value == target.value:
            return got + "，与目标持平"
        above = value > target.value
        return got + f"，{'高于' if above else '低于'}目标（{shown(target.value)}）{gap(abs(value - target.value))}"
    if pct:
        diff = round(value - target.value, 1)
        got = _stated(phrase, shown(value), "rate")
        if diff > 0:
            return got + f"，超过目标{fmt(diff)}个百分点"
        met = rules.target_met(value, target.value, cmp)
        return got + ("，实现目标" if met else f"，距目标还差{fmt(-diff)}个百分点")
    got = _stated(phrase, shown(value), "count")
    if not target.value:
        return got
    share = rules.target_share(value, target.value, cmp)
    if rules.target_met(value, target.value, cmp):
        return got + ("，完成目标" if share == 100 else f"，完成目标的{share}%")
    return got + f"，完成目标（{shown(target.value)}）的{share}%"


def rates_by_unit(target: TargetIn, values: list[tuple[str, float]]) -> str:
    """A rate several units each report, with no lead unit's figure for the whole: each unit's own, never
    summed nor one unit's said as the city's (``东湖区、西岭区护理型床位占比分别为63%、61%（目标不低于65%）``)."""
    phrase = re.sub(r"^(?:全市|全区|全县)", "", _verb_phrase(target))
    floor = {">=": "不低于", ">": "高于", "<=": "不高于", "<": "低于"}.get(target.comparator or ">=", "")
    units = "、".join(u for u, _ in values)
    shown = "、".join(fmt(v) + "%" for _, v in values)
    return f"{units}{phrase}分别为{shown}（目标{floor}{fmt(target.value)}%）"


def tasks_named(tasks: list[TaskIn], all_tasks: list[TaskIn]) -> str:
    """Tasks named in a sentence: by the plan's numbers when every task of the plan has its own plain number —
    runs joined (第5—7项任务, 第1、3项任务) — else by their short names (“养老服务立法”、“医养结合”).
    (``第5—7项``, the plan's numbers: ux64 finding 5.)"""
    numbers = [t.number for t in all_tasks]
    values = {n: _plain_number(n) for n in numbers}
    if all(v is not None for v in values.values()) and len(set(values.values())) == len(numbers):
        chinese = not all(n.isdigit() for n in numbers)       # 第三、四、七项, 第一至十五项 (rv71b finding 4)
        printed = {v: n for n, v in values.items()}
        runs: list[list[int]] = []
        for n in sorted(int(values[t.number] or 0) for t in tasks):
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        dash = "至" if chinese else "—"
        parts = [f"{printed[r[0]]}{dash}{printed[r[-1]]}" if len(r) > 2 else "、".join(printed[n] for n in r)
                 for r in runs]
        return f"第{'、'.join(parts)}项任务"
    return "、".join(f"“{short_name(t)}”" for t in tasks) + "任务"


def _plain_number(number: str) -> int | None:
    """A task's own number as a whole number: 「12」, or a Chinese numeral as the plan prints it (「十六」); None for
    anything else (「二.1」, 「（三）」)."""
    if number.isdigit():
        return int(number)
    if not number or not set(number) <= set("零一二三四五六七八九十百"):
        return None
    try:
        return rules.cn_to_int(number)
    except ValueError:
        return None


def leads_of(tasks: list[TaskIn]) -> list[str]:
    """The units that lead ``tasks``, each once in order; a task without a lead, its responsible units."""
    return list(dict.fromkeys(u for t in tasks for u in (t.lead_units or t.responsible_units)))


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


# the signature of an office report when no office name is set (the first-run identity form skipped): a blank
# the clerk fills, never a name made up from the plan's title (ux62 finding 3: 「…分工工作领导小组办公室」, issued by
# no one)
OFFICE_BLANK = "（请填写落款单位）"
NO_OFFICE_CHECK = ("还没有设置办公室名称，落款处留了“{blank}”，请导出后在文档中填写，"
                   "或在“设置 → 身份与联络员”中填写办公室全称后重新生成。")


# 二、主要做法 when the period's entries give none (no meeting, document or working method) and nobody wrote any: a
# prompt the clerk sees in the draft editor; a printed report leaves it out with its heading (``content.printable``),
# never an empty section (ux63 finding 7)
PRACTICES_BLANK = "（请在此填写主要做法：召开的会议、印发的文件、建立的工作机制等，或点“主要做法…”填写）"
PRACTICES_CHECK = ("二、主要做法还没有内容：请点“主要做法…”填写，或在草稿中改写填写提示；"
                   "不填写的，导出时不印这一节。")


def office_name(data: ReportInput) -> str:
    """The office's name as set; ``OFFICE_BLANK`` when none is (the bare default)."""
    from desktop.store.identity import GENERIC_OFFICE

    name = (data.office_name or "").strip()
    return name if name and name != GENERIC_OFFICE else OFFICE_BLANK


_PLAN_KIND = re.compile(r"(?:的)?(?:分工|工作|实施)?(?:方案|要点|清单)$")
_QUOTED = re.compile(r"(《[^《》]*》)")
# the notice a plan was issued under, when the title kept it: 关于印发《…》的通知
_NOTICE_HEAD, _NOTICE_TAIL = re.compile(r"^.*?关于印发《?"), re.compile(r"》?的通知$")
# the issuer's place heading a name (江滨区, 武汉市, 区): the report's signature and heading say where
_PLACE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:自治区|省|市|区|县|旗)(?=[\u4e00-\u9fff《\d])")
# words a short name can do without: 贯彻落实《…》确定的重点工作任务 → 《…》重点工作任务
_FILLER = re.compile(r"贯彻落实|深入贯彻|认真落实|确定的|提出的|部署的|进一步|关于")
# where two lists join (重点工作任务及民生实事项目, 深化…改革暨优化…环境): the short name keeps the first
_JOINED = re.compile(r"(?:暨|及)")
# where a long word of a title may break besides title_words' (GB/T 9704: between words, never inside one)
_MORE_BREAKS = r"的|任务|项目|改革|环境|暨|及"
TITLE_LINE = 19        # a 2号 小标宋 line on A4 holds about 20–22 characters; content.break_title keeps one in hand


def plan_subject(plan_title: str, year: int) -> str:
    """What a report on the plan is about, from the plan's title: its name without its kind (方案, 分工方案, 工作要点,
    清单), the notice it was issued under and the report's own year, with 落实 (or the 办理 it has):
    ``2025年区《政府工作报告》重点工作任务分工方案`` → ``区《政府工作报告》重点工作任务落实``."""
    return _with_verb(_plan_name(plan_title, year))


def _plan_name(plan_title: str, year: int) -> str:
    title = _NOTICE_TAIL.sub("", _NOTICE_HEAD.sub("", plan_title.strip())).strip().strip("《》 ")
    title = re.sub(rf"^{year}\s*年度?", "", title)
    return _PLAN_KIND.sub("", title).removesuffix("工作") or "工作方案"


def _with_verb(name: str) -> str:
    return name if name.endswith(("办理", "落实")) else name + "落实"


def plan_short_names(plan_title: str, year: int) -> list[str]:
    """The plan's name for a report's title, longest first, each shorter than the one before: the whole
    (``plan_subject``); without the issuer's place and the year after it; without filler words (贯彻落实, 确定的);
    a title quoted in it with the work it names (《政府工作报告》重点工作任务); the first of two joined lists.
    ``report_title_parts`` takes the longest that keeps the title to two lines (m62d left a three-line one)."""
    name = _plan_name(plan_title, year)
    names = [name]
    name = re.sub(rf"^{year}\s*年度?", "", _PLACE.sub("", name, count=1)) or name
    names.append(name)
    quoted = _QUOTED.search(name)
    name = _FILLER.sub("", name) or name
    names.append(name)
    # the work after the last 的: 《…》和区委经济工作会议确定的重点工作任务 → 《…》重点工作任务
    if quoted is not None:
        tail = names[-2][quoted.end():]
        name = quoted.group(1) + _JOINED.split(tail[tail.rfind("的") + 1:])[0]
        names.append(name)
    head = _JOINED.split(name)[0]
    if head and head != name and len(head) >= 4:
        names.append(head)
    return list(dict.fromkeys(_with_verb(n) for n in names))


def _title_pieces(subject: str) -> list[str]:
    """A plan's name cut into the words a title line may break between: a quoted title whole, a session's name
    whole, a long word after its last piece of work (任务, 项目, 改革…)."""
    pieces: list[str] = []
    for piece in (p for p in _QUOTED.split(subject) if p):
        if _QUOTED.fullmatch(piece):
            pieces.append(piece)
            continue
        for word in title_words(piece):
            if len(word) <= 8 or SESSION.fullmatch(word):
                pieces.append(word)
                continue
            cut: list[str] = []
            for bit in (b for b in re.split(f"({_MORE_BREAKS})", word) if b):
                if cut and re.fullmatch(_MORE_BREAKS, bit):
                    cut[-1] += bit
                else:
                    cut.append(bit)
            pieces.extend(cut)
    return pieces


def fits_two_lines(parts: list[str]) -> bool:
    """A title of ``parts`` takes at most two lines, none of them over-long (GB/T 9704: a title of one or two)."""
    from desktop.reports.content import break_title, text_width

    lines = break_title(parts, TITLE_LINE)
    return len(lines) <= 2 and all(text_width(line) <= TITLE_LINE for line in lines)


def report_title_parts(kind: str, year: int, plan_title: str, who: str, *, unit: bool = False) -> list[str]:
    """The words of a report's title, broken between (``content.break_title``): the plan's name said once — its
    short name when the whole would make a third line (``plan_short_names``) — the year once, ``半年工作小结`` or
    ``关于…工作情况的总结``. A unit's name always heads its own (the 汇编's contents tell the units' reports apart
    by it); an office's when it is known and the whole fits two lines (GB/T 9704: a title of one or two lines),
    else the signature carries it."""
    names = plan_short_names(plan_title, year)
    head = who_words(who) if who and who != OFFICE_BLANK else []
    body: list[str] = []
    signed: list[str] = []
    for subject in names:
        words = _title_pieces(subject)
        dated = [] if f"{year}年" in subject else [f"{year}年"]       # 某局2025年重点工作任务清单: the year once
        if kind == "half-year":        # the plan's and the offices' word: 半年工作小结
            body = [*dated, *words, "半年工作小结"]
            # a plan named by its issuer (江陵市2025年…) after the signer's name would glue two names
            # (「东湖区江陵市…」, ux64 finding 6): 发文机关＋关于＋事由＋文种, as a 公文 title is laid out
            signed = [*head, *on_plan(dated, words), "半年工作小结"] if head and not dated \
                and not subject.startswith(f"{year}年") else [*head, *body]
        else:
            body = ["关于", *dated, *words, "工作情况的总结"]
            signed = [*head, *body]
        if fits_two_lines(signed if unit else body):     # (a unit's name heads its own: it counts too)
            break
    return signed if unit or fits_two_lines(signed) else body


def on_plan(dated: list[str], words: list[str]) -> list[str]:
    """关于＋the plan's words＋落实情况的: what a report on another body's plan is about."""
    last = words[-1] if words else ""
    tail = "情况的" if last.endswith(("落实", "办理", "实施", "推进")) else "落实情况的"
    return ["关于", *dated, *words[:-1], last + tail] if words else ["关于", *dated]
