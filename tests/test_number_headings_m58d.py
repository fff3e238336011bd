"""A saved task's number typed with a heading the plan does not have (ux58 finding 4, m58d): refused in Chinese,
exit 2, nothing written; a bare number brings a task back to the top level of a plan whose tasks sit there; a
number another task holds names that task once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.__main__ import main

# a county plan whose tasks are a table's rows 1…n, no headings over them (ux58's plan A, shortened)
FLAT_PLAN = """文成县人民政府办公室关于印发文成县“三边三化”专项整治三年行动方案（2024—2026年）的通知
文政办发〔2024〕9号
各乡镇人民政府，县政府直属各单位：
《文成县“三边三化”专项整治三年行动方案（2024—2026年）》已经县政府同意，现印发给你们，请认真抓好贯彻落实。
文成县人民政府办公室
2024年3月12日
文成县“三边三化”专项整治三年行动方案（2024—2026年）
一、总体要求
到2026年底，全县“三边”区域环境问题整治率达到100%。
二、主要任务
具体任务见附表。
三、保障措施
（一）强化督查考核。各乡镇、各牵头单位明确一名联络员，每月25日前将工作进展报送县“三边三化”办，\
每年6月20日前报送半年工作小结，11月30日前报送年度工作总结。
附表
文成县“三边三化”专项整治三年行动任务清单
序号	工作任务	牵头单位	配合单位	完成时限
1	清理公路沿线违法建筑，拆除面积不少于5万平方米	县综合行政执法局	县交通运输局、各乡镇人民政府	2025年12月底
2	清理公路沿线垃圾，清理率达到100%	县交通运输局	县综合行政执法局、各乡镇人民政府	2024年12月底
3	规范非公路标志标牌（含广告牌），拆除违规广告牌200块以上	县交通运输局	县市场监管局、县综合行政执法局	2024年10月底
10	整治“青山白化”，迁移或生态化改造坟墓2000穴	县民政局	县自然资源和规划局、各乡镇人民政府	2025年12月底
11	实施山边林相改造和“一村万树”行动，新增造林面积5000亩	县林业局	各乡镇人民政府	2025年12月底
"""


def _content(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def flat_db(tmp_path, capsys):
    text = tmp_path / "文成县三边三化专项整治三年行动方案.txt"
    text.write_text(FLAT_PLAN, encoding="utf-8")
    path = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(text), "--db", str(path)]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(path)
    assert {r[0] for r in conn.execute("SELECT key FROM tasks")} == {"1", "2", "3", "10", "11"}
    conn.close()
    return path


def _keys(db: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT key, path, number FROM tasks")}
    finally:
        conn.close()


def test_a_full_number_under_a_heading_the_plan_has_not_is_refused(flat_db, capsys):
    before, raw = _content(flat_db), flat_db.read_bytes()
    assert main(["plan", "edit", "--db", str(flat_db), "--task", "10", "--number", "二.10"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "没有“二”这一级标题" in err, err
    assert "只写本级编号" in err, err
    assert _content(flat_db) == before and flat_db.read_bytes() == raw


def test_a_bare_number_brings_a_task_back_to_the_top_level(flat_db, capsys):
    conn = sqlite3.connect(flat_db)         # a task under a heading of its own, as an older edit could leave it
    with conn:
        conn.execute("UPDATE tasks SET key = '二.10', path = '[\"二\"]' WHERE key = '10'")
    conn.close()
    assert main(["plan", "edit", "--db", str(flat_db), "--task", "二.10", "--number", "10"]) == 0
    out = capsys.readouterr().out
    assert "编号：“二.10”→“10”" in out and "仍在 二 之下" not in out, out
    assert _keys(flat_db)["10"] == ("[]", "10")


def test_a_taken_number_names_its_holder_once(flat_db, capsys):
    assert main(["plan", "edit", "--db", str(flat_db), "--task", "10", "--number", "11"]) == 2
    err = capsys.readouterr().err
    assert err.count("一村万树") == 1, err
    assert "任务 11" in err and "请另写一个编号" in err, err


def test_the_review_refuses_the_same_heading_slip_before_saving():
    from desktop.core import review_edits as edits
    from desktop.core.model import ParsedPlan, Task

    plan = ParsedPlan(tasks=[Task([], str(n), f"任务{n}", "") for n in (1, 2, 10)])
    with pytest.raises(edits.EditError) as refused:
        edits.read_number(plan, 2, "二.10")
    assert "没有“二”这一级标题" in refused.value.message and "本方案的任务不在标题之下" in refused.value.message
    assert edits.read_number(plan, 2, "10A")[0] == ["10A"]
    headed = ParsedPlan(tasks=[Task(["一"], "1", "甲", ""), Task(["二", "一"], "1", "乙", "")])
    with pytest.raises(edits.EditError) as refused:
        edits.read_number(headed, 0, "三.1")
    assert "本方案的任务在这些标题下：一、二.一。" in refused.value.message
    assert edits.read_number(headed, 0, "二.5")[0] == ["二", "5"]           # a heading over headings is one it has


# -- the yearly reports of a plan that runs several years (ux58 finding 1) -------------------------------------

C_CLOSING = ("重庆市推动城市更新提质行动计划（2024—2027年）\n"
             "（二）强化调度考核。各责任单位明确1名联络员，每月5日前报送上月工作进展，"
             "每年6月25日前报送半年工作小结、11月25日前报送年度工作总结。\n")


def _upcoming(plan, today):
    from desktop.core.deadlines import upcoming

    return [(d.label, d.nominal.isoformat()) for d in upcoming(
        [d.to_json() for d in plan.duties], [p.to_json() for p in plan.phases], today)]


def test_each_years_reports_are_read_by_their_own_days():
    from desktop.core.parse import parse_text

    duties = {d.kind: (d.due, d.every) for d in parse_text(FLAT_PLAN).duties}
    assert duties["half_year_summary"] == ("2026-06-20", "year") and duties["year_end_report"] == ("2026-11-30", "year")
    duties = {d.kind: (d.due, d.every) for d in parse_text(C_CLOSING).duties}
    assert duties["half_year_summary"][0][5:] == "06-25" and duties["year_end_report"][0][5:] == "11-25"
    assert {d.every for k, d in ((d.kind, d) for d in parse_text(C_CLOSING).duties)
            if k in ("half_year_summary", "year_end_report")} == {"year"}


def test_the_dashboard_announces_the_first_years_reports_then_the_next():
    from datetime import date

    from desktop.core.parse import parse_text

    plan = parse_text(FLAT_PLAN)
    shown = _upcoming(plan, date(2024, 5, 10))
    assert ("半年工作小结", "2024-06-20") in shown and ("年度工作总结", "2024-11-30") in shown, shown
    assert not any(day > "2025" for label, day in shown if "总结" in label or "小结" in label), shown
    shown = _upcoming(plan, date(2025, 7, 1))
    assert ("半年工作小结", "2026-06-20") in shown and ("年度工作总结", "2025-11-30") in shown, shown
    shown = _upcoming(plan, date(2026, 12, 1))      # past the last one: the last one, overdue
    assert ("年度工作总结", "2026-11-30") in shown and ("半年工作小结", "2026-06-20") not in shown


def test_the_monthly_progress_is_called_so_on_the_dashboard():
    from datetime import date

    from desktop.core.deadlines import upcoming
    from desktop.core.parse import parse_text

    shown = [label for label, _day in _upcoming(parse_text(FLAT_PLAN), date(2024, 5, 10))]
    assert "2024年5月月度进展" in shown and not any("其他报送事项" in label for label in shown), shown
    # a monthly sending of something else keeps its general name
    other = [{"kind": "other", "due": None, "every": "month", "text": "每月10日前报送统计报表"}]
    assert upcoming(other, [], date(2024, 5, 1))[0].label.endswith("月其他报送事项")


# -- a unit the clerk added and saved is the plan's at its revision (ux58 finding 12) ---------------------------

def test_a_revision_does_not_ask_again_about_a_unit_the_clerk_added_and_saved(flat_db, tmp_path, capsys):
    from desktop.core import review_edits as edits, review_units
    from desktop.core.parse import parse_text
    from desktop.store import open_workspace, plans as store_plans

    assert main(["plan", "edit", "--db", str(flat_db), "--task", "3", "--responsible",
                 "县市场监管局、县综合行政执法局、县人力社保局", "--new-unit"]) == 0
    capsys.readouterr()
    revised = parse_text(FLAT_PLAN.replace("文政办发〔2024〕9号", "文政办发〔2024〕12号"))
    ws = open_workspace(flat_db)
    try:
        reimport = store_plans.prepare_reimport(ws, revised)
    finally:
        ws.close()
    plan = reimport.plan
    review_units.add_missing_units(plan)               # as the review dialog opens it
    task = next(t for t in plan.tasks if t.key == "3")
    assert "县人力社保局" in task.responsible_units
    problems = edits.task_problems(plan, task)
    assert not any("县人力社保局" in p and "不在单位名单中" in p for p in problems), problems
