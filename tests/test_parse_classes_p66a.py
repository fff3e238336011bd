"""Round 66, parser helper p66a: classes met on plans-next341 (city rules written as articles). Made-up texts.

1. A body's duty-list lead-in with the adverb 主要 between the body and its verb 「市X中心主要履行下列管理职责：」 gives
   its lines naming none its body (rule 4; Round 81's x305_04 第四条), as 「市X中心履行下列职责：」 does — 主要 is
   no part of the body's name.
2. A definitions article whose later sentence names a body the doer by rule 2 「本细则所称X，是指…。具体标准由区民政局
   制定。」 is a task (round 39; round 30: general provisions are those that only define) — not one whose later
   sentence is the interpreting body or no doer at all.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def tasks(text: str) -> list[tuple[tuple[str, ...], list[str], list[str]]]:
    return [((*t.path, t.number), t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


def _rule(*articles: str) -> str:
    body = "".join(f"第{n}条  {a}\n\n" for n, a in zip("一二三四五六七八九", articles))
    return "某区养老服务补贴资金管理办法\n\n" + body


# 1. 主要 before the lead-in's verb

def test_a_lead_in_with_zhuyao_gives_its_lines_its_body():
    text = _rule("为规范补贴资金管理，根据有关规定，制定本办法。",
                 "区民政局负责对某区养老服务指导中心（以下简称“区养老中心”）的工作进行考核。",
                 "区养老中心主要履行下列管理职责：\n\n（一）接收补贴资金；\n\n（二）审核补贴申请；\n\n（三）其他日常管理工作。",
                 "本办法自2026年1月1日起施行。")
    got = tasks(text)
    assert (("3", "一"), [], ["区养老中心"]) in got
    assert (("3", "二"), [], ["区养老中心"]) in got
    assert (("3", "三"), [], ["区养老中心"]) in got


def test_a_lead_in_with_zhuyao_over_a_list_of_materials_names_no_body():
    # near miss: what an applicant hands in is no body's duty list
    from desktop.core.parse.opening_subjects import lead_in_units
    assert lead_in_units("区民政局主要履行下列职责：") == ["区民政局"]
    assert lead_in_units("申请人主要提交下列材料：") == []
    assert lead_in_units("主要内容包括下列事项：") == []


# 2. a definitions article that also names a doer

def test_a_definition_with_a_doer_after_it_is_a_task():
    text = _rule("为规范补贴资金管理，根据有关规定，制定本办法。",
                 "区财政局负责补贴资金的拨付和监督管理。",
                 "本办法所称护理补贴，是指为失能老人购买护理服务的费用。具体补贴标准由区民政局制定。",
                 "本办法自2026年1月1日起施行。")
    got = tasks(text)
    assert (("3",), [], ["区民政局"]) in got


def test_a_definition_alone_or_with_its_interpreter_is_no_task():
    text = _rule("为规范补贴资金管理，根据有关规定，制定本办法。",
                 "区财政局负责补贴资金的拨付和监督管理。",
                 "本办法所称护理补贴，是指为失能老人购买护理服务的费用。护理天数按实计算。",
                 "本办法所称失能老人，是指经评估不能自理的老年人。本办法由区民政局负责解释。",
                 "本办法自2026年1月1日起施行。")
    numbers = [n for n, _l, _r in tasks(text)]
    assert ("3",) not in numbers
    assert ("4",) not in numbers
    assert ("2",) in numbers
