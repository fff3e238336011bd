"""Round 71 (p71h): a childless safeguards point in a plan naming no unit.

- A plan's last point 「四、保障措施」 over one paragraph, after points whose numbered items are the work: the point's
  text, not the document's closing (``headings._closing_paragraphs``) — as 「三、工作要求」 over its paragraph already
  was; and, in a plan none of whose tasks names a unit, that paragraph of acts printed with no ordinals
  「健全…。开展…。强化…。」 makes the point one task (``headed_points._no_unit_safeguards``; CONVENTIONS.md Round 105's
  governs on x375_01 四, with plans-dev 08 and Round 95's x349_01) — not where the plan's tasks name units by a label
  「（责任单位：…）」 (the seeds' 保障措施 point, no task).
- A later sentence of an article's line that opens with a contingency 「确因…原因需延后…的，建设单位在交付时须…」: the
  party acts only if the case arises, no doer (rule 3's cases; ``article_subjects._CONTINGENCY``, as ``_CASE_BEFORE``
  leaves 确需／如需 out; plans-next376 x376_03 第十一条（七）) — not the party as the plain subject of a later sentence
  「建设单位应当在交付前完成…」 (round 44: a doer).
- A site check's finding with the order to put it right 「凡经核查发现不符合交付条件的，同时提出在15日内限期整改要求」:
  the body's own finding told to the party it concerns, an undated duty (``duty_sentences.FINDING_TOLD``; Round 105
  on x376_03 第十条) — not the party's own fix after the finding 「…的，建设单位应当在15日内完成整改」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_NO_UNIT = """某区生态空间近期规划（2026—2030年）

一、总体要求

坚持绿色发展理念，统筹生态保护与城市更新，至2030年基本建成宜居宜业的生态城区。

二、空间布局

（一）优化生态格局

构建“一廊两带”生态骨架，推进滨河绿道贯通，提升沿线景观品质。

（二）完善公园体系

新增社区公园5座，推进口袋公园建设，提升公园开放共享水平。

三、重点行动

（一）水环境提升行动

实施河道综合整治，推进雨污分流改造，提升河湖水质。

（二）林地建设行动

推进生态林地建设，优化林地结构，提升森林覆盖率。

四、保障措施

健全部门协同机制，统筹规划编制和项目实施。开展规划实施年度评估，完善动态调整机制。强化用地要素保障，优化资源配置。探索生态补偿新机制，拓宽资金渠道。形成社会参与格局，鼓励社会资本参与生态建设。
"""

_UNITS = _NO_UNIT
for _done, _unit in (("提升沿线景观品质。", "区绿化市容局"), ("提升公园开放共享水平。", "区绿化市容局"),
                     ("提升河湖水质。", "区水务局"), ("提升森林覆盖率。", "区规划资源局")):
    _UNITS = _UNITS.replace(_done, f"{_done}（责任单位：{_unit}）")


def test_safeguards_paragraph_in_a_plan_naming_no_unit_is_a_task() -> None:
    tasks = _tasks(_NO_UNIT)
    assert tasks["四"] == []
    assert len(tasks) == 5
    text = next(t.text for t in parse_text(_NO_UNIT).tasks if t.number == "四")
    assert "形成社会参与格局" in text


def test_safeguards_paragraph_where_tasks_name_units_is_no_task() -> None:
    tasks = _tasks(_UNITS)
    assert "四" not in tasks
    assert tasks["三/一"] == ["区水务局"]
    assert len(tasks) == 4


_RULES = """某市新建厂房交付使用管理细则

第一条 为了规范新建厂房交付使用管理，制定本细则。

第二条 区建设管理部门负责本区新建厂房交付使用的审核工作。

第三条 现场核查应当按照下列规定拍摄并留存照片：

（一）厂区主出入口全貌；

（二）厂区内的绿化建设情况。确因冬季施工原因需延后绿化建设的，建设单位在交付时须向使用单位书面承诺交付后6个月内完成绿化建设；

（三）厂区内的道路建成情况。建设单位应当在交付前完成道路标线施划；

第四条 本细则自2024年1月1日起施行。
"""


def test_a_party_acting_only_in_a_contingency_is_no_doer() -> None:
    tasks = _tasks(_RULES)
    assert tasks["3/二"] == []
    assert tasks["3/三"] == ["建设单位"]
    assert tasks["2"] == ["区建设管理部门"]


_CHECK = """某市新建厂房交付使用管理细则

第一条 为了规范新建厂房交付使用管理，制定本细则。

第二条 区建设管理部门负责本区新建厂房交付使用的审核工作。

第三条 区建设管理部门受理申请后，应当派员核查。凡经核查发现不符合交付条件的，同时提出在15日内限期整改要求。

第四条 本细则自2024年1月1日起施行。
"""


def test_a_checks_finding_with_its_order_is_a_duty() -> None:
    assert [d.text for d in parse_text(_CHECK).duties] == ["凡经核查发现不符合交付条件的，同时提出在15日内限期整改要求"]


def test_the_partys_own_fix_is_no_duty() -> None:
    text = _CHECK.replace("同时提出在15日内限期整改要求", "建设单位应当在15日内完成整改")
    assert [d.text for d in parse_text(text).duties] == []
