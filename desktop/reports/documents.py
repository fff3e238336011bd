"""One entry point for every document: ``generate(kind, db_path, year, …)``.

Used by ``python -m desktop report KIND`` and by the client's report actions (run off the GUI
thread; ``progress(fraction, message)`` reports how far it got).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from desktop.errors import UserError
from desktop.reports import KINDS

SUFFIX = {"monthly-info": ".docx", "half-year": ".docx", "year-end": ".docx",
          "volume": ".docx", "ledger": ".xlsx", "status": ".xlsx"}


def generate(kind: str, db_path: Path | str, year: int, month: int | None = None,
             unit: str | None = None, all_units: bool = False, out: Path | str | None = None,
             font_profile: str = "gb2312",
             progress: Callable[[float, str], None] | None = None, *,
             today: dt.date | None = None, addressee: str = "",
             template_dir: Path | str | None = None) -> Path:
    """Write the document ``kind`` for a unit (``unit``) or the city (``all_units`` or no
    unit) to ``out`` and return its path. Expected trouble raises ``UserError``."""
    from desktop.reports import docx_style, draft, render, sheets
    from desktop.reports.data import load_input, reporting_units
    from desktop.reports.templates import workspace_template_dir
    from desktop.store import open_workspace, queries
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
    with open_workspace(db_path, create=False) as ws:
        today = today or queries.as_of(ws)
        data = load_input(ws, year, None if all_units else unit)
        volume_kind = "half-year" if month is not None and month <= 6 else "year-end"
        units = (reporting_units(ws, year, 6 if volume_kind == "half-year" else 12)
                 if kind == "volume" else [])
    if data.unit and not data.tasks and kind in ("half-year", "year-end", "ledger"):
        raise UserError(f"{data.unit}在《{data.plan_title}》中没有承担任务，无法生成该文档。"
                        "请检查单位名称，或在任务分工中补上该单位。")
    step(0.3, "起草")
    if kind in ("half-year", "year-end"):
        report = draft.draft_report(data, kind, today=today, addressee=addressee)
        step(0.6, "写入 Word")
        path = render.render_report(report, out, template_dir=templates, font_profile=fonts)
    elif kind == "monthly-info":
        articles = draft.draft_articles(data, f"{year:04d}-{month:02d}")
        step(0.6, "写入 Word")
        path = render.render_articles(articles, data.unit or "", out, year=year, month=month,
                                      plan_title=data.plan_title, template_dir=templates,
                                      font_profile=fonts)
    elif kind == "volume":
        path = _volume(db_path, year, volume_kind, units, data, out, today, templates, fonts, step)
    elif kind == "ledger":
        path = sheets.write_ledger(data, out, day=today, month=month, title_font=fonts.title)
    else:
        path = sheets.write_status(data, out, day=today, month=month, title_font=fonts.title)
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
        data = load_input(ws, year, unit)
        today = today or queries.as_of(ws)
    return drafting.draft_report(data, kind, today=today, addressee=addressee)


def _volume(db_path: Path, year: int, kind: str, units: list[str], city, out: Path,
            today: dt.date, templates: Path, fonts, step) -> Path:
    """汇编: every reporting unit's half-year (``--month`` ≤ 6) or year-end report."""
    from desktop.reports import draft, render
    from desktop.reports.data import load_input
    from desktop.store import open_workspace

    reports = []
    with open_workspace(db_path, create=False) as ws:
        for i, name in enumerate(units):
            step(0.3 + 0.3 * i / max(1, len(units)), f"起草 {name}")
            reports.append(draft.draft_report(load_input(ws, year, name), kind, today=today))
    period = f"{year}年上半年" if kind == "half-year" else f"{year}年度"
    what = "工作小结" if kind == "half-year" else "工作总结"
    return render.render_volume(
        reports, out, title=f"{city.plan_title.removesuffix('方案')}{period}{what}汇编",
        compiler=city.office_name, date=today, template_dir=templates, font_profile=fonts,
        progress=lambda f, m: step(0.6 + 0.4 * f, m))
