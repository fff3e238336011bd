"""Class tests of the lead's round-39 mends (made-up snippets written the way plans write)."""
from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {t.title: t.responsible_units for t in parse_text(text).tasks}


_RULES = ("某市公共自行车运营管理办法\n第一条（目的依据） 为了规范公共自行车运营，制定本办法。\n"
          "第二条（适用范围） 本办法适用于本市公共自行车的运营管理。\n"
          "第三条（管理部门） 市交通委负责公共自行车的监督管理。\n"
          "第四条（责任主体） {who}承担公共自行车运营的主体责任。\n"
          "第五条（施行日期） 本办法自2025年1月1日起施行。\n")


def _by_label(who: str) -> dict[str, list[str]]:
    return {title[1:5]: us for title, us in _units(_RULES.format(who=who)).items() if title.startswith("（")}


def test_an_articles_run_in_label_is_no_part_of_a_name():
    # 「第四条（责任主体） 运营企业承担…主体责任」 and 「第三条（管理部门） 市交通委负责…」
    # printed on one line: the labels
    # stand before the names the designation (Round 39) and rule 2 read; they are no part of them
    units = _by_label("运营企业")
    assert units["责任主体"] == ["运营企业"]
    assert units["管理部门"] == ["市交通委"]


def test_a_bracket_that_is_part_of_a_name_stays():
    # near miss: a bracket with no label word 「（区）交通管理部门」 is the body's own name, kept as printed
    assert _by_label("（区）交通管理部门")["责任主体"] == ["（区）交通管理部门"]
