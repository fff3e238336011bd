"""Round 68 (p68c): a district housing scheme's lists that are a paper's contents or a procedure's outline, and
clause words taken for names.

- The paper a body is told to draw up, then a sentence with no subject on what it holds 「各街道应…制定本街道的
  考核标准，并报区局备案后实施。应包括但不限于以下内容：⏎1.…」: the lines are the standard's contents, the point one
  task (Round 92's governs on x311_02 第二十三条; Round 97) — not a sentence of work 「…。应重点做好以下工作：」.
- What a plan may hold 「验收方案可包括以下内容：」 (可 as 应当): contents, the point one task — not
  「…可开展以下工作：」.
- A procedure's outline by its steps' names 「验收参照下列程序进行：⏎1.组建验收小组；⏎…」 before the points that lay
  it out 「（一）前期准备」: the names are the section's text, not tasks (Round 86's (a); Round 97 on the form) — not
  lines that each carry a clause of work 「1.区房管局负责组建验收小组，…」.
- A clause's adverb 「…，共同督促和指导物业企业落实…要求」 and 同 = with before a residents' committee 「街道要…，同居民
  委员会加强…指导」: no unit's name — the body before it stays the doer.
- A division section's full names with their short-name brackets 「某区住房和城乡建设管理委员会（简称“区住建委”）
  负责…」: the names without the bracket (round 43; Round 94 on x63_04).
- A party and the verb of its application 「由项目承接主体申办，区住建委会同区财政局预审」: no unit — the reviewers stay
  (the answer accepts them) — not 「由区开发公司负责申办，…」.
- A section's lead-in that only makes up a group 「价格审核小组由A牵头，B、C共同组成。」 or names a payer 「房款由用房
  单位…直接支付至开发单位。」: no units for its items (rule 3's members; round 30's payer) — not 「由A牵头，B、C负责…」.
- A point that only signs an agreement 「（一）签订《房屋补偿协议》。」 over lines of what it settles 「1、评估房屋
  补偿费。」: one task, the lines its contents (Round 86's (a); Round 97) — not lines that bind a body 「1、区房管局
  负责…」.
- The short name a document gives a named body's role 「A为房屋补偿的实施单位（以下简称补偿人）」: a doer as printed
  where it acts 「由补偿人在…安排房源」 — not a role no body is named for.
- Unit-colon items whose name is followed by 职责 「（一）区房管局职责：制定…;…」「（二）属地街镇职责：…」: each names
  its body (rule 1) — not a kind 「（一）政府职责：…」「（二）部门职责：…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某区住宅小区物业服务考核实施意见

为提升物业服务水平，结合本区实际，制定本意见。

一、考核办法

（一）考核方式

区房管局每半年考核一次，形成区级考核分值。

（二）考核内容

各街道应根据辖区实际情况，在本意见施行起2个月内制定本街道的细化考核标准，并报区房管局备案后实施。{lead}

1.规范履行物业服务合同，做好小区公共区域保洁、秩序维护等工作。

2.主动接受行业主管部门的监督和指导，落实项目经理每日巡查制度。

3.配合街道做好小区维修资金续筹和加装电梯工作。

（三）考核结果

考核结果由各街道向社区公开。
"""


def test_standard_contents_after_drawing_up():
    tasks = _tasks(_HEAD.format(lead="应包括但不限于以下内容："))
    assert "一/二" in tasks and not any(k.startswith("一/二/") for k in tasks)
    # near miss: a sentence of work over the lines — they stay items
    near = _tasks(_HEAD.format(lead="应重点做好以下工作："))
    assert "一/二/1" in near and "一/二/3" in near


_PLAN = """某区住宅小区交接验收指导意见

为规范住宅小区交接验收工作，制定本意见。

一、交接验收

（一）前期准备

新聘物业服务企业应当会同业主委员会共同制定验收方案，在现场验收前送达验收小组成员。验收方案{verb}以下内容：

1.资料的移交清单和移交时间；

2.现场验收时间与地点；

3.复验工作安排；

4.验收费用的承担。

（二）资料移交

原物业服务企业应当向业主委员会移交竣工图等资料。
"""


def test_plan_may_hold_contents():
    tasks = _tasks(_PLAN.format(verb="可包括"))
    assert "一/一" in tasks and not any(k.startswith("一/一/") for k in tasks)
    near = _tasks(_PLAN.format(verb="可开展"))
    assert "一/一/1" in near


_OUTLINE = """某区既有住宅小区交接验收指导意见

为规范交接验收工作，制定本意见。

一、交接验收

既有住宅小区交接验收应当在新聘物业服务企业进场前30天组织落实。

验收参照下列程序进行：

{steps}

（一）前期准备

验收前，由业主委员会牵头成立验收小组。

（二）现场验收

验收小组应重点对共用部位、共用设施设备进行现场验收，形成书面记录。

（三）资料备案

业主委员会应当向街道办理备案手续。
"""

_NAMES = """1.组建验收小组；

2.制定验收方案；

3.查验共用部位、共用设施设备；

4.向项目所在地街道城市建设管理事务中心办理备案。"""

_CLAUSES = """1.区房管局负责组建验收小组，明确成员分工；

2.街道负责制定验收方案，报区房管局备案；

3.业主委员会负责查验共用部位，形成记录；

4.街道负责办理备案，及时归档。"""


def test_outline_before_points():
    tasks = _tasks(_OUTLINE.format(steps=_NAMES))
    assert not any(k.startswith("一/") and k[2:3].isdigit() for k in tasks)
    assert {"一/一", "一/二", "一/三"} <= set(tasks)
    # near miss: lines that each carry a clause of work stay items
    near = _tasks(_OUTLINE.format(steps=_CLAUSES))
    assert "一/1" in near and "一/4" in near


