"""Mends of round 27's review (r62) of the p62 classes (tests/data/plans-next61 / -next64): a body's lead-in over
its work that took adverbs and co-subjects into the name, the set-up-body heading rule that dropped a heading
unit's own duties, the project list that read the copy list / issuer after it into its last row, short task cells,
a 完成时限 column, a 牵头 cell left empty, a unitless list's task cell set off over two blocks, 「X单位主体责任。」.
Made-up wordings of other plans, and near-misses that must not fire."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duty_headings import lead_in_units, work_lead_in


def _units(plan) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in plan.tasks}


# -- 1 / 7 / 11: a work lead-in's body, its adverbs off, its roles ---------------------------------------------------

def test_work_lead_in_drops_the_words_between_body_and_verb():
    assert lead_in_units("各乡镇因地制宜开展以下工作：") == ["各乡镇"]
    assert lead_in_units("镇政府认真落实以下三项工作任务：") == ["镇政府"]
    assert lead_in_units("街道办事处进一步推行以下制度：") == ["街道办事处"]
    assert lead_in_units("区城运中心统一部署实施以下工作措施：") == ["区城运中心"]


def test_work_lead_in_roles_of_lead_and_partner():
    assert work_lead_in("区卫健委会同区民政局推行以下三项制度：") == (["区卫健委"], ["区民政局"])
    assert work_lead_in("由区城管执法局牵头实施以下措施：") == (["区城管执法局"], [])
    assert work_lead_in("区建管委牵头建立如下工作机制：") == (["区建管委"], [])
    assert work_lead_in("区教育局、区卫健委共同建立以下工作机制：") == ([], ["区教育局", "区卫健委"])
    assert work_lead_in("区房管局和区住建委联合开展以下工作：") == ([], ["区房管局", "区住建委"])


def test_work_lead_in_of_no_body_names_none():
    for line in ("今年重点实施以下工作任务：", "2025年开展以下工作：", "全区各部门按照要求落实以下工作任务：",
                 "相关部门建立以下工作机制：", "围绕目标任务开展以下工作：",
                 "街道党工委书记亲自部署实施以下工作：", "在区委领导下各方面实施以下工作："):
        assert lead_in_units(line) == [], line


_LEAD_IN_PLAN = """某区关于加强燃气安全工作的实施方案

一、工作机制

{line}

（一）联席会议制度。每季度召开一次联席会议。

（二）隐患排查制度。每月开展一次隐患排查。

（三）督查通报制度。每半年通报一次。
"""


def test_lead_in_roles_reach_the_items():
    units = _units(parse_text(_LEAD_IN_PLAN.format(line="区城管执法局会同区市场监管局建立以下工作制度：")))
    assert units["一.一"] == (["区城管执法局"], ["区市场监管局"]) and units["一.三"] == units["一.一"]
    units = _units(parse_text(_LEAD_IN_PLAN.format(line="由区住建委牵头建立以下工作机制：")))
    assert units["一.二"] == (["区住建委"], [])
    units = _units(parse_text(_LEAD_IN_PLAN.format(line="各镇结合实际建立以下工作机制：")))
    assert units["一.一"] == ([], ["各镇"])


# -- 2: a heading body whose item sets up something else keeps its unit ---------------------------------------------

_OWN_WORK = """某镇关于加强安全生产基层治理的实施意见

一、组织体系

（一）镇安委办。负责建立镇安委办成员单位例会制度，统筹协调全镇安全生产工作。

（二）镇安全生产委员会。镇安全生产委员会统筹全镇安全生产，并在各村设立安全生产委员会工作站。

（三）镇综治中心。依托镇综治中心平台建立综治中心安全专题模块，实现隐患闭环处置。

（四）镇网格化管理中心。牵头各村网格站建立网格化管理中心巡查机制。

二、基层组织

（一）社区消防工作站。各社区设立消防工作站，由社区书记任站长。

