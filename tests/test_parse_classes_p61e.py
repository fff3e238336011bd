"""Round 61 (p61e), from the clerk's tries of round 60 (ux60): a county's 民生实事 project table whose name column
is the task's title, quarter milestones inside an item's sentences, and an attached task list that differs from
the body. Made-up texts of each form, and near misses that must not fire."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from desktop.core.parse import parse_file, parse_text

_COVER = ("某县人民政府关于印发某县2025年民生实事项目的通知\n"
          "各镇人民政府，县政府各部门：\n现将《某县2025年民生实事项目》印发给你们，请认真组织实施。\n"
          "某县人民政府\n2025年3月10日\n")


def _docx(path: Path, lines: list[str], rows: list[list[str]]) -> Path:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    doc.save(str(path))
    return path


def _by_number(plan, number: str):
    return next(t for t in plan.tasks if t.number == number)


# --- (1) a project table with a name column ------------------------------------------------------------------

_PROJECTS = [
    ["序号", "项目名称", "建设内容（规模）", "地点", "投资（万元）", "牵头单位", "责任单位", "完成时限"],
    ["1", "城南农贸市场改造项目", "改造市场棚顶及排水设施，新增摊位80个。", "城南社区", "450", "县商务局",
     "县市场监管局、城南街道", "2025年9月底"],
    ["2", "乡村卫生室提标项目", "为12个村卫生室配备基本诊疗设备。", "各镇", "96", "县卫健局", "各镇人民政府",
     "2025年11月底"],
    ["3", "城区路灯补装工程", "补装城区背街小巷路灯300盏。", "城关镇", "210", "县住建局", "城关镇人民政府",
     "2025年6月底"],
]


def test_a_project_table_in_word_takes_its_name_as_the_title_and_keeps_place_and_money(tmp_path):
    plan = parse_file(_docx(tmp_path / "p.docx", _COVER.splitlines() + ["附件", "某县2025年民生实事项目清单"],
                            _PROJECTS))
    assert len(plan.tasks) == 3
    first = _by_number(plan, "1")
    assert first.title == "城南农贸市场改造项目"
    assert "改造市场棚顶及排水设施，新增摊位80个" in first.text
    assert "地点：城南社区" in first.text and "投资（万元）：450" in first.text
    assert first.lead_units == ["县商务局"]
    assert first.responsible_units == ["县市场监管局", "城南街道"]
    assert first.deadline == "2025-09-30"
    assert [(t.value, t.unit) for t in first.targets] == [(80, "个")]
    third = _by_number(plan, "3")
    assert third.title == "城区路灯补装工程"
    assert [(t.value, t.unit) for t in third.targets] == [(300, "盏")]
    assert third.deadline == "2025-06-30"


def test_a_content_column_headed_with_the_plan_year_is_the_named_project_s_text():
    header = "序号\t项目名称\t建设地点\t2025年建设内容\t年度投资金额（万元）\t责任单位\t完成时间"
    rows = ["1\t老年食堂建设项目\t河东街道\t新建社区老年食堂4个。\t120\t县民政局\t2025年10月底",
            "2\t城乡公交延伸项目\t各镇\t新开通镇村公交线路5条。\t300\t县交通局\t2025年12月底"]
    plan = parse_text(_COVER + "附件\n某县2025年民生实事项目清单\n" + "\n".join([header, *rows]) + "\n")
    assert [t.title for t in plan.tasks] == ["老年食堂建设项目", "城乡公交延伸项目"]
    first = plan.tasks[0]
    assert "新建社区老年食堂4个" in first.text
    assert "建设地点：河东街道" in first.text and "年度投资金额（万元）：120" in first.text
    assert first.responsible_units == ["县民政局"] and first.lead_units == []
    assert first.deadline == "2025-10-31"
    # (Round 84 rulings, decided on p61e-2: the 年度投资金额（万元） cell is the row's own number of work, 120 万元)
    assert [(t.value, t.unit) for t in first.targets] == [(4, "个"), (1200000, "元")]


def test_a_task_table_without_a_name_column_keeps_its_task_cell_as_the_title(tmp_path):
    rows = [["序号", "工作任务", "地点", "牵头单位", "完成时限"],
            ["1", "开展河道清淤8公里", "城西片区", "县水利局", "2025年5月底"],
            ["2", "完成危桥改造3座", "北部各镇", "县交通局", "2025年10月底"]]
    plan = parse_file(_docx(tmp_path / "t.docx", ["某县2025年水利交通重点工作任务"], rows))
    assert [t.title for t in plan.tasks] == ["开展河道清淤8公里", "完成危桥改造3座"]
    assert all("地点：" not in t.text for t in plan.tasks)
    assert plan.tasks[0].lead_units == ["县水利局"]
    assert plan.tasks[1].deadline == "2025-10-31"


def test_a_data_table_with_a_name_column_and_no_unit_column_is_no_task_table(tmp_path):
    lines = ["某镇2025年消防安全工作方案", "一、工作任务",
             "（一）开展隐患排查。镇应急办负责，6月底前完成全镇重点场所排查。"]
    rows = [["序号", "场所名称", "地点", "数量"],
            ["1", "农贸市场", "镇区", "2处"],
            ["2", "敬老院", "东村", "1处"]]
    plan = parse_file(_docx(tmp_path / "d.docx", lines, rows))
    assert [t.title for t in plan.tasks] == ["开展隐患排查"]
    assert plan.tasks[0].lead_units == ["镇应急办"]
    assert plan.tasks[0].deadline == "2025-06-30"
    assert "地点：" not in plan.tasks[0].text


# --- (2) quarter milestones in an item's sentences -----------------------------------------------------------

_STREET = "某街道办事处2025年工作计划\n一、重点工作\n"


def test_quarter_milestones_date_their_own_figures_and_the_last_quarter_ends_the_item():
    plan = parse_text(_STREET + "（一）开展技能培训。劳动保障所负责，一季度制定培训计划，二季度举办培训班4期，"
                                "三季度组织技能竞赛2场，四季度开展培训效果评估。\n")
    task = plan.tasks[0]
    assert task.lead_units == ["劳动保障所"]
    assert task.deadline == "2025-12-31"
    assert [(t.value, t.unit, t.deadline) for t in task.targets] == [(4, "期", "2025-06-30"),
                                                                     (2, "场", "2025-09-30")]


def test_a_year_clause_among_quarter_milestones_is_due_at_the_year_s_end():
    plan = parse_text(_STREET + "（一）做好助残服务。社会事务科负责，一季度完成残疾人信息核对，"
                                "三季度建成康复服务点2个，全年开展上门服务300人次。\n")
    task = plan.tasks[0]
    assert task.deadline == "2025-12-31"
    assert sorted((t.value, t.unit, t.deadline) for t in task.targets) == [(2, "个", "2025-09-30"),
                                                                           (300, "人次", "2025-12-31")]


def test_a_year_clause_after_dated_steps_is_the_year_s_figure():
    plan = parse_text(_STREET + "（一）完善托育服务。社会事务科负责，4月底前完成需求摸底，"
                                "9月底前建成托育点2个，全年提供托育服务1000人次。\n")
    targets = {(t.value, t.unit): t.deadline for t in plan.tasks[0].targets}
    assert targets == {(2, "个"): "2025-09-30", (1000, "人次"): "2025-12-31"}


def test_one_bare_quarter_or_quarters_naming_a_period_are_no_dates():
    plan = parse_text(_STREET + "（一）稳定经济运行。经济发展科负责，二季度开展企业走访3轮，6月底前完成统计。\n"
                                "（二）分析经济形势。经济发展科负责，对照一季度全街道税收同比增长5%，二季度增长6%的情况，"
                                "10月底前形成分析报告。\n")
    first, second = plan.tasks
    assert first.deadline == "2025-06-30"
    assert second.deadline == "2025-10-31"


def test_progress_shares_by_quarter_stay_steps_and_the_final_date_is_the_deadline():
    plan = parse_text(_STREET + "（一）推进雨污分流改造。城建科负责，一季度10%，二季度40%，11月底前全部完成。\n")
    task = plan.tasks[0]
    assert task.deadline == "2025-11-30"
    assert task.lead_units == ["城建科"]


def test_before_a_quarter_is_the_end_of_the_quarter_before_and_its_end_keeps_its_own():
    plan = parse_text(_STREET + "（一）补齐监控点位。综治办负责，二季度前完成补盲点位20个。\n"
                                "（二）完成消防验收。应急办负责，三季度末前完成验收。\n"
                                "（三）批复实施方案。城建科负责，应于2026年一季度前批复实施方案。\n")
    first, second, third = plan.tasks
    assert first.deadline == "2025-03-31"
    assert second.deadline == "2025-09-30"
    assert third.deadline == "2025-12-31"


def test_a_quarterly_rhythm_s_once_is_the_item_s_own_number_of_work():
    # CONVENTIONS.md (rounds 49, 58, 59; x260_03): the events a rhythm holds are a number of work, 1 次 included;
    # the rhythm itself dates nothing
    plan = parse_text(_STREET + "（一）开展安全检查。应急办负责，每季度开展一次安全生产大检查，"
                                "5月底前完成隐患整治50家。\n")
    task = plan.tasks[0]
    assert task.deadline == "2025-05-31"
    assert sorted((t.value, t.unit) for t in task.targets) == [(1, "次"), (50, "家")]


# --- (3) an attached task list that differs from the body ----------------------------------------------------

_BODY = ("某县集镇环境整治实施方案\n一、主要任务\n"
         "（一）清理积存垃圾。清运积存垃圾800吨。牵头单位：县住建局；责任单位：各镇人民政府；完成时限：2025年5月31日前。\n"
         "（二）规范集贸市场。规范集贸市场经营秩序。牵头单位：县市场监管局；责任单位：各镇人民政府；完成时限：2025年6月30日前。\n"
         "（三）整治广告牌匾。拆除违规广告牌匾200处。牵头单位：县城管局；责任单位：各镇人民政府；完成时限：2025年8月31日前。\n"
         "二、工作要求\n各镇每月5日前报送整治进展。\n"
         "附件：某县集镇环境整治任务清单\n附件\n某县集镇环境整治任务清单\n"
         "序号\t整治任务\t工作内容\t牵头单位\t责任单位\t完成时限\n")


def test_an_attached_list_that_differs_from_the_body_is_named_in_a_warning():
    rows = ["1\t清理积存垃圾\t清运积存垃圾800吨\t县住建局\t各镇人民政府\t2025年5月31日",
            "2\t规范集贸市场\t规范经营秩序\t县市场监管局\t各镇人民政府、县公安局\t2025年7月31日",
            "3\t整治广告牌匾\t拆除违规广告牌匾200处\t县城管局\t各镇人民政府\t2025年8月31日",
            "4\t整治沿街晾晒\t清理沿街乱晾乱晒\t县城管局\t各镇人民政府\t2025年9月30日"]
    plan = parse_text(_BODY + "\n".join(rows) + "\n")
    assert [t.title for t in plan.tasks] == ["清理积存垃圾", "规范集贸市场", "整治广告牌匾"]
    said = [w for w in plan.warnings if "与正文不一致" in w]
    assert said == ["附件“某县集镇环境整治任务清单”列有 4 项任务，与正文不一致：第2项（单位、完成时限不同）、"
                    "第4项（正文没有）。已按正文读取任务，附件清单没有读入，请对照附件核对。"]


def test_an_attached_list_of_other_matters_is_no_version_of_the_body_s():
    rows = ["1\t建立垃圾分类台账\t各村建立分类台账\t县住建局\t各镇人民政府\t2025年5月31日",
            "2\t开展文明户评选\t评选文明户100户\t县文明办\t各镇人民政府\t2025年10月31日",
            "3\t组织志愿服务\t开展志愿服务活动\t团县委\t各镇人民政府\t2025年12月31日"]
    plan = parse_text(_BODY + "\n".join(rows) + "\n")
    assert [t.title for t in plan.tasks] == ["清理积存垃圾", "规范集贸市场", "整治广告牌匾"]
    assert not [w for w in plan.warnings if "与正文不一致" in w]


def test_an_attached_list_that_repeats_the_body_gives_no_warning():
    rows = ["1\t清理积存垃圾\t清运积存垃圾800吨\t县住建局\t各镇人民政府\t2025年5月31日",
            "2\t规范集贸市场\t规范经营秩序\t县市场监管局\t各镇人民政府\t2025年6月30日",
            "3\t整治广告牌匾\t拆除违规广告牌匾200处\t县城管局\t各镇人民政府\t2025年8月31日"]
    plan = parse_text(_BODY + "\n".join(rows) + "\n")
    assert len(plan.tasks) == 3
    assert not [w for w in plan.warnings if "与正文不一致" in w]


def test_stages_dated_before_a_quarter_end_with_the_quarter_before_and_print_no_start():
    plan = parse_text("某区2024年住宅小区违法行为整治工作方案\n一、工作任务\n"
                      "（一）开展排查。各街道负责，全面排查违法行为。\n"
                      "二、实施步骤\n（一）第一阶段（2024年第三季度前完成）\n1.建立工作台账。各街道负责，建立问题台账。\n"
                      "（二）第二阶段（2024年第四季度前完成）\n1.集中开展整治。各街道负责，集中整治违法行为。\n")
    phases = {p.name: (p.start, p.end) for p in plan.phases}
    assert phases == {"第一阶段": (None, "2024-06"), "第二阶段": (None, "2024-09")}


def test_quarters_that_report_periods_are_no_milestones():
    plan = parse_text(_STREET + "（一）做好招商引资。经济发展科负责，一季度经济运行情况较好，二季度招商项目集中签约，"
                                "8月底前完成签约项目落地10个。\n")
    task = plan.tasks[0]
    assert task.deadline == "2025-08-31"
    assert [(t.value, t.unit, t.deadline) for t in task.targets] == [(10, "个", "2025-08-31")]
