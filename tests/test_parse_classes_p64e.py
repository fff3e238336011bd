"""Round 64, p64e: festival page openings — a holiday's period the notice's festival fixes, 年底 as a statement's
topic, 落实 of staff, the groups a 分组 section sets up, item numbers a page prints as 1, or runs into a year.

Made-up plan texts in each class's shape, with near misses that must not change.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.festival_periods import holiday_period
from desktop.core.parse.heading_markers import line_marker
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, object]:
    return {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}


# - 「节假日期间」「节日期间」「在节前」 in an item's own text, the festival named in the title or preamble: the
#   festival's month, in the year printed beside it (Round 89 on p44e; Round 87's turned 期间)
HOLIDAY_NOTICE = """某镇关于2027年春节期间安全工作的通知
各村、镇直各单位：
2027年春节即将来临，为做好节日期间各项工作，现就有关事项通知如下：
一、加强值班值守。节假日期间，各村要严格执行值班制度，加强应急值守。
二、开展隐患排查。各单位要在节前集中开展一次消防安全隐患排查，对发现的问题立即整改。
三、做好矛盾调处。各村要及时掌握信访动向，妥善化解矛盾纠纷。
"""


def test_a_holiday_period_takes_the_month_of_the_festival_the_notice_prints() -> None:
    tasks = _tasks(HOLIDAY_NOTICE)
    # 春节 2027 falls on 6 February
    assert tasks["一"].deadline == "2027-02-28"
    assert tasks["二"].deadline == "2027-02-28"
    # near miss: an item naming no period stays undated
    assert tasks["三"].deadline is None


def test_holiday_period_near_misses() -> None:
    opening = "关于2029年国庆节放假安排的通知\n现将国庆节期间有关事项通知如下："
    assert holiday_period("假日期间，各科室要安排好值班。", opening, 2029) == "2029-10-31"
    # two festivals printed: the later month (round 34)
    assert holiday_period("节日期间加强巡查。", "做好2029年元旦、春节期间工作", 2029) == "2029-02-28"
    # no festival printed in the opening: nothing
    assert holiday_period("节日期间，各单位要安排好值班。", "关于做好安全工作的通知", 2029) is None
    # the item's own date stands
    assert holiday_period("节日期间各村于1月20日前报送排班表。", opening, 2029) is None
    # 节前 inside a word is no eve: 季节前 / 调节前
    assert holiday_period("在雨季节前完成清淤。", opening, 2029) is None
    # 节前后 is around the festival, no deadline
    assert holiday_period("节前后要加强巡查。", opening, 2029) is None


# - 「年底是…集中反映期」: 年底 as the topic of a statement dates nothing; 「年底前完成」 still does
def test_year_end_as_a_statement_topic_is_no_deadline() -> None:
    text = ("某局2028年信访工作安排\n一、做好矛盾调处。各科室要重视信访工作。"
            "年底是各类矛盾集中反映期，要及时掌握动向。\n"
            "二、完成台账整理。各科室要在年底前完成信访台账整理。\n")
    tasks = _tasks(text)
    assert tasks["一"].deadline is None
    assert tasks["二"].deadline == "2028-12-31"


# - 「A要落实具体负责…的领导和工作人员」「A落实专人负责…」 staff the work: no doer (Round 85's turned x322_01);
#   「A落实专人，对X实施…」 names A by 实施, and 「A要落实…措施」 stays a doer
def test_staffing_by_luoshi_names_no_doer() -> None:
    assert doer_units("各村、社区要落实具体负责这次行动的领导和其他工作人员，认真开展卫生排查。") == ([], [])
    assert doer_units("各村要落实专人负责清洁行动。") == ([], [])
    assert doer_units("运输企业应当落实专人，对运输车辆实施全程监管。") == ([], ["运输企业"])
    assert doer_units("各村要落实清理措施。") == ([], ["各村"])
    assert doer_units("各村要落实领导责任，做好清运。") == ([], ["各村"])
    # a body naming the posts for its own part stays the doer of its 落实 (rounds 32–33's tuned answers)
    assert doer_units("各部门和各镇落实分管领导和联络员，及时沟通管理问题。") == ([], ["各部门", "各镇"])
    # the agent of 由 with 组织 stays a doer beside the staffing clause
    assert doer_units("各社区要落实具体负责的工作人员。集中清洁行动由街道城管办组织。") == ([], ["街道城管办"])


# - 「（一）检查分组：」 over 「1.交通安全组：…」: the groups the section sets up are no units (rule 3)
GROUPS = """某镇节日安全检查计划
一、检查安排
（一）检查分组：
1.道路安全组：重点检查客运车辆超载超速情况，由张明负责，李华参加。
2.消防安全组：做好商场、市场消防安全检查，由王强负责，赵刚参加。
二、工作要求
（一）镇安监站：负责检查工作的统筹协调。
（二）镇派出所：负责检查期间的治安维护。
"""


def test_groups_a_grouping_section_sets_up_are_no_units() -> None:
    tasks = _tasks(GROUPS)
    assert tasks["一/一/1"].responsible_units == []
    assert tasks["一/一/2"].responsible_units == []
    # near miss: bodies heading their own lines elsewhere stay units
    assert tasks["二/一"].responsible_units == ["镇安监站"]
    assert tasks["二/二"].responsible_units == ["镇派出所"]


# - 「1,要把…」 at a line's start, and 「2.20XX年4月20日,召开…」 (the number run into its date's year): item numbers
def test_item_numbers_typed_with_a_comma_or_run_into_a_year() -> None:
    assert line_marker("1,要把节日期间的安全工作作为重中之重。")[:3] == (3, "1", 1)
    assert line_marker("2.20XX年4月20日,召开全镇干部会议。")[:3] == (3, "2", 2)
    assert line_marker("2.2031年4月20日,召开全镇干部会议。")[:3] == (3, "2", 2)
    # near misses: a decimal, a figure with a comma, a count of years
    assert line_marker("2.5万元用于节日慰问。") is None
    assert line_marker("1,000元慰问金。") is None
    assert line_marker("3.20年以上的老旧房屋。") is None
    text = ("某镇五一安全工作计划\n一是提高认识，加强领导。\n"
            "1,要把节日期间的安全工作作为各项工作的重中之重，各级干部要高度重视。\n"
            "2.2031年4月20日,召开全镇干部会议，部署节日期间安全工作。\n二是开展安全检查。\n"
            "（一）检查重点：\n1.检查客运车辆。\n2.检查烟花爆竹零售点。\n")
    titles = [t.text[:6] for t in parse_text(text).tasks]
    assert "要把节日期间" in titles and "2031年4" in titles and len(titles) == 4


# - 「、活动内容」 between 一、 and 四、: headings whose numeral the page lost, put back where the gap fits exactly;
#   lines that only name the pieces a show brings with their counts are the point's text (the point one task);
#   a 领导小组 point holding only its roster is no task; the days the shows are held date the point (the latest)
SHOWS = """某镇2031年迎春展演活动方案
为丰富群众节日文化生活，制定如下方案。
一、指导思想
坚持以人民为中心，弘扬优秀传统文化，营造欢乐祥和的节日氛围。
、活动内容
今年春节文化活动共组成秧歌队3支，2031年1月20日(农历腊月二十)在镇文化广场汇演1次，1月26日(农历正月初三)在县城巡街展演。
1.秧歌队(3支);
2.舞狮队(2支);
3.锣鼓队(1支)。
、领导小组
组长:张某某
副组长:李某某 王某某
成员:赵某某 孙某某
四、具体要求
各村要高度重视，认真组织排练，确保活动安全有序开展，并定期向镇文化站汇报排练情况。
"""


def test_lost_numerals_counted_pieces_roster_and_show_days() -> None:
    tasks = _tasks(SHOWS)
    assert sorted(tasks) == ["二", "四"]
    assert tasks["二"].title == "活动内容"
    assert tasks["二"].deadline == "2031-01-26"
    assert (1.0, "次") in [(t.value, t.unit) for t in tasks["二"].targets]


def test_lost_numerals_near_misses() -> None:
    from desktop.core.parse.lost_numerals import restore_bare_points, restore_lost_numerals
    # a gap the lost headings do not fill stays as printed
    text = "一、指导思想\n…\n、活动内容\n…\n五、具体要求\n"
    assert restore_lost_numerals(text) == text
    # no numbered point after the lost one: as printed
    text = "一、指导思想\n…\n、活动内容\n…\n"
    assert restore_lost_numerals(text) == text
    # a bare numeral over its first item, the point before it printed: its mark given back
    assert "三、工作措施1 ." in restore_bare_points("一、目标。二、任务…为主。三工作措施1 .加强领导。")
    # near misses: no point 二、 before it; a numeral opening a sentence's word 「三是」 with no item after it
    assert restore_bare_points("…为主。三工作措施1 .加强领导。") == "…为主。三工作措施1 .加强领导。"
    assert restore_bare_points("二、任务。三是加强宣传，广泛发动。") == "二、任务。三是加强宣传，广泛发动。"


def test_show_days_near_misses() -> None:
    from desktop.core.parse.show_days import show_days_end
    assert show_days_end("2月10日在广场汇演，2月12日在县城巡演。", 2031) == "2031-02-12"
    # a day before which work is done is no show's day
    assert show_days_end("2月10日前完成节目排练，做好汇演准备。", 2031) is None
    # a day with no performing verb after it
    assert show_days_end("2月10日召开动员会。各村要组织好汇演。", 2031) is None


def test_counted_lines_with_a_verb_stay_items() -> None:
    text = SHOWS.replace("1.秧歌队(3支);", "1.组建秧歌队3支;")
    tasks = _tasks(text)
    assert "二/1" in tasks
