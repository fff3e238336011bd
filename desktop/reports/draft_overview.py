"""The opening of a drafted half-year summary or year-end report (``draft.Drafter``): the lead paragraph
(根据《…》部署，…现将有关情况报告如下) and 一、总体情况 — the plan in one phrase, the tasks by their state, the
landmark results with their figures.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core import progress as rules
from desktop.core.model import book_title
from desktop.reports import period
from desktop.reports.content import Block, Figures, Section, Sentence, Source
from desktop.reports.inputs import EntryIn
from desktop.reports.period_stages import REACHED

if TYPE_CHECKING:
    from desktop.reports.draft import Drafter


def source_of(e: EntryIn, field: str = "progress") -> Source:
    """Where a sentence comes from: one entry's field."""
    return Source(e.id, e.unit, e.month, field)


def structure(d: Drafter) -> str:
    """「5大类21项工作任务」; the count alone where each 类 holds one task — 「3大类3项」 reads oddly (ux63)."""
    groups = [g for g in dict.fromkeys(t.group for t in d.own) if g]
    n = len(d.own)
    return f"{len(groups)}大类{n}项工作任务" if 1 < len(groups) < n else f"{n}项工作任务"


def landmarks(d: Drafter, paragraphs: dict[int, list[Sentence]]) -> list[Sentence]:
    """The period's landmark results, most important first: issued, submitted, built…,
    then the targets met."""
    found: list[tuple[int, int, Sentence]] = []
    for order, task in enumerate(d.own):
        mine: list[tuple[int, str, Sentence]] = []
        for s in paragraphs.get(task.id, []):
            text = re.sub(r"^[^，]*牵头，", "", s.text)
            # a target's value (截至10月底，建成…1个) is said with the targets below, not as a landmark
            if period.is_landmark(text) and s.source is not None and s.source.field != "value":
                clause = _without_count(re.split(r"[。；]", text)[0], len(d.own))
                if d.city and s.source.unit not in clause[:len(s.source.unit)]:
                    clause = _with_unit(s.source.unit, clause)
                mine.append((period.landmark_rank(text), s.source.month or "",
                             Sentence(clause, s.source, s.merged)))
        # a task's two latest landmarks (报请 before the draft it followed), the weightier first
        mine.sort(key=lambda x: x[1], reverse=True)
        mine = mine[:1] + [m for m in mine[1:2] if m[0] >= 1]      # not the draft before its 报请
        found += [(rank, order, s) for rank, _, s in sorted(mine, key=lambda x: x[0])]
    met: list[tuple[int, float, Sentence]] = []
    for order, task in enumerate(d.own):
        for target in task.targets:
            got = d.target_value(task, target)
            if got:
                # a rate several units report: each unit's, met when every one is (never one unit's as the city's)
                rates = d.unit_rates(task, target) or [("", got[0])]
                hit = all(rules.target_met(v, target.value, target.comparator) for _, v in rates)
                share = min(v for _, v in rates) / target.value if target.value else 0
                sources = [source_of(e, "value") for e in got[1]]
                words = d.target_phrase(task, target, got[0], rates if rates[0][0] else None)
                # a thing its landmark says reached (建成…孵化园) is not said again as a target
                if any(o == order and _names(target.subject or "", s.text) for _, o, s in found):
                    continue
                if not d.city:     # a unit's own figure: never 「全市…」 (ux64: 东湖区's 71%)
                    words = re.sub(r"^(?:全市|全区|全县)", "", words)
                if not hit:        # a result, not what is missing
                    words = re.sub(r"，距目标还差.*$", "", words)
                met.append((0 if hit else 1, -share, Sentence(words, sources[-1], sources[:-1])))
    found.sort(key=lambda x: (x[0], x[1]))
    met.sort(key=lambda x: (x[0], x[1]))
    # the targets met always; the others' progress when the landmarks are few
    reached = [s for rank, _, s in met if rank == 0]
    rest = [s for rank, _, s in met if rank == 1]
    chosen = [s for _, _, s in found[:4]] + reached[:2]
    chosen += rest[:max(0, 3 - len(chosen))]
    seen: set[str] = set()
    out = []
    for s in chosen:
        k = period.words(s.text)
        if k not in seen:
            seen.add(k)
            out.append(s)
    return out[:6]


def _without_count(clause: str, n: int) -> str:
    """A landmark without its clause that counts the plan's tasks again (「印发《分工方案》，将11项任务分解到38个
    责任单位」 right after 「明确4大类11项工作任务，由38个责任单位分工落实」, m66b): 总体情况 says the count once."""
    said = re.compile(rf"(?<![\d.]){n}项(?:重点|工作)*任务")
    parts = clause.split("，")
    kept = parts[:1] + [p for p in parts[1:] if not said.search(p)]
    return "，".join(kept)


_DATE = re.compile(r"^\d{1,2}月\d{1,2}日，?")


