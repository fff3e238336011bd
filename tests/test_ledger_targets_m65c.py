"""The ledger's 目标指标 cell says each sentence once, though two targets come from it (ux64 finding 8)."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop.reports.inputs import ReportInput, TargetIn, TaskIn
from desktop.reports.sheets import LEDGER_COLUMNS, ledger_rows, write_ledger

BOTH = "新建街道养老服务综合体6个、社区老年人服务中心（站）30个"
BEDS = "新增家庭养老照护床位500张"
SHARE = "护理型床位占比不低于65%"


def _data() -> ReportInput:
    tasks = [
        TaskIn(1, "一.1", "1", "养老服务设施建设", "2025-12-31", ["市民政局"], [],
               targets=[TargetIn(1, "街道养老服务综合体", BOTH, 6, "个"),
                        TargetIn(2, "社区老年人服务中心（站）", BOTH, 30, "个")]),
        TaskIn(3, "一.3", "3", "养老床位", "2025-12-31", ["市民政局"], [],
               targets=[TargetIn(4, "家庭养老照护床位", BEDS, 500, "张"),
                        TargetIn(5, "护理型床位占比", SHARE, 65, "%")]),
    ]
    return ReportInput("江陵市2025年养老服务体系建设重点工作任务分解方案", 2025, tasks, [])


def test_two_targets_of_one_sentence_show_it_once(tmp_path):
    column = [c.header for c in LEDGER_COLUMNS].index("目标指标")
    rows = ledger_rows(_data(), day=dt.date(2025, 6, 28))
    assert [(r[2], r[column]) for r in rows] == [
        ("养老服务设施建设", BOTH),
        ("养老床位", f"{BEDS}\n{SHARE}"),                 # two sentences: each on its line, in order
    ]
    out = write_ledger(_data(), tmp_path / "台账.xlsx", day=dt.date(2025, 6, 28))
    sheet = load_workbook(out).active
    header_row = next(r for r in sheet.iter_rows() if any(c.value == "目标指标" for c in r))
    at = next(c.column for c in header_row if c.value == "目标指标")
    written = [sheet.cell(row=n, column=at).value for n in range(header_row[0].row + 1, sheet.max_row + 1)]
    assert [v for v in written if v] == [BOTH, f"{BEDS}\n{SHARE}"]
