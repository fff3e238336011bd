"""Failure classes of tests/data/plans-next61 / -next64 (whole Shanghai documents) taken in round 27 (p62):
an attached task list printed one cell a line that the 序号-table reader missed — projects numbered in their
own cell under a header with no 序号 column (类别 / 项目 / 主要任务 / 牵头单位 / 配合单位), and a list of tasks
with no unit column (序号 / 主要领域 / 重点任务或项目) — while a table of figures (指标名称 / 指标单位 / 目标值)
gives no task rows; a heading naming the body its item sets up; a body's lead-in over its work; 「X单位责任。」.
Each with made-up wordings of other plans, and near-misses that must stay as they were."""
from __future__ import annotations

from desktop.core.parse import parse_text

_BODY = """某区关于加强社区养老服务工作的实施意见

各街道、各有关部门：

为进一步加强社区养老服务工作，现提出如下意见。

一、主要任务

（一）完善服务网络。区民政局负责统筹推进社区养老服务设施建设。

（二）加强队伍建设。区人社局负责开展养老护理员培训。

二、保障措施

（一）加强组织领导。各街道要建立工作机制。

某区人民政府办公室

2023年3月1日

"""


def _cells(*cells: str) -> str:
    """Cells one a block, blank lines between (a web table copied cell by cell)."""
    return "\n\n".join(cells) + "\n"


def _annexed(plan):
    return {t.number: t for t in plan.tasks if t.path[:1] == ["附件"]}


# -- projects numbered in their own cell, no 序号 column -------------------------------------------------------------

def test_project_list_with_no_number_column_gives_one_task_a_project():
    text = _BODY + "附件：\n\n" + _cells(
        "某区社区养老服务重点任务清单", "类别", "项目", "重点任务", "牵头单位", "配合单位",
        "一、完善设施网络",
        "1.建设街道综合\n为老服务中心", "年底前，每个街道建成一家综合为老服务中心，实现全覆盖。",
        "区民政局", "区规划资\n源局、各街道",
        "2.推进助餐点建设", "新增社区助餐点20个。", "区民政局", "区市场监管局",
        "优化助餐点布局，方便老年人就近用餐。", "各街道", "区民政局",
        "二、加强人才保障",
        "3.开展护理员培训", "每年培训养老护理员500人次。", "区人社局", "—")
    rows = _annexed(parse_text(text))
    assert sorted(rows, key=int) == ["1", "2", "3"]
    assert rows["1"].title.startswith("建设街道综合为老服务中心")
    assert rows["1"].lead_units == ["区民政局"]
    assert set(rows["1"].responsible_units) == {"区规划资源局", "各街道"}     # a name broken mid-word
    assert rows["1"].deadline.startswith("2023-12")
    # a project's second task with its own unit cells: the union of its leads and of its other units
    assert set(rows["2"].lead_units) == {"区民政局", "各街道"}
    assert set(rows["2"].responsible_units) == {"区市场监管局"}
    assert rows["3"].lead_units == ["区人社局"] and rows["3"].responsible_units == []   # an empty 配合 cell


def test_project_list_header_cell_printed_on_two_lines():
    text = _BODY + "附件\n\n" + _cells(
        "重点工作任务分解表", "类别", "项目", "主要任务", "牵头", "单位", "协同单位",
        "一、设施建设",
        "1.改造老旧小区", "完成老旧小区改造30个，惠及居民5000户。", "区房管局", "各街道",
        "2.加装电梯", "推进既有多层住宅加装电梯100台。", "区房管局", "区建管委、各街道")
    rows = _annexed(parse_text(text))
    assert sorted(rows, key=int) == ["1", "2"]
    assert rows["2"].lead_units == ["区房管局"]
    assert set(rows["2"].responsible_units) == {"区建管委", "各街道"}


def test_numbered_paragraphs_after_annex_line_are_no_project_list():
    # an 附件 of numbered points with no header row: not a project list (no 主要任务 / 牵头单位 header cells)
    text = _BODY + "附件：\n\n" + _cells(
        "有关说明", "1.本意见自印发之日起施行。", "2.本意见由区民政局负责解释。")
    assert not any(t.path[:1] == ["附件"] and t.number in ("1", "2") and t.lead_units for t in parse_text(text).tasks)


# -- an indicator table is no task table; a task list with no unit column is -----------------------------------------

_FIGURES = _cells(
    "主要指标", "序号", "类型", "指标名称", "指标单位", "2025年目标值", "属性",
    "1", "设施建设", "社区养老服务设施覆盖率", "％", "100", "约束性",
    "2", "新增养老床位", "张", "1000", "预期性",
    "3", "服务质量", "养老护理员持证上岗率", "%", "90", "预期性")


def test_indicator_table_rows_are_not_tasks():
    text = _BODY + "附件1：\n\n" + _FIGURES
    plan = parse_text(text)
    assert not [t for t in plan.tasks if t.path[:1] == ["附件"]]


def test_indicator_table_with_bare_unit_column_is_not_tasks():
    text = _BODY + "附件：\n\n" + _cells(
        "指标表", "序号", "指标名称", "单位", "现状值", "目标值",
        "1", "养老床位数", "张", "3000", "4000", "2", "助餐点数", "个", "80", "100",
        "3", "护理员持证率", "%", "70", "90")
    assert not [t for t in parse_text(text).tasks if t.path[:1] == ["附件"]]


