"""Round 36 page-opening classes (p36b): a numbered heading run into the end of the line before it; a rule's
chapters and articles run into one line with no stop before them; item numbers that lost their brackets 「一针对…」
「二县…」 (round 36 ruling: item numbers); unit-colon bullets 「●市X局：负责…」 with no heading; a viewer's buttons and
a document site's page list taken for the title. Made-up snippets written the way copied pages are written."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.run_in_headings import split_run_in_headings, unmarked_numbers
from desktop.core.parse.run_on_articles import split_run_on_articles


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


# --- 1. a heading run into the end of the line before it ----------------------------------------------------------

RUN_IN = ("关于做好暑假期间学生安全工作的通知\n"
          "各乡镇中心学校：\n"
          "为确保学生度过一个平安的假期，现就有关工作通知如下。\n"
          "一、落实安全责任\n"
          "各中心学校要负责落实假期安全管理责任，明确分工，确保校园稳定。二、开展安全教育\n"
          "各学校要组织开展一次防溺水专题教育，覆盖全体学生。\n")


def test_heading_run_in_after_the_stop_is_its_own_task():
    got = by_key(parse_text(RUN_IN))
    assert set(got) == {"一", "二"}
    assert got["一"].responsible_units == ["各中心学校"]
    assert got["二"].title.startswith("开展安全教育")


def test_missing_number_between_two_headings_is_set_at_a_line_start():
    lines = ["一、加强领导", "各部门要落实责任。二、强化宣传", "各村要开展宣传。", "三、严格考核", "县考核办负责。"]
    assert split_run_in_headings(lines) == ["一、加强领导", "各部门要落实责任。", "二、强化宣传", "各村要开展宣传。",
                                            "三、严格考核", "县考核办负责。"]


def test_a_number_after_a_word_or_before_a_number_stays_text():
    # 「第二、三批」 after a word; 「。二、三产业」 a number after the mark: no heading
    lines = ["一、加强领导", "做好第二、三批项目的申报。二、三产业融合发展要加快。", "三、严格考核"]
    assert split_run_in_headings(lines) == lines
    # the next number already at a line start: nothing is missing
    lines = ["一、加强领导", "各部门要落实责任。二、强化宣传", "二、强化宣传", "各村要开展宣传。"]
    assert split_run_in_headings(lines) == lines


def test_the_page_number_between_a_title_and_its_first_heading():
    text = ("2022年秋季开学工作方案2022年秋季开学工作方案1一、合理安排开学时间 根据防控要求，开学时间调整如下："
            "1.高三年级8月25日报到。2.其他年级8月31日报到。二、做好开学准备工作 1.完善工作制度。各学校要落实晨午检"
            "制度，做好因病缺课登记。2.开展环境整治。各学校要组织开展校园环境卫生整治。")
    got = by_key(parse_text(text))
    assert {"一/1", "一/2", "二/1", "二/2"} <= set(got)


# --- 2. a rule's chapters and articles run into one line ------------------------------------------------------------

RULE = ("1/3某县村级保洁员管理暂行办法第一章总则第一条为加强农村环境卫生管理，结合我县实际，制定本办法。"
        "第二条本办法适用于全县各村保洁员。第二章保洁员选聘第三条保洁员由村民委员会推荐，报乡镇人民政府审核。"
        "第四条保洁员应当具备以下条件1、身体健康；2、责任心强。第三章管理考核第五条乡镇人民政府负责保洁员的日常"
        "考核。第六条县环卫站负责业务指导。")


def test_articles_after_a_chapter_title_with_no_stop_are_split():
    out = split_run_on_articles(RULE).split("\n")
    starts = [ln[:4] for ln in out]
    assert "第一条为" in starts and "第三条保" in starts and "第五条乡" in starts and "第六条县" in starts
    got = by_key(parse_text(RULE))
    # (articles are numbered by their value: 第五条 → 5)
    assert got["5"].responsible_units == ["乡镇人民政府"]
    assert got["6"].responsible_units == ["县环卫站"]


def test_an_article_named_in_a_sentence_stays_text():
    text = ("某办法第一章总则第一条为规范管理制定本办法。按照本办法第三章有关规定第五条所列情形处理，具体由乡镇负责"
            "实施和监督，各村做好配合工作，确保落实到位。")
    assert split_run_on_articles(text) == text


# --- 3. numbers that lost their brackets ----------------------------------------------------------------------------

BARE = ("某县禁毒宣传教育工作方案\n"
        "一、指导思想\n"
        "坚持预防为主，广泛开展禁毒宣传。\n"
        "二、主要工作\n"
        "一针对新型毒品蔓延的形势，县公安局负责组织开展娱乐场所禁毒宣传，知晓率要达到95%。\n"
        "二县教育局要组织开展中小学生毒品预防教育，做到课时到位。\n"
        "(三)县卫健局负责开展戒毒医疗宣传。\n")


def test_bare_numbers_before_the_bracketed_next_are_items():
    got = by_key(parse_text(BARE))
    assert set(got) == {"二/一", "二/二", "二/三"}
    assert got["二/一"].responsible_units == ["县公安局"]
    assert got["二/一"].title.startswith("针对新型毒品")


def test_one_bare_number_alone_and_grades_stay_text():
    lines = ["二、落实措施", "一要抓好安全生产工作，制定防范措施。"]
    assert unmarked_numbers(lines) == lines
    lines = ["三、奖励标准", "一等奖：给予奖励5万元每个项目。", "二等奖：给予奖励3万元每个项目。"]
    assert unmarked_numbers(lines) == lines
    lines = ["二、主要工作", "一是加强宣传教育工作的力度。", "二是加强督查检查工作的力度。"]
    assert unmarked_numbers(lines) == lines


def test_run_of_bare_numbers_under_a_section_are_bracketed():
    lines = ["二、主要工作", "一要抓好安全生产工作，制定防范措施。", "二要抓好卫生防疫工作，落实消毒制度。"]
    assert unmarked_numbers(lines) == ["二、主要工作", "（一）要抓好安全生产工作，制定防范措施。",
                                       "（二）要抓好卫生防疫工作，落实消毒制度。"]


# --- 4. unit-colon bullets with no heading ----------------------------------------------------------------------------

BULLETS = ("●市教育局:负责制定研学旅行配套文件，加强对中小学校的指导。\n"
           "●市公安局:负责做好研学旅行出行安全保障工作。\n"
           "●市财政局:负责根据工作实际予以必要的经费保障。\n"
           "●团市委:组织志愿者协助做好研学旅行活动。\n")


def test_unit_colon_bullets_each_name_their_doer():
    plan = parse_text(BULLETS)
    units = [u for t in plan.tasks for u in t.responsible_units]
    assert units == ["市教育局", "市公安局", "市财政局", "团市委"]


# --- 5. titles -----------------------------------------------------------------------------------------------


def test_read_aloud_button_is_no_part_of_the_title():
    plan = parse_text("朗读\n某街道端午节龙舟活动安全保卫方案\n一、加强领导\n街道办事处负责统筹协调。\n"
                      "二、落实安保\n派出所负责现场秩序维护。\n")
    assert plan.title == "某街道端午节龙舟活动安全保卫方案"


def test_preview_end_line_is_never_the_title():
    plan = parse_text("全文预览已结束\n下载本文档\n某镇农贸市场整治工作方案\n一、整治内容\n"
                      "镇市场监管所负责清理占道经营。\n二、工作要求\n各村要做好配合。\n")
    assert plan.title == "某镇农贸市场整治工作方案"


def test_page_list_suffix_dropped_from_title():
    plan = parse_text("某县护林员管理暂行办法_第1页\n某县护林员管理暂行办法_第2页\n一、管理职责\n"
                      "县林业局负责护林员的日常管理。\n二、考核\n乡镇林业站负责考核。\n")
    assert plan.title == "某县护林员管理暂行办法"
