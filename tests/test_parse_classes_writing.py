"""Ways of writing the same plan that a copy from Word or a PDF brings (found by
tests/test_parse_variants.py): Word's one-character numbering ⑴/⒈ and PDF page numbers."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import unwrap

PLAN = ("某区为老服务实施方案\n一、重点任务\n"
        "{a}建设老年助餐点。年内新建助餐点12个。（牵头单位：区民政局；责任单位：各街道）\n"
        "{b}开展适老化改造。完成困难老人家庭改造300户。（牵头单位：区民政局；责任单位：区残联）\n")


def units(plan):
    return [(t.number, t.lead_units, t.responsible_units) for t in plan.tasks]


@pytest.mark.parametrize("a,b", [("⑴", "⑵"), ("⒈", "⒉")])
def test_word_single_character_numbering_is_numbering(a, b):
    written = parse_text(PLAN.format(a=a, b=b))
    plain = parse_text(PLAN.format(a="（1）" if a == "⑴" else "1.", b="（2）" if a == "⑴" else "2."))
    assert units(written) == units(plain) == [("1", ["区民政局"], ["各街道"]), ("2", ["区民政局"], ["区残联"])]


@pytest.mark.parametrize("marker", ["— 2 —", "- 2 -", "－ 12 －", "—2—"])
def test_a_page_number_line_inside_a_unit_list_is_dropped(marker):
    text = ("某区为老服务实施方案\n一、重点任务\n1.建设老年助餐点。年内新建助餐点12个。\n"
            f"牵头单位：区民政局\n责任单位：区财政局、区市场监管局、\n{marker}\n各街道办事处\n"
            "2.开展适老化改造。\n牵头单位：区残联\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks] == [["区财政局", "区市场监管局", "各街道办事处"], []]
    assert all(t.deadline is None for t in plan.tasks)


def test_a_dash_line_with_words_is_kept():
    # 「— 2024 —」 has four digits; 「- 附件 -」 has words: neither is a page number
    plan = parse_text("实施方案\n一、重点任务\n1.建设助餐点。\n— 2024年12月底前完成 —\n")
    assert plan.tasks[0].deadline and plan.tasks[0].deadline.startswith("2024-12")


def test_a_first_level_heading_written_with_a_dot_before_a_year():
    # hand-typed plans write 一. for 一、, and a section may start with the year it is about
    text = ("某县政府工作报告重点任务分工方案\n一.2025年主要预期目标\n"
            "1.地区生产总值增长6%左右。（牵头单位：县发改局）\n"
            "二.重点工作\n2.推进园区建设。（牵头单位：县工信局）\n")
    plan = parse_text(text)
    assert [(t.path, t.number, t.lead_units) for t in plan.tasks] == [
        (["一"], "1", ["县发改局"]), (["二"], "2", ["县工信局"])]
    # 「一.5」 stays a number, not a heading
    assert parse_text("方案\n一.5倍以上的项目\n").tasks == []


def test_an_attached_table_title_is_found_across_blank_lines():
    # a web copy puts a blank line after every paragraph: the table's 序号 row is further down
    body = ("某区文物建筑消防安全实施方案\n一、工作任务\n1.开展排查。（牵头单位：区文旅局）\n"
            "2.落实整改。（牵头单位：区消防救援支队）\n"
            "考核评分细则表\n项目\n内容\n分值\n序号\n1.制度不完善的扣1分\n2.没做好会议记录的扣0.5分\n")
    for text in (body, body.replace("\n", "\n\n")):
        assert [t.number for t in parse_text(text).tasks] == ["1", "2"]


def test_web_page_buttons_in_brackets_end_the_plan():
    # the last task is cut off mid-bracket; the page's 【打印本页】【关闭窗口】 after it is no part of it
    text = ("某市重点工作分工意见\n一、重点工作\n（一）稳增长。（省发展改革委牵头，省财政厅、省商务厅配合）\n"
            "（二）扩内需。（省商务厅牵头，省发展改革委、省")
    plain = parse_text(text)
    with_buttons = parse_text(text + "\n\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n")
    assert [(t.lead_units, t.responsible_units) for t in with_buttons.tasks] == \
        [(t.lead_units, t.responsible_units) for t in plain.tasks]
    assert with_buttons.tasks[1].lead_units == ["省商务厅"]


def test_a_one_cell_a_line_task_table_inside_the_body():
    # a section's task list as a table that a PDF or web copy gives one cell a line, with
    # prose sections around it
    text = ("某市人才集聚实施意见\n一、总体目标\n1.目标。5年内引进人才2000名左右。（牵头单位：市人社局）\n"
            "二、重点项目\n（一）产业人才。实施如下重点项目：\n序号\n工作任务\n牵头单位\n配合单位\n"
            "2\n紧缺人才开发项目。5年内引进1万名紧缺人才。\n市发展改革委\n市委组织部、各区\n"
            "3\n企业家培养项目。培养100名优秀企业家。\n市委组织部\n市国资委\n"
            "（二）科技人才\n4.博士后培养项目。培养博士后不少于400名。（牵头单位：市人社局；配合单位：各区）\n")
    plan = parse_text(text)
    assert [(t.number, t.lead_units, t.responsible_units) for t in plan.tasks] == [
        ("1", ["市人社局"], []), ("2", ["市发展改革委"], ["市委组织部", "各区"]),
        ("3", ["市委组织部"], ["市国资委"]), ("4", ["市人社局"], ["各区"])]


def test_an_irregular_one_cell_table_is_left_to_the_table_reader():
    # the second row has no 配合单位 cell (a merged cell): nothing is converted here, the rows stay
    # lines, and no row is made of the wrong cells
    text = ("实施方案\n一、重点任务\n（一）产业人才\n序号\n工作任务\n牵头单位\n配合单位\n"
            "1\n紧缺人才开发项目。\n市发展改革委\n市委组织部\n2\n企业家培养项目。\n市委组织部\n"
            "3\n人才安居项目。\n市住建局\n各区\n")
    from desktop.core.parse.text_tables import convert_text_tables
    assert convert_text_tables(text) == text


HEAD = "某区老旧小区改造实施方案"
BODY = ("一、重点任务\n1.推进改造。完成改造小区30个。\n牵头单位：区住建局\n责任单位：区财政局、\n{h}"
        "各街道办事处\n2.加装电梯。年内加装电梯60部。\n牵头单位：区住建局\n{h}"
        "3.完善设施。新建充电桩200个。\n牵头单位：区发改委\n{h}4.强化管理。\n牵头单位：区房管局\n")


def _answers(plan):
    return [(t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks]


@pytest.mark.parametrize("top", [f"{HEAD}\n", "某区老旧小区改造\n\n实施方案\n"])
def test_a_pdf_running_head_between_the_lines_is_dropped(top):
    # the title at each page's top, copied between the body's lines (a unit list broken by a page
    # too); under a title written on one line or wrapped over two
    plain = parse_text(top + BODY.format(h=""))
    headed = parse_text(top + BODY.format(h=HEAD + "\n"))
    assert _answers(plain)[0] == (["区住建局"], ["区财政局", "各街道办事处"], None)
    assert _answers(headed) == _answers(plain) and headed.title == plain.title


def test_a_title_line_said_twice_is_no_running_head():
    # a cover notice names the plan, then the plan starts with its title: both stay
    text = ("区政府办公室关于印发某区老旧小区改造实施方案的通知\n某区老旧小区改造实施方案\n请认真贯彻执行。\n"
            "某区老旧小区改造实施方案\n一、重点任务\n1.推进改造。\n牵头单位：区住建局\n")
    from desktop.core.parse.normalise import light
    assert light(text).count("某区老旧小区改造实施方案\n") == 2


def test_short_role_labels_in_a_bracket_and_on_a_line():
    # （牵头：X；责任：Y）: the roles written short; 「压实主体责任：」 inside a sentence is no label
    text = ("某区为老服务实施方案\n一、重点任务\n1.建设助餐点。（牵头：区民政局；责任：区财政局、各街道）\n"
            "2.开展适老化改造。（牵头：区残联；配合：区住建委）\n3.压实主体责任：各街道要抓好落实。\n牵头：区应急局\n"
            "4.开展宣传。\n牵头单位：区委宣传部\n")
    plan = parse_text(text)
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["区民政局"], ["区财政局", "各街道"]), (["区残联"], ["区住建委"]), (["区应急局"], []), (["区委宣传部"], [])]


def test_role_labels_by_department():
    # 牵头责任部门：/协同责任部门： (the 部门 form of 牵头责任单位/协同责任单位)
    text = ("某市重点工作责任分解\n一、重点工作\n1.扩大有效投资。\n牵头责任部门：市发展改革委\n"
            "协同责任部门：市财政局、各区政府\n")
    plan = parse_text(text)
    assert [(t.lead_units, t.responsible_units) for t in plan.tasks] == [(["市发展改革委"], ["市财政局", "各区政府"])]


def test_a_pdf_width_ends_a_paragraph_on_its_short_line():
    # a PDF text layer wrapped at 20 characters: a paragraph ends on its short last line, and the
    # next paragraph (区住建局负责…, no number) is not run into it however long the joined one is
    first = "为确保全区按时完成村庄环境整治任务，根据市里的实施方案要求，有效整合资源，形成统一合力，现将任务明确如下："
    rest = ["区住建局负责全区村庄环境整治总协调工作，指导督查康居乡村的创建工作，指导督查农村生活污水处理。",
            "区城管局负责村庄生活垃圾的收集、转运和处置的技术指导和督查，确保生活垃圾无害化处理率达标。",
            "区水利局负责村庄河道疏浚整治的技术指导和督查，指导督查村庄水系沟通和水环境整治工作。",
            "区交通局负责村庄道路建设的技术指导和督查，指导督查农村公路养护和村内道路硬化工作。"]
    text = "\n".join(ln for para in [first, *rest] for ln in (para[i:i + 20] for i in range(0, len(para), 20)))
    assert unwrap(text).split("\n") == [first, *rest]


def test_many_short_lines_do_not_hide_a_pdf_width():
    # units lines and headings are short; the long lines all stop at one width and none passes it
    para = "加快推进重点项目建设，强化要素保障，确保全年完成投资任务。"
    lines = []
    for n in range(1, 9):
        lines += [f"{n}.{para[:20]}", para[20:], "牵头单位：省发展改革委", "责任单位：省财政厅、省统计局"]
    joined = unwrap("\n".join(lines)).split("\n")
    assert joined[:3] == [f"1.{para[:20]}{para[20:]}", "牵头单位：省发展改革委", "责任单位：省财政厅、省统计局"]


@pytest.mark.parametrize("after", ["某府发〔2024〕12号各区人民政府，市政府各部门：", "各区人民政府，市政府各部门：",
                                   "某府办发[2024]3号各街道办事处:"])
def test_a_title_run_into_its_document_number_or_addressees(after):
    # a web copy with no line breaks: the title ends where the 文号 or the addressees begin
    text = ("某市人民政府关于加快发展养老服务的实施意见" + after + "为加快发展养老服务，现提出如下意见。"
            "一、重点任务（一）建设助餐点。年内新建助餐点12个。（牵头单位：市民政局）（二）开展适老化改造。（牵头单位：市残联）")
    plan = parse_text(text)
    assert plan.title == "某市人民政府关于加快发展养老服务的实施意见"
    assert [t.lead_units for t in plan.tasks] == [["市民政局"], ["市残联"]]
