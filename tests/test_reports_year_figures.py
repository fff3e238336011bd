"""A year's figures that are right, once, and named (ux63 findings 1–3, REPORT_WRITING.md "Turning monthly
entries into a period's text"): each clause's measure read on its own — a month's count adds up across months
whatever else its sentence says, a running total replaces only its own measure, a figure the same every month is
a standing one; a sum the unit's own running total contradicts is said once (the total) and raised before export;
a group's task gives the group's total with its share, then each member by name; a thing built ends its stages;
one rounding of a target's share everywhere."""

from __future__ import annotations

import datetime as dt

from fixtures_reports.sample import entries_in as _entries, report_input, section as _section, task_in as _task
from helpers_ui import FakePrompts, make_workspace, open_window, task_id, unit

from desktop.core.progress import target_share
from desktop.reports import sheets
from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, TargetIn
from desktop.store import entries as store_entries

YEAR_END = dt.date(2024, 11, 28)      # covers the months up to October


def _work(task, rows, unit="市民政局"):
    data = report_input(unit)
    data.tasks, data.entries = [task], _entries(rows, unit=unit)
    report = draft_report(data, "year-end", today=YEAR_END)
    return report, [b.text for b in _section(report, "工作进展").blocks]


SITES = TargetIn(1, "助餐点", "新增社区助餐点300个", 300, "个", ">=")


def _sites(own, totals, *, march="", june=""):
    rows = []
    for m, total in totals.items():
        text = f"梳理全市15个街道助餐需求，本月新增社区助餐点{own[m]}个，累计新增{total}个。"
        if m == 3:
            text = march + text
        if m == 6:
            text = june + text
        rows.append((m, {"progress": text, "values": {1: total}}))
    return rows


OWN = {3: 40, 4: 45, 6: 70, 7: 35, 8: 38, 9: 41, 10: 36}
TOTALS = {3: 40, 4: 85, 6: 155, 7: 190, 8: 228, 9: 269, 10: 305}


def test_every_month_adds_up_whatever_its_sentence_begins_with_and_a_standing_figure_is_said_once():
    task = _task([SITES], short_name="社区助餐点建设")
    report, work = _work(task, _sites(OWN, TOTALS, march="印发《社区助餐点建设管理办法》，", june="本月（含5月）"))
    # March's landmark and June's 「本月（含5月）」 no longer keep their months out of the sum (305, not 195);
    # the 15 streets each month are one standing figure (not 105); the sum and the total agree: said once
    assert work[1] == ("印发《社区助餐点建设管理办法》。今年以来梳理全市15个街道助餐需求，"
                       "累计新增社区助餐点305个，完成目标的102%。")
    assert "含5月" not in work[1]
    assert not any("不一致" in c.text for c in report.checks)


def test_a_sum_the_running_total_contradicts_says_the_total_and_asks_the_clerk():
    task = _task([SITES], short_name="社区助餐点建设")
    # June wrote its count of two months under another wording (「（5月）」 is no aside): the months that fold
    # add to 235 while the unit's own running total says 305
    report, work = _work(task, _sites(OWN, TOTALS, june="本月（5月）"))
    assert work[1] == "今年以来梳理全市15个街道助餐需求，累计新增社区助餐点305个，完成目标的102%。"
    assert "235" not in "".join(work)
    check = next(c.text for c in report.checks if "不一致" in c.text)
    assert check == ("“社区助餐点建设”：市民政局各月填报的“社区助餐点”（3月、4月、7月、8月、9月、10月）相加为235个，"
                     "与其10月填报的累计数305个不一致；报告中只写了累计数305个，请向市民政局核实后改正。")
    # the clerk opens the entries from the check: every month the figures came from
    assert {s.month for s in next(c for c in report.checks if "不一致" in c.text).sources} >= {
        "2024-03", "2024-04", "2024-07", "2024-08", "2024-09", "2024-10"}


def test_a_total_over_a_stock_from_before_the_year_is_a_second_figure_not_a_disagreement():
    canteens = TargetIn(1, "老年食堂", "建成老年食堂100个", 100, "个", ">=")
    report, work = _work(_task([canteens], short_name="老年食堂建设"), [
        (3, {"progress": "新建老年食堂8个，累计建成老年食堂70个。", "values": {1: 70}}),
        (4, {"progress": "新建老年食堂11个，累计建成老年食堂81个。", "values": {1: 81}}),
    ])
    assert work[1] == "今年以来新建老年食堂19个，累计建成老年食堂81个，完成目标（100个）的81%。"
    assert not any("不一致" in c.text for c in report.checks)