def test_unitless_task_list_after_indicator_table_gives_its_rows():
    text = _BODY + "附件1：\n\n" + _FIGURES + "\n附件2：\n\n" + _cells(
        "重点任务清单", "序号", "主要方向", "重点任务",
        "1", "设施网络", "建设街道综合为老服务中心。推动每个街道建成一家。",
        "2", "新增社区助餐点。结合社区服务中心布点。",
        "3", "人才队伍", "开展养老护理员培训。每年组织一次技能竞赛。",
        "4", "建立护理员激励机制。")
    rows = _annexed(parse_text(text))
    assert sorted(rows, key=int) == ["1", "2", "3", "4"]
    assert rows["1"].title.startswith("建设街道综合为老服务中心")    # the area cell is no part of the task
    assert rows["2"].title.startswith("新增社区助餐点")
    assert all(not t.lead_units and not t.responsible_units for t in rows.values())


def test_project_table_with_figures_is_no_unitless_task_list():
    # 序号 / 项目名称 / 建设内容 / 总投资: a list of projects and their money, no task column last
    text = _BODY + "附件：\n\n" + _cells(
        "重点项目表", "序号", "项目名称", "建设内容", "总投资（万元）",
        "1", "某某养老院", "新建床位200张", "5000", "2", "某某日间照料中心", "改建用房800平方米", "600",
        "3", "某某助餐点", "新建助餐点1个", "100")
    assert not [t for t in parse_text(text).tasks if t.path[:1] == ["附件"]]


def test_task_list_with_time_column_is_no_unitless_list():
    text = _BODY + "附件：\n\n" + _cells(
        "工作安排", "序号", "重点任务", "完成时间",
        "1", "制定实施细则。", "2023年6月", "2", "开展评估。", "2023年12月", "3", "总结推广。", "2024年3月")
    assert not [t for t in parse_text(text).tasks if t.path[:1] == ["附件"] and t.number == "3"
                and t.title.startswith("总结推广") and not t.deadline]


# -- a heading that names the body the item sets up is no unit ---------------------------------------------------------

def _units(plan) -> dict[str, list[str]]:
    return {t.key: t.lead_units + t.responsible_units for t in plan.tasks}


_SET_UP_PLAN = """某镇关于加强安全生产基层治理的实施意见

一、组织体系

（一）镇安全生产委员会。各村设立安全生产委员会，由村主任担任主任，统筹本村安全生产工作。

（二）安全生产办公室。各村在综治中心设置安全生产办公室，负责日常工作。

（三）网格队伍。各村组建安全巡查网格队伍，明确专职人员。

二、工作职责

（一）镇应急办。负责指导各村设立安全生产委员会，每季度开展一次检查。

（二）镇派出所。负责配合开展安全检查，依法查处违法行为。
"""


def test_heading_naming_the_body_the_item_sets_up_is_no_unit():
    units = _units(parse_text(_SET_UP_PLAN))
    assert units["一.一"] == [] and units["一.二"] == []


def test_heading_naming_a_body_that_directs_the_setting_up_stays_its_unit():
    # 「（一）镇应急办。负责指导各村设立…委员会」: the heading is who does the work (near-miss of the rule above)
    units = _units(parse_text(_SET_UP_PLAN))
    assert units["二.一"] == ["镇应急办"] and units["二.二"] == ["镇派出所"]


# -- a body's lead-in over the work it carries out ---------------------------------------------------------------------

def test_lead_in_naming_the_body_that_carries_out_the_list():
    from desktop.core.parse.duty_headings import lead_in_units
    assert lead_in_units("街道消防委实施以下四项工作制度：") == ["街道消防委"]
    assert lead_in_units("区应急局应当执行以下三项制度：") == ["区应急局"]
    assert lead_in_units("镇政府建立如下工作机制：") == ["镇政府"]


def test_lead_in_of_the_plans_own_place_or_of_everyone_names_no_body():
    from desktop.core.parse.duty_headings import lead_in_units
    for line in ("我区将实施以下五项措施：", "各地要落实以下工作任务：", "本市建立以下工作机制：",
                 "全区推行以下三项制度：", "各单位要落实下列要求：", "实施以下工作制度："):
        assert lead_in_units(line) == [], line


# -- a project party's part headed 「X单位责任。」 ----------------------------------------------------------------

_PARTIES = """关于加强管线工程施工期间桥梁安全保护的通知

一、总体要求

各有关单位要高度重视桥梁安全保护工作。

二、落实各方责任

（一）设计单位责任。设计单位应当在设计文件中明确桥梁保护措施，并对施工单位进行技术交底。

（二）施工单位的安全责任。施工单位必须按照审批通过的保护方案组织施工，配备专职安全管理人员。

（三）桥梁养护单位职责。桥梁养护单位负责现场巡查，发现问题及时报告。
"""


def test_party_headed_parts_are_the_partys():
    units = {t.key: t.responsible_units for t in parse_text(_PARTIES).tasks}
    assert units["二.一"] == ["设计单位"]
    assert units["二.二"] == ["施工单位"]
    assert units["二.三"] == ["桥梁养护单位"]


def test_heading_that_opens_with_its_verb_names_no_party():
    from desktop.core.parse.unit_headings import _party_heading
    assert _party_heading("落实建设单位首要责任。各区要督促建设单位履行职责。") == []
    assert _party_heading("压实施工单位责任。施工单位应当配备安全员。") == []
    # the party not acting in the text after the heading: no reading
    assert _party_heading("监理单位责任。按照规范开展旁站监理。") == []
    assert _party_heading("企业主体责任。企业应当落实安全生产责任制。") == []
