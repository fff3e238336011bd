"""Round 43, p43a: structure on page openings (tasks not found on a page cut from a site)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.page_openings import lost_first_bracket, site_list_number

# -- 1. a later page that opens at item 2, each item a heading line over its own paragraph --------------------------

PAGE_FIVE = ("植树节活动方案范文有哪些?( 三 )\n"
             "2、开展“绿化家园”义务植树行动 。\n"
             "由镇农业服务中心组织党员群众在村道两侧补植苗木,新植树木500株 。\n"
             "3、开展“认养一棵树”志愿服务活动 。\n"
             "由镇机关党委组织干部职工到公园认养树木,落实管护责任 。\n"
             "4、开展“护绿宣传”进校园活动 。\n"
             "由镇中心学校组织各班召开主题班会,开展爱绿护绿宣传 。\n")


def test_a_paged_site_title_over_items_each_with_its_paragraph():
    tasks = parse_text(PAGE_FIVE).tasks
    assert [t.number for t in tasks] == ["2", "3", "4"]
    assert tasks[0].text.startswith("开展“绿化家园”")
    assert tasks[2].responsible_units == ["镇中心学校"]


def test_the_same_items_under_a_plain_sentence_stay_preamble():
    text = PAGE_FIVE.replace("植树节活动方案范文有哪些?( 三 )", "为搞好今年植树节活动,现提出以下几点。")
    assert not [t for t in parse_text(text).tasks if t.number == "2"]


def test_a_numbered_list_under_an_annex_line_stays_no_task():
    text = PAGE_FIVE.replace("植树节活动方案范文有哪些?( 三 )", "附件:1、植树节活动安排表")
    assert not [t for t in parse_text(text).tasks if t.number == "2"]


def test_a_page_title_whose_items_do_not_go_on_stays_preamble():
    # (2、 then 5、: no run of numbers going on from the page's first item)
    text = PAGE_FIVE.replace("3、开展“认养", "5、开展“认养").replace("4、开展“护绿", "7、开展“护绿")
    assert not [t for t in parse_text(text).tasks if t.number == "2"]


# -- 2. an activity's content field over numbered items of work, beside its time field ----------------------------

CONTENT = ("某区2023年文明创建志愿服务活动方案\n"
           "一、开展文明交通志愿服务活动\n"
           "(一)活动时间\n"
           "2023年5月1日—6月30日。\n"
           "(二)活动内容\n"
           "1、路口劝导。组织志愿者在主要路口劝导行人文明过马路。\n"
           "责任单位:区公安分局、区文明办\n"
           "2、车站引导。在公交站点开展文明乘车引导。\n"
           "责任单位:区交通委\n"
           "二、开展环境整治志愿服务活动\n"
           "(一)活动时间\n"
           "2023年5月1日—6月30日。\n"
           "(二)活动内容\n"
           "1、清理河道垃圾。组织志愿者清理河道两岸垃圾。\n"
           "2、清扫背街小巷。组织志愿者清扫背街小巷卫生死角。\n")


def test_a_content_fields_numbered_items_are_tasks_and_the_time_field_none():
    tasks = parse_text(CONTENT).tasks
    assert [t.path + [t.number] for t in tasks] == [
        ["一", "二", "1"], ["一", "二", "2"], ["二", "二", "1"], ["二", "二", "2"]]
    assert tasks[0].responsible_units == ["区公安分局", "区文明办"]
    assert tasks[1].responsible_units == ["区交通委"]


def test_an_activitys_numbered_fields_stay_one_task():
    text = ("某街道重阳节活动方案\n一、活动安排\n(一)敬老文艺汇演\n1、时间:10月23日上午\n2、地点:街道文化中心\n"
            "3、承办单位:街道文化站\n4、活动内容:组织辖区文艺团队为老年人演出。\n"
            "(二)走访慰问\n1、时间:10月23日下午\n2、地点:辖区各社区\n3、承办单位:街道民政科\n")
    tasks = parse_text(text).tasks
    assert len(tasks) == 2
    assert tasks[0].responsible_units == ["街道文化站"]


def test_a_safety_field_with_numbered_measures_stays_the_activitys_text():
    text = ("某镇元宵灯会活动方案\n一、灯会安排\n(一)活动时间\n2月5日晚\n(二)活动地点\n镇文化广场\n"
            "(三)安全防范措施\n1.设置安全通道。\n2.配备消防器材。\n")
    tasks = parse_text(text).tasks
    assert len(tasks) == 1


# -- 3. a page opening inside the first part: the paragraphs before its first （二） are item （一） ---------------

LOST = ("某某法规网\n某市人民政府办公室关于转发市文明办学雷锋活动方案的通知\n"
        "  活动期间,市文明办将组织市级志愿服务组织在人民广场开展集中服务活动。\n"
        "  各县(区)要结合实际开展形式多样的宣传活动。\n"
        "  (二)进社区活动。\n  各社区要组织志愿者开展便民服务。\n"
        "  (三)进农村活动。\n  各乡镇要组织志愿者开展送医送药活动。\n")


def test_paragraphs_before_the_pages_first_second_point_are_its_first():
    assert "（一）活动期间" in lost_first_bracket(LOST)
    tasks = parse_text(LOST).tasks
    assert len(tasks) == 3 and tasks[0].text.startswith("活动期间")


def test_a_preamble_before_the_second_point_stays_preamble():
    text = LOST.replace("活动期间,市文明办将组织", "为弘扬雷锋精神,市文明办将组织")
    assert lost_first_bracket(text) == text


def test_points_that_do_not_go_on_from_the_second_stay_as_printed():
    text = LOST.replace("(三)进农村活动", "(八)进农村活动")
    assert lost_first_bracket(text) == text


def test_a_first_point_that_lost_only_its_opening_bracket_is_not_doubled():
    text = ("某村人居环境整治重点任务?\n一)\n厕所革命\n各村要推进户厕改造。\n(二)\n垃圾治理\n各村要清运垃圾。\n"
            "(三)\n污水治理\n各村要治理污水。\n")
    assert lost_first_bracket(text) == text


# -- 4. the site's list number before the plan's title ---------------------------------------------------------------

LISTED = ("  1. 某镇防汛工作实施方案\n  发布时间:2024-06-01 来源:党政办\n  某镇防汛工作实施方案\n"
          "  一、组织领导\n  成立镇防汛工作领导小组,由镇长任组长。\n  二、工作措施\n"
          "  1、排查隐患\n  各村要全面排查山塘水库隐患。\n"
          "  2、值班值守\n  镇应急办要落实24小时值班。\n")


def test_the_sites_number_before_the_repeated_title_is_no_item():
    assert site_list_number(LISTED).startswith("  某镇防汛工作实施方案\n")
    assert not any(t.number == "1" and not t.path for t in parse_text(LISTED).tasks)


def test_a_numbered_title_under_an_annex_line_stays():
    text = "附件:\n1. 某镇防汛工作实施方案\n2. 防汛责任表\n某镇防汛工作实施方案\n一、工作措施\n"
    assert site_list_number(text) == text


def test_a_numbered_plan_with_no_title_again_stays():
    text = LISTED.replace("  某镇防汛工作实施方案\n  一、", "  一、")
    assert site_list_number(text) == text
