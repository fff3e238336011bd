"""Round 41 (p41m): deadlines, duties, phases.

Class 1 — the day an item holds its event on (round 36: the days a plan fixes are those items' deadlines; round 37: an
item's own date wins) is read with or without an activity span over the plan: a day opening the item's sentence, or a
day (or list of days) right before 「在…举行／举办」「由…主办」; the one year the item itself writes wins over the
plan's. Near misses: a time limit 「前」, a start 「起」, a span, a day with no holding clause.
"""

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import own_day


def test_day_before_held_clause_dates_item():
    assert own_day("开展环保主题宣传活动6月5日,由区生态环境局主办,在中心广场举办。", 2021) == "2021-06-05"
    assert own_day("9月20日、21日在县体育馆举行篮球比赛。", 2021) == "2021-09-21"


def test_items_own_year_wins():
    assert own_day("9月9日上午9:00,在镇文化中心举行2018年敬老节文艺汇演;", 2016) == "2018-09-09"


def test_near_misses_keep_no_day():
    assert own_day("各村于9月20日前在村委会张贴宣传海报。", 2021) is None
    assert own_day("自9月20日起在全县范围内开展宣传。", 2021) is None
    assert own_day("开展环保宣传，营造良好氛围，9月20日各单位上报总结。", 2021) is None


def test_held_day_without_activity_span_in_a_plan():
    text = ("2019年全民健康宣传周活动方案\n一、活动主题\n2019年全民健康宣传周的活动主题为“健康你我他”。\n"
            "二、活动内容\n(一)启动仪式。5月12日上午,在县人民广场举办宣传周启动仪式。(责任单位:县卫健局)\n"
            "(二)健康讲座。组织专家深入社区开展健康讲座。(责任单位:县卫健局)\n")
    plan = parse_text(text)
    by = {t.text[:4]: t.deadline for t in plan.tasks}
    assert by.get("启动仪式") == "2019-05-12"
    assert by.get("健康讲座") is None


# Class 3 — a bare quarter set as the time of the work 「将于今年一季度开展…培训」 (于／在＋今年)
# dates it by the quarter's end, like 「力争一季度…」; near misses: 「今年一季度全市…增长」 (what the
# quarter shows) and 「一季度召开…」 with no year or aim word stay undated.

def test_quarter_set_this_year():
    from desktop.core.parse.dates import find_deadlines
    got = find_deadlines("市应急局将于今年一季度开展针对各区的宣贯培训。", 2024)
    assert [d.date for d in got] == ["2024-03-31"]
    assert find_deadlines("今年一季度全市规上工业产值增长5%。", 2024) == []
    assert find_deadlines("一季度召开专题会议。", 2024) == []


# Class 4 — a campaign's span counted from the plan's issue 「自本方案印发之日起开展，至2023年11月30日结束」,
# stated once anywhere in the plan, ends the items with no date of their own (round 37's campaign span); near
# misses: how long a rule is in force 「自印发之日起施行，有效期至…」, and an item's own date wins.

def test_issued_span_end():
    from desktop.core.parse.activity_spans import issued_span_end
    assert issued_span_end("本次整治自本方案印发之日起开展，至2024年10月31日结束。") == "2024-10-31"
    assert issued_span_end("本办法自印发之日起施行，有效期至2026年9月9日。") is None
    assert issued_span_end("自本通知印发之日起至2024年6月底止。") == "2024-06-30"


def test_issued_span_dates_undated_items_only():
    text = ("关于开展2024年燃气安全专项整治的工作方案\n一、整治时限\n"
            "本次专项整治自本方案印发之日起开展，至2024年10月31日结束。\n二、主要任务\n"
            "1.开展排查。各区燃气管理部门于2024年6月30日前完成辖区餐饮场所燃气设施排查。\n"
            "2.落实整改。对排查发现的隐患，由各区燃气管理部门督促责任单位限期整改。\n")
    by = {t.text[:4]: t.deadline for t in parse_text(text).tasks}
    assert by.get("开展排查") == "2024-06-30"
    assert by.get("落实整改") == "2024-10-31"


# Class 5 — an item's own time field over a span 「申报受理时间：2025年9月1日—10月30日」「试点时间2个月（8月1日至
# 9月30日）」 ends the item's work; near misses: a term in force 「有效期：…至…」 (no such label), a start alone.

def test_item_time_field_span():
    from desktop.core.parse.activity_spans import field_span_end
    assert field_span_end("负责申报受理和初审。申报受理时间：2024年3月1日—4月15日。", 2024) == "2024-04-15"
    assert field_span_end("试点时间3个月（6月1日至8月31日），由区交通委组织开展试点。", 2023) == "2023-08-31"
    assert field_span_end("本办法有效期：2024年1月1日至2026年12月31日。", 2024) is None
    assert field_span_end("申报受理时间：2024年3月1日起。", 2024) is None
