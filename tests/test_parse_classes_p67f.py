"""Round 67 (p67f): lists and sentences of a fund's rules that give no work of their own.

- The business a fund or a guarantee may back, its own sentence 「…业务范围应符合…。业务范围包括：⏎（一）…产业；⏎
  （二）…服务；」: kinds of business, a scope (Round 86's (a)) — the article one task, its lines text; not a body's
  work listed 「担保中心的主要工作包括：⏎（一）开展…；」 (items).
- Papers handed in, the last a written explanation 「…材料具体包括：⏎（一）…申请书；⏎…⏎（三）…的书面说明等。」: the
  lines are the article's text (round 35's materials) — not a line that is a step 「（三）…向区财政局作出说明。」.
- A sum's uses whose line lists the kinds of spending 「…用于…的日常业务支出，包括审核评估、宣传培训等。」: the
  fund's terms, no task (round 35; Round 48's cost verbs) — the same words after a body's duty 「…负责…，包括审核评估
  …等」 are work.
- A consequence by the rules' own terms 「…违法行为的，按照本区有关规定进行处理；涉嫌犯罪的，依法移送司法机关处理。」:
  no agent, no task (Round 87's liability with no agent) — not one that names the body 「…的，由区财政局按照有关规定
  进行处理」.
- The bodies' own activity as a sentence's head 「经营单位和结算机构的数据处理活动应当…建立健全…」: the bodies before
  的 are the doers (round 44's verb of doing in articles) — not a thing of theirs 「经营单位的设施应当定期维护」, nor
  the object of 对 「对经营单位的经营活动应当加强监督检查」.
- A body working under another's guidance, the guidance filling its first clause 「A在B指导下，严格落实好…」: A's own
  verb in the next clause, as 「A严格落实好…」 (B rule 3's guide) — not where the next clause names a subject of its
  own 「A在B指导下，C严格落实好…」 (C alone).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.given_lists import _PAPER
from desktop.core.parse.money_articles import money_only
from desktop.core.parse.no_work_articles import consequence_only


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_RULES = """某区农业担保资金管理办法

第一条  为了规范农业担保资金管理，根据有关规定，制定本办法。

第二条  区财政局负责担保资金的预算管理和监督检查。

第三条  区担保中心负责担保业务的日常运作，定期向区财政局报送业务情况。

第四条  担保资金支持的业务应符合本区农业发展规划。业务范围包括：

（一）蔬菜种植等特色产业；

（二）农机、农技等农业社会化服务；

（三）农产品加工、冷链流通等相关环节。

第五条  担保申请由区担保中心受理。申请人提供的相关材料具体包括：

（一）担保申请书；

（二）营业执照复印件；

（三）超过期限的费用的书面说明等。

第六条  担保资金的使用范围包括：

（一）代偿款项，即担保资金按照约定比例承担的款项。

（二）管理费用，即按照不高于在保余额的0.5%据实安排，用于担保资金的日常业务支出，包括审核评估、宣传培训等。

第七条  区财政局应当每年对区担保中心进行考核。

第八条  对于有关机构和人员存在弄虚作假等违法行为的，按照本区有关规定进行处理；涉嫌犯罪的，依法移送司法机关处理。

第九条  本办法自2024年1月1日起施行。
"""


def test_scope_and_papers_fold_and_fund_terms_give_no_task() -> None:
    assert _tasks(_RULES) == {"2": ["区财政局"], "3": ["区担保中心"], "4": [], "5": ["区担保中心"],
                              "7": ["区财政局"]}


def test_work_listed_stays_items() -> None:
    text = _RULES.replace("业务范围包括：\n\n（一）蔬菜种植等特色产业；\n\n（二）农机、农技等农业社会化服务；",
                          "区担保中心的主要工作包括：\n\n（一）开展担保业务宣传；\n\n（二）建立担保项目台账；")
    assert [k for k in _tasks(text) if k.startswith("4")] == ["4/一", "4/二", "4/三"], list(_tasks(text))


def test_papers_end_in_a_written_explanation() -> None:
    assert _PAPER.search("超过期限的费用的书面说明等。")
    assert not _PAPER.search("按时向区财政局作出说明。")


def test_kinds_of_spending_after_the_money_only() -> None:
    assert money_only("管理费用按照在保余额的0.5%据实安排，用于担保资金的日常业务支出，包括审核评估、宣传培训等。")
    assert not money_only("区担保中心负责担保资金的日常管理，包括审核评估、宣传培训等。")


def test_consequence_dealt_with_by_the_rules_terms() -> None:
    assert consequence_only("对于有关机构和人员存在弄虚作假等违法行为的，按照本区有关规定进行处理；"
                            "涉嫌犯罪的，依法移送司法机关处理。")
    assert not consequence_only("对于有关机构和人员存在弄虚作假等违法行为的，由区财政局按照本区有关规定进行处理。")


def _article_units(sentence: str) -> list[str]:
    text = ("某区收费管理办法\n\n第一条  为了规范管理，制定本办法。\n\n第二条  区交通委负责统筹协调。\n\n"
            f"第三条  {sentence}\n\n第四条  本办法自2024年1月1日起施行。\n")
    return next((t.responsible_units for t in parse_text(text).tasks if t.number == "3"), [])


def test_bodies_own_activity_names_them() -> None:
    assert _article_units("经营单位、结算机构和发行机构的数据处理活动应当依照有关规定，建立健全数据安全管理制度。") \
        == ["经营单位", "结算机构", "发行机构"]
    assert _article_units("经营单位的设施应当定期维护。") == []
    assert _article_units("对经营单位的经营活动应当加强监督检查。") == []


def test_guided_body_keeps_its_verb() -> None:
    assert _article_units("村民委员会在镇人民政府指导下，严格落实好村民议事制度和公示制度。") == ["村民委员会"]
    assert _article_units("村民委员会严格落实好村民议事制度和公示制度。") == ["村民委员会"]
    assert _article_units("村民委员会在镇人民政府指导下，村务监督委员会严格落实好村民议事制度和公示制度。") \
        == ["村务监督委员会"]
