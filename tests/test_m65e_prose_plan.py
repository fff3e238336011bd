"""The import of a county plan written in prose (ux63 findings 5, 6 and 9): its 三、保障措施 paragraphs are no phases
under any of a guarantee section's names; 各乡镇人民政府 is the group 各乡镇 under its members' kind of body, and the
warning about a group's members goes once the group has them; a target's subject keeps its whole noun phrase
(培训后就业率) and drops a leading 全年, and a label the clerk types stays as typed."""

from __future__ import annotations

from helpers_ui import FakePrompts

from desktop.core import review_edits as logic, review_units
from desktop.core.model import ParsedPlan, Unit
from desktop.core.parse import parse_text
from desktop.core.parse.figures import subject_before

# the tester's plan (/work/wt/ux63/make_plan.py), its lines as the document holds them
_HEAD = """青山县人民政府办公室
关于印发《青山县2025年稳就业促增收工作方案》的通知
青政办发〔2025〕8号
各乡镇人民政府，县政府各部门、各直属单位：
《青山县2025年稳就业促增收工作方案》已经县政府同意，现印发给你们，请认真抓好贯彻落实。
青山县人民政府办公室
2025年2月20日
青山县2025年稳就业促增收工作方案
为深入贯彻落实党中央、国务院和省、市关于稳就业的决策部署，全力做好2025年全县就业创业和城乡居民增收工作，结\
合我县实际，制定本方案。
一、工作目标
2025年，全县城镇新增就业4500人以上，农村劳动力转移就业新增1.2万人，城镇调查失业率控制在5.5%以内\
，脱贫人口务工规模稳定在2.3万人以上。
二、重点任务
（一）扩大就业容量
1.实施重点项目带动就业。围绕全县重点项目建设，建立用工需求清单，优先吸纳本地劳动力就业，全年重点项目吸纳本地\
务工人员3000人以上。（县发改局牵头，县人社局、各乡镇配合）
2.落实援企稳岗政策。全面落实失业保险稳岗返还、一次性扩岗补助等政策，稳岗返还资金发放到位率达到95%以上，年\
底前完成全部符合条件企业的兑现工作。（县人社局牵头，县财政局、县税务局配合）
3.推进农村劳动力转移就业。组织开展劳务协作和有组织劳务输出，建立农村劳动力就业台账，新增农村劳动力转移就业1\
.2万人，其中有组织输出不少于3000人。
责任单位：各乡镇人民政府
（二）强化创业带动
4.加大创业担保贷款支持力度。简化贷款审批流程，全年发放创业担保贷款1.5亿元以上，扶持创业800人以上。（县\
财政局牵头，县人社局、县农商银行配合）
5.建设返乡创业园区。2025年9月底前建成县返乡创业孵化园1个，入驻创业实体不少于30家。（县人社局牵头，县\
发改局、县自然资源局配合）
（三）提升技能水平
6.开展职业技能培训。围绕特色产业和劳务品牌，开展订单式、定向式培训，全年完成职业技能培训5000人次以上，培\
训后就业率达到80%以上。（县人社局牵头，各乡镇配合）
7.推进乡村公益性岗位开发。按需开发乡村公益性岗位，优先安置脱贫劳动力和就业困难人员，确保零就业家庭动态清零。
责任单位：各乡镇人民政府
"""
_GUARANTEES = """\
（一）加强组织领导。成立县稳就业促增收工作领导小组，领导小组办公室设在县人社局，负责统筹协调、调度督导和信息汇\
总。各责任单位要明确一名分管领导和一名联络员，于3月10日前报领导小组办公室。
（二）强化调度通报。实行“月调度、季通报、半年检查、全年总结”制度。各责任单位每月25日前报送工作进展和信息1\
篇，6月25日前报送半年总结，11月20日前报送全年工作总结。领导小组办公室对工作滞后的单位予以通报。
（三）严格考核问效。将稳就业工作纳入乡镇和部门年度目标考核，对工作不力、进展缓慢的单位进行约谈。
"""
PLAN = _HEAD + "三、保障措施\n" + _GUARANTEES


def _parsed(text: str = PLAN) -> ParsedPlan:
    return parse_text(text)


def _settled(text: str = PLAN) -> ParsedPlan:
    """The plan as the review opens it (``store.plans.prepare_reimport`` settles its units first)."""
    plan = parse_text(text)
    review_units.settle_units(plan)
    return plan


# -- 1. phases ----------------------------------------------------------------------------------------------------


