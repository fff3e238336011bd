"""Round 40 (p40d), unit labels and targets: field labels a school's or town's page writes under an item
(「任務單位：」「任务部门：」, a 负责人 field beside the unit), …. Made-up snippets written the way such pages are
printed, each with a near miss that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# a college's activity plan in traditional script: each item's unit on a field line after its text
FIELD_LINES = """某學院消防安全月活動方案
一、活動主題
珍愛生命，安全第一。
二、活動安排
(一)舉辦消防知識競賽
11月1日至11月20日，面向全院學生開展消防知識線上答題。
任務單位:院學生會
(二)開展消防疏散演練
1、宿舍樓疏散演練
在學生宿舍樓組織夜間疏散演練，熟悉逃生路線。
任務部門:保衛處
2、教學樓疏散演練
在上課期間組織教學樓疏散演練，檢驗應急預案。
任务部门：教务处
"""


def test_task_unit_field_lines_name_the_units():
    tasks = _tasks(FIELD_LINES)
    assert tasks["二.一"] == ([], ["院學生會"])
    assert tasks["二.二.1"] == ([], ["保衛處"])
    assert tasks["二.二.2"] == ([], ["教务处"])


def test_task_words_in_prose_are_no_label():
    # near miss: 「各任務單位要…」 a sentence, no field line — it names no unit (「要按時上報…」 is none)
    text = FIELD_LINES.replace("任務單位:院學生會", "各任務單位要按時上報參賽名單。")
    tasks = _tasks(text)
    assert tasks["二.一"] == ([], [])
    assert tasks["二.二.1"] == ([], ["保衛處"])


# a town's plan: the office in charge, its head's name on the same field line
PERSON_BESIDE = """某镇春节文化下乡活动方案
一、活动内容
（一）送春联下乡
组织书法爱好者到各村书写春联。
二、分工及职责
（一）后勤保障
1、责任人：王某（党委副书记）
责任部门：党政办 负责人：李某
职责：负责通知参加人员，安排车辆。
"""


def test_a_person_field_beside_the_unit_is_no_part_of_it():
    tasks = _tasks(PERSON_BESIDE)
    assert tasks["二.一.1"][1] == ["党政办"]


# a township's plan: a section whose own text ends in a unit-colon line over its numbered items
COLON_HEADING = """某乡控辍保学工作方案
一、工作目标
确保义务教育巩固率稳步提升。
二、责任分解
乡中心学校:
1、制定控辍保学实施方案，安排部署全乡学校控辍保学工作。
2、建立学生流失台账，及时掌握学生动向。
三、工作要求
各村要高度重视，加强宣传。
"""


def test_a_unit_colon_line_over_numbered_items_labels_them():
    tasks = _tasks(COLON_HEADING)
    assert tasks["二.1"] == (["乡中心学校"], [])
    assert tasks["二.2"] == (["乡中心学校"], [])


def test_a_colon_line_naming_no_body_labels_nothing():
    # near miss: the line over the items names what they are, not who does them
    tasks = _tasks(COLON_HEADING.replace("乡中心学校:", "主要任务:"))
    assert tasks["二.1"] == ([], []) and tasks["二.2"] == ([], [])


def test_a_unit_colon_line_with_its_text_is_no_heading_of_the_items():
    # near miss: the unit's colon opens its own sentence; the numbered items after it are not its
    text = COLON_HEADING.replace("乡中心学校:", "乡中心学校:负责统筹全乡控辍保学工作。")
    tasks = _tasks(text)
    assert "乡中心学校" not in tasks["二.2"][0]


# an opinion's section heading that makes two things clear, the division of duties one of them
WORK_HEADING = """某区推进公共停车资源错时共享的实施意见
一、总体目标
到年底，全区新增共享泊位一千个。
二、保障措施
（一）明确责任主体和职责分工
1、区交通委建立停车共享协调机制，研究解决推进中的重大问题。
2、区房管局加强对住宅小区停车管理的指导，完善小区停车收费办法。
（二）加强宣传
各街镇要通过多种形式宣传停车共享的意义。
"""


def test_a_heading_making_the_division_clear_gives_out_work():
    tasks = _tasks(WORK_HEADING)
    assert tasks["二.一.1"][1] == ["区交通委"]
    assert tasks["二.一.2"][1] == ["区房管局"]


def test_a_heading_of_the_groups_set_up_gives_out_no_work():
    # near miss: 「组织领导和职责」 heads the group's set-up; the items' verbs (建立, 加强) name no doer by rule 2
    tasks = _tasks(WORK_HEADING.replace("（一）明确责任主体和职责分工", "（一）组织领导和职责"))
    assert tasks["二.一.1"][1] == [] and tasks["二.一.2"][1] == []


def test_the_bodies_with_their_duties_give_out_work():
    tasks = _tasks(WORK_HEADING.replace("（一）明确责任主体和职责分工", "（一）管理机构与职责"))
    assert tasks["二.一.1"][1] == ["区交通委"]


def test_a_supervision_heading_gives_out_work():
    # Round 40 rulings: 「监管责任」「管理主体」 as headings give out work
    for heading in ("（一）监管责任", "（一）管理主体"):
        tasks = _tasks(WORK_HEADING.replace("（一）明确责任主体和职责分工", heading))
        assert tasks["二.一.2"][1] == ["区房管局"], heading


def _targets(text: str) -> dict[str, list[tuple[float, str]]]:
    return {t.key: [(g.value, g.unit) for g in t.targets] for t in parse_text(text).tasks}


# a town's campaign plan: counts of events written in Chinese numerals after 至少 and the verb of holding them
AT_LEAST_ONCE = """某镇冬春火灾防控工作方案
一、工作措施
（一）镇安办牵头，各村（社区）至少开展一次《消防法》宣传活动。
（二）镇文化站负责，在春节期间至少举办一场群众文艺演出。
（三）镇应急办负责开展一次消防安全大检查。
"""


def test_at_least_then_the_verb_counts_the_events():
    targets = _targets(AT_LEAST_ONCE)
    assert (1.0, "次") in targets["一.一"]
    assert (1.0, "场") in targets["一.二"]


def test_one_event_without_a_bar_is_the_item_s_own_count():
    # 「开展一次…检查」 with no 至少: an article before Round 52's decided 「五个一」; the events an item holds, counted
    # right after the verb that holds them, are its own numbers of work (1 次, since round 56's w50e)
    assert _targets(AT_LEAST_ONCE)["一.三"] == [(1.0, "次")]


# a town's publicity item in traditional script: vehicles fielded, banners per village, the hours they play
FIELDED = """某鎮秋季秸稈禁燒工作方案
一、宣傳方式
1、鎮政府組織兩輛宣傳車，懸掛禁燒標志，每天早上8點至21點在全鎮範圍內輪流播放；為各村統一製作條幅，每村兩條，懸掛至醒目位置。
2、鎮農辦負責在每村兩條主要道路沿線張貼宣傳標語。
3、鎮派出所負責安排一輛巡邏車開展夜間巡查。
"""


def test_vehicles_fielded_and_a_per_village_rate_are_targets():
    targets = _targets(FIELDED)["一.1"]
    assert (2.0, "辆") in targets     # (units read in simplified form)
    assert (2.0, "条") in targets


def test_hours_of_the_day_are_no_target():
    assert not any(unit in ("点", "點") for _, unit in _targets(FIELDED)["一.1"])


def test_near_misses_of_fielded_and_per_place_counts():
    targets = _targets(FIELDED)
    # 「在每村兩條主要道路沿線」: where the work is done, no rate after a comma; 「一輛」: an article
    assert targets["一.2"] == []
    assert targets["一.3"] == []


# a river authority's pilot: planting rules by the river's width, a clean-up of places near schools
KINDS = """某区林水复合建设试点工作方案
一、建设要求
1、区水务局负责在河口宽小于6米的河道两侧新增一排乔木，形成造林区域。
2、区文化执法大队负责整治学校周边200米以内的网吧、游戏厅等场所。
3、区建管委负责建设1万吨以上的应急物资储备库。
4、镇规划办负责审核，宽度超过8米的村庄道路报区规划资源局征询意见。
5、区绿化市容局负责做好河道周边2至3米范围内的保洁工作。
"""


def test_a_size_naming_the_kind_the_work_acts_on_is_no_target():
    targets = _targets(KINDS)
    assert not any(unit == "米" for _, unit in targets["一.1"])
    assert not any(unit == "米" for _, unit in targets["一.2"])


def test_near_misses_of_a_size_naming_a_kind_stay_targets():
    targets = _targets(KINDS)
    assert (10000.0, "吨") in targets["一.3"]          # the work builds that class
    # (the class opening the clause 「宽度超过8米的村庄道路报…」: Round 58 rulings, a band inside the noun of the
    # class a
    # piece of work picks is a class — plans-next89 x89_04 aligned)
    assert (8.0, "米") not in targets["一.4"]
    assert (2.0, "米") in targets["一.5"]              # the area the work covers


TERMS = """某区安全生产主体责任落实工作方案
一、工作要求
1、企业主要负责人要在任职之日起6个月内，经区应急管理局考核合格。
2、区应急管理局负责督促企业，重大隐患整改期限自发现之日起不超过6个月。
"""


def test_months_counted_from_an_event_are_no_target():
    # Round 40 rulings (round 33/34): a term counted from an event, no comparison word
    assert not any(unit == "个月" for _, unit in _targets(TERMS)["一.1"])


def test_months_joined_to_a_comparison_word_stay_a_target():
    # near miss: 「不超过6个月」 joins the line (round 30), counted from an event or not
    assert (6.0, "个月") in _targets(TERMS)["一.2"]
