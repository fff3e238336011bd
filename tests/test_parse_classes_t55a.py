"""Round 55 (t55a): a unit leaking from a later item.

- An item that is its units alone 「2、由A、B牵头」 (a page cut before its work) as the last item of its section: the
  units are its own, never its siblings' — item 1's own 「由C牵头组织…」 stays C's (``tasks._text_before_units``;
  ux55 plan A). Before, the line was read as the run's units line written after the last item and handed to the
  section, overriding every sibling.
- Near miss: a units line written after the last item's own text 「2、…工作。⏎牵头单位：A」 is still the run's (its
  parent's), each item carrying it.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_HEAD = ("某县春节文化活动方案\n\n一、指导思想\n\n以丰富群众生活为目标。\n\n"
         "二、活动安排\n\n以欢乐祥和为主题，营造节日氛围。\n")


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.number: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_a_cut_last_item_of_units_keeps_them_its_own():
    got = _units(_HEAD + "1、由县文化馆牵头组织书画作品展。\n2、由县广播电视台、县文化馆牵头\n")
    assert got == {"1": (["县文化馆"], []), "2": (["县广播电视台", "县文化馆"], [])}


def test_a_cut_last_item_gives_no_units_to_a_sibling_naming_none():
    got = _units(_HEAD + "1、组织书画作品展。\n2、由县广播电视台负责\n")
    assert got == {"1": ([], []), "2": ([], ["县广播电视台"])}


def test_the_same_before_a_later_section():
    got = _units(_HEAD + "1、由县文化馆牵头组织书画作品展。\n2、由县广播电视台、县文化馆牵头\n\n"
                 "三、工作要求\n\n各单位要高度重视。\n")
    assert got["1"] == (["县文化馆"], [])
    assert got["2"] == (["县广播电视台", "县文化馆"], [])


def test_a_units_line_after_the_last_items_text_is_the_runs():
    got = _units("某县春节文化活动方案\n\n一、工作任务\n\n（一）开展环境整治\n\n1、清理河道垃圾。\n"
                 "2、整治沿街摊点。\n牵头单位：县城管局\n\n二、工作要求\n\n各单位要高度重视。\n")
    assert got == {"1": (["县城管局"], []), "2": (["县城管局"], [])}


def test_a_cut_last_sub_item_keeps_its_units_from_its_parent_item():
    got = _units(_HEAD + "（一）书画展\n（1）由县文化馆牵头组织书画作品展。\n（2）由县广播电视台、县文化馆牵头\n")
    assert got == {"1": (["县文化馆"], []), "2": (["县广播电视台", "县文化馆"], [])}


def test_a_numbered_units_label_after_plain_items_stays_the_runs():
    got = _units(_HEAD + "1、组织书画作品展。\n2、开展送春联活动。\n3、责任单位：县文化馆、县图书馆。\n")
    assert got and all(resp == ["县文化馆", "县图书馆"] for _lead, resp in got.values())
