"""Round 56 (w56c): the task structure of rules, second pass. Every text here is made up.

- A list of cases a named body answers once in the lead-in 「有下列情形之一的，A应当…，并…：（一）…的；…（三）…其他
  情形。」 is the point's text, even where that point is the notice's only one with items (``given_lists``); a list
  whose lines each name their own doer stays items.
- A notice's point that only leaves what it names out of the scheme 「企业申请办理…业务，不适用简易程序。」 (and the
  notice's entry into force) gives no work (``closing_clauses.closing_point``); one that also hands a body work stays.
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


def _rules(article: str) -> str:
    return f"""某区公共租赁住房承租家庭年度审核办法

第一条（目的）
为了规范公共租赁住房承租家庭的年度审核，制定本办法。

第二条（审核实施）
区公租房管理中心应当每年组织一次承租家庭年度审核。

第三条（对虚假申报的处理）
{article}

第四条（施行日期）
本办法自2023年1月1日起施行。
"""


TWO_LISTS = """承租家庭在年度审核中有下列行为之一的，认定为虚假申报行为：
（一）不如实填报家庭收入的；
（二）提供虚假材料的；
（三）法律、法规规定的其他行为。
对有虚假申报行为的承租家庭，区公租房管理中心应当根据情节轻重，采取以下措施处理：
（一）解除租赁合同，收回承租住房；
（二）取消其3年内再次申请的资格；
（三）记录其不良信用信息。"""


def test_cases_defined_then_a_bodys_measures_each_an_item() -> None:
    tasks = [(t.number, t.responsible_units, t.text.split("\n", 1)[0]) for t in parse_text(_rules(TWO_LISTS)).tasks]
    assert tasks == [("2", ["区公租房管理中心"], "（审核实施）"),
                     ("一", ["区公租房管理中心"], "解除租赁合同，收回承租住房；"),
                     ("二", ["区公租房管理中心"], "取消其3年内再次申请的资格；"),
                     ("三", ["区公租房管理中心"], "记录其不良信用信息。")]


def test_a_second_list_that_is_not_a_bodys_measures_stays_the_articles_text() -> None:
    # (the second lead-in names the family's own papers: no body's measures — the article stays whole)
    papers = TWO_LISTS.split("对有")[0] + """承租家庭申请复查的，应当提交以下材料：
（一）复查申请书；
（二）家庭收入证明；
（三）身份证明。"""
    numbers = [t.number for t in parse_text(_rules(papers)).tasks]
    assert "一" not in numbers and "二" not in numbers and "三" not in numbers


COMMISSION = """某区房屋安全鉴定管理办法

第一条（目的）
为了规范房屋安全鉴定，制定本办法。

第二条（委托鉴定）
区住建委作为委托人，应当委托具备资质的鉴定机构对辖区内老旧房屋进行安全鉴定，并提供房屋的相关资料。

第三条（鉴定报告）
鉴定机构应当在接受委托后15个工作日内出具鉴定报告。

第四条（施行日期）
本办法自2023年1月1日起施行。
"""


def test_a_body_commissioning_work_as_the_client_keeps_its_article() -> None:
    # (p56a reads 委托人 as a member of the public handing in papers: a named body 「区住建委作为委托人，应当委托…」
    # stays a body at work, the firm it commissions answering in its own article)
    tasks = [(t.number, t.responsible_units) for t in parse_text(COMMISSION).tasks]
    assert tasks == [("2", ["区住建委"]), ("3", ["鉴定机构"])]


def _filing(last: str) -> str:
    return f"""某区住宅小区管理若干规定

一、业主大会的筹备

业主大会筹备组由街道办事处负责组建，并指导筹备组开展工作。

二、停车收费标准的调整

物业服务企业需要调整停车收费标准的，应当书面告知业主委员会。协商一致后，业主委员会应当及时组织召开业主大会会议作出决定。

{last}

（一）备案申请；

（二）收费调整方案；

（三）业主大会同意调整的决定。

三、维修资金的使用

（一）区房屋管理部门负责对维修资金的使用进行监督。

（二）街道办事处负责指导业主委员会做好维修资金的续筹工作。
"""


def test_documents_a_party_files_are_the_points_text() -> None:
    tasks = [(t.number, t.responsible_units) for t in
             parse_text(_filing("调整方案经业主大会表决通过后，物业服务企业应当持下列文件向区房屋管理部门申请备案：")).tasks]
    assert tasks == [("一", ["街道办事处"]), ("二", ["业主委员会"]), ("一", ["区房屋管理部门"]), ("二", ["街道办事处"])]


def test_a_list_of_work_under_a_documents_word_stays_items() -> None:
    # (the lead-in names no documents the party holds or hands in: a body's own work over its items)
    numbers = [t.number for t in parse_text(_filing("区房屋管理部门应当按照下列要求做好备案工作：")).tasks]
    assert numbers == ["一", "一", "二", "三", "一", "二"]
