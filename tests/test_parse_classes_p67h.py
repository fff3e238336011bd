"""Round 67 (p67h): responsible units across the tuned sets.

- The body in charge of a field of work 「A主管本市／全市／本行政区域…工作」: A a doer, as 「A负责…」 and 「A主责…」
  (rule 2's designation) — not the noun 主管部门 in a name 「区交通委主管部门负责…」 (one name, as printed).
- A 会同 partner whose work is a verb no list holds 「A会同区民政局清理…」「A负责会同B推选…」: B by the shortest opening
  that ends as a body does (rule 2's 「A会同B＋verb」, any verb) — not one name that goes on to a further body
  「会同市规划资源局土地整理中心…」, nor a cut inside an ending 「…主管部|门」.
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


def test_a_partner_before_work_no_list_holds() -> None:
    assert doer_units("区公安分局会同区民政局清理规范门楼牌的编号。") == (["区公安分局"], ["区公安分局", "区民政局"])
    assert doer_units("公安部门负责会同民政部门整治门楼牌编号。") == (["公安部门"], ["公安部门", "民政部门"])
    assert doer_units("市养老服务中心会同区消防救援支队推选一批示范机构。")[1] == ["市养老服务中心", "区消防救援支队"]


def test_a_partner_whose_name_goes_on_stays_one_name() -> None:
    # near miss: the partner's name holds a further body's ending — one name, as printed
    assert doer_units("区文旅局会同区规划资源局土地整理中心清理档案。")[1] == ["区文旅局", "区规划资源局土地整理中心"]
    # near miss: 会同 with no partner named reads none by 会同
    assert doer_units("区文旅局会同研究制定补贴办法。")[1] == []
