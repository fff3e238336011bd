"""Failure classes of tests/data/plans-next35/-next36 taken in round 23 (parser34): items the answers take as tasks
and the parser left out. Each class with made-up wordings of other plans (the real cases are scored by
tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _titles(plan) -> list[str]:
    return [t.title for t in plan.tasks]


# -- c. a plan written in articles with headings: its childless articles of work are tasks -------------------

_ARTICLES = "\n\n".join([
    "某镇农贸市场经营秩序管理暂行规定",
    "第一条　目的和依据",
    "为规范本镇农贸市场经营秩序，保障群众食品安全，根据有关法规，结合本镇实际，制定本规定。",
    "第二条　适用范围",
    "本规定适用于本镇行政区域内各类农贸市场及其周边区域的经营活动和管理活动。",
    "第三条　登记管理",
    "市场开办者应在开业前向镇市场监管所办理登记，市场监管所核对资料后建立一户一档，每季度汇总报送区市场监管局。",
    "第四条　巡查处置",
    "镇城管中队、市场监管所与各村居委应建立联合巡查机制，发现占道经营等问题及时劝导，拒不整改的依法处置。",
    "第五条　经营者要求",
    "1、亮证经营，公示商品价格和计量器具检定情况，不得销售来源不明的商品。",
    "2、保持摊位整洁，按要求分类投放垃圾，不得占用消防通道堆放杂物。",
])


def test_headed_articles_without_items_are_tasks():
    plan = parse_text(_ARTICLES)
    titles = _titles(plan)
    assert any(t.startswith("登记管理") for t in titles)
    assert any(t.startswith("巡查处置") for t in titles)
    assert len(plan.tasks) == 4
    # the articles the plan opens with stay sections
    assert not any(t.startswith(("目的和依据", "适用范围")) for t in titles)


_RUN_ON = "\n\n".join([
    "某街道文明养犬考核细则",
    "第一条  为规范文明养犬管理，提升社区环境，结合实际，制定本细则。",
    "第二条  考核内容包括以下方面：",
    "（一）登记办证",
    "各居委会负责辖区犬只登记工作，每月更新台账。",
    "（二）宣传引导",
    "各居委会每季度开展一次文明养犬宣传活动。",
    "第三条  考核实行百分制，总分80分以下为不合格。",
    "第四条  本细则由街道平安办负责解释。",
])


def test_articles_running_their_text_on_stay_sections():
    plan = parse_text(_RUN_ON)
    assert len(plan.tasks) == 2
    assert not any("百分制" in t.title for t in plan.tasks)


_ORDINARY = "\n".join([
    "某区推进垃圾分类工作方案",
    "一、工作目标",
    "到2026年底，全区生活垃圾分类达标率达到95%。",
    "二、主要任务",
    "（一）完善分类设施。各街镇年内完成分类投放点改造。",
    "（二）加强宣传发动。开展进社区宣传活动不少于50场。",
    "三、保障措施",
    "（一）加强组织领导",
    "各单位要高度重视，明确分管领导。",
])


def test_an_ordinary_plan_keeps_its_tasks():
    plan = parse_text(_ORDINARY)
    assert [t.title[:4] for t in plan.tasks][:2] == ["完善分类", "加强宣传"]


# -- a/b. a plan whose tasks name units: its safeguard and step items written as work are tasks too ----------

_LABELLED = "\n".join([
    "某区推进老旧小区电梯加装工作方案",
    "一、工作目标",
    "到2027年底，全区累计完成既有多层住宅加装电梯300台。",
    "二、重点任务",
    "（一）摸清加装需求。对全区既有多层住宅开展需求排查，建立项目清单。（责任单位：区房管局、各街镇）",
    "（二）简化审批流程。推行联合审批，压缩审批时间至15个工作日。（责任单位：区规划资源局）",
    "三、保障措施",
    "（一）强化统筹协调。各街镇要明确专人负责，定期研究推进中的难点问题，形成工作合力。",
    "（二）加大资金支持。统筹使用市区两级补贴资金，对符合条件的项目给予每台不超过20万元补贴。",
    "（三）做好宣传引导。通过居民议事会、社区公众号等渠道宣传加装政策，营造良好氛围。",
])


def test_run_in_safeguard_items_are_tasks_where_tasks_name_units():
    plan = parse_text(_LABELLED)
    titles = _titles(plan)
    assert len(plan.tasks) == 5
    assert any(t.startswith("强化统筹协调") for t in titles)
    assert any(t.startswith("做好宣传引导") for t in titles)


_HEADED_STEPS = "\n".join([
    "某镇河道长效管护实施方案",
    "一、主要任务",
    "（一）落实河长巡河。镇级河长每月巡河不少于1次。（责任单位：镇河长办）",
    "（二）开展水面保洁。各村每日清捞漂浮物。（责任单位：各村委会）",
    "二、实施步骤",
    "（一）动员部署阶段",
    "2026年3月底前，制定管护细则，召开动员会议，明确各村管护责任和考核办法。",
    "（二）全面实施阶段",
    "2026年4月至11月，按照管护细则开展日常保洁和巡查，及时处置发现的问题。",
])


def test_headed_step_items_are_tasks_where_tasks_name_units():
    plan = parse_text(_HEADED_STEPS)
    titles = _titles(plan)
    assert len(plan.tasks) == 4
    assert any(t.startswith("动员部署阶段") for t in titles)


_UNIT_LED = "\n".join([
    "某区校园食品安全提升行动方案",
    "一、重点任务",
    "（一）落实校长陪餐制度。（责任单位：区教育局）",
    "（二）开展食堂专项检查。每学期检查全覆盖。（责任单位：区市场监管局）",
    "二、保障措施",
    "区财政局要将专项检查经费纳入年度预算，保障工作顺利开展。",
    "区教育局要会同区市场监管局建立通报制度，定期通报检查结果。",
])


def test_safeguard_paragraphs_led_by_a_unit_stay_rules():
    # (the paragraphs stay no items of their own; the section they stand in gives work to doers, so it is one task —
    # CONVENTIONS.md Round 44 rulings, decided)
    plan = parse_text(_UNIT_LED)
    assert [t.key for t in plan.tasks] == ["一.一", "一.二", "二"]


_MIXED_SAFEGUARDS = "\n".join([
    "某县农村公路养护提升实施方案",
    "一、重点任务",
    "（一）实施路面修复。年内修复破损路面30公里。（牵头单位：县交通运输局；责任单位：各乡镇）",
    "（二）完善安防设施。增设波形护栏和警示标志。（牵头单位：县交通运输局）",
    "二、保障措施",
    "（一）压实工作责任。各乡镇要落实属地责任，建立养护台账，定期调度进展，确保各项任务按期完成。",
    "（二）保障养护资金。县级投入不少于800万元。",
])


def test_a_safeguards_section_partly_one_liners_stays_a_section():
    plan = parse_text(_MIXED_SAFEGUARDS)
    assert [t.title[:4] for t in plan.tasks] == ["实施路面", "完善安防"]
