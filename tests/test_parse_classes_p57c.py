"""Round 57 (p57c): a district contingency plan's (应急预案) lead units by class of accident, its working groups and its
role name for the lead bodies. Made-up texts of the form:

- a lead line by class 「（1）燃气事故：A（输配、储存）、B（气瓶充装）分别牵头。」: the class before the colon is no
  part of a name, and under 分别 each body's bracket states its share (a scope), dropped (Round 70 on x287_01
  2.2); 「A或B牵头」 gives both; a bracket after a single body 「A（交管）牵头」 stays as printed;
- the paragraph after the class lines 「其它未列事故类别，由C指定牵头应对单位。」 is one more task naming C, not the
  last line's text (Round 70 on x291_04 2.2); a closing paragraph naming no doer stays the last item's text;
- a working group's line 「（2）抢险组。由A牵头，主要负责…」 names A, not the group (Round 70 on x287_01 2.3), and a
  section that composes its body 「现场指挥部…由总指挥、副总指挥和各工作组组成」 gives its items none of its own;
- the role name 「区级应对牵头单位」 is one name (应对 is no modal 应 before 对), and 「各牵头单位」 still adds none.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = ("东城区燃气事故专项应急预案\n\n1 总则\n\n1.1 编制目的\n\n为规范燃气事故应急管理，制定本预案。\n\n"
        "2 组织指挥体系\n\n")

LEADS = ("2.1 区级应对牵头单位\n\n各负有燃气监督管理职责的部门是本区域燃气事故的应对牵头单位。\n\n"
         "（1）管道燃气事故：区城管委（输配、储存）、区市场监管局（气瓶充装）分别牵头。\n\n"
         "（2）餐饮场所燃气事故：区商务局牵头。\n\n"
         "（3）道路运输燃气事故：区公安分局（交管）牵头。\n\n"
         "（4）大型活动燃气事故：活动主办（承办）机构或主管部门牵头。\n\n")

GROUPS = ("2.2 现场指挥部\n\n现场指挥部实行总指挥负责制，由总指挥、副总指挥和各工作组组成。\n\n"
          "工作组一般包括综合协调组、抢险组、善后组等。\n\n"
          "（1）综合协调组。由区级应对牵头单位负责，主要负责会议组织、信息汇总等职责。\n\n"
          "（2）抢险组。由区消防救援队牵头，主要负责人员搜救、险情控制等任务。\n\n"
          "（3）善后组。由事发地所在镇政府牵头，主要负责接待家属、安抚慰问等工作。\n\n")

LATER = ("3 应急处置\n\n3.1 方案制定\n\n"
         "区燃气事故应急指挥部、现场指挥部或区级应对牵头单位组织研判事故影响范围，制定现场处置方案。\n\n"
         "3.2 演练\n\n区级应对牵头单位和燃气经营单位应当建立应急预案演练制度，组织应急预案所涉及的单位进行演练。\n\n"
         "3.3 培训\n\n各牵头单位负责组织本行业应急培训。\n")


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    # (by number, the items under chapter 2 and 3 only)
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks if t.path}


def _all(lead_resp: tuple[list[str], list[str]]) -> list[str]:
    lead, resp = lead_resp
    return lead + [n for n in resp if n not in lead]


def test_class_lines_drop_the_class_and_the_shares():
    got = _units(HEAD + LEADS)
    assert _all(got["1"]) == ["区城管委", "区市场监管局"]
    assert got["1"][0] == ["区城管委", "区市场监管局"]     # both lead (分别牵头)
    assert _all(got["2"]) == ["区商务局"]
    # (a bracket after a single body is no share: kept as printed)
    assert _all(got["3"]) == ["区公安分局（交管）"]
    # (或 gives both; a bracket inside a name stays)
    assert _all(got["4"]) == ["活动主办（承办）机构", "主管部门"]


def test_paragraph_for_the_classes_not_listed_is_a_task_of_its_own():
    plan = parse_text(HEAD + LEADS + "其它未列事故类别，由区应急委员会指定牵头应对单位。\n\n")
    rest = [t for t in plan.tasks if t.title.startswith("其它未列")]
    assert len(rest) == 1 and rest[0].responsible_units == ["区应急委员会"] and rest[0].lead_units == []
    last = next(t for t in plan.tasks if t.number == "4")
    assert _all((last.lead_units, last.responsible_units)) == ["活动主办（承办）机构", "主管部门"]
    assert len(plan.tasks) == 5


def test_closing_paragraph_naming_no_doer_stays_the_last_lines_text():
    plan = parse_text(HEAD + LEADS + "其它未列事故类别，参照上述分工执行。\n\n")
    assert len(plan.tasks) == 4
    assert not any(t.title.startswith("其它") for t in plan.tasks)


def test_working_groups_name_the_body_that_leads_them():
    got = _units(HEAD + GROUPS)
    assert _all(got["1"]) == ["区级应对牵头单位"]
    assert got["2"] == (["区消防救援队"], [])
    assert _all(got["3"]) == ["事发地所在镇政府"]


def test_group_without_its_leading_body_keeps_the_heading_reading():
    # (near miss: groups whose lines name no body 「由A牵头」 — the items name their heading, as before)
    text = HEAD + ("2.2 工作组职责\n\n（1）综合协调组：负责会议组织、信息汇总等职责。\n\n"
                   "（2）抢险组：负责人员搜救、险情控制等任务。\n\n")
    got = _units(text)
    assert _all(got["1"]) == ["综合协调组"]
    assert _all(got["2"]) == ["抢险组"]


def test_role_name_of_the_lead_bodies_is_one_name():
    got = _units(HEAD + LEADS + LATER)
    assert _all(got["3.1"]) == ["区燃气事故应急指挥部", "现场指挥部", "区级应对牵头单位"]
    assert _all(got["3.2"]) == ["区级应对牵头单位", "燃气经营单位"]
    assert _all(got["3.3"]) == []         # (各牵头单位 points back: no unit)


def test_partners_after_a_doer_with_yuyi_xiezhu_and_a_name_after_an_etc_tail():
    # (「A负责…。B、C等部门和D予以协助。」: 予以协助 is 协助 after a rule-2 doer, and D joined after the 等部门 tail is
    # one more name; Round 70-era answer of x291_04 5.1's form)
    text = HEAD + ("2.1 善后处置\n\n事发地所在镇政府负责善后处置，包括人员安置、恢复重建等事项。应当尽快消除事故影响。"
                   "区民政局、区财政局等部门和有关责任单位予以协助。\n\n"
                   "2.2 保险\n\n事故发生后，区民政局、区财政局等部门予以关注。\n\n")
    got = _units(text)
    assert _all(got["2.1"]) == ["事发地所在镇政府", "区民政局", "区财政局", "有关责任单位"]
    # (near miss: 予以关注 is no partner's word — none)
    assert _all(got["2.2"]) == []


HQ = ("2.1 区燃气事故应急指挥部\n\n本区燃气事故应急救援工作由区委、区政府统一领导；启动应急响应后，由区政府在区城运中心"
      "设立区燃气事故应急指挥部。\n\n区燃气事故应急指挥部设立指挥长，由区政府主要领导担任；成员单位由区应急局、区城管委"
      "等组成。主要职责：\n\n（1）决定启动和终止应急响应；\n\n（2）组织、指挥燃气事故应对工作；\n\n"
      "（3）组织开展燃气事故信息发布工作。\n\n")


def test_headquarters_duties_take_none_from_the_bodies_that_lead_and_set_it_up():
    # (「…工作由区委、区政府统一领导；…由区政府…设立区X指挥部。」: leaders heading the work and the body setting the
    # headquarters up are no doers of its duties, round 67 on x285_01 2.1)
    got = _units(HEAD + HQ)
    assert [_all(got[k]) for k in ("1", "2", "3")] == [[], [], []]


def test_lead_in_that_gives_its_own_work_still_carries():
    # (near miss: a lead-in whose subject does the work by rule 2 「区应急局负责组织以下工作：」 still gives its items)
    text = HEAD + ("2.1 日常管理\n\n区应急局负责组织以下工作：\n\n（1）编制燃气事故应急预案；\n\n"
                   "（2）组织开展燃气事故应急演练。\n\n")
    got = _units(text)
    assert _all(got["1"]) == ["区应急局"] and _all(got["2"]) == ["区应急局"]
