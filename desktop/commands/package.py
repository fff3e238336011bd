"""``package``: offline exchange of signed plan, submission and receipt packages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import db_argument, month_text, output_file, record_id

# after each 须告知 line of ``package status``: how to clear it once the unit has been told (m69a)
# (the unit quoted: names like 各社区(村) have ASCII brackets a shell would read — rv69b)
TOLD_HINT = "告知后请运行 package told --unit \"{unit}\" --month {month}，这一行不再列出。"
# how to take a marking back (``package status --all`` and ``package told`` print it)
UNDO_HINT = "（撤销：package told --undo --unit \"{unit}\" --month {month}）"


def register(sub: argparse._SubParsersAction) -> None:
    pkg = sub.add_parser("package", help="离线报送：导出、导入方案包、报送包和回执")
    ops = pkg.add_subparsers(dest="package_command", metavar="操作", required=True)

    p = ops.add_parser("export", help="单位：导出某月（或一段月份）已提交的报送包")
    db_argument(p)
    p.add_argument("--unit", required=True, help="本单位名称")
    p.add_argument("--month", type=month_text, required=True, help="月份 YYYY-MM")
    p.add_argument("--to", type=month_text, help="结束月份 YYYY-MM（导出一段月份时）")
    p.add_argument("--out", type=output_file, required=True, help="输出的包文件")
    p.set_defaults(func=cmd_export)

    p = ops.add_parser("import", help="导入一个或多个包文件（方案包、报送包或回执），或文件夹中的全部包文件")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE",
                   help="包文件，或存放包文件的文件夹（导入其中全部 .luoshi 文件，不含子文件夹）")
    db_argument(p)
    p.set_defaults(func=cmd_import)

    p = ops.add_parser("plan", help="办公室：导出方案包，发给各单位")
    db_argument(p)
    p.add_argument("--out", type=output_file, required=True, help="输出的包文件")
    p.set_defaults(func=cmd_plan)

    p = ops.add_parser("receipt", help="办公室：导出某单位的回执")
    db_argument(p)
    p.add_argument("--unit", required=True, help="单位名称")
    p.add_argument("--out", type=output_file, required=True, help="输出的回执文件")
    p.set_defaults(func=cmd_receipt)

    p = ops.add_parser("accept", help="办公室：接受某单位某月的报送")
    db_argument(p)
    p.add_argument("--unit", required=True, help="单位名称")
    p.add_argument("--month", type=month_text, required=True, help="月份 YYYY-MM")
    p.set_defaults(func=cmd_accept)

    p = ops.add_parser("return", help="办公室：退回某单位某月的报送（须写明原因）")
    db_argument(p)
    p.add_argument("--unit", required=True, help="单位名称")
    p.add_argument("--month", type=month_text, required=True, help="月份 YYYY-MM")
    p.add_argument("--reason", required=True, help="退回原因（单位会在回执中看到）")
    p.set_defaults(func=cmd_return)

    p = ops.add_parser("status", help="各单位各月的报送状态、待处理的冲突和密钥变更")
    db_argument(p)
    p.add_argument("--unit", help="只看某个单位")
    p.add_argument("--all", action="store_true",
                   help="也列出已标记为已告知的月份（办公室保留了代填的版本），以及何时由谁标记")
    p.set_defaults(func=cmd_status)

    p = ops.add_parser("resolve", help="办公室：处理版本冲突（采用新版本或保留已接受的版本）")
    db_argument(p)
    p.add_argument("--id", type=record_id, required=True, help="冲突编号（见 package status）")
    p.add_argument("--keep", choices=("incoming", "current"), required=True,
                   help="incoming：采用新版本；current：保留已接受的（或办公室代填的）版本")
    p.set_defaults(func=cmd_resolve)

    p = ops.add_parser("told", help="办公室：已告知单位（办公室保留了代填的版本），这一行“须告知”不再列出")
    db_argument(p)
    p.add_argument("--unit", required=True, help="单位名称")
    p.add_argument("--month", type=month_text, required=True, help="月份 YYYY-MM")
    p.add_argument("--undo", action="store_true", help="撤销“已告知”：这一行重新列为须告知")
    p.set_defaults(func=cmd_told)

    p = ops.add_parser("keys", help="本工作区的密钥指纹，以及已登记的对方密钥")
    db_argument(p)
    p.set_defaults(func=cmd_keys)

    p = ops.add_parser("key-export", help="单位：导出本单位的密钥登记文件（在首次报送前交给办公室）")
    db_argument(p)
    p.add_argument("--unit", required=True, help="本单位名称")
    p.add_argument("--out", type=output_file, required=True, help="输出的登记文件（.json）")
    p.set_defaults(func=cmd_key_export)

    p = ops.add_parser("key-import", help="办公室：导入单位的密钥登记文件")
    p.add_argument("file", type=Path, help="登记文件")
    db_argument(p)
    p.add_argument("--add", action="store_true",
                   help="登记文件的单位不在单位名册中时，按文件写明的单位组把它加入名册（请先电话核对）")
    p.set_defaults(func=cmd_key_import)

    p = ops.add_parser("key-decide", help="接受或拒绝一次密钥变更（请先电话核对指纹）")
    db_argument(p)
    p.add_argument("--id", type=record_id, required=True, help="密钥变更编号（见 package keys）")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--accept", action="store_true", help="接受新密钥")
    group.add_argument("--reject", action="store_true", help="拒绝新密钥")
    p.set_defaults(func=cmd_key_decide)


def _open(args: argparse.Namespace, *, create: bool = False):
    from desktop import paths
    from desktop.store import open_workspace
    from desktop.store.workspace import refuse_output_over_workspace

    db = getattr(args, "db", None)
    out = getattr(args, "out", None)
    if out is not None:                # before the workspace is even opened
        refuse_output_over_workspace(db or paths.default_workspace(), out)
    return open_workspace(db, create=create)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.exchange.submission import export_submission

    with _open(args) as ws:
        written = export_submission(ws, args.unit, args.month, args.out, to=args.to)
    months = "、".join(f"{m['month']}（第{m['revision']}版）" for m in written.manifest["summary"]["months"])
    print(f"已导出报送包：{written.path}（{written.size} 字节），月份：{months}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop import paths
    from desktop.exchange.importer import expand_folders, import_files, precheck_files

    files, folders = expand_folders(args.files)         # a folder: every package file in it (ux62)
    for folder in folders:
        print(folder.line(), file=sys.stdout if folder.files else sys.stderr)
    empty = sum(not f.files for f in folders)
    if not files:
        return 2                               # only folders without packages: said above, nothing touched
    db = getattr(args, "db", None) or paths.default_workspace()
    outcomes = [] if db.exists() else precheck_files(files)
    if outcomes and not any(o.ok for o in outcomes):
        pass                                   # nothing importable: do not create a workspace for it
    else:
        with _open(args, create=True) as ws:   # a unit's first plan package sets up its workspace
            outcomes = import_files(ws, files)
    for outcome in outcomes:
        print(outcome.line(), file=sys.stdout if outcome.ok else sys.stderr)
    refused = sum(not o.ok for o in outcomes)
    print(f"共 {len(outcomes)} 个文件：导入 {sum(o.status == 'imported' for o in outcomes)} 个，"
          f"无变化 {sum(o.status == 'unchanged' for o in outcomes)} 个，拒绝 {refused} 个。")
    return 2 if refused or empty else 0


def cmd_plan(args: argparse.Namespace) -> int:
    from desktop.exchange.keys import own_identity
    from desktop.exchange.plan_package import export_plan, units_said

    with _open(args) as ws:
        written = export_plan(ws, args.out)
        ident = own_identity(ws, create=False)
    summary = written.manifest["summary"]
    print(f"已导出方案包：{written.path}。任务 {summary['tasks']} 项，{units_said(summary)}。"
          f"办公室密钥指纹：{ident.fingerprint if ident else ''}，请告知各单位以便核对。")
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from desktop.core.progress import RECEIPT_LABELS
    from desktop.exchange.receipt import export_receipt

    with _open(args) as ws:
        written = export_receipt(ws, args.unit, args.out)
    items = "、".join(f"{m} 第{r}版{RECEIPT_LABELS[s]}"
                     for m, r, s in written.manifest["summary"]["months"])
    print(f"已导出回执：{written.path}（{items}）")
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from desktop.exchange.merge import accept_month

    with _open(args) as ws:
        revision = accept_month(ws, args.unit, args.month)
    print(f"已接受“{args.unit}”{args.month} 第{revision}版。")
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    from desktop.exchange.merge import return_month

    with _open(args) as ws:
        revision = return_month(ws, args.unit, args.month, args.reason)
    print(f"已退回“{args.unit}”{args.month} 第{revision}版，原因：{args.reason}。请导出回执发给该单位。")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop.exchange.merge import kept_words, tell_unit_text, told_when
    from desktop.exchange.receipt import receipt_states, status_unit
    from desktop.store.exchange_keys import key_changes
    from desktop.store.receipts import office_kept, open_conflicts, told_months

    with _open(args) as ws:
        unit_id = status_unit(ws, args.unit)            # --unit: that unit's lines only (rv68b)
        rows = receipt_states(ws, args.unit)
        conflicts = open_conflicts(ws, unit_id=unit_id)
        changes = key_changes(ws)
        kept = office_kept(ws, unit_id=unit_id)
        told = told_months(ws, unit_id=unit_id) if args.all else []
    if not rows and not conflicts and not kept and not told:     # not above lines that are records (rv69b)
        print("还没有任何报送记录。")
    for r in rows:
        reason = f"（{r['reason']}）" if r["reason"] else ""
        print(f"{r['unit']}\t{r['month']}\t第{r['revision']}版\t{r['state_label']}{reason}")
    for c in conflicts:
        held = (f"已接受第{c['current_revision']}版" if c["current_revision"] is not None
                else "办公室已代该单位填报")      # no package of the month held: the office entered it itself
        print(f"冲突 {c['id']}：{c['unit']} {c['month']} {held}，又收到该单位的第{c['revision']}版。"
              f"用 package resolve --id {c['id']} --keep incoming|current 处理。")
    for k in kept:          # m68a: no package tells the unit; the office must — then marks it told (m69a)
        print(tell_unit_text(k["unit"], k["month"], k["revision"])
              + TOLD_HINT.format(unit=k["unit"], month=k["month"]))
    for t in told:          # --all: the lines cleared with 「已告知」, and when (rv69b)
        print(f"已告知：{kept_words(t['unit'], t['month'], t['revision'])}，{told_when(t)}"
              + UNDO_HINT.format(unit=t["unit"], month=t["month"]) + "。")
    for k in changes:
        print(f"密钥变更 {k['id']}："
              f"{k['unit'] or '领导小组办公室'} 指纹 {k['old_fingerprint']} → {k['new_fingerprint']}，"
              f"待决定（package key-decide --id {k['id']} --accept|--reject）。")
    return 0


def cmd_told(args: argparse.Namespace) -> int:
    from desktop.exchange.merge import mark_told, unmark_told

    if args.undo:
        with _open(args) as ws:
            revision = unmark_told(ws, args.unit, args.month)
        print(f"已撤销：“{args.unit}”{args.month} 重新列为须告知（办公室保留了代填的版本，未采用第{revision}版）。")
        return 0
    with _open(args) as ws:
        revision = mark_told(ws, args.unit, args.month)
    print(f"已记下：已告知“{args.unit}”{args.month} 办公室保留了代填的版本（未采用第{revision}版），"
          "package status 不再列出这一行；冲突记录仍保存在历史中"
          + UNDO_HINT.format(unit=args.unit, month=args.month) + "。")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from desktop.exchange.merge import resolve_conflict

    with _open(args) as ws:
        result = resolve_conflict(ws, args.id, keep=args.keep)
    from desktop.exchange.merge import tell_unit_text

    kept = "办公室代填的版本" if result["current_from"] == "office" else "原先接受的版本"
    what = (f"已采用新版本并接受（{kept}留在历史中）" if args.keep == "incoming"
            else f"已保留{kept}（新版本留在历史中）")
    print(f"冲突 {args.id}（{result['month']} 第{result['revision']}版）：{what}。")
    if result["tell_unit"]:
        print(tell_unit_text(result["tell_unit"], result["month"], result["revision"]))
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from desktop.exchange import keys
    from desktop.store.exchange_keys import key_changes, pinned_keys

    with _open(args) as ws:
        own = keys.own_identity(ws, create=False)
        pinned = pinned_keys(ws)
        changes = key_changes(ws)
    print(f"本工作区密钥指纹：{own.fingerprint if own else '（尚未生成，首次导出时生成）'}")
    for k in pinned:
        who = k["unit"] or "领导小组办公室"
        print(f"已登记：{who}\t{k['fingerprint']}\t首次 {k['first_seen']}")
    for k in changes:
        print(f"待决定的密钥变更 {k['id']}：{k['unit'] or '领导小组办公室'} {k['old_fingerprint']} → "
              f"{k['new_fingerprint']}（{k['file_name']}）")
    return 0


def cmd_key_decide(args: argparse.Namespace) -> int:
    from desktop.exchange.keys import decide_key_change

    with _open(args) as ws:
        result = decide_key_change(ws, args.id, accept=bool(args.accept))
    print(f"密钥变更 {args.id}：{'已接受，今后以新密钥核对' if result['accepted'] else '已拒绝'}"
          f"（指纹 {result['fingerprint']}）。")
    return 0


def cmd_key_export(args: argparse.Namespace) -> int:
    from desktop.exchange.registration import export_registration

    with _open(args) as ws:
        body = export_registration(ws, args.unit, args.out)
    print(f"已导出密钥登记文件：{args.out}（{body['unit']}，指纹 {body['fingerprint']}）。"
          "交给办公室时请电话告知指纹以便核对。")
    return 0


def cmd_key_import(args: argparse.Namespace) -> int:
    from desktop.exchange.registration import import_registration

    with _open(args) as ws:
        result = import_registration(ws, args.file, add=args.add)
    text = {"pinned": "已登记", "unchanged": "已登记过，未作改动",
            "added": f"已加入单位名册（{'、'.join(result.get('groups', []))}的成员）并登记",
            "key_change": f"与已登记的密钥不同，已记为待决定的密钥变更 {result.get('change_id')}"}
    print(f"“{result['unit']}”的密钥（指纹 {result['fingerprint']}）：{text[result['status']]}。")
    return 0
