"""Round 69 (mr69a): the near misses rv69a found for round 69's parser rules, each kept at its old reading.

- Finding 2: a plan's points headed by a check that is an act 「（一）开展消防安全检查」 over work 「有序推进…」
  「有效防范…」 stay tasks — not the parts a check looks at (p69e: 「1.共用部位的查验⏎共用部位：一般包括…」).
- Finding 3: a unit its own clause names 「街道负责组织…」 stays the doer when the addressee line is printed again
  later in the task 「…，各镇、街道要于…报…」 (p69c's call back clears only a task whose units come from that line);
  and a lead-in closed by a colon 「…，现将有关事项通知如下：」 is no addressee line.
- Finding 4: a heading that is an act on a role party 「（一）引导业主」「（一）督促业主」 under a duty section names no
  party; the doer of its text stays (p69c: 「（一）住宅房屋所有权人」 under 「一、明确职责」 is the party).
- Finding 5: a case the staff come upon 「网格工作人员在日常巡查中发现违法建设的，由有关部门依法处理。」 stays a task
  (p69a: the staff's own breach 「…的工作人员在审核工作中违反本办法有关规定的，由有关部门…」 is no task).
- Finding 6: a notice's paragraph that states its aim with an adverb 「为切实做好…」「为进一步做好…」 gives no work, as
  「为做好…」 does not (p69b: 「…尤其做好…工作」 after a body gives work).
- Finding 7: a dated step 「2024年9月，开展“回头看”。」 stays the schedule's last when the work said done is only an
  object before the steps 「对已全面完成改造的村开展复核。」 (p69f: a step's own clause 「2024年6月，全面完成整治；」
  makes the 回头看 after it no step of the work).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.task_dates import steps_end


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_CHECK_ACTS = """某区安全生产工作方案

一、重点任务

（一）开展消防安全检查

有序推进高层建筑消防隐患排查整治，全面消除火灾隐患。

（二）开展燃气安全排查

有效防范燃气泄漏事故，确保群众生命财产安全。

二、保障措施

（一）加强组织领导。区应急局负责统筹协调。

（二）强化督导考核。区政府督查室负责督查。
"""


def test_check_acts_over_work_stay_tasks():
    assert _numbers(_CHECK_ACTS)[:2] == ["一/一", "一/二"]
    # each guard alone: a noun heading over 有序…/有效…, and an act heading over 主要有…
    nouns = _CHECK_ACTS.replace("（一）开展", "（一）").replace("（二）开展", "（二）")
    assert _numbers(nouns)[:2] == ["一/一", "一/二"]
    acts = _CHECK_ACTS.replace("有序推进", "主要有").replace("有效防范", "主要有")
    assert _numbers(acts)[:2] == ["一/一", "一/二"]


def _units(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_CALLED_AGAIN = """关于开展安全隐患排查工作的通知

各镇、街道:

为进一步做好安全生产工作，结合我区实际，现将有关事项通知如下：

一、开展隐患排查。街道负责组织辖区企业隐患排查{again}要于5月31日前将排查结果报区应急局。

二、做好总结。区应急局负责汇总排查情况，于6月10日前形成总结。
"""


def test_unit_named_in_its_own_clause_stays_under_a_printed_addressee_line():
    assert _units(_CALLED_AGAIN.format(again="，各镇、街道"))["一"] == ["街道"]
    assert _units(_CALLED_AGAIN.format(again="，"))["一"] == ["街道"]


def test_lead_in_closed_by_a_colon_is_no_addressee_line():
    from desktop.core.parse.addressee_callbacks import addressee_line
    assert addressee_line("通知\n\n为进一步做好安全生产工作，结合我区实际，现将有关事项通知如下：\n") == ""
    assert addressee_line("通知\n\n各镇、街道残联，市视力康复中心：\n") == "各镇、街道残联，市视力康复中心"


_ROLE_ACT = """某小区加装电梯工作方案

一、{section}

（一）{heading}

{body}

（二）做好审批

区住建委负责办理审批手续。
"""


def test_act_on_a_role_party_heading_names_no_party():
    got = _units(_ROLE_ACT.format(section="明确责任分工", heading="引导业主",
                                  body="街道负责组织居委会入户宣传，引导业主协商一致。"))
    assert got["一/一"] == ["街道"]
    got = _units(_ROLE_ACT.format(section="落实各方责任", heading="督促业主", body="居委会负责督促业主协商一致。"))
    assert got["一/一"] == ["居委会"]


_STAFF_FINDS = """某区违法建设治理办法

第一条 为规范违法建设治理，制定本办法。

第二条 区城管局负责违法建设治理的统筹协调。

第三条 网格工作人员在日常巡查中{case}的，由有关部门依法处理。
"""


def test_case_the_staff_come_upon_stays_a_task():
    assert _units(_STAFF_FINDS.format(case="发现违法建设")).get("3") == ["有关部门"]
    assert "3" not in _units(_STAFF_FINDS.format(case="违反本办法有关规定"))


_HOLIDAY = """2019端午节放假安排通知

2019年端午节即将来临,结合我校实际,现将放假有关事项通知如下:

      {aim}节日期间的安全稳定工作,确保师生度过一个安全祥和的节日,学校定于6月10日放假一天。

      放假前,各年级组对所属学生进行安全教育,尤其做好防溺水安全教育和管理工作,杜绝学生私自下河游泳。

      值班人员定时对校园安全情况进行全面巡查,发现问题及时处理;同时负责做好节假期间的校园安全工作。
"""


def test_aim_with_an_adverb_gives_no_work():
    want = ["放假前", "值班人员定时对校园安全情况进行全面巡查"]
    for aim in ("为做好", "为切实做好", "为进一步做好", "为了认真做好"):
        assert [t.number for t in parse_text(_HOLIDAY.format(aim=aim)).tasks] == want


def test_look_back_after_work_done_only_as_an_object_stays_a_step():
    steps = "2024年3月，开展排查；\n2024年6月，{june}；\n2024年9月，开展“回头看”。"
    assert steps_end("对已全面完成改造的村开展复核。\n" + steps.format(june="开展整治"), 2024) == "2024-09-30"
    assert steps_end(steps.format(june="对已全面完成整治的村验收"), 2024) == "2024-09-30"
    assert steps_end(steps.format(june="全面完成整治"), 2024) == "2024-06-30"
