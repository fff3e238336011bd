"""Round 59 (p59e): festival pages' items and dates.

- A page of points whose one point names its roles in a bracket inside its sentence
  「…由A、B(由B牵头,C负责组织编排)组建…」 is no labelled plan: its other points that name their doers in prose
  「各乡镇要组织…」「由A组织实施」 are tasks as that point is (``task_choice``; not articles of a rule, whose own
  readers choose them).
- A festival an item names with its printed year 「2023年春节秧歌由…组建」 dates the item by the festival's month in
  that year (Round 77 on x300_02 (四); ``festival_periods.year_festival``) — not inside a cited title 《…》, and not
  where the plan's own title or preamble names the same (the whole event's name dates nothing, round 52's x238_01).
- A solar day glossed with its lunar day written with 日 「2月10日(正月十一日)」 fixes the plan's year as
  「(正月十一)」 does (``lunar_days.glossed_year``), for the phases too; a stage
  「从M月D日(腊月…)到M月D日(正月…)为…阶段」 is read with its glosses (``schedule``, ``task_dates``), and
  「…活动时间暂定在2月9日(正月初十日)」 sets the item's day (``month_parts``).
- A contest's numbered lines 「比赛地点:」「比赛项目:」「比赛评分:」「比赛评委:」「比赛顺序:」 are its fields, one task
  (round 70's x287_03; ``field_blocks``).
- A limit of the lunar first month with no year 「在正月初十前」 falls on its solar day in the plan's year, which a
  glossed day fixes (Round 77 on x300_07 五/2; ``lunar_days.first_month_limit``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.festival_periods import year_festival
from desktop.core.parse.lunar_days import first_month_limit, glossed_year


def _by_number(text: str) -> dict[str, object]:
    return {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}


_NEWS = """「欢乐过大年」@某县人 我们的节日这样过

一)文明实践进万家

自1月10日起,各乡镇、社区服务中心要组织文艺爱好者组建文艺小分队,深入村组开展巡演活动。

「欢乐过大年」@某县人 我们的节日这样过

(二)写春联送祝福 从1月10日起,动员书法爱好者在县城举行春联义写活动。该项活动由县文联组织实施,县书法家协会配合。

(三)灯笼挂起来 1月10日前,由县城管局和县市场监管局负责,宣传发动沿街门店悬挂彩灯。

(四)秧歌闹新春 {year}秧歌由县教育局、县文旅局(由县文旅局牵头,某油田公司负责组织编排)组建4支秧歌队,另选
"""


def test_points_beside_one_bracketed_point_are_tasks() -> None:
    tasks = _by_number(_NEWS.format(year="2023年春节"))
    assert sorted(tasks) == ["一", "三", "二", "四"]
    assert tasks["一"].responsible_units == ["各乡镇", "社区服务中心"]
    assert tasks["二"].responsible_units == ["县文联", "县书法家协会"]
    assert tasks["三"].responsible_units == ["县城管局", "县市场监管局"]
    assert tasks["三"].deadline == "2023-01-10"
    assert tasks["四"].lead_units == ["县文旅局"]


def test_a_festival_with_its_year_dates_the_item() -> None:
    tasks = _by_number(_NEWS.format(year="2023年春节"))
    assert tasks["四"].deadline == "2023-01-31"            # (春节 2023 fell on 22 January)
    assert [(t.value, t.unit) for t in tasks["四"].targets] == [(4.0, "支")]
    tasks = _by_number(_NEWS.format(year="2024年春节"))
    assert tasks["四"].deadline == "2024-02-29"            # (春节 2024 fell on 10 February)


def test_a_festival_without_its_year_or_cited_dates_nothing() -> None:
    assert _by_number(_NEWS.format(year="春节"))["四"].deadline is None
    assert year_festival("根据《2022年国庆活动安排》,镇派出所负责安全保卫。", "") is None
    # (the whole event's name, the plan's title repeating it: round 52's x238_01)
    assert year_festival("2023年春节秧歌展演由县文旅局负责组建3支秧歌队。", "某县2023年春节秧歌展演方案") is None
    assert year_festival("2023年春节秧歌展演由县文旅局负责组建3支秧歌队。", "某县文化活动方案") == "2023-01-31"
    # (a date of the item's own stands: the festival adds nothing)
    assert year_festival("2023年春节秧歌于1月15日前组建完毕。", "") is None


_TOWN = """某镇春节文化活动实施方案

一、活动指导思想

