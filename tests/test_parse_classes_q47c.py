"""Round 47 second wave (q47c): classes of the page openings from outside Shanghai — an activity's span of days in
one month written with 日 once 「5月25-31日」 (``activity_spans.SPAN``, ``dates.deadline_from_words``), a theme point
that states the activity's time 「1、…主题为:…。活动时间定于…」 (``activity_spans._LABEL``), and an item that opens
with its dated sending 「活动结束后于6月1日将…总结报…」 (``task_dates.closing_reports``)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import span_end
from desktop.core.parse.dates import deadline_from_words


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.number: t.deadline for t in parse_text(text).tasks}


@pytest.mark.parametrize(("words", "due"), [
    ("5月25-31日", "2018-05-31"),
    ("2020年9月19-25日", "2020-09-25"),
    ("4月15—21日(周日)", "2018-04-21"),
    ("5月15日-21日", "2018-05-21"),
])
def test_a_span_of_days_in_one_month_ends_on_its_last_day(words, due):
    assert deadline_from_words(words, 2018)[0].date == due
    assert span_end(words, 2018) == due


def test_days_without_their_month_stay_unread():
    assert deadline_from_words("5-12日", 2018) == []


PLAN = ("某区2018年世界读书日活动方案\n一、活动对象\n全区各街道\n二、活动时间\n{span}\n三、活动安排\n"
        "1、制作宣传展板，在各社区巡回展出。\n2、开展读书分享会，邀请作家进社区。\n")


def test_an_activity_section_with_a_span_of_days_dates_the_undated_items():
    found = _deadlines(PLAN.format(span="4月17-23日"))
    assert found == {"1": "2018-04-23", "2": "2018-04-23"}


def test_an_activity_section_with_one_day_and_a_month_stays_a_day():
    # near miss: a single day, not a span — the day itself (round 42 continued)
    found = _deadlines(PLAN.format(span="4月23日"))
    assert found == {"1": "2018-04-23", "2": "2018-04-23"}


NOTICE = ("各有关单位:\n现将有关事项通知如下:\n1、2019年科技活动周主题为:科技强国，创新圆梦。{time}\n"
          "2、请结合本单位实际，积极开展科普讲座、展览等活动。\n"
          "3、各单位于2019年5月10日前将活动安排报科技处。\n")


def test_a_theme_point_that_states_the_time_dates_the_undated_points():
    found = _deadlines(NOTICE.format(time="活动时间定于2019年5月19-25日。"))
    assert found["2"] == "2019-05-25"
    assert found["3"] == "2019-05-10"


def test_a_theme_point_without_a_time_dates_nothing():
    # near miss: the theme alone, no 活动时间 — no span for the other points
    found = _deadlines(NOTICE.format(time="请广泛宣传。"))
    assert found["2"] is None


def test_an_item_opening_with_its_dated_sending_is_due_then():
    text = PLAN.format(span="4月17-23日") + "3、活动结束后于2018年4月25日将活动总结报区文明办。\n"
    assert _deadlines(text)["3"] == "2018-04-25"


def test_a_sending_after_other_work_keeps_the_span():
    # near miss: the work comes first, its report after it (not joined by 并): the span still ends the work
    text = PLAN.format(span="4月17-23日") + "3、组织读书征文比赛，评选优秀作品，于2018年4月25日将活动总结报区文明办。\n"
    assert _deadlines(text)["3"] == "2018-04-23"


def _tasks(text: str) -> list:
    return parse_text(text).tasks


EVENT = ("某区2018年世界献血日宣传活动方案\n一、活动目的\n普及无偿献血知识。\n二、活动内容\n"
         "(一)举办一场无偿献血宣传咨询活动\n1.咨询时间\n2018年6月14日 09:00-11:30\n2.咨询地点\n区中心广场\n"
         "3.主办单位:区卫生健康局\n承办单位:区中心血站\n协办单位:区红十字会\n4.参加人员\n(1)各街道分管领导;\n"
         "(2)血站工作人员各5人;\n5.活动流程\n时间\n内容\n9:00-9:30\n签到\n9:30-11:30\n咨询\n"
         "(二){second}\n")


def test_a_block_of_named_time_and_place_heads_roles_and_a_running_order_is_one_task():
    tasks = _tasks(EVENT.format(second="组织献血志愿者进社区开展宣传。"))
    first = [t for t in tasks if t.number == "一"]
    assert len(first) == 1 and first[0].path == ["二"]
    assert first[0].lead_units == ["区卫生健康局"]
    assert first[0].responsible_units == ["区中心血站", "区红十字会"]
    assert first[0].deadline == "2018-06-14"
    assert not [t for t in tasks if t.path[:2] == ["二", "一"]]


def test_numbered_lines_that_are_each_an_activity_stay_items():
    # near miss: each numbered line is an activity's record (content, time, place), not one field
    text = ("某区2018年科普周活动方案\n一、活动安排\n(一)系列活动\n1.活动内容:科普讲座\n活动时间:5月20日\n"
            "活动地点:区图书馆\n2.活动内容:科普展览\n活动时间:5月21日\n活动地点:区文化馆\n")
    numbers = [t.number for t in _tasks(text)]
    assert numbers.count("1") == 1 and numbers.count("2") == 1


SQUARE = ("xx市世界艾滋病日系列宣传活动方案\n一、召开防治艾滋病工作委员会全体成员会议\n"
          "总结全年防治工作,研究部署明年工作任务。\n"
          "二、组织大型广场宣传活动\n1、活动名称:2009年世界艾滋病日广场宣传活动\n2、活动地点:市博物馆广场\n"
          "3、活动时间:12月1日上午9:00-11:30\n4、参加单位:市卫生局、市疾控中心\n5、活动方法:设立宣传台,开展现场咨询。\n"
          "6、活动要求:\n(1)各单位按时到达现场;\n(2)各单位设立宣传牌。\n")


def test_a_field_block_with_name_and_method_fields_is_one_task_beside_its_sibling():
    tasks = _tasks(SQUARE)
    assert sorted(t.number for t in tasks) == ["一", "二"]
    two = next(t for t in tasks if t.number == "二")
    assert two.responsible_units == ["市卫生局", "市疾控中心"]


TURN = ("关于报送2020年科普活动的通知\n各区县科协:\n现将有关事项通知如下:\n"
        "一、重点活动申报:请于9月4日前填报重点活动。\n"
        "二、网络活动申报:请于9月4日前填报网络活动。\n{third}\n")


def test_top_points_that_go_on_in_figures_stay_top_points():
    tasks = _tasks(TURN.format(third="3.基地项目申报:请于9月4日前填报基地资源。\n4.其他事项:请及时报送活动信息。"))
    assert [(t.path, t.number) for t in tasks][:4] == [([], "一"), ([], "二"), ([], "3"), ([], "4")]


def test_a_run_under_a_bare_heading_whose_head_the_page_hid_stays_under_it():
    # near miss: 「二、活动安排」 is a bare heading (no work of its own): its 3. is a list the page lost the head of
    text = ("某镇读书月活动方案\n一、工作分工\n活动日常事务由镇文化站办理,确保活动有序开展。\n二、活动安排\n"
            "会员登录后可查看全文\n3.读书分享。各村组织群众交流读书心得。\n")
    assert [(t.path, t.number) for t in _tasks(text) if t.number == "3"] == [(["二"], "3")]


def test_a_list_under_a_point_starting_at_one_stays_under_it():
    # near miss: 二、 over its own 1. 2.: a list of the point, one level down
    tasks = _tasks(TURN.format(third="1.直播活动:请于9月4日前填报。\n2.线上讲堂:请于9月4日前填报。"))
    assert {tuple(t.path) for t in tasks if t.number in ("1", "2")} == {("二",)}


BODY = "\n为做好宣传工作,制定本方案。\n一、活动安排\n(一)举办广场宣传活动。\n(二)开展进社区宣传。\n"


@pytest.mark.parametrize(("head", "title"), [
    ("[2019世界水日的主题]2019年世界水日宣传活动方案", "2019年世界水日宣传活动方案"),
    ("2022年市科技局2017年科技活动周活动方案", "市科技局2017年科技活动周活动方案"),
])
def test_a_sites_keyword_or_later_year_before_the_title_is_dropped(head, title):
    assert parse_text(head + BODY).title == title


@pytest.mark.parametrize("head", [
    "[2019]宣传方案",                                    # near miss: the rest too short to be the title alone
    "2017年市科技局2022年科技活动周活动方案",             # near miss: the first year earlier, no site's later year
    "2024年全县2024—2026年农村公路建设工作方案",          # near miss: a span of years
])
def test_a_title_with_its_own_years_keeps_them(head):
    assert parse_text(head + BODY).title == head


WATER = ("某区2019年世界水日宣传活动方案\n一、活动主题\n节水优先。\n二、活动安排\n(一){head}\n"
         "1.3月22日上午,举办启动仪式。\n2.利用官方微博发布宣传主题。\n")


@pytest.mark.parametrize(("head", "unit"), [
    ("区水利局活动", "区水利局"),
    ("區(qū)水利局活動(dòng)", "區(qū)水利局"),
])
def test_a_heading_naming_a_bodys_activities_gives_its_items_that_body(head, unit):
    tasks = _tasks(WATER.format(head=head))
    assert [t.responsible_units for t in tasks] == [[unit], [unit]]


@pytest.mark.parametrize("head", ["市局组织的活动", "主题宣传活动", "系列活动"])
def test_a_heading_of_activities_not_named_by_a_body_gives_none(head):
    # near misses: a clause about who organised them, or a kind of activity
    assert all(not t.responsible_units for t in _tasks(WATER.format(head=head)))


PIECE = ("{head}\n今年12月1日是第22个世界艾滋病日。根据鲁艾办发[2009]3号文件精神,特制定xx市2009年宣传活动方案如下:\n"
         "一、组织广场宣传活动\n各单位于11月27日前将参加人数报市防艾办。\n二、开展进校园宣传\n各学校组织主题班会。\n")


def test_a_sites_headline_year_does_not_date_a_piece_of_another_year():
    tasks = _tasks(PIECE.format(head="2017年世界艾滋病日宣传主题及宣传口号(2)"))
    assert next(t for t in tasks if t.number == "一").deadline == "2009-11-27"


def test_a_plans_own_title_year_dates_its_items():
    # near miss: the title is the plan's own (it ends with its plan word): its year stands
    tasks = _tasks(PIECE.format(head="2017年世界艾滋病日宣传活动方案"))
    assert next(t for t in tasks if t.number == "一").deadline == "2017-11-27"


SHARED = ("2022年秋冬季秸秆禁烧工作实施方案.doc\n《2022年秋冬季秸秆禁烧工作实施方案.doc》由会员分享,可在线阅读,"
          "更多相关《2022年秋冬季秸秆禁烧工作实施方案.doc(4页珍藏版)》请在某文库上搜索。\n"
          "1、秋冬季秸秆禁烧工作实施方案 为切实做好{year}秋冬季全乡禁止秸秆焚烧工作,特制定本方案。"
          "一、工作目标 全乡不发生秸秆焚烧。二、工作措施 各村要落实禁烧责任。\n")


def test_an_uploaders_year_before_the_texts_own_title_is_dropped():
    assert parse_text(SHARED.format(year="2014年")).title == "秋冬季秸秆禁烧工作实施方案"


def test_an_uploaders_year_stays_where_the_text_writes_none():
    # near miss: the text writes no year of its own — the file's name keeps its year (the plan's, for want of another)
    assert parse_text(SHARED.format(year="今年")).title == "2022年秋冬季秸秆禁烧工作实施方案"


STAGED = ("某市2023年统计开放日活动方案\n一、活动主题\n数说新时代。\n二、活动安排\n"
          "开放日活动拟分两个阶段:\n{one}\n{two}\n"
          "三、活动要求\n各科室要加强配合。\n")


def test_stages_with_their_date_right_after_their_names_are_items_and_phases():
    plan = parse_text(STAGED.format(one="第一阶段,2023年9月份,进行系列宣传活动;",
                                    two="第二阶段:2023年9月20日,在市广场举办宣传启动仪式。"))
    stages = {t.number: t.deadline for t in plan.tasks if t.path == ["二"]}
    assert set(stages) == {"第一阶段", "第二阶段"} and stages["第二阶段"] == "2023-09-20"
    assert [p.name for p in plan.phases] == ["第一阶段", "第二阶段"]


def test_stage_words_without_a_date_after_them_stay_text():
    # near miss: 「第一阶段,进行系列宣传活动」 with no date: no stage item read from it
    plan = parse_text(STAGED.format(one="第一阶段,进行系列宣传活动;", two="第二阶段,举办宣传启动仪式。"))
    assert not [t for t in plan.tasks if t.number.startswith("第")]


def test_a_quota_of_persons_taking_part_is_no_target():
    plan = parse_text("某区活动方案\n一、活动安排\n(一)各单位各派不少于5人参加培训。\n(二)各社区各5人参加宣传活动。\n")
    values = {t.number: [x.value for x in t.targets] for t in plan.tasks}
    assert values["二"] == []
    assert values["一"] == [5.0]           # near miss: with its comparison word it stays a target
