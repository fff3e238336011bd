"""Failure classes of tests/data/plans-next72 (with plans-next68 / -next69 / -next70 / -next71) taken in round 28
(p72): every role of a closing role bracket (「（A牵头负责、各区政府组织落实）」), dated stage headings over a
paragraph of work as tasks, the date of a several-dated item its work is done by, a 「由A牵头，B、C配合」 sentence
inside an item, a request to file with the issuer by a day, a sending made by each of several days, counted stages,
a count of listed kinds. Each class with made-up wordings of other plans, and near-misses that must stay as they
were."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.declarations import find_declaration, prose_declaration
from desktop.core.parse.targets import find_targets


def _roles(bracket: str) -> tuple[list[str], list[str]] | None:
    d = find_declaration("开展隐患排查整治。" + bracket)
    return None if d is None else (d.lead, d.resp)


# -- every role of a closing role bracket --------------------------------------------------------------------------

def test_bracket_roles_joined_by_a_pause_mark_are_all_read():
    assert _roles("（县应急局牵头负责、各乡镇人民政府组织落实）") == (["县应急局"], ["各乡镇人民政府"])
    assert _roles("（区住建委、区财政局牵头负责、各街道办事处组织实施）") == (
        ["区住建委", "区财政局"], ["各街道办事处"])
    assert _roles("（市教委牵头负责、市公安局、各区政府组织落实）") == (["市教委"], ["市公安局", "各区政府"])


def test_carrying_out_units_after_a_lead_are_responsible():
    assert _roles("（县交通局牵头负责，各乡镇政府组织落实）") == (["县交通局"], ["各乡镇政府"])
    assert _roles("（市公安局牵头，市交通委、市城管执法局配合，各区落实）") == (
        ["市公安局"], ["市交通委", "市城管执法局", "各区"])
    assert _roles("（区应急局牵头负责；各街镇组织实施）") == (["区应急局"], ["各街镇"])


def test_roles_by_duty_share_are_read():
    # 按职责(分工)牵头负责 / 负责落实 / 组织配合: the role as the units' duties share it
    assert _roles("（县住建局、县财政局牵头负责，县民政局按职责组织配合）") == (["县住建局", "县财政局"], ["县民政局"])
    assert _roles("（县市场监管局、县商务局按职责分工负责落实、各乡镇政府组织落实）") == (
        [], ["县市场监管局", "县商务局", "各乡镇政府"])
    assert _roles("（区卫健委、区教育局牵头负责、区民政局、区文旅局按职责牵头负责，各街道组织落实）") == (
        ["区卫健委", "区教育局", "区民政局", "区文旅局"], ["各街道"])


def test_a_bracket_of_carrying_out_units_only_has_no_lead():
    assert _roles("（县应急局、县市场监管局、各乡镇政府组织落实）") == ([], ["县应急局", "县市场监管局", "各乡镇政府"])


def test_bracket_near_misses_stay_as_they_were():
    # guidance is no responsibility; a role with its object is no role clause
    assert _roles("（县应急局督促指导，各乡镇政府组织落实）") == ([], ["各乡镇政府"])
    assert _roles("（县财政局负责落实资金、各乡镇组织落实）") is None
    # in running text a 、 after a role word is not read as a bracket's clause seam
    assert prose_declaration("开展排查。各单位要牵头负责、组织落实，确保取得实效。") is None


# -- dated stage headings over a paragraph of work -------------------------------------------------------------------

_LABELLED = ("某区2024年燃气安全整治方案\n一、重点任务\n"
             "（一）开展隐患排查。全面排查餐饮场所燃气隐患。（区市场监管局牵头，各街道配合）\n"
             "（二）推进管道改造。推进瓶改管改造。（区建管委牵头，各街道配合）\n二、进度安排\n")
_PARAGRAPH = ("各街道要在区政府统一领导下，协调配合有关部门，全面摸排辖区内餐饮场所燃气使用情况，"
              "建立隐患台账并逐项整改销号。")


def test_dated_stage_headings_over_work_are_tasks_and_phases():
    for stages in (("（一）集中整治阶段（2024年3月至6月）", "（二）巩固提升阶段（2024年7月起至12月）"),
                   ("（一）前期准备阶段（2024年上半年）", "（二）全面推进阶段（2024年下半年至2025年底）")):
        plan = parse_text(_LABELLED + "".join(f"{h}\n{_PARAGRAPH}\n" for h in stages))
        keys = [t.key for t in plan.tasks]
        assert keys == ["一.一", "一.二", "二.一", "二.二"], stages
        assert len(plan.phases) == 2
        stage_tasks = [t for t in plan.tasks if t.path == ["二"]]
        assert all(t.deadline for t in stage_tasks)
    plan = parse_text(_LABELLED + f"（一）集中整治阶段（2024年3月至6月）\n{_PARAGRAPH}\n"
                      f"（二）巩固提升阶段（2024年7月起至12月）\n{_PARAGRAPH}\n")
    assert [t.deadline for t in plan.tasks if t.path == ["二"]] == ["2024-06-30", "2024-12-31"]


def test_stages_run_into_a_short_note_stay_phases_only():
    plan = parse_text(_LABELLED + "（一）集中整治阶段（2024年3月至6月）。召开动员会。\n"
                      "（二）巩固提升阶段（2024年7月至12月）。组织验收。\n")
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]
    assert len(plan.phases) == 2


def test_a_schedule_with_one_stage_of_work_only_stays_as_it_was():
    # one dated stage beside an undated heading: not a schedule of stages (left to the older rules)
    plan = parse_text(_LABELLED + f"（一）集中整治阶段（2024年3月至6月）\n{_PARAGRAPH}\n（二）工作要求\n{_PARAGRAPH}\n")
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]


# -- the date a several-dated item's work is done by ------------------------------------------------------------------

def _deadline(body: str) -> str | None:
    plan = parse_text("某县2024年安全整治工作方案\n一、重点任务\n（一）推进隐患整治。" + body
                      + "\n（二）加强宣传。开展宣传。\n")
    return plan.tasks[0].deadline


def test_the_date_whose_clause_completes_the_whole_work_is_the_deadline():
    # round 34: several dates in one item, the latest is the item's deadline (the others are steps) — save a
    # 回头看 after the whole work done, a step after it (Round 98 rulings, Dates, turning x72_02; p69f: was 2025-05-31)
    assert _deadline("2025年3月底前，盯紧隐患，全面完成排查问题的整改；加强监管。"
                     "2025年6月前，开展“回头看”。") == "2025-03-31"
    assert _deadline("2024年6月底前，摸清底数，基本完成存量隐患整改。2024年底前，开展督查。") == "2024-12-31"
    assert _deadline("各乡镇应于2024年11月30日前完成自查，形成书面报告，"
                     "并于2024年12月5日前报县住建局。") == "2024-12-05"


def test_without_a_completing_clause_the_last_date_stays_the_deadline():
    assert _deadline("2024年9月底前，全面排查隐患。2024年11月底前，集中力量消除突出问题。") == "2024-11-30"
    # every clause completes its own case: the last (plans-dev 04 三/2)
    assert _deadline("已建成的，原则上于2024年6月底前完成移交；"
                     "需要新建的，原则上于2025年12月底前完成建设。") == "2025-12-31"
    # a bare 完成 is a step's as often (plans-next24 x24_04: 「2024年底前，完成…排查。…2026年底前，形成…机制」 → 2026)
    assert _deadline("2024年底前，完成隐患点位排查。2025年，着力消除隐患。2026年底前，形成常态化机制。") == "2026-12-31"
    # 基本建立 is the aim of a step, 基本建成 the work done
    assert _deadline("2024年底前，深入剖析原因，基本建立长效机制。2025年底前，基本建成管理体系。") == "2025-12-31"


# -- 「由A牵头，B、C配合」 inside an item ---------------------------------------------------------------------------

def test_an_assignment_sentence_inside_an_item_names_its_units():
    d = prose_declaration("推进消防水源建设。将消火栓建设列为县政府实事项目，由县住建局牵头，县财政局、县水利局配合。"
                          "各乡镇要加强取水码头建设。")
    assert d is not None and (d.lead, d.resp) == (["县住建局"], ["县财政局", "县水利局"])
    d = prose_declaration("加强码头建设。结合河道整治统筹推进，由区水务局牵头负责，区交通委协助。区财政局保障经费。")
    assert d is not None and d.lead == ["区水务局"]


def test_assignment_near_misses_name_no_units():
    # one part of the work handed out, or two assignments in one item
    assert prose_declaration("推进水源建设。对于跨区项目，由县住建局牵头，县财政局配合。各乡镇要加强码头建设。") is None
    assert prose_declaration("推进水源建设。由县住建局牵头，县财政局配合。"
                             "各乡镇要加强码头建设，由县水利局牵头，各村配合。") is None


# -- a request to file by a day; a sending by each of several days ---------------------------------------------------

def test_a_request_to_file_with_the_issuer_by_a_day_is_a_dated_duty():
    plan = parse_text("关于开展试点申报工作的通知\n各区发展改革委：\n为推进试点，现将有关事项通知如下。\n"
                      "请各区发展改革部门于2025年9月30日前向我委申报试点项目，我委组织评审后公布。\n")
    assert any(d.due == "2025-09-30" for d in plan.duties)


def test_an_offer_to_apply_is_no_duty():
    plan = parse_text("关于开展试点申报工作的通知\n各区发展改革委：\n为推进试点，现将有关事项通知如下。\n"
                      "符合条件的企业可向区发展改革部门申报试点项目。\n")
    assert not any(d.due for d in plan.duties)


def test_a_sending_by_each_of_several_days_is_one_duty_a_day():
    plan = parse_text("某区2024年整治工作方案\n一、工作要求\n（一）加强信息报送。"
                      "各街道要梳理整治成果，汇总形成阶段性总结，"
                      "分别于2024年6月20日、2024年12月20日、2025年6月20日前报送区整治办。\n")
    assert sorted(d.due for d in plan.duties if d.due) == ["2024-06-20", "2024-12-20", "2025-06-20"]


# -- counted stages over dated paragraphs ------------------------------------------------------------------------------

def test_counted_stages_take_their_ends_from_the_dates_under_them():
    plan = parse_text("某区燃气安全整治方案\n一、工作目标\n全面排查整治隐患。\n二、主要步骤\n（一）第一阶段：集中排查\n"
                      "2024年5月底前，全面排查隐患。2024年7月底前，集中整治突出问题。\n（二）第二阶段：巩固提升\n"
                      "2024年12月底前，全面完成整治。\n三、保障措施\n（一）加强领导。各街道要加强领导。\n")
    assert [(p.name, p.end) for p in plan.phases] == [
        ("第一阶段：集中排查", "2024-07"), ("第二阶段：巩固提升", "2024-12")]


def test_a_counted_stage_with_a_date_after_its_colon_stays_as_it_was():
    # (the date after the colon is the stage's window: read by the phase pattern, named by its work, as before)
    plan = parse_text("某区燃气安全整治方案\n一、工作目标\n全面排查整治隐患。\n二、实施步骤\n"
                      "（一）第一阶段：2024年3月—5月\n开展排查。\n（二）第二阶段：2024年6月—12月\n开展整治。\n")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("第一阶段：开展排查", "2024-03", "2024-05"), ("第二阶段：开展整治", "2024-06", "2024-12")]


# -- the count of kinds just listed is no target (plans-next68 class 4) ----------------------------------------------

def test_a_count_of_listed_kinds_is_no_target():
    assert find_targets("紧盯“九小”场所、高层建筑、老旧小区等5类火灾风险隐患，开展专项整治。", 2024, relaxed=True) == []
    assert find_targets("聚焦燃气、电动车等3种风险，开展排查。", 2024, relaxed=True) == []


def test_a_count_of_kinds_to_reach_or_a_listed_figure_stays_a_target():
    assert [t.value for t in find_targets("全年完成6类重点场所整治。", 2024, relaxed=True)] == [6.0]
    assert [t.value for t in find_targets("推广电动车、氢能车等新能源车2000辆。", 2024, relaxed=True)] == [2000.0]


def test_a_quarters_days_in_one_list_stay_a_quarterly_sending():
    plan = parse_text("某区2024年燃气整治工作方案\n一、工作要求\n（一）加强信息报送。"
                      "各街道应分别于2024年2月14日、5月16日、8月15日、11月14日前上报本单位工作进展情况。\n")
    assert [(d.due, d.every) for d in plan.duties] == [(None, "quarter")]
