"""Mends of round 24's p38 rules after a read-only review (m38): each rule of p38 read other plans' real aims,
units, rhythms or sub-items as criteria or no-items. The reviewer's wording and another wording of each class, and
the near-misses p38's rules were made for (tests/test_parse_classes_round24c.py keeps those)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.prose_units import leading_unit
from desktop.core.parse.targets import sentence_targets


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in sentence_targets(sentence, None)]


# -- 1. a lone 「1.」 after a colon whose 「2.」 follows a unit's bracket is a real list ---------------------------

def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


def test_a_second_item_right_after_a_bracket_keeps_the_list():
    text = ("XX区2023年安全生产专项整治工作方案 一、组织领导 成立工作领导小组。二、重点任务 （一）加强隐患排查："
            "1.开展全面排查。对全区企业开展拉网式排查，建立隐患台账。（区应急局牵头，各街道配合）2.强化执法检查。"
            "对重点企业开展执法检查。（区交通局牵头） 三、工作要求 各单位要高度重视。")
    titles = _titles(text)
    assert any(t.startswith("强化执法检查") for t in titles)
    assert any(t.startswith("开展全面排查") for t in titles)


def test_a_second_item_after_a_closing_quote_keeps_the_list():
    text = ("某县2024年防汛工作方案 一、工作目标 确保安全度汛。二、工作措施 （一）落实责任：1.压实属地责任。各乡镇落实"
            "“三个责任人”2.加强值班值守。各乡镇实行24小时值班。（二）强化保障。县水利局负责物资保障。")
    titles = _titles(text)
    assert any(t.startswith("加强值班值守") for t in titles)


def test_a_two_in_the_next_section_does_not_keep_a_lone_one():
    # the 2. after 三、 belongs to another section: the lone 1. after the colon stays the item's words
    text = ("某县关于做好防汛值守工作的实施方案为做好今年防汛工作,特制定本方案。一、工作目标确保安全度汛。"
            "二、工作安排(一)值守安排各乡镇实行24小时值班制度,做好记录。(二)岗位职责带班领导职责:负责本乡镇值守工作的"
            "统筹。值班人员职责:1 .按时交接班,做好值班记录和信息报送工作。三、工作要求 1.加强领导。各乡镇要高度重视。"
            "2.严明纪律。各乡镇严肃值班纪律。")
    titles = _titles(text)
    assert not any(t.startswith("按时交接班") for t in titles)


# -- 2. 「…以上，且…」 after a verb of work, or with a verb after 且: two aims, not a class -------------------------

def test_a_bound_after_a_verb_joined_by_qie_stays_a_target():
    assert (10.0, "家") in _figures("新增规模以上工业企业10家以上，且培育一批专精特新的中小企业。")
    assert (100000.0, "千瓦") in _figures("新增分布式光伏装机容量10万千瓦以上，且建成一批示范性的光伏建筑一体化项目。")
    assert (200000.0, "平方米") in _figures("完成既有公共建筑节能改造面积20万平方米以上，且培育3家以上的节能服务企业。")


def test_a_bound_reached_then_qie_and_a_verb_stays_a_target():
    assert (95.0, "%") in _figures("垃圾分类覆盖率达到95%以上，且打造一批示范性的垃圾分类小区。")
    assert (5.0, "%") in _figures("年均增长5%以上，且引进一批带动性强的重大项目。")


# -- 3. a span an aim sets, a grant for the ones who do well after it: the span stays an aim -----------------------

def test_a_span_an_aim_reaches_before_a_grant_stays():
    assert (20.0, "小时") in _figures("推动注册志愿者人均年服务时长达到20小时以上，对表现突出的志愿者给予表彰奖励。")
    assert (3.0, "个月") in _figures("确保培训时长达到3个月以上，按规定给予培训补贴。")
    assert (3.0, "年") in _figures("推动养老机构持续运营3年以上，对运营情况良好的给予一次性奖励。")


def test_a_floor_of_a_span_before_a_grant_stays():
    assert (80.0, "小时") in _figures("每人培训时间不少于80小时以上，培训合格的给予生活补贴。")
    assert (6.0, "个月") in _figures("力争每个站点连续运行6个月以上，运行良好的予以运维补助。")


def test_a_grant_far_after_the_span_is_no_criterion():
    # a grant three clauses on is no longer what the span qualifies for
    assert (6.0, "个月") in _figures("组织骨干轮岗锻炼6个月以上，建立人才库，完善考核办法，对优秀人才给予奖励。")


# -- 4./5. 规模 labels of goals and subsidy-rate labels: no criterion line ------------------------------------------

def test_a_scale_label_over_a_goal_keeps_its_figure():
    assert (200000.0, "千瓦") in _figures("装机规模：全区光伏装机容量达到20万千瓦以上。")
    assert (300.0, "家") in _figures("企业规模：全区规上工业企业数量保持在300家以上。")
    got = _figures("项目规模：规划总建筑面积30万平方米以上，总投资50亿元以上。")
    assert (300000.0, "平方米") in got


def test_a_criteria_label_with_a_reaching_verb_keeps_its_figure():
    assert (3.0, "万平方米") in _figures("建筑规模：新建建筑面积达到3万平方米以上。") \
        or (30000.0, "平方米") in _figures("建筑规模：新建建筑面积达到3万平方米以上。")


def test_a_subsidy_rate_under_its_label_stays():
    assert (30.0, "%") in _figures("补助标准：按照设备投资额的30%以下给予补助，单个项目最高不超过200万元。")
    assert (50.0, "%") in _figures("奖励标准：对年纳税额500万元以上的企业，按其区级留成部分的50%以下给予奖励。")
    assert (20.0, "%") in _figures("资助标准：按项目总投资的20%以下予以资助。")


def test_a_conditions_label_is_still_a_criterion():
    # round 31 (mt31), CONVENTIONS.md thresholds: a criterion line's band is joined to 以上: a target
    assert _figures("申报条件：企业上年度营业收入2000万元以上。") == [(20000000.0, "元")]
    assert _figures("建筑规模：居住建筑的建筑面积5万平方米以上。") == [(50000.0, "平方米")]


# -- 6. 月度巡查 names what a round found; the sentence's own rhythm rules -----------------------------------------

def _duty(s: str) -> tuple[str | None, str | None, str] | None:
    """(due, every, kind) of the one duty find_duties reads in ``s``; None for none."""
    got = find_duties(s, 2025)
    assert len(got) <= 1, got
    return (got[0].due, got[0].every, got[0].kind) if got else None


def test_a_sentences_own_rhythm_beats_a_monthly_round():
    # (due, every, kind): a yearly sending by a day is a yearly rhythm (a yearly duty carries no due, model.Duty)
    assert _duty("各街道于每年12月20日前将全年月度巡查情况汇总报送区房管局。") == (None, "year", "other")
    # 每半年: Duty.every has no half-year value; schedule._RHYTHM files 每半年 under "year", the nearest it has
    assert _duty("每半年将月度巡检记录报送区应急局备案。") == (None, "year", "other")
    # 及时: a sending with neither a day nor a rhythm
    assert _duty("各街道要将月度巡查发现的问题建立台账，及时报送区房管局。") == (None, None, "other")
    # 年底前: sent once, by the plan's year's end
    assert _duty("年底前将月度巡查台账报送区城管局。") == ("2025-12-31", None, "other")


# (a monthly round sent on with no other rhythm stays monthly: tests/test_parse_classes_round24c.py,
# test_a_monthly_round_of_checks_sent_on)


# -- 7. a step that runs on after its year is not due that year; other names of the steps' section ----------------

def _steps(section: str, step: str) -> str | None:
    plan = parse_text("\n".join([
        "某区老旧小区改造行动方案",
        "区政府办公室 2022年3月1日",
        "一、重点任务",
        "1.开展评估。区住建局对全区老旧小区开展评估。",
        "2.推进改造。区住建局分批推进改造。",
        f"二、{section}",
        f"1.启动实施。{step}",
        "2.集中推进。各街镇按照方案推进改造。",
    ]))
    return next(t for t in plan.tasks if t.title.startswith("启动实施")).deadline


def test_a_step_that_runs_on_is_not_due_in_its_year():
    # (with a figure, 「此后每年改造30个小区」, the older year-of-figures rule dates it: not this rule's)
    # each starts in its year and goes on (持续推进 / 持续巩固 / 逐年扩大): no end the text gives, no deadline
    assert _steps("实施步骤", "2022年，启动首批改造，此后逐步扩大改造范围，持续推进。") is None
    assert _steps("实施步骤", "2024年，建立健全长效管理机制，并持续巩固。") is None
    assert _steps("工作步骤", "2023年，开展试点，逐年扩大覆盖范围。") is None


def test_a_step_under_other_names_of_the_steps_section():
    assert _steps("实施步骤和时间安排", "2023年，对全区老旧小区进行全面梳理。") == "2023-12-31"
    assert _steps("推进步骤", "2023年，对全区老旧小区进行全面梳理。") == "2023-12-31"
    assert _steps("实施步骤与进度安排", "2023年，对全区老旧小区进行全面梳理。") == "2023-12-31"


# -- 8. a task's own heading with a frequency is no plan target ---------------------------------------------------

def test_a_tasks_own_frequency_heading_is_no_plan_target():
    plan = parse_text("\n".join([
        "XX区2025年安全风险排查工作方案",
        "一、排查任务",
        "（一）燃气安全。区城管局负责燃气安全排查，每月不少于1次：",
        "1.排查餐饮场所。区市场监管局负责。",
        "2.排查居民用户。区住建局负责。",
        "（二）消防安全。区消防救援支队负责消防安全排查。",
    ]))
    assert not any(t.unit == "次" for t in plan.plan_targets)


# -- 9. a unit before 按照/依据: cut there, not given up --------------------------------------------------------

def test_a_unit_before_by_the_rule_is_cut_there():
    assert leading_unit("区住建局按照市住建委要求负责在建工地排查。", groups=True) == "区住建局"
    assert leading_unit("区交通委依据职责负责道路运输排查。", groups=True) == "区交通委"
    assert leading_unit("区卫健委根据疫情防控要求负责医疗机构排查。", groups=True) == "区卫健委"


def test_no_unit_before_by_the_rule_gives_nothing():
    assert leading_unit("根据区政府要求负责相关排查。", groups=True) == ""


# -- 10. two dated sendings and a duty kind: each clause typed with its own date --------------------------------

def _duties(line: str):
    plan = parse_text("\n".join([
        "XX区2025年城市更新工作实施方案",
        "一、主要任务",
        "（一）老旧小区改造。全面推进老旧小区改造。（区住建局牵头）",
        "（二）背街小巷整治。推进背街小巷整治。（区城管局牵头）",
        "二、工作要求",
        line,
    ]))
    return [(d.kind, d.due, d.every) for d in plan.duties]


def test_two_dated_sendings_one_a_yearly_summary():
    got = _duties("各单位于2025年6月30日前报送工作方案，于2025年12月5日前，通过政务网报送年度工作总结。")
    assert ("year_end_report", "2025-06-30", None) not in got
    assert any(due == "2025-12-05" for _k, due, _e in got)
    assert any(due == "2025-06-30" for _k, due, _e in got)


def test_two_dated_sendings_the_summary_first():
    got = _duties("各单位于2025年11月30日前报送年度工作总结，2026年1月15日前报送下年度工作计划。")
    assert any(due == "2025-11-30" for _k, due, _e in got)
    assert any(due == "2026-01-15" for _k, due, _e in got)


def test_dated_sendings_split_in_two():
    s = "各单位于2025年6月30日前报送工作方案，于2025年12月5日前，通过政务网报送年度工作总结"
    assert [(d.due, d.text) for d in find_duties(s, 2025)] == [
        ("2025-06-30", "各单位于2025年6月30日前报送工作方案"),
        ("2025-12-05", "于2025年12月5日前，通过政务网报送年度工作总结")]
