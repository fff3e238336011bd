"""Issue 10 round 6: the failure classes of tests/data/plans-more (its BASELINE.md), each on a short
text of its own, then the real case (the scorer covers whole plans: tests/test_parse_score.py)."""

from __future__ import annotations

from pathlib import Path

from helpers_parse import units

from desktop.core.parse import parse_file, parse_text

MORE = Path(__file__).parent / "data" / "plans-more"


def _more(prefix: str):
    return parse_file(next(MORE.glob(prefix + "_*.txt")))


def _cells(*lines: str) -> str:
    """A table flattened one cell a line, a blank line between cells (as a web page gives it)."""
    return "\n\n".join(lines) + "\n"


# --- 1. task tables one cell a line under 附件1 / 附件2 after a cover ------------------------------

_COVER = ("某县人民政府办公室关于印发2023年县政府工作报告目标任务的通知\n"
          "各乡镇人民政府,县级各部门:\n"
          "现将2023年县政府工作报告目标任务分解印发给你们,请认真抓好落实。\n"
          "附件:1. 2023年县政府工作报告主要指标分解表\n"
          "2. 2023年县政府工作报告重点任务分解表\n"
          "某县人民政府办公室\n2023年2月1日\n")


def test_a_cover_with_two_annexed_tables_gives_the_rows_not_the_list_of_annexes():
    text = _COVER + _cells(
        "附件1", "2023年县政府工作报告主要指标分解表", "序号", "主要指标", "责任单位",
        "1", "农业总产值增长4%", "县农业农村局",
        "2", "城镇新增就业3000人以上", "县人社局",
        "附件2", "2023年县政府工作报告重点任务分解表", "序号", "工作任务", "牵头单位", "配合单位",
        "1", "建设农贸市场", "新建农贸市场2个,改造提升5个。", "县商务局", "县财政局、县市场监管局",
        "2", "整治河道", "完成河道清淤20公里。", "县水利局", "各乡镇")
    plan = parse_text(text)
    assert units(plan) == [
        ("附件.1.1", [], ["县农业农村局"]), ("附件.1.2", [], ["县人社局"]),
        ("附件.2.1", ["县商务局"], ["县财政局", "县市场监管局"]), ("附件.2.2", ["县水利局"], ["各乡镇"])]
    # the cover's 附件:1. … / 2. … names the tables: neither is a task
    assert not any("分解表" in t.title for t in plan.tasks)
    assert [(x.value, x.unit) for x in plan.tasks[1].targets] == [(3000.0, "人")]
    # the task cell's own heading line is the task's title, its text follows
    assert plan.tasks[2].title == "建设农贸市场"
    assert "新建农贸市场2个" in plan.tasks[2].text


def test_a_row_of_the_second_table_does_not_take_the_units_of_the_first_tables_last_row():
    text = _COVER + _cells(
        "附件1", "主要指标分解表", "序号", "2023年预期目标", "责任单位",
        "1", "地区生产总值增长6%左右", "县发展改革委",
        "附件2", "重点任务分解表", "序号", "工作任务", "牵头单位", "配合单位",
        "1", "推进园区建设,引进企业10家、建成标准厂房")          # the page ends inside the row
    plan = parse_text(text)
    assert units(plan) == [("附件.1.1", [], ["县发展改革委"]), ("附件.2.1", [], [])]


def test_a_single_table_under_one_annex_keeps_the_plain_annex_numbers():
    text = _COVER.replace("附件:1. 2023年县政府工作报告主要指标分解表\n2. 2023年县政府工作报告重点任务分解表\n",
                          "附件:2023年县政府工作报告主要指标分解表\n") + _cells(
        "附件", "2023年县政府工作报告主要指标分解表", "序号", "预期目标", "责任单位",
        "1", "农业总产值增长4%", "县农业农村局",
        "2", "城镇新增就业3000人以上", "县人社局")
    plan = parse_text(text)
    assert units(plan) == [("附件.1", [], ["县农业农村局"]), ("附件.2", [], ["县人社局"])]


