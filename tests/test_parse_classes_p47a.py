"""Page openings from outside Shanghai (round 47, p47a): the structure classes a site's page brings.

1. A run of numbered items whose head the page lost 「二、时间 / (a site's hidden block) / 2、活动形式。…」: the only
   deeper numbering on the page says nothing of how deep the plan numbers its work, so its childless points over a
   paragraph are read as on a page of points (rounds 34 early and 36: a childless point that gives work is a task).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.title[:6], t.responsible_units) for t in parse_text(text).tasks]


# ---- 1. a headless run: the site hid the run's head and its parent ----

HIDDEN = ("某镇读书月活动方案\n\n为推进全民阅读，制定本方案。\n\n一、工作分工\n\n活动日常事务由镇文化站办理，"
          "保障场地、书籍等具体需要，确保活动有序开展。\n\n二、活动安排\n\n会员登录后可查看全文\n\n"
          "3、读书分享。各村组织群众交流读书心得，评选优秀读者。\n\n五、工作总结\n\n镇文化站在活动结束后对"
          "全镇读书月情况进行总结，并对表现突出的村予以通报表扬。\n")


def test_points_beside_a_headless_run_are_tasks():
    tasks = _tasks(HIDDEN)
    assert [t for t, _ in tasks] == ["工作分工", "读书分享", "工作总结"]
    assert tasks[0][1] == ["镇文化站"]


def test_a_bare_heading_cut_at_the_page_end_stays_none():
    tasks = _tasks(HIDDEN + "\n六、工作要\n")
    assert [t for t, _ in tasks] == ["工作分工", "读书分享", "工作总结"]


def test_a_run_that_starts_at_one_keeps_its_points_sections():
    # near miss: 「1、」「2、」 printed whole — the plan numbers its work in items, the childless points stay sections
    text = HIDDEN.replace("会员登录后可查看全文\n\n3、读书分享。", "1、读书分享。").replace(
        "评选优秀读者。\n", "评选优秀读者。\n\n2、图书漂流。各村设立漂流点，开展图书漂流。\n")
    # (工作分工 names its doer by rule 2, a task either way; 工作总结 names none: a section here)
    assert [t for t, _ in _tasks(text)] == ["工作分工", "读书分享", "图书漂流"]


def test_unit_paragraphs_under_a_point_are_no_headless_run():
    # near miss: paragraphs led by their unit under 三、职责分工 are no numbered run (no number of their own):
    # 一、工作目标 stays a section, as before
    text = ("某镇防疫工作方案\n一、工作目标\n确保全镇不发生疫情，保障生产安全。\n二、强化领导\n镇成立领导小组，"
            "组长由镇长担任，成员由各站所负责人组成。\n三、职责分工\n农服中心：负责疫情监测和防疫物资供应工作。\n"
            "财政所：负责防控经费保障，将经费列入预算。\n")
    assert _tasks(text) == [("强化领导", []), ("职责分工", ["农服中心", "财政所"])]


def test_a_science_association_before_handling_is_one_name():
    # 「由X科协办理」: 科协 is the body's last word, 办理 the verb (not 协办 + 理)
    assert doer_units("日常工作由县粮油科协办理。")[1] == ["县粮油科协"]
    assert doer_units("具体事务由农业科协办理，确保顺利开展。")[1] == ["农业科协"]
    # near miss: 协办 as the verb after a body stays the verb
    assert doer_units("由区文化局协办，区教育局主办。")[1] == ["区文化局"]


# ---- 2. an activity's numbered field lines: a meeting's fields, two lines of its own, a units heading ----

MEETING = ("某镇科普周活动方案\n一、重点活动\n（一）召开全镇科普工作推进会\n1.时 间：5月20日上午9:00\n"
           "2.主 持 人：镇党委副书记\n3.参会人员：\n⑴镇领导：王某某、李某某\n"
           "⑵镇直单位：镇农业站、镇文化站等单位负责人\n"
           "4.会议议程：\n⑴镇长通报科普工作情况；\n⑵各单位交流发言。\n5.会议筹备工作由镇科协负责。\n"
           "6.请镇广播站派人参加。\n（二）开展科普宣传\n1.镇科普集市。\n（1）主办、承办单位：\n①主办单位：镇科协\n"
           "②承办单位：镇农业站、镇文化站\n")


def test_a_meetings_field_lines_and_its_own_lines_are_one_task():
    plan = parse_text(MEETING)
    got = [(t.title[:6], t.lead_units, t.responsible_units) for t in plan.tasks]
    assert got == [("召开全镇科普", [], ["镇科协"]), ("镇科普集市", ["镇科协"], ["镇农业站", "镇文化站"])]


def test_the_same_page_in_traditional_script():
    plan = parse_text(MEETING.replace("镇", "鎮").replace("会", "會").replace("间", "間").replace("议", "議")
                      .replace("单位", "單位").replace("协", "協").replace("农业", "農業").replace("员", "員"))
    assert [(len(t.lead_units), len(t.responsible_units)) for t in plan.tasks] == [(0, 1), (1, 2)]


def test_three_lines_of_work_after_the_fields_stay_items():
    # near miss: fields then three numbered lines of work — the lines are the item's own items, as before
    text = MEETING.replace("6.请镇广播站派人参加。\n", "6.请镇广播站派人参加。\n7.镇文化站布置会场。\n")
    assert len(parse_text(text).tasks) > 2


def test_units_lines_without_their_heading_still_read():
    # near miss: the ①② label lines with no 「主办、承办单位：」 heading above them read as before
    text = MEETING.replace("（1）主办、承办单位：\n", "")
    assert [(t.title[:5], t.lead_units) for t in parse_text(text).tasks][-1] == ("镇科普集市", ["镇科协"])


# ---- 3. an activity's 参加单位 and 活动要求 fields, its time in its own text ----

TAKING_PART = ("某县环境日宣传活动通知\n一、活动主题\n改善环境质量，推动绿色发展。\n二、活动形式\n"
               "（一）媒体宣传。县电视台开设专栏，宣传全县生态创建成绩。\n"
               "（二）集中宣传。6月5日9:00-11:30，在县城广场开展集中宣传活动。\n"
               "1.参加单位：县环保局、县教育局、县林业局。\n2.活动要求：\n①各单位布置展台；\n②各单位发放宣传资料。\n"
               "三、工作要求\n（一）各有关单位要高度重视，扎实开展活动。\n（二）各有关单位要及时报送活动信息。\n")


def test_a_taking_part_field_names_the_activitys_units():
    got = [(t.title[:4], t.responsible_units) for t in parse_text(TAKING_PART).tasks]
    assert ("集中宣传", ["县环保局", "县教育局", "县林业局"]) in got
    # (the one field does not make the plan one whose tasks name units: the items naming none stay tasks)
    assert [t for t, _ in got] == ["媒体宣传", "集中宣传", "各有关单", "各有关单"]


def test_requirements_lines_without_a_time_stay_items():
    # near miss: no day and hour in the item's text, no time field — 「活动要求」 over ①② lines stays the item's items
    text = TAKING_PART.replace("6月5日9:00-11:30，在县城广场", "在县城广场")
    titles = [t.title[:4] for t in parse_text(text).tasks]
    assert "集中宣传" not in titles and "各单位布" in titles


# ---- 4. a page cut after an activity's first field line ----

CUT_FIELD = ("某县防灾减灾日活动方案\n一、活动时间\n5月7日至13日为宣传活动周。\n二、活动内容\n"
             "（一）开展校园防灾减灾教育活动。\n1.活动内容：在全县中小学校开展一次主题教育活动，组织有")


def test_a_lone_field_line_cut_at_the_page_end_is_its_items_field():
    plan = parse_text(CUT_FIELD)
    assert [(t.path, t.number) for t in plan.tasks] == [(["二"], "一")]
    assert "主题教育活动" in plan.tasks[0].text


def test_a_lone_work_line_at_the_page_end_stays_the_leaf():
    # near miss: the one numbered line is work, no field label — it stays the item's item
    plan = parse_text(CUT_FIELD.replace("1.活动内容：在全县", "1.在全县"))
    assert [(t.path, t.number) for t in plan.tasks] == [(["二", "一"], "1")]


def test_a_lone_field_line_before_more_items_stays():
    # near miss: the page goes on after the lone field line — not a cut, read as before
    text = CUT_FIELD + "的学生参加。\n（二）开展社区宣传。\n1.各社区设立宣传点。\n2.各社区发放资料。\n"
    assert [t.number for t in parse_text(text).tasks][:1] == ["1"]


# ---- 5. who a call is for and on what terms: 征集对象 / 征集办法 / 征集条件 lines are the item's text ----

TERMS = ("某街道征兵工作意见\n一、任务分配\n今年区政府下达街道的征集数为20人，分配到各社区完成。\n"
         "二、征集对象、办法、条件\n1、征集对象：本街道常住户口的适龄男青年。\n"
         "2、征集办法：适龄青年在户口所在地报名，体检和政审合格后，由区征兵办公室批准入伍。\n"
         "3、征集条件：年龄为18至22周岁，高中以上文化程度。\n")


def test_terms_lines_are_one_tasks_text():
    plan = parse_text(TERMS)
    assert [(t.path, t.number) for t in plan.tasks] == [([], "一"), ([], "二")]
    assert plan.tasks[1].responsible_units == ["区征兵办公室"]


def test_work_lines_under_the_same_heading_stay_items():
    # near miss: numbered lines of work (no terms label) are the point's items
    text = TERMS.replace("1、征集对象：本街道", "1、各社区摸清本街道")
    text = text.replace("3、征集条件：年龄为", "3、各社区核实年龄")
    assert [t.number for t in parse_text(text).tasks][-3:] == ["1", "2", "3"]


def test_approval_signed_by_a_post_names_no_body():
    # 「由A批准」: A the doer; 「由…主任签署批准」 a person's signature, no body
    assert doer_units("合格后由县征兵办公室批准入伍。")[1] == ["县征兵办公室"]
    assert doer_units("最后由街道办事处主任签署批准。")[1] == []


# ---- 6. a page cut after the first of its stage paragraphs ----

STAGE = ("某区农房安全排查方案\n一、工作目标\n全面排查农业设施用房安全隐患。\n二、工作安排\n"
         "第一阶段，走访摸底（2022年3月底前）。区农业农村局牵头对辖区农业设施用房进行一次拉网式排查，建立台账：一是")


def test_a_lone_first_stage_at_the_page_end_is_an_item():
    plan = parse_text(STAGE)
    assert [(t.path, t.number, t.deadline) for t in plan.tasks] == [(["二"], "第一阶段", "2022-03-31")]


def test_a_lone_first_stage_before_more_text_stays_text():
    # near miss: the page goes on after the stage — one stage with no second is the section's text, as before
    plan = parse_text(STAGE + "二是年久失修的用房。\n三、工作要求\n各街镇要加强领导。\n")
    assert all(t.number != "第一阶段" for t in plan.tasks)


# ---- 7. 「A党委和政府」: two names, the place with the first (Round 47 on x218_02; round 41) ----

def test_a_party_committee_and_government_are_two_names():
    assert doer_units("筹备工作由某乡党委和政府负责。")[1] == ["某乡党委", "政府"]
    assert doer_units("各级党委、政府要加强领导，落实责任。")[1] == ["各级党委", "政府"]


def test_government_after_another_name_stays_unread():
    # near miss: a bare 政府 joined to a body that is no 党委 stays no name, as before
    assert doer_units("由县委和政府负责。")[1] == ["县委"]
    # and a government named whole is read as before
    assert doer_units("由镇党委和镇政府负责。")[1] == ["镇党委", "镇政府"]


# ---- 8. a page of points whose 组织领导 point only sets up the plan's body ----

SET_UP = ("某镇汛前检查方案\n一、组织领导\n成立全镇汛前检查工作领导小组，由镇长王某任组长，副镇长李某任副组长，"
          "各村支书为成员，领导小组下设办公室，由张某任办公室主任。\n二、检查时间\n3月10日至3月20日，由镇水利站组织"
          "各村开展全面检查。\n三、检查重点\n重点检查水库、山塘和堤防的安全隐患，逐一登记造册。\n")


def test_a_point_that_only_sets_up_the_body_is_no_task():
    assert [t.title for t in parse_text(SET_UP).tasks] == ["检查时间", "检查重点"]


def test_a_set_up_point_that_gives_its_office_work_stays_a_task():
    # near miss: the point also names a body doing work by rule 2 (由镇农办负责…) — a task, as before
    text = SET_UP.replace("由张某任办公室主任。", "日常工作由镇农办负责。")
    assert [t.title for t in parse_text(text).tasks] == ["组织领导", "检查时间", "检查重点"]


def test_a_division_cut_after_its_first_unit_line_keeps_its_units():
    text = ("某镇烟花爆竹管理方案\n一、工作目标\n确保春节期间平安。\n二、组织领导\n成立工作领导小组，由镇长任组长，"
            "镇应急办、派出所为成员单位。\n三、职责分工\n镇派出所、镇交巡警中队：负责设立检查站，依法查处非法运输行为，配合")
    assert [(t.number, t.responsible_units) for t in parse_text(text).tasks] == [("三", ["镇派出所", "镇交巡警中队"])]


# ---- 9. a page cut inside a site's inline pinyin, in the last name of a units field ----

def test_a_name_cut_inside_its_pinyin_at_the_page_end_is_dropped():
    from desktop.core.parse.site_pinyin import drop_pinyin
    assert drop_pinyin("縣婦聯(lián)、團(tuá") == "縣婦聯、團"
    # near miss: a bracket of letters with no tone mark, or closed, stays as the site's pinyin rule reads it
    assert drop_pinyin("開展(GDP)核算") == "開展(GDP)核算"
    assert drop_pinyin("開(kāi)展工作(a") == "開展工作(a"
    text = MEETING + "③协办单位：镇教办、镇妇联、团(tuá"
    got = [t.responsible_units for t in parse_text(text).tasks][-1]
    assert got == ["镇农业站", "镇文化站", "镇教办", "镇妇联"]


def test_an_office_set_up_and_given_the_work_stays_a_task():
    # near miss: the point sets up an office and gives it the work, no person posted — a task, as before
    group = SET_UP.split("\n")[2]
    text = SET_UP.replace(group, "成立镇防汛办公室，负责全镇汛前检查的组织协调工作。")
    assert [t.title for t in parse_text(text).tasks] == ["组织领导", "检查时间", "检查重点"]
