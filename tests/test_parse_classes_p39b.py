"""Round 39, p39b: the structure of plans and notices — a project's field block is one task (its work field and
the group that carries it), and a forwarding notice whose document is not printed gives its own work."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _rows(plan):
    return [(t.title, t.lead_units, t.responsible_units) for t in plan.tasks]


PROJECTS = ("某县重点项目攻坚行动意见\n各乡镇人民政府，县政府各部门：\n"
            "为加快重点项目建设，县政府决定集中开展攻坚行动。具体安排如下：\n"
            "一、攻坚项目及责任分工\n"
            "（一）城南污水处理厂扩建项目\n1、任务\n完成设备采购和管网铺设，年底前投入试运行。\n"
            "2、项目推进工作专班\n组长：副县长\n成员单位：住建局、环保局、城南街道办事处\n"
            "（二）滨河公园建设项目\n1、任务\n完成土方平整和绿化种植。\n"
            "2、项目推进工作专班\n组长：副县长\n副组长：县长助理\n成员：园林局、水务局\n"
            "二、工作要求\n1、加强领导。各项目要倒排工期，确保按期完成。\n")


def test_a_projects_work_and_group_fields_are_one_task_its_members_responsible():
    plan = parse_text(PROJECTS)
    rows = _rows(plan)
    assert rows[:2] == [("城南污水处理厂扩建项目", [], ["住建局", "环保局", "城南街道办事处"]),
                        ("滨河公园建设项目", [], ["园林局", "水务局"])]
    assert not any(t.title in ("任务", "项目推进工作专班") for t in plan.tasks)


def test_a_work_field_beside_units_and_time_fields_is_one_task():
    text = ("某区重点项目推进方案\n一、重点项目\n（一）城北学校新建项目\n1、任务：完成主体结构施工。\n"
            "2、责任单位：区教育局\n3、完成时限：2025年10月底\n"
            "（二）体育中心改造项目\n1、任务：完成场馆改造。\n2、责任单位：区体育局\n3、完成时限：2025年12月底\n")
    plan = parse_text(text)
    assert [(t.title, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("城北学校新建项目", ["区教育局"], "2025-10-31"), ("体育中心改造项目", ["区体育局"], "2025-12-31")]


def test_near_miss_a_group_outside_a_sharing_heading_names_no_units():
    # the same block under a heading that gives out no work: the project is one task, its group's members are not read
    plan = parse_text(PROJECTS.replace("攻坚项目及责任分工", "攻坚项目"))
    assert _rows(plan)[:2] == [("城南污水处理厂扩建项目", [], []), ("滨河公园建设项目", [], [])]


def test_near_miss_two_work_items_without_other_fields_stay_items():
    text = ("某区工作方案\n一、主要任务\n（一）整治农村环境\n1、任务：清理河道垃圾，年底前完成。\n"
            "2、工作任务：整治村庄道路，区交通局负责。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 2


FORWARD = ("转发某部关于开展某项普查试点的通知\n各市人民政府，省政府各部门：\n"
           "现将《某部关于开展某项普查试点的通知》转发给你们，请认真贯彻执行。\n"
           "普查试点是一项基础性工作。省有关部门要周密部署，制订详细工作计划，并认真组织实施。省统计局负责试点地区的"
           "普查工作，各成员单位要密切配合，共同做好试点工作。\n"
           "某省人民政府办公厅\n2009年11月25日\n")


def test_a_forwarding_notice_s_own_paragraph_of_work_is_a_task():
    plan = parse_text(FORWARD)
    assert [t.title[:10] for t in plan.tasks] == ["普查试点是一项基础性"]


def test_near_miss_a_forwarding_notice_whose_paragraph_gives_no_work():
    plan = parse_text(FORWARD.replace("省有关部门要周密部署，制订详细工作计划，并认真组织实施。省统计局负责试点地区的"
                                      "普查工作，各成员单位要密切配合，共同做好试点工作。",
                                      "此项试点自2009年起在全国十个省份开展，我省为试点省份之一，试点范围包括三个市。"))
    assert plan.tasks == []


RULE = ("某区促进闲置厂房利用若干规定\n第一条 目的依据\n为了促进闲置厂房利用，根据有关规定，制定本规定。\n"
        "第二条 基本原则\n促进闲置厂房利用，应当坚持规划引领、市场主导、协同监管的原则。\n"
        "第三条 推进机制\n区经委负责闲置厂房的调查认定工作。区规划资源局负责空间规划引导工作。\n"
        "第四条 监督管理\n区市场监管局负责对改造项目开展日常监督检查。\n"
        "第五条 实施细则\n本规定的专项实施细则由区经委另行制定。\n"
        "第六条 施行日期\n本规定自2025年1月1日起施行。\n")


def test_a_principle_article_and_details_left_to_be_made_are_no_tasks():
    plan = parse_text(RULE)
    assert [(t.title, t.responsible_units) for t in plan.tasks] == [
        ("推进机制", ["区经委", "区规划资源局"]), ("监督管理", ["区市场监管局"])]


def test_near_miss_an_article_that_gives_work_beside_the_details_stays_a_task():
    plan = parse_text(RULE.replace("本规定的专项实施细则由区经委另行制定。",
                                   "区经委负责组织实施闲置厂房改造。本规定的专项实施细则由区经委另行制定。"))
    assert [t.title for t in plan.tasks] == ["推进机制", "监督管理", "实施细则"]
