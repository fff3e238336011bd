"""Round 69 (p69a): lists and articles of rules that give no work of their own, and where a name ends.

- The places or buildings a rule covers, listed under the lead-in that names their class 「在本市下列区域内，不得设置
  户外招牌，但…除外：⏎（一）…区域；」「下列商业建筑未按照…配建…的，应当在改建时补建：⏎（一）…」: the article one task,
  its lines members of the class (Round 78's (b)) — not lines of work under a place lead-in 「（一）组织开展…」.
- The catch-all last line of a party's duties set by the laws 「（四）法律法规和有关规定明确的其他义务。」
  「…要求的其他事项」: no task (Round 84's p61a-1) — not a last line that names its own act beside 其他
  「（三）将其他检查结果录入管理系统」.
- The staff's breach handed to unnamed organs 「…的工作人员在…中违反本办法有关规定的，由有关部门依法进行处理。」 (and
  「…的，予以通报批评；情节严重的，由有关部门依法进行处理」): the standard liability clause, no task — not a regulated
  party's breach handed so 「经营者违反本办法规定的，由有关部门依法进行处理。」.
- Principles named before the step they shape 「…方案由A会同B按照下列原则编制：⏎（一）符合…；」: the article one task
  with A and B (a principles lead-in, round 33) — not lines of work under 「按照下列要求编制：」.
- A partner of 会同 before 听取…意见 「A应当会同B听取周边经营者以及居民的意见」: the name ends before 听取 — as before
  征求…意见.
- A body joined to a government's designee named by no name 「A和区人民政府指定的部门按照职责负责…」: A alone, the
  designating government no doer — not a designee named 「A和区人民政府确定的区发展改革委负责…」 (both, as before).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市户外设施管理办法

第一条（目的和依据）

为了加强户外设施管理，根据有关规定，制定本办法。

第二条（管理部门）

市绿化市容部门负责本市户外设施的监督管理。

"""

_PLACES = _HEAD + """第三条（设置控制）

在本市下列区域内，不得新设户外招牌，但详细规划另有安排的除外：

（一）内环线以内的主要景观道路两侧；

（二）码头、汽车客运站、轨道交通换乘站；

（三）历史建筑集中的街区及其周边五十米范围。

第四条（补建）

下列商业建筑未按照本市标准配建非机动车停放点的，应当在改建时补建：

（一）建筑面积在3000平方米以上的超市、菜场；

（二）影院、体育馆、展览馆。

第五条（巡查）

市绿化市容部门应当定期组织巡查。
"""

_WORK = _HEAD + """第三条（专项整治）

市绿化市容部门应当在下列区域开展专项整治：

（一）组织开展沿街店铺招牌清理；

（二）开展主要道路两侧户外设施安全检查。

第四条（巡查）

市绿化市容部门应当定期组织巡查。
"""


def test_places_listed_are_the_article_text() -> None:
    tasks = _tasks(_PLACES)
    assert "3" in tasks and not any(k.startswith("3/") for k in tasks)
    assert "4" in tasks and not any(k.startswith("4/") for k in tasks)


def test_work_lines_under_a_place_lead_in_stay_items() -> None:
    tasks = _tasks(_WORK)
    assert sum(k.startswith("3/") for k in tasks) == 2


_DUTIES = _HEAD + """第三条（检测机构义务）

检测机构应当履行下列义务：

（一）按时到达检查现场，不得迟到早退；

（二）如实记录检查情况；

（三）法律法规和有关规定明确的其他义务。

第四条（委托单位义务）

委托单位应当做好下列工作：

（一）提供检查所需场地；

（二）核对检查数据；

（三）法律法规和有关规定要求的其他事项。

第五条（巡查）

市绿化市容部门应当定期组织巡查。
"""

_OWN_OTHER = _DUTIES.replace("（三）法律法规和有关规定要求的其他事项。", "（三）将其他检查结果录入管理系统。")


def test_catch_all_lines_set_by_the_laws_are_no_tasks() -> None:
    tasks = _tasks(_DUTIES)
    assert sorted(k for k in tasks if k[0] in "34") == ["3/一", "3/二", "4/一", "4/二"]


def test_a_last_line_with_its_own_act_stays_a_task() -> None:
    assert "4/三" in _tasks(_OWN_OTHER)


_STAFF = _HEAD + """第三条（巡查）

市绿化市容部门应当定期组织巡查。

第四条（工作人员的责任）

市绿化市容部门、设置单位的工作人员在审核工作中违反本办法有关规定的，由有关部门依法进行处理。

第五条（监管人员的责任）

监管部门工作人员在管理工作中有滥发许可、徇私舞弊等行为的，予以通报批评；情节严重的，由有关部门依法进行处理。
"""

_PARTY = _STAFF.replace("市绿化市容部门、设置单位的工作人员在审核工作中违反本办法有关规定的",
                        "设置单位违反本办法有关规定擅自设置户外招牌的")


def test_staff_breach_handed_to_unnamed_organs_is_no_task() -> None:
    tasks = _tasks(_STAFF)
    assert "4" not in tasks and "5" not in tasks and "3" in tasks


def test_a_party_breach_handed_so_stays_a_task() -> None:
    assert "4" in _tasks(_PARTY)


_PRINCIPLES = _HEAD + """第三条（设置方案）

户外招牌的设置方案由区绿化市容部门会同区规划资源部门按照下列原则编制：

（一）与街区风貌相协调；

（二）符合户外设施总量控制要求。

编制设置方案时，区绿化市容部门应当会同区规划资源部门听取沿街招牌经营者以及周边居民的意见。
"""

_REQUIREMENTS = _PRINCIPLES.replace("按照下列原则编制：", "按照下列要求编制：").replace(
    "（一）与街区风貌相协调；", "（一）组织开展街区风貌调查；").replace(
    "（二）符合户外设施总量控制要求。", "（二）开展沿街商户设置意愿调查。")


def test_principles_before_the_step_are_the_article_text() -> None:
    tasks = _tasks(_PRINCIPLES)
    assert not any(k.startswith("3/") for k in tasks)
    assert sorted(tasks["3"]) == ["区绿化市容部门", "区规划资源部门"]


def test_lines_of_work_under_requirements_stay_items() -> None:
    tasks = _tasks(_REQUIREMENTS)
    assert "3/一" in tasks and "3/二" in tasks


def test_a_partner_before_hearing_views_ends_its_name() -> None:
    from desktop.core.parse.sentence_names import read_names
    assert read_names("区规划资源部门听取沿街招牌经营者以及周边居民的意见")[0] == ["区规划资源部门"]
    assert read_names("区规划资源部门听取汇报")[0] == []


def test_a_designee_named_by_no_name_ends_the_list() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("市城管部门和区人民政府指定的部门按照职责负责户外招牌的监督管理。")[1] == ["市城管部门"]
    named = doer_units("市城管部门和区人民政府确定的区市容管理局负责户外招牌的监督管理。")[1]
    assert named == ["市城管部门", "区市容管理局"]
