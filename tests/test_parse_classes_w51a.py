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


# A numbered item whose own sentence ends in a lead-in 「…做好各项工作。其职责分工为:」 and then unnumbered paragraphs
# each led by a body and a colon: the paragraphs divide that item's work (round 32: one task, its units every
# paragraph's bodies in printed order) — neither items of their own nor the plan's closing paragraphs; a committee's
# two-character short name 「教委:」「建委:」 leads a paragraph as 农林委 does (``unit_paragraphs``, ``headings``,
# ``colon_points``, ``prose_units.colon_lead_unit``).
DIVIDED = (
    "3、各街道办事处要制定本辖区的整治方案。\n"
    "4、各乡镇政府要组织力量开展巡查。\n"
    "5、各部门要各司其职,做好各项整治工作。其职责分工为:\n"
    "区委宣传部:制订宣传工作方案,协调新闻单位做好宣传报道工作。\n"
    "教委:负责在中小学校开展安全教育,安排学校做好宣传工作。\n"
    "建委:负责组织对建筑工地外来人员的宣传教育工作。\n"
    "公安分局:负责依法查处违反规定的各类行为和案件。\n"
    "卫生局:\n"
)


def test_colon_paragraphs_after_an_items_lead_in_are_its_text_and_units():
    plan = parse_text(DIVIDED)
    assert [t.number for t in plan.tasks] == ["3", "4", "5"]
    five = plan.tasks[2]
    assert "建委:负责组织" in five.text
    units = five.lead_units + five.responsible_units
    for name in ("区委宣传部", "教委", "建委", "公安分局", "卫生局"):
        assert name in units


def test_colon_paragraphs_under_a_heading_line_stay_items():
    # near miss: the same paragraphs under a section's heading 「三、职责分工」 (no sentence of its own) are its items
    text = ("某区整治工作方案\n一、工作目标\n全面完成整治任务。\n二、工作措施\n加强巡查。\n三、职责分工\n"
            "区委宣传部:制订宣传工作方案,协调新闻单位做好宣传报道工作。\n"
            "区教育局:负责在中小学校开展安全教育,安排学校做好宣传工作。\n"
            "区住建局:负责组织对建筑工地外来人员的宣传教育工作。\n"
            "公安分局:负责依法查处违反规定的各类行为和案件。\n")
    plan = parse_text(text)
    assert len([t for t in plan.tasks if t.path[:1] == ["三"]]) == 4


def test_a_post_of_two_characters_leads_no_paragraph():
    from desktop.core.parse.prose_units import colon_lead_unit
    assert colon_lead_unit("建委:负责组织对建筑工地外来人员的宣传教育工作。") == "建委"
    assert colon_lead_unit("常委:负责组织对建筑工地外来人员的宣传教育工作。") == ""


# 「A组织B负责…」: A, 组织 and the body it sets to the work — two bodies, never one name 「A组织B」 (round 30: A a doer
# by 组织＋work) (``unit_labels.NOT_A_BODY``).
def _duty_units(item: str) -> list[str]:
    text = ("某镇犬类管理集中整治工作方案\n三、职责分工\n"
            "依据有关规定,各村、各部门要严格履行职责,相互配合,积极开展相应工作。\n"
            "1、派出所负责养犬管理的日常指导工作,并具体负责养犬登记。\n2、" + item + "\n"
            "3、城管中队负责对街面流动犬只的查处工作。\n")
    task = next(t for t in parse_text(text).tasks if t.number == "2")
    return task.lead_units + task.responsible_units


def test_a_body_organising_another_is_no_one_name():
    units = _duty_units("农服中心组织兽医站负责各种犬类的识别、登记;负责兽用疫苗的供应。")
    assert "农服中心" in units
    assert not any("组织" in u for u in units)


def test_a_body_named_with_zuzhi_in_it_stays_one_name():
    # near miss: 「团组织」 ends a name in 组织 after no body's end — the name reader keeps what it read before
    from desktop.core.parse.units import looks_like_unit
    assert not looks_like_unit("农服中心组织兽医站")
    assert looks_like_unit("镇农服中心")
