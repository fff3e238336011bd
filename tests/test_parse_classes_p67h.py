"""Round 67 (p67h): responsible units across the tuned sets.

- The body in charge of a field of work 「A主管本市／全市／本行政区域…工作」: A a doer, as 「A负责…」 and 「A主责…」
  (rule 2's designation) — not the noun 主管部门 in a name 「区交通委主管部门负责…」 (one name, as printed).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_MANAGES = """某市公共停车场管理规定

第一条 为了规范公共停车场管理，根据有关法律法规，制定本规定。

第二条 市交通行政管理部门主管本市公共停车场的管理工作。区交通行政管理部门负责本辖区公共停车场的日常监督管理。

第三条 某区停车管理中心主管部门负责本区停车收费标准的备案。

第四条 停车场经营者应当按照规定公示收费标准，接受社会监督。
"""


def test_a_body_in_charge_of_a_field_of_work_is_a_doer() -> None:
    tasks = _tasks(_MANAGES)
    art = tasks["2"]
    assert "市交通行政管理部门" in art and "区交通行政管理部门" in art
    assert doer_units("市园林局主管全市古树名木的保护管理工作。")[1] == ["市园林局"]
    assert doer_units("区民政局主管本行政区域内的殡葬管理工作。")[1] == ["区民政局"]


def test_the_noun_in_a_name_stays_part_of_it() -> None:
    # near miss: 主管部门 as a name's head, no verb — the whole name as printed
    assert doer_units("某区停车管理中心主管部门负责本区停车收费标准的备案。")[1] == ["某区停车管理中心主管部门"]
    # near miss: 主管 with no field of work after it (主管领导) reads no body by 主管
    assert doer_units("市园林局主管领导要亲自过问。")[1] == []

