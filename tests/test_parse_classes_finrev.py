"""Classes from round 24's final review (finrev): one spelling of a group's duty verbs and of "not a name"."""
import pytest

from desktop.core.parse.prose_units import group_subject, heading_units, subject_units
from desktop.core.parse.units import looks_like_unit


@pytest.mark.parametrize("text", [
    "各镇人民政府负责土地流转",
    "各镇人民政府承担土地流转",
    "各镇人民政府组织群众",
    "各村（社区）统筹资金",
    "各村（社区）协助做好",
    "各乡镇配合开展宣传",
    "各街道落实属地责任",
])
def test_a_group_and_its_duty_verb_is_no_unit(text):
    assert not looks_like_unit(text)


@pytest.mark.parametrize("text", [
    "各镇人民政府", "各村（社区）", "各级党组织", "各基层党组织", "各级组织", "各乡镇", "各成员单位",
    "县农业农村局",
])
def test_a_group_or_a_unit_stays_a_unit(text):
    assert looks_like_unit(text)


def test_a_group_and_its_duty_is_no_heading_but_its_group_is_the_subject():
    assert heading_units("各镇人民政府组织群众开展环境整治。") == []
    assert group_subject("各镇人民政府组织群众开展环境整治。") == ["各镇人民政府"]
    assert group_subject("各村（社区）统筹资金用于改厕。") == ["各村（社区）"]


@pytest.mark.parametrize("text", [
    "各单位要负责做好宣传。",            # a rule for all
    "各乡镇应负责本辖区巡查。",
    "2个乡镇负责试点。",                # a figure
    "责任主体为县水利局负责。",          # a sentence's word
])
def test_not_a_subject(text):
    assert subject_units(text) == []


def test_units_as_subject():
    assert subject_units("县水利局负责河道巡查。") == ["县水利局"]


@pytest.mark.parametrize(("text", "lead", "resp"), [
    ("县水利局牵头，各有关部门配合，加快推进堤防建设。", ["县水利局"], ["各有关部门"]),       # partners of any kind
    ("由市工商局负责，市经贸委、市农业局配合，严格市场监管。", ["市工商局"], ["市经贸委", "市农业局"]),
    ("由县公安局会同县交通局负责，县财政局配合，开展道路整治。", ["县公安局"], ["县交通局"]),
    ("县财政局负责，做好资金保障。", ["县财政局"], []),
])
def test_an_opening_of_units_and_roles(text, lead, resp):
    from desktop.core.parse.declarations import find_declaration
    decl = find_declaration(text)
    assert decl is not None and (decl.lead, decl.resp) == (lead, resp)


@pytest.mark.parametrize("text", [
    "政府负责，部门配合，社会参与，推进工作。",      # a principle: no unit of the plan
    "培训经费各乡镇负责。",                        # a topic before the unit
    "各乡镇对辖区改厕质量负总责，向县政府负责。",
])
def test_no_opening_of_units(text):
    from desktop.core.parse.declarations import find_declaration
    assert find_declaration(text) is None


@pytest.mark.parametrize("text", ["各单位要负责做好本单位安全工作。", "各乡镇应组织群众开展整治。", "各村须统筹资金。"])
def test_a_rule_for_all_is_no_group_subject(text):
    assert group_subject(text) == []
