"""Round 49 (t49e): deadlines a careful reader finds above the items — a named day's period a point's lead-in names,
the plan's day by a word of its kind 「宣传日」 — and the one table of yearly days both of its readers use."""

from __future__ import annotations

import re

from desktop.core.parse import parse_text
from desktop.core.parse.named_day_spans import _FIXED_DAYS
from desktop.core.parse.plan_year import _FIRST_EDITION, ordinal_year
from desktop.core.parse.yearly_days import YEARLY_DAYS


def deadlines(plan):
    return {".".join([*t.path, t.number]): t.deadline for t in plan.tasks}


LEAD_IN = ("县卫生局爱牙日宣传活动方案\n"
           "2016年9月20日是第28个“全国爱牙日”。为做好宣传工作,特制定本方案。\n"
           "一、加强领导\n各单位要高度重视,加强组织领导。\n"
           "二、认真开展宣传活动\n各乡镇卫生院要{lead},具体工作要求如下:\n"
           "1、组织一次口腔健康咨询活动。\n2、出一期口腔保健内容的宣传栏。\n3、在集镇悬挂横幅一条。\n")


def test_a_lead_in_naming_the_plans_day_by_its_kind_dates_the_items_under_it():
    plan = parse_text(LEAD_IN.format(lead="在宣传日前后组织一次集中宣传活动"))
    got = deadlines(plan)
    assert [got[k] for k in ("二.1", "二.2", "二.3")] == ["2016-09-30"] * 3


def test_a_lead_in_naming_the_day_itself_dates_the_items_under_it():
    plan = parse_text(LEAD_IN.format(lead="在爱牙日前后组织一次集中宣传活动"))
    assert [deadlines(plan)[k] for k in ("二.1", "二.2", "二.3")] == ["2016-09-30"] * 3


def test_near_miss_a_lead_in_without_a_days_period_dates_nothing():
    plan = parse_text(LEAD_IN.format(lead="组织一次集中宣传活动"))
    assert [deadlines(plan)[k] for k in ("二.1", "二.2", "二.3")] == [None] * 3


def test_near_miss_an_items_own_date_stays_over_the_lead_ins_day():
    text = LEAD_IN.format(lead="在宣传日前后组织一次集中宣传活动").replace(
        "2、出一期口腔保健内容的宣传栏。", "2、10月15日前出一期口腔保健内容的宣传栏。")
    assert deadlines(parse_text(text))["二.2"] == "2016-10-15"


def test_near_miss_the_kind_of_day_with_no_named_day_in_the_plan_dates_nothing():
    text = LEAD_IN.format(lead="在宣传日前后组织一次集中宣传活动").replace(
        "2016年9月20日是第28个“全国爱牙日”。", "2016年,全县继续开展口腔健康宣传。")
    assert [deadlines(parse_text(text))[k] for k in ("二.1", "二.2", "二.3")] == [None] * 3


def test_one_table_of_yearly_days_serves_both_readers():
    names = [d.name for d in YEARLY_DAYS]
    assert len(names) == len(set(names))
    assert _FIRST_EDITION == {d.name: d.first for d in YEARLY_DAYS if d.first}
    assert [(k.pattern, md) for k, md in _FIXED_DAYS] == [(d.name, d.date) for d in YEARLY_DAYS if d.date]
    # a short printing of a day finds the same row as its full name, for both readers
    for short, full in (("气象日", "世界气象日"), ("禁毒日", "国际禁毒日"), ("爱耳日", "全国爱耳日")):
        rows = [d for d in YEARLY_DAYS if re.fullmatch(d.name, short)]
        assert rows and rows == [d for d in YEARLY_DAYS if re.fullmatch(d.name, full)]


def test_a_yearly_days_edition_gives_the_year():
    assert ordinal_year("今年3月23日是第52个世界气象日。") == 2012
    assert ordinal_year("20**年9月28日是第5个“世界狂犬病日”。") == 2011
    # near miss: a day the table gives no first year (海洋日) fixes none
    assert ordinal_year("今年6月8日是第10个“海洋日”。") is None


DAY_ACTIVITY = ("某县无偿献血活动方案\n"
                "(一)加强组织领导。各单位要切实履行职责,做好无偿献血的组织工作。\n"
                "(二)精心组织安排。各乡镇要统筹安排,落实专人负责,确保本单位{what}取得实效。\n"
                "(三)做好总结。2021年全县各单位要总结经验。\n")


def test_an_activity_named_by_its_dated_day_is_dated_by_its_month():
    plan = parse_text(DAY_ACTIVITY.format(what="“6·14世界献血者日”无偿献血活动"))
    assert deadlines(plan)["二"] == "2021-06-30"


def test_near_miss_a_dated_day_among_kinds_of_activity_dates_nothing():
    plan = parse_text(DAY_ACTIVITY.format(what="“6·14世界献血者日”“献血进校园”等公众参与活动"))
    assert deadlines(plan)["二"] is None


