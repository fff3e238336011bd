"""Shared set-up for the re-import matching tests: a small 稳就业 plan (``JOBS``), saving it,
re-importing a revision, and where an entry stands afterwards."""

from __future__ import annotations

import copy

from desktop.core.model import ParsedPlan, Task, Unit
from desktop.store import entries as ENT, plans as P, queries as Q

UNITS = ["市人社局", "市科技局", "市教育局", "市发改委", "市农业农村局"]

# (section, number, title, rest of the text)
JOBS = [("一", "1", "加大稳岗支持力度", "对不裁员的企业返还失业保险费的一半。"),
        ("一", "2", "支持创业载体建设", "新认定创业孵化基地，提供低成本场地。"),
        ("一", "3", "扩大就业见习补贴范围", "组织失业青年参加就业见习。"),
        ("二", "4", "开展失业人员培训", "面向失业人员开展职业技能培训。"),
        ("二", "5", "明确部门组织协调责任", "各部门按职责做好协调配合。"),
        ("二", "6", "落实地方主体责任", "各区制定具体措施抓好落实。")]
NEW_TASK = ("一", "?", "支持返乡入乡创业", "对返乡入乡创业的农民工给予一次性创业补贴。")


def plan_of(rows, *, restart: bool = False) -> ParsedPlan:
    """A plan of ``rows`` (section, number, title, text), renumbered in order: on through the
    sections (as 国发〔2018〕39号 does), or from 1 in each section with ``restart``."""
    tasks, n, section = [], 0, None
    for sec, _number, title, rest in rows:
        n = 1 if restart and sec != section else n + 1
        section = sec
        tasks.append(Task([sec], str(n), title, f"{title}。{rest}", responsible_units=["市人社局"]))
    return ParsedPlan(title="测试市就业工作方案", doc_number="测政办〔2024〕9号", issuer="测试市人民政府",
                      date="2024-03-01", tasks=tasks, units=[Unit(u) for u in UNITS],
                      source_text="|".join(t.text for t in tasks))


def save(ws, plan: ParsedPlan) -> int:
    return P.save_plan(ws, plan, backup=False, parsed=copy.deepcopy(plan)).plan_id


def ids(ws, plan_id: int) -> dict[str, int]:
    return {r.key: r.id for r in Q.tasks(ws, plan_id)}


def entry(ws, plan_id: int, task_id: int, progress: str, month: str = "2024-05") -> None:
    ENT.save_entry(ws, task_id, Q.unit_id(ws, plan_id, "市人社局"), month, progress=progress)


def entry_on(ws, progress: str) -> tuple[str, str, str | None]:
    (row,) = ws.rows("SELECT t.key, t.title, t.withdrawn_at FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
                     "WHERE e.progress = ?", [progress])
    return row["key"], row["title"], row["withdrawn_at"]


def reimport(ws, plan: ParsedPlan):
    prepared = P.prepare_reimport(ws, plan)
    return prepared, P.save_reimport(ws, prepared, backup=False)


# -- the shapes ------------------------------------------------------------------------------------
