"""Round 68 (p68b): classes read on plans-next354 (festival-season pages) and plans-next357 (city planning rules).

- An activity item that opens (after its run-in heading's colon) on solar days glossed by their lunar days
  「…艺术节:2月23日(正月十四)在…展演;2月24日(正月十五)在…举办…」 (or a span whose dash the site dropped 「2月4(腊月
  二十四)2月24日(正月十五)在…举办…」): the latest glossed day is its deadline — not a glossed day the item only names
  later in its text, nor a limit 「…(正月十五)前」 read by the deadline reader.
- A scope article 「第三条（适用对象和范围）本意见适用于…」 whose later sentence limits what the work may place
  「…并需按标准配置公共服务设施」「…原则上仅限于…范围内」: a task naming none (Round 97 on x357_04 第三条) — not a scope
  article that only states its scope and what it permits 「允许…叠加…」.
- A notice's last numbered line that only wishes its readers well 「3.祝广大师生过一个平安祥和的…双节。」: no task, as a
  catch-all last line (catch_all_lines) — not a last line of work that names wishes 「组织学生向长辈送祝福」.
- The eve taken by a verb of doing 「各办切实加强节前安全检查工作」: dated by the later festival the notice prints
  (festival_periods) — not an item that names no eve.
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


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_SCOPE = """某市园区用地混合利用管理实施意见

第一条（目的和依据）

为促进园区用地混合利用，根据有关规定，制定本意见。

第二条（适用对象和范围）

本意见适用于园区内的工业、仓储用地。

为满足企业研发需求，允许在规划编制阶段，对工业用地叠加研发功能。规划实施中，相应地块可混合设置研发用房，并需按标准配置配套服务设施。{limit}

第三条（规划管理）

区规划资源部门组织开展规划评估工作，提出混合利用需求。

第四条（土地供应）

区规划资源部门应当在土地出让合同中明确混合利用的比例。

第五条（监督管理）

区政府应当组织相关部门开展监管工作，定期检查合同履行情况。

第六条（施行日期）

本意见自2024年1月1日起施行。
"""


def test_scope_article_that_limits_what_the_work_places_is_a_task() -> None:
    assert "2" in _numbers(_SCOPE.format(limit="研发用房原则上仅限于园区范围内。"))


def test_scope_article_that_only_permits_stays_its_scope() -> None:
    text = _SCOPE.format(limit="").replace("，并需按标准配置配套服务设施", "")
    assert "2" not in _numbers(text)


_HOLIDAY_NOTICE = """关于中秋节、国庆节放假的通知
各科室:
现将2021年中秋节、国庆节放假的有关事项通知如下:
1.放假安排:国庆节10月1日至7日放假,共七天。
2.注意事项:
①各科室切实做好节前消防检查工作,关闭电源,锁好门窗。
②各科室安排专人值班,确保通讯畅通。
③各班主任对学生进行假期安全教育,教育学生注意交通安全。
3.{last}
某某中学
2021年9月18日
"""


def test_greeting_closing_a_notice_is_no_task() -> None:
    numbers = _numbers(_HOLIDAY_NOTICE.format(last="祝全体师生度过一个欢乐祥和的新春佳节。"))
    assert "3" not in numbers and "2/1" in numbers


def test_a_last_line_of_work_that_names_wishes_stays_a_task() -> None:
    assert "3" in _numbers(_HOLIDAY_NOTICE.format(last="组织学生向长辈送祝福,开展敬老活动。"))


def test_eve_after_a_verb_of_doing_is_dated_by_the_later_festival() -> None:
    found = _deadlines(_HOLIDAY_NOTICE.format(last="祝全体师生度过一个欢乐祥和的新春佳节。"))
    assert found["2/1"] == "2021-10-31"
    assert found["2/2"] is None
