"""The roster (单位名册): a plan's units, their aliases, groups and members, liaisons, keys.

Plans often name a group of units (各县市区, 各区人民政府, 各街道, 区直各部门,
领导小组各成员单位) without listing who is in it. The office lists them here at any time
after the plan is saved; a unit that is a member of a group has the group's tasks as its own
(``queries.unit_scope``) and reports under its own name. Every change is written to the
audit log (``roster_*`` actions) and travels to the units in the next plan package
(``desktop.exchange.plan_package``), where the roster is read-only.

A unit that is not in the office's roster yet may declare itself a member of a group in its
own workspace (``declare_own_unit``), so that it can start; it is told what to ask the
office for (``pending_notice``) until a plan package names it.

No Qt here; the screen (``desktop.ui.roster_dialog``) and ``python -m desktop roster`` call
these functions and show their refusals as they are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.errors import UserError
from desktop.store.exchange import has_tables, linked_plan
from desktop.store.queries import unit_name
from desktop.store.workspace import Workspace, now_iso

MAX_NAME = 40
_BAD_NAME = re.compile(r"[、，,；;：:（）()\s/\\]")
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_PHONE = re.compile(r"[0-9０-９+＋\-－ ()（）转#]{0,30}")

READONLY = ("本工作区是责任单位端：单位名册由领导小组办公室维护，随方案包发来，这里只能查看。"
            "如需增加单位或修改成员、联络员，请联系办公室在其“设置 → 单位名册”中修改后重新发送方案包。")
NO_PLAN = "工作区中还没有工作方案。请先导入工作方案，再编辑单位名册。"
DECLARED_SETTING = "declared_unit"          # {"name": …, "groups": […]}: not yet in the office's roster


@dataclass
class RosterUnit:
    id: int
    name: str
    note: str = ""
    is_group: bool = False
    aliases: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)       # when a group
    groups: list[str] = field(default_factory=list)        # the groups it belongs to
    liaison: str = ""
    phone: str = ""
    fingerprint: str = ""                                  # its registered signing key, if any
    named_on_tasks: int = 0

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


# ---- reading -------------------------------------------------------------------------------

def roster(ws: Workspace, plan_id: int) -> list[RosterUnit]:
    """Every unit of the plan in the plan's order, with what the roster knows of it."""
    conn = ws.conn
    units = {int(r[0]): RosterUnit(int(r[0]), r[1], r[2], bool(r[3])) for r in conn.execute(
        "SELECT id, name, note, is_group FROM units WHERE plan_id = ? ORDER BY position, id", (plan_id,))}
    for unit_id, alias in conn.execute(
            "SELECT a.unit_id, a.alias FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
            "WHERE u.plan_id = ? ORDER BY a.rowid", (plan_id,)):
        units[int(unit_id)].aliases.append(alias)
    for group_id, member_id in conn.execute(
            "SELECT g.group_id, g.member_id FROM group_members g JOIN units u ON u.id = g.group_id "
            "WHERE u.plan_id = ? ORDER BY g.group_id, g.position", (plan_id,)):
        group, member = units[int(group_id)], units[int(member_id)]
        group.members.append(member.name)
        member.groups.append(group.name)
    for unit_id, name, phone in conn.execute(
            "SELECT l.unit_id, l.name, l.phone FROM liaisons l JOIN units u ON u.id = l.unit_id "
            "WHERE u.plan_id = ?", (plan_id,)):
        units[int(unit_id)].liaison, units[int(unit_id)].phone = name, phone
    if has_tables(ws, "exchange_keys"):
        for unit_id, fp in conn.execute(
                "SELECT unit_id, fingerprint FROM exchange_keys WHERE plan_id = ? AND party = 'unit'",
                (plan_id,)):
            if unit_id is not None and int(unit_id) in units:
                units[int(unit_id)].fingerprint = fp
    for unit_id, n in conn.execute(
            "SELECT tu.unit_id, COUNT(DISTINCT tu.task_id) FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ? AND t.withdrawn_at IS NULL GROUP BY tu.unit_id", (plan_id,)):
        if int(unit_id) in units:
            units[int(unit_id)].named_on_tasks = int(n)
    return list(units.values())


