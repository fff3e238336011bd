"""Failure classes of tests/data/plans-next28/ BASELINE.md (and the titles it shares with -next26/-next13) taken in
round 22 (parser29), each with made-up wordings of the same shape (the real cases are scored by
tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.meta import find_title

# -- 1. titles on document and essay sites ---------------------------------------------------------------------


def test_a_compilation_tail_with_its_own_words_is_not_the_title():
    text = ("手机阅读\n\n垃圾分类推进方案(实用6篇)\n\n格式:DOC 上传日期:2024-03-01 页码:5\n"
            "垃圾分类推进方案(实用6篇)\n\n以下是小编整理的方案,希望对大家有帮助。\n\n垃圾分类推进方案篇二\n\n"
            "为推进生活垃圾分类,结合实际,制定本方案。\n一、工作目标\n")
    assert find_title(text) == "垃圾分类推进方案"


def test_a_compilation_counted_in_chinese_numerals():
    text = "农村改厕工作方案（汇总十篇）\n\n农村改厕工作方案\n为推进农村改厕,制定本方案。\n一、目标\n"
    assert find_title(text) == "农村改厕工作方案"
    assert find_title("某某工作方案\n某某工作方案（三篇汇编）\n为推进…,特制定本方案。\n") == "某某工作方案"


def test_a_compilation_files_first_article_names_the_document():
    text = ("社区防疫专项行动方案(四篇汇编).docx\n-\n资源ID:123\n全文页数:20页\n"
            "社区防疫专项行动方案(四篇汇编).docx\n"
            "街道开展社区消杀防疫工作实施方案一、指导思想以人民健康为中心,坚持预防为主,全面落实各项防控措施,"
            "进一步压实属地责任,切实做好社区消杀防疫工作,确保辖区群众生命安全和身体健康。二、工作目标\n")
    assert find_title(text) == "街道开展社区消杀防疫工作实施方案"


def test_a_title_over_two_lines_at_the_top_of_the_text():
    text = ("某市打造“一次办好”营商服务品牌\n创建营商环境示范市三年行动方案\n"
            "为深入贯彻落实优化营商环境条例,制定本方案。\n一、指导思想\n")
    assert find_title(text) == "某市打造“一次办好”营商服务品牌创建营商环境示范市三年行动方案"


def test_a_page_heading_above_a_full_title_is_not_joined():
    text = "资讯详情\n中共某省委某省人民政府关于做好乡村振兴重点工作的实施意见\n为做好…,提出如下意见。\n一、总体要求\n"
    assert find_title(text) == "中共某省委某省人民政府关于做好乡村振兴重点工作的实施意见"


def test_an_annexed_plan_in_a_run_in_page_two():
    body = "经研究,定于2012年5月至9月在全省开展整治行动。" * 8
    text = (f"|\n[接上页] 某某厅 二〇一二年四月三日 附件: 某江干流非法采砂专项整治工作方案 根据省政府部署,{body}"
            " 一、指导思想 深入贯彻…\n")
    assert parse_text(text).title == "某江干流非法采砂专项整治工作方案"


def test_an_annex_list_in_a_run_in_line_is_no_title():
    body = "现将有关事项通知如下。" * 30
    assert find_title(f"{body}附件:1.某某工作方案 2.某某清单根据…\n") == ""


def test_a_preview_chunk_number_before_a_run_in_title():
    first = ("1、某县建筑施工企业安全风险分级管控实施方案为建立安全风险分级管控机制,落实企业主体责任,"
             "坚决防范重特大事故,根据上级文件要求,特制定本方案。一、工作目标年底前建立风险数据库"
             + "。进一步完善隐患排查治理制度" * 6)
    text = first + "\n2、排查治理制度。二、主要任务(一)全面开展风险辨识。企业要以装置为单元开展辨识。\n"
    assert find_title(text) == "某县建筑施工企业安全风险分级管控实施方案"
