"""Round 49 third wave (x49b), the sentence reader in page openings: a subject carried across 「；」 to a later verb
of rule 2 in a clause that opens with a plain verb (round 34; round 44), and 组织 taking persons and their act
inside a 、-list of the subject's means (组织＋person＋verb, round 30; round 34's 组织＋work). Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "关于开展节水宣传活动的方案\n一、活动目的\n提高群众节水意识。\n二、活动内容\n"


def responsible(*items: str) -> list[list[str]]:
    text = HEAD + "".join(f"{i + 1}、{item}\n" for i, item in enumerate(items))
    return [t.responsible_units for t in parse_text(text).tasks]


# --- the subject carried across 「；」 --------------------------------------------------------------------------


@pytest.mark.parametrize("item", [
    "各区要加强管理;供水企业要保持服务电话畅通;严格执行供水规范,落实节水措施。",
    "各区、各单位要切实加强管理,开展培训;供水企业要保持服务电话畅通,并提供咨询服务;严格执行供水规范,保护水源,"
    "落实节水措施,严格执行报修制度。",
    "环卫所要加强巡查；认真开展清扫保洁，落实垃圾分类措施。",
])
def test_a_subject_runs_across_a_semicolon_to_a_later_rule_two_verb(item):
    carried = "环卫所" if item.startswith("环卫所") else "供水企业"
    assert responsible(item) == [[carried]]


def test_a_clause_after_a_full_stop_does_not_take_the_subject_by_a_later_verb():
    # near miss: 。 ends the sentence; a new sentence opening with a plain verb keeps its 落实 to itself
    assert responsible("供水企业要保持服务电话畅通。严格执行供水规范,落实节水措施。") == [[]]


def test_a_semicolon_clause_with_its_own_agent_is_not_the_subject_s():
    # near miss: 「由A牵头」 inside the clause names its own agent before the 组织, so 各区 does not carry to it
    assert responsible("各区要加强管理;届时由区水务局牵头,组织开展联合检查。") != [["各区"]]
    assert responsible("各区要加强管理;联合检查由区水务局牵头,组织开展联合检查。") != [["各区"]]


def test_a_semicolon_clause_without_a_rule_two_verb_names_no_doer():
    # near miss: 保持／提供／执行 are no verbs of rule 2, so nothing carries
    assert responsible("各区要加强管理;供水企业要保持服务电话畅通;严格执行供水规范,保护水源。") == [[]]


# --- 组织＋person＋verb inside a 、-list of means ----------------------------------------------------------------


@pytest.mark.parametrize("item", [
    "各县(市)、乡(镇)还要通过设置宣传咨询点,张贴宣传画、发放传单、组织专家现场咨询、免费发放节水器具,向群众宣传节水知识。",
    "各县(市)、乡(镇)要通过设置宣传咨询点,张贴宣传画、组织志愿者上门讲解,向群众宣传节水知识。",
    "各县(市)、乡(镇)要加强宣传,组织医务人员义诊。",
])
def test_organising_persons_and_their_act_makes_the_subject_a_doer(item):
    assert responsible(item) == [["各县(市)", "乡(镇)"]]


@pytest.mark.parametrize("item", [
    # near misses: no 组织 in the list; 组织 takes a thing, not persons and their act
    "各县(市)、乡(镇)还要通过设置宣传咨询点,张贴宣传画、发放传单、免费发放节水器具,向群众宣传节水知识。",
    "各县(市)、乡(镇)还要通过设置宣传咨询点,张贴宣传画、发放传单、组织宣传资料,向群众宣传节水知识。",
])
def test_a_list_of_means_without_organised_persons_names_no_doer(item):
    assert responsible(item) == [[]]
