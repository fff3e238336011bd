"""The plan parser: a work plan's text (or .txt/.docx file) → ``ParsedPlan``.

API:

* ``parse_text(text) -> ParsedPlan`` — never raises; problems go to ``plan.warnings``.
* ``read_plan_file(path) -> str`` — .txt (utf-8, utf-8-sig, gb18030, utf-16/32 with BOM)
  or .docx (paragraphs and tables in order); raises ``BadInputError``.
* ``parse_file(path) -> ParsedPlan`` — both; raises ``BadInputError`` also when the
  text holds no numbered item at all (a plan naming no units imports: units are assigned
  in review).
* ``read_target(phrase) -> Target | None`` — the one reader of a target phrase
  (达到90% → ``>=``; 新建2.8万张床位 → 28000 张, subject 床位), for the review dialog too.

Modules: ``normalise`` (clean-up), ``read`` (files), ``headings`` (numbering tree), ``units`` (unit
declarations), ``registry`` (aliases, groups, name list), ``targets`` (``figures``: one figure, ``target_filters``:
what is no target, ``worded_targets``: counts in words, days, rates, times), ``dates``, ``schedule`` (phases),
``duties`` (reporting duties), ``titles`` (the title;
``file_titles``: a page's or a file's name for it), ``meta`` (文号, issuer, date), ``tasks`` (which items are
tasks), ``columns`` (task tables flattened one cell a line), ``shortname`` (a task's short name).

How well it reads real plans is measured by ``tests/parse_score.py`` over
``../shared/plans-dev`` and ``tests/data/plans``.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable

from desktop.core.model import Duty, ParsedPlan, Target, Task
from desktop.core.target_names import name_apart
from desktop.errors import BadInputError

from .activity_spans import date_activity_items, date_term_end_items
from .addressee_callbacks import call_back
from .annex_topics import topic_list
from .call_points import dropped_rates
from .cell_sentences import label_cell_sentences
from .columns import dotted_header, table_rows, unrun_table
from .cover_lists import annex_marked, list_numbers
from .dates import find_deadlines, impossible_dates, window_year
from .duties import find_duties
from .field_lines import join_field_lines
from .file_titles import own_case, shared_file_title
from .heading_markers import MARKER, line_marker
from .headings import build_items
from .indicator_tables import indicator_table_targets
from .kind_paragraphs import number_kind_paragraphs
from .list_tables import attached_rows, other_work
from .lunar_days import glossed_year
from .meta import find_date, find_doc_number, find_issuer, first_year, title_year
from .named_day_spans import date_period_items, lead_in_texts
from .named_rows import named_rows
from .normalise import (
    compact,
    light,
    number_run_in_tasks,
    strip_empty_markup,
    unwrap,
)
from .opening_rows import opening_rows
from .opening_titles import (
    column_and_title,
    compiled_title,
    prefaced_title,
    run_on_title,
    shop_title,
    spaced_title,
)
from .option_items import dropped_options
from .outline_parts import (
    ISSUES,
    RESULTS_SHOWN,
    annexed_plans,
    cover_annexes,
    glossary_annex,
    issued_plan,
    listed_appendix,
    main_part,
    rules_annex,
)
from .plan_goals import (
    goal_lead_paragraphs,
    no_goal_section,
    parent_rate_sentences,
    preamble_goal_sentences,
    preamble_planned_counts,
    quoted_goal_sentences,
    section_goal_sentences,
    section_planned_counts,
    target_sections,
)
from .plan_rules import first_listed_leads, mark_legend
from .plan_year import default_year, issued_starts, title_year_notes
from .public_reminders import public_reminder
from .quota_rows import quota_rows
from .read import read_plan_file, task_leaders
from .registry import Registry, member_units, parse_people
from .schedule import counted_stages, find_phases, half_year_stages, item_phases, year_stages
from .score_tables import assessed_rows
from .script import MissingTable, Restorer, fold
from .site_pages import strip_injected, strip_paywall, strip_preview_chunks, strip_site_terms
from .site_pinyin import Reprinted, drop_pinyin
from .site_titles import run_in_own
from .table_heads import split_spaced_header
from .table_tasks import appendix_tasks, table_items
from .targets import find_targets, read_target
from .tasks import NO_UNITS_ANYWHERE, NO_UNITS_BUT_CLAUSES, NO_UNITS_BUT_PROSE, build_tasks
from .term_items import dropped_conditions, dropped_rate_clauses, dropped_terms
from .text_tables import convert_text_tables
from .time_fields import own_field_span_items, time_field_end
from .timed_activities import date_timed_activities
from .titles import find_title
from .torn_names import torn_last_name
from .two_documents import document_parts
from .units import looks_like_unit
from .unread_lists import unread_list_warning
from .unread_tables import unread_table_warning
from .worded_targets import liaison_count, one_naming_count
from .year_headed_stages import year_headed_stages
from .year_turn import turned_date, year_turn

__all__ = ["parse_text", "parse_file", "read_plan_file", "read_target"]

MAX_CHARS = 2_000_000


# the sections that set a campaign's window (一、攻坚目标 / 一、行动时间 / 一、实施期限)
_WINDOW_SECTION = re.compile(r"目标|时间|时段|期限")


def parse_text(text: str) -> ParsedPlan:
    """Parse a plan's text. Never raises: trouble is reported in ``warnings``."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # one plan saved with Windows or Unix line ends is the same plan (and the same version)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line_marker.cache_clear()           # (each plan read from nothing: its lines' markers are found anew)
    plan = ParsedPlan(source_text=text)
    try:
        _parse(text[:MAX_CHARS], plan)
        _drop_unread_tasks_warnings(plan)
        plan.warnings = title_year_notes(plan.title, plan.warnings, plan.date, plan.phases)
        for task in plan.tasks:             # (indicators of one task named so they read apart, ux58 finding 9)
            name_apart(task.targets)
            task.leaders = task_leaders(task.source)      # a task table's 责任领导 (ux59 finding 4)
        if len(text) > MAX_CHARS:
            plan.warnings.append(f"原文超过 {MAX_CHARS} 字，只解析了前面部分，请核对。")
    except MissingTable as exc:           # a source tree set up without opencc: what to install
        plan.warnings.append(str(exc))
    except Exception as exc:  # noqa: BLE001 — the contract is "never raises"
        plan.warnings.append(f"解析时出现意外错误（{type(exc).__name__}），结果可能不完整，请对照原文核对并反馈此问题。")
    return plan


