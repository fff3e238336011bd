"""Reading a workspace into the inputs of drafting (``ReportInput``): one pass of queries,
so drafting and rendering never touch the database."""

from __future__ import annotations

import datetime as dt

from desktop.core.model import book_title
from desktop.errors import UserError
from desktop.reports.inputs import ArticleIn, EntryIn, ReportInput, TargetIn, TaskIn

DEFAULT_OFFICE = "领导小组办公室"


def plan_id_of(ws) -> int:
    from desktop.store.queries import current_plan_id

    plan_id = current_plan_id(ws)
    if plan_id is None:
        raise UserError("工作区里还没有工作方案。请先导入工作方案（python -m desktop plan import …）。")
    return plan_id


def resolve_unit(ws, plan_id: int, name: str) -> tuple[int, str]:
    """A unit by name or alias → (id, the name the plan uses)."""
    from desktop.store.queries import unit_id, unit_name

    uid = unit_id(ws, plan_id, name.strip())
    if uid is None:
        raise UserError(no_unit_words(ws, plan_id, name))
    return uid, unit_name(ws, uid) or name.strip()


def no_unit_words(ws, plan_id: int, name: str) -> str:
    """Why ``name`` is refused, naming the current plan (a workspace may hold several, rv70b finding 7): the
    plans that do have the unit and how to switch to one; else some of the current plan's units — or, when it
    has none, how to give its tasks units. Never 「例如：」 with nothing after it."""
    from desktop.store.queries import plans, unit_id, unit_names

    stored = plans(ws)
    current = next((p for p in stored if p["id"] == plan_id), None)
    title = book_title((current or {}).get("title") or "（未填写标题）")
    said = f"当前方案{title}里没有单位“{name}”。"
    elsewhere = [p for p in stored if p["id"] != plan_id and unit_id(ws, p["id"], name.strip()) is not None]
    if elsewhere:
        other = elsewhere[0]
        pick = other["doc_number"] or other["title"]
        return (said + f"工作区中的{book_title(other['title'] or '（未填写标题）')}有这个单位：要为它出报告，"
                f"先用“plan use {pick}”把它设为当前方案（“plan list”列出全部方案）。")
    known = unit_names(ws, plan_id, limit=8)
    if known:
        return said + f"请检查名称，例如：{'、'.join(known)}（“roster list”列出全部单位）。"
    more = "；工作区中还有别的方案，可用“plan list”查看、“plan use 方案标题或文号”换用" if len(stored) > 1 else ""
    return (said + "这个方案还没有单位（导入时没有读出牵头或责任单位）：请先用“plan edit --task 编号 --lead 牵头单位 "
            f"--responsible 责任单位 --new-unit”为任务填上单位{more}。")


def check_year(ws, plan_id: int, year: int, title: str) -> None:
    """Refuse a year the plan has no work in (``store.reporting.plan_years``), naming its years."""
    from desktop.store.queries import plans
    from desktop.store.reporting import plan_years

    span = plan_years(ws, plan_id)
    if span and not span[0] <= year <= span[1]:
        years = f"{span[0]}年" if span[0] == span[1] else f"{span[0]}—{span[1]}年"
        others = [p for p in plans(ws) if p["id"] != plan_id]
        more = (f"（这是当前方案；工作区中还有{''.join(book_title(p['title'] or '（未填写标题）') for p in others)}，"
                "要为它出报告，先用“plan use 方案标题或文号”把它设为当前方案，“plan list”列出全部方案）"
                ) if others else ""
        raise UserError(f"{book_title(title)}的工作时间是{years}，没有{year}年的材料{more}。请检查年份（--year）。")


