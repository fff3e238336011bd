"""Round 58 (p58d): activity and festival pages (plans-next294's class) — a compilation page that runs on into the
site's next piece (both read, ``two_documents.next_pieces``), the days a line of activities gives after the activity's
name (``timed_days``), and another field after a units label's list (``units.label_value_end``). Made-up texts of
the forms, each with a near miss that must not fire."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [("/".join([*t.path, t.number]), t.deadline, t.lead_units + t.responsible_units)
            for t in parse_text(text).tasks]


# --- a page that runs on into the compilation's next piece --------------------------------------------------------

_FIRST = ("三、活动安排\n"
          "1、开展一次知识竞赛。以安全生产为主题,由县应急局统一组织竞赛。\n"
          "2、开展一次宣传展览。由县文化馆组织展览,时间为一周。\n")
_SECOND = ("今年是安全生产月活动开展的第二十个年头。为做好活动组织工作,特制定本方案。\n"
           "一、活动主题\n人人讲安全,个个会应急\n"
           "二、主要活动\n1、由镇安监站组织开展隐患排查。\n2、由镇文化站组织开展文艺宣传。\n")


def test_a_next_piece_header_keeps_both_pieces():
    for header in ("【二】2021年乡镇安全生产月活动方案", "篇二:2021年乡镇安全生产月活动方案",
                   "2021年乡镇安全生产月活动方案【第二篇】"):
        tasks = _tasks(_FIRST + header + "\n" + _SECOND)
        paths = [p for p, _d, _u in tasks]
        assert paths == ["文件1/三/1", "文件1/三/2", "文件2/二/1", "文件2/二/2"], header
        assert [u for _p, _d, u in tasks] == [["县应急局"], ["县文化馆"], ["镇安监站"], ["镇文化站"]]
        # the header and the next piece's preamble are no part of the first piece's last item
        last = parse_text(_FIRST + header + "\n" + _SECOND).tasks[1]
        assert "安全生产月活动方案" not in last.text and "第二十个年头" not in last.text


def test_without_a_piece_header_one_run_is_kept():
    # a plain title line between two runs is no compilation's piece header: one run is kept, as before
    tasks = _tasks(_FIRST + "2021年乡镇安全生产月活动方案\n" + _SECOND)
    assert not any(p.startswith("文件") for p, _d, _u in tasks)
    assert len(tasks) == 2


# --- the days a line of activities gives after the activity's name ---------------------------------------------

_ACTIVITIES = ("2019年元宵节群众文化活动方案\n"
               "一、活动内容\n"
               "1、猜灯谜活动,2月18日,19日,群众在文化广场猜灯谜。\n"
               "2、舞龙表演,2月19日。各村舞龙队在主街巡游。\n"
               "3、书画展览,2月15日、16日,在镇文化站展出。\n"
               "4、灯会活动,2月19日前完成布灯。\n"
               "5、组织开展志愿服务,2月10日,12日,各村安排志愿者值守。\n")


def test_the_days_after_an_activitys_name_date_it_at_the_last():
    got = {p: d for p, d, _u in _tasks(_ACTIVITIES)}
    assert got["一/1"] == "2019-02-19"
    assert got["一/2"] == "2019-02-19"
    assert got["一/3"] == "2019-02-16"
    # a limit 「…前」 is the dates' readers' (the day itself)
    assert got["一/4"] == "2019-02-19"


def test_days_after_a_verbs_clause_are_no_activitys_days():
    # the item opens with a clause of work (组织开展…), not an activity's name: the form does not fire
    got = {p: d for p, d, _u in _tasks(_ACTIVITIES)}
    assert got["一/5"] is None


# --- another field after a units label ---------------------------------------------------------------------------

_FIELDS = ("某镇文化活动方案\n"
           "(一)推进文化工程建设\n"
           "1、编印书画作品集。征稿范围:本镇书画作品;承办单位:镇文化站、县书画院;经费预算:20000元。\n"
           "2、开展送戏下乡。承办单位:镇文化站、县剧团;联系电话:12345678。\n"
           "3、开展文艺汇演。承办单位:镇文化站;县群艺馆:负责节目辅导。\n")


def test_a_field_after_the_units_closes_the_list():
    got = {p: u for p, _d, u in _tasks(_FIELDS)}
    assert got["一/1"] == ["镇文化站", "县书画院"]
    assert got["一/2"] == ["镇文化站", "县剧团"]


def test_a_body_with_a_colon_after_the_units_is_no_field():
    # 「;县群艺馆:…」: a body's name before the colon, no field's name — the list is not cut there
    got = {p: u for p, _d, u in _tasks(_FIELDS)}
    assert "镇文化站" in got["一/3"]


# --- options beside a list's acts; 可指定由A; each piece's time section; a meeting's agenda ------------------------

_OPTIONS = ("二、节目安排\n"
            "1、开展一次朗诵比赛。以爱国为主题,由县文化馆统一组织比赛。\n"
            "2、开展一次文艺汇演。可指定由各村、各学校等选送节目,时间可限定在两小时。\n"
            "3、也可以由县文化馆组织业余爱好者进行专题排练和演出。\n"
            "4、可开展以爱国为主题的剪纸、书法等作品征集活动。\n")


def test_items_that_only_offer_options_are_no_tasks():
    tasks = _tasks(_OPTIONS)
    assert [p for p, _d, _u in tasks] == ["二/1", "二/2"]
    assert tasks[0][2] == ["县文化馆"]
    # 可指定由A…: who may be picked, an option — no units
    assert tasks[1][2] == []


def test_options_in_a_list_of_persons_stay():
    # under a list of participants (no sibling opens with an act) the 「可邀请…」 line is one more line of the list
    text = ("四、参加人员\n1、县政协分管领导,政协相关部门负责人。\n2、县政府办公室负责人,主办单位负责人。\n"
            "3、可邀请有关专家学者或其他委员参加。\n")
    tasks = _tasks("某县政协督办方案\n一、督办内容\n1、由县政协提案委组织督办。\n" + text)
    assert [p for p, _d, _u in tasks] == ["一/1", "四/1", "四/2", "四/3"]
    assert tasks[0][2] == ["县政协提案委"]


_AGENDA = ("【二】2019年镇七一表彰大会方案\n"
           "为做好表彰大会组织工作,特制定本方案。\n"
           "一、时间地点\n6月28日(星期五)下午2:30在镇会议室召开。\n"
           "二、大会议程\n主持人:镇党委副书记同志主持\n"
           "1、大会开始,由镇党委副书记同志宣读主持词;\n2、奏国歌;\n3、镇党委副书记同志宣读表彰决定;\n"
           "4、颁奖;\n5、由组织委员同志带领新党员进行入党宣誓;\n6、鸣炮,奏唱歌曲,大会闭幕\n")


def test_a_meetings_agenda_is_one_task_and_the_pieces_keep_their_own_dates():
    text = "2019年七一活动方案\n" + _OPTIONS + _AGENDA
    tasks = _tasks(text)
    assert [p for p, _d, _u in tasks] == ["文件1/二/1", "文件1/二/2", "文件2/二"]
    # the second piece's 时间地点 dates its own agenda, not the first piece's items
    assert tasks[1][1] is None
    assert tasks[2][1] == "2019-06-28"
    assert tasks[2][2] == []


def test_an_agenda_line_giving_a_body_work_keeps_the_items():
    # 「由镇文化站负责…」: a body, not a person, given work — the lines stay items of their own
    text = ("镇表彰大会方案\n一、大会议程\n1、大会开始,由主持人宣读主持词;\n2、由镇文化站负责布置会场;\n"
            "3、颁奖;\n4、大会闭幕\n")
    assert len(_tasks(text)) == 4


# --- an item's own 活动时间 field over a span, its year misprinted or masked --------------------------------------

def _field_plan(when: str, content: str = "") -> str | None:
    text = ("2018年市妇联纪念“三八”妇女节活动方案\n"
            "一、开展巾帼风采展示活动(宣传部牵头)\n"
            f"活动时间:{when}\n"
            "2活动地点:市妇女儿童活动中心\n"
            f"3活动内容:{content or '各县区妇联选送一个优秀节目,进行展演。'}\n"
            "二、开展慰问女职工活动(发展部牵头)\n活动时间:2018年3月7日\n")
    return parse_text(text).tasks[0].deadline


def test_an_items_time_field_span_is_due_at_its_end_whatever_its_year_token():
    assert _field_plan("208年3月4日-6日") == "2018-03-06"
    assert _field_plan("20xx年3月4日-6日") == "2018-03-06"
    # a day of the item's content inside the span does not stand for the field
    assert _field_plan("208年3月4日-6日", "各县区妇联选送节目,并于3月4日进行评选。") == "2018-03-06"


def test_an_items_time_field_with_one_day_is_that_day():
    # no span: the one day stands
    assert _field_plan("2018年3月4日") == "2018-03-04"


# --- a sending to the event's leading group written short 「领导组」 ---------------------------------------------

def _duties(line: str) -> list[str]:
    text = "县元宵节活动实施方案\n四、加强安全保卫工作。\n" + line + "\n2、县供电公司要做好电力供给。\n"
    return [d.text for d in parse_text(text).duties]


def test_a_plan_sent_to_the_leading_group_written_short_is_a_duty():
    got = _duties("1、各相关单位要制定方案,报元宵节活动领导组,进行统一部署。")
    assert len(got) == 1 and "报元宵节活动领导组" in got[0]


def test_a_leading_group_that_only_deploys_is_no_sending():
    # the group deploying the work, nothing sent to it: no duty
    assert _duties("1、元宵节活动领导组要进行统一部署,公安局要合理布置警力。") == []


# --- a point that schedules the shows by place ---------------------------------------------------------------------

_SHOWS = ("某市送戏下乡活动方案\n"
          "一、活动时间\n6月—12月底\n"
          "二、{head}\n{body}\n"
          "三、工作要求\n1、各镇文化站要认真组织实施,落实到位。\n")


def test_a_schedule_of_shows_by_place_is_one_task():
    body = "每镇3场,具体安排如下:\n东城镇 *村 *村 *村\n西城镇 *村 *村 *村"
    tasks = parse_text(_SHOWS.format(head="场次安排", body=body)).tasks
    assert [("/".join([*t.path, t.number])) for t in tasks] == ["二", "三/1"]
    assert [(x.value, x.unit) for x in tasks[0].targets] == [(3.0, "场")]
    assert tasks[0].lead_units + tasks[0].responsible_units == []


def test_a_point_of_places_only_stays_a_field():
    # 「二、演出地点」 over the places, no number of shows: a field, no task
    tasks = parse_text(_SHOWS.format(head="演出地点", body="东城镇文化广场,西城镇文化广场")).tasks
    assert [("/".join([*t.path, t.number])) for t in tasks] == ["三/1"]


# --- an activity's fields glued to its name in a line run together --------------------------------------------

def test_glued_activity_fields_are_read_as_the_items_fields():
    text = ("镇端午文化节活动方案\n"
            "一、端午文化展示启动仪式活动时间:2024年6月10日(星期一)上午9:3010:00活动地点:古镇广场责任单位:镇文明办、镇文化站\n"
            "二、端午龙舟表演活动时间:2024年6月10日上午10:0011:00活动地点:古镇河道活动内容:安排两条龙舟进行表演。\n")
    tasks = parse_text(text).tasks
    assert [("/".join([*t.path, t.number])) for t in tasks] == ["一", "二"]
    assert tasks[0].responsible_units == ["镇文明办", "镇文化站"]
    assert tasks[1].lead_units + tasks[1].responsible_units == []


def test_a_numbered_sub_items_time_field_is_not_cut_as_glued():
    # 「(1)时间:…(2)地点:…(3)承办单位:…」: the sub-items' own numbers, not fields glued to a name — the bracket
    # numbers stay the items' (the form needs 活动时间 glued to a name's last character)
    text = ("区文化旅游节方案\n四、活动内容\n(一)文化活动\n1、旅游节开幕式 (1)时间:4月11日上午9:30-11:50 (2)地点:广场 "
            "(3)承办单位:区旅游局、区文化馆\n")
    tasks = parse_text(text).tasks
    assert [("/".join([*t.path, t.number])) for t in tasks] == ["四/一/1"]
    assert "(1)时间:4月11日上午9:30-11:50(2)地点:广场(3)承办单位" in tasks[0].text
