"""The progress ledger (进度台账) and the submission status (报送情况统计) as .xlsx.

Laid out in code rather than from an .xlsx template: validation, conditional format, print
area and filter ranges all depend on the number of rows, so a template would be rewritten
cell range by cell range anyway — and code shows its layout in a review, a binary does not.
Layout as DOCUMENT_FORMAT.md asks: title row merged, row 2 unit and date, header row 黑体 on
grey with borders, widths ≈ 2 × characters + 2, row heights for wrapped text, frozen panes,
print titles, A4 landscape one page wide, ``第 &P 页，共 &N 页``, filter, a status list and
red overdue rows through a formula.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.progress import Reading, target_share, task_status
from desktop.reports.content import cn_date
from desktop.reports.inputs import (
    STATUS_CHOICES,
    STATUS_LABELS,
    ReportInput,
    TargetIn,
    covered_month,
    due_date,
    first_submissions,
    month_key,
    month_owed,
    parse_day,
    printed_number,
    sent_word,
    task_deadline,
)

DATE_FORMAT = 'yyyy"年"m"月"d"日"'
HEADER_ROW = 3
LINE_PT = 15                      # one line of 11 pt text


@dataclass(frozen=True)
class Column:
    header: str
    width: float                  # in characters of the default font (≈ 2 × Chinese + 2)
    wrap: bool = False
    kind: str = "text"            # text | date | number | center


LEDGER_COLUMNS = (
    Column("序号", 6, kind="center"),
    Column("任务编号", 10, kind="center"),
    Column("任务名称", 22, wrap=True),
    Column("责任单位", 20, wrap=True),
    Column("分工", 7, kind="center"),
    Column("目标指标", 30, wrap=True),
    Column("最新数值", 22, wrap=True),
    Column("完成时限", 16, kind="date"),
    Column("状态", 9, kind="center"),
    Column("最新进展", 42, wrap=True),
    Column("存在问题", 30, wrap=True),
    Column("最后填报日期", 16, kind="date"),
)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _share(value: float, target: TargetIn) -> str:
    """（完成107%）after an at-least target's value: the share the dashboard and the reports say."""
    if target.unit == "%" or not target.value or (target.comparator or ">=") not in (">=", ">"):
        return ""
    return f"（完成{target_share(value, target.value, target.comparator)}%）"


def ledger_rows(data: ReportInput, month: int | None = None,
                day: dt.date | None = None) -> list[list[Any]]:
    """A row per task × unit, in plan order (lead units first), as of ``month`` — else the
    month a sheet dated ``day`` covers, the reports' rule (``inputs.covered_month``): the
    ledger and the year-end report of the same day give the same figures. Only submitted
    entries reach ``data`` (``data.load_input``); 最后填报日期 is the day the entry was
    submitted, never a later edit.

    A group (领导小组各成员单位, 各乡镇) is not a unit: every member the roster lists gets a row
    on each task the group is named on, with the group's role, whether it reported or not — the
    dashboard chases each of them (ux63 finding 4: 白沙乡 had no row); a group without members
    gets a row once someone reported for it. A unit's own ledger shows the tasks it has through
    a group it belongs to."""
    return [row for row, _ in _ledger(data, month, day)]


def _units_of(name: str, groups: dict[str, list[str]], reported: set[str],
              seen: frozenset[str] = frozenset()) -> list[str]:
    """The units a name on a task stands for (``core.progress.reporting_units``' rule): a group
    its members (a member group its own members), a group with none only once it reported."""
    if name in seen:
        return []
    members = groups.get(name)
    if members:
        own = [name] if name in reported else []
        return own + [u for m in members for u in _units_of(m, groups, reported, seen | {name})]
    return [name] if name not in groups or name in reported else []


def _ledger(data: ReportInput, month: int | None,
            day: dt.date | None) -> list[tuple[list[Any], bool]]:
    """The ledger's rows, each with whether its task is done by the lead's status
    (``core.progress.task_status``, the dashboard's rule): such rows are never overdue."""
    last = month_key(data.year, month) if month else covered_month(data, day or dt.date.today())
    latest: dict[tuple[int, str], Any] = {}
    values: dict[tuple[int, str], dict[int, float]] = {}     # a unit's latest value per target
    for e in sorted(data.entries, key=lambda e: (e.month, e.id)):
        if e.month <= last:
            latest[(e.task_id, e.unit)] = e
            values.setdefault((e.task_id, e.unit), {}).update(e.values)
    rows: list[tuple[list[Any], bool]] = []
    for task in data.tasks:
        reported = {u for (tid, u) in latest if tid == task.id}
        pairs = [(u, "牵头") for name in task.lead_units
                 for u in _units_of(name, data.groups, reported)]
        pairs += [(u, "责任") for name in task.responsible_units if name not in task.lead_units
                  for u in _units_of(name, data.groups, reported)]
        named: set[str] = set()
        firsts = []
        for u, r in pairs:                  # each unit once, in its first role
            if u not in named:
                named.add(u)
                firsts.append((u, r))
        pairs = firsts
        pairs += [(u, "责任") for u in sorted(reported - named)]
        if data.unit is not None:
            pairs = [(u, r) for u, r in pairs if u == data.unit]
        done = task_status(task.lead_units, [
            Reading(e.unit, e.month, e.id, e.status) for (tid, _), e in latest.items()
            if tid == task.id], data.groups) == "done"
        for unit, role in pairs:
            entry = latest.get((task.id, unit))
            got = values.get((task.id, unit), {})
            shown = [f"{t.subject or '指标'}：{_fmt(got[t.id])}{t.unit}{_share(got[t.id], t)}"
                     for t in task.targets if t.id in got]
            sent = parse_day(entry.submitted_at) if entry else None
            rows.append(([len(rows) + 1, printed_number(task), task.title, unit, role,
                          "\n".join(dict.fromkeys(t.text for t in task.targets)), "\n".join(shown),
                          task_deadline(task), STATUS_LABELS[entry.status] if entry else "未启动",
                          entry.progress if entry else "", entry.problems if entry else "", sent],
                         done))
    return rows


