"""The plan's own fields corrected in review (title, 文号, issuer, date, phases) stay corrected."""

from __future__ import annotations

import copy

import pytest
from helpers_ui import sample_plan

from desktop.core import plan_edits as PE
from desktop.core.model import Phase
from desktop.core.review_edits import EditError
from desktop.store import open_workspace, plans as P


def test_phases_typed_in_rows_are_checked_and_keep_their_source_text():
    old = [Phase("动员部署阶段", "2024-01", "2024-03", "（一）动员部署阶段（2024年1月-3月）。…")]
    phases = PE.check_phases([(" 动员部署阶段 ", "2024-01", "2024-02"), ("", "", ""),
                              ("总结阶段", "2024-11", "")], old)
    assert [(p.name, p.start, p.end) for p in phases] == [("动员部署阶段", "2024-01", "2024-02"),
                                                           ("总结阶段", "2024-11", None)]
    assert phases[0].text.startswith("（一）动员部署阶段") and phases[1].text == ""


@pytest.mark.parametrize("rows, words", [
    ([("", "2024-01", "2024-03")], "没有名称"),
    ([("动员部署阶段", "2024年1月", "")], "不是月份"),
    ([("动员部署阶段", "2024-13", "")], "不是月份"),
    ([("动员部署阶段", "2024-05", "2024-03")], "晚于结束月份"),
])
def test_a_phase_that_cannot_be_taken_says_why(rows, words):
    with pytest.raises(EditError) as info:
        PE.check_phases(rows, [])
    assert words in info.value.message


def test_plan_title_and_date_checks():
    assert PE.check_plan_title("  某某工作方案 ") == "某某工作方案"
    assert PE.check_plan_date("2024-03-01") == "2024-03-01" and PE.check_plan_date(" ") is None
    assert PE.check_plan_date("2024年3月1日") == "2024-03-01"          # as the document writes it
    for bad, check in (("", PE.check_plan_title), ("2024-02-30", PE.check_plan_date),
                       ("2024年3月", PE.check_plan_date), ("2024年2月30日", PE.check_plan_date)):
        with pytest.raises(EditError):
            check(bad)


def _reviewed(parsed):
    reviewed = copy.deepcopy(parsed)
    reviewed.title = "老年友好型城市建设实施方案"
    reviewed.doc_number = ""
    reviewed.phases = [Phase("动员部署阶段", "2024-02", "2024-03"), *reviewed.phases[1:]]
    return reviewed


def test_corrected_plan_fields_survive_a_reimport_and_the_plan_is_still_found(tmp_path):
    parsed = sample_plan()
    parsed.doc_number = ""                   # found by its title only, which the person corrected
    reviewed = _reviewed(parsed)
    reviewed.doc_number = ""
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id
        assert set(P.stored_plan_corrections(ws, plan_id)) == {"plan.title", "plan.phases"}
        again = P.prepare_reimport(ws, copy.deepcopy(parsed))
        assert again.plan_id == plan_id and again.conflicts == [] and again.changes == []
        assert again.plan.title == "老年友好型城市建设实施方案"
        assert again.plan.phases[0].start == "2024-02"
        assert P.save_reimport(ws, again, backup=False).unchanged


def test_a_revision_that_changes_a_corrected_phase_is_a_conflict_the_person_decides(tmp_path):
    parsed = sample_plan()
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = P.save_plan(ws, _reviewed(parsed), backup=False, parsed=parsed).plan_id
        revised = sample_plan()
        revised.phases[0] = Phase("动员部署阶段", "2024-01", "2024-04")
        revised.issuer = "测试市人民政府"
        reimport = P.prepare_reimport(ws, revised)
        [conflict] = reimport.conflicts
        assert conflict.field == "plan.phases" and conflict.key == PE.PLAN_KEY
        assert conflict.text().startswith("（方案）：工作阶段　您改为“动员部署阶段（2024-02—2024-03）")
        assert any("发文机关“测试市人民政府办公厅”→“测试市人民政府”" in c for c in reimport.changes)
        assert reimport.plan.phases[0].end == "2024-03"                # kept unless chosen
        reimport.choose_document([conflict])
        P.save_reimport(ws, reimport, backup=False)
        stored = P.stored_plan_fields(ws, plan_id)
        assert stored["plan.phases"][0]["end"] == "2024-04" and stored["plan.issuer"] == "测试市人民政府"
        assert "plan.phases" not in P.stored_plan_corrections(ws, plan_id)
        assert "plan.title" in P.stored_plan_corrections(ws, plan_id)   # the other correction stays


