"""Failure classes of tests/data/plans-next17/ and plans-next18/BASELINE.md (round 17, parser21), each
with made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: 「X负责，A、B配合，…」 opening each item (the bracketed （X负责，A、B配合） without its brackets and
# without 由; ASCII or full-width commas): X leads, A and B take part; 「X负责，…」 alone: X leads
_OPENING = ("某县农村人居环境整治工作方案\n\n一、重点任务\n\n"
            "（一）县住建局负责{c}县水利局、县生态环境分局配合{c}推进农村生活污水治理，完善管网。\n\n"
            "（二）县农业农村局负责{c}各乡镇配合{c}开展村庄清洁行动，整治乱堆乱放。\n\n"
            "（三）县交通运输局负责{c}做好农村公路沿线环境整治。\n\n"
            "（四）由县城管局负责{c}县市场监管局协助{c}规范集镇摊点经营。\n")


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_opening_lead_and_helpers_with_fullwidth_commas():
    got = _units(_OPENING.format(c="，"))
    assert got["一.一"] == (["县住建局"], ["县水利局", "县生态环境分局"])
    assert got["一.二"] == (["县农业农村局"], ["各乡镇"])
    assert got["一.三"] == (["县交通运输局"], [])
    assert got["一.四"] == (["县城管局"], ["县市场监管局"])


def test_opening_lead_and_helpers_with_ascii_commas():
    assert _units(_OPENING.format(c=",")) == _units(_OPENING.format(c="，"))


def test_an_opening_that_is_no_unit_names_none():
    text = ("某县工作方案\n\n一、重点任务\n\n（一）加强统筹负责，各方配合，形成合力。\n\n"
            "（二）全面推进工作负责制，落实到人。\n")
    got = _units(text)
    assert all(lead == [] for lead, _resp in got.values())
    assert not any("加强统筹" in n or "全面推进" in n for _l, resp in got.values() for n in resp)


# class 1 (cont.): a later page of a paged copy that opens at item 5 of a section printed on the page
# before: the items 5, 6 … are tasks, found with their units, before the next 四、
_PAGE = ("5.县教育局负责,县卫健委配合,开展校园食堂专项检查。\n"
         "6.县市场监管局负责,查处无证经营行为。\n"
         "四、保障措施\n(一)县财政局负责,县审计局配合,保障工作经费。\n(二)县委宣传部负责,做好宣传引导。\n")


def test_a_page_that_opens_mid_list_keeps_its_first_items():
    plan = parse_text(_PAGE)
    by_key = {t.key: t for t in plan.tasks}
    assert {"5", "6", "四.一", "四.二"} <= set(by_key)
    assert by_key["5"].lead_units == ["县教育局"] and by_key["5"].responsible_units == ["县卫健委"]
    assert by_key["6"].lead_units == ["县市场监管局"]


def test_a_numbered_line_under_an_attachment_list_is_still_no_task():
    text = ("某县工作方案\n\n附件：1.任务分工表\n2.进度安排表\n\n一、重点任务\n\n（一）县住建局负责，县水利局配合，"
            "推进污水治理。\n\n（二）县农业农村局负责，开展村庄清洁行动。\n")
    keys = [t.key for t in parse_text(text).tasks]
    assert "2" not in keys and "一.一" in keys


# class 2: a title with a site's tag (…方案【最新或2022(历届)】 / 【精选】) or a compilation's count (…方案2篇 /
# …方案3篇): the plan's name without it (「…三篇」/「…（通用5篇）」 as the first line stay no title: an essay
# site's compilation heading, as before)
def test_a_site_tag_or_compilation_count_leaves_the_title():
    body = "\n\n一、重点任务\n\n（一）县住建局负责，推进污水治理。\n"
    for shown in ("乡镇垃圾分类工作方案【精选】", "乡镇垃圾分类工作方案【最新或2023(历届)】",
                  "乡镇垃圾分类工作方案3篇"):
        assert parse_text(shown + body).title == "乡镇垃圾分类工作方案", shown


def test_a_bracket_that_is_the_titles_own_stays():
    body = "\n\n一、重点任务\n\n（一）县住建局负责，推进污水治理。\n"
    title = "乡镇垃圾分类三年行动计划（2024-2026年）"
    assert parse_text(title + body).title == title
