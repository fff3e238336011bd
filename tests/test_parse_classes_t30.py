"""Round 30 (t30): thresholds by their comparison word (CONVENTIONS.md "Thresholds (round 30)") — made-up wordings,
never the sets' own words, with the near misses the rules must leave alone."""

from __future__ import annotations

import pytest

from desktop.core.parse.targets import find_targets, sentence_targets


def _read(sentence: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in sentence_targets(sentence, None)]


# --- a threshold closing a 「…的」 condition of the sentence: the case a step is for -------------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("且改造后年节水量3万立方米以上的，按节水量给予补贴。", (30000.0, "立方米", ">=")),
    ("新建项目年减排二氧化碳100吨以上的，优先纳入支持范围。", (100.0, "吨", ">=")),
    ("对年综合能耗1000吨标准煤及以上的，开展节能监察。", (1000.0, "吨", ">=")),
    ("获得国家级奖励50万元及以上的，再给予一次性奖励。", (500000.0, "元", ">=")),
    ("年营业收入超过2000万元的，按营业收入的1%给予奖励。", (20000000.0, "元", ">")),
    ("连续两年有效数据低于80%的，应当说明原因。", (80.0, "%", "<")),
])
def test_a_threshold_closing_a_condition_is_a_target(sentence, want):
    assert want in _read(sentence)


def test_a_rate_of_change_past_a_bar_is_a_target_with_its_comparator():
    assert (8.0, "%", ">") in _read("与上年相比增幅超8%的应书面说明。")


# --- a band right before 的 and the objects it picks ---------------------------------------------------------------

def test_a_band_before_the_objects_it_picks_is_a_class():
    # (round 30's picking line is withdrawn for a money band inside a noun naming projects: (Round 66 rulings,
    # Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects, works, contracts
    # or firms is a class, whatever step follows — no target, the class kept))
    assert _read("对合同金额50万元以下的采购项目简化程序。") == []


# (Round 66 rulings, Targets, governs over round 48; Round 68: a money band inside a noun naming projects is
# a class whatever step follows — read since t55b)
def test_a_grant_band_before_the_projects_an_evaluation_picks_is_a_class():
    assert [f for f in _read("对补助资金300万元及以上的建设项目开展绩效评价。") if f[1] == "元"] == []


@pytest.mark.parametrize("sentence", [
    "在常住人口2000人以上的行政村设置便民服务点。",
    "对从业人员100人及以上的企业开展专项检查。",
])
def test_a_band_inside_the_noun_of_the_objects_a_piece_of_work_picks_is_a_class(sentence):
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class, no target)
    assert all(u != "人" for _, u, _ in _read(sentence))


# --- a standard's ceiling on a length, a grant's ceiling after its rate -------------------------------------------

def test_a_length_held_under_a_ceiling_is_a_target():
    got = _read("镇级道路路面宽度原则上不超过12米，田间道路路面宽度不得超过3.5米。")
    assert (12.0, "米", "<=") in got and (3.5, "米", "<=") in got


def test_a_grant_ceiling_after_a_rate_of_the_same_figure_is_a_target():
    got = _read("按照设备投资额给予30%的补助，最高补助金额不超过30万元。")
    assert (300000.0, "元", "<=") in got
    assert (500000.0, "元", "<=") in _read("经评审，给予20%的资助，最高资助不超过50万元。")


# --- near misses: no comparison word, a size listed, a span, a floor of a condition ------------------------------

@pytest.mark.parametrize("sentence", [
    "配置2吨或8吨压缩式垃圾车辆。",               # a kind of vehicle, named by its size
    "仅设有1部楼梯的老旧住宅开展排查。",         # which places, by what they have
    "原则上按300户配1名网格员。",                # the basis of a norm
    "燃气软管长度超过2米、私接三通的，限期整改。",  # a hazard listed, a length with no ceiling
    # (round 32 (p32t): 「遮阳设施高度在5米以内」 is joined to 以内, a target — test_parse_classes_p32t)
    # (round 31 (mt31): 「最低注册资本金比例不低于25%」 is joined to 不低于, a target — see test_parse_classes_mt31)
])
def test_no_comparison_word_or_no_ceiling_is_no_target(sentence):
    assert _read(sentence) == []


def test_a_band_with_a_noun_between_it_and_its_de_stays_a_qualifier():
    # (round 31 (mt31): 「200张以上床位的养老机构」 joined to 以上 wherever it stands;
    # Round 58 rulings: a band inside the noun of the class a piece of work picks is a class: no target)
    assert _read("对200张以上床位的养老机构开展消防检查。") == []


def test_a_past_outturn_and_a_document_number_are_no_target():
    # a threshold in a sentence of what was done or stood before the plan stays with the past
    assert find_targets("2023年已完成改造45个以上的小区。", 2025) == []
    assert find_targets("截至2023年底，全区常住人口1000人以上的行政村共有42个。", 2025) == []
    assert _read("根据沪府规〔2024〕12号文件执行。") == []


# --- not targets: a count inside a programme's quoted name, the facts of a plan's area, a standard's old count ------

def _relaxed(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024, relaxed=True)]


@pytest.mark.parametrize("sentence", [
    "以“3个200工程”、“1158行动”为抓手，推动产业发展。",
    "深入实施“百企千村”“4个一批专项”，带动农户增收。",
])
def test_a_count_inside_a_quoted_programme_name_is_no_target(sentence):
    assert all(u not in ("个", "万个") for _, u in _relaxed(sentence))


def test_a_slogan_or_a_count_after_a_quoted_name_stays_read():
    # the count the work sets after the quoted name is the item's own
    assert (30.0, "个") in _relaxed("实施“千村示范”工程，完成30个村庄改造。")


@pytest.mark.parametrize("sentence", [
    "本计划的实施范围为某街道辖区（含东村、西村等9个社区），总面积为36平方公里。",
    "工作范围为全县12个乡镇，总人口约45万人。",
])
def test_the_facts_of_the_plans_area_are_no_target(sentence):
    assert _relaxed(sentence) == []


def test_a_scope_sentence_with_work_in_it_keeps_the_work():
    assert (8.0, "个") in _relaxed("本方案实施范围为全区，新建口袋公园8个。")


def test_the_old_count_of_a_standard_changed_is_no_target():
    got = _relaxed("新规范由原来的85项检查内容调整为72项。")
    assert (85.0, "项") not in got


# --- a length past which the things meant are picked: 「超过N米的」 ---------------------------------------------------

def test_a_length_past_a_bar_picking_the_things_meant_is_a_class():
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class; a ceiling the item sets
    # on a length stays a target)
    assert _read("路面宽度超过6米的镇村道路报区交通委审核。") == []
    assert _read("对高度超过12米的户外广告设施开展安全检测。") == []
    assert (6.0, "米", "<=") in _read("镇村道路路面宽度不得超过6米。")


@pytest.mark.parametrize("sentence", [
    "建设500米的滨河步道。",          # a length before 的 with no 超过: not read (a size of what is built)
    "整治河道两侧各30米的范围。",      # a distance naming a zone
    # (round 32 (p32t): 「路面宽度大于8米的」 is joined to 大于, a target — test_parse_classes_p32t)
])
def test_a_length_before_de_without_chaoguo_is_no_target(sentence):
    assert all(u != "米" for _, u, _ in _read(sentence))
