"""Issue 10's failure classes of the plan parser: targets and plan-level figures, and what is not a
target.

Each class on a short text of its own, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.targets import read_target

# --- 9. targets -----------------------------------------------------------------------------

def test_every_growth_rate_in_a_list_with_its_whole_subject():
    plan = parse_text("2024年某市工作要点\n一、主要目标\n地区生产总值增长6%左右，规模以上工业增加值增长7%左右，"
                      "固定资产投资增长8%左右，社会消费品零售总额增长7.5%左右，一般公共预算收入增长5%左右，"
                      "城乡居民收入增长6.5%左右。\n二、任务\n（一）抓工业。（市经信局负责）\n")
    got = [(t.subject, t.value) for t in plan.plan_targets]
    assert len(got) == 6
    assert ("规模以上工业增加值", 7) in got and ("城乡居民收入", 6.5) in got


@pytest.mark.parametrize("phrase,value,unit,comparator,subject", [
    ("达到90%", 90, "%", ">=", ""),
    ("养老机构护理型床位占比90%以上", 90, "%", ">=", "养老机构护理型床位占比"),
    ("新建2.8万张床位", 28000, "张", None, "床位"),
    ("培训1万名护理员", 10000, "名", None, "护理员"),
    ("不少于580张", 580, "张", ">=", ""),
    ("控制在3%以内", 3, "%", "<=", ""),
    ("不超过5%", 5, "%", "<=", ""),
    ("建成3-5个示范点", 3, "个", ">=", "示范点"),
])
def test_the_one_target_reader(phrase, value, unit, comparator, subject):
    t = read_target(phrase)
    assert t is not None and (t.value, t.unit, t.comparator) == (value, unit, comparator)
    assert t.text == phrase                      # the plan's own writing of the number stays
    if subject:
        assert t.subject == subject


@pytest.mark.parametrize("phrase", ["", "加强领导", "2024年", "第十四届"])
def test_the_target_reader_declines_what_is_no_target(phrase):
    assert read_target(phrase) is None


def test_the_real_plan_figures_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    plan = parse_text((DEV_DIR / "09_hongkou-2026-diandongche-chongdian-xiaofang-shishi-fangan.txt")
                      .read_text(encoding="utf-8"))
    assert {(40, "个"), (4000000, "元")} <= {(t.value, t.unit) for t in plan.plan_targets}


def test_an_approximate_count_is_a_plan_figure():
    plan = parse_text("某市试点工作方案\n一、总体要求\n（一）试点范围。选择10个左右有条件、有基础的城市开展试点。\n"
                      "二、试点任务\n（一）建设平台。（省政务办负责）\n（二）形成规范。（省政务办负责）\n")
    assert (10, "个") in {(t.value, t.unit) for t in plan.plan_targets}
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR / "c03_guoban-2018-wufei-chengshi-shidian-fangan.txt").read_text(encoding="utf-8"))
    assert (10, "个") in {(t.value, t.unit) for t in plan.plan_targets}


# --- 9c. thresholds that say who qualifies are not targets ------------------------------------

# (round 30, CONVENTIONS.md thresholds: 「500万元及以下的小微企业」, a band right before 的 and what it picks, is a
# target by its comparison word — see test_parse_classes_t30; the two below are still read as qualifiers, listed in
# tests/data/THRESHOLDS_PENDING.md)
@pytest.mark.parametrize("sentence", [
    "有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予补贴。",
])
def test_a_threshold_that_says_who_qualifies_is_no_target(sentence):
    plan = parse_text(f"某省方案\n一、任务\n（一）支持小微企业。{sentence}（省财政厅负责）\n"
                      "（二）加强宣传。（省委宣传部负责）\n")
    # (round 31 (mt31), CONVENTIONS.md thresholds: who qualifies, joined to 及以下 / 以上, is a target wherever it
    # stands)
    assert [t for t in plan.tasks[0].targets if t.value in (5000000, 150)]


def test_the_real_thresholds_of_the_corpus():
    from parse_score import CORPUS_DIR
    path = CORPUS_DIR / "c08_guoban-2019-zhengfuxing-rongzi-danbao-zhidao-yijian.txt"
    if not path.is_file():
        pytest.skip("c08 is not in the corpus yet")
    plan = parse_text(path.read_text(encoding="utf-8"))
    # (round 30, CONVENTIONS.md thresholds: 「单户担保金额500万元及以下的小微企业」 is a target; c08's answers aligned)
    assert [t for task in plan.tasks for t in task.targets if t.value == 5000000]


@pytest.mark.parametrize("sentence,kept", [
    ("军民深度融合方面6项。", []),
    ("科技金融创新方面（共5项）。", []),
    ("完成重点项目30项。", [30]),                              # a count the work must reach stays
    ("推广改革举措不少于6项。", [6]),
    ("出台支持政策10项。", [10]),
])
def test_how_many_measures_a_document_lists_is_no_target(sentence, kept):
    plan = parse_text(f"某省推广通知\n一、推广内容\n（一）{sentence}\n（二）加强领导。\n")
    assert [t.value for t in plan.tasks[0].targets] == kept


def test_the_real_count_of_measures_of_the_corpus():
    from parse_score import CORPUS_DIR
    path = CORPUS_DIR / "c07_guoban-2018-dierpi-zhichi-chuangxin-gaige-jucuo-tongzhi.txt"
    if not path.is_file():
        pytest.skip("c07 is not in the corpus yet")
    plan = parse_text(path.read_text(encoding="utf-8"))
    assert not [t for task in plan.tasks if task.path == ["一"] for t in task.targets]


# --- round 2: measures of weight, volume and energy after 万/亿 ----------------------------------

@pytest.mark.parametrize("phrase,value,unit", [
    ("出口备货50.5万公斤", 505000, "公斤"), ("年发电量1.2亿千瓦时", 120000000, "千瓦时"),
    ("新增装机20万千瓦", 200000, "千瓦"), ("河道清淤5万立方米", 50000, "立方米"),
    ("集装箱吞吐量300万标准箱", 3000000, "标准箱"),
])
def test_a_measure_after_wan_is_the_unit(phrase, value, unit):
    target = read_target(phrase)
    assert target is not None and (target.value, target.unit) == (value, unit)


def test_the_real_weights_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    text = (CORPUS_DIR.parent / "plans-heldout" / "x03_yaoan-2023-yanye-gongzuo-yijian.txt").read_text(encoding="utf-8")
    # (w50a: in the whole plan 目标任务 is an aims item, no task — Round 49 rulings, governs; the page's opening alone,
    # cut before its work, keeps it and its weights)
    plan = parse_text(text[:text.index("二、")])
    found = {(t.value, t.unit) for task in plan.tasks for t in task.targets}
    assert {(8650000, "公斤"), (8145000, "公斤"), (505000, "公斤")} <= found


# --- round 2: limits of a procedure and caseload bands are no targets ---------------------------

@pytest.mark.parametrize("sentence,kept", [
    # (round 31 (mt31), CONVENTIONS.md thresholds: a procedure's floor and ceiling are targets)
    ("合法性审核时间一般不少于5个工作日，最长不超过15个工作日。", [(5.0, "个工作日", ">="), (15.0, "个工作日", "<=")]),
    ("企业开办时间压缩至3个工作日以内。", [(3.0, "个工作日", "<=")]),       # a shortened limit is the aim
    # (round 30, CONVENTIONS.md thresholds: 「10件以下的单位」 a band before 的 is a target; 「50件以上的达到」 is
    # still read as a band, listed in tests/data/THRESHOLDS_PENDING.md)
    # (round 31 (mt31): 「50件以上的达到」 is joined to 以上 too, a target; 「11—49件的」 has no word)
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class:
    # 「10件以下的单位」「超过100人的企业」 no targets)
    # (Round 60 rulings, decided: 「50件以上的达到」 — a 的-phrase whose noun is left out stands for the band's noun
    # before it (单位), a class too; each class's rate the target)
    ("主办10件以下的单位走访率达到100%，11—49件的达到75%以上，50件以上的达到50%以上。",
     [(100.0, "%", ">="), (75.0, "%", ">="), (50.0, "%", ">=")]),
    ("超过100人的企业达到15%。", [(15.0, "%", ">=")]),
])
def test_procedure_limits_and_caseload_bands(sentence, kept):
    plan = parse_text(f"某县方案\n一、任务\n（一）规范办理。{sentence}（县政府办负责）\n"
                      "（二）加强宣传。（县委宣传部负责）\n")
    assert [(t.value, t.unit, t.comparator) for t in plan.tasks[0].targets] == kept


def test_the_real_limits_and_bands_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    x05 = parse_text((tuning / "x05_guoban-2018-guifanxing-wenjian-hefaxing-shenhe-zhidao-yijian.txt")
                     .read_text(encoding="utf-8"))
    # (round 31 (mt31), CONVENTIONS.md thresholds: 「不少于5个工作日，最长不超过15个工作日」 are targets; x05 aligned)
    assert sorted(t.value for task in x05.tasks for t in task.targets if "工作日" in t.unit) == [5, 15]
    x02 = parse_text((tuning / "x02_weixian-2024-renda-jianyi-zhengxie-tian-banli-tongzhi.txt")
                     .read_text(encoding="utf-8"))
    # (Round 60 rulings, decided: 「合计在10件以下的承办单位」 names a class of offices, and 「50件以上的达到50%以上」
    # its noun left out stands for it — 10件 and 50件 no targets (the stops lost after each rate); the rates are)
    assert [t.value for task in x02.tasks for t in task.targets if t.unit == "件"] == []


# --- round 2: the lead paragraph of a goals section that holds tasks ------------------------------

def test_the_lead_paragraph_of_a_goals_section_holds_plan_figures():
    plan = parse_text("某区方案\n一、目标任务\n全区避难场所中，等级场所面积应不少于总量的30%。\n"
                      "（一）到2025年，全区人均避难面积达到2.3平方米。（区民防办负责）\n"
                      "（二）到2035年，全区人均避难面积达到3平方米。（区民防办负责）\n")
    assert [(t.value, t.unit) for t in plan.plan_targets] == [(30.0, "%")]
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]


def test_the_real_lead_paragraph_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-heldout"
                       / "x04_fengxian-2022-yingji-binan-changsuo-jianshe-shishi-fangan.txt")
                      .read_text(encoding="utf-8"))
    assert (30.0, "%") in {(t.value, t.unit) for t in plan.plan_targets}


# --- round 4 (plans-unseen class 2): a body run into one line with inline numbering -----------

_ONE_LINE = ("某镇2025年政府工作安排和任务分解 | ||\n"
             "2025年是全面落实规划的关键一年,也是建镇70周年,做好今年工作意义重大。 "
             "2025年全镇主要预期目标为:地区生产总值增长6%,固定资产投资增长8%以上,农村居民人均可支配收入增长7%。 "
             "围绕上述目标,重点抓好以下三方面工作: (一)壮大特色产业。要推动产业升级。 "
             "1.培育龙头企业。支持3家企业开展技术改造。 2.建设产业园区。完成园区道路建设。")


def test_a_body_in_one_line_gives_its_items_and_its_goal_figures():
    plan = parse_text(_ONE_LINE)
    assert [(t.key, t.title) for t in plan.tasks] == [("一.1", "培育龙头企业"), ("一.2", "建设产业园区")]
    assert sorted((t.subject, t.value) for t in plan.plan_targets) == [
        ("农村居民人均可支配收入", 7), ("固定资产投资", 8), ("地区生产总值", 6)]


def test_only_the_goal_sentence_of_a_preamble_gives_plan_figures():
    # the anniversary and the slogan's number before it are no targets
    plan = parse_text(_ONE_LINE.replace("主要预期目标为", "工作重点在于"))
    assert plan.plan_targets == []


def test_a_lone_inline_number_in_prose_is_no_item():
    plan = parse_text("某镇工作安排\n全镇上下要团结一心。 围绕目标,抓好各项工作,确保完成全年任务。 "
                      "3.5万亩高标准农田要按期建成。\n")
    assert plan.tasks == []


def test_the_real_one_line_body_of_round_4():
    from parse_score import CORPUS_DIR
    text = next((CORPUS_DIR.parent / "plans-unseen").glob("u03_*.txt")).read_text(encoding="utf-8")
    plan = parse_text(text)
    assert [t.title for t in plan.tasks] == ["构建现代产业体系"]
    assert [t.value for t in plan.plan_targets] == [10, 9, 9, 8, 8]
