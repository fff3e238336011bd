"""Review rv57 of round 57's wave in the plan parser (made-up texts; each test fails at HEAD 76c8d8c4)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.lunar_days import solar_first_month


def _tasks(text: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units, t.deadline)
            for t in parse_text(text).tasks}


_PLAN = "某县2031年城乡环境整治工作方案\n\n一、工作任务\n"


# 1. body_names._NOT_IN_NAME (0c8ca161, p57b; merged 08a25949/7dd3df1c): 牵头(?!…|单位$) lets any 「…牵头单位」 be
# a name; only 各／相关／有关 right before 牵头单位 is kept out. A back-reference to the plan's leads by kind
# 「各项目牵头单位」「各专项牵头单位」 adds no unit (CONVENTIONS head, Names as printed: 「各牵头单位要…」; Round 59
# turned x259_01 第九条（一）: 「各项重点任务牵头部门」「每一类项目的牵头单位」 back-references). At e778a649 these
# gave [].

def test_back_reference_to_the_leads_of_each_project_adds_no_unit() -> None:
    got = _tasks(_PLAN + "1.资料归档。各项目牵头单位负责做好资料归档。\n2.整治河道。县水利局负责河道整治。\n"
                 "3.督查。各专项牵头单位负责做好自查。\n")
    assert got["一/1"][:2] == ([], [])
    assert got["一/3"][:2] == ([], [])
    assert got["一/2"][:2] == ([], ["县水利局"])


def test_bare_role_of_the_project_lead_adds_no_unit() -> None:
    got = _tasks(_PLAN + "1.资料归档。项目牵头单位负责做好资料归档。\n2.整治河道。县水利局负责河道整治。\n")
    assert got["一/1"][:2] == ([], [])


# 2. lunar_days._FIRST_MONTH (55894bb5, p57e; merged 76c8d8c4): the span's end takes a solar month's number as a lunar
# day — 「2018年正月初八至3月31日」 becomes 「2018年2月23日至2018年2月18日月31日」, so the items are dated 2018-02-18
# (before the span starts) instead of the activity time's end 2018-03-31 (the items dated by the activity time,
# Round 70 on x289_06; with the solar end printed the lunar start changes nothing).

def test_lunar_start_with_a_solar_end_keeps_the_solar_end() -> None:
    assert solar_first_month("2018年正月初八至3月31日") == "2018年2月23日至3月31日"
    got = _tasks("某镇2018年春节文化活动方案\n\n一、活动时间\n2018年正月初八至3月31日\n二、活动内容\n"
                 "1.举办灯谜会。由镇文化站负责。\n2.组织文艺演出。由镇综合文化站负责组织。\n")
    assert got["二/1"][2] == "2018-03-31"
    assert got["二/2"][2] == "2018-03-31"


def test_lunar_start_with_a_solar_month_end_reads_the_month_end() -> None:
    got = _tasks("某镇2018年春节文化活动方案\n\n一、活动时间\n2018年正月初八至2月底\n二、活动内容\n"
                 "1.举办灯谜会。由镇文化站负责。\n2.组织文艺演出。由镇综合文化站负责组织。\n")
    assert got["二/1"][2] == "2018-02-28"


# 3. sentence_names._COUNTED (0c8ca161, p57b; kept by a94cec02): any count 两／二／三／多／若干 + 家／个／所 is cut from
# the doer, though the lead's 619cd87c kept only 一家／一个 (「一家估价机构」, Round 70 on x286_04) and named a set of
# bodies counted as printed (「12个镇人民政府」, r44d). 「三个镇人民政府」 is three bodies of a set, as printed.

def test_a_counted_set_of_bodies_is_named_as_printed() -> None:
    got = _tasks(_PLAN + "1.评估房屋。由三个镇人民政府分别负责房屋评估。\n2.清理垃圾。由两家物业服务企业负责清理。\n")
    assert got["一/1"][:2] == ([], ["三个镇人民政府"])
    assert got["一/2"][:2] == ([], ["两家物业服务企业"])


# 4. field_blocks._programme (490940ef, p57d; merged 834060b5): a 活动内容 section opening with its ceremony is folded
# into one task of fields when its other lines are short — even where each line carries its unit in a bracket
# 「2.义诊服务（县卫健局）；」. Rule 1 (CONVENTIONS head: a bracket on the item gives its units) — the folded task keeps
# only the last line's bracket (县农业农村局); 县卫健局 and 县司法局 are lost from the plan. Whether the lines are
# items (e778a649: 三/2–三/4 each with its body) or one programme task, every bracketed body is a unit.

def test_programme_lines_with_bracketed_units_keep_every_unit() -> None:
    got = _tasks("某县2031年“三下乡”集中示范活动方案\n\n一、活动时间\n2031年1月10日\n二、活动地点\n县城广场\n"
                 "三、活动内容\n1.启动仪式：县领导致辞。\n2.义诊服务（县卫健局）；\n3.法律咨询（县司法局）；\n"
                 "4.农技咨询（县农业农村局）。\n四、工作要求\n各单位要高度重视。\n")
    named = {u for lead, resp, _ in got.values() for u in lead + resp}
    assert {"县卫健局", "县司法局", "县农业农村局"} <= named
