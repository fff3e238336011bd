"""Round 46 (p46e): titles read whole where a page breaks or buries them (``desktop.core.parse.titles``) — a title
broken after its first half, the second line opening with a conjunction or ending the work the first line's verb
opens; a title over three short lines at the text's top; a site's column word (活动方案) over the own title; a news
item's 「印发《X》。全文如下:」 over the text's own title X."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

NEWS = "广东某市2020年度水污染防治攻坚实施计划\n日前,广东某市印发《某市2020年度水污染防治攻坚实施计划》。全文如下:\n"
BODY = "为进一步加强管理，提高工作水平，结合本地实际，制定本方案。\n一、工作目标\n全面完成各项任务。\n"


@pytest.mark.parametrize(("head", "title"), [
    # a conjunction opens the second line: the two lines are one title
    ("某市历史街区\n和传统村落保护条例\n", "某市历史街区和传统村落保护条例"),
    ("某县城乡环境\n及河道综合整治规定\n", "某县城乡环境及河道综合整治规定"),
    # the first line opens the title with its verb, the second (short) ends it with the work it names
    ("某县文化馆开展5·18博物馆日\n系列主题宣传活动\n", "某县文化馆开展5·18博物馆日系列主题宣传活动"),
])
def test_a_title_broken_after_its_first_half_is_read_whole(head, title):
    assert parse_text(head + BODY).title == title


@pytest.mark.parametrize(("head", "title"), [
    # near misses: an issuer's name over the title, a whole title over a subtitle, no verb and no conjunction
    ("某县人民政府\n和平街道整治工作\n", "某县人民政府"),
    ("某县文化馆开展读书月活动方案\n系列主题宣传活动\n", "某县文化馆开展读书月活动方案"),
    ("某县文化馆读书日\n系列主题宣传活动\n", "某县文化馆读书日"),
])
def test_a_first_line_that_stands_alone_is_not_joined(head, title):
    assert parse_text(head + BODY).title == title


def test_a_title_over_three_short_lines_at_the_top_is_read_whole():
    head = "某市非物质文化遗产一**茶叶种植系统\n示范园开园暨“春茶节”首采\n活动筹备方案\n"
    assert parse_text(head + BODY).title == "某市非物质文化遗产一**茶叶种植系统示范园开园暨“春茶节”首采活动筹备方案"


def test_an_issuers_line_over_a_two_line_title_stays_out():
    head = "某某县人民政府办公室\n推进“一次办好”改革\n工作方案\n"
    assert parse_text(head + BODY).title == "推进“一次办好”改革工作方案"


def test_a_sites_column_word_over_the_own_title_is_passed_over():
    head = "活动方案\n\n某乡镇安全生产宣传月实施方案\n\n发布时间:2023-09-17 17:12:20\n\n"
    assert parse_text(head + BODY).title == "某乡镇安全生产宣传月实施方案"


def test_a_column_word_alone_stays_the_title():
    assert parse_text("工作方案\n" + BODY).title == "工作方案"


def test_a_news_items_headline_gives_way_to_the_text_it_reports():
    head = NEWS + "某市2020年度水污染防治攻坚实施计划\n"
    assert parse_text(head + BODY).title == "某市2020年度水污染防治攻坚实施计划"


def test_a_news_item_whose_text_opens_without_the_title_keeps_the_headline():
    assert parse_text(NEWS + BODY).title == "广东某市2020年度水污染防治攻坚实施计划"


# ---- a childless aims item at the plan's top, however numbered, is a section (task_choice._aims_point)

AIMS_RUN = ("某镇根治欠薪专项行动方案\n为切实保障劳动者合法权益，制定本方案。\n"
            "(一)指导思想。\n坚持标本兼治、综合治理，着力规范工资支付行为，切实保障劳动者权益。\n"
            "(二)目标任务。\n全面落实工资支付各方主体责任、部门监管责任和属地管理责任，确保欠薪问题得到有效治理。\n"
            "(一)镇劳动保障所负责全镇用人单位工资支付情况的排查处理，建立问题台账。\n"
            "(二)镇司法所负责欠薪纠纷的调解工作，引导劳动者依法维权。\n")


def test_an_aims_item_on_a_page_that_lost_its_top_level_is_no_task():
    titles = [t.text[:6] for t in parse_text(AIMS_RUN).tasks]
    assert len(titles) == 2 and all(not t.startswith(("指导思想", "目标任务")) for t in titles)


def test_a_cut_page_of_points_drops_its_aims_point():
    text = ("某镇农村道路交通安全整治实施方案\n为加强农村道路交通安全管理，制定本方案。\n"
            "一、指导思想与工作目标\n以科学发展观为指导，通过建立健全工作机制，有效预防和减少道路交通事故。\n"
            "二、组织领导\n成立镇农村道路交通管理办公室，负责全镇农村道路交通安全监督管理工作。\n"
            "三、工作职责\n镇政府加大宣传力度，建立健全工作机制，制定工作措施，认真组织整改。\n")
    assert [t.number for t in parse_text(text).tasks] == ["二", "三"]


def test_an_aims_item_that_names_its_doer_stays_a_task():
    # near miss: 「由镇劳动保障所负责…」 in the aims item names a doer by rule 2 (round 36)
    text = AIMS_RUN.replace("全面落实工资支付各方主体责任", "由镇劳动保障所负责落实工资支付各方主体责任")
    assert any(t.text.startswith("目标任务") for t in parse_text(text).tasks)


def test_a_plan_of_aims_items_only_keeps_them():
    # near miss: nothing else on the page is work — the items stay as read
    text = ("某镇根治欠薪专项行动方案\n(一)指导思想。\n坚持标本兼治、综合治理，着力规范工资支付行为，切实保障权益。\n"
            "(二)目标任务。\n全面落实工资支付各方主体责任、部门监管责任和属地管理责任，确保问题得到治理。\n")
    assert [t.text[:4] for t in parse_text(text).tasks] == ["指导思想", "目标任务"]


# ---- a site's file name in square brackets with a spammer's few words after it (site_titles.unwrapped)

def test_a_filed_name_with_stray_words_after_it_is_the_title():
    head = "[某县城区占道经营集中整治工作实施方案] XX美女\n\n某某文档网    时间: 2020-03-27 18:07:12\n\n"
    assert parse_text(head + BODY).title == "某县城区占道经营集中整治工作实施方案"


def test_a_filed_name_with_its_record_number_is_still_read():
    assert parse_text("[1711,2020年某镇清明祭扫活动实施方案]\n" + BODY).title == "2020年某镇清明祭扫活动实施方案"


# ---- a whole text on one line, a chunk's 1 run into a title that opens with its year (file_titles.FIRST_SENTENCE)

ONE_LINE = ("2024年社区2024年工作计划今年是全面贯彻落实党的二十大精神的关键之年,做好今年各项工作意义重大。"
            "社区上下要深入学习贯彻新思想,扎实推进各项工作,确保完成全年目标任务。一、工作目标 全面完成各项任务。")


def test_a_chunks_counter_before_a_years_title_is_left_out():
    assert parse_text("1" + ONE_LINE).title == "2024年社区2024年工作计划"


def test_a_title_run_into_its_opening_jinnian_shi_ends_at_its_plan_word():
    assert parse_text(ONE_LINE).title == "2024年社区2024年工作计划"


def test_an_aims_item_run_into_its_sentence_is_no_task():
    text = ("某区校园周边环境整治实施方案\n为优化校园周边环境，制定本方案。\n"
            "1、指导思想以新时代中国特色社会主义思想为指导，坚持以人民为中心，统筹力量、精准施策。\n"
            "2、重点任务在中小学校园周边200米范围内，全面排查问题、集中整治整改。\n"
            "3、实施步骤\n(1)排查整治阶段(2024年1月-2月)。各分局对照方案，开展全面排查，梳理问题清单。\n"
            "(2)集中整治阶段(2024年3月-5月)。各分局要对照问题清单开展全面整治，及时整改销号。\n")
    assert not any(t.text.startswith("指导思想") for t in parse_text(text).tasks)
    assert any(t.text.startswith("重点任务") for t in parse_text(text).tasks)


def test_a_heading_that_only_begins_with_an_aims_word_stays_a_task():
    # near miss: 「目标任务分解」 is no aims heading (two characters more), its item stays as read
    text = AIMS_RUN.replace("(二)目标任务。", "(二)目标任务分解。")
    assert any(t.text.startswith("目标任务分解") for t in parse_text(text).tasks)


def test_a_top_level_situation_of_facts_is_no_task():
    text = ("某街道民间划龙舟活动安全保卫方案\n(一)基本情况\n"
            "辖区各村上报参加活动的龙舟共16只，活动时间为6月14日至6月19日。\n"
            "(二)职能分工\n1、街道办事处负责活动的组织管理，督促安全保卫措施的落实。\n"
            "2、派出所负责活动的治安管理，维护现场秩序。\n")
    assert [t.text[:3] for t in parse_text(text).tasks] == ["街道办", "派出所"]


THEMED = ("某乡春节文化活动实施方案\n一、文化活动内容主题\n欢乐祥和、喜庆团圆、文明节俭。\n"
          "二、活动内容\n各村组织开展形式多样的文体活动，丰富群众节日文化生活。\n"
          "三、责任单位\n各村民委员会要精心策划，积极做好本村各项节目的筹备工作。\n")


def test_an_activitys_theme_point_is_no_task():
    assert [t.number for t in parse_text(THEMED).tasks] == ["二", "三"]


def test_a_point_that_opens_with_a_theme_word_and_runs_into_work_stays():
    # near miss: 「开展主题教育…」 run into its sentence is work, not the activity's theme
    text = THEMED.replace("一、文化活动内容主题\n欢乐祥和、喜庆团圆、文明节俭。",
                          "一、开展主题宣传活动，各村要组织开展移风易俗主题宣传，倡导文明节俭过年新风。")
    assert "一" in [t.number for t in parse_text(text).tasks]
