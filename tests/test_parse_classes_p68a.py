"""Round 68 (p68a): the parties of a public purchase, and what a rule's articles hold that is no work.

- The parties of a public purchase named by their side 「采购人应当…」「购买主体应当…」「承接主体应当…」 as the subject
  of an article's verb of doing, in any paragraph: doers, as a tender's 招标人 — not the same words in a plan
  written outside articles (rule 2's closed list), nor their staff 「采购人员」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_PURCHASE = """某市政府购买公共服务实施办法

第一条  为了规范政府购买公共服务，根据有关规定，制定本办法。

第二条  市财政局负责全市政府购买公共服务的监督管理。

第三条  在服务采购项目中，供应商的企业类型不作要求。

采购人应当结合项目特点，按照分类目录确定服务项目属性。

第四条  购买主体应当加强服务项目履约管理，及时掌握项目进度。

第五条  承接主体应当建立服务项目台账，记录保存项目实施资料。

第六条  采购人员应当遵守廉洁纪律。

第七条  本办法自2024年1月1日起施行。
"""


def test_parties_of_a_purchase_act_in_articles() -> None:
    tasks = _tasks(_PURCHASE)
    assert tasks["3"] == ["采购人"]
    assert tasks["4"] == ["购买主体"]
    assert tasks["5"] == ["承接主体"]


def test_purchase_staff_are_no_party() -> None:
    # (near miss: a purchaser's staff 「采购人员」 are persons, no party)
    assert "采购人员" not in _tasks(_PURCHASE).get("6", [])
    assert "采购人" not in _tasks(_PURCHASE).get("6", [])


def test_purchaser_outside_articles_names_none() -> None:
    # (near miss: outside articles rule 2's list is closed — a purchaser's 应当 names none)
    tasks = _tasks("某区政府采购工作方案\n\n一、加强履约管理\n\n"
                   "（一）采购人应当加强履约验收内控管理，完善内部机制。\n\n（二）区财政局负责做好监督检查。\n")
    assert tasks["一/一"] == []
    assert tasks["一/二"] == ["区财政局"]

