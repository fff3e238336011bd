"""Numbering styles of the item level that real plans use besides 1. 1、 1． (found by
tests/test_parse_variants.py): Word's and WPS's 「1)」 list format written 1） or 1) (read as （1）
where the plan writes no （1）, parser4's round 6), and the articles 第一条 第二条 … of 若干措施 /
实施细则, which run on across sections."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

PLAN = ("某区为老服务实施方案\n一、重点任务\n"
        "{a}建设老年助餐点。年内新建助餐点12个。（牵头单位：区民政局；责任单位：各街道）\n"
        "{b}开展适老化改造。完成困难老人家庭改造300户。（牵头单位：区残联；责任单位：区住建委）\n"
        "二、保障措施\n"
        "{c}百名社工培养项目。（牵头单位：区民政局）\n"
        "{d}千名志愿者招募项目。（牵头单位：团区委）\n")


def units(plan):
    return [(t.lead_units, t.responsible_units) for t in plan.tasks]


EXPECTED = [(["区民政局"], ["各街道"]), (["区残联"], ["区住建委"]), (["区民政局"], []), (["团区委"], [])]


# 1） restarts under each section (read as the （1） level where the plan writes no （1）, see
# tests/test_parse_classes_more.py); articles run on across the sections
@pytest.mark.parametrize("a,b,c,d", [
    ("1）", "2）", "1）", "2）"), ("1)", "2)", "1)", "2)"), ("1.", "2.", "1.", "2."),
    ("第一条　", "第二条　", "第三条　", "第四条　"), ("第一条", "第二条", "第三条", "第四条")])
def test_paren_and_article_numbering_are_items(a, b, c, d):
    plan = parse_text(PLAN.format(a=a, b=b, c=c, d=d))
    assert units(plan) == EXPECTED
    assert [t.title for t in plan.tasks][2].startswith("百名社工")


def test_a_number_after_a_closing_bracket_is_the_items_first_word():
    # 「2）121人才梯队项目」: after 2） a digit does not make the marker a decimal
    text = ("人才工程实施方案\n一、项目\n1）领军人才项目。（牵头单位：市委组织部）\n"
            "2）121人才梯队项目。（牵头单位：市人社局）\n")
    plan = parse_text(text)
    assert [t.title for t in plan.tasks] == ["领军人才项目", "121人才梯队项目"]


@pytest.mark.parametrize("line", ["2022）年度计划已下达。", "根据第三条规定，各街道要抓好落实。"])
def test_a_year_before_a_bracket_or_an_article_cited_is_no_item(line):
    text = f"实施方案\n一、重点任务\n1.建设助餐点。（牵头单位：区民政局）\n{line}\n"
    plan = parse_text(text)
    assert len(plan.tasks) == 1 and plan.tasks[0].lead_units == ["区民政局"]


# -- a list of its own inside a digit item (round 22, marks.sub_list_numbers: one rule for a line and for lines) --

def _outline(text: str) -> list[tuple[int, str, str]]:
    from desktop.core.parse.headings import build_items
    return [(i.kind, ".".join([*i.path, i.number]), i.body[:4]) for i in build_items(text).items]


def test_sub_list_numbers_reads_a_list_opened_after_a_colon_inside_the_other_mark():
    from desktop.core.parse.marks import sub_list_numbers
    text = "2、加强宣传。\n3、分类管理。对象分为两类：\n1.低风险企业。\n2.高风险企业。\n4、强化督查。"
    assert sub_list_numbers(text) == \
        "2、加强宣传。\n3、分类管理。对象分为两类：\n（1）低风险企业。\n（2）高风险企业。\n4、强化督查。"
    # the same list run into one line
    assert sub_list_numbers("。 3、分类管理。对象分为两类:1.低风险企业。 2.高风险企业。 4、强化督查") == \
        "。 3、分类管理。对象分为两类:（1）低风险企业。 （2）高风险企业。 4、强化督查"
    # the same mark as the item's is the plan's own list; a figure is no mark; no colon, no list
    for same in ("3、分类管理：\n1、低风险企业。\n2、高风险企业。", "3、分类管理，时间为：1.5个月。",
                 "3、分类管理。\n1.低风险企业。\n2.高风险企业。", "附件：1.任务清单\n2.指标表"):
        assert sub_list_numbers(same) == same
    # under （一） the 1. items are the plan's: only a digit item holds such a list
    assert sub_list_numbers("（一）分类管理：\n1.低风险企业。") == "（一）分类管理：\n1.低风险企业。"


def test_a_sub_list_under_an_item_is_its_items_on_lines_and_in_one_line():
    lined = "一、主要任务\n1、宣传发动。开展宣传。\n2、分类管理。对象可分为两类：\n1.低风险企业，每年检查一次。\n" \
            "2.高风险企业，每季检查一次。\n3、强化督查。开展督查。\n"
    assert _outline(lined) == [(1, "一", "主要任务"), (3, "一.1", "宣传发动"), (3, "一.2", "分类管理"),
                               (4, "一.2.1", "低风险企"), (4, "一.2.2", "高风险企"), (3, "一.3", "强化督查")]
    # with a blank line between the paragraphs, as a web page copies them
    assert _outline(lined.replace("\n", "\n\n")) == _outline(lined)
    run_in = "某县方案 1、宣传发动。开展宣传。 2、分类管理。对象可分为两类:1.低风险企业,每年检查一次。" \
             " 2.高风险企业,每季检查一次。 3、强化督查。开展督查。"
    assert [k for k, _key, _b in _outline(run_in)] == [3, 3, 4, 4, 3]
