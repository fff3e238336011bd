"""Round 39, p39d2 (dates and titles): an activity held on one day dates its items, and a notice that writes the
plan itself (「具体工作方案如下：」) is the document, titled by the plan it names. Made-up snippets written the way
plans write (the notice's title as printed: the plan's name is never printed as a title line)."""

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import activity_span_end
from desktop.core.parse.titles import find_title


def test_an_activity_held_on_one_day():
    body = "三、活动时间与地点\n\n- 时间:2024年5月18日(星期六)上午9:00—下午16:00\n\n- 地点:区文化馆\n"
    assert activity_span_end(body, 2024) == "2024-05-18"
    assert activity_span_end("二、活动时间\n5月18日上午\n", 2024) == "2024-05-18"
    # near-misses: days that run on, a time limit, a start — no one day
    assert activity_span_end("三、活动时间\n- 时间:2024年5月18日—20日\n", 2024) != "2024-05-18"
    assert activity_span_end("三、活动时间\n- 时间:2024年5月18日前完成报名\n", 2024) is None
    assert activity_span_end("三、活动时间\n- 时间:2024年5月18日起\n", 2024) is None


def test_items_of_a_one_day_activity_are_done_that_day():
    text = ("2024年全民健身日主题活动方案\n\n一、活动时间与地点\n\n- 时间:2024年8月8日(星期四)上午8:30—11:30\n\n"
            "- 地点:体育中心广场\n\n二、活动内容\n\n（一）健步走。组织干部职工参加健步走活动，区体育局负责。\n\n"
            "（二）全民健身展示。组织健身团队进行展示，区文化馆负责。\n")
    plan = parse_text(text)
    assert [t.deadline for t in plan.tasks] == ["2024-08-08", "2024-08-08"]


def test_a_notice_that_writes_the_plan_keeps_its_own_title():
    text = ("关于印发某市农村供水领域问题专项整治工作方案的通知\n\n各有关单位：\n\n为巩固提升农村供水保障水平，"
            "根据上级部署，对全市农村供水领域开展专项整治。具体工作方案如下：\n\n一、整治内容\n\n1.水质不达标问题。对水质检测不合格的工程"
            "进行排查。\n\n二、整治方式\n\n1.开展自查自纠。各县区水利局全面开展自查。\n\n某市水利局\n\n2024年3月1日\n")
    assert find_title(text) == "关于印发某市农村供水领域问题专项整治工作方案的通知"


def test_a_notice_that_hands_its_plan_over_keeps_the_plan_below():
    # near-miss: the plan is printed under the notice with its own title line
    text = ("关于印发某市农村供水领域问题专项整治工作方案的通知\n\n各有关单位：\n\n"
            "现将《某市农村供水领域问题专项整治工作方案》印发给你们，请认真贯彻执行。\n\n某市水利局\n\n2024年3月1日\n\n某市农村供水领域问题专项整治工作方案\n\n"
            "一、整治内容\n\n1.水质不达标问题。对水质检测不合格的工程进行排查。\n")
    assert find_title(text) == "某市农村供水领域问题专项整治工作方案"
    # near-miss: 「有关事项通知如下：」 names no plan: the issued plan's name, as before
    text = ("关于印发某市农村供水安全检查工作方案的通知\n\n各有关单位：\n\n"
            "为做好农村供水安全，现将有关事项通知如下：\n\n"
            "一、开展安全检查\n\n各县区水利局要全面开展检查。\n\n某市水利局\n\n2024年3月1日\n")
    assert find_title(text) == "某市农村供水安全检查工作方案"