def groups(ws: Workspace, plan_id: int) -> list[str]:
    return [r[0] for r in ws.conn.execute(
        "SELECT name FROM units WHERE plan_id = ? AND is_group = 1 ORDER BY position, id", (plan_id,))]


def empty_groups(ws: Workspace, plan_id: int) -> list[str]:
    """Groups named on a current task whose members nobody has listed yet."""
    return [r[0] for r in ws.conn.execute(
        "SELECT u.name FROM units u WHERE u.plan_id = ? AND u.is_group = 1 "
        "AND NOT EXISTS (SELECT 1 FROM group_members g WHERE g.group_id = u.id) "
        "AND EXISTS (SELECT 1 FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
        "            WHERE tu.unit_id = u.id AND t.withdrawn_at IS NULL) ORDER BY u.position, u.id",
        (plan_id,))]


def member_of(ws: Workspace, unit_id: int) -> list[str]:
    """The groups the unit is a member of, in the roster's order."""
    return [str(r[0]) for r in ws.conn.execute(
        "SELECT u.name FROM group_members g JOIN units u ON u.id = g.group_id WHERE g.member_id = ? "
        "ORDER BY u.position, u.id", (unit_id,))]


def history(ws: Workspace, limit: int = 200) -> list[dict[str, Any]]:
    """The roster's changes, newest first (from the audit log)."""
    return [{"at": at, "actor": actor, "action": action, "detail": json.loads(detail or "{}")}
            for at, actor, action, detail in ws.conn.execute(
                "SELECT at, actor, action, detail FROM audit_log WHERE action LIKE 'roster_%' "
                "ORDER BY id DESC LIMIT ?", (limit,))]


HISTORY_WORDS = {"roster_unit_added": "增加单位", "roster_alias_added": "增加简称",
                 "roster_alias_removed": "删除简称", "roster_members_changed": "修改成员",
                 "roster_liaison_set": "设置联络员", "roster_from_package": "随方案包更新",
                 "roster_unit_declared": "本单位自报所属单位组"}


def history_line(item: dict[str, Any]) -> str:
    d = item["detail"]
    what = HISTORY_WORDS.get(item["action"], item["action"])
    if item["action"] == "roster_members_changed":
        parts = []
        if d.get("added"):
            parts.append("加入 " + "、".join(d["added"]))
        if d.get("removed"):
            parts.append("移出 " + "、".join(d["removed"]))
        what += f"：“{d.get('group', '')}”" + "，".join(parts)
    elif item["action"] == "roster_alias_added" or item["action"] == "roster_alias_removed":
        what += f"：“{d.get('unit', '')}”—“{d.get('alias', '')}”"
    elif item["action"] == "roster_liaison_set":
        what += f"：“{d.get('unit', '')}” {d.get('name', '')} {d.get('phone', '')}".rstrip()
    elif item["action"] == "roster_unit_added":
        what += f"：“{d.get('unit', '')}”" + (f"（{d['group']}）" if d.get("group") else "") + \
            ("（单位组）" if d.get("is_group") else "") + (f"，来自登记文件 {d['file']}" if d.get("file") else "")
    elif item["action"] == "roster_unit_declared":
        what += f"：“{d.get('unit', '')}”属于“{'、'.join(d.get('groups', []))}”"
    elif item["action"] == "roster_from_package":
        what += f"：{d.get('file', '')}"
    who = f"（{item['actor']}）" if item["actor"] else ""
    return f"{item['at'][:16].replace('T', ' ')}　{what}{who}"


# ---- rules ---------------------------------------------------------------------------------

