"""A half-year's figures under their own words (ux64 findings 2 and 3): a month's count is not replaced by the
running total and its month word (5月, 本月) never stays in a period sentence; another measure's monthly counts in
the same sentence still add up beside the total; a target of a text that lists two targets is said with its own
noun, never the first target's."""

from __future__ import annotations

import datetime as dt

from fixtures_reports.sample import entries_in as _entries, report_input, section as _section, task_in as _task

from desktop.reports import period
from desktop.reports.draft import draft_report
from desktop.reports.inputs import TargetIn
from desktop.reports.wording import target_words

YEAR_END = dt.date(2024, 11, 28)      # covers the months up to October

OWN = [60, 62, 58, 51, 74]            # homes adapted each month, January–May (sum 305)
ASSESS = [60, 75, 80, 90, 88]         # homes assessed each month (sum 393; May below April)


def _work(rows):
    data = report_input("市民政局")
    data.tasks, data.entries = [_task(short_name="适老化改造")], _entries(rows)
    report = draft_report(data, "year-end", today=YEAR_END)
    return [b.text for b in _section(report, "工作进展").blocks][1]


def _homes(assess, opening="{m}月"):
    rows, total = [], 0
    for m, (own, a) in enumerate(zip(OWN, assess, strict=True), 1):
        total += own
        lead = opening.format(m=m)
        text = f"{lead}完成特殊困难老年人家庭适老化改造{own}户，累计完成{total}户，入户评估{a}户。"
        rows.append((m, {"progress": text}))
    return rows


def test_a_months_count_is_not_the_running_total_and_the_other_measure_adds_up():
    text = _work(_homes(ASSESS))
    # before: 「今年以来5月完成…改造305户，累计完成305户，入户评估88户」 — May's 74 took the total's value, 「5月」
    # stayed, and May's 88 assessments stood for five months of them
    assert text == "累计完成特殊困难老年人家庭适老化改造305户，今年以来入户评估393户。"


def test_another_measures_count_adds_up_even_when_it_never_falls():
    # 40, 52, 60, 66, 70 grow every month like a running figure, but each follows a month's own count of homes
    # adapted in a month's sentence: each month's assessments, added up
    assert _work(_homes([40, 52, 60, 66, 70], opening="本月")) == (
        "累计完成特殊困难老年人家庭适老化改造305户，今年以来入户评估288户。")


def test_near_miss_a_figure_telling_of_the_running_total_stays_at_its_latest():
    rows, total, people = [], 0, 0
    for m, n in enumerate([2, 3, 4], 1):
        total += n
        people += 300
        rows.append((m, {"progress": f"{m}月新完工{n}个小区，累计完工{total}个小区，惠及居民{people}户。"}))
    # 惠及 tells of the 9 小区 done so far: 900 households, not 300 + 600 + 900
    assert _work(rows) == "累计完工9个小区，惠及居民900户。"


def test_near_miss_a_stock_after_a_stock_stays_at_its_latest():
    rows = [(m, {"progress": f"长期护理保险参保人数达到{n}万人，享受待遇{k}万人。"})
            for m, (n, k) in enumerate([(440, 1.7), (443, 1.8), (446, 1.9)], 1)]
    assert _work(rows) == "长期护理保险参保人数达到446万人，享受待遇1.9万人。"


def test_a_month_word_goes_but_a_deadline_stays():
    assert period.clean("5月完成特殊困难老年人家庭适老化改造74户。") == "完成特殊困难老年人家庭适老化改造74户。"
    assert period.clean("6月份启动第二批改造。") == "启动第二批改造。"
    assert period.clean("6月底前完成验收。") == "6月底前完成验收。"
    assert period.clean("5月1日起施行。") == "5月1日起施行。"
    assert period.clean("5月中旬召开推进会。") == "5月中旬召开推进会。"


HUBS = TargetIn(1, "街道养老服务综合体", "新建街道养老服务综合体6个、社区老年人服务中心（站）30个", 6, "个", None)
CENTRES = TargetIn(2, "社区老年人服务中心（站）", "新建街道养老服务综合体6个、社区老年人服务中心（站）30个",
                   30, "个", None)


def test_the_second_target_of_a_text_is_said_with_its_own_noun():
    # before: 「新建街道养老服务综合体15个，完成目标（30个）的50%」 — the 15 were service centres
    assert target_words(CENTRES, 15) == "新建社区老年人服务中心（站）15个，完成目标（30个）的50%"
    assert target_words(HUBS, 4) == "新建街道养老服务综合体4个，完成目标（6个）的67%"


def test_near_miss_a_single_target_and_a_second_with_its_own_verb_keep_their_words():
    one = TargetIn(1, "街道养老服务综合体", "新建20个街道养老服务综合体", 20, "个", None)
    assert target_words(one, 5) == "新建街道养老服务综合体5个，完成目标（20个）的25%"
    own_verb = TargetIn(2, "老年助餐点", "建成养老服务中心8个，改造提升老年助餐点40个", 40, "个", None)
    assert target_words(own_verb, 10) == "改造提升老年助餐点10个，完成目标（40个）的25%"


# ux64 finding 4: a rate (%) several units report, with no figure of the lead unit's for the whole
BEDS = TargetIn(1, "护理型床位占比", "护理型床位占比不低于65%", 65, "%", ">=")
DISTRICTS = ("市住房和城市更新局", "市民政局")


def _rates(values, *, lead="市卫生健康委"):
    data = report_input(None)
    data.tasks = [_task([BEDS], short_name="护理型床位", lead_units=[lead], responsible_units=list(DISTRICTS))]
    data.entries = []
    for n, (unit, got) in enumerate(zip(DISTRICTS, values, strict=True)):
        for e in _entries([(5, {"progress": f"护理型床位占比{got}%。", "values": {1: got}})], unit=unit):
            e.id = 10 + n
            data.entries.append(e)
    report = draft_report(data, "half-year", today=dt.date(2024, 6, 10))
    overview = "".join(b.text for b in _section(report, "总体情况").blocks)
    return overview, "".join(b.text for b in _section(report, "工作进展").blocks)


def test_a_rate_several_units_report_names_each_units_value():
    overview, work = _rates([63, 61])
    # before: 「护理型床位占比达到63%，距目标还差2个百分点」 — the first unit's 63% said as the whole's, in
    # 一、总体情况 and in the task's paragraph; now each unit's, in the units' order, with the target
    each = "市民政局、市住房和城市更新局护理型床位占比分别为61%、63%（目标不低于65%）"
    assert overview.endswith("重点工作取得阶段性成效：" + each + "。")
    assert f"截至5月底，{each}。" in work
    assert "达到63%" not in overview + work and "124%" not in overview + work


def test_near_miss_the_lead_units_own_rate_stands_for_the_whole():
    text = "".join(_rates([63, 61], lead="市民政局"))    # 总体情况 and 工作进展
    assert "分别为" not in text
    assert "市民政局牵头，护理型床位占比61%，距目标还差4个百分点。" in text
