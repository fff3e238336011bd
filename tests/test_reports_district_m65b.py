"""A district's own report on a city plan (ux64 finding 6): a district named through 各区政府 carries out its
tasks (承担), reported in full with its own figures — not 「配合推进」 in one sentence; its title reads
「东湖区关于江陵市…落实情况的半年工作小结」; 累计 stands before the verb, and a unit's name is not repeated
inside its own sentence, in its own report or the city's."""

from __future__ import annotations

import datetime as dt
import re

from desktop.reports.draft import draft_report
from desktop.reports.draft_roles import carries_out
from desktop.reports.inputs import EntryIn, ReportInput, TargetIn, TaskIn
from desktop.reports.period import _drop_restated_total

DAY = dt.date(2025, 6, 28)
PLAN = "江陵市2025年养老服务体系建设重点工作任务分解方案"
GROUPS = {"各区政府": ["东湖区", "西岭区"]}
CENTRES = TargetIn(11, "社区老年人服务中心（站）", "社区老年人服务中心（站）30个", 30, "个")
HUBS = TargetIn(12, "街道养老服务综合体", "街道养老服务综合体6个", 6, "个")
COVER = TargetIn(41, "老年助餐服务覆盖率", "全市老年助餐服务覆盖率不低于80%", 80, "%")


def _task(tid, title, leads, others, targets=()):
    return TaskIn(tid, f"二.一.{tid}", str(tid), title, "2025-12-31", list(leads), list(others), list(targets),
                  group="", short_name=title)


TASKS = [
    _task(1, "新建街道养老服务综合体和社区老年人服务中心", ["市民政局"], ["各区政府"], [HUBS, CENTRES]),
    _task(4, "新建老年食堂", ["市民政局"], ["各区政府", "市市场监管局"], [COVER]),
    _task(5, "推进医养结合", ["市卫健委"], ["市民政局"]),
]

CENTRE_TEXT = ("{m}月，{unit}新建社区老年人服务中心（站）{n}个，累计建成{total}个；"
               "街道养老服务综合体新建{h}个，累计{ht}个。")


def _entries(unit="东湖区", first=1):
    rows, total, hubs = [], 0, 0
    for m, n, h in ((1, 2, 0), (2, 1, 0), (3, 2, 1), (4, 2, 0), (5, 2, 1)):
        total, hubs = total + n, hubs + h
        text = CENTRE_TEXT.format(m=m, unit=unit, n=n, total=total, h=h, ht=hubs)
        rows.append((1, f"2025-0{m}", text, {11: total, 12: hubs}))
        rows.append((4, f"2025-0{m}", "推进助餐点建设。", {41: 60 + m * 2}))
    return [EntryIn(i, tid, unit, month, "in_progress", text, values=values, submitted_at=f"{month}-28")
            for i, (tid, month, text, values) in enumerate(rows, first)]


def _data(unit):
    tasks = [t for t in TASKS if unit is None or unit in t.lead_units or any(
        unit == u or unit in GROUPS.get(u, ()) for u in t.responsible_units)]
    entries = _entries("东湖区") + _entries("西岭区", first=100)
    if unit:
        entries = [e for e in entries if e.unit == unit]
    return ReportInput(PLAN, 2025, tasks, entries, unit=unit, office_name="江陵市养老服务工作领导小组办公室",
                       units=["市民政局", "东湖区", "西岭区", "市市场监管局", "市卫健委"], groups=dict(GROUPS))


def _blocks(report, word):
    section = next(s for s in report.sections if word in s.heading)
    return [(b.style, b.text) for b in section.blocks]


def test_a_district_under_a_group_of_governments_carries_out_its_tasks():
    assert carries_out("东湖区", TASKS[0], GROUPS)
    assert not carries_out("市市场监管局", TASKS[1], GROUPS)       # a department beside the lead: it supports
    assert not carries_out("市民政局", TASKS[2], GROUPS)
    assert not carries_out("市民政局", TASKS[0], GROUPS)           # the lead leads
    assert carries_out("青石镇", _task(9, "x", ["县民政局"], ["青石镇"]), {})    # a local government named itself


