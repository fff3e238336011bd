"""Corrections that stay: stored with the document's value, laid over a revised plan, in history."""

from __future__ import annotations

import copy

import pytest
from helpers_ui import sample_plan, task_id

from desktop.core import review_edits as E
from desktop.store import open_workspace, plans as P, queries


def _reviewed(parsed):
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].title = "凝聚共识"
    reviewed.tasks[0].short_name = "共识"
    reviewed.tasks[2].deadline = "2024-10-31"
    reviewed.tasks[3].targets.append(E.parse_targets("新建2.8万张床位", [], 2024)[0])
    return reviewed


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


def test_review_corrections_are_stored_with_the_documents_value(ws):
    parsed = sample_plan()
    result = P.save_plan(ws, _reviewed(parsed), backup=False, parsed=parsed)
    stored = P.stored_corrections(ws, result.plan_id)
    assert stored["二.一.1"]["title"] == E.Correction("凝聚共识", "凝聚社会共识")
    assert stored["二.一.1"]["short_name"] == E.Correction("共识", "")
    assert stored["二.二.3"]["deadline"] == E.Correction("2024-10-31", "2024-12-31")
    assert len(stored["二.二.4"]["targets"].value) == 3
    first = task_id(ws, result.plan_id, "二.一.1")
    assert ws.conn.execute("SELECT short_name FROM tasks WHERE id = ?", (first,)).fetchone()[0] == "共识"
    history = P.task_history(ws, first)
    assert {(h["field"], h["old"], h["new"], h["source"]) for h in history} == {
        ("任务名称", "凝聚社会共识", "凝聚共识", "核对时修改"), ("简称", "（无）", "共识", "核对时修改")}


def test_reimporting_a_revision_keeps_every_correction(ws):
    parsed = sample_plan()
    plan_id = P.save_plan(ws, _reviewed(parsed), backup=False, parsed=parsed).plan_id
    revised = sample_plan()
    revised.source_text += "（修订稿）"                     # a revised text (the same text is a re-read: m66a, m67a)
    revised.tasks[0].title = "凝聚全社会共识"                # touches a correction
    revised.tasks[1].deadline = "2024-09-30"                 # touches nothing corrected
    reimport = P.prepare_reimport(ws, revised)
    assert reimport.plan_id == plan_id
    assert [(c.key, c.field) for c in reimport.conflicts] == [("二.一.1", "title")]
    assert "二.一.2 明确责任分工：完成时限“（无）”→“2024-09-30”" in reimport.changes
    result = P.save_reimport(ws, reimport, backup=False)
    assert result.tasks_updated == 1 and result.changes == reimport.changes
    rows = {r.key: r for r in queries.tasks(ws, plan_id)}
    assert rows["二.一.1"].title == "凝聚共识"                # not reverted
    assert rows["二.二.3"].deadline == "2024-10-31"
    assert len(queries.task_detail(ws, rows["二.二.4"].id)["targets"]) == 3
    assert rows["二.一.2"].deadline == "2024-09-30"
    # the kept correction stays a conflict against the earlier document: it can still be taken
    again = P.prepare_reimport(ws, revised)
    assert [(c.key, c.field) for c in again.conflicts] == [("二.一.1", "title")]
    again.choose_document(list(again.conflicts))
    P.save_reimport(ws, again, backup=False)
    assert {r.key: r for r in queries.tasks(ws, plan_id)}["二.一.1"].title == "凝聚全社会共识"
    assert "title" not in P.stored_corrections(ws, plan_id).get("二.一.1", {})
    first = task_id(ws, plan_id, "二.一.1")
    assert P.task_history(ws, first)[0]["source"] == "方案修订"


def test_the_same_document_again_changes_nothing(ws):
    parsed = sample_plan()
    P.save_plan(ws, _reviewed(parsed), backup=False, parsed=parsed)
    reimport = P.prepare_reimport(ws, sample_plan())
    assert reimport.conflicts == [] and reimport.changes == []
    assert P.save_reimport(ws, reimport, backup=False).unchanged


