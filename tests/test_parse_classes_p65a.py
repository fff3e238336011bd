"""Round 65 (p65a): who an article or a point binds or charges — the units read from its sentences — and the
figures and duties of city rules.

- A procurement's buyer named by its side 「采购人作为…的责任主体」「采购人应当组织…」: a party by role, as
  招标人 — not its staff 「采购人员」; a hedge before the modal 「A一般应当自行组织…」「A原则上应当…」 still binds A.
- A body and its staff 「A及其工作人员应当组织开展…」: A (persons no units); a bracket of who stands in for a
  kind 「区X局（包括Y管委会相关部门，下同）」: the name before it; a definition 「本办法所称X，是指由A出资…」 names
  no doer; 「A会同B编制…时，应…」: A's own work, no case — A leads, B beside it.
- A party described then named 「从事X的企业或其他组织（以下简称Y企业）…负主体责任」: its short name Y (the 的-rule
  leaves only the class of all bodies); an article opening with the regime it sets up 「实行X定期检查。」 then its
  party 「Y单位每年春秋两季，分别对…开展…」: the party a doer, the rhythm and 分别 before its verb.
- 「成果由A共享」「数据由A维护、更新」: A's own keeping of shared records, 由A＋a verb of doing (not 「更新中心」, a
  name); a later sentence 「A结合…建设，加快推进…」: A's verb of doing after what it works with — not money alone
  「A结合…，协调做好资金保障工作」.
- A body's means glued after its name 「A通过X信息平台，加强…监管」: A alone, no lead by a heading of names; a later
  sentence 「市、区各条线部门按职责做好…监管工作」: its duties the rule it follows, then its verb of doing.
- A file sent for another's review 「由A送B初审」: a step of approval, as 「由A报B审批」 — no doer; 送 ends A's name.
- Duties: records a body keeps sent to the platform the bodies use 「A应按要求将质量信息动态更新上传至X平台」 (not a
  user's upload 「用户可将照片上传至平台」); what the work finds told to the party that commissioned it 「…并将相关情况
  及时报委托方」.
- Figures: rounds a rhythm completes 「每五年完成一轮动态更新」 → 1 轮 (not 「新一轮」, 「已完成一轮」); a ratio
  named by what it compares 「补占面积比超过1.05」, inside a quoted principle too (not 同比, nor a quoted name
  「“容积率2.0”模式」); a colon ratio joined to a bar 「不低于1:1比例」 (not a bare 「按1:1比例」).
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


_RULES = """某市公共文化设施绩效评价办法

第一章　总则

第一条　为了规范本市公共文化设施绩效评价工作，根据有关规定，制定本办法。

第二条　本办法所称文化设施，是指由政府及其授权机构出资建设的设施。市文化局会同市发展改革委确定设施名单。

第三条　评价工作由本级文化部门组织实施。市文化局实施市级评价；区文化局（包括园区管委会，下同）组织实施区级评价。

第四条　各级文化部门及其工作人员应当认真组织开展绩效评价工作，严格执行各项评价标准。

第五条　区文化局会同区财政局编制年度评价计划时，应结合实际，统筹考虑评价重点。

第六条　发生设施安全事故时，应当立即报告区文化局。

第七条　设施管理人员应当组织开展日常巡查。
"""


def test_staff_stand_ins_definitions_and_own_work_when() -> None:
    got = _tasks(_RULES)
    assert got["2"] == ["市文化局", "市发展改革委"]
    assert got["3"] == ["本级文化部门", "市文化局", "区文化局"]
    assert got["4"] == ["各级文化部门"]
    assert got["5"] == ["区文化局", "区财政局"]
    assert got["6"] == []                          # (an event's 时: no body named)
    assert got["7"] == []                           # (persons alone: no unit)


_PARTIES = """某市公共文化设施安全管理办法

第一章　总则

第一条　为了规范本市公共文化设施安全管理工作，根据有关规定，制定本办法。

第二条　经营设施的企业或其他组织（以下简称经营企业），以及受托管理的单位（以下简称管理单位）负主体责任。

第三条　实行设施安全定期检查。管理单位每年春秋两季，分别对设施开展安全检查。

第四条　实行设施安全定期检查。检查结果向社会公布。

