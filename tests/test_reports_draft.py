"""Drafting from monthly entries (REPORT_WRITING.md): the headline first, the period as a
whole, a few problems and steps, targets in words, checks before export, traced sentences."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fixtures_reports.sample import PLAN, entries_in as _entries, report_input, section as _section, task_in as _task

from desktop.reports.content import Source, break_title, cn_date, cn_number, text_width
from desktop.reports.draft import draft_articles, draft_report, short_name, target_words
from desktop.reports.inputs import EntryIn, TargetIn, TaskIn
from desktop.reports.period import clean, fold, split_sentences, step_done

DAY = dt.date(2024, 6, 28)          # a half-year report dated here stands at the end of May
YEAR_END = dt.date(2024, 11, 26)    # a year-end report dated here stands at the end of October


@pytest.fixture(scope="module")
def unit_report():
    return draft_report(report_input("市民政局"), "half-year", today=DAY,
                        addressee="市3号建议案办理工作领导小组办公室：")


def _text(report) -> str:
    return "".join(b.text for b in report.blocks())


def test_skeleton_title_opening_and_sign_off(unit_report):
    assert [s.heading for s in unit_report.sections] == [
        "一、总体情况", "二、主要做法", "三、工作进展", "四、存在问题", "五、下一步打算"]
    assert unit_report.title == "市民政局2024年市政协十四届三次会议3号建议案办理半年工作小结"
    assert unit_report.title_lines == ["市民政局2024年市政协十四届三次会议", "3号建议案办理半年工作小结"]
    assert unit_report.lead.startswith(f"根据《{PLAN}》")
    assert unit_report.lead.endswith("现将有关情况报告如下：")
    assert unit_report.addressee == "市3号建议案办理工作领导小组办公室"
    assert (unit_report.signature, unit_report.contact_person, unit_report.contact_phone) == \
        ("市民政局", "王晓丽", "027-85726301")


def test_headline_plan_in_one_phrase_status_and_results_no_report_counts(unit_report):
    text = _section(unit_report, "总体情况").blocks[0].text
    assert f"我单位牵头《{PLAN}》2大类3项工作任务，配合推进1项。" in text
    # the task it supports counted too, by its own entries (marked late in May), apart from the 3 it leads (ux61, ux63)
    assert "截至5月底，牵头的任务中已完成1项、正在推进2项；配合推进的任务正在推进，进度滞后。" in text
    assert "新建老年食堂45个，完成目标（100个）的45%" in text    # results with their figures
    assert "助餐服务覆盖率达到60%" in text and "距目标" not in text
    assert "份" not in text and "0项" not in text and "未启动" not in text


def test_period_text_cumulative_once_monthly_counts_added_no_month_words(unit_report):
    work = "".join(b.text for b in _section(unit_report, "工作进展").blocks)
    # months 1–5: 1+2+3+4+5 new canteens, the running total once at its latest value
    assert "上半年新建老年食堂15个，累计建成老年食堂45个，完成目标（100个）的45%。" in work
    assert "累计建成老年食堂36个" not in work
    assert "助餐服务覆盖率达到60%，距目标还差20个百分点" in work
    assert "上半年召开联席会议4次" in work and "该项任务已完成。" in work
    text = _text(unit_report)
    assert not re.search(r"本月|本期|\d月，|为目标的|0项|尚未填报", text)


def test_a_supporting_units_tasks_are_never_not_started(unit_report):
    f = unit_report.figures
    assert (f.tasks, f.supported, f.done, f.in_progress, f.not_started) == (3, 1, 1, 2, 0)
    work = [b.text for b in _section(unit_report, "工作进展").blocks]
    assert "（三）配合推进的工作" in work
    # the lead named (REPORT_WRITING: 配合市卫健委推进…)
    assert "配合市住房和城市更新局完善设施配套，累计完成既有住宅加装电梯50部。" in work
    assert "未启动" not in _text(unit_report)


def test_problems_and_steps_are_few_recent_and_numbered(unit_report):
    problems = [b.text for b in _section(unit_report, "存在问题").blocks]
    assert 1 <= len(problems) <= 5 and problems[0].startswith("一是")
    assert "二是居民意见不一，协调难度大。" in problems
    steps = [b.text for b in _section(unit_report, "下一步打算").blocks]
    assert steps[0] == "一是加强宣传引导，扩大覆盖面。" and len(steps) <= 5
    year_end = draft_report(report_input("市民政局"), "year-end", today=YEAR_END)
    problems = " ".join(b.text for b in _section(year_end, "存在问题").blocks)
    assert "宣传覆盖不足" not in problems                  # raised January–March only: solved


def test_every_sentence_keeps_its_entries(unit_report):
    traced = 0
    for section in unit_report.sections[1:]:
        for block in section.blocks:
            if block.style != "body":
                continue
            for sentence in block.sentences:
                assert sentence.sources, sentence.text
                assert all(s.unit == "市民政局" and s.month <= "2024-05" for s in sentence.sources)
                traced += 1
    assert traced >= 10
    canteens = next(s for s in unit_report.sentences() if "新建老年食堂15个" in s.text)
    assert [s.month for s in canteens.sources if s.field == "progress"] == [
        "2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]


def test_city_one_paragraph_per_task_lead_named_status_by_the_lead():
    data = report_input(None)
    # the lead reports task 3 done in October; the supporting unit's entry still says late
    for e in data.entries:
        if e.task_id == 3 and e.month == "2024-10":
            e.status = "done" if e.unit == "市住房和城市更新局" else "late"
    report = draft_report(data, "year-end", today=YEAR_END)
    # the office's long name would make the title three lines (GB/T 9704: one or two): it signs the report instead
    assert report.title == "关于2024年市政协十四届三次会议3号建议案办理工作情况的总结"
    assert report.signature == "3号建议案办理工作领导小组办公室"
    assert report.figures.done == 2
    work = [b for b in _section(report, "工作进展").blocks if b.style == "body"]
    assert len(work) == 4                                   # one paragraph per task
    lift = next(b.text for b in work if "加装电梯" in b.text)
    assert lift.startswith("市住房和城市更新局牵头，")
    assert "截至10月底，完成既有住宅加装电梯150部，完成目标（300部）的50%。" in lift
    assert "市民政局累计完成既有住宅加装电梯100部。" in lift
    assert "各单位填报" not in lift and "：" not in lift     # no per-unit list of values
    assert lift.endswith("该项任务已完成。")


def test_year_end_covers_every_unit_to_the_same_month():
    data = report_input(None)
    data.entries = [e for e in data.entries if not (e.unit == "市民政局" and e.month >= "2024-10")]
    report = draft_report(data, "year-end", today=YEAR_END)
    assert report.figures.as_of == "2024-10"
    assert "截至10月底" in _section(report, "总体情况").blocks[0].text
    assert not any("没有填报" in c.text for c in report.checks)
    steps = [b.text for b in _section(report, "明年工作打算").blocks]
    assert steps[0].startswith("一是抓好结转任务落实，确保") and "2025年" in steps[0]


def test_plan_issued_in_april_is_not_due_from_january():
    data = report_input(None)
    data.first_month = "2024-04"
    report = draft_report(data, "half-year", today=dt.date(2024, 7, 10))
    assert report.figures.months_due == 2 * 3              # April–June for two units
    assert all(s.month >= "2024-04" for s in report.sentences() for s in s.sources)


def test_months_written_before_the_import_are_reported_but_not_owed():
    # m56a: a plan issued in January and imported here in April owes nothing for January–March on the 工作台; what
    # the units back-filled for those months is still their work of the period, in the half-year report
    data = report_input(None)
    data.first_month, data.start_month = "2024-04", "2024-01"
    report = draft_report(data, "half-year", today=dt.date(2024, 7, 10))
    assert report.figures.months_due == 2 * 3              # owed: April–June for two units
    assert report.figures.months_sent <= report.figures.months_due
    months = {s.month for s in report.sentences() for s in s.sources}
    assert min(months) < "2024-04" and {e.month for e in data.entries if e.month < "2024-04"} <= months | {""}



def test_on_time_count_is_the_status_sheets():
    # a quarterly plan owes March, June, …; a unit's February sent late all the same is 按时 on the grid and the
    # status sheet (a month not owed is never late), and the report's 按时 count is the sheet's (draft.py once
    # counted owed months only)
    from desktop.core.progress import DueRule
    from desktop.reports.sheets import submission_rows
    data = report_input(None)
    data.due_rule = DueRule(every="quarter")
    late = dt.date(2024, 5, 30)
    data.entries = [EntryIn(**{**e.__dict__, "submitted_at": late.isoformat()}) if e.month == "2024-02" else e
                    for e in data.entries]
    assert any(e.month == "2024-02" and e.state == "submitted" for e in data.entries)
    report = draft_report(data, "half-year", today=dt.date(2024, 7, 10))
    months = [f"2024-{m:02d}" for m in range(1, int(report.figures.as_of[5:]) + 1)]
    sheet = submission_rows(data, dt.date(2024, 7, 10), months)
    words = [w for row in sheet for w in row[4:4 + len(months)]]
    february = {e.unit for e in data.entries if e.month == "2024-02"}
    assert all(row[4 + 1] == "按时" for row in sheet if row[1] in february)
    assert report.figures.months_on_time == words.count("按时") > 0

def _one_task_report(task, entries, kind="year-end", **extra):
    data = report_input("市民政局")
    data.tasks, data.entries = [task], entries
    for k, v in extra.items():
        setattr(data, k, v)
    return draft_report(data, kind, today=YEAR_END)


def test_no_figure_dropped_landmarks_first_short_name_in_heading():
    task = _task(short_name="养老服务立法")
    report = _one_task_report(task, _entries([
        (4, {"progress": "4月，召开立法调研座谈会。起草条例草案。"}),
        (6, {"progress": "本月，累计出台养老服务政策文件8个。"}),
        (9, {"progress": "将《武汉市养老服务条例（草案）》报请市政府审议。累计出台养老服务政策文件11个。"}),
    ]))
    work = [b.text for b in _section(report, "工作进展").blocks]
    assert work[0] == "（一）养老服务立法"
    assert work[1].startswith("将《武汉市养老服务条例（草案）》报请市政府审议。")
    assert "累计出台养老服务政策文件11个" in work[1] and "8个" not in work[1]
    headline = _section(report, "总体情况").blocks[0].text
    assert "重点工作取得阶段性成效：将《武汉市养老服务条例（草案）》报请市政府审议" in headline


def test_short_name_falls_back_to_a_clean_title():
    assert short_name(_task(title="通过政府购买服务等方式，支持社会力量参与养老服务")) == "支持社会力量参与养老服务"
    assert short_name(_task(title="出台家庭养老照护床位试点工作方案。")) == "出台家庭养老照护床位试点工作方案"


def test_targets_in_natural_words_the_plans_way():
    rate = TargetIn(1, "医养结合率", "全市所有养老机构医养结合率达到90%以上", 90, "%", ">=")
    assert target_words(rate, 92) == "全市所有养老机构医养结合率达到92%，超过目标2个百分点"
    assert target_words(rate, 88) == "全市所有养老机构医养结合率达到88%，距目标还差2个百分点"
    people = TargetIn(2, "养老服务人才", "全市共培训养老服务人才1万人次", 10000, "人次", ">=")
    assert target_words(people, 10600) == "全市共培训养老服务人才1.06万人次，完成目标的106%"
    assert target_words(people, 9600) == "全市共培训养老服务人才9600人次，完成目标（1万人次）的96%"
    homes = TargetIn(3, "适老化改造", "在2021年底之前完成2000户特殊困难家庭的适老化改造", 2000, "户", ">=")
    assert target_words(homes, 2000).endswith("，完成目标")


def test_next_steps_not_done_and_not_garbled():
    task = _task()
    report = _one_task_report(task, _entries([
        (9, {"progress": "完成选址。", "next_steps": "6月底前形成条例草案代拟稿初稿；出台运营补贴办法。"}),
        (10, {"progress": "印发《老年食堂运营补贴办法》。", "next_steps": "三是6月底前形成条例草案代拟稿初稿。"}),
    ]))
    steps = [b.text for b in _section(report, "明年工作打算").blocks]
    assert "二是6月底前形成条例草案代拟稿初稿。" in steps
    assert not any("运营补贴办法" in s for s in steps)
    assert clean("6月，完成选址。") == "完成选址。" and clean("6月底前完成选址。") == "6月底前完成选址。"
    assert step_done("出台运营补贴办法。", ["印发《老年食堂运营补贴办法》。"])
    assert not step_done("扩大宣传覆盖面。", ["组织宣传活动，覆盖社区42个。"])


def test_written_practices_come_first_then_mechanisms_of_the_entries():
    task = _task()
    report = _one_task_report(task, _entries([
        (8, {"progress": "成立立法工作专班。起草条例草案。"}),
        (9, {"progress": "召开专班调度会1次。起草条例草案。"}),
        (10, {"progress": "召开专班调度会1次。"})]),
        practices={"year-end": [("市民政局", "一是坚持高位推动，分管市领导每月听取汇报。\n"),
                                ("市卫健委", "别的单位的做法。")]})
    points = [b.text for b in _section(report, "主要做法").blocks]
    assert points[0] == "一是坚持高位推动，分管市领导每月听取汇报。"
    assert points[1].startswith("二是强化组织领导，") and "成立立法工作专班" in points[1]
    assert "今年以来召开专班调度会2次" in " ".join(points)
    assert not any("别的单位" in p for p in points)


def test_checks_before_export_name_their_source():
    target = TargetIn(7, "老年食堂", "新建老年食堂不少于100个", 100, "个", ">=")
    task = _task([target])
    entries = _entries([
        (8, {"progress": "累计建成老年食堂60个。", "values": {7: 60}}),
        (9, {"progress": "累计建成老年食堂55个。", "values": {7: 55}, "status": "done"}),
    ])
    other = TaskIn(2, "二.一.2", "2", "建立联动机制", None, ["市民政局"])
    entries += [EntryIn(10, 2, "市民政局", "2024-09", progress="累计建成老年食堂55个。")]
    data = report_input("市民政局")
    data.tasks, data.entries = [task, other], entries
    checks = [c.text for c in draft_report(data, "year-end", today=YEAR_END).checks]
    assert any("已标为完成" in c and "尚未达到目标" in c for c in checks)
    assert any("9月（55）比8月（60）少" in c for c in checks)
    assert any(c.startswith("同一句话出现在") for c in checks)
    met = TargetIn(8, "食堂", "新建食堂10个", 10, "个", ">=")
    quiet = _one_task_report(_task([met]), _entries([(9, {"values": {8: 12}})]))
    assert any("没有填写工作进展" in c.text and c.sources for c in quiet.checks)
    silent = _one_task_report(_task(), [])
    assert any("没有填报任何进展" in c.text for c in silent.checks)


def test_fold_sums_counts_and_keeps_totals_at_their_latest():
    items = [(clean(t), Source(i, "甲", f"2024-0{i}")) for i, t in enumerate(
        ["3月，完成改造120户，累计完成120户。", "完成改造150户，累计完成270户。",
         "召开推进会。", "召开推进会。"], 3)]
    texts = [i.text for i in fold(items, total_word="上半年")]
    assert texts == ["累计完成改造270户。", "召开推进会。"]
    assert split_sentences("召开会议；部署工作\n加强督办") == ["召开会议。", "部署工作。", "加强督办。"]


def test_monthly_articles_drafted_with_unit_title_and_paragraphs():
    articles = draft_articles(report_input(None), "2024-06")
    assert [a.title for a in articles] == ["市民政局扎实推进老年助餐服务", "市民政局召开适老化改造推进会",
                                          "市住房和城市更新局加快加装电梯"]
    assert articles[0].paragraphs[1].startswith("下一步，将进一步压实工作责任")
    assert (articles[0].phone, articles[0].date) == ("027-85726301", dt.date(2024, 6, 25))
    assert articles[0].source == Source(1, "市民政局", "2024-06", "article")
    assert draft_articles(report_input("市住房和城市更新局"), "2024-05") == []


def test_official_numbers_dates_and_title_breaks():
    assert cn_date(dt.date(2024, 6, 8)) == "2024年6月8日"
    assert [cn_number(n) for n in (1, 10, 11, 20, 23, 100)] == ["一", "十", "十一", "二十", "二十三", "一百"]
    parts = ["市住房和城市更新局", "关于", "2024年上半年", "市政协十四届", "三次会议", "3号建议案",
             "办理", "工作情况的报告"]
    lines = break_title(parts)
    assert lines == ["市住房和城市更新局关于", "2024年上半年市政协十四届三次会议", "3号建议案办理工作情况的报告"]
    assert all(text_width(line) <= 20 for line in lines)
    assert break_title(["市民政局", "关于", "工作情况的报告"]) == ["市民政局关于工作情况的报告"]


def test_a_title_line_keeps_a_character_in_hand_for_wide_digits():
    # the demo office's half-year title: a line counted as exactly 20 (「2024」 as two) overflowed
    # in the title font and left 「议」 alone on a line of its own
    parts = ["市政协十四届三次会议", "3号建议案", "办理工作", "领导小组办公室", "2024年", "市政协十四届三次会议",
             "3号建议案", "办理", "半年工作小结"]
    lines = break_title(parts)
    assert "".join(lines) == "".join(parts)
    assert all(text_width(line) <= 19 for line in lines)
    assert all(text_width(line) >= 8 for line in lines)          # no word left alone on a line


def test_a_long_office_name_breaks_between_words_in_the_title():
    data = report_input(None)
    data.office_name = "市十四届人大六次会议2号议案办理工作领导小组办公室"
    lines = draft_report(data, "year-end", today=YEAR_END).title_lines
    assert all(text_width(line) <= 19 for line in lines)
    assert len(lines) <= 2            # a title of one or two lines: the long name signs the report (ux62)
    assert all(not line.endswith(("市十四届", "人大", "政协")) for line in lines)
    assert all("领导小组办公室" not in line for line in lines)
    from desktop.reports.render import signature_lines
    signed = signature_lines(draft_report(data, "year-end", today=YEAR_END).signature)
    assert "".join(signed) == data.office_name and any("领导小组办公室" in line for line in signed)


def test_titles_keep_session_and_office_names_whole():
    from desktop.reports.wording import SESSION, title_words

    for name in ("市十四届人大六次会议", "市政协十四届三次会议", "省十三届人大常委会第五次会议"):
        assert SESSION.fullmatch(name), name
    assert title_words("市政协十四届三次会议3号建议案办理工作领导小组办公室") == [
        "市政协十四届三次会议", "3号建议案办理工作", "领导小组办公室"]
    for kind in ("half-year", "year-end"):
        for unit in (None, "市民政局"):
            data = report_input(unit)
            data.office_name = "领导小组办公室"                # none set: a blank to fill, no name made up (ux62)
            report = draft_report(data, kind, today=YEAR_END)
            assert "市政协十四届三次会议" in "".join(report.title_lines)
            assert not any(line.endswith(("十四届", "人大", "政协", "领导", "小组")) for line in report.title_lines)
            if unit is None:
                assert report.signature == "（请填写落款单位）"
                assert "领导小组办公室" not in report.title
    assert draft_report(report_input("市民政局"), "half-year", today=YEAR_END).title.endswith("半年工作小结")
