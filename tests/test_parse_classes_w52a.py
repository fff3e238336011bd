"""Round 52 second wave (w52a): tasks the reader did not find in page openings and notices. Made-up texts.

* A duty table of bodies flattened one cell a paragraph with no row numbers: each body's name alone on its line over
  its duties' paragraph (CONVENTIONS.md round 45: a duty list with a column of departments gives work; round 38: the
  rows' paths by the department's name) — each row a task of its body."""

from __future__ import annotations

from desktop.core.parse import parse_text
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
