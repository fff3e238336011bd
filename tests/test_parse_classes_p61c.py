"""Round 61 (p61c): festival and activity pages — the dates their items print (Round 83 rulings, written early, on
plans-next312), read on made-up texts of each form:

- a span whose last day prints no month and is smaller than the first day 「在3月28日至7日…」 ends in the next month;
- a span a time field prints with a gloss after its last day — the lunar days of the whole span in a bracket
  「1月20日——2月10日(农历腊月二十九至农历正月二十)」 or the hours of each evening 「2月1日—10日19:30—21:30」 — ends on
  its solar last day (a clock span is no date);
- a period of days an item opens with 「3月29日至4月7日期间乡直各单位…」 is the item's own span;
- a time field's date the page broke after its figure 「时间:4⏎月2日——4月3日」 is one value;
- numbered lines that open with an activity's time, then its place, are that activity's fields (one task), the
  lines after them labels of its own 「3.花灯主题:」「4.交通管制区域:」, the last one cut by the page allowed.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import deadline_from_words
from desktop.core.parse.item_spans import own_span_end
from desktop.core.parse.timed_days import appointed_day


def _tasks(text: str) -> list[tuple[str, str | None]]:
    return [(t.title, t.deadline) for t in parse_text(text).tasks]


# --- a last day with no month, smaller than the first day -------------------------------------------------------

def test_a_last_day_before_the_first_is_in_the_next_month():
    assert [d.date for d in deadline_from_words("3月28日至7日", 2025)] == ["2025-04-07"]
    assert [d.date for d in deadline_from_words("2024年12月28日至3日", 2025)] == ["2025-01-03"]
    assert appointed_day("在5月29日至3日端午节期间,各村要加强巡查。", 2024) == "2024-06-03"
    assert own_span_end("组建秧歌队。从2月26日至4日排练。", 2024) == "2024-03-04"


def test_a_last_day_after_the_first_stays_in_its_month():
    # (near miss: the usual span of days in one month)
    assert [d.date for d in deadline_from_words("9月1日-3日", 2025)] == ["2025-09-03"]
    assert [d.date for d in deadline_from_words("5月25-31日", 2025)] == ["2025-05-31"]
    assert appointed_day("各村(居)于4月25日—28日到镇党政办领取药饵。", 2025) == "2025-04-28"


def test_a_festival_item_opening_with_such_a_span_is_dated_by_its_end():
    text = ("某乡2024年端午节森林防火工作方案\n一、主要内容\n"
            "1.在5月29日至3日端午节期间,全面执行文明祭奠制度。各村要安排巡护力量开展巡查。\n"
            "2.各村要加强宣传教育。\n")
    assert _tasks(text)[0][1] == "2024-06-03"


# --- glosses after a span's last day -----------------------------------------------------------------------------

def test_a_lunar_gloss_or_a_clock_span_after_the_last_day_leaves_the_solar_end():
    assert [d.date for d in deadline_from_words("2024年2月 8日——2月25日(农历腊月二十九至农历正月十六)", 2024)] \
        == ["2024-02-25"]
    assert [d.date for d in deadline_from_words("2015年2月3日—12日19:00—21:00", 2015)] == ["2015-02-12"]
    assert [d.date for d in deadline_from_words("2015年2月3日—12日晚上19:00", 2015)] == ["2015-02-12"]
    # (a day with its lunar day and hours is that day)
    assert [d.date for d in deadline_from_words("2024年2月24日(农历正月十五)19:00—19:30", 2024)] == ["2024-02-24"]


def test_a_bracket_that_is_no_lunar_gloss_is_not_read_past():
    # (near miss: a note on where, not a gloss — the span's words are not one date cell)
    assert [d.date for d in deadline_from_words("2015年2月3日—12日(各乡镇轮流)", 2015)] != ["2015-02-12"]


def test_field_blocks_with_glossed_spans_date_each_activity_by_its_end():
    text = ("某县2024年春节元宵节活动方案\n一、新春游园会\n"
            "1.时间:2024年2月 8日——2月25日(农历腊月二十九至农历正月十六)。\n"
            "2.地点:人民广场\n二、迎春电影放映\n1.时间:2024年2月10日—20日19:30—21:30\n2.地点:文化馆\n")
    assert _tasks(text) == [("新春游园会", "2024-02-25"), ("迎春电影放映", "2024-02-20")]


# --- a period of days opening the item ---------------------------------------------------------------------------

def test_a_period_of_days_the_item_opens_with_is_its_own_span():
    assert own_span_end("3月29日至4月7日期间乡直各单位安排专人值班,保持通信畅通。", 2025) == "2025-04-07"
    assert own_span_end("在4月30日至5月5日期间,各村要加强巡查。", 2025) == "2025-05-05"


def test_a_period_inside_the_item_is_not_its_opening_span():
    # (near misses: a period after other words, and a cut-off)
    assert own_span_end("加强3月29日至4月7日期间巡查。", 2025) is None
    assert own_span_end("截至3月29日至4月7日期间,共检查10次。", 2025) is None


def test_an_item_opening_with_a_period_of_days_is_dated_by_its_end():
    text = ("某乡2025年五一节森林防火方案\n一、工作措施\n1.各村要加强宣传。\n"
            "2.4月30日至5月5日期间乡直各单位安排专人值班,保持通信畅通。\n")
    assert _tasks(text)[1][1] == "2025-05-05"


# --- a time field's date broken after its figure -----------------------------------------------------------------

def test_a_time_field_broken_after_its_figure_is_one_value():
    text = ("2016端午节活动方案\n一、活动内容\n1、举办诵读比赛。\n承办单位:县教育局\n时间:6\n月8日——6月9日\n"
            "地点:各学校\n"
            "2、举办包粽子比赛。\n承办单位:县妇联\n时间:6月5日——6月6日\n地点:社区\n")
    assert [d for _t, d in _tasks(text)] == ["2016-06-09", "2016-06-06"]


# --- numbered lines of time, place and labels of the activity's own ----------------------------------------------

def test_time_place_and_own_labels_are_one_activity():
    text = ("春节和元宵节将至,县委、县政府决定举办春节、元宵节活动,现将有关事项通告如下:\n"
            "一、2024贺新春灯会\n1.时间:2024年2月 8日——2月25日。\n2.地点:人民广场\n3.花灯主题:龙年大吉、十二生肖等。\n"
            "二、元宵烟花秀\n1.时间:2024年2月24日19:00—19:30。\n2.烟花燃放地点:广场北侧道路\n3.市民集中观看地点:人民广场\n"
            "4.交通管制区域:为保障活动安全,交警部门将在广场附近区域进行临时交通管制。\n5.燃放(\n")
    tasks = _tasks(text)
    assert tasks == [("2024贺新春灯会", "2024-02-25"), ("元宵烟花秀", "2024-02-24")]


def test_work_lines_after_a_time_line_stay_items():
    # (near miss: the lines after the time and place are work, no labels)
    text = ("某镇2024年春节活动方案\n一、文艺演出\n1.时间:2024年2月8日。\n2.地点:镇文化广场\n"
            "3.镇文化站要组织各村文艺队排练节目,确保演出质量。\n4.镇派出所要加强现场安全保卫。\n")
    assert len(parse_text(text).tasks) > 1


# --- a month the plan sets for its work, a span started and run on, a start with a length in weeks ---------------

def test_a_month_set_as_the_campaigns_month_dates_the_item():
    from desktop.core.parse.month_parts import set_month
    assert set_month("根据上级要求,将10月份作为我镇森林防火“宣传月”。各村要高度重视。", 2018) == "2018-10-31"
    assert set_month("把6月定为安全生产月,集中开展宣传。", 2019) == "2019-06-30"
    text = ("某镇2018年国庆节护林防火工作方案\n一、加强宣传\n根据上级要求,将10月份作为我镇森林防火“宣传月”。"
            "各村要高度重视,充分发挥宣传栏的作用。\n二、加强巡查\n各村要加强巡山护林。\n")
    assert _tasks(text)[0][1] == "2018-10-31"


def test_a_month_set_for_something_else_is_no_campaign_month():
    from desktop.core.parse.month_parts import set_month
    # (near misses: no month's name after it; a rhythm)
    assert set_month("将10月份作为考核时间。", 2018) is None
    assert set_month("每年将10月份作为宣传月。", 2018) is None


def test_a_time_section_started_and_run_on_dates_the_items_without_their_own():
    text = ("2016端午节活动方案\n一、活动主题\n传承文明\n二、活动时间\n本次活动将于5月初启动,一直延续到6月上旬。\n"
            "三、活动内容\n1、开展群众性纪念活动。在全县范围内广泛开展纪念活动。\n承办单位:县文明办\n"
            "2、举办诵读比赛。\n承办单位:县教育局\n时间:5月20日——5月21日\n")
    assert [d for _t, d in _tasks(text)] == ["2016-06-10", "2016-05-21"]


def test_a_start_with_a_length_in_weeks_ends_after_them():
    from desktop.core.parse.counted_dates import span_deadline
    found = span_deadline("(一)群众文化活动从元月9日起,各村委会利用一周时间,集中组织开展文化活动。", 2023)
    assert found is not None and found.date == "2023-01-15"
    found = span_deadline("从3月1日起,用两周时间开展排查。", 2024)
    assert found is not None and found.date == "2024-03-14"
    # (near miss: a start with no length dates nothing here)
    assert span_deadline("从3月1日起,各村开展排查。", 2024) is None


# --- a place field's figures ---------------------------------------------------------------------------------------

def test_a_place_fields_count_of_places_is_no_target():
    text = ("某县2010年春节文体活动实施方案\n三、活动安排\n(一)慰问演出\n时 间:2010年1月10日—3月1日\n"
            "地 点:全县10个乡镇及村(居)委会\n(二)电影放映\n时 间:2010年2月1日—10日\n地 点:广场\n")
    tasks = parse_text(text).tasks
    assert [t.targets for t in tasks] == [[], []]
    assert [t.deadline for t in tasks] == ["2010-03-01", "2010-02-10"]


def test_a_count_in_the_items_own_work_stays_a_target():
    # (near miss: the figure in the activity's own sentence, no place field)
    text = ("某县2010年春节文体活动实施方案\n三、活动安排\n(一)慰问演出\n组织文艺队深入全县乡镇演出不少于10场。\n"
            "(二)电影放映\n在广场放映电影。\n")
    assert [(t.value, t.unit) for t in parse_text(text).tasks[0].targets] == [(10.0, "场")]


# --- what the item puts up for its event -------------------------------------------------------------------------

def test_a_count_of_what_the_item_puts_up_is_its_number_of_work():
    from desktop.core.parse.targets import find_targets
    found = find_targets("广场布展:策划、设计搭建一座以“龙腾盛世”为主题的大型彩灯门楼,整体设计大气。", 2024)
    assert [(t.value, t.unit) for t in found] == [(1.0, "座")]
    assert [(t.value, t.unit) for t in find_targets("在广场搭建20个展位。", 2024)] == [(20.0, "个")]


def test_putting_up_a_platform_counts_nothing():
    from desktop.core.parse.targets import find_targets
    # (near miss: no count after the verb)
    assert find_targets("搭建交流平台,开展志愿服务活动。", 2024) == []


# --- an activity's quoted name run into the first body ---------------------------------------------------------------

def test_a_quoted_activity_name_run_into_the_subject_is_no_part_of_it():
    from desktop.core.parse.glued_heads import unheaded
    assert unheaded("迎新春、挂彩灯”城乡亮化活动乡机关") == "乡机关"
    assert unheaded("“送春联、送祝福”志愿服务活动镇直各单位") == "镇直各单位"
    text = ("某乡2024年春节文化活动实施方案\n二、活动安排\n(一)文艺演出。各村委会要集中组织开展文艺演出活动。\n"
            "(二)迎新春、挂彩灯”城乡亮化活动乡机关、各站所、各行政村要于春节前组织干部群众开展环境卫生整治活动。\n")
    assert parse_text(text).tasks[1].responsible_units == ["乡机关", "各站所", "各行政村"]


def test_a_body_whose_own_name_holds_an_activity_word_stays_whole():
    from desktop.core.parse.glued_heads import unheaded
    # (near misses: a body's own name)
    assert unheaded("区青少年活动中心") == "区青少年活动中心"
    assert unheaded("镇老年人活动室") == "镇老年人活动室"


# --- 把 its object 传达落实 where it reaches -------------------------------------------------------------------------

def test_a_subject_that_puts_its_object_into_effect_with_ba_is_a_doer():
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("各村要迅速把《通知》《防火“十不准”》传达落实到组和群众中。") == ([], ["各村"])
    assert doer_units("各社区要把值班制度落实到位。") == ([], ["各社区"])


def test_passing_word_on_or_a_report_of_work_done_names_no_doer():
    from desktop.core.parse.sentence_units import doer_units
    # (near misses: 传达 alone is outside rule 2; 落实 inside the object)
    assert doer_units("各村要把通告精神传达到群众。") == ([], [])
    assert doer_units("各区将落实情况进行通报。") == ([], [])


# --- a page's 标题 field printed again above the document ------------------------------------------------------------

_COVER = ("某县人民政府办公室关于印发某县2022年春节元宵节文体活动方案的通知\n\n各镇人民政府:\n\n"
          "经县政府同意,现将《某县2022年春节元宵文体活动方案》印发给你们,请结合实际认真组织实施。\n\n"
          "某县人民政府办公室\n\n2022年1月26日\n\n(此件主动公开\n\n某县2022年春节元宵文体活动方案\n\n"
          "为弘扬中华优秀传统文化,特制订本活动方案。\n\n一、指导思想\n全面贯彻落实党的十九大精神。\n")


def test_a_title_field_printed_again_as_the_notices_line_gives_way_to_the_plans_own_line():
    text = ("标题:某县人民政府办公室关于印发某县2022年春节元宵节文体活动方案的通知\n\n索引号:00811580-7/2022-00019\n\n"
            + _COVER)
    assert parse_text(text).title == "某县2022年春节元宵文体活动方案"


def test_a_title_field_the_page_prints_nowhere_else_stands():
    # (near miss: the field alone names the notice; its plan's name is read from it)
    text = ("标题:某县人民政府办公室关于印发某县2022年春节元宵节文体活动方案的通知\n\n索引号:00811580-7/2022-00019\n\n"
            "各镇人民政府:\n\n经县政府同意,现将方案印发给你们,请认真组织实施。\n\n一、指导思想\n全面贯彻落实党的十九大精神。\n")
    assert parse_text(text).title == "某县2022年春节元宵节文体活动方案"
