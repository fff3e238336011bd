"""Failure classes of tests/data/plans-next22/ and -next23/ BASELINE.md taken in round 20 (parser26), each with
made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.script import fold
from desktop.core.parse.targets import find_targets

_BODY = ("一、工作任务\n（一）开展排查。各村要对辖区内重点部位开展排查，建立台账。\n"
         "（二）加强宣传。各学校要通过家长会等形式开展宣传教育。\n")


# -- 1. titles on document sites --------------------------------------------------------------------------

def test_a_title_doubled_with_a_sites_separator_is_taken_once():
    text = ("乡20年秋冬季森林防火工作方案.docx\n"
            "《乡20年秋冬季森林防火工作方案.docx》由会员分享,可在线阅读,更多相关《乡20年秋冬季森林防火工作方案.docx(4页珍藏版)》"
            "请在某某文库上搜索。\n"
            "1、乡20年秋冬季森林防火工作方案_ 乡 20_ 年秋冬季森林防火工作方案 为切实做好森林防火工作,结合我乡实际,"
            "特制定本方案。一、工作任务 (一)开展排查。各村要对林区开展排查。(二)加强宣传。各村要开展宣传。\n")
    assert parse_text(text).title == "乡20年秋冬季森林防火工作方案"


def test_a_download_pages_own_title_written_twice_after_its_note():
    text = ("區重點項目推進行動計劃(6頁).doc\n下載文檔\n上傳人:李***\n編號:123456\n2024-03-01\n6頁\n12.00KB\n"
            "1、某區重點工程推進行動計劃(區府辦印) 某區重點工程推進行動計劃 為加快推進全區重點工程建設,特制定本計劃。"
            "一、工作任務 (一)加快前期。各部門要加快前期工作。(二)加強調度。各部門要加強調度。\n")
    assert parse_text(text).title == "某區重點工程推進行動計劃"


def test_an_essay_sites_article_heading_with_its_length():
    text = ("您的当前位置:某某范文网>范文大全>2023年某乡秋季征兵工作方案(精选文档)\n\n"
            "2023年某乡秋季征兵工作方案(精选文档)\n\n下面是小编为大家整理的2023年某乡秋季征兵工作方案(精选文档),供大家参考。\n\n"
            "某乡秋季征兵工作方案(986字)\n\n为做好今年秋季征兵工作,结合我乡实际,制定本方案。\n" + _BODY)
    assert parse_text(text).title == "某乡秋季征兵工作方案"


def test_a_sites_selected_document_tail_is_dropped():
    text = "2024年某镇河道保洁工作方案(精品文档)\n\n为加强河道保洁,制定本方案。\n" + _BODY
    assert parse_text(text).title == "2024年某镇河道保洁工作方案"


def test_a_collection_heading_above_its_download_link_is_not_the_title():
    text = ("乡村文明建设方案\n\n合集下载\n\n移风易俗工作实施方案\n\n移风易俗工作实施方案\n\n"
            "为推进移风易俗,结合我镇实际,制定本方案。\n" + _BODY)
    assert parse_text(text).title == "移风易俗工作实施方案"


def test_the_plans_own_title_over_two_lines_adds_a_word_to_the_notices_name():
    text = ("关于印发《某镇燃气安全宣传工作方案》的通知\n各村、镇属各单位:\n现将《某镇燃气安全宣传工作方案》印发给你们,"
            "请认真抓好落实。\n某镇人民政府\n2024年3月2日\n某镇燃气安全隐患排查整治宣传\n工作方案\n"
            "为增强群众安全意识,制定本方案。\n" + _BODY)
    assert parse_text(text).title == "某镇燃气安全隐患排查整治宣传工作方案"


def test_the_notices_name_is_kept_where_the_body_only_adds_the_county():
    text = ("关于印发《某乡2023年度安全生产“三个清单”》的通知\n各村、乡属各单位:\n根据县里要求,重新修订"
            "《某县某乡2023年度安全生产“三个清单”》,现印发给你们,请认真贯彻落实。\n" + _BODY)
    assert parse_text(text).title == "某乡2023年度安全生产“三个清单”"


def test_a_stray_mark_before_a_run_in_title_is_dropped():
    text = (".城区内涝治理工作实施方案为进一步提升城区排涝能力,保障群众生命财产安全,结合实际,"
            "制定城区内涝治理工作实施方案。"
            "一、工作任务(一)开展排查。各街道要开展排查。(二)加强巡查。各街道要加强巡查。\n")
    assert parse_text(text).title == "城区内涝治理工作实施方案"


# -- 2. units: 「…由县X局负责组织」 and a unit leading its duties with a colon ------------------------------------

def test_an_item_ending_by_a_unit_in_charge_names_it_responsible():
    text = ("二、工作安排\n（一）分类组织\n1.在校学生由县教育局负责组织;\n2.企业职工由县人社局具体负责;\n"
            "3.各类人员要按时参加;\n")
    tasks = parse_text(text).tasks
    assert [t.responsible_units for t in tasks] == [["县教育局"], ["县人社局"], []]
    assert all(t.lead_units == [] for t in tasks)


def test_a_unit_leading_its_duties_with_a_colon_in_a_run_in_section():
    text = ("某镇防汛工作方案\n为做好防汛工作,特制定本方案。一、指导思想坚持人民至上,切实保障群众生命安全。"
            "二、工作职责各村要在镇政府统一领导下,各司其职,共同做好防汛工作。水利站:负责水库巡查;及时报告险情;"
            "农业服务中心:负责农田排涝。\n")
    tasks = parse_text(text).tasks
    assert [t.responsible_units for t in tasks] == [["水利站", "农业服务中心"]]


def test_a_roster_with_colons_is_no_division_of_work():
    text = "某镇防汛工作方案\n一、工作职责各村要做好防汛工作。组长:某某;副组长:某某。\n二、工作要求各村要按时报告。\n"
    assert all(t.responsible_units == [] for t in parse_text(text).tasks)


# -- 3. items cut or merged on a page, and counts -----------------------------------------------------------

def test_the_pages_heading_written_again_starts_a_second_text():
    text = ("防汛安全工作方案\n\n（一）加强领导。学校要成立工作小组。\n\n（二）落实责任。学校要签订责任书。\n\n"
            "防汛安全工作方案\n\n1.提高认识。各学校要提高认识。\n\n2.加强巡查。各学校要加强巡查。\n")
    tasks = parse_text(text).tasks
    assert len(tasks) == 4
    assert [t.path for t in tasks][-2:] == [[], []]


def test_a_later_page_opening_mid_list_under_the_sites_heading():
    text = ("某镇2020年春季征兵工作实施方案\n5.体格检查。应征青年要按时到县体检站体检。\n"
            "6.政治考核。各村要配合做好政治考核。\n五、工作要求\n（一）加强领导。各村要加强领导。\n")
    tasks = parse_text(text).tasks
    assert len(tasks) == 3
    assert tasks[0].text.startswith("体格检查")


def test_run_in_aims_sections_are_no_tasks_beside_the_work():
    text = ("某乡秸秆禁烧工作方案\n为做好禁烧工作,制定本方案。一、指导思想坚持预防为主,切实改善空气质量。"
            "二、工作目标实现全乡秸秆零焚烧。三、工作措施各村要落实网格化管理,加强巡查。\n")
    tasks = parse_text(text).tasks
    assert len(tasks) == 1 and tasks[0].text.startswith("工作措施")


# -- 4. targets in traditional characters and a background date --------------------------------------------

def test_counted_things_wholly_done_are_targets():
    for text, want in (("推進36個民生工程、120項民生實事全部完成。", [(36.0, "个"), (120.0, "项")]),
                       ("推动25个重点项目如期开工。", [(25.0, "个")])):
        assert [(t.value, t.unit) for t in find_targets(fold(text), 2024)] == want, text


def test_a_whole_wholly_done_is_no_target():
    assert find_targets("全市15个区全面完成普查。", 2024) == []


def test_an_age_or_birth_by_a_date_is_no_deadline():
    assert find_deadlines("男青年为2019年12月31日前年满18至22周岁", 2020) == []
    assert find_deadlines("2015年6月30日前出生的儿童", 2016) == []
    assert [d.date for d in find_deadlines("2020年6月30日前完成体检", 2020)] == ["2020-06-30"]


# a converter's copy that prints 一、二、三、 as 1、2、3、, run into one line, with a colon-introduced 1. 2. list
# inside 3、
def test_a_colon_introduced_list_in_the_other_mark_is_under_its_item():
    text = ("某县老年人健康服务方案为推动老年人健康服务,结合我县实际,特制定本方案。 "
            "1、工作目标到年底服务覆盖率达到80%以上。 2、服务内容提供上门随访服务。 "
            "3、工作任务明确服务对象服务对象分为两类:1.高龄老人,主要指80岁以上老年人。 "
            "2.失能老人,主要指生活不能自理的老年人。\n")
    tasks = parse_text(text).tasks
    assert [t.path for t in tasks][-2:] == [["3"], ["3"]]
    assert tasks[-2].text.startswith("高龄老人")


def test_one_list_in_both_marks_stays_one_list():
    text = ("一、工作任务\n1、开展排查。各村要开展排查。\n2.加强宣传。各村要加强宣传:\n3、落实责任。各村要落实责任。\n")
    assert len(parse_text(text).tasks) == 3
