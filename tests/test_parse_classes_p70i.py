"""Round 70 (p70i): a holiday's calendar and an event's own fields in festival notices and plans.

- A holiday's calendar as a top-level point with nothing under it 「一、放假时间。1月1日至3日放假,共3天。
  1月4日(星期一)上班。」, or as a section's numbered lines that are all the calendar's 「一、放假时间 1、…放假,
  共3天。…上课。 2、…可提前离校 3、…校车的发车时间为15:30。」: no task (Round 89 on x330_01 一; Round 102 on
  x366_04) — a calendar line among the section's instructions 「1.…放假调休,共7天。… 2.各单位原则上应按照
  以上时间放假。」 stays the item it is printed as (round 65's reading), and a term's start with no holiday in it
  「…8月23日报到,8月24日正式上课」 stays a task (holiday_calendar, task_choice).
- A notice's greeting last point 「3.祝全体师生…」 after a calendar point the choice left out: still the run's last
  line, no task (Round 97 on x354_06) — a last line of work naming wishes stays (catch_all_lines).
- A top-level point of sponsor fields one under another 「三、主办单位:某县文化局⏎承办单位:某县文化馆」: the event's
  hosts, no task (round 42; Round 102 on x366_01 三) — a field naming what is no body 「承办单位:…、三年级二班」, or a
  line giving work, stays a task (section_kinds).
- An event's own rules and prizes 「2、活动规则:…」「3、奖项设置:…」 beside its form field: fields of the one event, the
  top-level point they fold into no task (Round 89's decided x330_05; Round 102 on x366_01 四) — a block that names
  its place and time stays one task (round 35), and a content head over lines of work stays items (field_blocks,
  section_kinds).
- A class teacher's register handed to the school's office 「各班主任将本班级留校生的登记表交到学生处」: a sending, a
  duty (round 49's p46c; Round 102 on x366_04), the teacher a person and no unit — a teacher's own registering
  「各班主任做好本班级留校生的登记」 is no sending (duty_sentences).
- A top section headed only by the activity's stance words joined 「一、活动主题、原则及宗旨」 over 「(一)一个主题」
  「(二)两个原则 1.坚持…的原则」: its lines state the theme, principles and aims, no tasks (p51e; Round 99 on
  x360_01) — where a line of it makes a body a doer 「县文化馆负责…」 its lines stay as read (childless_points,
  task_choice).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _keys(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_NEW_YEAR = """某镇关于元旦放假安排的通知

各村、各单位:

现将元旦放假有关事项通知如下:

一、放假时间。1月1日至3日放假,共3天。1月4日(星期一)上班。

二、加强值班工作。节假日期间,各村、各单位要严格执行值班制度,遇有突发事件要及时报告。

三、做好安全工作。节假日期间,各村、各单位要开展安全检查,消除安全隐患。
"""


def test_calendar_point_is_no_task() -> None:
    keys = _keys(_NEW_YEAR)
    assert "一" not in keys and "二" in keys and "三" in keys


def test_point_of_work_with_dates_stays() -> None:
    text = _NEW_YEAR.replace("1月1日至3日放假,共3天。1月4日(星期一)上班。", "1月1日至3日放假,各村要安排好值班人员。")
    assert "一" in _keys(text)


_SCHOOL = """某县实验小学关于清明节放假的通知

各年级组、各处室:

一、放假时间

1、4月4日至6日放假,共3天。4月7日(星期一)上课。

2、4月3日下午无课的教师可提前离校。

3、4月3日下午校车的发车时间为15:30。

二、工作要求

1、各年级组要在放假前开展一次安全教育。

