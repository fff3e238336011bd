"""Round 41 (p41g), targets: a floor on a count of events with the verbs or the rhythm between
「至少组织召开一次」「至少每季度组织…检查一次」 (round 35); a measured quantity naming a class
「年用水量10万立方米以上重点用水单位」 (rounds 34 / 38); a count closing its clause after a quoted name
「命名“…示范点”15个」 (round 37); a preamble's aims with 以上 or a dated 保持在 (round 30).
Made-up snippets written the way such plans are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse.figure_targets import sentence_targets
from desktop.core.parse.plan_goals import preamble_goal_sentences
from desktop.core.parse.targets import find_targets


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024)]


# --- a floor on a count of events -------------------------------------------------------------------------------

def test_floor_with_two_verbs_before_the_count():
    assert (1.0, "次") in _figures("各区每年要至少组织召开一次行业安全生产座谈交流会。")


def test_floor_with_rhythm_and_work_before_the_count():
    found = find_targets("街道安委办至少每半年组织消防安全联合检查一次。", 2024)
    assert [(t.value, t.unit, t.comparator) for t in found] == [(1.0, "次", ">=")]


def test_floor_count_takes_its_own_clause_when_words_repeat():
    # the weekly round (no floor) comes first with the same words 「一次」; the floor's clause is the one kept
    text = "各社区要每周对辖区商铺进行巡查一次；街道至少每季度组织联合检查一次。"
    found = find_targets(text, 2024)
    assert [(t.value, t.unit) for t in found] == [(1.0, "次")]
    assert "至少" in found[0].text


def test_rhythm_without_floor_stays_no_target():
    assert _figures("街道每季度组织消防安全联合检查一次。") == []
    # (「组织一次…检查」: the item's own event, counted — Round 52's decided 「五个一」, since round 56's w50e)
    assert _figures("街道安委办要组织一次消防安全联合检查。") == [(1.0, "次")]
    assert _figures("去年已组织召开一次行业座谈会。") == []


# --- a measured quantity that names a class ---------------------------------------------------------------------

def test_measured_quantity_before_a_class_is_no_target():
    assert _figures("推进年用水量10万立方米以上重点用水单位的水平衡测试。") == []
    assert _figures("区交通部门要对年吞吐量3万吨以上货运站场实行重点巡查。") == []


def test_measured_quantity_reached_or_built_stays_a_target():
    assert (30000.0, "吨") in _figures("全区货运站场年吞吐量达到3万吨以上。")
    assert (30000.0, "吨") in _figures("新建年吞吐量3万吨以上货运站场2个。")
    assert (100000.0, "立方米") in _figures("重点企业年用水量控制在10万立方米以下，")


# --- a count closing its clause after a quoted name -------------------------------------------------------------

def _item_figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024, relaxed=True)]      # (as an item's text is read)


def test_count_after_closing_quote_ending_clause_is_a_target():
    found = _item_figures("经评审，命名第二批“区级垃圾分类示范小区”15个，并推荐3个小区参加市级评选。")
    assert (15.0, "个") in found and (3.0, "个") in found


def test_named_list_counted_stays_no_target():
    assert _item_figures("梳理“企业开办登记”等6个办事指南。") == []
    assert _item_figures("采集“是否备案”3项节点数据。") == []
    assert sentence_targets("采集“是否备案”3项节点数据。", None) == []


# --- a preamble's aims ------------------------------------------------------------------------------------------

def test_preamble_floor_made_sure_of():
    text = "各部门要逐案落实责任，确保重复访案件85%以上化解，确保越级访案件95%以上息诉罢访。"
    assert preamble_goal_sentences(text, 2024) == [text]


def test_preamble_dated_rate_held():
    text = "深入推进义务教育均衡发展，健全工作机制。到2025年，全区学前教育毛入园率保持在98%以上，办学水平稳步提升。"
    goals = preamble_goal_sentences(text, 2024)
    assert goals == ["到2025年，全区学前教育毛入园率保持在98%以上，办学水平稳步提升。"]


def test_preamble_past_and_plain_sentences_stay_out():
    assert preamble_goal_sentences("2023年全区毛入园率保持在98%以上。", 2024) == []
    assert preamble_goal_sentences("截至2023年，全区毛入园率已达到98%。", 2024) == []
    assert preamble_goal_sentences("确保全区安全生产形势稳定。", 2024) == []


# --- titles -----------------------------------------------------------------------------------------------------

def _title(text: str) -> str:
    from desktop.core.parse import parse_text
    return parse_text(text).title


RULES_WITH_CONTENTS = """某市河道管理条例

（2015年6月18日某市第十四届人民代表大会常务委员会第二十次会议通过）

目    录
第一章　总则
第二章　规划与建设
第三章　保护与管理
第四章　监督与保障措施
第五章　法律责任
第六章　附则

第一章　总则

第一条　为了加强本市河道管理，保障防洪安全，根据有关法律、法规，结合本市实际，制定本条例。
第二条　市水务局负责本市河道的监督管理工作。
"""


def test_title_not_taken_from_the_table_of_contents():
    assert _title(RULES_WITH_CONTENTS) == "某市河道管理条例"


def test_rules_title_run_into_its_first_chapter():
    page = ("文档简介\n某镇集中供水安全管理制度一、总则(一)为加强集中供水安全管理，保障居民饮用水安全，根据有关规定，"
            "制定本制度。(二)本制度适用于本镇各集中供水站。二、职责分工(一)镇水利站负责供水站的日常监督检查。\n")
    assert _title(page) == "某镇集中供水安全管理制度"


def test_rule_word_without_its_articles_is_no_run_in_title():
    # 「…制度」 inside a run-on sentence, no 一、总则 after it: not read as the page's title
    page = ("文档简介\n各村要落实饮水工程管护制度，明确管护人员，确保工程长期发挥效益。"
            "一、工作目标 全面完成管护任务。\n")
    assert _title(page) != "各村要落实饮水工程管护制度"


def test_a_measured_band_joined_to_another_stays_a_target():
    # merge of p41g over round 31's bands joined by 或 (mends36): the measured-class reading needs the things right
    # after the band; a band joined to a second band keeps both as targets; 「…以上重点监管企业」 still names things
    from desktop.core.parse.threshold_line import kind_named
    joined = "对年用水量1万吨以上或年用电量100万千瓦时以上的企业开展能源审计"
    start = joined.index("1万")
    assert not kind_named(joined, start, start + len("1万吨"), "吨")
    named = "加强月用水量5万立方米以上重点监管工业企业的计量管理"
    start = named.index("5万")
    assert kind_named(named, start, start + len("5万立方米"), "立方米")
