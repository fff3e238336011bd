"""Round 62 (p62c): the structure and counts of whole rules.

- An article binding a premises' owner with its user or manager 「码头、堆场的产权人、使用人、管理人应当…完善…」
  gives the regulated parties work (CONVENTIONS.md p61a-2: an owner, a user, a manager bound by 应当 is a regulated
  party): a task, not the public's own rule. An owner alone of a home 「车位产权人可以…」 stays the public's.
- An article's own paragraph after its last numbered item that gives work 「（三）…。⏎承运…的，应当告知…」 is one more
  task of the article (Round 77's x299_02), found by the article's path; not the job of the persons a party hires
  「作业人员应当…」, an option 「…可以…」 or a consequence 「…依法追究刑事责任」 (they stay the last item's text); and
  after a list of cases that gives no work the paragraph folds with the list into the article's one task (Round 78's
  (b)).
- A childless headed point 「五、监督检查」 whose text has the rules' own body act on what it oversees or on a breach
  「A对…进行评估，…责令B整改」 is a task naming none (Round 85's x319_02 六).
- A definitions article that also gives work by a modal in a clause of its own 「第三条所称X，按照…计算；…的，应当
  委托…评估确定。」 is a task (round 39); a definition alone is not.
- An article whose list only sorts cases into a class 「…符合下列情形之一的，属于“…”情形：」 names no act: no task.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


_HOLDERS = """某市港区堆场消防安全管理规定

第一条（目的）
为了加强本市港区堆场消防安全管理，制定本规定。

第二条（部门职责）
市港口管理部门负责本规定的组织实施，区消防救援机构负责堆场消防安全的监督检查。

第三条（单位责任）
码头、堆场的产权人、使用人、管理人应当依法履行消防安全职责，完善消防安全管理制度，落实防火巡查要求。

第四条（巡查）
区港口管理部门应当每季度组织堆场消防安全巡查。

第五条（施行日期）
本规定自2026年3月1日起施行。
"""

_OWNER_ALONE = _HOLDERS.replace(
    "码头、堆场的产权人、使用人、管理人应当依法履行消防安全职责，完善消防安全管理制度，落实防火巡查要求。",
    "住宅车位产权人应当按照约定缴纳车位管理费用。")


def test_owner_with_user_and_manager_is_a_regulated_party() -> None:
    numbers = _numbers(_HOLDERS)
    assert numbers == ["2", "3", "4"]
    assert any(t.startswith("（单位责任）") or "产权人" in t for t in _titles(_HOLDERS))


def test_owner_alone_paying_stays_the_publics_rule() -> None:
    assert _numbers(_OWNER_ALONE) == ["2", "4"]


_AFTER_ITEMS = """某区仓储场所租赁消防管理办法

第一条（目的）
为了规范本区仓储场所租赁消防管理，制定本办法。

第二条（出租要求）
出租仓储场所的，应当履行下列管理要求：
（一）提供符合消防安全要求的场所；
（二）事先告知承租人场所的消防安全要求；
（三）定期了解场所的消防安全情况。
承运危险物品的，应当告知出租人物品的火灾危险性类别；需要改变场所用途的，应当依法办理相关手续。

第三条（动火作业）
在仓储场所内进行动火作业的，应当遵守下列规定：
（一）按照规定落实内部审批手续；
（二）确认相关作业人员依法持证上岗。
作业人员应当按照操作规程开展作业。

第四条（处罚）
符合下列情形之一的，区消防救援机构责令改正，并处罚款：
（一）未落实内部审批手续的；
（二）作业人员未持证上岗的。
当事人的违法行为造成严重后果的，应当从重处罚。

第五条（监督检查）
区消防救援机构应当对仓储场所开展监督检查：
（一）检查消防设施的完好情况；
（二）检查消防通道的畅通情况。
对其他场所可以参照本条规定开展抽查。

第六条（施行日期）
本办法自2026年5月1日起施行。
"""


def test_paragraph_after_an_articles_items_is_its_own_task() -> None:
    plan = parse_text(_AFTER_ITEMS)
    in_two = [t for t in plan.tasks if t.path[:1] == ["2"] or t.number == "2"]
    assert len(in_two) == 4
    assert in_two[-1].title.startswith("承运危险物品的")
    assert "承运危险物品" not in in_two[-2].text


def test_hired_persons_options_and_cases_stay_text() -> None:
    plan = parse_text(_AFTER_ITEMS)
    numbers = ["/".join([*t.path, t.number]) for t in plan.tasks]
    # (第三条's workers' job stays (二)'s text; 第四条 one task with its cases and paragraph; 第五条's option
    # stays text)
    assert numbers == ["2/一", "2/二", "2/三", numbers[3], "3/一", "3/二", "4", "5/一", "5/二"]
    assert any("作业人员应当" in t.text for t in plan.tasks if t.number == "二" and t.path == ["3"])
    assert len(plan.tasks) == 9


_POINTS = """某区公共数据归集管理办法

一、职责分工
区数据局负责统筹协调本区公共数据归集工作，区大数据中心负责提供技术保障。

二、归集要求
各数据提供单位应当按照以下要求提供数据：
1、数据每日动态更新；
2、数据字段完整准确。

三、安全要求
各单位安全管理职责如下：
1、区大数据中心负责对归集的数据进行统一管理。
2、区数据局负责指导各单位开展数据安全工作。

四、适用范围
本区行政区域内的公共数据归集管理。

五、监督检查
区数据局对数据归集、更新和使用情况进行评估，存在问题的，责令数据提供单位限期整改。

六、附则
本办法自发布之日起施行。
"""


def test_oversight_point_where_the_body_acts_is_a_task() -> None:
    plan = parse_text(_POINTS)
    five = [t for t in plan.tasks if t.number == "五"]
    assert len(five) == 1
    assert five[0].lead_units == [] and five[0].responsible_units == []


def test_oversight_heading_with_no_act_stays_no_task() -> None:
    text = _POINTS.replace("区数据局对数据归集、更新和使用情况进行评估，存在问题的，责令数据提供单位限期整改。",
                           "数据归集工作接受社会各方面的监督。")
    assert not any(t.number == "五" for t in parse_text(text).tasks)


_DEFINED = """某区违法建设罚款裁量办法

第一条　为了规范本区违法建设罚款裁量，制定本办法。

第二条　区城管执法部门负责违法建设行为的行政处罚。

第三条　违法建设行为符合下列情形之一的，属于“可以改正”情形：

（一）已取得规划许可，但未按许可建设，可以整改的；

（二）建设内容符合许可变更条件的。

第四条　区城管执法部门对违法建设处以罚款时，应当监督违法建设的改正。

第五条　第四条所称违法收入，按照违法部分出售所得价款计算；未出售的，应当委托有资质的评估机构评估确定。

第六条　第四条所称违法部分，是指超出规划许可的建筑面积。

第七条　本办法自2026年1月1日起施行。
"""


def test_definition_with_work_is_a_task_and_sorting_cases_is_none() -> None:
    numbers = _numbers(_DEFINED)
    assert "5" in numbers
    assert "6" not in numbers
    assert "3" not in numbers and not any(n.startswith("3/") for n in numbers)
    assert numbers == ["2", "4", "5"]
