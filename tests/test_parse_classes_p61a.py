"""Round 61 (p61a): the task structure of whole rules.

- A rule whose articles carry their heading after the number and a space, no bracket, 「第十八条 收缴程序」, in
  chapters 「第九章  保障措施」: the article lines are articles, numbered, never unnumbered section headings, though
  the heading ends in a section word (程序, 标准, 分工, 保障措施) and a chapter line stands right over an article.
  Each article is a task of its own, its number its path, and takes only its own units. (A plan whose unnumbered
  headings 「工作要求」「保障措施」 stand over numbered items keeps them as its sections.)
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


_CHAPTERED = """某市绿地养护管理实施细则

第一章 总则

第一条 适用对象

本细则适用于本市公园绿地和道路绿地的养护管理。

第二条 养护标准

各区绿化局应当每年组织养护质量检查，检查结果报市绿化局。

第三条 验收流程

市绿化局负责制定验收办法，每季度组织一次抽查。

第二章  保障措施

第四条 经费程序

区财政局负责将养护经费纳入年度预算，按季度拨付。

第五条 组织分工

市绿化局负责统筹推进全市绿地养护，各区绿化局负责本区绿地养护的具体实施。

第六条 监督考核

市城管执法局负责对损坏绿地的行为依法查处。
"""


def test_unbracketed_article_headings_stay_articles() -> None:
    numbers = _numbers(_CHAPTERED)
    assert numbers == ["2", "3", "4", "5", "6"]
    assert _task(_CHAPTERED, "3").responsible_units == ["市绿化局"]
    assert _task(_CHAPTERED, "5").responsible_units == ["市绿化局", "各区绿化局"]
    assert _task(_CHAPTERED, "6").responsible_units == ["市城管执法局"]


_SECTIONS = """某镇春季防火工作方案

工作任务

1.镇应急办负责组织全镇防火巡查。

2.各村负责落实本村防火责任。

保障措施

1.镇财政所负责保障防火经费。

2.镇纪委负责督查防火工作落实情况。
"""


def test_unnumbered_section_headings_still_hold_their_items() -> None:
    tasks = parse_text(_SECTIONS).tasks
    assert len(tasks) == 4
    assert [t.path for t in tasks] == [["工作任务"], ["工作任务"], ["保障措施"], ["保障措施"]]
    assert tasks[2].responsible_units == ["镇财政所"]
