"""Failure classes of tests/data/plans-next38 (page openings from outside Shanghai) taken in round 24 (p36): a page
whose sections only say what the plan is for, covers and who leads it (no task yet), an essay site's post line and
compilation headings, a document shop's watermark before a one-line text, and a figure in 万 with no unit (a scorer
notation). Each class with made-up wordings of other plans, and near-misses that must stay as they were."""
from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.parse import parse_text
from desktop.core.parse.titles import find_title

sys.path.insert(0, str(Path(__file__).parent))
from parse_score import _norm_target, _target_match  # noqa: E402


def _titles(plan) -> list[str]:
    return [t.title for t in plan.tasks]


# -- a page cut before the work: sections of aims, scope, content and time, a leading group -------------------

def test_sections_of_aims_scope_and_a_leading_group_are_no_tasks():
    page = "\n".join([
        "某县第三次全国土壤普查实施方案",
        "一、普查目的",
        "全面查清全县土壤类型及分布规律，为耕地保护提供依据。",
        "二、普查范围和对象",
        "全县耕地、园地、林地、草地等农用地。",
        "三、普查时间",
        "2023年至2025年。",
        "四、领导小组",
        "组长：某某 副组长：某某",
    ])
    assert parse_text(page).tasks == []


def test_a_section_of_work_among_them_keeps_the_sections_as_tasks():
    page = "\n".join([
        "某县第三次全国土壤普查实施方案",
        "一、普查目的",
        "全面查清全县土壤类型及分布规律，为耕地保护提供依据。",
        "二、普查时间",
        "2023年至2025年。",
        "三、做好外业调查采样",
        "各乡镇组织调查队伍，按照技术规程完成样点调查和采样工作。",
    ])
    assert any(t.startswith("做好外业调查采样") for t in _titles(parse_text(page)))


def test_a_content_section_alone_may_hold_the_work():
    page = "\n".join([
        "某街道2024年读书月活动方案",
        "一、活动目的",
        "营造全民阅读氛围。",
        "二、活动内容",
        "组织读书分享会、亲子阅读和好书推荐活动，评选书香家庭。",
    ])
    assert any(t.startswith("活动内容") for t in _titles(parse_text(page)))


# -- essay and document-shop pages --------------------------------------------------------------------------

def test_a_posts_dated_line_is_no_title_and_the_compilation_nearest_the_text_names_it():
    page = "\n\n".join([
        "社区消防安全工作方案精选八篇",
        "工作方案2021-05-12某某老师",
        "2021年社区消防安全工作实施方案精选八篇",
        "为切实做好社区消防安全工作，结合实际，制定本方案。",
        "一、工作目标",
    ])
    assert find_title(page) == "2021年社区消防安全工作实施方案"


def test_a_title_above_a_post_line_stays():
    page = "\n\n".join([
        "某镇2021年社区消防安全工作实施方案",
        "发布时间：2021-05-12",
        "为切实做好社区消防安全工作，结合实际，制定本方案。",
    ])
    assert find_title(page) == "某镇2021年社区消防安全工作实施方案"


def test_a_compilations_heading_without_a_count_is_no_title():
    page = "\n".join([
        "村级卫生工作计划与村级卫生管理的工作计划汇编",
        "下载后可任意编辑 村级卫生工作计划与村级卫生管理的工作计划汇编 第 3 页 共 8 页 下载后可任意编辑 "
        "某村卫生工作计划 一、工作目标 全面改善村容村貌，巩固卫生村创建成果，群众满意率逐年提高。"
        "二、主要措施 (一)开展环境整治。",
    ])
    assert find_title(page) == "某村卫生工作计划"


def test_a_one_line_text_without_a_watermark_keeps_its_first_sentence():
    line = ("某村卫生工作计划 一、工作目标 全面改善村容村貌，巩固卫生村创建成果，群众满意率逐年提高。"
            "二、主要措施 (一)开展环境整治。")
    assert find_title(line) == "某村卫生工作计划"


# -- a figure in 万 with no unit: 万 is its multiplier, whichever way an answer writes it --------------------

def test_a_bare_wan_is_its_multiplier():
    assert _norm_target(48, "万") == ([480000.0], "")
    assert _norm_target(3, "万元") == ([30000.0], "元")
    assert _norm_target(2, "千瓦") == ([2.0], "千瓦")


def test_a_bare_wan_answer_matches_the_parsers_figure_only():
    plan = parse_text("某县人口计划\n一、工作目标\n年末全县总人口控制在36万以内。\n二、主要任务\n1、加强服务。")
    assert _target_match(plan.plan_targets, 36, "万")
    assert not _target_match(plan.plan_targets, 36, "万元")


# -- 日 and 天 are one measure to the scorer (Round 54); 工作日 stays another ------------------------------------


def test_ri_and_tian_are_one_measure_but_a_working_day_is_not():
    assert _norm_target(30, "日") == _norm_target(30, "天") == ([30.0], "天")
    assert _norm_target(15, "个工作日") == ([15.0], "个工作日")
    assert _norm_target(5, "工作日") != _norm_target(5, "天")
