"""Round 68 rulings' parser asks read by t55b (made-up texts of each form, and the near misses that must not fire).

- A money band inside a noun naming projects is a class whatever step follows (Round 66 rulings, Targets, governs over
  round 48; Round 68): a word of state before the noun 「…以上的在建项目」, and a grant's word that only measures the
  band 「补助资金…以上的…项目」 or names the projects 「…的补贴项目」 — no target. A grant the sentence gives 「…，给予
  补助」「…，按30%给予奖补」 stays round 30's condition (a target), as does a grant's sum to reach 「补助资金不低于…」.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def figures(item: str) -> list[tuple[float, str]]:
    plan = parse_text(f"某区城市建设工作方案\n一、重点任务\n（一）{item}（责任单位：区建设管理委）\n"
                      "（二）加强日常巡查。（责任单位：区城管执法局）\n")
    assert len(plan.tasks) == 2
    assert plan.tasks[0].lead_units + plan.tasks[0].responsible_units == ["区建设管理委"]
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


@pytest.mark.parametrize("item", [
    "加强安全管理。对总投资800万元以上的在建工程开展隐患排查。",
    "强化监管。对合同金额100万元及以上的在建项目实施季度巡查。",
    "开展审计。奖补资金在50万元以上的改造项目，应当开展审计。",
    "规范管理。对资助金额30万元及以上的科研项目开展结题验收。",
    "加强评价。补贴资金100万元以上的补贴项目，由区财政局组织绩效评价。",
])
def test_a_money_band_inside_a_noun_of_projects_is_a_class(item):
    assert figures(item) == []


@pytest.mark.parametrize("item,kept", [
    # a grant the sentence gives after the class: round 30's grant condition, the band stays a target
    ("落实补助。投资500万元以上的项目，给予补助资金50万元。", [(5000000.0, "元"), (500000.0, "元")]),
    ("落实补助。补助资金200万元以上的建设项目，按30%给予奖补。", [(2000000.0, "元"), (30.0, "%")]),
    ("落实补助。对补助资金200万元以上的项目给予补贴。", [(2000000.0, "元")]),
    # a grant's sum with no noun of projects after it: a sum to reach
    ("发放补助。补助资金不低于200万元。", [(2000000.0, "元")]),
    ("安排资金。安排补助资金300万元以上的，用于建设项目。", [(3000000.0, "元")]),
    # 在建 not before the noun after the band
    ("加快建设。完成在建项目投资500万元以上。", [(5000000.0, "元")]),
])
def test_a_grant_given_or_a_sum_to_reach_stays_a_target(item, kept):
    assert figures(item) == kept


# --- a band inside a definition of a class of land (Round 68 rulings, Targets, turned over round 31: a band inside a
# definition names the class and asks nothing to be met); a yield per area 「…万元/亩」 is no cost band, and 相应 is no
# modal 应 -------------------------------------------------------------------------------------------------------------

def land_figures(body: str) -> list[tuple[float, str]]:
    plan = parse_text("某区低效产业用地处置工作方案\n一、认定范围\n（一）产出低下的工业用地\n" + body +
                      "\n（二）长期空置的厂房\n即连续两年未使用的厂房。\n二、工作任务\n（一）开展排查。区经委负责组织排查。\n")
    assert [t.title for t in plan.tasks][1:] == ["长期空置的厂房", "开展排查"]
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


@pytest.mark.parametrize("body", [
    "即亩产税收低于20万元/亩的工业用地。",
    "即土地出让三年后亩产税收低于8万元/亩的工业项目用地。",
    "一是两项指标的均值均低于《产业用地指南》中相应调整值或亩产税收低于5万元/亩的工业项目用地。",
])
def test_a_yield_band_inside_a_definition_of_land_is_a_class(body):
    assert land_figures(body) == []


@pytest.mark.parametrize("body,kept", [
    # a bar the item sets, with no noun of land after the band
    ("要求亩产税收不低于5万元/亩，相应提高土地产出率。", [(50000.0, "元")]),
    ("新出让工业用地亩产税收应不低于6万元/亩。", [(60000.0, "元")]),
])
def test_a_yield_bar_the_item_sets_stays_a_target(body, kept):
    assert land_figures(body) == kept


# --- 承担 with work as its object designates its subject (Round 68 rulings, Units, turned; rounds 39, 41, 59) — not a
# cost 「承担相关费用」, nor an office the item itself sets up 「…办公室设在…。办公室承担…日常工作」 (round 35) ---

def units(item: str) -> list[str]:
    plan = parse_text(f"某市无偿献血工作方案\n一、工作安排\n（一）{item}\n"
                      "（二）加强宣传。各区卫生健康委负责宣传发动。\n")
    assert len(plan.tasks) == 2
    return plan.tasks[0].lead_units + plan.tasks[0].responsible_units


def test_a_body_taking_on_work_is_a_doer():
    assert units("东区由区献血办做好预约工作，由市献血办协调时间，市采供血中心承担采血工作。") \
        == ["区献血办", "市献血办", "市采供血中心"]


@pytest.mark.parametrize("item,kept", [
    ("西区由区献血办做好组织工作，区卫生院承担相关费用。", ["区献血办"]),
    ("市献血工作组办公室设在市卫健委，由分管处长任主任。办公室承担工作组日常工作，协调成员单位落实本方案。", []),
])
def test_a_cost_or_an_office_the_item_sets_up_is_no_doer(item, kept):
    assert units(item) == kept
