"""Round 41 (p41q), dates of page openings: the one day an activity is held on, stated once under 活动时间, dates its
undated items (Round 42 rulings, continued: a day is a span one day long); a span written 「5月底至6月初」 ends at its
end (6月初), not its start. Made-up snippets written the way such activity plans are printed, each with near misses
that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text

ONE_DAY = """某镇2016年全民健身日活动方案

为丰富群众文化体育生活，镇文体站决定举办全民健身日活动，特制定本方案。

一、活动时间 {when}

二、活动地点 镇文化广场

三、活动内容

(一)开展广场舞展演。镇文体站负责组织各村文艺队参加展演。

(二)举办健身知识讲座。镇卫生院负责邀请专家现场讲解。
"""


def _deadlines(text: str) -> list[str | None]:
    return [t.deadline for t in parse_text(text).tasks]


def test_one_day_under_activity_time_dates_the_items() -> None:
    assert _deadlines(ONE_DAY.format(when="2016年8月8日上午")) == ["2016-08-08", "2016-08-08"]


def test_one_day_with_weekday_and_hours() -> None:
    field = "一、活动时间及地点\n时间:2016年8月8日(星期一)19时至21时。地点:镇文化广场。\n"
    text = ONE_DAY.format(when="").replace("一、活动时间 \n", field)
    assert _deadlines(text) == ["2016-08-08", "2016-08-08"]


def test_one_day_near_misses() -> None:
    # a limit, a start and two days are no one-day span: nothing dates the items
    for when in ("2016年8月8日前", "2016年8月8日起", "2016年8月8日、9日"):
        assert _deadlines(ONE_DAY.format(when=when)) == [None, None], when
    # an item's own date still wins over the activity's day
    text = ONE_DAY.format(when="2016年8月8日上午").replace("镇卫生院负责邀请专家", "镇卫生院在7月30日前负责邀请专家")
    assert _deadlines(text) == ["2016-08-08", "2016-07-30"]


def test_span_from_month_end_to_next_month_start_ends_at_its_end() -> None:
    assert _deadlines(ONE_DAY.format(when="2016年7月底至8月初")) == ["2016-08-31", "2016-08-31"]
    # near miss: a span to a month's end keeps that end
    assert _deadlines(ONE_DAY.format(when="2016年7月初至8月底")) == ["2016-08-31", "2016-08-31"]


LEAD_IN = """某镇2023年宪法宣传周工作方案

为弘扬宪法精神，镇司法所组织开展宪法宣传周活动，制定本方案。

一、活动主题

弘扬宪法精神，推动宪法实施。

二、主题活动

{lead}

1、宪法进机关活动。镇党政办组织机关干部集中学习宪法。

2、宪法进校园活动。镇中心学校组织师生观看宪法宣传片{own}。
"""


def test_lead_in_span_dates_the_items_under_it() -> None:
    text = LEAD_IN.format(lead="在12月4日至10日,为期一周,集中开展宪法宣传活动。", own="")
    assert _deadlines(text) == ["2023-12-10", "2023-12-10"]


def test_lead_in_span_near_misses() -> None:
    # an item's own date wins over the lead-in's span
    text = LEAD_IN.format(lead="在12月4日至10日,为期一周,集中开展宪法宣传活动。", own=",12月6日前完成")
    assert _deadlines(text) == ["2023-12-10", "2023-12-06"]
    # a start in the lead-in is no span of days: nothing dates the items
    assert _deadlines(LEAD_IN.format(lead="从12月4日起,集中开展宪法宣传活动。", own="")) == [None, None]


STAGES = """四、实施步骤

(一)2015年,集中整治阶段

各县区全面开展农村环境集中整治,重点解决垃圾乱堆乱放问题,形成长效管理机制。

(二)2016年,{second}

各有关部门组织专项检查,持续巩固整治成果。
"""


def test_stage_headed_by_its_year_in_a_page_without_year() -> None:
    assert _deadlines(STAGES.format(second="巩固提高阶段")) == ["2015-12-31", "2016-12-31"]


def test_stage_year_near_misses() -> None:
    # a step that is no named stage and runs on past its year (持续) keeps no deadline
    assert _deadlines(STAGES.format(second="巩固整治成果")) == ["2015-12-31", None]
    # outside a steps section a point opening with its year takes that year's December (CONVENTIONS.md Round 44
    # rulings, decided: read as 「年底前」 is)
    text = STAGES.replace("四、实施步骤", "四、主要任务")
    assert _deadlines(text.format(second="巩固提高阶段")) == ["2015-12-31", "2016-12-31"]


def _phases(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.start, p.end) for p in parse_text(text).phases]


def test_stages_headed_by_rising_years_are_whole_year_phases() -> None:
    assert _phases(STAGES.format(second="巩固提高阶段")) == [
        ("集中整治阶段", "2015-01", "2015-12"), ("巩固提高阶段", "2016-01", "2016-12")]


def test_year_headed_stages_near_misses() -> None:
    # under a tasks heading, or with the years out of order, the points are no stages
    assert _phases(STAGES.replace("四、实施步骤", "四、主要任务").format(second="巩固提高阶段")) == []
    assert _phases(STAGES.replace("2016年", "2014年").format(second="巩固提高阶段")) == []


POINTS = """某区2012年爱国卫生工作要点

一、加强宣传发动

1.开展爱国卫生宣传活动,各街道要{when}与卫生月活动结合起来,组织开展一次环境卫生清洁行动。

2.区爱卫办负责编印健康教育宣传资料,向群众发放。
"""


def test_item_own_month_in_chinese_numerals_or_figures() -> None:
    assert _deadlines(POINTS.format(when="在四月份"))[0] == "2012-04-30"
    assert _deadlines(POINTS.format(when="在9月"))[0] == "2012-09-30"


def test_item_own_month_near_misses() -> None:
    # a span, a start or a rhythm is no one month of the item's own; a limit keeps its day
    for when in ("在四月至五月", "在4月起", "每月"):
        assert _deadlines(POINTS.format(when=when))[0] is None, when
    assert _deadlines(POINTS.format(when="在4月15日前"))[0] == "2012-04-15"
    # 关于 is no 于: a title named 「关于5月…」 gives no month
    assert _deadlines(POINTS.format(when="按照《关于5月开展卫生月活动的通知》"))[0] is None


TABLE = """某市2015年世界环境日系列宣传活动计划

序号
时间
内容
任务与要求
地点
责任部门
1
5月下旬
开展环保知识进校园活动
组织中小学生参加环保知识竞赛
{place}
教育局、环保局(宣)
2
6月上旬
举办环保摄影展
征集环保摄影作品并集中展出
市民广场
环保局(宣)、文广局
"""


def _units(text: str) -> list[list[str]]:
    return [sorted(t.responsible_units + [u for u in t.lead_units if u not in t.responsible_units])
            for t in parse_text(text).tasks]


def test_place_cell_of_a_one_cell_a_line_table_is_no_unit() -> None:
    assert _units(TABLE.format(place="环境信息中心")) == [["教育局", "环保局(宣)"], ["文广局", "环保局(宣)"]]


def test_place_cell_near_miss_without_place_column() -> None:
    # a table without a 地点 column is read as before: the unit cell is the unit cell
    text = TABLE.replace("地点\n", "").replace("{place}\n", "").replace("市民广场\n", "")
    assert _units(text) == [["教育局", "环保局(宣)"], ["文广局", "环保局(宣)"]]