# a warning about one task names it first: 「任务 三.一 的时限…」「任务 三.一（title）…」
_TASK_WARNING = re.compile(r"^任务 ([^\s（的]+)(?:（| 的| )")


def _drop_unread_tasks_warnings(plan: ParsedPlan) -> None:
    """Drop the warnings about a task the plan does not keep (a body item the 附件's task table took the place of,
    「任务 三.一 的时限“4月30日前”没有写年份…」 about the phase 排查摸底阶段, ux58 finding 6): the clerk cannot find
    it in the review."""
    keys = {t.key for t in plan.tasks}
    plan.warnings = [w for w in plan.warnings if (m := _TASK_WARNING.match(w)) is None or m.group(1) in keys]


def parse_file(path: str | os.PathLike[str]) -> ParsedPlan:
    """``parse_text(read_plan_file(path))``; BadInputError when no task is found."""
    text = read_plan_file(path)
    plan = parse_text(text)
    if not plan.tasks:
        name = os.path.basename(os.fspath(path))
        raise BadInputError(
            f"在“{name}”里没有找到任何工作任务。请检查：文件是否就是工作方案本身（而不是通知或附件说明）；"
            "任务是否按“一、（一）1.”这样编号；每项任务是否写明了牵头单位或责任单位。")
    return plan


def _cut_off(body: str) -> bool:
    """The text ends inside an open bracket: （牵头单位：市委宣传部；责任单位：市"""
    depth = 0
    for ch in body:
        if ch in "（(〔【[":
            depth += 1
        elif ch in "）)〕】]" and depth:
            depth -= 1
    return depth > 0 and not body.rstrip().endswith(("）", ")"))


_UNITS_LABEL_END = re.compile(r"(?:单位|部门|责任主体)\s*[:：]\s*([^:：\n]*)\s*$")


def _cut_unit(body: str) -> str:
    """The text ends in a units line whose last name is no unit (责任单位:区 where a page was cut):
    that piece, else ""."""
    m = _UNITS_LABEL_END.search(body.rstrip())
    if not m or m.group(1).rstrip().endswith(("）", ")")):      # （责任单位：区民政局） closes: nothing cut
        return ""
    if m.group(1).rstrip().endswith("。"):
        return ""                       # 责任单位：派出所。 — a sentence that ends: nothing cut
    piece = re.split(r"[、，,；;]", m.group(1).strip())[-1].strip()
    return piece if piece and len(piece) <= 8 and not _whole_unit(piece) else ""


def _whole_unit(piece: str) -> bool:
    """A unit's whole name; not a level and one character where the page cut a name (市协 of 市协作办)."""
    return looks_like_unit(piece) and not re.fullmatch(r"[省市区县镇乡][^委府]", piece)


# a task table's cell that has its units send something on a rhythm (按季度报送光伏进展情况)
_ROW_SENDS = re.compile(r"报送|上报|提交|提供|报告")


