"""``plan parse`` and ``plan import``: read a work plan document into tasks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="读取工作方案（.txt / .docx）")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="操作", required=True)

    parse = plan_sub.add_parser("parse", help="解析工作方案并输出结果，不写入工作区")
    parse.add_argument("file", type=Path, help="工作方案文件（.txt 或 .docx）")
    parse.add_argument("--json", action="store_true", help="以 JSON 输出到标准输出")
    parse.set_defaults(func=cmd_parse)

    imp = plan_sub.add_parser("import", help="解析工作方案并存入工作区")
    imp.add_argument("file", type=Path, help="工作方案文件（.txt 或 .docx）")
    imp.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="工作区文件")
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--as-new", action="store_true",
                     help="标题与已有方案相同但文号不同时：作为另一个新方案导入")
    how.add_argument("--as-revision", action="store_true",
                     help="标题与已有方案相同但文号不同时：作为已有方案的修订稿导入（保留已填报的进展）")
    imp.set_defaults(func=cmd_import)


def cmd_parse(args: argparse.Namespace) -> int:
    from desktop.core.parse import parse_file

    plan = parse_file(args.file)
    if args.json:
        json.dump(plan.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(summary_lines(plan))
    for task in plan.tasks:
        lead = "、".join(task.lead_units) or "—"
        resp = "、".join(task.responsible_units) or "—"
        print(f"  {task.key:<10} {task.title}  牵头：{lead}  责任：{resp}")
    for warning in plan.warnings:
        print(f"  注意：{warning}")
    return 0


def summary_lines(plan) -> str:
    targets = sum(len(t.targets) for t in plan.tasks) + len(plan.plan_targets)
    return (f"《{plan.title or '（未找到标题）'}》 {plan.doc_number or ''} {plan.issuer or ''} "
            f"{plan.date or ''}\n"
            f"任务 {len(plan.tasks)} 项，单位 {len(plan.units)} 个，目标 {targets} 个，"
            f"阶段 {len(plan.phases)} 个，报送要求 {len(plan.duties)} 项，提示 {len(plan.warnings)} 条")


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.parse import parse_file
    from desktop.store import open_workspace, queries
    from desktop.errors import UserError
    from desktop.store.plans import save_plan, title_only_match

    plan = parse_file(args.file)            # parse first: bad input never opens the workspace
    with open_workspace(getattr(args, "db", None)) as ws:
        others = [r["title"] for r in queries.plans(ws)]
        ambiguous = title_only_match(ws, plan)
        if ambiguous and not (args.as_new or args.as_revision):
            raise UserError(
                f"工作区中已有同名方案《{plan.title}》（文号 {ambiguous[1]}），而“{args.file.name}”的文号是 "
                f"{plan.doc_number}。未导入，工作区未作改动。如果这是另一个新方案，请加 --as-new 重新导入；"
                "如果是原方案的修订稿（保留已填报的进展），请加 --as-revision 重新导入。")
        result = save_plan(ws, plan, source_name=args.file.name, as_new=bool(args.as_new))
        others = [t for t in others if t != plan.title] if result.created else []
        ws.set_setting("current_plan_id", str(result.plan_id))
        where = ws.path
    print(summary_lines(plan))
    for warning in plan.warnings:
        print(f"  请核对：{warning}")
    if others:
        print(f"注意：工作区中已有《{'》《'.join(others)}》。新导入的方案已设为当前方案，"
              "报告和交换包将使用它；一个方案一个工作区更清楚，可用 --db 指定新的工作区文件。")
    if result.unchanged:
        print(f"该方案已导入过，内容没有变化，工作区未改动：{where}")
    elif result.created:
        print(f"已导入到工作区：{where}")
    else:
        print(f"已按修订稿更新：新增任务 {result.tasks_added} 项，修改 {result.tasks_updated} 项，"
              f"未变 {result.tasks_unchanged} 项，撤销 {result.tasks_withdrawn} 项（已有进展全部保留）。"
              f"工作区：{where}")
    return 0
