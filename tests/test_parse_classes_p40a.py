"""Round 40 (p40a), page structure: a plan run onto one or two lines by a document site (its chunk openers 「1、」
「2、」 chrome), whose sections follow each other inline — the next section run into the date that ends a time
section, items that open with their day 「2、3月5日开展…」; then the other structure classes of round 39's blind
sets. Made-up snippets written the way such pages are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import line_marker, split_inline


def _tasks(text: str) -> dict[str, object]:
    return {t.key: t for t in parse_text(text).tasks}


# a sharing site's preview: the file name, then the plan in the site's chunks, each a long line run together
SITE = """某镇关于开展植树护绿活动的实施方案.doc

资源描述:

《某镇关于开展植树护绿活动的实施方案.doc》由会员上传分享,免费在线阅读,更多相关内容在应用文档-文库

1、某镇关于开展“3.12”植树护绿志愿活动实施方案为倡导绿色低碳的生活方式,营造人人爱绿护绿的良好氛围,镇团委研究决定在3月份集中开展植树护绿系列活动,现将方案制定如下:一、活动主题开展“3.12”植树护绿志愿活动。二、活动时间2019年3月1日—3月30日三、活动目的以3月12日“植树节”为契机,组织广大团员青年和志愿者积极参与义务植树,营造浓

2、厚氛围,引导全镇青年争做绿色家园的建设者。四、活动内容1、3月3日开展义务植树志愿活动;2、3月9日开展“绿色家园”宣传进社区活动。3、3月12日开展“植树节”主题签名活动;4、3月20日开展古树名木认养活动;5、3月28日评选表彰护绿先进个人
"""


def test_site_chunks_with_sections_and_day_items_inline():
    tasks = _tasks(SITE)
    assert sorted(tasks) == ["四.1", "四.2", "四.3", "四.4", "四.5"]
    assert tasks["四.1"].title.startswith("3月3日开展义务植树")
    assert str(tasks["四.2"].deadline) == "2019-03-09"
    assert str(tasks["四.5"].deadline) == "2019-03-28"


def test_next_section_after_a_time_sections_date_is_split():
    text = ("现将方案制定如下:一、活动主题开展护绿活动。二、活动时间2019年3月1日—3月30日三、活动目的以植树节为契机,"
            "组织青年植树。")
    lines = split_inline(text).split("\n")
    assert any(ln.startswith("三、活动目的") for ln in lines)


def test_number_after_a_date_that_is_no_section_stays_text():
    # near misses: grades after a date (a number after the numeral), and a 三、 that stands after a stop further on
    grades = "现将方案制定如下:一、活动主题开展护绿活动。二、活动安排各校于2019年3月5日三、四年级学生参加植树。"
    assert "\n三、四年级" not in split_inline(grades)
    later = ("一、活动主题开展护绿活动。二、活动时间2019年3月1日—3月30日三、活动地点在镇广场。组织青年植树。"
             "三、活动内容组织青年植树。")
    assert "日\n三、活动地点" not in split_inline(later)


def test_item_opening_with_its_day_is_an_item_but_a_list_of_months_is_not():
    assert line_marker("2、3月5日开展清洁家园志愿活动。") is not None
    assert line_marker("1、6月26日前组织学生参观。") is not None
    # near misses: months in a list, a figure
    assert line_marker("1、2月份开展排查。") is None
    assert line_marker("1、2月和3月组织检查。") is None
    assert line_marker("2、35亿元用于改造。") is None


def test_quoted_list_and_dates_in_names_are_no_items():
    # near miss: a sentence that quotes a list 「一、…二、…」 and a name with a date 「3.5」, in a plan with its own
    # headings at line starts
    text = """某社区学雷锋活动方案
