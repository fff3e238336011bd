"""Round 50's review mended (m50): made-up texts in the shapes of rv50's findings, with near misses that stay as they
were — an applicant's steps (F1, F5), a regulated party's own step (F4), a kind under a rule (F2, F3), a body's name
holding 深化 (F6)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.class_figures import noun_class, reviewer_band
from desktop.core.parse.party_steps import party_step
from desktop.core.parse.targets import find_targets


def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2024, relaxed=True)]


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.title, t.responsible_units) for t in parse_text(text).tasks]


_APPLY = ("关于申报某某补贴的通知\n一、申报程序\n1、申请单位在6月30日之前填写《申请书》，报所在地交通管理部门。\n"
          "2、申请单位于7月10日前递交申报材料。\n")


# -- F1, F5: an applicant's steps ------------------------------------------------------------------------------------

def test_m50_applicant_steps_beside_a_bodys_step_give_no_task():
    titles = [t for t, _ in _tasks(_APPLY + "3、区交通管理部门收到申请后，会同区财政局组织验收。\n")]
    assert titles == ["区交通管理部门收到申请后，会同区财政局组织验收"]


def test_m50_a_notice_of_applicant_steps_alone_keeps_them():
    # (near miss: no body's step beside them — a notice telling applicants how to apply)
    assert len(_tasks(_APPLY)) == 2


def test_m50_many_applicant_steps_are_dropped_and_the_bodys_step_kept():
    """(the cost of the 3,000 steps is measured by the bench's nasty_filing_steps against its floor, never
    timed here: the machines are noisy)"""
    from desktop.core.parse.applicant_steps import drop_applicant_steps

    text = "关于申报某某补贴的通知\n一、申报程序\n" + "".join(
        f"{k}、申请单位在6月30日之前填写《第{k}号申请书》，报所在地交通管理部门。\n" for k in range(1, 3000)) \
        + "3000、区交通管理部门收到申请后，会同区财政局组织验收。"
    plan = parse_text(text)
    assert [t.title for t in plan.tasks] == ["区交通管理部门收到申请后，会同区财政局组织验收"]
    assert drop_applicant_steps([]) == []


def test_m50_a_works_plans_project_unit_sending_its_scheme_stays_a_task():
    works = ("某区2025年道路大修工程实施方案\n一、工作安排\n"
             "1、项目建设单位于2025年3月底前编制完成工程实施方案，报区发展改革委备案。\n"
             "2、区建设管理委负责工程质量安全监管。\n")
    assert any(t.startswith("项目建设单位于2025年3月底前编制完成工程实施方案") for t, _ in _tasks(works))
    # (near miss: the same step under an application's heading is the applicant's own)
    applying = _tasks(works.replace("一、工作安排", "一、申报程序"))
    assert [t for t, _ in applying] == ["区建设管理委负责工程质量安全监管"]


# -- F4: a regulated party's own step ----------------------------------------------------------------------------------

def test_m50_a_bodys_step_after_its_case_is_no_partys_step_even_with_an_applicant_in_it():
    assert not party_step("区住建委收到申请人的申请后，应当出具审核意见")
    assert not party_step("发现问题的，应当提供技术支持")
    assert not party_step("职工应当提供帮助", named=True)          # (提供 of no papers)


def test_m50_a_partys_step_named_in_its_case_or_before_stays():
    assert party_step("单位合并、分立的，应当办理变更登记手续")
    assert party_step("单位发生变更的，应当提供变更证明材料")
    assert party_step("职工应当提供身份证件", named=True)
    # (its own money taken out needs no naming; a step whose party an earlier sentence named)
    assert party_step("符合条件的，应当一次性提取本人账户内的全部余额")
    assert not party_step("符合条件的，应当办理相关手续")
    assert party_step("符合条件的，应当办理相关手续", known=True)


# -- F2, F3: a kind under a rule ---------------------------------------------------------------------------------------

def test_m50_a_kind_worked_on_in_its_clause_is_a_class():
    # (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class, whatever a later clause
    # says)
    assert _figures("对建筑面积300平方米以上的自建房开展安全排查，产权人应当配合。") == []
    assert _figures("对从业人员50人及以上的企业开展专项检查，发现问题应当立即整改。") == []


def test_m50_a_kind_as_the_topic_or_the_subject_of_a_rule_is_a_class():
    # (near misses: the next clause rules on the kind; the kind the rule's subject)
    assert _figures("对建筑面积300平方米以上的自建房，产权人应当委托专业机构开展安全鉴定。") == []
    assert _figures("拥有30辆以上专用车辆的企业应设置安全管理机构。") == []


def test_m50_a_band_reads_its_procedure_past_a_list_of_terms():
    s = ("投资额低于100万元且建筑面积低于300平方米，不涉及主体结构变动，不涉及使用性质改变，并经现场踏勘确认的装修"
         "行为，由区房管局采用告知承诺的程序。")
    at = s.index("300")
    assert reviewer_band(s, at, at + 3, "平方米")
    assert _figures(s) == []


def test_m50_a_long_sentence_reads_its_figure_as_a_short_one_does():
    """(the cost per figure in a long sentence is measured by the bench's nasty_band_sentence against its floor,
    never timed here)"""
    piece = "建筑面积300平方米及以上的小型建设工程，由街道建管站负责监管，"
    short, long = piece * 2, piece * 3000
    at = piece.index("300")
    assert reviewer_band(long, at, at + 3, "平方米") == reviewer_band(short, at, at + 3, "平方米")
    assert noun_class(long, at, at + 3, "平方米", "及以上") == noun_class(short, at, at + 3, "平方米", "及以上")


# -- F6: a body's name holding 深化 ------------------------------------------------------------------------------------

def test_m50_a_reform_office_keeps_its_name():
    plan = parse_text("某区工作方案\n一、主要任务\n（一）做好统筹。区委深化改革办负责统筹协调。\n"
                      "（二）加强督查。区督查室牵头深化督查工作。\n").tasks
    assert plan[0].responsible_units == ["区委深化改革办"]
    # (near miss: 深化 of work after a name still ends it)
    assert plan[1].lead_units == ["区督查室"]
