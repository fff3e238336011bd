"""Round 35 (p35c): units by labels, headings, names and designations (CONVENTIONS.md "Round 35 rulings, written
early" → Units): headings that give out work, names sharing one head, 负总责／负技术责任, a payer of a cost. Made-up
snippets written the way such plans are written."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


DIVIDED = ("某区关于加强餐饮油烟治理工作的通知\n\n各街道办事处，区各有关部门：\n\n"
           "为改善空气质量，现就有关事项通知如下。\n\n"
           "一、工作目标\n\n（一）2025年底前完成全区餐饮油烟在线监测设备安装。\n\n"
           "（二）区生态环境局牵头建立油烟治理台账。\n\n"
           "二、工作分工\n\n（一）区生态环境局指导各街道办事处开展餐饮油烟排查工作。\n\n"
           "（二）区市场监管局要加强对餐饮单位的日常检查。\n\n"
           "（三）各餐饮单位应按要求安装净化设施，定期清洗。\n\n"
           "三、工作要求\n\n（一）台账管理\n\n各单位要按月汇总台账。\n\n"
           "某区人民政府办公室\n\n2025年3月1日\n")


def test_a_section_headed_gongzuo_fengong_labels_the_doers_of_its_items():
    tasks = by_key(parse_text(DIVIDED))
    # 「A指导B开展…」 under the heading: A and B (round 35)
    assert tasks["二/一"].responsible_units == ["区生态环境局", "各街道办事处"]
    # 加强 and 安装 are outside rule 2's list: the heading makes the subjects units
    assert tasks["二/二"].responsible_units == ["区市场监管局"]
    assert tasks["二/三"].responsible_units == ["各餐饮单位"]


@pytest.mark.parametrize("heading", ["任务分工", "责任分工", "职能分工", "管理体制", "管理责任", "明确部门职责",
                                     "（进一步明确监督管理职责）"])
def test_headings_that_give_out_work(heading):
    assert doer_units("区住建委要加强对施工现场的巡查。", heading=heading) == ([], ["区住建委"])


@pytest.mark.parametrize("heading", ["工作要求", "加强组织领导", "计划管理"])
def test_other_headings_keep_rule_two(heading):
    # near miss: 加强 is no rule-2 verb and the heading gives out no work
    assert doer_units("区住建委要加强对施工现场的巡查。", heading=heading) == ([], [])


def test_pivot_outside_such_a_heading_keeps_its_object_out():
    assert doer_units("区生态环境局指导各街道办事处开展排查。", heading="工作要求") == ([], [])


@pytest.mark.parametrize("text,units", [
    ("秭归县、夷陵区、西陵区政府和宜昌开发区管委会负责整治。", ["秭归县、夷陵区、西陵区政府", "宜昌开发区管委会"]),
    ("各供水、供电、供气等经营企业负责公开办理指南。", ["各供水、供电、供气等经营企业"]),
    ("各区政府和市政府相关委、办、局负责推进。", ["各区政府", "市政府相关委、办、局"]),
    ("浦东新区、宝山、闵行区交通委负责统计。", ["浦东新区、宝山、闵行区交通委"]),
    # near misses: parts with heads of their own stay apart
    ("区发改委、区财政局、区市场监管局等相关职能部门负责监管。", ["区发改委", "区财政局", "区市场监管局"]),
    ("各区、区水务局负责整治。", ["各区", "区水务局"]),
    ("区绿化市容局和区房管局负责处置。", ["区绿化市容局", "区房管局"]),
    ("商务等部门负责监管。", ["商务等部门"]),
    ("区生态和市容管理处（以下简称“生态处”）负责绿地养护。", ["区生态和市容管理处"]),
])
def test_names(text, units):
    assert doer_units(text)[1] == units


def test_names_do_not_open_with_a_purpose_or_a_passive():
    assert doer_units("各经营企业应公开办理指南，便于各养老机构办理申请。", heading="工作分工")[1] == ["各经营企业"]
    assert doer_units("镇人民政府负责管理，受区建管委委托，进行现场指导。", heading="责任分工")[1] == ["镇人民政府"]


@pytest.mark.parametrize("text,units", [
    ("县政府对全县水库的度汛安全负总责。", ["县政府"]),
    ("镇政府负总责，村委会具体落实。", ["镇政府", "村委会"]),
    ("县水利局对水库度汛负技术责任。", ["县水利局"]),
])
def test_designations_zongze_and_technical_responsibility(text, units):
    assert doer_units(text)[1] == units


def test_a_cost_names_a_payer_not_a_doer():
    text = "企业作为安全生产责任主体，添置设备所需经费，按规定列支。"
    assert doer_units(text) == ([], [])
    assert doer_units(text, heading="工作分工") == ([], [])
    # near miss: the same designation with work keeps its doer
    assert doer_units("企业作为安全生产责任主体，负责组织隐患排查，所需经费自行解决。")[1] == ["企业"]
    assert doer_units("企业是安全生产责任主体。")[1] == ["企业"]


def test_a_units_own_line_over_its_duties_under_such_a_heading():
    text = ("某区管委会生态和市容管理处（以下简称“生态处”）职责\n\n"
            "负责指导绿地养护经费项目年度预算编制，审核实施方案。\n\n"
            "某区绿化市容事务中心（以下简称“事务中心”）\n\n负责绿地养护经费项目预算编制，组织竣工验收。\n")
    assert doer_units(text, heading="管理职责") == ([], ["某区管委会生态和市容管理处", "某区绿化市容事务中心"])
    # near miss: under a heading that gives out no work the lines name no doer
    assert doer_units(text, heading="申请项目") == ([], [])


def test_a_name_described_after_or_and_a_pivot_object_under_such_a_heading():
    text = ("发展改革部门或市政府确定的其他备案机构做好项目备案管理。"
            "房屋管理部门指导地产企业在销售合同附件中明确设施产权等事项。")
    # 「A指导B在…中明确」: A and B; a designated body after 和 「区政府确定的代建单位」 is the body after 的
    assert doer_units(text, heading="明确职责分工")[1][-2:] == ["房屋管理部门", "地产企业"]
    assert doer_units("区住建委和区政府确定的代建单位负责实施。") == ([], ["区住建委", "代建单位"])
