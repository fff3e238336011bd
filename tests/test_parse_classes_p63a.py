"""Round 63 (p63a): who an article of a whole rule binds or charges — the units read from its
sentences.

- A trader named by its trade 「换电运营商」「设备供应商」 is a party by its kind (its head 商,
  as 企业): the subject of an article's verb of doing; no 商 read across a modal or a verb
  「发包人应当在确定承包商之日起…」.
- Levels before a list of fields closed by 等 and one head 「市和区交通、绿化、水务等行政管理部门」:
  one name as printed.
- 「国家机关、社会团体、企业事业单位」: each a kind (团体, 机关 heads of their own), no field
  sharing the next one's head; 「机关、团体、企业、事业等单位」 stays one name.
- 「A应当给予指导」 alone is rule 3's guide in articles; with work of its own after it A is a doer.
- 「由投资者或者管理单位负责…」: 或者 between a party by role and a kind names both;
  「市或者区X办」 stays one name.
- A bare 单位 the rules define (以下统称单位) beside a longer kind 「重点防火单位」: both doers; a
  whole party kind before 和 and a 的-described kind 「物业服务企业和…场所的经营、管理单位，应当…」:
  both, 经营、管理单位 one name.
- 「X由A负责。实行…的，由B负责。」: the class of work that picks the body answering for the same
  X, no contingency — A and B; 「确需调整的，由B负责」 stays a contingency.
- The works a party builds before its modal 「建设单位新建…，应当…修建…」: the party is the
  modal's subject.
- 「有关部门接到…后，应当…实施救援」: 有关部门 a kind in articles, 接到…后 a step saying when.
- 「由其所在单位维护管理」: 所在单位 as printed; a cost 「由A予以补偿」 a payer, no doer.
- 「…的产权人、使用人、管理人应当…」: the user and the manager are parties by their holding, as
  产权人.
- An article's lines 「（三）公安部门组建…」: each line's own subject by 组建, a verb of doing.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市公共设施安全管理条例

第一章　总则

第一条　为了加强本市公共设施的安全管理，根据有关法律、行政法规，结合本市实际，制定本条例。

第二条　本条例适用于本市行政区域内公共设施的建设、使用和管理。

第三条　本市机关、团体、企业、事业等单位（以下统称单位）和个人都有保护公共设施的义务。

第二章　管理

"""

_RULES = _HEAD + """第四条　项目竣工后，换电运营商应当组织整体验收，相关资料留存备查。

第五条　发包人应当在确定承包商之日起五日内发出通知书，并与承包商签订承包合同。

第六条　市和区交通、绿化、水务等行政管理部门应当根据各自职责，依法开展公共设施调查，有关单位和个人应当予以配合。

第七条　国家机关、社会团体、企业事业单位，应当有计划地组织本单位人员进行疏散演练。区应急局应当给予指导。

第八条　区应急局应当给予指导，并加强监督检查。

第九条　公用设施由区设施办负责维护。其他设施由投资者或者管理单位负责维护，并接受区设施办的监督检查。

第十条　单位应当定期组织疏散演练。重点防火单位应当每年进行至少两次疏散演练。

物业服务企业和公共娱乐场所的经营、管理单位，应当组织员工开展疏散演练。

第十一条　施工单位应当按照审查同意的设计进行施工。

施工现场的安全由施工单位负责。实行工程总承包的，由总承包单位负责。建设单位应当与施工单位在合同中明确各方的安全责任。

第十二条　道路的保洁由区环卫所负责。确需调整的，由区绿化局负责。

第十三条　建设单位新建公共建筑，应当按照有关规定，同步修建应急避难设施。

第十四条　有关部门接到事故报告后，应当立即报告本级人民政府并按照应急预案实施救援。

第十五条　预留设施所需建造费用由区设施办予以补偿。

设置在有关单位的报警设施，由其所在单位维护管理。

第十六条　区设施办应当会同有关部门编制救援队组建方案，报区人民政府批准后由下列部门负责组建：

（一）卫生部门组建医疗救护队；

（二）公安部门组建治安队。

第十七条　码头、堆场的产权人、使用人、管理人应当完善安全管理，落实安全工作要求。

第十八条　本条例自2025年1月1日起施行。
"""


def test_trader_named_by_its_trade_is_a_party() -> None:
    tasks = _tasks(_RULES)
    assert tasks["4"] == ["换电运营商"]
    assert tasks["5"] == ["发包人"]     # (no 商 read across 应当在确定承包商)


def test_levels_before_fields_sharing_one_head_one_name() -> None:
    assert _tasks(_RULES)["6"] == ["市和区交通、绿化、水务等行政管理部门"]


def test_kinds_split_on_dun_and_a_guide_alone() -> None:
    tasks = _tasks(_RULES)
    assert tasks["7"] == ["国家机关", "社会团体", "企业事业单位"]
    assert tasks["8"] == ["区应急局"]


def test_or_between_a_party_by_role_and_a_kind() -> None:
    assert _tasks(_RULES)["9"] == ["区设施办", "投资者", "管理单位"]


def test_defined_bare_kind_beside_longer_kinds() -> None:
    assert _tasks(_RULES)["10"] == ["单位", "重点防火单位", "物业服务企业", "经营、管理单位"]


def test_class_of_work_picks_the_body_not_a_contingency() -> None:
    tasks = _tasks(_RULES)
    assert tasks["11"] == ["施工单位", "总承包单位", "建设单位"]
    assert tasks["12"] == ["区环卫所"]


def test_party_building_works_before_its_modal() -> None:
    assert _tasks(_RULES)["13"] == ["建设单位"]


def test_concerned_departments_after_a_receipt_step() -> None:
    assert _tasks(_RULES)["14"] == ["有关部门"]


def test_own_unit_kept_and_compensation_a_payer() -> None:
    assert _tasks(_RULES)["15"] == ["所在单位"]


def test_lines_name_their_own_subject_by_zujian() -> None:
    tasks = _tasks(_RULES)
    assert tasks["16/一"] == ["卫生部门"]
    assert tasks["16/二"] == ["公安部门"]


def test_holders_beside_the_owner() -> None:
    assert _tasks(_RULES)["17"] == ["产权人", "使用人", "管理人"]


def test_concerned_departments_alone_with_another_verb_name_none() -> None:
    rules = _HEAD + "第四条　有关部门应当加强对公共设施的监督。\n\n第五条　本条例自2025年1月1日起施行。\n"
    assert _tasks(rules).get("4", []) == []
