"""Round 24, the misfire hunt's classes D–J (/work/wt/prompts/hunt.md; made-up snippets): past-year figures taken
as targets, a scope threshold as a plan target, 「稳定在…以上」 read as =, day counts / 百分之八十 / Chinese-numeral
counts not read, reporting duties that lose their date, 「（2025年7月起）」 read as an end, and phases with no year
near them. Each class in the hunt's wording, in other wordings, and near-misses that must not fire."""

from __future__ import annotations

from desktop.core.parse import parse_text, read_target
from desktop.core.parse.date_spans import month_range
from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import find_targets


def _targets(text: str, year: int | None = 2024) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, year, relaxed=True)]


def _duties(text: str, year: int | None = 2024, issued: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(d.kind, d.due, d.every) for d in find_duties(text, year, issued)]


# --- D. a figure of a past year is no target ----------------------------------------------------------------------

def test_a_past_year_done_is_no_target():
    assert _targets("2024年完成改造30个，2023年已完成投资12亿元。") == [(30.0, "个", None)]
    assert _targets("2023年累计建成充电桩500个。") == []


def test_a_past_year_before_the_plans_year_is_no_target():
    assert _targets("2023年全区共清理卫生死角2300处，2024年力争清理3000处。") == [(3000.0, "处", None)]
    assert _targets("2023年全区城镇新增就业1.1万人，2024年城镇新增就业1.2万人以上。") == [(12000.0, "人", ">=")]
    # (three years in a row: the two before the plan's are the past)
    assert _targets("2022年全市共建成15个，2023年建成20个，2024年力争建成30个。") == [(30.0, "个", None)]


def test_a_past_year_before_an_aim_without_the_plans_year():
    assert _targets("2023年全区共清理卫生死角2300处，2024年力争清理3000处。", None) == [(3000.0, "处", None)]


def test_a_past_year_as_a_base_or_a_start_keeps_the_target():
    assert _targets("城镇新增就业比2023年增长5%。") == [(5.0, "%", None)]
    assert _targets("2023年的基础上，新增就业增长5%。") == [(5.0, "%", None)]
    assert _targets("自2023年起每年新增10个。") == [(10.0, "个", None)]


def test_the_plans_yearly_steps_are_targets():
    # 2024年…，2025年…: each year a step of the plan, no past (no 已/累计, not before the plan's year)
    assert _targets("2024年完成改造30个，2025年完成改造40个。") == [(30.0, "个", None), (40.0, "个", None)]
    assert _targets("2025年累计建成100个。") == [(100.0, "个", None)]
    # a day before the plan's year is a deadline's, not a past figure's
    assert _targets("2023年12月底前完成改造30个，2024年完成40个。", 2023) == [(30.0, "个", None), (40.0, "个", None)]


def test_a_past_figure_in_a_task_is_not_its_target():
    plan = parse_text("某区2024年稳就业工作方案\n一、重点任务\n（一）稳定就业规模。2023年全区城镇新增就业1.1万人，"
                      "2024年城镇新增就业1.2万人以上。（责任单位：区人社局）\n")
    assert [(t.value, t.comparator) for t in plan.tasks[0].targets] == [(12000.0, ">=")]


# --- E. the scope a campaign covers is no target --------------------------------------------------------------------

def test_a_scope_band_opening_a_list_of_traits_is_no_target():
    # round 31 (mt31), CONVENTIONS.md thresholds: a band opening the list of what the things are like is joined to
    # 以上: a target
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class)
    assert [t[:2] for t in _targets("重点是3层及以上、人员密集、违规改扩建的经营性自建房。")] == []
    assert [t[:2] for t in _targets("主要是5000平方米以上、人员密集的公共场所。")] == []


def test_a_band_after_a_verb_stays_a_target():
    assert _targets("完成3层及以上、人员密集的经营性自建房整治100栋。") == [(3.0, "层", ">="), (100.0, "栋", None)]


# --- F. 稳定在…以上 is at least ---------------------------------------------------------------------------------

def test_held_at_or_above():
    assert _targets("秸秆综合利用率稳定在92%以上。") == [(92.0, "%", ">=")]
    assert _targets("粮食播种面积稳定在52万亩以上，产量稳定在2.1亿公斤以上。") == [
        (520000.0, "亩", ">="), (210000000.0, "公斤", ">=")]
    assert _targets("参保率保持在95%以上。") == [(95.0, "%", ">=")]
    assert _targets("发病率稳定在1%以下。") == [(1.0, "%", "<=")]


def test_held_at_without_a_band_stays_equal():
    assert _targets("参保率稳定在95%。") == [(95.0, "%", "=")]
    assert _targets("参保率稳定在95%左右。") == [(95.0, "%", "=")]


