"""Round 68 (p68i): a licensed party's owed steps, records placed in a platform, and more.

- What a party the rules license must do when its standing changes 「在…资质有效期内，…单位的名称、地址等发生变更的，
  应当…向市X局提交变更申请」「…需要承继原单位资质的，应当申请重新核定…资质」: owed work, a task naming none (Round 97's
  x353_03 第二十、二十一条; Round 84's p61a-2) — not an employer's filing on its fund account 「单位名称…发生变更
  的，应当…向管理部办理变更登记」 (Round 52: no task).
- Records placed in the platform that gathers them 「并将相关信息纳入市X信用信息共享平台」: a sending, an undated duty
  (Round 97's x353_03 第二十八条) — not firms placed in a review 「将企业纳入…考核」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_LICENCE = """某市园林绿化养护单位资质管理细则

第一条（目的） 为了规范园林绿化养护单位资质管理，制定本细则。

第二条（职责） 市绿化局负责本市园林绿化养护单位资质的许可和管理工作。

第三条（变更） 在养护单位资质有效期内，养护单位的名称、地址等发生变更的，\
应当在变更事项发生后15日内向市绿化局提交变更申请，办理资质证书变更手续。

第四条（合并） 养护单位发生合并、分立，且需要承继原单位资质的，应当申请重新核定养护单位资质。

第五条（监督） 市绿化局应当加强对养护单位的监督检查。
"""

_ACCOUNT = """某市住房公积金缴存管理办法

第一条（目的） 为了规范住房公积金缴存，制定本办法。

第二条（职责） 市公积金中心负责本市住房公积金的归集和管理。

第三条（变更） 单位名称、地址等登记事项发生变更的，应当在变更事项发生后30日内向管理部办理变更登记。

第四条（监督） 市公积金中心应当加强对缴存情况的监督检查。
"""


def test_licensed_party_change_is_a_task() -> None:
    assert _tasks(_LICENCE) == {"2": ["市绿化局"], "3": [], "4": [], "5": ["市绿化局"]}


def test_employer_account_change_stays_no_task() -> None:
    assert _tasks(_ACCOUNT) == {"2": ["市公积金中心"], "4": ["市公积金中心"]}


_PLATFORM = """某市园林绿化养护单位信用管理办法

第一条（目的） 为了规范养护单位信用管理，制定本办法。

第二条（信用） 市绿化局应当建立养护单位信用评价制度，并{tail}。
"""


def test_records_placed_in_platform_a_duty() -> None:
    duties = parse_text(_PLATFORM.format(tail="将相关信息纳入市公共信用信息服务平台")).duties
    assert [(d.due, d.every) for d in duties] == [(None, None)]
    assert duties[0].text.endswith("将相关信息纳入市公共信用信息服务平台")


def test_firms_placed_in_review_no_duty() -> None:
    assert parse_text(_PLATFORM.format(tail="将养护单位纳入年度考核")).duties == []
