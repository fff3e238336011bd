"""Classes of plans-next52 / plans-next53 (round 26): rules written as articles (第N条) that give units their
duties — a numbered duty list introduced by its unit (「第六条 区X局应当履行下列职责：（一）…」), read in
other wordings than the sets' own, and the near-misses that must not give a unit."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.duty_headings import lead_in_units


def by_number(plan):
    return {".".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in plan.tasks}


@pytest.mark.parametrize("line,names", [
    ("县文旅局应当在职责范围内履行下列职责：", ["县文旅局"]),
    ("市场监管所承担以下监管职责：", ["市场监管所"]),
    ("乡镇人民政府及街道办事处安全生产工作职责：", ["乡镇人民政府", "街道办事处"]),
    ("县交通运输局是本县道路运输安全的主管部门，具体履行以下职责：", ["县交通运输局"]),
    # (aligned to the Round 48 rulings, q44a governs: 及 joins two names and 其他有关部门 is a kind — was the two
    # bureaus alone)
    ("县应急管理局、县公安局及其他有关部门承担下列职责：", ["县应急管理局", "县公安局", "其他有关部门"]),
    ("县应急管理局、县公安局等有关部门承担下列职责：", ["县应急管理局", "县公安局"]),     # (a 等 tail is dropped)
    ("区城管执法局除履行第五条规定的职责外，还应当履行下列职责：", ["区城管执法局"]),
    ("镇规划建设管理中心（以下简称“规建中心”）协助镇政府开展整治工作，具体履行以下职责：", ["镇规划建设管理中心"]),
    ("由县水务局、县财政局等部门组成的河道整治工作专班（以下简称“专班”），具体履行以下职责：", ["河道整治工作专班"]),
])
def test_a_lead_in_names_the_unit_of_the_duties_below(line, names):
    assert lead_in_units(line) == names


@pytest.mark.parametrize("line", [
    "有下列情形之一的，依法予以处理：",                     # conditions, not duties
    "检查的主要内容包括：",                                 # contents
    "机关、团体、企业、事业单位应当履行下列消防安全职责：",  # kinds of organisation bound by the rule
    "物业服务企业应当履行下列责任：",
    "生产经营单位应当履行下列职责：",                       # 单位 the document does not define
    "社区居民委员会应当协助做好以下工作：",
    "按照以下要求开展工作：",
    "第三条规定的下列职责：",                                # a quoted article, no subject
])
def test_a_line_that_is_no_unit_lead_in_gives_no_unit(line):
    assert lead_in_units(line) == []


def test_a_name_in_dan_wei_is_a_unit_where_the_rule_defines_it():
    assert lead_in_units("片区管理单位根据工作要求履行以下职责：", {"片区管理单位"}) == ["片区管理单位"]


RULE = """某县农村道路安全管理办法

第一条 为了加强农村道路安全管理，根据有关规定，制定本办法。

第二条 本办法适用于本县行政区域内的农村道路。

第三条 县交通运输局应当履行下列职责：

（一）组织编制农村道路安全隐患排查计划；

（二）督促乡镇落实农村道路养护责任；

（三）每年向县政府报告农村道路安全管理情况。

第四条 乡镇人民政府农村道路安全工作职责：

（一）开展辖区农村道路日常巡查；

（二）配合县交通运输局处置安全隐患。

第五条 有下列情形之一的，由县交通运输局依法处理：

（一）擅自占用农村道路的；

（二）损坏道路附属设施的。

