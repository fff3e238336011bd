"""Round 60 (p60a): the task structure of whole rules — the forms Round 78 (a), (b), (c) name, in headed points
and in articles (p59a's readers, owed from round 59, and their completion).

- Rules written as headed points: their general points — the purpose 「1.为了…，特制定本办法。」 and a definition
  「2.本办法所称的X是指…」 under 总则, the closing points 「七、其他 1.本办法自…起施行。2.本办法由A负责解释。」,
  a point beside them that only defers to other rules 「（一）各村参照执行，村属企业按照…相关规定执行即可。」, the
  definitions under 「（一）名词解释」 — are no tasks (Round 78 (c); round 30; round 34's 参照). A closing point that
  also gives work stays a task (round 39), so does a point of a section of work beside them, and a work plan's
  本方案 close stays as the sets read it.
- A scope point that defines a term and lists its kinds 「本办法所指的小型工程，是指…具体包括：1、…」 is no task, its
  lines no items (Round 78 (a)); one whose closing paragraph gives work stays a task (round 39).
- A list of breaches under a penalty lead-in 「有下列行为之一的，由A依照《…》的规定处罚：（一）…的（《…》第N条）；」
  is one task with its lead-in, its lines no items, A its unit (Round 78 (b); Round 81's x305_04), however long the
  kind named before 行为 and whatever law each line cites after it; a list of a body's duties is still items.
- An article headed by a long bracketed heading 「第三条（公安机关适用《…》及其他法律处罚的情形）」 over its text is
  an article of work like one with a short heading.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


_POINTS = """某某镇小额工程管理办法
一、总则
1.为了进一步加强和规范本镇小额工程的管理，提高资金使用效益，结合本镇实际，特制定本办法。
2.本办法所称的小额工程是指预算造价在50万元以下的建设工程。
3.小额工程由镇工程管理办公室负责统一管理。
二、项目审核
1.建设单位应向镇工程管理办公室提出立项申请。
2.镇工程管理办公室负责对立项申请进行审核。
三、项目实施
1.镇财政所负责资金拨付的审核。
2.镇纪委负责对项目实施全过程监督。
四、其他
{close}
"""

_CLOSE = """（一）各村、园区参照执行(某某房地产项目除外)，村属企业按照集资委相关规定执行即可。
（二）本办法自发布之日起实施，试行一年。
（三）本办法如与国家和上海市的有关法律法规有抵触的，以法律法规为准。
（四）本办法由镇工程管理办公室负责解释。"""


def test_general_points_of_rules_in_headed_points_are_no_tasks() -> None:
    text = _POINTS.format(close=_CLOSE)
    assert _numbers(text) == ["一/3", "二/1", "二/2", "三/1", "三/2"]
    third = _task(text, "一/3")
    assert third.responsible_units == ["镇工程管理办公室"]
    assert third.lead_units == []
    assert third.deadline is None


def test_a_closing_point_that_gives_work_stays_a_task() -> None:
    # (round 39: 「…由A负责…」 beside the close is work; the other closing points stay general provisions)
    close = _CLOSE.replace("（一）各村、园区参照执行(某某房地产项目除外)，村属企业按照集资委相关规定执行即可。",
                           "（一）镇工程管理办公室负责每年对本办法的执行情况进行检查。")
    text = _POINTS.format(close=close)
    assert _numbers(text) == ["一/3", "二/1", "二/2", "三/1", "三/2", "四/一"]
    assert _task(text, "四/一").responsible_units == ["镇工程管理办公室"]


def test_points_of_a_section_of_work_keep_a_closing_clause_among_them() -> None:
    # (a section headed by its work 「五、加强管理」 whose other points give work keeps all its points: only a section
    # of general provisions, or one whose every point is one, loses them)
    text = _POINTS.format(close=_CLOSE).replace("四、其他", "四、加强管理").replace(
        "（一）各村、园区参照执行(某某房地产项目除外)，村属企业按照集资委相关规定执行即可。",
        "（一）镇规划部门应及时总结工作经验，完善管理措施。")
    assert _numbers(text) == ["一/3", "二/1", "二/2", "三/1", "三/2", "四/一", "四/二", "四/三", "四/四"]


def test_a_work_plans_own_close_is_left_as_read() -> None:
    # (本方案 / 本通知: a work plan's 附则, not the rules' own name — the sets read it as they do)
    close = "（一）本方案自发布之日起实施。\n（二）本方案由镇工程管理办公室负责解释。"
    text = _POINTS.format(close=close).replace("管理办法", "管理方案").replace("特制定本办法", "特制定本方案") \
        .replace("本办法所称", "本方案所称")
    assert _numbers(text) == ["一/1", "一/2", "一/3", "二/1", "二/2", "三/1", "三/2", "四/一", "四/二"]
    assert _task(text, "四/二").responsible_units == []


_TERMS = """某某区环保服务指导意见
一、适用范围
1. 本指导意见所称的环保服务，是指区生态环境局等部门委托第三方机构开展的服务。
二、工作任务
（一）明确服务内容。区生态环境局负责结合监管需求制定服务清单。
（二）加强信息化管理。区生态环境局建立服务信息平台，实现动态管理。
三、附则
（一）名词解释
1. 重点监管对象为纳入环境监管重点单位名录的固定污染源。
2. 一定规模的排污单位，系指有以下情形之一的：（1）餐饮业中，一年内有信访投诉的；（2）街镇认为应当纳入的其他单位。
（二）解释权
本指导意见由区生态环境局负责解释。
（三）施行日期
本意见自2025年1月1日起实施，有效期至2029年12月31日。
"""


def test_definitions_and_the_close_of_a_guidance_are_no_tasks() -> None:
    assert _numbers(_TERMS) == ["二/一", "二/二"]
    first = _task(_TERMS, "二/一")
    assert first.responsible_units == ["区生态环境局"]
    assert first.deadline is None


_SCOPE = """某某镇小型建设工程管理实施意见
一、适用范围
本意见所指的小型建设工程，是指使用财政资金、投资额在100万元以下的工程，具体包括：
1、市政基础设施项目：道路、桥梁。
2、公共事业项目：学校、医院的修缮。
3、其他小型建设工程。
二、项目管理
（一）建设单位应向镇规建办申报项目。
（二）镇规建办负责对申报项目进行审核。
"""


def test_a_scope_point_with_its_kinds_is_no_task() -> None:
    assert _numbers(_SCOPE) == ["二/一", "二/二"]
    assert _task(_SCOPE, "二/二").responsible_units == ["镇规建办"]


def test_a_scope_definition_whose_closing_paragraph_gives_work_stays_a_task() -> None:
    # (round 39: a definition that also gives work is a task; its kinds are its text)
    text = _SCOPE.replace("3、其他小型建设工程。",
                          "3、其他小型建设工程。\n镇规建办负责每年年初确定本镇小型建设工程目录并公示。")
    held = [n for n in _numbers(text) if n.startswith("一")]
    assert held
    assert _task(text, held[-1]).responsible_units == ["镇规建办"]


_PENALTY = """某市公安机关消防监督工作规定
第一条（目的依据）
为规范消防监督工作，根据有关法律法规，制定本规定。
第二条（派出所职责）
公安派出所应当履行下列消防监督工作职责：
（一）对辖区内单位开展日常消防监督检查；
（二）开展消防宣传教育培训。
第三条（公安机关适用《中华人民共和国治安管理处罚法》及其他法律处罚的情形）
{lead}
（一）违反规定使用明火作业的（《消防法》第63条第2项）；
（二）过失引起火灾的（《消防法》第64条第2项）；
（三）擅自拆封被查封场所的（《消防法》第64条第6项）。
第四条（施行日期）
本规定自2025年1月1日起施行。
"""


def test_a_list_of_breaches_under_a_penalty_lead_in_is_one_task() -> None:
    text = _PENALTY.format(lead="有下列行为之一的，由公安机关依照《消防法》的规定处罚：")
    assert _numbers(text) == ["2/一", "2/二", "3"]
    third = _task(text, "3")
    assert third.responsible_units == ["公安机关"]
    assert third.lead_units == []
    assert third.deadline is None
    assert _task(text, "2/一").responsible_units == ["公安派出所"]


def test_a_breach_list_named_by_a_long_kind_is_one_task_too() -> None:
    lead = "有下列与住宅物业消防安全有关行为之一的（但涉及配套商业用房的除外），由公安机关依照《消防法》的规定处罚："
    text = _PENALTY.format(lead=lead)
    assert _numbers(text) == ["2/一", "2/二", "3"]
    assert _task(text, "3").responsible_units == ["公安机关"]


def test_a_list_of_acts_under_a_penalty_words_heading_stays_items() -> None:
    # (near miss: the lines are acts the station must do, no cases: items of their lead-in)
    text = _PENALTY.format(lead="公安派出所应当履行下列消防监督工作职责：").replace(
        "（一）违反规定使用明火作业的（《消防法》第63条第2项）；", "（一）建立消防监督执法工作业务档案；").replace(
        "（二）过失引起火灾的（《消防法》第64条第2项）；", "（二）核查接报的举报投诉；").replace(
        "（三）擅自拆封被查封场所的（《消防法》第64条第6项）。", "（三）办理相关消防行政处罚案件。")
    assert _numbers(text) == ["2/一", "2/二", "3/一", "3/二", "3/三"]
    assert _task(text, "3/二").responsible_units == ["公安派出所"]


def test_an_article_with_a_long_bracketed_heading_is_an_article_of_work() -> None:
    text = _PENALTY.format(lead="有下列行为之一的，由公安机关依照《消防法》的规定处罚：").replace(
        "第四条（施行日期）", "第四条（派出所与街道办事处及居民委员会在住宅小区消防宣传工作中的协作）\n"
        "公安派出所负责住宅小区消防宣传教育。\n第五条（施行日期）")
    assert _numbers(text) == ["2/一", "2/二", "3", "4"]
    assert _task(text, "4").responsible_units == ["公安派出所"]


_FUND = """某某区历史建筑保护实施办法
第一条（目的）
为加强历史建筑保护，制定本办法。
第二条（修缮责任）
区房管局应当组织开展历史建筑修缮。
第三条（资金扶持）
对经认定的历史建筑保护项目，可以给予专项资金扶持：
（一）历史建筑保护地块相关支出；
（二）旧住房和保护建筑修缮改造补助；
（三）经区人民政府同意的其他支出。
第四条（施行日期）
本办法自2025年1月1日起施行。
"""


def test_the_spending_a_fund_may_support_is_its_articles_text() -> None:
    # (round 35: a list of a fund's uses is text, the article one task; round 38: subsidy items are text)
    assert _numbers(_FUND) == ["2", "3"]
    assert _task(_FUND, "3").responsible_units == []
    assert _task(_FUND, "2").responsible_units == ["区房管局"]


_INFO = """某市道路养护信用信息管理办法
第一条（目的）
为加强道路养护市场信用管理，制定本办法。
第二条（良好行为信息的内容及征集方式）
良好行为信息主要包括：
（一）受到本市交通行政管理部门表彰和奖励的信息；
（二）被认定为守信典型企业的信息。
良好行为信息由从业单位申请填报，由市道路运输局负责确认。
第三条（监督检查）
市道路运输局对从业单位的监督检查包括：
（一）检查信用信息填报是否真实；
（二）对从业单位开展现场核查。
第四条（施行日期）
本办法自2025年1月1日起施行。
"""


def test_a_list_of_kinds_of_information_is_its_articles_text() -> None:
    # (the kinds define the information, the article one task by its closing work; a list of acts stays items)
    assert _numbers(_INFO) == ["2", "3/一", "3/二"]
    second = _task(_INFO, "2")
    assert second.responsible_units == ["市道路运输局"]
    assert second.lead_units == []
    assert second.deadline is None
