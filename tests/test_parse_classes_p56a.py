"""Round 56 (p56a): the task structure of whole rules — which articles give work. Every text here is made up.

- A procedure's outline by the bare names of its steps 「…一般按照下列程序进行：（一）申请；（二）受理；…」 is the
  article's text, never a task per name (``step_outlines``); a list whose lines are sentences of work stays items.
- A client 委托人 handing in the papers for the service it commissions is a regulated party's own step, like an
  applicant's (``party_steps.PERSONS``): an article of them alone is no task; a further paper for a further case
  「涉及…的，还应当提供…说明」 is the same step. A body answering the client's case stays a task.
- A person's case and what it counts as (视为), answered by a body in a later clause of the same sentence, is the
  body's work: the article stays a task; the person's own rule with no body answering is none.
- Cases sorted into a class 「有下列情形之一的，属于…“…”的行为：」 (a definition) are the point's text, not
  items; a body's parts under a lead-in that names no cases stay items.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.party_steps import party_step

OUTLINE = """（一）申请；
（二）受理；
（三）审核；
（四）出具证明。"""

RULES = f"""上海市某区居住证明办理规定

第一条（目的）
为了规范居住证明的办理，制定本规定。

第二条（办理程序）
居住证明的办理，一般按照下列程序进行：
{OUTLINE}

第三条（受理）
区社区事务中心应当在收到申请后当场受理。

第四条（审核）
区社区事务中心应当对申请材料进行审核，并在5个工作日内出具证明。

第五条（申请材料）
申请办理居住证明的，委托人应当提供下列资料：
（一）身份证明；
（二）委托书面材料；
（三）租赁合同。
涉及共有住房的，还应当提供共有人同意的书面说明。

第六条（材料补正）
委托人提供的资料不全的，区房屋管理局应当一次性告知需要补正的全部内容。

第七条（施行日期）
本规定自2021年1月1日起施行。
"""


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.text.split("\n", 1)[0], t.responsible_units) for t in parse_text(text).tasks]


def test_outline_of_step_names_and_client_papers_give_no_tasks() -> None:
    assert _tasks(RULES) == [("（受理）", ["区社区事务中心"]), ("（审核）", ["区社区事务中心"]),
                             ("（材料补正）", ["区房屋管理局"])]
    tasks = parse_text(RULES).tasks
    assert all(t.deadline is None and not t.lead_units for t in tasks)


def test_outline_by_flow_lead_with_numbered_names() -> None:
    numbered = "1、申请；\n2、受理；\n3、审核；\n4、出具证明。"
    text = RULES.replace("一般按照下列程序进行：", "的基本流程为：").replace(OUTLINE, numbered)
    assert [t.text.split("\n", 1)[0] for t in parse_text(text).tasks] == ["（受理）", "（审核）", "（材料补正）"]


def test_steps_written_as_sentences_stay_items() -> None:
    # near miss: the lead-in is a procedure's, but each line is a step with its body and its own rule
    text = RULES.replace(OUTLINE, "（一）申请人向区社区事务中心提出申请；\n"
                                  "（二）区社区事务中心应当在收到申请后当场受理；\n"
                                  "（三）区社区事务中心应当对申请材料进行审核，并在5个工作日内出具证明。")
    tasks = parse_text(text).tasks
    assert [(t.number, t.responsible_units) for t in tasks[:3]] == [
        ("一", []), ("二", ["区社区事务中心"]), ("三", ["区社区事务中心"])]
    assert len(tasks) == 6


def test_names_under_a_lead_in_that_is_no_procedure_stay_items() -> None:
    # near miss: short lines under a body's duties 「…履行下列职责：」 are its parts, not an outline
    text = RULES.replace("居住证明的办理，一般按照下列程序进行：", "区社区事务中心履行下列职责：")
    assert [t.number for t in parse_text(text).tasks][:4] == ["一", "二", "三", "四"]


def test_a_further_paper_for_a_further_case_is_the_party_step() -> None:
    assert party_step("涉及共有住房的，还应当提供共有人同意的书面说明", known=True)
    assert party_step("委托办理房屋测绘的，委托人应当提供下列资料：", named=True)
    # near miss: a body placed in the case takes the step after it
    assert not party_step("区房屋管理局收到申请后，还应当出具书面意见", known=True)
    # near miss: a help, not a paper
    assert not party_step("委托办理房屋测绘的，委托人应当提供场地", named=True)


DEEMED = """某市住房补贴复核办法

