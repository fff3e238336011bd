"""``roster``: the 单位名册 — units, aliases, groups and their members, liaisons (desktop.store.roster).

The same rules and refusals as the 单位名册 screen: a refusal prints its Chinese message,
exits 2 and leaves the workspace as it was.
"""

from __future__ import annotations

import argparse
import json

from desktop.commands.common import db_argument


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("roster", help="单位名册：单位、简称、单位组成员、联络员")
    ops = top.add_subparsers(dest="roster_command", metavar="操作", required=True)

    p = ops.add_parser("list", help="列出单位名册")
    db_argument(p)
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_list)

    p = ops.add_parser("add", help="办公室：增加单位（或单位组）")
    db_argument(p)
    p.add_argument("name", help="单位名称")
    p.add_argument("--group", help="同时加入这个单位组，如“各县市区”")
    p.add_argument("--group-unit", action="store_true", help="新增的是单位组（如“各街道”）")
    p.set_defaults(func=cmd_add)

    p = ops.add_parser("alias", help="办公室：增加或删除单位的简称")
    db_argument(p)
    p.add_argument("--unit", required=True, help="单位名称")
    _add_remove(p, "简称", "增加的简称", "删除的简称")
    p.set_defaults(func=cmd_alias)

    p = ops.add_parser("member", help="办公室：把单位加入单位组或移出（名册中没有的单位会新增）")
    db_argument(p)
    p.add_argument("--group", required=True, help="单位组名称，如“各县市区”")
    _add_remove(p, "单位", "加入的单位", "移出的单位")
    p.set_defaults(func=cmd_member)

    p = ops.add_parser("liaison", help="办公室：设置单位的联络员和电话")
    db_argument(p)
    p.add_argument("--unit", required=True, help="单位名称")
    p.add_argument("--name", required=True, help="联络员姓名")
    p.add_argument("--phone", default="", help="电话")
    p.set_defaults(func=cmd_liaison)


def _add_remove(p: argparse.ArgumentParser, what: str, added: str, removed: str) -> None:
    """``--add`` and ``--remove``: lists of names, either may be left out."""
    p.add_argument("--add", nargs="+", default=[], metavar=what, help=added)
    p.add_argument("--remove", nargs="+", default=[], metavar=what, help=removed)


def _open(args: argparse.Namespace):
    from desktop.store import open_workspace, queries

    ws = open_workspace(getattr(args, "db", None), create=False)
    return ws, queries.current_plan_id(ws)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.store import roster

    ws, plan_id = _open(args)
    with ws:
        if plan_id is None:
            from desktop.errors import UserError

            raise UserError(roster.NO_PLAN)
        units = roster.roster(ws, plan_id)
        readonly = roster.is_readonly(ws, plan_id)
        empty = roster.empty_groups(ws, plan_id)
    if args.json:
        print(json.dumps({"readonly": readonly, "units": [u.to_json() for u in units]}, ensure_ascii=False, indent=1))
        return 0
    for u in units:
        parts = [u.name + ("（单位组）" if u.is_group else "")]
        if u.aliases:
            parts.append("简称：" + "、".join(u.aliases))
        if u.is_group:
            parts.append("成员：" + ("、".join(u.members) if u.members else "（未列出）"))
        if u.groups:
            parts.append("属于：" + "、".join(u.groups))
        if u.liaison:
            parts.append(f"联络员：{u.liaison} {u.phone}".rstrip())
        if u.fingerprint:
            parts.append(f"密钥：{u.fingerprint}")
        print("\t".join(parts))
    if empty:
        print(f"注意：{'、'.join(empty)} 还没有列出成员，属于这些单位组的单位目前没有任务。"
              f"用 roster member --group {empty[0]} --add 单位… 补充。")
    if readonly:
        print("（本工作区是责任单位端，名册由办公室维护，只能查看。）")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from desktop.store import roster

    ws, plan_id = _open(args)
    with ws:
        roster.add_unit(ws, plan_id, args.name, group=args.group, is_group=args.group_unit)
    where = f"，并加入“{args.group}”" if args.group else ""
    print(f"已在单位名册中增加{'单位组' if args.group_unit else '单位'}“{args.name.strip()}”{where}。"
          "下次导出的方案包会把它带给各单位。")
    return 0


def cmd_alias(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.store import roster

    if not args.add and not args.remove:
        raise UserError("请用 --add 或 --remove 写出要增加或删除的简称。")
    ws, plan_id = _open(args)
    with ws:
        with ws.transaction():             # all or nothing
            for alias in args.add:
                roster.add_alias(ws, plan_id, args.unit, alias)
            for alias in args.remove:
                roster.remove_alias(ws, plan_id, args.unit, alias)
    done = [f"增加简称 {'、'.join(args.add)}"] if args.add else []
    done += [f"删除简称 {'、'.join(args.remove)}"] if args.remove else []
    print(f"“{args.unit}”：{'，'.join(done)}。")
    return 0


def cmd_member(args: argparse.Namespace) -> int:
    from desktop.store import roster

    ws, plan_id = _open(args)
    with ws:
        changes = roster.change_members(ws, plan_id, args.group, add=args.add, remove=args.remove)
    parts = []
    if changes["added"]:
        parts.append("加入 " + "、".join(changes["added"]))
    if changes["created"]:
        parts.append("（其中新增到名册的：" + "、".join(changes["created"]) + "）")
    if changes["removed"]:
        parts.append("移出 " + "、".join(changes["removed"]))
    print(f"“{args.group}”：{'，'.join(parts)}。下次导出的方案包会把成员带给各单位，"
          "成员单位即以本单位名义承担该组的任务并报送。")
    return 0


def cmd_liaison(args: argparse.Namespace) -> int:
    from desktop.store import roster

    ws, plan_id = _open(args)
    with ws:
        roster.set_liaison(ws, plan_id, args.unit, args.name, args.phone)
    print(f"“{args.unit}”的联络员：{args.name.strip()} {args.phone.strip()}".rstrip() + "。")
    return 0
