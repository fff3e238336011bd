"""A drafted report as plain data: sections of paragraphs of sentences, each sentence
carrying the entry it was drafted from, so the app can show where a sentence came from and a
user can edit the draft before it is rendered to Word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

FIELD_LABELS = {"progress": "工作进展", "problems": "存在问题", "next_steps": "下一步打算",
                "value": "指标数值", "status": "任务状态", "article": "工作信息",
                "practices": "主要做法"}


@dataclass(frozen=True)
class Source:
    """Where a drafted sentence came from: one monthly entry of one unit."""

    entry_id: int | None
    unit: str
    month: str | None                    # YYYY-MM
    field: str = "progress"

    def label(self) -> str:
        when = f"{int(self.month[:4])}年{int(self.month[5:7])}月" if self.month else ""
        ref = f"（记录 {self.entry_id}）" if self.entry_id is not None else ""
        return " ".join(p for p in (self.unit, when, FIELD_LABELS.get(self.field, self.field)) if p) + ref


@dataclass
class Sentence:
    """A drafted sentence. ``source`` is None only for figures computed over many entries."""

    text: str
    source: Source | None = None
    merged: list[Source] = field(default_factory=list)    # repeats folded into this one

    @property
    def sources(self) -> list[Source]:
        return ([self.source] if self.source else []) + self.merged


@dataclass
class Block:
    """A paragraph: ``style`` is body, heading1 (一、), heading2 (（一）) or heading3 (1.)."""

    style: str
    sentences: list[Sentence]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)


@dataclass
class Section:
    heading: str                         # 一、基本情况
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Check:
    """Something to look at before export (a task done with its target unmet, a cumulative
    figure that went down…), with the entries it is about."""

    text: str
    sources: list[Source] = field(default_factory=list)


@dataclass
class Figures:
    """The numbers of 一、基本情况."""

    units: int = 0
    tasks: int = 0                       # the tasks the report covers in full (a unit's own)
    supported: int = 0                   # tasks a unit only supports
    lead_tasks: int = 0
    done: int = 0
    in_progress: int = 0
    late: int = 0
    not_started: int = 0
    targets: int = 0
    targets_met: int = 0
    months_due: int = 0                  # unit × month reports that were due
    months_sent: int = 0
    months_on_time: int = 0
    articles: int = 0
    as_of: str = ""                      # YYYY-MM the figures stand at


@dataclass
class Report:
    """A half-year summary (半年工作小结) or year-end report (年度工作总结)."""

    kind: str                            # half-year | year-end
    title: str
    lead: str
    sections: list[Section]
    signature: str
    date: dt.date
    year: int
    plan_title: str
    unit: str | None = None              # None: the city-wide version
    addressee: str = ""
    attachments: list[str] = field(default_factory=list)
    contact_person: str = ""
    contact_phone: str = ""
    figures: Figures = field(default_factory=Figures)
    title_lines: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    @property
    def period(self) -> str:
        return f"{self.year}年上半年" if self.kind == "half-year" else f"{self.year}年"

    def blocks(self) -> Iterator[Block]:
        for section in self.sections:
            yield Block("heading1", [Sentence(section.heading)])
            yield from section.blocks

    def sentences(self) -> Iterator[Sentence]:
        for section in self.sections:
            for block in section.blocks:
                yield from block.sentences

    def attachment_lines(self) -> list[str]:
        """``附件：1.××`` then later items aligned under the first name."""
        if not self.attachments:
            return []
        lines = []
        for i, name in enumerate(self.attachments, 1):
            lead = "附件：" if i == 1 else "\u3000" * 3
            number = f"{i}." if len(self.attachments) > 1 else ""
            lines.append(f"{lead}{number}{name}")
        return lines


@dataclass
class Article:
    """One monthly information article (工作信息)."""

    title: str
    paragraphs: list[str]
    unit: str
    date: dt.date | None
    author: str = ""
    reviewer: str = ""
    phone: str = ""
    source: Source | None = None
    title_lines: list[str] = field(default_factory=list)   # broken after the unit's name


def cn_date(day: dt.date) -> str:
    """``2024年6月28日``: Arabic numerals, full year, no leading zeros (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


from desktop.core.progress import cn_number  # noqa: E402,F401  (一、（一）一是: cn2an)


def text_width(text: str) -> float:
    """Width in Chinese characters: ASCII letters and digits take half a character."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def break_title(parts: list[str], width: float = 19) -> list[str]:
    """Lines of a long title, broken only between ``parts`` (words), never inside one.

    A 二号 line holds 20 characters; ``width`` keeps one in hand, because digits and Latin
    letters are wider than half a character in some title fonts (a line counted as 20 with
    「2024」 in it overflowed and left one character alone on the next line).

    Lines are kept as even as possible (the official look: no line of two characters under a
    full one). A single part longer than a line stays whole and the renderer wraps it.
    """
    total = text_width("".join(parts))
    if total <= width:
        return ["".join(parts)]
    n_lines = int(-(-total // width))
    best: list[str] | None = None
    best_score = None
    cuts = range(1, len(parts))
    # Few parts (≤ 12): try every split into n_lines or n_lines + 1 lines.
    from itertools import combinations, pairwise

    for lines in (n_lines, n_lines + 1):
        for chosen in combinations(cuts, lines - 1):
            bounds = (0, *chosen, len(parts))
            candidate = ["".join(parts[a:b]) for a, b in pairwise(bounds)]
            widths = [text_width(c) for c in candidate]
            over = sum(max(0.0, x - width) for x in widths)
            score = (over, max(widths) - min(widths), lines)
            if best_score is None or score < best_score:
                best, best_score = candidate, score
        if best_score is not None and best_score[0] == 0:
            break
    return best or ["".join(parts)]


def printable(report: Report, prompts: tuple[str, ...]) -> Report:
    """``report`` as it is printed: a paragraph still holding a fill-in prompt (``prompts``: 二、主要做法's
    「（请在此填写主要做法…）」) is left out, and a section it leaves empty goes with it, the others numbered
    again (一、二、…) — the draft editor shows the prompt; a printed report never shows it or an empty heading."""
    from copy import deepcopy

    if not any(b.text in prompts for s in report.sections for b in s.blocks):
        return report
    out = deepcopy(report)
    for section in out.sections:
        section.blocks = [b for b in section.blocks if b.text not in prompts]
    out.sections = [s for s in out.sections if s.blocks]
    for i, section in enumerate(out.sections, 1):
        section.heading = f"{cn_number(i)}、{section.heading.split('、', 1)[-1]}"
    return out


def report_to_dict(report: Report) -> dict:
    """A Report as plain JSON-able data (the draft editor keeps edits in the workspace)."""
    from dataclasses import asdict

    data = asdict(report)
    data["date"] = report.date.isoformat()
    edited = []
    for section in report.sections:
        for block in section.blocks:
            edited.append([type(s).__name__ != "Sentence" for s in block.sentences])
    data["edited_sentences"] = edited
    return data


def report_from_dict(data: dict, edited_type: type | None = None) -> Report:
    """The Report ``report_to_dict`` wrote; sentences the user had rewritten come back as
    ``edited_type`` (the editor's EditedSentence) when given."""
    def source(d: dict | None) -> Source | None:
        return Source(**d) if d else None

    flags = iter(data.get("edited_sentences") or [])
    sections = []
    for s in data["sections"]:
        blocks = []
        for b in s["blocks"]:
            marks: list[bool] = next(flags, [])
            sentences = []
            for i, x in enumerate(b["sentences"]):
                cls = edited_type if edited_type is not None and i < len(marks) and marks[i] else Sentence
                sentences.append(cls(x["text"], source(x["source"]), [Source(**m) for m in x["merged"]]))
            blocks.append(Block(b["style"], sentences))
        sections.append(Section(s["heading"], blocks))
    fields = {k: v for k, v in data.items() if k not in ("sections", "figures", "checks", "date",
                                                         "edited_sentences")}
    return Report(**fields, sections=sections, date=dt.date.fromisoformat(data["date"]),
                  figures=Figures(**data["figures"]),
                  checks=[Check(c["text"], [Source(**x) for x in c["sources"]]) for c in data.get("checks", [])])