第六条 本办法自2025年1月1日起施行。
"""


def test_every_item_of_a_lead_in_duty_list_gets_its_unit():
    tasks = by_number(parse_text(RULE))
    assert tasks["3.一"][1] == ["县交通运输局"] and tasks["3.三"][1] == ["县交通运输局"]
    assert tasks["4.一"][1] == ["乡镇人民政府"] and tasks["4.二"][1] == ["乡镇人民政府"]


def test_a_list_of_conditions_gets_no_unit_from_its_lead_in():
    tasks = by_number(parse_text(RULE))
    assert all(tasks.get(k, ([], []))[1] == [] for k in ("5.一", "5.二"))


def test_an_article_heading_names_the_unit_of_its_duties():
    text = RULE.replace("第四条 乡镇人民政府农村道路安全工作职责：\n", "第四条（乡镇人民政府职责）\n")
    tasks = by_number(parse_text(text))
    assert tasks["4.一"][1] == ["乡镇人民政府"]


def test_a_plain_plan_with_a_duty_lead_in_under_a_heading():
    text = ("某镇垃圾分类工作方案\n一、职责分工\n（一）镇城建办\n镇城建办应当履行下列职责：\n1.制定垃圾分类实施计划；\n"
            "2.组织垃圾分类宣传。\n（二）各村\n1.落实垃圾分类桶站管理；\n2.开展入户宣传。\n")
    tasks = by_number(parse_text(text))
    assert tasks["一.一.1"][1] == ["镇城建办"]


# a rule written as articles, some run on after the number, one with a bracketed heading line
ARTICLES = """某县城市排水设施管理办法

第一条 为了加强城市排水设施管理，保障排水安全，根据有关法规，结合本县实际，制定本办法。

第二条 本办法适用于本县城区范围内排水设施的建设、维护和管理。

第三条 本办法所称排水设施，是指雨水管道、污水管道、泵站及其附属设施。

第四条 县住房城乡建设局应当履行下列职责：

（一）编制排水设施年度维护计划；

（二）组织排水设施汛前检查。

第五条 县水务所组织开展排水管网普查，建立排水设施档案。

第六条（养护考核）

县城管执法局应当每半年对排水设施养护单位开展一次考核。

县住房城乡建设局应当将考核结果作为养护经费拨付的依据。

第七条 施工单位应当按照设计要求施工，不得擅自改变排水设施用途。

第八条 县住房城乡建设局、县财政局应当会同有关部门，保障排水设施维护经费。

第九条 坚持统一规划、分级负责。

第十条 排水设施维护实行分级考核。考核总分80分以下的为不合格。

第十一条 本办法由县住房城乡建设局负责解释。