def test_real_m01_two_annexed_tables_one_cell_a_line():
    plan = _more("m01")
    keys = [t.key for t in plan.tasks]
    assert keys == [f"附件.1.{n}" for n in range(1, 11)] + ["附件.2.1"]
    assert units(plan)[0] == ("附件.1.1", [], ["区发展改革委"])
    assert [(x.value, x.unit) for x in plan.tasks[0].targets] == [(5.5, "%")]
    assert plan.tasks[-1].title == "联动共建科学城" and plan.tasks[-1].responsible_units == []


# --- 2. the lead cell after the responsible cell: the header's order decides ---------------------

def test_a_table_whose_header_puts_the_lead_column_last_reads_the_lead_from_the_last_cell():
    text = _cells("2023年某区政府工作报告重点工作责任分解", "分类", "序号", "事项", "责任单位", "牵头单位",
                  "发展目标", "1", "地区生产总值增长6%以上。", "区经信局、区发改局、区统计局", "区发改局",
                  "2", "农业增加值增长3%。", "区农业农村局", "区农业农村局",
                  "3", "深化“一网通办”改革", "区行政服务中心、区大数据中心")     # the page ends before the lead cell
    plan = parse_text(text)
    assert units(plan) == [("1", ["区发改局"], ["区经信局", "区统计局"]), ("2", ["区农业农村局"], []),
                           ("3", [], ["区行政服务中心", "区大数据中心"])]


def test_the_usual_order_lead_then_responsible_is_unchanged():
    text = _cells("某区重点工作责任分解", "分类", "序号", "事项", "牵头单位", "责任单位",
                  "发展目标", "1", "地区生产总值增长6%以上。", "区发改局", "区经信局、区统计局",
                  "2", "农业增加值增长3%。", "区农业农村局", "各街道")
    assert units(parse_text(text)) == [("1", ["区发改局"], ["区经信局", "区统计局"]),
                                       ("2", ["区农业农村局"], ["各街道"])]


def test_real_m11_lead_cell_after_the_responsible_cell():
    plan = _more("m11")
    first = plan.tasks[0]
    assert first.lead_units == ["区发改局"] and "区农业农村局" in first.responsible_units
    assert plan.tasks[-1].lead_units == [] and plan.tasks[-1].responsible_units     # row 14: lead cell cut


# --- 3. a table one row a line with | : the 配合单位 cell, the cut last row ----------------------

_BAR_TABLE = ("序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
              "1 | 新建幼儿园3所,新增学位900个。 | 1.5月底前主体完工。 2.9月底前交付。 | 教育局 "
              "| 财政局、住建局,城关街道 |\n"
              "2 | 新增托位200个。 | 6月底前新增100个。 | 卫生健康局 | 妇联 |\n"
              "3 | 实施农村公路大中修50公里,新增公交线路2条。 | 1.农村公路大中修:7月底前开工")


def test_a_bar_table_reads_the_cooperating_column_and_the_cut_last_row():
    plan = parse_text(_BAR_TABLE + "\n")
    assert units(plan) == [("1", ["教育局"], ["财政局", "住建局", "城关街道"]), ("2", ["卫生健康局"], ["妇联"]),
                           ("3", [], [])]
    assert [(x.value, x.unit) for x in plan.tasks[2].targets] == [(50.0, "公里"), (2.0, "条")]
    assert "6月底前新增100个" in plan.tasks[1].text         # the measures cell stays with its project


def test_a_bar_table_with_its_first_bar_is_read_the_same():
    with_bars = "\n".join("| " + line for line in _BAR_TABLE.split("\n")) + "\n"
    assert units(parse_text(with_bars)) == units(parse_text(_BAR_TABLE + "\n"))


def test_real_m12_bar_table_cooperating_units_and_cut_row():
    plan = _more("m12")
    assert [t.key for t in plan.tasks] == ["1", "2", "3"]
    assert plan.tasks[0].lead_units == ["教育局"] and "天目山镇" in plan.tasks[0].responsible_units
    assert "各镇(街道)" in plan.tasks[1].responsible_units


