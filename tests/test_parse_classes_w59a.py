"""Round 59, helper w59a: two forms a new clerk's plans (ux59) showed, tested on made-up near-texts.

1. A Word table pasted as tab-separated text, with theme rows 「一、…」 (one cell, no tabs) between its
   numbered rows: each row a task under the theme above it, its cells by the header's columns; a 责任领导
   column holds persons, no unit. A 「二、…」 section after the table, over prose, is no theme row.
2. A cover's 「每月25日前将任务推进情况报…」 beside dated sendings in the same sentence
   (…，6月20日前报送半年工作小结，…): the monthly sending, with its day.
"""

from __future__ import annotations

from desktop.core.deadlines import stated_due_rule
from desktop.core.parse import parse_text

_COVER = """关于印发《某区重点工作分工方案》的通知
各镇、区直各单位：
《某区重点工作分工方案》已经区委同意，现印发给你们，请认真抓好落实。{duty}
某区委办公室
2025年3月2日

某区重点工作分工方案

为推动重点工作落实，现将分工明确如下：

"""

_TABLE = """序号\t工作任务\t责任领导\t牵头单位\t责任单位\t完成时限
一、加快园区建设
1\t新建标准化厂房8万平方米\t张三\t区经信局\t区住建局、区城投公司\t2025年10月底
2\t引进工业项目12个\t张三\t区招商局\t各镇\t2025年12月底
二、增进民生福祉
3\t新增城镇就业2000人\t李四\t区人社局\t各镇\t2025年12月底
"""


def _tasks(text: str) -> list[tuple[str, str, list[str], list[str], str | None]]:
    plan = parse_text(text)
    return [(".".join([*t.path, t.number]), t.title, t.lead_units, t.responsible_units, t.deadline)
            for t in plan.tasks]


def test_tab_table_theme_rows_group_rows() -> None:
    got = _tasks(_COVER.format(duty="") + _TABLE)
    assert got == [
        ("一.1", "新建标准化厂房8万平方米", ["区经信局"], ["区住建局", "区城投公司"], "2025-10-31"),
        ("一.2", "引进工业项目12个", ["区招商局"], ["各镇"], "2025-12-31"),
        ("二.3", "新增城镇就业2000人", ["区人社局"], ["各镇"], "2025-12-31"),
    ]


def test_tab_table_theme_row_keeps_figures_and_no_person_unit() -> None:
    plan = parse_text(_COVER.format(duty="") + _TABLE)
    assert [[x.value for x in t.targets] for t in plan.tasks] == [[80000.0], [12.0], [2000.0]]   # (8万: 80000)
    units = {u.name for u in plan.units}
    assert not units & {"张三", "李四"}         # the 责任领导 column: persons, no unit


def test_bar_table_bracket_theme_rows() -> None:
    # the same table with bars between its cells and （一） themes
    bar = _TABLE.replace("\t", " | ").replace("一、加快", "（一）加快").replace("二、增进", "（二）增进")
    got = _tasks(_COVER.format(duty="") + bar)
    assert [(n, lead, resp) for n, _t, lead, resp, _d in got] == [
        ("一.1", ["区经信局"], ["区住建局", "区城投公司"]),
        ("一.2", ["区招商局"], ["各镇"]),
        ("二.3", ["区人社局"], ["各镇"])]


def test_theme_row_first_after_header_and_same_without_theme_rows() -> None:
    plain = "\n".join(line for line in _TABLE.split("\n") if "\t" in line or not line)
    got = _tasks(_COVER.format(duty="") + plain)
    assert [(n, lead) for n, _t, lead, _r, _d in got] == [("1", ["区经信局"]), ("2", ["区招商局"]), ("3", ["区人社局"])]


def test_section_after_table_is_no_theme_row() -> None:
    # 「三、保障措施」 after the last row, over prose: the table ends there, no task of it
    text = _COVER.format(duty="") + _TABLE + "三、保障措施\n各单位要加强组织领导，确保各项任务按时完成。\n"
    got = _tasks(text)
    assert [n for n, *_ in got] == ["一.1", "一.2", "二.3"]
    assert got[-1][2:] == (["区人社局"], ["各镇"], "2025-12-31")


def test_cover_monthly_day_beside_dated_reports() -> None:
    duty = "各牵头单位每月25日前将任务推进情况报区委督查室，6月20日前报送半年工作小结，11月20日前报送全年工作总结。"
    plan = parse_text(_COVER.format(duty=duty) + _TABLE)
    monthly = [d for d in plan.duties if d.every == "month"]
    assert [(d.kind, d.text) for d in monthly] == [("other", "各牵头单位每月25日前将任务推进情况报区委督查室")]
    rule = stated_due_rule(d.to_json() for d in plan.duties)
    assert rule is not None and (rule.day, rule.same_month) == (25, True)
    dated = {d.kind: d.due for d in plan.duties if d.every is None}
    assert dated == {"half_year_summary": "2025-06-20", "year_end_report": "2025-11-20"}


def test_cover_monthly_work_without_sending_is_no_duty_day() -> None:
    # near miss: a monthly day for work done, nothing sent — no month's sending, the 5th applies
    duty = "各牵头单位每月25日前完成一次现场巡查，6月20日前报送半年工作小结，11月20日前报送全年工作总结。"
    plan = parse_text(_COVER.format(duty=duty) + _TABLE)
    assert [d for d in plan.duties if d.every == "month"] == []
    assert stated_due_rule(d.to_json() for d in plan.duties) is None


def test_monthly_meeting_hearing_progress_stays_oversight() -> None:
    # near miss: the office hears progress at a monthly meeting — nothing the units send by a day
    plan = parse_text(_COVER.format(duty="区委督查室每月召开推进会，听取任务推进情况汇报。") + _TABLE)
    assert [(d.kind, d.every) for d in plan.duties if d.every == "month"] == [("oversight", "month")]
    assert stated_due_rule(d.to_json() for d in plan.duties) is None
