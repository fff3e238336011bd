"""Round 61 (p61a): the task structure of whole rules.

- A rule whose articles carry their heading after the number and a space, no bracket, 「第十八条 收缴程序」, in
  chapters 「第九章  保障措施」: the article lines are articles, numbered, never unnumbered section headings, though
  the heading ends in a section word (程序, 标准, 分工, 保障措施) and a chapter line stands right over an article.
  Each article is a task of its own, its number its path, and takes only its own units. (A plan whose unnumbered
  headings 「工作要求」「保障措施」 stand over numbered items keeps them as its sections.)
- A lead-in binding parties to its lines 「A、B或者C应当遵守下列规定：」
  「A委托的B（以下简称…）应当履行下列义务：」 whose subject names a body (…单位, …机构, …企业)
  beside the owner or user, or as the head after 的, gives its lines work: they are tasks
  (CONVENTIONS.md Round 83's x311_03 第十一、十二条). A lead-in of the public alone
  「停放人应当遵守下列规定：」 still gives the public's own rules, no task (rounds 36, 41, 46, 52),
  and so does the public's option 「…可以委托…办理下列业务：」.
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


_PARTIES = """某市地下车库安全管理办法

第一条（目的）
为了加强本市地下车库的安全管理，制定本办法。

第二条（管理部门）
市交通委负责本办法的组织实施。区交通部门负责本区地下车库的安全监督管理。

第三条（检查）
区交通部门应当每季度对地下车库开展安全检查。

第四条（防汛要求）
车库的产权人、管理单位或者使用人应当遵守下列防汛规定：
（一）气象部门发布暴雨预警后，应当加强值班巡查，发现险情及时处置；
（二）定期组织防汛应急演练；
（三）国家和本市其他有关防汛管理的规定。

第五条（管理单位的义务）
产权人委托的车库管理单位（以下简称管理单位）应当履行下列安全义务：
（一）制定车库安全管理制度；
（二）配备专职安全管理人员；
（三）国家和本市规定的其他工作。

第六条（停车人的义务）
停放人应当遵守下列规定：
（一）按照标线停放车辆；
（二）不得占用消防通道。

第七条（委托业务）
车位产权人或者其他利害关系人可以委托测绘机构（以下简称测绘机构）办理下列业务：
（一）车位面积测量；
（二）车位平面图修测。

第八条（安全员职责）
区交通部门应当督促车库管理单位落实下列工作：
（一）每月开展一次隐患排查；
（二）完成国家和本市规定的其他工作任务，并向区交通部门报告。
"""


def test_a_lead_in_of_parties_with_a_body_among_them_keeps_its_lines() -> None:
    numbers = _numbers(_PARTIES)
    assert "4/一" in numbers and "4/二" in numbers
    assert "5/一" in numbers and "5/二" in numbers


def test_the_publics_own_rules_stay_no_task() -> None:
    numbers = _numbers(_PARTIES)
    assert not any(n.startswith("6") for n in numbers)
    assert not any(n.startswith("7") for n in numbers)


def test_the_lines_under_a_bodys_lead_in_stay_tasks() -> None:
    numbers = _numbers(_PARTIES)
    assert numbers == ["2", "3", "4/一", "4/二", "4/三", "5/一", "5/二", "5/三", "8/一", "8/二"]
    assert _task(_PARTIES, "2").responsible_units == ["市交通委", "区交通部门"]
    assert _task(_PARTIES, "8/二").title.startswith("完成国家和本市规定的其他工作任务")