def test_edit_task_after_saving(ws):
    parsed = sample_plan()
    plan_id = P.save_plan(ws, parsed, backup=False, parsed=parsed).plan_id
    task = task_id(ws, plan_id, "二.二.4")
    value_target = queries.task_detail(ws, task)["targets"][0]["id"]
    lines = P.edit_task(ws, task, {
        "title": "建设家庭养老床位", "short_name": "养老床位", "lead_units": ["市民政局", "市新单位"],
        "responsible_units": ["市卫健委"], "deadline": "2024-12-31",
        "targets": [t.to_json() for t in E.parse_targets("不少于500张；达到90%以上", parsed.tasks[3].targets)]})
    assert len(lines) == 5 and lines[0].startswith("任务名称")
    detail = queries.task_detail(ws, task)
    assert (detail["title"], detail["short_name"], detail["deadline"]) == ("建设家庭养老床位", "养老床位", "2024-12-31")
    assert [u["name"] for u in detail["units"] if u["role"] == "lead"] == ["市民政局", "市新单位"]
    assert detail["targets"][0]["id"] == value_target          # a kept target keeps its row (and values)
    assert [t["comparator"] for t in detail["targets"]] == [">=", ">="]
    assert queries.unit_id(ws, plan_id, "市新单位") is not None
    assert set(P.corrected_fields(ws, task)) == {"title", "short_name", "lead_units", "targets", "deadline"}
    assert len(P.task_history(ws, task)) == 5
    # back to what the document says: the correction goes, the history keeps both steps
    P.edit_task(ws, task, {"title": "建设养老床位"})
    assert "title" not in P.corrected_fields(ws, task)
    assert len(P.task_history(ws, task)) == 6
    assert P.edit_task(ws, task, {"title": "建设养老床位"}) == []            # no change: nothing written
    assert len(P.task_history(ws, task)) == 6
    # a revision keeps the edits made after saving
    revised = sample_plan()
    revised.tasks[3].deadline = "2024-08-31"
    reimport = P.prepare_reimport(ws, revised)
    assert [(c.key, c.field, c.document_now) for c in reimport.conflicts] == [("二.二.4", "deadline", "2024-08-31")]
    P.save_reimport(ws, reimport, backup=False)
    assert queries.task_detail(ws, task)["deadline"] == "2024-12-31"
    assert queries.task_detail(ws, task)["short_name"] == "养老床位"


def test_short_name_from_the_parse_is_stored(ws):
    plan = sample_plan()
    plan.tasks[0].short_name = "社会共识"
    plan_id = P.save_plan(ws, plan, backup=False).plan_id
    assert queries.task_detail(ws, task_id(ws, plan_id, "二.一.1"))["short_name"] == "社会共识"


def test_units_typed_by_another_name_are_the_same_unit(ws):
    parsed = sample_plan()                     # task 2 names 市卫生健康委, an alias of 市卫健委
    plan_id = P.save_plan(ws, parsed, backup=False, parsed=parsed).plan_id
    task = task_id(ws, plan_id, "二.一.2")
    assert P.edit_task(ws, task, {"lead_units": ["市卫生健康委", "市民政局"]}) == [
        "牵头单位：“市民政局、市卫健委”→“市卫健委、市民政局”"]
    assert P.stored_corrections(ws, plan_id)["二.一.2"]["lead_units"].value == ["市卫健委", "市民政局"]
    # the same document again: the alias it uses is no change to decide about
    reimport = P.prepare_reimport(ws, sample_plan())
    assert reimport.conflicts == [] and reimport.plan.tasks[1].lead_units == ["市卫健委", "市民政局"]


