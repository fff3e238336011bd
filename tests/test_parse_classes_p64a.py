"""Round 64 (p64a): who an article of a whole rule binds or charges — the units read from its
sentences — and the figures and dates of such articles.

- The plan's own place opening a clause before a body's name 「本市市、区X主管部门应当…」
  「本市X服务单位应当…」「由本市市、区A、B和C主管部门提出…」: a scope, no part of the name — the
  shared level 「市、区」 and a regulated kind read as printed without it; 「本市建立…」 names none.
- 「A会同财政部门、价格主管部门研究…」: two departments, each its own head, not fields sharing one.
- 「A或其委托的单位应当…」: the bare head 单位 after a 的-phrase is a call — A alone;
  「A或其授权的子企业应…」 keeps both.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市排水设施运行费征收管理办法

第一章　总则

第一条　为了规范本市排水设施运行费的征收管理，根据有关规定，制定本办法。

第二条　本市排水设施运行费的征收、使用和管理适用本办法。

第二章　征收

"""

_RULES = _HEAD + """第三条　本市市、区排水主管部门应当核对供水单位全年售水量，在次年4月底前完成年度清算工作。

第四条　本市排水设施养护单位应当定期公布设施养护里程、维修次数等信息。

第五条　收费标准按照补偿成本的原则制定，由本市市、区价格、财政和排水主管部门提出意见，报同级人民政府批准后执行。

第六条　本市建立统一的运行费征收信息平台。

第七条　区排水主管部门会同财政部门、价格主管部门研究制定本区排水设施养护服务管理办法。

第八条　区排水主管部门或其委托的单位应当对排水户的排水行为实施监督检查，对违规排水的，应当及时制止。

第九条　区属排水企业或其授权的子企业应当按月开展管网巡检。

第十条　本办法自2026年6月1日起施行。
"""


def test_own_place_before_a_shared_level_or_a_kind_is_a_scope() -> None:
    tasks = _tasks(_RULES)
    assert tasks["3"] == ["市、区排水主管部门"]
    assert tasks["4"] == ["排水设施养护单位"]
    assert tasks["5"] == ["市、区价格、财政和排水主管部门"]
    assert tasks.get("6", []) == []         # (本市 standing alone: no body)


def test_partners_each_a_department_of_its_own() -> None:
    assert _tasks(_RULES)["7"] == ["区排水主管部门", "财政部门", "价格主管部门"]


def test_bare_unit_after_its_entrusted_phrase_is_a_call() -> None:
    tasks = _tasks(_RULES)
    assert tasks["8"] == ["区排水主管部门"]
    assert tasks["9"] == ["区属排水企业", "子企业"]
