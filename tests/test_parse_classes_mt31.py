"""Round 31 (mt31): the threshold line of CONVENTIONS.md Targets read by the figure reader, with its exceptions.

Each class is tested with wordings of its own (not the corpus lines) and with near misses that must not change.
"""

from __future__ import annotations

import pytest

from desktop.core.parse.targets import find_targets


def _got(text: str) -> set[tuple[float, str, str | None]]:
    return {(t.value, t.unit, t.comparator) for t in find_targets(text, 2024)}


def _values(text: str) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in find_targets(text, 2024)}


# --- a figure joined to a comparison word of the line is a target, whatever filter says "which ones" ---------------

@pytest.mark.parametrize("text, want", [
    # a band picking the objects, in a 「…的」 condition or before the noun it picks
    # a low figure picking which ones
    ("对亩均税收低于3万元的工业用地开展综合整治。", (30000, "元", "<")),
    # a rule's ceiling or floor on a span, a share, a consent
    ("试点期限一般不超过2年，最长不得超过4年。", (4, "年", "<=")),
    ("评审时间一般不少于7个工作日。", (7, "个工作日", ">=")),
    ("借调期限不得超过3个月。", (3, "个月", "<=")),
    ("须征得90%以上住户同意后方可实施。", (90, "%", ">=")),
    ("申报主体最低注册资本比例不低于30%。", (30, "%", ">=")),
    ("年度考核优秀等次比例原则上不超过20%。", (20, "%", "<=")),
    # a share of a part of something (a noun and 的 between the word and the figure)
    ("竣工验收前付款额不应超过合同总价的70%。", (70, "%", "<=")),
    # a duration with 以上 before the thing it qualifies
    ("鼓励签订3年以上的长期供气合同。", (3, "年", ">=")),
    ("鼓励签订3年以上长期供气合同。", (3, "年", ">=")),
    # an applicant's bar and a criterion line
    ("申报对象营业收入达到5000万元以上。", (50000000, "元", ">=")),
    ("建筑规模：单体建筑面积1万平方米以上。", (10000, "平方米", ">=")),
    # lengths: a band joins them too
    ("研发直径15米以上级隧道掘进装备。", (15, "米", ">=")),
    # a bare 万 of money, joined to the line, keeps no unit (Round 56 rulings, turned: 万 is part of the number and
    # no 元 is supplied from the noun) — in a 的-clause of its own with no noun, a trigger (Round 66 rulings)
    ("合同金额50万以上的，须公开采购。", (500000, "", ">=")),
])
def test_line_reads_the_threshold(text, want):
    assert want in _got(text), _got(text)


def test_a_bare_wan_band_inside_a_noun_of_projects_is_a_class():
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept)
    assert _got("合同金额50万以上的服务项目须公开采购。") == set()


@pytest.mark.parametrize("text", [
    "辖区内8亩以下（不含8亩）的用地审批手续由区政府审查。",
    "非法占用耕地10亩以上的违法用地项目要全部拆除。",
    "总投资200万元以下且建筑面积500平方米以下的小型工程实行告知承诺。",
    "对路面宽度12米以上的城市道路实施提升。",
    "对投资额300万以上或建筑面积1000平方米以上的工程实行备案。",
    "对违规建设面积超过1000平方米的项目开展专项整治。",
])
def test_line_bounds_inside_the_noun_of_a_class_are_no_target(text):
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class — the objects a piece of
    # work picks or a rule covers alike)
    assert _values(text) == set(), _values(text)


# --- a ceiling written 不超 / 不得超 / 未超 is at most the figure --------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("年度调整幅度不得超5%。", (5, "%", "<=")),
    ("增幅未超30%的，不予奖励。", (30, "%", "<=")),
    ("最高补助80万元。", (800000, "元", "<=")),
])
def test_short_ceiling_is_at_most(text, want):
    assert want in _got(text), _got(text)


def test_short_past_stays_past():
    # 「超5%」 alone is past the figure (round 30)
    assert (5, "%", ">") in _got("预算执行偏差率超5%的，应说明原因。")


# --- the round-31 exceptions and the other kinds the line leaves out -------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    # an age band naming a group of persons
    ("为80岁以上老年人免费体检。", (80, "岁")),
    ("重点服务60周岁以上的困难老人。", (60, "周岁")),
    # figures describing a hazard in a list of faults to find
    ("重点排查储存液化气超过50kg但未设置独立气瓶间、气瓶未固定的，胶管长度超过3米、私接三通的，依法责令整改。",
     (3, "米")),
    # a fine's scale: what a breach costs
    ("逾期不改正的，处2000元以上2万元以下的罚款。", (20000, "元")),
    ("逾期不改正的，处2000元以上2万元以下的罚款。", (2000, "元")),
    ("情节严重的，并处5万元以上10万元以下罚款。", (100000, "元")),
    # a figure inside a quoted title
    ("按照《关于500万元以上政府投资项目审计的通知》要求执行。", (5000000, "元")),
    # a stock and the past
    ("全区现有200人以上的企业45家。", (200, "人")),
])
def test_line_leaves_out(text, figure):
    assert figure not in _values(text), _values(text)