_TOGETHER = """某区物业管理工作要求

为做好物业管理，制定本要求。

一、工作要求

（一）强化工作协同

街道要夯实属地责任，{tail}

（二）注重长效管理

加强条块联动，{second}
"""


def test_adverb_and_with_are_no_names():
    tasks = _tasks(_TOGETHER.format(tail="同居民委员会加强对小区业主大会的工作监督指导，落实交接验收要求。",
                                    second="共同督促和指导物业企业落实交接验收工作要求。"))
    assert tasks.get("一/一") == ["街道"]
    assert not any("共同" in u for units in tasks.values() for u in units)
    # near miss: a body before 落实 stays the doer
    near = _tasks(_TOGETHER.format(tail="同居民委员会加强对小区业主大会的工作监督指导，落实交接验收要求。",
                                   second="区房管局落实交接验收工作要求。"))
    assert near.get("一/二") == ["区房管局"]


_DIVISION = """某区安置住房建设管理实施意见

为规范安置住房建设，制定本意见。

一、职责分工

某区住房和城乡建设管理委员会{b1}负责安置住房规划编制和年度计划下达。

某区规划和自然资源局{b2}负责编制安置住房项目规划。

镇政府负责做好征收腾地和配套建设工作。

二、项目认定

安置住房项目认定，由项目开发承接主体{verb}，区住建委会区财政局、区规资局等部门预审，经区政府审核后报市房屋管理部门认定。

三、价格管理

{lead}

1、协议收购价格原则上按照收购指导价执行。

2、结算价格原则上按照协议收购价格执行，可按程序调整。
"""


def test_definitions_dropped_from_division_names():
    tasks = _tasks(_DIVISION.format(b1="（简称“区住建委”）", b2="（简称“区规资局”）", verb="申办",
                                    lead="价格审核小组由区住建委牵头，区财政局和区规资局共同组成。"))
    assert set(tasks["一"]) == {"某区住房和城乡建设管理委员会", "某区规划和自然资源局", "镇政府"}


def test_application_verb_is_no_name():
    tasks = _tasks(_DIVISION.format(b1="", b2="", verb="申办", lead="价格审核小组由区住建委牵头，区财政局共同组成。"))
    assert not any(u.endswith("申办") for u in tasks["二"]) and tasks["二"][0] == "区住建委"
    near = _tasks(_DIVISION.format(b1="", b2="", verb="申办", lead="价格审核小组由区住建委牵头，区财政局共同组成。")
                  .replace("由项目开发承接主体申办", "由区开发公司负责申办"))
    assert "区开发公司" in near["二"]


def test_made_up_group_and_payer_give_no_units():
    made = _tasks(_DIVISION.format(b1="", b2="", verb="申办",
                                   lead="价格审核小组由区住建委牵头，区财政局和区规资局共同组成。"
                                        "房源款原则上由用房单位根据协议约定直接支付至开发单位。"))
    assert made["三/1"] == [] and made["三/2"] == []
    near = _tasks(_DIVISION.format(b1="", b2="", verb="申办",
                                   lead="由区住建委牵头，区财政局和区规资局负责价格审核工作。"))
    assert "区住建委" in near["三/1"]


_SIGNING = """某镇农民房屋补偿安置实施意见

各村、有关部门：

为做好房屋补偿安置，制定本意见。

一、补偿主体

区人民政府负责本区的房屋补偿工作。某区房屋征收事务所为房屋补偿的{role}（以下简称补偿人）。

二、安置办法

被补偿人选择产权房调换的，由补偿人在本镇社区内安排安置房源，每户可享受10平方米的优惠。

三、签订协议

补偿人与被补偿人分别签订两份协议。

（一）签订《房屋补偿协议》。

1、{line1}

2、结算土地使用权基价和价格补贴。

3、结算搬家补助费、临时过渡补助费。

（二）签订《产权房安置补充协议》。

1、核定被补偿人的安置房建筑面积。

2、以公证摇号形式选房，确定安置房的住址。
"""


def test_signed_agreement_contents():
    tasks = _tasks(_SIGNING.format(role="实施单位", line1="评估房屋以及附属设施补偿费。"))
    assert "三/一" in tasks and "三/二" in tasks and not any(k.startswith(("三/一/", "三/二/")) for k in tasks)
    near = _tasks(_SIGNING.format(role="实施单位", line1="区房管局负责评估房屋以及附属设施补偿费。"))
    assert "三/一/1" in near


def test_role_short_name_acts():
    tasks = _tasks(_SIGNING.format(role="实施单位", line1="评估房屋以及附属设施补偿费。"))
    assert tasks["二"] == ["补偿人"]
    near = _tasks(_SIGNING.format(role="对象", line1="评估房屋以及附属设施补偿费。"))
    assert near.get("二", []) == []


_DUTIES = """某区物业服务考评实施意见

为提升物业服务水平，制定本意见。

一、职责分工

（一）{a}职责：根据有关规定，制定相关考评标准;对申报企业开展考评形成考评分值;对考评工作开展监督检查。

（二）{b}职责：结合属地实际情况，细化本辖区的考评标准;对辖区申报小区的资格进行审核;委托第三方开展评估工作。

二、考评办法

（一）考评方式

区房管局每半年考评一次。
"""


def test_unit_duties_colon_items():
    tasks = _tasks(_DUTIES.format(a="区房管局", b="属地街镇"))
    assert tasks["一/一"] == ["区房管局"] and tasks["一/二"] == ["属地街镇"]
    near = _tasks(_DUTIES.format(a="政府", b="部门"))
    assert near["一/一"] == [] and near["一/二"] == []