def _styles(fonts_title: str):
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    return {
        "title": Font(name=fonts_title, size=18),
        "header": Font(name="黑体", size=11),
        "body": Font(name="宋体", size=11),
        "fill": PatternFill("solid", fgColor="D9D9D9"),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
        "left_top": Alignment(horizontal="left", vertical="top", wrap_text=True),
        "right": Alignment(horizontal="right", vertical="center"),
    }


def _lines(text: Any, width: float) -> int:
    if text in (None, ""):
        return 1
    chars_per_line = max(1.0, (width - 2) / 2)           # Chinese characters per line
    return sum(max(1, math.ceil(len(part) / chars_per_line)) for part in str(text).split("\n"))


def _sheet(wb, title: str, columns: tuple[Column, ...], rows: list[list[Any]], *,
           heading: str, unit_line: str, day: dt.date, title_font: str, freeze: str):
    """One sheet in the ledger layout; returns (worksheet, last row)."""
    from openpyxl.utils import get_column_letter

    s = _styles(title_font)
    ws = wb.create_sheet(title)
    last_col = get_column_letter(len(columns))
    ws.merge_cells(f"A1:{last_col}1")
    ws["A1"] = heading
    ws["A1"].font = s["title"]
    ws["A1"].alignment = s["center"]
    ws.row_dimensions[1].height = 36
    half = max(2, len(columns) // 2)
    ws.merge_cells(f"A2:{get_column_letter(half)}2")
    ws.merge_cells(f"{get_column_letter(half + 1)}2:{last_col}2")
    ws["A2"] = f"填报单位：{unit_line}"
    ws.cell(2, half + 1, f"填报日期：{cn_date(day)}")
    ws["A2"].font = ws.cell(2, half + 1).font = s["body"]
    ws.cell(2, half + 1).alignment = s["right"]
    ws.row_dimensions[2].height = 22
    for c, col in enumerate(columns, 1):
        cell = ws.cell(HEADER_ROW, c, col.header)
        cell.font, cell.fill, cell.border, cell.alignment = s["header"], s["fill"], s["border"], s["center"]
        ws.column_dimensions[get_column_letter(c)].width = col.width
    ws.row_dimensions[HEADER_ROW].height = 30
    for r, row in enumerate(rows, HEADER_ROW + 1):
        lines = 1
        for c, (col, value) in enumerate(zip(columns, row, strict=True), 1):
            cell = ws.cell(r, c, value)
            cell.font, cell.border = s["body"], s["border"]
            if col.kind == "date":
                cell.number_format = DATE_FORMAT
                cell.alignment = s["center"]
            elif col.kind in ("center", "number"):
                cell.alignment = s["center"]
            else:
                cell.alignment = s["left_top"] if col.wrap else s["left"]
            if col.wrap:
                lines = max(lines, _lines(value, col.width))
        ws.row_dimensions[r].height = max(20, LINE_PT * lines + 4)
    last = HEADER_ROW + max(1, len(rows))
    ws.freeze_panes = freeze
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last_col}{last}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.75, 0.75
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.font = "宋体"
    ws.evenFooter.center.text = "第 &P 页，共 &N 页"
    return ws, last


