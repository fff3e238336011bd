"""Round 65 (p65d): which points and lines of a whole rule are tasks.

- Classes of projects a duty falls on 「重点工程需单独备案，包括：（1）…等水利工程；…（3）…，经A组织论证，确需纳入的
  其他工程。」: the lines (asides in brackets and the last one's describing clauses left out) only class the cases the
  act reaches — the item's text, one task naming none (Round 91; Round 78's (b)).
- A lead-in naming cases 「…有以下情况可以申请变更：」 over lines that each carry their own response (应当／由A负责…):
  each line an item read by its own words, not a list of cases answered once; a list of bare cases 「（一）…的；」
  stays the item's text.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_POINTS = """某市水利工程质量管理规定

一、适用范围

本规定适用于本市行政区域内水利工程质量管理工作。

二、管理方式

（一）分级管理

1.市级水利工程质量监督由市水务局组织开展。

2.区级水利工程质量监督由区水务局组织开展。

（二）单独备案

1.重点工程需单独进行质量备案，包括：

（1）堤防、水闸（不包括已建水闸单独新设的启闭设备间）、泵站（不包括已建泵站单独新设的配电房）、河道整治、圩区排涝等水利工程；

（2）采用顶管法施工的供水、排水管道等工程；

（3）易造成次生灾害，经市水务局组织专家论证，认为需要单独备案的其他建设项目。

2.单独备案的工程应当提交质量监督报告。

三、监督检查

市水务局负责组织对全市水利工程质量进行监督检查。
"""


def test_classes_of_projects_are_the_items_text() -> None:
    tasks = _tasks(_POINTS)
    assert not any(k.startswith("二/二/1/") for k in tasks), list(tasks)
    one = [k for k in tasks if k.startswith("二/二/1")]
    assert len(one) == 1, list(tasks)
    assert tasks[one[0]] == [], tasks      # (the body that picks the catch-all class is given no work)
    assert tasks["二/一/1"] == ["市水务局"], tasks
    assert len(tasks) == 5, list(tasks)


def test_project_lines_that_give_a_body_work_stay_items() -> None:
    # (near miss: lines that each give a named body its work are items, whatever they end in)
    text = _POINTS.replace(
        "（1）堤防、水闸（不包括已建水闸单独新设的启闭设备间）、泵站（不包括已建泵站单独新设的配电房）、河道整治、圩区排涝等水利工程；",
        "（1）市水务局负责组织实施堤防加固工程；").replace(
        "（2）采用顶管法施工的供水、排水管道等工程；", "（2）区水务局负责组织实施泵站改造工程；")
    tasks = _tasks(text)
    assert [k for k in tasks if k.startswith("二/二/1/")] == ["二/二/1/1", "二/二/1/2", "二/二/1/3"], list(tasks)
    assert tasks["二/二/1/1"] == ["市水务局"], tasks


_ARTICLES = """某区建设工程合同管理办法

第一条　为了规范本区建设工程合同管理，根据有关规定，制定本办法。

第二条　本办法适用于本区政府投资的建设工程合同。

第三条　区建设管理委负责建设工程合同的监督管理工作。

第四条　合同履行中有以下情况可以申请变更：

（一）工程量增加，或者合同总价不变，工期延长，应当报区建设管理委审核同意。

（二）因设计变更需要调整单价的，由项目负责人提出申请，由建设单位法定代表人负责审批。

（三）合同解除的，施工单位应及时结清工程款项，编制结算报告，由区建设管理委组织进行审核，并停止拨付资金。

