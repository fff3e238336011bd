"""Round 44 second wave, festival periods (Round 46 rulings, decided p44e):
「春节期间／清明节期间／国庆期间」 in an item's own text dates it by the festival's month in the plan's year
(春节 by the lunar table); inside a span running into the next year it is the festival inside the span, and of
two named days 「元旦春节期间」 the later —

near misses that must not change: a festival in the title or preamble only, 「春节前」 (round 40, read already), a
festival as an event's name with no 期间 「春节联欢晚会」「清明节祭扫活动」, an item with its own date, 「节日期间」
with no festival named.

Made-up snippets written the way town and county holiday notices are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.festival_periods import festival_period


def deadlines(text: str) -> list[str | None]:
    return [t.deadline for t in parse_text(text).tasks]


def test_a_festival_period_gives_the_festival_month_of_the_plan_year():
    assert festival_period("春节期间，各村要组织开展走访慰问困难群众活动。", 2023) == "2023-01-31"   # 春节 2023-01-22
    assert festival_period("春节期间，各村要组织开展走访慰问困难群众活动。", 2024) == "2024-02-29"   # 春节 2024-02-10
    assert festival_period("镇林业站要加强清明节期间山林防火巡查。", 2019) == "2019-04-30"
    assert festival_period("国庆期间，各景区要落实游客限流措施。", 2020) == "2020-10-31"
    assert festival_period("国庆节假期期间，镇安监办要开展值班抽查。", 2020) == "2020-10-31"


def test_two_festivals_take_the_later_and_a_span_into_next_year_holds_the_festival():
    assert festival_period("在元旦、春节期间开展送温暖活动。", 2022) == "2022-02-28"
    # the span 2018-12-20 … 2019-03-10 holds 春节 2019 (February), not the plan year's 2018 one
    assert festival_period("在元旦春节期间组织送戏下乡。", 2018, "2019-03-10") == "2019-02-28"
    # a span from autumn into the next year: 国庆 falls in the plan's own year inside it
    assert festival_period("国庆期间加强巡查。", 2018, "2019-03-10") == "2018-10-31"


def test_near_misses_date_nothing():
    assert festival_period("组织群众观看春节联欢晚会。", 2023) is None
    assert festival_period("做好清明节祭扫活动的服务保障。", 2023) is None
    assert festival_period("节日期间，各单位要安排好值班。", 2023) is None
    assert festival_period("两节期间，各单位要安排好值班。", 2023) is None
    assert festival_period("端午节期间，加强水域巡查。", 2023) is None        # a moving festival not tabled
    # the item's own date stands
    assert festival_period("春节期间各科室要排好值班，于1月20日前报送排班表。", 2023) is None


NOTICE = ("某镇{year}年{title}工作方案\n\n为做好{preamble}各项工作，结合我镇实际，制定本方案。\n\n一、工作措施\n\n"
          "（一）{item}\n\n"
          "（二）镇综治办要组织开展矛盾纠纷排查化解，及时处置各类信访问题。\n")


def test_an_item_own_festival_period_dates_it():
    text = NOTICE.format(year=2021, title="春节假期", preamble="春节期间",
                         item="春节期间，镇卫生院要安排好急诊值班，确保群众就医需求。")
    assert deadlines(text) == ["2021-02-28", None]


def test_a_festival_in_the_title_or_preamble_only_dates_nothing():
    text = NOTICE.format(year=2021, title="春节假期", preamble="春节期间",
                         item="镇卫生院要安排好急诊值班，确保群众就医需求。")
    assert deadlines(text) == [None, None]


def test_an_event_name_and_the_eve_of_a_festival_keep_their_readings():
    named = NOTICE.format(year=2022, title="清明节", preamble="清明",
                          item="镇文化站要组织好清明节祭扫活动的宣传引导。")
    assert deadlines(named) == [None, None]
    eve = NOTICE.format(year=2022, title="春节", preamble="春节",
                        item="镇民政办要在春节前完成困难群众慰问金发放。")
    assert deadlines(eve) == ["2022-02-28", None]
