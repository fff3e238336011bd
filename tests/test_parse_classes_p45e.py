"""Round 45 (p45e): an item's own date written as the part of a month 「6月初举办」 or a day set with 于
「于5月1日…实施」 dates the item (round 37: the item's own date) — with the near misses that must not."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.month_parts import month_part, set_day

HEAD = ("2024年全民阅读月活动方案\n为推进书香城市建设，区文明委决定开展阅读月活动，特制定本方案。\n"
        "一、活动主题\n围绕阅读主题开展宣传教育。\n二、活动安排\n")


def deadlines(items: list[str]) -> list[str | None]:
    text = HEAD + "".join(f"{n}、{item}\n" for n, item in enumerate(items, 1))
    return [t.deadline for t in parse_text(text).tasks]


@pytest.mark.parametrize("item,month", [
    ("区图书馆5月初举办读书分享会。参加对象为各街道读者。", "2024-05"),
    ("9月中旬，区教育局组织开展中小学生征文比赛。", "2024-09"),
    ("区文化馆在11月下旬举行阅读成果展示活动。", "2024-11"),
    ("2025年1月上旬，区文明办组织开展年度评选。", "2025-01"),
])
def test_the_part_of_a_month_an_item_holds_its_work_in_dates_it(item, month):
    got = deadlines([item])[0]
    assert got is not None and got.startswith(month)


@pytest.mark.parametrize("item", [
    "每年7月中旬，各街道组织开展读书沙龙。",              # a rhythm
    "区图书馆分别在6月上旬及10月上旬完成阅读推广计划编制。",  # twice a year, a list of months
    "去年10月下旬举办了读书节，反响良好。各街道要总结经验。",   # a past fact
    "区文化馆5月中旬至6月组织开展流动书车进社区活动。",      # a span, not a month's part
    "自5月中旬起，各社区组织开展亲子阅读活动。",             # a start
])
def test_a_month_part_that_is_no_date_of_the_item_dates_nothing(item):
    assert month_part(item, 2024) is None


def test_a_month_part_with_a_limit_stays_the_limit():
    got = deadlines(["各街道要在6月中旬前完成阅读角建设。"])[0]
    assert got is not None and got.startswith("2024-06")


def test_two_month_parts_in_one_item_date_nothing_by_this_reader():
    assert month_part("区图书馆5月初举办读书分享会，区文化馆6月下旬举行展示活动。", 2024) is None


@pytest.mark.parametrize("item,day", [
    ("请各街道督促社区做好设备安装，并于5月1日对志愿者实施线上签到。", "2024-05-01"),
    ("区图书馆将于4月23日举办世界读书日主题活动。", "2024-04-23"),
])
def test_a_day_set_with_yu_for_the_items_own_work_dates_it(item, day):
    assert deadlines([item])[0] == day


@pytest.mark.parametrize("item", [
    "各社区于6月10日前完成读书角建设。",                      # a limit, read as before
    "区图书馆已于3月1日组织开展阅读调查。",                   # a past fact
    "《全民阅读促进条例》于5月1日起施行，各单位要组织学习。",  # a start, a rule taking force
    "区图书馆于4月1日至30日开展图书漂流活动。",               # a span
    "市文旅局于5月10日召开了动员会，各街道要抓好落实。",       # done already
])
def test_a_day_with_yu_that_is_no_day_of_the_items_work_is_not_read_here(item):
    assert set_day(item, 2024) is None


def test_a_limit_with_yu_stays_the_plans_reading():
    assert deadlines(["各社区于6月10日前完成读书角建设。"])[0] == "2024-06-10"


# a government site's metadata box printed one field a line above the notice's title printed again: the field
# names and values (公开类别 / 主动公开 / 关键词 / 内容描述) are never part of the title
BOX = ("关于做好本区老旧小区加装电梯工作的通知\n\n索取号\nABC-2024-00012\n载体类型\n\n发布机构\n某区住房保障局\n\n"
       "公开类别\n{value}\n\n关键词\n\n内容描述\n\n关于做好本区老旧小区加装电梯工作的通知\n\n某住发〔2024〕3号\n\n"
       "各街道办事处：\n现就有关事项通知如下：\n一、摸清底数。各街道要在6月底前完成摸底。\n")


@pytest.mark.parametrize("value", ["主动公开", "依申请公开"])
def test_a_metadata_box_above_the_title_is_no_part_of_it(value):
    assert parse_text(BOX.format(value=value)).title == "关于做好本区老旧小区加装电梯工作的通知"


def test_a_title_broken_over_lines_is_still_joined():
    text = ("某区关于推进\n老旧小区加装电梯工作的实施方案\n\n各街道办事处：\n"
            "一、摸清底数。各街道要在6月底前完成摸底。\n")
    assert parse_text(text).title == "某区关于推进老旧小区加装电梯工作的实施方案"


# half of a whole the sentence names 「不得少于…的一半」 is a floor of 50% (rounds 42 / 43's fraction floors)
def _targets(item: str) -> list[tuple[float, str]]:
    text = "某区专家咨询制度\n一、工作要求\n（一）" + item + "\n"
    return [(g.value, g.unit) for t in parse_text(text).tasks for g in t.targets]


def test_half_of_a_named_whole_is_a_floor_of_fifty_percent():
    got = _targets("专题会议出席人数原则上不少于5人，其中专家委员人数不得少于参会总人数的一半。")
    assert (50.0, "%") in got and (5.0, "人") in got


@pytest.mark.parametrize("item", [
    "各街道要将垃圾分类投放点减少一半，年内完成改造。",   # a cut, no 的: not read here
    "全区一半以上的村要在年底前完成改厕。",               # a share of villages, no 的 before it
])
def test_half_without_a_named_whole_is_no_target(item):
    assert (50.0, "%") not in _targets(item)


# an investment's band naming the class of works a rule covers 「总投资500万元（含）以上的…大修工程」 is no target
# (round 38's class of project, as a building's size band is, round 34)
@pytest.mark.parametrize("item", [
    "总投资500万元（含）以上的城市道路大修工程，由区建管委组织初步设计审查。",
    "投资额200万元以上的绿化园林工程，由区绿化市容局审查。",
])
def test_an_investment_band_naming_a_class_of_works_is_no_target(item):
    assert not [g for g in _targets(item) if g[1] == "元"]


def test_an_investment_the_work_carries_out_stays_a_target():
    # 完成 before the band: the work reaches it (not a class the rule covers)
    assert (5000000.0, "元") in _targets("区建管委要完成总投资500万元以上的道路大修工程建设。")


def test_an_investment_ceiling_of_small_works_is_a_class():
    # 限额以下 works 「总投资额在100万元以下的…工程」: round 31's target is withdrawn — (Round 66 rulings, Targets,
    # governs over round 48; Round 68 rulings: a money band inside a noun naming projects, works, contracts or firms
    # is a class, whatever step follows — no target, the class kept)
    assert (1000000.0, "元") not in _targets("总投资额在100万元以下的新建、改建房屋建筑工程，纳入街道监管。")
