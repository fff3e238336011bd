"""Drafting a half-year summary or year-end report from monthly entries.

Per task, the period's progress in month order, repeated sentences merged (their months
joined: ``3月、9月，召开推进会``), running totals replaced by one sentence from the latest
values; problems and next steps gathered and numbered ``一是…``. The city-wide version names
the unit before what it did. Every sentence keeps the entry it came from (``Source``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.reports.content import (Article, Block, Figures, Report, Section, Sentence,
                                     Source, break_title, cn_number)
from desktop.reports.inputs import (STATUS_LABELS, EntryIn, ReportInput, TargetIn, TaskIn,
                                    due_date, month_key, parse_day)

KINDS = ("half-year", "year-end")
_SPLIT = re.compile(r"(?<=[。！？!?；;])|\n+")
_MONTH_PREFIX = re.compile(r"^(\d{1,2})月(?:份|以来|中旬|上旬|下旬|底)?[，,、]?")
_NOISE = re.compile(r"[\s，,。；;、：:！!？?“”\"'（）()—\-]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_COMPARATOR_WORDS = {">=": "不少于", ">": "超过", "<=": "不超过", "<": "低于", "=": "达到", None: "达到"}


def split_sentences(text: str) -> list[str]:
    """Sentences of free text, each ending in ``。`` (a trailing ``；`` becomes ``。``)."""
    out = []
    for piece in _SPLIT.split(text or ""):
        piece = (piece or "").strip().strip("\u3000")
        if not piece or not _NOISE.sub("", piece):
            continue
        piece = piece.rstrip("；;，,、")
        if piece[-1] not in "。！？!?":
            piece += "。"
        out.append(piece)
    return out


def _norm(text: str) -> str:
    return _NOISE.sub("", _MONTH_PREFIX.sub("", text))


@dataclass
class _Merged:
    months: list[int]
    body: str            # sentence without its month prefix
    sentence: Sentence


def merge_sentences(items: list[tuple[str, Source]]) -> list[Sentence]:
    """Fold repeated sentences into the first one; keep first-seen order.

    A sentence repeats another when their words match with month prefix and punctuation
    removed, or one contains the other (the longer wording is kept).
    """
    merged: list[_Merged] = []
    for text, source in items:
        match = _MONTH_PREFIX.match(text)
        month = int(match.group(1)) if match else None
        body = text[match.end():] if match else text
        key = _norm(text)
        if not key:
            continue
        for m in merged:
            other = _norm(m.body)
            if key != other and _DIGITS.sub("#", key) == _DIGITS.sub("#", other):
                # the same sentence with new figures: the latest figures stand
                m.body, m.months = body, [month] if month else []
                m.sentence.merged.append(m.sentence.source)
                m.sentence.source = source
                break
            if key == other or (len(key) >= 8 and (key in other or other in key)):
                if len(key) > len(other):
                    m.body = body
                m.sentence.merged.append(source)
                if month and month not in m.months:
                    m.months.append(month)
                break
        else:
            merged.append(_Merged([month] if month else [], body, Sentence(text, source)))
    for m in merged:
        if m.months:
            m.sentence.text = month_list(m.months) + "，" + m.body
        else:
            m.sentence.text = m.body
    return [m.sentence for m in merged]


def month_list(months: list[int]) -> str:
    """[1, 3, 4, 5, 6] → ``1月、3月至6月``."""
    runs: list[list[int]] = []
    for m in sorted(set(months)):
        if runs and m == runs[-1][-1] + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return "、".join(f"{r[0]}月至{r[-1]}月" if len(r) > 2 else "、".join(f"{x}月" for x in r)
                    for r in runs)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _met(target: TargetIn, value: float) -> bool:
    cmp = target.comparator or ">="
    return {">=": value >= target.value, ">": value > target.value, "<=": value <= target.value,
            "<": value < target.value, "=": value >= target.value}.get(cmp, value >= target.value)


def _percent(target: TargetIn, value: float) -> str | None:
    if (target.comparator or ">=") in ("<=", "<") or not target.value:
        return None
    return _fmt(round(value / target.value * 100, 1)) + "%"


class Drafter:
    """Drafts one report; ``unit`` None in the input means the city-wide version."""

    def __init__(self, data: ReportInput, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        self.data = data
        self.kind = kind
        self.city = data.unit is None
        last = 6 if kind == "half-year" else 12
        self.months = [month_key(data.year, m) for m in range(1, last + 1)]
        self.entries = sorted((e for e in data.entries if e.month in self.months),
                              key=lambda e: (e.month, e.id))
        self.by_task: dict[int, list[EntryIn]] = {}
        for e in self.entries:
            self.by_task.setdefault(e.task_id, []).append(e)
        self.as_of = max((e.month for e in self.entries), default=self.months[-1])
        self.as_of_text = f"{int(self.as_of[5:])}月底"

    # --- figures ---------------------------------------------------------------------------

    def latest(self, task: TaskIn) -> dict[str, EntryIn]:
        """Each unit's latest entry for ``task`` in the period."""
        out: dict[str, EntryIn] = {}
        for e in self.by_task.get(task.id, []):
            out[e.unit] = e
        return out

    def task_status(self, task: TaskIn) -> tuple[str, EntryIn | None]:
        latest = self.latest(task)
        if not latest:
            return "not_started", None
        statuses = {e.status for e in latest.values()}
        newest = max(latest.values(), key=lambda e: (e.month, e.id))
        if "late" in statuses:
            return "late", next(e for e in latest.values() if e.status == "late")
        if statuses == {"done"}:
            return "done", newest
        if statuses == {"not_started"}:
            return "not_started", newest
        return "in_progress", newest

    def target_value(self, task: TaskIn, target: TargetIn) -> tuple[float, list[EntryIn]] | None:
        """Latest value of a target and the entries it rests on (the deciding one last).

        One unit: its latest reading. City-wide: the lead unit compiles the total
        (牵头单位汇总), so a lead unit's latest reading stands when there is one; otherwise
        the responsible units' latest readings are added up. A rate (%) never adds up: the
        most recent reading stands.
        """
        readings: dict[str, EntryIn] = {}
        for e in self.by_task.get(task.id, []):
            if target.id in e.values:
                readings[e.unit] = e
        if not readings:
            return None
        entries = sorted(readings.values(), key=lambda e: (e.month, e.id))
        leads = [e for e in entries if e.unit in task.lead_units]
        if leads:       # the most recent month; within it, the first-named lead unit
            top = max(e.month for e in leads)
            newest = min((e for e in leads if e.month == top),
                         key=lambda e: task.lead_units.index(e.unit))
            return newest.values[target.id], [e for e in entries if e is not newest] + [newest]
        if target.unit == "%" or len(entries) == 1:
            newest = entries[-1]
            return newest.values[target.id], [e for e in entries if e is not newest] + [newest]
        return sum(e.values[target.id] for e in entries), entries

    def figures(self) -> Figures:
        f = Figures(as_of=self.as_of, tasks=len(self.data.tasks))
        for task in self.data.tasks:
            status, _ = self.task_status(task)
            setattr(f, status, getattr(f, status) + 1)
            if self.data.unit and self.data.unit in task.lead_units:
                f.lead_tasks += 1
            for target in task.targets:
                f.targets += 1
                got = self.target_value(task, target)
                if got and _met(target, got[0]):
                    f.targets_met += 1
        units = [self.data.unit] if self.data.unit else self.data.units
        f.units = len(units)
        due_months = [m for m in self.months if m <= self.as_of]
        sent: dict[tuple[str, str], dt.date | None] = {}
        for e in self.entries:
            if e.state == "submitted":
                day = parse_day(e.submitted_at)
                key = (e.unit, e.month)
                if key not in sent or (day and (sent[key] is None or day < sent[key])):
                    sent[key] = day
        f.months_due = len(units) * len(due_months)
        f.months_sent = sum(1 for (u, m) in sent if u in units and m in due_months)
        f.months_on_time = sum(1 for (u, m), day in sent.items()
                               if u in units and m in due_months and day
                               and day <= due_date(m, self.data.due_day))
        f.articles = sum(1 for a in self.data.articles
                         if a.month in self.months and (self.city or a.unit == self.data.unit))
        return f

    # --- sections ----------------------------------------------------------------------------

    def basic(self, f: Figures) -> Section:
        period = "上半年" if self.kind == "half-year" else "全年"
        if self.city:
            first = (f"《{self.data.plan_title}》共明确{f.tasks}项任务，涉及{f.units}个责任单位。")
        else:
            first = (f"我单位共承担《{self.data.plan_title}》任务{f.tasks}项，其中牵头{f.lead_tasks}项、"
                     f"配合{f.tasks - f.lead_tasks}项。")
        status = (f"截至{self.as_of_text}，已完成{f.done}项，正常推进{f.in_progress}项，滞后{f.late}项，"
                  f"未启动{f.not_started}项。")
        targets = (f"涉及量化指标{f.targets}项，已达到目标值{f.targets_met}项。" if f.targets
                   else "本期任务未设定量化指标。")
        sent = (f"{period}应报送月度进展{f.months_due}份，实际报送{f.months_sent}份，其中按时报送"
                f"{f.months_on_time}份；报送工作信息{f.articles}篇。")
        sentences = [Sentence(first), Sentence(status), Sentence(targets), Sentence(sent)]
        if self.city:
            late_units = sorted({e.unit for t in self.data.tasks
                                 for e in self.latest(t).values() if e.status == "late"},
                                key=self._unit_order)
            if late_units:
                sentences.append(Sentence(f"存在滞后任务的单位有：{'、'.join(late_units)}。"))
        return Section("一、基本情况", [Block("body", sentences)])

    def _unit_order(self, unit: str) -> tuple[int, str]:
        units = self.data.units
        return (units.index(unit) if unit in units else len(units), unit)

    def _progress(self, task: TaskIn, entries: list[EntryIn]) -> list[Sentence]:
        items = []
        for e in entries:
            readings = [(t.subject, _fmt(e.values[t.id])) for t in task.targets
                        if t.subject and t.id in e.values]
            for s in split_sentences(e.progress):
                # running totals ("累计完成…300部") give way to one latest-value sentence
                if re.search(r"\d", s) and ("累计" in s or any(
                        sub in s and value in s for sub, value in readings)):
                    continue
                items.append((s, Source(e.id, e.unit, e.month, "progress")))
        return merge_sentences(items)

    def _values_sentence(self, task: TaskIn) -> list[Sentence]:
        out = []
        for target in task.targets:
            got = self.target_value(task, target)
            if not got:
                continue
            value, entries = got
            newest = entries[-1]
            lead = "" if out else f"截至{int(newest.month[5:])}月底，"
            verb = "达到" if target.unit == "%" else "累计完成"
            out.append(Sentence(
                f"{lead}{target.subject or '指标'}{verb}{_fmt(value)}{target.unit}，",
                Source(newest.id, newest.unit, newest.month, "value"),
                [Source(e.id, e.unit, e.month, "value") for e in entries[:-1]]))
        if out:
            out[-1].text = out[-1].text[:-1] + "。"
        return out

    def work(self) -> Section:
        """Per task, under the plan's own groups when it has them: （一）group → 1.task."""
        section = Section("二、工作开展情况")
        groups: list[tuple[str, list[TaskIn]]] = []
        for task in self.data.tasks:
            if groups and groups[-1][0] == task.group:
                groups[-1][1].append(task)
            else:
                groups.append((task.group, [task]))
        use_groups = any(name for name, _ in groups)
        for g, (name, tasks) in enumerate(groups, 1):
            if use_groups:
                section.blocks.append(Block("heading2", [Sentence(f"（{cn_number(g)}）{name or '其他任务'}")]))
            for i, task in enumerate(tasks, 1):
                heading = (Block("heading3", [Sentence(f"{i}.{task.title}")]) if use_groups
                           else Block("heading2", [Sentence(f"（{cn_number(i)}）{task.title}")]))
                section.blocks.append(heading)
                section.blocks.extend(self._task_blocks(task))
        return section

    def _task_blocks(self, task: TaskIn) -> list[Block]:
        entries = self.by_task.get(task.id, [])
        if not entries:
            return [Block("body", [Sentence(
                f"{'各责任单位' if self.city else '本期'}尚未填报该项任务的进展。")])]
        if not self.city:
            return [Block("body", self._progress(task, entries) + self._closing(task))]
        by_unit: dict[str, list[EntryIn]] = {}
        for e in entries:
            by_unit.setdefault(e.unit, []).append(e)
        blocks = []
        for unit in sorted(by_unit, key=self._unit_order):
            sentences = self._progress(task, by_unit[unit])
            if sentences:
                sentences[0].text = f"{unit}：{sentences[0].text}"
            else:
                last = by_unit[unit][-1]
                sentences = [Sentence(f"{unit}：该项任务{STATUS_LABELS[last.status]}。",
                                      Source(last.id, unit, last.month, "status"))]
            blocks.append(Block("body", sentences))
        blocks.append(Block("body", self._closing(task)))
        return blocks

    def _closing(self, task: TaskIn) -> list[Sentence]:
        status, entry = self.task_status(task)
        out = self._values_sentence(task)
        if entry is not None:
            word = {"done": "已完成", "in_progress": "正常推进", "late": "进度滞后",
                    "not_started": "尚未启动"}[status]
            who = f"（{entry.unit}）" if self.city and status == "late" else ""
            out.append(Sentence(f"目前该项任务{word}{who}。",
                                Source(entry.id, entry.unit, entry.month, "status")))
        return out

    def results(self, f: Figures) -> Section:
        section = Section("三、主要成效")
        lines: list[Block] = []
        for task in self.data.tasks:
            for target in task.targets:
                got = self.target_value(task, target)
                goal = f"{_COMPARATOR_WORDS.get(target.comparator, '达到')}{_fmt(target.value)}{target.unit}"
                due = parse_day(target.deadline)
                when = f"（{due.year}年{due.month}月底前）" if due else ""
                name = target.subject or task.title
                if not got:
                    lines.append(Block("body", [Sentence(
                        f"{name}：目标{goal}{when}，本期尚无填报数值。")]))
                    continue
                value, entries = got
                newest = entries[-1]
                pct = _percent(target, value)
                text = (f"{name}：目标{goal}{when}，截至{int(newest.month[5:])}月底完成"
                        f"{_fmt(value)}{target.unit}" + (f"，为目标的{pct}" if pct else "")
                        + ("，已达到目标。" if _met(target, value) else "。"))
                if self.city and len(entries) > 1:
                    parts = "、".join(f"{e.unit}{_fmt(e.values[target.id])}{target.unit}"
                                     for e in sorted(entries, key=lambda e: self._unit_order(e.unit)))
                    how = "牵头单位汇总" if newest.unit in task.lead_units or target.unit == "%" else "合计"
                    text = text[:-1] + f"（{how}；各单位填报：{parts}）。"
                lines.append(Block("body", [Sentence(
                    text, Source(newest.id, newest.unit, newest.month, "value"),
                    [Source(e.id, e.unit, e.month, "value") for e in entries[:-1]])]))
        if f.targets:
            section.blocks.append(Block("body", [Sentence(
                f"对照方案确定的{f.targets}项量化指标，截至{self.as_of_text}已达到目标值{f.targets_met}项，"
                "具体如下：")]))
            section.blocks.extend(lines)
        else:
            section.blocks.append(Block("body", [Sentence(
                "本期任务未设定量化指标，成效见上文各项工作开展情况。")]))
        return section

    def gathered(self, heading: str, field: str, empty: str) -> Section:
        # "6月，" does not belong in a numbered problem: drop month prefixes before merging
        items = [(_MONTH_PREFIX.sub("", s), Source(e.id, e.unit, e.month, field))
                 for e in self.entries for s in split_sentences(getattr(e, field))]
        sentences = merge_sentences(items)
        section = Section(heading)
        for i, sentence in enumerate(sentences, 1):
            body = sentence.text
            if self.city:
                units = sorted({s.unit for s in sentence.sources}, key=self._unit_order)
                who = "、".join(units) if len(units) <= 3 else f"{units[0]}等{len(units)}个单位"
                body = body[:-1] + f"（{who}）。"
            sentence.text = f"{cn_number(i)}是{body}"
            section.blocks.append(Block("body", [sentence]))
        if not sentences:
            section.blocks.append(Block("body", [Sentence(empty)]))
        return section

    def carry_over(self) -> list[Block]:
        """Year-end: the tasks not done by the end of the period, carried into next year."""
        open_tasks = []
        for task in self.data.tasks:
            status, entry = self.task_status(task)
            if status != "done":
                open_tasks.append((task, status, entry))
        if not open_tasks:
            return [Block("body", [Sentence(f"{self.data.year}年各项任务均已完成，无结转任务。")])]
        blocks = [Block("heading2", [Sentence("（一）结转任务")]),
                  Block("body", [Sentence(
                      f"截至{self.as_of_text}，尚有{len(open_tasks)}项任务未完成，"
                      f"结转至{self.data.year + 1}年继续推进：")])]
        for i, (task, status, entry) in enumerate(open_tasks, 1):
            source = Source(entry.id, entry.unit, entry.month, "status") if entry else None
            lead = f"，牵头单位：{'、'.join(task.lead_units)}" if self.city and task.lead_units else ""
            blocks.append(Block("body", [Sentence(
                f"{i}.{task.title}（{STATUS_LABELS[status]}{lead}）。", source)]))
        blocks.append(Block("heading2", [Sentence("（二）工作打算")]))
        return blocks

    # --- the whole report ---------------------------------------------------------------------

    def title_parts(self) -> list[str]:
        subject = re.sub(r"(工作|实施)方案$|工作要点$", "", self.data.plan_title.strip("《》 ")) or "工作方案"
        if not subject.endswith(("办理", "落实")):
            subject += "落实"
        words = [w for w in re.split(r"(届|会议|建议案|议案|提案|办理|落实|建设|体系)", subject) if w]
        # re-attach each break word to the text before it: "三次" + "会议" → "三次会议"
        joined: list[str] = []
        for word in words:
            if joined and re.fullmatch(r"届|会议|建议案|议案|提案|办理|落实|建设|体系", word):
                joined[-1] += word
            else:
                joined.append(word)
        words = joined
        who = self.data.unit or self.data.office_name
        if self.kind == "half-year":
            return [who, "关于", f"{self.data.year}年上半年", *words, "工作情况的报告"]
        return [who, "关于", f"{self.data.year}年", *words, "工作情况的总结"]

    def report(self, *, today: dt.date | None = None, addressee: str = "") -> Report:
        f = self.figures()
        parts = self.title_parts()
        period = f"{self.data.year}年上半年" if self.kind == "half-year" else f"{self.data.year}年"
        who = "我单位" if not self.city else "各责任单位"
        lead = (f"按照《{self.data.plan_title}》部署，{who}对照任务分工，认真抓好各项工作落实。"
                f"现将{period}工作情况报告如下：")
        next_steps = self.gathered("五、下一步工作打算", "next_steps",
                                   "对照方案要求，继续推进各项任务落实。")
        if self.kind == "year-end":
            next_steps.blocks[:0] = self.carry_over()
        sections = [self.basic(f), self.work(), self.results(f),
                    self.gathered("四、存在问题", "problems", "本期未反映存在问题。"), next_steps]
        signer = self.data.unit or self.data.office_name
        person, phone = self.data.liaisons.get(signer, ("", ""))
        return Report(kind=self.kind, title="".join(parts), title_lines=break_title(parts),
                      lead=lead, sections=sections, signature=signer,
                      date=today or dt.date.today(), year=self.data.year,
                      plan_title=self.data.plan_title, unit=self.data.unit,
                      addressee=addressee.rstrip("：:"), contact_person=person,
                      contact_phone=phone, figures=f)


def draft_report(data: ReportInput, kind: str, *, today: dt.date | None = None,
                 addressee: str = "") -> Report:
    """A half-year summary (``half-year``) or year-end report (``year-end``)."""
    return Drafter(data, kind).report(today=today, addressee=addressee)


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
