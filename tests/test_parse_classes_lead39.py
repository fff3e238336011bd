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


def test_a_tenth_point_numbered_in_digits_after_chinese_ones_does_not_break_the_parse():
    # 「（一）…（九）」 then 「（10）」 (the review's find): the mixed-number reader only spells 2–9 back in Chinese;
    # before the mend the plan gave no task at all (an IndexError caught as 解析时出现意外错误)
    points = "".join(f"（{c}）区{c}局负责第{c}项工作。\n" for c in "一二三四五六七八九")
    text = "某区工作方案\n一、主要任务\n" + points + "（10）区十局负责第十项工作。\n"
    result = parse_text(text)
    assert len(result.tasks) >= 9
    assert not any("意外" in w for w in result.warnings)


def test_a_unit_heading_keeps_its_lead_when_a_later_sentence_names_another_doer():
    # 「（一）区水务局。负责…，会同区财政局…。区河道管理所具体负责…」: the heading's one body leads (Round 39); a later
    # sentence's own doer is responsible, not a second heading body
    from desktop.core.parse.heading_partners import with_partners
    names, leads = with_partners("区水务局。负责河道整治，会同区财政局落实资金。区河道管理所具体负责日常养护。",
                                 ["区水务局"], [])
    assert leads == ["区水务局"]
    assert names == ["区水务局", "区河道管理所", "区财政局"]
    # near miss: a 会同 inside a case gives no partner (rule 3)
    assert with_partners("发生险情的，会同区财政局处置。", ["区水务局"], []) == (["区水务局"], [])