def test_two_measures_in_one_sentence_each_read_on_its_own():
    trained = TargetIn(1, "职业技能培训", "全年完成职业技能培训3000人次", 3000, "人次", ">=")
    task = _task([trained], short_name="职业技能培训")
    classes = {3: (4, 380), 4: (5, 520), 5: (6, 610), 6: (7, 700)}
    rows, total = [], 0
    for m, (n, people) in classes.items():
        total += people
        rows.append((m, {"progress": f"本月举办电工、家政等培训班{n}期，培训{people}人次，累计培训{total}人次。",
                         "values": {1: total}}))
    _, work = _work(task, rows)
    # the classes add up (22期, not June's 7期); the people once, at the running total
    assert work[1] == "今年以来举办电工、家政等培训班22期，累计培训2210人次，完成目标（3000人次）的74%。"
    # near miss: the count of events after a running total of another measure still adds up
    rows = [(m, {"progress": f"累计培训{t}人次，本月举办培训班{n}期。"})
            for m, (n, t) in ((3, (4, 380)), (4, (5, 900)), (5, (6, 1510)))]
    _, work = _work(_task(short_name="职业技能培训"), rows)
    assert work[1] == "今年以来累计培训1510人次，举办培训班15期。"
    # near miss: a figure after a running total that is no event stays at its latest value
    rows = [(m, {"progress": f"长期护理保险参保人数达到{a}万人，享受待遇{b}万人。"})
            for m, (a, b) in ((3, (440, 1.7)), (4, (446, 1.9)))]
    _, work = _work(_task(short_name="长期护理保险"), rows)
    assert work[1] == "长期护理保险参保人数达到446万人，享受待遇1.9万人。"


def _group_report(rows_by_unit, *, targets):
    data = report_input(None)
    data.groups = {"各街道": ["东湖街道", "西城街道", "南山街道"]}
    data.units = ["市民政局", "东湖街道", "西城街道", "南山街道"]
    data.tasks = [_task(targets, lead_units=[], responsible_units=["各街道"], short_name="农村劳动力转移就业")]
    data.entries = [EntryIn(i, 1, u, f"2024-{m:02d}", status="in_progress", **kw)
                    for i, (u, m, kw) in enumerate(((u, m, kw) for u, rows in rows_by_unit.items()
                                                    for m, kw in rows), 1)]
    report = draft_report(data, "year-end", today=YEAR_END)
    return report, [b.text for b in _section(report, "工作进展").blocks]


def test_a_group_task_gives_the_total_once_then_each_member_by_name_and_no_reporting_aside():
    moved = TargetIn(1, "农村劳动力转移就业", "新增农村劳动力转移就业1.2万人", 12000, "人", ">=")
    organised = TargetIn(2, "有组织输出", "其中有组织输出3000人", 3000, "人", ">=")
    east, west = [], []
    c = o = 0
    for m, (a, b) in ((3, (620, 80)), (4, (730, 120)), (5, (410, 60))):
        c, o = c + a, o + b
        east.append((m, {"progress": f"本月新增农村劳动力转移就业{a}人，其中有组织输出{b}人；"
                                     f"全镇累计转移就业{c}人，有组织输出{o}人。", "values": {1: c, 2: o}}))
    west.append((3, {"progress": "新增转移就业540人（有组织输出100人），累计540人。", "values": {1: 540, 2: 100}}))
    west.append((5, {"progress": "新增转移就业1120人（有组织输出150人），累计1660人。（4月未报送，本月一并报送）"
                                 "举办劳务对接会2场。", "values": {1: 1660, 2: 250}}))
    _, work = _group_report({"东湖街道": east, "西城街道": west}, targets=[moved, organised])
    text = work[-1]
    # 南山街道 sent nothing: said once, beside the first target, so the director knows the total is partial
    assert text == ("截至10月底，新增农村劳动力转移就业3420人，完成目标（1.2万人）的29%，其中东湖街道1760人、"
                    "西城街道1660人，南山街道尚未报送。截至10月底，有组织输出510人，完成目标（3000人）的17%，"
                    "其中东湖街道260人、西城街道250人。西城街道举办劳务对接会2场。")
    assert "未报送，" not in text and "一并报送" not in text


