"""Round 56 second wave (w56a): contingency plans (应急预案), second pass.

A short extract of a decimal outline — 「6 灾后救助 / 6.1 … / 6.1.1 …」 where no number has both its .1 and its .2
at line starts (6.1 with no 6.2, 7.3 and 7.4 with no 7.1, 7.4.1 and 7.4.3) — was no scheme at all, and the plan
came back with no task though every 6.1.1 line names its doer. Third-level numbers standing under their own
second-level line above them, under two second-level lines at least, are a scheme: the lowest numbers are the
tasks. Near misses: one such pair alone (a figure 「1.2.3」 may stand under a 「1.2」 line by chance) is none.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.number, t.responsible_units) for t in parse_text(text).tasks]


_SHORT = ("某县防汛抗旱应急预案\n"
          "4 应急保障\n"
          "4.2 物资保障\n"
          "4.2.1 县水务局负责储备防汛抢险物资。\n"
          "5 后期处置\n"
          "5.3 灾后重建\n"
          "5.3.1 县住房城乡建设局负责组织受损房屋鉴定。\n"
          "5.4 总结评估\n"
          "5.4.2 县应急管理局负责组织灾情评估。\n")


def test_a_short_decimal_extract_gives_its_lowest_numbers_as_tasks() -> None:
    assert tasks(_SHORT) == [("4.2.1", ["县水务局"]), ("5.3.1", ["县住房城乡建设局"]),
                             ("5.4.2", ["县应急管理局"])]


def test_the_extract_with_full_siblings_reads_the_same_way() -> None:
    text = _SHORT.replace("5 后期处置", "4.2.2 县粮食局负责储备救灾粮油。\n5 后期处置")
    assert [n for n, _ in tasks(text)] == ["4.2.1", "4.2.2", "5.3.1", "5.4.2"]


def test_one_nested_pair_alone_is_no_outline() -> None:
    text = ("某街道垃圾分类工作方案\n"
            "一、工作任务\n"
            "（一）街道城管办负责督促各小区设置分类投放点。\n"
            "（二）各社区负责组织志愿者开展桶边督导。\n"
            "1.2 各小区\n"
            "1.2.1 各小区物业负责日常管理。\n")
    found = tasks(text)
    assert len(found) == 2
    assert not any("." in n for n, _ in found)
    assert found[0][1] == ["街道城管办"]

