"""Round 41 (p41l), structure: a point that only says who hosts, checks or carries out the whole event —
「四、主办单位：XX区人民政府」「五、承办单位：区总工会、区体育局」「二、检查单位：…」, or a 组织领导 point
whose whole text is 「本次活动由A主办，B承办」 — is a plan-level field: no task and no item units
(CONVENTIONS.md, round 42 rulings). Made-up activity plans written the way such notices are printed,
with the near misses that must not change: a 责任单位 point (the work's units), a 参加单位 field over
work, a 组织领导 point that gives a body work."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某镇全民健身日活动方案\n一、指导思想\n以全民健身计划为指导，广泛开展群众体育活动，增强群众体质。\n"
WORK = ("四、活动安排\n1.8月8日上午在镇文化广场举行启动仪式。\n2.8月10日在镇文化站举行乒乓球比赛。\n"
        "五、活动要求\n1.认真组织参赛队伍。各村要按照组委会要求，精心组织本村队伍参赛。\n")


def _tasks(text: str) -> list[tuple[str, str, list[str]]]:
    return [("/".join([*t.path, t.number]), t.title, t.responsible_units) for t in parse_text(text).tasks]


def test_host_fields_are_no_tasks() -> None:
    tasks = _tasks(HEAD + "二、主办单位：某县某镇人民政府\n三、承办单位：镇文化站、镇体育办\n" + WORK)
    assert [p for p, _, _ in tasks] == ["四/1", "四/2", "五/1"]
    assert all(units == [] for _, _, units in tasks)        # (the event's hosts are no item's units)


def test_hosts_sentence_and_check_field_are_no_tasks() -> None:
    # a plan of top-level points only: the hosts' sentence and the checking body's field are no points of work
    text = ("某镇重阳节敬老活动方案\n一、活动时间\n2024年10月11日上午。\n二、组织领导\n"
            "本次活动由某县某镇人民政府主办，镇文化站和镇民政办承办。\n三、检查单位：镇安监办\n"
            "四、活动内容\n镇民政办负责走访慰问辖区80岁以上老人，送上慰问品。\n"
            "五、活动要求\n镇文化站负责组织文艺演出，丰富老人精神文化生活。\n")
    tasks = _tasks(text)
    # (一、活动时间 only gives the time: a field, no task either — round 42 continued)
    assert [p for p, _, _ in tasks] == ["四", "五"]
    assert tasks[0][2] == ["镇民政办"] and tasks[1][2] == ["镇文化站"]


def test_leadership_point_giving_work_stays() -> None:
    # 由A负责组织 gives A work: the 组织领导 point is read as before, a task of 镇文化站
    text = ("某镇重阳节敬老活动方案\n一、活动时间\n2024年10月11日上午。\n二、组织领导\n"
            "本次活动由镇文化站负责组织，做好场地布置和安全保障。\n"
            "三、活动内容\n镇民政办负责走访慰问辖区80岁以上老人，送上慰问品。\n")
    tasks = _tasks(text)
    # (一、活动时间 only gives the time: a field, no task — round 42 continued)
    assert [p for p, _, _ in tasks][:2] == ["二", "三"]
    assert tasks[0][2] == ["镇文化站"]


def test_work_unit_label_point_stays() -> None:
    # 责任单位 names the units of work, not the event's hosts: the point is read as before (a task with its units)
    tasks = _tasks(HEAD + "二、责任单位：镇文化站、镇体育办\n三、参加单位：各村要组织人员参加比赛\n" + WORK)
    assert tasks[0][0] == "二" and tasks[0][2] == ["镇文化站", "镇体育办"]
    assert [p for p, _, _ in tasks[1:]] == ["四/1", "四/2", "五/1"]


def test_field_with_a_non_body_stays() -> None:
    # a 承办单位 field naming what is no body (a school's class) is not read as the event's hosts
    tasks = _tasks(HEAD + "二、承办单位：镇文化站、三年级二班\n" + WORK)
    assert tasks[0][0] == "二"


def test_hosts_heading_over_field_lines_is_no_task() -> None:
    # 三、主办、承办单位 over 「主办单位：A ⏎ B ⏎ 承办单位：C」: the event's fields under their heading, no work
    text = (HEAD + "二、活动主题\n快乐健身，文明和谐。\n三、主办、承办单位\n主办单位：中共某县委宣传部\n"
            "某县文化体育局\n承办单位：某县文化馆\n" + WORK)
    assert [p for p, _, _ in _tasks(text)] == ["四/1", "四/2", "五/1"]


def test_hosts_heading_over_work_stays() -> None:
    # the same heading over a sentence of work (各承办单位要…) is read as before
    text = (HEAD + "二、活动主题\n快乐健身，文明和谐。\n三、承办单位\n主办单位：中共某县委宣传部\n"
            "各承办单位要做好人员、车辆、安全等组织保障工作。\n" + WORK)
    assert [p for p, _, _ in _tasks(text)] == ["三", "四/1", "四/2", "五/1"]