def is_readonly(ws: Workspace, plan_id: int) -> bool:
    """Units see the office's roster; only the office (or a workspace with no role yet) edits it."""
    if ws.setting("role", "") == "unit":
        return True
    return has_tables(ws, "exchange_plans") and linked_plan(ws, plan_id=plan_id, role="unit") is not None


def _check_editable(ws: Workspace, plan_id: int | None) -> int:
    if plan_id is None or ws.conn.execute("SELECT 1 FROM plans WHERE id = ?", (plan_id,)).fetchone() is None:
        raise UserError(NO_PLAN)
    if ws.readonly:
        raise UserError("本窗口以只读方式打开（另一个窗口正在使用这个工作区），不能修改单位名册。")
    if is_readonly(ws, plan_id):
        raise UserError(READONLY)
    return plan_id


def check_name(name: str, what: str = "单位名称") -> str:
    name = (name or "").strip()
    if not name:
        raise UserError(f"{what}不能为空。")
    if len(name) > MAX_NAME:
        raise UserError(f"{what}“{name[:20]}…”太长（{len(name)} 个字），请不超过 {MAX_NAME} 个字。")
    if _INVISIBLE.search(name):
        raise UserError(f"{what}中有看不见的控制字符（可能是从网页或聊天软件复制来的），请重新输入。")
    if _BAD_NAME.search(name):
        raise UserError(f"{what}“{name}”中有顿号、逗号、括号或空格：一次只写一个单位的名称，"
                        "多个单位请分开填写（命令行用空格隔开）。")
    return name


def _find(ws: Workspace, plan_id: int, name: str) -> tuple[int, str] | None:
    """(id, registered name) of the unit called ``name`` or having it as an alias."""
    row = ws.conn.execute("SELECT id, name FROM units WHERE plan_id = ? AND name = ?", (plan_id, name)).fetchone()
    if row is None:
        row = ws.conn.execute(
            "SELECT u.id, u.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
            "WHERE u.plan_id = ? AND a.alias = ?", (plan_id, name)).fetchone()
    return (int(row[0]), row[1]) if row else None


def _known(ws: Workspace, plan_id: int, name: str) -> tuple[int, str]:
    found = _find(ws, plan_id, name)
    if found is None:
        raise UserError(f"单位名册中没有“{name}”。请先用“增加单位”把它加入名册（命令行：roster add {name}）。")
    return found


def _group(ws: Workspace, plan_id: int, name: str) -> tuple[int, str]:
    found = _find(ws, plan_id, name)
    row = ws.conn.execute("SELECT is_group FROM units WHERE id = ?", (found[0],)).fetchone() if found else None
    if found is None or row is None or not row[0]:
        known = groups(ws, plan_id)
        listed = "、".join(known) if known else "（本方案还没有单位组）"
        what = "不是单位组" if found else "不在单位名册中"
        raise UserError(f"“{name}”{what}。本方案的单位组有：{listed}。"
                        "请写其中一个；要新建单位组，先用“增加单位”并勾选“单位组”（命令行："
                        "roster add 名称 --group-unit）。")
    return found


def _position(ws: Workspace, plan_id: int) -> int:
    return int(ws.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM units WHERE plan_id = ?",
                               (plan_id,)).fetchone()[0])


def _insert_unit(ws: Workspace, plan_id: int, name: str, is_group: bool = False, note: str = "") -> int:
    from desktop.store.sql import insert_id

    return insert_id(ws.db, "units", {"plan_id": plan_id, "name": name, "note": note,
                                      "is_group": int(is_group), "position": _position(ws, plan_id)})


def _ancestors(ws: Workspace, group_id: int) -> set[int]:
    """The group and every group it is (directly or through others) a member of."""
    seen, todo = {group_id}, [group_id]
    while todo:
        for (g,) in ws.conn.execute("SELECT group_id FROM group_members WHERE member_id = ?", (todo.pop(),)):
            if int(g) not in seen:
                seen.add(int(g))
                todo.append(int(g))
    return seen


