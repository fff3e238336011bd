"""rv70b finding 6: a duty is named by the paper it asks for (「系统方案报备」「年度自评估报告」), not by its kind's
label (「本单位实施方案报备」「其他报送事项」), and a duty whose sender is known — named in its sentence, or the
units of the task whose words hold it — is on that unit's due list only (and the office's), not on every unit's."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.__main__ import main
from desktop.core.deadlines import upcoming
from desktop.core.duty_names import duty_name, listed_duties
from desktop.core.duty_senders import duty_senders, owed_by

FILING = "以排水分区为单元，编制海绵城市系统方案，系统方案经专家评审后报市住房城乡建设管理委备案"
SELF_CHECK = "持续开展海绵城市建设成效评估，按计划编制年度自评估报告"
NAMED = "（一）区建设管理委于2026年6月30日前将海绵城市建设情况报区政府"

PLAN = ("某区海绵城市建设实施方案\n一、重点任务\n"
        f"（一）编制系统方案。{FILING}。2026年底前，完成系统方案编制。（责任单位：区建设管理委）\n"
        f"（二）加强区域成效评估。{SELF_CHECK}。（责任单位：区建设管理委、区水务局）\n"
        "（三）推进管网改造。完成管网改造20公里。（责任单位：区水务局）\n"
        "二、工作要求\n"
        "（一）区建设管理委于2026年6月30日前将海绵城市建设情况报区政府。\n"
        "（二）各单位于2026年11月30日前报送年度工作总结。\n")


# -- point 1: the paper's words win over the kind's label, but for the standing duties ---------------------------------

@pytest.mark.parametrize(("duty", "name"), [
    ({"kind": "plan_filing", "due": "2026-12-31", "every": None, "text": FILING}, "系统方案报备"),
    ({"kind": "other", "due": None, "every": "year", "text": SELF_CHECK}, "年度自评估报告"),
    ({"kind": "plan_filing", "due": "2024-03-31", "every": None,
      "text": "3月底前,各责任单位将工作方案报市民政局备案"}, "工作方案报备"),
    # naming no paper: the kind's label
    ({"kind": "plan_filing", "due": "2024-03-31", "every": None, "text": "3月底前完成备案"}, "本单位实施方案报备"),
    ({"kind": "other", "due": None, "every": "year", "text": "持续开展成效评估"}, "其他报送事项"),
    # the standing duties keep their names whatever paper they name
    ({"kind": "year_end_report", "due": "2024-11-30", "every": None,
      "text": "各责任单位于11月底前提交3号建议案办理工作总结"}, "年度工作总结"),
    ({"kind": "half_year_summary", "due": "2024-06-30", "every": None, "text": "6月底前报送建议案半年办理工作小结"},
     "半年工作小结"),
    ({"kind": "liaison", "due": None, "every": None, "text": "将联络员名单报送区政府办公室"}, "确定联络员"),
])
def test_a_duty_is_named_by_its_paper_unless_it_names_none_or_is_a_standing_one(duty, name):
    assert duty_name(duty) == name


def test_the_plan_info_lists_the_papers_with_their_days():
    duties = [{"kind": "plan_filing", "due": "2026-12-31", "every": None, "text": FILING},
              {"kind": "other", "due": None, "every": "year", "text": SELF_CHECK}]
    assert listed_duties(duties) == ["系统方案报备（12月31日前）", "年度自评估报告（每年）"]


# -- point 2: who sends it ---------------------------------------------------------------------------------------------

UNITS = ["区建设管理委", "区水务局", "区政府"]
TASKS = [(f"{FILING}。2026年底前，完成系统方案编制。", ["区建设管理委"]),
         (f"{SELF_CHECK}。", ["区建设管理委", "区水务局"])]


@pytest.mark.parametrize(("text", "senders"), [
    (NAMED, ["区建设管理委"]),                      # named before its sending; 区政府 is where it goes
    (FILING, ["区建设管理委"]),                     # the task whose words hold it: its units
    (SELF_CHECK, ["区建设管理委", "区水务局"]),
    ("各单位于2026年11月30日前报送年度工作总结", []),   # naming none: everyone's
])
def test_the_sender_of_a_duty(text, senders):
    assert duty_senders(text, UNITS, TASKS) == senders


def test_a_duty_is_owed_by_its_senders_and_their_groups_or_by_everyone():
    assert owed_by(["区建设管理委"], ["区建设管理委"])
    assert not owed_by(["区建设管理委"], ["区水务局"])
    assert owed_by(["各街镇"], ["嘉定镇街道", "各街镇"])          # (a member of the group the task names)
    assert owed_by([], ["区水务局"])


def test_the_due_list_of_a_unit_leaves_out_another_units_duty():
    duties = [{"kind": "plan_filing", "due": "2026-12-31", "every": None, "text": FILING,
               "senders": ["区建设管理委"]},
              {"kind": "year_end_report", "due": "2026-11-30", "every": None, "text": "各单位报送年度工作总结",
               "senders": []}]
    today = date(2026, 6, 1)
    assert [d.label for d in upcoming(duties, [], today, scope=["区水务局"])] == ["年度工作总结"]
    assert [d.label for d in upcoming(duties, [], today, scope=["区建设管理委"])] == ["年度工作总结", "系统方案报备"]
    assert [d.label for d in upcoming(duties, [], today)] == ["年度工作总结", "系统方案报备"]     # the office


def _import(tmp_path, capsys, plan: str = PLAN):
    source = tmp_path / "plan.txt"
    source.write_text(plan, encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def test_the_stored_plan_gives_each_duty_its_senders(tmp_path, capsys):
    from desktop.store import open_workspace, queries

    db = _import(tmp_path, capsys)
    with open_workspace(db, create=False, readonly=True) as ws:
        rows = queries.duties_with_senders(ws, queries.current_plan_id(ws))
    assert [r["senders"] for r in rows] == [["区建设管理委"], ["区建设管理委", "区水务局"], ["区建设管理委"], []]


def test_plan_info_names_the_papers_and_who_sends_them(tmp_path, capsys):
    db = _import(tmp_path, capsys)
    assert main(["plan", "info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "系统方案报备（12月31日前，区建设管理委）" in out
    assert "年度自评估报告（每年，区建设管理委、区水务局）" in out
    assert "本单位实施方案报备" not in out and "其他报送事项" not in out


@pytest.mark.parametrize(("unit_name", "shown", "hidden"), [
    ("区水务局", ["年度工作总结"], ["系统方案报备", "海绵城市建设情况（6月30日前）"]),
    ("区建设管理委", ["年度工作总结", "系统方案报备", "海绵城市建设情况（6月30日前）"], []),
    ("", ["年度工作总结", "系统方案报备", "海绵城市建设情况（6月30日前）"], []),
])
def test_the_dashboard_due_list_shows_a_units_own_duties(qtbot, tmp_path, capsys, unit_name, shown, hidden):
    from helpers_ui import FakePrompts, open_window

    db = _import(tmp_path, capsys)
    window = open_window(qtbot, db, FakePrompts(), role="unit" if unit_name else "office", unit_name=unit_name,
                         as_of="2026-06-01")
    page = window.dashboard
    labels = [page.due.index(r, 0).data() for r in range(page.due.rowCount())]
    assert all(name in labels for name in shown), labels
    assert not any(name in labels for name in hidden), labels
    assert "本单位实施方案报备" not in labels


def test_a_unit_with_no_duty_of_its_own_due_is_told_whose_they_are(qtbot, tmp_path, capsys):
    """Not 「方案中的报送节点都已过去」 for 区水务局 while 区建设管理委's filing is still to come."""
    from helpers_ui import FakePrompts, open_window

    from desktop.ui.dashboard_page import NOTHING_DUE

    db = _import(tmp_path, capsys, PLAN.replace("（二）各单位于2026年11月30日前报送年度工作总结。\n", ""))
    window = open_window(qtbot, db, FakePrompts(), role="unit", unit_name="区水务局", as_of="2026-12-01")
    page = window.dashboard
    assert page.due.rowCount() == 0
    note = page.ui.calendarNoteLabel.text()
    assert NOTHING_DUE not in note
    assert "本单位没有即将到期的报送事项" in note and "系统方案报备由区建设管理委报送" in note, note