以群众喜闻乐见的传统文化形式为载体,营造欢乐祥和的节日气氛。

二、活动总体安排

(一)从2月8日(腊月二十三日)到2月20日(正月初五日)为排练演出阶段。要求各村广泛发动群众,开展文化活动。

(二)镇上将举办全镇社火比赛活动时间暂定在2月25日(正月初十日)。

1、比赛地点:镇文化广场。

2、比赛项目:以行政村为单位组队参赛,每队参加表演人数至少在20人以上。

3、比赛评分:比赛实行百分制评分,其中服装道具占30分,表演占70分。

4、比赛评委:评委由镇上领导担任。

5、比赛顺序:由活动组委会抽签确定。
"""


def test_glossed_days_with_ri_fix_the_year_and_date_the_stage_and_the_contest() -> None:
    plan = parse_text(_TOWN)
    tasks = {"/".join([*t.path, t.number]): t for t in plan.tasks}
    assert sorted(tasks) == ["二/一", "二/二"]               # (the contest's five lines are its fields)
    assert tasks["二/一"].deadline == "2018-02-20"          # (正月初一 2018 was 16 February)
    assert tasks["二/二"].deadline == "2018-02-25"
    assert [(t.value, t.unit) for t in tasks["二/二"].targets] == [(20.0, "人")]
    assert [(p.name, p.start, p.end) for p in plan.phases] == [("排练演出阶段", "2018-02", "2018-02")]


def test_glosses_that_fit_no_one_year_fix_none() -> None:
    assert glossed_year("2月20日(正月初五日)至2月25日(正月初十日)") == 2018
    assert glossed_year("2月20日(正月初五日)至2月25日(正月十一日)") is None
    assert glossed_year("2月14日(正月初五日)") is None               # (2013 and 2024 alike)
    assert glossed_year("2月20日(初五日)") == 2018


def test_contest_lines_that_give_work_stay_items() -> None:
    tasks = _by_number(_TOWN.replace("3、比赛评分:比赛实行百分制评分,其中服装道具占30分,表演占70分。",
                                     "3、由镇文化站负责组织评分工作。"))
    assert len(tasks) > 2


_LANTERN = """某市元宵节焰火燃放活动方案

一、焰火燃放的具体时间:

20xx年3月2日(农历正月十五)晚上8点

二、责任分工:

1、市文体局负责组织焰火燃放活动的策划及组织协调工作。

2、市应急局在正月初十前完成燃放点的安全检查。
"""


def test_a_first_month_limit_takes_the_glossed_year() -> None:
    tasks = _by_number(_LANTERN)
    assert tasks["二/2"].deadline == "2018-02-25"          # (正月十五 on 2 March: 2018; 初十 the 25th)
    assert tasks["二/1"].deadline is None


def test_a_first_month_day_that_is_no_limit_is_not_read() -> None:
    assert first_month_limit("在正月初十前完成检查", 2024) == "2024-02-19"
    assert first_month_limit("正月十五元宵节期间开展巡查", 2024) is None
    assert first_month_limit("2024年正月初十前完成检查", 2024) is None   # (its own year: solar_first_month's)
    assert first_month_limit("在正月初十前完成检查", None) is None


_NOTICE = """各社区、机关各科室:
为做好2024年春节困难群众慰问工作,现就有关事宜通知如下:
一、对象范围
慰问对象主要包括低保对象、低保边缘家庭、困难残疾人。
二、时间安排
{time}
三、慰问标准
每户500元。
"""


def test_a_time_point_that_tells_bodies_what_to_finish_by_when_is_a_task() -> None:
    # (Round 77 on x300_04 二: a childless point that gives work is a task in a document of numbered items too)
    tasks = _by_number(_NOTICE.format(time="各社区要在2023年12月20日前完成慰问对象的评议工作,"
                                           "各社区慰问工作原则上应在1月20日前结束。"))
    assert "二" in tasks
    assert tasks["二"].deadline == "2024-01-20"
    assert tasks["二"].responsible_units == []


def test_a_time_point_of_dates_alone_is_no_task() -> None:
    assert "二" not in _by_number(_NOTICE.format(time="2023年12月20日至2024年1月20日。"))


_LANTERN_RIDDLES = """某市元宵节灯谜活动方案

一、活动的具体时间:

2018年3月2日晚上7点

二、活动形式:

统一组织,分散举办。{form}

三、承办灯谜活动单位:

市文化馆、市图书馆、市总工会

四、具体要求:

1、各活动点时间要求在60分钟以上。

