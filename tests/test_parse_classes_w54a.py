"""Round 54 second wave (w54a): tasks the page openings hid in their structure.

* A run of unit-colon paragraphs under a duty section may hold institutions (镇卫生院：… / 镇共青团、妇联：… /
  镇中心学校：…), which ``colon_lead_unit`` leaves out of the bodies of government: they stand in a run of bodies'
  colon paragraphs as a kind's paragraph does, one task each, and make no run alone
  (``unit_paragraphs.colon_member_unit``). The run's last paragraph cut by the page right after its colon and verb
  (镇卫生院：负责) is a task of its unit, not text of the paragraph before.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某镇防汛工作方案\n一、总体要求\n做好今年防汛工作，保障群众安全。\n二、职责分工\n"


def _tasks(body: str) -> list[tuple[str, list[str]]]:
    return [(t.title, t.responsible_units) for t in parse_text(HEAD + body).tasks]


def test_institutions_stand_in_a_run_of_unit_colon_paragraphs():
    tasks = _tasks("镇水利站:负责辖区内河道水库的巡查和险情报告工作。\n"
                   "镇中心学校:开展防汛安全教育，组织学生进行应急疏散演练。\n"
                   "镇团委、妇联:要发动志愿者参与巡河护水，开展结对帮扶活动。\n"
                   "镇民政办:负责受灾群众的转移安置和生活救助工作。\n")
    assert [units for _title, units in tasks] == [["镇水利站"], ["镇中心学校"], ["镇团委、妇联"], ["镇民政办"]]


def test_the_last_paragraph_cut_after_its_verb_is_a_task_of_its_unit():
    tasks = _tasks("镇水利站:负责辖区内河道水库的巡查和险情报告工作。\n"
                   "镇中心学校:开展防汛安全教育，组织学生进行应急疏散演练。\n"
                   "镇民政办:负责受灾群众的转移安置和生活救助工作。\n"
                   "镇卫生院:负责\n")
    assert [units for _title, units in tasks] == [["镇水利站"], ["镇中心学校"], ["镇民政办"], ["镇卫生院"]]


def test_institutions_alone_make_no_run():
    # near miss: only institutions and one body: the section's text, one task
    tasks = _tasks("镇中心学校:开展防汛安全教育，组织学生进行应急疏散演练。\n"
                   "镇卫生院:做好汛期伤病员救治和卫生防疫各项工作。\n"
                   "镇派出所:负责汛期治安秩序维护和群众转移的警戒工作。\n")
    assert len(tasks) == 1 and tasks[0][0] == "职责分工"


def test_a_cut_colon_line_inside_the_text_is_no_task():
    # near miss: 「镇卫生院:负责」 not at the page's end is no paragraph of the run
    tasks = _tasks("镇水利站:负责辖区内河道水库的巡查和险情报告工作。\n"
                   "镇民政办:负责受灾群众的转移安置和生活救助工作。\n"
                   "镇卫生院:负责\n"
                   "三、工作要求\n各单位要加强值班值守，确保信息畅通。\n")
    assert [title for title, _units in tasks] == ["职责分工", "工作要求"]


# --- a childless 组织领导 point that gives work to bodies by rule 2 (round 34 early; round 33) ---------------

NOTICE = ("关于开展春季灭蚊活动的通知\n各乡镇、县直各单位:\n现将有关事项通知如下:\n一、{head}\n{text}\n"
          "二、药物采购\n灭蚊药物由县爱卫办统一采购，各单位按面积领取，不得自行配制药物。\n"
          "三、工作要求\n(一)各单位要高度重视，认真组织，确保活动取得实效。\n")


def _first_point(head: str, text: str) -> list[list[str]]:
    return [t.responsible_units for t in parse_text(NOTICE.format(head=head, text=text)).tasks
            if t.number == "一" and not t.path]


def test_a_leadership_point_giving_work_to_bodies_is_a_task():
    units = _first_point("加强组织领导", "今年灭蚊活动由县爱卫办统一组织，各乡镇负责镇区范围的灭蚊工作，"
                                         "城关镇负责抓好所辖社区的灭蚊工作。")
    assert units and "各乡镇" in units[0] and "城关镇" in units[0]


def test_a_leadership_point_that_sets_up_the_body_stays_a_section():
    # near miss: it reorganises the leading body and says it leads the whole work (rounds 35, 42)
    assert _first_point("组织领导", "调整充实县灭蚊活动指挥部，由指挥部负责领导全县灭蚊工作，"
                                     "办公室设在县卫健局。") == []


def test_a_leadership_point_naming_no_body_stays_a_section():
    # near miss: a call with no doer under the leadership heading
    assert _first_point("加强组织领导", "各地要高度重视，把灭蚊工作摆上重要议事日程，"
                                         "切实加强领导，层层落实责任。") == []


# --- childless points of an activity plan that assign work by 由 (round 34 early) ------------------------------------

ACTIVITY = ("某镇植树节活动方案\n一、活动时间:3月12日\n二、活动地点:镇东河堤\n三、组织准备\n"
            "活动筹备由林业站牵头，具体工作由林业站负责落实。\n"
            "四、{point}\n五、物资准备\n(一)苗木:由镇林业站负责提供;\n(二)工具:由党政办负责落实。\n")


def _point(point: str) -> list[tuple[str, list[str]]]:
    return [(t.title, t.responsible_units) for t in parse_text(ACTIVITY.format(point=point)).tasks
            if t.number == "四" and not t.path]


def test_a_point_assigning_its_work_to_a_person_by_you_is_a_task_naming_no_unit():
    found = _point("宣传报道:由镇宣传委员负责联系县电视台派员采访植树活动。现场悬挂醒目的标语。")
    assert [units for _t, units in found] == [[]]


def test_a_point_written_as_a_sentence_naming_its_doer_is_a_task():
    found = _point("参加植树的人员乘坐车辆由党政办统一组织安排。所有参加活动的同志统一乘车前往。")
    assert [units for _t, units in found] == [["党政办"]]


def test_a_point_that_sets_up_the_body_and_posts_a_person_stays_a_section():
    # near miss: 由 a person of the group set up (round 35)
    assert _point("组织领导\n成立镇植树活动领导小组。组长:张某某，成员:李某某。"
                  "领导小组下设办公室，由李某某负责日常协调工作。") == []


def test_a_cost_borne_by_a_body_is_no_assignment():
    # near miss: 由A承担 a cost (round 48) gives no work
    assert _point("经费保障\n经初步匡算，活动共需经费约2万元，由镇财政承担。") == []


def test_a_leadership_heading_joined_to_a_division_of_duties_stays_a_section():
    # near miss: 「加强组织领导，明确工作职责」 over the bodies' duties is the plan's safeguards (next37's class)
    assert _first_point("加强组织领导，明确工作职责", "县爱卫办负责统一组织全县灭蚊工作，"
                                                     "各乡镇负责镇区范围的灭蚊工作。") == []
