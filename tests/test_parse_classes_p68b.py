"""Round 68 (p68b): classes read on plans-next354 (festival-season pages) and plans-next357 (city planning rules).

- An activity item that opens (after its run-in heading's colon) on solar days glossed by their lunar days
  「…艺术节:2月23日(正月十四)在…展演;2月24日(正月十五)在…举办…」 (or a span whose dash the site dropped 「2月4(腊月
  二十四)2月24日(正月十五)在…举办…」): the latest glossed day is its deadline — not a glossed day the item only names
  later in its text, nor a limit 「…(正月十五)前」 read by the deadline reader.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.lunar_days import glossed_days_end


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


_FESTIVAL = """某县2019年春节群众文化活动安排

为丰富群众节日文化生活，2019年春节期间，某县将开展系列群众文化活动。活动具体安排如下:
(一)迎春灯会:2月18日(正月十四)在中心广场举办灯谜竞猜活动;2月19日(正月十五)在滨河公园举办元宵灯会。
(二)书法作品展览:2月1(腊月二十七)2月19日(正月十五)在县博物馆举办迎春书法作品展。
(三)送温暖活动:春节前由县民政局走访慰问困难群众，2月19日(正月十五)集中开展总结。
"""


def test_glossed_days_opening_an_activity_item_end_it() -> None:
    found = _deadlines(_FESTIVAL)
    assert found["一"] == "2019-02-19"
    assert found["二"] == "2019-02-19"


def test_glossed_day_named_later_in_an_item_is_not_its_own_opening() -> None:
    assert glossed_days_end("春节前由县民政局走访慰问困难群众，2月19日(正月十五)集中开展总结。", 2019) is None
    assert glossed_days_end("展览:2月19日(正月十五)前完成布展。", 2019) is None
    assert glossed_days_end("展览:2月1(腊月二十七)2月19日(正月十五)在县博物馆举办。", 2019) == "2019-02-19"

