"""Classes of the Round 48 rulings (helper al48, round 46), with made-up wordings and near misses:

- cost verbs (decided): 「由A向B支付…款」, 「由A安排…资金／经费／费用」 and 「由A纳入／列入…预算」 say who
  pays, so A is a payer, no unit; a rule-2 verb (负责安排, 落实…经费) or 统筹 keeps the money as work, and a body
  that does work by another clause keeps it;
- q44a (governs): a kind after 及 「A及相关部门」「A、B及其他有关部门承担下列职责：」 is a name of its own; only
  a 等 tail and the no-kind 有关方面 are dropped.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.duty_headings import lead_in_units
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.units import split_units


@pytest.mark.parametrize("text,resp", [
    # payers: no unit
    ("所需经费由各镇列入本级部门预算。", []),
    ("检测费用由建设单位纳入项目总投资预算。", []),
    ("由区政府安排专项资金用于设施维修。", []),
    ("由镇政府安排工作经费。", []),
    # a body that does work by another clause keeps it; the payer of the next clause is dropped
    ("验收合格后，由区住建委审核确认，由各街道向承包单位支付工程款。", ["区住建委"]),
])
def test_a_cost_verb_under_you_names_a_payer(text: str, resp: list[str]) -> None:
    assert doer_units(text) == ([], resp)


@pytest.mark.parametrize("text,resp", [
    ("由区财政局统筹安排补助资金。", ["区财政局"]),            # 统筹 keeps money as work (round 35)
    ("由区民政局负责安排专项经费。", ["区民政局"]),            # 负责 (rule 2)
    ("由区教育局安排专人负责联络。", ["区教育局"]),            # 安排 a person, no money
    ("由区发改委将项目纳入年度计划。", ["区发改委"]),          # 纳入 a plan, no budget
    ("由区住建委向市住建委报送年度计划。", ["区住建委"]),      # 向B + a sending, no payment
])
def test_near_misses_of_cost_verbs_stay_doers(text: str, resp: list[str]) -> None:
    assert doer_units(text) == ([], resp)


def test_a_budgeting_payer_in_an_item_is_no_unit() -> None:
    text = ("一、保障措施\n（一）落实经费。养护经费经区财政局审核后列入部门预算，其余由各镇列入镇部门预算。\n"
            "（二）加强监督。由区城管局负责日常检查。\n")
    assert [t.responsible_units for t in parse_text(text).tasks] == [[], ["区城管局"]]


@pytest.mark.parametrize("value,names", [
    ("区人才工作局及相关部门", ["区人才工作局", "相关部门"]),
    ("市民政局、市卫生健康委及其他有关部门", ["市民政局", "市卫生健康委", "其他有关部门"]),
    ("县农业农村局和各有关单位", ["县农业农村局", "各有关单位"]),
    # near misses: a 等 tail, a no-kind word, a kind standing alone
    ("市民政局、市卫生健康委等卫生主管部门", ["市民政局", "市卫生健康委"]),
    ("区商务委及有关方面", ["区商务委"]),
    ("相关部门", ["相关部门"]),
])
def test_a_kind_after_ji_in_a_label_is_a_name(value: str, names: list[str]) -> None:
    assert split_units(value)[0] == names


@pytest.mark.parametrize("line,names", [
    ("区公安分局、区应急局及其他监督管理部门承担以下监督检查职责：", ["区公安分局", "区应急局", "其他监督管理部门"]),
    ("市、区人民政府及其有关部门履行下列职责：", ["市、区人民政府", "有关部门"]),
    # near miss: a 等 tail says what the named bodies are
    ("区公安分局、区应急局等有关部门承担以下监督检查职责：", ["区公安分局", "区应急局"]),
])
def test_a_kind_after_ji_in_a_duty_lead_in_is_a_unit(line: str, names: list[str]) -> None:
    assert lead_in_units(line) == names


@pytest.mark.parametrize("text,resp", [
    # under a 职责分工 heading the subject of any verb of doing is a unit (round 34), but not a payer's
    ("县财政局要足额安排整治经费。", []),
    ("镇财政所要将保洁经费纳入年度财政预算。", []),
    # near misses: 统筹安排 (round 35), 负责 / 落实 (rule 2), 安排 a person, another verb of doing
    ("区财政局要统筹安排补助资金。", ["区财政局"]),
    ("区财政局负责安排专项经费。", ["区财政局"]),
    ("镇财政所要落实保洁经费。", ["镇财政所"]),
    ("区教育局要安排专人负责经费管理。", ["区教育局"]),
    ("县水务局要编制年度整治计划。", ["县水务局"]),
])
def test_a_payer_under_a_division_of_work_heading_is_no_unit(text: str, resp: list[str]) -> None:
    assert doer_units(text, heading="职责分工") == ([], resp)