def _add_member(ws: Workspace, group_id: int, member_id: int) -> None:
    position = ws.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM group_members WHERE group_id = ?",
                               (group_id,)).fetchone()[0]
    ws.conn.execute("INSERT OR IGNORE INTO group_members(group_id, member_id, position) VALUES (?, ?, ?)",
                    (group_id, member_id, position))


# ---- changes (office) ----------------------------------------------------------------------

def add_unit(ws: Workspace, plan_id: int | None, name: str, *, group: str | None = None,
             is_group: bool = False, note: str = "", actor: str = "", source_file: str = "") -> int:
    """A new unit (or group) in the roster, optionally straight into ``group``."""
    plan_id = _check_editable(ws, plan_id)
    name = check_name(name)
    found = _find(ws, plan_id, name)
    if found is not None:
        how = "" if found[1] == name else f"（是“{found[1]}”的简称）"
        raise UserError(f"单位“{name}”已在单位名册中{how}，不能重复增加。"
                        + (f"要把它加入单位组，请用“修改成员”（命令行：roster member --group {group} --add {name}）。"
                           if group else ""))
    group_id = _group(ws, plan_id, group)[0] if group else None
    with ws.transaction():
        unit_id = _insert_unit(ws, plan_id, name, is_group, note.strip())
        if group_id is not None:
            _add_member(ws, group_id, unit_id)
        ws.audit("roster_unit_added", {"plan_id": plan_id, "unit": name, "group": group or "",
                                       "is_group": is_group, "file": source_file}, actor=actor)
    return unit_id


def add_alias(ws: Workspace, plan_id: int | None, unit: str, alias: str, *, actor: str = "") -> None:
    """Another name the same unit goes by (市卫生健康委 → 市卫健委)."""
    plan_id = _check_editable(ws, plan_id)
    unit_id, name = _known(ws, plan_id, check_name(unit))
    alias = check_name(alias, "简称")
    clash = _find(ws, plan_id, alias)
    if clash is not None:
        if clash[0] == unit_id:
            raise UserError(f"“{alias}”已经是“{name}”的名称或简称，无需再加。")
        whose = f"另一个单位“{clash[1]}”的简称" if clash[1] != alias else "名册中另一个单位的名称"
        raise UserError(f"“{alias}”已是{whose}：同一个名字不能指两个单位。"
                        "如果它们其实是同一个单位，请在方案核对时合并。")
    with ws.transaction():
        ws.conn.execute("INSERT INTO unit_aliases(unit_id, alias) VALUES (?, ?)", (unit_id, alias))
        ws.audit("roster_alias_added", {"plan_id": plan_id, "unit": name, "alias": alias}, actor=actor)


def remove_alias(ws: Workspace, plan_id: int | None, unit: str, alias: str, *, actor: str = "") -> None:
    plan_id = _check_editable(ws, plan_id)
    unit_id, name = _known(ws, plan_id, check_name(unit))
    known = ws.conn.execute("SELECT 1 FROM unit_aliases WHERE unit_id = ? AND alias = ?", (unit_id, alias))
    if known.fetchone() is None:
        raise UserError(f"“{alias}”不是“{name}”的简称，没有可删除的。")
    with ws.transaction():
        ws.conn.execute("DELETE FROM unit_aliases WHERE unit_id = ? AND alias = ?", (unit_id, alias))
        ws.audit("roster_alias_removed", {"plan_id": plan_id, "unit": name, "alias": alias}, actor=actor)


