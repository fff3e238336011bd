"""Round 51 second wave (w51b), whole rules written as articles: the standards a thing or a party must meet,
listed under 「…应当符合以下规定：」「…需符合以下要求：」, are the article's text, not tasks (round 35:
lists that give no work are text; an article of only such a list is one task where the article gives work);
an article's bracketed heading run on with its text on the label's line is its title. Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = ("某市临时堆场管理办法\n第一条 为规范本市临时堆场管理，制定本办法。\n"
        "第二条 市市容局负责全市临时堆场的监督管理。\n")
TAIL = "第四条 区市容局应当每季度对临时堆场开展检查。\n第五条 本办法自发布之日起施行。\n"


def rules(article: str) -> str:
    # (a blank line between paragraphs, as the printed rules have them)
    return (HEAD + article + TAIL).replace("\n", "\n\n")


def numbers(article: str) -> list[str]:
    return [t.number for t in parse_text(rules(article)).tasks]


# --- standards folded into their article ---------------------------------------------------------------------


@pytest.mark.parametrize("article", [
    # a thing's standards: prohibitions and limits with no body named
    "第三条 临时堆场应当符合以下规定：\n（一）临时堆场不得占用城市道路和消防通道；\n"
    "（二）禁止在河道管理范围内设置临时堆场；\n（三）堆放高度不得超过三米。\n",
    # a party's qualifications, then a body's work in the closing paragraph
    "第三条 受托机构需符合以下要求：\n（一）具有独立法人资格的企业或者其他组织；\n"
    "（二）遵守国家有关法律法规，信用记录良好；\n（三）不得与所管理的堆场存在利益关系。\n"
    "区市容局应当加强对受托机构的监督。\n",
])
def test_an_article_s_list_of_standards_is_its_text(article):
    assert numbers(article) == ["2", "3", "4"]


def test_the_folded_article_keeps_the_body_of_its_closing_paragraph():
    text = rules("第三条 受托机构需符合以下要求：\n（一）具有独立法人资格的企业或者其他组织；\n"
                 "（二）不得与所管理的堆场存在利益关系。\n区市容局应当加强对受托机构的监督。\n")
    third = next(t for t in parse_text(text).tasks if t.number == "3")
    assert "（二）不得与所管理的堆场存在利益关系" in third.text and "区市容局" in third.responsible_units


# --- near misses: lists that give work stay items ------------------------------------------------------------


def test_lines_that_name_a_body_bound_to_work_stay_items():
    article = ("第三条 临时堆场管理应当符合以下要求：\n（一）区市容局应当每月开展巡查；\n"
               "（二）街道办事处负责日常保洁；\n（三）市市容局负责汇总情况。\n")
    assert numbers(article) == ["2", "一", "二", "三", "4"]


def test_lines_that_open_with_a_verb_of_doing_stay_items():
    article = ("第三条 临时堆场应当符合以下要求：\n（一）建立巡查制度，明确专人管理；\n（二）落实保洁责任；\n"
               "（三）配齐消防器材。\n")
    assert numbers(article) == ["2", "一", "二", "三", "4"]


def test_points_with_their_own_headings_stay_items():
    article = ("第三条 临时堆场应当符合以下管理要求：\n（一）选址要求。区市容局可对堆场选址提出要求；\n"
               "（二）运营要求。经营单位可对堆放物品提出要求。\n")
    assert numbers(article) == ["2", "一", "二", "4"]


def test_a_body_bound_inside_a_line_keeps_the_list():
    # 「市公积金中心应当与…签订…」: a named body's work among the terms, the list stays items
    article = ("第三条 担保方式为抵押的，应当符合以下规定：\n（一）市公积金中心为第一顺位抵押权人；\n"
               "（二）市公积金中心应当与抵押人签订书面抵押合同。\n")
    assert numbers(article) == ["2", "一", "二", "4"]


# --- an article's bracketed heading run on with its text on the label's line --------------------------------


def titles(article: str) -> dict[str, str]:
    return {t.number: t.title for t in parse_text(rules(article)).tasks}


def test_a_glued_bracket_heading_is_the_article_s_title():
    got = titles("第三条（租赁合同） 出租单位应当与承租人签订租赁合同，并办理备案手续。\n")
    assert got["3"] == "（租赁合同）"


def test_a_glued_bracket_heading_without_a_space_is_the_title_too():
    got = titles("第三条（巡查检查）街道办事处应当对辖区内临时堆场建立巡查制度。\n")
    assert got["3"] == "（巡查检查）"


def test_the_last_article_s_text_under_its_heading_is_no_closing_paragraph():
    text = ("某市建设工程信用管理办法\n第一条  为规范建设工程信用管理，制定本办法。\n第二条  信用信息包括：\n"
            "（一）工程业绩信息；\n（二）不良信用信息。\n第三条（结果公开）\n市交通建设管理委应当公开评价结果。\n")
    third = [t for t in parse_text(text).tasks if t.number == "3"]
    assert [t.responsible_units for t in third] == [["市交通建设管理委"]]


def test_an_aside_that_goes_on_in_the_sentence_is_no_heading():
    # near miss: the bracket is followed by the sentence's comma, so it is part of the sentence
    got = titles("第三条（试行）的规定，由区市容局负责解释和执行。\n")
    assert got.get("3", "") != "（试行）"


def test_a_kind_heading_over_lines_that_hand_a_body_work_keeps_its_items():
    article = ("第三条（准入条件）\n申请家庭的住房面积按以下标准确定：\n"
               "（一）位于中心城区的，申请家庭在中心城区的住房应计算住房面积；\n"
               "（二）位于新城范围内的，具体由区房屋管理部门提出方案，报市房屋管理部门批准后实施。\n")
    assert "二" in numbers(article)


def test_a_kind_heading_over_an_applicant_s_conditions_is_still_folded():
    # near miss: the applicant's own conditions, no public body handed work by 由
    article = ("第三条（申报条件）\n申报企业应当具备以下条件：\n（一）在本区注册的独立法人；\n（二）信用记录良好；\n"
               "（三）企业应当负责项目的日常运营。\n")
    assert "二" not in numbers(article)
