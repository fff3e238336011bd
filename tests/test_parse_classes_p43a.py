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
