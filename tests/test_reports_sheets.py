"""The progress ledger and the submission status workbooks, opened again with openpyxl."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_reports.sample import report_input
from openpyxl import load_workbook

from desktop.reports.sheets import DATE_FORMAT, write_ledger, write_status

DAY = dt.date(2024, 12, 10)


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = write_ledger(report_input(None), tmp_path_factory.mktemp("x") / "ledger.xlsx", day=DAY)
    return load_workbook(path)["进度台账"]


def test_ledger_layout(ledger):
    ws = ledger
    assert "A1:L1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws["A1"].value == "市政协十四届三次会议3号建议案办理工作方案落实进度台账"
    assert ws["A1"].font.name == "方正小标宋简体" and ws["A1"].font.sz == 18
    assert ws["A2"].value == "填报单位：3号建议案办理工作领导小组办公室"
    assert ws["G2"].value == "填报日期：2024年12月10日"
    headers = [c.value for c in ws[3]]
    assert headers == ["序号", "任务编号", "任务名称", "责任单位", "分工", "目标指标", "最新数值",
                       "完成时限", "状态", "最新进展", "存在问题", "最后填报日期"]
    for cell in ws[3]:
        assert cell.font.name == "黑体" and cell.fill.fgColor.rgb.endswith("D9D9D9")
        assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
        assert cell.alignment.horizontal == "center" and cell.alignment.wrap_text
    assert ws.column_dimensions["C"].width == 22 and ws.column_dimensions["J"].width == 42
    assert ws.freeze_panes == "E4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.auto_filter.ref == "A3:L9"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_ledger_rows_task_by_unit(ledger):
    rows = [[c.value for c in row] for row in ledger.iter_rows(min_row=4)]
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("凝聚社会共识", "市民政局", "牵头"), ("凝聚社会共识", "市住房和城市更新局", "责任"),
        ("建立联动机制", "市民政局", "牵头"), ("完善设施配套", "市住房和城市更新局", "牵头"),
        ("完善设施配套", "市民政局", "责任"), ("发展老年助餐", "市民政局", "牵头")]
    elevator = rows[3]
    assert elevator[5] == "完成既有住宅加装电梯不少于300部"
    assert elevator[6] == "既有住宅加装电梯：165部（完成55%）"     # the share the reports say
    assert elevator[7] == dt.datetime(2024, 11, 30) and elevator[8] == "推进中"
    assert elevator[9].startswith("11月，牵头推进既有住宅加装电梯")
    assert elevator[11] == dt.datetime(2024, 12, 4)
    assert rows[1][8] == "未启动" and rows[1][11] is None     # named, never reported
    assert rows[5][6] == "老年食堂：99个（完成99%）\n助餐服务覆盖率：84%"
    assert ledger.cell(4, 8).number_format == DATE_FORMAT
    assert ledger.cell(4, 12).number_format == DATE_FORMAT
    assert ledger.row_dimensions[9].height >= 2 * 15          # two wrapped lines


def test_ledger_status_list_and_overdue_rule(ledger):
    validations = ledger.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list" and dv.formula1 == '"未启动,推进中,已完成,滞后"'
    assert str(dv.sqref) == "I4:I9"
    rules = [(str(rng.sqref), rule) for rng in ledger.conditional_formatting for rule in rng.rules]
    # rows 6 and 9 are 建立联动机制 and 发展老年助餐, which their lead reports 已完成: a finished
    # task is never overdue, so the rule covers the runs of rows between them (ux63 finding 4)
    assert [ledger[f"I{r}"].value for r in (6, 9)] == ["已完成", "已完成"]
    assert [sqref for sqref, _ in rules] == ["A4:L5", "A7:L8"]
    for (_, rule), top in zip(rules, (4, 7), strict=True):
        assert rule.type == "expression"
        assert rule.formula == [f'OR($I{top}="滞后",AND(ISNUMBER($H{top}),$H{top}<DATE(2024,12,10),'
                                f'$I{top}<>"已完成"))']   # as of 填报日期
        assert rule.dxf.fill.fgColor.rgb.endswith("FFC7CE")


def test_unit_ledger_only_has_the_units_rows(tmp_path):
    path = write_ledger(report_input("市住房和城市更新局"), tmp_path / "l.xlsx", day=DAY,
                        title_font="宋体")
    ws = load_workbook(path).active
    assert [r[3].value for r in ws.iter_rows(min_row=4)] == ["市住房和城市更新局", "市住房和城市更新局"]
    assert ws["A2"].value == "填报单位：市住房和城市更新局" and ws["A1"].font.name == "宋体"


def test_submission_status(tmp_path):
    path = write_status(report_input(None), tmp_path / "status.xlsx", day=DAY)
    ws = load_workbook(path).active
    assert ws["A1"].value == "市政协十四届三次会议3号建议案办理工作方案2024年月度进展报送情况统计"
    header = [c.value for c in ws[3]]
    assert header[:6] == ["序号", "单位", "联络员", "联系电话", "1月", "2月"]
    assert header[-4:] == ["按时", "迟报", "未报", "信息篇数"]
    mca, housing = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert mca[1:4] == ["市民政局", "王晓丽", "027-85726301"]
    assert mca[4:16] == ["按时"] * 11 + ["—"]                # December not due until 5 January
    assert housing[6] == "迟报"                               # March sent on 9 April
    assert housing[16] == '=COUNTIF(E5:P5,"按时")' and housing[18] == '=COUNTIF(E5:P5,"未报")'
    assert mca[19] == 2
    assert ws.freeze_panes == "C4" and ws.print_title_rows == "$3:$3"
    formulas = sorted(r.formula[0] for rng in ws.conditional_formatting for r in rng.rules)
    assert formulas == ['E4="未报"', 'E4="迟报"']


def test_missing_month_is_reported_missing(tmp_path):
    data = report_input(None)
    data.entries = [e for e in data.entries if not (e.unit == "市民政局" and e.month == "2024-02")]
    ws = load_workbook(write_status(data, tmp_path / "s.xlsx", day=DAY, month=6)).active
    row = [c.value for c in ws[4]]
    assert row[4:10] == ["按时", "未报", "按时", "按时", "按时", "按时"]
    assert [c.value for c in ws[3]][-5] == "6月"


def test_ledger_as_of_a_month(tmp_path):
    ws = load_workbook(write_ledger(report_input(None), tmp_path / "l.xlsx", day=DAY, month=6)).active
    elevator = [c.value for c in ws[7]]
    assert elevator[3] == "市住房和城市更新局" and elevator[6] == "既有住宅加装电梯：90部（完成30%）"
    assert elevator[9].startswith("6月，")
