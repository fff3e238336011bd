"""Round 40, p40j: a later page of a paged copy that opens inside a numbered list (「2.…」 with no heading above),
each item a heading line then its own field lines (责任单位:… / 具体工作:…) before the next 「3.…」: the items are
still tasks, with the units of their labels. Near misses: the same lines under a sentence or an attachment line, or
items whose next numbered line does not continue the numbering, or whose lines between are prose, stay no tasks.
Also a one-line rules page whose title 「…管理制度」 runs on into its 一、 (class 2 below)."""
from desktop.core.parse import parse_text

PAGE = ("2.发挥志愿者作用,动员社会力量参与安全宣传\n"
        "责任单位:县文明办(牵头单位)、团县委、县妇联\n"
        "具体工作:在学校、企业中发展志愿者队伍,组织志愿者深入路口开展宣传劝导活动。\n"
        "3.加强驾驶人安全教育\n"
        "责任单位:县交通运输局\n"
        "具体工作:将安全知识纳入驾驶人培训内容,开展“安全驾驶人”评选活动。\n"
        "4.加强学生安全教育\n"
        "责任单位:县教育局\n"
        "具体工作:督促学校每学期开展一次安全教育课。\n")


def test_a_page_opening_at_item_two_with_field_lines_keeps_its_items():
    tasks = parse_text(PAGE).tasks
    by_number = {t.number: t for t in tasks if not t.path}
    assert set(by_number) == {"2", "3", "4"}
    assert by_number["2"].lead_units == ["县文明办"]
    assert "团县委" in by_number["2"].responsible_units
    assert by_number["3"].responsible_units == ["县交通运输局"]


def test_the_same_items_under_a_sentence_stay_preamble():
    text = "为做好道路安全宣传工作,特制定本方案。\n" + PAGE
    assert not any(t.number == "2" and not t.path for t in parse_text(text).tasks)


def test_a_numbered_line_whose_field_lines_lead_to_a_section_is_no_item():
    text = ("2.发挥志愿者作用\n责任单位:县文明办\n具体工作:组织志愿者开展宣传。\n"
            "一、重点任务\n（一）县交通运输局负责，加强驾驶人安全教育。\n（二）县教育局负责，加强学生安全教育。\n")
    tasks = parse_text(text).tasks
    assert not any(t.number == "2" and not t.path for t in tasks)
    assert any(t.path == ["一"] for t in tasks)


def test_prose_between_the_numbered_lines_is_no_field_line():
    text = ("2.发挥志愿者作用\n各单位要高度重视,认真组织。\n责任单位:县文明办\n3.加强驾驶人安全教育\n"
            "责任单位:县交通运输局\n")
    assert not any(t.number == "2" and not t.path for t in parse_text(text).tasks)


def test_field_lines_naming_no_units_do_not_open_the_list():
    text = ("2.发挥志愿者作用\n具体工作:组织志愿者开展宣传。\n3.加强驾驶人安全教育\n具体工作:开展评选活动。\n")
    assert not any(t.number == "2" and not t.path for t in parse_text(text).tasks)


# class 2: a one-line rules page (制度) whose title runs on into its 一、 「…管理制度一、总则(一)…」: 一、 after the
# title is the first section, as after 「…实施方案」, so 「。二、管理职责」 later is the next section and its items
# are tasks. Near misses: 制度 inside a sentence with no 二、 after it, and 「一、二级」, stay unsplit.
RULES = ("村级饮水工程管理制度一、总则(一)目的为加强饮水工程管理,保障群众饮水安全,制定本制度。(二)适用范围本制度适用于"
         "全镇各村饮水工程。二、管理职责(一)政府职责1.镇人民政府负责全镇饮水工程的组织领导和统筹协调。2.各村民委员会负责本村"
         "饮水工程的日常管护。(二)部门职责1.镇水务站负责饮水工程的技术指导。2.镇卫生院负责水质检测。")


def test_a_rules_title_run_on_into_its_first_section_splits_the_sections():
    tasks = parse_text(RULES).tasks
    paths = {(tuple(t.path), t.number) for t in tasks}
    assert {(("二", "一"), "1"), (("二", "一"), "2"), (("二", "二"), "1"), (("二", "二"), "2")} <= paths
    by = {(tuple(t.path), t.number): t for t in tasks}
    assert "镇水务站" in by[(("二", "二"), "1")].responsible_units + by[(("二", "二"), "1")].lead_units


def test_zhidu_inside_a_sentence_with_no_second_section_is_no_title_end():
    text = ("为加强饮水工程管理,各村要建立健全管护制度一、二级水源地由镇水务站负责巡查,每月巡查一次。"
            "各村民委员会负责本村饮水工程的日常管护,镇卫生院负责水质检测。")
    assert not any(t.number == "一" and not t.path for t in parse_text(text).tasks)