def _with_unit(unit: str, clause: str) -> str:
    """``县发改局印发《…》`` — the unit in front; but a dated clause whose subject is the thing
    (``9月26日县返乡创业孵化园建成并投入使用``) reads as it is, never ``县人社局9月26日县返乡…``."""
    date = _DATE.match(clause)
    if date and not period.LANDMARK.match(clause[date.end():]):
        return clause
    return unit + clause


def _names(subject: str, text: str) -> bool:
    """A landmark that says the target's thing reached (``…县返乡创业孵化园建成并投入使用`` for 县返乡创业孵化园)."""
    return len(subject) >= 3 and subject in text and bool(REACHED.search(text))


@dataclass(frozen=True)
class Count:
    """Tasks by state: in progress counts the late ones too (``late`` of them)."""

    done: int = 0
    going: int = 0
    late: int = 0
    not_started: int = 0

    def text(self, joint: str = "，") -> str:
        """已完成1项，正在推进9项，其中2项进度滞后"""
        parts = [f"已完成{self.done}项" if self.done else "",
                 f"正在推进{self.going}项" if self.going else "",
                 f"尚未启动{self.not_started}项" if self.not_started else ""]
        text = joint.join(p for p in parts if p)
        return text + (f"，其中{self.late}项进度滞后" if self.late else "")

    @property
    def total(self) -> int:
        return self.done + self.going + self.not_started

    def alike(self, n: int) -> str:
        """「均在推进中」 when all ``n`` (more than one) stand alike, 「正在推进」 for one; "" when they differ."""
        late = ("，进度滞后" if n == 1 else f"，其中{self.late}项进度滞后") if self.late else ""
        for count, one, all_ in ((self.done, "已完成", "已完成"), (self.going, "正在推进", "在推进中"),
                                 (self.not_started, "尚未启动", "尚未启动")):
            if count == n:
                return f"{one}{late}" if n == 1 else f"均{all_}{late}"
        return ""

    def of(self, n: int, which: str) -> str:
        """「牵头的任务中已完成2项、正在推进1项」, or 「配合推进的任务均在推进中」 when all ``n`` stand alike — the
        sentence before has just said how many are led and supported (「牵头…3项工作任务，配合推进2项」): the
        count is not said again (m66b)."""
        alike = self.alike(n)
        if alike:
            return f"{which}的任务{alike}"
        text = self.text("、")
        return f"{which}的任务中{text}" if text else ""


def _part(which: str, n: int, count: Count, quiet: int) -> str:
    """「牵头的3项中正在推进2项、尚未启动1项」, 「承担的7项中正在推进1项，另有6项尚未报送进展」,
    「承担的2项均在推进中」."""
    if quiet == n:
        return f"{which}的{n}项尚未报送进展"
    alike = "" if quiet else count.alike(n)
    text = f"{which}的{n}项{alike}" if alike else f"{which}的{n}项中{count.text('、')}"
    return text + (f"，另有{quiet}项尚未报送进展" if quiet else "")


def _count(states: Counter[str]) -> Count:
    return Count(states["done"], states["in_progress"] + states["late"], states["late"], states["not_started"])


@dataclass(frozen=True)
class Tally:
    """Every task the unit leads or supports, once, by its state — the count of 总体情况 (m62c finding 6; the
    lead paragraph no longer repeats it, m66b). A unit that leads some tasks and supports others says each apart
    (ux63 finding 7:
    「牵头3项、配合2项，已完成2项，正在推进3项」 counted the supported tasks among its own): 「牵头的3项中已完成2项、
    正在推进1项；配合推进的2项中正在推进1项」. A supported task is counted by the unit's own entries; one with none
    is not called 未启动 (its lead may be well on: the unit only sent nothing on it, ux61 problem 6): it is
    ``quiet``."""

    led: int
    supported: int
    own: Count
    helped: Count
    quiet: int
    word: str = "牵头"          # 承担 for tasks the unit does not lead (own_word)
    # a unit that leads some of its own tasks and carries others (牵头和承担): (led, their count, carried, the
    # count of those it reported on) — said apart, a carried task it sent nothing on is never 尚未启动 (rv71b)
    split: tuple[int, Count, int, Count] | None = None

    @property
    def done(self) -> int:
        return self.own.done + self.helped.done

    @property
    def going(self) -> int:
        return self.own.going + self.helped.going

    def status(self) -> str:
        """已完成1项，正在推进9项，其中2项进度滞后，另有1项配合推进的任务尚未报送进展 — or, for a unit that
        leads and supports, each apart."""
        quiet = f"{self.quiet}项配合推进的任务尚未报送进展" if self.quiet else ""
        own = self.own.of(self.led, self.word)
        # 「牵头的3项中正在推进2项、尚未启动1项；承担的7项中正在推进1项，另有6项尚未报送进展」
        if self.split:
            led, led_count, carried, carried_count = self.split
            own = "；".join((_part("牵头", led, led_count, 0),
                            _part("承担", carried, carried_count, carried - carried_count.total)))
            if not self.supported:
                return own
        if self.led and self.supported:
            helped = self.helped.of(self.supported, "配合推进")
            if self.quiet:
                helped = (f"{helped}，另有{self.quiet}项尚未报送进展" if helped
                          else "配合推进的任务尚未报送进展")
            return "；".join(p for p in (own, helped) if p)
        total = Count(self.done, self.going, self.own.late + self.helped.late,
                      self.own.not_started + self.helped.not_started)
        alike = total.alike(self.led + self.supported) if self.led + self.supported > 1 else ""
        if alike:                   # 「承担2项工作任务。截至5月底，各项任务均在推进中」, not 「正在推进2项」 again
            return f"各项任务{alike}"
        text = total.text()
        return text + (f"{'，另有' if text else ''}{quiet}" if quiet else "")


