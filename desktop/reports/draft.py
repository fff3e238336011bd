"""Drafting a half-year summary or year-end report from monthly entries (REPORT_WRITING.md).

The skeleton: 一、总体情况 (the plan in one phrase, done and under way, the landmark results
with their figures), 二、主要做法 (what the unit or office wrote as the period's 做法, then
mechanism sentences of the entries), 三、工作进展 (a paragraph per task for the period as a
whole: landmarks first, a cumulative figure once at its latest value, monthly counts added
up, the target in natural words), 四、存在问题 and 五、下一步打算 (three to five themes each,
from the latest months). The figures — which months, whose status, whose value — come from
``core.progress``, the rules the dashboard, the ledger and the status sheet use. Every
sentence keeps the entries it was written from (``Source``); ``Report.checks`` lists what to
look at before export.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.core import progress as rules
from desktop.reports import draft_checks, draft_groups as groups_, draft_roles as roles, period
from desktop.reports.content import (
    Article,
    Block,
    Check,
    Figures,
    Report,
    Section,
    Sentence,
    Source,
    break_title,
    cn_number,
)
from desktop.reports.draft_overview import opening, overview, source_of as _src
from desktop.reports.inputs import (
    EntryIn,
    ReportInput,
    TargetIn,
    TaskIn,
    cover,
    first_submissions,
    month_key,
    parse_day,
    period_months,
    sent_word,
)
from desktop.reports.period import split_sentences  # noqa: F401  (part of this module's API)
from desktop.reports.period_stages import past_stages
from desktop.reports.wording import (  # noqa: F401  (short_name, target_words, SESSION: this module's API too)
    NO_OFFICE_CHECK,
    OFFICE_BLANK,
    PRACTICES_BLANK,
    PRACTICES_CHECK,
    SESSION,
    TARGET_TAIL,
    fmt,
    full_width,
    leads_of,
    office_name,
    plan_number,
    rates_by_unit,
    report_title_parts,
    short_name,
    target_words,
    tasks_named,
    title_words,
    who_words,
    with_verb,
)

KINDS = ("half-year", "year-end")
_ISSUED = re.compile(r"(?:印发|出台)了?(《[^》]+》)")       # a document issued, for 主要做法
DISAGREE = ("“{task}”：{unit}各月填报的“{what}”（{months}）相加为{added}，与其{last}月填报的累计数{total}不一致；"
            "报告中只写了累计数{total}，请向{unit}核实后改正。")

def unit_list(units: list[str]) -> str:
    """Units named in a sentence: all of up to three, else the first 等N个单位."""
    return "、".join(units) if len(units) <= 3 else f"{units[0]}等{len(units)}个单位"


def _reading(e: EntryIn, target: TargetIn | None = None) -> rules.Reading:
    value = e.values.get(target.id) if target is not None else None
    return rules.Reading(e.unit, e.month, e.id, e.status, value)


QUIET_NAMED = 6                # the city report names up to six tasks no one reported on; more, it counts them


class Drafter:
    """Drafts one report; ``unit`` None in the input means the city-wide version."""

    def __init__(self, data: ReportInput, kind: str, today: dt.date | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        self.data = data
        self.kind = kind
        self.city = data.unit is None
        self.office = office_name(data)
        self.today = today or dt.date.today()
        last = 6 if kind == "half-year" else 12
        # every unit up to the same month: the latest one due before the report's date, or a later one every
        # reporting unit has sent (``inputs.cover``; ``cover.held``: a month some have sent, named in the checks)
        self.cover = cover(data, self.today, last)
        self.as_of = self.cover.month or period_months(data, last)[0]
        self.months = [m for m in period_months(data, last) if m <= self.as_of]      # the months owed
        self.as_of_text = f"{int(self.as_of[5:])}月底"
        self.total_word = "上半年" if kind == "half-year" else "今年以来"
        # what was written for any month of the period counts, owed or not: a unit that back-fills the months
        # before the plan was imported here (the 工作台 owes none of them) still has its work reported
        start = data.start_month or data.first_month or ""
        self.written = [m for m in (month_key(data.year, n) for n in range(1, last + 1))
                        if start <= m <= self.as_of] or self.months
        self.entries = sorted((e for e in data.entries if e.month in self.written),
                              key=lambda e: (e.month, e.id))
        self.by_task: dict[int, list[EntryIn]] = {}
        for e in self.entries:
            self.by_task.setdefault(e.task_id, []).append(e)
        # a responsible unit's part of a task is its own work too (a district under 各区政府: draft_roles)
        self.carried = set() if self.city else {t.id for t in data.tasks
                                                if roles.carries_out(data.unit or "", t, data.groups)}
        self.own = [t for t in data.tasks if self.city or t.id in self.carried
                    or rules.own_tasks(data.unit or "", t.lead_units, t.responsible_units)]
        own_ids = {t.id for t in self.own}
        self.supported_tasks = [t for t in data.tasks if t.id not in own_ids]
        self.mechanisms: dict[str, list[tuple[str, Source]]] = {}
        self.checks: list[Check] = []
        self.disagreements: dict[tuple[int, str], Check] = {}
        self._status: dict[int, str] = {}
        self._values: dict[int, tuple[float, list[EntryIn]] | None] = {}

    # --- figures (core.progress) ---------------------------------------------------------

    def task_status(self, task: TaskIn) -> str:
        if task.id not in self._status:
            mine = not self.city and (task not in self.own or task.id in self.carried)
            leads = [self.data.unit or ""] if mine else task.lead_units     # its own part: its own status
            self._status[task.id] = rules.task_status(leads, [_reading(e) for e in self.by_task.get(task.id, [])],
                                                      self.data.groups)
        return self._status[task.id]

    def target_value(self, task: TaskIn, target: TargetIn) -> tuple[float, list[EntryIn]] | None:
        if target.id not in self._values:
            entries = {e.id: e for e in self.by_task.get(task.id, [])}
            got = rules.target_value(task.lead_units, [_reading(e, target) for e in entries.values()
                                                       if target.id in e.values],
                                     rate=target.unit == "%", order=self.data.units)
            self._values[target.id] = None if got is None else (got[0], [entries[r.entry_id] for r in got[1]])
        return self._values[target.id]

    def unit_rates(self, task: TaskIn, target: TargetIn) -> list[tuple[str, float]] | None:
        """Each unit's own value of a rate (%) that several units report and no lead unit gives for the
        whole (ux64: 东湖区's 63% was printed as the city's, 西岭区 61%), in the units' order; None otherwise."""
        got = self.target_value(task, target)
        if not got or target.unit != "%" or any(e.unit in task.lead_units for e in got[1]):
            return None
        used = sorted(got[1], key=lambda e: self.unit_order(e.unit))
        return [(e.unit, e.values[target.id]) for e in used] if len({e.unit for e in used}) > 1 else None

    def target_phrase(self, task: TaskIn, target: TargetIn, value: float,
                      rates: list[tuple[str, float]] | None) -> str:
        """A target at its value in words — the overview's and the task paragraphs' one wording: each unit's rate
        when several report it (``unit_rates``), and a carried task's count as its share of the plan's target
        (the group's target, not the unit's alone: ``draft_roles.share_of_plan``)."""
        words = rates_by_unit(target, rates) if rates else target_words(target, value)
        return roles.share_of_plan(words) if task.id in self.carried and target.unit != "%" else words

    def targets_met(self, task: TaskIn) -> bool:
        """Every target of ``task`` has a value that meets it (a task with no target never has)."""
        got = [(g, self.target_value(task, g)) for g in task.targets]
        return bool(got) and all(v is not None and rules.target_met(v[0], g.value, g.comparator) for g, v in got)

    def figures(self) -> Figures:
        f = Figures(as_of=self.as_of, tasks=len(self.own), supported=len(self.supported_tasks))
        for task in self.own:
            status = self.task_status(task)
            setattr(f, status, getattr(f, status) + 1)
            if self.data.unit and self.data.unit in task.lead_units:
                f.lead_tasks += 1
            for target in task.targets:
                f.targets += 1
                got = self.target_value(task, target)
                if got and rules.target_met(got[0], target.value, target.comparator):
                    f.targets_met += 1
        units = [self.data.unit] if self.data.unit else self.data.units
        f.units = len(units)
        sent = first_submissions(self.entries)
        rule = self.data.due_rule
        owed = [m for m in self.months if rule.owes(m)]     # a quarterly plan owes its quarters' last months
        f.months_due = len(units) * len(owed)
        f.months_sent = sum(1 for (u, m) in sent if u in units and m in owed)
        # as the status sheet and the dashboard's grid count them: a month not owed, sent all the same, is 按时
        f.months_on_time = sum(1 for u in units for m in self.months if sent_word(self.data, u, m, sent) == "按时")
        f.articles = sum(1 for a in self.data.articles
                         if a.month in self.written and (self.city or a.unit == self.data.unit))
        return f

    # --- a task's paragraph ------------------------------------------------------------------

    def task_items(self, task: TaskIn, entries: list[EntryIn], collect: bool = True) -> list[period.Item]:
        """The period's sentences of ``entries`` for a task: mechanism sentences set aside for
        主要做法, the rest folded; landmarks first, then figures, then the rest."""
        items, moved = [], []
        keys = {period.key(period.clean(s)) for e in entries for s in split_sentences(e.progress)}
        for e in entries:
            for text in (t for s in split_sentences(e.progress) for t in period.landmark_first(period.clean(s), keys)):
                if not period.words(text) or period.is_filler(text):
                    continue
                heading = period.moves_to_practices(text)
                if heading and not self._target_sentence(task, text):
                    moved.append((heading, text, _src(e)))
                    continue
                items.append((text, _src(e)))
        if items or not collect:
            if collect:
                for heading, text, source in moved:
                    self.mechanisms.setdefault(heading, []).append((text, source))
        else:       # nothing but mechanism sentences: they are the task's work
            items = [(text, source) for _, text, source in moved]
        folded = period.fold(items, total_word=self.total_word)
        if collect:
            for item in folded:
                for what, added, total, months in item.disagree:
                    self.disagreements[(task.id, what)] = Check(DISAGREE.format(
                        task=short_name(task), unit=item.unit, what=what, added=added, total=total,
                        months="、".join(f"{int(m[5:])}月" for m in months), last=int(months[-1][5:])), item.sources)
        # a landmark (印发/出台/报请) stands for the drafting steps of its document before it
        marks = [i for i in folded if period.is_landmark(i.text)]
        folded = [i for i in folded if not any(
            m is not i and i.latest_month <= m.latest_month
            and period.superseded(i.text, m.text) for m in marks)]
        folded = past_stages(folded)      # 选址, 改造完成60% before 建成并投入使用
        # the plan of the work (制定…方案，将任务分解到…) goes once the period has results
        if any(not period.is_planning(i.text) and (period.has_figure(i.text) or period.is_landmark(i.text))
               for i in folded):
            folded = [i for i in folded if not period.is_planning(i.text)]
        plain = [i for i in folded if not period.has_figure(i.text) and not period.is_landmark(i.text)]
        keep = set(map(id, plain[-2:] if not self.city else plain[-1:]))   # routine words: the latest
        folded = [i for i in folded if i not in plain or id(i) in keep]
        # landmarks first, the most important first; the rest where the work first showed
        folded.sort(key=lambda i: (0 if period.is_landmark(i.text) else 1,
                                   period.landmark_rank(i.text) if period.is_landmark(i.text) else 0, i.first))
        return folded

    def _target_sentence(self, task: TaskIn, text: str) -> bool:
        return any(t.subject and t.subject in text for t in task.targets)

    def _target_clauses(self, task: TaskIn, items: list[period.Item]) -> list[Sentence]:
        """Each target at its value, in natural words; joined to the sentence that already
        gives the value when there is one."""
        out = []
        for target in task.targets:
            got = self.target_value(task, target)
            if not got:
                continue
            value, entries = got
            rates = self.unit_rates(task, target)
            words = self.target_phrase(task, target, value, rates)
            tail = words.split("，", 1)[1] if "，" in words else ""
            shown = plan_number(value, target) + (target.unit or "")
            holder = next((i for i in items if period.holds_value(i.text, shown, target.subject or "")), None)
            sources = [_src(e, "value") for e in entries]
            if holder is not None and tail and not rates:
                holder.text = period.with_share(holder.text, shown, tail)
                holder.sources.extend(sources)
                continue
            prefix = "" if self.kind == "year-end" and self.as_of.endswith("12") else f"截至{self.as_of_text}，"
            out.append(Sentence(f"{prefix}{words}。", sources[-1], sources[:-1]))
        return out

    def task_paragraph(self, task: TaskIn) -> list[Sentence]:
        entries = self.by_task.get(task.id, [])
        if not entries:
            return []
        if not self.city:
            items = self.task_items(task, entries)
            clauses = self._target_clauses(task, items)
            sentences = [i.sentence() for i in items] + clauses
            for s in sentences:
                s.text = roles.without_own_name(self.data.unit or "", s.text)
        else:
            sentences = self._city_paragraph(task, entries)
        if sentences and self.task_status(task) == "done":
            last = next(e for e in reversed(entries) if e.status == "done")
            sentences.append(Sentence("该项任务已完成。", _src(last, "status")))
        return sentences

    def _city_paragraph(self, task: TaskIn, entries: list[EntryIn]) -> list[Sentence]:
        """The lead unit's work in full (a lead group's: its members'), the other units' only for figures and
        landmarks, each named where it tells the reader who did it. A task whose leads sent nothing reads as
        theirs, not yet reported, the supporting units' sentences after it (REPORT_WRITING: a task's status is its
        lead's; m62d left 「配合…」 standing alone)."""
        groups = self.data.groups

        def leading(lead: str) -> list[EntryIn]:
            return [e for e in entries if e.unit == lead or e.unit in groups.get(lead, ())]

        lead = next((u for u in task.lead_units if leading(u)), None)
        leads = [lead] if lead is not None and any(e.unit == lead for e in entries) else []
        # no lead sent anything: the paragraph is what the responsible units sent, each named (ux64 finding 5)
        silent = bool(task.lead_units) and lead is None
        lead_entries = entries if silent or not task.lead_units else leading(lead) if lead is not None else []
        # a group leads, or is the only one named on a task without a lead (各乡镇): each member named
        group = lead if lead in groups else None if task.lead_units else next(
            (u for u in task.responsible_units if u in groups), None)
        members = groups_.members_reporting(self, task, lead_entries) if silent or group and all(
            e.unit in groups[group] for e in lead_entries) else {}
        if len(members) > 1 or members and len(groups.get(group or "", ())) > 1:
            clauses = groups_.group_targets(self, task, group or "", list(members))
            sentences = [s for u, es in members.items() for s in groups_.member_sentences(self, task, u, es)]
        else:
            items = self.task_items(task, lead_entries)
            clauses = self._target_clauses(task, items)
            sentences = [i.sentence() for i in items]
            if silent and sentences:
                sentences[0].text = entries[0].unit + sentences[0].text
        if silent and not sentences and not clauses:      # routine lines only: who works on it
            who = sorted({e.unit for e in entries}, key=self.unit_order)
            sentences = [Sentence(f"{unit_list(who)}按照分工推进。", _src(entries[-1]),
                                  [_src(e) for e in entries[:-1]])]
        others: dict[str, list[EntryIn]] = {}
        mine = {id(e) for e in lead_entries}
        for e in entries:
            if id(e) not in mine:
                others.setdefault(e.unit, []).append(e)
        support: list[Sentence] = []
        quiet: list[str] = []
        for unit in sorted(others, key=self.unit_order):
            found = [i for i in self.task_items(task, others[unit], collect=False)
                     if period.has_figure(i.text) or period.is_landmark(i.text)]
            if unit in task.lead_units and not found:      # a co-lead is named as a lead, never 配合
                continue
            if found:
                for n, item in enumerate(found):
                    s = item.sentence()
                    s.text = (unit if n == 0 else "") + roles.without_own_name(unit, s.text)
                    support.append(s)
            else:
                quiet.append(unit)
        if sentences and leads and (others or len(task.lead_units) > 1):
            co = [u for u in task.lead_units if u in others]          # co-leads that reported
            sentences[0].text = f"{'、'.join(leads + co)}牵头，{sentences[0].text}"
        if quiet and sentences:
            first = others[quiet[0]][-1]
            support.append(Sentence(f"{unit_list(quiet)}按照分工配合推进。", _src(first), [
                _src(others[u][-1]) for u in quiet[1:]]))
        if members and clauses:                  # the group's total first, then what each member did
            return clauses + sentences + support
        return sentences + clauses + support

    def unit_order(self, unit: str) -> tuple[int, str]:
        """A sort key: the report's units in their listed order, any other after them by name."""
        units = self.data.units
        return (units.index(unit) if unit in units else len(units), unit)

    # --- sections ------------------------------------------------------------------------------

    def practices(self) -> Section:
        """二、主要做法: the period's 做法 written in the client first, then up to four points
        from the entries' mechanism sentences (``一是强化统筹调度，…``)."""
        points: list[list[Sentence]] = []
        written = self.data.practices.get(self.kind, [])
        if self.city and any(not unit for unit, _ in written):
            written = [(u, t) for u, t in written if not u]          # the office's own words
        elif not self.city:
            written = [(u, t) for u, t in written if u == self.data.unit]
        for unit, text in written:
            for line in (x.strip() for x in text.splitlines()):
                if line and period.words(line):
                    line = re.sub(r"^[一二三四五六七八九十]+是", "", line)
                    points.append([Sentence(line if line[-1] in "。！？" else line + "。",
                                            Source(None, unit or self.office, None, "practices"))])
        for heading, items in self.mechanisms.items():
            if len(points) >= 5:
                break
            folded = period.fold_alike(period.fold(items, total_word=self.total_word), self.total_word)
            folded.sort(key=lambda i: (0 if period.has_figure(i.text) else 1, -len(i.sources), i.first))
            # every figure stays (no figure is dropped); plain mechanism words, up to three
            with_figures = [i for i in folded if period.has_figure(i.text)]
            chosen = with_figures + [i for i in folded if i not in with_figures][:max(0, 3 - len(with_figures))]
            if not chosen:
                continue
            sentences = [i.sentence() for i in chosen]
            named = ""
            for s, item in zip(sentences, chosen, strict=True):       # city-wide: each unit named once in a point
                if self.city and item.unit != named and not s.text.startswith(item.unit) \
                        and len({x.unit for x in item.sources}) == 1:
                    s.text = item.unit + s.text
                    named = item.unit
            sentences[0].text = heading + "，" + sentences[0].text
            points.append(sentences)
        issued = self.documents_issued()
        if issued and len(points) < 5:
            points.append([issued])
        if not points:
            return Section("主要做法", [Block("body", [Sentence(PRACTICES_BLANK)])])
        blocks = []
        for i, sentences in enumerate(points[:5], 1):
            if len(points) > 1:                # a single point is not counted (no 一是 without 二是)
                sentences[0].text = f"{cn_number(i)}是{sentences[0].text}"
            blocks.append(Block("body", sentences))
        return Section("主要做法", blocks)

    def documents_issued(self) -> Sentence | None:
        """强化制度保障: the documents the period's entries say were issued (印发《…》), each once, the unit
        named in the county's report — 主要做法 from the entries' documents as well as their meetings."""
        found: dict[str, tuple[str, Source]] = {}
        for e in self.entries:
            for m in _ISSUED.finditer(e.progress):
                found.setdefault(m.group(1), (e.unit, _src(e)))
        if not found:
            return None
        units = list(dict.fromkeys(u for u, _ in found.values()))
        said = "，".join(f"{u if self.city else ''}印发" + "、".join(t for t, (w, _) in found.items() if w == u)
                        for u in units)
        sources = [src for _, src in found.values()]
        return Sentence(f"强化制度保障，{said}。", sources[-1], sources[:-1])

    def work(self, paragraphs: dict[int, list[Sentence]]) -> Section:
        """三、工作进展: by the plan's own groups （一）, a paragraph per task."""
        section = Section("工作进展")
        groups: list[tuple[str, list[TaskIn]]] = []
        led = [t for t in self.own if t.id not in self.carried]
        for task in led or self.own:        # a unit that leads some: the tasks it carries out apart
            if not paragraphs.get(task.id):
                continue
            if groups and groups[-1][0] == task.group:
                groups[-1][1].append(task)
            else:
                groups.append((task.group, [task]))
        use_groups = len({g for g, _ in groups}) > 1 or (groups and groups[0][0] and len(groups[0][1]) > 1)
        g = 0
        for name, tasks in groups:
            if use_groups:
                g += 1
                section.blocks.append(Block("heading2", [Sentence(f"（{cn_number(g)}）{name or _no_group(tasks)}")]))
            for i, task in enumerate(tasks, 1):
                # the county's report keeps the plan's numbers (task 4 is 「4.」 under its heading, ux63); a
                # unit's, holding some of the tasks, counts its own
                number = task.number if self.city and task.number.isdigit() else str(i)
                label = f"{number}.{short_name(task)}" if use_groups else f"（{cn_number(g + i)}）{short_name(task)}"
                section.blocks.append(Block("heading3" if use_groups else "heading2", [Sentence(label)]))
                section.blocks.append(Block("body", paragraphs[task.id]))
            if not use_groups:
                g += len(tasks)
        if led:
            carried = roles.carried_section(self, paragraphs, g + 1)
            g += bool(carried)
            section.blocks += carried
        quiet = self.unreported()
        if quiet:          # every task of the plan is in the city report: those no one reported on, in one sentence
            # the tasks a lead unit leads, then those a plan of 责任单位 gives no lead: 负责, never 牵头 (rv70b)
            led = [t for t in quiet if t.lead_units]
            parts = [(f"{'、'.join(who)}{word}的" if who else "") + tasks_named(ts, self.own)
                     for ts, word in ((led, "牵头"), ([t for t in quiet if not t.lead_units], "负责")) if ts
                     for who in [leads_of(ts)]]
            leads = leads_of(quiet)
            # past six tasks the sentence only says how many: a list of units and numbers across a page tells the
            # reader nothing the status sheet does not (rv71b finding 4)
            counted = f"其余{len(quiet)}项任务" if len(quiet) < len(self.own) else f"{len(quiet)}项任务均"
            text = f"{'，'.join(parts) if len(quiet) <= QUIET_NAMED else counted}尚未报送进展。"
            section.blocks.append(Block("body", [Sentence(text, Source(None, (leads or [""])[0], None, "status"))]))
        support = roles.supported(self) if not self.city else []
        if support:
            g += 1
            section.blocks.append(Block("heading2", [Sentence(f"（{cn_number(g)}）配合推进的工作")]))
            section.blocks.append(Block("body", support))
        return section

    def unreported(self) -> list[TaskIn]:
        """The city report's tasks no unit has sent anything on in the period (none in a unit's own report)."""
        return [t for t in self.own if not self.by_task.get(t.id)] if self.city else []

    def problems(self) -> Section | None:
        """四、存在问题: 3–5 themes raised in the last three months (older ones are solved), each still in its
        task's latest entry of the period (a unit's problem it no longer reports is solved: rv71b finding 2)."""
        recent = self.months[-3:]
        latest: dict[tuple[int, str], set[str]] = {}
        for e in self.entries:                   # by month: the last one of each task and unit stands
            latest[(e.task_id, e.unit)] = set(split_sentences(e.problems))
        items = [(s, _src(e, "problems")) for e in self.entries if e.month in recent
                 for s in split_sentences(e.problems) if s in latest[(e.task_id, e.unit)]]
        found = period.themes(items)
        if not found:
            return None
        blocks = [Block("body", [Sentence(f"{cn_number(i)}是{t.text}" if len(found) > 1 else t.text,
                                          t.sources[-1], t.sources[:-1])])
                  for i, t in enumerate(found, 1)]
        return Section("存在问题", blocks)

    def next_steps(self) -> Section | None:
        """五、下一步打算: up to five steps of the latest months, none already done; the
        year-end report starts with what carries over."""
        points: list[Sentence] = []
        if self.kind == "year-end":
            # not a task already at or above every target (ux63: 职业技能培训 at 101 % carried into next year)
            open_tasks = [t for t in self.own if self.task_status(t) != "done" and not self.targets_met(t)]
            if open_tasks:
                # the names as they are (a verb of their own: 推进医养融合发展), no verb put before them
                names = "、".join(short_name(t) for t in open_tasks[:4])
                more = f"等{len(open_tasks)}项任务" if len(open_tasks) > 4 else ""
                points.append(Sentence(f"抓好结转任务落实，确保{names}{more}在{self.data.year + 1}年"
                                       "取得实质进展。"))
        found: list[period.Theme] = []
        said: dict[tuple[str, str], list[str]] = {}     # (unit, month) → what it reported done since
        for e in self.entries:
            if e.month >= self.months[-2:][0] and e.progress:
                said.setdefault((e.unit, e.month), []).extend(split_sentences(e.progress))
        for month in reversed(self.months[-2:]):       # the latest month's steps; the one before if few
            if len(found) >= 3:
                break
            items = []
            for e in self.entries:
                if e.month != month or not e.next_steps:
                    continue
                done_text = [s for (unit, m), texts in said.items() if unit == e.unit and m >= e.month
                             for s in texts]
                for s in split_sentences(e.next_steps):
                    if not period.step_done(s, done_text):
                        items.append((s, _src(e, "next_steps")))
            for theme in period.themes(items, limit=5):
                if not any(period.similar(theme.text, t.text) for t in found):
                    found.append(theme)
        for theme in found:
            if len(points) >= 5:
                break
            text = self._step_text(theme)
            if text:
                theme.text = text
                points.append(theme.sentence())
        if not points:
            return None
        for i, point in enumerate(points, 1):
            if len(points) > 1:
                point.text = f"{cn_number(i)}是{point.text}"
        heading = "明年工作打算" if self.kind == "year-end" else "下一步打算"
        return Section(heading, [Block("body", [point]) for point in points])

    def _step_text(self, theme: period.Theme) -> str:
        """A next step as it can be read next period: ``报请市政府审批`` gets what is submitted
        (the document of its task) or goes; in the year-end's 明年工作打算 a clause meaning this
        year (``确保年底前全部建成``, ``力争年内发布``) goes."""
        text = theme.text
        if self.kind == "year-end":
            clauses = [c for c in re.split(r"(?<=[，；])", text.rstrip("。"))
                       if not re.search(r"年底|年内|今年|本年|年度", c)]
            text = "".join(clauses).rstrip("，；")
            if not period.words(text):
                return ""
            text += "。"
        if period.has_object(text):
            return text
        source = theme.sources[-1]
        entry = next((e for e in self.entries if e.id == source.entry_id), None)
        docs = [d for e in self.by_task.get(entry.task_id, []) if entry and e.unit == entry.unit
                for d in re.findall(r"《[^》]+》", e.progress + e.next_steps)] if entry else []
        if not docs:
            return ""
        verb = re.match(r"^(?:报请|提请|报送|呈报)", text)
        return (f"将{docs[-1]}{text}" if verb else f"就{docs[-1]}{text}" if text.startswith(("征求", "广泛征求"))
                else "")

    # --- the whole report ------------------------------------------------------------------------

    def title_parts(self) -> list[str]:
        return report_title_parts(self.kind, self.data.year, self.data.plan_title, self.data.unit or self.office,
                                  unit=bool(self.data.unit))

    def one_home(self, paragraphs: dict[int, list[Sentence]]) -> None:
        """A unit's sentence written under several tasks (the task's name aside) stays under
        the one it belongs to: a task the unit leads, else the one it names, else the first."""
        names = sorted({n for t in self.data.tasks for n in (t.title, short_name(t)) if len(n) >= 4},
                       key=len, reverse=True)
        homes: dict[tuple[str, str], list[tuple[TaskIn, Sentence]]] = {}
        for task in self.own:
            for s in paragraphs.get(task.id, []):
                if s.source is None or s.source.field != "progress":
                    continue
                text = re.sub(r"^[^，]*牵头，", "", s.text).removeprefix(s.source.unit)
                text = re.sub(r"^配合[^，]*，", "", text)
                for name in names:
                    text = text.replace(name, "")
                k = period.words(text)
                if len(k) >= 8:
                    homes.setdefault((s.source.unit, k), []).append((task, s))
        for (unit, _words), found in homes.items():
            if len({t.id for t, _ in found}) < 2:
                continue
            home = next((x for x in found if unit in x[0].lead_units), None) or next(
                (x for x in found if short_name(x[0]) in x[1].text or x[0].title in x[1].text), found[0])
            for task, s in found:
                if task.id != home[0].id and "牵头，" not in s.text:
                    home[1].merged.extend(s.sources)
                    paragraphs[task.id] = [x for x in paragraphs[task.id] if x is not s]

    def report(self, *, addressee: str = "") -> Report:
        paragraphs = {t.id: self.task_paragraph(t) for t in self.own}
        checks = draft_checks.run_checks(self, paragraphs)     # a sentence under several tasks is pointed out…
        if not self.data.unit and self.office == OFFICE_BLANK:       # a blank signature to fill
            checks.insert(0, Check(NO_OFFICE_CHECK.format(blank=OFFICE_BLANK)))
        practices = self.practices()
        if practices.blocks[0].text == PRACTICES_BLANK:
            checks.append(Check(PRACTICES_CHECK))
        self.one_home(paragraphs)                # …and the draft keeps it under one
        f = self.figures()
        parts = self.title_parts()
        period_text = f"{self.data.year}年上半年" if self.kind == "half-year" else f"{self.data.year}年"
        lead = opening(self, f, period_text)
        drafted = [overview(self, f, paragraphs), practices, self.work(paragraphs),
                   self.problems(), self.next_steps()]
        sections = [s for s in drafted if s is not None and s.blocks]
        for i, s in enumerate(sections, 1):
            s.heading = f"{cn_number(i)}、{s.heading}"
        for section in sections:             # full-width brackets in the text (the plan's too)
            for block in section.blocks:
                for sentence in block.sentences:
                    sentence.text = full_width(sentence.text)
        lead = full_width(lead)
        signer = self.data.unit or self.office
        person, phone = self.data.liaisons.get(signer) or self.data.liaisons.get(self.data.office_name, ("", ""))
        return Report(kind=self.kind, title="".join(parts), title_lines=break_title(parts),
                      lead=lead, sections=sections, signature=signer, date=self.today,
                      year=self.data.year, plan_title=self.data.plan_title, unit=self.data.unit,
                      addressee=addressee.rstrip("：:"), contact_person=person,
                      contact_phone=phone, figures=f, checks=checks)