def test_a_thing_built_ends_its_stages_and_the_overview_says_it_once_as_a_sentence():
    park = TargetIn(1, "返乡创业孵化园", "建成返乡创业孵化园1个", 1, "个", ">=")
    firms = TargetIn(2, "入驻创业实体", "入驻创业实体30家", 30, "家", ">=")
    task = _task([park, firms], short_name="返乡创业园区建设")
    data = report_input(None)
    data.tasks = [task]
    data.entries = _entries([
        (3, {"progress": "完成返乡创业孵化园选址，面积约6000平方米。"}),
        (6, {"progress": "孵化园主体改造完成60%，同步开展入驻企业招募。", "values": {1: 0}}),
        (8, {"progress": "孵化园完成装修和配套设施建设，进入验收阶段。", "values": {1: 0}}),
        (9, {"progress": "9月26日县返乡创业孵化园建成并投入使用，首批入驻创业实体18家。",
             "values": {1: 1, 2: 18}, "status": "done"}),
        (10, {"progress": "孵化园新入驻创业实体14家，累计入驻32家，带动就业260人。",
              "values": {1: 1, 2: 32}, "status": "done"}),
    ])
    report = draft_report(data, "year-end", today=YEAR_END)
    work = [b.text for b in _section(report, "工作进展").blocks]
    assert work[-1] == ("9月26日县返乡创业孵化园建成并投入使用。孵化园累计入驻创业实体32家，完成目标的107%，"
                        "带动就业260人。截至10月底，建成返乡创业孵化园1个，完成目标。该项任务已完成。")
    # the stages stay checkable: the landmark keeps their entries
    landmark = next(s for s in report.sentences() if s.text.startswith("9月26日"))
    assert {s.month for s in [landmark.source, *landmark.merged]} >= {"2024-03", "2024-06", "2024-08"}
    overview = "".join(b.text for b in _section(report, "总体情况").blocks)
    assert "9月26日县返乡创业孵化园建成并投入使用；" in overview
    assert overview.count("孵化园") == 1 and "市民政局9月26日" not in overview
    # near miss: a stage of another thing before the landmark stays
    data.entries.insert(0, EntryIn(99, 1, "市民政局", "2024-04", status="in_progress",
                                   progress="完成老年食堂选址12处。"))
    work = [b.text for b in _section(draft_report(data, "year-end", today=YEAR_END), "工作进展").blocks]
    assert "完成老年食堂选址12处。" in work[-1]


def test_one_rounding_of_a_targets_share():
    assert [target_share(v, g) for v, g in ((8350, 12000), (32, 30), (5030, 5000), (1, 1))] == [70, 107, 101, 100]
    # never 100 for a target not met, nor under 100 for one met
    assert target_share(998, 1000) == 99 and target_share(1000, 1000) == 100
    assert target_share(5, 0) == 0


def test_the_dashboard_and_the_ledger_say_the_reports_share(qtbot, tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET date = '2023-12-01' WHERE id = ?", (plan,))
    civil = unit(ws, plan, "市民政局")
    t4 = task_id(ws, plan, "二.二.4")
    beds = ws.conn.execute("SELECT id FROM targets WHERE task_id = ? ORDER BY position", (t4,)).fetchone()[0]
    store_entries.save_entry(ws, t4, civil, "2024-01", progress="新增护理床位349张。", values={beds: 349})
    store_entries.submit_month(ws, civil, "2024-01")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-03-12")
    bars = {label: note for label, _, note in window.dashboard.chart.bars}
    # 349/500 = 69.8 %: 70 % on the dashboard as in the reports (it said 69 %)
    assert next(v for k, v in bars.items() if "家庭养老照护床位" in k) == "349/500张（70%）"
    from desktop.reports.data import load_input
    from desktop.store import open_workspace
    ws = open_workspace(tmp_path / "w.sqlite")
    rows = sheets.ledger_rows(load_input(ws, 2024))
    ws.close()
    assert any("家庭养老照护床位：349张（完成70%）" in str(r[6]) for r in rows)