# --- G. targets that were not read -------------------------------------------------------------------------------

def test_a_count_of_days_is_a_target():
    assert _targets("空气质量优良天数达到300天，重污染天数不超过5天。") == [(300.0, "天", ">="), (5.0, "天", "<=")]
    assert read_target("空气质量优良天数达到300天").value == 300.0
    target = read_target("重污染天数不超过5天")
    assert (target.value, target.unit, target.comparator) == (5.0, "天", "<=")


def test_days_as_a_span_stay_no_target():
    assert _targets("在10天内完成整改。") == []
    # (round 33: a time limit joined to a comparison word is a target — 「办结时间不超过5天」 is one now)
    assert _targets("办结时间不超过5天。") == [(5.0, "天", "<=")]
    assert _targets("整改天数不超过15天后复查。") == []


def test_a_share_in_words_is_read():
    assert _targets("全区注册率达到百分之八十。") == [(80.0, "%", ">=")]
    target = read_target("注册率达到百分之八十")
    assert (target.value, target.unit, target.comparator) == (80.0, "%", ">=")
    # the target's text keeps the plan's words
    assert find_targets("全区注册率达到百分之八十。", 2024)[0].text == "全区注册率达到百分之八十"
    assert _targets("增长百分之五点五。") == []          # (a decimal in words is left unread)


def test_a_count_in_numerals_ending_its_clause_is_read():
    assert _targets("全年完成既有住宅加装电梯三十台，力争四十台。")[:1] == [(30.0, "台", None)]
    assert _targets("创建文明楼院二十个，新建三十个。") == [(20.0, "个", None), (30.0, "个", None)]
    assert _targets("聚焦两个，推进一个，") == []
    assert _targets("第二十个，") == []


def test_a_goal_section_in_numerals_and_words_gives_plan_targets():
    plan = parse_text("银川路街道2024年老旧小区加装电梯工作方案\n一、工作目标\n"
                      "全年完成既有住宅加装电梯三十台，力争四十台。"
                      "全区注册率达到百分之八十。\n二、工作任务\n（一）摸底调查。3月底前完成辖区多层住宅摸底。（责任单位：各社区）\n")
    assert {(t.value, t.unit) for t in plan.plan_targets} >= {(30.0, "台"), (80.0, "%")}


# --- H. reporting duties keep their dates ------------------------------------------------------------------------

def test_a_liaison_named_by_a_day():
    assert _duties("各单位要明确1名联络员，于3月5日前将联络员名单报县应急局。") == [("liaison", "2024-03-05", None)]
    assert _duties("各单位要于5月10日前确定1名联络员，报市道安办。") == [("liaison", "2024-05-10", None)]


def test_a_liaison_does_not_take_another_sendings_day():
    assert ("liaison", None, None) in _duties("各单位明确1名联络员，6月底前报送半年总结。")
    assert ("liaison", "2024-03-05", None) in _duties("各单位于3月5日前确定1名联络员，每月5日前报送工作信息。")


def test_a_years_summary_by_a_day_is_dated():
    # (the year's report named before: the second is a dated duty of its own)
    assert ("other", "2024-12-10", None) in _duties("各单位于8月10日前报送工作总结。"
                                                     "各单位每季度末报送进展，12月10日前报送年度总结。")
    assert ("year_end_report", "2024-12-10", None) in _duties("各单位每季度末报送进展，12月10日前报送年度总结。")
    # (beside the half year's summary, the year's is the year-end report by its own day — round 26, h3 class 11)
    assert ("year_end_report", "2024-11-30", None) in _duties("各县（区）医保局每月10日前报送参保进度，"
                                                               "6月底前报送半年工作小结，11月底前报送年度工作总结。")
    assert not any(every == "year" for _k, _d, every in _duties("各县（区）医保局每月10日前报送参保进度，"
                                                                 "6月底前报送半年工作小结，11月底前报送年度工作总结。"))


def test_a_years_summary_is_not_said_twice():
    duties = _duties("各村（社区）于每月5日前报送上月工作进展，11月30日前报送年度工作总结。")
    assert ("year_end_report", "2024-11-30", None) in duties
    assert [every for _k, _d, every in duties].count("year") == 0


def test_a_yearly_summary_keeps_its_rhythm():
    # (one duty: the year-end report keeps the yearly rhythm — round 25, h2 class 5 — not an undated year-end
    # report beside a yearly 'other')
    assert _duties("各单位每年12月10日前报送年度总结。") == [("year_end_report", None, "year")]


