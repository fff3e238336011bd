"""Round 50 (p50d): classes of targets, thresholds and deadlines read from the round-49 blind sets.

A band inside a noun naming a kind of thing that a rule covers is a class, no target (CONVENTIONS.md "Round 51
rulings", Targets, governing rounds 34, 37, 38, 40, 49 over round 30's bare line; "Round 52 rulings" on x237_01).
Made-up texts in the shapes the blind sets brought, with the near misses that stay targets.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def _figures(text: str, year: int = 2024) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, year, relaxed=True)]


# -- 1. a band inside the noun naming the kind a rule covers ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # the rule after the kind (应／须／需／必须／原则上)
    "拥有20辆以上（含20辆）危化品运输车辆的企业应配备专职安全员。",
    "床位超过50张的社区卫生服务中心应设置独立药房。",
    "对于装机容量大于等于5兆瓦的分布式光伏项目，需每三年进行一次检测。",
    "占地面积500平方米及以上或建筑面积800平方米及以上的小型工程，完成立项后，应办理报建手续。",
    "建筑面积1000平方米以下(不含1000平方米)的维修工程由街道负责监管。",
    # a ban over the kind, a fault the kind is in, an item of a list of kinds
    "禁止销售含硫量高于0.5%的燃料油。",
    "排查未将建筑面积200平方米以上、投资50万元以上的经营性用房纳入监管的问题。",
    "（2）5层以上，住户30户以上的老旧住宅；",
])
def test_a_band_inside_the_noun_naming_a_kind_is_no_target(text):
    # (w52d: a rhythm's event 「每三年进行一次检测」 is the item's own number — Round 60 rulings, turned; the band
    # stays out)
    assert [f for f in _figures(text) if f[1] != "次"] == []


def test_a_cost_band_joined_to_a_size_band_goes_with_it():
    # (a cost band alone is read by the procedure it decides, round 43 / round 50: not here)
    assert _figures("投资额50万元以上或建筑面积200平方米以上的装修工程，应进行备案。") == []
    assert _figures("建筑面积200平方米以上、投资50万元以上的自建房，应纳入监管。") == []


# -- near misses: the same words where the figure is an aim, a standard or the objects of a piece of work ----------

@pytest.mark.parametrize("text, want", [
    # the work builds or reaches the class (round 40)
    ("新建建筑面积2000平方米以上的社区服务中心，应配备无障碍设施。", (2000.0, "平方米")),
    ("力争年产值达到100万元以上的企业应达到20家。", (20.0, "家")),
    # a standard the clause sets on its subject, and what a thing has
    ("应急广播终端应支持3种以上的信号接收方式。", (3.0, "种")),
    ("两次作业之间应有12小时以上的间隔。", (12.0, "小时")),
    # a contract the work signs (the work makes the class, round 40)
    ("鼓励企业签订5年以上的长期合作协议。", (5.0, "年")),
    # a condition clause of its own 「…以上的，应当…」 (a trigger, round 49)
    ("受伤3人以上的，应当立即上报。", (3.0, "人")),
    # a casualty band closed by 的 before the event (round 30's trigger)
    ("死亡2人（含）以上的火灾事故信息应随时上报。", (2.0, "人")),
])
def test_near_misses_stay_targets(text, want):
    assert want in _figures(text)


def test_a_cost_band_naming_projects_is_a_class():
    # 「…万元以上的项目，应当采取…招标」: Round 50's target is withdrawn — (Round 66 rulings, Targets, governs over
    # round 48; Round 68 rulings: a money band inside a noun naming projects, works, contracts or firms is a class,
    # whatever step follows — no target, the class kept)
    assert (1000000.0, "元") not in _figures("单项合同估算价100万元以上的项目，应当采取公开招标方式。")


def test_the_class_in_a_plan_is_no_target_of_its_item():
    plan = parse_text("某街道小型工程管理办法\n一、报建管理\n1. 投资总额50万元及以上或建筑面积200平方米及以上的"
                      "新建、改建工程，完成立项后，应进行项目报建。\n2. 年底前完成全部项目建档，建档率达到100%。\n")
    first, second = plan.tasks[0], plan.tasks[1]
    assert first.targets == []
    assert [(t.value, t.unit) for t in second.targets] == [(100.0, "%")]


# -- 2. the sessions a plan holds, written in Chinese numerals 「举办培训班两期」 ------------------------------------
# (Round 52 rulings on x238_08: the events an item holds are its own numbers of work; x242_01 prints 兩期)

@pytest.mark.parametrize("text", [
    "街道将举办全街道垃圾分类技术培训班两期，各居委做好宣传。",
    "区卫健委组织社区医生业务培训两期，提升服务能力。",
])
def test_sessions_held_counted_in_numerals_are_targets(text):
    assert (2.0, "期") in _figures(text)


def test_sessions_held_in_traditional_characters_are_targets():
    plan = parse_text("某鎮除四害工作方案\n一、總體要求\n全鎮除四害工作要科學推進。\n二、具體安排\n"
                      "1、組織發動:各村按鎮統一要求制定計劃。鎮將舉辦全鎮除害技術培訓班兩期,鎮農技中心做好調查。\n"
                      "2、藥械準備:藥物由鎮農技中心組織供應。\n")
    assert (2.0, "期") in [(t.value, t.unit) for task in plan.tasks for t in task.targets]


@pytest.mark.parametrize("text", [
    "今年以来已举办培训班两期，效果良好。",      # held already: a past tally
    "该项目分两期实施，由区建设管理委负责。",    # how the work is laid out, no session held
    "一期、二期工程均已完工。",                  # the phases' names
])
def test_sessions_near_misses_are_no_targets(text):
    assert (2.0, "期") not in _figures(text)
