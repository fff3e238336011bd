"""Classes of the round-25 read-only misfire hunt (h1, h2) mended by m42, each with the hunt's wording, OTHER
wordings of the same class, and near-misses that must not fire.

h2-5  two sendings in one sentence (分别于…和… / …前和…前分别报送); a written day beats 上半年; 每年…报送上年度
      工作总结 is one yearly duty
h2-7 / h1-8  dated items under a task section, or items with unit labels / 完成时限 lines, are no phases
h2-8  schedule layouts: 「第一阶段为X阶段，YYYY年M月至…；」, a 阶段|时间|主要工作 table, a heading over a date
      line, one month 「2025年3月为动员部署阶段」
h2-12 a duty's own heading, 每两周 / 每半月, a weekly sending beside a dated one, 「2024年3月起按月发放」, 联络员名单,
      全年, 即日起至
h2-13 no "cut off" warning for a unit line ending in 。
h1-13 a liaison named and sent by a day is one duty; a phase item's deadline is its window's end
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import deadline_from_words, find_deadlines

_HEAD = ("XX区2025年工作方案\n\n一、工作任务\n（一）推进工作。完成培训100人次。（牵头单位：区民政局）\n"
         "（二）其他工作。完成培训200人次。（牵头单位：区人社局）\n\n二、工作要求\n")


def _duties(line: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.due, d.every) for d in parse_text(_HEAD + line + "\n").duties]


def _phases(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.start, p.end) for p in parse_text(text).phases]


# == h2-5: two sendings in one sentence ============================================================================

def test_two_summaries_by_two_days_each_take_their_own():
    got = _duties("每月25日前报送当月创建工作进展，半年和年度工作总结分别于6月30日前和12月15日前报送。")
    assert ("half_year_summary", "2025-06-30", None) in got
    assert ("year_end_report", "2025-12-15", None) in got
    assert ("other", None, "month") in got
    got = _duties("各乡镇每月28日前报送工作进展，6月25日前和12月20日前分别报送半年和全年工作总结。")
    assert ("half_year_summary", "2025-06-25", None) in got and ("year_end_report", "2025-12-20", None) in got


def test_two_summaries_other_wordings():
    got = _duties("各单位分别于6月30日和12月20日前报送半年和年度工作总结。")
    assert {d for d in got if d[1]} == {("half_year_summary", "2025-06-30", None),
                                        ("year_end_report", "2025-12-20", None)}
    got = _duties("各单位6月底前和12月底前分别报送半年和年度工作总结。")
    assert [d[1] for d in got] == ["2025-06-30", "2025-12-31"]
    got = _duties("各单位分别于6月30日、12月20日前将半年总结、全年总结报送区政府。")
    assert [d[1] for d in got] == ["2025-06-30", "2025-12-20"]
    # one thing by two days: two sendings
    got = _duties("各区2024年12月20日前、2025年12月20日前分别报送年度总结。")
    assert sorted(d[1] for d in got if d[1]) == ["2024-12-20", "2025-12-20"]


def test_respective_list_without_kinds_is_kept():
    got = _duties("区直各单位须分别于6月15日、12月15日前将半年进展、全年完成情况报至牵头单位。")
    assert [d[1] for d in got] == ["2025-06-15", "2025-12-15"]


def test_near_misses_of_two_sendings():
    # two months a work is done in, no sending: no duty
    assert _duties("各校分别在6月和12月开展两次检查。") == []
    # one summary by one day
    assert _duties("各单位于12月15日前报送年度工作总结。") == [("year_end_report", "2025-12-15", None)]


def test_a_written_day_beats_the_half_year_word():
    assert _duties("上半年工作总结于7月5日前报送区政府。") == [("half_year_summary", "2025-07-05", None)]
    assert _duties("各单位于7月10日前报送上半年工作总结。") == [("half_year_summary", "2025-07-10", None)]
    # no day written: the half's end
    assert _duties("各单位及时报送上半年工作总结。")[0][:2] == ("half_year_summary", "2025-06-30")


def test_a_yearly_report_of_the_year_before_is_one_duty():
    assert _duties("每年1月15日前报送上年度工作总结。") == [("year_end_report", None, "year")]
    assert _duties("各单位每年12月20日前报送年度工作总结。") == [("year_end_report", None, "year")]
    got = _duties("每月5日前报送进展，每年12月20日前报送年度工作总结。")
    assert sorted(got, key=str) == sorted([("year_end_report", None, "year"), ("other", None, "month")], key=str)
    # near-miss: a year's report by a day, no 每年: dated, no rhythm
    assert _duties("次年1月10日前报送年度工作总结。") == [("year_end_report", "2026-01-10", None)]


# == h2-7 / h1-8: dated task items are no phases ===================================================================

def test_labelled_short_items_are_no_phases():
    text = ("某市2025年城市更新重点工作方案\n\n一、重点任务\n（一）老旧小区改造\n完成老旧小区改造120个。\n"
            "牵头单位：市住房城乡建设局\n完成时限：2025年10月底前\n（二）背街小巷整治\n整治背街小巷50条。\n"
            "牵头单位：市城市管理局\n完成时限：2025年12月底前\n（三）城中村改造\n启动城中村改造3个。\n"
            "牵头单位：市住房城乡建设局\n完成时限：2025年12月底前\n")
    plan = parse_text(text)
    assert plan.phases == [] and len(plan.tasks) == 3


def test_short_items_under_a_task_section_are_no_phases():
    text = ("某县2025年工作方案\n\n一、主要任务\n1.摸底排查。2025年4月底前完成。\n2.全面整改。2025年9月底前完成。\n"
            "3.巩固提升。2025年12月底前完成。\n")
    assert _phases(text) == []


def test_dated_steps_still_are_phases():
    # near-miss: a 工作措施 section of short-named steps with forward dates and no labels stays phases
    text = ("某县2025年工作方案\n\n一、工作措施\n1.摸底排查。各地于2025年4月底前完成摸底。\n"
            "2.全面整改。2025年9月底前完成整改。\n3.监督评估。2025年12月底前完成评估。\n")
    assert [p[0] for p in _phases(text)] == ["摸底排查", "全面整改", "监督评估"]


# == h2-8: schedule layouts ========================================================================================

def test_name_comma_dates_stages():
    text = ("XX县创建工作实施方案\n\n一、实施步骤\n创建工作分三个阶段进行："
            "第一阶段为动员部署阶段，2023年10月至2023年12月；"
            "第二阶段为全面创建阶段，2024年1月至2024年9月；第三阶段为迎检验收阶段，2024年10月至2025年6月。\n")
    assert _phases(text) == [("动员部署阶段", "2023-10", "2023-12"), ("全面创建阶段", "2024-01", "2024-09"),
                             ("迎检验收阶段", "2024-10", "2025-06")]


def test_name_comma_work_is_no_stage():
    # near-miss: a stage's name, a comma, then its work with a deadline: not a window
    text = ("XX县2025年工作方案\n\n一、主要任务\n"
            "（一）推进整治。在集中整治阶段，5月底前完成排查。（牵头单位：县城管局）\n"
            "（二）巩固提升。巩固提升阶段，开展回头看。（牵头单位：县城管局）\n")
    assert _phases(text) == []


def test_a_stage_table():
    text = ("XX县2025年秸秆综合利用工作方案\n\n一、时间安排\n阶段\t时间\t主要工作\n宣传发动\t2025年4月\t制定方案\n"
            "全面实施\t2025年5月—10月\t开展收储利用\n检查验收\t2025年11月—12月\t组织检查验收\n\n二、工作任务\n"
            "1.提升利用率。全县秸秆综合利用率稳定在95%以上。（牵头单位：县农业农村局）\n")
    assert _phases(text) == [("宣传发动", "2025-04", "2025-04"), ("全面实施", "2025-05", "2025-10"),
                             ("检查验收", "2025-11", "2025-12")]
    # the same with bars
    barred = text.replace("\t", "|")
    assert [p[0] for p in _phases(barred)] == ["宣传发动", "全面实施", "检查验收"]


def test_a_heading_over_its_date_line():
    text = ("XX市燃气安全专项整治工作方案\n\n一、工作步骤\n（一）动员部署\n2024年5月上旬，各区县制定实施方案。\n"
            "（二）排查整治\n2024年5月中旬至10月，全面开展隐患排查整治。\n（三）总结提升\n2024年11月至12月，总结经验。\n")
    assert _phases(text) == [("动员部署", "2024-05", "2024-05"), ("排查整治", "2024-05", "2024-10"),
                             ("总结提升", "2024-11", "2024-12")]


def test_a_single_month_stage_dates_first():
    text = ("XX区2025年工作方案\n\n一、时间安排\n"
            "2025年3月为动员部署阶段，4月至9月为集中整治阶段，10月为总结验收阶段。\n")
    assert _phases(text) == [("动员部署阶段", "2025-03", "2025-03"), ("集中整治阶段", "2025-04", "2025-09"),
                             ("总结验收阶段", "2025-10", "2025-10")]


# == h2-12: duties and dates ======================================================================================

def test_a_duty_heading_is_no_duty_of_its_own():
    got = _duties("（一）明确联络员。各街道确定1名联络员，于3月5日前报区安委办。")
    assert got == [("liaison", "2025-03-05", None)]
    # near-miss: a heading with nothing after it in its paragraph is still read; a heading that is a duty on a
    # rhythm, its units after it, is kept
    assert _duties("（四）及时报送信息。") != []
    # (a meeting each quarter with nothing sent is an oversight rhythm, not a report: round 26, h3 class 11)
    assert ("oversight", None, "quarter") in _duties("（二）每季度召开一次推进会。（责任单位：区建管委）")


def test_every_two_weeks_and_half_month():
    assert _duties("区安委办每两周通报一次工作进展，结果纳入年度安全生产考核。")[0][2] == "week"
    assert _duties("各单位每半月报送一次工作进展。") == [("other", None, "week")]
    # near-miss: 半月报告 as twice a month is no monthly rhythm
    assert all(d[2] != "month" for d in _duties("各单位每半月报送一次工作进展。"))


def test_a_weekly_sending_beside_a_dated_summary():
    got = _duties("每周五报送工作进展，10月15日前报送工作总结。")
    assert ("other", None, "week") in got and ("year_end_report", "2025-10-15", None) in got


def test_a_weekly_sending_between_two_dated_ones():
    got = _duties("各乡镇于3月15日前将整治方案报县整治办，每周五报送工作进展，10月15日前报送工作总结。")
    assert ("other", None, "week") in got and ("other", "2025-03-15", None) in got
    assert ("year_end_report", "2025-10-15", None) in got
    # near-miss: two dated sendings and no rhythm give no rhythm
    assert all(d[2] is None for d in _duties("于6月30日前报送工作方案，于12月5日前报送年度工作总结。"))


def test_a_liaison_list_is_a_liaison_duty():
    assert _duties("各单位于一周内将联络员名单报区办。")[0][0] == "liaison"


def test_a_start_with_a_rhythm_is_no_deadline():
    assert deadline_from_words("2024年3月起按月发放", 2024) == []
    assert deadline_from_words("自5月1日起实施", 2024) == []
    # near-miss: 起草 is work, and a month alone still a deadline
    assert deadline_from_words("2024年3月", 2024)[0].date == "2024-03-31"


def test_the_whole_year_cell_is_the_years_end():
    assert deadline_from_words("全年", 2025)[0].date == "2025-12-31"
    assert deadline_from_words("全年完成", 2025)[0].date == "2025-12-31"
    # near-miss: 全年持续推进 is ongoing
    assert deadline_from_words("全年持续推进", 2025) == []


def test_from_today_until_a_day():
    assert [d.date for d in find_deadlines("自即日起至6月30日，开展全面排查。", 2025)] == ["2025-06-30"]
    assert [d.date for d in find_deadlines("即日起到9月15日，集中整治。", 2025)] == ["2025-09-15"]
    # near-miss: a day alone is no deadline; a validity window is not read this way
    assert find_deadlines("6月30日召开动员会。", 2025) == []
    assert find_deadlines("本办法自即日起至12月31日施行。", 2025) == []
    assert find_deadlines("政策执行期自即日起至12月31日。", 2025) == []


# == h2-13: a unit line that ends in 。 ============================================================================

def test_a_finished_unit_line_is_not_cut_off():
    text = ("XX镇2026年度平安建设工作方案\n\n一、工作任务\n"
            "1.矛盾纠纷排查化解。调处成功率98%以上。责任单位：镇综治办、司法所。\n"
            "2.治安防控体系建设。新增视频监控点位120个。责任单位：派出所。\n")
    plan = parse_text(text)
    assert not any("中断" in w for w in plan.warnings)
    assert plan.tasks[-1].responsible_units == ["派出所"]


def test_a_cut_unit_line_still_warns():
    text = ("XX镇2026年度平安建设工作方案\n\n一、工作任务\n1.矛盾纠纷排查化解。调处成功率98%以上。责任单位：镇综治办\n"
            "2.治安防控体系建设。新增视频监控点位120个。责任单位：镇综治办、区\n")
    assert any("中断" in w for w in parse_text(text).warnings)


# == h1-13: liaison once; a phase item's window end ================================================================

def test_a_liaison_named_and_sent_by_a_day_is_one_duty():
    assert _duties("各社区明确1名垃圾分类工作联络员，于3月15日前报街道城管办。") == [("liaison", "2025-03-15", None)]
    assert _duties("各成员单位要明确一名分管领导和一名联络员，于10月20日前报县爱卫办。") == [
        ("liaison", "2025-10-20", None)]
    # near-miss: a liaison and another thing sent by a day: two duties
    got = _duties("各单位要明确一名联络员，于3月10日前将排查情况报区办。")
    assert ("other", "2025-03-10", None) in got and any(d[0] == "liaison" for d in got)


def test_a_phase_items_deadline_is_its_windows_end():
    text = ("某区2025年工作方案\n\n一、办理步骤\n（一）调研阶段（4月1日—4月30日）。区民政局牵头开展专题调研。\n"
            "（二）办理阶段（5月1日—7月31日）。各协办单位于5月31日前将协办意见报区民政局。\n"
            "（三）答复阶段（8月1日—8月31日）。8月31日前书面答复提案人。\n")
    got = {t.key: t.deadline for t in parse_text(text).tasks}
    assert got == {"一.（一）": "2025-04-30", "一.（二）": "2025-07-31", "一.（三）": "2025-08-31"} or \
        list(got.values()) == ["2025-04-30", "2025-07-31", "2025-08-31"]
