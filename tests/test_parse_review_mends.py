"""Review mends of the parser (issue 10, round 13), each on a made-up plan."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _body(title: str = "某区2027年节约用水重点工作安排") -> str:
    return (f"{title}\n一、总体要求\n坚持节水优先，全面提升用水效率。\n二、重点工作\n"
            "（一）推进农业节水。推广喷灌滴灌技术。\n（二）推进工业节水。开展节水型企业创建。\n")


def _table(rows: list[tuple[str, str]]) -> str:
    """A one-cell-a-line task table: a group row, then the numbered rows (work, 时间进度, units)."""
    cells = "".join(f"{n}\n\n{work}\n\n全年推进\n\n{units}\n\n" for n, (work, units) in enumerate(rows, 1))
    return ("附件\n\n2027年节约用水重点工作任务分工表\n\n序号\n\n重点任务\n\n具体工作\n\n时间进度\n\n责任部门\n\n"
            "一\n\n推进节水工作\n\n" + cells)


def test_the_same_duty_in_rows_of_other_units_is_a_duty_of_each():
    table = _table([("开展灌区计量设施改造。每月报送工作进展情况", "水务局"),
                    ("组织重点用水企业开展水平衡测试。每月报送工作进展情况", "经济信息化委"),
                    ("推动园区循环用水。每月报送工作进展情况", "水务局")])
    plan = parse_text(_body() + "\n" + table)
    sent = sorted(d.text for d in plan.duties if d.text.endswith("每月报送工作进展情况"))
    assert sent == ["水务局：每月报送工作进展情况", "经济信息化委：每月报送工作进展情况"]
    assert all(d.every == "month" for d in plan.duties if d.text in sent)


# an oversight cycle of the leading group (月调度、季检查) is no reporting duty
OVERSIGHT = ("某区2027年节约用水重点工作安排\n一、重点工作\n（一）推进农业节水。推广喷灌滴灌技术。\n"
             "二、保障措施\n（一）加强组织领导。领导小组坚持月调度、季检查、半年通报，确保各项任务落到实处。"
             "实行一月一通报制度。\n")


def test_an_oversight_cycle_is_a_duty_of_its_own_kind():
    plan = parse_text(OVERSIGHT)
    assert [(d.kind, d.every) for d in plan.duties] == [("oversight", "month"), ("oversight", "month")]
    # a sending on a rhythm stays a reporting duty
    sent = parse_text(OVERSIGHT.replace("实行一月一通报制度。", "各街镇每月5日前报送上月工作进展情况。"))
    assert [(d.kind, d.every) for d in sent.duties] == [("oversight", "month"), ("other", "month")]


def test_an_oversight_cycle_is_neither_the_monthly_duty_nor_due():
    from datetime import date

    from desktop.core import deadlines, plan_edits

    plan = parse_text(OVERSIGHT)
    assert plan_edits.monthly_duty_text(plan) == ""
    dicts = [d.to_json() for d in plan.duties]
    assert deadlines.upcoming(dicts, [], date(2027, 3, 1)) == []
    assert deadlines.stated_due_rule(dicts) is None
    # typed in the review, the monthly duty is added beside the oversight cycle, which stays
    plan_edits.set_plan_field(plan, "plan.monthly_duty", "每月10日前报送上月进展情况")
    assert [d.kind for d in plan.duties] == ["oversight", "oversight", "monthly_info"]
    assert deadlines.stated_due_rule(d.to_json() for d in plan.duties).day == 10
    # with a sending beside it, the sending is the monthly duty and the one listed
    sent = parse_text(OVERSIGHT.replace("实行一月一通报制度。", "各街镇每月5日前报送上月工作进展情况。"))
    assert plan_edits.monthly_duty_text(sent) == "各街镇每月5日前报送上月工作进展情况"
    items = deadlines.upcoming([d.to_json() for d in sent.duties], [], date(2027, 3, 1))
    assert [d.label for d in items] == ["2027年2月月度进展"]    # February's, due 5 March (its progress: m58d)


def test_an_oversight_duty_is_stored_and_travels_in_the_plan_package(tmp_path):
    from helpers_plan import sample_plan

    from desktop.core.model import Duty
    from desktop.exchange.plan_package import read_plan
    from desktop.store import open_workspace, plans
    from desktop.store.saved_plan import load_plan

    plan = sample_plan()
    plan.duties.append(Duty("oversight", None, "month", "领导小组坚持月调度、季检查"))
    with open_workspace(tmp_path / "office.sqlite") as ws:
        plan_id = plans.save_plan(ws, plan, backup=False).plan_id
        saved = load_plan(ws, plan_id)
    assert [(d.kind, d.every) for d in saved.duties][-1] == ("oversight", "month")
    received = read_plan(saved.to_json(with_source=True))
    assert [d.to_json() for d in received.duties] == [d.to_json() for d in saved.duties]


# -- round 20 (mends4): the review of round 19 (parser23, 74a765c..c1fa214) --------------------------------------

_H1_REVIEWED = ("某区城市更新工作方案\n\n2025年3月10日\n\n某区城市更新工作方案\n\n一、主要任务\n\n"
                "1. 推进旧区改造。由区旧改办牵头推进零星旧改。\n\n2. 推进旧住房更新。完成旧住房成套改造5万平方米。\n\n"
                "附件{colon}重点任务分工表\n\n序号\n任务\n牵头单位\n配合单位\n1\n推进零星旧改\n区房管局\n区旧改办、各街道\n"
                "2\n旧住房成套改造\n区房管局\n区建管委\n")


def _units_of(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_a_prose_lead_in_the_body_leaves_the_annexed_task_table_the_plans_units():
    # H1: one 「由X牵头…」 sentence in the body no longer stands for the plan's units over its 附件 table
    for colon in ("：", "\n\n"):
        assert _units_of(_H1_REVIEWED.format(colon=colon)) == {
            "1": (["区房管局"], ["区旧改办", "各街道"]), "2": (["区房管局"], ["区建管委"])}


def test_a_prose_lead_is_no_lead_beside_an_annexed_table_of_any_wording():
    plan = parse_text("某区文旅融合发展工作方案\n\n2025年4月2日\n\n一、重点任务\n\n"
                      "（一）办好文旅节庆活动。由区文旅局牵头举办滨江文化节。\n\n（二）提升旅游服务品质。新建旅游咨询点8个。\n\n"
                      "二、保障措施\n\n（一）加强组织领导。\n\n附件1\n\n重点任务清单\n\n序号\n工作内容\n牵头部门\n协同部门\n"
                      "1\n举办滨江文化节\n区文旅局\n区商务委、各街道\n2\n新建旅游咨询点\n区文旅局\n区规划资源局\n")
    got = {t.key: (t.lead_units, t.responsible_units) for t in plan.tasks}
    # (协同部门 is a known unit column since round 26, as 配合部门 is: the annexed table then stands for the body's
    # items, numbered 1, 2; with a header word the table reader alone knows, both are kept, the table's under 附件)
    assert got.get("一.一", ([], [])) == ([], [])
    assert got.get("附件.1", got.get("1")) == (["区文旅局"], ["区商务委", "各街道"])
    assert not any(w.startswith("方案只在分工条目中写明了单位") for w in plan.warnings)
    # an annex of labelled numbered items likewise
    listed = parse_text("某区城市更新工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                        "1. 推进旧区改造。由区旧改办牵头推进零星旧改。\n\n"
                        "2. 推进旧住房更新。完成旧住房成套改造5万平方米。\n\n附件\n\n重点任务分工\n\n"
                        "1.推进零星旧改。（牵头单位：区房管局；配合单位：区旧改办）\n\n2.完成旧住房成套改造。（牵头单位：区房管局）\n")
    assert {t.key: t.lead_units for t in listed.tasks} == {"1": ["区房管局"], "2": ["区房管局"]}
    assert not any(w.startswith("方案只在分工条目中写明了单位") for w in listed.warnings)


def test_a_prose_lead_still_leads_where_the_plan_names_no_units_elsewhere():
    got = _units_of("某区夜间经济工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                    "1. 打造夜间消费地标。由区商务委牵头，打造2个夜间经济集聚区。\n\n"
                    "2. 丰富夜间文旅活动。举办夜间文化活动20场。\n")
    assert got["一.1"] == (["区商务委"], [])


def _stages(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.start, p.end) for p in parse_text(text).phases]


_H2_REVIEWED = ("某区消防安全工作方案\n\n2025年3月10日\n\n某区消防安全工作方案\n\n一、工作基础\n\n"
                "（一）基本情况。2024年上半年全区共发生火灾52起，同比下降10%；下半年全区发生火灾38起，未发生较大以上火灾。\n\n"
                "二、主要任务\n\n（一）开展隐患排查。6月底前完成居民小区消防隐患排查。（责任单位：区消防救援支队）\n\n"
                "（二）开展宣传教育。11月30日前完成消防宣传月活动。（责任单位：区应急局）\n\n"
                "三、工作要求\n\n各单位于12月10日前将年度工作总结报送区安委办。\n")


def test_half_years_of_the_background_are_no_stages_and_leave_the_plans_year():
    # H2: the figures of a past year's halves neither stage the plan nor move its undated days to that year
    plan = parse_text(_H2_REVIEWED)
    assert not any(p.start == "2024-01" for p in plan.phases)
    assert {t.key: t.deadline for t in plan.tasks}["二.一"] == "2025-06-30"
    assert [d.due for d in plan.duties if d.due] == ["2025-12-10"]
    # the same in a plan's preamble, in other words
    preamble = parse_text("某区河道整治工作方案\n\n2025年3月10日\n\n"
                          "2024年上半年，全区受理河道投诉1200件；下半年受理投诉900件，同比下降两成。\n\n"
                          "一、主要任务\n\n（一）开展河道保洁。9月底前完成保洁招标。（责任单位：各镇）\n")
    assert preamble.phases == []
    assert preamble.tasks[0].deadline == "2025-09-30"


def test_a_tasks_own_half_year_milestones_are_no_stages():
    # M4: the review's snippet, and a task's halves in other words
    assert _stages("某区电梯安全提升工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                   "（一）推进老旧电梯更新改造。2025年上半年完成20台老旧电梯更新；"
                   "下半年完成剩余30台电梯更新。（责任单位：区市场监管局）\n\n"
                   "（二）加强电梯维保监管。每季度开展一次维保质量抽查。（责任单位：区市场监管局）\n") == []
    assert _stages("某区河道整治工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                   "（一）实施河道整治。2025年上半年完成整治方案设计；"
                   "下半年开工建设3条河道。（责任单位：区水务局）\n") == []


def test_half_years_of_the_aims_do_not_replace_the_steps_of_a_schedule_section():
    # M4: the steps an 实施步骤 section dates are the plan's stages, not the halves its aims name
    assert _stages("某区河道整治工作方案\n\n2025年3月10日\n\n一、工作目标\n\n"
                   "2025年上半年完成河道排查建档；下半年完成20条河道疏浚。\n\n"
                   "二、主要任务\n\n（一）开展河道疏浚。（责任单位：区水务局）\n\n三、实施步骤\n\n"
                   "（一）排查建档（2025年3月—6月）。摸清河道底数。\n\n"
                   "（二）集中整治（2025年7月—12月）。完成疏浚。\n") == [
        ("排查建档", "2025-03", "2025-06"), ("集中整治", "2025-07", "2025-12")]


def test_half_years_of_a_section_of_aims_and_pace_still_stage_the_plan():
    assert _stages("某区河道整治工作方案\n\n2025年3月10日\n\n一、目标和进度\n\n"
                   "按照分步实施的要求，2025年上半年完成河道排查建档，形成清单；下半年完成20条河道疏浚。\n\n"
                   "二、主要任务\n\n（一）开展河道疏浚。（责任单位：区水务局）\n") == [
        ("完成河道排查建档", "2025-01", "2025-06"), ("完成20条河道疏浚", "2025-07", "2025-12")]


def _dues(text: str) -> list[str | None]:
    return [d.due for d in parse_text(text).duties]


def test_a_duty_day_takes_no_year_named_without_a_month_before_it():
    # H3: a law's revision year and a year's findings are no dates the day follows (the plan's year is)
    assert _dues("某区安全生产治本攻坚工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                 "（一）开展自查自改。各街镇要对照《上海市安全生产条例》（2024年修订）要求，全面开展自查。"
                 "6月30日前，将自查报告报送区应急局。（责任单位：各街镇）\n\n二、工作要求\n\n"
                 "（一）对2024年度排查发现的问题，各单位要建立整改台账。5月31日前将整改情况报送区安委办。\n") == [
        "2025-06-30", "2025-05-31"]
    # nor a year that picks the things meant (2000年以前建成的) or a goal's (到2027年)
    assert _dues("某区老旧小区改造行动方案\n\n2025年3月10日\n\n一、主要任务\n\n（一）推进综合改造。"
                 "到2027年，全面完成2000年以前建成的老旧小区改造。各街镇于6月30日前将改造项目清单报送区房管局。"
                 "（责任单位：区房管局）\n") == ["2025-06-30"]
    # the same in other words
    assert _dues("某区老旧小区改造工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                 "（一）推进综合改造。对1995年以前建成的住宅小区开展评估。各街镇于7月15日前将评估结果报送区房管局。"
                 "（责任单位：区房管局）\n") == ["2025-07-15"]


def test_a_duty_day_still_takes_the_year_of_a_month_written_before_it():
    assert _dues("某区燃气安全工作方案\n\n2025年3月10日\n\n一、工作要求\n\n"
                 "（一）自2024年10月起，各街镇开展燃气隐患排查。11月20日前将排查情况报送区建管委。\n") == ["2024-11-20"]


_DEFINED = "某区{t}工作方案\n\n2025年3月10日\n\n一、主要任务\n\n{body}"


def test_bodies_of_owners_managers_builders_and_businesses_are_no_units():
    # M1: the review's subjects, then others of the same kinds
    got = _units_of(_DEFINED.format(t="老旧小区综合治理", body=(
        "（一）业主委员会是小区公共事务管理的责任主体，负责组织业主制定管理规约。\n\n"
        "（二）物业服务中心是小区消防安全的管理机构，负责日常巡查。\n\n"
        "（三）各施工项目部是施工现场安全的责任主体，落实安全措施。\n\n"
        "（四）各加油站是本站安全生产的责任主体，要落实主体责任。\n")))
    # round 31: CONVENTIONS.md rule 2 — 「A是…的责任主体，负责／落实…」: a kind of body with a verb of rule 2 in the
    # subject's later clause is a doer, whoever the item regulates (as 「区人社局是…的责任主体，负责…」)
    assert got == {"一.一": ([], ["业主委员会"]), "一.二": ([], ["物业服务中心"]), "一.三": ([], ["各施工项目部"]),
                   "一.四": ([], ["各加油站"])}
    got = _units_of(_DEFINED.format(t="住宅小区安全", body=(
        "（一）各小区业委会是小区共用设施维护的责任主体，负责筹集维修资金。\n\n"
        "（二）各物业服务企业管理处是小区日常管理的实施主体。\n\n"
        "（三）各充电站是站内消防安全的责任主体。\n\n"
        "（四）区住建委是住宅小区管理的行政主管部门，负责指导监督。\n")))
    # (round 31, rule 2: 各小区业委会…负责筹集… is a doer; round 32: 「A是…的实施主体／责任主体」 is a designation, a
    # doer with no verb of rule 2 too — CONVENTIONS.md "A designation is a doer")
    assert got["一.一"] == ([], ["各小区业委会"])
    assert got["一.二"] == ([], ["各物业服务企业管理处"])
    assert got["一.三"] == ([], ["各充电站"])
    assert got["一.四"] == ([], ["区住建委"])


def test_paragraphs_headed_by_places_or_set_up_groups_name_no_units():
    # M2: kinds of places looked at; M3: groups the plan sets up (the review's snippets, then others)
    places = _units_of(_DEFINED.format(t="消防安全专项整治", body=(
        "（一）重点场所\n\n加油站：重点检查防雷防静电设施。\n\n娱乐场所：重点检查疏散通道是否畅通。\n\n"
        "液化石油气充装站：重点检查气瓶充装。\n\n（二）重点环节\n\n电动自行车：重点整治楼道停放。\n")))
    assert places["一.一"] == ([], [])
    venues = _units_of(_DEFINED.format(t="文明创建", body=(
        "（一）检查重点\n\n社区卫生服务中心：检查消防通道。\n\n燃气供应站：检查气瓶储存。\n\n"
        "二、工作要求\n\n（一）加强督导。\n")))
    assert venues["一.一"] == ([], [])
    groups = _units_of(_DEFINED.format(t="安全生产大检查", body=(
        "（一）检查组设置\n\n第一检查组：由区应急局牵头，区住建委参加，负责检查江川路街道。\n\n"
        "第二检查组：由区消防救援支队牵头，负责检查吴泾镇。\n\n（二）检查方式\n\n采取明查暗访相结合的方式。\n")))
    assert groups["一.一"] == ([], [])
    org = _units_of(_DEFINED.format(t="创建全国文明城区", body=(
        "（一）组织机构\n\n领导小组：由区长任组长，分管副区长任副组长。\n\n领导小组办公室：设在区文明办，负责日常工作。\n\n"
        "（二）工作机制\n\n建立月度例会制度。\n")))
    assert org["一.一"] == ([], [])
    special = _units_of(_DEFINED.format(t="治本攻坚", body=(
        "（一）成立工作专班\n\n综合协调组：由区应急局牵头，负责专班日常运转。\n\n督导检查组：由区纪委监委牵头，负责督导检查。\n\n"
        "（二）开展执法检查。\n")))
    assert special["一.一"] == ([], [])


def test_groups_under_a_heading_of_duties_are_worked_by_the_units_leading_them():
    from desktop.core.parse.prose_units import colon_paragraph_units
    assert colon_paragraph_units("各工作组职责\n综合协调组：由区应急局牵头，负责专班日常运转。\n"
                                 "督导检查组：由区纪委监委、区委组织部牵头，负责督导检查。") == [
        "区应急局", "区纪委监委", "区委组织部"]
    assert colon_paragraph_units("各工作组职责\n综合协调组：负责专班日常运转。\n"
                                 "督导检查组：由区纪委监委牵头，负责督导。") == []
    # the round-19 case: offices under a heading of their duties stay units
    assert colon_paragraph_units("路长办公室主要职责\n区级路长办公室：承担日常工作。\n镇级路长办公室：具体落实。") == [
        "区级路长办公室", "镇级路长办公室"]


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.key: t.deadline for t in parse_text(text).tasks}


def test_a_year_opening_one_step_of_several_does_not_date_the_task():
    # M5: the review's snippet (a 2025—2027 plan's three yearly steps), then steps in other words
    got = _deadlines("某区生活垃圾分类三年行动方案（2025—2027年）\n\n2025年3月10日\n\n一、主要任务\n\n"
                     "（一）推进湿垃圾资源化利用。2025年，完成湿垃圾处理设施提标改造；2026年，全面推广就地处理模式；"
                     "2027年，实现湿垃圾资源化利用全覆盖。（责任单位：区绿化市容局）\n")
    assert got["一.一"] != "2025-12-31"
    got = _deadlines("某区智慧社区建设行动方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                     "（一）建设社区数字平台。2025年，建成区级平台；2026年，推动全部街镇接入使用。（责任单位：区数据局）\n")
    assert got["一.一"] != "2025-12-31"


def test_a_year_of_what_was_done_before_the_plan_does_not_date_the_task():
    # M6: a 2025 要点 dated in December 2024 reviews 2024; an undated, untitled-by-year plan reviews 2022
    got = _deadlines("某区2025年安全生产工作要点\n\n2024年12月20日\n\n某区2025年安全生产工作要点\n\n一、重点任务\n\n"
                     "（一）深化重大事故隐患排查。2024年，全区完成重大事故隐患排查整治专项行动，在此基础上常态化开展隐患排查。"
                     "（责任单位：区应急局）\n")
    assert got["一.一"] is None
    got = _deadlines("某区关于进一步加强垃圾分类工作的实施意见\n\n一、主要任务\n\n（一）巩固分类实效。2022年，全区完成"
                     "生活垃圾分类示范街镇创建，在此基础上持续巩固提升分类实效。（责任单位：区绿化市容局）\n\n"
                     "（二）推进源头减量。推动快递包装绿色化。（责任单位：区商务委）\n")
    assert got["一.一"] is None
    got = _deadlines("某区2026年河长制工作要点\n\n2025年12月28日\n\n一、重点任务\n\n（一）巩固河湖治理成效。2025年，"
                     "全区完成劣V类水体消除，下一步持续巩固。（责任单位：区水务局）\n")
    assert got["一.一"] is None


def test_a_year_opening_the_one_step_of_a_task_still_dates_it():
    got = _deadlines("某区2026年河长制工作要点\n\n2026年1月8日\n\n一、重点任务\n\n（一）开展河湖评估。健全评估制度。"
                     "2026年，配合全市完成一轮河湖健康评估。（责任单位：区水务局）\n")
    assert got["一.一"] == "2026-12-31"


def test_a_duty_said_again_by_the_same_day_is_one_duty():
    # L1: the review's snippet, then a quarterly one in other words
    duties = parse_text("某区燃气安全整治工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                        "（一）开展隐患排查。各街镇每月25日前将排查进展报送区建管委。（责任单位：各街镇）\n\n"
                        "（二）每季度召开一次推进会。（责任单位：区建管委）\n\n二、工作要求\n\n"
                        "（一）加强信息报送。请各街镇于每月25日前将工作进展情况报送区建管委。\n\n"
                        "（二）区建管委每季度对工作进展进行通报。\n").duties
    assert [d.every for d in duties].count("month") == 1
    assert [d.every for d in duties].count("quarter") == 2      # a second quarterly rhythm of round 19 stays
    duties = parse_text("某区河道整治工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                        "（一）开展排查。各镇每季度末月20日前报送整治进展。（责任单位：各镇）\n\n二、工作要求\n\n"
                        "（一）各镇于每季度末月20日前将工作进展情况报送区水务局。\n").duties
    assert [d.every for d in duties].count("quarter") == 1
    # by another day it is another duty
    duties = parse_text("某区燃气安全整治工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                        "（一）开展隐患排查。各街镇每月25日前将排查进展报送区建管委。（责任单位：各街镇）\n\n"
                        "二、工作要求\n\n（一）请各街镇于每月5日前将上月工作进展情况报送区安委办。\n").duties
    assert [d.every for d in duties].count("month") == 2


def test_a_level_of_government_in_general_is_no_unit():
    # L2: the review's subjects (地方各级人民政府, 县级人民政府), then another of the kind; 属地街镇 is left a unit,
    # as 属地街道派出所 is one in plans-next25 (x25_03)
    got = _units_of("国务院办公厅关于加强农村饮水安全工作的通知\n\n2019年1月9日\n\n一、明确责任\n\n"
                    "（一）地方各级人民政府是农村饮水安全的责任主体，要将农村饮水安全纳入重要议事日程。\n\n"
                    "（二）县级人民政府是农村饮水工程建设管理的责任主体，负责组织实施。\n\n"
                    "（三）各级政府是本地区防汛工作的责任主体。\n\n"
                    "（四）市水务局是农村饮水安全的行业主管部门，负责行业监管。\n")
    # round 31: CONVENTIONS.md rule 2 — 「县级人民政府…，负责组织实施」: a kind of body with 负责 is a doer (as
    # 各区政府);
    # a level with no verb of rule 2 (纳入 / no verb) and 各级政府 (a call to all) are none
    assert [got[k] for k in ("一.一", "一.二", "一.三")] == [([], []), ([], ["县级人民政府"]), ([], [])]
    assert got["一.四"] == ([], ["市水务局"])


def test_a_prose_lead_keeps_the_units_it_says_work_with_it():
    # L3: the review's snippet, then others in other words
    got = _units_of("某区夜间经济工作方案\n\n2025年3月10日\n\n一、主要任务\n\n1. 打造夜间消费地标。由区商务委牵头，"
                    "区文旅局、区规划资源局、各街道配合，打造2个夜间经济集聚区。\n\n"
                    "2. 丰富夜间文旅活动。举办夜间文化活动20场。\n")
    assert got["一.1"] == (["区商务委"], ["区文旅局", "区规划资源局", "各街道"])
    got = _units_of("某镇安全生产月活动方案\n\n2025年5月20日\n\n一、活动内容\n\n（一）组织应急演练。由镇应急办牵头，"
                    "镇消防站、各村居委会共同参与，开展消防疏散演练。\n\n"
                    "（二）开展宣传咨询。由镇安委会牵头组织宣传咨询日活动。\n")
    assert got["一.一"] == (["镇应急办"], ["镇消防站", "各村居委会"])
    assert got["一.二"] == (["镇安委会"], [])


def test_a_bracketed_note_after_a_labelled_field_names_no_units():
    # L4: the review's snippet, then another note in other words
    got = _units_of("某区消防宣传月活动方案\n\n2025年3月10日\n\n某区消防宣传月活动方案\n\n一、活动安排\n\n"
                    "（一）开展宣传咨询日活动\n1.活动时间：11月9日。\n2.活动内容：设立咨询台。\n"
                    "3.责任单位：区消防救援支队。（各街镇、各有关部门配合做好场地保障）\n"
                    "（二）开展隐患排查\n1.活动时间：11月10日至20日。\n2.责任单位：区应急局、区住建委。\n")
    # (round 35, field blocks: the activity 一.一 is the task, its 责任单位 field its label)
    assert got["一.一"] == ([], ["区消防救援支队"])
    assert "一.一.1" not in got and "一.一.2" not in got
    got = _units_of("某区全民健身月活动方案\n\n2025年3月10日\n\n一、活动安排\n\n（一）举办健步走活动\n"
                    "1.时间：8月8日。\n2.牵头单位：区体育局。（各街道协助做好人员组织发动）\n"
                    "（二）举办健身讲座\n1.时间：8月15日。\n2.牵头单位：区卫健委。\n")
    assert got["一.一"] == (["区体育局"], [])


# -- round 22 (parser31): build_tasks marks a task whose units are only its prose's opening lead --------------

def test_build_tasks_marks_a_prose_lead_and_no_other_units():
    plan = parse_text("某区夜间经济工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                      "1. 打造夜间消费地标。由区商务委牵头，区文旅局、各街道配合，打造2个夜间经济集聚区。\n\n"
                      "2. 丰富夜间文旅活动。举办夜间文化活动20场。\n")
    marks = {t.key: (t.lead_units, t.responsible_units, t.prose_lead) for t in plan.tasks}
    assert marks["一.1"] == (["区商务委"], ["区文旅局", "各街道"], True)
    assert marks["一.2"] == ([], [], False)
    # units written in a label are the plan's own, though the prose opens with the same lead
    labelled = parse_text("某区城市更新工作方案\n\n2025年3月10日\n\n一、主要任务\n\n"
                          "1. 推进旧区改造。由区旧改办牵头推进零星旧改。（牵头单位：区旧改办）\n\n"
                          "2. 推进旧住房更新。完成旧住房成套改造5万平方米。（牵头单位：区房管局）\n")
    assert [(t.lead_units, t.prose_lead) for t in labelled.tasks] == [(["区旧改办"], False), (["区房管局"], False)]
    # the mark is the parser's: not saved, and no part of a task's equality
    assert "prose_lead" not in plan.tasks[0].to_json()
