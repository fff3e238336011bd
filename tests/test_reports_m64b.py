"""A unit's year-end report counts the tasks it leads apart from those it supports, says its task count
plainly, always has a 二、主要做法 (from the entries' meetings and documents, else a prompt), the county's keeps
the plan's task numbers, and 明年工作打算 carries over no task already at its target (ux63 finding 7)."""

from __future__ import annotations

import datetime as dt

from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TargetIn, TaskIn
from desktop.reports.wording import PRACTICES_BLANK, PRACTICES_CHECK

DAY = dt.date(2025, 11, 18)
PLAN = "青山县2025年稳就业促增收工作方案"


def _task(tid, title, group, leads, others=(), targets=()):
    return TaskIn(tid, f"二.{group}.{tid}", str(tid), title, "2025-12-31", list(leads), list(others),
                  list(targets), group=group, short_name=title)


TASKS = [
    _task(1, "实施重点项目带动就业", "扩大就业容量", ["县发改局"], ["县人社局"]),
    _task(2, "落实援企稳岗政策", "扩大就业容量", ["县人社局"]),
    _task(4, "加大创业担保贷款支持力度", "强化创业带动", ["县财政局"], ["县人社局"]),
    _task(5, "建设返乡创业园区", "强化创业带动", ["县人社局"]),
    _task(6, "开展职业技能培训", "提升技能水平", ["县人社局"],
          targets=[TargetIn(61, "职业技能培训", "职业技能培训不少于5000人次", 5000, "人次")]),
    _task(7, "推进乡村公益性岗位开发", "提升技能水平", ["县农业农村局"],
          targets=[TargetIn(71, "公益性岗位", "开发公益性岗位100个", 100, "个")]),
]


def _entries():
    rows = [
        (1, "县发改局", "done", "召开重点项目用工对接推进会2次。本月吸纳本地务工人员300人。", {}),
        (1, "县人社局", "in_progress", "配合开展用工对接。", {}),
        (2, "县人社局", "done", "发放稳岗返还资金326万元。", {}),
        (4, "县财政局", "in_progress", "印发《创业担保贷款贴息管理办法》。", {}),
        (4, "县人社局", "in_progress", "配合审核贷款申请。", {}),
        (5, "县人社局", "done", "县返乡创业孵化园建成并投入使用。", {}),
        (6, "县人社局", "in_progress", "印发《职业技能提升行动实施细则》。累计培训5030人次。", {61: 5030}),
        (7, "县农业农村局", "in_progress", "开发乡村公益性岗位64个。", {71: 64}),
    ]
    return [EntryIn(i, tid, unit, "2025-10", status, text, values=values, submitted_at="2025-10-24")
            for i, (tid, unit, status, text, values) in enumerate(rows, 1)]


def _data(unit=None, tasks=TASKS, entries=None) -> ReportInput:
    entries = _entries() if entries is None else entries
    if unit:
        tasks = [t for t in tasks if unit in t.lead_units + t.responsible_units]
        entries = [e for e in entries if e.unit == unit]
    return ReportInput(PLAN, 2025, list(tasks), entries, unit=unit, office_name="青山县稳就业办",
                       units=["县发改局", "县人社局", "县财政局", "县农业农村局"])


def _text(report, word):
    section = next(s for s in report.sections if word in s.heading)
    return [b.text for b in section.blocks]


def test_a_unit_counts_the_tasks_it_leads_apart_from_those_it_supports():
    report = draft_report(_data("县人社局"), "year-end", today=DAY)
    overview = _text(report, "总体情况")[0]
    # leads 2, 5, 6 (one per 类: the count said plainly) and supports 1 and 4
    assert f"我单位牵头《{PLAN}》3项工作任务，配合推进2项。" in overview
    assert "截至10月底，牵头的任务中已完成2项、正在推进1项；配合推进的任务均在推进中。" in overview
    assert "已完成" not in report.lead and "牵头的" not in report.lead          # said once, in 总体情况 (m66b)
    assert "大类" not in overview


