"""Round 71 (p71g): the city naming an act of the rules' own bodies, an option over the things that qualify, and a
chapter heading run on after an article.

- The city speaking of itself with an act the rules' bodies carry out, opening its article 「本市建立健全…协作机制，
  加强信息共享」「本市依托…平台，加强…数据的归集和应用」「本市根据…，有计划、分步骤地实施…改造」: a task naming none
  (Round 103 governs, over round 33's statement; ``public_articles.city_act``) — not a stance 「本市坚持…原则，
  推动…相结合」, a call and aims 「本市支持…，推进…数字化转型，提升…水平」, a bare 「本市实行…制度」, nor a 本市
  sentence after calls 「支持…。鼓励…。本市加强…」 (x207_01 第二十四条's answer; see the report's RULING?).
  「本市依托X平台」 before the comma is no name (``unit_labels.NOT_A_BODY``): 本市 a place, 依托 its means.
- An option after the things that qualify, fronted 「符合登记条件的X，A可以依法向…申请办理登记」: no task (round 49
  p46b; ``no_work_articles._PLAIN_OPTION``) — not a body's owed act after the same front 「符合…的X，A应当…」.
- The next chapter's heading run on after a chapter's last article 「任何单位和个人有权…举报…。⏎第三章附则」: not a
  sentence of the article, so a right of everyone stays text (round 36; ``rule_chapters.general_article``) — not where
  a body answers 「…，区水务局应当及时处理」.
- The standard liability clause over the officials' wrongs 「违反本办法规定，A及其工作人员有下列行为之一的，依法对
  直接负责的主管人员和其他直接责任人员给予处分：⏎（一）违法…；⏎（二）…」: the lines its cases, the article no task
  (Round 91's x340_04 第七十九条; ``rule_lists.conduct_cases``) — not a lead-in naming the body that sanctions
  「…之一的，由A…给予处分：」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return [t.number for t in parse_text(text).tasks]


_RULES = """某市河道管理办法

第一章 总则

第一条 为了加强河道管理，根据有关法律、法规，结合本市实际，制定本办法。

第二条 本办法适用于本市行政区域内河道的管理。

第三条 市水务局负责全市河道的监督管理。区水务局负责本区河道的日常管理。

第四条 本市建立健全与周边省市的河道管理协作机制，加强河道水情信息共享。

第五条 本市依托河道信息平台，加强河道监测数据的归集、共享和应用。

第六条 本市坚持生态优先、系统治理的原则，推动河道治理与城市更新相结合。

第七条 本市支持河道管理技术创新，推进河道管理数字化转型，提升河道管理水平。

第八条 本市根据河道现状和财力状况，有计划、分步骤地实施中小河道岸线生态改造。

第九条 本市实行河长制度。

第十条 支持社会力量参与河道保洁。鼓励沿河单位认领河道。本市加强河道文化的挖掘。

第二章 管理

第十一条 区水务局应当定期组织河道巡查。

第十二条 符合登记条件的河道设施，设施权属单位可以依法向登记机构申请办理登记。

第十三条 符合验收条件的河道工程，区水务局应当组织竣工验收。

第十四条 任何单位和个人有权向区水务局举报破坏河道的行为。

第三章 监督

第十五条 市水务局应当每年对各区河道管理工作进行考核。

第十六条 任何单位和个人有权举报破坏河道的行为，区水务局应当及时核实处理。

第四章 附则

第十七条 本办法自2026年1月1日起施行。
"""


def test_city_act_opening_its_article_is_a_task_naming_none() -> None:
    tasks = {t.number: t for t in parse_text(_RULES).tasks}
    for number in ("4", "5", "8"):
        assert number in tasks, number
        assert not tasks[number].lead_units and not tasks[number].responsible_units


def test_city_stance_call_aim_bare_system_and_late_city_sentence_stay_text() -> None:
    numbers = _numbers(_RULES)
    for number in ("6", "7", "9", "10"):
        assert number not in numbers, number


def test_option_after_qualifying_things_is_no_task_but_owed_act_is() -> None:
    numbers = _numbers(_RULES)
    assert "12" not in numbers
    assert "13" in numbers


def test_run_on_chapter_heading_leaves_everyones_right_text_but_not_a_body_answering() -> None:
    numbers = _numbers(_RULES)
    assert "14" not in numbers
    assert "16" in numbers


_LIABILITY = """某市河道保洁服务管理办法

第一条 为了规范河道保洁服务，制定本办法。

第二条 区水务局负责本区河道保洁服务的监督管理。

第三条 河道保洁服务项目的招标文件，应当包括下列主要内容：

（一）保洁服务项目的名称、范围和期限；

（二）与保洁服务相适应的船只和设备；

（三）保洁服务的质量要求。

第四条 区水务局应当做好下列工作：

（一）组织编制保洁服务计划；

（二）检查保洁服务质量。

第五条 违反本办法规定，区水务局及其工作人员有下列行为之一的，依法对直接负责的主管人员和其他直接责任人员给予处分：

（一）违法确定保洁服务单位；

（二）不依法履行监督职责；

（三）其他玩忽职守的行为。

第六条 保洁服务单位有下列行为之一的，由区水务局责令改正，并给予通报批评：

（一）未按时清捞漂浮物；

（二）未按规定处置垃圾。

第七条 本办法自2026年1月1日起施行。
"""


def test_liability_clause_over_officials_wrongs_is_no_task_but_a_named_sanctioner_is() -> None:
    keys = ["/".join([*t.path, t.number]) for t in parse_text(_LIABILITY).tasks]
    assert not any(k == "5" or k.startswith("5/") for k in keys), keys
    assert any(k == "6" or k.startswith("6/") for k in keys), keys

