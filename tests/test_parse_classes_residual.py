"""Failure classes left in the tuned sets after round 14 (round 15, parser18), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _units(plan, key):
    task = next(t for t in plan.tasks if t.key == key)
    return task.lead_units, task.responsible_units


# class 1: a section that holds tasks opens with its labelled aims (「治理工作目标：…达90%以上；…」) before its
# measures: those figures are the plan's
SECTION_AIMS = ("某省治理农产品污染工作方案\n"
                "一、治理蔬菜污染\n"
                "由省农业农村厅承办，省商务厅协办。年度工作目标：无公害蔬菜基地产品抽检合格率达92%以上；"
                "批发市场农药残留超标率控制在3%以内。主要措施：\n"
                "（一）加快基地建设，做好技术培训。（省农业农村厅负责）\n"
                "（二）加强批发市场检测。（省商务厅负责）\n"
                "二、治理水产品污染\n"
                "去年全省水产品抽检合格率为81%。具体措施：\n"
                "（一）规范养殖用药。（省海洋渔业局负责）\n"
                "（二）开展市场抽检。（省市场监管局负责）\n")


def test_a_sections_labelled_aims_before_its_measures_are_plan_targets():
    plan = parse_text(SECTION_AIMS)
    got = {(t.value, t.unit) for t in plan.plan_targets}
    assert (92.0, "%") in got and (3.0, "%") in got
    assert (81.0, "%") not in got           # last year's figure, said without a goal label
    assert len(plan.tasks) == 4


# class 2: an item opens with who does it — 「由A负责，B、C配合，…」 — as a bracket would say it; the one unit
# that answers for the work beside those that help is its lead (in the bracket form too)
OPENING_ROLES = ("某市餐饮安全整治工作方案\n"
                 "一、主要措施\n"
                 "（一）由市市场监管局负责，市卫生健康委、市教育局配合，开展学校食堂专项检查。\n"
                 "（二）由市商务局负责，市农业农村局协办，建设农贸市场快检室。\n"
                 "（三）整治无证摊贩。（市城管执法局负责，各区政府、市公安局配合）\n"
                 "（四）由各区政府组织，开展集中整治。\n"
                 "（五）完善投诉举报渠道。（市市场监管局、市数据局负责）\n")


def test_an_items_opening_clause_of_units_and_roles_gives_its_units():
    plan = parse_text(OPENING_ROLES)
    assert _units(plan, "一.一") == (["市市场监管局"], ["市卫生健康委", "市教育局"])
    assert _units(plan, "一.二") == (["市商务局"], ["市农业农村局"])
    first = next(t for t in plan.tasks if t.key == "一.一")
    assert first.title.startswith("开展学校食堂")


def test_a_bracket_of_one_unit_in_charge_and_helpers_gives_the_lead():
    plan = parse_text(OPENING_ROLES)
    assert _units(plan, "一.三") == (["市城管执法局"], ["各区政府", "市公安局"])


def test_an_opening_without_roles_or_a_list_without_helpers_names_no_lead():
    plan = parse_text(OPENING_ROLES)
    # round 31: CONVENTIONS.md rule 2 — 「由A组织，开展…」: the agent of 由 with a verb of doing (组织) is a doer,
    # responsible, no lead (no role word)
    assert _units(plan, "一.四") == ([], ["各区政府"])
    assert _units(plan, "一.五") == ([], ["市市场监管局", "市数据局"])   # several in charge, none helping


# class 3: a plan's years written as its stages (「一年见成效、两年大变样、三年建长效」), in the preamble or a goal
# section: phases, the first in the plan's year, each next the year after
YEAR_STAGES = ("某区老旧小区改造三年行动方案\n"
               "为改善居民居住条件，按照“一年见成效，二年大变样，三年建长效、形成示范”的要求，制定本方案。\n"
               "一、主要任务\n（一）完成30个小区改造。（区住建委负责）\n（二）加装电梯50台。（区房管局负责）\n"
               "\n某区人民政府办公室\n2026年3月1日\n")


def test_a_plans_years_written_as_stages_are_its_phases():
    plan = parse_text(YEAR_STAGES)
    got = [(p.name, p.start, p.end) for p in plan.phases]
    assert got == [("一年见成效", None, "2026-12"), ("二年大变样", "2027-01", "2027-12"),
                   ("三年建长效、形成示范", "2028-01", "2028-12")]


def test_a_frequency_or_a_lone_year_is_no_stage():
    text = YEAR_STAGES.replace("按照“一年见成效，二年大变样，三年建长效、形成示范”的要求",
                               "每一年开展两次检查，一年内完成整改")
    assert parse_text(text).phases == []


# class 4: a page cut after its first sections, none with numbered items (一、总体要求 / 二、主要任务): the aims are no
# task beside the section of work
CUT_SECTIONS = ("某县食品安全提升三年行动方案\n"
                "为深入贯彻上级部署，结合我县实际，制定本方案。\n"
                "一、指导思想\n坚持人民至上，落实“四个最严”要求，守住不发生系统性风险的底线，全面提升食品安全水平。\n"
                "二、重点任务\n全面落实企业主体责任和属地管理责任，开展食品生产经营风险隐患排查整治，提升抽检监测能力。\n")


def test_a_cut_page_of_sections_takes_the_work_section_not_the_aims():
    plan = parse_text(CUT_SECTIONS)
    assert [t.title for t in plan.tasks] == ["重点任务"]


def test_a_section_of_work_whose_title_speaks_of_aims_at_length_stays_a_task():
    text = CUT_SECTIONS.replace("一、指导思想", "一、进一步落实工作目标，压紧压实各方责任")
    assert len(parse_text(text).tasks) == 2


# class 5: a task table drawn with box characters (┌─┬─┐ │…│ ├─┼─┤), a cell's text wrapped over lines of the box, a
# units cell merged over two rows (its rule drawn on the task column only), bulleted measures (▲) under a task row
BOX_TABLE = ("某县2026年重点工作任务分解表\n"
             "┌────┬──────────────┬──────────┬──────┐\n"
             "│序号│重点工作任务                │责任单位            │完成时限    │\n"
             "├────┼──────────────┼──────────┼──────┤\n"
             "│1   │新建城乡供水管网120公里，完 │县水利局、县住建局、│2026年10月  │\n"
             "│    │成农村饮水安全巩固提升工程  │各乡镇人民政府      │底前        │\n"
             "├────┼──────────────┼──────────┼──────┤\n"
             "│2   │推进农贸市场改造            │县商务局、县市场监管│2026年底前  │\n"
             "├────┼──────────────┤局                  │            │\n"
             "│3   │新增停车泊位800个           │                    │            │\n"
             "└────┴──────────────┴──────────┴──────┘\n")


def test_a_box_drawn_task_table_gives_its_rows_with_their_units():
    plan = parse_text(BOX_TABLE)
    rows = {t.number: t for t in plan.tasks}
    assert sorted(rows) == ["1", "2", "3"]
    assert rows["1"].title.startswith("新建城乡供水管网120公里，完成农村饮水")
    assert rows["1"].lead_units + rows["1"].responsible_units == ["县水利局", "县住建局", "各乡镇人民政府"]
    assert rows["1"].deadline == "2026-10-31"
    assert rows["3"].lead_units + rows["3"].responsible_units == ["县商务局", "县市场监管局"]   # the merged cell
    assert any(t.value == 800 for t in rows["3"].targets)


BULLETED_BOX = ("┌──────────────┬────────┬──────┐\n"
                "│工作任务                  │牵头单位        │完成时限    │\n"
                "├──────────────┼────────┼──────┤\n"
                "│稳定粮食生产，保障重要农产│县农业农村局    │年底前      │\n"
                "│品供给                    │                │            │\n"
                "├──────────────┤                │            │\n"
                "│▲新建高标准农田2万亩      │                │            │\n"
                "│▲粮食播种面积稳定在50万亩 │                │            │\n"
                "├──────────────┼────────┼──────┤\n"
                "│改善农村人居环境          │县住建局        │年底前      │\n"
                "└──────────────┴────────┴──────┘\n")


def test_bulleted_measures_under_a_box_row_belong_to_that_row():
    plan = parse_text(BULLETED_BOX)
    assert len(plan.tasks) == 2
    first = plan.tasks[0]
    assert first.lead_units + first.responsible_units == ["县农业农村局"]
    assert "新建高标准农田" in first.text


def test_a_box_drawn_table_of_figures_gives_no_task():
    text = ("某区2026年城市更新工作方案\n一、主要任务\n（一）完成旧区改造。（区旧改办负责）\n"
            "（二）推进城中村改造。（区住建委负责）\n"
            "┌──────┬──────┬──────┐\n│指标        │2025年      │2026年      │\n"
            "├──────┼──────┼──────┤\n│改造户数    │1200        │1500        │\n"
            "└──────┴──────┴──────┘\n")
    assert [t.key for t in parse_text(text).tasks] == ["一.一", "一.二"]


def test_a_box_line_the_page_cut_keeps_its_text_after_the_rows():
    from desktop.core.parse.text_tables import unbox_tables

    text = BOX_TABLE.replace("└────┴──────────────┴──────────┴──────┘\n", "│4   │整治背街小巷30条")
    rows = unbox_tables(text).split("\n")
    assert rows[-1] == "4 | 整治背街小巷30条"
    assert rows[1].startswith("序号 | 重点工作任务 | 责任单位")


# class 6: a body's heading line, its roster and 「主要职责：」 over numbered duties (a 创建 plan's 组织机构): the
# duties are that body's, by the short name in its brackets where it has one
DUTY_LISTS = ("某县创建国家卫生县城工作方案\n"
              "一、组织机构\n"
              "成立县创卫工作领导小组，领导小组下设办公室。\n"
              "领导小组办公室（县创卫办）\n"
              "主任：张某\n"
              "成员：从县有关单位抽调。\n"
              "主要职责：\n"
              "1.负责创卫工作的统筹协调和日常调度；\n"
              "2.组织开展创卫工作督查暗访；\n"
              "3.负责创卫工作信息的汇总上报。\n"     # (not a catch-all 「承办…交办的其他事项」: text, Round 84)
              "二、工作要求\n"
              "各单位要高度重视。主要职责：\n"
              "1.按时报送工作进展；\n"
              "2.落实专人负责信息报送。\n")


def test_numbered_duties_under_a_bodys_heading_and_roster_are_that_bodys():
    plan = parse_text(DUTY_LISTS)
    duties = [t for t in plan.tasks if t.key.startswith("一.")]
    assert [t.number for t in duties] == ["1", "2", "3"]
    assert all(t.responsible_units == ["县创卫办"] and t.lead_units == [] for t in duties)


def test_duties_after_a_sentence_not_a_heading_name_no_body():
    plan = parse_text(DUTY_LISTS)
    assert all(t.lead_units + t.responsible_units == [] for t in plan.tasks if t.key.startswith("二."))


# class 7: a year before the whole work done (2027年全面完成… / 2026年基本建成…), with no 前 or 底 — the year the task
# is due; not a year the work was done in before the plan (2015年全面完成的…) nor a finished thing (…建成的)
WHOLE_DONE = ("某区2025年老旧小区改造方案\n一、主要任务\n"
              "（一）分批推进老旧小区改造，2027年全面完成改造任务。（区住建委负责）\n"
              "（二）2026年基本建成“15分钟生活圈”。（区规划资源局负责）\n"
              "（三）推广2019年全面完成的试点经验。（区房管局负责）\n"
              "（四）开展排查，2025年实现全覆盖。（区房管局负责）\n")


def test_a_year_before_the_whole_work_done_is_the_tasks_deadline():
    plan = parse_text(WHOLE_DONE)
    got = {t.key: t.deadline for t in plan.tasks}
    assert got["一.一"] == "2027-12-31"
    assert got["一.二"] == "2026-12-31"


def test_a_year_the_work_was_done_before_the_plan_is_no_deadline():
    plan = parse_text(WHOLE_DONE)
    got = {t.key: t.deadline for t in plan.tasks}
    assert got["一.三"] is None
