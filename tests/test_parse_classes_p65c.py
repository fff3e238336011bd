"""Round 65 (p65c): which articles, points and lines of a whole rule are tasks (CONVENTIONS.md Round 91 on c335/c337).

- Lines that only class the cases an act reaches are its text, one task with the act: 「有下列情形之一，认定为…：」
  (the rules' act of recognition, not a sorting 「…的，属于…：」), a noun lead-in 「不予认定…的情形：」, an option
  over its cases 「有下列情况之一的，A可以采取…方式：」 (a case's own 「需由B确定」 names no unit), and where a
  matter is handed case by case 「…根据情形不同移送相应部门：⏎1、…的，移送A。」.
- An article's index of indicators 「…指标如下：⏎（一）…指标，…包括以下二级指标：⏎1.…」 is one task; its measures'
  periods 「年末…余额」 date nothing.
- Articles that set terms, no task: who may apply or may not over its cases, standards of reckoning, pointers to
  other rules, a result tied to what it decides, a party answering for its papers' truth, grade bands, the bodies
  that may interpret the rules.
- A point printed with no heading whose named bodies do its work 「七、A、B及各街镇在…中加强…，共同做好…」 is a task
  (naming none outside rule 2's closed list); a point's 「需征求…意见」 instructs.
- Notes under a table 「注：1.…」: those that define, reckon, state or allow are text; those that limit are tasks.
- Under a principles lead-in, where one point places work by 负责, the points that only state a principle are sections.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[list[str], str | None]]:
    return {"/".join([*t.path, t.number]): ([*t.lead_units, *t.responsible_units], t.deadline)
            for t in parse_text(text).tasks}


_RULES = """某区闲置厂房改造认定办法

第一条　为了规范本区闲置厂房改造的认定，制定本办法。

第二条　本办法适用于本区闲置厂房改造的认定和处理。

第三条　区经济委员会负责闲置厂房改造的认定工作。

第四条　有下列情形之一，认定为合规改造：
（一）已取得规划许可证的；
（二）经区档案馆出具的原始图纸能够证明的；
（三）其它可证明合规的情形。

第五条　不予认定改造面积的情形：
（一）厂房五层以上加建部分。
（二）用地范围外的搭建。
（三）其它违反规定的情形。

第六条　区经济委员会应当将认定结果在厂区内公示。
"""


def test_recognition_and_noun_case_lists_are_one_task_each() -> None:
    tasks = _tasks(_RULES)
    assert set(tasks) == {"3", "4", "5", "6"}
    assert tasks["4"][0] == []          # (区档案馆出具的图纸: a body inside a noun's description)
    assert tasks["5"][0] == []


def test_a_sorting_lead_in_stays_no_task() -> None:
    text = _RULES.replace("认定为合规改造：", "属于简易改造：")
    assert "4" not in _tasks(text)


_POINTS = """某区闲置厂房租赁管理细则

一、适用范围
本细则适用于本区区属企业闲置厂房的租赁。

二、租赁方式
（一）公开招租
区属企业通过交易平台进行公开招租，择优确定承租人。
（二）协议招租
有下列情况之一的，区属企业可以采取协议招租方式：
（1）配合重点项目落地的定向租赁，项目需由区发展改革委确定；
（2）权属清晰但无权证的资产；
（3）租赁价格低于5万元/年的。
对上述资产，区属企业需做好内部决策，并将会议纪要存档。

三、违规移送
（一）小型违规由发现部门向所在街镇移送。
（二）其他违规，根据情形不同移送相应管理部门：
1、未办理手续擅自施工的，移送区建设管理委。
2、依法应办理许可的改建未办理的，移送区规划资源局和区城管执法局。
（三）管理部门发现违规的，应及时责令停止施工。

四、区经济委员会、区规划资源局及各街镇在日常巡查和信访处理工作中加强厂房租赁监督，及时发现违规行为，共同做好事中事后监管工作。

五、本细则自2025年1月1日起施行。
"""


def test_case_lists_in_points_fold_and_a_headless_point_of_named_work_is_a_task() -> None:
    tasks = _tasks(_POINTS)
    assert "二/二" in tasks and not any(k.startswith("二/二/") for k in tasks)
    assert tasks["二/二"][0] == []           # (a case's own 需由A确定: no unit of the item)
    assert "三/二" in tasks and not any(k.startswith("三/二/") for k in tasks)
    assert "四" in tasks and tasks["四"][0] == []


def test_a_general_call_as_a_headless_point_stays_no_task() -> None:
    text = _POINTS.replace("四、区经济委员会、区规划资源局及各街镇在", "四、各部门、各单位在")
    assert "四" not in _tasks(text)


_TERMS = """某区农村住房翻建管理办法

第一章　总则

第一条　为了规范本区农村住房翻建，制定本办法。

第二条　区农业农村委负责全区农村住房翻建的管理工作。

