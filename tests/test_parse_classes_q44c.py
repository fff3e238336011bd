"""Round 44 (second wave), q44c: labels, lead-ins and inheritance — written plan texts, each class with its near
misses."""

from desktop.core.parse.plan_rules import standing_units


def test_standing_rule_names_keep_their_brackets() -> None:
    # 「以下均需各县(区)政府…负责落实，不再列出」: a name's own bracket is part of the name, not the end of the run
    text = "〔牵头单位:市农业农村局;责任单位:各县(区)政府、各园区管委会。以下均需各县(区)政府、各园区管委会负责落实,不再列出〕"
    assert standing_units(text) == ["各县(区)政府", "各园区管委会"]
    assert standing_units("（以下工作均需各乡镇（街道）负责落实，不再单独列出）") == ["各乡镇（街道）"]
    assert standing_units("以下分工均含各县（市、区）人民政府）") == ["各县（市、区）人民政府"]


def test_standing_rule_near_misses() -> None:
    # (as before: names with no bracket; no rule at all; a bracket that closes the label ends the run)
    assert standing_units("（以下各项工作均需要各单位负责，不再单独列出）") == ["各单位"]
    assert standing_units("以下分工均含各区人民政府）") == ["各区人民政府"]
    assert standing_units("（牵头单位：市教育局；责任单位：各县(区)政府）") == []