第五条　本办法自发布之日起施行。
"""


def test_case_lines_each_carrying_their_response_are_items() -> None:
    tasks = _tasks(_ARTICLES)
    assert [k for k in tasks if k.startswith("4")] == ["4/一", "4/二", "4/三"], list(tasks)
    assert "区建设管理委" in tasks["4/三"], tasks


def test_bare_cases_stay_the_articles_text() -> None:
    # (near miss: lines that only name the cases 「…的；」 are the article's text, one task)
    swaps = [("合同履行中有以下情况可以申请变更：", "合同履行中有以下情况的，区建设管理委应当组织重新审核："),
             ("（一）工程量增加，或者合同总价不变，工期延长，应当报区建设管理委审核同意。",
              "（一）工程量增加超过百分之十的；"),
             ("（二）因设计变更需要调整单价的，由项目负责人提出申请，由建设单位法定代表人负责审批。",
              "（二）因设计变更需要调整单价的；"),
             ("（三）合同解除的，施工单位应及时结清工程款项，编制结算报告，由区建设管理委组织进行审核，并停止拨付资金。",
              "（三）合同解除的。")]
    text = _ARTICLES
    for old, new in swaps:
        text = text.replace(old, new)
    tasks = _tasks(text)
    assert [k for k in tasks if k.startswith("4")] == ["4"], list(tasks)


_TAKERS = """某市测绘成果审查试点规定

第一条（目的依据）

为了规范本市测绘成果审查工作，根据有关规定，制定本规定。

第二条（职责分工）

市测绘管理部门负责全市测绘成果审查的组织实施工作。

第三条（简化审查）

对符合以下条件的企业提交的测绘成果，可以申请采用简化方式审查，市测绘管理部门在收到申请材料后，五个工作日内作出审查决定：

（一）两年内有市测绘管理部门审查通过的测绘成果；

（二）在行业信用平台中无不良记录；

（三）成果质量管理制度健全。

第四条（监督检查）

市测绘管理部门应当对测绘成果的使用情况进行监督检查。

第五条（施行日期）

本规定自发布之日起施行。
"""


def test_conditions_of_who_may_take_an_option_are_the_articles_text() -> None:
    tasks = _tasks(_TAKERS)
    assert [k for k in tasks if k.startswith("3")] == ["3"], list(tasks)
    assert len(tasks) == 3, list(tasks)


def test_lines_that_bind_under_an_option_lead_in_stay_items() -> None:
    # (near miss: lines with a modal of their own are steps, not conditions)
    text = _TAKERS.replace("（一）两年内有市测绘管理部门审查通过的测绘成果；",
                           "（一）企业应当提交两年内的测绘成果；").replace(
        "（二）在行业信用平台中无不良记录；", "（二）企业应当书面承诺成果真实；").replace(
        "（三）成果质量管理制度健全。", "（三）企业必须建立成果质量管理制度。")
    tasks = _tasks(text)
    assert [k for k in tasks if k.startswith("3")] == ["3/一", "3/二", "3/三"], list(tasks)


_RULES = """某市餐厨废弃物收运管理办法

第一条（目的）

为了加强本市餐厨废弃物收运管理，根据有关规定，制定本办法。

第二条（管理部门）

市市容部门负责本市餐厨废弃物收运的监督管理。

第三条（收运单位条件）

餐厨废弃物收运单位应当具备以下条件：

（一）有密闭的收运车辆；

（二）收运车辆应当有统一的标识和卫星定位装置；

（三）有固定的车辆停放场所。

第四条（人员资格）

凡在本市从事餐厨废弃物检测的人员，必须持有市市容部门颁发的《餐厨废弃物检测上岗证书》。

第五条（考核）

市市容部门应当建立收运单位考核制度，每年对收运单位进行考核，考核主要包括以下内容：

（一）收运规范的执行情况；

（二）台账建立情况；

（三）协议约定的其他义务的履行情况。

市市容部门应当将考核结果书面通知被考核单位。

第六条（施行日期）

本办法自发布之日起施行。
"""


def test_conditions_qualifications_and_a_checks_contents_are_no_items() -> None:
    tasks = _tasks(_RULES)
    # (第三条 a firm's conditions, 「应当有」 a state; 第四条 what a practitioner must hold; 第五条's contents its text)
    assert list(tasks) == ["2", "5"], list(tasks)
    assert tasks["5"] == ["市市容部门"], tasks


def test_lines_of_a_checks_own_steps_stay_items() -> None:
    # (near miss: lines that give the check's steps are its parts, items; a qualification with an act beside it is
    # work)
    text = _RULES.replace("（一）收运规范的执行情况；", "（一）组织专家实地核查收运规范的执行；").replace(
        "（二）台账建立情况；", "（二）听取被考核单位的陈述；").replace(
        "（三）协议约定的其他义务的履行情况。", "（三）汇总形成考核报告。").replace(
        "《餐厨废弃物检测上岗证书》。", "《餐厨废弃物检测上岗证书》，并按照检测规程开展检测。")
    tasks = _tasks(text)
    assert [k for k in tasks if k.startswith("5")][:3] == ["5/一", "5/二", "5/三"], list(tasks)
    assert "4" in tasks, list(tasks)


_CHAPTERS = """某市农田整治项目管理办法

