"""The plan as the parser finds it: plain dataclasses, and their JSON form.

These are the contract between the parser (``desktop.core.parse``), the store
(``desktop.store``) and the command line: ``plan parse --json`` prints
``ParsedPlan.to_json()``; ``ParsedPlan.from_json`` reads it back (a plan package carries it);
``ParsedPlan.digest()`` names one version of a plan.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

_NUMERAL = re.compile(r"第?[0-9０-９一二三四五六七八九十百千零〇两]+[条款项章节]?")


_LEVEL_NUMERALS = {1: "{}、", 2: "（{}）", 3: "{}. ", 4: "（{}）"}


_ARABIC = re.compile(r"[0-9０-９]+")
_CHINESE = re.compile(r"[一二三四五六七八九十百千零〇两]+")


def level_numeral(level: int | None, number: str = "") -> str:
    """How a number of this outline level is printed (一、 （一） 1. （1）), for ``numbered_title``: a task shown
    alone (its pane) reads 「（一）…」 as in the plan, not 「一. …」 like a section of its own.

    With its ``number``: a numeral of the other kind than its level's, as a person renumbering a task types
    it (三.一 → 三.1: a 1 where the plan has （一）), is printed as that kind is — 「1. 」, not 「（1）」, which in
    a plan is a sub-item's mark; a Chinese numeral at the 1. level likewise reads 「（一）」. The parser never
    gives those pairs (its levels follow the marks), so a parsed plan reads as before."""
    if level == 2 and _ARABIC.fullmatch(number):
        return _LEVEL_NUMERALS[3]
    if level == 3 and _CHINESE.fullmatch(number):
        return _LEVEL_NUMERALS[2]
    return _LEVEL_NUMERALS.get(level or 0, "{} ")


def carries(number: str, part: str) -> bool:
    """The decimal ``number`` already carries the heading numeral ``part`` of its path: 2.1 carries 2, 2.1.1
    carries 2 and 2.1 (the parser gives 2.1 the path [2], 2.1.1 the path [2, 2.1])."""
    return "." in number and number.startswith(part + ".")


def shown_number(path: list[str], number: str) -> str:
    """A task's number as a person reads it: its heading path, then its own numeral (二.一.1), except the
    parts of the path a decimal number already carries — the document's 2.1 is 「2.1」, not 「2.2.1」 (ux56).
    A path part the decimal number does not carry (一、 over 1.1) stays: 「一.1.1」."""
    return ".".join([*(p for p in path if not carries(number, p)), number])


def book_title(title: str) -> str:
    """A title as the program writes it in 《》 — reports, messages, plan info: one inside it takes 〈〉
    (GB/T 15834, ux62 finding 10): ``2025年区《政府工作报告》重点工作任务分工方案`` →
    ``《2025年区〈政府工作报告〉重点工作任务分工方案》``. A title stored in its own 《》 is not wrapped twice."""
    inner = title.strip()
    if inner.startswith("《") and _closing(inner) == len(inner) - 1:
        inner = inner[1:-1].strip()
    return "《" + inner.replace("《", "〈").replace("》", "〉") + "》"


def _closing(text: str) -> int:
    """Where the 《 opening ``text`` closes (-1: never)."""
    depth = 0
    for at, ch in enumerate(text):
        depth += (ch == "《") - (ch == "》")
        if depth == 0:
            return at
    return -1


def numbered_title(number: str, title: str, numeral: str = "{}. ") -> str:
    """A task's or heading's number before its title, as shown to a user (``numeral`` formats the number).

    An item the plan does not number (a paragraph headed by a unit, 「区公安分局」 over its duties) keeps its first
    words as its number, for its place in the plan: shown once, as the title, not 「区公安分局. 区公安分局」."""
    if not number or _NUMERAL.fullmatch(number) is None and title.startswith(number):
        return title
    if "." in number:
        numeral = "{} "              # a decimal number (2.1) as the document prints it: not 「2.1. 」 nor 「（2.1）」
    return numeral.format(number) + title


Comparator = Literal[">=", "<=", "=", ">", "<"]
DutyKind = Literal[
    "monthly_info", "half_year_summary", "year_end_report", "plan_filing",
    "quarterly_report", "liaison", "other",
    "oversight",      # an oversight or meeting rhythm (领导小组月调度、季检查): nothing is sent, nothing falls due
]


@dataclass
class Target:
    """A quantitative target (目标/指标): ``不少于580张`` → value 580, unit 张, ``>=``."""

    text: str                      # the words the target was read from
    value: float
    unit: str                      # 张, %, 人次, 个, 户 …; "" when none
    comparator: str | None         # ">=", "<=", "=", ">", "<" or None
    deadline: str | None = None    # YYYY-MM-DD
    subject: str = ""              # what is counted, e.g. 家庭养老照护床位

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "value": value, "unit": self.unit,
                "comparator": self.comparator, "deadline": self.deadline,
                "subject": self.subject}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Target:
        return cls(str(data["text"]), float(data["value"]), str(data["unit"]), data.get("comparator"),
                   data.get("deadline"), str(data.get("subject", "")))


@dataclass
class Heading:
    """A numbered heading of the plan (一、 （一） 1. （1）)."""

    level: int                     # 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
    path: list[str]                # numerals of the enclosing headings, outermost first
    number: str                    # own numeral without marks: 一, 1
    title: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Heading:
        return cls(int(data["level"]), _strs(data["path"]), str(data["number"]), str(data["title"]))


@dataclass
class Task:
    """An item a unit is accountable for (工作任务 / 重点工作)."""

    path: list[str]
    number: str
    title: str
    text: str
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    deadline: str | None = None
    source: str = ""               # the sentence the units were read from
    level: int = 3
    short_name: str = ""           # 4–12 characters for report headings and the ledger: 养老服务立法
    # the people a task table names for the task (责任领导 / 分管领导: 张明), never units (ux59 finding 4)
    leaders: list[str] = field(default_factory=list)
    # the parser's own mark, not saved: its units were read from the item's prose alone (prose_declaration),
    # not from a label: a lead the prose opens with (由X牵头，Y配合…), or units of a comma-joined clause, trailing
    # (…，X牵头，Y配合) or opening (X负责，…), including a clause naming only responsible units (各乡镇负责，…)
    prose_lead: bool = field(default=False, compare=False, repr=False)
    # marked 「不是任务」 in the review (ux58: 保障措施 「（一）加强组织领导」 read as a task): shown struck out
    # until saved, then not saved, its targets with it; recorded as a correction of the plan (``core.not_tasks``),
    # not in its JSON
    not_task: bool = field(default=False, compare=False, repr=False)

    @property
    def key(self) -> str:
        """Stable identity of a task within its plan: its numbering path."""
        return ".".join([*self.path, self.number])

    @property
    def shown_number(self) -> str:
        """Its number as the review shows it and a person types it (``shown_number``): 2.1, not 2.2.1."""
        return shown_number(self.path, self.number)

    def to_json(self) -> dict[str, Any]:
        return {"path": list(self.path), "number": self.number, "title": self.title,
                "text": self.text, "lead_units": list(self.lead_units),
                "responsible_units": list(self.responsible_units),
                "targets": [t.to_json() for t in self.targets],
                "deadline": self.deadline, "source": self.source, "level": self.level,
                "short_name": self.short_name,
                # only where the table names them: a plan without leaders keeps its JSON, and its digest
                **({"leaders": list(self.leaders)} if self.leaders else {})}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Task:
        """The inverse of ``to_json`` (a missing ``short_name`` — older JSON — is "", missing ``leaders`` none)."""
        return cls(path=_strs(data["path"]), number=str(data["number"]), title=str(data["title"]),
                   text=str(data["text"]), lead_units=_strs(data["lead_units"]),
                   responsible_units=_strs(data["responsible_units"]),
                   targets=[Target.from_json(t) for t in data["targets"]],
                   deadline=data.get("deadline"), source=str(data.get("source", "")),
                   level=int(data.get("level", 3)), short_name=str(data.get("short_name", "")),
                   leaders=_strs(data.get("leaders", [])))


@dataclass
class Phase:
    """A schedule phase (工作安排 / 进度安排): 动员部署阶段（2024年1月-3月）."""

    name: str
    start: str | None              # YYYY-MM
    end: str | None                # YYYY-MM
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Phase:
        return cls(str(data["name"]), data.get("start"), data.get("end"), str(data.get("text", "")))


@dataclass
class Duty:
    """A reporting duty of every responsible unit."""

    kind: str                      # one of DutyKind
    due: str | None                # YYYY-MM-DD, for one-off duties
    every: str | None              # "month" | "quarter" | "week" | "day" | "year" | None (week/day/year: not dated)
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "due": self.due, "every": self.every, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Duty:
        return cls(str(data["kind"]), data.get("due"), data.get("every"), str(data.get("text", "")))


@dataclass
class Unit:
    """A unit (单位) the plan names; a group (领导小组各成员单位) may list members."""

    name: str
    aliases: list[str] = field(default_factory=list)
    note: str = ""                 # e.g. 含开发区、长江新区、风景区管委会，下同
    is_group: bool = False
    members: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Unit:
        return cls(str(data["name"]), _strs(data.get("aliases", [])), str(data.get("note", "")),
                   bool(data.get("is_group", False)), _strs(data.get("members", [])))


@dataclass
class Person:
    """Someone the plan lists, e.g. a leading group member with unit and post."""

    name: str
    unit: str
    post: str
    role: str = ""                 # 组长 / 副组长 / 成员

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Person:
        return cls(str(data["name"]), str(data["unit"]), str(data["post"]), str(data.get("role", "")))


@dataclass
class ParsedPlan:
    title: str = ""
    doc_number: str = ""
    issuer: str = ""
    date: str | None = None        # YYYY-MM-DD
    headings: list[Heading] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    plan_targets: list[Target] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_text: str = ""

    def year(self) -> int | None:
        """The year of the plan's date (what a date written without its year falls in), or None."""
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None

    def to_json(self, *, with_source: bool = False) -> dict[str, Any]:
        """The ``plan parse --json`` object (source text left out: it is the input; a plan
        package carries it, ``with_source``)."""
        source = {"source_text": self.source_text} if with_source else {}
        return {
            "title": self.title,
            "doc_number": self.doc_number,
            "issuer": self.issuer,
            "date": self.date,
            "tasks": [t.to_json() for t in self.tasks],
            "plan_targets": [t.to_json() for t in self.plan_targets],
            "phases": [p.to_json() for p in self.phases],
            "duties": [d.to_json() for d in self.duties],
            "units": [u.name for u in self.units],
            "unit_details": [u.to_json() for u in self.units],
            "headings": [h.to_json() for h in self.headings],
            "people": [p.to_json() for p in self.people],
            "warnings": list(self.warnings),
            **source,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParsedPlan:
        """The inverse of ``to_json``; raises KeyError, TypeError, ValueError or AttributeError
        on JSON of another shape."""
        return cls(
            title=str(data["title"]), doc_number=str(data["doc_number"]), issuer=str(data["issuer"]),
            date=data.get("date"), source_text=str(data.get("source_text", "")),
            warnings=_strs(data.get("warnings", [])),
            headings=[Heading.from_json(h) for h in data.get("headings", [])],
            units=[Unit.from_json(u) for u in data["unit_details"]],
            tasks=[Task.from_json(t) for t in data["tasks"]],
            plan_targets=[Target.from_json(t) for t in data.get("plan_targets", [])],
            phases=[Phase.from_json(p) for p in data.get("phases", [])],
            duties=[Duty.from_json(d) for d in data.get("duties", [])],
            people=[Person.from_json(p) for p in data.get("people", [])])

    def digest(self) -> str:
        """What identifies one version of a plan: its text and the reviewed structure (SHA-256;
        the plan package's fingerprint, and how the store knows a re-import changed nothing)."""
        body = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256((self.source_text + "\x00" + body).encode("utf-8")).hexdigest()


def _strs(items: Any) -> list[str]:
    return [str(x) for x in items]
