"""Round 37 (p37a), the structure of whole documents: 一、 items numbered inside an article are the article's
items, not a new numbering group; a duty article's body paragraphs are one task; a list of what a paper must
contain gives no work; a childless top-level point with a rule-2 doer in a plan naming doers in prose is a task.
Made-up snippets written the way 办法 and 实施意见 are written."""

from __future__ import annotations

from desktop.core.parse import parse_text

RULES = ("某区公共设施移交管理办法\n"
         "第一条（目的）\n为规范公共设施移交工作，制定本办法。\n"
         "第二条（职责分工）\n"
         "在区政府领导下，各有关部门按照职责分工，协调推进有关工作。\n"
         "区建管委牵头协调设施移交工作，负责相关审批。\n"
         "区财政局负责设施养护经费的管理和监督。\n"
         "区养护中心负责直管设施的接管和日常养护工作。\n"
         "第三条（建设单位）\n建设单位负责移交前的养护管理。\n"
         "第四条（移交程序）\n"
         "一、申请移交\n建设单位应当在竣工验收后20日内向区养护中心申请移交。\n"
         "二、现场核查\n由区养护中心组织现场核查工作。\n"
         "三、协议内容\n移交协议应当载明下列内容：\n（一）双方名称；\n（二）移交设施清单；\n（三）保修责任约定。\n"
         "第五条（经费）\n由区财政局负责安排养护经费。\n"
         "第六条（施行日期）\n本办法自印发之日起施行。\n")


def _tasks(text: str) -> list[tuple[list[str], str, list[str]]]:
    return [(t.path, t.number, t.responsible_units) for t in parse_text(text).tasks]


def test_inner_numbering_inside_an_article_is_its_items():
    plan = parse_text(RULES)
    numbers = [(t.path, t.number) for t in plan.tasks]
    # the articles after the one with 一、二、三、 are still read: no second numbering group
    assert (["4"], "一") in numbers and (["4"], "二") in numbers
    assert ([], "5") in numbers
    assert not any("各自从头开始" in w for w in plan.warnings)
    five = next(t for t in plan.tasks if t.number == "5")
    assert five.responsible_units == ["区财政局"]


def test_a_list_of_what_a_paper_must_contain_gives_no_work():
    plan = parse_text(RULES)
    three = [t for t in plan.tasks if t.path[:1] == ["4"] and t.number.startswith("三")]
    assert [t.number for t in three] == ["三"]             # （一）–（三） are its text, not tasks
    assert not any(t.path == ["4", "三"] for t in plan.tasks)


def test_a_duty_articles_paragraphs_are_one_task():
    plan = parse_text(RULES)
    duty = [t for t in plan.tasks if t.path == [] and t.number == "2" or t.path == ["2"]]
    assert len(duty) == 1
    # (every body's paragraph is the one task's text; which clauses name doers is the sentence reader's)
    assert {"区财政局", "区养护中心"} <= set(duty[0].responsible_units)
    assert "区养护中心负责直管设施" in duty[0].text


def test_colon_headed_unit_paragraphs_under_a_duty_heading_stay_items():
    # near miss: 「A：负责…」 paragraphs are written as a numbered division of work is, and stay items
    text = ("某镇道路养护管理办法\n第一条（职责分工）\n镇建设办：负责道路养护的监管和考核。\n"
            "镇城建中心：负责道路日常养护的组织实施。\n各村委会：负责村内道路的日常养护。\n"
            "第二条（养护标准）\n由镇城建中心负责制定养护标准。\n")
    plan = parse_text(text)
    assert len([t for t in plan.tasks if t.path == ["1"]]) == 3


def test_numbered_points_of_a_plan_without_articles_stay_groups():
    # near miss: a notice's own 一、二、 then the plan's 一、二、 after its signature stay two numbering groups
    text = ("关于印发某区实施方案的通知\n各街道：\n现将《某区实施方案》印发给你们，请认真贯彻执行。\n"
            "一、请各街道高度重视。\n二、请于6月底前报送进展。\n某区人民政府\n2024年3月1日\n"
            "某区实施方案\n一、重点任务\n（一）建设助餐点。由区民政局负责。\n（二）改造老旧小区。由区住建委负责。\n"
            "二、保障措施\n（一）加强领导。\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks][:2] == [["区民政局"], ["区住建委"]]


def test_a_childless_point_with_a_doer_in_a_plan_naming_doers_in_prose():
    text = ("关于推进某区设施改造的实施意见\n"
            "一、工作目标\n（一）总体目标\n到2026年完成改造任务。\n（二）基本原则\n政府主导，部门配合。\n"
            "二、改造内容\n（一）资金管理\n由区水务局和区房管局编制年度改造计划。\n"
            "（二）质量监管\n由区建管委负责改造工程的质量监督。\n"
            "三、后续管理\n改造完成后，由供水企业实施接管工作，并做好日常维护。\n"
            "四、组织领导\n成立区设施改造领导小组，领导小组负责统筹协调。\n")
    plan = parse_text(text)
    three = [t for t in plan.tasks if t.number == "三" and t.path == []]
    assert len(three) == 1 and three[0].responsible_units == ["供水企业"]
    # near miss: a point that sets up a leading group names no doer of its own, and is no task
    assert not any(t.number == "四" and t.path == [] for t in plan.tasks)