def load_input(ws, year: int, unit: str | None = None, day: dt.date | None = None) -> ReportInput:
    """The plan, the unit's (or every unit's) tasks, entries and articles of ``year``; the months owed as the
    dashboard's grid reckons them on ``day`` (default: the workspace's today, ``queries.as_of``) — a report
    dated before the plan's import owes from the plan's own start, as the grid on that day does."""
    from desktop.store import entries as store_entries, queries, reporting
    from desktop.store.dashboard import counts_entry

    plan_id = plan_id_of(ws)
    title, doc_number = queries.plan_header(ws, plan_id) or ("", "")
    check_year(ws, plan_id, year, title or "工作方案")
    uid, unit_name = resolve_unit(ws, plan_id, unit) if unit else (None, None)
    rows = queries.tasks(ws, plan_id, unit=uid)
    targets = {task_id: [TargetIn(g.id, g.subject, g.text, g.value, g.unit, g.comparator, g.deadline)
                         for g in found]
               for task_id, found in reporting.task_targets(ws, plan_id).items()}
    headings = reporting.heading_titles(ws, plan_id)
    short = _short_names(ws, plan_id)
    texts = reporting.task_texts(ws, plan_id)
    tasks = [TaskIn(t.id, t.key, t.number, t.title, t.deadline, list(t.lead_units),
                    list(t.responsible_units), targets.get(t.id, []),
                    group=headings.get(".".join(t.path), "") if t.path else "",
                    short_name=short.get(t.id, ""), text=texts.get(t.id, ""), path=list(t.path))
             for t in rows]
    task_ids = {t.id for t in tasks}
    prefix = f"{year:04d}-"
    counts = counts_entry(ws, plan_id)
    # every unit's entries, read once: the unit's own are its report's; the others' only say which months they
    # sent, for the month it covers (``inputs.cover``)
    stored = store_entries.entries(ws)
    entries = [EntryIn(e["id"], e["task_id"], e["unit_name"], e["month"], e["status"],
                       e["progress"], e["problems"], e["next_steps"],
                       {int(k): float(v) for k, v in e["values"].items()}, e["state"],
                       e["submitted_at"], e["updated_at"], e["first_submitted_at"])
               for e in stored if uid is None or e["unit_id"] == uid
               # the dashboard's rule (core.progress.counted): every document gives the same figures
               if e["task_id"] in task_ids and e["month"].startswith(prefix)
               and counts(e["unit_id"], e["month"], e["state"])]
    # a unit's report drafted where other units' entries are (the office) covers the city's month: every
    # unit's months sent, for ``inputs.cover`` (in a unit's own workspace there are only its own)
    plan_tasks = {t.id for t in queries.tasks(ws, plan_id)} if uid is not None else task_ids
    sent = None if uid is None else [
        (e["unit_name"], e["month"], e["first_submitted_at"]) for e in stored
        if e["task_id"] in plan_tasks and e["month"].startswith(prefix)
        and counts(e["unit_id"], e["month"], e["state"])]
    articles = [ArticleIn(a["id"], a["unit_name"], a["month"], a["title"], a["body"],
                          a["author"], a["reviewer"], a["date"], a["state"])
                for a in store_entries.articles(ws, unit_id=uid)
                if a["plan_id"] == plan_id and a["month"].startswith(prefix)
                and counts(a["unit_id"], a["month"], a["state"])]
    liaisons = {r["unit_name"]: (r["name"], r["phone"])
                for r in store_entries.liaisons(ws, plan_id)}
    office = ws.setting("office_name", "") or DEFAULT_OFFICE
    office_contact = (ws.setting("office_liaison", ""), ws.setting("office_phone", ""))
    if any(office_contact):
        liaisons.setdefault(office, office_contact)
    groups = reporting.group_members(ws, plan_id)
    from desktop.store.dashboard import due_rule, first_month, start_month, unit_first_by_name
    from desktop.store.notes import all_practices

    practices = {kind: [(u, t) for u, t in all_practices(ws, plan_id, kind, year)
                        if unit_name is None or u in ("", unit_name)]
                 for kind in ("half-year", "year-end")}

    first = first_month(ws, plan_id, day)
    unit_first = unit_first_by_name(ws, plan_id, first, day)       # units a revision gave their first task
    return ReportInput(
        plan_title=title or "工作方案", doc_number=doc_number, year=year, tasks=tasks,
        entries=entries, articles=articles, units=_units(ws, plan_id, unit_name),
        liaisons=liaisons, unit=unit_name, office_name=office,
        first_month=first, start_month=start_month(ws, plan_id), unit_first=unit_first,
        due_rule=due_rule(ws, plan_id), practices=practices,
        groups=groups, sent=sent)


def _short_names(ws, plan_id: int) -> dict[int, str]:
    """Task id → the short name a person gave it (in review, the task tab or ``plan edit``).
    The parser's own suggestion is stored too, but a heading is better written from the plan's
    sentence (``short_name`` in draft.py) than from a suggestion nobody looked at."""
    from desktop.store.plans import person_short_names

    return person_short_names(ws, plan_id)


def _units(ws, plan_id: int, unit_name: str | None) -> list[str]:
    """The units that report (store.dashboard.reporting_units: the grid's rule), or the one asked for."""
    from desktop.store.dashboard import reporting_units

    if unit_name:
        return [unit_name]
    return [u["name"] for u in reporting_units(ws, plan_id)]


def reporting_units(ws, year: int, last_month: int = 12) -> list[str]:
    """Units with entries in ``year`` up to ``last_month``: whose reports go into a volume."""
    from desktop.store.reporting import units_with_entries

    return units_with_entries(ws, plan_id_of(ws), f"{year:04d}-01", f"{year:04d}-{last_month:02d}")