第五条　参加活动的企业或其他组织（以下简称参加单位）可以申请补助。
"""


def test_described_parties_and_regime_headings() -> None:
    got = _tasks(_PARTIES)
    assert got["2"] == ["经营企业", "管理单位"]
    assert got["3"] == ["管理单位"]
    assert got.get("4", []) == []
    assert got.get("5", []) == []            # (an option names none)


_SHARED = """某市测绘成果管理办法

第一章　总则

第一条　为了规范本市测绘成果管理工作，根据有关规定，制定本办法。

第二条　建立测绘成果共享机制。测绘成果由市规划资源局共享。

第三条　建立成果定期更新机制。区规划资源局结合重点项目建设，加快推进成果的动态更新。

第四条　市财政局依据本办法要求落实经费。区财政局结合重点区域建设，协调做好资金保障工作。
"""


def test_shared_records_and_work_with() -> None:
    got = _tasks(_SHARED)
    assert got["2"] == ["市规划资源局"]
    assert got["3"] == ["区规划资源局"]
    assert "区财政局" not in got.get("4", [])


def _targets(sentence: str) -> list[tuple[float, str]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit) for t in find_targets(sentence, 2024)]


def test_rounds_ratios_and_colon_bars() -> None:
    assert _targets("评估报告每年进行动态维护，每五年完成一轮动态更新。") == [(1.0, "轮")]
    assert _targets("开展新一轮动态更新。") == []
    assert _targets("依照“先补后占、补占面积比超过1.05”的原则编制方案。") == [(1.05, "")]
    assert _targets("销售额同比超过1.05。") == []
    assert _targets("推广“容积率不低于2.0”模式。") == []
    assert _targets("各区应按照不低于1:1比例配套区级项目。") == [(1.0, "比例")]
    assert _targets("各区按1:1比例配套区级项目。") == []


_MEANS = """某市土地整治管理办法

第一章　总则

第一条　为了规范本市土地整治工作，根据有关规定，制定本办法。

第二条　市规划资源部门通过土地管理信息平台，加强土地整治全过程监管。区规划资源部门负责日常监管，汇总整体实施情况。

第三条　市规划资源部门通过土地管理信息平台，加强土地整治全过程监管。

第四条　市规划资源部门加强全过程监管。区规划资源部门负责日常监管。市、区各条线部门按职责做好单体项目的日常监管工作。

第五条　市规划资源部门加强全过程监管。区规划资源部门负责日常监管。市、区各条线部门按职责可以提出建议。
"""


def test_means_glued_after_a_name() -> None:
    got = _tasks(_MEANS)
    assert got["2"] == ["市规划资源部门", "区规划资源部门"]
    assert got["3"] == ["市规划资源部门"]
    assert got["4"] == ["市规划资源部门", "区规划资源部门", "市、区各条线部门"]
    assert got["5"] == ["市规划资源部门", "区规划资源部门"]        # (an option names none)
    assert all(not t.lead_units for t in parse_text(_MEANS).tasks)


def _duties(text: str) -> list[str]:
    from desktop.core.parse.duties import find_duties
    return [d.text for d in find_duties(text, 2025)]


def test_records_uploaded_and_findings_told() -> None:
    assert len(_duties("加强信息化监管，经营企业应按要求将设施信息动态更新上传至市文化设施管理平台。")) == 1
    assert _duties("用户可将照片上传至平台。") == []
    assert len(_duties("检查人员发现设施破损等问题，如实记录位置，并将相关情况及时报委托方。")) == 1


def test_sent_for_review() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("方案经同意后，由乡镇政府送区规划资源部门初审。") == ([], [])
    assert doer_units("由乡镇政府组织编制实施方案。") == ([], ["乡镇政府"])



_QUOTA = """某市土地综合整治管理办法

第一章　总则

第一条　为了规范本市土地综合整治工作，根据有关规定，制定本办法。

第二条　实施方案应落实管制要求，编制整理方案，按规划对180万亩耕地保护空间（含120万亩永久基本农田）进行优化调整。
"""


def test_part_of_a_quota() -> None:
    task = next(t for t in parse_text(_QUOTA).tasks if t.number == "2")
    assert sorted((t.value, t.unit) for t in task.targets) == [(1200000.0, "亩"), (1800000.0, "亩")]
