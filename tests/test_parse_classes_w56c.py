"""Round 56 (w56c): the task structure of rules, second pass. Every text here is made up.

- A list of cases a named body answers once in the lead-in 「有下列情形之一的，A应当…，并…：（一）…的；…（三）…其他
  情形。」 is the point's text, even where that point is the notice's only one with items (``given_lists``); a list
  whose lines each name their own doer stays items.
- A notice's point that only leaves what it names out of the scheme 「企业申请办理…业务，不适用简易程序。」 (and the
  notice's entry into force) gives no work (``rule_chapters.closing_point``); one that also hands a body work stays.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _notice(cases: str, last: str) -> str:
    return f"""某区园林绿化局关于对绿化养护企业备案实行简易程序的通知

各绿化养护企业:

为提高办事效率，现将有关事项通知如下：

一、适用范围

经本区登记的企业，申请办理绿化养护企业备案新设业务的，可实行简易程序。

二、管理部门

区园林绿化局负责本区绿化养护企业备案简易程序的监督管理和组织实施。

三、备案的办理

区园林绿化局收到企业提交的承诺书后，应当当场作出备案决定，并在区政府网站公告。

四、检查监督

备案企业应当在承诺的期限内补齐备案所需的全部材料。

{cases}

五、其他事项

{last}

某区园林绿化局

2022年3月1日
"""


ANSWERED = """有下列情形之一的，区园林绿化局应当依法撤销备案，并在区政府网站进行公告：

（一）备案企业在承诺的期限内未补齐材料的；

（二）检查发现企业的实际情况与承诺内容不符，逾期未改正的；

（三）依法应当撤销备案的其他情形。"""

OWN_DOERS = """对检查中发现的问题，按以下分工处理：

（一）材料不全的，由区园林绿化局督促企业补齐；

（二）涉嫌违法的，由区城管执法局依法查处；

（三）涉及安全隐患的，由区应急管理局组织排查。"""

OUT_OF_SCOPE = "企业申请办理绿化养护企业备案变更、备案注销业务，不适用简易程序。\n\n本通知自印发之日起施行。"


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.number, t.responsible_units) for t in parse_text(text).tasks]


def test_cases_answered_once_by_a_body_are_the_points_text() -> None:
    tasks = _tasks(_notice(ANSWERED, OUT_OF_SCOPE))
    assert tasks == [("二", ["区园林绿化局"]), ("三", []), ("四", [])]
    four = next(t for t in parse_text(_notice(ANSWERED, OUT_OF_SCOPE)).tasks if t.number == "四")
    assert "（三）依法应当撤销备案的其他情形" in four.text


def test_lines_that_name_their_own_doers_stay_items() -> None:
    tasks = _tasks(_notice(OWN_DOERS, OUT_OF_SCOPE))
    assert tasks[-3:] == [("一", ["区园林绿化局"]), ("二", ["区城管执法局"]), ("三", ["区应急管理局"])]


def test_a_point_leaving_work_to_a_body_beside_its_scope_stays_a_task() -> None:
    last = "企业申请办理绿化养护企业备案变更业务，不适用简易程序，由区园林绿化局负责按一般程序办理。"
    tasks = _tasks(_notice(ANSWERED, last))
    assert ("五", ["区园林绿化局"]) in tasks
    assert "五" not in [n for n, _ in _tasks(_notice(ANSWERED, OUT_OF_SCOPE))]
