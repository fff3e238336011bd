"""Failure classes of tests/data/plans-next26/ and -next27/ BASELINE.md taken in round 21 (parser28), each with
made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.date_spans import month_range
from desktop.core.parse.schedule import find_phases
from desktop.core.parse.targets import find_targets
from desktop.core.parse.units import looks_like_unit
from tests.helpers_parse import units

# -- 1. a time limit named for the work it limits (整改时限：…) is no unit -------------------------------------

def test_a_named_time_limit_after_the_units_is_not_a_unit():
    text = ("某镇河道整治工作方案\n一、主要任务\n"
            "1.开展河道清淤，全面清理河道淤积物。(责任单位:镇水利站、镇农业办;整改时限:2023年10月)\n"
            "2.完善长效管护，落实河长巡河制度。(牵头责任单位:镇河长办;责任单位:各村;办结时限:2023年12月)\n")
    got = units(parse_text(text))
    assert all("整改" not in r and "办结" not in r for _k, _lead, resp in got for r in resp), got
    assert any("镇水利站" in resp for _k, _lead, resp in got), got


# -- 2. stages ending or starting in a half year ---------------------------------------------------------------

def test_a_stage_ending_in_the_first_half_of_a_year():
    assert month_range("2021年至2022年上半年", 2021) == ("2021-01", "2022-06")
    assert month_range("2019年—2020年上半年", 2019) == ("2019-01", "2020-06")


def test_a_stage_in_the_second_half_of_a_year():
    assert month_range("2022年下半年", 2021) == ("2022-07", "2022-12")
    assert month_range("2020年下半年—2021年", 2020) == ("2020-07", "2021-12")


def test_whole_years_stay_whole():
    assert month_range("2021年—2023年", 2021) == ("2021-01", "2023-12")


def test_named_stages_with_half_years():
    text = ("三、实施步骤\n（一）试点推进阶段（2024年—2025年上半年）。各街道先行试点。\n"
            "（二）巩固提升阶段（2025年下半年）。全面总结。\n")
    phases = {p.name: (p.start, p.end) for p in find_phases(text, 2024)}
    assert phases["试点推进阶段"] == ("2024-01", "2025-06")
    assert phases["巩固提升阶段"] == ("2025-07", "2025-12")


# -- 3. the title's year span as the heading writes it ------------------------------------------------------------

def test_the_title_keeps_the_notices_dash_where_the_body_writes_another():
    text = ("关于印发《某区河道长效管护三年行动计划（2025—2027年）》的通知\n\n各街道：\n\n"
            "现将《某区河道长效管护三年行动计划（2025-2027年）》印发给你们，请认真贯彻落实。\n\n"
            "某区河道长效管护三年行动计划\n（2025—2027年）\n\n一、主要任务\n（一）加强巡查。各街道要每周开展巡查。\n")
    assert parse_text(text).title == "某区河道长效管护三年行动计划（2025—2027年）"


def test_the_title_keeps_the_plans_dash_where_only_the_notice_writes_another():
    text = ("关于印发《某区绿道建设三年行动计划（2024-2026年）》的通知\n\n各街道：\n\n"
            "《某区绿道建设三年行动计划（2024—2026年）》已经区政府同意，现印发给你们，请认真按照执行。\n\n"
            "某区绿道建设三年行动计划\n（2024—2026年）\n\n一、主要任务\n（一）建设绿道。各街道要加快建设绿道。\n")
    assert parse_text(text).title == "某区绿道建设三年行动计划（2024—2026年）"


# -- 4. figures: a limit in watts is a target; service hours, response times, spans after an event and the
#       teams strengthened are not ---------------------------------------------------------------------------

def _figures(sentence: str, relaxed: bool = False) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024, relaxed)]


def test_a_power_in_watts_is_a_figure():
    assert (5000.0, "瓦") in _figures("2025年底前，老旧住宅电表容量达到5000瓦。")
    assert (6000.0, "瓦") in _figures("对老旧住宅的电表扩容至6000瓦，2025年全面完成。", relaxed=True)
    assert (30.0, "千瓦") in _figures("新建充电桩总功率达到30千瓦以上。")
    assert not any(u == "瓦" for _v, u in _figures("修缮瓦房20间，更换瓦片。"))


def test_hours_of_a_service_or_a_response_are_not_figures():
    assert not _figures("落实48小时应急抢修服务，方便群众。")
    assert not _figures("建成平台，实现24小时在线受理群众诉求。")
    assert not _figures("做到12小时响应处置。")
    assert (40.0, "小时") in _figures("每名网格员年度培训不少于40小时。")


def test_a_span_counted_from_an_event_is_no_figure():
    assert not _figures("档案至少保存至项目验收合格后5年。")
    # (round 33: a time limit joined to a comparison word is a target, counted from an event or not)
    assert _figures("台账资料应保存至合同期满后2年以上。") == [(2.0, "年")]


def test_teams_whose_strength_is_added_to_are_no_figure():
    assert not _figures("充实区级应急救援队和8支街道救援分队力量，提升处置能力。", relaxed=True)
    assert (8.0, "支") in _figures("2025年底前，新建8支街道救援分队。")


# -- 5. a heading that names the unit whose numbered duties follow ---------------------------------------------

def test_duties_under_a_units_duty_heading_are_that_units():
    text = ("某市文明城市创建工作职责\n一、各级政府的工作职责\n（一）街道办事处的主要职责\n"
            "1、负责辖区背街小巷的环境整治，建立巡查台账。\n2、组织城管、市场监管等部门开展联合执法。\n"
            "（二）社区居委会工作职责\n1、负责动员居民参与志愿服务。\n2、建立楼道长制度，做好日常宣传。\n")
    got = {k: resp for k, _lead, resp in units(parse_text(text))}
    assert got and all(resp for resp in got.values()), got
    assert any(resp == ["街道办事处"] for resp in got.values()), got
    assert any(resp == ["社区居委会"] for resp in got.values()), got


def test_duties_under_a_bare_department_heading_in_a_duties_section():
    text = ("某县创建工作方案\n三、相关部门的工作职责\n（一）交通运输部门\n"
            "1、负责农村公路安全设施建设，消除隐患路段。\n"
            "2、加强客运车辆源头管理。\n")
    got = {k: resp for k, _lead, resp in units(parse_text(text))}
    assert got and all(resp == ["交通运输部门"] for resp in got.values()), got


def test_a_heading_on_scope_and_duties_names_no_unit():
    text = ("某区方案\n一、适用范围及部门职责\n（一）本方案适用于全区在建工地。\n（二）各部门按职责做好监管。\n"
            "二、主要任务\n（一）开展排查。区建管委负责开展排查。\n")
    got = {k: resp for k, _lead, resp in units(parse_text(text))}
    assert not any(any("范围" in r for r in resp) for resp in got.values()), got


# -- 6. a kind of housing estate leading what it should become is a place, no unit --------------------------------

def test_a_kind_of_housing_estate_is_no_unit():
    assert not looks_like_unit("老旧住宅小区")
    assert not looks_like_unit("售后公房小区")
    assert looks_like_unit("小区业主委员会")
    text = ("某区住宅小区治理行动计划\n二、主要任务\n（一）分类治理\n"
            "（1）老旧住宅小区：楼道堆物得到有效整治，绿化品质得到提升。\n"
            "（2）商品房小区：物业服务质量得到提升。\n")
    got = units(parse_text(text))
    assert not any(any("小区" in n for n in lead + resp) for _k, lead, resp in got), got
