"""Round 38 (p38f), one reader for the short names a document defines 「A（以下简称“X”）」「（简称：X）」「（以下称X）」
「（下称“X”）」: the registry joins X to the one body printed before it (not to a list 「A及B（以下简称X）」), the
sentence readers drop the bracket from the name, the declaration reader reads what its comma adds, a name for the
document 「（以下简称“本办法”）」 names no body. Made-up snippets written the way plans write."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.defined_names import (
    DEFINITION,
    drop_definitions,
    one_name,
    short_names,
)
from desktop.core.parse.registry import _names_one

PLAN = ("某区河道整治工作方案\n一、工作任务\n"
        "（一）区水务局（以下简称“区水务部门”）负责河道日常巡查。\n"
        "（二）加强河道保洁。（责任单位：区水务部门）\n"
        "（三）嘉定区建管委及临港管委会（以下简称“重点区域建管部门”）负责辖区内工程监管。\n"
        "（四）加强工程监管。（责任单位：重点区域建管部门）\n"
        "（五）区生态环境局（以下称区环保部门）负责水质监测。\n"
        "（六）区河长制办公室（简称：区河长办）牵头建立河长巡河制度。\n"
        "（七）完善河长考核办法（以下简称“本办法”）。（责任单位：区河长办）\n"
        )


def test_each_shape_is_one_definition():
    text = ("区水务局（以下简称“区水务部门”）；区河长制办公室（简称：区河长办）；区生态环境局（以下称区环保部门）；"
            "区城管执法局（下称「区执法部门」）；区工作小组（以下简称工作小组，具体名单附后）")
    assert list(short_names(text)) == ["区水务部门", "区河长办", "区环保部门", "区执法部门", "工作小组"]
    assert short_names(text)["区水务部门"] == "区水务局"
    assert drop_definitions(text) == "区水务局；区河长制办公室；区生态环境局；区城管执法局；区工作小组"


def test_a_name_defined_twice_keeps_the_first_body():
    text = "区应急管理局（以下简称“区应急局”）负责…。区应急指挥中心（以下简称“区应急局”）配合…"
    assert short_names(text) == {"区应急局": "区应急管理局"}


def test_a_list_before_the_bracket_is_named_together():
    before = short_names("嘉定区建管委及临港管委会（以下简称“重点区域建管部门”）")["重点区域建管部门"]
    assert not _names_one(before, "临港管委会")
    assert _names_one(short_names("区水务局（以下简称“区水务部门”）")["区水务部门"], "区水务局")


def test_near_misses():
    # a name for the document names no body; a bare 称 opens other brackets; names given several at once
    assert short_names("制定本办法（以下简称“本办法”）。印发《实施方案》（以下简称《方案》）") == {}
    assert drop_definitions("地磅（称重区域前后为实线）") == "地磅（称重区域前后为实线）"
    assert one_name("“本办法”") == "" and one_name("《方案》") == ""
    assert short_names("环评文件、水保方案（以下分别简称为环评、水保）") == {}
    assert DEFINITION.fullmatch("（称重区域前后为实线）") is None


def test_what_the_bracket_adds_after_the_name():
    assert DEFINITION.fullmatch("（以下简称区河长办，区水务局牵头）")["rest"] == "区水务局牵头"
    assert DEFINITION.fullmatch("（简称“区河长办”）")["rest"] is None
    assert one_name("“市创城办”") == "市创城办" and one_name("“某办”、“某组”") == ""


def test_the_plan_reads_defined_names_once():
    plan = parse_text(PLAN)
    units = {t.number: (t.lead_units, t.responsible_units) for t in plan.tasks}
    assert units["一"] == ([], ["区水务局"])
    assert units["三"] == ([], ["嘉定区建管委", "临港管委会"])
    assert units["五"] == ([], ["区生态环境局"])
    assert units["六"] == (["区河长制办公室"], [])
    aliases = {u.name: u.aliases for u in plan.units}
    assert aliases["区水务局"] == ["区水务部门"]
    assert aliases["区河长制办公室"] == ["区河长办"]
    # (a list is not joined to the short name it is given together)
    assert aliases["临港管委会"] == [] and "重点区域建管部门" in aliases
    assert not any("本办法" in n for n in aliases)


def test_a_name_given_with_xia_cheng_is_no_part_of_the_body():
    # 下称 is a definition too: the sentence reader drops the bracket (it was read into the name before round 38)
    text = ("某区河道整治工作方案\n一、工作任务\n（一）加强河道保洁。（责任单位：区水务局）\n"
            "（二）区城管执法局（下称“区执法部门”）负责执法检查。\n（三）加强监管。\n")
    units = {t.number: t.responsible_units for t in parse_text(text).tasks}
    assert units["二"] == ["区城管执法局"]