def _add_new(have: list[Target], new: list[Target]) -> None:
    """Add the targets of ``new`` that ``have`` does not hold yet: the same figure (value and unit) read again from
    the same words or of the same thing — a different thing counted by the same figure is a target of its own."""
    known = list(have)
    for t in new:
        if not any(t.value == k.value and t.unit == k.unit and (t.text in k.text or k.text in t.text
                                                                  or t.subject in k.subject or k.subject in t.subject)
                   for k in known):
            have.append(t)


def _row_duties(tasks: list[Task], year: int | None, have: set[str]) -> list[Duty]:
    """Reporting duties written in the rows of an attached task table, each named with the row's units
    (统计局：按季度提供…简析): the body's reading (find_duties) does not see the 附件. The same duty in
    rows of other units is one duty for each (kept apart by the units before it); one the body already
    has (its text in ``have``) is not taken again."""
    out: list[Duty] = []
    for task in tasks:
        if task.path[:1] != ["附件"] or not re.search(r"每|按|逐", task.text):
            continue
        units = "、".join(task.lead_units + [u for u in task.responsible_units if u not in task.lead_units])
        for duty in find_duties(task.text, year):
            named = f"{units}：{duty.text}" if units else duty.text
            if duty.every in ("month", "quarter") and _ROW_SENDS.search(duty.text) \
                    and duty.text not in have and named not in have:
                have.add(named)
                duty.text = named
                out.append(duty)
    return out


def _names_units(tasks: list[Task]) -> bool:
    """Whether any task names its units other than in its prose (``Task.prose_lead``): a lead the prose opens
    with (「…。由区旧改办牵头推进…」) and the units it says work with it, or the units of a comma-joined clause,
    trailing (…，A牵头，B配合) or opening (A负责，…), including one naming only responsible units (各乡镇负责，…).
    Such a sentence does not make a plan one whose units are written, over its 附件's task table."""
    return any((t.lead_units or t.responsible_units) and not t.prose_lead for t in tasks)


def _table_first(text: str) -> bool:
    """The header of a one-cell-a-line task table (序号 on a line of its own) comes before the first
    numbered line: the numbered lines are the table's group rows, not the plan's own items."""
    lines = [ln.strip() for ln in split_spaced_header(text).split("\n")]     # (序号 涉及部门 职责分工 on one line)
    header = next((n for n, ln in enumerate(lines) if ln in ("序号", "编号")), None)
    first_item = next((n for n, ln in enumerate(lines) if MARKER.match(ln)), None)
    if header is None and first_item is not None:
        return dotted_header(lines[:first_item + 1])    # 领域 / 主要目标 / 责任单位 over rows 1.…: no 序号 column
    return header is not None and (first_item is None or header < first_item)


