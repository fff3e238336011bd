"""Round 35 page-opening classes (p35g): pages from outside the plans' home province, their furniture and odd
numbering. Items numbered 「1 」「2 」 inside a one-line page (a space where the mark should stand); a title run into
the first line of a one-line page, a space after it. Made-up snippets written the way such pages are written."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.marks import spaced_numbers


def keys(plan):
    return ["/".join([*t.path, t.number]) for t in plan.tasks]


# ---- items numbered with a space for their mark, inside one line ----

SPACED = ("各单位要认真总结,防止反弹。一、工作重点主要抓好:1 清理以招工为名的非法中介活动。对涉及的场所一律取缔;"
          "严惩组织者。2 查处规模较大的窝点。摧毁其网络。3 加强对外来务工人员的宣传教育。二、组织领导"
          "三、工作要求1 加强领导、精心组织各成员单位要充分认识行动的重要性,明确任务,落实责任,并将方案报领导小组办公室。"
          "2 密切配合、形成合力各有关部门要依据职责加强协作,互通情况,形成整治合力,不得推诿")


def test_spaced_item_numbers_in_a_line_are_items():
    plan = parse_text(SPACED)
    got = keys(plan)
    assert "一/1" in got and "一/2" in got and "一/3" in got
    # the first item run into its section's heading (工作要求1 加强…) opens that section's list
    assert "三/1" in got and "三/2" in got
    assert plan.tasks[0].title.startswith("清理以招工为名")


def test_spaced_counts_and_lone_numbers_stay_text():
    # a count with its measure word (2 个), a lone 2 with no 1 before it, a number at a line start (a table's row)
    text = "全镇已建成:1 个服务中心。另有页数:2 大小11KB。\n1 总则\n2 组织体系\n"
    assert spaced_numbers(text) == text
    # 1 and 2 far apart (a figure in one paragraph, another in a later one) are no run
    far = "目标:1 抓好宣传。" + "各村要认真落实。" * 40 + "要求:2 强化督查。"
    assert spaced_numbers(far) == far


def test_spaced_numbers_become_marks():
    assert spaced_numbers("重点:1 清理整顿。2 查处窝点。") == "重点:1、清理整顿。2、查处窝点。"


# ---- a title run into the first line of a one-line page, a space after it ----

RUN_ON = ("20XX 某县消防安全宣传月活动方案 消防安全宣传月就要到了,为做好宣传工作,现将有关事项通知如下。"
          "各乡镇人民政府、县直各单位:一、活动主题。全民参与,共筑防线。二、活动内容。(一)县消防救援大队负责开展"
          "消防知识进社区活动,组织宣讲不少于10场。(二)县教育局负责在各中小学开展疏散演练。三、工作要求。各单位要"
          "高度重视,精心组织,明确专人负责,做好宣传资料的印制和发放,加强对重点场所的检查指导,及时发现和消除各类隐患,"
          "确保活动取得实效,并于月底前将活动总结报县消防救援大队。")


def test_title_run_into_a_one_line_page():
    plan = parse_text(RUN_ON)
    assert plan.title == "20XX 某县消防安全宣传月活动方案"


def test_short_opening_line_is_no_run_in_title():
    # a page of short lines: the first line's words before a space are no title by this rule
    text = "某镇 工作方案 说明\n一、活动主题。全民参与。\n二、工作要求。各村要高度重视。\n"
    assert parse_text(text).title != "某镇 工作方案"
