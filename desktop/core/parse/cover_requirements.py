"""A notice's own requirements beside the task table it issues as its 附件 (ux64 finding 7).

A covering notice 「…现印发给你们…有关事项通知如下：」 with points 一、压实工作责任 / 二、按时报送情况 /
三、强化督促检查 and, after the signature, its 附件 「…任务分解表」 whose rows name their units: the table holds
the tasks, and the notice's points are its requirements — the duties of the leads and the units, the liaison
and the reports they send, the office's checks. Such a point is no task (its sendings stay duties, read from the
body); a point that carries work of its own — a figure the units are to reach, no heading of duties — stays a
task beside the table (Round 76's either count: the cover's points left out or kept).
"""

from __future__ import annotations

import re

from desktop.core.model import Task

# the heading of a requirement: responsibility, leadership, reporting, liaison, supervision, publicity, discipline
_REQUIREMENT = re.compile(r"责任|领导|组织|报送|报告|信息|联络|督|检查|考核|通报|调度|宣传|配合|协调|保障|要求"
                          r"|纪律|统筹|落实|推进机制|工作机制")
# a figure of work other than persons named to a post (联络员1名): the point carries work of its own
_PERSONS = re.compile(r"^(?:名|人)$")


def _requirement(task: Task) -> bool:
    """The notice's point is a requirement: its heading names one and it sets no figure of work."""
    if not _REQUIREMENT.search(task.title) or task.lead_units or task.responsible_units:
        return False
    return all(_PERSONS.search(t.unit or "") for t in task.targets)


def drop_requirements(tasks: list[Task]) -> tuple[list[Task], list[str]]:
    """The notice's points that are tasks (``tasks``, the body's beside an issued task table) and the titles of
    those dropped as its requirements."""
    kept = [t for t in tasks if not _requirement(t)]
    return kept, [t.title for t in tasks if _requirement(t)]


def column_units(rows: list[Task]) -> bool:
    """Every task of the attached table takes its units from the table's unit columns (its source the cells
    「(牵头单位:…;责任单位:…)」), not from a list's headings or its prose."""
    return bool(rows) and all(t.source.startswith(("(牵头单位:", "(责任单位:")) for t in rows)