def test_two_dated_sendings_in_one_sentence():
    assert _duties("各乡镇于6月5日前将自查情况报送县住建局，8月10日前报送工作总结。") == [
        ("other", "2024-06-05", None), ("year_end_report", "2024-08-10", None)]
    assert _duties("各单位于4月15日前报送实施方案，每月5日前报送上月工作信息。") == [
        ("other", "2024-04-15", None), ("monthly_info", None, "month")]


def test_a_day_of_work_done_is_no_sending():
    # 6月30日前完成自查: work, not a sending — the sentence keeps one duty
    assert _duties("各单位于6月30日前完成自查，8月10日前报送工作总结。") == [("year_end_report", "2024-08-10", None)]


def test_a_time_counted_from_the_plans_issue():
    assert _duties("各单位于方案印发之日起30日内制定具体方案报市道安办。", 2024, "2024-04-20") == [
        ("other", "2024-05-20", None)]
    assert _duties("自本方案印发之日起1个月内报送实施方案。", 2024, "2024-01-31") == [("other", "2024-02-29", None)]
    # working days are not counted (holidays are not known); without the plan's date nothing is guessed
    assert _duties("自本方案印发之日起15个工作日内报送实施方案。", 2024, "2024-01-31") == [("other", None, None)]
    assert _duties("各单位于方案印发之日起30日内制定具体方案报市道安办。") == [("other", None, None)]


def test_a_time_from_the_issue_beside_a_rhythm():
    duties = _duties("各单位于方案印发之日起10日内制定具体方案报市道安办，每月5日前报送上月工作开展情况。",
                     2024, "2024-04-20")
    assert ("other", "2024-04-30", None) in duties and ("other", None, "month") in duties


def test_the_notices_date_dates_the_plans_duty():
    plan = parse_text("乐平市人民政府办公室关于印发乐平市2024年道路交通安全专项行动方案的通知\n"
                      "各乡镇人民政府，市直各单位：\n"
                      "现将方案印发给你们，请认真贯彻落实。\n乐平市人民政府办公室\n2024年4月20日\n"
                      "乐平市2024年道路交通安全专项行动方案\n一、重点任务\n（一）整治“两客一危”车辆。（市交警大队牵头，市交通运输局配合）\n"
                      "二、工作要求\n各单位于方案印发之日起30日内制定具体方案报市道安办。\n")
    assert any(d.due == "2024-05-20" for d in plan.duties)


# --- I. 「…起」 is a start ------------------------------------------------------------------------------------------

def test_from_a_month_on_is_a_start():
    assert month_range("2025年7月起", None) == ("2025-07", None)
    assert month_range("2025年7月1日起", None) == ("2025-07", None)
    assert month_range("2025年7月以后", None) == ("2025-07", None)


def test_a_range_from_a_month_keeps_its_end():
    assert month_range("自2025年7月起至12月", None) == ("2025-07", "2025-12")
    assert month_range("2025年7月", None) == ("2025-07", "2025-07")
    assert month_range("2025年7月底前", None) == (None, "2025-07")


def test_a_step_from_a_month_on_has_no_deadline():
    plan = parse_text("大河区自建房安全专项整治工作方案\n一、工作步骤\n（一）排查摸底（2024年5月—6月）\n"
                      "（二）集中整治（2024年7月—2025年6月）\n（三）巩固提升（2025年7月起）\n")
    assert [(p.start, p.end) for p in plan.phases][-1] == ("2025-07", None)
    assert plan.tasks[-1].deadline is None


# --- J. phases dated by the window the aims set -------------------------------------------------------------------

_WINTER = ("北塘区冬春季大气污染防治攻坚行动方案\n一、攻坚目标\n"
           "2024年11月至2025年3月，全区PM2.5平均浓度控制在48微克/立方米以内。\n"
           "二、攻坚时段\n第一阶段：准备阶段（11月上旬）\n第二阶段：攻坚阶段（11月中旬—次年2月）\n第三阶段：总结阶段（3月）\n"
           "三、重点任务\n（一）严控散煤燃烧。完成散煤替代2000户。（牵头单位：区发改局；责任单位：各街道）\n")


def test_phases_take_the_year_of_the_aims_window():
    plan = parse_text(_WINTER)
    assert [(p.start, p.end) for p in plan.phases] == [
        ("2024-11", "2024-11"), ("2024-11", "2025-02"), ("2025-03", "2025-03")]


def test_no_window_leaves_yearless_phases_out():
    plan = parse_text(_WINTER.replace("2024年11月至2025年3月，", ""))
    assert plan.phases == []


def test_a_year_in_the_title_still_dates_the_phases():
    plan = parse_text(_WINTER.replace("北塘区冬春季", "北塘区2024年冬春季").replace("2024年11月至2025年3月，", ""))
    assert [p.start for p in plan.phases] == ["2024-11", "2024-11", "2025-03"]
