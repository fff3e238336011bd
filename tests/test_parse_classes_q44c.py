"""Round 44 (second wave), q44c: labels, lead-ins and inheritance — written plan texts, each class with its near
misses."""

from desktop.core.parse.plan_rules import standing_units


def test_standing_rule_names_keep_their_brackets() -> None:
    # 「以下均需各县(区)政府…负责落实，不再列出」: a name's own bracket is part of the name, not the end of the run
    text = ("〔牵头单位:市农业农村局;责任单位:各县(区)政府、各园区管委会。"
            "以下均需各县(区)政府、各园区管委会负责落实,不再列出〕")
    assert standing_units(text) == ["各县(区)政府", "各园区管委会"]
    assert standing_units("（以下工作均需各乡镇（街道）负责落实，不再单独列出）") == ["各乡镇（街道）"]
    assert standing_units("以下分工均含各县（市、区）人民政府）") == ["各县（市、区）人民政府"]


def test_standing_rule_near_misses() -> None:
    # (as before: names with no bracket; no rule at all; a bracket that closes the label ends the run)
    assert standing_units("（以下各项工作均需要各单位负责，不再单独列出）") == ["各单位"]
    assert standing_units("以下分工均含各区人民政府）") == ["各区人民政府"]
    assert standing_units("（牵头单位：市教育局；责任单位：各县(区)政府）") == []


_CASES_PLAN = """某镇小型工程管理办法

一、工程管理

（一）招标管理

镇规划建设办公室负责小型工程的招标管理。

1、估算价在50万元以下的工程可采用邀请招标方式。

2、不良记录管理

{lead_in}

(1)中标后无故放弃承包权;

(2)将承包的工程违法转包;

(3)未按合同约定派驻项目经理。
"""


def _units(text: str) -> dict[str, list[str]]:
    from desktop.core.parse import parse_text
    return {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(text).tasks}


def test_listed_cases_take_no_units_from_the_lead_in_above() -> None:
    # 「…依据以下情况认定投标人履约不合格」 over (1)–(3): the items are conditions, not the招标 work of （一）'s lead-in
    got = _units(_CASES_PLAN.format(lead_in="建设单位可依据以下情况认定投标人履约不合格，报送主管部门记入不良记录。"))
    assert got["一/一/1"] == ["镇规划建设办公室"]          # (the sibling item still takes the lead-in's body)
    assert got["一/一/2/1"] == [] and got["一/一/2/3"] == []
    got = _units(_CASES_PLAN.format(lead_in="投标人有下列情形之一的，列入不良记录："))
    assert got["一/一/2/2"] == []


def test_listed_work_still_takes_the_lead_in_above() -> None:
    # (near miss: a lead-in announcing work 「做好以下工作」 is no list of cases: its items inherit as before)
    got = _units(_CASES_PLAN.format(lead_in="各村要做好以下工作："))
    assert got["一/一/2/1"] == ["镇规划建设办公室"]


_GROUP_PLAN = """某街道小型工程管理办法

一、适用范围

本办法适用于街道投资的小型建设工程。

二、过程管理

{lead_in}

（一）立项管理

投资额50万元以上的项目报请街道主任办公会研究决定。

（二）档案管理

工程竣工后及时整理归档。
"""


def test_a_leading_group_over_the_whole_work_gives_the_items_nothing() -> None:
    # 「…全过程由项目管理领导小组纳入管理」「…由工作领导小组统一安排」: the group's oversight, no doer of the items
    got = _units(_GROUP_PLAN.format(lead_in="小型工程从立项到竣工全过程由街道项目管理领导小组纳入管理。"))
    assert got["二/一"] == [] and got["二/二"] == []
    got = _units(_GROUP_PLAN.format(lead_in="各项管理工作由街道工程建设领导小组统一安排。"))
    assert got["二/一"] == []


def test_a_lead_in_body_that_does_the_work_still_gives_it() -> None:
    # (near misses: the group or a department 负责 the work — rule 4 as before)
    got = _units(_GROUP_PLAN.format(lead_in="街道城建中心负责小型工程的全过程管理。"))
    assert got["二/一"] == ["街道城建中心"]
    got = _units(_GROUP_PLAN.format(lead_in="由街道项目管理领导小组办公室负责小型工程的全过程管理。"))
    assert got["二/二"] == ["街道项目管理领导小组办公室"]
