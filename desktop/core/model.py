"""The plan as the parser finds it: plain dataclasses, and their JSON form.

These are the contract between the parser (``desktop.core.parse``), the store
(``desktop.store``) and the command line: ``plan parse --json`` prints
``ParsedPlan.to_json()``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Comparator = Literal[">=", "<=", "=", ">", "<"]
DutyKind = Literal[
    "monthly_info", "half_year_summary", "year_end_report", "plan_filing",
    "quarterly_report", "liaison", "other",
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


@dataclass
class Heading:
    """A numbered heading of the plan (一、 （一） 1. （1）)."""

    level: int                     # 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
    path: list[str]                # numerals of the enclosing headings, outermost first
    number: str                    # own numeral without marks: 一, 1
    title: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


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
    short_name: str = ""           # 4–10 characters for report headings and the ledger: 养老服务立法

    @property
    def key(self) -> str:
        """Stable identity of a task within its plan: its numbering path."""
        return ".".join([*self.path, self.number])

    def to_json(self) -> dict[str, Any]:
        return {"path": list(self.path), "number": self.number, "title": self.title,
                "text": self.text, "lead_units": list(self.lead_units),
                "responsible_units": list(self.responsible_units),
                "targets": [t.to_json() for t in self.targets],
                "deadline": self.deadline, "source": self.source, "level": self.level,
                "short_name": self.short_name}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Task:
        """The inverse of ``to_json`` (a missing ``short_name`` — older JSON — is "")."""
        return cls(path=[str(x) for x in data["path"]], number=str(data["number"]), title=str(data["title"]),
                   text=str(data["text"]), lead_units=[str(x) for x in data.get("lead_units", [])],
                   responsible_units=[str(x) for x in data.get("responsible_units", [])],
                   targets=[Target(str(t["text"]), float(t["value"]), str(t["unit"]), t.get("comparator"),
                                   t.get("deadline"), str(t.get("subject", ""))) for t in data.get("targets", [])],
                   deadline=data.get("deadline"), source=str(data.get("source", "")),
                   level=int(data.get("level", 3)), short_name=str(data.get("short_name", "")))


@dataclass
class Phase:
    """A schedule phase (工作安排 / 进度安排): 动员部署阶段（2024年1月-3月）."""

    name: str
    start: str | None              # YYYY-MM
    end: str | None                # YYYY-MM
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Duty:
    """A reporting duty of every responsible unit."""

    kind: str                      # one of DutyKind
    due: str | None                # YYYY-MM-DD, for one-off duties
    every: str | None              # "month" | "quarter" | "week" | "year" | None (week/year: rhythms, not dated)
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "due": self.due, "every": self.every, "text": self.text}


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


@dataclass
class Person:
    """Someone the plan lists, e.g. a leading group member with unit and post."""

    name: str
    unit: str
    post: str
    role: str = ""                 # 组长 / 副组长 / 成员

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


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

    def to_json(self) -> dict[str, Any]:
        """The ``plan parse --json`` object (source text left out: it is the input)."""
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
        }
