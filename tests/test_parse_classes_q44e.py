"""Round 44 dates family, second pass (fail49_dates: plans-next16/41/65/97): the year or day an item's own text
gives where the page or the wording hides it —

- a sentence of the item opening with its year and a comma that completes something
  「2023年，组织完成撂荒地专项检查。」 dates the item's work (round 24's 完成／建成／出台
  test kept: round24c pins 「2023年，对…开展评估工作」 as no deadline), not one that runs
  on 「…，此后逐年扩大」 — where two sentences open with years they stay steps, the last
  ending the work; a year before the plan's first dates nothing;
- an item opening with its year after its run-in heading 「（二）工作目标。2019年全市…明确三大目标」 (Round 44, decided:
  the item that opens with a year takes it) — not 「2021年是建党100周年」, which says what the year is;
- a date whose 月 the page dropped 「（320日前）」「（321日至520日）」「至1130日」, read where the digits part one
  way only — not 119 (1月19日 or 11月9日), nor a count of days 「提前120日」「120日内」「第150日」「期限为120日。」.

Made-up snippets written the way such district and town plans are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import light
from desktop.core.parse.task_dates import opening_year


def deadlines(text: str) -> dict[str, str | None]:
    return {t.title: t.deadline for t in parse_text(text).tasks}


PLAN = ("某区2023年农田保护工作方案\n\n为加强农田保护，制定本方案。\n\n一、主要任务\n\n"
        "（一）开展耕地检查。每季度开展一次耕地情况巡查，发现问题及时整改。{one}（责任单位：区农业农村委）\n\n"
        "（二）完善管护机制。落实田长制，压实属地责任。（责任单位：各镇政府）\n\n"
        "二、保障措施\n\n（一）加强组织领导。各镇要高度重视，确保工作落到实处。\n\n"
        "区农业农村委\n2023年3月10日\n")


def test_a_sentence_opening_with_its_year_dates_the_work_whatever_its_verb():
    got = deadlines(PLAN.format(one="2023年，组织完成撂荒地专项检查。"))
    assert got["开展耕地检查"] == "2023-12-31"
    assert got["完善管护机制"] is None


def test_two_years_opening_sentences_are_steps_the_last_ends_the_work():
    got = deadlines(PLAN.format(one="2023年，组织完成撂荒地专项检查。2024年，推广检查经验。"))
    assert got["开展耕地检查"] == "2024-12-31"


def test_a_year_before_the_plan_tells_what_was_done():
    got = deadlines(PLAN.format(one="2021年，全区组织完成撂荒地专项检查。"))
    assert got["开展耕地检查"] is None


def test_the_year_after_a_run_in_heading_opens_the_item():
    assert opening_year("工作目标。2019年全市垃圾分类工作明确三大目标。", 2019, "工作目标") == "2019"
    assert opening_year("2019年全市垃圾分类工作明确三大目标。", 2019, "工作目标") == "2019"


def test_a_year_after_other_words_or_saying_what_the_year_is_opens_nothing():
    assert opening_year("工作目标。2019年是垃圾分类攻坚之年，全市明确三大目标。", 2019, "工作目标") is None
    assert opening_year("高度重视。2021年是中国共产党成立100周年。", 2021, "高度重视") is None
    assert opening_year("全市明确目标。2019年全市垃圾分类全覆盖。", 2019, "工作目标") is None
    assert opening_year("2019年度工作要点。", 2019, "") is None


def test_a_date_whose_month_the_page_dropped_is_read_as_meant():
    assert light("（一）筹划部署阶段（320日前）") == "（一）筹划部署阶段（3月20日前）"
    assert light("（二）组织实施阶段（321日至520日）。") == "（二）组织实施阶段（3月21日至5月20日）。"
    assert light("活动时间：11月1日至1130日。") == "活动时间：11月1日至11月30日。"
    assert light("于1210日前上报") == "于12月10日前上报"


def test_digits_that_part_two_ways_or_count_days_stay_as_printed():
    for text in ("119日，各村设置宣传点", "111日前完成", "提前120日，通知到位", "在120日内完成整改",
                 "第150日前", "期限为120日。", "12月31日前", "每月15日前报送",
                 "分别于615日、1215日前"):     # (a list: dated_sendings reads it, where its months rise)
        assert light(text) == text


def test_a_stage_with_a_dropped_month_is_a_dated_phase():
    text = ("某乡2020年民兵组织整顿工作方案\n\n民兵组织整顿工作，从2020年3月份开始，至5月底结束，按照三个阶段进行。\n\n"
            "一、方法步骤\n\n（一）筹划部署阶段（315日前）搞好潜力调查，拟制整组计划。\n\n"
            "（二）组织实施阶段（316日至520日）。按照计划抓好整顿工作落实，组织集结点验。\n\n"
            "（三）总结验收阶段（5月21日至5月30日）。做好检查验收准备。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases.get("组织实施阶段") == ("2020-03", "2020-05")


def test_a_month_end_whose_month_mark_was_left_out_is_that_months_end():
    assert light("（四）经验推广阶段（2023年4底前）。") == "（四）经验推广阶段（2023年4月底前）。"
    assert light("2023年12底前完成") == "2023年12月底前完成"
    for text in ("2023年底前完成", "2023年4月底前完成", "4底前", "2023年13底前"):
        assert light(text) == text


def test_a_year_sentence_that_runs_on_dates_nothing():
    got = deadlines(PLAN.format(one="2023年，启动撂荒地专项检查，此后逐年扩大检查范围。"))
    assert got["开展耕地检查"] is None