def test_the_guarantee_paragraphs_are_no_phases():
    plan = _parsed()
    assert plan.phases == []          # was 加强组织领导（2025-03 止）；强化调度通报（2025-11 止）；严格考核问效
    assert len(plan.tasks) == 7
    # the duty sentence in them is still read
    assert [d.every for d in plan.duties if "25日" in d.text][:1] == ["month"]


def test_a_guarantee_section_of_any_of_its_names_has_no_phases():
    for name in ("组织保障", "工作保障", "保障机制", "实施保障", "工作要求"):
        plan = _parsed(_HEAD + f"三、{name}\n" + _GUARANTEES)
        assert plan.phases == [], name


def test_a_real_stage_section_with_months_stays_phases():
    steps = ("三、组织实施\n（一）准备阶段。2025年3月底前，各单位制定实施细则。\n"
             "（二）实施阶段。2025年4月至10月，全面推进各项任务。\n（三）验收阶段。2025年11月底前，全面总结。\n")
    plan = _parsed(_HEAD + steps + "四、保障措施\n" + _GUARANTEES)
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("准备阶段", None, "2025-03"), ("实施阶段", "2025-04", "2025-10"), ("验收阶段", None, "2025-11")]
    named = ("三、工作步骤\n（一）动员部署。2025年3月底前，各单位制定实施细则。\n"
             "（二）组织实施。2025年4月至10月，全面推进各项任务。\n（三）总结验收。2025年11月底前，全面总结。\n")
    plan = _parsed(_HEAD + named)
    assert [(p.name, p.end) for p in plan.phases] == [("动员部署", "2025-03"), ("组织实施", "2025-10"),
                                                     ("总结验收", "2025-11")]


# -- 2. groups ----------------------------------------------------------------------------------------------------


def test_a_group_named_with_its_members_kind_of_body_is_one_group():
    plan = _settled()
    groups = [(u.name, u.aliases) for u in plan.units if u.is_group]
    assert groups == [("各乡镇", ["各乡镇人民政府"])]
    assert [u.name for u in plan.units] == ["县发改局", "县人社局", "各乡镇", "县财政局", "县税务局", "县农商银行",
                                            "县自然资源局"]
    group_warnings = [w for w in plan.warnings if "代表一组单位" in w]
    assert len(group_warnings) == 1 and group_warnings[0].startswith("“各乡镇”代表一组单位")
    assert [t.responsible_units for t in plan.tasks if t.number in ("3", "7")] == [["各乡镇"]] * 2


def test_two_kinds_of_group_stay_two():
    def key(name: str, group: bool = True) -> str:
        return review_units.same_unit_key(Unit(name, is_group=group))

    assert key("各乡镇人民政府") == key("各乡镇") == "各乡镇"
    assert key("各街道办事处") == "各街道" != key("各乡镇")
    assert key("县人民政府", False) == "县人民政府"        # a body, not a group
    text = PLAN.replace("（县发改局牵头，县人社局、各乡镇配合）", "（县发改局牵头，县人社局、各街道配合）")
    plan = _settled(text)
    assert [(u.name, u.aliases) for u in plan.units if u.is_group] == [("各街道", []), ("各乡镇", ["各乡镇人民政府"])]
    assert [t.responsible_units for t in plan.tasks if t.number in ("3", "7")] == [["各乡镇"]] * 2


def test_the_group_warning_goes_when_the_group_has_members():
    plan = _settled()
    review_units.set_members(plan, "各乡镇", ["青石镇", "柳河镇", "白沙乡"])
    assert not [w for w in plan.warnings if "代表一组单位" in w]
    assert plan.warnings == ["完成时限未写年份的，按方案年份 2025 年处理。"]


def test_a_warning_naming_two_groups_keeps_the_one_without_members():
    plan = ParsedPlan(title="t", units=[Unit("各乡镇", is_group=True), Unit("各街道", is_group=True)],
                      warnings=["“各乡镇”“各街道”代表一组单位，方案没有列出具体包括哪些单位：请补充。", "另一条"])
    review_units.set_members(plan, "各街道", ["东街街道"])
    assert plan.warnings == ["“各乡镇”代表一组单位，方案没有列出具体包括哪些单位：请补充。", "另一条"]
    # merged into a group that has members: gone under either name
    plan = ParsedPlan(title="t", units=[Unit("各乡镇", is_group=True, members=["青石镇"]),
                                        Unit("各乡镇政府", is_group=True)],
                      warnings=["“各乡镇政府”代表一组单位，方案没有列出具体包括哪些单位：请补充。"])
    review_units.merge_units(plan, "各乡镇", ["各乡镇政府"])
    assert plan.warnings == []


