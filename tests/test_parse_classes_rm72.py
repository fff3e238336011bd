"""Review of round 28's p72 rules (rm72): made-up near-misses each rule must NOT fire on (a yearly or a work's
「分别于」 list, a case's 「…的，由A牵头」, a safeguards section with dated headings, the work done named as an object
or a past fact, a stage's time after 「第一阶段：」, applicants invited to file) and other wordings it must still
read."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.declarations import prose_declaration

_SEND = "某区2024年整治工作方案\n一、工作要求\n（一）加强信息报送。"


def _dues(body: str) -> list[tuple[str | None, str | None]]:
    return sorted(((d.due, d.every) for d in parse_text(_SEND + body + "\n").duties), key=str)


# -- 「分别于A、B前」 one duty a day: only a one-off sending whose own clause holds the days ---------------------------

def test_a_yearly_each_by_list_stays_a_yearly_sending():
    assert _dues("各街道每年分别于6月30日、12月31日前将工作进展报送区应急局。") == [(None, "year")]
    assert _dues("每年分别于7月10日、次年1月10日前将半年和全年工作情况报送区应急局。") == [(None, "year")]


def test_a_rhythm_of_another_clause_does_not_stop_the_split():
    assert _dues("各街道每月开展巡查，分别于2024年6月20日、12月20日前将阶段总结报送区整治办。") == [
        ("2024-06-20", None), ("2024-12-20", None)]


def test_days_of_the_work_are_not_the_sendings():
    # the days are the inspections'; the report is sent in a clause of its own, undated
    dues = _dues("各街道分别于2024年6月底、12月底前完成两轮排查，并将排查情况报送区应急局。")
    assert len(dues) <= 1


def test_each_by_sendings_in_other_wordings_are_still_split():
    assert _dues("各街道分别于2024年6月20日、2024年12月20日前将阶段总结报送区整治办。") == [
        ("2024-06-20", None), ("2024-12-20", None)]
    assert _dues("各镇分别在2024年7月15日、2025年1月15日以前上报半年和全年推进情况。") == [
        ("2024-07-15", None), ("2025-01-15", None)]


# -- 「，由A牵头，B配合」 in a body: not a case's or a part's handling ------------------------------------------------

def test_a_cases_assignment_inside_an_item_names_no_units():
    # (the same as the item's last sentence is read by the older trailing-roles rule: left, see FINDINGS)
    assert prose_declaration("严格项目管理。严格执行项目计划。确需调整的，由县发改局牵头，县财政局配合。"
                             "各乡镇要加强项目管理。") is None
    assert prose_declaration("加强协调。凡涉及多个部门的事项，由县政府办牵头，相关部门配合。各乡镇要加强沟通。") is None
    assert prose_declaration("推进水源建设。各乡镇要加强码头建设，对于跨区项目，由县住建局牵头，县财政局配合。"
                             "各村要做好配合。") is None
    assert prose_declaration("加强应急处置。发生险情时，由镇应急办牵头，各村配合。各村要做好值守。") is None


def test_the_items_own_assignment_in_other_wordings_is_read():
    d = prose_declaration("推进码头建设。结合河道整治同步实施。同时，由县水利局牵头负责，县交通局协助。"
                          "各乡镇要加强管理。")
    assert d is not None and (d.lead, d.resp) == (["县水利局"], ["县交通局"])
    d = prose_declaration("推进码头建设。结合河道整治，由区水务局牵头，区交通委、区城管局配合。要加强日常巡查。")
    assert d is not None and d.lead == ["区水务局"]


# -- dated stage headings as tasks: a schedule's stages only ---------------------------------------------------------

_LABELLED = ("某区2024年燃气安全整治方案\n一、重点任务\n"
             "（一）开展隐患排查。全面排查餐饮场所燃气隐患。（区市场监管局牵头，各街道配合）\n"
             "（二）推进管道改造。推进瓶改管改造。（区建管委牵头，各街道配合）\n")


def test_a_safeguards_section_with_dated_headings_adds_no_tasks():
    plan = parse_text(_LABELLED + "二、保障措施\n（一）加强督查（2024年6月）\n"
                      "区政府督查室要会同区应急局对各街道工作开展情况进行督查，督查结果纳入年度绩效考核，"
                      "对工作不力的予以通报。\n"
                      "（二）总结评估（2024年12月）\n各街道要全面总结整治工作情况，形成书面报告报区整治办，"
                      "区整治办汇总后报区政府，并提出下一步工作建议。\n")
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]


# -- the completing clause: not the work done named as an object or a past fact -------------------------------------

def _deadline(body: str) -> str | None:
    plan = parse_text("某县2024年安全整治工作方案\n一、重点任务\n（一）推进隐患整治。" + body
                      + "\n（二）加强宣传。开展宣传。\n")
    return plan.tasks[0].deadline


def test_work_done_named_as_an_object_or_a_past_fact_is_no_deadline():
    assert _deadline("2024年6月底前，对全面完成改造的小区开展验收；2024年12月底前，建立长效机制。") == "2024-12-31"
    assert _deadline("2024年6月底前，对已全面完成整改的点位开展复查；"
                     "2024年12月底前，形成长效机制。") == "2024-12-31"


def test_completing_clauses_in_other_wordings_still_choose():
    # round 34: several dates in one item, the latest is the item's deadline (the others are steps)
    assert _deadline("2024年6月底前，各乡镇摸清底数，全面完成存量隐患整改；2024年底前，开展督查。") == "2024-12-31"


# -- 「第一阶段：」 names: not the stage's time ----------------------------------------------------------------

def test_a_counted_stage_with_its_time_after_the_colon_gets_no_time_name():
    plan = parse_text("某区燃气安全整治方案\n一、工作目标\n全面排查整治隐患。\n二、主要步骤\n"
                      "（一）第一阶段：即日起至2024年5月\n"
                      "全面排查隐患。\n（二）第二阶段：2024年6月至12月\n全面整治。\n")
    names = [p.name for p in plan.phases]
    assert not any("即日" in n for n in names)
    assert len(names) == 2


# -- 「请X于…前向Y申报」: units asked, not applicants invited ------------------------------------------------

_NOTICE = "关于做好2025年工作的通知\n各区发展改革委：\n现将有关事项通知如下。\n"


def test_applicants_invited_to_file_are_no_duty():
    assert not parse_text(_NOTICE + "请符合条件的企业于2025年3月31日前向所在区商务部门申报。\n").duties


def test_units_asked_to_file_in_other_wordings_are_a_duty():
    plan = parse_text(_NOTICE + "请各区于2025年9月30日前向市发展改革委申报年度项目。\n")
    assert [d.due for d in plan.duties] == ["2025-09-30"]
