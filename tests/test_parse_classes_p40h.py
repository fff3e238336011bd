"""Round 40 classes from what rounds 37/38's sets (plans-next140 … 155) still failed, fixed in p40h.

1. A body's name glued to the verb after it: 「区城建委委托B…」 (委 then 委托), 「A可委托B…」, 「由区委宣传部部署」
   (部 then 部署) and a cut circumstance 「…统一部署，」 are no names; 「A委托B…」 gives A (round 35: read as 由A委托B),
   in a later clause too 「A根据需要，委托B负责…」; a division paragraph opening with a circumstance 「在…统一部署下，」
   reads the body after it.
2. A scope between the modal and rule 2's verb 「A应当在…范围内实施…」, like a time 「A要在…前组织…」.
Made-up snippets written the way district plans and rules are."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.divisions import _division_opener
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.units import looks_like_unit

HEAD = "某区公共停车场管理办法\n"


def article_units(body: str) -> tuple[list[str], list[str]]:
    text = HEAD + "第一条 为加强管理，制定本办法。\n第二条 " + body + "\n第三条 区财政局负责保障工作经费。\n"
    task = next(t for t in parse_text(text).tasks if t.number == "2")
    return task.lead_units, task.responsible_units


def test_a_body_then_entrusting_reads_the_body_not_one_long_name():
    _lead, resp = article_units("区城建委委托区停车管理事务中心对停车场进行日常管理和考核。")
    assert resp == ["区城建委"]
    _lead, resp = article_units("区城建委委托区停车管理事务中心（以下简称区停车中心）对停车场进行日常管理。\n"
                                "区停车中心根据需要，委托区停车服务公司负责各停车场的保洁工作。")
    assert resp == ["区城建委", "区停车中心"]
    # near misses: the entrusted body stays no unit, an option 可委托 names no doer by itself
    assert "区停车服务公司" not in resp
    assert doer_units("区城建委可委托第三方机构对停车场进行评估。") == ([], [])
    lead, resp = doer_units("区城建委可委托第三方机构进行评估。区城建委会同区财政局复核评估结果。")
    assert (lead, resp) == (["区城建委"], ["区城建委", "区财政局"])


def test_a_later_clause_entrusting_gives_its_subject():
    assert doer_units("区绿化局根据需要，委托区绿化养护公司负责公园的日常养护。") == ([], ["区绿化局"])
    # near miss: a pivot on a body first 「督促B…，委托…」 is B's, and a plain later verb names no doer
    assert doer_units("区绿化局要加强检查，及时通报问题。") == ([], [])


def test_a_body_then_deploying_is_no_name():
    assert not looks_like_unit("区委宣传部部署")
    assert not looks_like_unit("县委统一部署")
    assert looks_like_unit("区委宣传部")
    assert looks_like_unit("区交通运输管理署")          # (a body whose name ends in 署 stays one)
    assert doer_units("此项工作由区委宣传部部署，各新闻单位落实，区应急局综合科负责协调。")[1] == [
        "区委宣传部", "各新闻单位", "区应急局综合科"]


def test_a_division_paragraph_opening_with_a_circumstance_reads_the_body_after_it():
    assert _division_opener("在县委县政府统一部署下，县公安局具体推进，各乡镇落实。") == ["县公安局"]
    assert _division_opener("在区委统一领导下，区住建委负责全区工作。") == ["区住建委"]
    # near misses: a paragraph opening with its body keeps it; a circumstance with no body after it names none
    assert _division_opener("县教育局负责学校的宣传工作。") == ["县教育局"]
    assert _division_opener("在县委统一部署下，广泛开展宣传。") == []


def test_a_scope_between_the_modal_and_the_verb():
    assert doer_units("区土地储备中心应当在年度计划范围内实施储备，并申请办理立项手续。") == ([], ["区土地储备中心"])
    assert doer_units("各街镇在职责范围内负责辖区内的巡查工作。") == ([], ["各街镇"])
    # near misses: a scope before another verb names no doer; a time before 组织 still does
    assert doer_units("区土地储备中心应当在年度计划范围内编制储备方案。") == ([], [])
    assert doer_units("区文旅局要在假期前组织开展安全检查。") == ([], ["区文旅局"])
