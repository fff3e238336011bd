"""Round 62 (m62b, finding 2): a dated one-off report is listed by its own name and day 「自查报告（5月15日前）」 —
on the dashboard's due list (the office's and a unit's), in the plan info dialog and in ``plan info`` — not as
「其他报送事项」. Sentences written the way plans write their sendings."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.__main__ import main
from desktop.core.deadlines import upcoming
from desktop.core.duty_names import duty_name, listed_duties
from desktop.core.model import Duty, ParsedPlan


def _other(text: str, due: str) -> dict:
    return {"kind": "other", "due": due, "every": None, "text": text}


@pytest.mark.parametrize(("text", "due", "name"), [
    ("各责任单位请于2024年5月15日前报送自查报告", "2024-05-15", "自查报告（5月15日前）"),
    ("各单位要在9月30日前将整改情况报区民政局", "2024-09-30", "整改情况（9月30日前）"),
    ("请于10月10日前提交项目清单和联系人名单", "2024-10-10", "项目清单和联系人名单（10月10日前）"),
    ("3月底前报送本单位实施方案", "2024-03-31", "本单位实施方案（3月底前）"),
    ("各单位于6月15日前向区民政局报送书面整改报告", "2024-06-15", "整改报告（6月15日前）"),
    ("请各单位于4月中旬前将问题清单报送至区政府办公室", "2024-04-15", "问题清单（4月中旬前）"),
    ("各单位于7月1日前报送工作台账至区民政局", "2024-07-01", "工作台账（7月1日前）"),
    ("请于2024年12月10日前报送2024年度考核自评报告", "2024-12-10", "2024年度考核自评报告（12月10日前）"),
    # a note in brackets and the day written after the paper are no part of its name
    ("请于2024年5月30日前将联络员信息(单位、姓名、职务、联系电话)报送至市水务局建管处", "2024-05-30",
     "联络员信息（5月30日前）"),
    ("并将执勤巡逻名单于5月30日前上报乡综治办", "2024-05-30", "执勤巡逻名单（5月30日前）"),
    # a long 的-phrase gives its noun
    ("各牵头单位于2月29日前将经本单位主要负责人审定后的细化方案报送至县政府政务督查室", "2024-02-29",
     "细化方案（2月29日前）"),
])
def test_a_dated_report_is_named_by_its_paper_and_day(text, due, name):
    assert duty_name(_other(text, due)) == name


@pytest.mark.parametrize(("text", "due", "name"), [
    # the words after the sending name an office, not a paper
    ("5月10日前报送至区发改委", "2024-05-10", "其他报送事项（5月10日前）"),
    ("2月5日前报送市督查考评办公室", "2024-02-05", "其他报送事项（2月5日前）"),
    ("于2021年1月31日前报送市政府办公室对口业务科室审核、市政府分管副秘书长审定", "2021-01-31",
     "其他报送事项（1月31日前）"),
    # 申报 / 报告 are no sending; 报送工作 names no paper
    ("8月31日前完成全部整改", "2024-08-31", "其他报送事项（8月31日前）"),
    ("报送工作由专人负责，12月10日前完成", "2024-12-10", "其他报送事项（12月10日前）"),
    ("在2021年底之前报请市人大常委会审议武汉市养老服务地方性法规", "2021-12-31", "其他报送事项（年底前）"),
])
def test_a_dated_duty_naming_no_paper_keeps_the_general_name_with_its_day(text, due, name):
    assert duty_name(_other(text, due)) == name


def test_the_kinds_keep_their_names_and_a_monthly_other_duty_its_general_one():
    assert duty_name({"kind": "half_year_summary", "due": "2024-06-30", "every": None,
                      "text": "6月底前报送半年工作小结"}) == "半年工作小结"
    monthly = {"kind": "other", "due": None, "every": "month", "text": "每月10日前报送统计报表"}
    assert upcoming([monthly], [], date(2024, 5, 1))[0].label == "2024年4月其他报送事项"   # (sent in May for April)


def test_the_due_list_names_the_report_and_its_day():
    duties = [_other("各责任单位请于2024年5月15日前报送自查报告", "2024-05-15"),
              {"kind": "half_year_summary", "due": "2024-06-30", "every": None, "text": "6月底前报送半年工作小结"}]
    shown = [(d.label, d.nominal) for d in upcoming(duties, [], date(2024, 5, 6))]
    assert shown == [("自查报告（5月15日前）", date(2024, 5, 15)), ("半年工作小结", date(2024, 6, 30))]


def test_the_plan_info_lists_the_other_duties_with_their_days_and_rhythms():
    duties = [_other("各责任单位请于2024年5月15日前报送自查报告", "2024-05-15"),
              {"kind": "half_year_summary", "due": "2024-06-30", "every": None, "text": "6月底前报送半年工作小结"},
              {"kind": "half_year_summary", "due": "2024-06-20", "every": "year",
               "text": "每年6月20日前报送半年工作小结"},
              {"kind": "quarterly_report", "due": None, "every": "quarter", "text": "每季度末月10日前报送季度报告"},
              {"kind": "monthly_info", "due": None, "every": "month", "text": "每月报送信息1篇以上"},
              {"kind": "oversight", "due": None, "every": "month", "text": "领导小组月调度"},
              {"kind": "liaison", "due": None, "every": None, "text": "确定1名联络员"}]
    assert listed_duties(duties) == ["自查报告（5月15日前）", "半年工作小结（6月底前）",
                                     "半年工作小结（每年6月20日前）", "季度报告（每季度）", "确定联络员"]


PLAN = ("某区养老服务工作方案\n"
        "一、重点任务\n（一）建设养老服务中心。新建街道养老服务中心3个。（牵头单位：区民政局；责任单位：区财政局）\n"
        "（二）开展适老化改造。完成200户改造。（牵头单位：区民政局、区住建局）\n"
        "二、工作要求\n（一）各责任单位请于2024年5月15日前报送自查报告。各单位于6月底前报送半年工作小结。\n")


def test_plan_info_on_the_command_line_lists_the_report_by_name(tmp_path, capsys):
    source = tmp_path / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "其他报送：自查报告（5月15日前）；半年工作小结（6月底前）" in out
    assert "其他报送事项" not in out


def test_the_plan_info_dialog_lists_the_report_by_name(qtbot):
    from desktop.core.duty_names import NO_OTHER_DUTIES
    from desktop.ui.plan_info import PlanInfoDialog

    plan = ParsedPlan(title="某区养老服务工作方案",
                      duties=[Duty("other", "2024-05-15", None, "各责任单位请于2024年5月15日前报送自查报告")])
    dialog = PlanInfoDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.ui.otherDutiesLabel.text() == "自查报告（5月15日前）"
    empty = PlanInfoDialog(ParsedPlan(title="某方案"))
    qtbot.addWidget(empty)
    assert empty.ui.otherDutiesLabel.text() == NO_OTHER_DUTIES


@pytest.mark.parametrize("unit_name", ["", "区民政局"])
def test_the_dashboard_due_list_names_the_report_for_the_office_and_a_unit(qtbot, tmp_path, capsys, unit_name):
    from helpers_ui import FakePrompts, open_window

    source = tmp_path / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    window = open_window(qtbot, db, FakePrompts(), role="unit" if unit_name else "office", unit_name=unit_name,
                         as_of="2024-05-06")
    page = window.dashboard
    labels = [page.due.index(r, 0).data() for r in range(page.due.rowCount())]
    assert labels[:2] == ["自查报告（5月15日前）", "半年工作小结"], labels
    assert "其他报送事项" not in "".join(labels)
