"""Round 58 (p58e): township and street pages (plans-next295, plans-next298 tuned) — made-up near-texts of each form,
the form read right and a near miss that must not fire.

- a level's flood-control headquarters by its short form 「镇防指」「县防指」 is a body (``area_groups.ORG_END``);
- persons named to a duty inside a sentence whose subject is carried 「要…，各村支部书记作为第一负责人，负责…」: the
  later 负责 is the persons', not the carried subject's (``doer_forms.PERSONS_POSTED``);
- under a 职责 heading, a body's organisation heading 「镇政府组织机构和职责」 gives no work (``sentence_units``);
- a time field listing windows 「2018年1月1日至4月20日,7月1日至8月20日」 dates its items by the latest window's end, a
  window with no year in the one before it (``activity_spans.windows_end``)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import windows_end
from desktop.core.parse.lunar_days import glossed_year


def _tasks(text: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units, t.deadline)
            for t in parse_text(text).tasks}


def test_a_town_flood_headquarters_short_form_is_a_doer() -> None:
    got = _tasks("某镇防汛工作方案\n一、工作要求\n(一)备足物资。\n镇防指落实巡查船一艘,应急车一辆。"
                 "各村储备编织袋5000只以上。\n(二)加强宣传。各村要加强防汛宣传。\n")
    assert got["一/一"] == ([], ["镇防指"], None)


def test_a_word_ending_in_zhi_is_no_body() -> None:
    got = _tasks("某镇防汛工作方案\n一、工作要求\n(一)备足物资。\n预防指引落实到户。\n"
                 "(二)加强宣传。各村要加强防汛宣传。\n")
    assert got["一/一"] == ([], [], None)


def test_persons_named_to_a_duty_stop_the_carried_subject() -> None:
    got = _tasks("乡森林防火方案\n一、提高认识。各村、各部门要高度重视森林防火。要建立健全领导责任制,"
                 "各村支部书记、村主任作为第一负责人,负责本辖区内林区防火工作。\n"
                 "二、加强宣传。各村要组织开展防火宣传。\n")
    assert got["一"] == ([], [], None)
    assert got["二"] == ([], ["各村"], None)


def test_the_carried_subject_still_takes_a_later_fuze_without_persons() -> None:
    got = _tasks("乡森林防火方案\n一、提高认识。各村、各部门要高度重视森林防火。要建立健全领导责任制,"
                 "负责本辖区内林区防火工作。\n二、加强宣传。各村要组织开展防火宣传。\n")
    assert got["一"] == ([], ["各村", "各部门"], None)


def test_a_bodys_organisation_heading_under_a_duties_section_names_none() -> None:
    got = _tasks("某镇春节安全工作方案\n一、组织机构及工作职责\n(一)镇政府组织机构和职责。成立镇安全工作领导小组,"
                 "由镇长任组长。领导小组职责:负责全镇工作的组织领导;部署、协调全镇有关部门开展管理工作。\n"
                 "(二)派出所职责。镇派出所负责查处违法燃放行为。\n")
    assert got["一/一"] == ([], [], None)
    assert got["一/二"] == ([], ["镇派出所"], None)


def test_a_body_organising_work_under_a_duties_section_is_still_read() -> None:
    got = _tasks("某镇春节安全工作方案\n一、工作职责\n(一)镇政府组织力量开展巡查。\n(二)镇派出所加强巡逻。\n")
    assert got["一/一"] == ([], ["镇政府"], None)


def test_a_time_section_listing_two_windows_dates_items_by_the_later_end() -> None:
    got = _tasks("某街道禁毒宣传活动通知\n一、活动时间\n2019年2月1日至3月10日,6月15日至7月31日。\n二、活动内容\n"
                 "(一)开展宣传活动。各社区要组织开展禁毒宣传。\n(二)开展进校园活动。\n")
    assert got["二/一"] == ([], ["各社区"], "2019-07-31")
    assert got["二/二"] == ([], [], "2019-07-31")


def test_windows_end_reads_listed_windows_only() -> None:
    assert windows_end("2019年2月1日至3月10日,6月15日至7月31日。", None) == "2019-07-31"
    assert windows_end("2019年11月1日至12月31日、2020年1月5日至2月20日", None) == "2020-02-20"
    # one span, or two spans parted by words (two stages, each read where it stands): none
    assert windows_end("2019年2月1日至3月10日", None) is None
    assert windows_end("2019年2月1日至3月10日宣传发动,6月15日至7月31日集中整治", None) is None


def test_a_document_sites_description_line_gives_the_pieces_name_without_its_mark() -> None:
    text = ("文档介绍:防汛工作方案_某乡防汛工作方案二\n某乡防汛工作方案二为做好防汛工作,特制定本方案。\n"
            "一、加强领导。镇水利站负责巡查。\n")
    assert parse_text(text).title == "某乡防汛工作方案"


def test_a_description_line_without_an_underscore_is_left_to_the_other_readers() -> None:
    text = "文档介绍:某乡防汛工作方案二\n为做好防汛工作,特制定本方案。\n一、加强领导。镇水利站负责巡查。\n"
    assert parse_text(text).title != "某乡防汛工作方案"


def test_a_sites_spaced_file_words_over_the_text_that_opens_with_them_give_the_printed_title() -> None:
    text = ("2021 某镇 防汛 工作 方案\n某镇防汛工作方案 一、加强领导 为做好防汛工作,镇水利站负责巡查,"
            "各村要组织开展巡堤查险。二、加强宣传 各村要加强宣传。\n")
    assert parse_text(text).title == "某镇防汛工作方案"


def test_spaced_file_words_over_a_text_opening_otherwise_keep_their_reading() -> None:
    text = "2021 某镇 防汛 工作 方案\n为做好防汛工作,特制定本方案。\n一、加强领导。镇水利站负责巡查。\n"
    assert parse_text(text).title == "2021某镇防汛工作方案"


# a one-line copy of a township's 预案 (the site ran its lines together): 一、 over its roster, then 二、 run in
_ROSTER = ("2021 某乡 汛期 防洪 工作 预案\n某乡汛期防洪工作预案 一、组织机构 ㈠指挥部组成人员: 1.指挥长:乡长 "
           "2.副指挥长:人武部部长 3.成员。乡直各部门负责人、各村村主任、乡供电所。 ㈡职能办公室 1.党政办: "
           "2.水利站(防汛办) ")


def test_a_one_line_points_heading_run_into_its_doers_clause_is_a_task() -> None:
    text = _ROSTER + "二、汛情报送 在汛期,水利站会同党政办编排24小时\n"
    task = next(t for t in parse_text(text).tasks if t.number == "二")
    assert task.lead_units == ["水利站"]
    assert "党政办" in task.responsible_units
    assert task.targets == []           # (24 hours of a roster drawn up: its kind, no count to reach)


def test_a_one_line_points_heading_run_into_a_clause_naming_no_doer_stays_no_task() -> None:
    got = _tasks(_ROSTER + "二、汛情报送 在汛期,加强值班值守\n")
    assert "二" not in got


def test_hours_to_reach_stay_a_target() -> None:
    task = next(t for t in parse_text("某镇培训方案\n一、加强培训。镇农技站组织农户培训40小时以上。\n"
                                      "二、加强宣传。镇文化站组织开展宣传。\n").tasks if t.number == "一")
    assert [x.value for x in task.targets] == [40.0]


def test_a_solar_day_glossed_with_its_lunar_day_fixes_a_yearless_plans_year() -> None:
    assert glossed_year("活动时间:2月16日(初一)至2月21日(初六)") == 2018
    assert glossed_year("2月8日(初一)") == 2016
    # a gloss no year of the table fits, or two glosses that disagree: none
    assert glossed_year("1月2日(初五)") is None
    assert glossed_year("2月16日(初一),2月8日(初一)") is None
    assert glossed_year("2月16日举办活动") is None


def test_a_yearless_page_dates_its_fields_by_the_glossed_year() -> None:
    text = ("(三)开展结对帮扶活动\n活动时间:方案下发之日起至3月2日\n活动内容:各村居要组织学校老师上户走访。\n"
            "负责单位:镇妇联、各村居\n(四)开展群众性文化活动\n活动时间:2月16日(初一)至2月21日(初六)\n"
            "活动内容:各村居要组织开展春节文体活动。\n责任单位:各村居\n")
    got = _tasks(text)
    assert got["三"] == ([], ["镇妇联", "各村居"], "2018-03-02")
    assert got["四"] == ([], ["各村居"], "2018-02-21")     # (the span read past its first day's gloss)


def test_a_bracket_that_is_no_lunar_gloss_still_ends_a_time_field() -> None:
    text = ("(一)开展结对帮扶活动\n活动时间:2018年3月2日(具体另行通知)\n活动内容:各村居要组织学校老师上户走访。\n"
            "负责单位:镇妇联、各村居\n(二)开展群众性文化活动\n活动时间:2018年2月16日至2月21日\n"
            "活动内容:各村居要组织开展春节文体活动。\n责任单位:各村居\n")
    got = _tasks(text)
    assert got["一"][2] == "2018-03-02"
    assert got["二"][2] == "2018-02-21"