2、各承办单位要加强领导,确保活动安全。

五、责任分工:

1、市文广局负责组织活动方案策划及组织协调工作。

2、市公安局在正月初十前负责
"""


def test_a_point_whose_sentence_opens_with_its_agent_and_acts_after_commas_is_work() -> None:
    # (Round 77 on x300_07 二: a task; the 的-phrase agent points back to 三、's bodies and adds no unit)
    tasks = _by_number(_LANTERN_RIDDLES.format(
        form="由被确定举办灯谜活动的单位,分别在本单位门前选择一处场地,在规定的时间组织猜谜。"))
    assert sorted(tasks) == ["二", "五/1", "五/2", "四/1", "四/2"]
    assert tasks["二"].responsible_units == [] and tasks["二"].deadline is None
    assert tasks["五/2"].deadline == "2018-02-25"


def test_a_point_that_only_says_where_is_no_work() -> None:
    tasks = _by_number(_LANTERN_RIDDLES.format(form="场地设在各单位门前,猜谜时间在规定时段。"))
    assert "二" not in tasks


_VISITS = """各社区、机关各科室:
{occasion}将至,为做好困难群众慰问工作,现就有关事宜通知如下:
一、对象范围
慰问对象主要包括低保对象、低保边缘家庭。
二、时间安排
各社区要在{first}前完成慰问对象的评议工作,12月28日前将慰问对象花名册报街道社会救助站备案。
"""


def test_a_sending_before_a_festival_at_the_years_start_falls_in_the_year_before() -> None:
    # (Round 67 decided on x282_06, ``year_turn.occasion_turn``: a year-less day of November or December before
    # 「2024年春节」 is in 2023 — the duties' days as the items' are; x300_04's 12月31日前…报…备案)
    plan = parse_text(_VISITS.format(occasion="2024年春节", first="2023年12月20日"))
    assert [d.due for d in plan.duties] == ["2023-12-28"]


def test_a_sending_in_a_plan_for_a_later_occasion_keeps_its_year() -> None:
    plan = parse_text(_VISITS.format(occasion="2024年国庆节", first="2024年12月20日"))
    assert [d.due for d in plan.duties] == ["2024-12-28"]


def test_a_limit_that_picks_what_was_done_by_then_dates_nothing() -> None:
    # (Round 77 on x302_02 四: 「…前，已公告未签约的」 picks a class, round 58)
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("2026年6月1日前，已公告未签约的工业用地，按预合同签订正式合同", 2026) == []
    assert [d.date for d in find_deadlines("2026年6月1日前，各区要完成合同签订", 2026)] == ["2026-06-01"]


_SHOWS = """某县2019年春节文体活动方案

一、活动安排

(一)秧歌
主办单位:县文广局
{text}

(二)社火
主办单位:县文化馆
组建社火队。
"""


def test_an_items_own_span_of_days_dates_it_by_its_end() -> None:
    # (round 37: the item's own date; round 44 decided: a window's end — a lunar gloss after the span read past)
    for text in ("组建秧歌队。从2月9日至2月19日开展巡演。", "组建秧歌队。从2月9日至2月19日(正月初五至正月十五)"):
        assert _by_number(_SHOWS.format(text=text))["一/一"].deadline == "2019-02-19"
    assert _by_number(_SHOWS.format(text="组建秧歌队,12月25日至1月5日开展排练。"))["一/一"].deadline == "2020-01-05"


def test_a_rhythm_a_cut_off_or_two_spans_date_nothing_here() -> None:
    from desktop.core.parse.item_spans import own_span_end
    assert own_span_end("每年2月9日至2月19日开展巡演。", 2019) is None
    assert own_span_end("截至2月9日至2月19日的统计。", 2019) is None
    assert own_span_end("2月9日至2月19日排练,3月1日至3月5日演出。", 2019) is None
    assert own_span_end("2月9日至2月19日前完成排练。", 2019) is None
    assert own_span_end("2月9日至2月19日开展巡演。", None) is None


def test_a_measures_window_dates_nothing_here() -> None:
    from desktop.core.parse.item_spans import own_span_end
    assert own_span_end("2019年1月1日至12月31日，对面临困难的企业，返还失业保险费。", 2019) is None
    assert own_span_end("2019年1月1日至12月31日，困难企业可组织开展职工在岗培训。", 2019) is None
    assert own_span_end("2019年1月1日至12月31日，组织开展职工在岗培训。", 2019) == "2019-12-31"
