"""Round 71 mends (mr71a) of what rv71a found in round 71's parser change: rules wider than their class.

- F1 (p71f's filing lead-in 「A核发…后，应当…将下列文书立卷归档：」): the body's name stops where its act's verb
  starts 「区房管局处理投诉后」「区房管局办理登记的,」 — never a cut name 「区房管局处」「区房管局办」.
- F2 (p71f's bureau with 和 inside 「各区住房保障和房屋管理局」): 各 and a place tier before a field — a group of bodies
  「各村和农业农村委」 stays two.
- F3 (p71a's operator by its facility 「隧道经营管理者」): not a company's executives 「国有企业经营管理者」
  「企业经营管理者」, persons (round 30).
- F4 (p71b's institutional landlord 「公有住房出租人」): not a private landlord 「房屋出租人」.
- F5: records placed in the system 「…数据信息，应当纳入本市公路信息化管理体系」 are read by one pattern
  (``dated_sendings.RECORDS_PLACED``): _SEND's sending and duty_sentences' records sent agree, comma or none.
- F11: article_lead_ins' end-anchored ``_FILES_LISTED`` / ``_SUPERVISES`` are searched only on a line closing on its
  colon and only from where a match can start (their span ≤ ~105 chars): 「应当将下列」×12000 took 1–3 s; the bench's
  ``nasty_files_listed`` / ``nasty_supervises`` hold the inputs and measure the cost, never a test.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_HEAD = """某市房屋管理局关于印发《某市管理细则》的通知

各有关单位：

现将《某市管理细则》印发给你们，请认真按照执行。

某市房屋管理局

2024年3月1日

某市管理细则

第一条 为规范管理，制定本细则。

"""
_END = "\n\n第九条 本细则自2024年5月1日起施行。\n"

_PLAN = """某区关于做好2024年秸秆禁烧工作的实施方案

为做好工作，制定本方案。

一、主要任务

"""


def test_f1_filing_body_name_stops_at_its_verb() -> None:
    got = _tasks(_HEAD + "第二条　区房管局处理投诉后，应当将下列文书及时立卷归档：\n\n（一）投诉书；\n\n"
                 "（二）处理意见书。" + _END)
    assert got["2/一"] == got["2/二"] == ["区房管局"]
    got = _tasks(_HEAD + "第二条　区房管局办理登记的,应当将下列文书立卷归档：\n\n（一）登记表；\n\n"
                 "（二）审核意见书。" + _END)
    assert got["2/一"] == got["2/二"] == ["区房管局"]


def test_f2_group_and_bureau_stay_two() -> None:
    got = _tasks(_PLAN + "（一）加强巡查。各村和农业农村委负责做好秸秆禁烧巡查工作。\n\n"
                 "（二）强化宣传。区融媒体中心负责宣传。\n")
    assert got["一/一"] == ["各村", "农业农村委"]
    got = _tasks(_HEAD + "第二条 各区住房保障和房屋管理局负责本区商品房交付证书的核发。" + _END)
    assert got["2"] == ["各区住房保障和房屋管理局"]


def test_f3_company_executives_no_unit() -> None:
    got = _tasks(_HEAD + "第二条（检查）国有企业经营管理者应当每季度组织开展一次安全生产检查。" + _END)
    assert got.get("2", []) == []
    assert _tasks(_HEAD + "第二条 企业经营管理者应当参加安全生产培训。" + _END).get("2", []) == []
    got = _tasks(_HEAD + "第二条 隧道经营管理者应当根据隧道的技术状况，编制隧道年度养护计划。" + _END)
    assert got["2"] == ["隧道经营管理者"]


def test_f4_private_landlord_no_unit() -> None:
    got = _tasks(_PLAN + "（一）落实主体责任。房屋出租人负责落实出租房屋消防安全措施。\n\n"
                 "（二）强化宣传。区融媒体中心负责宣传。\n")
    assert got["一/一"] == []
    assert _tasks(_HEAD + "第二条 公有住房出租人负责办理租赁变更手续。" + _END)["2"] == ["公有住房出租人"]


def test_f5_records_placed_read_alike() -> None:
    from desktop.core.parse.dated_sendings import _SEND
    from desktop.core.parse.duty_sentences import _RECORDS_UPLOADED
    for text in ("公路养护的数据信息，应当纳入本市公路信息化管理体系。",
                 "公路养护的数据信息应当纳入本市公路信息化管理体系。",
                 "相关信息，应当纳入本市个人信用征信系统。", "记录,应纳入市信用平台。"):
        assert _SEND.search(text) is not None and _RECORDS_UPLOADED.search(text) is not None, text
    for text in ("将企业纳入信用平台管理。", "应当将该项目纳入考核。"):
        assert _SEND.search(text) is None and _RECORDS_UPLOADED.search(text) is None, text
