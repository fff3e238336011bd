"""Round 50 (p50e): lead and responsible units in task breakdowns and activity items.

* 参加单位／参加部门 lines are the responsible side of an item's labels where a label of those who lead,
  host or answer for the work stands beside them 「牵头单位：A⏎参加单位：B」「主办单位：A⏎参加单位：B」 (read
  as 参与单位, CONVENTIONS.md round 42); alone (a group's roster, an activity's field over items naming their
  own units) or inside a remark's bracket they name none (``units.taking_part``).
* A 主办单位 line right after an activity's time or place field, or beside a 参加单位 line, is the item's own label,
  not a web page's footer (``text_ends.body_label``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某区2024年防灾减灾宣传周活动方案\n\n一、活动目的\n普及防灾减灾知识。\n\n二、活动内容\n"
TAIL = "\n三、工作要求\n各单位要高度重视，精心组织。\n"


def _tasks(items: str) -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(HEAD + items + TAIL)
    return {t.number: (t.lead_units, t.responsible_units) for t in plan.tasks if t.path == ["二"]}


def test_taking_part_line_beside_a_lead_line_gives_responsible_units():
    got = _tasks("（一）开展街头宣传活动\n在中心广场开展宣传咨询。\n牵头单位：区应急局\n"
                 "参加单位：区地震局、区气象局、区水务局\n"
                 "（二）开展入户宣传\n发放宣传资料。\n牵头部门：区民政局\n参加部门：各街道办事处、区妇联\n")
    assert got["一"] == (["区应急局"], ["区地震局", "区气象局", "区水务局"])
    assert got["二"] == (["区民政局"], ["各街道办事处", "区妇联"])


def test_taking_part_line_beside_a_host_line_in_an_activitys_fields():
    got = _tasks("（一）开展知识竞赛\n时间：5月15日\n地点：区文化中心\n主办单位：区科协\n参加单位：区教育局、团区委\n"
                 "（二）开展科普展览\n时间：5月16日\n地点：区图书馆\n主办单位：区科技局\n参加单位：区融媒体中心\n")
    assert got["一"] == (["区科协"], ["区教育局", "团区委"])
    assert got["二"] == (["区科技局"], ["区融媒体中心"])


def test_a_host_line_after_the_last_activitys_place_field_is_no_footer():
    plan = parse_text("某市节能宣传周活动方案\n\n一、宣传主题\n节能降耗，保卫蓝天。\n\n二、活动安排\n"
                      "（一）组织开展广场集中宣传活动\n时 间：6月13日上午9:00—12:00\n地 点：市中心广场\n"
                      "主办单位：市发改委\n参加单位：市环保局、市教育局、市科技局\n")
    task = next(t for t in plan.tasks if t.path == ["二"] and t.number == "一")
    assert task.lead_units == ["市发改委"]
    assert task.responsible_units == ["市环保局", "市教育局", "市科技局"]


def test_near_miss_a_roster_taking_part_line_names_no_units():
    # 「组长：⏎参加单位：…」 under a group the plan sets up: its members (rule 3), no task's units
    plan = parse_text("某镇道路交通安全检查方案\n\n一、成立检查小组\n组长：张某\n参加单位：派出所、交警队、运管所\n\n"
                      "二、检查内容\n（一）检查道路交通安全设施。\n（二）检查客运车辆安全状况。\n")
    units = [u for t in plan.tasks for u in t.lead_units + t.responsible_units]
    assert "派出所" not in units and "交警队" not in units


def test_near_miss_a_taking_part_line_in_a_remarks_bracket_adds_no_units():
    got = _tasks("（一）开展宣传咨询日活动\n1.活动时间：6月16日。\n"
                 "2.活动内容：利用各类媒体开展安全生产政策法规咨询。\n"
                 "3.组织单位：区安办、各街道办事处。（咨询点设在中心广场。参加单位：区交通局、区住建局。）\n")
    lead, resp = got["一"]
    assert "区安办" in lead + resp and "区交通局" not in lead + resp


def test_near_miss_a_guidance_or_scope_bracket_stays_no_lead():
    got = _tasks("（一）开展示范创建\n每个街道打造1条示范道路。（各街道办事处负责，区建设管理委指导）\n"
                 "（二）开展技术培训\n组织开展业务培训。（适用范围：全区各类道路）\n")
    assert got["一"] == ([], ["各街道办事处"])
    assert got["二"] == ([], [])


# a task table flattened one cell a line (附件1 | 序号 | 任务名称 | 任务内容 | 实施单位)
TABLE_HEAD = ("某市智慧停车三年行动计划\n\n一、工作目标\n到2025年基本建成智慧停车体系。\n\n附件1\n"
              "2024-2026年智慧停车建设任务清单\n序号\n任务名称\n任务内容\n实施单位\n")


def _rows(rows: str) -> dict[str, list[str]]:
    plan = parse_text(TABLE_HEAD + rows)
    return {t.number: t.lead_units + t.responsible_units for t in plan.tasks if t.number.isdigit()}


def test_a_bracket_inside_a_name_stays_and_the_name_after_and_is_split_off():
    got = _rows("1\n推进停车场智能化升级\n布设视频监控等设备，支撑车辆进出场管理。\n"
                "停车集团、相关各区（含临港）交通主管部门及停车企业\n"
                "2\n制定停车场建设标准\n开展停车场智能化建设标准编制工作。\n市交通委、市道路运输局\n")
    assert got["1"] == ["停车集团", "相关各区（含临港）交通主管部门", "停车企业"]
    assert got["2"] == ["市交通委", "市道路运输局"]


def test_a_cell_closed_by_a_separator_keeps_its_short_last_name():
    got = _rows("1\n编制停车技术要求\n开展技术要求编制工作。\n市交通委、市智能交通标委会、上研智联、上汽检、\n"
                "2\n制定停车场建设标准\n开展停车场智能化建设标准编制工作。\n市交通委、市道路运输局\n")
    assert got["1"] == ["市交通委", "市智能交通标委会", "上研智联", "上汽检"]


def test_near_miss_a_scope_note_after_a_name_is_still_a_note():
    got = _rows("1\n推进停车场智能化升级\n布设视频监控等设备。\n市交通委、各区政府（含临港新片区管委会）\n"
                "2\n制定停车场建设标准\n开展标准编制工作。\n市交通委、市道路运输局\n")
    assert got["1"] == ["市交通委", "各区政府"]


def test_a_bracket_listing_the_bodies_a_plural_kind_stands_for_is_dropped():
    # round 37: 「各化工园区（A、B、C）」 — the kind stays, the bracket of its bodies goes
    got = _tasks("（一）开展环保宣传\n设立咨询台。\n责任单位：区环境监察大队\n"
                 "配合单位：区环境监测站、三大园区污水处理厂（甲环境工程有限公司、乙水处理有限公司）\n")
    assert got["一"][1] == ["区环境监察大队", "区环境监测站", "三大园区污水处理厂"]


def test_near_miss_a_bodys_hats_or_sections_in_a_bracket_stay():
    # round 42: the bracket naming a bureau's other hats stays; a body's sections (not a plural kind) stay too
    got = _tasks("（一）开展环保宣传\n设立咨询台。\n责任单位：区生态环境局（区水务局、区海洋局）\n"
                 "配合单位：市交通委（科信处、宣传处）\n")
    assert got["一"][1] == ["区生态环境局（区水务局、区海洋局）", "市交通委（科信处、宣传处）"]
