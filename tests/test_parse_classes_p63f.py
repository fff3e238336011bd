"""Targets and not-targets (round 63, p63f): a floor on a rhythm of many years 「至少每五年修订一次」
(1 次); a fine's share opening its clause 「…的，处建设工程造价5%的罚款」 (no target, round 32); the lines of a list
of cases 「有下列情形之一的，…：（四）…累计6个月以上未…」 (thresholds of the case); a term of a formula
「…×（100%+奖励率）」 (a rate of the scheme); a band inside a noun after 无需 「…无需修复且…小于100立方米的地块」
(a class, 无需 no modal of work); the work completed so many times 「…2个月内完成跨层级监管一次」 (1 次); days
summed over a span 「…的天数，一年内累计不超过120天」 (120 天); copies each household has 「每个家庭有一本…手册」
(1 本, Round 85 decided); oil by the litre 「食用油4升」 and an edition 「…节”1届」. Made-up texts; near misses
beside each."""

from desktop.core.parse.targets import find_targets


def _figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2031, relaxed=True)]


def test_a_floor_on_a_rhythm_of_years_counts_its_events() -> None:
    assert _figures("应急预案及其实施计划至少每五年修订一次。") == [(1.0, "次", ">=")]
    assert _figures("专项规划至少每四年评估一次。") == [(1.0, "次", ">=")]
    # (a rhythm with no floor stays a rhythm)
    assert _figures("专项规划每五年修订。") == []


def test_a_fine_opening_its_clause_is_no_target() -> None:
    assert _figures("未按要求预留位置的，由主管部门责令改正，处工程造价百分之三以上百分之八以下的罚款。") == []
    assert _figures("对按期改正的，处工程造价4%的罚款；对逾期不改正的，处工程造价4%以上9%以下（含）的罚款。") == []
    # (a share the work must reach stays a target)
    assert _figures("处置率达到95%以上。") == [(95.0, "%", ">=")]


CASES = """承租人有下列情形之一的，运营单位有权解除合同，并收回住房：
（一）擅自转租、转借所承租住房；
（二）无正当理由累计4个月以上未实际居住；
（三）累计5个月以上拖欠租金；
（四）存在其他违反合同约定的行为。承租人有前款行为的，由主管部门依法处理。"""


def test_figures_in_a_list_of_cases_are_its_thresholds() -> None:
    assert _figures(CASES) == []
    # (a list of requirements is no list of cases: its limits stay targets)
    assert _figures("设置广告应当符合下列要求：\n（一）单幅宽度不大于1.2米；\n（二）底部离地高度不得小于4米；") \
        == [(1.2, "米", "<="), (4.0, "米", ">=")]
    # (a list of conditions a status turns on, no breach: its threshold joined to the line's word stays a figure)
    refusal = "申请人有下列情形之一的，不予受理：\n（一）存在当前逾期的；\n（二）最近3年累计超过8期(含)的逾期记录；"
    assert _figures(refusal) == [(8.0, "期", ">")]
    # (the same figure in a sentence of its own outside the list stays a target)
    assert _figures(CASES + "\n运营单位每年巡查不少于4次。") == [(4.0, "次", ">=")]


def test_a_term_of_a_formula_is_no_target() -> None:
    assert _figures("购房资金上限=货币补偿金额×（100%+奖励率）。") == []
    assert _figures("差额部分按（上限-实际价格）÷（100%+奖励率）计算。") == []
    # (a share with no formula stays a target; a range 3-5个 stays its floor; the edges of a size stay lengths)
    assert _figures("标牌尺寸不宜小于120厘米×90厘米。") == [(120.0, "厘米", ">="), (90.0, "厘米", ">=")]
    assert _figures("签约率达到100%。") == [(100.0, "%", ">=")]
    assert _figures("新建驿站3-5个。")[0][:2] == (3.0, "个")


def test_a_band_after_no_need_names_a_class() -> None:
    assert _figures("评估表明地下水无需修复且修复方量小于80立方米的地块，可同步开展修复。") == []
    # (a modal before the band: the work's own limit, a target)
    assert _figures("每个地块须修复方量小于80立方米。") == [(80.0, "立方米", "<")]


def test_work_completed_so_many_times_counts() -> None:
    assert _figures("自企业取得许可之日起3个月内完成跨层级检查一次。") == [(1.0, "次", None)]
    # (a rhythm, a past tally and 一次性 stay no count)
    assert _figures("每年完成检查一次。") == []
    assert _figures("去年已完成检查一次。") == []
    assert _figures("完成一次性补偿。") == []


def test_days_summed_over_a_span_are_a_target() -> None:
    assert _figures("同一位置设置临时设施的天数，一年内累计不超过90天。") == [(90.0, "天", "<=")]
    assert _figures("空气质量优良天数达到320天。") == [(320.0, "天", ">=")]


def test_copies_each_household_has_are_its_number_of_work() -> None:
    assert _figures("每个家庭有一本防灾常识手册。") == [(1.0, "本", None)]
    assert _figures("每户发放两套宣传材料。") == [(2.0, "套", None)]
    # (a ledger, an idiom: no count)
    assert _figures("建立一本工作台账。") == []
    assert _figures("基本完成改造。") == []


def test_litres_and_editions_are_units() -> None:
    assert (4.0, "升") in [(v, u) for v, u, _ in _figures("每户慰问大米20公斤、食用油4升。")]
    assert _figures("三季度举办“邻里文化节”1届。") == [(1.0, "届", None)]
    # (not a rise, an ordinal nor a class of graduates; not a bin's capacity, which names its kind)
    assert all(u != "升" for _, u, _ in _figures("标准桶容量为240升，每户配置分类桶（240升）1组。"))
    assert all(u != "升" for _, u, _ in _figures("配置240升垃圾桶2个。"))
    assert _figures("举办第5届邻里文化节。") == []
    assert all(u != "届" for _, u, _ in _figures("帮扶2031届毕业生就业。"))
    assert all(u != "升" for _, u, _ in _figures("评分由3升至5。"))


def test_the_tail_of_an_article_number_is_no_count() -> None:
    assert _figures("建设单位违反本办法第二十四条第一款规定，未按要求预留的，由主管部门责令改正。") == []
    # (a count in words after a verb stays one)
    assert _figures("新建三十三个站点。") == [(33.0, "个", None)]
