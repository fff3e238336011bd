"""Round 57 (w57a), a new clerk's findings on plans nobody tuned on: a labelled time field over a loose year word.

An item that prints its own time field 「（主办单位：…；完成时限：2024年8月31日前）」 and says in its text that the work
is this year's 「年内配齐…」「年底前…」 is due by the field's day: 年内 only says the work falls in the plan's year, the
field names the day (ux57 finding 1). No 「"年内"没有写年份」 flag is raised for it, the field gives the year. Near
misses: an item whose text prints a dated step of its own (「2024年12月底前…」, with its year) keeps the latest date;
an item with 年内 and no field is December of the plan's year, flagged; a field that is itself loose (完成时限：年内)
does not drop the text's date. Also (finding 6) the office's own quarterly bulletin, no duty of the units (below).
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def plan(item: str) -> str:
    return ("某市2024年民生实事办理工作方案\n"
            "一、工作任务\n"
            "1.召开民生实事推进会，部署全年工作。（牵头单位：市政府办公室；责任单位：市发展改革委；完成时限：2024年3月15日前）\n"
            f"2.{item}\n"
            "二、工作要求\n"
            "各责任单位要加强协作，确保各项任务落实到位。\n")


def second(item: str) -> tuple[str | None, list[str], list[str], list[str]]:
    parsed = parse_text(plan(item))
    task = next(t for t in parsed.tasks if t.number == "2")
    flags = [w for w in parsed.warnings if "没有写年份" in w]
    return task.deadline, task.lead_units, task.responsible_units, flags


def test_the_labelled_day_wins_over_nian_nei_in_the_text():
    deadline, lead, resp, flags = second(
        "推进社区食堂建设，年内建成社区食堂20个。（牵头单位：市民政局；责任单位：市商务局、市财政局；"
        "完成时限：2024年8月31日前）")
    assert deadline == "2024-08-31"
    assert lead == ["市民政局"]
    assert resp == ["市商务局", "市财政局"]
    assert flags == []


def test_the_labelled_day_wins_over_nian_di_qian_and_a_wan_cheng_shi_jian_label():
    deadline, _lead, resp, flags = second(
        "开展老旧管网排查，年底前完成改造任务。（责任单位：市住建局；完成时间：2024年10月31日）")
    assert deadline == "2024-10-31"
    assert resp == ["市住建局"]
    assert flags == []


def test_a_dated_step_with_its_year_in_the_text_still_counts_as_the_latest():
    deadline, _lead, resp, _flags = second(
        "推进智慧停车建设，2024年12月底前完成主城区改造。（责任单位：市城管局；完成时限：2024年9月30日前）")
    assert deadline == "2024-12-31"
    assert resp == ["市城管局"]


def test_nian_nei_without_a_field_is_the_plan_years_end_said_once():
    # (the title names 2024 and nothing else another year: one line for the plan, no row flag — ux62 finding 7)
    deadline, _lead, resp, flags = second("推进社区食堂建设，年内建成社区食堂20个。（责任单位：市民政局）")
    assert deadline == "2024-12-31"
    assert resp == ["市民政局"]
    assert flags == []
    assert "完成时限未写年份的，按方案年份 2024 年处理。" in parse_text(
        plan("推进社区食堂建设，年内建成社区食堂20个。（责任单位：市民政局）")).warnings


def test_a_loose_field_does_not_drop_the_texts_date():
    deadline, _lead, resp, _flags = second(
        "推进社区食堂建设，年内建成社区食堂20个。（责任单位：市民政局；完成时限：年内）")
    assert deadline == "2024-12-31"
    assert resp == ["市民政局"]


# Finding 6: what is no unit's duty. A bulletin the office issues on a rhythm
# 「督查室实行“月调度、季通报、半年检查、全年总结”」 is its oversight, no quarterly report the units owe.
# Near miss: units that send a bulletin to a body 「每季度向县政府通报进展」 owe it.

def bulletin_plan(item: str, closing: str = "") -> str:
    return ("某市2024年建议提案办理工作方案\n"
            "一、工作任务\n"
            "1.召开交办会，将建议提案逐件交办到承办单位。（牵头单位：市政府办公室；责任单位：市政协提案委员会；"
            "完成时限：2024年3月15日前）\n"
            f"2.{item}\n"
            "二、工作要求\n"
            f"{closing or '各承办单位要加强协作，确保各项任务落实到位。'}\n")


def test_the_offices_own_quarterly_bulletin_is_no_units_report():
    parsed = parse_text(bulletin_plan(
        "推进老旧小区改造，完成改造12个。（责任单位：市住建局；完成时限：2024年11月30日前）",
        "各责任单位每月5日前向市政府督查室报送上月工作进展。市政府督查室实行“月调度、季通报、半年检查、全年总结”。"))
    kinds = sorted((d.kind, d.every) for d in parsed.duties)
    assert ("quarterly_report", "quarter") not in kinds
    assert ("other", "month") in kinds


def test_a_bulletin_sent_to_a_body_each_quarter_is_the_units_report():
    parsed = parse_text(bulletin_plan(
        "推进老旧小区改造，完成改造12个。（责任单位：市住建局；完成时限：2024年11月30日前）",
        "各责任单位每季度向市政府通报工作进展。"))
    assert ("quarterly_report", "quarter") in [(d.kind, d.every) for d in parsed.duties]


def test_the_units_own_quarterly_bulletin_of_progress_is_their_report():
    parsed = parse_text(bulletin_plan(
        "推进老旧小区改造，完成改造12个。（责任单位：市住建局；完成时限：2024年11月30日前）",
        "各责任单位每季度通报一次工作进展。"))
    assert ("quarterly_report", "quarter") in [(d.kind, d.every) for d in parsed.duties]