def _parse(text: str, plan: ParsedPlan) -> None:
    text, injected = strip_injected(text)
    text = strip_paywall(strip_preview_chunks(strip_site_terms(strip_empty_markup(text))))
    text, run_in = number_run_in_tasks(text)
    if run_in:
        plan.warnings.append(f"原文有 {run_in} 项任务没有编号、接排在一行里，已按顺序编为 1. 2. …，请核对。")
    text, kinds = number_kind_paragraphs(text)
    if kinds:
        plan.warnings.append(f"原文有 {kinds} 段按类别（如“严控区:”）开头、没有编号、接排在一行里的内容，"
                             "已按顺序编为 1. 2. …，请核对。")
    text, run_rows = unrun_table(text)
    text, page_rows = opening_rows(text)        # (a page opening inside a table whose header is on the page before)
    if run_rows:
        plan.warnings.append(f"原文的任务表各栏连在一起、没有分隔，已按序号拆成 {run_rows} 行，"
                             "各行的牵头、配合单位按单位名称拆分，请逐项核对。")
    if injected:
        plan.warnings.append(f"原文夹带网页插入的文字“{'”“'.join(injected)}”，已在解析时去除，请对照原文核对。")
    # a plan in traditional characters is read in simplified ones (牽頭單位 → 牵头单位), and without a site's
    # inline pinyin (責(zé)任 → 責任); what it says is given back as written at the end
    # (an item's fields printed one a line are joined first: 'printed' and 'written' differ only by the pinyin)
    printed, text = (text := join_field_lines(text)), drop_pinyin(text)
    written, text = text, fold(text)
    lt = unwrap(light(convert_text_tables(text)))
    ct = compact(lt)
    outline = build_items(lt)
    notice = issued_plan(outline)
    if notice:
        # a notice's own points (一、充分认识…) over the plan it issues as its 附件: the plan is read
        plan.warnings.append("原文是印发附件方案的通知，通知本身的各点不作为任务，已按附件方案读取任务，请核对。")
    if annexed := annexed_plans(outline):
        plan.warnings.append(f"原文是一份通知印发的 {annexed} 个方案（附件1—{annexed}），"
                             "已把各方案的任务都读入，编号前加“附件N”，请核对。")
        items, left_out, toc = outline.items, "", ""
    elif issued_too := cover_annexes(outline):       # (a cover's own points, then the documents it issues)
        plan.warnings.append(f"原文是一份有自己各点的通知，并印发 {issued_too} 个文件（附件1—{issued_too}），"
                             "已把通知各点和各文件的条目都读入，文件条目编号前加“附件N”，请核对。")
        items, left_out, toc = outline.items, "", ""
    else:
        # (a document in articles printed under the plan's 附件 label 「附件4 / …实施细则 / 第一条」 is the plan's
        # attachment, not counted however it is numbered — Round 92 (governs, p65d-1), over x165_02's round-30 reading)
        items, left_out, toc = main_part(outline.items, plan.warnings, outline.preamble)
    left_out = "\n".join(s for s in (notice, left_out) if s)
    label_cell_sentences(items, lt)     # a task table run together on one line: each row's 责任单位 cell

    plan.title = column_and_title(lt) or prefaced_title(lt) \
        or run_on_title(lt, own_case(run_in_own(find_title(ct), ct), ct)) \
        or spaced_title(lt) or shop_title(lt) or compiled_title(lt)
    plan.doc_number = find_doc_number(ct)
    plan.date = find_date(ct)
    plan.issuer = find_issuer(ct, plan.title, lt)

    body = "\n".join(i.marker + i.body for i in items) if items else ct
    guess_year = title_year(plan.title) or (int(plan.date[:4]) if plan.date else None) \
        or window_year(outline.preamble) or glossed_year(ct)   # (「2月10日(正月十一日)」: the year its gloss fixes)
    plan.phases = find_phases(body, guess_year) or find_phases(toc, guess_year) \
        or counted_stages(outline.preamble, guess_year) or year_stages("\n".join([outline.preamble, body]), guess_year)
    if guess_year is None and not plan.phases and (aims := "\n".join(
            i.full_text() for i in items if i.parent is None and _WINDOW_SECTION.search(i.title))):
        # a title without its year over 一、攻坚目标 「2024年11月至2025年3月，…」 and stages 「（11月上旬）」
        # 「（3月）」: the window the aims set dates the stages
        plan.phases = find_phases(body, window_year(aims))
    # a preview's file name (2022年…方案.docx over a 2019 plan) does not date the plan: its text does
    year = default_year("" if shared_file_title(ct, plan.title) else plan.title, plan.phases, plan.date, ct)
    issued_starts(plan.phases, plan.date)      # (「動員部署階段(即日-4月10日)」: from the plan's date, Round 81)
    extra_phases = item_phases(items, year, plan.phases)
    if not plan.phases and not extra_phases:
        # a year's two halves in the plan's aims (2010年上半年…；下半年…): its stages where it has no others,
        # read after the plan's year, which they do not set
        plan.phases = half_year_stages(items, outline.preamble, int(plan.date[:4]) if plan.date else None) \
            or year_headed_stages(items)      # 五、实施步骤 (一)2010年,全面启动… (二)2011年,…阶段: whole years
    if extra_phases:
        order = {i.title.split("（")[0].split("(")[0]: i.pos for i in items}
        plan.phases = sorted([*plan.phases, *extra_phases],
                             key=lambda p: next((pos for t, pos in order.items() if p.name in t), 10 ** 9))

    registry = Registry(ct)
    # units given in a task table of the 附件: a lead the body's prose opens with (由X牵头…) is a sentence
    # (or a list printed one cell a line that has no 序号 column or no unit column: list_tables)
    trailer_rows = (table_rows(outline.trailer) or attached_rows(outline.trailer)) if outline.trailer.strip() else []
    # (a task table whose rows carry no number: the appendix's numbered items are another list's, a list of
    # matters (附录 序号 / 事项名称 / 责任处室), which does not take the body's place)
    unnumbered = not trailer_rows and bool(trailer_rows := named_rows(outline.trailer))
    tabled = any(r.lead or r.resp for r in trailer_rows)
    # (a quota table handing each town its share by a completion time: its rows are tasks, its 合计 the plan's
    # target; its units are the table's own, no lead of the body's prose — read after ``tabled``)
    quotas, quota_total = quota_rows(outline.trailer) if not trailer_rows else ([], "")
    if quotas:
        trailer_rows, unnumbered = quotas, True
    marks_lead = mark_legend(ct)        # 「注：标注*的为牵头单位」: the plan's legend, once for body and 附件
    first_leads = first_listed_leads(ct)        # 「列第一位者为牵头单位」: likewise
    tasks, headings = build_tasks(items, registry, first_leads, year, plan.warnings, plan.date,
                                  first_year(plan.title), prose_leads=not tabled, marks_lead=marks_lead,
                                  last_line=next((ln.strip() for ln in reversed(text.split("\n")) if ln.strip()), ""),
                                  turn=(turn := year_turn(plan.title, plan.date, body, outline.preamble)))
    date_period_items(tasks, headings, year)        # 「二、“6.26”国际禁毒日期间…」 over its items (round 42)
    own_field_span_items(tasks, year)       # 「活动时间:207年3月4日-5日」: the item's own field's span (round 35)
    date_timed_activities(tasks, body, year)     # 「四、参加时间 10月23日上午… 参观…」: each activity's day (Round 95)
    # (two documents under one cover or one page, 文件1 / 文件2: each document's 活动时间 dates its own items only)
    for part, part_body in document_parts(tasks, items) or [(tasks, body)]:
        date_activity_items(part, part_body, year, plan.doc_number, outline.preamble,  # 活动时间's span (rounds 36, 37)
                            time_field_end(part_body, outline.preamble, year) if year else None,  # a 时段 field (r37)
                            lead_ins=lead_in_texts(items), title=plan.title)
    date_term_end_items(tasks, plan.title, body)          # 「到规划期末」: the plan's span's last year (round 41)
    if page_rows:
        tasks = appendix_tasks(page_rows, registry, year, path=[]) + tasks
        plan.warnings.append(f"原文开头是表格的 {len(page_rows)} 行（表头不在本文中），已读作任务，请核对各列。")
    from_appendix = False
    rules = ""                          # an attached document of rules: its reports are the document's duties
    if not _names_units(tasks) and outline.trailer.strip():
        # the tasks may sit in an appendix (附件：任务分解表) after the plan's own text
        appendix = build_items(outline.trailer)
        if appendix.items:
            extra: list[str] = []
            app_registry = Registry(ct)
            app_tasks, app_headings = build_tasks(appendix.items, app_registry, first_leads, year, extra,
                                                      marks_lead=marks_lead)
            # a task table whose rows name their units over measures numbered in its cells (1、…2、…): the rows
            named = sum(1 for t in app_tasks if t.lead_units or t.responsible_units)
            # (附件1 青浦区建筑垃圾管理细则 after an opinion's own tasks: the articles of its rules, no tasks)
            # (not one whose rows name their units or deadlines: 牵头单位：…；责任单位：… — a list of work, whatever
            # its title says)
            rules = rules_annex(outline.trailer) if tasks and not any(
                r.lead or r.resp for r in trailer_rows) else ""
            if app_tasks and named >= sum(1 for r in trailer_rows if r.lead or r.resp) and (not tasks or named) \
                    and not (tasks and assessed_rows([t.text for t in app_tasks], named)) and not rules \
                    and not topic_list(items, appendix.items) and not unnumbered \
                    and not glossary_annex(outline.trailer):     # (附件1 ⏎ …名词解释 ⏎ 1、X：…: definitions)
                if tasks and annex_marked(outline.trailer) and (ISSUES.search(outline.preamble)
                                                                or other_work(tasks, app_tasks)):
                    # a notice's own instructions (一、责任到人…) over 附件1's list: both are kept, the list's
                    # items numbered under 附件 (附件：X on one line, or 附件： over X: cover_lists); the notice's
                    # points stay tasks where they give work — an instruction to send reports is work (Round 76
                    # on the tester's A 三、; round 55's x248_01) — whatever the table's columns name
                    list_numbers(app_tasks, app_headings)
                    app_tasks, app_headings = tasks + app_tasks, headings + app_headings
                tasks, headings, registry = app_tasks, app_headings, app_registry
                from_appendix = True
                for said in (NO_UNITS_BUT_CLAUSES, NO_UNITS_BUT_PROSE):    # of the body's prose leads, now unread
                    if said in plan.warnings:
                        plan.warnings.remove(said)
                plan.warnings.extend(extra)
                plan.warnings.append("任务是从附件中读出的，请核对。")
    if not from_appendix and (outline.trailer.strip() or not tasks):
        # a task table flattened to one cell a line in the 附件 (任务清单): its rows are tasks too;
        # a plan that is nothing but such a table (任务分解表 pasted from a web page) likewise
        rows = trailer_rows if tasks else table_rows(lt)
        if rows and tasks:
            tasks = tasks + appendix_tasks(rows, registry, year)
            plan.warnings.append(f"附件中的任务表有 {len(rows)} 行，已作为任务读入（编号“附件.序号”），请核对。")
        elif rows:
            # under a cover whose tables stand after 附件1 / 附件2 the rows are the annexes' (附件.1.3)
            annexed = all(r.annex is not None for r in rows)
            tasks = appendix_tasks(rows, registry, year, path=None if annexed else [])
            plan.warnings.append(f"方案是一张每格一行的任务表，已把 {len(rows)} 行读作任务，请核对各列是否对应。")
        elif tasks and (listed := listed_appendix(outline.trailer)):
            # a bare 附件 line, the list's title, then numbered items of work (1.简政提效：…。…): tasks too
            app_tasks, _ = build_tasks(listed, registry, first_leads, year, [], marks_lead=marks_lead)
            for t in app_tasks:
                t.path = ["附件", *t.path]
            tasks = tasks + app_tasks
            plan.warnings.append(f"附件中列有 {len(app_tasks)} 项编号事项，已作为任务读入（编号“附件.序号”），请核对。")
    if not from_appendix and outline.trailer.strip() and not any(w.startswith("附件中") for w in plan.warnings) \
            and (unread := unread_list_warning(tasks, outline.trailer, lambda its: build_tasks(
                its, Registry(ct), first_leads, year, [], marks_lead=marks_lead)[0])):
        plan.warnings.append(unread)    # 附件：…任务清单 differing from the body's items, left unread (ux60 finding 2)
    if not from_appendix and tasks and not _names_units(tasks):
        # a task table one cell a line whose group rows are numbered (一、稳增长 / 1 / 地区生产总值… / 县发改局):
        # the numbered "items" are its groups, the rows are the tasks
        rows = table_rows(lt) if _table_first(lt) else []
        if len(rows) >= 2 and any(r.lead or r.resp for r in rows):
            tasks = appendix_tasks(rows, registry, year, path=[])
            plan.warnings.append(f"方案是一张每格一行的任务表，已把 {len(rows)} 行读作任务"
                                 "（“一、”等分组标题不是任务），请核对各列是否对应。")
        elif (under := table_items(tasks, items, registry, year))[1]:
            tasks = under[0]
            plan.warnings.append(f"标题下的每格一行任务表共 {under[1]} 行，已把各行读作该标题下的任务，请核对各列。")
    if tasks and items and _cut_off(items[-1].body):
        # the text stops inside a bracket: keep what is there, drop a half-written unit, and say so
        last = tasks[-1]
        tail = re.search(r"[（(]([^（）()\n]*)$", items[-1].body.rstrip())
        for names in (last.lead_units, last.responsible_units):
            if tail and names and names[-1].endswith((f"({tail[1]})", f"（{tail[1]}）")) \
                    and len(names[-1]) > len(tail[1]) + 3:
                names[-1] = names[-1][:-len(tail[1]) - 2]   # (区级各部门(特别是: the name whole, not its cut bracket)
            while names and not looks_like_unit(names[-1]):
                names.pop()
        plan.warnings.append(f"原文在最后一项任务（{last.key} {last.title}）的括号中间中断，可能不完整："
                             "已导入前面的内容，请对照原文补全这项任务的单位和内容。")
    elif tasks and items and _cut_unit(items[-1].body):
        # the text stops inside the last unit's name (责任单位:区 at a page's end): drop that piece
        last = tasks[-1]
        cut = _cut_unit(items[-1].body)
        for names in (last.lead_units, last.responsible_units):
            while names and names[-1] == cut and not _whole_unit(names[-1]):
                names.pop()
        plan.warnings.append(f"原文在最后一项任务（{last.key} {last.title}）的单位名称“{cut}”处中断，可能不完整："
                             "已导入前面的内容，请对照原文补全这项任务的单位。")
    elif tasks and (torn := torn_last_name(text, tasks)):
        # the text stops inside the last row's unit cell 「…|各市场」 (各市场监督管理所 elsewhere): drop that piece
        for names in (tasks[-1].lead_units, tasks[-1].responsible_units):
            if names[-1:] == [torn]:
                names.pop()
        plan.warnings.append(f"原文在最后一项任务（{tasks[-1].key} {tasks[-1].title}）的单位名称“{torn}”处中断，"
                             "可能不完整：已导入前面的内容，请对照原文补全这项任务的单位。")
    if unread_table := unread_table_warning(text, tasks):
        plan.warnings.append(unread_table)      # a table one cell a line no reader rebuilt (ux61 plan B)
    if tasks and public_reminder(plan.title, text):
        tasks = []      # (a 温馨提示 to residents: its points tell the public what to do, no body's work)
        plan.warnings.append("原文是一份给群众的提示（温馨提示），提示的事项不是单位的工作任务，未读作任务，请核对。")
    call_back(tasks, text)       # (the addressee line printed again whole: a call, Round 98's turned reading)
    plan.tasks, plan.headings = tasks, headings
    seen_keys: set[str] = set()
    for t in tasks:
        if t.key in seen_keys:
            plan.warnings.append(f"任务编号 {t.key} 重复出现，请核对原文编号。")
        seen_keys.add(t.key)

    task_keys = set() if from_appendix else {t.key for t in tasks}
    task_pos = {i.pos for i in items if ".".join([*i.path, i.number]) in task_keys}
    goal_sections = target_sections(items, task_pos, outline.inline)
    for section in goal_sections:
        section_text = section.full_text()
        dls = find_deadlines(section_text, year)
        fallback = dls[0].date if dls else None
        plan.plan_targets.extend(find_targets(section_text, year, relaxed=True, fallback_deadline=fallback))
    for paragraph in (goal_lead_paragraphs(items, task_pos) + section_goal_sentences(items, task_pos)
                      + preamble_goal_sentences(outline.preamble, year) + quoted_goal_sentences(outline.preamble)
                      + parent_rate_sentences(items, task_pos)):
        plan.plan_targets.extend(find_targets(paragraph, year))
    for line in dropped_rates(items, task_pos):     # (a support point's rates: read as its tasks' figures were)
        _add_new(plan.plan_targets, find_targets(line, year, relaxed=True))
    for line in dropped_terms(items, task_pos) + dropped_options(items, task_pos) + dropped_conditions(items, task_pos):
        _add_new(plan.plan_targets, find_targets(line, year))
    for line in dropped_rate_clauses(items, task_pos):      # (a terms article's sums per unit: its rates)
        _add_new(plan.plan_targets, find_targets(line, year, relaxed=True))
    planned = preamble_planned_counts(outline.preamble, year) + section_planned_counts(items, task_pos, year)
    for words, figure in planned:
        # only the figure the summary's clause counts (亿元 read as 元: ×1e8)
        _add_new(plan.plan_targets, [t for t in find_targets(words, year, relaxed=True)
                                     if any(math.isclose(t.value, figure * k) for k in (1, 1e4, 1e8))])
    # other sections holding no task (项目内容, 经费保障): figures written as targets (不少于2个)
    covered = {d.pos for g in goal_sections for d in [g, *g.descendants()]}
    for section in items:
        if section.kind != 1 or section.pos in covered or section.pos in task_pos \
                or any(d.pos in task_pos for d in section.descendants()):
            continue
        if no_goal_section(section, outline.inline):     # (一、指导思想: only a goal it names in quotes)
            _add_new(plan.plan_targets, find_targets("".join(quoted_goal_sentences(section.full_text())), year))
            continue
        _add_new(plan.plan_targets, find_targets(section.full_text(), year))

    # the closing paragraphs after the last item (全市率先在120个左右社区开展…先行先试): figures the plan sets
    plan.plan_targets.extend(find_targets(outline.closing, year))
    # an indicator table printed one cell a line (序号 / 指标 / 2030年目标值 / 属性): each row's 目标值
    _add_new(plan.plan_targets, indicator_table_targets(lt, year))
    _add_new(plan.plan_targets, find_targets(quota_total, year, relaxed=True))     # a quota table's 合计

    # a count in the plan's own title is what the plan is for (为…既有的40个…场所加装消防设施)
    _add_new(plan.plan_targets, find_targets(plan.title, year, relaxed=True))
    plan.plan_targets = [t for t in plan.plan_targets if not liaison_count(t)]
    for task in plan.tasks:          # 明确一名A和一名B: one figure (Round 76)
        task.targets = one_naming_count(task.targets)

    # duties stand in the plan's text and in the covering notice before it (每季度最后一个月的30日前报送)
    plan.duties = find_duties("\n".join([outline.preamble, left_out, body, outline.closing,
                                          RESULTS_SHOWN.sub("", rules)]), year, plan.date)
    plan.duties.extend(_row_duties(tasks, year, {d.text for d in plan.duties}))
    for duty in plan.duties:    # (「12月31日前将…报…」 before 2020年春节: the year before, as the items' days are)
        if turn and duty.due and len(duty.due) == 10 and f"{duty.due[:4]}年" not in duty.text:
            duty.due = turned_date(duty.due, turn)

    people, list_title = parse_people(lt)
    plan.people = people
    if people:
        members: list[str] = []
        for person in people:
            if person.role in ("成员", "组员", "委员") and person.unit and person.unit not in members:
                members.append(person.unit)
        member_names = [registry.add(m) for m in members]
        for unit in registry.units:
            if unit.is_group and "成员单位" in unit.name:
                prefix = re.sub(r"各?成员单位$", "", unit.name)
                if not prefix or prefix in list_title or list_title.startswith(prefix):
                    unit.members = [m for i, m in enumerate(member_names) if m not in member_names[:i]]
    for name in member_units(lt, looks_like_unit):     # (成员：A、B、C — a command body's members: the plan's bodies)
        registry.add(name)
    plan.units = registry.units
    for words, date in impossible_dates(ct, year):
        plan.warnings.append(f"原文的日期“{words}”不存在，已按该月最后一天（{date}）读入，请核对原文。")
    _plan_warnings(plan, outline.inline)
    if written != text or printed != written:
        lt_written = unwrap(light(convert_text_tables(written)))
        # (and the texts before their tables were converted: a table whose header only the folded text names
        # 「責任單位」→「责任单位」 is converted in one and not the other, and its cells are looked up as written there)
        back = Restorer([(lt_written, lt), (compact(lt_written), ct), (light(written), light(text))])
        lt_printed = unwrap(light(convert_text_tables(printed)))
        _as_written(plan, Reprinted([lt_printed, compact(lt_printed), printed], back) if printed != written else back)


