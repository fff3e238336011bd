"""Round 45 (al47b): the Round 47 ruling q44c (CONVENTIONS.md "Round 47 rulings, written early", governs) read in the
parser — a role-like kind (建设单位, 施工单位, 监理单位, 设计单位 …) standing as the subject of an article's verb of
doing is a doer; a filing, an option, a cost verb and a person's role name none, and a party the article puts after
对 (the supervised 施工单位) is no subject (``desktop.core.parse.role_subjects``, called from ``article_subjects``)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "某区建设工程文明施工管理办法\n第一条  为规范建设工程文明施工管理，制定本办法。\n"


def _units(article: str) -> list[str]:
    tasks = [t for t in parse_text(HEAD + "第二条  " + article + "\n").tasks if t.number == "2"]
    return [u for t in tasks for u in t.lead_units + t.responsible_units]


@pytest.mark.parametrize(("article", "doer"), [
    ("施工单位应当制定工程隐患整治应急防范工作预案，并报送监理单位进行审核。", "施工单位"),
    ("监理单位应当建立工程进度考核机制，每月对工程进度进行检查、考评。", "监理单位"),
    ("绿化工程竣工验收前，建设单位应当拆除绿地范围内的临时设施。", "建设单位"),
    ("设计单位应当明确户外广告设施的设计使用年限。", "设计单位"),
])
def test_a_role_like_kind_doing_work_in_an_article_is_a_doer(article, doer):
    assert doer in _units(article)


@pytest.mark.parametrize(("article", "role"), [
    # a filing: the receiver's work, not the party's (round 46: a sending alone)
    ("建设单位应当在建设工程发包前，向区建设管理部门报送园林绿化工程项目信息。", "建设单位"),
    ("建设单位应当将竣工验收报告报区房屋管理部门备案。", "建设单位"),
    # an option
    ("项目建设单位根据实际需要，可申请采用告知承诺制。", "项目建设单位"),
    # a person's role
    ("施工单位项目负责人应当每日对施工现场进行巡查。", "施工单位"),
])
def test_a_filing_an_option_or_a_person_names_no_role(article, role):
    assert role not in _units(article)


def test_a_cost_names_no_payer_as_a_doer():
    # 结算 with money: a payer (Round 47, decided), no doer
    assert "建设单位" not in _units("使用国有资金投资的工程竣工后，建设单位应当及时支付工程款。")


def test_the_supervised_party_after_dui_is_no_doer():
    units = _units("监理单位依法对施工单位落实绿色施工方案实施监理。")
    assert "施工单位" not in units
