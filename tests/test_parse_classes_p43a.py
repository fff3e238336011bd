"""Round 43, p43a: structure on page openings (tasks not found on a page cut from a site)."""

from __future__ import annotations

from desktop.core.parse import parse_text

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
