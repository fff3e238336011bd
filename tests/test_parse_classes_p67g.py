"""Round 67 (p67g): bodies after a basis clause, an agent a body commissions, full names holding 由 or a country's
bracket, and records transmitted to a platform.

- A placed body after an opening basis clause 「按照…部署，市X局制定…」「根据…规定，市X局应当…」: the subject of the
  article's verb of doing (round 44), as after a time or a topic — not a body inside the basis clause itself.
- 「A及其委托的B应当…」: A and its agent B both doers (round 30's 「A或其委托的B」; round 44), B a department or a party
  by role 「物业服务企业」「停车场管理者」 — not a person 「及其委托的人员」 (the old reading stays).
- A name holding 由 inside a word 「自由贸易试验区管理局」: a name, no 由-clause — 「由A负责」 stays read as 由.
- A full name opening with the country and its province in brackets 「中国（上海）自由贸易试验区管委会」: a placed body,
  two such names joined by 和 two doers even where together they run past one name's length.
- Records a facility or party transmits to a platform 「向X平台传输数据」「数据实时传输至X系统」: a sending, an
  undated duty (Round 95's turned x352_02 第十条) — not 「加强数据传输安全」.
- Articles of an award's rules the conventions call text, each no task (the article beside them that gives work stays
  one): principles the scheme's steps follow 「X的申报、评审，遵循“…”的原则」; the standard its review adopts
  「X评审标准，主要采用国家标准…等。评审标准可根据…适时进行修订」; options alone 「A可根据需要，制定…」「A可将…纳入…，
  对其予以指导」 (round 49 p46b — not 「A应当根据需要，制定…」, nor a course of steps after the option 「A可以
  根据…，经与B协商，对…予以补充」); limits on applying 「组织或个人不得在同一年内同时申报…」; the applicant's own
  notice before applying 「组织和个人申报X前，应在…内部进行公示，公示时间不少于5个工作日」; a state and scrutiny
  「X评审过程公开、透明，接受…的监督」; a call beside everyone's right to report 「鼓励…进行监督。任何单位和个人
  发现…的，可…举报」; eligibility lists under two lead-ins naming the party before 申报 「法人…（以下统称“组织”）申报X
  的，应符合以下条件：（一）…」 with a paragraph on the applicants' standing 「申报组织均应…」.
- An award held in a rhythm 「X奖每两年评选一次」: its number of work, target 1 次 (Round 84's p61e-1).
- A reviewer before 审核后 「…提出申请，分局交通管理部门审核后，由分局核发…」: a step of the decision on the party's
  application, no doer (Round 93's x341_01 第三条（一）) — not 「A审核后组织现场查验」 (no comma: A's own work).
- A trade's departments and associations by their kind beside a placed body, the list closed by 等 before the modal
  「各区政府、行业主管部门、行业协会等应积极宣传…」: each a doer — not the kinds alone 「行业主管部门、行业协会等应…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市公共停车场管理办法

第一条（目的）

为了加强公共停车场管理，根据有关规定，制定本办法。

第二条（适用范围）

本办法适用于本市行政区域内公共停车场的管理。

"""

_BASIS = _HEAD + """第三条（建设要求）

按照全市数字化转型总体部署，市交通运输局制定发布本市智慧停车场建设方案。

第四条（运行要求）

根据国家有关规定，市交通运输局应当组织开展停车场运行评估。

第五条（调整）

按照市交通运输局的部署，停车场运行情况每年公布一次。
"""


def test_body_after_basis_clause() -> None:
    got = _tasks(_BASIS)
    assert got["3"] == ["市交通运输局"] and got["4"] == ["市交通运输局"]
    assert got.get("5", []) == []          # (the body inside the basis clause names no doer)


_AGENT = _HEAD + """第三条（欠费催缴）

驾驶员不按照规定支付停车费的，区交通管理部门及其委托的停车场管理者应当及时向驾驶员催缴欠费。

第四条（设施维修）

业主委员会及其委托的物业服务企业应当按照规定做好停车设施维修。

第五条（巡查）

驾驶员逾期未缴费的，区交通管理部门及其委托的人员应当及时催缴。
"""


def test_body_and_its_agent() -> None:
    got = _tasks(_AGENT)
    assert got["3"] == ["区交通管理部门", "停车场管理者"]
    assert got["4"] == ["业主委员会", "物业服务企业"]
    assert got["5"] == []                  # (a person the body commissions: the old reading)