def test_review_after_members_shows_no_group_warning_and_the_row_note_is_grey(qtbot):
    from desktop.ui.review import NO_WARNINGS, ReviewDialog

    plan = _settled()
    prompts = FakePrompts(text=["青石镇、柳河镇、白沙乡"])
    dialog = ReviewDialog(plan, prompts)
    qtbot.addWidget(dialog)
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(0, 1))
    html = dialog.ui.sourceBrowser.toHtml()
    # row 1 names the group without members: a note, in grey, as the summary counts no row to check
    assert "没有标黄需要核对的行" in dialog.ui.summaryLabel.text()
    assert dialog.model.warned_rows() == []
    assert "“各乡镇”是一组单位" in html
    assert "#666666" in html and "#b54708" not in html
    units = dialog.ui.unitsList
    for i in range(units.count()):
        units.item(i).setSelected(units.item(i).text().startswith("各乡镇"))
    dialog.edit_members()
    shown = [dialog.ui.warningsList.item(i).text() for i in range(dialog.ui.warningsList.count())]
    assert not [w for w in shown if "代表一组单位" in w]
    assert shown == ["完成时限未写年份的，按方案年份 2025 年处理。"] and NO_WARNINGS not in shown
    assert dialog.plan().warnings == ["完成时限未写年份的，按方案年份 2025 年处理。"]    # what is saved
    assert [u.members for u in dialog.plan().units if u.name == "各乡镇"] == [["青石镇", "柳河镇", "白沙乡"]]
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(1, 1))
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(0, 1))
    assert "是一组单位" not in dialog.ui.sourceBrowser.toHtml()


# -- 3. target labels ---------------------------------------------------------------------------------------------


def test_a_target_keeps_its_whole_noun_phrase_and_drops_a_leading_year_word():
    subjects = {t.subject: (t.value, t.unit) for task in _parsed().tasks for t in task.targets}
    assert subjects["培训后就业率"] == (80, "%")
    assert subjects["职业技能培训"] == (5000, "人次")
    assert subjects["发放创业担保贷款"] == (150000000, "元")
    assert "后就业率" not in subjects and not [s for s in subjects if s.startswith("全年")]


def test_subject_near_misses():
    assert subject_before("培训后就业率") == "培训后就业率"
    assert subject_before("建成后入住率") == "建成后入住率"
    assert subject_before("培训后备干部") == "后备干部"            # 后备 is the thing's own word: the verb goes
    assert subject_before("今年新增城镇就业") == "城镇就业"
    assert subject_before("全年龄段健康管理覆盖率") == "全年龄段健康管理覆盖率"
    assert subject_before("新建床位") == "床位"


def test_a_label_the_clerk_typed_stays_as_typed():
    [typed] = logic.parse_targets("培训后就业率 不少于80%", [], 2025)
    assert (typed.subject, typed.value, typed.unit, typed.comparator) == ("培训后就业率", 80, "%", ">=")
    [typed] = logic.parse_targets("全年完成职业技能培训 不少于5000人次", [], 2025)
    assert typed.subject == "全年完成职业技能培训"
    [read] = logic.parse_targets("就业率达到80%", [], 2025)            # a sentence, no label: read as the plan is
    assert read.subject == "就业率"
    assert logic.target_words(typed) == "全年完成职业技能培训 不少于5000人次"


def test_a_revision_of_a_plan_whose_group_has_members_brings_no_group_warning(tmp_path):
    from desktop.store import open_workspace, plans as store_plans

    ws = open_workspace(tmp_path / "ws.sqlite")
    first = store_plans.prepare_reimport(ws, _parsed())
    # saved by an earlier version, which kept the warning beside the members (the tester's workspace)
    next(u for u in first.plan.units if u.name == "各乡镇").members = ["青石镇", "柳河镇", "白沙乡"]
    saved = store_plans.save_reimport(ws, first, source_name="方案.docx")
    assert [w.split("：")[0] for w in saved.warnings] == ["“各乡镇”代表一组单位，方案没有列出具体包括哪些单位",
                                                          "完成时限未写年份的，按方案年份 2025 年处理。"]
    again = store_plans.prepare_reimport(ws, _parsed(PLAN.replace("3000人以上", "3200人以上")))
    assert again.plan_id == saved.plan_id
    assert [u.members for u in again.plan.units if u.name == "各乡镇"] == [["青石镇", "柳河镇", "白沙乡"]]
    assert again.plan.warnings == ["完成时限未写年份的，按方案年份 2025 年处理。"]
    ws.close()
