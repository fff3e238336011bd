"""Round 65 (p65a): who an article or a point binds or charges — the units read from its sentences — and the
figures and duties of city rules.

- A procurement's buyer named by its side 「采购人作为…的责任主体」「采购人应当组织…」: a party by role, as
  招标人 — not its staff 「采购人员」; a hedge before the modal 「A一般应当自行组织…」「A原则上应当…」 still binds A.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_BUYER = """关于加强学校设备验收管理工作的通知

各区教育部门：
为规范设备验收，现就有关事项通知如下：
一、工作内容
（一）明确主体
1. 采购人作为设备验收工作的责任主体，应当按照有关规定开展验收各项工作。
2. 采购人一般应当自行组织设备验收。
3. 区教育部门原则上应当组织开展抽查。
4. 采购人员应当熟悉合同条款。
5. 区教育部门一般按季度通报情况。
二、保障措施
（一）加强指导。区教育部门应当加强对学校的指导。
"""


def test_buyer_by_its_side_and_hedged_modal() -> None:
    got = _tasks(_BUYER)
    assert got["一/一/1"] == ["采购人"]
    assert got["一/一/2"] == ["采购人"]
    assert got["一/一/3"] == ["区教育部门"]
    assert got["一/一/4"] == []            # (staff, persons: no unit)
    assert got["二/一"] == []              # (加强 is outside rule 2's list)
