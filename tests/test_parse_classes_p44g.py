"""Round 44 (p44g), CONVENTIONS.md "Round 44 rulings, written early" (decided): in rules written as articles a named
body standing as the subject of the article's verb of doing is a doer whatever the verb. One article-subject reader
(``article_subjects.paragraph_subjects``) reads, in each sentence of an article's paragraph, the subject of a verb of
doing: a department with the rule's modal 「区级财政部门应将…」 in a later sentence too, a department with a verb of
doing and no modal in the paragraph's first sentence 「各级建设管理部门依法加强…」「…组织根据…，对…开展…」, after a
step of its own 「区房屋管理部门受理申请后，应当…」, a placed body after a time clause 「每年10月底前，市财政局按照…提前
告知…」, and 「相关行业主管部门」 (a field's departments). Near misses name none: a regulated party, an applicant's
filing 「业主委员会…向区X部门办理…手续」 (the department it files with), a department named only by its kind
「相关部门」, a case 「A未…的」, a topic 「A的职责」, an opinion given in an approval 「A应对…提出意见」, an option."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import paragraph_subjects
from desktop.core.parse.duty_headings import opening_subject
from desktop.core.parse.shared_heads import share_heads

HEAD = ("某区公共设施建设管理办法\n\n第一条（目的）\n\n为规范本区公共设施建设管理，制定本办法。\n\n"
        "第二条（职责分工）\n\n（一）区建设局负责本办法的组织实施。\n\n（二）各镇负责本辖区的日常管理。\n\n")


def article_units(body: str) -> list[str]:
    plan = parse_text(HEAD + f"第三条（监督管理）\n\n{body}\n\n第四条（施行）\n\n本办法自印发之日起施行。\n")
    task = next((t for t in plan.tasks if t.number == "3"), None)
    return sorted(task.responsible_units) if task is not None else []


def subjects(body: str) -> list[str]:
    return paragraph_subjects(body, set(), opening_subject)


@pytest.mark.parametrize("body,want", [
    # a verb of doing with no modal, after a rule the subject follows
    ("各级绿化管理部门依法加强对公共绿地养护质量的检查。", ["各级绿化管理部门"]),
    ("区各级纪检监察组织根据有关部门的意见，对违规单位开展监督问责。", ["区各级纪检监察组织"]),
    # a step of the subject's own before the modal
    ("区市容管理部门收到材料后，应当在10个工作日内完成审核。", ["区市容管理部门"]),
    # a later sentence's subject with the modal, and a placed body after a time clause
    ("每年3月底前，区财政局按照年度预算下达补助资金。各镇财政部门应将补助资金及时拨付到项目。",
     ["区财政局", "各镇财政部门"]),
    ("项目验收按规定程序进行。区水务管理部门应当在验收时严格把关。", ["区水务管理部门"]),
    # a field's departments
    ("相关行业主管部门应对项目实施情况进行监督。", ["相关行业主管部门"]),
])
def test_the_subject_of_a_verb_of_doing_is_read(body, want):
    assert subjects(body) == want


@pytest.mark.parametrize("body", [
    "建设单位应当在开工前办理施工许可手续。",                               # a regulated party
    "审批：业主委员会提供申请表，向区绿化管理部门办理审批手续。",           # an applicant's filing
    "相关部门应当加强监督。",                                               # a kind alone
    "区绿化管理部门未按规定履行职责的，依法追究责任。",                     # a case
    "区绿化管理部门的职责由区政府另行规定。",                               # a topic
    "房屋管理部门应对配建住房的比例提出意见。",                             # an opinion in an approval
    "项目竣工后，各项目管理部门的档案资料统一归档。",                       # a topic after a time
])
def test_near_misses_name_none(body):
    assert subjects(body) == []


def test_in_an_article_the_subjects_are_its_units():
    assert article_units("各级绿化管理部门依法加强对公共绿地养护质量的检查。") == ["各级绿化管理部门"]
    assert article_units("区市容管理部门收到材料后，应当在10个工作日内完成审核。") == ["区市容管理部门"]
    assert article_units("建设单位应当在开工前办理施工许可手续。") == []
    assert article_units("区绿化管理部门可以委托第三方开展检查。") == []          # an option


def test_outside_articles_a_plain_verb_names_none():
    text = ("某区公共设施工作方案\n\n一、工作任务\n\n（一）现场巡查。区建设局组织开展现场巡查。\n\n"
            "（二）养护检查。各级绿化管理部门依法加强对公共绿地养护质量的检查。\n")
    tasks = {t.title[:4]: t.responsible_units for t in parse_text(text).tasks}
    assert tasks["现场巡查"] == ["区建设局"]
    assert tasks["养护检查"] == []


@pytest.mark.parametrize("names,text,want", [
    # bare levels joined by 和 before the next level's body share its head
    (["市和区", "县文物行政管理部门"], "市和区、县文物行政管理部门", ["市和区、县文物行政管理部门"]),
    # a level before a body of another kind stays apart (round 42), and two bodies with heads stay apart
    (["镇", "园区"], "镇、园区", ["镇", "园区"]),
    (["区发改委", "区财政局"], "区发改委、区财政局", ["区发改委", "区财政局"]),
])
def test_levels_share_the_next_levels_head(names, text, want):
    assert share_heads(names, text) == want
