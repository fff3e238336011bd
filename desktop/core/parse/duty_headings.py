"""Units named by the heading over their numbered duties (「（二）乡(镇)人民政府的工作职责」 / 1、… / 2、…, or a bare
「（一）公安部门」 under 「四、相关职能部门的工作职责」). Read by ``tasks.build_tasks`` once the tasks are chosen."""

from __future__ import annotations

import re

from .headings import Item
from .units import Declaration, is_group, looks_like_unit, split_units

# 「（二）乡(镇)人民政府的工作职责」 / 「（一）公安部门」 under 「四、相关职能部门的工作职责」: over numbered duties
_DUTY_HEADING = re.compile(r"^(.{2,24}?)(?:的)?(?:工作|主要|具体)?(?:职责|责任)(?:任务|分工)?$")
_DUTY_SECTION = re.compile(r"职责|分工")
_NO_ONE = re.compile(r"^(?:各?相关|各?有关|其他|其它)|[及和与、]|范围|对象|工作|任务")


def duty_list_holders(items: list[Item], decls: dict[int, Declaration]) -> None:
    """A heading over numbered duties that names the unit they are the duties of (「乡(镇)人民政府的工作职责」, or
    a bare 「公安部门」 under a section on departments' duties): that unit, responsible, for the duties under it
    that name none of their own."""
    for item in items:
        if not item.children or item.pos in decls or any(d.pos in decls for d in item.descendants()):
            continue
        title = item.title.strip().rstrip("。：:")
        m = _DUTY_HEADING.match(title)
        name = m.group(1) if m else ""
        if not m and item.parent is not None and _DUTY_SECTION.search(item.parent.title) and not is_group(title):
            name = title                 # （一）公安部门 under 四、相关职能部门的工作职责
        if name and looks_like_unit(name) and not _NO_ONE.search(name) and split_units(name)[0] == [name]:
            decls[item.pos] = Declaration(resp=[name], source=name, from_heading=True)
