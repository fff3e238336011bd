"""Failure classes of tests/data/plans-next66/BASELINE.md (round 27, p61), each with made-up wordings of the same
shape and the near misses that must not fire (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import split_run_on_items
from desktop.core.parse.marks import bare_numbers, month_headings


def _keys(text: str) -> list[str]:
    return [t.key for t in parse_text(text).tasks]


# class 1: numbered items run on inside one line, each after the stop that ends the one before
def test_items_run_on_after_a_stop_are_items_of_their_own():
    assert split_run_on_items(["1、完善村级道路养护机制;2、开展河塘清淤整治;3、建立长效管护制度。"]) == [
        "1、完善村级道路养护机制;", "2、开展河塘清淤整治;", "3、建立长效管护制度。"]
    assert split_run_on_items(["3.修订考核办法。4.“红黑榜”每月通报。"]) == ["3.修订考核办法。", "4.“红黑榜”每月通报。"]


def test_figures_after_a_stop_are_no_run_on_items():
    for line in ["1、推进老旧小区改造,涉及1、2、3号楼;2、3月底前完成验收。",     # a month after the mark
                 "1、补助标准提高。1.5万元以内据实补助。",                        # an amount
                 "1、分批推进;第1、2批于2023年1月完成,按照1:1配套。",           # batches, a date, a ratio
                 "1、试点先行。3、5、7年分步推开。",                              # a run of figures
                 "1、完善制度;2.落实责任。",                                      # another mark: not the same list
                 "1、工作内容:1、开展排查;2、建立台账。"]:                         # a list of its own inside item 1
        assert split_run_on_items([line]) == [line]


def test_run_on_numbers_that_the_next_line_would_repeat_stay_in_their_line():
    lines = ["1、做好摸底;2、建立台账。", "2、开展整治。"]
    assert split_run_on_items(lines) == lines
    lines = ["1、做好摸底;2、建立台账。", "3、开展整治。"]
    assert split_run_on_items(lines) == ["1、做好摸底;", "2、建立台账。", "3、开展整治。"]


def test_a_plan_reads_its_run_on_items_with_their_own_units():
    text = ("某镇人居环境整治实施方案\n一、重点任务\n（一）整治内容\n"
            "1、完善村级道路养护机制;2、开展河塘清淤整治,由镇水利站负责;3、建立长效管护制度,2024年6月底前完成。\n"
            "（二）资金保障\n1.镇财政统筹安排。\n2.村级自筹。\n")
    plan = parse_text(text)
    by_key = {t.key: t for t in plan.tasks}
    assert ["一.一.1", "一.一.2", "一.一.3"] == [k for k in by_key if k.startswith("一.一.")]
    assert by_key["一.一.2"].responsible_units + by_key["一.一.2"].lead_units == ["镇水利站"]
    assert by_key["一.一.3"].deadline == "2024-06-30"
    assert by_key["一.一.1"].deadline is None


# class 1 (x66_06): items numbered with no mark after the number, a short heading and 。 after it
def test_bare_numbers_before_a_short_heading_are_item_numbers():
    text = "二、保障措施 1组织保障。成立工作专班。 2资金保障。县财政安排专项资金。 3督查考核。纳入年度考核。"
    assert bare_numbers(text) == ("二、保障措施 1、组织保障。成立工作专班。 2、资金保障。县财政安排专项资金。 "
                                  "3、督查考核。纳入年度考核。")


def test_counts_and_lone_numbers_are_no_bare_item_numbers():
    for text in ["全镇共建成 1个村。 2个社区。",              # a measure word after the number
                 "二、资金筹集 1政府补助。省财政安排资金。",      # one alone: no list
                 "完成 2季度。 3号楼。",
                 "2019年完成改造。2020年全面推开。",
                 "第1批。第2批。"]:
        assert bare_numbers(text) == text


# class 2 (x66_03): month headings over a term plan's items date them
def test_month_headings_over_items_are_the_items_months():
    text = ("学校工作计划\n根据上级要求,特制定2020-2021学年度第二学期工作计划。\n三月份：\n1、召开开学工作会议;\n"
            "2、开展教学常规检查;\n四月份：\n1、组织期中考试;\n2、迎接区督导评估;\n")
    plan = parse_text(text)
    assert [(t.key, t.deadline) for t in plan.tasks] == [
        ("三月份.1", "2021-03-31"), ("三月份.2", "2021-03-31"), ("四月份.1", "2021-04-30"), ("四月份.2", "2021-04-30")]


def test_an_autumn_plan_goes_on_into_january():
    lines = ["2023年秋季学期工作计划", "十二月:", "1.期末复习。", "一月:", "1.期末考试。"]
    assert month_headings(lines) == {1, 3}
    plan = parse_text("\n".join(lines) + "\n")
    assert [t.deadline for t in plan.tasks] == ["2023-12-31", "2024-01-31"]


def test_months_in_sentences_and_half_years_are_no_month_headings():
    assert month_headings(["2月份以来,各村推进。", "1、开展排查。", "3月份以来,持续整治。", "1、巩固成效。"]) == set()
    assert month_headings(["每月份:", "1、通报进度。", "上半年:", "1、完成摸底。"]) == set()
    assert month_headings(["三月份:", "1、开展排查。"]) == set()                          # one month: no schedule
    assert month_headings(["三月份:", "1、排查。", "九月份:", "1、验收。"]) == set()          # months far apart
    assert month_headings(["三月份:", "各村要做好准备。", "四月份:", "1、验收。"]) == set()    # no item under it


# class 3 (x66_02, x66_05, x66_08): a page's share and back links, a library's name, a document number after the title
def test_page_links_and_library_names_are_no_part_of_the_title():
    assert parse_text("返回\n春节期间安全生产检查方案\n\n为做好检查工作,特制定本方案。\n一、检查内容\n").title == \
        "春节期间安全生产检查方案"
    assert parse_text("政务微信\n政务微博\n×\n某市人民政府关于加快发展夜间经济的实施意见(某政〔2021〕12号)\n"
                      "来源:某市政府网\n为加快发展夜间经济,现提出如下意见。\n一、总体要求\n").title == \
        "某市人民政府关于加快发展夜间经济的实施意见"
    text = ("校园周边交通秩序整治工作方案\n\n校园周边交通秩序整治工作方案 为做好整治,特制定本方案。 一、工作目标 ……\n\n"
            "百度文库校园周边交通秩序整治工作方案\n")
    assert parse_text(text).title == "校园周边交通秩序整治工作方案"


def test_a_number_the_title_carries_out_stays_in_it():
    title = "关于落实国发〔2020〕8号文件的实施方案"
    assert parse_text(f"{title}\n一、总体要求\n").title == title


# class 5 (x66_04): role verbs after a label's units (参加 / 落实), as 牵头 and 配合 are
def test_role_verbs_after_a_labels_units_are_no_part_of_their_names():
    from desktop.core.parse.units import split_units
    assert split_units("县农业农村局牵头,县财政局、县审计局参加,各乡镇落实")[0] == [
        "县农业农村局", "县财政局", "县审计局", "各乡镇"]
    assert split_units("市交通局牵头,各街道具体落实")[0] == ["市交通局", "各街道"]
    assert split_units("抓好落实")[3] == ["抓好落实"]           # no unit before the verb: left as it is