（二）街道巡查队。各街道组建巡查队，明确专职人员。
"""


def test_heading_body_whose_item_sets_up_something_else_keeps_its_unit():
    units = _units(parse_text(_OWN_WORK))
    assert units["一.一"] == ([], ["镇安委办"])
    assert units["一.二"] == ([], ["镇安全生产委员会"])
    assert units["一.三"] == ([], ["镇综治中心"])
    assert units["一.四"] == ([], ["镇网格化管理中心"])


def test_heading_naming_the_body_set_up_in_other_words_is_still_no_unit():
    units = _units(parse_text(_OWN_WORK))
    assert units["二.一"] == ([], []) and units["二.二"] == ([], [])


# -- 3 / 4 / 5 / 12: the project list ------------------------------------------------------------------------------

_LIST_BODY = """某区关于推进老旧小区改造工作的实施意见

各街道、各有关部门：

为推进老旧小区改造工作，现提出如下意见。

一、主要任务

（一）完善改造机制。区房管局负责统筹推进老旧小区改造。

（二）加强队伍建设。区住建委负责开展施工队伍培训。

某区人民政府办公室

2024年4月1日

附件

某区老旧小区改造重点任务清单

"""


def _list(cells: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(_LIST_BODY + "\n\n".join(cells) + "\n")
    return {t.key: (t.lead_units, t.responsible_units) for t in plan.tasks if t.key.startswith("附件")}


_HEAD = ["类别", "项目", "主要任务", "牵头单位", "配合单位", "一、推进改造"]
_ROWS = ["1.实施加装电梯", "全年完成加装电梯50台。", "区房管局", "各街道",
         "2.推进雨污分流", "完成雨污分流改造10个小区。", "区水务局", "区住建委",
         "3.开展施工培训", "每年培训施工人员300人次。", "区住建委", "各街道"]


def test_copy_list_and_issue_line_after_the_list_are_no_row():
    for tail in (["抄报：市房管局，市住建委。", "某区人民政府办公室", "2024年4月1日印发"],
                 ["主送：各街道办事处。"], ["注：各街道每月报送进度。", "区房管局"],
                 ["某区房屋管理局", "2024年4月10日"]):
        rows = _list(_HEAD + _ROWS + tail)
        assert rows["附件.3"] == (["区住建委"], ["各街道"]), tail


def test_a_unit_cell_set_off_over_two_blocks_mid_list_still_joins():
    cells = _ROWS[:3] + ["区委编办", "各街道"] + _ROWS[4:]
    rows = _list(_HEAD + cells)
    assert rows["附件.1"] == (["区房管局"], ["区委编办", "各街道"]) and rows["附件.3"] == (["区住建委"], ["各街道"])


def test_names_after_the_last_row_with_nothing_after_them_are_the_issuer():
    rows = _list(_HEAD + _ROWS + ["区政府办公室", "区房管局"])
    assert rows["附件.3"] == (["区住建委"], ["各街道"])


def test_short_task_cells_with_no_stop_are_read():
    cells = [c.rstrip("。") for c in _ROWS]
    rows = _list(_HEAD + cells)
    assert rows["附件.1"] == (["区房管局"], ["各街道"]) and rows["附件.2"] == (["区水务局"], ["区住建委"])


def test_a_time_column_gives_the_deadline():
    head = ["类别", "项目", "主要任务", "牵头单位", "配合单位", "完成时间", "一、推进改造"]
    cells = ["1.实施加装电梯", "完成加装电梯50台。", "区房管局", "各街道", "2024年9月底",
             "2.推进雨污分流", "完成雨污分流改造10个小区。", "区水务局", "区住建委", "2024年12月底",
             "3.开展施工培训", "培训施工人员300人次。", "区住建委", "各街道", "长期坚持"]
    plan = parse_text(_LIST_BODY + "\n\n".join(head + cells) + "\n")
    due = {t.key: t.deadline for t in plan.tasks if t.key.startswith("附件")}
    assert str(due["附件.1"]) == "2024-09-30" and str(due["附件.2"]) == "2024-12-31"
    assert (plan.tasks[-1].lead_units, plan.tasks[-1].responsible_units) == (["区住建委"], ["各街道"])


def test_an_empty_lead_cell_makes_no_partner_the_lead():
    for empty in ("—", "/", "无"):
        cells = list(_ROWS)
        cells[2] = empty
        rows = _list(_HEAD + cells)
        assert rows["附件.1"][0] == [], empty
        assert rows["附件.2"] == (["区水务局"], ["区住建委"])


def test_a_list_whose_only_unit_column_is_responsible_keeps_its_units_responsible():
    head = ["类别", "项目", "主要任务", "责任单位", "一、推进改造"]
    cells = ["1.实施加装电梯", "全年完成加装电梯50台。", "区房管局、各街道",
             "2.推进雨污分流", "完成雨污分流改造10个小区。", "区水务局",
             "3.开展施工培训", "每年培训施工人员300人次。", "区住建委"]
    rows = _list(head + cells)
    assert rows["附件.1"] == ([], ["区房管局", "各街道"]) and rows["附件.3"] == ([], ["区住建委"])


# -- 6 / 9: the unitless list ---------------------------------------------------------------------------------------

def _unitless(cells: list[str]) -> list[str]:
    plan = parse_text(_LIST_BODY + "\n\n".join(cells) + "\n")
    return [t.title for t in plan.tasks if t.key.startswith("附件")]


def test_unitless_task_cell_set_off_over_two_blocks_joins():
    titles = _unitless(["序号", "主要领域", "重点任务或项目", "1", "电梯加装", "完成加装电梯50台，",
                        "其中住宅小区40台、公共建筑10台。", "2", "完成雨污分流改造10个小区。", "3", "队伍建设",
                        "培训施工人员300人次、", "安全员100人次。"])
    assert len(titles) == 3 and "40台" in titles[0] and "安全员" in titles[2]


def test_unitless_list_under_other_task_headers():
    for head in ("重点工作", "具体措施", "重点举措", "工作内容", "具体任务"):
        titles = _unitless(["序号", "领域", head, "1", "电梯加装", "完成加装电梯50台。", "2",
                            "完成雨污分流改造10个小区。", "3", "队伍建设", "培训施工人员300人次。"])
        assert len(titles) == 3, head


def test_a_score_table_is_still_no_unitless_list():
    titles = _unitless(["序号", "考核项目", "工作任务", "分值", "1", "组织领导", "建立工作机制。", "10", "2",
                        "设施建设", "建成服务中心。", "20", "3", "队伍建设", "开展培训。", "10"])
    assert titles == []


# -- 8: a party's part headed with the kind of its responsibility ----------------------------------------------------

_PARTY_KINDS = """关于加强房屋修缮工程安全管理的通知

一、落实各方责任

（一）建设单位主体责任。建设单位对修缮工程安全负总责，开工前组织安全交底。

（二）监理单位安全生产责任。监理单位每周开展一次现场巡查。

（三）物业企业管理责任。物业企业负责协调居民配合施工。

二、强化监管

（一）落实施工企业主体责任。督促施工企业配备专职安全员，施工企业每月自查。

（二）压实建设单位首要责任。督促建设单位履行首要责任，建设单位要配备专职人员。
"""


def test_party_heading_with_the_kind_of_its_responsibility():
    units = _units(parse_text(_PARTY_KINDS))
    assert units["一.一"] == ([], ["建设单位"]) and units["一.二"] == ([], ["监理单位"])
    assert units["一.三"] == ([], ["物业企业"])


def test_party_heading_opening_with_a_verb_is_still_no_unit():
    units = _units(parse_text(_PARTY_KINDS))
    # (round 38 rulings: 「落实施工企业主体责任」 is a work heading that gives out work — the object of 督促 given
    # work 「督促施工企业配备专职安全员」 is its unit; the heading itself names none. 「压实建设单位首要责任」 is none)
    assert units["二.一"] == ([], ["施工企业"]) and units["二.二"] == ([], [])
