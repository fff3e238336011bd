"""Round 64 (p64b): who an article, a point or a section binds or charges — the units of district documents
and of city rules.

- An article printed under its own heading line 「第三条（实施细则）」: a paragraph that opens with a placed body and
  a verb of doing after the rule it follows 「A根据本办法制定…」「A按照要求制定…」 names it (round 44), and a later
  sentence's 「B根据…测算资金」 too; a review 「C审核后，纳入预算」 names none. A list of bodies run in on its
  number 「第五条　A、B、C根据各自职能做好…」 is read too (no glued heading makes a list).
- A 职责分工 article's paragraphs that act by another verb 「A审核…，指导B…」 or designate 「A是…的责任主体，负责…」:
  every body given work, each once.
- An item that opens with an event's case 「当…时，…有约定的，按照约定承担；没有约定的，由A牵头…」: the cases it
  goes on to split are inside it, A leads; a run-in heading 「经费筹集。」 is no sentence of work;
  「确需调整的，由A负责」 stays as before. 「由A排摸申报…」: 排摸 a verb of doing after the agent.
- A lead-in with no subject 「A应当…检查。督促B做好以下工作：」: A's list (its own supervision), B no unit; a kind
  glued to a verb of support 「支持行业协会开展…」 no unit.
- 「业主大会、业主委员会应当定期…检查」: bodies of their own, doers in articles; a place 「泳池区内部」 none.
- A body inside a case another body answers 「A实施的…行为违反有关规定的，B可责令…」: none.
- A paragraph after an article's items 「本市…等有关行政管理部门按照各自职责，协同实施本办法」: its own doers; items
  numbered anew after a line ending in its own lead-in 「（二）指导B…。B负责…，主要履行以下职责：」 are B's; 「由B向…的
  经营者发放」 names B.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join([*t.path, t.number]), t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


def _units(text: str) -> dict[str, list[str]]:
    return {key: [*lead, *resp] for key, lead, resp in _tasks(text)}


_ARTICLES = """某区公共自行车运营补贴管理办法

第一条（目的）

为了规范公共自行车运营补贴管理，制定本办法。

第二条（部门职责）

区交通委负责统筹推进公共自行车运营管理工作。

区发展改革委负责补贴资金的安排。

区财政局负责资金拨付审核。

各街道人民政府是本街道公共自行车管理的责任主体，负责站点协调。

区审计局监督补贴资金的使用情况，指导区交通委开展绩效评价。

第三条（实施细则）

区交通委根据本办法制定运营考核细则，明确考核标准。

各街道应对站点建设实施日常管理。

第四条（年度计划）

各街道按照要求制定本街道站点年度计划，报区交通委审核。区交通委根据全区年度计划测算资金，向区发展改革委提出资金需求。区财政局审核后，纳入年度预算。

第五条（职能分工）

区交通委、区财政局、各街道根据各自职能做好补贴发放工作。

第六条（纠正）

运营企业实施的调度行为违反有关规定的，区交通委可责令限期纠正。

区交通委应当定期对运营企业的调度行为开展检查。

第七条（施行日期）

本办法自2025年1月1日起施行。
"""

_POINTS = """某区老旧小区水箱清洗管理办法

一、工作机制

（一）经费筹集。当小区未筹集清洗经费时，相关业主有约定的，按照约定承担;没有约定的，由所在街道牵头，协助组织业主筹集。

（二）方案确定。当小区水箱经检测认定存在污染隐患，且相关方达不成一致时，由相关街道牵头，组织物业企业共同商议，确定清洗方案。必要时使用应急资金执行。

（三）名单申报。每年3月底，由各街道排摸申报需清洗的水箱名单。

（四）方案调整。确需调整清洗方案的，由区水务局负责。

二、施行日期

本办法自2025年1月1日起施行。
"""

_RULES = """某市游泳场所安全管理办法

第一章 总则

第一条 目的

