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
- A site's box label over the article it shows 「信息展示」 (site_titles.CHROME): no title, the notice's own line
  below is.
- A masked title 「XX“我们的节日·端午”主题活动通知」 the site's headline prints in another case 「xx…」: the text's own
  print below the preview's blurb (file_titles.own_case) — not where the text prints it as the headline does.
- An opening section's item of definitions 「一、总体要求 （三）概念内涵 本意见所称…是指…」: no task, as its scope items
  (aims_items) — not one that also gives a doer work.
- Bodies that 协同 in a sentence of their own before the item's doers are printed 「B、C等相关部门应当协同做好…。
  A牵头建立…」: a 协同 with no partner, naming none (article_doers.later_doers) — not partners that 协同 after the
  doers' sentence 「A负责…。B、C在各自职责范围内，协同做好…」.
- The agent of 由 setting the terms the work goes by 「由区政府确定地块的具体用途功能、混合比例等规划建设要求」: a doer,
  the 的 inside the verb's object (organised_work.OBJECT_DE; Round 97 on x357_04 第六条（一）) — not 「由A确定的标准」,
  a description.
- Accounts settled at each year's end 「使用指标年底统一结算」: a rhythm, no deadline (dates; round 34) — not 「年底前
  完成结算」.
- What a 对于-topic's objects involve 「对于零星分散的…项目，涉及优化…空间的，由A联合B…组织编制…」: a kind of object,
  no contingency, A a lead as in the sibling 对于 paragraphs (case_clauses.picked_objects; Round 97 on x357_03
  二、（二）) — not an event after the topic 「…，确需调整…的，由A…」 (rule 3).
- A bar in the clause right after the one naming a unitless index 「…可适当提高容积率，不宜超过3.0」: a target on the
  index (ratio_targets; Round 97 on x357_04 第五条（二）3) — not a figure there with no comparison word.
- A party a permission names 「对于…用地，允许企业根据…实现使用转换」: the object of 允许, no subject of an article
  (role_subjects._KIND; Round 97 on x357_04 第六条（三）) — not a party bound by 应当 「研发企业应当…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.lunar_days import glossed_days_end
from desktop.core.parse.targets import find_targets


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


_SITE_BOX = """{label}

关于开展“我们的节日·中秋节”主题活动的通知

发布:admin 浏览:201次

各镇、各单位:

为弘扬中华民族优秀传统文化,现就开展“我们的节日·中秋节”主题活动通知如下:

1、过团圆中秋。各镇要组织开展邻里联谊活动。

2、过文明中秋。各单位要组织开展文明礼仪宣传活动。
"""


def test_site_box_label_over_the_notice_is_no_title() -> None:
    assert parse_text(_SITE_BOX.format(label="信息展示")).title == "关于开展“我们的节日·中秋节”主题活动的通知"


def test_notice_title_alone_stays_the_title() -> None:
    assert parse_text(_SITE_BOX.format(label="")).title == "关于开展“我们的节日·中秋节”主题活动的通知"


_MASKED = """xx镇“我们的节日·春节”主题活动方案

xx镇“我们的节日·春节”主题活动方案

资源描述:

《xx镇“我们的节日·春节”主题活动方案》由会员上传分享,免费在线阅读,更多相关内容在天天文库

1、{own}“我们的节日·春节”主题活动方案{own}“我们的节日·春节”主题活动方案各村居、各单位:为弘扬传统文化,结合我镇实际,制定本方案。一、开展春节民俗活动。各村居要组织开展民俗展演活动。二、开展志愿服务活动。镇团委要组织志愿者走访慰问困难群众。
"""


def test_text_prints_the_mask_in_its_own_case() -> None:
    assert parse_text(_MASKED.format(own="XX镇")).title == "XX镇“我们的节日·春节”主题活动方案"


def test_masked_headline_the_text_prints_alike_stays() -> None:
    assert parse_text(_MASKED.format(own="xx镇")).title == "xx镇“我们的节日·春节”主题活动方案"


_DEFINED = """某区关于推进农业设施用地管理的实施意见

一、总体要求
（一）指导思想
以习近平新时代中国特色社会主义思想为指导，推进农业现代化。
（二）基本原则
坚持农地农用，坚持节约集约。
（三）{head}
本意见所称农业设施用地，是指直接用于农业生产的设施用地。
二、主要任务
（一）加强规划引导
区农业农村委牵头制定农业发展规划，区规划资源局配合。
（二）规范用地审批
区规划资源局负责办理用地审批手续，区农业农村委配合。
"""


