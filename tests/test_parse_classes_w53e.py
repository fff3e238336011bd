"""Round 53 second wave (w53e): dates, titles and phases of the round-53 blind sets, as classes. Made-up texts.

* A PDF's page mark 「- 1 -」 opening the title's line (Round 62 rulings: a page mark is chrome and cuts no title), and
  a site's page of a split text 「…实施方案(第2/2页)」 after the plan's name: no part of the title.
* A stage headed by its count and named with its own 阶段 「第一阶段:宣传动员阶段(2006年8-9月)」: the phase keeps the
  name as printed (宣传动员阶段), and a lead-in counting the stages 「分为三个阶段: 第一阶段:…」 on the same line leaves
  the first stage to be read (round 33: the lead-in is no phase).
* A day appointed with its part of the day whose year is written 「2009年2月19日上午统一…」, or its evening 「确保2月7日
  (星期日)晚,…全部开启」: the item's own day (round 37), not 「晚于」, a limit."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.schedule import find_phases
from desktop.core.parse.timed_days import appointed_day

# --- titles: a page mark before, a page of a split text after ------------------------------------------------


def test_a_page_mark_opening_the_title_line_is_no_part_of_the_title():
    text = ("- 1 - 某县2022年安全生产工作计划\n为做好全年工作,制定本计划。\n"
            "一、加强组织领导\n县应急局要于2022年6月底前完成排查。\n")
    assert parse_text(text).title == "某县2022年安全生产工作计划"


def test_a_dash_list_line_keeps_its_text():
    # (near miss: a figure between dashes with no closing dash is no page mark)
    text = ("某县2022年安全生产工作计划\n一、加强组织领导\n- 1个专班负责排查,县应急局要于2022年6月底前完成。\n")
    plan = parse_text(text)
    assert plan.title == "某县2022年安全生产工作计划"
    assert any("1个专班" in t.text for t in plan.tasks)


def test_a_site_s_page_of_a_split_text_is_no_part_of_the_title():
    text = ("某县加强乡风文明建设专项行动实施方案(第2/2页)\n"
            "一、工作措施\n县文明办要于2022年6月底前完成排查。\n")
    assert parse_text(text).title == "某县加强乡风文明建设专项行动实施方案"


def test_a_bracket_that_is_no_page_count_stays_in_the_title():
    # (near miss: 「(2021-2025年)」 after the plan's name is its span)
    text = ("某县法治政府建设实施方案(2021-2025年)\n一、工作措施\n县司法局要于2022年6月底前完成排查。\n")
    assert parse_text(text).title == "某县法治政府建设实施方案(2021-2025年)"


# --- phases: a counted stage named with its own 阶段 ----------------------------------------------------------


def test_a_counted_stage_keeps_the_阶段_of_its_printed_name():
    phases = find_phases("六、工作步骤\n第一阶段:宣传动员阶段(2006年8-9月)。组织学习,营造氛围。\n"
                         "第二阶段:集中整治阶段(2006年10-11月)。开展整治。\n", 2006)
    assert [(p.name, p.start, p.end) for p in phases] == [
        ("第一阶段：宣传动员阶段", "2006-08", "2006-09"), ("第二阶段：集中整治阶段", "2006-10", "2006-11")]


def test_a_counted_stage_named_without_阶段_stays_as_it_was():
    # (near miss: 「第一阶段：重点排查（…）」 prints no 阶段 after its name)
    phases = find_phases("第一阶段：重点排查（2020年12月底前）。全面摸底。\n", 2020)
    assert [p.name for p in phases] == ["第一阶段：重点排查"]


def test_a_lead_in_counting_the_stages_leaves_the_first_stage_on_its_line():
    phases = find_phases("四、方法步骤 这次专项斗争分为三个阶段: 第一阶段:宣传造势调查摸底阶段(2018 年 6 月至12 月) "
                         "结合实际,制定方案。 第二阶段:侦查破案打击处理阶段(2019 年 1 月至12 月) 严厉打击。\n", 2018)
    assert [(p.name, p.start, p.end) for p in phases] == [
        ("第一阶段：宣传造势调查摸底阶段", "2018-06", "2018-12"),
        ("第二阶段：侦查破案打击处理阶段", "2019-01", "2019-12")]


def test_a_lead_in_counting_the_stages_is_no_phase():
    # (near miss: the lead-in dated in its bracket stays no phase, round 33)
    assert find_phases("整治分三个阶段（5月至9月）进行：\n", 2020) == []


# --- dates: a day appointed with its year or its evening ------------------------------------------------------


def test_a_day_with_its_year_and_part_of_the_day_is_appointed():
    assert appointed_day("参加植树的人员,2009年2月19日上午统一着劳动装,于9时到达绿化点。", 2009) == "2009-02-19"


def test_a_day_s_evening_is_appointed():
    assert appointed_day("对所有路灯进行维修,确保2月7日(星期日)晚,所有路灯全部开启。", 2010) == "2010-02-07"


def test_晚于_is_a_limit_not_an_evening():
    # (near miss: 「不晚于」 is a limit the dates' readers have)
    assert appointed_day("各单位报送材料的时间不得晚于3月5日。", 2010) is None
    assert appointed_day("3月5日晚于规定时间报送的,不予受理。", 2010) is None


# --- headings: the 、 typed after a bracketed number --------------------------------------------------------


def test_the_stop_typed_after_a_bracketed_number_is_no_part_of_the_title():
    from desktop.core.parse.heading_markers import line_marker
    assert line_marker("(一)、加强宣传报道力度")[3] == len("(一)、")
    assert line_marker("（2）、落实责任")[3] == len("（2）、")
    text = ("某镇安全生产月活动方案\n一、活动形式\n(一)、加强活动的领导\n各村要加强对活动的领导,指定专人负责。\n"
            "(二)、加强宣传报道力度\n各村要充分利用广播宣传本次活动。\n")
    assert [t.title for t in parse_text(text).tasks] == ["加强活动的领导", "加强宣传报道力度"]


def test_a_bracketed_number_with_no_stop_keeps_its_end():
    # (near miss: 「（一）加强…」 as usual; 「一、」 is read as before)
    from desktop.core.parse.heading_markers import line_marker
    assert line_marker("（一）加强宣传报道力度")[3] == len("（一）")
    assert line_marker("一、加强宣传报道力度")[3] == len("一、")


# --- short names: no ten characters cut inside a word ----------------------------------------------------------


def test_a_short_name_is_never_cut_inside_a_word():
    from desktop.core.parse.shortname import suggest_short_name
    from desktop.core.parse.shortname_cut import word_cut
    # no boundary inside the first twelve characters: no name rather than 「一定时期内商务楼宇功」
    assert word_cut("一定时期内商务楼宇功能兼容转换", 12) == ""
    assert suggest_short_name("支持一定时期内商务楼宇功能兼容转换") != "一定时期内商务楼宇功"


def test_a_quoted_list_s_name_is_cut_at_a_list_mark():
    from desktop.core.parse.shortname_cut import word_cut
    got = word_cut("“交通安全示范村、学校、单位”活动", 12)
    assert got in ("交通安全示范村、学校", "交通安全示范村")
    assert word_cut("交通安全示范村、学校与企业单位联合共建", 12) == "交通安全示范村、学校"


def test_a_phrase_with_a_word_boundary_is_cut_as_before():
    # (near miss: a phrase with a word's end inside the limit is cut there, as before)
    from desktop.core.parse.shortname_cut import word_cut
    assert word_cut("城市交通基础设施智能化改造", 12) == "城市交通基础设施智能化"


# --- a site's paywall after the text it shows -------------------------------------------------------------------


def test_a_paywall_and_the_page_chrome_after_it_are_no_text_of_the_plan():
    from desktop.core.parse.site_pages import strip_paywall
    text = ("某镇殡葬改革工作实施方案\n一、指导思想\n坚持以人民为中心。\n三、工作措施\n阅读全文\n"
            "(想阅读完全部图文内容,您需要先登陆!)\n请选择打赏类型\n¥0.01\n微信扫一扫在手机阅读、分享本文\n"
            "链接地址:http://example.com/1.html\n")
    got = strip_paywall(text)
    assert got.endswith("三、工作措施\n")
    assert "¥" not in got and "链接地址" not in got


def test_a_more_link_with_the_text_going_on_stays():
    # (near miss: 「阅读全文」 with no prompt to log in or pay after it: the text is not cut)
    from desktop.core.parse.site_pages import strip_paywall
    text = ("某镇殡葬改革工作实施方案\n一、指导思想\n坚持以人民为中心。\n阅读全文\n二、工作措施\n"
            "镇民政办要于2023年底前完成公墓整治。\n")
    assert strip_paywall(text) == text
