"""Round 65, p65f: township, street, community and village pages — the classes their failing checks were examples
of, each with made-up text in the class's shape and near misses that must stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties


def _tasks(text: str) -> dict[str, object]:
    return {t.key: t for t in parse_text(text).tasks}


# -- stages counted 「第一阶段为X阶段。」, their dates opening the next sentence ------------------------------------

_STAGED_NOTICE = ("各村、社区:\n经研究,决定开展2021年度民兵整组工作,现将有关事项通知如下:\n"
                  "一、整组工作的对象\n对象为2021年12月31日前年满18周岁的男性公民。\n"
                  "二、整组工作的条件\n凡符合条件的公民,均应参加整组登记。\n"
                  "三、整组工作的办法\n整组时间为3月1日至4月30日,分三个阶段实施:\n"
                  "第一阶段为动员部署阶段。3月5日前,镇召开动员会议,下发通知。\n"
                  "第二阶段为组织登记阶段。3月6日至4月10日,各村、社区要及时组织登记,镇将组织人员进行核查。\n"
                  "第三阶段为总结验收阶段。4月11日至4月30日,完成整组登记材料的归档。\n")


def test_counted_stages_named_in_a_sentence_are_items_and_phases():
    plan = parse_text(_STAGED_NOTICE)
    names = {p.name: (p.start, p.end) for p in plan.phases}
    assert names["第一阶段：动员部署阶段"] == (None, "2021-03")
    assert names["第二阶段：组织登记阶段"] == ("2021-03", "2021-04")
    assert names["第三阶段：总结验收阶段"] == ("2021-04", "2021-04")
    tasks = {t.key: t for t in plan.tasks}
    assert [t.deadline for t in plan.tasks] == ["2021-03-05", "2021-04-10", "2021-04-30"]
    assert len(tasks) == 3          # (一、…的对象 and 二、…的条件 say what the work is about: no tasks)


def test_a_stage_sentence_without_its_dates_stays_text():
    plan = parse_text("三、工作办法\n第一阶段为动员部署阶段。镇召开动员会议,下发通知。\n"
                      "第二阶段为组织登记阶段。各村要组织登记。\n")
    assert plan.phases == []
    assert [t.key for t in plan.tasks] == ["三"]


# -- stage headings under a section whose lead-in counts them, or carrying how long they last ---------------------

def test_a_section_counting_its_stages_gives_its_stage_headings_as_phases():
    plan = parse_text("某镇禁毒工作方案\n一、工作目标\n建立工作体系。\n二、工作措施\n全镇禁毒工作分两个阶段进行:\n"
                      "(一)摸底阶段(3月1日—3月31日)\n1、组织机构\n镇政府成立领导小组。\n2、建立台账\n开展排查。\n")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [("摸底阶段", None, None)]


def test_stage_headings_with_their_length_in_a_bracket_are_phases():
    plan = parse_text("某村环境整治方案\n一、工作目标\n改善环境。\n二、实施步骤\n1. 动员部署阶段(半个月)\n"
                      "召开村民大会。\n2. 全面整治阶段(3个月)\n开展清理。\n3. 长效管理阶段(长期)\n建立制度。\n")
    assert [p.name for p in plan.phases] == ["动员部署阶段", "全面整治阶段", "长效管理阶段"]


def test_items_under_a_section_with_no_counted_lead_in_are_no_phases():
    plan = parse_text("某镇禁毒工作方案\n一、工作目标\n建立工作体系。\n二、工作措施\n全镇要加强禁毒工作:\n"
                      "(一)摸底排查(3月1日—3月31日)\n1、组织机构\n镇政府成立领导小组。\n")
    assert plan.phases == []


# -- a grassroots body heading its own duties -----------------------------------------------------------------

def test_a_community_committee_heading_its_duties_is_their_unit():
    tasks = _tasks("某社区安全工作方案\n一、工作目标\n消除隐患。\n二、工作职责\n(一)社区居委会防汛安全工作职责任务。\n"
                   "1、做好社区防汛工作;\n2、对辖区低洼地带进行巡查;\n(二)村(社区)防汛监管职责。\n1.组织开展防汛演练。\n"
                   "2.及时报告险情。\n")
    assert tasks["二.一.1"].responsible_units == ["社区居委会"]
    assert tasks["二.一.2"].responsible_units == ["社区居委会"]
    assert tasks["二.二.1"].responsible_units in (["村"], ["村(社区)"])


def test_a_grassroots_body_with_a_kind_of_responsibility_names_none():
    tasks = _tasks("某社区安全工作方案\n一、工作目标\n消除隐患。\n二、工作职责\n(一)社区居委会主体责任。\n"
                   "1、做好社区防汛工作;\n2、对辖区低洼地带进行巡查;\n")
    assert tasks["二.一.1"].responsible_units == []


# -- a case told up truthfully ----------------------------------------------------------------------------------

def test_a_truthful_report_up_is_a_duty():
    said = "并如实报告上级主管部门,不得瞒报"
    assert [d.text for d in find_duties(said + "。", None)] == [said]
    assert find_duties("各户应如实填写登记表。", None) == []


# -- figures that name a norm on a grassroots page ------------------------------------------------------------

def _figures(text: str) -> list[tuple[float, str]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit) for t in find_targets(text, None, relaxed=True)]


def test_a_stage_length_a_round_the_clock_service_and_a_zone_width_are_no_targets():
    assert _figures("排查摸底阶段(2个月)\n组织人员逐户排查。") == []
    assert _figures("汛期实行24小时电话畅通,发现险情及时报告。") == []
    assert _figures("防火期内坚持24小时值班。") == []
    assert _figures("国道两侧3公里、铁路沿线两侧及加油站周边50米,严禁焚烧垃圾。") == []
    # near misses: the work's own figures stay targets
    assert _figures("全年完成巡查不少于3个月。") == [(3.0, "个月")]
    assert _figures("新建防火隔离带2公里。") == [(2.0, "公里")]
    assert _figures("秸秆留茬控制在15公分以内。") == [(15.0, "公分")]


# -- a compilation's count after a pledge's name --------------------------------------------------------------

def test_a_compilation_count_after_a_pledge_is_no_part_of_its_title():
    page = ("首页 > 范文 > 责任书 > 村级防汛安全责任书通用12篇正文\n\n《村级防汛安全责任书通用12篇》\n\n"
            "村级防汛安全责任书 篇1\n\n为做好防汛工作,制定本责任书。\n一、各组要加强巡查。\n二、发现险情及时报告。\n")
    assert parse_text(page).title == "村级防汛安全责任书"
    page = ("村级防汛安全责任书3篇_第1页\n村级防汛安全责任书3篇_第2页\n\n1 / 4 村级防汛安全责任书 3 篇 "
            "为做好防汛工作,制定本责任书。 一、各组要加强巡查。 二、发现险情及时报告。\n")
    assert parse_text(page).title == "村级防汛安全责任书"


# -- persons by post before a body, and a point dividing its duties ---------------------------------------------

def test_persons_by_post_before_a_body_leave_the_body_alone():
    tasks = _tasks("某村防汛责任书\n一、各组要加强巡查。\n二、加强预防措施。汛期内,各组组长、村委会都要落实防汛责任。\n"
                   "三、汛期内,村委会和学校要落实防汛责任。\n")
    assert tasks["二"].responsible_units == ["村委会"]
    assert tasks["三"].responsible_units == ["村委会", "学校"]


_DIVIDED = ("某镇禁毒工作方案\n一、目标\n建立体系。\n二、工作措施\n(一)准备阶段\n1、组织机构\n"
            "镇政府成立禁毒工作领导小组,组长由镇长担任,领导小组负责组织、协调全镇禁毒工作。\n2、职责分工\n"
            "镇政府是禁毒工作的责任主体。禁毒工作领导小组负责制定工作计划,指导成立禁毒帮教小组。禁毒帮教小组负责具体实施帮教工作。\n"
            "吸毒人员的治疗由县卫生局确定的定点医院负责。\n镇司法所负责落实安置帮教工作。\n镇派出所要确定专职民警,\n")


def test_a_division_of_duties_leaves_out_set_up_groups_and_staff_named_alone():
    tasks = _tasks(_DIVIDED)
    assert tasks["二.一.2"].responsible_units == ["镇政府", "定点医院", "镇司法所"]
    # near miss: a body the plan does not set up keeps its work
    tasks = _tasks(_DIVIDED.replace("镇政府成立禁毒工作领导小组,组长由镇长担任,", "镇长担任组长,").replace(
        "指导成立禁毒帮教小组", "指导各村开展帮教"))
    assert tasks["二.一.2"].responsible_units == ["镇政府", "禁毒工作领导小组", "禁毒帮教小组", "定点医院", "镇司法所"]


def test_a_grassroots_committee_heading_is_read_whole():
    from desktop.core.parse.duty_headings import duty_list_holder
    from desktop.core.parse.headings import Item
    for heading, want in (("村居委职责", "村居委"), ("村委会职责", "村委会"), ("村民委员会防火职责", "村民委员会"),
                          ("社区(村)安全生产监管职责", "社区(村)")):
        item = Item(kind=1, number="一", value=1, body=heading)
        item.children = [Item(kind=2, number="一", value=1, body="开展检查。", parent=item)]
        assert duty_list_holder(item) == want, heading
