"""Round 57 (p57e): township and street pages (plans-next289's class, Round 70 rulings) — made-up near-texts, no
set's words:

- 「其余各村(社区)自行组织…开展」「其余各村在各自片内组织开展…」: 其余 says which of a group act, kept as printed
  (``body_names._THE_REST``), and a place the subject works within 「在各自片内」「在辖区内」 stands between it and its
  verb as 在…范围内 does (``subject_verbs._WITHIN``); 其余各单位 stays a general call;
- 「三、全乡统一开展时间 / 2023 年 5月 8日 9:00 至 11:00。」: a time heading naming the day the work is done dates the
  items as 活动时间 does (``activity_spans._TIME_SECTION``);
- 「…宣传日,届时乡将组织…」: a time word glued to the subject is no part of its name (``sentence_split.sentences``);
- 「某镇关于…的 / 通告」: a 通告 ends a title broken over two lines, as 通知 does (not 公告: a site heading
  over a 公告 line keeps its fuller name, p36h) (``titles._DOC_END``);
- 「(二)道交办:…,联合派出所对…进行处罚」: under a unit-colon label, a partner of 联合 whose work is 进行 alone
  is no doer (``heading_partners._CARRIED_OUT``); 「联合B组织开展…」 keeps B;
- 「1、活动时间:2017年正月15-16日」: a dated lunar first month is the solar days it falls on (``lunar_days``), so the
  activity time dates the items (2017-02-12; Round 70 turned x289_06 to the solar month).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return {t.number: (t.lead_units, t.responsible_units, t.deadline) for t in parse_text(text).tasks}


NOTICE = "某乡关于开展河道清理行动的通知\n"


def test_the_rest_of_a_group_acting_is_the_group_as_printed():
    got = _tasks(NOTICE + "一、准备工作\n行动分两部分,一是由乡人民政府统一组织干部集中开展清理。"
                 "二是其余各村(社区)自行组织村两委开展清理工作。\n二、片区活动\n其余各村以片为单位,在各自片内组织开展活动。\n")
    assert got["一"][1] == ["乡人民政府", "其余各村(社区)"]
    assert got["二"][1] == ["其余各村"]


def test_a_place_within_between_subject_and_verb_keeps_the_doer():
    got = _tasks(NOTICE + "一、任务\n各社区在辖区内组织开展清理活动。\n二、任务\n各村在3日内组织开展活动。\n")
    assert got["一"][1] == ["各社区"]
    assert got["二"][1] == []          # (a time limit 「在3日内」 is not read as a place)


def test_the_rest_of_a_general_call_is_still_a_call():
    got = _tasks(NOTICE + "一、任务\n其余各单位要组织开展清理活动。\n")
    assert got["一"][1] == []


def test_a_work_day_heading_dates_the_items():
    got = _tasks(NOTICE + "一、准备工作\n由乡人民政府统一组织干部集中开展清理。\n二、全乡统一开展时间\n"
                 "2023 年 5月 8日 9:00 至 11:00。\n三、主要任务\n主要任务是清理河道垃圾。\n")
    assert got["一"] == ([], ["乡人民政府"], "2023-05-08")
    assert got["三"] == ([], [], "2023-05-08")


def test_a_span_under_a_collective_action_heading_ends_the_items():
    got = _tasks(NOTICE + "一、准备工作\n由乡人民政府统一组织干部集中开展清理。\n二、集中行动时间\n"
                 "2023年5月8日至5月20日。\n三、主要任务\n主要任务是清理河道垃圾。\n")
    assert got["一"][2] == "2023-05-20"
    assert got["三"][2] == "2023-05-20"


def test_a_time_word_named_in_prose_is_no_heading():
    # (开展时间 inside a sentence, not a heading over a day: nothing carried)
    got = _tasks(NOTICE + "一、准备工作\n由乡人民政府统一组织干部集中开展清理,开展时间另行通知。\n二、主要任务\n"
                 "主要任务是清理河道垃圾。\n")
    assert got["一"] == ([], ["乡人民政府"], None)
    assert got["二"] == ([], [], None)


def test_a_time_word_is_no_part_of_the_subject():
    got = _tasks("某乡禁毒宣传活动方案\n一、活动安排\n(一)3月1日为全乡宣传日,届时乡将组织各有关部门进行街头宣传。\n"
                 "(二)3月2日为宣传日,届时镇司法所组织各村开展宣传。\n")
    assert got["一"][1] == []          # (the bare 乡 speaking of itself: no body)
    assert got["二"][1] == ["镇司法所"]


def test_a_notice_title_broken_before_its_kind():
    for second in ("通告", "通 告"):
        plan = parse_text(f"某镇关于禁止燃放烟花爆竹的\n{second}\n为加强管理,现将有关事项{second}如下:\n"
                          "一、商户要依法经营。\n")
        assert plan.title == "某镇关于禁止燃放烟花爆竹的" + second.replace(" ", "")


def test_a_prose_line_after_a_title_is_not_joined():
    plan = parse_text("某镇关于禁止燃放烟花爆竹的通告\n为加强管理,现将有关事项通告如下:\n一、商户要依法经营。\n")
    assert plan.title == "某镇关于禁止燃放烟花爆竹的通告"


DUTIES = "某镇交通整治方案\n三、工作职责\n(一)城管队:负责处罚违停行为。\n"


def test_a_partner_by_lianhe_with_jinxing_alone_is_no_doer_under_a_label():
    # (「联合B对…进行处罚」 under a unit-colon label: 进行 is no verb of rule 2, the label's body alone)
    got = _tasks(DUTIES + "(二)道交办:加强对营运车辆管理,联合派出所对站外违停行为进行处罚。\n")
    assert got["二"] == ([], ["道交办"], None)


def test_a_partner_by_lianhe_with_work_is_a_doer_under_a_label():
    got = _tasks(DUTIES + "(二)综治办:加强管理,联合派出所组织开展巡查。\n(三)城管办:联合派出所开展夜间巡查。\n")
    assert got["二"] == (["综治办"], ["派出所"], None)
    assert got["三"] == (["城管办"], ["派出所"], None)


def test_a_lunar_first_month_field_dates_the_activity_items_by_the_solar_days():
    # (Round 70 on the form: a lunar festival day dated by the solar month it falls in; 正月十五 2017 is 11 February)
    got = parse_text("2018年迎新春灯谜活动实施方案\n一、主办单位:某乡人民政府\n二、活动时间:2017年正月15-16日\n"
                     "三、活动内容\n1、活动时间:2017年正月15-16日\n2、活动安排:\n①在文化大院举办猜灯谜活动。\n②在乡政府驻地举办文艺汇演。\n")
    assert [t.deadline for t in got.tasks if t.path == ["三", "2"]] == ["2017-02-12", "2017-02-12"]


def test_solar_first_month_turns_only_a_dated_first_month():
    from desktop.core.parse.lunar_days import solar_first_month

    assert solar_first_month("2015年正月十五至十六") == "2015年3月5日至2015年3月6日"     # (春节 2015-02-19)
    assert solar_first_month("2020年农历正月十五") == "2020年2月8日"
    assert solar_first_month("正月十五闹元宵") == "正月十五闹元宵"                   # (no year: left as printed)
    assert solar_first_month("2021年农历九月初九") == "2021年农历九月初九"           # (no other lunar month)
    assert solar_first_month("2040年正月十五") == "2040年正月十五"                   # (past the table)
