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
