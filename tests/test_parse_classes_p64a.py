"""Round 64 (p64a): who an article of a whole rule binds or charges — the units read from its
sentences — and the figures and dates of such articles.

- The plan's own place opening a clause before a shared level 「本市市、区X主管部门应当…」
  「由本市市、区A、B和C主管部门提出…」: a scope, no part of the name — the level list read as
  printed without it; a kind with its place 「本市X服务单位应当…」 is a party read as printed;
  「本市建立…」 names none.
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
    assert tasks["4"] == ["本市排水设施养护单位"]      # (a kind with its place: read as printed)
    assert tasks["5"] == ["市、区价格、财政和排水主管部门"]
    assert tasks.get("6", []) == []         # (本市 standing alone: no body)


def test_partners_each_a_department_of_its_own() -> None:
    assert _tasks(_RULES)["7"] == ["区排水主管部门", "财政部门", "价格主管部门"]


def test_bare_unit_after_its_entrusted_phrase_is_a_call() -> None:
    tasks = _tasks(_RULES)
    assert tasks["8"] == ["区排水主管部门"]
    assert tasks["9"] == ["区属排水企业", "子企业"]


_PROCEDURE = """某市道路养护质量考评办法

第一条（目的）

为了规范本市道路养护质量考评工作，制定本办法。

第二条（考评指标）

考评指标包括养护管理、安全生产和服务质量等。

区路政中心制定考评指标评分标准，并对外公布。

第三条（考评程序）

区路政执法大队、区养护中心、区交通指挥中心等相关单位于3月底前完成上一年度信息采集工作。

第四条（情况核查）

路政管理部门发现单位或者个人涉嫌违反道路管理规定的，应及时核查。

第五条（案卷评查）

本区建立养护案卷评查制度，区路政管理部门每年抽查养护案卷，对考评情况进行审查评议。评议情况纳入年度考评。

第六条（争议处理）

区养护中心对考评结果发生争议的，应当报请区交通委员会决定。

第七条（督办）

区路政中心发现区养护中心未按规定履职的，可以发出督办通知书。

第八条（施行日期）

本办法自2026年6月1日起施行。
"""


def test_later_paragraph_of_a_headed_article_reads_its_subject() -> None:
    assert _tasks(_PROCEDURE)["2"] == ["区路政中心"]


def test_bodies_closed_by_etc_then_their_time() -> None:
    assert _tasks(_PROCEDURE)["3"] == ["区路政执法大队", "区养护中心", "区交通指挥中心"]


def test_own_finding_and_rhythm_before_the_work() -> None:
    tasks = _tasks(_PROCEDURE)
    assert tasks["4"] == ["路政管理部门"]
    assert tasks["5"] == ["区路政管理部门"]


def test_a_dispute_of_the_subject_is_a_case_and_an_option_stays_none() -> None:
    tasks = _tasks(_PROCEDURE)
    assert tasks.get("6", []) == []
    assert tasks.get("7", []) == []


_PARTIES = """某市地下管线探测成果管理办法

第一条（目的）

为了加强本市地下管线探测成果的管理，制定本办法。

第二条（成果保管）

地下综合管线探测成果使用单位应当建立探测成果保管制度，保障成果数据安全。

第三条（成果移交）

完成管线探测后，探测单位应当于探测完成后1个月内向区规划资源部门移交管线坐标、断面图等成果资料。

第四条（场地移交）

施工单位应当于竣工后10日内向建设单位移交施工场地。

第五条（施行日期）

本办法自2026年6月1日起施行。
"""


def test_party_named_by_a_long_field_of_what_it_uses() -> None:
    assert _tasks(_PARTIES)["2"] == ["地下综合管线探测成果使用单位"]


def test_papers_handed_to_their_keeper_are_a_filing_a_site_handed_over_is_work() -> None:
    tasks = _tasks(_PARTIES)
    assert tasks.get("3", []) == []
    assert tasks["4"] == ["施工单位"]


def test_plain_verb_after_a_paragraph_of_its_own_not_a_sending_or_a_rule() -> None:
    text = """某市道路养护资金管理办法

第一条（目的）

为了规范本市道路养护资金管理，制定本办法。

第二条（计划编制）

区发展改革委按照规定程序，编制年度养护投资计划。区路政中心根据年度投资计划，组织编制年度养护计划。

第三条（资金申请）

各街道根据年度考评情况，向区路政中心提出养护资金申请。

第四条（标准）

养护标准包括路面、设施和绿化等。

区路政中心制定养护标准实施细则，并对外公布。

第五条（施行日期）

本办法自2026年6月1日起施行。
"""
    tasks = _tasks(text)
    assert tasks["2"] == ["区路政中心"]          # (按照…，编制: a rule first, the older reading kept)
    assert tasks.get("3", []) == []              # (a sending)
    assert tasks["4"] == ["区路政中心"]


def _targets(text: str) -> dict[str, list[tuple[float, str]]]:
    return {"/".join([*t.path, t.number]): [(x.value, x.unit) for x in t.targets] for t in parse_text(text).tasks}


def test_persons_after_a_bar_in_words() -> None:
    text = """某市地下管线巡查管理办法

第一条　为了加强本市地下管线的巡查管理，制定本办法。

第二条　批准立案后，区路政中心应当确定执法人员作为案件承办人员，承办人员不得少于三人。

第三条　管线巡查采用定期巡查和动态巡查相结合的方式。

（一）地下管线每年定期巡查一次。

（二）地下管线所处区域开展施工的，增加巡查频次。

第四条　每个巡查组由两人组成，区路政中心已巡查一次。

第五条　本办法自2026年6月1日起施行。
"""
    targets = _targets(text)
    assert (3.0, "人") in targets["2"]
    assert targets["3/一"] == []            # (a rhythm's check with no floor: w51d's near miss, RULING? asked)
    assert targets.get("4", []) == []       # (persons with no bar, a check done: no figures to reach)


def test_a_weight_in_a_formula_is_no_target_a_bar_on_it_is() -> None:
    text = """某市农村公路养护资金分配细则

第一条　为了规范本市农村公路养护资金分配，制定本细则。

第二条　区交通委应当根据各镇的建设任务因素（权重70%）和养护任务因素（权重30%）测算分配方案。

第三条　区交通委应当确保养护任务的考核权重不低于40%。

第四条　本细则自2026年6月1日起施行。
"""
    targets = _targets(text)
    assert targets.get("2", []) == []
    assert (40.0, "%") in targets["3"]