def change_members(ws: Workspace, plan_id: int | None, group: str, *, add: Iterable[str] = (),
                   remove: Iterable[str] = (), actor: str = "") -> dict[str, list[str]]:
    """Add units to a group (names not in the roster become units) and take others out.

    All or nothing: one bad name refuses the whole change.
    """
    plan_id = _check_editable(ws, plan_id)
    group_id, group_name = _group(ws, plan_id, check_name(group, "单位组名称"))
    add_names = list(dict.fromkeys(check_name(n) for n in add))
    remove_names = list(dict.fromkeys(check_name(n) for n in remove))
    if not add_names and not remove_names:
        raise UserError("没有要加入或移出的单位：请写出单位名称（命令行：--add 名称… 或 --remove 名称…）。")
    both = set(add_names) & set(remove_names)
    if both:
        raise UserError(f"“{'、'.join(both)}”既要加入又要移出“{group_name}”，请只写一次。")
    current = {int(r[0]) for r in ws.conn.execute("SELECT member_id FROM group_members WHERE group_id = ?",
                                                  (group_id,))}
    above = _ancestors(ws, group_id)
    to_add: list[tuple[int | None, str]] = []
    for name in add_names:
        found = _find(ws, plan_id, name)
        if found is not None and found[0] in above:
            raise UserError(f"“{name}”不能成为“{group_name}”的成员：它就是这个单位组，或者包含这个单位组。")
        if found is not None and found[0] in current:
            raise UserError(f"“{found[1]}”已经是“{group_name}”的成员。")
        to_add.append((found[0] if found else None, found[1] if found else name))
    to_remove: list[tuple[int, str]] = []
    for name in remove_names:
        found = _find(ws, plan_id, name)
        if found is None or found[0] not in current:
            raise UserError(f"“{name}”不是“{group_name}”的成员，无法移出。")
        to_remove.append(found)
    with ws.transaction():
        for unit_id, name in to_add:
            _add_member(ws, group_id, unit_id if unit_id is not None else _insert_unit(ws, plan_id, name))
        for unit_id, _ in to_remove:
            ws.conn.execute("DELETE FROM group_members WHERE group_id = ? AND member_id = ?", (group_id, unit_id))
        ws.conn.execute("UPDATE units SET is_group = 1 WHERE id = ?", (group_id,))
        changes = {"added": [n for _, n in to_add], "removed": [n for _, n in to_remove],
                   "created": [n for i, n in to_add if i is None]}
        ws.audit("roster_members_changed", {"plan_id": plan_id, "group": group_name, **changes}, actor=actor)
    return changes


def check_phone(phone: str) -> str:
    phone = (phone or "").strip()
    if not _PHONE.fullmatch(phone):
        raise UserError(f"电话“{phone}”的写法不对：只写数字，可带区号连字符“-”、分机“转”，不超过 30 个字符。")
    return phone


def set_liaison(ws: Workspace, plan_id: int | None, unit: str, name: str, phone: str = "", *,
                actor: str = "") -> None:
    """The unit's liaison officer (联络员) and telephone, as the office keeps them."""
    plan_id = _check_editable(ws, plan_id)
    unit_id, unit_name = _known(ws, plan_id, check_name(unit))
    person = (name or "").strip()
    if not person:
        raise UserError("联络员姓名不能为空。")
    if len(person) > 20:
        raise UserError(f"联络员姓名“{person[:10]}…”太长，请只写姓名。")
    phone = check_phone(phone)
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO liaisons(unit_id, name, phone, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(unit_id) DO UPDATE SET name = excluded.name, phone = excluded.phone, "
            "updated_at = excluded.updated_at", (unit_id, person, phone, now_iso()))
        ws.audit("roster_liaison_set", {"plan_id": plan_id, "unit": unit_name, "name": person, "phone": phone},
                 actor=actor)


# ---- what travels in the plan package ------------------------------------------------------

def to_package(ws: Workspace, plan_id: int) -> dict[str, Any]:
    """The part of the roster the plan itself does not carry: liaisons and their phones.

    (Units, aliases and group members are in the plan's ``unit_details``.)
    """
    return {"liaisons": [{"unit": name, "name": person, "phone": phone} for name, person, phone in ws.conn.execute(
        "SELECT u.name, l.name, l.phone FROM liaisons l JOIN units u ON u.id = l.unit_id "
        "WHERE u.plan_id = ? ORDER BY u.position, u.id", (plan_id,))]}


