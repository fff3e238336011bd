"""Round 70 (p70f): period headings of a year's items, a review's time section, a kind's bracketed size,
unprinted %-signs.

- An item whose heading is a span of months of a year, alone on its line 「1、2024年1--3月:」「2、20**年4~6月」
  (the year masked or not, the range written 1--3 or 7~9): the item's heading, its activity lines its text — not
  a number that opens a line with a year and month and goes on in words 「1、2019年3月全市完成…」, nor 「1、2月」.
- A review's own time section 「一、考评时间」「二、考核时间」 over its month 「2025年3月」: the review's span,
  dating the items that print no date of their own, as 活动时间 does — not another time 「一、办公时间」.
- A kind's size in brackets right after its name, the list of kinds going on 「…凉亭、步道（宽度不超过3米）等附属
  设施」: a class, no target — not a size the work itself is held to 「新建步道（宽度不超过3米）。」.
- A rate or a coverage whose %-sign is not printed, joined to 达／达到 「培训覆盖面达到95以上」「教育面达100」: a
  target, unit "" — not a bare level with no comparison word 「调解率100」, nor a figure over 100.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import line_marker


def _plan(text: str):
    return parse_text(text)


_QUARTERS = """某社区年度志愿服务工作计划

为做好志愿服务工作，现将全年工作安排如下:

  1、20**年1--3月:

  组织志愿者开展一次环境清扫活动。

  走访慰问辖区困难家庭。

  2、20**年4~6月

  在社区内出宣传栏2期。

  组织一次义诊活动。

  3、2024年7-9月

  开展一次暑期安全讲座。
"""


def test_period_headings_are_items():
    tasks = _plan(_QUARTERS).tasks
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert (2.0, "期") in [(x.value, x.unit) for x in tasks[1].targets]


def test_period_heading_marker_and_its_near_miss():
    assert line_marker("1、20**年10~12月") is not None
    assert line_marker("2、2024年4--6月份:") is not None
    # a line that goes on in words after its year and month is a line of figures, no heading
    assert line_marker("1、2019年3月全市完成植树造林3万亩。") is None
    assert line_marker("1、2月") is None


_REVIEW = """某街道社区干部年度考评方案

一、考评时间
2025年3月
二、考评方式
1.综合考评:由街道考评小组从五个方面进行测评。
2.群众测评:召开群众测评会进行测评。
"""


def test_review_time_section_dates_its_items():
    tasks = _plan(_REVIEW).tasks
    assert tasks and all((t.deadline or "").startswith("2025-03") for t in tasks)


def test_other_time_section_dates_nothing():
    tasks = _plan(_REVIEW.replace("考评时间", "办公时间")).tasks
    assert tasks and all(t.deadline is None for t in tasks)


def _targets(sentence: str) -> list[tuple[float, str]]:
    plan = parse_text("某某工作方案\n一、主要任务\n（一）加强管理。" + sentence + "\n")
    return [(x.value, x.unit) for t in plan.tasks for x in t.targets]


def test_bracketed_size_in_a_list_of_kinds_is_a_class():
    assert (3.0, "米") not in _targets("对凉亭、步道（宽度不超过3米）等附属设施，按照原用途管理，加强管控。")


def test_bracketed_size_of_the_work_stays_a_target():
    assert (3.0, "米") in _targets("新建步道（宽度不超过3米）。")


def test_unprinted_percent_joined_to_its_word_is_a_target():
    got = _targets("每月召开一次专题会，村民培训覆盖面达到95以上，骨干教育面达100。")
    assert (95.0, "") in got and (100.0, "") in got


def test_bare_rate_level_is_no_target():
    got = _targets("开展纠纷排查，纠纷调解率100，处置面达到120。")
    assert (100.0, "") not in got and (120.0, "") not in got