def test_definitions_item_of_the_opening_section_is_no_task() -> None:
    assert "一/三" not in _numbers(_DEFINED.format(head="概念内涵"))


def test_work_item_of_the_opening_section_keeps_its_doer() -> None:
    text = _DEFINED.format(head="概念内涵").replace("是指直接用于农业生产的设施用地。",
                                                     "是指直接用于农业生产的设施用地。区农业农村委负责建立用地台账。")
    assert "一/三" in _numbers(text)


_TOGETHER = """某市关于加强农业用地管理的实施意见
一、主要任务
（一）落实工作责任
{first}
（二）加强监管
市农业农村部门负责开展检查。
"""


def _units(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(text).tasks}


def test_cooperating_before_the_leads_names_none() -> None:
    found = _units(_TOGETHER.format(first="市财政局、市水务局等相关部门应当协同做好政策统筹。\n"
                                          "市规划资源部门牵头建立用地保障机制。"))
    assert "市财政局" not in found["一/一"]


def test_cooperating_after_the_doers_adds_the_partners() -> None:
    found = _units(_TOGETHER.format(first="市规划资源部门负责建立用地保障机制。\n"
                                          "市财政局、市水务局在各自职责范围内，协同做好相关工作。"))
    assert "市财政局" in found["一/一"]


def test_by_agent_setting_the_works_terms_is_a_doer() -> None:
    text = _TOGETHER.format(first="对纳入改造范围的地块，在土地供应前，"
                                  "由区政府确定地块的用途功能、建设规模等规划建设要求，作为土地供应条件。")
    assert _units(text)["一/一"] == ["区政府"]


def test_terms_set_by_a_body_as_a_description_name_none() -> None:
    text = _TOGETHER.format(first="改造项目应当按照由区政府确定的建设标准实施。")
    assert _units(text)["一/一"] == []


def test_accounts_settled_at_each_years_end_date_nothing() -> None:
    assert find_deadlines("涉及新增建设用地计划指标的，实行市级统筹，使用指标年底统一结算。", 2024) == []


def test_settlement_done_by_the_years_end_keeps_its_deadline() -> None:
    assert [d.date for d in find_deadlines("各区年底前完成结算工作。", 2024)] == ["2024-12-31"]


def _leads(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): t.lead_units for t in parse_text(text).tasks}


_KINDS = """某市关于加强农业用地规划管理的实施意见
一、主要任务
（一）强化规划保障
对于集中成片的现代农业片区，由市规划资源局会同市农业农村委，组织编制郊野单元规划。
对于零星分散的农业项目，{case}，由市农业农村委联合市规划资源局、各区政府，组织编制项目建设方案。
对于不涉及耕地的配套设施，由各镇政府会同区规划资源局组织编制规划图则。
（二）加强监管
市农业农村委负责开展检查。
"""


def test_what_a_topics_objects_involve_is_no_contingency() -> None:
    assert "市农业农村委" in _leads(_KINDS.format(case="涉及配置农业服务类建设空间的"))["一/一"]


def test_an_event_after_the_topic_stays_a_contingency() -> None:
    assert "市农业农村委" not in _leads(_KINDS.format(case="确需调整耕地保护空间的"))["一/一"]


def test_bar_in_the_clause_after_the_index_is_a_target() -> None:
    found = [(t.value, t.comparator) for t in find_targets("站点周边地块可适当提高容积率，不宜超过3.0。", 2023)]
    assert found == [(3.0, "<=")]


def test_figure_after_the_index_clause_with_no_bar_is_none() -> None:
    assert find_targets("站点周边地块可适当调整容积率，3.0以上的项目另行论证。", 2023) == []


_PERMITS = """某市存量产业用地管理办法
第一条（目的和依据）
为规范存量产业用地管理，根据有关规定，制定本办法。
第二条（存量用地管理）
既有合同履行完毕后，由区政府确定各类用地的具体用途、混合比例等规划建设要求，作为更新条件纳入出让合同。
对于存量研发用地，{s}
第三条（监督管理）
区政府应当组织开展监管工作。
第四条（土地供应）
区规划资源部门应当在出让合同中明确用途比例。
第五条（施行日期）
本办法自2024年1月1日起施行。
"""


def test_party_a_permission_names_is_no_subject() -> None:
    assert _units(_PERMITS.format(s="允许研发企业根据生产需求实现使用转换。"))["2"] == ["区政府"]


def test_party_bound_by_a_modal_stays_a_doer() -> None:
    assert "研发企业" in _units(_PERMITS.format(s="研发企业应当根据生产需求实现使用转换。"))["2"]
