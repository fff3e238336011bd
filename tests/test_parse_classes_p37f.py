"""Round 37 (p37f): dates and targets — made-up wordings, each with a near miss that must not change.

1. 「年内」 opening a clause and a quarter label 「三季度：…」 are dates of the plan's year; a 进度计划 column's step
   cells 「三季度：…」 / 「四季度完成…」 (a line each) give the row the last one's date.
2. A 「活动时间」 heading over a whole month 「2020年3月」, and a preamble's span for the whole campaign 「从现在起至
   11月底」, date the items that write no date (not a rule's time in force 「自即日起至…施行」).
3. Figures of the present 「在已汇集…18个节点…基础上」「针对目前…仅20%…现状」, counts of named kinds 「“…”4项」 and a
   count on a yearly rhythm 「每年复核1家」 are no targets; a speed 「不得超过限速60km/h」 is a ceiling.
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import campaign_end
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.figure_targets import sentence_targets


def _dates(text: str, year: int = 2024) -> list[str]:
    return [d.date for d in find_deadlines(text, year)]


def _targets(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in sentence_targets(text, None, relaxed=True)]


# --- 1. 年内 and quarters ---------------------------------------------------------------------------------------
def test_year_within_opening_a_clause_is_the_plan_year():
    assert _dates("推进平台对接；年内与省级平台实现数据互通，提供查询服务。") == ["2024-12-31"]
    assert _dates("年内进一步扩大试点范围。") == ["2024-12-31"]


def test_year_within_near_misses():
    assert _dates("力争三年内建成示范区。") == []          # three years from now: no date of this year
    assert _dates("确保年内无较大安全事故发生。") == []      # a condition over the year, no work due
    assert _dates("年内无重大事故。") == []


def test_quarter_label_with_colon_is_that_quarter():
    assert _dates("三季度：上线预约功能") == ["2024-09-30"]
    assert _dates("每季度：报送进展") == []                 # a rhythm, no date


TABLE = ("某区数字化转型2024年重点工作方案\n"
         "一、工作任务\n"
         "按照任务分解表推进。\n"
         "附件\n"
         "任务分解表\n"
         "序号\n工作事项\n主要内容\n牵头部门\n配合部门\n进度计划\n"
         "1\n数据共享\n打通部门数据接口，实现数据互通。\n区数据局\n区经委\n"
         "三季度：完成接口开发\n四季度：实现数据互通\n"
         "2\n平台建设\n建设统一服务平台。\n区经委\n区数据局\n三季度完成平台上线\n")


def test_progress_cells_give_the_row_its_last_date():
    plan = parse_text(TABLE)
    rows = {t.title: t.deadline for t in plan.tasks if t.path and t.path[0] == "附件"}
    assert rows.get("数据共享") == "2024-12-31"
    assert rows.get("平台建设") == "2024-09-30"


# --- 2. spans written outside the item --------------------------------------------------------------------------
MONTH = ("某区第十届科普宣传月活动实施方案\n"
         "一、指导思想\n"
         "深入贯彻全民科学素质行动规划纲要。\n"
         "二、活动时间\n"
         "2021年5月\n"
         "三、活动内容\n"
         "（一）组织科技服务队开展种植技术培训活动。（责任单位：区农技中心）\n"
         "（二）开展农产品质量安全科普宣传活动。（责任单位：区质监站）\n")


def test_activity_month_on_its_own_line_dates_the_items():
    plan = parse_text(MONTH)
    assert [t.deadline for t in plan.tasks] == ["2021-05-31", "2021-05-31"]


def test_campaign_span_in_the_preamble():
    pre = "区综治委决定从现在起至12月底，在全区组织开展为期一个月的集中整治活动。现制定方案如下："
    assert campaign_end(pre, 2019) == "2019-12-31"
    assert campaign_end("发布时间:2015-11-02\n" + pre, None) == "2015-12-31"     # now: when the page was posted


def test_campaign_span_near_misses():
    assert campaign_end("本通知自即日起至12月31日施行。", 2019) is None          # how long the notice is in force
    assert campaign_end("区综治委决定在全区开展集中整治活动。", 2019) is None
    assert campaign_end("从现在起至11月底开展排查，自即日起至12月31日开展整改。", 2019) is None  # two spans


# --- 3. figures that are no targets -----------------------------------------------------------------------------
def test_present_figures_are_no_targets():
    assert _targets("在已接入全市12个部门、300项服务事项的数据基础上，进一步拓展应用场景。") == []
    assert _targets("针对目前电子证照仅30%使用率现状，仍需进一步提高。") == []
    assert _targets("在现有基础上新增10个服务站点。") == [(10.0, "个")]        # the aim after the base


def test_counts_of_named_kinds_are_no_targets():
    assert _targets("“是否立案、是否结案”2项数据的共享。") == []
    assert _targets("建成“口袋公园”10个。") == [(10.0, "个")]                # made: the count to reach


def test_yearly_rhythm_counts_are_no_targets():
    # (Round 60 rulings, turned: the objects a body checks, selects or visits are its own number of work, whatever
    # the rhythm — round 36's norm withdrawn; a count a rhythm sends with no such verb stays none)
    assert _targets("区市场监管局每年抽查2家企业。") == [(2.0, "家")]
    assert _targets("每年报送1批典型案例。") == []
    assert _targets("每年新增就业岗位500个。") == [(500.0, "个")]              # a yearly aim: made
    assert _targets("每年检查不少于2次。") == [(2.0, "次")]                  # a floor: a target by the line


def test_speed_limit_is_a_ceiling():
    found = sentence_targets("渣土车辆不得超过限速40km/h。", None, relaxed=True)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(40.0, "km/h", "<=")]
