"""A plan whose own title or date names its year says once that a yearless 完成时限 is taken in that year, instead of
a yellow note on every row (ux62 finding 7: 15 of 15 rows of 「2025年…分工方案」 dated 2025-02-10 flagged). Where
the year is a guess — no year in title or date, a title and date of different years, a title spanning years, a
month before the plan's date — each row keeps its note. Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.review_edits import task_problems

PLAN = """江滨区人民政府办公室
关于印发{title}的通知
江滨政办〔2025〕3号
各街道办事处，区政府各部门：
现将{title}印发给你们，请认真贯彻落实。
江滨区人民政府办公室
{date}

{title_bare}
一、工作任务
1.全年完成固定资产投资增长6%以上。（牵头单位：区发改局；完成时限：{first}）
2.新建社区嵌入式养老服务设施8个。（牵头单位：区民政局；完成时限：11月底前）
3.完成老旧小区改造42个。（牵头单位：区住建局；完成时限：10月底前）
"""


def _parse(title: str = "2025年区重点工作任务分工方案", date: str = "2025年2月10日", first: str = "12月底前"):
    return parse_text(PLAN.format(title=f"《{title}》", title_bare=title, date=date, first=first))


def _row_notes(plan) -> list[str]:
    return [w for w in plan.warnings if "没有写年份" in w]


def test_a_plan_titled_and_dated_in_its_year_says_it_once():
    plan = _parse()
    assert [t.deadline for t in plan.tasks] == ["2025-12-31", "2025-11-30", "2025-10-31"]
    assert _row_notes(plan) == []
    assert plan.warnings.count("完成时限未写年份的，按方案年份 2025 年处理。") == 1
    # no row of the review is yellow for it
    assert all(not any("年份" in p for p in task_problems(plan, t)) for t in plan.tasks)


def test_a_guessed_year_keeps_each_row_s_note():
    # a month before the plan's date may be next year's
    early = _parse(date="2025年11月10日", first="3月底前")
    assert _row_notes(early) == ["任务 一.1 的时限“3月底前”没有写年份，已按 2025 年处理，请核对。",
                                 "任务 一.3 的时限“10月底前”没有写年份，已按 2025 年处理，请核对。"]
    assert "完成时限未写年份的，按方案年份 2025 年处理。" in early.warnings       # the others' year is settled
    # a title of another year than its date, or spanning years: every row keeps its note
    for plan in (_parse(date="2024年12月20日"), _parse(title="2025—2026年区重点工作任务分工方案")):
        assert len(_row_notes(plan)) == 3, plan.title
        assert not [w for w in plan.warnings if w.startswith("完成时限未写年份的")]