第十二条 本办法自2025年3月1日起施行。
"""


def test_articles_that_give_work_without_numbered_items_are_tasks():
    tasks = by_number(parse_text(ARTICLES))
    assert {"5", "6", "7", "8"} <= set(tasks)
    # purpose, scope, a definition, a principle stated alone, a measure without work, interpretation, in force
    assert not {"1", "2", "3", "9", "11", "12"} & set(tasks)


def test_an_article_is_given_the_units_its_paragraphs_open_with():
    tasks = by_number(parse_text(ARTICLES))
    assert tasks["5"][1] == ["县水务所"]
    assert tasks["6"][1] == ["县城管执法局", "县住房城乡建设局"]
    # round 31: CONVENTIONS.md rule 2 — 「A会同B＋verb」: lead A, responsible A, B (A two bodies here); the
    # paragraph-opening reading gave A as responsible only
    assert tasks["8"] == (["县住房城乡建设局", "县财政局"], ["有关部门"])


def test_a_kind_of_organisation_opening_an_article_is_no_unit():
    # round 45 (al47b): CONVENTIONS.md Round 47 rulings, q44c (governs) — a role-like kind as the subject of an
    # article's verb of doing 「施工单位应当按照设计要求施工」 is a doer (was ([], []) before the ruling)
    assert by_number(parse_text(ARTICLES))["7"] == ([], ["施工单位"])


def test_a_plain_plan_with_chapters_is_not_read_as_articles():
    text = ("某区河道整治工作方案\n第一章 总体要求\n一、工作目标\n年内完成河道整治10条。\n第二章 重点任务\n"
            "一、开展河道清淤\n区水务局应当组织开展河道清淤，年内完成10条。\n二、加强日常养护\n区水务局负责日常养护。\n")
    plan = parse_text(text)
    assert all(t.number != "一" or "清淤" in t.title or "养护" in t.title for t in plan.tasks)


def test_a_quoted_article_in_a_sentence_gives_no_unit():
    text = ARTICLES.replace("第五条 县水务所组织开展排水管网普查，建立排水设施档案。",
                            "第五条 依照本办法第四条规定的职责，组织开展排水管网普查，建立排水设施档案。")
    assert by_number(parse_text(text))["5"] == ([], [])


@pytest.mark.parametrize("paragraph,names", [
    ("区应急局组织开展风险评估", ["区应急局"]),
    ("区应急局、区规划资源局牵头组织编制专项规划", ["区应急局", "区规划资源局"]),
    ("区应急局应当会同有关部门，组织疏散演练", ["区应急局"]),
    ("区消防安全委员会应当定期召开成员单位会议", ["区消防安全委员会"]),
    ("监督管理部门应当及时反馈检查结果", []),              # a role, no place
    ("各有关部门应当建立信用记录", []),
    ("本区各级人民政府主要负责人应当组织实施", []),
    ("应急避难场所管理单位或者产权单位应当制定制度", []),
    ("新建工程投入使用的，区住建委应当组织验收", []),       # a condition first
])
def test_the_subject_an_article_paragraph_opens_with(paragraph, names):
    from desktop.core.parse.duty_headings import opening_subject
    assert opening_subject(paragraph, set()) == names


def test_a_place_alone_opening_an_item_is_no_unit():
    from desktop.core.parse.duty_headings import opening_subject
    assert opening_subject("吴泾镇会同用地单位制定临时利用方案", set()) == []
    assert opening_subject("浦东新区应当建立协调机制", set()) == []


def test_an_article_setting_up_a_system_is_work_a_scoring_measure_is_not():
    text = ARTICLES.replace("第十条 排水设施维护实行分级考核。考核总分80分以下的为不合格。",
                            "第十条 排水设施维护实行百分制。\n\n"
                            "第十三条 排水设施养护实行巡查登记制度，即养护单位、县水务所两级巡查。")
    tasks = by_number(parse_text(text))
    assert "13" in tasks


# -- mends of the r51 review (F1, F2, F5): the readers of this round's class must leave ordinary plans as they were

@pytest.mark.parametrize("line,names", [
    # a duty heading with no verb: the whole name before the duty words, not a name cut short to leave a "field"
    ("领导小组办公室主要职责：", ["领导小组办公室"]),
    ("各乡镇人民政府主要职责：", ["各乡镇人民政府"]),
    ("县住房和城乡建设管理委员会主要职责：", ["县住房和城乡建设管理委员会"]),
    ("街道办事处主要职责：", ["街道办事处"]),
    ("村（居）委会具体职责：", ["村（居）委会"]),
    ("县委组织部工作职责：", ["县委组织部"]),
    ("县卫生健康委员会应急办公室主要职责：", ["县卫生健康委员会应急办公室"]),
    # a real field between the name and the duty words is still cut off where the name ends as a body does
    ("镇人民政府防汛防台工作职责：", ["镇人民政府"]),
    ("街道办事处及镇政府食品安全工作职责：", ["街道办事处", "镇政府"]),
])
def test_a_duty_heading_keeps_the_whole_name(line, names):
    assert lead_in_units(line) == names


@pytest.mark.parametrize("line", [
    "村级组织主要职责：",          # no name of a body: nothing, not 村级组 with a field 织
    "农村集体组织工作职责：",
])
def test_a_duty_heading_of_no_body_is_not_cut_into_one(line):
    assert lead_in_units(line) == []


PLAIN_DUTIES = """某县创建国家卫生县城工作方案