def write_ledger(data: ReportInput, out: Path, *, day: dt.date | None = None,
                 month: int | None = None, title_font: str = "方正小标宋简体") -> Path:
    """进度台账: a row per task × unit, status list, overdue rows red."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    day = day or dt.date.today()
    wb = Workbook()
    wb.remove(wb.active)
    entries = _ledger(data, month, day)
    rows = [row for row, _ in entries]
    ws, last = _sheet(wb, "进度台账", LEDGER_COLUMNS, rows,
                      heading=f"{data.plan_title}落实进度台账",
                      unit_line=data.unit or data.office_name, day=day,
                      title_font=title_font, freeze="E4")
    first = HEADER_ROW + 1
    status = DataValidation(type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"',
                            allow_blank=True, showErrorMessage=True, errorTitle="状态",
                            error="请从列表中选择：" + "、".join(STATUS_CHOICES))
    ws.add_data_validation(status)
    status.add(f"I{first}:I{last}")
    red = PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE")
    # a task its lead reports 已完成 is done for its supporters too (the dashboard's rule): its rows
    # are never overdue, so each run of rows of tasks not done gets the rule (ux63 finding 4)
    for top, bottom in _runs([not done for _, done in entries], first):
        ws.conditional_formatting.add(
            f"A{top}:L{bottom}",
            # overdue as of the ledger's own 填报日期, not the day it is opened: the sheet is a
            # record of that day, and it must read the same next week
            FormulaRule(formula=[f'OR($I{top}="滞后",AND(ISNUMBER($H{top}),'
                                 f'$H{top}<DATE({day.year},{day.month},{day.day}),'
                                 f'$I{top}<>"已完成"))'],
                        fill=red, font=Font(color="9C0006"), stopIfTrue=True))
    return _save(wb, out)


def _runs(flags: list[bool], first: int) -> list[tuple[int, int]]:
    """The sheet rows (from ``first``) of each run of true ``flags``, as (top, bottom)."""
    runs: list[tuple[int, int]] = []
    for at, flag in enumerate(flags, first):
        if not flag:
            continue
        if runs and runs[-1][1] == at - 1:
            runs[-1] = (runs[-1][0], at)
        else:
            runs.append((at, at))
    return runs


def submission_rows(data: ReportInput, day: dt.date, months: list[str]) -> list[list[Any]]:
    """A row per unit: 按时 / 迟报 / 未报 per month ("—" while not yet due)."""
    sent = first_submissions(data.entries)
    articles: dict[str, int] = {}
    for a in data.articles:
        if a.month in months:
            articles[a.unit] = articles.get(a.unit, 0) + 1
    units = [data.unit] if data.unit else data.units
    rows: list[list[Any]] = []
    for unit in units:
        person, phone = data.liaisons.get(unit, ("", ""))
        cells = []
        for m in months:
            due = due_date(m, data.due_rule)
            word = sent_word(data, unit, m, sent)
            if word:
                cells.append(word)
            elif not month_owed(data, unit, m):
                cells.append("—")                    # before the plan (or the unit's task) asked, or between quarters
            else:
                cells.append("未报" if day > due else "—")
        rows.append([len(rows) + 1, unit, person, phone, *cells, None, None, None,
                     articles.get(unit, 0)])
    return rows


def write_status(data: ReportInput, out: Path, *, day: dt.date | None = None,
                 month: int | None = None, title_font: str = "方正小标宋简体") -> Path:
    """报送情况统计: units × months, with counts as formulas and 未报/迟报 coloured."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    day = day or dt.date.today()
    last_month = month or 12
    months = [month_key(data.year, m) for m in range(1, last_month + 1)]
    columns = (Column("序号", 6, kind="center"), Column("单位", 24, wrap=True),
               Column("联络员", 10, kind="center"), Column("联系电话", 16, kind="center"),
               *(Column(f"{int(m[5:])}月", 7, kind="center") for m in months),
               Column("按时", 7, kind="center"), Column("迟报", 7, kind="center"),
               Column("未报", 7, kind="center"), Column("信息篇数", 10, kind="center"))
    rows = submission_rows(data, day, months)
    # (a quarterly plan's sheet: 3, 6, 9, 12月 owed; a half-yearly one's: 6, 12月)
    rhythm = {"quarter": "季度", "half": "半年度"}.get(data.due_rule.every, "月度")
    first = HEADER_ROW + 1
    a, b = get_column_letter(5), get_column_letter(4 + len(months))
    for r, row in enumerate(rows, first):
        for offset, word in enumerate(("按时", "迟报", "未报")):
            row[4 + len(months) + offset] = f'=COUNTIF({a}{r}:{b}{r},"{word}")'
    wb = Workbook()
    wb.remove(wb.active)
    ws, last = _sheet(wb, "报送情况", columns, rows,
                      heading=f"{data.plan_title}{data.year}年{rhythm}进展报送情况统计",
                      unit_line=data.unit or data.office_name, day=day,
                      title_font=title_font, freeze="C4")
    span = f"{a}{first}:{b}{last}"
    ws.conditional_formatting.add(span, FormulaRule(
        formula=[f'{a}{first}="未报"'], fill=PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE"),
        font=Font(color="9C0006")))
    ws.conditional_formatting.add(span, FormulaRule(
        formula=[f'{a}{first}="迟报"'], fill=PatternFill("solid", fgColor="FFEB9C", bgColor="FFEB9C"),
        font=Font(color="9C5700")))
    return _save(wb, out)


def _save(wb, out: Path) -> Path:
    from desktop.reports.files import write_document

    return write_document(out, wb.save, app="Excel/WPS")