# --- 8. a standing note after 按职责分工负责 in a 〔〕 bracket ---------------------------------------

def test_a_standing_note_sentence_does_not_swallow_the_last_unit():
    plan = parse_text("某省某厅实施方案\n一、重点任务\n"
                      "(一)加强市场体系建设。推进高标准市场体系建设。〔责任单位:省发展改革委、商务厅、省大数据中心"
                      "按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
                      "(二)完善物流网络。建设物流枢纽。〔责任单位:省交通运输厅〕\n")
    assert units(plan) == [("一.一", [], ["省发展改革委", "商务厅", "省大数据中心"]), ("一.二", [], ["省交通运输厅"])]


def test_the_same_note_in_round_brackets_after_units_without_a_label():
    plan = parse_text("某市方案\n一、任务\n"
                      "1.建设平台。（市发改委、市数据局按职责分工负责。以上任务各县（区）均需参与，不再分工）\n"
                      "2.加强宣传。（市委宣传部负责）\n")
    assert units(plan)[0] == ("一.1", [], ["市发改委", "市数据局"])


def test_real_m15_last_unit_before_the_note():
    assert "省大数据中心" in _more("m15").tasks[0].responsible_units


# --- 5. titles: page chrome, a metadata row, a preview's file name --------------------------------

def test_accessibility_links_are_no_title_and_a_name_field_stops_at_the_next_field():
    plan = parse_text("• 无障碍\n  • 长辈版\n您现在所在的位置: 网站首页> 政府信息公开\n"
                      "名称: 某县人民政府关于分解落实政府工作报告目标任务的通知 文号: 某政〔2023〕1号\n"
                      "发布日期: 2023-01-30\n各乡镇人民政府,县政府各部门:\n"
                      "一、细化任务抓落实。各乡镇各部门要围绕目标任务,明确量化目标。\n"
                      "二、明确责任抓落实。各牵头县领导要按照工作分工,靠前指挥。\n")
    assert plan.title == "某县人民政府关于分解落实政府工作报告目标任务的通知"


def test_accessibility_links_alone_are_no_title_either():
    plan = parse_text("• 无障碍\n• 长辈版\n各乡镇人民政府:\n"
                      "一、细化任务抓落实。要明确量化目标。\n二、明确责任抓落实。要靠前指挥。\n")
    assert plan.title == ""


def test_a_metadata_row_is_no_title():
    plan = parse_text("索引号 | 000330185/2023-00001 | 公开方式 | 主动公开 |\n"
                      "发布单位 | 区政府 | 发文日期 | 2023-07-14 |\n" + _BAR_TABLE + "\n")
    assert plan.title == "" and len(plan.tasks) == 3


def test_a_previews_file_name_is_the_title_not_a_cited_notice_and_not_its_year():
    long = ("为做好2019年议提案办理工作,结合市人民政府办公厅关于印发2019年人大议案代表建议办理工作的通知要求,"
            "特制订本方案。") * 3
    plan = parse_text("《2022年议案建议办理工作方案.docx》由会员分享,可在线阅读,"
                      "更多相关《2022年议案建议办理工作方案.docx(12页珍藏版)》请在某某网上搜索。\n"
                      f"1、2022年议案建议办理工作方案 {long} 一、提高站位,压实责任 2019年是重要的一年,"
                      "做好议提案办理工作意义"
                      "重大,各承办部门要将议提案办理工作纳入重要议事日程,切实加强领导,层层落\n"
                      "2、实责任,进一步健全办理工作机制。 (一)实现代表建议、提案见面率、办复率100%。 "
                      "(二)各承办单位要于4月25日前将办理工作方案报区政府督查室。\n")
    assert plan.title == "2022年议案建议办理工作方案"
    # 6. the preview's page chunks 1、 2、 are no items: the plan's (一) (二) are
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]
    assert plan.tasks[1].deadline == "2019-04-25"           # the year of the text, not of the file name