2、各处室要做好值班安排,值班表于4月2日前报校办公室。
"""


def test_section_of_calendar_lines_is_no_task() -> None:
    keys = _keys(_SCHOOL)
    assert not [k for k in keys if k.startswith("一")]
    assert "二/1" in keys and "二/2" in keys


def test_calendar_line_among_instructions_stays() -> None:
    text = _SCHOOL.replace("3、4月3日下午校车的发车时间为15:30。", "3、各年级组应按照以上时间放假,不得擅自调整。")
    keys = _keys(text)
    assert "一/1" in keys and "一/3" in keys


def test_term_start_is_no_holiday_calendar() -> None:
    text = _NEW_YEAR.replace("1月1日至3日放假,共3天。1月4日(星期一)上班。", "高三年级8月23日报到,8月24日正式上课。")
    assert "一" in _keys(text)


_GREETING = """关于端午节放假的通知
各科室:
现将端午节放假的有关事项通知如下:
1.放假安排:6月3日至5日放假,共3天。
2.注意事项:
①各科室切实做好节前安全检查工作,关闭电源。
②各科室安排专人值班,确保通讯畅通。
3.{last}
某某学校
2022年5月30日
"""


def test_greeting_after_a_calendar_point_is_no_task() -> None:
    keys = _keys(_GREETING.format(last="祝全体教职工端午安康。"))
    assert "3" not in keys and "2/1" in keys and "1" not in keys


def test_last_line_of_work_after_a_calendar_point_stays() -> None:
    assert "3" in _keys(_GREETING.format(last="组织学生包粽子,开展传统文化活动。"))


_LANTERN = """某县元宵节猜谜活动方案

一、活动时间

2023年2月5日晚7:00

二、主办单位:某县文化局

承办单位:某县文化馆

三、活动内容

1、活动形式:在中心广场悬挂灯谜1000条。

2、活动规则:猜谜者先领取谜票,方可猜谜。

3、奖项设置:每猜对一个灯谜均有奖品。

四、工作职责

1、县文化馆负责布置活动现场。

2、县公安局负责维护现场秩序。
"""


def test_sponsor_fields_are_no_task() -> None:
    assert "二" not in _keys(_LANTERN)


def test_sponsor_field_naming_no_body_stays() -> None:
    text = _LANTERN.replace("承办单位:某县文化馆", "承办单位:某县文化馆、三年级二班")
    assert "二" in _keys(text)


def test_rules_and_prizes_are_fields_of_the_event() -> None:
    keys = _keys(_LANTERN)
    assert not [k for k in keys if k.startswith("三")]
    assert "四/1" in keys and "四/2" in keys


def test_block_naming_its_place_and_time_stays_one_task() -> None:
    text = _LANTERN.replace("3、奖项设置:每猜对一个灯谜均有奖品。", "3、活动地点:中心广场\n\n4、活动时间:2月5日晚7:00")
    keys = _keys(text)
    assert "三" in keys and not [k for k in keys if k.startswith("三/")]


def test_content_lines_of_work_stay_items() -> None:
    text = _LANTERN.replace("2、活动规则:猜谜者先领取谜票,方可猜谜。", "2、县文化馆负责印制谜票1000张。")
    assert "三/2" in _keys(text)


_STAY = """某中学关于国庆节放假的通知

各年级、各处室:

一、做好留校学生登记。9月28日前,各班主任将本班级留校生的登记表交到学生处。

二、做好安全教育。各年级要在放假前开展一次安全教育。
"""


def test_class_teachers_register_handed_on_is_a_duty() -> None:
    plan = parse_text(_STAY)
    assert any("登记表交到学生处" in d.text for d in plan.duties)
    assert all(t.lead_units == [] and t.responsible_units == [] for t in plan.tasks)


def test_class_teachers_own_registering_is_no_duty() -> None:
    plan = parse_text(_STAY.replace("各班主任将本班级留校生的登记表交到学生处", "各班主任做好本班级留校生的登记"))
    assert not any("登记" in d.text for d in plan.duties)


_STANCE = """某区元宵文化节活动方案

一、活动主题、原则及宗旨

(一)一个主题

以“欢乐元宵,和谐社区”为主题。

(二)两个原则

1.坚持节俭、安全的原则。

2.坚持群众参与、社会共享的原则。

二、活动安排

1.在中心广场举办元宵文艺演出。

2.在区体育馆举办群众健身比赛。
"""


def test_stance_section_lines_are_no_tasks() -> None:
    keys = _keys(_STANCE)
    assert not [k for k in keys if k.startswith("一")]
    assert "二/1" in keys and "二/2" in keys


def test_stance_section_naming_a_doer_stays() -> None:
    text = _STANCE.replace("2.坚持群众参与、社会共享的原则。", "2.区文化馆负责统筹各项活动的安全保障。")
    assert "一/二/2" in _keys(text)
