"""Round 66 (p66f): classes owed by the tuned sets' rulings (Round 92).

- A check's noun over its contents 「…。监督检查包括以下内容：（一）…情况；…」: the lines are the check's scope, text
  of the article's one task, whether the noun opens its own sentence or follows a comma (Round 92) — not a body's
  lead-in over work 「A应当对下列事项进行检查：（一）组织…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _keys(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_CHECKED = """某市燃气设施安全管理规定

第一条　为了加强本市燃气设施安全管理，根据有关法律，制定本规定。

第二条　区燃气管理部门应当组织开展燃气设施日常巡查。

第三条　区燃气管理部门对燃气经营企业的监督检查每年不少于两次。监督检查包括以下内容：
（一）燃气设施的运行和维护情况；
（二）安全管理制度的落实情况；
（三）其他需要检查的情况。
街道办事处按照有关规定，对辖区内居民用户实施日常安全检查。

第四条　区燃气管理部门应当对下列事项进行检查：
（一）组织燃气经营企业开展应急演练；
（二）督促燃气经营企业落实安全管理制度。
"""


def test_check_contents_after_a_full_stop_are_one_task() -> None:
    keys = _keys(_CHECKED)
    assert "3" in keys
    assert not any(k.startswith("3/") for k in keys)
    # (near miss: a body's lead-in over lines of work keeps its items)
    assert "4/一" in keys and "4/二" in keys
