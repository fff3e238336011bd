"""Round 51 (w51a): task breakdowns and duty lists in page openings.

A project card 「三、建设…⏎(一)责任领导:某某⏎(二)责任单位:市X局⏎(三)协办单位:…⏎(四)项目内容及任务分解:…⏎
(五)资金筹措:…⏎(六)完成时限:…」 is ONE task whose numbered lines are its fields (round 35, field blocks): the leader
who answers for it, what it builds and how it is paid are fields as the time and units are
(``desktop.core.parse.field_blocks``)."""

from __future__ import annotations

from desktop.core.parse import parse_text

CARD = (
    "某市2019年民生实事任务分解方案\n"
    "一、新建城区公办幼儿园12所\n"
    "(一)责任领导:王某\n"
    "(二)责任单位:市教育局\n"
    "(三)协办单位:市财政局、市自然资源局\n"
    "(四)项目内容及任务分解:新建幼儿园12所,其中甲区5所、乙区7所。\n"
    "(五)资金筹措:市级财政按每所补助50万元。\n"
    "(六)完成时限:2019年底\n"
    "二、改造农村公路300公里\n"
    "(一)责任领导:李某\n"
    "(二)责任单位:市交通局\n"
    "(三)协办单位:各县区人民政府\n"
    "(四)建设内容:\n"
    "1、新建通村公路200公里。\n"
    "2、改造危桥100座。\n"
    "(五)资金来源:省级补助。\n"
)


def test_a_project_card_is_one_task_with_its_units_and_date():
    plan = parse_text(CARD)
    assert [t.number for t in plan.tasks] == ["一", "二"]
    first, second = plan.tasks
    assert "市教育局" in first.lead_units + first.responsible_units
    assert "市财政局" in first.responsible_units
    assert (first.deadline or "").startswith("2019-12")
    assert "市交通局" in second.lead_units + second.responsible_units
    assert "新建通村公路200公里" in second.text


def test_a_plan_heading_over_work_items_stays_work():
    # near miss: 「(二)资金保障」 under 保障措施 beside 组织领导 is a plan's heading, its lines are work
    text = ("某县农村公路建设实施方案\n一、保障措施\n(一)加强组织领导。县交通局要成立工作专班,统筹推进。\n"
            "(二)资金筹措。县财政局要积极争取上级资金,确保配套资金到位。\n"
            "(三)强化督查考核。县政府督查室要定期开展督查。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 3


def test_numbered_work_under_a_card_without_a_leader_or_time_stays_items():
    # near miss: a content field over numbered work beside a units field only — the numbered lines stay tasks
    text = ("某镇2020年重点工作方案\n一、人居环境整治\n(一)责任单位:镇城建办\n(二)工作内容\n"
            "1、清理河道垃圾。\n2、拆除违章建筑。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 2
