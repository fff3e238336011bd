"""Round 51 mend (m51): the classes review rv51 found, with made-up texts and near misses.

- F1 ``no_work_articles.consequence_only``: an article where a named body of the plan is a sentence's subject, or
  whose body's duty is written with 应／须／要, is work — no fold (not 应急, 相应…, nor the breaker's own superiors).
- F2 ``no_work_articles.everyone_only``: everyone's rule followed by a named body's clause 「…，市水务局收到举报后
  及时核实处理」 is work.
- F3 ``class_figures.noun_class``: a count right after a verb of reaching the objects 「检查20所以上的托育机构」 is
  the work's own number; a property inside the noun 「拥有30辆以上车辆的运输企业」 stays a class.
- F4 ``worded_targets._day_limits``: the spans of a sentence are still read, each its own target.
- F5 ``headings``: a text opening at an article other than 第一条 keeps that article as its items' parent.
- F6 ``units.split_units`` / ``plan_rules._RULE_TAIL``: the legend's 「其余为配合单位」 is a rule, no unit.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = ("某市河道保洁管理办法\n第一条　为了加强河道保洁管理，制定本办法。\n"
        "第二条　市水务局负责全市河道保洁的监督管理工作。\n"
        "第三条　区水务局应当每月组织开展河道保洁检查。\n"
        "第四条　市水务局应当会同市财政局制定河道保洁经费标准。\n")
TAIL = "第六条　本办法自2025年1月1日起施行。\n"


def _numbers(article: str) -> list[str]:
    return [t.number for t in parse_text(HEAD + "第五条　" + article + "\n" + TAIL).tasks]


@pytest.mark.parametrize("article", [
    "市水务局发现区水务局未履行保洁职责的，予以通报批评。",          # a named body the subject, no modal
    "区水务局要对失职的河道保洁人员依法追究责任。",                    # 要 as the body's modal
    "任何单位和个人都有权制止破坏河道的行为，市水务局收到举报后及时核实处理。",   # a named body's later clause
])
def test_an_article_where_a_named_body_acts_is_work(article: str) -> None:
    assert _numbers(article) == ["2", "3", "4", "5"]


@pytest.mark.parametrize("article", [
    "河道保洁人员玩忽职守的，由其所在单位给予处分。",                  # the breaker's own unit
    "违反本办法规定，未按应急预案处置河道污染的，依法追究相应的法律责任。",   # 应急, 相应: no modal
    "河道管理人员滥用职权的，依法给予处分；构成犯罪的，依法追究刑事责任。",
    "任何单位和个人不得向河道倾倒垃圾。",
    "任何单位和个人不得损坏河道保洁设施，违者依法承担赔偿责任。",
])
def test_near_miss_liability_and_everyones_rules_still_fold(article: str) -> None:
    assert _numbers(article) == ["2", "3", "4"]


def _targets(item: str) -> list[tuple[float, str]]:
    [task] = parse_text("某区工作方案\n一、工作任务\n" + item + "\n").tasks
    return [(g.value, g.unit) for g in task.targets]


def test_a_count_right_after_the_verb_that_reaches_the_objects_is_a_target() -> None:
    assert (20.0, "所") in _targets("（一）托育检查。区卫健委每年检查20所以上的托育机构，年底前完成。")


@pytest.mark.parametrize("item", [
    "（一）专项检查。区交通委对拥有30辆以上车辆的运输企业开展抽查，年底前完成。",
    "（一）专项检查。区交通委抽查拥有30辆以上车辆的运输企业，年底前完成。",   # the verb not right before
])
def test_near_miss_a_property_inside_the_noun_stays_a_class(item: str) -> None:
    assert (30.0, "辆") not in _targets(item)


def test_day_spans_in_one_sentence_each_give_a_target() -> None:
    assert _targets("（一）复核答复。复核期限不超过收到通知之日起的30日，答复期限不超过受理之日起的15日。") \
        == [(30.0, "日"), (15.0, "日")]


@pytest.mark.parametrize(("first", "path"), [("第八条", ["8"]), ("第一条", ["1"])])
def test_a_texts_first_article_is_its_items_parent_whatever_its_number(first: str, path: list[str]) -> None:
    text = (f"某区养老服务办法\n{first} 区民政局履行下列职责：\n（一）编制养老服务规划；\n（二）指导养老机构建设。\n"
            "第九条 区财政局负责保障经费。\n")
    items = [t for t in parse_text(text).tasks if t.number in ("一", "二")]
    assert [t.path for t in items] == [path, path]
    assert all("区民政局" in t.responsible_units for t in items)


def test_near_miss_an_article_line_over_sections_is_no_opening_article() -> None:
    # (a cover's list entry written as an article 「第二条 …评分细则表」 over 一、二、 sections: no item, as before)
    text = ("某区文物消防标准化方案\n第二条 文物建筑消防安全考核评分细则表\n一、工作目标\n"
            "（一）全面排查文物建筑火灾隐患。\n"
            "二、工作内容\n（一）区文旅局负责组织开展消防检查。\n第三条 未制定消防安全制度的扣2分。\n")
    assert not any(t.path[:1] == ["2"] or t.number == "2" for t in parse_text(text).tasks)


@pytest.mark.parametrize("legend", ["排在首位的为牵头单位，其余为配合单位", "列第一位者为牵头单位，其他单位为协办单位"])
def test_a_legends_second_half_names_no_unit(legend: str) -> None:
    text = ("某区垃圾分类工作方案\n一、工作任务\n（一）宣传发动。区绿化市容局、区住建委负责组织开展入户宣传"
            f"（{legend}）。\n（二）设施建设。建设分类设施。（区住建委、各街道）\n")
    first = parse_text(text).tasks[0]
    assert not any("其余" in u or "其他" in u for u in [*first.lead_units, *first.responsible_units])
    assert "区住建委" in [*first.lead_units, *first.responsible_units]


def test_near_miss_a_legend_in_a_units_bracket_still_makes_the_first_the_lead() -> None:
    text = ("某区垃圾分类工作方案\n一、工作任务\n（一）宣传发动。组织开展入户宣传。（区绿化市容局、区住建委；"
            "排在首位的为牵头单位，其余为配合单位）\n（二）设施建设。建设分类设施。（区住建委、各街道）\n")
    first, second = parse_text(text).tasks
    assert (first.lead_units, first.responsible_units) == (["区绿化市容局"], ["区住建委"])
    assert (second.lead_units, second.responsible_units) == (["区住建委"], ["各街道"])