def _as_written(plan: ParsedPlan, back: Callable[[str], str]) -> None:
    """The plan's own words (titles, texts, unit and people's names) as the plan wrote them, after
    reading a text in traditional characters folded to simplified ones. Kinds and roles the program
    compares (a target's measure, 成员/组长) stay as they are, and so do the program's own words in the
    warnings."""
    plan.title, plan.doc_number, plan.issuer = back(plan.title), back(plan.doc_number), back(plan.issuer)
    targets = list(plan.plan_targets)
    for h in plan.headings:
        h.title, h.number, h.path = back(h.title), back(h.number), [back(x) for x in h.path]
    for t in plan.tasks:
        t.number, t.path = back(t.number), [back(x) for x in t.path]   # 總體要求 written without 一、
        t.title, t.text, t.source, t.short_name = back(t.title), back(t.text), back(t.source), back(t.short_name)
        t.lead_units = [back(n) for n in t.lead_units]
        t.responsible_units = [back(n) for n in t.responsible_units]
        targets.extend(t.targets)
    for g in targets:
        g.text, g.subject = back(g.text), back(g.subject)
    for p in plan.phases:
        p.name, p.text = back(p.name), back(p.text)
    for d in plan.duties:
        d.text = back(d.text)
    for u in plan.units:
        u.name, u.note = back(u.name), back(u.note)
        u.aliases = [back(n) for n in u.aliases]
        u.members = [back(n) for n in u.members]
    for person in plan.people:
        person.name, person.unit, person.post = back(person.name), back(person.unit), back(person.post)
    # the warnings quote tasks and units: as the plan writes them, around the program's own words
    quoted = {fold(w): w for t in plan.tasks for w in (t.title, *t.lead_units, *t.responsible_units)}
    quoted.update({fold(u.name): u.name for u in plan.units})
    quoted.update({fold(p.name): p.name for p in plan.phases})
    pairs = sorted(((f, w) for f, w in quoted.items() if f != w and len(f) >= 2), key=lambda fw: -len(fw[0]))
    if pairs:
        for n, warning in enumerate(plan.warnings):
            for folded, written in pairs:
                if folded in warning:
                    warning = warning.replace(folded, written)
            plan.warnings[n] = warning


