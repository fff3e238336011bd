"""The whole path through the real widgets, on seed 004 (its tasks name 各县市区 without listing
them): the office lists the districts in 设置 → 单位名册 and exports the plan package; a district
starts from that package (我是责任单位), has the group's tasks, submits and exports a month; the
office imports it and counts it once under its own name. The same for a district the roster did
not know (its registration file, one click at the office), and for a plan whose groups were never
expanded (the district is told what to ask, on its monthly page before it fills anything)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_seeds import seed_path
from helpers_ui import FakePrompts, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.parse import parse_text, read_plan_file
from desktop.store import entries as E, open_workspace, queries as Q, roster as R
from desktop.store.plans import save_plan
from desktop.ui.roster_dialog import RosterDialog

MAY = "2024-05"
GROUP = "各县市区"


@pytest.fixture(scope="module")
def plan004():
    return parse_text(read_plan_file(seed_path("004")))


def office_file(tmp_path: Path, plan004) -> Path:
    path = tmp_path / "office.sqlite"
    with open_workspace(path) as ws:
        save_plan(ws, plan004, backup=False)
    return path


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_roster(window) -> RosterDialog:
    window.ui.actionRoster.trigger()
    [dialog] = [d for d in window.findChildren(RosterDialog) if d.isVisible()]
    return dialog


def wait_op(qtbot, holder) -> None:
    qtbot.waitUntil(lambda: holder.op is not None and holder.op.done, timeout=20000)


def export_plan_package(qtbot, window, prompts, out: Path) -> Path:
    prompts.answers["save_file"] = [out]
    window.exchange.export_plan()
    wait_op(qtbot, window.exchange)
    assert out.exists(), prompts.said
    return out


def district_first_run(qtbot, tmp_path: Path, package: Path, prompts: FakePrompts, *, listed: bool):
    """我是责任单位 → the office's plan package → pick the unit (or: not in the list)."""
    window = open_window(qtbot, tmp_path / "district.sqlite", prompts, first_run=True, as_of="2024-06-03")
    qtbot.waitUntil(lambda: window.first_run_flow is not None and window.first_run_flow.role_dialog is not None
                    and window.first_run_flow.role_dialog.isVisible())
    flow = window.first_run_flow
    role = flow.role_dialog
    role.ui.unitRadio.setChecked(True)
    prompts.answers["ask"] = [True]                  # yes: choose the office's plan package
    prompts.answers["open_file"] = [package]
    click(qtbot, role.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert "责任单位请先导入领导小组办公室发来的方案包" in prompts.texts("ask")[-1]
    qtbot.waitUntil(lambda: flow.role_dialog is not role and flow.role_dialog is not None
                    and flow.role_dialog.isVisible(), timeout=20000)
    assert flow.import_dialog is None                # the plan document dialog was never needed
    role = flow.role_dialog
    combo = role.ui.unitCombo
    if listed:
        combo.setCurrentIndex(combo.findText("茅箭区"))
    else:
        assert combo.findText("茅箭区") < 0
        combo.setCurrentIndex(combo.count() - 1)      # （本单位不在列表中…）
        prompts.answers["text"] = ["茅箭区"]
    role.ui.liaisonNameEdit.setText("王芳")
    click(qtbot, role.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not role.isVisible())
    assert window.session.unit_name() == "茅箭区"
    return window


def fill_and_submit(window) -> int:
    s = window.session
    tasks = Q.tasks(s.ws, s.plan_id, unit=s.unit_id)
    for task in tasks:
        E.save_entry(s.ws, task.id, s.unit_id, MAY, status="in_progress", progress=f"{task.title}进展",
                     problems="", next_steps="继续推进", values={})
    E.submit_month(s.ws, s.unit_id, MAY)
    window.reload_all()
    return len(tasks)


def export_month(qtbot, window, prompts, out: Path) -> Path:
    prompts.answers["save_file"] = [out]
    window.exchange.export_submission(MAY)
    wait_op(qtbot, window.exchange)
    assert out.exists(), prompts.said
    return out


def office_imports(qtbot, window, files: list[Path]) -> list:
    window.exchange.import_files(files)
    wait_op(qtbot, window.exchange)
    return window.exchange.outcomes


def grid_names(window) -> list[str]:
    return [u["name"] for u in window.dashboard.grid.grid.units]


def group_task_count(ws, plan_id: int) -> int:
    return len(Q.tasks(ws, plan_id, unit=Q.unit_id(ws, plan_id, GROUP)))


def test_office_roster_then_district_reports_under_its_own_name(qtbot, qtmodeltester, tmp_path, plan004):
    office_prompts = FakePrompts()
    office = open_window(qtbot, office_file(tmp_path, plan004), office_prompts, role="office", as_of="2024-06-03")
    dialog = open_roster(office)
    qtmodeltester.check(dialog.model)
    assert "“各县市区” 还没有列出成员" in dialog.ui.noteLabel.text()
    assert not dialog.ui.exportRegistrationButton.isVisible() and dialog.ui.membersButton.isVisible()
    dialog.select(GROUP)
    office_prompts.answers["text"] = ["茅箭区、张湾区"]
    click(qtbot, dialog.ui.membersButton)
    assert office_prompts.texts("info")[-1].startswith("“各县市区”：加入 茅箭区、张湾区")
    assert "还没有列出成员" not in dialog.ui.noteLabel.text()
    assert "修改成员：“各县市区”加入 茅箭区、张湾区" in dialog.ui.historyList.item(0).text()
    # liaison and phone, and a refusal said in Chinese that changes nothing
    dialog.select("张湾区")
    office_prompts.answers["text"] = ["赵敏", "0719-8600000"]
    click(qtbot, dialog.ui.liaisonButton)
    dialog.select("张湾区")
    office_prompts.answers["text"] = ["市民政局"]
    click(qtbot, dialog.ui.aliasButton)
    assert "同一个名字不能指两个单位" in office_prompts.texts("warn")[-1]
    assert dialog.ui.historyList.count() == 2
    dialog.close()
    package = export_plan_package(qtbot, office, office_prompts, tmp_path / "plan.luoshi")

    prompts = FakePrompts()
    district = district_first_run(qtbot, tmp_path, package, prompts, listed=True)
    s = district.session
    assert len(Q.tasks(s.ws, s.plan_id, unit=s.unit_id)) == group_task_count(s.ws, s.plan_id) > 15
    monthly = district.show_page("monthly")
    assert not monthly.ui.packageLabel.isVisible()
    assert district.tasks.model.visible_count == group_task_count(s.ws, s.plan_id)
    n = fill_and_submit(district)
    # the unit's roster: the office's, read-only
    view = open_roster(district)
    assert not view.ui.membersButton.isVisible() and view.ui.exportRegistrationButton.isVisible()
    assert "只能查看" in view.ui.noteLabel.text()
    assert {u.name: u.liaison for u in R.roster(s.ws, s.plan_id)}["张湾区"] == "赵敏"
    view.close()
    sent = export_month(qtbot, district, prompts, tmp_path / "茅箭区5月.luoshi")

    [outcome] = office_imports(qtbot, office, [sent])
    assert outcome.status == "imported", outcome.line()
    names = grid_names(office)
    assert names.count("茅箭区") == 1 and GROUP not in names and "张湾区" in names
    ws = office.session.ws
    mj = Q.unit_id(ws, office.session.plan_id, "茅箭区")
    assert len(E.entries(ws, unit_id=mj, month=MAY)) == n


def test_district_not_in_the_roster_registers_and_is_added_with_one_click(qtbot, tmp_path, plan004):
    office_prompts = FakePrompts()
    office = open_window(qtbot, office_file(tmp_path, plan004), office_prompts, role="office", as_of="2024-06-03")
    package = export_plan_package(qtbot, office, office_prompts, tmp_path / "plan.luoshi")   # never expanded

    prompts = FakePrompts()
    district = district_first_run(qtbot, tmp_path, package, prompts, listed=False)
    assert any("还没有列出成员" in t for t in prompts.texts("info"))       # the import said so
    assert "单位名册中还没有“茅箭区”" in prompts.texts("info")[-1]         # and what to ask for
    s = district.session
    monthly = district.show_page("monthly")
    notice = monthly.ui.packageLabel
    assert notice.isVisible() and "在“设置 → 单位名册”中把“茅箭区”加为“各县市区”的成员" in notice.text()
    n = fill_and_submit(district)
    assert n == group_task_count(s.ws, s.plan_id)
    view = open_roster(district)
    registration = tmp_path / "茅箭区密钥登记.json"
    prompts.answers["save_file"] = [registration]
    click(qtbot, view.ui.exportRegistrationButton)
    assert registration.exists() and "已导出本单位的密钥登记文件" in prompts.texts("info")[-1]
    view.close()
    sent = export_month(qtbot, district, prompts, tmp_path / "茅箭区5月.luoshi")

    # refused before the office knows the district: said where to add it
    [refused] = office_imports(qtbot, office, [sent])
    assert refused.status == "refused" and "设置 → 单位名册" in refused.message
    dialog = open_roster(office)
    before = list(office.session.ws.conn.iterdump())
    office_prompts.answers["open_file"] = [registration]
    office_prompts.answers["ask"] = [False]                                   # first: refuse
    click(qtbot, dialog.ui.importRegistrationButton)
    assert "登记文件写明属于“各县市区”" in office_prompts.texts("ask")[-1]
    assert "已拒绝“茅箭区”的登记文件" in office_prompts.texts("info")[-1]
    assert list(office.session.ws.conn.iterdump()) == before
    office_prompts.answers["open_file"] = [registration]
    office_prompts.answers["ask"] = [True]                                    # then: one click adds it
    click(qtbot, dialog.ui.importRegistrationButton)
    assert "已把“茅箭区”加入单位名册（“各县市区”的成员）" in office_prompts.texts("info")[-1]
    assert any(dialog.model.rows[r]["unit"].name == "茅箭区" and dialog.model.rows[r]["unit"].fingerprint
               for r in range(dialog.model.rowCount()))
    dialog.close()
    [outcome] = office_imports(qtbot, office, [sent])
    assert outcome.status == "imported", outcome.line()
    assert grid_names(office).count("茅箭区") == 1 and GROUP not in grid_names(office)


def test_plan_document_first_a_package_in_that_dialog_and_the_banner(qtbot, tmp_path, plan004):
    """Trying out from the plan text: told on the monthly page, before filling, that nothing can be
    sent until the office's package is imported; a .luoshi chosen in the plan dialog is imported
    as a package (never sent to Word or WPS)."""
    office_prompts = FakePrompts()
    office = open_window(qtbot, office_file(tmp_path, plan004), office_prompts, role="office", as_of="2024-06-03")
    package = export_plan_package(qtbot, office, office_prompts, tmp_path / "plan.luoshi")

    path = tmp_path / "district.sqlite"
    with open_workspace(path) as ws:                  # the district tried the plan text first
        own = parse_text(read_plan_file(seed_path("004")))
        next(u for u in own.units if u.name == GROUP).members = ["茅箭区"]
        save_plan(ws, own, backup=False)
    prompts = FakePrompts()
    district = open_window(qtbot, path, prompts, role="unit", unit_name="茅箭区", as_of="2024-06-03")
    monthly = district.show_page("monthly")
    assert monthly.ui.packageLabel.isVisible()
    assert "尚未导入领导小组办公室的方案包" in monthly.ui.packageLabel.text()
    assert "不能导出报送包" in monthly.ui.packageLabel.text()
    n = fill_and_submit(district)

    district.import_plan()                            # 文件 → 导入工作方案, and pick the .luoshi there
    flow = district.first_run_flow
    qtbot.waitUntil(lambda: flow.import_dialog is not None and flow.import_dialog.isVisible())
    flow.import_dialog.ui.fileEdit.setText(str(package))
    click(qtbot, flow.import_dialog.next_button)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=20000)
    assert flow.review_dialog is None
    said = " ".join(t for _, t in prompts.said)
    assert "Word" not in said and "WPS" not in said
    assert "办公室的单位名册中还没有“茅箭区”（本单位自报属于“各县市区”）" in prompts.texts("info")[-1]
    s = district.session
    assert len(Q.tasks(s.ws, s.plan_id, unit=s.unit_id)) == n > 0           # not 0 tasks
    assert "请联系领导小组办公室" in monthly.ui.packageLabel.text()


