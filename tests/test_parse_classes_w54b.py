"""Round 54 second wave (w54b): units named wrongly in the blind sets 268–273 (responsible the weakest kind).
Made-up texts in the shapes the blind plans brought.

1. A closing roles bracket that opens with when the work is done 「（2020年2季度完成，A牵头，B配合）」 (x273_02 五):
   the time clause is the task's deadline, the roles after it its units (rule 1; "Round 63 rulings, written early");
   guides named last in such a bracket 「…配合，C协调指导）」 are units as printed (x273_02 五、5, 7, 10, same rulings).
2. A label 「主体责任单位:」 after a run of labels on one line (x271_06): 主体 is the label's, not the last name's
   before it.
3. A party named by its role in an event 「市场主办方」「活动承办方」 is a body (like 业主, 招标人; round 34), so
   「由市场主办方和属地街道落实…」 joins two doers with 和 (x272_08; Round 63's 属地镇街园区); 「由A和B负责，…」 read
   by the roles readers splits as a label's list does (two whole bodies of four characters or more, round 34).
4. A role's name with a verb of work inside 「各项目推进牵头部门负责…」 is read whole, not cut at 推进
   (x270_02 四/（一）).
5. A body whose name a template masked after its level 「乡镇XX、村委会要…」 is a name of its own in the list
   (x271_02)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def first(text: str) -> tuple[list[str], list[str], str | None]:
    task = parse_text(text).tasks[0]
    return task.lead_units, task.responsible_units, task.deadline


def plan(items: str) -> str:
    return "某市平台建设工作方案\n\n一、主要任务\n\n" + items


@pytest.mark.parametrize(("bracket", "lead", "resp", "deadline"), [
    ("（2021年2季度完成，市发展改革委牵头，市国资委配合）", ["市发展改革委"], ["市国资委"], "2021-06-30"),
    ("（2021年底前完成，市财政局、市司法局牵头，市教委配合）", ["市财政局", "市司法局"], ["市教委"], "2021-12-31"),
    ("（2021年3月底前完成，市商务委负责，各区政府配合）", ["市商务委"], ["各区政府"], "2021-03-31"),
    # near misses: the time clause last, as before; a bracket of when alone names no unit
    ("（市发展改革委牵头，市国资委配合，2021年6月底前完成）", ["市发展改革委"], ["市国资委"], "2021-06-30"),
    ("（2021年底前完成）", [], [], "2021-12-31"),
])
def test_time_first_roles_bracket(bracket: str, lead: list[str], resp: list[str], deadline: str) -> None:
    text = plan(f"1．建立协调机制。研究协调平台升级改造中的重大事项。{bracket}\n\n"
                "2．优化流程。市大数据中心负责推进。\n")
    got = first(text)
    assert (sorted(got[0]), sorted(got[1]), got[2]) == (sorted(lead), sorted(resp), deadline)


@pytest.mark.parametrize(("bracket", "lead", "resp"), [
    ("（2021年底前完成，市大数据中心牵头，市商务委配合，市发展改革委、各区政府协调指导）",
     ["市大数据中心"], ["市商务委", "市发展改革委", "各区政府"]),
    # near miss: a guide that opens the bracket is no doer (「（商务部指导，供销社参与）」)
    ("（市发展改革委指导，市商务委配合）", [], ["市商务委"]),
])
def test_guides_last_in_roles_bracket(bracket: str, lead: list[str], resp: list[str]) -> None:
    got = first(plan(f"1．完善交易规则。建立统一的交易规则和服务流程。{bracket}\n\n"
                     "2．优化流程。市大数据中心负责推进。\n"))
    assert (sorted(got[0]), sorted(got[1])) == (sorted(lead), sorted(resp))


@pytest.mark.parametrize(("labels", "lead", "resp"), [
    ("牵头部门:镇水利站 协作部门:镇农技站,镇城建办 主体责任单位:各村(居)",
     ["镇水利站"], ["镇农技站", "镇城建办", "各村(居)"]),
    ("牵头部门:镇环保站 协作部门:镇水利站、镇城建办 主体责任部门:各村",
     ["镇环保站"], ["镇水利站", "镇城建办", "各村"]),
    # near miss: a plain 责任单位 label after the partners' keeps the names as they are
    ("牵头部门:镇水利站 协作部门:镇农技站 责任单位:各村(居)", ["镇水利站"], ["镇农技站", "各村(居)"]),
])
def test_main_duty_label_in_a_run(labels: str, lead: list[str], resp: list[str]) -> None:
    text = ("某镇河长制工作计划\n一、强化水资源保护\n1.严格落实水资源论证制度,加强用水管理。" + labels
            + "\n2.加强河湖巡查,及时处置问题。牵头部门:镇环保站\n")
    got = first(text)
    assert (sorted(got[0]), sorted(got[1])) == (sorted(lead), sorted(resp))


def units_of(text: str, number: str) -> list[str]:
    task = next(t for t in parse_text(text).tasks if t.number == number)
    return sorted(task.lead_units + task.responsible_units)


@pytest.mark.parametrize(("sentence", "units"), [
    ("由市场主办方和属地街道办事处落实主体责任，妥善采取关停措施。", ["属地街道办事处", "市场主办方"]),
    ("由活动承办方和区公安分局负责，做好现场安全保障。", ["区公安分局", "活动承办方"]),
    ("由区交通运输局和区公安分局负责，加强道路巡查。", ["区交通运输局", "区公安分局"]),
    ("由高新区党工委和管委会负责，加强道路巡查。", ["高新区党工委和管委会"]),
    # near misses: a department named with 和 stays one name; 各方 is a call to all, no body
    ("由区规划和自然资源局负责，做好用地保障。", ["区规划和自然资源局"]),
    ("各方要加强协作，做好现场安全保障。", []),
])
def test_event_party_joined(sentence: str, units: list[str]) -> None:
    text = ("关于加强集市管理的通告\n\n一、提高认识，加强领导。\n\n二、" + sentence
            + "\n\n三、区市场监管局负责加强巡查，依法查处违法行为。\n")
    assert units_of(text, "二") == units


@pytest.mark.parametrize(("sentence", "units"), [
    ("审批中心负责政策解读；各项目推进牵头部门负责对试点项目跟进和指导。", ["审批中心", "各项目推进牵头部门"]),
    # near miss: 推进 as the verb after a body stays the verb
    ("审批中心负责政策解读；区建设局推进试点项目落地。", ["区建设局", "审批中心"]),
])
def test_role_name_with_work_verb(sentence: str, units: list[str]) -> None:
    text = ("某区改革试点实施方案\n\n一、工作措施\n\n（一）明确工作职责。" + sentence
            + "\n\n（二）加强宣传。区融媒体中心负责宣传报道。\n")
    assert units_of(text, "一") == sorted(units)


@pytest.mark.parametrize(("sentence", "units"), [
    ("乡镇XX、村委会要组织人员开展全面摸排。", ["乡镇XX", "村委会"]),
    ("县××、县卫健局要组织人员开展全面摸排。", ["县××", "县卫健局"]),
    # near miss: a mask with no level before it names no body
    ("由xx组织人员开展全面摸排。", []),
])
def test_masked_name_in_list(sentence: str, units: list[str]) -> None:
    text = ("某县疫情防控工作方案\n\n一、工作措施\n\n1、做好重点人群防控。" + sentence
            + "\n\n2、加强宣传。县融媒体中心负责宣传报道。\n")
    assert units_of(text, "1") == sorted(units)
