"""Round 52 second wave (w52a): tasks the reader did not find in page openings and notices. Made-up texts.

* A duty table of bodies flattened one cell a paragraph with no row numbers: each body's name alone on its line over
  its duties' paragraph (CONVENTIONS.md round 45: a duty list with a column of departments gives work; round 38: the
  rows' paths by the department's name) — each row a task of its body.
* An article whose whole text is a list numbered from 1 right after its number 「第二条1.…;2.…;3.…」 (round 34: numbers
  in order inside one paragraph are items): the article over its items.
* An article the page cut inside its breach response 「…的,由县」: still the article's work (rounds 42, 51, 52).
* A page that opens on the last item of its first part's list 「5.…」 before 「(二)…」: that part's item (round 37).
* A 考核对象 section's bodies (who is assessed) are no tasks and name no task's units (round 44's fields).
* 「五、相关要求：…应…；…要…」 in a notice of headed points: a requirements label run into the point's instructions is
  a task as any childless point that instructs (rounds 34 early, 51 p47b)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import line_marker
from desktop.core.parse.inline_items import split_paragraph_items
from desktop.core.parse.unit_paragraphs import bare_unit_heads, unit_paragraphs

# --- a body's name alone on its line over its duties ----------------------------------------------------------

ROWS = ("某区政务服务网\n管理事项 校园安全保障\n\n相关部门\n\n职责分工\n\n"
        "区交通局\n\n负责学校周边道路交通设施的设置和维护。\n\n"
        "区教育局\n\n负责指导学校落实安全主体责任,组织开展一次安全大检查。\n\n"
        "区卫健委\n\n学校传染病防控和卫生监督检查。\n\n"
        "各街镇\n\n配合做好辖区内学校周边环境整治工作。\n\n"
        "相关依据\n\n《某市校园安全条例》。\n")


def tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.title[:4], t.responsible_units) for t in parse_text(text).tasks]


def test_a_body_s_name_over_its_duties_paragraph_is_a_row_task():
    got = tasks(ROWS)
    assert [units for _title, units in got] == [["区交通局"], ["区教育局"], ["区卫健委"], ["各街镇"]]


def test_a_kind_of_party_stands_in_a_run_of_bodies_rows():
    text = ROWS.replace("相关依据", "建设单位\n\n在项目设计和建设中落实安全设施要求。\n\n相关依据")
    assert len(parse_text(text).tasks) == 5


def test_two_bodies_over_their_duties_make_no_list():
    # near miss: two rows name too few bodies to be a division of work (a run needs three)
    text = ("校园安全保障\n\n区交通局\n\n负责学校周边道路交通设施的设置和维护。\n\n"
            "区教育局\n\n负责指导学校落实安全主体责任。\n")
    assert bare_unit_heads(text.split("\n"))
    assert parse_text(text).tasks == []


def test_a_kind_of_party_alone_opens_no_run():
    # near miss: kinds of party (建设单位 / 施工单位 / 监理单位) name no body of government
    lines = ("建设单位\n\n负责项目安全设施建设。\n\n施工单位\n\n落实施工现场安全措施。\n\n"
             "监理单位\n\n负责监督安全措施落实。\n").split("\n")
    assert unit_paragraphs(lines) == {}


def test_a_name_over_a_date_or_a_field_line_is_no_row():
    # near miss: signatures (a body's name over the date) and contact lines (联系人：…) are no duties
    lines = ("区交通局\n2024年5月1日\n区教育局\n联系人：张三，电话：12345678\n区卫健委\n1.负责传染病防控。\n"
             "区财政局\n区民政局\n负责困难群众救助工作。\n").split("\n")
    assert sorted(u for u, _kind in bare_unit_heads(lines).values() if u) == ["区民政局"]


# --- an article whose text is a list numbered from 1 right after its number ------------------------------------

RULES = ("某县犬只管理规定\n\n第一条为了加强犬只管理,维护公共秩序,根据有关法律法规,制定本规定。\n\n"
         "第二条{list}\n\n"
         "第三条 县公安局负责犬只登记工作,建立犬只管理档案。\n\n"
         "第四条 县城区内禁止饲养烈性犬。违反本规定饲养烈性犬的,由县公安局责令限期改正。\n")
LIST = ("1.各镇负责本辖区犬只管理的组织协调;2.县农业农村局负责犬只免疫工作;"
        "3.县城管执法局协助县公安局做好流浪犬收容工作;4.县卫健局负责狂犬病人的救治。")


def test_an_article_s_list_right_after_its_number_is_its_items():
    tasks_ = parse_text(RULES.format(list=LIST)).tasks
    under = [(t.path, t.number, t.responsible_units) for t in tasks_ if t.path]
    assert [n for _p, n, _u in under] == ["1", "2", "3", "4"]
    assert under[2][2] == ["县城管执法局"]
    assert all(p == ["2"] for p, _n, _u in under)


def test_numbers_that_do_not_run_from_one_stay_the_article_s_text():
    # near miss: 「第二条1.…;3.…」 — no 2 after the 1, so no list: one article
    text = RULES.format(list=LIST.replace(";2.县农业农村局负责犬只免疫工作", ""))
    assert not any(t.path for t in parse_text(text).tasks)


def test_an_article_whose_list_follows_its_lead_in_is_read_as_before():
    # near miss: the article's own sentence before the list — the colon reader's (unchanged) case
    line = "第二条 本规定所称犬只,是指家养的犬。1.大型犬;2.中型犬。"
    assert split_paragraph_items([line]) == [line]


def test_a_bare_article_number_is_a_heading_only_as_an_article():
    assert line_marker("第二条") == (3, "2", 2, 3)
    assert line_marker("二、") is None and line_marker("2.") is None


def test_an_article_cut_inside_its_breach_response_is_still_work():
    # the page cuts the response's agent 「…的,由县」: the article's step after a breach is its work (rounds 42, 51)
    text = RULES.format(list=LIST) + "\n第五条 禁放区域内禁止销售烟花爆竹。违反本规定在禁放区域内销售的,由县"
    assert any(t.number == "5" and not t.path for t in parse_text(text).tasks)
    # near miss: a ban with no response at all stays a rule for the public
    text = RULES.format(list=LIST) + "\n第五条 禁放区域内禁止销售烟花爆竹。"
    assert not any(t.number == "5" and not t.path for t in parse_text(text).tasks)


# --- a page that opens on the last item of its first part's list, then 「(二)…」 -----------------------------------

PAGE = ("{first}\n(二)公安部门\n1.加强车辆登记管理,禁止违规车辆登记使用;\n2.组织交警开展路面执法,依法查处超载行为。\n"
        "(三)交通运输部门\n1.加强道路运输企业源头监管;\n2.组织开展治超检测站点执法。\n")


def test_a_page_opening_item_before_the_second_part_is_the_first_part_s():
    text = PAGE.format(first="5.将执法中发现的违规车辆通报有关部门,配合开展查处工作。")
    tasks_ = parse_text(text).tasks
    assert tasks_[0].number == "5" and tasks_[0].path == []
    assert len(tasks_) == 5


def test_a_page_opening_item_before_a_later_part_is_a_task_too():
    # CONVENTIONS.md "Round 69 rulings" (governs: plans-dev EXPECTED.md's leaf definition and round 37 over this
    # test's earlier near miss): a page's opening numbered item is an item whichever later part follows it —
    # before （三） as before （二） (x275_02 4 before （五））
    text = PAGE.format(first="5.将执法中发现的违规车辆通报有关部门,配合开展查处工作。")
    text = text.replace("(三)交通运输部门", "(四)交通运输部门").replace("(二)公安部门", "(三)公安部门")
    assert [t.path for t in parse_text(text).tasks if t.number == "5"] == [[]]


# --- who is assessed: a 考核对象 section's list of bodies gives no work --------------------------------------------

ASSESSED = ("招商工作考核办法\n为推进招商工作,制定本办法。\n一、考核机构\n县招商办\n二、{head}\n1、各乡镇人民政府;\n"
            "2、县直有关单位。\n三、考核内容\n1、引进项目要符合产业规划。\n2、引进项目要按期开工建设。\n")


def test_the_bodies_assessed_are_no_tasks():
    tasks_ = parse_text(ASSESSED.format(head="考核对象")).tasks
    assert [t.path for t in tasks_] == [["三"], ["三"]]


def test_a_section_of_other_bodies_keeps_its_items():
    # near miss: a section named otherwise (参与单位) is read as before, its items tasks in a plan naming no units
    tasks_ = parse_text(ASSESSED.format(head="工作措施")).tasks
    assert [t.path for t in tasks_] == [["二"], ["二"], ["三"], ["三"]]


# --- a requirements label run into the point's own instructions, in a notice of headed points --------------------

NOTICE = ("关于开展河道保洁服务的通告\n为做好河道保洁工作，现将有关事项通告如下：\n"
          "一、开展巡查保洁。区水务所组织保洁队伍每日巡查河道，及时打捞漂浮物。\n"
          "二、加强执法检查。区城管执法局负责查处向河道倾倒垃圾的行为。\n"
          "{five}\n特此通告。\n")
RUN_IN = "三、相关要求：保洁作业单位要按照作业标准开展保洁服务，并如实记录保洁情况；沿河单位应配合做好保洁工作。"


def test_a_requirements_label_run_into_instructions_is_a_task():
    tasks_ = parse_text(NOTICE.format(five=RUN_IN)).tasks
    assert [t.number for t in tasks_] == ["一", "二", "三"]


def test_a_requirements_heading_over_its_paragraph_stays_as_read():
    # near miss: 「三、相关要求」 on a line of its own over its paragraph is the section heading read as before
    text = NOTICE.format(five=RUN_IN.replace("相关要求：", "相关要求\n"))
    before = [t.number for t in parse_text(text).tasks]
    assert "一" in before and "二" in before and "三" not in before
