"""Round 56 second wave (w56b): units written in rules' sentences, second pass.

- An article's subject before 要 is read as before 应当 (CONVENTIONS.md reads 要／应 alike; round 44's article rule):
  「区民政局要做好群众工作」 in an article names 区民政局, as 「区民政局应当做好…」 does. Near miss: 要求 / 要素 after a
  name is no modal.
- A government named by its place joined by 和 to a department 「县区政府和市行业主管部门」 is two bodies, each a doer
  (round 30's 「A与B＋verb」); a department's own name holding 和 「质量和安全监督管理部门」 stays whole.
- 「各责任主体」 refers back to the bodies the article named (round 34's 牵头单位／责任单位 back-references): no unit;
  a qualified kind 「各质量责任主体」 stays a kind.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


def _rules(*articles: str) -> str:
    body = "\n\n".join(f"第{n}条（{head}）\n\n{para}" for n, (head, para) in
                       zip("一二三四五六", [a.split("|", 1) for a in articles], strict=False))
    return "某县社区事务管理办法\n\n" + body + "\n"


def test_subject_before_yao_in_an_article_is_a_doer() -> None:
    text = _rules("工作责任|区民政局要做好群众工作，及时化解矛盾纠纷。")
    assert _units(text) == [([], ["区民政局"])]
    ying = _rules("工作责任|区民政局应当做好群众工作，及时化解矛盾纠纷。")
    assert _units(ying) == _units(text)


def test_yao_paragraph_beside_a_ying_paragraph() -> None:
    text = _rules("工作责任|区卫生健康委应制定相应的管理制度，加强业务指导。\n\n"
                  "镇（乡）人民政府、街道办事处要积极配合项目的实施，做好群众工作和安全巡查。")
    (lead, resp), = _units(text)
    assert lead == []
    assert sorted(resp) == sorted(["区卫生健康委", "镇（乡）人民政府", "街道办事处"])


def test_yao_qiu_after_a_name_is_no_modal() -> None:
    # 要求 opens the name's object, not a rule's modal: the sentence names no doer by 要
    text = _rules("工作要求|区民政局要求材料齐全，手续完备。")
    assert _units(text) == [([], [])]


def test_government_and_department_joined_by_he_are_two() -> None:
    text = _rules("责任主体|县行业主管部门是县级项目的责任主体，各乡镇政府和县行业主管部门是乡镇级项目的责任主体。"
                  "各乡镇政府和县行业主管部门要细化责任，落实配套资金。")
    (lead, resp), = _units(text)
    assert "各乡镇政府和县行业主管部门" not in resp
    assert "各乡镇政府" in resp and "县行业主管部门" in resp


def test_department_name_holding_he_stays_whole() -> None:
    text = _rules("监督管理|区质量和安全监督管理部门应当加强对施工现场的监督检查。")
    assert _units(text) == [([], ["区质量和安全监督管理部门"])]


def test_ge_zeren_zhuti_refers_back() -> None:
    text = _rules("责任主体|区水务局是区级项目的责任主体。各责任主体要细化责任，落实配套资金。")
    (_lead, resp), = _units(text)
    assert "各责任主体" not in resp
    assert "区水务局" in resp


def test_qualified_zhuti_stays_a_kind() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("各质量责任主体要落实质量责任制度，负责工程质量。")[1] == ["各质量责任主体"]
    assert doer_units("各责任主体要落实质量责任制度，负责工程质量。")[1] == []


def test_by_agent_consulting_the_applicant_then_choosing() -> None:
    # 申请人 after 征求 is the applicant consulted, no application: 由A征求…意见后，选择… is A's work (由A＋verb)
    from desktop.core.parse.sentence_units import doer_units
    text = "公共财政补助的维修项目由区住建委征求申请人意见后，选择具有相应能力的项目管理公司作为实施单位。"
    assert doer_units(text) == ([], ["区住建委"])
    # near miss: the applicant's own application names no doer
    assert doer_units("由申请人向区住建委提出书面申请。") == ([], [])


def test_broker_body_is_a_name() -> None:
    # 经纪 opens a broker's name, not 经A同意 (rule 3's approver)
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("经纪机构代理签约的，由经纪机构为当事人打印合同。") == ([], ["经纪机构"])
    assert doer_units("经区住建委同意后，由区房管局办理登记。") == ([], ["区房管局"])


def test_described_agent_acting_in_anothers_stead() -> None:
    # 由＋a 的-described body＋代为＋verb: the body after the last 的 does the work (round 34's 的-rule)
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("维修资金由项目所在地的区房管局代为管理。") == ([], ["区房管局"])
    # near miss: 代为 with a payment is a payer, no doer
    assert doer_units("相关费用由项目所在地的区房管局代为支付。") == ([], [])
