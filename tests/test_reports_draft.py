"""Drafting from monthly entries: sections, figures, merged repeats, traced sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_reports.sample import PLAN, report_input

from desktop.reports.content import break_title, cn_date, cn_number, text_width
from desktop.reports.draft import (draft_articles, draft_report, merge_sentences, month_list,
                                   split_sentences)
from desktop.reports.content import Source

DAY = dt.date(2024, 6, 28)


@pytest.fixture(scope="module")
def unit_report():
    return draft_report(report_input("市民政局"), "half-year", today=DAY,
                        addressee="市3号建议案办理工作领导小组办公室：")


def _section(report, prefix):
    return next(s for s in report.sections if s.heading.startswith(prefix))


def test_sections_in_official_order(unit_report):
    assert [s.heading for s in unit_report.sections] == [
        "一、基本情况", "二、工作开展情况", "三、主要成效", "四、存在问题", "五、下一步工作打算"]
    assert unit_report.title == ("市民政局关于2024年上半年市政协十四届三次会议3号建议案办理"
                                 "工作情况的报告")
    assert unit_report.lead.endswith("现将2024年上半年工作情况报告如下：")
    assert unit_report.addressee == "市3号建议案办理工作领导小组办公室"
    assert (unit_report.signature, unit_report.contact_person, unit_report.contact_phone) == \
        ("市民政局", "王晓丽", "027-85726301")


def test_basic_figures_are_computed_from_entries(unit_report):
    f = unit_report.figures
    # tasks 1, 2, 3, 4; task 2 done from May, task 3 late in June; six months all on time
    assert (f.tasks, f.lead_tasks, f.done, f.in_progress, f.late, f.not_started) == (4, 3, 1, 2, 1, 0)
    assert (f.targets, f.targets_met, f.months_due, f.months_sent, f.months_on_time, f.articles) == \
        (3, 0, 6, 6, 6, 2)
    text = _section(unit_report, "一").blocks[0].text
    assert f"《{PLAN}》任务4项，其中牵头3项、配合1项" in text
    assert "截至6月底，已完成1项，正常推进2项，滞后1项，未启动0项" in text
    assert "应报送月度进展6份，实际报送6份，其中按时报送6份；报送工作信息2篇" in text


def test_each_task_of_the_unit_with_progress_in_month_order(unit_report):
    blocks = _section(unit_report, "二").blocks
    # the plan's own groups （一） with the unit's tasks 1. under them
    assert [b.text for b in blocks if b.style == "heading2"] == [
        "（一）健全适老化工作机制", "（二）加快推进适老化建设", "（三）提升适老化服务水平"]
    assert [b.text for b in blocks if b.style == "heading3"] == [
        "1.凝聚社会共识", "2.建立联动机制", "1.完善设施配套", "1.发展老年助餐"]
    blocks = [b for b in blocks if b.style != "heading2"]
    first = blocks[1].text
    # the repeated meeting sentence merged with both months; figures from the latest month only
    assert first.startswith("1月、4月，召开专题会议研究部署凝聚社会共识工作。")
    assert "6月，在6个社区开展适老化宣传，发放资料600份。" in first
    assert "5月，在5个社区" not in first
    assert blocks[3].text.startswith("1月、3月至6月，召开联席会议1次")
    assert blocks[3].text.endswith("目前该项任务已完成。")
    # running totals replaced by one sentence from the latest values
    assert "截至6月底，既有住宅加装电梯累计完成60部。" in blocks[5].text
    assert "累计完成50部" not in blocks[5].text
    assert blocks[5].text.endswith("目前该项任务进度滞后。")
    assert blocks[7].text.startswith("截至6月底，老年食堂累计完成54个，助餐服务覆盖率达到64%。")


def test_results_target_against_latest_value_and_percent(unit_report):
    texts = [b.text for b in _section(unit_report, "三").blocks]
    assert texts[0].startswith("对照方案确定的3项量化指标，截至6月底已达到目标值0项")
    assert ("既有住宅加装电梯：目标不少于300部（2024年12月底前），截至6月底完成60部，为目标的20%。"
            in texts)
    assert any(t.startswith("助餐服务覆盖率：目标不少于80%") and "为目标的80%" in t for t in texts)


def test_problems_and_next_steps_gathered_and_numbered(unit_report):
    problems = [b.text for b in _section(unit_report, "四").blocks]
    assert problems == ["一是部分社区宣传覆盖不足。", "二是部分区配套资金到位较慢，影响项目推进进度。",
                        "三是居民意见不一，协调难度大。"]
    steps = [b.text for b in _section(unit_report, "五").blocks]
    assert steps[0] == "一是加强宣传引导，扩大覆盖面。" and len(steps) == 3


def test_every_drafted_sentence_of_sections_two_to_five_is_traced(unit_report):
    traced = 0
    for section in unit_report.sections[1:]:
        for block in section.blocks:
            for sentence in block.sentences:
                if block.style != "body" or sentence.text.startswith("对照方案"):
                    continue
                assert sentence.source is not None, sentence.text
                assert sentence.source.unit == "市民政局"
                assert sentence.source.month.startswith("2024-0")
                traced += 1
    assert traced >= 15
    merged = next(s for s in unit_report.sentences() if s.text.startswith("1月、4月，召开专题会议"))
    assert [x.month for x in merged.sources] == ["2024-01", "2024-04"]
    assert merged.source.label().startswith("市民政局 2024年1月 工作进展（记录")


def test_city_version_names_the_unit_and_sums_up():
    report = draft_report(report_input(None), "half-year", today=DAY)
    assert report.title.startswith("3号建议案办理工作领导小组办公室关于2024年上半年")
    work = [b.text for b in _section(report, "二").blocks]
    assert any(t.startswith("市住房和城市更新局：6月，牵头推进既有住宅加装电梯") for t in work)
    assert any(t.startswith("市民政局：1月至6月，配合推进加装电梯工作。") for t in work)
    results = " ".join(b.text for b in _section(report, "三").blocks)
    # the lead unit (住房) compiles the total; each unit's figure is listed
    assert "截至6月底完成90部，为目标的30%（牵头单位汇总；各单位填报：市民政局60部、市住房和城市更新局90部）" in results
    problems = [b.text for b in _section(report, "四").blocks]
    assert "二是部分区配套资金到位较慢，影响项目推进进度（市民政局、市住房和城市更新局）。" in problems
    f = report.figures
    assert (f.units, f.months_due, f.months_sent, f.months_on_time) == (2, 12, 12, 11)
    for sentence in report.sentences():
        if sentence.source:
            assert sentence.source.unit in ("市民政局", "市住房和城市更新局")


def test_year_end_covers_the_year_and_what_carries_over():
    report = draft_report(report_input(None), "year-end", today=dt.date(2024, 11, 28))
    assert report.title.endswith("工作情况的总结") and "2024年市政协" in report.title
    assert "截至11月底" in _section(report, "一").blocks[0].text
    steps = [b.text for b in _section(report, "五").blocks]
    assert steps[0] == "（一）结转任务"
    assert steps[1] == "截至11月底，尚有2项任务未完成，结转至2025年继续推进："
    assert steps[2] == "1.凝聚社会共识（推进中，牵头单位：市民政局）。"
    assert steps[3] == "2.完善设施配套（推进中，牵头单位：市住房和城市更新局）。"
    assert "（二）工作打算" in steps
    assert any("11月，在11个社区开展适老化宣传" in b.text for b in _section(report, "二").blocks)


def test_task_without_entries_says_so():
    data = report_input("市民政局")
    data.entries = [e for e in data.entries if e.task_id != 2]
    for task in data.tasks:
        task.group = ""               # a plan without groups: （一） per task
    report = draft_report(data, "half-year", today=DAY)
    blocks = _section(report, "二").blocks
    assert [b.text for b in blocks if b.style == "heading2"][:2] == ["（一）凝聚社会共识", "（二）建立联动机制"]
    i = [b.text for b in blocks].index("（二）建立联动机制")
    assert blocks[i + 1].text == "本期尚未填报该项任务的进展。"
    assert report.figures.not_started == 1


def test_monthly_articles_drafted_with_unit_title_and_paragraphs():
    articles = draft_articles(report_input(None), "2024-06")
    assert [a.title for a in articles] == ["市民政局扎实推进老年助餐服务", "市民政局召开适老化改造推进会",
                                          "市住房和城市更新局加快加装电梯"]
    assert articles[0].paragraphs[1].startswith("下一步，将进一步压实工作责任")
    assert (articles[0].phone, articles[0].date) == ("027-85726301", dt.date(2024, 6, 25))
    assert articles[0].source == Source(1, "市民政局", "2024-06", "article")
    assert draft_articles(report_input("市住房和城市更新局"), "2024-05") == []


def test_sentence_helpers():
    assert split_sentences("召开会议；部署工作\n加强督办") == ["召开会议。", "部署工作。", "加强督办。"]
    assert month_list([1, 3, 4, 5, 6]) == "1月、3月至6月"
    assert month_list([2, 3]) == "2月、3月"
    merged = merge_sentences([("3月，召开推进会。", Source(1, "甲", "2024-03")),
                              ("9月，召开推进会。", Source(2, "甲", "2024-09")),
                              ("完成改造120户。", Source(3, "甲", "2024-09")),
                              ("完成改造150户。", Source(4, "甲", "2024-10"))])
    assert [s.text for s in merged] == ["3月、9月，召开推进会。", "完成改造150户。"]
    assert merged[1].source.entry_id == 4 and merged[1].merged[0].entry_id == 3


def test_official_numbers_dates_and_title_breaks():
    assert cn_date(dt.date(2024, 6, 8)) == "2024年6月8日"
    assert [cn_number(n) for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]
    parts = ["市住房和城市更新局", "关于", "2024年上半年", "市政协十四届", "三次会议", "3号建议案",
             "办理", "工作情况的报告"]
    lines = break_title(parts)
    # 38.5 characters do not fit two 20-character lines without breaking a word
    assert lines == ["市住房和城市更新局关于", "2024年上半年市政协十四届三次会议", "3号建议案办理工作情况的报告"]
    assert all(text_width(line) <= 20 for line in lines)
    assert break_title(["市民政局", "关于", "工作情况的报告"]) == ["市民政局关于工作情况的报告"]
