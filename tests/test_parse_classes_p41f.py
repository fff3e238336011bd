"""Round 41 (p41f), dates, phases and duties: spans stated once and given to the items under them — a campaign's
time section named by its work 「一、检查时间 即日起至5月底」, a point that opens by naming the campaign's week
「1、2010年全国“城市节约用水宣传周”活动时间为5月15日至5月21日」 — and the near misses that must not change. Made-up
snippets written the way such notices are printed."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.key: (str(t.deadline) if t.deadline else None) for t in parse_text(text).tasks}


CHECK = """关于开展2019年夏季安全生产大检查的通知
各村委会、镇属各单位:
按照县政府部署,镇政府决定在全镇开展安全生产大检查。现将有关事宜通知如下:
一、{label}
即日起至7月底。
二、检查内容
1.各村落实安全生产责任制情况。
2.道路交通、消防等重点领域隐患排查整治情况。
3.各单位于6月20日前完成隐患整改。
"""


def test_a_campaigns_time_section_named_by_its_work_dates_the_undated_items():
    got = _deadlines(CHECK.format(label="检查时间"))
    assert got["二.1"] == got["二.2"] == "2019-07-31"
    assert got["二.3"] == "2019-06-20"          # an item's own date wins


def test_a_clean_up_time_section_dates_the_items_by_its_end():
    text = CHECK.format(label="整治时间:2019年7月1日-2019年7月15日").replace("即日起至7月底。\n", "")
    got = _deadlines(text)
    assert got["二.1"] == got["二.2"] == "2019-07-15"


def test_a_time_section_of_other_words_gives_no_span():
    # near miss: 「一、申报时间」 is a window for applications, not the campaign's span
    got = _deadlines(CHECK.format(label="申报时间"))
    assert got["二.1"] is None and got["二.2"] is None
    assert got["二.3"] == "2019-06-20"


WEEK = """关于做好2012年“节水宣传周”宣传工作的通知
各镇水利站、各有关单位:
现将有关事项通知如下:
1、2012年全国“城市节约用水宣传周”活动时间为5月13日至5月19日,宣传周的主题是“珍惜水资源”。
2、宣传周期间,各镇水利站要组织开展节水宣传进社区活动。
3、要加强机关、学校的节水宣传,普及节水知识。
4、各单位于6月10日前完成节水器具普查。
"""


def test_a_point_naming_the_campaigns_week_dates_the_points_under_it():
    got = _deadlines(WEEK)
    assert got["2"] == got["3"] == "2012-05-19"
    assert got["4"] == "2012-06-10"


def test_a_span_inside_an_items_sentence_is_not_the_campaigns():
    # near miss: the span comes after other words, not at the point's opening naming the campaign
    text = WEEK.replace("1、2012年全国“城市节约用水宣传周”活动时间为5月13日至5月19日,",
                        "1、各镇要配合做好“城市节约用水宣传周”宣传,区局活动时间为5月13日至5月19日,")
    got = _deadlines(text)
    assert got["3"] is None


STAGES = """某区智慧停车建设方案
三、实施步骤
1．第一阶段（{first}）
完成公共停车场信息联网。
2．第二阶段（{second}）
推进停车资源共享应用。
"""


def _phases(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.start, p.end) for p in parse_text(text).phases]


def test_a_stage_span_of_years_with_one_year_mark_starts_in_its_first_year():
    got = _phases(STAGES.format(first="2024-2026年", second="2027—2030年"))
    assert got == [("2024-01", "2026-12"), ("2027-01", "2030-12")]


def test_stage_spans_with_each_year_marked_and_a_single_year_are_unchanged():
    got = _phases(STAGES.format(first="2024年-2026年", second="2027年"))
    assert got == [("2024-01", "2026-12"), ("2027-01", "2027-12")]


PLAN = """{title}
一、主要任务
1.推进老旧管网改造。到规划期末完成中心城区300公里供水管网改造。
2.加强水源地保护。2018年底前完成水源地标识设置。
3.提升防汛能力。持续推进排水设施建设。
"""


def test_by_the_end_of_the_plans_span_dates_to_its_last_year():
    got = _deadlines(PLAN.format(title="某市供水和排水“十三五”规划"))
    assert got["一.1"] == "2020-12-31"
    assert got["一.2"] == "2018-12-31"          # an item's own date is kept
    assert got["一.3"] is None                  # no 规划期末, no date


def test_a_plans_span_in_years_in_its_title():
    got = _deadlines(PLAN.format(title="某区供水专项规划（2021—2025年）"))
    assert got["一.1"] == "2025-12-31"


def test_by_the_end_of_the_span_in_a_plan_that_names_no_span_is_undated():
    got = _deadlines(PLAN.format(title="某区供水设施改造工作方案"))
    assert got["一.1"] is None


def _duty_rhythms(text: str) -> list[str | None]:
    return [d.every for d in parse_text(text).duties]


DUTY = """某区关于加强供水水质监测工作的通知
一、工作要求
（一）区供水所应加强水质巡检，将水质监测数据{rhythms}的汇总情况，同步反馈至各街道办事处和区水务局。
（二）各街道办事处负责辖区内二次供水设施的日常巡查。
"""


def test_of_two_rhythms_listed_together_the_first_named_is_the_duties():
    assert _duty_rhythms(DUTY.format(rhythms="每周、每月")) == ["week"]
    assert _duty_rhythms(DUTY.format(rhythms="每年、每月")) == ["year"]


def test_one_rhythm_alone_is_unchanged():
    assert _duty_rhythms(DUTY.format(rhythms="每季度")) == ["quarter"]
    assert _duty_rhythms(DUTY.format(rhythms="每月")) == ["month"]


CUT = """某区关于开展河道违法建设项目清理整治的通知
一、工作任务
1.未办理审批手续的违法建设项目（截至2019年6月底），由各镇提出清理整治要求，并督促项目业主限期整改。
2.排查摸底（2019年5月底前），由各镇组织开展违法建设项目排查。
"""


def test_a_bracketed_cut_off_that_picks_the_objects_is_no_deadline():
    got = _deadlines(CUT)
    assert got["一.1"] is None
    assert got["一.2"] == "2019-05-31"          # a step's own bracketed date is kept


def test_a_cut_off_bracket_after_a_step_is_still_the_steps_date():
    from desktop.core.parse.date_spans import heading_bracket
    assert heading_bracket("违法建设项目（截至2019年6月底）") is None
    assert heading_bracket("集中整治阶段（截至2019年6月底）") == "截至2019年6月底"
    assert heading_bracket("全面部署（2020年12月9日前）") == "2020年12月9日前"
