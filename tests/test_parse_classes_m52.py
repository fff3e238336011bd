"""Round 52 review mends (m52): made-up texts in the shapes rv52 found, each with its near miss.

The 的-rule walks a chain of 的-phrases in a loop; the run-on duty table's header stands at its line's head, its task
cells hold words of work and a header word is never a unit cell; a contingency inside a breaker topic stays held;
a projects-first list whose lines each give a body its work keeps its items; a piece header under which the page's
own title line stands is no title; the place before a cover's shortened name is no scope or apparatus word."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.opening_subjects import opening_subject
from desktop.core.parse.spaced_rows import spaced_run_table
from desktop.core.parse.titles import find_title

# --- opening_subjects: the 的-rule in a loop --------------------------------------------------------------------------


def test_a_long_chain_of_de_phrases_gives_the_name_after_the_last():
    assert opening_subject("老旧小区所在地的" * 6000 + "街道办事处应当组织居民议事。", set()) == ["街道办事处"]
    # (two phrases past the 30-character window of one: the name after the last 的)
    assert opening_subject("位于老城区核心地段的商业综合体项目所在街道辖区内的区市场监管部门应当加强巡查。", set()) \
        == ["区市场监管部门"]


def test_a_body_another_picks_is_the_name_after_its_de():
    # (Round 60 rulings citing round 40 「市政府确定的机构」 → 机构: 确定／指定 describe the body, no stop)
    assert opening_subject("市政府指定的区卫健委应当牵头做好救治工作。", set()) == ["区卫健委"]
    assert opening_subject("县政府确定的县医保局应当做好接收工作。", set()) == ["县医保局"]


def test_de_rule_near_misses_stay():
    # a body another sets up, a duty's phrase 「负责…的」: no name
    assert opening_subject("县政府成立的县安全生产委员会应当统筹协调。", set()) == []
    assert opening_subject("负责项目审批的区发展改革部门应当加强监管。", set()) == []


# --- spaced_rows: the header at its line's head -----------------------------------------------------------------------

_ROWS = "工作任务 责任单位 完成时间 开展村庄清洁行动 县农业农村局 6月底前 推进农村厕所改造 县卫健局 县住建局 12月底前"


def test_a_header_after_annex_and_its_title_or_at_the_head_reads_rows():
    found = spaced_run_table(["附件1 县农村人居环境整治任务分工表 " + _ROWS], 0)
    assert found is not None and found[0][0] == "附件1 县农村人居环境整治任务分工表"
    assert "责任单位:县卫健局、县住建局" in found[0][2]
    found = spaced_run_table([_ROWS], 0)
    assert found is not None and len(found[0]) == 2


def test_a_header_inside_a_sentence_is_no_table():
    assert spaced_run_table(["各乡镇要对照 " + _ROWS], 0) is None
    assert spaced_run_table(["请于每月5日前填报附表，内容包括 " + _ROWS], 0) is None


def test_a_row_of_figures_ends_the_rows():
    line = "附件 工作任务 责任单位 完成时间 开展村庄清洁行动 县农业农村局 6月底前 350 420 县卫健局 12月底前 " \
           "推进农村厕所改造 县住建局 12月底前"
    assert spaced_run_table([line], 0) is None


def test_a_header_printed_again_is_no_unit_cell():
    lines = ["附件 工作任务 责任单位 完成时间 开展村庄清洁行动 推进厕所改造工作 做好统计"] * 2
    found = spaced_run_table(lines, 0)
    assert found is None or not any("责任单位" in w.split("(", 1)[-1] for w in found[0][1:])


# --- case_clauses: a contingency inside a breaker topic --------------------------------------------------------------

_POINT = ("某县2024年燃气安全专项整治工作方案\n一、总体要求\n全面落实各项工作。\n二、重点任务\n"
          "（一）强化燃气企业管理。{x}\n三、保障措施\n加强督查。\n")


def _units(x: str) -> list[list[str]]:
    return [t.lead_units + t.responsible_units for t in parse_text(_POINT.format(x=x)).tasks]


def test_a_contingency_in_a_breaker_topic_stays_held():
    assert _units("督促企业落实主体责任，对未按规定完成改造且确有困难的燃气企业，由县住建局核实后予以延期。") == [[]]
    assert _units("督促企业落实主体责任，对违规经营且发生事故时拒不配合的燃气企业，由县住建局责令停业整顿。") == [[]]


def test_a_breaker_topic_with_no_contingency_keeps_its_doer():
    assert _units("督促企业落实主体责任，对违规经营情节严重的燃气企业，由县住建局依法吊销其经营许可证。") \
        == [["县住建局"]]


# --- given_lists: projects first over lines that each give a body its work ----------------------------------------

_RULE = ("某县水利工程建设管理办法\n第一条 为加强水利工程建设管理，制定本办法。\n第二条 县水利局负责全县水利工程的监督"
         "管理。\n{x}\n第四条 本办法自发布之日起施行。\n")


def _numbers(article: str) -> list[str]:
    return [t.number for t in parse_text(_RULE.format(x=article)).tasks if t.path == ["3"]]


def test_projects_first_lines_each_with_a_doer_stay_items():
    art = ("第三条 下列工程的建设任务，按以下分工推进：\n（一）县水利局负责实施中小河流治理工程；\n"
           "（二）县农业农村局负责实施高标准农田水利工程。")
    assert _numbers(art) == ["一", "二"]


def test_projects_first_lines_naming_classes_fold():
    art = ("第三条 下列工程的初步设计，由县水利局负责审批：\n（一）总投资500万元以下的小型水利工程；\n"
           "（二）由县政府确定实行简易程序的村级供水改造工程。")
    assert _numbers(art) == []


# --- titles: a piece header over the page's own title; the place before a shortened name --------------------------

_TEXT = "为切实做好防汛工作，特制定本方案。\n一、工作目标\n确保安全度汛。\n二、工作任务\n（一）县水利局负责巡查。\n"


def test_a_bracket_over_the_pages_own_title_is_no_piece_header():
    assert find_title("热门文章\n【2022年防汛应急预案演练方案】\n某镇2024年防汛工作方案\n" + _TEXT) \
        == "某镇2024年防汛工作方案"


def test_a_piece_header_with_no_title_below_holds():
    assert find_title("防汛知识问答\n【某镇2024年防汛工作方案1】\n" + _TEXT) == "某镇2024年防汛工作方案"


_COVER = ("某县水利局文件\n某水发〔2024〕3号\n某县水利局\n关于印发县防汛专班工作方案的通知\n各乡镇(街道)：\n"
          "现将方案印发给你们，请遵照实施。\n某县水利局\n2024年5月6日\n{own}\n为做好防汛工作，特制订本方案。\n"
          "一、工作目标\n确保安全度汛。\n")


def test_a_scope_or_apparatus_word_before_the_name_is_no_place():
    assert find_title(_COVER.format(own="印发县防汛专班工作方案")) == "县防汛专班工作方案"
    assert find_title(_COVER.format(own="本县县防汛专班工作方案")) == "县防汛专班工作方案"


def test_a_place_before_the_name_holds():
    assert find_title(_COVER.format(own="德清县防汛专班工作方案")) == "德清县防汛专班工作方案"
