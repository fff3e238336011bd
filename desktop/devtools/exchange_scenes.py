"""Exchange situations built with the exchange API, for screenshots and the client's tests.

An office workspace sends its plan; a unit workspace imports it, enters and submits months
and sends them back; from there a test or the screenshot script makes what it needs — a
month accepted then resent (a version conflict), a package signed on a new computer (a key
change), a month returned with a reason and the receipt for it. No Qt here.
"""

from __future__ import annotations

from pathlib import Path

from desktop.exchange import importer, merge, plan_package, receipt, submission
from desktop.store import entries, open_workspace, queries
from desktop.store.receipts import open_conflicts
from desktop.store.workspace import Workspace

OTHER_PROGRESS = ("召开专题推进会，细化责任分工和时间节点", "开展督导检查，现场反馈整改意见")


def send_plan(office: Workspace, out: Path) -> Path:
    """The office's plan package (the first export makes the workspace the office)."""
    office.set_setting("role", "office")
    return Path(plan_package.export_plan(office, out, plan_id=queries.current_plan_id(office)).path)


def unit_workspace(path: Path, plan_file: Path, unit: str) -> Workspace:
    """A unit's workspace set up from the office's plan package, with its role and unit chosen."""
    ws = open_workspace(path)
    outcome = importer.import_files(ws, [plan_file])[0]
    assert outcome.status == "imported", outcome.message
    plan_id = queries.current_plan_id(ws)
    unit_id = queries.unit_id(ws, plan_id, unit)
    ws.set_setting("role", "unit")
    ws.set_setting("unit_id", str(unit_id))
    return ws


def my_tasks(ws: Workspace, unit_id: int) -> list[int]:
    return [t.id for t in queries.tasks(ws, queries.current_plan_id(ws), unit=unit_id)]


def submit_month(ws: Workspace, unit: str, month: str, progress: str, out: Path, *,
                 reopen_reason: str = "") -> Path:
    """Enter (or correct, after reopening) and submit a month; write its submission package."""
    plan_id = queries.current_plan_id(ws)
    unit_id = queries.unit_id(ws, plan_id, unit)
    if reopen_reason and entries.is_locked(ws, unit_id, month):
        entries.reopen_month(ws, unit_id, month, reopen_reason)
    for n, task in enumerate(my_tasks(ws, unit_id)[:3]):
        entries.save_entry(ws, task, unit_id, month, progress=progress if n == 0 else OTHER_PROGRESS[n - 1],
                           problems="部分项目资金到位较慢" if n == 0 else "",
                           next_steps="加快推进，按期完成年度目标")
    entries.submit_month(ws, unit_id, month)
    return Path(submission.export_submission(ws, unit, month, out).path)


def receive(office: Workspace, files: list[Path]) -> list[importer.ImportOutcome]:
    return importer.import_files(office, files)


def make_conflict(office: Workspace, unit_ws: Workspace, unit: str, month: str, work: Path) -> Path:
    """The office accepts the unit's month; the unit corrects it and sends it again."""
    merge.accept_month(office, unit, month)
    again = submit_month(unit_ws, unit, month, "补充了月底的数据", work / f"{unit}{month}第2版.luoshi",
                         reopen_reason="补充月底数据")
    outcome = receive(office, [again])[0]
    assert outcome.ok, outcome.message
    return again


def make_office_kept(office: Workspace, unit_ws: Workspace, unit: str, month: str, work: Path) -> None:
    """The office enters the unit's month itself; the unit's own month then arrives with other words and the
    office keeps its version — a 须告知 line (m68a) under 文件 → 处理版本冲突."""
    plan_id = queries.current_plan_id(office)
    unit_id = queries.unit_id(office, plan_id, unit)
    if not entries.is_locked(office, unit_id, month):        # the demo has entered and submitted it already
        for task in my_tasks(office, unit_id)[:3]:
            entries.save_entry(office, task, unit_id, month, progress="办公室根据电话汇报代填", next_steps="继续推进")
        entries.submit_month(office, unit_id, month)
    own = submit_month(unit_ws, unit, month, "单位自报的进展", work / f"{unit}{month}报送包.luoshi")
    outcome = receive(office, [own])[0]
    assert outcome.ok, outcome.message
    [held] = [c for c in open_conflicts(office) if c["month"] == month]
    merge.resolve_conflict(office, held["id"], keep="current")


def make_key_change(office: Workspace, plan_file: Path, unit: str, month: str, work: Path) -> Path:
    """The same unit sends from a new computer (a new key): the office must decide."""
    other = unit_workspace(work / f"{unit}-新电脑.sqlite", plan_file, unit)
    try:
        sent = submit_month(other, unit, month, "新电脑上填报", work / f"{unit}{month}新电脑.luoshi")
    finally:
        other.close()
    outcome = receive(office, [sent])[0]
    assert outcome.key_change_id is not None, outcome.message
    return sent


def send_receipt(office: Workspace, unit: str, out: Path) -> Path:
    return Path(receipt.export_receipt(office, unit, out).path)