def test_real_titles_m09_m10_m12():
    assert _more("m09").title == "2022年人大议案代表建议和政协建议案提案办理工作方案"
    assert _more("m10").title == "泾县人民政府关于分解落实政府工作报告目标任务的通知"
    assert _more("m12").title == ""


# --- 6. a document preview's page-chunk numbers -----------------------------------------------------

def test_real_m09_page_chunks_are_no_items():
    assert [t.key for t in _more("m09").tasks] == ["一.一", "一.二"]


def test_long_lines_numbered_1_2_without_a_preview_blurb_are_still_items():
    body = "推进老旧小区改造,完善配套设施,提升居住品质,加强物业管理,健全长效机制。" * 6
    plan = parse_text(f"某区2023年民生实事工作方案\n1、{body}（区住建局负责）\n2、{body}（区民政局负责）\n")
    assert [t.key for t in plan.tasks] == ["1", "2"]


# --- 7. targets: the second figure of a line with two, a multiplier before a measure word ------------

def test_a_rate_set_as_the_clauses_aim_is_a_target_not_a_qualifier():
    plan = parse_text("某区议提案办理工作方案\n一、工作目标\n"
                      "（一）实现代表建议、提案见面率、办复率100%,代表委员对办理结果的满意率达95%以上的办理工作目标。\n"
                      "（二）各承办单位要于4月25日前报送办理方案。\n")
    assert {(x.value, x.unit) for x in plan.tasks[0].targets} == {(95.0, "%"), (100.0, "%")}


def test_a_rate_that_qualifies_what_is_counted_stays_a_qualifier():
    plan = parse_text("某县方案\n一、任务\n1.新建150张以上床位的养老机构3家。（县民政局负责）\n")
    # round 31 (mt31), CONVENTIONS.md thresholds: 「150张以上床位的」 is joined to 以上: a target beside the count
    assert [(x.value, x.unit) for x in plan.tasks[0].targets] == [(150.0, "张"), (3.0, "家")]


def test_ten_thousand_cases_keep_their_measure_word():
    plan = parse_text("某区民生实事\n1.开展胃肠癌联合筛查1万例以上,完成2.5万例健康体检。（区卫生健康局负责）\n")
    assert [(x.value, x.unit, x.comparator) for x in plan.tasks[0].targets] == [
        (10000.0, "例", ">="), (25000.0, "例", None)]


def test_real_m09_and_m12_targets():
    assert (95.0, "%") in [(x.value, x.unit) for x in _more("m09").tasks[0].targets]
    assert (10000.0, "例") in [(x.value, x.unit) for x in _more("m12").tasks[1].targets]


# --- 1） / 1) item numbering: read as （1） unless the plan writes （1） too ----------------------------

def test_half_bracket_numbers_are_items_where_the_plan_has_no_full_brackets():
    for close in ("）", ")"):
        plan = parse_text(f"某市方案\n一、主要任务\n（一）建设平台。\n1{close}建设中心。（市发改委负责）\n"
                          f"2{close}加强宣传。（市委宣传部负责）\n")
        assert units(plan) == [("一.一.1", [], ["市发改委"]), ("一.一.2", [], ["市委宣传部"])]


def test_half_bracket_numbers_below_full_ones_stay_in_their_task():
    plan = parse_text("某市方案\n一、主要任务\n（1）建设中心。做好三件事：\n1）建设平台；\n"
                      "2）培训人员。（市发改委负责）\n（2）加强宣传。（市委宣传部负责）\n")
    assert units(plan) == [("一.1", [], ["市发改委"]), ("一.2", [], ["市委宣传部"])]
    assert "2）培训人员" in plan.tasks[0].text


def test_a_single_half_bracket_number_is_no_numbering():
    plan = parse_text("某市方案\n一、主要任务\n1.建设中心。（市发改委负责）\n3)号楼改造完成。\n"
                      "2.加强宣传。（市委宣传部负责）\n")
    assert [t.key for t in plan.tasks] == ["一.1", "一.2"]