@pytest.mark.parametrize("text, figure", [
    # near misses of the hazard class: a goal with 违规, a threshold with the fault before it
    ("全年查处违规经营行为不少于50起。", (50, "起")),
    ("全年查处违规建设面积不少于1000平方米。", (1000, "平方米")),
    # near misses of the fine: a grant, money joined to the line elsewhere
    ("对新建5万元以上的安全设施给予补助。", (50000, "元")),
    # an aim in years of age (no band): a target as before
    ("人均预期寿命达到82岁，", (82, "岁")),
])
def test_near_misses_stay_targets(text, figure):
    assert figure in _values(text), _values(text)


# --- no comparison word: a kind or a norm stays no target ----------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("配置2吨或4吨电动清运车辆。", (2, "吨")),
    ("原则上按300户配备1名网格员。", (300, "户")),
    ("设计时速为80公里的快速路", (80, "公里")),
    ("地下30米级深基坑施工技术研究。", (30, "米")),
])
def test_no_word_no_target(text, figure):
    assert figure not in _values(text), _values(text)


# --- a penalty rule's thresholds and the rate cut it sets (plans-next92 class 1) ------------------------------------

def test_false_report_thresholds_and_rate_cut():
    got = _got("瞒报次数在2次以下的，补助比例扣减2%；瞒报次数超过2次的，补助比例扣减5%。")
    assert (2, "次", "<=") in got and (2, "次", ">") in got
    # (round 32 (p32t), CONVENTIONS.md penalties: a cut in a fund's rate for a failing is what the failing costs)
    assert not {(2, "%"), (5, "%")} & {(v, u) for v, u, _ in got}


def test_a_sum_deducted_stays_a_penalty():
    assert (300000, "元") not in _values("未完成任务的，每宗扣除转移支付30万元。")


def test_a_reporting_duty_stays_out():
    # (w52d: a floor on the pieces sent 「每月报送工作信息不少于2篇」 is joined to the line's word, a target by
    # round 30's line — Round 48's 「至少1000份」, Round 59's x261_01; the bare rhythm 「每月报送信息1篇」 stays
    # the duty's)
    assert not _values("每月报送工作信息1篇。")
    assert (2, "篇") in _values("每月报送工作信息不少于2篇。")


# --- thresholds inside a count of what exists stay out; picking the work's objects they are targets -----------------

def test_threshold_inside_a_stock_count_stays_out():
    got = _values("目前全镇已有年营业收入2000万元以上的企业46家，今年新增5家。")
    assert (20000000, "元") not in got and (5, "家") in got


def test_threshold_picking_existing_objects_is_a_target():
    assert (3000, "平方米", ">=") in _got("对现有3000平方米以上的老旧厂房开展改造。")


# --- a band after a product named after its unit, and the units of boilers, ships and voltages ----------------------

@pytest.mark.parametrize("text, want", [
    ("对年综合能耗5000吨标准煤以上用能单位开展能源审计。", (5000, "吨", ">=")),
    ("禁止新建每小时20蒸吨以下燃煤锅炉。", (20, "蒸吨", "<=")),
    ("推动3000总吨以上散货船使用岸电。", (3000, "总吨", ">=")),
    ("接入电压等级原则上不超过110千伏。", (110, "千伏", "<=")),
])
def test_product_band_and_units(text, want):
    assert want in _got(text), _got(text)


def test_voltage_not_thousands():
    assert (110000, "") not in _values("接入电压等级原则上不超过110千伏。")


# --- two edges of a band, each with its own word, and the upper edge of a range ---------------------------------------

def test_band_edges_each_with_a_word():
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept):
    # inside the noun of projects both edges are the class; in a 的-clause of its own both are read, each with its word
    assert _got("合同金额20万元及以上至50万元以下的项目实行比选。") == set()
    got = _got("合同金额20万元及以上至50万元以下的，实行比选。")
    assert (200000, "元", ">=") in got and (500000, "元", "<=") in got


def test_range_joined_with_one_unit_each_stays_one_band():
    got = _got("新建15家至20家社区食堂。")
    assert (15, "家", ">=") in got and (20, "家", ">=") not in got


# --- spans written in Chinese numerals joined to the line -----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("监控录像须保存三个月以上。", (3, "个月", ">=")),
    ("公告期限不少于七天。", (7, "天", ">=")),
    ("挂职时间原则上不超过两年。", (2, "年", "<=")),
])
def test_chinese_numeral_spans(text, want):
    assert want in _got(text), _got(text)


@pytest.mark.parametrize("text", ["力争三年内基本完成。", "为期两个月。", "每年开展一次评估。", "制定三年行动计划。"])
def test_chinese_numeral_spans_need_the_line(text):
    assert not {(v, u) for v, u in _values(text) if u in ("年", "个月", "天")}, _values(text)


# --- a staffing share of a base and a span counted from an event are no targets -------------------------------------

def test_staffing_share_is_a_norm():
    got = _values("安全员按照在岗职工总数的3%配备，最低不少于5人。")
    assert (3, "%") not in got and (5, "人") in got


def test_staffing_share_with_a_bar_stays_a_target():
    assert (3, "%", ">=") in _got("安全员按照不低于在岗职工总数的3%配备。")


def test_span_counted_from_an_event():
    assert (48, "小时") not in _values("街道在收到投诉后的48小时内，派员到现场核实。")
