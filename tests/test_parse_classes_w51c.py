"""Round 51 second wave (w51c): responsible units in whole rules.

1. A working group a body sets up in one article 「…成立调查组或者委托第三方调查机构…」 is a body and, as the subject
   of a later article's verb of doing, a doer (round 36; Round 57 rulings on x254_02's 调查组) — read through
   ``role_definitions.defined_roles`` (the groups set up) and ``role_subjects`` (a role-like kind as an article's
   subject; 调查机构 joins the commissioned agencies). A panel of experts 「成立专家组」 stays persons (round 48), a
   group's members 「调查组成员」 name none, and a group never set up reads as before.
2. An article's lead-in that hands its cases to a handler 「对…，由A按照下列规定进行处理：」「A在收到申请后，根据下列
   情况分别作出处理：」 gives each item under it A (round 44's procedure in ``article_lead_ins``); a list of
   conditions or materials 「…应符合下列条件：」 gives none.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "某区土壤污染责任认定办法\n第一条  为规范认定工作，制定本办法。\n第二条  本办法适用于本区的认定工作。\n"
TAIL = "\n第九条  区生态环境局应当定期开展土壤监测。\n第十条  本办法自2025年1月1日起施行。\n"


def _units(body: str, number: str) -> list[list[str]]:
    tasks = [t for t in parse_text(HEAD + body + TAIL).tasks if t.number == number or (t.path[:1] == [number])]
    return [t.lead_units + [u for u in t.responsible_units if u not in t.lead_units] for t in tasks]


SET_UP = "第三条  区环保局应当在受理申请之日起十个工作日内成立{group}或者委托第三方调查机构启动调查工作。\n"


@pytest.mark.parametrize(("group", "later", "doers"), [
    ("调查组", "第四条  第三方调查机构或者调查组应当在六十个工作日内完成调查工作。", ["第三方调查机构", "调查组"]),
    ("核查工作组", "第四条  核查工作组应当在二十个工作日内完成现场核查，形成核查结论。", ["核查工作组"]),
    ("调查组", "第四条  调查组应当对地块开展现场踏勘和资料收集。", ["调查组"]),
])
def test_a_working_group_set_up_earlier_is_a_later_articles_doer(group, later, doers):
    assert _units(SET_UP.format(group=group) + later, "4") == [doers]


@pytest.mark.parametrize(("group", "later"), [
    ("专家组", "第四条  专家组应当在六十个工作日内完成评审工作。"),             # a panel of experts: persons
    ("调查组", "第四条  调查组成员应当在六十个工作日内完成调查工作。"),         # its members: persons
])
def test_a_panel_or_a_groups_members_name_none(group, later):
    assert _units(SET_UP.format(group=group) + later, "4") == [[]]


def test_a_group_never_set_up_reads_as_before():
    text = "第三条  区环保局应当委托第三方机构启动调查工作。\n第四条  调查组应当在六十个工作日内完成调查工作。\n"
    assert _units(text, "4") == [[]]


def test_a_commissioned_survey_agency_is_an_articles_doer():
    text = "第四条  委托调查机构开展调查的，调查机构应当在六十个工作日内提交调查报告并留存一份。\n"
    assert _units(text, "4") == [["调查机构"]]


CASES = ("（一）违反本办法第三条规定的，责令停止违法行为，没收违法所得；\n"
         "（二）违反本办法第四条规定的，责令限期改正。\n")


@pytest.mark.parametrize(("lead_in", "handler"), [
    ("对违反本办法的行为，由区城管执法局按照下列规定进行处理：", "区城管执法局"),
    ("区城管执法局按照下列规定予以处罚：", "区城管执法局"),
    ("市、区生态环境局在收到申请后，根据下列情况分别作出处理：", "市、区生态环境局"),
])
def test_a_handlers_lead_in_gives_its_cases_the_handler(lead_in, handler):
    assert _units("第四条  " + lead_in + "\n" + CASES, "4") == [[handler], [handler]]


def test_a_list_of_conditions_gives_its_items_no_handler():
    text = ("第四条  申请认定的地块应当符合下列条件：\n（一）已完成土壤污染状况调查；\n"
            "（二）调查结果表明污染物含量超过风险管控标准。\n")
    assert all(units == [] for units in _units(text, "4"))
