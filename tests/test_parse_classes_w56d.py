"""Round 56 (w56d): targets listed one after another, short names, and 元月 as printed. Made-up texts of each form:

- a list of targets each named before its own figure 「A企业65家、B企业2家、C企业1家」: each target's subject is its
  own clause's (quotes inside a name kept), never the next clause (``figures._NEXT_LISTED``); a count before its
  noun 「新建20个综合体、100个中心」 keeps the noun after it;
- short names: a four-character title whose last word is 目的 is not cut to three (``shortname._name_of``); a title
  that says what its unit is 「A部门是B项目的责任主体」 is named by what follows 是 (``shortname._COPULA``); a title
  「坚持X」 that holds to a thing is named by the thing (``shortname._HELD_TO``), a stance 「坚持以…／坚持把…」 is
  passed over as before;
- 「元月上旬」「2031年元月底前」: the date readers read January (``normalise.first_month``), the task's text keeps
  元月 as printed.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.shortname import suggest_short_name


def _targets(sentence: str) -> list[tuple[str, float, str]]:
    plan = parse_text("某县2031年重点任务分解方案\n\n一、重点任务\n\n1.健全企业培育机制。" + sentence
                      + "（牵头单位：县科经局；责任单位：县工业局）\n")
    assert len(plan.tasks) == 1
    return [(g.subject, g.value, g.unit) for g in plan.tasks[0].targets]


def test_three_listed_targets_each_named_by_its_own_clause():
    assert _targets("新增科技型企业65家、小巨人企业2家、冠军企业1家。") == [
        ("科技型企业", 65.0, "家"), ("小巨人企业", 2.0, "家"), ("冠军企业", 1.0, "家")]


def test_listed_targets_with_quoted_names_keep_their_quotes():
    assert _targets("新增备案科技型中小企业65家、专精特新“示范”企业2家、省级“领航”企业1家。") == [
        ("备案科技型中小企业", 65.0, "家"), ("专精特新“示范”企业", 2.0, "家"), ("省级“领航”企业", 1.0, "家")]


def test_four_and_five_listed_targets_with_different_measures():
    assert _targets("建成口袋公园3个、广场2个、绿道5条、驿站4个。") == [
        ("口袋公园", 3.0, "个"), ("广场", 2.0, "个"), ("绿道", 5.0, "条"), ("驿站", 4.0, "个")]
    assert _targets("新建公园3个、广场2个、绿道5条、驿站4个、公厕6座。")[-2:] == [
        ("驿站", 4.0, "个"), ("公厕", 6.0, "座")]


def test_two_listed_targets():
    assert _targets("新建公园3个、广场2个。") == [("公园", 3.0, "个"), ("广场", 2.0, "个")]


def test_counts_before_their_nouns_keep_the_noun_after():
    # (near miss: 「20个综合体、100个中心」 — the figure opens each thing, the name follows it)
    assert _targets("新建20个街道养老服务综合体、100个社区老年人服务中心。") == [
        ("街道养老服务综合体", 20.0, "个"), ("社区老年人服务中心", 100.0, "个")]


def test_a_four_character_title_ending_in_a_word_with_de_is_not_cut():
    assert suggest_short_name("编制目的", "编制目的") == "编制目的"
    assert suggest_short_name("适用范围", "适用范围") == "适用范围"


def test_a_title_saying_what_its_unit_is_is_named_after_the_copula():
    name = suggest_short_name("区财政局是项目资金的监管主体", "区财政局是项目资金的监管主体。", ["区财政局"])
    assert name == "项目资金的监管主体"
    # (near miss: the unit and its duty verb — the object, as before)
    assert suggest_short_name("区财政局负责审核项目资金", "区财政局负责审核项目资金。", ["区财政局"]) == "项目资金"


def test_a_title_holding_to_a_thing_is_named_by_the_thing():
    assert suggest_short_name("坚持教育优先发展", "坚持教育优先发展，启动某路幼儿园建设，改扩建一批乡镇幼儿园。") \
        == "教育优先发展"
    assert suggest_short_name("坚持问题导向", "坚持问题导向，加快补齐养老服务短板。") == "问题导向"


def test_a_stance_opened_by_jianchi_is_passed_over_as_before():
    # (near miss: 坚持以…为…／坚持把… — a stance, the work is the next clause)
    assert suggest_short_name("坚持以人民为中心", "坚持以人民为中心，加快建设养老服务中心。") == "养老服务中心"
    assert suggest_short_name("坚持把安全放在首位", "坚持把安全放在首位，加强燃气管道巡查。") == "燃气管道巡查"


YUANYUE = ("某县2031年文化活动方案\n\n一、活动安排\n\n1.开展送春联活动。由县文广局负责,元月上旬在某乡举办启动仪式。\n\n"
           "2.完成年度总结。由县文化馆负责,2031年元月底前完成。\n\n"
           "3.开发公益岗位。由县人社局负责,按3000元月薪标准开发公益岗位20个。\n")


def test_yuanyue_reads_january_and_the_text_keeps_it_as_printed():
    tasks = {t.number: t for t in parse_text(YUANYUE).tasks}
    # 元月上旬 is read as 1月上旬 is, wherever the date is read (the opening clause's date: its part's day)
    same = {t.number: t for t in parse_text(YUANYUE.replace("元月上旬", "1月上旬")).tasks}
    assert tasks["1"].deadline == same["1"].deadline == "2031-01-10"
    assert "元月上旬" in tasks["1"].text and "1月上旬" not in tasks["1"].text
    assert tasks["2"].deadline == "2031-01-31"
    assert "2031年元月底前" in tasks["2"].text


def test_yuanyue_in_traditional_characters_keeps_it_as_printed():
    text = YUANYUE.replace("县", "縣").replace("广", "廣").replace("动", "動").replace("开展", "開展")
    tasks = {t.number: t for t in parse_text(text).tasks}
    assert tasks["1"].deadline == "2031-01-10"
    assert "元月上旬" in tasks["1"].text


def test_money_per_month_stays_money_and_no_date():
    # (near miss: 「3000元月薪」 — no January, and the text unchanged)
    task = {t.number: t for t in parse_text(YUANYUE).tasks}["3"]
    assert task.deadline is None
    assert "3000元月薪" in task.text
