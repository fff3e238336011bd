"""The month a document covers (ux64 finding 1): a half-year summary dated 28 June stood at 5月底 although both
districts had sent June on the 27th and the dashboard showed June. A later month of the period, up to the
document's own month, is covered once every unit that sent anything in the period has sent it — every unit still
at the same month; a unit that sent nothing holds no month back; when some have sent it and others not, the
document stays at the month due and 导出前请检查 says who."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop.core import progress as p
from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TargetIn, TaskIn, cover, covered_month
from desktop.reports.sheets import write_ledger

DAY = dt.date(2025, 6, 28)
MONTHS = [f"2025-{m:02d}" for m in range(1, 7)]
DUES = {m: p.nominal_due(m) for m in MONTHS}       # 5 June for May, 5 July for June


def test_the_rule_covers_a_month_every_reporting_unit_sent():
    both = {"东湖区": set(MONTHS), "西岭区": set(MONTHS)}
    assert p.cover_month(MONTHS, DUES, DAY) == "2025-05"
    assert p.cover(MONTHS, DUES, DAY, both) == p.Cover("2025-06")
    # a unit that sent nothing at all in the period holds nothing back
    assert p.cover(MONTHS, DUES, DAY, {**both, "市民政局": set()}).month == "2025-06"
    # one district without June: the month due, with who sent it and who not
    one = {"东湖区": set(MONTHS), "西岭区": set(MONTHS[:5])}
    assert p.cover(MONTHS, DUES, DAY, one) == p.Cover("2025-05", "2025-06", ("东湖区",), ("西岭区",))
    # never past the document's own month: a summary dated in May does not reach June
    assert p.cover(MONTHS, DUES, dt.date(2025, 5, 28), both).month == "2025-05"
    # nobody has sent the later month: nothing to say
    assert p.cover(MONTHS, DUES, DAY, {"东湖区": set(MONTHS[:5])}) == p.Cover("2025-05")


TASKS = [TaskIn(1, "1", "1", "新建街道养老服务综合体6个", "2025-12-31", ["市民政局"], ["东湖区", "西岭区"],
                [TargetIn(11, "街道养老服务综合体", "新建街道养老服务综合体6个", 6, "个")])]
UNITS = ["市民政局", "东湖区", "西岭区"]
PROBLEMS = {"2025-02": "部分点位房屋产权不清，影响开工。", "2025-03": "部分点位房屋产权不清，影响开工。",
            "2025-06": "综合体运营方招引难度较大。"}


def _entries(west_june: bool = True) -> list[EntryIn]:
    out = []
    for n, month in enumerate(MONTHS, 1):
        for k, (unit, base) in enumerate((("东湖区", 0), ("西岭区", 0))):
            if unit == "西岭区" and month == "2025-06" and not west_june:
                continue
            built = min(n // 2 + base + k, 3)
            out.append(EntryIn(len(out) + 1, 1, unit, month, progress=f"累计新建街道养老服务综合体{built}个。",
                               problems=PROBLEMS.get(month, "") if unit == "东湖区" else "",
                               values={11: built}, submitted_at=f"{month}-27T10:00:00"))
    return out


def _data(unit: str | None = None, west_june: bool = True) -> ReportInput:
    entries = [e for e in _entries(west_june) if unit is None or e.unit == unit]
    return ReportInput("江陵市2025年养老服务体系建设重点工作任务分解方案", 2025, TASKS, entries, units=UNITS,
                       unit=unit)


def _text(report) -> str:
    return "".join(s.text for s in report.sentences())


def test_a_half_year_summary_of_28_june_covers_june_when_every_district_sent_it():
    report = draft_report(_data(), "half-year", today=DAY)
    text = _text(report)
    assert report.figures.as_of == "2025-06"
    assert "截至6月底" in text and "截至5月底" not in text
    # the June figure (3 + 3), not May's; June's problem in, the stale February–March one out
    assert "新建街道养老服务综合体6个" in text
    problems = next(s for s in report.sections if s.heading.endswith("存在问题"))
    said = "".join(s.text for b in problems.blocks for s in b.sentences)
    assert "综合体运营方招引难度较大" in said and "房屋产权不清" not in said
    assert not any("尚未报送；报告截至" in c.text for c in report.checks)


def test_one_district_without_june_keeps_the_month_due_and_the_check_names_both():
    report = draft_report(_data(west_june=False), "half-year", today=DAY)
    assert report.figures.as_of == "2025-05"
    assert "截至5月底" in _text(report)
    assert "东湖区已报送6月进展，西岭区尚未报送；报告截至5月底。各单位报齐6月后重新生成即写入6月。" in [
        c.text for c in report.checks]


def test_the_unit_s_own_summary_and_the_ledger_follow_the_same_rule(tmp_path):
    own = draft_report(_data("东湖区"), "half-year", today=DAY)
    assert own.figures.as_of == "2025-06"
    assert covered_month(_data(), DAY) == "2025-06" and cover(_data(west_june=False), DAY).month == "2025-05"
    sheet = load_workbook(write_ledger(_data(), tmp_path / "l.xlsx", day=DAY))["进度台账"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=4)]
    east = next(r for r in rows if "东湖区" in r)
    # the ledger's value for 东湖区 is June's (3), not May's (2)
    assert any(isinstance(v, str) and "街道养老服务综合体：3个" in v for v in east), east


def test_a_unit_s_report_drafted_in_the_office_stands_at_the_city_s_month():
    # the office knows 西岭区 has not sent June: 东湖区's report there stays at May with the city's
    data = _data("东湖区", west_june=False)
    data.sent = [(e.unit, e.month, e.submitted_at) for e in _entries(west_june=False)]
    assert draft_report(data, "half-year", today=DAY).figures.as_of == "2025-05"
    # in 东湖区's own workspace only its own months are known: June
    assert draft_report(_data("东湖区", west_june=False), "half-year", today=DAY).figures.as_of == "2025-06"


def test_a_month_sent_after_the_document_s_date_is_not_covered():
    # June stamped 5 July: a summary dated 28 June did not have it
    data = _data()
    for e in data.entries:
        if e.month == "2025-06":
            e.submitted_at = "2025-07-05T09:00:00"
    assert covered_month(data, DAY) == "2025-05"