第一条（目的）
为了规范住房补贴家庭的复核，制定本办法。

第二条（复核申请）
区住房保障机构应当在补贴期满前3个月通知补贴家庭申请复核。

第三条（复核审查）
区住房保障机构应当对补贴家庭的申请材料进行审查。

第四条（不申请复核的处理）
{case}

第五条（档案管理）
区住房保障机构应当建立补贴家庭档案。

第六条（施行日期）
本办法自2021年1月1日起施行。
"""


def test_a_body_answering_a_familys_deemed_case_keeps_the_article() -> None:
    # the family's case and what it counts as (视为), then the body's own step in the same sentence: a task
    case = "补贴家庭未在规定期限内申请复核的，视为自愿放弃补贴资格，区住房保障机构应当在补贴期满后，停止发放住房补贴。"
    tasks = parse_text(DEEMED.format(case=case)).tasks
    assert [(t.text.split("\n", 1)[0], t.responsible_units) for t in tasks] == [
        ("（复核申请）", ["区住房保障机构"]), ("（复核审查）", ["区住房保障机构"]),
        ("（不申请复核的处理）", ["区住房保障机构"]), ("（档案管理）", ["区住房保障机构"])]


def test_a_familys_own_rule_with_no_body_is_no_task() -> None:
    # near miss: the family's duty and what its breach counts as, no body answering — rules for the public
    case = "补贴家庭应当如实申报家庭收入，补贴家庭未如实申报的，视为自愿放弃补贴资格。"
    heads = [t.text.split("\n", 1)[0] for t in parse_text(DEEMED.format(case=case)).tasks]
    assert heads == ["（复核申请）", "（复核审查）", "（档案管理）"]


POINTS = """某区关于加强住宅装修管理的若干意见

一、装修登记
区房屋管理局负责住宅装修登记工作。

二、违规装修行为
业主、使用人应当遵守住宅装修的有关规定。
{lists}

三、日常巡查
街道办事处应当做好以下工作：
（一）组织物业服务企业开展装修巡查；
（二）及时制止违规装修行为。
"""

SORTED = """有下列情形之一的，属于本意见所称“违规装修”的行为：
（一）擅自拆改房屋承重墙体；
（二）擅自扩大外墙门窗尺寸。
有下列情形之一的，属于本意见所称“违法搭建”的行为：
（一）未经批准在屋顶搭建建筑物；
（二）在公共通道搭建构筑物。"""


def test_cases_sorted_into_a_defined_class_are_the_points_text() -> None:
    tasks = parse_text(POINTS.format(lists=SORTED)).tasks
    # 二、 one task: its lists are cases sorted into a class (a definition), the public's own rule naming no unit;
    # 三、's lines under a body's lead-in stay its parts
    assert [(t.path, t.number) for t in tasks] == [([], "一"), ([], "二"), (["三"], "一"), (["三"], "二")]
    assert [(t.lead_units, t.responsible_units, t.deadline) for t in tasks[:2]] == [
        ([], ["区房屋管理局"], None), ([], [], None)]


def test_a_body_s_duties_under_a_like_lead_stay_items() -> None:
    # near miss: a lead that names no cases 「下列工作属于…职责：」 over a body's parts of work
    duties = "下列工作属于区房屋管理局的职责：\n（一）组织开展装修巡查；\n（二）查处违规装修行为。"
    tasks = parse_text(POINTS.format(lists=duties)).tasks
    assert [(t.path, t.number) for t in tasks] == [([], "一"), (["二"], "一"), (["二"], "二"), (["三"], "一"),
                                                   (["三"], "二")]