一、组织领导
成立创建工作领导小组，由县长任组长。
二、职责分工
（一）创卫办公室主要职责：
1.制定创建工作年度计划；
2.组织开展暗访督查。
（二）各镇人民政府主要职责：
1.落实辖区环境卫生整治；
2.每月10日前报送工作进展。
（三）县直有关部门工作职责：
1.按照职责落实行业创建任务。
（四）县委宣传部主要职责：
1.组织创卫宣传报道。
"""


def test_a_plain_plans_duty_headings_give_their_units_whole():
    tasks = by_number(parse_text(PLAIN_DUTIES))
    assert tasks["二.一.1"][1] == ["创卫办公室"] and tasks["二.一.2"][1] == ["创卫办公室"]
    assert tasks["二.二.1"][1] == ["各镇人民政府"]
    assert tasks["二.三.1"][1] == ["县直有关部门"]
    assert tasks["二.四.1"][1] == ["县委宣传部"]


@pytest.mark.parametrize("heading", [
    "压实属地政府监管责任", "落实部门监管责任", "强化行业部门监管职责", "夯实属地管理责任", "部门监管职责",
    "主管部门监管职责", "落实部门工作责任",
])
def test_a_task_heading_naming_a_kind_of_responsibility_is_no_unit(heading):
    text = (f"某县安全生产专项整治工作方案\n一、工作任务\n（一）{heading}\n1.开展重点行业安全排查；\n"
            "2.建立隐患整改台账。\n（二）强化企业主体责任\n1.建立企业安全自查制度。\n")
    tasks = by_number(parse_text(text))
    assert tasks["一.一.1"] == ([], []) and tasks["一.一.2"] == ([], [])


def test_a_placed_units_supervision_duties_heading_names_it():
    text = ("某县食品安全工作方案\n一、职责分工\n（一）县市场监管局监管职责\n1.开展餐饮环节抽检；\n2.建立抽检台账。\n"
            "（二）县教育局工作职责\n1.落实校园食堂管理。\n")
    tasks = by_number(parse_text(text))
    assert tasks["一.一.1"][1] == ["县市场监管局"] and tasks["一.二.1"][1] == ["县教育局"]


# an assessment rule: its run-on articles that state a purpose, what it covers, a principle, how it is scored or what
# befalls those who break it are no work, whatever words of work (应急 / 主要 / 重要 / 负责 / 开展) they hold
ASSESSMENT = """某县安全生产工作考核办法

第一条 依据《中华人民共和国安全生产法》，为进一步压实安全生产责任，制定本办法。

第二条 为推动安全生产责任落实，根据有关规定，现就本县安全生产考核工作制定如下细则。

第三条 本办法所指考核单位，包括各乡镇人民政府和县应急管理委员会成员单位。

第四条 本办法考核对象为各乡镇人民政府，考核工作每年开展一次，实行百分制。

第五条 考核内容主要包括责任落实、隐患排查治理和应急处置能力建设等。

第六条 安全生产工作贯彻安全第一、预防为主的方针，坚持党委领导、政府监管、企业全面负责的原则。

第七条 坚持党政同责、一岗双责，管行业必须管安全。

第八条 县应急管理局应当履行下列职责：

（一）组织实施年度考核；

（二）汇总考核结果。

第九条 本县应急预案分为总体应急预案和专项应急预案。

第十条 考核结果作为乡镇领导班子综合考核的重要依据。

第十一条 对弄虚作假、瞒报考核材料的，依法依规追究相关人员责任。

第十二条 违反本办法规定的，由县应急管理局责令改正。

第十三条 各乡镇可参照本办法，结合实际制定实施细则。

第十四条 县财政局会同县应急管理局将考核奖励资金纳入年度预算。

第十五条 县应急管理局应当每季度通报考核进展。

第十六条 本办法自2025年1月1日起施行。
"""


def test_an_assessment_rules_articles_without_work_stay_sections():
    tasks = by_number(parse_text(ASSESSMENT))
    assert not {str(n) for n in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 16)} & set(tasks)


def test_an_assessment_rules_articles_of_work_are_still_tasks():
    tasks = by_number(parse_text(ASSESSMENT))
    assert tasks["8.一"][1] == ["县应急管理局"]
    # a unit's work with no modal and no verb of the list (会同: it leads, its partner answers with it — r64 7)
    assert tasks["14"] == (["县财政局"], ["县应急管理局"])
    assert tasks["15"][1] == ["县应急管理局"]


def test_an_article_of_work_that_quotes_its_basis_is_still_work():
    text = ASSESSMENT.replace("第十五条 县应急管理局应当每季度通报考核进展。",
                              "第十五条 根据省级考核要求，县应急管理局应当制定本县考核实施方案。")
    assert "15" in by_number(parse_text(text))     # (its unit, after the first comma, is not read: F8's class)


def test_an_article_that_only_budgets_work_is_still_work():
    # (相适应 / 应急 hold no modal any more: 纳入 is what makes it work)
    text = ASSESSMENT.replace("第十五条 县应急管理局应当每季度通报考核进展。",
                              "第十五条 按照责任分工将应急物资储备经费纳入财政预算，与公共安全需求相适应。")
    assert "15" in by_number(parse_text(text))
