"""Round 27 (conv27): seeds EXPECTED.md lines 3–5 in plans whose tasks are headed by their units — the items of
a 总体要求 / 保障措施 / 组织实施 / 工作要求 section that name no unit are rules, not tasks (as they already were where
tasks are labelled); made-up wordings, with the near misses that must stay tasks. Only where every other leaf names
its unit: a plan of work points whose units stand only in a division of duties (plans-dev 12: 三、主要任务 with prose
actors beside 二、职责分工 「（一）城运中心：负责…」) names no unit for its tasks, and its 四、工作保障 items are tasks
(as in the tuned sets' s01, x17_03, x21_01/03/04, x24_02, w01, x49_03)."""
from __future__ import annotations

from desktop.core.parse import parse_text

# tasks as unit-colon items 「1.区住建局：负责…」
COLON = ("某区老旧电梯更新工作方案\n"
         "一、总体要求\n"
         "（一）指导思想。坚持以人民为中心，统筹推进老旧电梯更新改造，切实保障群众出行安全。\n"
         "（二）基本原则。政府引导、业主自愿、分类施策、稳步推进。\n"
         "二、职责分工\n"
         "1.区住建局：负责统筹协调全区老旧电梯更新工作，制定年度计划。\n"
         "2.区市场监管局：负责电梯安全监督检查，督促维保单位落实责任。\n"
         "3.各街道：负责辖区内更新项目的组织发动和矛盾调处。\n"
         "三、保障措施\n"
         "（一）强化组织领导。各部门要高度重视，加强沟通协调，形成工作合力，确保各项工作落到实处。\n"
         "（二）加强宣传引导。充分利用各类媒体广泛宣传电梯更新政策，营造良好社会氛围。\n")


def test_unit_colon_plan_drops_its_unitless_safeguards_and_principles():
    plan = parse_text(COLON)
    assert [t.responsible_units for t in plan.tasks] == [["区住建局"], ["区市场监管局"], ["各街道"]]


# tasks under unit headings 「（一）区发展改革委」 over their duties, and a 工作要求 section written as heading lines
HEADINGS = ("某区营商环境优化工作方案\n"
            "一、工作目标\n"
            "（一）企业办事更加便利。\n"
            "（二）市场主体满意度明显提升。\n"
            "二、部门职责\n"
            "（一）区发展改革委\n"
            "牵头制定优化营商环境年度工作要点，定期开展评估。\n"
            "（二）区市场监管局\n"
            "推进登记注册便利化，压缩企业开办时间。\n"
            "（三）区政务服务中心\n"
            "优化窗口服务，推行一网通办。\n"
            "三、工作要求\n"
            "（一）压实工作责任\n"
            "各单位要明确分管领导和具体联络人员，细化工作举措。\n"
            "（二）加强督查考核\n"
            "将工作推进情况纳入年度绩效考核，定期通报进展情况。\n")


def test_unit_heading_plan_drops_its_unitless_goals_and_requirements():
    plan = parse_text(HEADINGS)
    # (「（一）区发展改革委⏎牵头制定…」: the heading's unit leads its work, rule 2 — r48b)
    assert [t.lead_units + t.responsible_units for t in plan.tasks] == [
        ["区发展改革委"], ["区市场监管局"], ["区政务服务中心"]]


def test_a_safeguard_that_names_its_unit_stays_a_task():
    # near miss: 「（一）加强组织领导。区政府办负责…」 — the unit opens the item's text as the subject of 负责
    text = COLON.replace("（一）强化组织领导。各部门要高度重视，",
                         "（一）强化组织领导。区政府办负责统筹协调，定期召开推进会，")
    plan = parse_text(text)
    assert [t.path + [t.number] for t in plan.tasks][-1] == ["三", "一"]
    assert len(plan.tasks) == 4
    # … and on the heading's own line over its paragraph
    text = HEADINGS.replace("各单位要明确分管领导", "区委办牵头，明确分管领导")
    assert len(parse_text(text).tasks) == 4


def test_a_unit_further_on_in_a_sentence_is_no_unit_of_the_item():
    # 「…请服务办于7月21日前上报」 / 「X是本区此项工作带头部门」: actors in sentences, the item names no unit
    for wording in ("（二）加强宣传引导。为掌握推进情况，请区住建局于7月21日前上报统计表至区政府办。\n",
                    "（二）加强宣传引导。区住建局是本区此项工作带头部门，应加强组织和协调。\n"):
        text = COLON.replace("（二）加强宣传引导。充分利用各类媒体广泛宣传电梯更新政策，营造良好社会氛围。\n", wording)
        assert len(parse_text(text).tasks) == 3


def test_a_plan_naming_no_units_keeps_every_numbered_leaf():
    # near miss: no unit anywhere — every numbered leaf is a task (seed 003, plans-dev 08)
    text = COLON.replace("1.区住建局：负责统筹协调", "1.统筹协调").replace("2.区市场监管局：负责", "2.加强") \
        .replace("3.各街道：负责", "3.做好")
    plan = parse_text(text)
    assert len(plan.tasks) == 7


def test_a_safeguards_section_holding_the_units_tasks_keeps_them():
    # near miss: the plan's real numbered tasks, with units, stand under a 保障措施 heading
    text = ("某镇防汛工作方案\n"
            "一、工作目标\n"
            "确保汛期安全度汛。\n"
            "二、保障措施\n"
            "1.镇应急办：负责防汛物资储备和调度。\n"
            "2.镇建管中心：负责排水设施巡查养护。\n"
            "3.加强值班值守。汛期实行24小时值班制度，确保信息畅通。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 3
    assert plan.tasks[0].responsible_units == ["镇应急办"]


def test_work_points_beside_a_division_of_duties_keep_their_safeguards():
    # near miss (plans-dev 12's shape): 主要任务 items naming no unit beside a 职责分工 of 「X：负责…」 items — every
    # numbered leaf of work is a task, 保障措施's too; 一、总体要求's 指导思想 and 基本原则 are not (w50a:
    # CONVENTIONS.md "Round 49 rulings", governs — aims and principles give no work in any plan; the 职责分工 names
    # units, so round 33's count with them, 9, is not this plan's)
    text = COLON.replace("三、保障措施\n",
                         "三、主要任务\n（一）开展排查摸底。全面摸清老旧电梯底数，建立工作台账。\n"
                         "（二）推进更新改造。按照成熟一批、实施一批的原则有序推进。\n四、保障措施\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 7
    assert [t.path[0] for t in plan.tasks] == ["二", "二", "二", "三", "三", "四", "四"]