第一条 为了规范本市农田整治项目管理，根据有关规定，制定本办法。

第二条 本办法适用于本市行政区域内的农田整治项目。

第三条 市农业部门负责全市农田整治项目的统筹管理，区农业部门负责本区项目的组织实施。

第四条 区农业部门应当履行下列职责：

（一）对农田整治项目进行验收；

（二）将验收结果报市农业部门。

第五条 农田整治项目工作坚持以耕地保护为核心，充分发挥规划的统筹作用，\
加强资金保障，强化工作组织和协同，在实施周期内统筹规划和发展目标，\
按照“统一规划、分级负责、整体推进”的原则，协同各条线建设行动，优化审批程序，实现耕地数量和质量的提升。

第六条 农田整治项目的实施方案，可在确保耕地质量的前提下，\
优先将零星地块整理为连片耕地，整理后的耕地经验收后，可纳入高标准农田。

第七条 污水提升泵站的处理能力，应达到如下标准：

（一）城区泵站的处理能力应达到每日3万吨左右；

（二）郊区泵站的处理能力为每日1～2万吨。

第八条 对项目实施中弄虚作假、违规占用耕地的，应责令整改并追究相关单位和人员责任。\
对存在失职渎职等问题的，按照有关法律法规进行处罚。构成犯罪的，依法追究刑事责任。

第九条 本办法自发布之日起施行。
"""


def test_principles_options_sizes_and_liability_without_agent() -> None:
    tasks = _tasks(_CHAPTERS)
    # (第五条 the work's principles, 第六条 an option on a thing, 第八条 liability with no agent: no tasks; 第七条's
    # lines the sizes the facility is built to, each a task)
    assert list(tasks) == ["3", "4/一", "4/二", "7/一", "7/二"], list(tasks)


def test_a_named_agent_or_a_bound_body_keeps_the_articles() -> None:
    # (near misses: the sanction by a named body, an option on a body's own work with a modal, principles with a
    # body doing the work — tasks; a standards list of properties only stays one task)
    text = _CHAPTERS.replace("应责令整改并追究相关单位和人员责任",
                             "由区农业部门责令整改并追究相关单位和人员责任").replace(
        "优先将零星地块整理为连片耕地", "区农业部门应当优先将零星地块整理为连片耕地").replace(
        "农田整治项目工作坚持以耕地保护为核心", "市农业部门坚持以耕地保护为核心").replace(
        "（一）城区泵站的处理能力应达到每日3万吨左右；", "（一）城区泵站应运行稳定；").replace(
        "（二）郊区泵站的处理能力为每日1～2万吨。", "（二）郊区泵站应噪声达标。")
    tasks = _tasks(text)
    assert list(tasks) == ["3", "4/一", "4/二", "5", "6", "7", "8"], list(tasks)


def test_a_lead_in_naming_its_work_or_a_check_lead_of_its_own_keeps_the_older_reading() -> None:
    # (near miss: 「…应当根据以下情形办理…：」 names the work it answers the cases with — one task; and a check's
    # contents under a lead-in standing as its own sentence 「…。考核包括以下内容：」 are the check's scope too —
    # Round 92 on x311_02 第二十三条: whether the noun opens its own sentence or follows a comma changes nothing, p66f)
    text = _ARTICLES.replace("合同履行中有以下情况可以申请变更：", "合同变更应当根据以下情形办理审核手续：")
    assert [k for k in _tasks(text) if k.startswith("4")] == ["4"], list(_tasks(text))
    text = _RULES.replace("每年对收运单位进行考核，考核主要包括以下内容：",
                          "每年对收运单位进行考核。考核包括以下内容：")
    assert [k for k in _tasks(text) if k.startswith("5")] == ["5"], list(_tasks(text))