def led_count(d: Drafter) -> int:
    """How many of a unit's own tasks name it a lead unit. The others it carries out: a district's part under
    各区政府, or a task that names no lead (a plan of 责任单位 only: rv70b finding 2, 区水务局 「牵头」 30 tasks
    of a plan that names no lead unit)."""
    return sum(1 for t in d.own if d.data.unit in t.lead_units)


def own_word(d: Drafter) -> str:
    """How a unit's own tasks are named: 牵头 (it leads them all), 承担 (it leads none), or 牵头和承担."""
    led = led_count(d)
    return "牵头" if led == len(d.own) else "承担" if not led else "牵头和承担"


def tally(d: Drafter) -> Tally:
    """The tasks ``d`` reports on, by state (``Tally``)."""
    helped = [t for t in d.supported_tasks if d.by_task.get(t.id)]
    word = own_word(d)
    own = _count(Counter(d.task_status(t) for t in d.own))
    split = None
    if word == "牵头和承担":
        led = [t for t in d.own if d.data.unit in t.lead_units]
        carried = [t for t in d.own if d.data.unit not in t.lead_units]
        sent = [t for t in carried if d.by_task.get(t.id)]
        # all reported on and standing alike: 「各项任务均在推进中」 says it for both (m65b)
        if len(sent) < len(carried) or not own.alike(len(d.own)):
            split = (len(led), _count(Counter(d.task_status(t) for t in led)),
                     len(carried), _count(Counter(d.task_status(t) for t in sent)))
    return Tally(led=len(d.own), supported=len(d.supported_tasks), own=own,
                 helped=_count(Counter(d.task_status(t) for t in helped)),
                 quiet=len(d.supported_tasks) - len(helped), word=word, split=split)


def overview(d: Drafter, f: Figures, paragraphs: dict[int, list[Sentence]]) -> Section:
    if d.city:
        first = f"{book_title(d.data.plan_title)}明确{structure(d)}，由{f.units}个责任单位分工落实。"
    elif not d.own:             # a unit that only supports others' tasks
        first = f"我单位配合推进{book_title(d.data.plan_title)}{f.supported}项工作任务。"
    else:
        word = own_word(d)
        led = led_count(d)
        first = (f"我单位牵头{book_title(d.data.plan_title)}{led}项工作任务，承担{len(d.own) - led}项"
                 if word == "牵头和承担" else f"我单位{word}{book_title(d.data.plan_title)}{structure(d)}")
        first += f"，配合推进{f.supported}项。" if f.supported else "。"
    # every task the unit leads or supports, once, by its state: 「牵头1项，配合推进4项」 then counts that add up
    # to 5 (ux61 problem 6: the supported tasks were in no count) — the lead paragraph's count too (``Tally``)
    status = tally(d).status()
    sentences = [Sentence(first)]
    if status:
        sentences.append(Sentence(f"截至{d.as_of_text}，{status}。"))
    marks = landmarks(d, paragraphs)
    if marks:
        marks[0].text = "重点工作取得阶段性成效：" + marks[0].text
        for m in marks[:-1]:
            m.text += "；"
        marks[-1].text += "。"
        sentences += marks
    return Section("总体情况", [Block("body", sentences)])


def opening(d: Drafter, f: Figures, period_text: str) -> str:
    """The lead paragraph: the plan, the period, and one sentence of overall result in words — never the count,
    which 一、总体情况 gives right below (REPORT_WRITING: the opening's result, the headline's numbers; m66b: the
    lead and 总体情况 both said 「11项任务中已完成2项，正在推进9项」 on page 1)."""
    number = f"（{d.data.doc_number}）" if d.data.doc_number else ""
    who = "我单位" if not d.city else "各责任单位"
    t = tally(d)
    if not (t.done or t.going):          # nothing has started: no "有序推进"
        result = ""
    elif t.done == t.led + t.supported:
        result = "，各项任务全部完成"
    elif t.own.late or t.helped.late:     # some behind: no "有序", the lag is told in 总体情况 and 存在问题
        result = "，推动各项任务落实"
    else:
        result = "，各项任务有序推进"
    return (f"根据{book_title(d.data.plan_title)}{number}部署，{period_text}，{who}对照任务分工，"
            f"压实工作责任{result}。现将有关情况报告如下：")
