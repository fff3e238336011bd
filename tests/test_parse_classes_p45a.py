"""Round 45 (p45a): structure classes of round 44's sets.

A point whose 、 a site's rewrite printed as a full stop (「七。活動」 on a line of its own) in a plan whose other
points are numbered 一、: read as that point, where its number goes on past theirs; near misses stay text."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.inline_items import stop_marked_points

PLAN = ("某镇全民健身日活动方案\n一、活动主题\n健康生活，快乐运动。\n二、活动时间\n8月8日全天\n"
        "三{mark}活动安排\n8月8日，镇文体中心将组织各村在镇文化广场举办健身展示活动，各村要组织群众积极参加。\n"
        "四{mark}工作要求\n各村要加强宣传，营造氛围。\n")


def numbers(text):
    return [t.number for t in parse_text(text).tasks]


def test_a_point_marked_with_a_full_stop_is_read_as_the_point():
    stopped = parse_text(PLAN.format(mark="。"))
    plain = parse_text(PLAN.format(mark="、"))
    assert [t.number for t in stopped.tasks] == [t.number for t in plain.tasks]
    assert "三" in [t.number for t in stopped.tasks]


def test_the_rewrite_turns_the_stop_into_the_points_mark():
    text = "一、活动主题\n略\n二、活动时间\n略\n三。活动安排\n各村要组织开展活动。\n"
    assert "三、活动安排" in stop_marked_points(text).split("\n")


def test_near_misses_stay_text():
    # no points numbered 一、 above it: a 「三。」 alone is left as it is
    alone = "某镇活动方案\n三。活动安排\n各村要组织开展活动。\n"
    assert stop_marked_points(alone) == alone
    # a number not above the points before it
    back = "一、活动主题\n略\n二、活动时间\n略\n三、活动安排\n略\n二。活动内容\n略\n"
    assert stop_marked_points(back) == back
    # a number followed by a sentence, not a short heading
    said = "一、活动主题\n略\n二、活动时间\n略\n三。各村要组织群众积极参加健身展示活动，营造氛围。\n"
    assert stop_marked_points(said) == said
    # only one point numbered 一、 above it
    one = "一、活动主题\n略\n三。活动安排\n略\n"
    assert stop_marked_points(one) == one


# An activity's fields written as numbered lines, among them labels of two fields 「时间、地点:」, its invited leaders
# 「参加领导:」 and its events 「活动项目:」 over ⑴…, and a last numbered line of its own after them: one task.
BLOCK = ("某镇全民健身日活动方案\n一、指导思想\n以人为本，增强群众健身意识。\n二、活动安排\n"
         "1、时间、地点:8月8日上午9:00，镇文化广场\n2、参加领导:拟请镇领导出席。\n3、参加人员:各村选派的参赛选手。\n"
         "4、活动项目:\n⑴镇领导致辞;\n⑵镇领导宣布活动开始;\n⑶拔河、跳绳、象棋比赛\n{last}"
         "三、活动要求\n（一）加强领导。各村要精心组织，统筹安排，确保活动安全有序。\n"
         "（二）广泛发动。各村要广泛宣传，动员群众积极参加健身活动。\n")
LAST = "5、宣传展示\n用展板展示我镇群众健身的成果和特色项目。\n"


def titles(text):
    return [t.title for t in parse_text(text).tasks]


def test_numbered_fields_of_an_activity_are_one_task():
    assert titles(BLOCK.format(last=LAST)) == ["活动安排", "加强领导", "广泛发动"]
    assert titles(BLOCK.format(last="")) == ["活动安排", "加强领导", "广泛发动"]


def test_numbered_lines_that_are_not_fields_stay_items():
    # two lines of work among the fields: items of their own
    worked = BLOCK.format(last=LAST).replace("3、参加人员:各村选派的参赛选手。", "3、组织各村开展健身培训。")
    assert "活动安排" not in titles(worked) and len(titles(worked)) > 3
    # a content field over numbered lines of work: the work is items
    content = ("某镇活动方案\n一、活动安排\n1、活动时间:8月8日\n2、活动内容:\n（1）开展健步走活动，各村组织群众参加。\n"
               "（2）开展健身指导活动，镇文体中心派员指导。\n3、宣传展示\n用展板展示健身成果。\n")
    assert "活动安排" not in titles(content) and len(titles(content)) >= 2


# A scope article of a rule written in articles 「第二条（适用范围）」 that also gives work to a doer (由A会同B制定): a
# task; one that only says what the rule covers (or what else follows it, 参照…执行) stays a section.
RULES = ("某区老旧建筑修缮管理办法\n第一条（目的依据）\n为加强老旧建筑保护，根据有关规定，制定本办法。\n"
         "第二条（适用范围）\n{scope}\n"
         "第三条（职责分工）\n区住房保障部门负责修缮方案的审批和监督管理。\n"
         "第四条（审批程序）\n区住房保障部门应当自受理申请之日起二十个工作日内作出审批决定。\n"
         "第五条（监督检查）\n区住房保障部门应当会同区规划资源部门定期开展检查。\n"
         "第六条（施行日期）\n本办法自发布之日起施行。\n")
COVERS = "本区行政区域内老旧建筑的修缮方案审批适用本办法。"


def test_a_scope_article_that_gives_work_is_a_task():
    worked = titles(RULES.format(scope=COVERS + "小额修缮项目的具体管理办法由各街道办事处会同相关部门制定。"))
    assert worked[0] == "（适用范围）" and "（目的依据）" not in worked


def test_a_scope_article_that_only_covers_stays_a_section():
    for scope in (COVERS, COVERS + "小额修缮项目参照本办法执行。"):
        assert titles(RULES.format(scope=scope)) == ["（职责分工）", "（审批程序）", "（监督检查）"]