def test_a_unit_that_only_leads_keeps_the_plain_count():
    tasks = [t for t in TASKS if t.id != 1 and t.id != 4]
    report = draft_report(_data("县人社局", tasks=tasks), "year-end", today=DAY)
    overview = _text(report, "总体情况")[0]
    assert "截至10月底，已完成2项，正在推进1项。" in overview and "牵头的" not in overview


def test_a_unit_whose_supported_task_has_no_entry_says_so_apart():
    entries = [e for e in _entries() if not (e.unit == "县人社局" and e.task_id == 4)]
    report = draft_report(_data("县人社局", entries=entries), "year-end", today=DAY)
    overview = _text(report, "总体情况")[0]
    assert "牵头的任务中已完成2项、正在推进1项；配合推进的任务中正在推进1项，另有1项尚未报送进展。" in overview


def test_the_countys_report_keeps_the_plans_task_numbers():
    report = draft_report(_data(), "year-end", today=DAY)
    work = _text(report, "工作进展")
    assert [t for t in work if t[:1].isdigit()] == [
        "1.实施重点项目带动就业", "2.落实援企稳岗政策", "4.加大创业担保贷款支持力度", "5.建设返乡创业园区",
        "6.开展职业技能培训", "7.推进乡村公益性岗位开发"]
    unit = _text(draft_report(_data("县人社局"), "year-end", today=DAY), "工作进展")
    # a unit's report, holding some of the tasks, counts its own under each heading
    assert [t for t in unit if t[:1].isdigit()] == ["1.落实援企稳岗政策", "1.建设返乡创业园区", "1.开展职业技能培训"]


def test_next_year_carries_over_no_task_at_its_target():
    report = draft_report(_data(), "year-end", today=DAY)
    carry = _text(report, "明年工作打算")[0]
    # 开展职业技能培训 is at 5030/5000 (101 %): not carried; 公益性岗位 64/100 and task 4 (no target) are
    assert carry.startswith("抓好结转任务落实，确保加大创业担保贷款支持力度、推进乡村公益性岗位开发在2026年")
    assert "开展职业技能培训" not in carry


def test_practices_gather_meetings_and_documents_issued():
    report = draft_report(_data(), "year-end", today=DAY)
    practices = _text(report, "主要做法")
    assert practices == ["一是强化统筹调度，县发改局召开重点项目用工对接推进会2次。",
                         "二是强化制度保障，县财政局印发《创业担保贷款贴息管理办法》，"
                         "县人社局印发《职业技能提升行动实施细则》。"]
    unit = _text(draft_report(_data("县人社局"), "year-end", today=DAY), "主要做法")
    assert unit == ["强化制度保障，印发《职业技能提升行动实施细则》。"]
    assert not any(PRACTICES_CHECK == c.text for c in report.checks)


def test_practices_prompt_when_the_entries_give_none():
    entries = [e for e in _entries() if e.unit == "县人社局" and "印发" not in e.progress]
    report = draft_report(_data("县人社局", entries=entries), "year-end", today=DAY)
    assert [s.heading for s in report.sections][:3] == ["一、总体情况", "二、主要做法", "三、工作进展"]
    assert _text(report, "主要做法") == [PRACTICES_BLANK]
    assert [c.text for c in report.checks if c.text == PRACTICES_CHECK] == [PRACTICES_CHECK]


def test_the_prompt_is_never_printed(tmp_path):
    import docx

    from desktop.reports.render import render_report

    entries = [e for e in _entries() if e.unit == "县人社局" and "印发" not in e.progress]
    report = draft_report(_data("县人社局", entries=entries), "year-end", today=DAY)
    path = render_report(report, tmp_path / "r.docx")
    texts = [p.text for p in docx.Document(path).paragraphs]
    assert not any("请在此填写" in t for t in texts)
    # the headings after it are numbered again: no 「二、主要做法」 over nothing, no gap
    assert [t for t in texts if t[:2] in ("一、", "二、", "三、", "四、", "五、")] == [
        "一、总体情况", "二、工作进展", "三、明年工作打算"]
    assert report.sections[1].heading == "二、主要做法"           # the draft itself keeps the prompt