一、活动内容
（一）开展“3.5”学雷锋志愿服务，按照“一、进家庭二、进楼院”的顺序组织志愿者上门服务。社区居委会负责。
（二）开展便民服务活动，社区卫生服务站负责义诊。
二、工作要求
各小组要认真组织，确保活动取得实效。
"""
    tasks = _tasks(text)
    assert sorted(tasks) == ["一.一", "一.二"]
    assert tasks["一.一"].responsible_units == ["社区居委会"]


# a division of work under 责任分解: one unit's heading line over its numbered duties, then the other units' colon
# paragraphs
DIVISION = """某乡防溺水工作方案
一、工作目标
确保全乡中小学生不发生溺水事故。
二、责任分解
乡中心学校:
1、制定全乡学生防溺水工作方案，配合乡人民政府做好宣传发动，及时掌握学生假期动向。
2、组织各学校开展防溺水安全教育，落实家校联系制度。
各村、防溺水巡查组:加强重点水域巡查，设置警示标志，配合乡派出所做好劝离工作。
各学校:做好防溺水专题教育，每周向乡中心学校报告学生安全情况，配合做好家访工作。
三、工作要求
各单位要高度重视，确保各项措施落实到位。
"""


def test_unit_heading_line_labels_its_items_and_unit_paragraphs_are_tasks():
    tasks = _tasks(DIVISION)
    assert tasks["二.1"].lead_units == ["乡中心学校"]
    # (配合 under a label, round 38; the lead is kept out of responsible_units, as a 牵头单位 label's is)
    assert tasks["二.1"].responsible_units == ["乡人民政府"]
    assert tasks["二.2"].lead_units == ["乡中心学校"] and tasks["二.2"].responsible_units == []
    villages = next(t for t in tasks.values() if t.title.startswith("各村"))
    assert villages.lead_units == ["各村", "防溺水巡查组"]
    assert villages.responsible_units == ["乡派出所"]
    schools = next(t for t in tasks.values() if t.title.startswith("各学校"))
    assert schools.lead_units == ["各学校"] and schools.responsible_units == []
    # (the last numbered item keeps its own text only)
    assert "巡查" not in tasks["二.2"].text


def test_colon_lead_in_over_items_is_no_unit_heading():
    # near miss: a lead-in line 「各成员单位职责分工如下：」 over the items, each naming its own unit
    text = DIVISION.replace("乡中心学校:\n1、制定", "各成员单位职责分工如下：\n1、乡中心学校制定")
    tasks = _tasks(text)
    assert "各成员单位职责分工如下" not in tasks["二.1"].lead_units + tasks["二.1"].responsible_units
    assert sorted(tasks) == ["二.1", "二.2"]


def test_label_line_that_is_no_body_heads_nothing():
    # near miss: 「主要职责:」 over the items — no body; the paragraphs after the items stay the last item's text
    text = DIVISION.replace("乡中心学校:\n", "主要职责:\n")
    tasks = _tasks(text)
    assert "主要职责" not in tasks["二.1"].lead_units
    assert not any(t.title.startswith("各学校") for t in tasks.values())


# an essay site's page: headings two to a line, the time section masked 「x日至x日」 and the next section run on after
# it; the last heading's item 1 run into its heading, the page cut inside it
MASKED = """2020年x镇开展植树节志愿服务活动实施方案

一、活动目标 深入开展志愿服务活动，推动形成爱绿护绿的风尚。  二、活动主题 以“绿化家园”为主题，组织开展志愿服务活动。

三、活动时间 x日至x日 四、活动内容 (一)广泛开展义务植树活动 镇直各单位要组织本单位志愿者参加义务植树，切实做好苗木管护。

(二)深入开展主题宣传活动 1、开展“守护x镇绿色家园”专题宣讲活动。组织全镇中小学开展主题演讲比赛，在校内刊登
"""


def test_section_run_on_after_a_masked_date_and_a_cut_first_item():
    tasks = _tasks(MASKED)
    assert sorted(tasks) == ["四.一", "四.二.1"]
    assert tasks["四.二.1"].title.startswith("开展“守护x镇绿色家园”")


def test_number_after_a_date_inside_a_section_stays_text():
    # near miss: 「3月5日至6日四、五年级…」 — the 四 a date runs into is a grade of a school, a numeral after it
    text = MASKED.replace("三、活动时间 x日至x日 四、活动内容", "三、活动时间 3月5日至6日四、五年级学生参加植树")
    tasks = _tasks(text)
    assert not any(k.startswith("四") for k in tasks)


# a rule's closing articles, then the issuers' signature and the date closing the text
RULES = """某区集体林地使用管理办法

第一条 为规范本区集体林地使用管理，根据有关法律法规，制定本办法。

第二条 区林业站负责全区集体林地使用的日常监管，每季度开展一次巡查。

第三条 各镇人民政府负责本镇集体林地的租赁管理，建立租赁台账。

集体林地租赁期限一般不超过五年，租赁合同报区林业站备案。

第四条 本办法所涉内容，法律、法规、规章及国家、市规范性文件有规定的，从其规定。

第五条 本办法自2024年1月1日起施行。

某区农业农村委员会

某区规划和自然资源局

2023年12月1日
"""


def test_closing_articles_before_the_signature_are_no_tasks():
    tasks = _tasks(RULES)
    assert sorted(tasks) == ["2", "3"]
    assert tasks["3"].responsible_units == ["各镇人民政府"]


def test_article_that_gives_work_before_the_signature_stays_a_task():
    # near misses: a last article that gives work (the signature still closes the text), and 「从其规定」 inside work
    text = RULES.replace("第五条 本办法自2024年1月1日起施行。",
                         "第五条 区林业站负责对本办法执行情况开展检查，每年通报一次。")
    text = text.replace("有规定的，从其规定。", "有规定的，从其规定；区司法局负责做好衔接，每年清理一次。")
    tasks = _tasks(text)
    assert sorted(tasks) == ["2", "3", "4", "5"]
    assert "某区农业农村委员会" not in tasks["5"].text
