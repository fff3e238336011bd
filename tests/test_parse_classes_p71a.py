"""Round 71 (p71a): a city's 政府规章 on the roads it runs (plans-next371 x371_01, x371_03).

- An operator named by the facility it runs and manages 「隧道经营管理者应当…编制…计划」: a party by role, the subject
  of an article's verb of doing a unit (round 44; Round 104 on x371_01 第十、十七条) — not a trader named by 经营者
  alone 「道路经营者应当…」, whom the rules may address as the public.
- The acts everyone is barred from, in numbered lines under the ban 「除遵守…外，任何单位和个人不得在…范围内从事下列
  行为：⏎（一）…；」: the article is a rule to anyone, no task (Round 80) — not a ban bound on a named party
  「隧道经营管理者不得从事下列行为：」.
- A handing over to a body, the receiver's own verbs after it 「A应当及时向B移交下列设施，B应当及时接管、维护：」:
  the lines the parts of the work, each taking the lead-in's subject (Round 104's x371_01 第十条; 「A应当＋verb＋
  下列X：」) — not the papers a party hands in 「A应当向B提交下列材料：」.
- A village's or the residents' own committee 「村民委员会应当…编制村道建设计划，报…备案」「沿线村的村民委员会应当…
  召集…」 as the subject of a later paragraph's or sentence's verb of doing: a unit, its plan drawn up and filed its
  own work (round 44; Round 104 on x371_03 第九、十条) — not the committee's members 「村民委员会成员应当…」.
- 「乡（镇）人民政府和村民委员会应当…」: two doers, split at 和 (round 34) — a committee first 「村民委员会和…」 kept.
- A ban said of no one, only where it holds 「村道及其用地范围内禁止从事下列行为：⏎（一）…」, after everyone's
  「任何单位和个人不得…」: the article no task (Round 80) — not after a named body's own work.
- A post's own list of work 「…应当设置专职的桥梁养护工程师。桥梁养护工程师负责以下工作：⏎（一）…」: its lines name
  no unit (round 30; Round 104's x371_03 第二十四条) — not a body's 「区公路管理机构负责以下工作：」.
- Records placed in the system that gathers them, the modal right after them 「…数据信息应当纳入本市公路信息化管理
  体系」: an undated duty (Round 97's x353_03 第二十八条) — not a result put into an assessment 「纳入考核体系」.
- Money by its main source 「…资金以…财政资金为主，…予以适当补贴」 and a body bound to budget it for a use 「…应当根据
  本辖区实际情况，安排一定的资金用于…」: a money-only article, no task (Round 48's cost verbs) — not with work of the
  body's own beside it 「…，并组织实施村道养护」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市隧道管理办法

第一条（目的）

为了加强隧道管理，制定本办法。

"""

_TAIL = """

第九条（巡查）

市交通行政管理部门应当定期组织巡查。

第十条（监督）

区交通行政管理部门应当加强监督检查。
"""


def test_an_operator_named_by_its_facility_is_a_unit():
    got = _tasks(_HEAD + """第五条（养护计划）

隧道经营管理者应当根据隧道的技术状况，编制隧道年度养护计划。市交通行政管理部门应当加强监督。

第六条（收费）

道路经营者应当按照规定公布收费标准。市交通行政管理部门应当加强监督。""" + _TAIL)
    assert got["5"] == ["隧道经营管理者", "市交通行政管理部门"]
    assert got["6"] == ["市交通行政管理部门"]          # (经营者 alone: no unit)


def test_a_ban_to_everyone_over_its_lines_is_no_task():
    got = _tasks(_HEAD + """第五条（禁止行为）

除遵守《某市道路管理条例》第十条的规定外，任何单位和个人不得在隧道范围内从事下列行为：

（一）在隧道内堆放物品；

（二）利用隧道附属设施悬挂物品。

第六条（经营者禁止行为）

隧道经营管理者不得从事下列行为：

（一）擅自提高收费标准；

（二）擅自关闭收费道口。""" + _TAIL)
    assert not any(k.startswith("5") for k in got)
    assert any(k.startswith("6") for k in got)        # (a named party's ban: a task)


