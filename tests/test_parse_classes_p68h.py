"""Round 68 (p68h): a list restarted under a lead-in of its own, and a body acting after a breach with no 的.

- An article's second list numbered from （一） again under a paragraph of its own
  「…（三）…。⏎B在A的指导下，负责本辖区内以下…的日常管理工作：⏎（一）…」: the second list is B's (rule 4: a
  lead-in gives its body to the lines under it; A a guide, rule 3) — not a restart under a party's list of
  materials 「…申请人应当提交以下材料：」, which keeps the old reading (the first lead-in's body).
- A breach its subject commits with the 的 left off
  「甲类场所发生逃避计量等行为，市X局对违规车辆…计入…，告知…，并予以通报批评。」: the body answering it is a
  doer by the work it chains on (round 30; round 44) — not a mishap 「…发生设备故障，」, nor a body whose sentence
  holds no verb of doing 「…等行为，市X局对违规车辆…计入当月处理量。」.
- A department's office named after it 「…，审批部门办理机构需要对申请材料进行现场核实的，应当指派…」: 办理 the
  head of the office's name, no verb of the department's — the papers' check a step of the review names none
  (Round 85's turned x317_03 第九条（一））; where the office does work 「…的，审批部门办理机构组织现场检查」 it is
  read whole; 「…的，审批部门办理登记手续，并…」 stays the department's verb.
- The permit granted after the case 「行政许可申请符合法定条件的，审批部门应当依法作出准予行政许可的书面决定」 by a
  body the rules define as a kind: the decision on a party's application names none (Round 85's x321_02; Round
  94's turned x240_04) — not other work after the case 「…的，审批部门应当组织现场检查」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number, t.text[:6]]): [*t.lead_units, *t.responsible_units]
            for t in parse_text(text).tasks}


_TWO_LISTS = """某市户外灯箱设置管理规定
第一条（目的）
为了规范户外灯箱设置，制定本规定。
第二条（管理职责）
某市市容管理局（以下简称市容局）负责本市户外灯箱设置的监督管理；
区市容管理部门负责本区户外灯箱设置的监督管理工作。包括：
（一）编制本区户外灯箱设置规划；
（二）承担户外灯箱设置许可工作；
（三）组织户外灯箱安全检查。
{second}
（一）{one}；
（二）{two}；
（三）{three}。
第三条（施行）
本规定自2021年1月1日起施行。
"""


def test_restarted_list_under_its_own_lead_in_is_that_bodys() -> None:
    got = _tasks(_TWO_LISTS.format(
        second="乡镇人民政府、街道办事处在区市容管理部门的指导下，负责本辖区内以下户外灯箱的日常管理工作：",
        one="开展户外灯箱日常巡查", two="督促设置单位落实维护责任", three="组织违法灯箱的拆除工作"))
    assert got["2/一/编制本区户外"] == ["区市容管理部门"]
    assert got["2/一/开展户外灯箱"] == ["乡镇人民政府", "街道办事处"]
    assert got["2/三/组织违法灯箱"] == ["乡镇人民政府", "街道办事处"]


def test_restarted_materials_keep_the_first_reading() -> None:
    got = _tasks(_TWO_LISTS.format(second="设置户外灯箱的，申请人应当提交以下材料：",
                                   one="设置申请表", two="设计图纸", three="产权证明"))
    assert got["2/一/编制本区户外"] == ["区市容管理部门"]
    assert got["2/一/设置申请表；"] == ["区市容管理部门"]


_BREACH = """某市计量管理办法
第一条（目的）
为了加强计量管理，制定本办法。
第二条（职责）
某市计量管理局（以下简称市计量局）负责本市计量的管理工作。区县计量管理部门（以下简称区县管理部门）负责本辖区计量的管理工作。
第三条（计量检查）
市计量局、区县管理部门应当对计量服务单位的工作开展监督检查。
第四条（违规处理）
{para}
计量服务单位擅自更改数据的，由区县管理部门按协议处理。
第五条（施行）
本办法自2020年1月1日起施行。
"""


def _article4(para: str) -> list[str]:
    return next(units for key, units in _tasks(_BREACH.format(para=para)).items() if key.startswith("4/"))


def test_body_answering_a_breach_without_de() -> None:
    assert _article4("甲类场所发生逃避计量等行为，市计量局对违规车辆每次按该车核定载重量3倍计入当月处理量，"
                     "告知相关区县管理部门，并予以通报批评。")[:1] == ["市计量局"]


def test_mishap_or_no_doing_after_the_case_names_none() -> None:
    assert _article4("甲类场所发生设备故障，市计量局对违规车辆每次按该车核定载重量3倍计入当月处理量，"
                     "告知相关区县管理部门，并予以通报批评。")[:1] != ["市计量局"]
    assert _article4("甲类场所发生逃避计量等行为，市计量局对违规车辆每次按该车核定载重量3倍"
                     "计入当月处理量。")[:1] != ["市计量局"]


_PERMITS = """某市园林行政许可程序规定
第一条（目的依据）
为了规范行政许可行为，根据有关规定，制定本规定。
第二条（适用范围）
本市园林行政机关和法律、法规授权的组织（以下统称“审批部门”），对办理行政许可申请，适用本规定。
第三条（受理窗口）
审批部门应设立统一受理窗口，承担行政许可的咨询、受理等工作。
第四条（审查）
{para}
第五条（施行）
本规定自2020年1月1日起施行。
"""


def _permit4(para: str) -> list[str]:
    return next(units for key, units in _tasks(_PERMITS.format(para=para)).items() if key.startswith("4/"))


def test_office_named_after_its_department_is_no_verb() -> None:
    assert _permit4("行政许可审查过程中，审批部门办理机构需要对申请材料进行现场核实的，"
                    "应当指派两名以上工作人员进行。") == []
    assert _permit4("申请材料齐全的，审批部门办理机构组织现场检查。") == ["审批部门办理机构"]
    assert _permit4("申请材料齐全的，审批部门办理登记手续，并组织现场检查。") == ["审批部门"]


def test_permit_decision_after_the_case_names_none() -> None:
    assert _permit4("行政许可申请符合法定条件的，审批部门应当依法作出准予行政许可的书面决定。") == []
    assert _permit4("行政许可申请符合法定条件的，审批部门应当组织现场检查。") == ["审批部门"]
