"""Issue 10 round 7: the failure classes of tests/data/plans-final (its BASELINE.md; tuned on from
round 7), each on a short text of its own, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.parse import parse_file, parse_text, read_plan_file

FINAL = Path(__file__).parent / "data" / "plans-final"


def _final(prefix: str):
    return parse_file(next(FINAL.glob(prefix + "_*.txt")))


_ITEMS = ("一、提高审批效率\n1. 精简审批手续。加快推进网上审批。(区政务服务局牵头,区发改局配合)\n"
          "2. 提高土地审批效率。区政府审查后办理登记。(区国土分局牵头,区规划分局配合)\n")


# --- 1. titles: a cited notice, two plans issued, a table issued, a site's name, a run-in title ------

def test_a_notice_the_preamble_cites_is_no_title():
    plan = parse_text("为贯彻落实上级部署,根据《某市人民政府关于印发某市稳增长若干政策措施的通知》(某政发〔2016〕13号),"
                      "结合本区实际,特制定如下政策措施。\n" + _ITEMS)
    assert plan.title == ""


def test_a_notice_that_issues_two_plans_keeps_its_own_title():
    plan = parse_text("县人民政府办公室关于印发 2024年县重点工作责任分解方案和2024年市重点事项责任分解方案的通知\n"
                      "各镇人民政府,县政府各部门:\n"
                      "《2024年县重点工作责任分解方案》和《2024年市重点事项责任分解方案》已经县人民政府同意,"
                      "现印发给你们,请认真贯彻落实。\n" + _ITEMS)
    assert plan.title == "县人民政府办公室关于印发2024年县重点工作责任分解方案和2024年市重点事项责任分解方案的通知"


def test_one_plan_issued_is_still_the_title():
    plan = parse_text("县人民政府办公室关于印发2024年县重点工作责任分解方案的通知\n各镇人民政府,县政府各部门:\n"
                      "《2024年县重点工作责任分解方案》已经县人民政府同意,现印发给你们。\n" + _ITEMS)
    assert plan.title == "2024年县重点工作责任分解方案"


def test_a_notice_that_issues_a_table_keeps_its_own_title_not_a_cut_document_number():
    plan = parse_text("某县人民政府\n\n某政发〔20233\n\n某县人民政府\n\n关于印发《2023年县政府工作报告任务分解\n\n"
                      "一览表》的通知\n\n各镇人民政府,县政府各部门:\n\n"
                      "现将任务分解一览表印发给你们,请认真贯彻执行。\n" + _ITEMS)
    assert plan.title == "某县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知"


def test_a_sites_name_and_column_before_the_title():
    plan = parse_text("某某高企网\n\n某区高新技术企业奖励政策:关于加快某区经济高质量发展的若干政策意见\n\n"
                      "为认真贯彻经济工作会议精神,特制定如下政策实施细则。\n" + _ITEMS)
    assert plan.title == "关于加快某区经济高质量发展的若干政策意见"


@pytest.mark.parametrize("opening", ["为认真落实", "为进一步做好", "为切实推进"])
def test_a_one_line_plan_whose_title_runs_into_its_first_sentence(opening):
    body = ("一、工作目标以加快创建进程、提升城市品位为目标,集中开展整治。二、整治对象(一)整治范围。"
            "城区主次干道。(二)整治内容1.乱种。2.乱堆。三、工作要求各单位要高度重视,加强领导。")
    plan = parse_text(f"创卫四乱整治活动实施方案{opening}上级对我县创建工作提出的总体要求,特制定本工作方案。{body}\n")
    assert plan.title == "创卫四乱整治活动实施方案"


def test_real_titles_d01_d04_d06_d13_d20():
    assert _final("d01").title == ""
    assert _final("d04").title == "创国卫四乱整治活动实施方案"
    assert _final("d06").title.startswith("县人民政府办公室关于印发2024年县《政府工作报告》")
    assert _final("d20").title == "关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见"
    d13 = parse_text(read_plan_file(next(FINAL.glob("d13_*.txt"))))     # a cover: no task on the page
    assert d13.title == "西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知"


# --- 2. duties: dates whose 月 was lost, one by each thing listed ----------------------------------

_SEND = "各单位须分别于{a}、{b}前将重点工作的半年进展、全年完成情况报至牵头单位,并抄送区政府督查室。"


def _duties(sentence: str):
    return parse_text("2021年某区重点工作责任分工\n一、加强调度。" + sentence + "\n" + _ITEMS).duties


def test_dates_without_their_month_read_when_each_splits_one_way_only():
    duties = _duties(_SEND.format(a="615日", b="1215日"))
    assert [(d.due, d.text) for d in duties if d.due] == [
        ("2021-06-15", "各单位将重点工作的半年进展报至牵头单位,并抄送区政府督查室"),
        ("2021-12-15", "各单位将重点工作的全年完成情况报至牵头单位,并抄送区政府督查室")]


@pytest.mark.parametrize("a,b", [("115日", "1215日"),      # 1月15日 or 11月5日: left as written
                                 ("1215日", "615日")])     # months falling: no 半年/全年 pair
def test_dates_without_their_month_left_when_a_split_is_doubtful(a, b):
    assert not any(d.due in ("2021-01-15", "2021-06-15", "2021-11-05") for d in _duties(_SEND.format(a=a, b=b)))


def test_dates_with_their_month_pair_with_the_things_listed():
    duties = _duties(_SEND.format(a="6月15日", b="12月15日"))
    assert [d.due for d in duties if d.due] == ["2021-06-15", "2021-12-15"]


def test_real_d07_four_duties_by_their_dates():
    dues = sorted(d.due for d in _final("d07").duties if d.due)
    assert dues == ["2021-06-15", "2021-06-25", "2021-12-15", "2021-12-25"]


def test_a_hand_over_to_a_unit_in_a_phase_line_of_a_one_line_plan_without_a_year():
    plan = parse_text("创卫整治活动实施方案。一、整治步骤1.宣传发动阶段(5月2日7日),各有关乡镇对本区域内现象摸底造册,"
                      "5月7日前交县创卫办。2.自行整治阶段(5月8日13日),各有关乡镇下发整治通知,限期自行整治。"
                      "3.集中整治阶段,由县城管局牵头集中整治。\n")
    assert any("交县创卫办" in d.text and d.due is None for d in plan.duties)


@pytest.mark.parametrize("sentence", ["5月7日前县交通局完成道路整治", "5月7日前各单位把问题移交县纪委办"])
def test_a_traffic_bureau_or_a_transfer_is_no_hand_over(sentence):
    plan = parse_text(f"某县整治方案。一、整治步骤1.整治阶段,{sentence}。2.验收阶段,组织验收。\n")
    assert not any(sentence[5:12] in d.text for d in plan.duties)


def test_a_written_reply_by_a_date_is_a_duty():
    plan = parse_text("2021年建议提案办理工作要求\n"
                      "各承办单位务必于2021年6月30日之前将代表建议和政协提案办理完毕并书面答复。\n" + _ITEMS)
    assert any(d.due == "2021-06-30" and "书面答复" in d.text for d in plan.duties)


def test_real_d04_and_d14_duties():
    assert any("交县创卫办" in d.text for d in _final("d04").duties)
    d14 = parse_text(read_plan_file(next(FINAL.glob("d14_*.txt"))))
    assert sorted(d.due for d in d14.duties if "书面答复" in d.text) == ["2021-06-30", "2021-08-31"]


# --- 3. plan targets in a goal sentence outside any task -------------------------------------------

def _plan_targets(plan) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in plan.plan_targets}


def test_a_dated_goal_in_the_lead_of_a_section_of_tasks_is_the_plans():
    plan = parse_text("关于推动经济高质量发展若干政策举措\n一、强化科技创新(区科技局牵头)\n"
                      "以科技创新体系建设工程为牵引,加快培育发展新质生产力。2025年,力争全社会研发投入强度达到2.95%。\n"
                      "1.支持企业研发。对研发投入给予奖励。\n2.支持平台建设。对新认定的平台给予资助。\n")
    assert (2.95, "%") in _plan_targets(plan)
    assert all(not t.targets for t in plan.tasks)


def test_a_section_lead_without_a_dated_goal_gives_no_plan_target():
    plan = parse_text("关于推动经济高质量发展若干政策举措\n一、强化科技创新(区科技局牵头)\n"
                      "实施20周年以来,以“315”工程为牵引,加快培育发展新质生产力。\n"
                      "1.支持企业研发。对研发投入给予奖励。\n2.支持平台建设。对新认定的平台给予资助。\n")
    assert _plan_targets(plan) == set()


def test_a_striven_rate_in_an_unnumbered_paragraph_is_the_plans():
    plan = parse_text("建议提案办理工作要求\n各承办单位要切实将办理工作纳入中心工作。\n"
                      "力争实现办复率达到100%,满意率达到95%的办理工作目标。\n")
    assert {(100.0, "%"), (95.0, "%")} <= _plan_targets(plan)


def test_real_d14_and_d18_plan_targets():
    d14 = parse_text(read_plan_file(next(FINAL.glob("d14_*.txt"))))
    assert (100.0, "%") in _plan_targets(d14)
    assert (2.95, "%") in _plan_targets(_final("d18"))


# --- 6. a threshold with its edge in brackets is no target ----------------------------------------

# (round 30, CONVENTIONS.md thresholds: 「500万元以上(含500万元)的项目」 — a band right before 的 and the projects it
# picks — is a target by its comparison word; the band whose edge is marked 「不含」 is still left, plans-final d01's
# answer, listed in tests/data/THRESHOLDS_PENDING.md)
@pytest.mark.parametrize("clause", ["辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理登记"])
def test_a_band_with_its_edge_in_brackets_is_no_target(clause):
    plan = parse_text(f"某区政策措施\n一、提高效率\n1. 提高审批效率。{clause}。(区国土分局牵头,区规划分局配合)\n"
                      "2. 精简手续。加快推进网上审批。(区政务服务局牵头)\n")
    # round 31 (mt31): 「6亩以下」 is joined to 以下; the edge in brackets 「(不含6亩)」 stays none; Round 58 rulings:
    # the band stands inside the noun of the class of transfers the step picks — no target (plans-final d01 aligned)
    assert plan.tasks[0].targets == []


def test_a_money_band_with_its_edge_in_brackets_picking_projects_is_a_class():
    plan = parse_text("某区政策措施\n一、提高效率\n1. 提高审批效率。对投资500万元以上(含500万元)的项目实行全程代办。"
                      "(区国土分局牵头,区规划分局配合)\n2. 精简手续。加快推进网上审批。(区政务服务局牵头)\n")
    # Round 66 rulings (governs, rounds 51, 58, 64 over round 48): a money band inside a noun naming the projects is a
    # class, whatever step the class then goes through — no target (was a target by round 30's picking line)
    assert plan.tasks[0].targets == []


def test_a_target_with_a_bracketed_note_is_still_a_target():
    plan = parse_text("某区政策措施\n一、提高效率\n1. 整治土地。年内完成土地整治600亩以上(含复垦)。(区国土分局牵头)\n"
                      "2. 精简手续。加快推进网上审批。(区政务服务局牵头)\n")
    assert [(t.value, t.unit) for t in plan.tasks[0].targets] == [(600.0, "亩")]


def test_real_d01_threshold():
    # round 31 (mt31): 「6亩以下(不含6亩)的土地使用转让手续」 joined to 以下; Round 58 rulings: a band inside the noun
    # of the class a piece of work picks is a class
    # (plans-final d01 aligned): no target
    assert [(t.value, t.unit) for t in _final("d01").tasks[1].targets if t.unit == "亩"] == []


# --- 5. a download page's preview: the uploaded file's name, its page chunks inside one line -------

_UPLOAD = ("某市应急保障体系建设行动计划方案(2021-2022年)(18页).docx\n下载文档\n上传人:Le****97\n编号:928920\n"
           "2024-05-20\n18页\n33.20KB\n")
_PAGE = ("1、某市应急保障体系建设行动计划(2021-2022年)为提高突发事件应急保障能力和水平,结合我市实际,制定如下行动计划。"
         "一、总体要求到2022年,初步形成应急保障体系框架,年均因灾直接经济损失占全市GDP比例控制在1%以内,"
         "大规模群体性聚集事件有效处置率达100%。2、-市综合和专业应急指挥平台全面建成,应急救援队伍实现全覆盖,"
         "市内航空救援实现50公里3、飞行半径全覆盖。-建设市级应急物资储备基地。\n")


def test_a_download_pages_chunk_numbers_are_no_items_and_its_file_name_no_title():
    plan = parse_text(_UPLOAD + _PAGE)
    assert [t.key for t in plan.tasks] in ([], ["一"])        # 一、总体要求 alone (its goals), no 2、 3、
    assert plan.title == "某市应急保障体系建设行动计划(2021-2022年)"
    read = [*plan.plan_targets, *(x for t in plan.tasks for x in t.targets)]   # the goals, kept either way
    assert {(1.0, "%"), (100.0, "%")} <= {(t.value, t.unit) for t in read}


def test_items_run_into_one_line_stay_items_without_a_download_page():
    plan = parse_text("某市应急保障行动计划\n1、建设指挥平台。(市应急局负责)2、完善应急预案。(市应急局负责)"
                      "3、加强队伍建设。(市消防救援支队负责)\n")
    assert [t.key for t in plan.tasks] == ["1", "2", "3"]


def test_real_d10_download_page():
    d10 = parse_text(read_plan_file(next(FINAL.glob("d10_*.txt"))))
    assert [t.key for t in d10.tasks] in ([], ["一"])
    assert d10.title == "諸城市重大突發事件應急保障體系建設行動計劃(2021-2022年)"