def test_a_district_s_own_report_says_its_work_in_full_with_its_main_figure():
    report = draft_report(_data("东湖区"), "half-year", today=DAY)
    overview = _blocks(report, "总体情况")[0][1]
    assert overview.startswith(f"我单位承担《{PLAN}》2项工作任务。")
    assert "配合" not in overview and "牵头" not in overview
    assert "截至5月底，各项任务均在推进中。" in overview          # not 「正在推进2项」 after 「2项」 (m66b)
    assert "全市" not in overview                    # its 70% is its own, not the city's
    work = _blocks(report, "工作进展")
    assert all("配合推进" not in text for _, text in work)
    assert work[0] == ("heading2", "（一）新建街道养老服务综合体和社区老年人服务中心")
    # its 9 centres, its own words without its name, beside the city's target as its share of it
    assert work[1][1].startswith("累计新建社区老年人服务中心（站）9个，占方案目标（30个）的30%。")
    assert "街道养老服务综合体累计新建2个，占方案目标（6个）的33%。" in work[1][1]
    assert "东湖区" not in work[1][1] and "完成目标" not in work[1][1]
    assert "老年助餐服务覆盖率达到70%，距目标还差10个百分点" in work[3][1]
    assert report.lead.endswith("压实工作责任，各项任务有序推进。现将有关情况报告如下：")  # count: 总体情况


def test_a_district_s_title_names_it_before_关于_the_city_plan():
    report = draft_report(_data("东湖区"), "half-year", today=DAY)
    assert report.title == "东湖区关于江陵市2025年养老服务体系建设重点工作任务分解落实情况的半年工作小结"
    assert len(report.title_lines) == 2 and report.title_lines[0].startswith("东湖区关于")


def test_a_unit_that_leads_and_carries_out_keeps_them_apart():
    tasks = [*TASKS, _task(6, "建设区级养老服务指导中心", ["东湖区"], [])]
    data = _data("东湖区")
    data.tasks = [tasks[3], *data.tasks]
    data.entries.append(EntryIn(900, 6, "东湖区", "2025-05", "in_progress", "区级养老服务指导中心完成主体施工。",
                                submitted_at="2025-05-28"))
    report = draft_report(data, "half-year", today=DAY)
    overview = _blocks(report, "总体情况")[0][1]
    assert overview.startswith(f"我单位牵头《{PLAN}》1项工作任务，承担2项。")
    assert "截至5月底，各项任务均在推进中。" in overview
    assert "正在推进" not in report.lead and not re.search(r"\d项", report.lead.split("部署")[1])
    work = _blocks(report, "工作进展")
    headings = [text for style, text in work if style.startswith("heading")]
    assert headings == ["（一）建设区级养老服务指导中心", "（二）承担的重点任务",
                        "1.新建街道养老服务综合体和社区老年人服务中心", "2.新建老年食堂"]


def test_the_city_report_names_a_district_once_and_puts_累计_before_the_verb():
    data = _data(None)           # the lead reported: the districts' figures follow, each under its name
    data.entries.append(EntryIn(800, 1, "市民政局", "2025-05", "in_progress", "召开养老服务设施建设推进会1次。",
                                submitted_at="2025-05-28"))
    report = draft_report(data, "half-year", today=DAY)
    work = " ".join(text for _, text in _blocks(report, "工作进展"))
    assert "东湖区累计新建社区老年人服务中心（站）9个。" in work
    assert "西岭区累计新建社区老年人服务中心（站）9个。" in work
    assert "街道养老服务综合体累计新建2个。" in work
    assert "东湖区累计东湖区" not in work and "累计街道" not in work and "东湖区东湖区" not in work


def test_累计_goes_before_the_verb_after_what_is_counted():
    hubs = _drop_restated_total("上半年街道养老服务综合体新建2个，累计2个。", "上半年")
    assert hubs == "街道养老服务综合体累计新建2个。"
    assert _drop_restated_total("今年以来完成加装电梯268部，累计完成268部。", "今年以来") == "累计完成加装电梯268部。"