def test_near_miss_a_quoted_date_with_no_day_named_dates_nothing():
    plan = parse_text(DAY_ACTIVITY.format(what="“6·14”无偿献血活动"))
    assert deadlines(plan)["二"] is None


def test_a_closing_sending_to_a_peoples_body_is_a_duty():
    from desktop.core.parse.duties import find_duties
    got = find_duties("活动结束后,请认真做好总结。活动总结和相关资料于9月1日前报市残联。", 2017)
    assert [(d.due, d.text) for d in got] == [("2017-09-01", "活动总结和相关资料于9月1日前报市残联")]
    # the page cut inside the receiver's name 「报县妇」: a body of a level all the same
    got = find_duties("活动总结和相关资料于9月1日前报县妇", 2017)
    assert [d.due for d in got] == ["2017-09-01"]


def test_near_miss_a_liaison_word_after_bao_is_no_sending():
    from desktop.core.parse.duties import find_duties
    assert find_duties("各单位要于9月1日前建立工作情报联系机制。", 2017) == []


def test_a_cut_off_time_is_the_items_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert [d.date for d in find_deadlines("活动材料截止时间为2024年10月7日。", 2024)] == ["2024-10-07"]
    assert [d.date for d in find_deadlines("作品征集截止日期：10月7日。", 2024)] == ["2024-10-07"]


def test_near_miss_the_day_data_are_counted_to_is_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("采用数据截止日期为2020年12月31日。", 2021) == []
    assert find_deadlines("截至2024年10月7日,全区已建成12个。", 2024) == []


def test_a_sending_to_a_mailbox_takes_the_cut_off_of_the_next_sentence():
    from desktop.core.parse.duties import find_duties
    got = find_duties("各单位将活动总结和照片发送至邮箱abc123@163.com。活动总结截止时间为2024年10月7日。", 2024)
    assert [(d.due, d.text) for d in got] == [("2024-10-07", "各单位将活动总结和照片发送至邮箱abc123@163.com")]


def test_near_miss_an_undated_mailbox_sending_with_no_cut_off_is_no_dated_duty():
    from desktop.core.parse.duties import find_duties
    got = find_duties("各单位将活动总结和照片发送至邮箱abc123@163.com。活动期间各单位要注意安全。", 2024)
    assert all(d.due is None for d in got)


def test_an_items_own_time_line_dates_it():
    from desktop.core.parse.activity_spans import own_day
    # a label, the day with its year and part of the day, the place it is held
    assert own_day("义诊咨询:2018年9月20日上午在镇卫生院门口开展义诊。", 2018, held_only=True) == "2018-09-20"
    # a day and its part opening the item, the page cut after it
    assert own_day("5月12日下午,结合防灾减灾主", 2018, held_only=True) == "2018-05-12"


def test_near_miss_a_rules_start_day_stays_no_deadline():
    from desktop.core.parse.activity_spans import own_day
    assert own_day("7月1日,《条例》正式施行,各单位要学习。", 2018, held_only=True) is None
    # a label over a day without its part or place: no event's time
    assert own_day("统计时点:2018年9月20日,各单位填报。", 2018, held_only=True) is None


def test_months_a_doer_will_hold_its_rounds_in_date_the_item_by_the_later():
    from desktop.core.parse.dates import find_deadlines
    from desktop.core.parse.year_turn import clause_dates
    text = "加强督导。今年市局将于4月、9月组织专家组,对各区开展年中和年末督导检查。"
    assert find_deadlines(text, 2024) == []           # 年中和年末: points of the year, no year-end deadline
    assert [d.date for d in clause_dates(text, 2024)] == ["2024-09-30"]


def test_near_miss_a_month_inside_a_sentence_without_the_doers_jiang_stays():
    from desktop.core.parse.dates import find_deadlines
    from desktop.core.parse.year_turn import clause_dates
    assert clause_dates("各区要对照5月、10月的检查结果组织整改。", 2024) == []
    # a year-end on its own is still a deadline
    assert [d.date for d in find_deadlines("各区要在年底前完成整改。", 2024)] == ["2024-12-31"]


def test_the_number_an_item_selects_is_its_target():
    from desktop.core.parse.targets import find_targets
    got = find_targets("通过网络报名等方式抽选30名市民代表参加活动。", 2020)
    assert [(t.value, t.unit) for t in got] == [(30.0, "名")]
    got = find_targets("招募50名志愿者参与服务。", 2020)
    assert [(t.value, t.unit) for t in got] == [(50.0, "名")]


def test_near_miss_a_quota_of_who_takes_part_and_a_threshold_stay_no_target():
    from desktop.core.parse.targets import find_targets
    assert find_targets("各有关单位各1人参加。", 2020) == []
    assert find_targets("组织2名公众代表参加活动。", 2020) == []


def test_near_miss_a_part_of_day_opening_a_later_sentence_stays_no_date():
    from desktop.core.parse.activity_spans import own_day
    assert own_day("做好值班工作。5月12日下午,各单位安排专人值守。", 2018, held_only=True) is None