def _no_group(tasks: list[TaskIn]) -> str:
    """The heading of tasks under no heading of the plan: a 附件's task table rows as such (rv70b: 「（三）其他任务」
    held 附件.12), else 其他任务."""
    return "附件所列任务" if all((t.path or [""])[0].startswith("附件") for t in tasks) else "其他任务"


def draft_report(data: ReportInput, kind: str, *, today: dt.date | None = None,
                 addressee: str = "") -> Report:
    """A half-year summary (``half-year``) or year-end report (``year-end``) dated ``today``."""
    return Drafter(data, kind, today).report(addressee=addressee)


def draft_articles(data: ReportInput, month: str) -> list[Article]:
    """The month's information articles of the unit (or of every unit for the office).

    The body's lines become paragraphs; a title that does not start with the unit's name gets
    it in front, as the format asks.
    """
    out = []
    for a in sorted(data.articles, key=lambda a: (data.units.index(a.unit)
                                                  if a.unit in data.units else 0, a.id)):
        if a.month != month or (data.unit is not None and a.unit != data.unit):
            continue
        title = a.title.strip()
        if not title.startswith(a.unit):
            title = a.unit + title
        paragraphs = [p.strip().strip("\u3000") for p in a.body.splitlines() if p.strip()]
        _, phone = data.liaisons.get(a.unit, ("", ""))
        out.append(Article(title=title, paragraphs=paragraphs, unit=a.unit,
                           date=parse_day(a.date), author=a.author, reviewer=a.reviewer,
                           phone=phone, source=Source(a.id, a.unit, a.month, "article"),
                           title_lines=break_title([a.unit, title[len(a.unit):]])))
    return out
