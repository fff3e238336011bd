"""Round 42, p42f: the readers folded onto one step, each keeping its own cases.

A unit before a colon (``colon_names.colon_name``) is read by ``division_paragraphs.unit_name`` (a division's unit
lines) and ``prose_units.colon_lead_unit`` (a paragraph led by a body); no test held their cases together."""

from desktop.core.parse.colon_names import colon_name
from desktop.core.parse.division_paragraphs import unit_name
from desktop.core.parse.prose_units import colon_kind_unit, colon_lead_unit


def test_the_shared_step_reads_the_name_its_text_and_parts():
    assert colon_name("县卫健局、县市场监管局：负责做好食品安全抽检工作。") == (
        "县卫健局、县市场监管局", "负责做好食品安全抽检工作。", ["县卫健局", "县市场监管局"])
    assert colon_name("教育管理中心:") == ("教育管理中心", "", ["教育管理中心"])


def test_the_shared_step_refuses_a_clause_a_label_value_and_a_long_head():
    for line in ("2024年：完成全部改造任务并组织验收。",          # a figure
                 "牵头的是：县住建局负责统筹推进全县改造。",       # a word of a sentence
                 "县住建局：0551-1234567",                       # a contact's number, no paragraph
                 "按照要求，各单位：抓紧落实整改工作任务。"):        # a comma before the colon
        assert colon_name(line) is None, line
    long_head = "某某县农业农村和水利局农村饮水安全工程建设管理服务中心：负责全县工程的建设管理。"
    assert colon_name(long_head) is not None and colon_name(long_head, longest=24) is None


def test_a_bare_unit_line_is_a_division_heading_not_a_led_paragraph():
    # (a heading line 「教育管理中心:」 alone: unit_name's bare case; colon_lead_unit wants the paragraph's duties)
    assert unit_name("教育管理中心:", bare=True) == "教育管理中心"
    assert unit_name("教育管理中心:", bare=False) == ""
    assert colon_lead_unit("教育管理中心:") == ""


def test_a_unit_paragraph_is_read_by_both_each_by_its_own_kind_of_name():
    line = "县交通运输局：负责做好道路运输车辆的安全检查工作。"
    assert unit_name(line, bare=False) == "县交通运输局"
    assert colon_lead_unit(line) == "县交通运输局"
    # a school, any unit for a division's paragraph; no body of government for a led paragraph
    school = "各学校：做好防溺水安全教育，落实家校联系制度。"
    assert unit_name(school, bare=False) == "各学校"
    assert colon_lead_unit(school) == ""
    # a kind of party: neither reads it as a unit, colon_kind_unit does (not a vague one: 各类施工企业：)
    kind = "房屋修缮工程施工单位：应当落实扬尘防治的各项措施。"
    assert unit_name(kind, bare=False) == "" and colon_lead_unit(kind) == ""
    assert colon_kind_unit(kind) == "房屋修缮工程施工单位"
    assert colon_kind_unit("各类施工企业：应当落实扬尘防治的各项措施。") == ""


def test_a_space_before_the_colon_is_a_paragraphs_not_a_division_lines():
    # (unit_name's name stands right before its colon; a paragraph's lead may have a space there)
    line = "县交通运输局 ：负责做好道路运输车辆的安全检查工作。"
    assert unit_name(line, bare=False) == ""
    assert colon_lead_unit(line) == "县交通运输局"


def test_labels_and_roles_before_a_colon_stay_no_unit_for_both():
    for line in ("责任单位：县住建局牵头，各乡镇配合抓好落实。", "工作要求：各单位要高度重视，认真抓好落实。"):
        assert unit_name(line, bare=False) == "" and colon_lead_unit(line) == "", line


# --- the two readers of a table with no row numbers tell its cells apart the same way (named_rows) ---------------

def _table(cells: list[str]) -> str:
    from desktop.core.parse.text_tables import convert_text_tables
    return convert_text_tables("\n".join(cells))


_ROWS = ["任务名称", "完成时限", "牵头单位", "配合单位",
         "建设智慧停车场3处", "{0}", "区城管局", "区交警大队",
         "改造农贸市场2个", "{1}", "区市场监管局", "各街道"]


def test_a_cell_table_without_blank_lines_reads_a_whole_year_or_a_quarter_as_its_time():
    # (全年 / 三季度: time cells the blank-line reader named_rows always read)
    out = _table([c.format("全年", "三季度") for c in _ROWS])
    assert "1.建设智慧停车场3处。(牵头单位:区城管局;责任单位:区交警大队;完成时限:全年)" in out
    assert "完成时限:三季度)" in out
    assert "完成时限:9月底)" in _table([c.format("9月底", "6月底") for c in _ROWS])


def test_a_sentence_where_the_time_should_be_is_no_row_of_the_table():
    cells = [c.format("全年推进，持续巩固提升。", "三季度") for c in _ROWS]
    assert "完成时限:" not in _table(cells)


def test_a_blank_line_table_reads_a_standing_or_a_years_end_time():
    from desktop.core.parse.named_rows import named_rows, time_cell, unit_cell
    table = ("附表：任务分工表\n\n工作任务\n责任部门\n完成时限\n\n"
             "完成审批系统升级改造，实现全程网办。\n信息中心\n常态化推进\n\n"
             "形成监管工作制度，开展专项检查。\n执法处、法规处\n年末\n\n")
    assert [(r.resp, r.deadline) for r in named_rows(table)] == [(["信息中心"], "常态化推进"),
                                                                 (["执法处", "法规处"], "年末")]
    # near misses: a sentence with a time word, a long cell; a task's text is no unit cell
    assert not time_cell("全年开展专项检查。") and not time_cell("2024年起每季度组织一次全面的检查和考核评比")
    assert unit_cell("执法处、法规处") == ["执法处", "法规处"] and unit_cell("开展专项检查，形成监管制度。") is None
