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
          "三、工作要求1 加强领导、精心组织各成员单位要充分认识行动的重要性,明确任务,落实责任,"
          "并将方案报领导小组办公室。"
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


# ---- titles of page openings ----

BODY = ("各镇人民政府,县政府各部门:\n"
        "为做好有关工作,现将有关事项通知如下:\n"
        "一、工作任务\n(一)县自然资源局负责组织开展调查,确保按期完成。\n(二)县财政局负责保障工作经费。\n")


def test_letterhead_issuer_is_no_part_of_the_title():
    text = "某政办发〔2018〕58号\n某某县人民政府办公室\n关于开展全县土地调查的通知\n" + BODY
    plan = parse_text(text)
    assert plan.title == "关于开展全县土地调查的通知"
    assert plan.issuer == "某某县人民政府办公室"


def test_page_heading_naming_issuer_and_title_keeps_them_together():
    # near miss: the page's own heading above names the issuer with the title
    text = ("某某县人民政府办公室关于开展全县土地调查的通知\n某政办发〔2018〕58号\n某某县人民政府办公室\n"
            "关于开展全县土地调查的通知\n" + BODY)
    assert parse_text(text).title == "某某县人民政府办公室关于开展全县土地调查的通知"


def test_site_watermark_is_no_title_line():
    text = ("2019年植树活动方案\n\n本文由某某范文网收集整理\n\n2019年植树活动方案\n\n" + BODY)
    assert parse_text(text).title == "2019年植树活动方案"


def test_site_column_before_the_title_on_the_first_line():
    text = ("安全生产工作方案 某镇安全隐患百日排查工作方案\n\n某镇安全隐患百日排查工作方案 为做好安全生产工作,"
            "特制定本方案。\n一、工作任务。(一)镇安监办负责组织排查。\n(二)镇派出所负责道路整治。\n")
    assert parse_text(text).title == "某镇安全隐患百日排查工作方案"


def test_shop_name_in_brackets_at_the_head_of_the_text():
    text = ("【某校校园安全工作实施方案(12页)】为加强校园安全管理,特制定本方案。\n一、工作任务\n"
            "(一)学校保卫处负责门卫管理。\n(二)学校后勤处负责食堂管理。\n")
    assert parse_text(text).title == "某校校园安全工作实施方案"


# ---- a first （一） garbled into another character ----

def test_garbled_first_bracket_number_before_its_second():
    text = ("一、工作目标。确保全镇道路安全。\n二、整治重点。(他)违法行为整治。镇派出所要加强路面管控。\n"
            "(二)重点路段整治。镇交管站要排查隐患。\n(三)宣传教育。镇宣传办要开展宣传。\n")
    got = keys(parse_text(text))
    assert "二/一" in got and "二/二" in got and "二/三" in got


def test_bracketed_note_stays_text():
    from desktop.core.parse.marks import garbled_first_numbers
    # near miss: a note's mark (注) and a bracketed character with no （二） after it are no numbers
    text = "一、要求。(注)本表由各村填写。\n二、安排。(甲)组负责巡查。\n"
    assert garbled_first_numbers(text) == text