def test_office_saving_a_plan_with_unlisted_groups_is_pointed_to_the_roster(qtbot, tmp_path):
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "office.sqlite", prompts, role="office", as_of="2024-06-03")
    window.import_plan()
    flow = window.first_run_flow
    qtbot.waitUntil(lambda: flow.import_dialog is not None and flow.import_dialog.isVisible())
    flow.import_dialog.ui.fileEdit.setText(str(seed_path("004")))
    click(qtbot, flow.import_dialog.next_button)
    qtbot.waitUntil(lambda: flow.review_dialog is not None and flow.review_dialog.isVisible(), timeout=20000)
    warnings = [flow.review_dialog.ui.warningsList.item(i).text()
                for i in range(flow.review_dialog.ui.warningsList.count())]
    assert any("“设置 → 单位名册”" in w for w in warnings), warnings        # a real place, named as the menu says
    click(qtbot, flow.review_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: flow.result is not None, timeout=20000)
    assert "“各县市区”还没有列出成员：请在“设置 → 单位名册”中列出" in prompts.texts("info")[-1]
    assert window.ui.actionRoster.text().startswith("单位名册")
    assert window.ui.menuSettings.actions().count(window.ui.actionRoster) == 1


def test_roster_screen_adds_units_and_groups_and_refuses_in_chinese(qtbot, tmp_path, plan004):
    prompts = FakePrompts()
    office = open_window(qtbot, office_file(tmp_path, plan004), prompts, role="office", as_of="2024-06-03")
    dialog = open_roster(office)
    rows = dialog.model.rowCount()
    prompts.answers.update(text=["各街道"], choose=["（新建为单位组）"])
    click(qtbot, dialog.ui.addUnitButton)
    prompts.answers.update(text=["郧阳区"], choose=[GROUP])
    click(qtbot, dialog.ui.addUnitButton)
    assert dialog.model.rowCount() == rows + 2
    units = {dialog.model.rows[r]["unit"].name: dialog.model.rows[r]["unit"] for r in range(dialog.model.rowCount())}
    assert units["各街道"].is_group and units["郧阳区"].groups == [GROUP]
    assert dialog.current().name == "郧阳区"
    prompts.answers.update(text=["郧阳区"], choose=["（不加入单位组）"])
    click(qtbot, dialog.ui.addUnitButton)
    assert "已在单位名册中，不能重复增加" in prompts.texts("warn")[-1]
    assert dialog.model.rowCount() == rows + 2
    # members of the new group, chosen when the selected row is not a group
    prompts.answers.update(choose=["各街道"], text=["五堰街道、武当路街道"])
    click(qtbot, dialog.ui.membersButton)
    assert "“各街道”：加入 五堰街道、武当路街道" in prompts.texts("info")[-1]
    dialog.ui.filterEdit.setText("街道")
    assert dialog.proxy.rowCount() == 3
    assert dialog.ui.historyList.count() == 3
