"""One entry point for every document: ``generate(kind, db_path, year, …)``.

Used by ``python -m desktop report KIND`` and by the client's report actions (run off the GUI
thread; ``progress(fraction, message)`` reports how far it got).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.core.model import book_title
from desktop.errors import UserError
from desktop.reports import KINDS

SUFFIX = {"monthly-info": ".docx", "half-year": ".docx", "year-end": ".docx",
          "volume": ".docx", "ledger": ".xlsx", "status": ".xlsx"}
# the kinds --month means something for: the month of the information, of the ledger's and
# the status sheet's figures, and the 汇编's period (≤ 6: half-year)
WITH_MONTH = ("monthly-info", "ledger", "status", "volume")


def generate(kind: str, db_path: Path | str, year: int, month: int | None = None,
             unit: str | None = None, all_units: bool = False, out: Path | str | None = None,
             font_profile: str = "gb2312",
             progress: Callable[[float, str], None] | None = None, *,
             today: dt.date | None = None, addressee: str = "",
             template_dir: Path | str | None = None, date: dt.date | None = None) -> Path:
    """Write the document ``kind`` for a unit (``unit``) or the city (``all_units`` or no
    unit) to ``out`` and return its path. Expected trouble raises ``UserError``.

    ``date`` is the date the document bears (落款日期, the 简报's date, the ledger's 填报日期);
    by default the due date of the plan's duty for that report (half-year: end of June,
    year-end: e.g. end of November), else the workspace's today. ``monthly-info`` for the
    office (no ``unit``) is the 简报, numbered through the year (see store.identity)."""
    from desktop.reports import docx_style, draft, render, sheets
    from desktop.reports.data import load_input, reporting_units
    from desktop.reports.templates import workspace_template_dir
    from desktop.store import identity, open_workspace, queries
    from desktop.store.workspace import refuse_output_over_workspace

    if kind not in KINDS:
        raise UserError(f"不支持的文档类型“{kind}”，可选：{'、'.join(KINDS)}。")
    if out is None:
        raise UserError("请用 --out 指定输出文件。")
    out = Path(out)
    if out.suffix.lower() != SUFFIX[kind]:
        raise UserError(f"{kind} 生成的是 {SUFFIX[kind]} 文件，输出文件名应以 {SUFFIX[kind]} 结尾：{out.name}")
    refuse_output_over_workspace(db_path, out)
    if month is not None and not 1 <= month <= 12:
        raise UserError(f"月份“{month}”无效，应为 1 到 12。")
    if month is not None and kind not in WITH_MONTH:
        raise UserError(f"{kind} 不按月份生成（半年小结截至6月、年度总结截至落款日前应报的月份），"
                        "请去掉 --month。")
    if kind == "monthly-info" and month is None:
        raise UserError("导出月度工作信息需要指定月份（--month）。")
    if unit and all_units:
        raise UserError("--unit 和 --all 只能选一个。")
    if kind == "volume" and unit:
        raise UserError("汇编收录全部单位的材料，不能只选一个单位：请去掉 --unit（或用 --all）。")
    fonts = docx_style.profile(font_profile)
    step = progress or (lambda fraction, message: None)
    db_path = Path(db_path)
    templates = Path(template_dir) if template_dir else workspace_template_dir(db_path)

    step(0.0, "读取工作区")
    briefing = kind == "monthly-info" and not unit
    with open_workspace(db_path, create=False) as ws:
        today = today or queries.as_of(ws)
        data = load_input(ws, year, None if all_units else unit, today)
        volume_kind = "half-year" if month is not None and month <= 6 else "year-end"
        units = (reporting_units(ws, year, 6 if volume_kind == "half-year" else 12)
                 if kind == "volume" else [])
        day = date or default_date(ws, volume_kind if kind == "volume" else kind, year, today)
        if briefing:
            issue = identity.briefing_issue(ws, f"{year:04d}-{month:02d}")
            brief_name = identity.briefing_name(ws, data.plan_title)
    if data.unit and not data.tasks and kind in ("half-year", "year-end", "ledger"):
        raise UserError(f"{data.unit}在{book_title(data.plan_title)}中没有承担任务，无法生成该文档。"
                        "请检查单位名称，或在任务分工中补上该单位。")
    step(0.3, "起草")
    if kind in ("half-year", "year-end"):
        report = draft.draft_report(data, kind, today=drafting_day(today, day, year), addressee=addressee)
        report.date = day
        step(0.6, "写入 Word")
        path = render.render_report(report, out, template_dir=templates, font_profile=fonts)
    elif briefing:
        assert month is not None            # monthly-info is refused above without --month
        articles = draft.draft_articles(data, f"{year:04d}-{month:02d}")
        step(0.6, "写入 Word")
        path = render.render_briefing(articles, out, name=brief_name, issue=issue,
                                      office=data.office_name, date=day, year=year, month=month,
                                      plan_title=data.plan_title, template_dir=templates,
                                      font_profile=fonts)
        with open_workspace(db_path, create=False) as ws:
            identity.keep_briefing_issue(ws, f"{year:04d}-{month:02d}", issue)
    elif kind == "monthly-info":
        assert month is not None
        articles = draft.draft_articles(data, f"{year:04d}-{month:02d}")
        step(0.6, "写入 Word")
        path = render.render_articles(articles, data.unit or "", out, year=year, month=month,
                                      plan_title=data.plan_title, template_dir=templates,
                                      font_profile=fonts, date=day)
    elif kind == "volume":
        path = _volume(db_path, year, volume_kind, units, data, out, today, day, templates,
                       fonts, step)
    elif kind == "ledger":
        path = sheets.write_ledger(data, out, day=day, month=month, title_font=fonts.title)
    else:
        path = sheets.write_status(data, out, day=day, month=month, title_font=fonts.title)
    step(1.0, "完成")
    return path


def draft(kind: str, db_path: Path | str, year: int, unit: str | None = None, *,
          today: dt.date | None = None, addressee: str = ""):
    """The drafted Report (half-year or year-end) for the client to show and edit before
    ``render.render_report`` writes it; every sentence keeps its ``source``."""
    from desktop.reports import draft as drafting
    from desktop.reports.data import load_input
    from desktop.store import open_workspace, queries

    if kind not in drafting.KINDS:
        raise UserError(f"只有半年小结和年度总结可以先起草再编辑（不是“{kind}”）。")
    with open_workspace(Path(db_path), create=False) as ws:
        today = today or queries.as_of(ws)
        data = load_input(ws, year, unit, today)
        day = default_date(ws, kind, year, today)
    report = drafting.draft_report(data, kind, today=drafting_day(today, day, year), addressee=addressee)
    report.date = day
    return report


DUTY_OF = {"half-year": "half_year_summary", "year-end": "year_end_report"}


def default_date(ws, kind: str, year: int, today: dt.date) -> dt.date:
    """The date a document bears unless the user picks one: for a half-year summary or a
    year-end report (and their 汇编) the due date the plan sets for it in ``year`` (``6月底前``
    → 30 June, ``11月底前`` → 30 November); for a half-year without one, 30 June; otherwise
    ``today`` (the workspace's today)."""
    from desktop.reports.data import plan_id_of
    from desktop.reports.inputs import parse_day
    from desktop.store.reporting import duty_dues

    duty = DUTY_OF.get(kind)
    if duty is None:
        return today
    dues = [d for d in map(parse_day, duty_dues(ws, plan_id_of(ws), duty, year)) if d is not None]
    if dues:
        return dues[-1]
    if kind == "half-year":
        return dt.date(year, 6, 30)
    return today if today.year == year else dt.date(year, 11, 30)    # a year-end report of that year


def drafting_day(today: dt.date, day: dt.date, year: int) -> dt.date:
    """The day a period report is written as of: today in the report's year, else the date it
    bears (a 2021 report drafted in 2026 covers 2021 up to its own date, not to December)."""
    return today if today.year == year else day


def _volume(db_path: Path, year: int, kind: str, units: list[str], city, out: Path,
            today: dt.date, day: dt.date, templates: Path, fonts, step) -> Path:
    """汇编: the city-wide report first, then the report of every unit that reported in the
    period (half-year: ``--month`` ≤ 6, else year-end); the units that must report and sent
    nothing are listed by name under the contents."""
    from desktop.reports import draft, render
    from desktop.reports.data import load_input
    from desktop.reports.inputs import month_key
    from desktop.store import open_workspace

    last = month_key(year, 6 if kind == "half-year" else 12)
    sent = {e.unit for e in city.entries if e.month <= last}
    reporting = [u for u in units if u in sent]
    missing = [u for u in city.units if u not in sent]
    step(0.3, "起草全市报告")
    today = drafting_day(today, day, year)
    city_report = draft.draft_report(city, kind, today=today)
    city_report.date = day
    reports = [city_report] if reporting else []
    with open_workspace(db_path, create=False) as ws:
        for i, name in enumerate(reporting):
            step(0.3 + 0.3 * i / max(1, len(reporting)), f"起草 {name}")
            report = draft.draft_report(load_input(ws, year, name, today), kind, today=today)
            report.date = day
            reports.append(report)
    period = f"{year}年上半年" if kind == "half-year" else f"{year}年度"
    what = "工作小结" if kind == "half-year" else "工作总结"
    return render.render_volume(
        reports, out, title=f"{city.plan_title.removesuffix('方案')}{period}{what}汇编",
        compiler=city.office_name, date=day, missing=missing, template_dir=templates,
        font_profile=fonts, progress=lambda f, m: step(0.6 + 0.4 * f, m))