def test_a_hand_over_lead_in_gives_its_lines_the_subject():
    got = _tasks(_HEAD + """第五条（设施移交）

隧道竣工验收合格后，隧道建设单位应当及时向所在地区交通行政管理部门移交下列设施，所在地区交通行政管理部门应当及时接管、维护：

（一）隧道出入口的人行天桥；

（二）连接隧道的匝道。

第六条（申请材料）

隧道建设单位应当向区交通行政管理部门提交下列材料：

（一）竣工验收报告；

（二）设施清单。""" + _TAIL)
    assert got["5/一"][0] == "隧道建设单位" and got["5/二"][0] == "隧道建设单位"
    assert not any(k.startswith("6/") and v for k, v in got.items())     # (papers handed in: no doer)


def test_a_village_committee_in_a_later_paragraph_is_a_unit():
    got = _tasks(_HEAD + """第五条（建设计划）

镇人民政府应当按照规划，编制乡道建设计划。

村民委员会应当按照村道规划，编制村道建设计划，报区交通行政管理部门备案。

第六条（意见）

镇人民政府应当征求意见。沿线村的村民委员会应当召集村民会议进行讨论。

第七条（成员）

镇人民政府应当加强指导。村民委员会成员应当遵守村规民约。""" + _TAIL)
    assert got["5"] == ["镇人民政府", "村民委员会"]
    assert got["6"] == ["镇人民政府", "村民委员会"]
    assert got["7"] == ["镇人民政府"]                 # (the committee's members: persons, no unit)


def test_a_government_and_the_village_committee_are_two_doers():
    from desktop.core.parse.opening_subjects import split_bodies

    assert split_bodies(["乡（镇）人民政府和村民委员会"], set()) == ["乡（镇）人民政府", "村民委员会"]
    assert split_bodies(["村民委员会和镇人民政府"], set()) == ["村民委员会和镇人民政府"]


def test_a_ban_said_of_no_one_after_everyones_is_no_task():
    ban = """

村道及其用地范围内禁止从事下列行为：

（一）在村道桥梁下停泊船只；

（二）在村道上堆放物品。"""
    got = _tasks(_HEAD + "第五条（禁止行为）\n\n未经依法批准，任何单位和个人不得在村道上设卡、收费。" + ban
                 + "\n\n第六条（禁止行为）\n\n区公路管理机构应当加强村道巡查。" + ban + _TAIL)
    assert not any(k.startswith("5") for k in got)
    assert any(k.startswith("6") for k in got)


def test_a_posts_work_list_names_no_unit():
    got = _tasks(_HEAD + """第五条（桥梁管理）

市交通行政管理部门应当组织制定本市村道桥梁养护管理工作制度。

区公路管理机构应当设置专职的桥梁养护工程师。桥梁养护工程师负责以下工作：

（一）对村道桥梁养护管理进行技术指导；

（二）起草村道桥梁的年度养护计划。

第六条（桥梁检查）

市交通行政管理部门应当组织制定本市村道桥梁检查制度。

区公路管理机构负责以下工作：

（一）对村道桥梁进行定期检查；

（二）起草村道桥梁的年度检查计划。""" + _TAIL)
    assert got["5/一"] == [] and got["5/二"] == []
    assert got["6/一"] == ["区公路管理机构"]


def test_records_placed_in_an_information_system_are_a_duty():
    text = _HEAD + """第五条（数据信息）

区公路管理机构应当定期采集、更新村道数据信息。

村道数据信息应当纳入本市公路信息化管理体系。

第六条（考核）

区公路管理机构应当将养护情况纳入考核体系。""" + _TAIL
    duties = [d.text for d in parse_text(text).duties]
    assert "村道数据信息应当纳入本市公路信息化管理体系" in duties
    assert not any("考核体系" in d for d in duties)


def test_money_by_its_source_and_a_budget_for_a_use_is_no_task():
    from desktop.core.parse.money_articles import money_only

    assert money_only("村道建设资金以镇人民政府的财政资金为主，区人民政府予以适当补贴。")
    assert money_only("村道养护资金以镇人民政府的财政资金为主。\n"
                      "镇人民政府应当根据本辖区实际情况，安排一定的资金用于村道养护。")
    assert not money_only("镇人民政府应当根据本辖区实际情况，安排一定的资金用于村道养护，并组织实施村道养护。")
