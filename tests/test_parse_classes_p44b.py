"""Page openings whose item numbers the copy damaged (round 44, helper p44b): a last item whose opening bracket the
page lost after a first item run into its section heading; a first item whose 「(一)」 the page lost between its
section's heading and 「(二)」; a site's file line 「…方案 1.docx」 read as item 1.; a time heading run into the
text before it and into its date on a one-line page 「…健康生活三、活动时间年6月13日至20日四、宣传内容」."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import line_marker
from desktop.core.parse.headings import build_items


def titles(plan):
    return [t.title for t in plan.tasks]


LOST_LAST = ("镇卫生月活动方案\n二、活动时间\n本次活动时间为:4月1日至4月30日。三、活动内容(一)动员部署。\n"
             "召开全镇动员会,印发宣传资料,张贴宣传标语,营造全民参与的浓厚氛围。\n"
             "二)集中整治。\n1、各村组织村民清理房前屋后的垃圾杂物。\n2、镇环卫所清运集镇主要街道的积存垃圾。\n"
             "四、工作要求\n1、加强领导。各村要高度重视。\n2、加强督查。镇督查组每周督查一次。\n")


def test_a_last_item_that_lost_its_opening_bracket_after_a_run_in_first_item():
    plan = parse_text(LOST_LAST)
    got = titles(plan)
    assert any(t.startswith("动员部署") for t in got)
    # the second item's points stand under it, not under the section
    assert any("清理房前屋后" in t for t in got)
    assert not any(t.startswith("活动内容") for t in got)


def test_a_half_bracket_with_no_full_bracket_number_before_it_stays_text():
    # 「二)」 with no 「(一)」 just above: no item list runs on, the line stays a paragraph
    text = ("镇卫生月活动方案\n一、活动内容\n召开全镇动员会,印发宣传资料。\n二)集中整治。\n"
            "各村组织村民清理房前屋后的垃圾杂物。\n二、工作要求\n各村要高度重视。\n")
    plan = parse_text(text)
    assert not any(t.startswith("集中整治") for t in titles(plan))


def test_a_half_bracket_whose_number_stands_in_full_brackets_stays_text():
    # 「(二)」 is printed in full elsewhere: the half one is no lost bracket
    text = ("镇卫生月活动方案\n一、活动内容\n(一)动员部署。召开全镇动员会。\n(二)集中整治。各村清理垃圾。\n"
            "二)另附清单。\n二、工作要求\n各村要高度重视。\n")
    plan = parse_text(text)
    got = titles(plan)
    assert any(t.startswith("动员部署") for t in got) and any(t.startswith("集中整治") for t in got)
    assert not any(t.startswith("另附清单") for t in got)


LOST_FIRST = ("镇消防宣传月活动方案\n一、活动主题\n守护平安,共建和谐。\n二、活动时间\n11月1日至11月30日。\n"
              "三、活动内容\n\n开展集中宣传。镇安委会组织各村召开消防宣传月工作部署会,部署消防宣传工作。\n\n"
              "(二)开展主题宣传活动。各村在集市设置消防宣传点,发放宣传资料。\n")


def test_a_paragraph_of_work_between_a_section_heading_and_its_item_two_is_item_one():
    plan = parse_text(LOST_FIRST)
    got = titles(plan)
    assert any(t.startswith("开展集中宣传") for t in got) and any(t.startswith("开展主题宣传活动") for t in got)


def test_a_lead_in_before_item_two_stays_the_sections_text():
    # 「…如下:」 ends no sentence of work: no item (一) is made of it
    text = LOST_FIRST.replace("开展集中宣传。镇安委会组织各村召开消防宣传月工作部署会,部署消防宣传工作。",
                              "为确保活动取得实效,镇安委会安排部署各项工作,具体内容如下:")
    plan = parse_text(text)
    assert not any(t.startswith("为确保") for t in titles(plan))


def test_item_numbers_that_run_on_across_sections_are_kept():
    # the last bracket before the heading is 「(一)」: 「(二)」 goes on from it, the paragraph is the section's own
    text = ("镇消防宣传月活动方案\n一、工作目标\n(一)全镇不发生较大火灾事故,群众消防知识知晓率明显提高。\n"
            "二、工作内容\n\n全镇上下要高度重视消防宣传工作,把各项措施落到实处。\n\n"
            "(二)开展主题宣传活动。各村在集市设置消防宣传点,发放宣传资料。\n")
    plan = parse_text(text)
    assert not any(t.startswith("全镇上下") for t in titles(plan))


FILE_PAGE = ("文档名称:\n\n2019年安全生产月活动方案 1.docx\n\n格式:docx   大小:20KB   页数:4页\n\n"
             "2019年安全生产月活动方案 1.docx\n\n上传人:abc123 2020/5/6\n\n文档介绍\n\n"
             "文档介绍:2019年安全生产月活动方案各乡镇人民政府,县直各部门:为进一步强化安全发展理念,县政府决定在6月开展"
             "安全生产月活动。现就有关要求通知如下。一、活动主题防风险、除隐患、遏事故。二、活动时间即日起至6月30日。"
             "三、活动内容紧紧围绕活动主题,组织开展各项宣传活动。(一)开展安全宣传咨询日活动。各乡镇要在集镇设置咨询点。"
             "(二)开展应急演练活动。各企业要组织开展应急疏散演练。\n")


def test_a_number_before_a_files_extension_is_no_item():
    assert line_marker("1.docx") is None and line_marker("2.pdf") is None
    assert line_marker("1.加强组织领导") == (3, "1", 1, 2) and line_marker("2.推广docx模板") == (3, "2", 2, 2)
    plan = parse_text(FILE_PAGE)
    got = titles(plan)
    assert any(t.startswith("开展安全宣传咨询日活动") for t in got)
    assert any(t.startswith("开展应急演练活动") for t in got)
    assert not any(t.startswith("docx") for t in got)


ONE_LINE = ("市食品安全宣传方案为提高群众食品安全知识水平,决定在全市开展宣传周活动,制定本方案。"
            "一、指导思想以科学监管理念为指导,贴近实际、贴近群众,广泛开展宣传。二、活动主题人人关心食品安全,家家享受健康生活三、活动时间{when}6月13日至20日"
            "四、宣传内容(一)宣传食品安全法律法规;(二)宣传食品安全科普知识。五、宣传形式(一)举行宣传周启动仪式。"
            "宣传周首日各区举行启动仪式,发放宣传资料。")


def test_a_time_heading_run_into_the_text_before_it_and_into_its_date_is_a_section():
    for when in ("年", "2012年"):
        plan = parse_text(ONE_LINE.format(when=when))
        got = titles(plan)
        assert any(t.startswith("举行宣传周启动仪式") for t in got), (when, got)
        assert any(t.startswith("宣传食品安全科普知识") for t in got), (when, got)


def test_a_run_in_heading_that_is_no_time_heading_before_a_figure_stays_text():
    # 「三、活动地点6号广场」: only a time heading is known by the date that follows it; another stays in the line
    text = ONE_LINE.format(when="年").replace("三、活动时间年6月13日至20日", "三、活动地点6号广场")
    sections = [i.body for i in build_items(text).items if i.kind == 1]
    assert not any(b.startswith("活动地点") for b in sections)
    assert any(b.startswith("活动时间") for b in (i.body for i in build_items(ONE_LINE.format(when="年")).items))
