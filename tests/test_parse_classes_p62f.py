"""Structure leftovers (round 62, p62f): a scheme's headed rate lines 「二、补助标准 （一）…补助标准：
1、…每户600元」 are its terms (no tasks, the sums plan targets — Round 75's p57f-2 widened to 补助／救助／慰问
standards, Round 85); a rule's articles of penalty by the law, officers' conduct and discipline, rewards by the
party's own unit, and an order to whoever finds an incident to report it are no tasks; a duty list's catch-all last
line is text (Round 84's p61a-1). Round 62 read every further document in articles under an 附件 label, its 第一条
under a chapter line too; Round 92 (governs, p65d-1) turned that: a document printed after its 附件 line is not counted,
however it is numbered (p66f). Made-up texts."""

from desktop.core.parse import parse_text
from desktop.core.parse.catch_all_lines import catch_all_line
from desktop.core.parse.no_work_articles import consequence_only, everyone_only

RATES = """西河镇2031年元旦走访慰问活动方案

一、慰问范围及对象

生活困难的老党员、优抚对象和低收入家庭。

二、慰问标准

（一）特困户补助标准：

1、特困家庭实行一次性取暖救助，标准为每户500元。

2、特困对象每人发放一次性生活补贴300元，发放大米、食用油（价值200元）。

3、特困家庭中有2人以上的，只发放一次慰问物资，其余的以现金形式发放。

（二）优抚对象慰问标准：

1、烈属，每户慰问标准800元。

2、在乡老复员军人，每户慰问标准400元，慰问大米20公斤、食用油4升。
"""


def test_headed_rate_lines_under_a_relief_standard_are_terms() -> None:
    plan = parse_text(RATES)
    assert plan.tasks == []
    figures = {(t.value, t.unit) for t in plan.plan_targets}
    assert {(500.0, "元"), (300.0, "元"), (800.0, "元"), (400.0, "元"), (20.0, "公斤")} <= figures


def test_a_rate_point_with_work_in_it_stays_tasks() -> None:
    """Near miss: a line under the standard that names the body who pays is work."""
    text = RATES.replace("1、烈属，每户慰问标准800元。", "1、镇民政办负责在1月10日前向烈属发放慰问金，每户800元。")
    plan = parse_text(text + "\n三、工作要求\n\n（一）镇民政办负责做好慰问对象的摸底造册工作。\n")
    keys = [t.key for t in plan.tasks]
    assert "二.二.1" in keys and "三.一" in keys
    assert "二.一.1" not in keys


def test_penalty_by_the_law_conduct_and_reward_articles_give_no_work() -> None:
    assert consequence_only("违反本办法规定的，依照有关法律、法规的规定处罚；构成犯罪的，依法追究刑事责任。")
    assert consequence_only("执法人员执行本规定时，应当严格遵守法纪，秉公执法。对玩忽职守、滥用职权的，由主管部门给予"
                            "行政处分；构成犯罪的，依法追究刑事责任。")
    assert consequence_only("对防汛工作成绩显著的单位和个人，由本单位或者上级主管部门给予表彰、奖励；成绩特别突出的，"
                            "报请区人民政府给予表彰。")
    # near misses: a named body that penalizes, or one that must act, is work
    assert not consequence_only("违反本办法规定的，由区城管执法局依照有关规定处罚。")
    assert not consequence_only("违反本办法的相关规定，按照有关规定给予处罚。")    # (a bare pointer alone: w52b)
    assert not consequence_only("对违法行为，区水务局应当依法处罚。")
    assert not consequence_only("对违反本办法的单位，由主管部门责令限期改正。")


def test_an_order_to_whoever_finds_an_incident_is_text() -> None:
    assert everyone_only("发现险情，应当立即报警。\n单位发生事故，必须及时向应急管理部门报告。")
    assert not everyone_only("区应急局发现险情，应当立即报告。")
    assert not everyone_only("发现险情，应当立即报警。各街镇应当组织群众转移。")


def test_catch_all_last_lines() -> None:
    assert catch_all_line("法律、法规、规章规定的其他防汛工作职责。")
    assert catch_all_line("区政府确定的其他职责；")
    assert catch_all_line("完成区领导交办的其他事项。")
    assert not catch_all_line("将防汛设施纳入区域建设规划，结合其他街镇建设同步实施。")
    assert not catch_all_line("负责组织编制防汛预案。")


RULES = """南湖区防汛设施管理办法

第一条 为加强本区防汛设施管理，制定本办法。

第二条 区水务局负责本区防汛设施的统一管理。

第三条 区水务局履行下列职责：

（一）编制防汛设施年度养护计划；

（二）组织防汛设施的巡查和维修；

（三）法律、法规规定的其他职责。

第四条 各街镇负责辖区内防汛设施的日常巡查。

第五条 发现防汛设施损坏，应当立即报告。

第六条 违反本办法规定的，依照有关法律、法规的规定处罚。

第七条 本办法自2031年1月1日起施行。

附件：1.南湖区防汛设施养护资金管理细则

2.南湖区防汛设施巡查管理细则

附件1

南湖区防汛设施养护资金管理细则

第一章 总则

第一条 基本概念

养护资金是区财政安排用于防汛设施养护的专项资金。

第二章 资金管理

第二条 区财政局负责养护资金的预算安排。

第三条 区水务局负责编制养护资金使用计划。

第四条 区审计局负责养护资金使用情况的审计。

第五条 本细则自2031年1月1日起施行，由区水务局负责解释。实施期间，如遇国家、市有关政策调整，按上级有关规定执行。

附件2

南湖区防汛设施巡查管理细则

第一条 目的和依据

为规范防汛设施巡查，制定本细则。

第二条 各街镇负责组织辖区防汛设施的日常巡查。

第三条 区水务局负责巡查工作的监督检查：

（一）每季度抽查巡查记录；

（二）每年通报巡查情况。

第四条 本细则自2031年1月1日起施行。
"""


def test_rules_structure_and_every_annexed_document() -> None:
    plan = parse_text(RULES)
    keys = [t.key for t in plan.tasks]
    assert "3.三" not in keys and "3.一" in keys and "3.二" in keys     # (the catch-all last line: text)
    assert "5" not in keys and "6" not in keys                          # (an order to anyone; a penalty by the law)
    assert "4" in keys
    # neither attachment read (Round 92: documents printed after the 附件 line are not counted)
    assert not any(k.startswith("附件") for k in keys)
