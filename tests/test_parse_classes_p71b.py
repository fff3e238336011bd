"""Round 71 (p71b): an article's lists that class what its one rule reaches, a principle article that hands out its
measure, a landlord named by its role, and notices of a body's own finding to an applicant.

- The stretches of road a refusal reaches 「…的下列路段的申请不予批准：⏎（一）…门前两侧各50米范围内的路段；」, with
  the article's closing paragraph 「…的具体范围，由A和B划定。」: one task naming A and B, the distances classes of
  road, no targets (Round 104 on x371_02 第六条; Round 78's (b)) — not lines that open with work.
- The classes of application a body decides 「下列…申请由A负责审批：⏎（一）因…需…的；」 with 「除前款规定以外的…申请，
  由B负责审批。」 after them: one task naming A and B (Round 104 on x371_02 第八条) — not lines of work.
- The bands of a fine a body may impose 「…责令其限期改正，并可按以下规定处以罚款：⏎（一）…的，处以…罚款。」: one
  task (Round 104 on x371_02 第十六条; round 49 p46b) — not lines that each name a body of their own.
- The body a department sets up, joined by 或者 after 由 「由区绿化管理部门或者其设置的执法机构责令…」: both doers
  (Round 104 on x371_02 第十六条; round 49: 或者 joins doers) — not a thing a party set up 「责令其拆除其设置的…设施」.
- A principle article whose last paragraph hands its measure to a body 「…年度总量，由市人民政府指定的部门确定并监督
  实施。」: a task naming none (Round 104 on x371_02 第三条) — not an article of principles alone.
- Two departments named by their fields in full, no place before them 「城市道路管理部门和公安交通管理部门作出行政
  处罚，应当…」: two doers (Round 104 on x371_02 第二十一条; round 35) — not a field pair inside one name 「市容环境和
  绿化管理部门」.
- A landlord named by its role 「公有住房出租人负责办理…」: a unit (Round 105 on x376_01 第三条) — not a bare
  「出租人」.
- What the papers lack told to the applicant 「如有缺项，应当告知申请人补全」, the written refusal 「经审核不符合条件
  的，应当在7日内出具不予办理的书面意见」 and the party picked told so 「出租人在指定承租人后应及时通知其办理…手续」:
  undated duties (Round 105 on x376_02 三、; Round 93's x341_04 第十七条) — not a reminder of the rules 「应当告知
  申请人有关规定」, an opinion with no refusal 「应当出具审核意见」, nor an order 「发现问题的，应当通知其整改」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


def _targets(text: str) -> list[tuple[float, str]]:
    return [(g.value, g.unit) for t in parse_text(text).tasks for g in t.targets]


def _duties(text: str) -> list[str]:
    return [d.text for d in parse_text(text).duties]


_HEAD = "某市临时占用绿地管理办法\n\n第一条（目的）\n\n为了加强绿地管理，制定本办法。\n\n"
_TAIL = "\n\n第九条（监督检查）\n\n区绿化管理部门应当定期对占用绿地情况进行检查。\n"

_ROADS = _HEAD + """第二条（不予批准的地段）

占用公园主干道的申请不予批准。

除抢修等特殊情形外，占用一般绿地的下列地段的申请不予批准：

（一）学校门前两侧各50米范围内的地段；

（二）医院出入口周围20米范围内的地段；

（三）文物保护单位周边10米范围内的地段。

公园主干道的具体范围，由市绿化管理部门和市规划管理部门划定。""" + _TAIL


def test_road_classes_one_task() -> None:
    tasks = _tasks(_ROADS)
    assert tasks["2"] == ["市绿化管理部门", "市规划管理部门"]
    assert not any(k.startswith("2/") for k in tasks)
    assert (50.0, "米") not in _targets(_ROADS) and (20.0, "米") not in _targets(_ROADS)


def test_road_work_lines_stay_items() -> None:
    text = _ROADS.replace("（一）学校门前两侧各50米范围内的地段；", "（一）开展学校门前地段的巡查；") \
        .replace("（二）医院出入口周围20米范围内的地段；", "（二）组织医院出入口的整治；")
    assert any(k.startswith("2/") for k in _tasks(text))


_APPROVALS = _HEAD + """第二条（审批权限）

下列占用绿地的申请由市绿化管理部门负责审批：

（一）因重大活动需占用公园绿地的；

（二）需占用一般绿地超过500平方米的；

（三）需全封闭占用绿地的。

除前款规定以外的占用绿地的申请，由绿地所在地的区绿化管理部门负责审批。""" + _TAIL


def test_application_classes_one_task() -> None:
    tasks = _tasks(_APPROVALS)
    assert tasks["2"] == ["市绿化管理部门", "区绿化管理部门"]
    assert not any(k.startswith("2/") for k in tasks)


def test_approval_work_lines_stay_items() -> None:
    text = _APPROVALS.replace("（一）因重大活动需占用公园绿地的；", "（一）组织开展绿地占用的现场踏勘；") \
        .replace("（二）需占用一般绿地超过500平方米的；", "（二）开展占用绿地的公示工作；") \
        .replace("（三）需全封闭占用绿地的。", "（三）建立占用绿地的审批台账。")
    assert any(k.startswith("2/") for k in _tasks(text))


_FINES = _HEAD + """第二条（擅自占用的处罚）

对违反本办法规定，擅自占用绿地的，由区绿化管理部门责令其限期改正，并可按以下规定处以罚款：

