"""Round 68 (p68d): township, village and community page openings.

- An assessment's list of weighted work lines 「（一）、支部建设（20分）⏎1、建立…制度并公示。（4分）⏎2、…（6分）」, each
  line stating work and carrying only its weight at its end, under a heading weighted the same way (no 小计): tasks
  (Round 97's governs on x356_03, with Round 95's x350_01; ``scored_rows._weighted_work``) — not a scheme's criteria
  that judge 「…是否到位；（30分）」 or write what a criterion earns 「…得2分」, nor rows under a 小计 heading.
- A preview page run into one line 「…应急预案一、概况…。二、…。三、组织机构1、工作小组成立…名单职务姓名…成员王某2、
  人员职责当…。3、…」: the title's 预案 ends a title a first point runs into, and an item 「N、」 run into the words
  before it is the list's where N+1 follows after a stop, no section number between (``heading_markers``) — not a
  「2、」 with no 3、 after it, nor a number inside a name 「附表2、」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_ASSESS = ("某镇2020年村级工作目标考核办法\n"
           "各村党支部:\n为推动各村工作落实,经研究,制订本办法。\n"
           "一、考核对象:各村两委全体干部\n二、考核内容\n"
           "(一)、支部建设(20分)\n"
           "1、建立完善支部工作制度并公示。(4分)\n"
           "2、建立党员联系户台帐,并及时更新。(6分)\n"
           "3、开展主题党日活动,全年不少于6次。(10分)\n"
           "(二)、村务管理(10分)\n"
           "1、落实村务公开制度,按季度公开财务。(5分)\n"
           "2、调解邻里纠纷,做好矛盾排查。(5分)\n")


def test_an_assessments_weighted_work_lines_are_tasks():
    tasks = _tasks(_ASSESS)
    assert {"二/一/1", "二/一/2", "二/一/3", "二/二/1", "二/二/2"} <= set(tasks)


def test_near_miss_a_schemes_judging_criteria_stay_text():
    text = _ASSESS.replace("1、建立完善支部工作制度并公示。(4分)", "1、支部工作制度是否完善并公示;(4分)") \
        .replace("2、建立党员联系户台帐,并及时更新。(6分)", "2、党员联系户台帐是否及时更新;(6分)") \
        .replace("3、开展主题党日活动,全年不少于6次。(10分)", "3、主题党日活动每开展1次得2分,最高得10分。(10分)")
    tasks = _tasks(text)
    assert not {"二/一/1", "二/一/2", "二/一/3"} & set(tasks)


def test_near_miss_rows_under_a_subtotal_heading_stay_text():
    text = _ASSESS.replace("(一)、支部建设(20分)", "(一)、支部建设(小计20分)")
    tasks = _tasks(text)
    assert not {"二/一/1", "二/一/2", "二/一/3"} & set(tasks)


_RUN = ("某镇某村山洪灾害转移避险应急预案.docx\n"
        "《某镇某村山洪灾害转移避险应急预案.docx》由会员分享,可在线阅读,更多相关内容请在本站搜索。\n"
        "某镇某村山洪灾害转移避险应急预案一、基本情况全村面积12平方公里,辖区内有2条溪流。二、危险区分布山洪危险区2处,"
        "涉及5户18人。三、组织机构与职责1、工作小组成立由镇包村领导、村两委组成的防汛工作小组,组长由村支部书记担任。"
        "工作小组名单职务姓名电话组长王某成员李某成员赵某2、人员职责接到暴雨预警后,工作小组成员应立即到岗,组长负责"
        "指挥全村转移工作,成员协助组长做好群众转移。3、网格员职责网格员按照工作小组的安排,负责本网格群众的转移和"
        "安置工作,转移前检查转移路线,确保安全。四、预警与转移1、值班值守汛期村委会安排专人值班,接到预警后及时"
        "通知各户。2、转移安置接到转移指令后,网格员组织群众按路线转移到安置点。")


def test_a_run_together_preview_is_read_by_its_points_and_items():
    tasks = _tasks(_RUN)
    assert {"三/2", "三/3", "四/1"} <= set(tasks)


def test_near_miss_a_run_in_two_with_no_three_after_it_stays_text():
    text = _RUN.replace("3、网格员职责", "网格员职责")
    tasks = _tasks(text)
    assert "三/2" not in tasks and "三/3" not in tasks

