"""Round 43 (p43h), CONVENTIONS.md "Round 44 rulings, written early" (decided): in rules written as articles (第X条) a
named body standing as the subject of the article's verb of doing 「区财政局根据…，将资金拨付到…」「市交通委应当对…进行
监督」「区规划土地局对…进行审批」 is a doer whatever the verb, as 「由A＋any verb of doing」 is (round 34); an article
names those subjects and the doers of rule 2's forms 「A组织开展…」 together, in printed order. Near misses name no
unit: verbs of being or having (是, 享有, 有…权), options 「A可以委托…」, regulated parties 「建设单位应当…」 (round
30/34), and the same sentence outside articles, where rule 2's closed list stands."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import subjects_and_doers

HEAD = ("某区节能专项资金管理办法\n\n第一条（目的）\n\n为规范本区节能专项资金管理，制定本办法。\n\n"
        "第二条（职责分工）\n\n（一）区发改委负责专项资金的统筹管理。\n\n（二）区财政局负责专项资金的预算管理。\n\n")


def article_units(body: str, heading: str = "（资金拨付）") -> list[str]:
    """The article's responsible units ([] where the article is read as no task: it names none either)."""
    plan = parse_text(HEAD + f"第三条{heading}\n\n{body}\n\n第四条（施行）\n\n本办法自印发之日起施行。\n")
    task = next((t for t in plan.tasks if t.number == "3"), None)
    return task.responsible_units if task is not None else []


@pytest.mark.parametrize("body,want", [
    ("区财政局根据区发改委的申请，将支持资金直接拨付到项目单位。", ["区财政局"]),
    ("市交通委应当对第三方评估机构和专家的工作进行监督。", ["市交通委"]),
    ("区排水管理所审核相关情况后向排水户开具缴款通知书。", ["区排水管理所"]),
])
def test_an_articles_subject_of_any_verb_of_doing_is_a_doer(body, want):
    assert article_units(body) == want


def test_the_subjects_and_the_rule_two_doers_together_in_printed_order():
    body = ("各行业主管部门在受理申报材料后，组织开展项目评审。\n\n"
            "区发改委根据年度预算计划，组织批次审核。\n\n"
            "区财政局根据区发改委的审核意见，将支持资金直接拨付到项目单位。")
    assert article_units(body) == ["各行业主管部门", "区发改委", "区财政局"]


@pytest.mark.parametrize("body", [
    "区人民政府有优先购买权。",                              # having
    "区人民政府享有土地收益的分配权。",                      # having
    "区发改委可以委托第三方机构开展项目绩效评价。",          # an option
    "建设单位应当在开工前办理施工许可手续。",                # a regulated party (round 30/34)
])
def test_near_misses_name_no_unit(body):
    assert article_units(body) == []


def test_outside_articles_rule_two_closed_list_stands():
    text = ("某区节能专项资金工作方案\n\n一、工作任务\n\n（一）项目评审。区发改委组织开展项目评审。\n\n"
            "（二）资金拨付。区财政局根据审核意见，将支持资金直接拨付到项目单位。\n")
    tasks = {t.title[:4]: t.responsible_units for t in parse_text(text).tasks}
    assert tasks["项目评审"] == ["区发改委"]
    assert tasks["资金拨付"] == []


def test_subjects_and_doers_merge_in_the_order_printed():
    body = "甲局根据…组织评审。乙局…拨付资金。丙局负责监督。"
    assert subjects_and_doers(body, ["乙局"], ["甲局", "丙局"]) == ["甲局", "乙局", "丙局"]
    # (a name held in another is not added twice)
    assert subjects_and_doers(body, ["甲局"], ["甲局", "丙局"]) == ["甲局", "丙局"]
