"""Structure, second pass (round 44, helper q44b): the items of a requirements section 「五、有关要求」 whose number
runs straight into a sentence with a named body 「（一）各街道人防办要…认真组织开展…」 in a plan whose tasks label
their units 「主办单位:A;承办单位:B」 are tasks (CONVENTIONS.md round 33: a 工作要求 item with a doer names a unit;
round 39: 工作要求 items that give work are tasks), and a subjectless instruction beside one 「（二）要充分发动…」 too;
near misses: a headed safeguard item 「（一）加强组织领导」 over its paragraph, a general call 「各有关单位要…」, a
requirements section none of whose items opens with a named body."""

from __future__ import annotations

from desktop.core.parse import parse_text


def titles(plan):
    return [t.title for t in plan.tasks]



LABELLED = ("某市2024年防灾减灾宣传周活动方案\n一、活动主题\n人人讲安全、个个会应急。\n"
            "二、活动内容\n(一)社区宣传活动。各街道利用社区宣传栏开展防灾知识宣传,发放宣传手册。\n"
            "主办单位:市应急管理局;承办单位:各街道办事处。\n"
            "(二)校园演练活动。各中小学组织开展应急疏散演练。\n"
            "主办单位:市教育局;承办单位:各中小学。\n"
            "三、有关要求\n")


def test_requirement_items_opening_with_a_named_body_are_tasks_in_a_labelled_plan():
    text = LABELLED + ("(一)各街道办事处要结合辖区实际,及时做好活动筹划,认真组织开展防灾减灾主题宣传活动。\n"
                       "(二)要充分组织和发动社区志愿者,利用宣传周这一时间节点,积极开展应急知识咨询活动。\n")
    got = titles(parse_text(text))
    assert len(got) == 4
    assert any(t.startswith("各街道办事处要") for t in got)
    assert any(t.startswith("要充分组织和发动") for t in got)


def test_headed_safeguard_items_stay_rules_in_a_labelled_plan():
    text = LABELLED + ("(一)加强组织领导\n各街道办事处要高度重视,认真组织开展宣传活动,确保取得实效。\n"
                       "(二)强化宣传引导\n要充分利用广播、报刊、网络等平台,扩大活动影响。\n")
    got = titles(parse_text(text))
    assert len(got) == 2
    assert not any(t.startswith("加强组织领导") for t in got)


def test_a_general_call_opening_a_requirement_item_names_no_body():
    text = LABELLED + ("(一)各有关单位要组织、做好相关宣传工作,收集整理活动资料。\n"
                       "(二)要充分组织和发动社区志愿者,积极开展应急知识咨询活动。\n")
    got = titles(parse_text(text))
    assert len(got) == 2


def test_subjectless_requirement_items_alone_stay_rules():
    text = LABELLED + ("(一)要高度重视,认真组织开展防灾减灾主题宣传活动,确保活动取得实效。\n"
                       "(二)要充分组织和发动社区志愿者,积极开展应急知识咨询活动。\n")
    got = titles(parse_text(text))
    assert len(got) == 2


# a plan that names no units: 三、组织机构 over a paragraph opening with a body charged with the work
NO_LABELS = ("某县2021年节水宣传周活动的通知\n一、宣传主题\n“节水优先、人人有责”\n二、活动时间\n2021年5月9日至15日\n"
             "三、组织机构\n{body}\n"
             "四、活动安排\n(一)营造宣传氛围\n1、悬挂宣传横幅。宣传周期间,在主要街道两旁悬挂节水宣传横幅,营造浓厚氛围。\n"
             "2、发放宣传资料。在县城广场设置咨询台,向群众发放节水知识手册和宣传单。\n")


def test_an_organising_point_that_charges_a_named_body_is_a_task():
    body = ("县节约用水办公室(县水利局)负责全县节水宣传周活动的组织和协调工作。各乡镇、各有关部门要按照统一时间,"
            "结合实际组织开展形式多样的节水宣传活动。")
    got = titles(parse_text(NO_LABELS.format(body=body)))
    assert "组织机构" in got
    assert len(got) == 3


def test_an_organising_point_that_sets_up_a_group_stays_a_section():
    body = "县政府成立节水宣传周活动领导小组,组长由分管副县长担任,成员由各有关部门负责同志组成。"
    got = titles(parse_text(NO_LABELS.format(body=body)))
    assert "组织机构" not in got
    assert len(got) == 2


def test_an_organising_point_naming_its_office_without_a_charge_stays_a_section():
    body = "领导小组办公室设在县水利局,办公室主任由县水利局局长兼任。"
    got = titles(parse_text(NO_LABELS.format(body=body)))
    assert "组织机构" not in got


# a (N) item headed as work to do 「（二）明确责任分工。」 under a section, over paragraphs each opening with a unit
DIVISION = ("某市2024年老旧小区改造实施方案\n一、主要任务\n（一）完成改造项目。2024年底前完成老旧小区改造50个。\n"
            "（二）加强质量监管。各区建立工程质量巡查制度，每月开展一次检查。\n"
            "二、保障措施\n（一）加强组织领导。成立市级工作专班，统筹推进改造工作。\n（二）{head}\n"
            "市住房城乡建设管理委：负责改造工作的统筹协调，指导各区制定年度计划。\n"
            "市财政局：负责落实市级补助资金，加强资金使用监管。\n"
            "市规划资源局：负责指导各区做好改造涉及的规划审批工作。\n"
            "（三）加强宣传引导。充分利用各类媒体宣传改造成效。\n")


def test_a_nested_division_of_duties_headed_as_work_is_one_task():
    plan = parse_text(DIVISION.format(head="明确责任分工。"))
    got = titles(plan)
    assert sum(t.startswith("明确责任分工") for t in got) == 1
    assert not any(t.startswith("市财政局") for t in got)
    task = next(t for t in plan.tasks if t.title.startswith("明确责任分工"))
    assert {"市住房城乡建设管理委", "市财政局", "市规划资源局"} <= set(task.lead_units + task.responsible_units)


def test_a_nested_division_named_by_its_noun_is_left_as_read():
    before = titles(parse_text(DIVISION.format(head="工作职责")))
    assert not any(t.startswith("工作职责") for t in before)