第二章　申请

第三条　符合下列条件之一的农户，可以对原有住房进行翻建：
（一）原有住房属于危险住房的；
（二）原有住房因灾灭失的；
（三）法律、法规规定的其他情形。
前款中的危险住房，是指经鉴定属C级或D级的住房。

第四条　具有下列情形之一的农户，不得申请翻建：
（一）拥有多处宅基地的；
（二）未完成违法建筑整改的。

第五条　镇人民政府应当在接到申请之日起20日内完成审核。

第六条　农户翻建的建筑占地面积按照下列规定计算：
（一）有立柱的走廊，按立柱外边线水平面积计算；
（二）有立柱的阳台，按立柱外边线水平面积计算。
无立柱的阳台不计建筑占地面积，但不得超过批准范围。

第七条　村集体组织实施集体翻建按《某市农村住房管理办法》有关条款执行。

第八条　审核结果作为确定补助资金的重要依据。区财政局可对审核优秀的镇给予奖励。

第九条　申请农户应当对提交材料的真实性、完整性负责。

第十条　翻建评分对应不同的评定等次：
（一）90分以上，评定等次为“优”；
（二）60分至89分，评定等次为“合格”；
（三）60分以下，评定等次为“不合格”。

第十一条　镇人民政府应当对翻建工程开展巡查。

第三章　附则

第十二条　区农业农村委、区规划资源局等部门依据各自职责，可以对本办法的具体应用问题进行解释。

第十三条　本办法自2025年3月1日起施行。
"""


def test_articles_that_set_terms_are_no_tasks() -> None:
    assert set(_tasks(_TERMS)) == {"2", "5", "11"}


def test_an_article_of_work_beside_the_terms_stays() -> None:
    text = _TERMS.replace("第八条　审核结果作为确定补助资金的重要依据。", "第八条　区财政局应当按季度拨付补助资金。")
    assert "8" in _tasks(text)


_INDEX = """某市担保机构绩效评价办法

第一条　为了规范担保机构绩效评价，制定本办法。

第二条　市财政局负责组织实施绩效评价工作。

第三条　绩效评价采取百分制，具体评价指标如下：
（一）服务效益指标，主要反映担保机构支农支小的情况。包括以下二级指标：
1. 当年新增小微企业担保户数。
2. 年末担保在保余额。
3. 区域产业支持情况：区级机构的目标值由各区财政部门会同行业主管部门设定。
（二）风险控制指标，主要反映风险防控能力。包括以下二级指标：
1. 担保代偿率。
2. 推进银担合作情况：反映合作银行数量。

第四条　市财政局应当于每年9月底前通报评价结果。
"""


def test_an_index_of_indicators_is_one_task_and_its_periods_date_nothing() -> None:
    tasks = _tasks(_INDEX)
    assert "3" in tasks and not any(k.startswith("3/") for k in tasks)
    units, deadline = tasks["3"]
    assert units[:1] == ["各区财政部门"] and deadline is None      # (the 会同 clause in its text)


_TABLE = """关于加强某市公共停车场用地管理的规定

一、规划编制
市交通委会同市规划资源局编制停车场专项规划时，应统筹考虑用地集约利用。

二、用地规模
本市新建停车场的建设用地按照以下指标予以控制：
小型停车场
100～200
注：1.用地指标是指停车位及通道的用地面积。
2.停车场规模按设计泊位数计。
3.泊位数大于500个的，应通过专项论证确定。
4.立体停车场可参考地面停车场指标乘系数0.6。
5.本指标未包括周边绿化带用地。
6.管理用房建筑面积控制在50～80平方米。

三、项目审批
市、区规划资源主管部门按照职责分工，对停车场建设项目实行分级审批。
停车场的设计方案需征求交通、消防等相关管理部门的意见。
"""


def test_a_tables_notes_that_only_define_reckon_or_allow_are_text() -> None:
    tasks = _tasks(_TABLE)
    assert {k for k in tasks if k.startswith("二/")} == {"二/3", "二/6"}
    assert "三" in tasks and tasks["三"][0] == []


_PRINCIPLES = """某区国有资产出租管理细则

一、管理原则
区属企业出租资产，应当遵循以下三个原则：
（一）分级管理
区国资委负责对区属企业资产出租进行监督管理，区属企业负责具体落实出租工作。
（二）集体决策
区属企业要建立健全资产出租管理制度，履行集体决策程序。
（三）公开竞价
遵守国家相关法律法规，以公开招租、价高优先为原则。

二、出租程序
（一）区属企业应当制订出租方案。
（二）区属企业应当通过交易平台发布出租信息。
"""


def test_principles_beside_a_point_of_placed_work_are_sections() -> None:
    tasks = _tasks(_PRINCIPLES)
    assert "一/一" in tasks and "一/二" not in tasks and "一/三" not in tasks
    assert {"二/一", "二/二"} <= set(tasks)