def apply_package(ws: Workspace, plan_id: int, plan: Any, data: Any, *, own_unit: int | None,
                  declared: dict[str, Any] | None, file_name: str = "") -> dict[str, Any]:
    """At a unit, inside the plan-package import: the office's roster replaces the local one.

    Group members become exactly the office's. The unit's own declaration (a member of a
    group the office has not listed it in yet) is kept, so its tasks stay, and reported back
    as ``pending`` until a package names it. Liaisons of other units are the office's; the
    unit's own liaison is its own. Returns {"pending": {...} or None}.
    """
    names = {u.name: u for u in plan.units}
    ids: dict[str, int] = {}
    for unit in plan.units:
        found = _find(ws, plan_id, unit.name)
        if found is not None:
            ids[unit.name] = found[0]
    for unit in plan.units:
        if unit.name not in ids:
            continue
        group_id = ids[unit.name]
        ws.conn.execute("DELETE FROM group_members WHERE group_id = ?", (group_id,))
        for position, member in enumerate(dict.fromkeys(unit.members)):
            member_id = ids.get(member) or (_find(ws, plan_id, member) or (None,))[0]
            if member_id is not None and member_id != group_id:
                ws.conn.execute("INSERT OR IGNORE INTO group_members(group_id, member_id, position) "
                                "VALUES (?, ?, ?)", (group_id, member_id, position))
    known = set(names) | {a for u in plan.units for a in u.aliases}
    pending = None
    if declared and declared.get("name") and declared["name"] not in known:
        found = _find(ws, plan_id, declared["name"])
        unit_id = found[0] if found else _insert_unit(ws, plan_id, declared["name"])
        kept = []
        for group in declared.get("groups", []):
            found = _find(ws, plan_id, group)
            if unit_id is not None and found is not None and found[0] != unit_id:
                _add_member(ws, found[0], unit_id)
                kept.append(found[1])
        pending = {"name": declared["name"], "groups": kept}
        ws.set_setting(DECLARED_SETTING, json.dumps(pending, ensure_ascii=False))
    elif declared:
        ws.conn.execute("DELETE FROM settings WHERE key = ?", (DECLARED_SETTING,))   # the office knows it now
    if own_unit is not None:                 # the id of this workspace's unit within this plan
        own_name = unit_name(ws, own_unit)
        own_unit = (_find(ws, plan_id, own_name) or (None,))[0] if own_name is not None else None
    liaisons = data.get("liaisons", []) if isinstance(data, dict) else []
    for item in liaisons if isinstance(liaisons, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            continue
        found = _find(ws, plan_id, str(item.get("unit", "")))
        if found is None or found[0] == own_unit:
            continue
        ws.conn.execute(
            "INSERT INTO liaisons(unit_id, name, phone, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(unit_id) DO UPDATE SET name = excluded.name, phone = excluded.phone, "
            "updated_at = excluded.updated_at", (found[0], item["name"].strip()[:20],
                                                 str(item.get("phone", ""))[:30], now_iso()))
    ws.audit("roster_from_package", {"plan_id": plan_id, "file": file_name,
                                     "pending": pending["name"] if pending else ""})
    return {"pending": pending}


# ---- a unit the office does not know yet ---------------------------------------------------

def declared(ws: Workspace) -> dict[str, Any] | None:
    try:
        value = json.loads(ws.setting(DECLARED_SETTING, "") or "null")
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("name") else None


def own_claim(ws: Workspace, unit_id: int | None) -> dict[str, Any] | None:
    """This workspace's unit and the groups it is a member of here — what to keep if the
    office's plan package does not know the unit (a member added while reviewing the plan)."""
    declared_ = declared(ws)
    if declared_ or unit_id is None:
        return declared_
    name = unit_name(ws, unit_id)
    names = member_of(ws, unit_id)
    return {"name": name, "groups": names} if name is not None and names else None


def declare_own_unit(ws: Workspace, plan_id: int | None, name: str, group: str) -> int:
    """At a unit whose name the office's plan lacks: this unit, a member of ``group``.

    Local only: its tasks are the group's from now on; the office learns of it from the
    unit's key registration file (which carries the name and the group) and adds it to its
    roster with one click. Returns the unit's id.
    """
    if plan_id is None:
        raise UserError("请先导入办公室的方案包（.luoshi），再选择本单位。")
    name = check_name(name)
    group_id, group_name = _group(ws, plan_id, check_name(group, "单位组名称"))
    found = _find(ws, plan_id, name)
    if found is not None and found[0] in _ancestors(ws, group_id):
        raise UserError(f"“{name}”就是单位组本身，请写本单位的名称（如“茅箭区”）。")
    before = declared(ws)
    if found is not None and not (before and before["name"] == found[1]):
        raise UserError(f"“{found[1]}”已在方案的单位名单中：请直接在列表中选择它，不必另行填写。")
    with ws.transaction():
        unit_id = found[0] if found else _insert_unit(ws, plan_id, name)
        _add_member(ws, group_id, unit_id)
        stored = found[1] if found else name
        groups_ = list(dict.fromkeys([*(before["groups"] if before and before["name"] == stored else []),
                                      group_name]))
        ws.set_setting(DECLARED_SETTING, json.dumps({"name": stored, "groups": groups_}, ensure_ascii=False))
        ws.audit("roster_unit_declared", {"plan_id": plan_id, "unit": stored, "groups": groups_})
    return unit_id


def pending_notice(ws: Workspace, plan_id: int | None, unit_id: int | None) -> str:
    """What this unit must ask the office for, or "" when nothing is missing.

    - no plan package imported yet: packages cannot be sent until it is;
    - the unit is not in the office's roster (declared itself a member of a group): ask the
      office to add it, naming the group and the 单位名册, or hand over the registration file;
    - the unit is named nowhere and belongs to no group: it has no tasks.
    """
    if plan_id is None or unit_id is None:
        return ""
    name = unit_name(ws, unit_id)
    if name is None:
        return ""
    linked = linked_plan(ws, plan_id=plan_id) if has_tables(ws, "exchange_plans") else None
    if linked is None and ws.setting("role", "") == "unit":
        return ("尚未导入领导小组办公室的方案包（.luoshi）：现在填写的内容会保存在本机，但在导入方案包之前"
                "不能导出报送包。请向办公室索取方案包，用“文件 → 导入交换包”导入。")
    if linked is None or linked.role != "unit":
        return ""
    mine = declared(ws)
    if mine and mine["name"] == name:
        group = "、".join(f"“{g}”" for g in mine.get("groups", [])) or "所属单位组"
        return (f"办公室的单位名册中还没有“{name}”，导出的报送包会被办公室拒收。请联系领导小组办公室："
                f"在“设置 → 单位名册”中把“{name}”加为{group}的成员，再重新发送方案包；"
                "或者把本单位的密钥登记文件（设置 → 单位名册 → 导出本单位登记文件，"
                "内含单位名称和所属单位组）交给办公室，"
                "办公室导入时一键加入名册。")
    from desktop.store.queries import unit_scope
    from desktop.store.sql import marks

    scope = unit_scope(ws, unit_id)
    has_tasks = ws.conn.execute(
        "SELECT 1 FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ? "
        f"AND t.withdrawn_at IS NULL AND tu.unit_id IN ({marks(len(scope))}) LIMIT 1",
        (plan_id, *scope)).fetchone()
    if has_tasks is None:
        empty = empty_groups(ws, plan_id)
        which = "、".join(f"“{g}”" for g in empty) if empty else "相应的单位组"
        return (f"方案中没有分给“{name}”的任务。如果本单位属于{which}，请联系领导小组办公室在"
                f"“设置 → 单位名册”中把“{name}”加为该组的成员，再重新发送方案包。")
    return ""
