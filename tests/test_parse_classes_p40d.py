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
