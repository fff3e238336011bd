"""Round 56 (p56e): activity plans' units, leads and dates. Made-up pages of four forms, in simplified and
traditional characters:

- an item's heading sentence, then 「由A主办，B承办，…」: A leads, B takes part (round 40; round 48 r48b) — after the
  heading's 。 as at a clause's start (``restated_forms.hosts_as_roles``); with 「，C、D协办，」 after them C and D
  take part too (round 47: 协办 as 配合), the 承办 bodies no leads (``declarations._OPENING_ROLES``);
- a plan for 「YYYY年元旦、春节」 with a year-less day in December: the day falls before the occasion, in YYYY−1 (Round
  67 decided; ``year_turn.occasion_turn``), where the plan names no other year;
- 「元月上旬」「元月13日」: 元月 is January (``normalise._FIRST_MONTH``), not money per month 「3000元月薪」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    plan = parse_text(text)
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks}


SIMPLE = ("某县2031年元旦、春节文化活动方案\n\n为丰富群众文化生活,现就2031年元旦、春节全县文化活动提出如下方案。\n\n"
          "一、活动内容\n\n(一)城区元旦文体活动\n\n"
          "1.举办体育比赛。由县文广局主办,县体育中心承办,12月28日在县城举办环城越野赛。\n\n"
          "2.举办戏曲公演活动。由县文广局主办,县剧团承办,在大剧院进行公演。\n\n"
          "(二)城区春节文体活动\n\n"
          "1.开展“三下乡”活动。由宣传部牵头,县文广局、科技局等部门承办,元月上旬在某乡举办启动仪式。\n\n"
          "2.举办春节团拜会。由宣传部主办,县文广局、教育局承办,公安局、电力局协办,举办团拜会文艺演出专场。\n")

TRADITIONAL = ("某縣2031年元旦、春節文化活動方案\n\n"
               "為豐富群眾文化生活,現就2031年元旦、春節全縣文化活動提出如下方案。\n\n"
               "一、活動內容\n\n(一)城區元旦文體活動\n\n"
               "1.舉辦體育比賽。由縣文廣局主辦,縣體育中心承辦,12月28日在縣城舉辦環城越野賽。\n\n"
               "2.舉辦戲曲公演活動。由縣文廣局主辦,縣劇團承辦,在大劇院進行公演。\n\n"
               "(二)城區春節文體活動\n\n"
               "1.開展“三下鄉”活動。由宣傳部牽頭,縣文廣局、科技局等部門承辦,元月上旬在某鄉舉辦啟動儀式。\n\n"
               "2.舉辦春節團拜會。由宣傳部主辦,縣文廣局、教育局承辦,公安局、電力局協辦,舉辦團拜會文藝演出專場。\n")


def test_hosts_after_the_items_heading_sentence_lead_and_take_part():
    got = _tasks(SIMPLE)
    assert got["一/一/1"][:2] == (["县文广局"], ["县体育中心"])
    assert got["一/一/2"] == (["县文广局"], ["县剧团"], None)


def test_hosts_in_traditional_characters():
    got = _tasks(TRADITIONAL)
    assert got["一/一/1"][:2] == (["縣文廣局"], ["縣體育中心"])
    assert got["一/一/2"] == (["縣文廣局"], ["縣劇團"], None)


def test_co_hosts_after_the_hosts_take_part_and_no_host_leads_but_the_first():
    for text, want in ((SIMPLE, (["宣传部"], ["县文广局", "教育局", "公安局", "电力局"])),
                       (TRADITIONAL, (["宣傳部"], ["縣文廣局", "教育局", "公安局", "電力局"]))):
        assert _tasks(text)["一/二/2"][:2] == want


def test_a_host_event_of_another_is_no_hosts_form():
    # (near miss: 「参加由A主办、B承办的培训」 — the 由 opens no clause, the event is another's: no lead)
    got = _tasks("某县2031年文化工作方案\n\n一、重点工作\n\n"
                 "1.加强业务培训。县文化馆参加由市文广局主办、市艺术馆承办的业务培训。\n")
    assert got["一/1"][0] == []


def test_a_december_day_before_the_new_year_the_plan_serves_falls_in_the_year_before():
    assert _tasks(SIMPLE)["一/一/1"][2] == "2030-12-28"
    assert _tasks(TRADITIONAL)["一/一/1"][2] == "2030-12-28"


def test_a_december_day_in_a_plan_for_a_whole_year_keeps_the_plans_year():
    # (near miss: the plan names its year for the work, no occasion at the year's start: 12月28日 is that year's)
    got = _tasks("某县2031年文化活动方案\n\n现就2031年全县文化活动提出如下方案。\n\n一、活动内容\n\n"
                 "1.举办体育比赛。由县文广局主办,县体育中心承办,12月28日在县城举办环城越野赛。\n")
    assert got["一/1"][2] == "2031-12-28"


def test_a_december_day_where_the_plan_names_another_year_too_is_not_turned():
    # (near miss: 2030 and 2031 both named — which year the day is in is not told by the occasion alone)
    got = _tasks("某县2031年元旦、春节文化活动方案\n\n"
                 "为总结2030年工作,现就2031年元旦、春节全县文化活动提出如下方案。\n\n"
                 "一、活动内容\n\n1.举办体育比赛。由县文广局主办,县体育中心承办,12月28日在县城举办环城越野赛。\n")
    assert got["一/1"][2] == "2031-12-28"


def test_the_first_month_written_yuanyue_is_january():
    assert _tasks(SIMPLE)["一/二/1"][2] == "2031-01-31"
    assert _tasks(TRADITIONAL)["一/二/1"][2] == "2031-01-31"


def test_money_per_month_is_no_month():
    # (near miss: 「3000元月薪」 — 元 closes an amount, 月薪 the pay: no January)
    got = _tasks("某县2031年就业帮扶方案\n\n一、重点工作\n\n"
                 "1.开发公益岗位。由县人社局负责,按3000元月薪标准开发公益岗位20个。\n")
    assert got["一/1"][2] is None


# Names in activity pages (round 31, round 42's people and places):
# - fields before one society's head 「承办单位:书法、美术协会」 share it: one name as printed (``units.SOCIETY_HEAD``);
# - 由A then 现场 and an activity's verb 「由区文联现场写春联、绘画…」: the name ends before 现场
#   (``sentence_names._AFTER_NAME``), not a body named for a site 「现场指挥部」.

FIELDS = ("某县2031年春节文体活动方案\n\n一、文体活动\n\n1.书画作品展\n\n活动时间:2月7日至8日\n\n活动地点:文化广场\n\n"
          "承办单位:{units}\n\n活动内容:举办书法、美术作品展。\n\n2.迎春文艺汇演\n\n活动时间:2月6日\n\n活动地点:文化广场\n\n"
          "承办单位:县文化馆\n\n活动内容:举办一台综合性文艺演出。\n")


def test_fields_before_one_societys_head_are_one_name():
    assert _tasks(FIELDS.format(units="书法、美术协会"))["一/1"][:2] == ([], ["书法、美术协会"])
    assert _tasks(FIELDS.format(units="县文联、书法、美术家协会"))["一/1"][:2] == ([], ["县文联", "书法、美术家协会"])


def test_societies_each_with_its_head_stay_apart():
    # (near miss: each name carries its own 协会 — two names)
    assert _tasks(FIELDS.format(units="书法协会、美术协会"))["一/1"][:2] == ([], ["书法协会", "美术协会"])


def _form_page(sentence: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return _tasks("某镇2031年春节活动方案\n\n一、活动主题\n\n诗画迎新春\n\n二、活动形式\n\n" + sentence + "\n\n"
                  "三、工作安排\n\n1.由党政办负责场地布置。\n")


def test_the_site_of_an_activity_after_the_agent_is_no_part_of_its_name():
    assert _form_page("由区文联现场写春联、绘画、摄影、表演等,为群众免费送春联、送福字。")["二"][:2] == ([], ["区文联"])
    assert _form_page("由區文聯現場書寫春聯,為群眾免費送春聯。")["二"][:2] == ([], ["區文聯"])


def test_a_body_named_for_the_site_keeps_its_name():
    # (near miss: 现场指挥部 is the body's own name, no activity's place)
    assert _form_page("由县应急管理局现场指挥部负责现场处置。")["二"][:2] == ([], ["县应急管理局现场指挥部"])


# A site's tag alone on its line over the title 「新编」「精选」 is chrome, no piece of the title (``KEYWORD_BANNER``).

PAGE = ("{head}春节期间文化活动意见\n各乡镇党委,县委各部门:\n"
        "为了丰富群众文化生活,现就全县春节期间群众文化活动安排如下:\n"
        "一、指导思想\n以丰富群众生活为目标。\n二、活动内容\n(一)街景彩饰。县博物馆负责装饰大楼。\n")


def test_a_sites_tag_line_over_the_title_is_no_part_of_it():
    assert parse_text(PAGE.format(head="2031\n春节期间\n文化活动\n意见\n新编\n")).title == "春节期间文化活动意见"
    assert parse_text(PAGE.format(head="精選\n")).title == "春节期间文化活动意见"


def test_a_place_line_over_the_title_still_opens_it():
    # (near miss: a torn title's first line 「某县」 is the title's own words)
    assert parse_text(PAGE.format(head="某县\n")).title == "某县春节期间文化活动意见"


def test_the_hosts_units_are_quoted_as_printed():
    # (the restatement is how the clause is read, not what the reviewer sees: the source keeps 主办／承办)
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(SIMPLE).tasks}
    assert "主办" in tasks["一/二/2"].source and "承办" in tasks["一/二/2"].source
    assert "牵头" not in tasks["一/二/2"].source


# Item numbers that lost their mark, on short lines that hand work to a body 「1由党政办负责场地布置;」「2由…负责…。」:
# items 1 and 2 though under 15 characters (``run_in_headings._SHORT_BY``); a list of persons 「1区文联部分书法家」
# stays the section's text.

ARRANGED = ("某镇2031年春节活动方案\n\n一、参加人员\n\n1区文联部分书法家、画家\n\n2镇文化服务中心工作人员\n\n"
            "二、工作安排\n\n1由党政办负责场地布置;\n\n2由镇文化站负责后勤保障工作。\n")


def test_short_bare_numbered_lines_handing_work_to_a_body_are_items():
    got = _tasks(ARRANGED)
    assert got["二/1"] == ([], ["党政办"], None)
    assert got["二/2"] == ([], ["镇文化站"], None)
    assert not any(k.startswith("一/") for k in got)


def test_a_short_bare_numbered_line_alone_is_no_item():
    # (near miss: one such line and no 2 after it — no run of numbers, no items)
    got = _tasks("某镇2031年春节活动方案\n\n一、参加人员\n\n镇文化服务中心工作人员\n\n"
                 "二、工作安排\n\n1由党政办负责场地布置;\n\n场地要整洁安全。\n")
    assert not any(k.startswith("二/") for k in got)
