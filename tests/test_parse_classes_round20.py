"""Failure classes of tests/data/plans-next21/, -next24/ and -next25/ BASELINE.md taken in round 20 (parser25:
schedules, dates and what is or is not a target), each with made-up wordings of the same shape (the real cases are
scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.date_spans import month_range
from desktop.core.parse.targets import find_targets


def _figures(text: str, year: int = 2025) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in find_targets(text, year, relaxed=True)}


# class 1: stages dated by a quarter — 「第一阶段（2024年第三季度前完成）」 ends before the quarter (the end of the one
# before: Round 77's x302_01 decided, Round 81's p59e-1 governs), its items take it
def test_a_quarter_in_a_stage_bracket_ends_the_stage():
    assert month_range("2026年第二季度前完成", 2026) == (None, "2026-03")
    assert month_range("2026年第一季度至第三季度", 2026) == ("2026-01", "2026-09")
    assert month_range("2026年第四季度末前", 2026) == (None, "2026-12")
    assert month_range("2026年", 2026) == ("2026-01", "2026-12")          # a bare year as before


QUARTERS = ("某街道老旧小区微更新工作方案\n"
            "一、工作目标\n通过微更新，改善居住环境。\n"
            "二、推进安排\n"
            "（一）第一阶段（2026年第二季度前完成）\n"
            "主要内容：\n"
            "1.摸底调查。梳理辖区小区的设施短板，形成清单。\n"
            "2.方案设计。委托设计单位编制更新方案。\n"
            "（二）第二阶段（2026年第四季度前完成）\n"
            "主要内容：\n"
            "1.组织实施。按方案开展施工。\n"
            "2.验收评估。组织居民代表参与验收。\n")


def test_items_under_a_quarter_stage_take_its_end_and_the_stage_its_months():
    plan = parse_text(QUARTERS)
    due = {".".join([*t.path, t.number]): t.deadline for t in plan.tasks}
    assert due["二.一.1"] == "2026-03-31" and due["二.一.2"] == "2026-03-31"
    assert due["二.二.1"] == "2026-09-30"
    phases = {p.name: (p.start, p.end) for p in plan.phases}
    assert phases["第一阶段"] == (None, "2026-03")               # not 「第一阶段：主要内容」, not the whole year
    assert phases["第二阶段"] == (None, "2026-09")               # its start printed none (Round 81's p59e-1)


# class 1: a step whose own line gives its time limit (完成时限：2025年12月。) — the step's deadline, and a phase
# that ends then (its start not said)
def test_a_time_limit_line_under_a_step_is_its_deadline_and_its_end():
    plan = parse_text("某镇河道保洁移交实施方案\n一、工作目标\n完成河道保洁事项移交。\n二、实施步骤\n"
                      "（一）清点移交资产\n镇水务站会同各村清点保洁船只和设备。\n完成期限：2026年3月。\n"
                      "（二）签订移交协议\n与区河道管理所签订移交协议，明确双方责任。\n完成期限：2026年5月。\n"
                      "三、工作要求\n（一）加强领导\n各村要高度重视。\n（二）强化宣传\n做好政策解读。\n")
    due = {".".join([*t.path, t.number]): t.deadline for t in plan.tasks}
    assert due["二.一"] == "2026-03-31" and due["二.二"] == "2026-05-31"
    assert due["三.一"] is None
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("清点移交资产", None, "2026-03"), ("签订移交协议", None, "2026-05")]


# class 2: stages named by their words — 「第一阶段：集中清理（2021年3月底前）」 twice in two parts of a plan, and a
# section's steps headed 「（一）动员准备（2021年1月15日前）」: phases by their names; items and duties take the date
NAMED = ("某区2021年农贸市场环境整治工作方案\n"
         "一、工作目标\n全面改善农贸市场环境。\n"
         "二、工作任务\n"
         "（一）动员准备（2021年1月15日前）\n"
         "1.成立工作专班。各街镇成立工作专班，明确分管领导和联络员。\n"
         "2.制定实施细则。细化整治标准和时间表。\n"
         "（二）清理整治（2021年9月底前）\n"
         "按照属地原则，由街镇组织对辖区市场开展整治。各街镇在市场监管系统中填报整治台账，提交整治照片。\n"
         "1.整治流程\n整治分两个阶段开展：\n"
         "第一阶段：集中清理（2021年3月底前）\n各街镇于2021年3月底前完成市场内外环境清理。\n"
         "第二阶段：规范提升（2021年9月底前）\n对照标准完成设施改造。\n"
         "2.整治内容\n重点整治占道经营、乱堆乱放等问题。\n"
         "（三）长效管理（2年内）\n"
         "1.巡查机制\n整治分两个阶段开展：\n"
         "第一阶段：巩固成果（2021年12月底前）\n各街镇加强日常巡查。\n"
         "第二阶段：常态管理（2年内）\n形成长效机制。\n")


def test_stages_are_named_by_their_words_and_items_take_the_step_date():
    plan = parse_text(NAMED)
    phases = {p.name: (p.start, p.end) for p in plan.phases}
    assert phases["动员准备"] == (None, "2021-01")
    assert phases["清理整治"] == (None, "2021-09")
    assert phases["第一阶段：集中清理"] == (None, "2021-03")
    assert phases["第二阶段：规范提升"] == ("2021-04", "2021-09")
    assert phases["第一阶段：巩固成果"] == ("2021-10", "2021-12")      # after the stage before
    assert phases["第二阶段：常态管理"] == ("2022-01", "2023-12")     # 2年内 of a plan of 2021
    assert "长效管理" not in phases                                   # 2年内 is no date of a step heading
    due = {".".join([*t.path, t.number]): t.deadline for t in plan.tasks}
    assert due["二.一.1"] == "2021-01-15" and due["二.一.2"] == "2021-01-15"
    assert due["二.二.2"] == "2021-09-30"
    due_of = {d.text[:8]: d.due for d in plan.duties}
    assert due_of["各街镇成立工作专"] == "2021-01-15"         # the liaisons named in the step to 1月15日
    assert due_of["各街镇在市场监管"] == "2021-09-30"         # a sending in the step to 9月底


# class 3: counts and shares that are no targets — what exists, a property of the things meant, a consent
# threshold, a floor a rule sets, places named by their hours, a capacity as it stands
def test_what_exists_is_no_target():
    assert _figures("在现有36个示范小区开展垃圾定时投放的基础上，新增示范小区20个") == {(20, "个")}
    assert _figures("持续巩固已建成的15个口袋公园管理成效") == set()
    assert _figures("已批准立项的包括6个新建项目和3个续建项目，按原渠道保障资金") == set()
    assert (31, "条") in _figures("2年内完成现有31条背街小巷的整治任务")     # the work on what exists: a target


def test_a_property_of_the_things_meant_is_no_target():
    assert _figures("全区新增清运车10辆（其中载重量2吨的清运车6辆）") >= {(10, "辆")}
    assert (2, "吨") not in _figures("全区新增清运车10辆（其中载重量2吨的清运车6辆）")
    assert (5, "千瓦") not in _figures("将现有水泵更换为功率5千瓦的节能水泵")


def test_a_consent_threshold_joined_to_yishang_is_a_target():
    # (round 31 (mt31), CONVENTIONS.md thresholds: a consent a step needs, joined to 以上, is a target)
    # (Round 43 rulings: a fraction floor 「三分之二以上」 is a target too, its value the percent to one decimal)
    assert _figures("方案须取得三分之二以上业主同意，并经70%以上居民签字同意后方可实施") == {(66.7, "%"), (70, "%")}
    assert _figures("征得本幢90%以上住户同意后启动加装") == {(90, "%")}
    assert (90, "%") in _figures("居民满意度达到90%以上")


def test_a_floor_or_ceiling_a_rule_sets_is_no_target():
    # (round 31 (mt31), CONVENTIONS.md thresholds: a rule's floor joined to 不低于 is a target)
    assert _figures("参与企业最低注册资本比例不低于30%") == {(30, "%")}
    # (a grant's ceiling is a target: CONVENTIONS.md Targets, plans-dev 01 二/（三）; round 30's line)
    assert (500000.0, "元") in _figures("单个项目最高补助金额不超过50万元")
    assert (30, "%") in _figures("绿化覆盖率不低于30%")


def test_places_named_by_their_hours_are_no_target():
    assert _figures("加强24小时营业便利店的食品安全检查") == set()
    assert _figures("做好24小时开放的自助图书馆管理") == set()
    assert (24, "小时") in _figures("对重点路段实施24小时动态巡查")


def test_a_capacity_as_it_stands_is_no_target():
    assert _figures("本区现由人工分拣，日处置能力200吨") == set()
    assert (500, "吨") in _figures("日处置能力提升至500吨")


# class 4: plan targets in a scope section (三、改造对象 / 排查范围) and in a preamble sentence setting rates
def test_counts_of_a_scope_section_are_the_plan_targets():
    plan = parse_text("某区老旧住房修缮实施方案\n一、工作目标\n改善居住条件。\n"
                      "二、改造范围\n改造对象为本区2000年以前建成的老旧住房，共5.6万平方米，涉及12个小区。\n"
                      "三、主要任务\n（一）完成设计。区房管局负责。\n（二）组织施工。各街镇负责。\n")
    assert {(56000.0, "平方米"), (12.0, "个")} <= {(g.value, g.unit) for g in plan.plan_targets}


def test_a_preamble_setting_rates_holds_the_plan_targets():
    plan = parse_text("某区2026年垃圾分类工作方案\n为巩固分类成效，高质量完成各项工作：居住区分类达标率稳定在95%以上，"
                      "居民满意度达到92%，回收利用率达到45%。\n"
                      "一、主要任务\n（一）完善设施。区绿化市容局负责。\n（二）加强宣传。各街镇负责。\n")
    assert {(95.0, "%"), (92.0, "%"), (45.0, "%")} <= {(g.value, g.unit) for g in plan.plan_targets}


def test_a_preamble_telling_past_rates_holds_no_target():
    plan = parse_text("某区2026年垃圾分类工作方案\n去年全区分类达标率达到93%，居民满意度达到90%。\n"
                      "一、主要任务\n（一）完善设施。区绿化市容局负责。\n（二）加强宣传。各街镇负责。\n")
    assert not {(93.0, "%"), (90.0, "%")} & {(g.value, g.unit) for g in plan.plan_targets}


# class 4: duties — a 月度 meeting is monthly, a rhythm after a liaison named, 定期组织研究, told in advance
def test_duty_rhythms_and_kinds():
    plan = parse_text("某镇群租整治工作方案\n一、工作机制\n"
                      "（一）例会制度。专班办公室负责召集各成员单位召开月度推进例会，通报整治进展。\n"
                      "（二）联合检查。各单位明确一名检查联络员，由镇城运中心牵头定期（每周一次）开展联合检查。\n"
                      "（三）领导责任。各单位主要负责同志要定期组织研究整治工作，听取进展情况汇报。\n"
                      "（四）信息互通。各村居提前摸清租住情况，预报镇房管所，做好登记。\n")
    every = {d.text[:10]: d.every for d in plan.duties}
    assert every["专班办公室负责召集各"] == "month"
    assert "week" in {d.every for d in plan.duties if "联合检查" in d.text}
    texts = " ".join(d.text for d in plan.duties)
    assert "定期组织研究整治工作" in texts and "预报镇房管所" in texts


# dates: a date in a cited document's title is no deadline (plans-next21 x21_05); 「不得少于」 is at least
def test_a_date_in_a_cited_title_is_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("按照《关于“十三五”期间加快推进农村公路建设的意见》要求，提高补助标准", 2019) == []
    assert find_deadlines("根据《某区2025年底前完成雨污分流改造三年计划》，开展排查", 2024) == []
    assert [d.date for d in find_deadlines("“十四五”期间完成改造", 2022)] == ["2025-12-31"]


def test_not_fewer_than_with_a_modal_is_at_least():
    found = find_targets("每年抽查不得少于在建项目总数的15%，不得低于3次", 2025, relaxed=True)
    assert {(t.value, t.unit, t.comparator) for t in found} >= {(15.0, "%", ">="), (3.0, "次", ">=")}


# a clause opening with the plan's year and what is added in it: that year's figures (plans-next24 x24_01)
def test_a_clause_opening_with_its_year_and_what_is_added_dates_the_task():
    plan = parse_text("某区2018年垃圾分类工作方案\n一、主要任务\n"
                      "（一）扩大覆盖。将分类工作纳入社区治理，2018年本区新增覆盖居民5万户，累计达到20万户。\n"
                      "（二）加强宣传。各街镇负责。\n")
    assert plan.tasks[0].deadline == "2018-12-31"


# round 22 (parser31): the line is read by the declarations' own labels (declarations.deadline_line), not a list
# of its own
def test_deadline_line_is_a_labelled_line_of_a_deadline_alone():
    from desktop.core.parse.declarations import deadline_line, find_declaration
    body = "与区河道管理所签订移交协议，明确双方责任。\n时间节点：2026年5月。"
    assert find_declaration(body) is None and deadline_line(body) == "2026年5月"
    assert deadline_line("开展排查。\n完成期限：2026年3月底前") == "2026年3月底前"
    # units beside it make it a declaration, whose deadline find_declaration gives
    both = "开展排查。\n责任单位：镇水务站；完成时限：2026年3月。"
    assert deadline_line(both) == "" and find_declaration(both).deadline_words == "2026年3月"
    assert deadline_line("开展排查，明确完成时限。") == ""
    plan = parse_text("某镇河道保洁移交实施方案\n一、工作目标\n完成河道保洁事项移交。\n二、实施步骤\n"
                      "（一）清点移交资产\n清点保洁船只和设备。\n时间节点：2026年3月。\n"
                      "（二）签订移交协议\n与区河道管理所签订移交协议。\n整改时限：2026年5月。\n")
    assert [t.deadline for t in plan.tasks] == ["2026-03-31", "2026-05-31"]
