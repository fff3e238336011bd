"""Round 40, p40j: a later page of a paged copy that opens inside a numbered list (「2.…」 with no heading above),
each item a heading line then its own field lines (责任单位:… / 具体工作:…) before the next 「3.…」: the items are
still tasks, with the units of their labels. Near misses: the same lines under a sentence or an attachment line, or
items whose next numbered line does not continue the numbering, or whose lines between are prose, stay no tasks."""
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