（一）擅自占用公园绿地的，处以1000元以上1万元以下的罚款。

（二）擅自占用一般绿地的，处以200元以上2000元以下的罚款。

对逾期仍不改正的，由区绿化管理部门代为清除。""" + _TAIL


def test_fine_bands_one_task() -> None:
    tasks = _tasks(_FINES)
    assert tasks["2"] == ["区绿化管理部门"]
    assert not any(k.startswith("2/") for k in tasks)


def test_fine_lines_with_own_bodies_stay_items() -> None:
    text = _FINES.replace("处以1000元以上1万元以下的罚款。", "由市绿化管理部门组织开展专项整治。") \
        .replace("处以200元以上2000元以下的罚款。", "由区城管执法部门组织开展集中清理。")
    assert any(k.startswith("2/") for k in _tasks(text))


_PRINCIPLE = _HEAD + """第二条（管理原则）

未经批准，任何单位和个人不得擅自占用绿地。

占用绿地的管理实行总量控制、严格审批的原则。

占用绿地的年度控制总量，由市人民政府指定的部门确定并监督实施。

第三条（管理部门）

市绿化管理部门和市规划管理部门按各自职责，负责占用绿地的审批和日常监督管理工作。""" + _TAIL


def test_principle_handing_out_its_measure_is_a_task() -> None:
    assert _tasks(_PRINCIPLE)["2"] == []


def test_principle_alone_no_task() -> None:
    text = _PRINCIPLE.replace("\n\n占用绿地的年度控制总量，由市人民政府指定的部门确定并监督实施。", "")
    assert "2" not in _tasks(text)


_LANDLORD = _HEAD + """第二条（管理部门）

市房屋管理部门是本市公房管理的主管部门。区房屋管理部门负责本辖区内的管理工作。

公有住房出租人负责办理租赁变更手续。""" + _TAIL


def test_landlord_by_role_is_a_unit() -> None:
    assert "公有住房出租人" in _tasks(_LANDLORD)["2"]


def test_bare_landlord_no_unit() -> None:
    units = _tasks(_LANDLORD.replace("公有住房出租人负责", "出租人负责"))["2"]
    assert not any("出租人" in u for u in units)


_NOTICES = """某区公房租赁户名变更规定

一、适用范围

本规定适用于本区公有居住房屋租赁户名的变更。

二、办理程序

（一）受理

出租人应当在收到申请材料之日起7日内完成初审工作。材料齐全的，应当予以受理。如有缺项，应当告知申请人补全。

（二）办理

出租人受理申请后，经审核符合条件的，应当在15日内完成变更手续；经审核不符合条件的，应当在7日内出具不予办理的书面意见。

（三）确定承租人

共同居住人协商不一致的，出租人按照规定顺序确定承租人。出租人在指定承租人后应及时通知其办理变更手续。
"""


def test_notices_to_the_applicant_are_duties() -> None:
    duties = _duties(_NOTICES)
    assert any("告知申请人补全" in d for d in duties)
    assert any("出具不予办理的书面意见" in d for d in duties)
    assert any("通知其办理变更手续" in d for d in duties)


def test_reminders_and_orders_no_duties() -> None:
    text = _NOTICES.replace("如有缺项，应当告知申请人补全。", "受理时应当告知申请人有关规定。") \
        .replace("应当在7日内出具不予办理的书面意见", "应当在7日内出具审核意见") \
        .replace("出租人在指定承租人后应及时通知其办理变更手续。", "发现材料不实的，出租人应当通知其整改。")
    assert _duties(text) == []


_PENALTY_PAPERS = _HEAD + """第二条（管理部门）

园林绿化管理部门负责占用绿地的审批和日常监督管理工作。

第三条（处罚程序）

城市道路管理部门和公安交通管理部门作出行政处罚，应当出具行政处罚决定书；收缴罚款，应当出具统一印制的罚款收据。

罚款收入按规定上缴国库。

第四条（滞纳金）

对逾期缴纳占用费的，区园林绿化管理部门应当按日加收滞纳金。

第五条（损坏赔偿）

对擅自占用绿地并造成损坏的，由区园林绿化管理部门责令其限期改正，赔偿修复费。

第六条（占用费）

占用费收取的具体标准，由市园林绿化管理部门提出，经市物价部门核定后执行。

第七条（占用期间的要求）

经批准占用绿地的单位，应当遵守下列规定：

（一）按批准的期限和范围占用；

（二）占用期满及时恢复绿地原状。""" + _TAIL


def test_two_field_departments_two_doers() -> None:
    assert sorted(_tasks(_PENALTY_PAPERS)["3"]) == ["公安交通管理部门", "城市道路管理部门"]


def test_field_pair_inside_one_name_stays_whole() -> None:
    text = _PENALTY_PAPERS.replace("城市道路管理部门和公安交通管理部门", "市容环境和绿化管理部门")
    assert _tasks(text)["3"] == ["市容环境和绿化管理部门"]


def test_body_it_sets_up_is_a_doer() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("对违反本办法规定的，由区绿化管理部门或者其设置的执法机构责令其限期改正。")[1] \
        == ["区绿化管理部门", "执法机构"]


def test_thing_a_party_set_up_no_doer() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("对违反本办法规定的，由区绿化管理部门责令其拆除其设置的广告设施。")[1] == ["区绿化管理部门"]