_NAMES = _HEAD + """第三条（职责分工）

市生态环境局负责停车场环境管理的统筹协调。

区生态环境部门、中国（南海）自由贸易试验区管理委员会综合保税区管理局和中国（南海）自由贸易试验区先行片区管委会负责申报材料的受理。

第四条（试验区）

自由贸易试验区管理局负责区内停车场的日常监管。

第五条（评估）

停车场运行评估由市交通运输局负责。
"""


def test_names_with_you_and_country_bracket() -> None:
    got = _tasks(_NAMES)
    assert got["3"] == ["市生态环境局", "区生态环境部门", "中国（南海）自由贸易试验区管理委员会综合保税区管理局",
                        "中国（南海）自由贸易试验区先行片区管委会"]
    assert got["4"] == ["自由贸易试验区管理局"]
    assert got["5"] == ["市交通运输局"]    # (由A负责 stays a 由-clause)


def test_data_transmitted_to_platform_is_duty() -> None:
    for s in ("收费停车场应当按照规定的频次和方式向市级停车信息平台传输数据，推行电子缴费管理模式。",
              "计量单位应当确保自动记录的数据实时传输至市垃圾物流信息系统。"):
        assert [(d.due, d.every) for d in find_duties(s, 2023)] == [(None, None)]
    assert find_duties("各区应当加强停车数据传输安全保障。", 2023) == []


_AWARD = """某市科技服务奖管理办法

第一条（目的和依据）

为了激励科技服务创新，根据有关规定，制定本办法。

第二条（奖项内容）

某市科技服务奖由市科委承办。某市科技服务奖每两年评选一次。

第三条（评定原则）

某市科技服务奖的申报、评审，遵循“公开、公平、公正”的原则。

第四条（评价标准）

某市科技服务奖评审标准，主要采用国家标准《科技服务评价准则》和相关地方标准等。评审标准可根据实践的发展，适时进行修订。

第五条（培育）

市科委可将有意向的机构纳入培育库，对其予以指导帮扶。

本市有意向的机构可以通过自行申报、行业推荐等方式，加入培育库。

第六条（避免重复申报）

机构或个人不得在同一年内同时申报市、区两级科技服务奖。获得奖项后的3年内，不得再次申报曾获奖项。

第七条（内部公示）

机构和个人申报科技服务奖前，应在所在单位内部进行公示，公示时间不少于7个工作日。

第八条（社会监督）

科技服务奖评审过程公开、透明，接受媒体和公众的监督。

第九条（举报）

鼓励社会公众对科技服务奖评审进行监督。

任何单位和个人发现评审中有违规行为的，可通过热线电话向市科委举报。

第十条（申报条件）

企业、社会组织（以下统称“机构”）申报科技服务奖的，应符合以下条件：

（一）在本市登记注册3年以上；

（二）服务成绩显著。

个人申报科技服务奖的，应符合以下条件：

（一）在本市从事科技服务工作5年以上；

（二）具有较高的知名度。

申报机构均应具有良好的信用记录，近3年无严重失信行为。

第十一条（资格审查）

市科委组织专家对申报材料进行审查，并向社会公示审查结果。

第十二条（区级奖励）

各区政府可根据需要，制定本级科技服务奖励规定。

第十三条（区级评选）

各区科技部门应当根据需要，制定本区科技服务奖评选办法。

第十四条（结果补充）

市科委可以根据需要，经与申报机构协商，对评审结果予以补充、完善。
"""


def test_award_rules_text_articles() -> None:
    plan = parse_text(_AWARD)
    numbers = [t.number for t in plan.tasks]
    assert numbers == ["2", "11", "13", "14"]
    award = next(t for t in plan.tasks if t.number == "2")
    assert (1.0, "次") in [(g.value, g.unit) for g in award.targets]


_REVIEW = _HEAD + """第三条（通行证）

在本市范围内运输的，应当向所在地公安分局（以下简称“分局”）交通管理部门提出申请，分局交通管理部门审核后，由分局核发《通行证》，并报市局交通管理部门备案。

第四条（查验）

企业提出申请的，区交通管理部门审核后组织现场查验。
"""


def test_reviewer_before_decision() -> None:
    got = _tasks(_REVIEW)
    assert "分局交通管理部门" not in got["3"]
    assert got["4"] == ["区交通管理部门"]


def test_trade_kinds_beside_placed_body() -> None:
    got = _tasks(_AWARD + """
第十五条（宣传推广）

各区政府、行业主管部门、行业协会等应积极宣传、推广本辖区获奖机构的先进经验。

第十六条（行业宣传）

行业主管部门、行业协会等应积极宣传获奖机构的先进经验。
""")
    assert got["15"] == ["各区政府", "行业主管部门", "行业协会"]
    assert got.get("16", []) == []
