"""Mends of the r5m review (score tables, decimal numbering, opening roles, daily duties): made-up wordings of
each class and near-misses that must not fire."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def tasks(text):
    return [(t.number, t.title, [x.value for x in t.targets], t.deadline and str(t.deadline), t.lead_units,
             t.responsible_units) for t in parse_text(text).tasks]


# ---- score tables: a target / time / unit column stays in the row's text (r5m 1, 1b)

@pytest.mark.parametrize("head", ["目标值", "指标值", "目标", "预期值", "年度目标"])
def test_a_score_tables_target_column_is_the_rows_target(head):
    text = (f"区2025年营商环境考核方案\n一、考核指标\n考核指标 | {head} | 权重\n"
            "政务服务事项网办率 | 95% | 20\n群众满意率 | 98% | 10\n")
    got = tasks(text)
    assert [(n, tg) for n, _t, tg, *_ in got] == [("1", [95.0]), ("2", [98.0])]
    assert all(20.0 not in tg and 10.0 not in tg for _n, _t, tg, *_ in got)      # the weights are no targets


@pytest.mark.parametrize("head", ["完成时限", "完成时间", "时间节点"])
def test_a_score_tables_time_column_is_the_rows_deadline(head):
    text = (f"县2025年目标责任考核方案\n一、考核内容\n考核项目 | 分值 | {head}\n"
            "完成植树造林5000亩 | 10 | 2025年6月底前\n建设苗圃2个 | 10 | 2025年9月底前\n")
    assert [(n, d) for n, _t, _tg, d, *_ in tasks(text)] == [("1", "2025-06-30"), ("2", "2025-09-30")]


def test_a_score_tables_section_column_stays_with_the_row():
    text = ("县2025年目标责任考核方案\n一、考核内容\n考核项目 | 分值 | 责任股室 | 完成时限\n"
            "完成植树造林5000亩 | 10 | 县林业局造林股 | 2025年6月底前\n建设苗圃2个 | 10 | 林政股 | 2025年9月底前\n")
    got = tasks(text)
    assert [d for _n, _t, _tg, d, *_ in got] == ["2025-06-30", "2025-09-30"]
    # (round 30: 股 ends a unit's name — a county bureau's section — so the 责任股室 cell is the row's units)
    assert got[1][5] == ["林政股"] and "10" not in got[1][1].replace("2025", "")


def test_a_score_table_without_those_columns_keeps_only_the_work():
    text = ("镇河长制考核细则\n一、考核内容\n序号 | 考核内容 | 分值 | 备注\n1 | 河长巡河 | 20 | 以台账为准\n"
            "2 | 水质达标 | 30 | 以监测为准\n")
    assert [t for _n, t, *_ in tasks(text)] == ["河长巡河", "水质达标"]


# ---- score tables: only marks are cut from a standard (r5m 2)

@pytest.mark.parametrize("rule,kept", [
    ("每月统计1次分类数据，按时报送区城管局，缺1次扣1分", "每月统计1次分类数据"),
    ("扣押物品全部登记造册，未登记的每件扣0.5分", "扣押物品全部登记造册"),
    ("合计10处以上隐患全部整改，少1处扣2分", "合计10处以上隐患全部整改"),
    ("设计3套方案报审，未完成不得分", "设计3套方案报审"),
])
def test_work_in_a_score_standard_is_kept(rule, kept):
    text = f"区考核方案\n一、考核内容\n序号 | 考核项目 | 考核标准 | 分值\n1 | 某项工作 | {rule} | 10\n"
    title = tasks(text)[0][1]
    assert kept in title and "扣" not in title.replace("扣押", "") and "不得分" not in title


@pytest.mark.parametrize("mark", ["扣2分", "扣减5分", "每次扣 1 分", "计5分", "计 2.5 分", "加分", "得分按比例计算"])
def test_marks_in_a_score_standard_are_still_cut(mark):
    text = f"区考核方案\n一、考核内容\n序号 | 考核项目 | 考核标准 | 分值\n1 | 某项工作 | 按时完成，{mark} | 10\n"
    assert tasks(text)[0][1] == "某项工作：按时完成"


# ---- decimal numbering: a date range at a line's start is no heading (r5m 7)

def test_a_date_range_under_a_decimal_scheme_is_no_decimal_heading():
    text = ("县2025年城乡环境整治工作方案\n一、工作任务\n1.推进垃圾治理。\n1.1 开展垃圾清运，县城管局负责。\n"
            "1.2 开展垃圾分类，县住建局负责。\n2.推进污水治理。\n2.1 建设管网，县水务局负责。\n二、时间安排\n"
            "{r}为排查阶段。\n")
    for r in ("1.1至3.31", "4.1到6.30", "1.1 至 3.31"):
        got = tasks(text.format(r=r))
        assert [n for n, *_ in got if "." in n] == ["1.1", "1.2", "2.1"], r


def test_decimal_headings_followed_by_words_still_count():
    text = ("县方案\n一、工作任务\n1.1至关重要的垃圾清运，县城管局负责。\n1.2到村入户宣传，县住建局负责。\n")
    assert [n for n, *_ in tasks(text)] == ["1.1", "1.2"]


# ---- 「X牵头。<work>」: the lead, then the work (r5m 3)

@pytest.mark.parametrize("first", ["（一）县应急局牵头，县公安局配合：开展道路交通安全整治。",
                                   "（一）县应急局牵头，县公安局配合，开展道路交通安全整治。",
                                   "（一）县应急局牵头：开展道路交通安全整治。"])
def test_a_lead_alone_as_its_own_sentence_leads_the_item(first):
    text = (f"县安全生产专项整治工作方案\n一、整治任务\n{first}\n"
            "（二）县住建局牵头。开展建筑施工安全整治，2025年6月底前完成。\n"
            "（三）县水利局牵头。2025年6月底前完成水库除险加固。\n")
    got = tasks(text)
    assert got[1][4] == ["县住建局"] and got[1][1].startswith("开展建筑施工安全整治")
    assert got[2][4] == ["县水利局"] and "牵头" not in got[2][1]


@pytest.mark.parametrize("item", ["（二）坚持政府牵头。形成合力。", "（二）建立部门牵头。各乡镇配合落实。",
                                  "（二）县住建局牵头。"])
def test_no_lead_from_a_principle_or_a_bare_line(item):
    text = f"县方案\n一、整治任务\n（一）县应急局牵头：开展道路交通安全整治。\n{item}\n"
    got = tasks(text)
    assert all(u not in ("政府", "部门") for t in got for u in t[4] + t[5])


# ---- a daily sending, not a daily meeting or watch that is reported on (r5m 8)

@pytest.mark.parametrize("s", ["每日下午召开碰头会并报告情况", "每日安排专人值守并报告", "每天召开调度例会并上报进展",
                               "每日安排人员巡山并报告"])
def test_a_daily_meeting_or_watch_is_no_daily_sending(s):
    plan = parse_text(f"县防火工作方案\n一、重点任务\n（一）{s}。\n")
    assert not [d for d in plan.duties if d.every == "day"]


@pytest.mark.parametrize("s", ["每日16时前报送火情动态", "每天17时前向镇禁烧办报告巡查情况", "每日向镇林业站报告1次",
                               "实行日报告、零报告制度"])
def test_a_daily_sending_is_still_read(s):
    plan = parse_text(f"县防火工作方案\n一、重点任务\n（一）{s}。\n")
    assert [d for d in plan.duties if d.every == "day"]
