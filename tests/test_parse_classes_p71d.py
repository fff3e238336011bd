"""Round 71 (p71d): a village's own rules in articles, their first chapter run into the title line.

- A rule's chapter and its first article run into the line before them 「…管理规章第一章总则第一条为…」 (and a later
  chapter into its first article 「第二章村民的义务第九条…」), every other article opening a line of its own: each
  article on a line of its own, the rule read as articles — not an article named inside a sentence 「依照本办法第三章
  规定的第十条…」, which stays text.
- The purpose article of a 规章 「…，制定本规章。」 and a scope article naming the rule in full 「本村村容管理规章制度
  适用于…」: general provisions, no tasks — not an article that names a doer 「村委会负责…」.
- A village's own rules (its articles speaking of 本村) binding its villagers 「村民应当…」「村民不得…」: tasks naming
  none (Round 102's governs on x368_02) — not the villagers of a town's rules that do not speak of 本村, which stay the
  public's own rules.
- A point whose subject, by a modal, sets a body up 「社区应该建立…领导小组，负责…」「…小组应设置指挥部，负责…」: the
  负责 is the set-up body's (rule 3), no unit, and the sentence is no heading of names — not a body that does the work
  itself 「街道应急办应当加强…巡查，负责…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_VILLAGE = """某村村容管理规章制度第一章总则第一条为改善村容村貌,提升村民生活质量,结合本村实际,制定本规章。

第二条本村村容管理规章制度适用于本村全体村民和各类组织。

第三条村委会负责本村村容管理的组织实施工作。

第四条村委会应当每月组织一次村容检查,及时通报检查结果。

第二章村民的义务第五条村民应当保持房前屋后整洁,按时清运生活垃圾。

第六条村民不得在村道两侧堆放柴草、建材等杂物。

第七条村民应当配合村委会开展村容整治。

第八条本规章自公布之日起施行。
"""


def test_chapter_glued_village_rules_read_as_articles() -> None:
    tasks = _tasks(_VILLAGE)
    assert "1" not in tasks and "2" not in tasks and "8" not in tasks
    assert tasks["3"] == ["村委会"]
    assert "4" in tasks
    assert tasks["5"] == [] and tasks["6"] == []


_TOWN = """某镇集镇管理暂行规定

第一条为规范集镇管理,制定本规定。

第二条镇城管办负责集镇日常管理工作。

第三条镇城管办应当每周巡查集镇街道,及时处理占道经营。

第四条镇市场监管所负责集贸市场的监督检查。

第五条村民应当自觉维护集镇环境卫生,不得随意乱扔垃圾。

第六条本规定自公布之日起施行。
"""


def test_villagers_of_a_town_rule_stay_public() -> None:
    tasks = _tasks(_TOWN)
    assert tasks["2"] == ["镇城管办"]
    assert "5" not in tasks


def test_article_named_inside_a_sentence_stays_text() -> None:
    text = """某区停车管理办法

第一条为规范停车管理,制定本办法。

第二条区交通委负责本区停车管理工作。

第三条区交通委应当按照第二章停车设施第四条的规定,每年公布停车设施目录。

第四条区城管执法局负责查处违法停车。

第五条街道办事处负责辖区停车秩序的日常巡查。
"""
    tasks = _tasks(text)
    assert tasks["3"] == ["区交通委"]
    assert tasks["4"] == ["区城管执法局"]
    assert "第二章停车设施第四条" in next(t.text for t in parse_text(text).tasks if t.number == "3")


def test_modal_set_up_body_gives_no_unit() -> None:
    text = """某社区防汛应急预案

三、组织体系

1. 社区应该建立防汛应急工作小组,负责制定和组织实施防汛应急预案。

2. 防汛应急工作小组应设置指挥部,负责统一指挥防汛抢险行动。

3. 街道应急办应当加强汛期巡查,负责汛情信息的收集和上报。
"""
    tasks = _tasks(text)
    assert tasks["三/1"] == [] and tasks["三/2"] == []
    assert tasks["三/3"] == ["街道应急办"]
