"""Mends of the r61 review of p61's round-27 classes (month headings, school terms, run-on items, bare numbers,
完成…任务 goals, one-paragraph duty divisions, 参加 as a helper's role): made-up wordings of each class and the
near misses that must not fire."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import split_run_on_items
from desktop.core.parse.marks import bare_numbers, month_headings


def _deadlines(text: str) -> list[str | None]:
    return [t.deadline for t in parse_text(text).tasks]


# finding 1: a span of months or a month's ten days is a month heading too
def test_month_span_and_ten_day_headings():
    text = ("某中学2021-2022学年度第二学期工作计划\n二月份:\n1.教师返校，做好开学准备。\n4月至5月:\n"
            "2.组织期中考试。\n3.开展体育节。\n六月:\n4.组织期末考试。")
    assert _deadlines(text) == ["2022-02-28", "2022-05-31", "2022-05-31", "2022-06-30"]
    text = ("某镇2023年冬季重点工作安排\n十一月上旬：\n1、开展防火检查。\n十一月中旬：\n2、开展入户走访。\n"
            "十一月下旬：\n3、召开总结会议。\n十二月份：\n4、开展年终考核。")
    assert _deadlines(text) == ["2023-11-10", "2023-11-20", "2023-11-30", "2023-12-31"]


def test_month_like_lines_that_are_no_headings():
    # the same month twice with no later ten days; a month in a sentence; a span going back
    assert month_headings(["一月份：", "1、开展检查。", "一月份：", "2、开展宣传。"]) == set()
    assert month_headings(["4-5月份开展检查。", "1、开展检查。", "6月份：", "2、开展宣传。"]) == set()
    assert month_headings(["一月下旬：", "1、开展检查。", "一月上旬：", "2、开展宣传。"]) == set()


# findings 2 and 3: the term a plan is for comes from its title (or the sentence making it), an autumn term's months
# in the school year's first year; a term the body only mentions is none
def test_term_from_the_title_not_from_a_mention():
    text = ("某小学2022-2023学年度上学期工作计划\n本学期要为2022-2023学年度下学期各项工作做好准备。\n"
            "九月份:\n1.开展新生入学教育。\n十一月份:\n2.开展期中检测。\n一月份:\n3.组织期末考试。")
    assert _deadlines(text) == ["2022-09-30", "2022-11-30", "2023-01-31"]
    text = ("某校秋季工作安排\n结合我校实际，特制定2019-2020学年秋季学期工作安排。\n十月份：\n1、组织运动会。\n"
            "十二月份：\n2、开展文艺汇演。")
    assert _deadlines(text) == ["2019-10-31", "2019-12-31"]


# finding 4: an item announcing its own list without a colon keeps the list
def test_an_items_own_list_after_a_stop_is_not_cut():
    for line in ["1、开展村庄清洁行动，主要包括以下内容。1、清理垃圾;2、清理沟渠;3、清理粪污。",
                 "2.落实整改措施，做到三个到位。1.责任到位;2.措施到位;3.时限到位。"]:
        assert split_run_on_items([line]) == [line]
    assert split_run_on_items(["1.完善制度;2.落实责任;3.强化考核。"]) == [
        "1.完善制度;", "2.落实责任;", "3.强化考核。"]


# findings 5 and 6: a time limit, an age, a count, or numbers far apart are no bare item numbers
def test_bare_numbers_not_limits_counts_or_far_apart():
    for text in ["事故发生后 1小时内上报。 2小时内到达现场。",
                 "接到报警后 1分钟以内出警。 2公里范围设点。",
                 "重点对象：1周岁以下婴儿。 2岁以内幼儿。",
                 "办好民生实事：1件实事。\n（一）新建校舍。\n全县将新建 2栋教学楼。",
                 "1组织保障。" + "成立专班。" * 70 + " 2资金保障。安排资金。"]:
        assert bare_numbers(text) == text
    assert bare_numbers("二、保障措施 1组织保障。成立专班。\n2资金保障。安排资金。") == (
        "二、保障措施 1、组织保障。成立专班。\n2、资金保障。安排资金。")


# findings 7 and 8: 完成…任务 in the opening sets the plan's quantity, not a past result or a threshold
def test_finish_task_goal_not_past_results():
    plan = parse_text("某市2025年保障房建设工作方案\n上年度已完成新建保障房3000套任务，今年要完成新建保障房5000套任务，"
                      "特制定本方案。对没有完成30%年度任务的区，予以通报。\n一、主要任务\n"
                      "（一）加快项目开工，市住建局负责。\n（二）落实建设资金，市财政局负责。")
    assert [(t.value, t.unit) for t in plan.plan_targets] == [(5000.0, "套")]
    plan = parse_text("某县2024年植树工作方案\n2023年，全县累计完成植树造林4万亩任务。为确保圆满完成全年任务，"
                      "全力完成2024年全县6万亩植树造林任务。特制定本方案。\n一、主要任务\n"
                      "（一）落实造林地块，县林业局负责。\n（二）做好苗木供应，县林业局负责。")
    assert [(t.value, t.unit) for t in plan.plan_targets] == [(60000.0, "亩")]


# findings 9 and 10: one paragraph dividing duties after its units' colon, not an exhortation; its helpers kept
def test_one_paragraph_division_needs_a_duty_and_keeps_helpers():
    head = ("某县食品安全整治方案\n一、主要任务\n（一）整治校园周边，县市场监管局负责。\n"
            "（二）整治农贸市场，县商务局负责。\n")
    plan = parse_text(head + "二、职责分工\n各镇、各有关单位：务必高度重视，认真抓好落实。\n"
                      "三、工作要求\n各单位要高度重视。")
    assert [t.title for t in plan.tasks] == ["整治校园周边", "整治农贸市场"]
    plan = parse_text(head + "二、职责分工\n"
                      "县卫健委、县市场监管局：负责食品安全监管，各乡镇、县公安局配合。")
    task = plan.tasks[-1]
    assert (task.lead_units, task.responsible_units) == (["县卫健委", "县市场监管局"], ["各乡镇", "县公安局"])


# finding 11: 「X负责，Y参加」 as 「X负责，Y配合」
def test_takes_part_makes_the_other_the_lead():
    plan = parse_text("某县爱国卫生工作方案\n一、主要任务\n（一）开展病媒消杀（县卫健委负责，各乡镇卫生院参加）。\n"
                      "（二）开展环境整治（县住建局负责，各村参加）。")
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["县卫健委"], ["各乡镇卫生院"]), (["县住建局"], ["各村"])]
