"""Failure classes of tests/data/plans-next58 / -next59 (whole Shanghai documents) taken in round 26 (p53): a group of
areas followed by a body of a higher level (各区、市委组织部), the parties of a building project named by their role
(施工单位应… / 监理单位应…), a sending's date beside the day the work is done by, the figure a change starts from
(从15个自然日缩短至5个工作日). Each class with made-up wordings of other plans, and near-misses that must stay as they
were."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets
from desktop.core.parse.units import split_units


def _units(plan) -> dict[str, list[str]]:
    return {t.key: t.responsible_units for t in plan.tasks}


# -- 各区、市X: a group of areas, then a body of a higher level -------------------------------------------------------

def test_group_of_areas_then_a_higher_body_are_two_units():
    assert split_units("各区、市委组织部、市民政局")[0] == ["各区", "市委组织部", "市民政局"]
    assert split_units("各镇、区农业农村委、区财政局")[0] == ["各镇", "区农业农村委", "区财政局"]
    assert split_units("有关区、市发展改革委")[0] == ["有关区", "市发展改革委"]
    assert split_units("各区、市级主管部门")[0] == ["各区", "市级主管部门"]
    assert split_units("各乡、县教育局")[0] == ["各乡", "县教育局"]


def test_groups_of_areas_and_their_governments_stay_one_name():
    for words in ("各县、市、区政府", "各区、县（市）人民政府", "各区、县人民政府", "各乡、镇人民政府",
                  "相关市、县政府", "各区、县级市", "各市、州人民政府", "各县、区人民政府（管委会）", "各镇、区政府"):
        assert split_units(words)[0] == [words], words
    assert split_units("各县（市、区）人民政府、市财政局")[0] == ["各县（市、区）人民政府", "市财政局"]
    # a county-level city is a county's peer: 各县、市教育局 is the bureaus of both, one group
    assert split_units("各县、市教育局")[0] == ["各县、市教育局"]


def test_group_and_city_bodies_in_a_units_bracket():
    page = ("一、重点任务\n（一）完善社区服务设施。推进社区服务设施复合利用。"
            "（责任单位：各区、市委社会工作部、市民政局）\n"
            "（二）提升社区环境品质。建设口袋公园20个。（责任单位：各区、市绿化市容局）\n")
    units = _units(parse_text(page))
    assert units["一.一"] == ["各区", "市委社会工作部", "市民政局"]
    assert units["一.二"] == ["各区", "市绿化市容局"]


# -- the parties of a building project are no units ------------------------------------------------------------------

_PARTIES = ("一、工作要求\n（一）加强技术方案管理\n设计单位应落实技术方案要求。\n"
            "（二）加强施工过程管理\n施工单位应编制专项施工方案，落实质量保证措施。\n\n监理单位应编制专项监理细则，加强日常巡视。\n\n"
            "产权单位负责落实维护管理责任。\n\n区建设工程质量安全监督站应加强施工质量的日常监督。\n"
            "（三）完善竣工验收\n建设单位应组织专项验收。\n")


def test_paragraphs_of_project_parties_name_no_units():
    units = _units(parse_text(_PARTIES))
    # round 31: CONVENTIONS.md rule 2 — the verb decides: a kind of body with 落实／负责落实／组织（专项）验收 is a doer
    # (设计单位, 施工单位 by its later clause 落实…, 产权单位, 建设单位); 监理单位 (编制, 加强) and the 监督站 (加强)
    # are no doers: no verb of rule 2
    assert units == {"一.一": ["设计单位"], "一.二": ["施工单位", "产权单位"], "一.三": ["建设单位"]}, units


def test_paragraphs_of_bodies_still_divide_the_work():
    page = ("一、工作措施\n（一）加强施工过程监管\n区建管委负责制定监管要点。\n\n区质监站负责开展专项检查。\n\n"
            "区房管局负责指导物业服务企业。\n（二）完善验收\n区建管委组织验收。\n")
    units = _units(parse_text(page))
    assert units["一.一"] == ["区建管委", "区质监站", "区房管局"]


# -- the day the work is done by beside the days its papers are sent -------------------------------------------------

def test_sendings_after_the_day_the_work_is_done_by_are_no_deadline():
    page = ("二、检查安排\n1、单位自查。2025年9月30日前完成，各单位对照要求开展自查。\n"
            "自查报告请于2025年9月30日前报送（地址：某路1号）；附表请于2025年12月10日前发送至邮箱报送。\n"
            "2、现场检查。2025年11月15日前完成，检查组赴现场核查。\n")
    tasks = {t.key: t.deadline for t in parse_text(page).tasks}
    assert tasks["二.1"] == "2025-09-30"
    assert tasks["二.2"] == "2025-11-15"


def test_a_step_done_early_and_the_whole_done_later_keep_the_later_day():
    page = ("二、主要任务\n1、推进排查整治。2025年6月底前完成，摸清底数；2025年12月底前全面完成整治。\n"
            "2、报送材料。请于2025年10月20日前报送工作总结材料。\n"
            "3、完善台账。2025年8月底前建立台账，2025年11月底前报送区民政局。\n")
    tasks = {t.key: t.deadline for t in parse_text(page).tasks}
    assert tasks["二.1"] == "2025-12-31"
    assert tasks["二.3"] == "2025-11-30"       # no bare 完成: the sending stays as before


# -- the figure a change starts from ---------------------------------------------------------------------------------

def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2025, relaxed=True)]


def test_the_figure_a_change_starts_from_is_no_target():
    assert _figures("将监督检验周期从15个自然日缩短至5个工作日。") == [(5.0, "个工作日")]
    assert _figures("将覆盖率由60%提高到80%。") == [(80.0, "%")]
    assert _figures("示范点从3个增加到10个。") == [(10.0, "个")]
    assert _figures("审批环节由原来的8个压减至4个。") == [(4.0, "个")]


def test_figures_after_from_that_start_no_change_stay():
    assert _figures("从2025年起每年新增示范点3个。") == [(3.0, "个")]
    assert (100.0, "个") in _figures("全区从事养老服务的100个机构全部完成改造。")
    assert _figures("建成由10个部门组成的联席会议。") == [(10.0, "个")]


# -- a section of key areas headed by places ------------------------------------------------------------------------

def test_items_headed_by_places_under_a_section_of_key_areas_name_no_units():
    page = ("一、主要任务\n（一）推进老旧小区改造。完成改造30个。\n（二）完善公共服务。新建站点5个。\n"
            "二、重点片区\n（一）滨江商务区核心区\n强化核心功能，优化业态布局，引进总部企业10家。\n"
            "（二）枫泾古镇\n焕新古镇风貌，推进老街更新。\n（三）科创小镇\n发挥园区优势，推动产城融合。\n")
    units = _units(parse_text(page))
    assert units["二.一"] == [] and units["二.二"] == [] and units["二.三"] == []


def test_items_headed_by_bodies_still_name_their_units():
    page = ("一、职责分工\n（一）区发展改革委\n负责统筹推进项目建设，协调解决重大问题。\n"
            "（二）区住房城乡建设管理委\n负责老旧小区改造的组织实施。\n（三）各街镇\n负责辖区内项目的具体推进。\n")
    units = _units(parse_text(page))
    assert units["一.一"] == ["区发展改革委"]
    assert units["一.二"] == ["区住房城乡建设管理委"]


# -- a 工作步骤 section of dated stages in a plan whose tasks label units (h1 class 9) --------------------------------

def test_dated_stages_are_phases_not_tasks_where_tasks_label_units():
    page = ("某镇2025年河道整治方案\n\n一、重点任务\n"
            "（一）河道清淤。完成10条河道清淤。（牵头单位：镇水务站；责任单位：各村）\n"
            "（二）岸线整治。（牵头单位：镇城建办；责任单位：各村）\n二、工作步骤\n（一）排查摸底阶段（2025年3月）。开展排查。\n"
            "（二）集中整治阶段（2025年4月—9月）。全面推进。\n（三）总结验收阶段（2025年10月—11月）。组织验收。\n")
    plan = parse_text(page)
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]
    assert [p.name for p in plan.phases] == ["排查摸底阶段", "集中整治阶段", "总结验收阶段"]


def test_steps_written_as_work_stay_tasks():
    page = ("某镇2025年河道整治方案\n\n一、重点任务\n"
            "（一）河道清淤。完成10条河道清淤。（牵头单位：镇水务站；责任单位：各村）\n"
            "（二）岸线整治。（牵头单位：镇城建办；责任单位：各村）\n二、工作步骤\n（一）召开动员会议，部署整治工作。\n"
            "（二）开展联合执法检查，形成问题清单。\n")
    assert [t.key for t in parse_text(page).tasks] == ["一.一", "一.二", "二.一", "二.二"]
