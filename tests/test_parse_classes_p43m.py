"""Round 43 (p43m), CONVENTIONS.md "Round 44 rulings, written early" (decided): in rules written as articles a named
body standing as the subject of the article's verb of doing is a doer. Departments named by their field and 部门 /
a supervising 机构 「各级生态环境管理部门应当…」「质量和安全监督管理部门应当…」「各级财政部门和主管部门要…」, the same
after a condition clause 「对违反…的有关单位，A部门、B部门应当依法处罚」, and short names listed before 「等部门应当」
are such subjects, with or without a place before them. Near misses name no unit: regulated parties and their
agencies 「建设单位应当…」「采购代理机构应当…」, a department named only by its kind of work 「管理部门应当…」, kinds
「相关部门应当…」, options 「A部门可以…」, verbs of being or having, and the same sentence outside articles."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import paragraph_subjects


def department_subjects(body: str) -> list[str]:
    """The one article-subject reader (round 44, p44g) on a paragraph with no placed name read at its start."""
    return paragraph_subjects(body, set(), lambda _text, _aliases: [], opening=False)

HEAD = ("某市绿化工程建设管理办法\n\n第一条（目的）\n\n为规范本市绿化工程建设管理，制定本办法。\n\n"
        "第二条（职责分工）\n\n（一）市绿化局负责本办法的组织实施。\n\n（二）区绿化局负责本辖区的监督管理。\n\n")


def article_units(body: str) -> list[str]:
    plan = parse_text(HEAD + f"第三条（监督检查）\n\n{body}\n\n第四条（施行）\n\n本办法自印发之日起施行。\n")
    task = next((t for t in plan.tasks if t.number == "3"), None)
    return sorted(task.responsible_units) if task is not None else []


@pytest.mark.parametrize("body,want", [
    ("各级绿化行政管理部门应当加强对施工现场的巡查，及时查处违规行为。", ["各级绿化行政管理部门"]),
    ("质量和安全监督管理部门应当建立健全监督检查制度。", ["质量和安全监督管理部门"]),
    ("各级财政部门和主管部门要加强资金使用的监督检查。", ["主管部门", "各级财政部门"]),
    ("对违反本办法规定的施工单位，绿化管理部门、城管执法部门应当依法处理。", ["城管执法部门", "绿化管理部门"]),
    ("经批准立项的项目，项目管理部门应严格执行招投标有关规定。", ["项目管理部门"]),
    ("规划处、建设处、环保处等部门应当加强对施工单位的监督管理。", ["建设处", "环保处", "规划处"]),
])
def test_a_department_opening_an_article_is_a_doer(body, want):
    assert article_units(body) == want


@pytest.mark.parametrize("body", [
    "建设单位应当在开工前办理施工许可手续。",                 # a regulated party
    "管理部门应当在有关政府网站予以公布。",                   # a department named by its kind of work alone
    "相关管理部门应当加强监督。",                             # a kind
    "绿化管理部门可以委托第三方机构开展检查。",               # an option
    "绿化管理部门是本办法的实施部门。",                       # being
])
def test_near_misses_name_no_unit(body):
    assert department_subjects(body) == []
    assert article_units(body) == []


def test_outside_articles_the_same_sentence_names_none():
    text = ("某市绿化工程工作方案\n\n一、工作任务\n\n（一）现场巡查。区绿化局组织开展现场巡查。\n\n"
            "（二）执法检查。各级绿化行政管理部门应当加强对施工现场的巡查。\n")
    tasks = {t.title[:4]: t.responsible_units for t in parse_text(text).tasks}
    assert tasks["现场巡查"] == ["区绿化局"]
    assert tasks["执法检查"] == []


@pytest.mark.parametrize("body,want", [
    ("市、区绿化管理部门应当在核发许可时，同步告知养护要求。", ["市、区绿化管理部门"]),  # one head shared
    ("规划处、城管执法部门、各镇绿化行政管理部门应当加强巡查。",                          # bodies of their own
     ["各镇绿化行政管理部门", "城管执法部门", "规划处"]),
])
def test_lists_sharing_one_head_and_lists_of_bodies(body, want):
    assert article_units(body) == want


def test_articles_that_hold_no_items_read_their_departments_only():
    """A plan whose articles hold no items of their own: the department subject is read; a heading run into the
    article's text 「第五条 核算 区农业局…」 gives no glued name, the placed-name reader stays off there."""
    text = ("某市绿化工程建设管理办法\n\n第一条（目的）\n\n为规范本市绿化工程建设管理，制定本办法。\n\n"
            "第二条（监管人员）\n\n质量和安全监督管理部门应当健全内部管理制度。\n\n"
            "第三条（建设单位）\n\n建设单位应当按规定报送项目信息。\n\n"
            "第四条（施行）\n\n本办法自印发之日起施行。\n")
    units = {t.number: t.responsible_units for t in parse_text(text).tasks}
    assert units.get("2") == ["质量和安全监督管理部门"]
    assert units.get("3", []) == []