def _plan_warnings(plan: ParsedPlan, inline: bool) -> None:
    w = plan.warnings
    if inline:
        w.insert(0, "原文没有分行（可能是从 PDF 复制的），已按编号自动分段，请核对任务的划分。")
    if not plan.title:
        w.append("没有找到方案标题，请手工填写。")
    if not plan.date:
        w.append("没有找到成文日期，请手工填写。")
    if not plan.tasks:
        w.append("没有找到任何工作任务：请检查任务是否按“一、（一）1.”编号，并写明牵头单位或责任单位。")
    elif not any(t.lead_units or t.responsible_units for t in plan.tasks):
        w.append(NO_UNITS_ANYWHERE)
    undated = [p.name for p in plan.phases if p.start is None and p.end is None and re.search(r"\d{1,2}\s*月", p.text)]
    if undated:
        w.append(f"阶段“{'”“'.join(undated)}”只写了月份，方案中找不到年份，请在审核时补上起止年月。")
    groups = [u.name for u in plan.units if u.is_group and not u.members]
    if groups:
        w.append(f"“{'”“'.join(groups)}”代表一组单位，方案没有列出具体包括哪些单位："
                 "请在核对方案时，于右侧单位列表中选中它，按“填写单位组成员”补充，"
                 "或保存后在“设置 → 单位名册”中列出成员：成员单位才有这些任务，报送才会被接收。")