def test_the_monthly_duty_is_corrected_kept_over_a_reimport_and_sets_the_due_rule(tmp_path):
    from desktop.core.deadlines import due_rule
    from desktop.store import dashboard

    parsed = sample_plan()                      # its monthly duty names no day: the 5th applies
    assert PE.monthly_duty_text(parsed) == "每月报送信息1篇以上"
    reviewed = copy.deepcopy(parsed)
    PE.set_plan_field(reviewed, "plan.monthly_duty", "每月15日前报送上月工作进展")
    assert [d.text for d in parsed.duties if d.every == "month"] == ["每月报送信息1篇以上"]
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id
        assert P.stored_plan_corrections(ws, plan_id)["plan.monthly_duty"].value == "每月15日前报送上月工作进展"
        assert dashboard.due_rule(ws, plan_id).day == 15
        again = P.prepare_reimport(ws, copy.deepcopy(parsed))          # the same document again
        assert again.conflicts == [] and again.changes == []
        assert due_rule(d.to_json() for d in again.plan.duties).day == 15
        revised = sample_plan()                  # the revision states a day of its own
        PE.set_plan_field(revised, "plan.monthly_duty", "每月10日前报送上月进展")
        [conflict] = P.prepare_reimport(ws, revised).conflicts
        assert conflict.field == "plan.monthly_duty" and conflict.text().startswith("（方案）：月度报送要求")


def test_a_monthly_duty_added_where_the_plan_had_none_and_removed_again():
    plan = sample_plan()
    plan.duties = [d for d in plan.duties if d.every != "month"]
    assert PE.monthly_duty_text(plan) == ""
    PE.set_plan_field(plan, "plan.monthly_duty", "每月25日前报送当月情况")
    [added] = [d for d in plan.duties if d.every == "month"]
    assert added.kind == "monthly_info" and PE.monthly_duty_text(plan) == "每月25日前报送当月情况"
    PE.set_plan_field(plan, "plan.monthly_duty", "")
    assert PE.monthly_duty_text(plan) == "" and not [d for d in plan.duties if d.every == "month"]


# -- after saving: the plan's own fields corrected from the menu or ``plan info`` -----------------

def test_a_saved_plan_is_corrected_kept_over_a_reimport_and_put_back_when_it_matches_again(tmp_path):
    from desktop.store import dashboard

    parsed = sample_plan()
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = P.save_plan(ws, copy.deepcopy(parsed), backup=False, parsed=parsed).plan_id
        assert dashboard.due_rule(ws, plan_id).day == 5
        lines = P.edit_plan(ws, plan_id, {"plan.monthly_duty": "每月15日前报送上月工作进展",
                                          "plan.issuer": "测试市人民政府",
                                          "plan.phases": [{"name": "集中攻坚", "start": "2024-05",
                                                           "end": "2024-10", "text": ""}]}, actor="测试")
        assert [line.split("“")[0] for line in lines] == ["发文机关", "工作阶段", "月度报送要求"]
        assert dashboard.due_rule(ws, plan_id).day == 15
        stored = P.stored_plan_fields(ws, plan_id)
        assert stored["plan.issuer"] == "测试市人民政府" and [p["name"] for p in stored["plan.phases"]] == ["集中攻坚"]
        corrections = P.stored_plan_corrections(ws, plan_id)
        assert set(corrections) == {"plan.issuer", "plan.phases", "plan.monthly_duty"}
        assert corrections["plan.issuer"].document == parsed.issuer           # what the document says
        [audit] = ws.rows("SELECT actor, detail FROM audit_log WHERE action = 'plan_edit'")
        assert audit["actor"] == "测试" and "测试市人民政府" in audit["detail"]
        assert P.edit_plan(ws, plan_id, {"plan.issuer": "测试市人民政府"}) == []      # nothing new
        again = P.prepare_reimport(ws, copy.deepcopy(parsed))          # the same document again
        assert again.conflicts == [] and again.changes == []
        assert again.plan.issuer == "测试市人民政府" and [p.name for p in again.plan.phases] == ["集中攻坚"]
        P.edit_plan(ws, plan_id, {"plan.issuer": parsed.issuer})       # back to the document's
        assert "plan.issuer" not in P.stored_plan_corrections(ws, plan_id)
        assert "plan.phases" in P.stored_plan_corrections(ws, plan_id)


def test_a_title_corrected_after_saving_still_finds_the_plan_when_the_document_comes_again(tmp_path):
    parsed = sample_plan()
    parsed.doc_number = ""                       # found by its title only
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = P.save_plan(ws, copy.deepcopy(parsed), backup=False, parsed=parsed).plan_id
        P.edit_plan(ws, plan_id, {"plan.title": "改过的标题"})
        assert P.find_plan(ws, copy.deepcopy(parsed)) == plan_id
        assert P.prepare_reimport(ws, copy.deepcopy(parsed)).plan.title == "改过的标题"
