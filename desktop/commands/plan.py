"""``plan parse``, ``plan import``, ``plan edit`` and ``plan info``: read a work plan into tasks,
correct its tasks and its own fields.

A re-import keeps what a person corrected (in review, in the task tab, with ``plan edit`` or
``plan info``);
where the revised document changes a corrected field too, the correction is kept and listed,
and ``--take-document`` takes the document's version instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.commands.common import db_argument
from desktop.core.model import book_title


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="读取工作方案（.txt / .docx）")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="操作", required=True)

    parse = plan_sub.add_parser("parse", help="解析工作方案并输出结果，不写入工作区")
    parse.add_argument("file", type=Path, help="工作方案文件（.txt 或 .docx）")
    parse.add_argument("--json", action="store_true", help="以 JSON 输出到标准输出")
    parse.set_defaults(func=cmd_parse)

    imp = plan_sub.add_parser("import", help="解析工作方案并存入工作区")
    imp.add_argument("file", type=Path, help="工作方案文件（.txt 或 .docx）")
    db_argument(imp)
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--as-new", action="store_true",
                     help="标题与已有方案相同但文号不同时：作为另一个新方案导入")
    how.add_argument("--as-revision", action="store_true",
                     help="作为已有方案的修订稿导入（保留已填报的进展和您的修改）：标题与已有方案相同而文号不同时，"
                          "修订同名方案；标题和文号都不同（如换了印发通知的调整稿）时，修订当前方案")
    how.add_argument("--revises", metavar="方案标题或文号",
                     help="作为工作区中这个方案（写它的标题或文号）的修订稿导入：工作区有几个方案、要修订的不是当前方案时用")
    imp.add_argument("--take-document", action="store_true",
                     help="修订稿改动了您修改过的内容时，采用修订稿的写法（默认保留您的修改）")
    imp.set_defaults(func=cmd_import)

    edit = plan_sub.add_parser("edit",
                               help="修改已保存的任务（编号、名称、简称、单位、责任领导、指标、时限），修改记入历史")
    db_argument(edit)
    edit.add_argument("--task", required=True, help="任务编号，如 二.一.1（编号不重复时也可只写 1）")
    edit.add_argument("--number", help="新编号：只写本级编号（如 1A）则仍在原标题之下；写完整编号（如 二.二.5）"
                      "可移到别的标题下。别的任务已用的编号不能再用")
    edit.add_argument("--title", help="任务名称")
    edit.add_argument("--short-name", dest="short_name", help="简称（可为空）")
    edit.add_argument("--lead", help="牵头单位，多个用“、”分隔（可为空）")
    edit.add_argument("--responsible", help="责任单位，多个用“、”分隔（可为空）")
    edit.add_argument("--leaders", help="责任领导（人名，如“张明副区长”），多个用“、”分隔（可为空）；只写人，不写单位")
    edit.add_argument("--targets", help="量化指标，多个用“；”分隔，如“不少于500张；达到90%%以上”；"
                      "指标有自己的日期的，写在后面的括号里，如“入驻率达到85%%（2024-12-31）”"
                      "（不写的跟随任务的完成时限；改完成时限时，跟随的指标日期一起改）")
    edit.add_argument("--deadline", help="完成时限，写成 2024-12-31、2024.12.31 或“2024年12月底前”"
                      "（没写年份的按方案的年份；空字符串为不限）")
    edit.add_argument("--new-unit", dest="new_unit", action="store_true",
                      help="--lead/--responsible 中有方案单位名单里没有的名称时，确认作为新单位加入"
                           "（默认拒绝，以免笔误）")
    edit.add_argument("--history", action="store_true", help="列出这项任务的修改记录")
    marks = edit.add_mutually_exclusive_group()
    marks.add_argument("--not-task", dest="not_task", action="store_true",
                       help="这一项不是工作任务（如保障措施、工作要求）：撤销它，以后导入修订稿也不再列为任务")
    marks.add_argument("--is-task", dest="is_task", action="store_true",
                       help="撤回 --not-task：恢复为任务")
    edit.set_defaults(func=cmd_edit)

    info = plan_sub.add_parser(
        "info", help="查看或修改已保存方案的标题、文号、发文机关、成文日期、月度报送要求和工作阶段")
    db_argument(info)
    info.add_argument("--title", help="方案标题")
    info.add_argument("--doc-number", dest="doc_number", help="文号（可为空）")
    info.add_argument("--issuer", help="发文机关（可为空）")
    info.add_argument("--date", help="成文日期，写成 2024-03-01（可为空）；报送月份从这个日期算起")
    info.add_argument("--monthly-duty", dest="monthly_duty",
                      help="月度报送要求，如“每月10日前报送上月工作进展”（空字符串为按每月5日前计）")
    info.add_argument("--phase", action="append", metavar="名称,开始月份,结束月份",
                      help="工作阶段，如“动员部署阶段,2024-03,2024-04”；可写多次，按顺序替换全部阶段")
    info.add_argument("--no-phases", action="store_true", help="删去全部工作阶段")
    info.set_defaults(func=cmd_info)

    listing = plan_sub.add_parser("list", help="列出工作区中的方案，标明当前方案（报告、交换包、plan info 用它）")
    db_argument(listing)
    listing.set_defaults(func=cmd_list)

    use = plan_sub.add_parser("use", help="把工作区中的另一个方案设为当前方案（写它的标题或文号）")
    use.add_argument("name", metavar="方案标题或文号", help="方案的标题或文号，照“plan list”列出的写")
    db_argument(use)
    use.set_defaults(func=cmd_use)


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
    print_checks(plan, None, after_import=False)
    return 0


DOUBTS = "待核对 {n} 行（导入审核中标黄的行）：请对照原文核对"
NO_DOUBTS = "待核对 0 行：导入审核中没有标黄的行。"
MORE_DOUBTS = "  ……其余 {n} 行可用“plan parse 方案文件”全部列出。"
FIX_AFTER_IMPORT = ("改正：单位、指标、时限用“plan edit --task 编号 --lead … --responsible … --targets … "
                    "--deadline …”；几项任务连在一起的，程序不能拆分：请在原文中把各项分开编号后重新导入。")
FIX_BEFORE_IMPORT = ("导入后可用“plan edit --task 编号 …”改正单位、指标、时限；几项任务连在一起的，程序不能拆分："
                     "请在原文中把各项分开编号后再导入。")
IMPORT_DOUBTS_LIMIT = 5


def print_checks(plan, limit: int | None, *, after_import: bool, head: str = "注意") -> None:
    """What to check after a parse: the parser's warnings that name no row, then the rows the
    review tints (``review_edits.rows_to_check``) — how many, and the first ``limit`` (None:
    all), each with what to check — so the command line says what the dialog shows, once."""
    from desktop.core.review_edits import names_task, rows_to_check

    rows = rows_to_check(plan)
    for warning in plan.warnings:              # a row's own are said on its line below
        if not any(names_task(warning, task) for task, _problems in rows):
            print(f"  {head}：{warning}")
    if not rows:
        print(NO_DOUBTS)
        return
    print(DOUBTS.format(n=len(rows)))
    for task, problems in rows[:limit]:
        print(f"  {task.key} {task.title}：{'；'.join(problems)}")
    if limit is not None and len(rows) > limit:
        print(MORE_DOUBTS.format(n=len(rows) - limit))
    print(f"  {FIX_AFTER_IMPORT if after_import else FIX_BEFORE_IMPORT}")


def summary_lines(plan) -> str:
    targets = sum(len(t.targets) for t in plan.tasks) + len(plan.plan_targets)
    return (f"{book_title(plan.title or '（未找到标题）')} {plan.doc_number or ''} {plan.issuer or ''} "
            f"{plan.date or ''}\n"
            f"任务 {len(plan.tasks)} 项，单位 {len(plan.units)} 个，目标 {targets} 个，"
            f"阶段 {len(plan.phases)} 个，报送要求 {len(plan.duties)} 项，提示 {len(plan.warnings)} 条")


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.parse import parse_file
    from desktop.errors import UserError
    from desktop.store import open_workspace, queries
    from desktop.store.plans import find_plan, prepare_reimport, save_reimport, title_only_match
    from desktop.store.workspace import workspace_path

    parsed = parse_file(args.file)          # parse first: bad input never opens the workspace
    revising = args.as_revision or args.revises is not None
    if revising and not workspace_path(getattr(args, "db", None)).exists():      # nothing to revise
        raise UserError(NOTHING_TO_REVISE.format(name=args.file.name))
    with open_workspace(getattr(args, "db", None)) as ws:
        others = [r["title"] for r in queries.plans(ws)]
        ambiguous = title_only_match(ws, parsed)
        if ambiguous and not (args.as_new or args.as_revision or args.revises):
            raise UserError(
                f"工作区中已有同名方案{book_title(parsed.title)}（文号 {ambiguous[1]}），而“{args.file.name}”的文号是 "
                f"{parsed.doc_number}。未导入，工作区未作改动。如果这是另一个新方案，请加 --as-new 重新导入；"
                "如果是原方案的修订稿（保留已填报的进展），请加 --as-revision 重新导入。")
        revises = None
        if args.revises is not None:            # the plan the person names, whatever this one's title and number
            revises = _named_plan(ws, args.revises, args.file.name)
        elif args.as_revision and not ambiguous and find_plan(ws, parsed) is None:
            # neither its number nor its title match (a changed plan under a new notice): the person says it
            # revises the current plan (ux60 finding 1: the option was ignored, a second plan saved)
            revises = queries.current_plan_id(ws)
            if revises is None:
                raise UserError(NOTHING_TO_REVISE.format(name=args.file.name))
        reimport = prepare_reimport(ws, parsed, as_new=bool(args.as_new), revises=revises)
        revised_title = next((r["title"] for r in queries.plans(ws) if r["id"] == revises), "")
        taken = list(reimport.conflicts) if args.take_document else []
        reimport.choose_document(taken)
        plan = reimport.plan
        result = save_reimport(ws, reimport, source_name=args.file.name)
        others = [t for t in others if t != plan.title] if result.created else []
        ws.set_setting("current_plan_id", str(result.plan_id))
        where = ws.path
    from desktop.core import not_tasks, rereading

    plan = not_tasks.split_off(plan)[0]          # rows marked 「不是任务」 before: not counted, not asked about
    print(summary_lines(plan))
    print_checks(plan, IMPORT_DOUBTS_LIMIT, after_import=True, head="请核对")
    if revises is not None:
        said = REVISED_NAMED if args.revises is not None else REVISED_CURRENT
        print(said.format(title=book_title(revised_title or "（未填写标题）")))
    if others:
        print(f"注意：工作区中已有{''.join(book_title(t) for t in others)}。新导入的方案已设为当前方案，"
              "报告和交换包将使用它；要改回原来的方案，用“plan use 方案标题或文号”（“plan list”列出全部方案）。"
              "一个方案一个工作区更清楚，可用 --db 指定新的工作区文件。")
    if result.unchanged:
        print(f"该方案已导入过，内容没有变化，工作区未改动：{where}")
    elif result.created:
        print(f"已导入到工作区：{where}")
    elif not (result.tasks_added or result.tasks_updated or result.tasks_withdrawn):
        print(f"任务与已保存的版本相同（您的修改全部保留），已记下这一版。工作区：{where}")
    elif reimport.reread:            # the same document read otherwise by this version, not a revision (m66a)
        print(READ_AGAIN_SAVED.format(added=result.tasks_added, updated=result.tasks_updated,
                                      unchanged=result.tasks_unchanged, withdrawn=result.tasks_withdrawn, where=where))
        print(f"{rereading.READ_AGAIN}：")
        for line in result.changes:
            print(f"  {rereading.reading_line(line)}")
    else:
        print(f"已按修订稿更新：新增任务 {result.tasks_added} 项，修改 {result.tasks_updated} 项，"
              f"未变 {result.tasks_unchanged} 项，撤销 {result.tasks_withdrawn} 项（已有进展全部保留）。"
              f"工作区：{where}")
        for line in result.changes:
            print(f"  {line}")
    for line in result.units_folded:
        print(f"  {line}")
    for row in result.not_tasks:
        print(f"  {NOT_TASK_LINE.format(row=row)}")
    if reimport.conflicts:
        print(READ_KEPT if reimport.reread else "以下内容您修改过，修订稿也改了，已保留您的修改"
              "（要采用修订稿的写法，加 --take-document 再导入一次）：")
        for conflict in reimport.conflicts:
            print(f"  {conflict.text()}")
    if taken:
        print(READ_TAKEN if reimport.reread else "以下您修改过的内容已改用修订稿的写法：")
        for conflict in taken:
            print(f"  {conflict.text()}")
    from desktop.core import unitless

    words = unitless.unitless_words(plan, None)
    if words:                      # saved all the same (ux59 finding 2): said, never refused
        print(f"注意：{words}{UNITLESS_FIX}", file=sys.stderr)
    return 0


# the same document imported again, read otherwise by this version of the program (``core.rereading``)
READ_AGAIN_SAVED = ("文件内容与已保存的相同，已按新版本的识读更新：新增任务 {added} 项，修改 {updated} 项，"
                    "未变 {unchanged} 项，撤销 {withdrawn} 项（已有进展全部保留，您的修改全部保留）。工作区：{where}")
READ_KEPT = ("以下内容您修改过，与文件现在的识读不同，已保留您的修改"
             "（要采用文件现在的识读，加 --take-document 再导入一次）：")
READ_TAKEN = "以下您修改过的内容已改用文件现在的识读："
UNITLESS_FIX = "方案已保存；请用“plan edit --task 编号 --lead 牵头单位 --responsible 责任单位”补填。"


def plan_line(plan: dict) -> str:
    """A stored plan as ``plan list`` and the refusals name it: its title, number, tasks and units."""
    number = f" {plan['doc_number']}" if plan["doc_number"] else ""
    return (f"{book_title(plan['title'] or '（未填写标题）')}{number}"
            f"（任务 {plan['tasks']} 项，单位 {plan['units']} 个）")


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.store import open_workspace, queries

    with open_workspace(getattr(args, "db", None), create=False, readonly=True) as ws:
        stored = queries.plans(ws)
        current = queries.current_plan_id(ws)
    if not stored:
        raise UserError(NO_PLAN)
    print(f"工作区中有 {len(stored)} 个方案：")
    for plan in stored:
        print(f"  {'（当前）' if plan['id'] == current else '　　　　'}{plan_line(plan)}")
    if len(stored) > 1:
        print("报告、交换包、plan info 和 plan edit 使用当前方案；要换用另一个，用“plan use 方案标题或文号”。")
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.store import open_workspace, queries

    name = args.name.strip()
    if not name:
        raise UserError(EMPTY_PLAN_NAME)
    with open_workspace(getattr(args, "db", None), create=False) as ws:
        stored = queries.plans(ws)
        if not stored:
            raise UserError(NO_PLAN)
        found = [p for p in stored if name and name in (p["title"], p["doc_number"])]
        if len(found) != 1:
            there = "；".join(plan_line(p) for p in stored)
            raise UserError(NO_PLAN_TO_USE.format(name=args.name, plans=there))
        chosen = found[0]
        if chosen["id"] == queries.current_plan_id(ws):
            print(f"{plan_line(chosen)}已是当前方案，工作区未作改动。")
            return 0
        ws.set_setting("current_plan_id", str(chosen["id"]))
    print(f"当前方案已改为{plan_line(chosen)}：报告、交换包、plan info 和 plan edit 将使用它。")
    return 0


EMPTY_PLAN_NAME = "请写要设为当前方案的方案标题或文号，如“plan use 武政办〔2024〕20号”；“plan list”列出工作区中的方案。"
NO_PLAN_TO_USE = ("工作区中没有标题或文号为“{name}”的方案（或不止一个），当前方案未改，工作区未作改动。"
                  "工作区中的方案：{plans}。请照其中一个的标题或文号写（“plan list”列出全部方案）。")


def _named_plan(ws, name: str, file_name: str) -> int:
    """The stored plan ``--revises`` names by its title or document number; refused, naming the plans there are."""
    from desktop.errors import UserError
    from desktop.store import queries

    stored = queries.plans(ws)
    found = [int(p["id"]) for p in stored if name.strip() in (p["title"], p["doc_number"])]
    if len(found) != 1:
        there = "；".join(f"{book_title(p['title'] or '（未填写标题）')}{p['doc_number'] or ''}" for p in stored) \
            or "（没有方案）"
        raise UserError(NO_PLAN_NAMED.format(name=name, file=file_name, plans=there))
    return found[0]


NO_PLAN_NAMED = ("工作区中没有标题或文号为“{name}”的方案（或不止一个），“{file}”未导入，工作区未作改动。"
                 "工作区中的方案：{plans}。请照其中一个的标题或文号写 --revises。")
# what a revision keeps and how to take the old title back, said after either way of naming the plan it revises
_REVISION_KEEPS = ("任务按内容对应，您以前的修改保留，已填报的进展保留。"
                   "方案标题、文号（您没改过的）按这份方案，要改用原来的写法可用“plan info --title … --doc-number …”。")
REVISED_NAMED = "按 --revises 作为{title}的修订稿导入："  + _REVISION_KEEPS
NOTHING_TO_REVISE = ("工作区中还没有方案，“{name}”无从作为修订稿导入。未导入，工作区未作改动。"
                     "请去掉 --as-revision（--revises）重新导入（作为新方案）；或用 --db 指定原方案所在的工作区。")
REVISED_CURRENT = ("按 --as-revision 作为当前方案{title}的修订稿导入（这份方案的标题和文号都与它不同）："
                   + _REVISION_KEEPS)
NOT_TASK_LINE = ("{row}：此前核对时标为“不是任务”，仍不保存"
                 "（要恢复为任务，请在程序中导入修订稿，核对时选中这一行按“恢复为任务”）")
EDIT_FIELDS = ("number", "title", "short_name", "lead", "responsible", "leaders", "targets", "deadline")
NOTHING_TO_EDIT = ("请至少给出一项要修改的内容：--number、--title、--short-name、--lead、--responsible、"
                   "--leaders、--targets 或 --deadline；只查看修改记录用 --history。")
NO_PLAN = "工作区中还没有工作方案。请先用“plan import 方案文件 --db 工作区”导入。"
NEW_UNIT = ("{names}不在方案原文中，也不是工作区中已有的单位。未修改，工作区未作改动。如是笔误，请改正后重试"
            "（已有单位见“roster list”）；如确是一个新单位，请加 --new-unit 重新执行。")
EMPTY_NUMBER = "--number 不能为空：请写新编号，如 1A 或 二.二.5。"
NO_TASK = ("没有编号为“{number}”的任务（或这个编号有多项任务）。请写完整编号，如 二.一.1；"
           "可用“plan parse 方案文件”查看各任务的编号。")


def edit_changes(args: argparse.Namespace, year: int | None, old_targets: list, ws=None, task_id: int = 0,
                 deadline: str | None = None) -> dict:
    """The fields to change, checked; bad values raise UserError before anything is written."""
    from desktop.core import review_edits as edits
    from desktop.errors import UserError
    from desktop.store import plans as store_plans

    changes: dict = {}
    try:
        if args.number is not None:
            parts, note = store_plans.read_task_number(ws, task_id, args.number)
            if not parts:
                raise edits.EditError(EMPTY_NUMBER)
            changes[edits.NUMBER] = parts
            if note:
                print(note)
        if args.title is not None:
            changes["title"] = edits.check_title(args.title)
        if args.short_name is not None:
            changes["short_name"] = edits.check_short_name(args.short_name)
        if args.lead is not None:
            changes["lead_units"] = edits.split_units(args.lead)
        if args.responsible is not None:
            changes["responsible_units"] = edits.split_units(args.responsible)
        if getattr(args, "leaders", None) is not None:      # people, never one of the plan's units
            from desktop.core.model import ParsedPlan
            from desktop.store.saved_plan import stored_units

            plan_id = store_plans.task_plan_id(ws, task_id)
            units = stored_units(ws, plan_id) if plan_id is not None else []
            changes["leaders"] = edits.check_leaders(args.leaders, ParsedPlan(units=units))
        # the new deadline read once: a new target without a date of its own takes it
        new_deadline, deadline_note = edits.read_deadline(args.deadline, year) if args.deadline is not None \
            else (deadline, "")
        if args.targets is not None:        # every date typed here is the clerk's (ux60 finding 5)
            targets, own = edits.typed_targets(args.targets, old_targets, year, new_deadline)
            changes["targets"] = [t.to_json() for t in targets]
            changes[edits.OWN_DATES] = own
        if args.deadline is not None:
            changes["deadline"] = new_deadline
            if deadline_note:
                print(deadline_note)
    except edits.EditError as exc:
        raise UserError(exc.message) from exc
    return changes


def cmd_edit(args: argparse.Namespace) -> int:
    from desktop.core import review_edits as edits, unit_check
    from desktop.errors import UserError
    from desktop.store import open_workspace, plans as store_plans, queries
    from desktop.store.saved_plan import plan_text, workspace_units

    if all(getattr(args, name) is None for name in EDIT_FIELDS) and not args.history \
            and not getattr(args, "not_task", False) and not getattr(args, "is_task", False):
        raise UserError(NOTHING_TO_EDIT)
    with open_workspace(getattr(args, "db", None), create=False) as ws:
        plan_id = queries.current_plan_id(ws)
        if plan_id is None:
            raise UserError(NO_PLAN)
        if getattr(args, "not_task", False) or getattr(args, "is_task", False):
            return _mark_not_task(ws, plan_id, args)
        task_id = store_plans.task_id_by_number(ws, plan_id, args.task.strip())
        if task_id is None:
            raise UserError(NO_TASK.format(number=args.task.strip()))
        detail = queries.task_detail(ws, task_id)
        year = store_plans.stored_plan_year(ws, plan_id)      # the year the parser read the plan in
        stored = store_plans.stored_task_fields(ws, plan_id)[detail["key"]]
        old_targets = [edits.target_from_json(t) for t in stored["targets"]]
        changes = edit_changes(args, year, old_targets, ws, task_id, stored["deadline"])
        typed = [*changes.get("lead_units", []), *changes.get("responsible_units", [])]
        # known as the review and 修改任务 know it: printed in the plan, or a unit the workspace holds
        new = unit_check.new_units(typed, workspace_units(ws, plan_id), plan_text(ws, plan_id))
        if new and not args.new_unit:
            raise UserError(NEW_UNIT.format(names="、".join(n.text() for n in new)))
        lines = store_plans.edit_task(ws, task_id, changes, actor="命令行") if changes else []
        history = store_plans.task_history(ws, task_id) if args.history else []
    print(f"任务 {detail['key']} {detail['title']}")
    if changes:
        print("已修改：" if lines else "内容与现在相同，没有改动。")
        for line in lines:
            print(f"  {line}")
    for row in history:
        print(f"  {row['at'][:16].replace('T', ' ')} {row['source']} {row['field']}：“{row['old']}”→“{row['new']}”"
              + (f"（{row['actor']}）" if row["actor"] else ""))
    return 0


NOT_TASK_MARKED = "任务 {key} {title}：已标为“不是任务”，撤销（以后导入修订稿也不再列为任务；--is-task 可恢复）。"
NOT_TASK_ALREADY = "任务 {key} {title} 已经标为“不是任务”，没有改动。"
IS_TASK_MARKED = "任务 {key} {title}：已恢复为任务。"
NOT_MARKED = "没有标为“不是任务”的任务“{number}”。请写标出时的完整编号，如 三.一。"
NOT_TASK_EDITS = "--not-task / --is-task 不能与其他修改同时使用：请分两次执行。"
NOT_TASK_UNIT = "任务以领导小组办公室发来的方案包为准，本单位不能撤销任务。如这一项不是任务，请告知办公室。"


def _mark_not_task(ws, plan_id: int, args: argparse.Namespace) -> int:
    """``plan edit --not-task`` / ``--is-task``: a saved row that is no task (ux58: 保障措施 read as a task)."""
    from desktop.errors import UserError
    from desktop.store import plans as store_plans, queries

    if any(getattr(args, name) is not None for name in EDIT_FIELDS):
        raise UserError(NOT_TASK_EDITS)
    if store_plans.numbers_are_the_offices(ws, plan_id):
        raise UserError(NOT_TASK_UNIT)
    number = args.task.strip()
    if args.not_task:
        task_id = store_plans.task_id_by_number(ws, plan_id, number)
        if task_id is None:
            raise UserError(NO_TASK.format(number=number))
    else:
        task_id = store_plans.not_task_id(ws, plan_id, number)
        if task_id is None:
            raise UserError(NOT_MARKED.format(number=number))
    detail = queries.task_detail(ws, task_id)
    key, title = detail["key"], detail["title"]
    changed = store_plans.set_not_task(ws, task_id, args.not_task, actor="命令行")
    said = NOT_TASK_MARKED if args.not_task and changed else IS_TASK_MARKED if changed else NOT_TASK_ALREADY
    print(said.format(key=key, title=title))
    return 0


INFO_FIELDS = ("title", "doc_number", "issuer", "date", "monthly_duty")
PHASE_FORMAT = ("工作阶段“{text}”的写法不对：请写成“名称,开始月份,结束月份”，"
                "如“动员部署阶段,2024-03,2024-04”（月份可留空）。")
PHASES_BOTH = "--phase 与 --no-phases 不能同时使用：要替换阶段用 --phase，要删去全部阶段用 --no-phases。"


def info_values(args: argparse.Namespace, old_phases: list) -> dict:
    """The plan fields to change, checked; bad values raise UserError before anything is written."""
    from desktop.core import plan_edits
    from desktop.errors import UserError

    if args.phase and args.no_phases:
        raise UserError(PHASES_BOTH)
    rows = None
    if args.phase or args.no_phases:
        rows = []
        for text in args.phase or []:
            cells = [c.strip() for c in text.replace("，", ",").split(",")]
            if len(cells) > 3 or not cells[0]:
                raise UserError(PHASE_FORMAT.format(text=text))
            rows.append((*cells, "", "")[:3])
    try:
        return plan_edits.check_plan_values(args.title, args.doc_number, args.issuer, args.date,
                                            args.monthly_duty, rows, old_phases)
    except plan_edits.EditError as exc:
        raise UserError(exc.message) from exc


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.core import plan_edits
    from desktop.core.duty_names import other_duties_text
    from desktop.core.model import Duty, ParsedPlan, Phase
    from desktop.errors import UserError
    from desktop.store import dashboard, open_workspace, plans as store_plans, queries

    editing = any(getattr(args, n) is not None for n in INFO_FIELDS) or args.phase or args.no_phases
    with open_workspace(getattr(args, "db", None), create=False, readonly=not editing) as ws:
        plan_id = queries.current_plan_id(ws)
        if plan_id is None:
            raise UserError(NO_PLAN)
        old = store_plans.stored_plan_fields(ws, plan_id)
        values = info_values(args, [Phase.from_json(p) for p in old["plan.phases"]])
        lines = store_plans.edit_plan(ws, plan_id, values, actor="命令行") if values else []
        fields = store_plans.stored_plan_fields(ws, plan_id)
        corrected = set(store_plans.stored_plan_corrections(ws, plan_id))
        # the plan's stored duties: its rule is the dashboard's and the status sheet's (a quarterly plan's too)
        stored = ParsedPlan(duties=[Duty.from_json(d) for d in queries.duties(ws, plan_id)])
        owed_from = dashboard.first_month(ws, plan_id)           # the grid's and the status sheet's first month
        own_start = dashboard.start_month(ws, plan_id)
        targets = queries.plan_targets(ws, plan_id)
        duty_rows = queries.duties_with_senders(ws, plan_id)          # (who sends each: rv70b finding 6)
    if values:
        print("已修改：" if lines else "内容与现在相同，没有改动。")
        for line in lines:
            print(f"  {line}")
    for name in plan_edits.FIELDS:
        mark = "（您改过）" if name in corrected else ""
        print(f"{plan_edits.FIELD_LABELS[name]}{mark}：{plan_edits.field_text(name, fields[name])}")
    if corrected & set(plan_edits.FIELDS):      # rows marked 「不是任务」 are a correction too, none listed here
        print("标有“您改过”的内容，以后导入修订稿时会保留，不会被改回。")
    duty = fields["plan.monthly_duty"]
    rule = plan_edits.rule_with_monthly_duty(stored, duty)
    periodic = rule is not None and rule.every != "month"       # (the rule's own rhythm, not its words)
    print(("报送日期：" if periodic else "月度报送日期：") + plan_edits.due_rule_words(stored, duty))
    if owed_from:
        print(plan_edits.owed_from_words(owed_from, own_start))
    print("其他报送：" + other_duties_text(duty_rows))
    print(plan_targets_text(targets))
    return 0


PLAN_TARGETS = "方案目标（{n} 个，不属于某一项任务的目标，请对照原文核对）："
NO_PLAN_TARGETS = "方案目标：（无：方案的目标都写在各项任务中）"


def plan_targets_text(targets: list[dict]) -> str:
    """The plan-level targets (``queries.plan_targets``: counted at import, shown nowhere before rv70b finding 5),
    one a line with its date, for the clerk to check against the document."""
    from desktop.core.model import Target
    from desktop.core.review_corrections import target_words

    if not targets:
        return NO_PLAN_TARGETS
    lines = [PLAN_TARGETS.format(n=len(targets))]
    for at, row in enumerate(targets, 1):
        text = str(row["text"] or row["subject"] or "").strip()
        # the figure as the review shows it, with its date; then the sentence it was read from (several figures of
        # one sentence each say which they are)
        figure = target_words(Target(text, float(row["value"]), str(row["unit"] or ""), row["comparator"]))
        due = f"（{row['deadline']}）" if row["deadline"] else ""
        lines.append(f"  {at}. {figure}{due}：{text}")
    return "\n".join(lines)