def test_a_corrected_short_name_travels_in_the_plan_package(ws):
    from desktop.exchange.plan_package import read_plan
    from desktop.store.saved_plan import load_plan

    plan_id = P.save_plan(ws, sample_plan(), backup=False).plan_id
    P.edit_task(ws, task_id(ws, plan_id, "二.二.4"), {"short_name": "养老床位"})
    sent = load_plan(ws, plan_id)
    assert sent.tasks[3].short_name == "养老床位"
    assert read_plan(sent.to_json(with_source=True)).tasks[3].short_name == "养老床位"


def test_a_corrected_monthly_duty_travels_in_the_plan_package_and_sets_the_units_due_day(ws, tmp_path):
    from desktop.core import plan_edits
    from desktop.exchange.plan_package import read_plan
    from desktop.store import dashboard
    from desktop.store.saved_plan import load_plan

    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    plan_edits.set_plan_field(reviewed, "plan.monthly_duty", "每月15日前报送上月进展情况")
    plan_id = P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id
    received = read_plan(load_plan(ws, plan_id).to_json(with_source=True))
    with open_workspace(tmp_path / "unit.sqlite") as unit:
        unit_plan = P.save_reimport(unit, P.prepare_office_plan(unit, received), backup=False).plan_id
        assert dashboard.due_rule(unit, unit_plan).day == 15
        assert dashboard.due_rule(ws, plan_id).day == 15


def test_a_plan_imported_as_new_takes_no_corrections_of_the_same_titled_one(ws):
    parsed = sample_plan()
    first = P.save_plan(ws, _reviewed(parsed), backup=False, parsed=parsed).plan_id
    other = sample_plan()
    other.doc_number = "测政办〔2025〕2号"
    assert P.title_only_match(ws, other) == (first, "测政办〔2024〕1号")
    reimport = P.prepare_reimport(ws, other, as_new=True)
    assert reimport.plan_id is None and reimport.plan.tasks[0].title == "凝聚社会共识"
    result = P.save_reimport(ws, reimport, backup=False)
    assert result.created and result.plan_id != first
    assert P.stored_corrections(ws, result.plan_id) == {}


def test_reports_head_a_task_with_the_short_name_a_person_gave_it(ws):
    from desktop.reports.data import load_input

    plan = sample_plan()
    plan.tasks[0].short_name = "社会共识"            # the parser's suggestion: not a person's choice
    plan_id = P.save_plan(ws, plan, backup=False, parsed=copy.deepcopy(plan)).plan_id
    assert P.person_short_names(ws, plan_id) == {}
    task = task_id(ws, plan_id, "二.一.2")
    P.edit_task(ws, task, {"short_name": "责任分工"})
    assert P.person_short_names(ws, plan_id) == {task: "责任分工"}
    tasks = {t.key: t for t in load_input(ws, 2024).tasks}
    assert tasks["二.一.2"].short_name == "责任分工" and tasks["二.一.1"].short_name == ""


def test_rows_checked_in_review_stay_checked_for_a_revised_document(ws):
    """本行无误 is a person's judgment like a correction: a revised document's review does not
    ask again about a row that shows the same problems; a row it changes is asked about again."""
    parsed = sample_plan()
    first = P.prepare_reimport(ws, copy.deepcopy(parsed))
    assert first.checked == set()
    first.checked = {("二.一.1", ("读出了 3 个牵头单位",)), ("九.九", ("不在方案里的行",))}
    plan_id = P.save_reimport(ws, first, backup=False).plan_id
    revised = sample_plan()
    revised.tasks[1].deadline = "2024-09-30"
    again = P.prepare_reimport(ws, revised)
    assert again.checked == {("二.一.1", ("读出了 3 个牵头单位",))}      # a key the plan lacks is not kept
    again.checked = set()                                             # the person took it back
    P.save_reimport(ws, again, backup=False)
    assert P.prepare_reimport(ws, sample_plan()).checked == set()
    ws.set_setting(P.CHECKED_ROWS.format(plan_id=plan_id), "{not json")   # never fails a review
    assert P.stored_checked_rows(ws, plan_id) == set()