为了加强游泳场所安全管理，制定本办法。

第二章 管理要求

第二条 管理要求

泳池管理单位应当依法对运营单位的安全管理制度进行检查。督促运营单位做好以下工作：

（一）建立日常巡查制度，每日开展巡查。

（二）建立应急救援制度，定期开展演练。

第三条 社会参与

鼓励市民主动报告安全隐患，具体奖励办法由各街道办事处另行制定。

支持游泳行业协会开展安全管理调研。

第四条 定期检查

业主大会、业主委员会应当定期对小区泳池设施进行安全检查。

第五条 泳池内部要求

泳池区内应当按照相关标准设置安全标志。

第六条 本办法自2025年1月1日起施行。
"""

_DUTIES = """某市游泳场所责任区管理办法

第一条（目的）

为了加强游泳场所责任区管理，制定本办法。

第二条（管理部门）

市体育行政管理部门是本市游泳场所责任区工作的主管部门，主要履行以下职责：

（一）组织制定本市责任区管理的相关标准；

（二）组织检查各区责任区状况。

本市卫生健康、教育、文化旅游等有关行政管理部门按照各自职责，协同实施本办法。

第三条（区和街道管理职责）

区体育行政管理部门负责本辖区内责任区的监督管理，主要履行以下职责：

（一）布置本辖区内的责任区工作；

（二）指导街道办事处推进自律管理工作。街道办事处负责组织本辖区内的相关单位落实责任区制度，主要履行以下职责：

（一）落实具体责任人；

（二）推进建立自律管理机制。

第四条（告知书）

区体育行政管理部门应当制作告知书。告知书由街道办事处向本辖区内的经营者发放。

第五条（施行日期）

本办法自2025年1月1日起施行。
"""


def test_article_paragraphs_under_their_heading_line():
    units = _units(_ARTICLES)
    assert units["3"] == ["区交通委", "各街道"]
    assert units["4"] == ["各街道", "区交通委"]       # (区财政局审核后，纳入…: a review, none)
    assert units["5"] == ["区交通委", "区财政局", "各街道"]


def test_duty_article_every_body_given_work():
    assert _units(_ARTICLES)["2"] == ["区交通委", "区发展改革委", "区财政局", "各街道人民政府", "区审计局"]


def test_body_inside_a_case_is_no_doer():
    assert _units(_ARTICLES)["6"] == ["区交通委"]      # (运营企业: inside the case, none)


def test_item_under_an_event_case_takes_its_agent():
    got = {key: (lead, resp) for key, lead, resp in _tasks(_POINTS)}
    assert got["一/一"] == (["所在街道"], [])
    assert got["一/二"] == (["相关街道"], [])
    assert got["一/三"] == ([], ["各街道"])
    assert got["一/四"] == ([], ["区水务局"])      # (unchanged: 确需…的，由A负责)


def test_pivot_lead_in_and_verb_glued_kinds():
    units = _units(_RULES)
    assert units["2/一"] == units["2/二"] == ["泳池管理单位"]
    assert units["3"] == ["各街道办事处"]
    assert units["4"] == ["业主大会", "业主委员会"]
    assert units["5"] == []


def test_trailing_paragraph_restarted_list_and_handing_out():
    units = _units(_DUTIES)
    assert units["2/一"] == ["市体育行政管理部门"]
    assert units["2/本市卫生健康、教育、文化旅游等有关行政管理部门按照各自职责"] == [
        "本市卫生健康、教育、文化旅游等有关行政管理部门"]
    rows = [(key, lead + resp) for key, lead, resp in _tasks(_DUTIES) if key.startswith("3/")]
    assert rows == [("3/一", ["区体育行政管理部门"]), ("3/二", ["区体育行政管理部门"]),
                    ("3/一", ["街道办事处"]), ("3/二", ["街道办事处"])]
    assert units["4"] == ["区体育行政管理部门", "街道办事处"]
