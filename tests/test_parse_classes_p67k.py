"""Round 67 (p67k): leads a unit label's or a sentence's partners name.

- A unit-colon item whose text names partners as the subjects of 配合 「1、县农林局：负责…，县应急局配合。」: the
  label's body leads, the partners are responsible with it (round 38's unit-colon labels with partners) — not a
  unit-colon item with no partner 「县公安局：负责…」 (rule 1: responsible, lead []), nor one that assists another
  body 「交通局：…，配合县农林局做好…」 (the tuned answers read rule 1 there), nor an article's duty list. The
  same where the partners stand in the item's last sentence 「（一）A、B：负责…。C配合。」 — not a last sentence
  whose body is a doer of its own 「C负责…。」 (responsible, no lead).
- A sentence that gives the lead and then the doer 「…筹备由林业站牵头，具体工作由园林所负责落实。」: lead the body of
  由…牵头, the doer responsible with it (rule 2) — not a sentence whose only clause is 「…工作由园林所负责落实。」
  (responsible, no lead).
- A bare 「本年度」 that says whose year a task is 「…完成本年度…建设任务」 beside a dated clause of that year
  「确保10月底前完成」: the dated clause is the deadline — not 本年度 alone, which dates the item to the year's end.
- An article whose paragraphs each open with their body, the first 「A会同B、C等主管部门，牵头负责…」: A leads (rule
  2's 会同 and 牵头) — not a first paragraph 「A负责…」 with neither (no lead, as before).
- A dated sending of the paper the item's own work formed 「…提出整改建议，形成自查报告。请于7月5日前将自查报告报送…」:
  the work is done by then, the day is the item's deadline (p46c) — not a sending of a report the work did not form
  「请于7月5日前将检查进展情况报送…」, a duty only.
- A body designated the lead of the item's work by 是 「A是区征收补偿工作的牵头协调和实施部门，全面协调组织实施…」: A
  leads (round 41: 「明确A为牵头协调和实施单位」 names A the lead) — not a body designated a guiding department
  「B和C分别是…的业务指导部门」 (no lead).
- A division section's paragraph 「A牵头负责…。B、C参与…。D负责提供…。」: A leads, D — the subject of a later sentence
  of the paragraph — is a doer, responsible (no lead) — not the paragraph's opening units, which all lead 「A、B牵头…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


_COLON = """某县森林防火工作方案

一、工作目标
确保全县不发生重大森林火灾。
二、职责分工
1、县林草中心:负责全县护林防火的组织协调和督查,县应急管理局配合。
2、运输公司:负责调派应急车辆,配合县林草中心做好火场物资转运工作。
3、县公安局:负责火案侦破和火场治安维护。
4、县融媒体中心、县文旅局:负责组织护林防火宣传报道,县教育局配合。
"""


def test_unit_colon_item_with_partners_gives_the_label_the_lead() -> None:
    tasks = _tasks(_COLON)
    assert tasks["二/1"] == (["县林草中心"], ["县应急管理局"])
    assert tasks["二/4"] == (["县融媒体中心", "县文旅局"], ["县教育局"])


def test_unit_colon_item_without_a_partner_clause_keeps_no_lead() -> None:
    tasks = _tasks(_COLON)
    assert tasks["二/3"] == ([], ["县公安局"])
    assert tasks["二/2"] == ([], ["运输公司"])      # (配合B: the body assisted is no unit here)


_BY = """关于开展植树节义务植树活动的工作方案

一、活动时间
2024年3月12日。
二、组织准备
全镇义务植树活动的筹备由农技站牵头,具体工作由园林所负责落实。
三、苗木准备
苗木调运工作由园林所负责落实。
"""


def test_lead_then_doer_in_one_sentence_gives_both() -> None:
    tasks = _tasks(_BY)
    assert tasks["二"] == (["农技站"], ["园林所"])


def test_doer_alone_stays_responsible_without_a_lead() -> None:
    tasks = _tasks(_BY)
    assert tasks["三"] == ([], ["园林所"])


def _notice(body: str) -> str:
    return ("关于下发2019年老旧小区加装电梯第一批建设计划的通知\n各区住房保障局:\n为进一步加快老旧小区加装电梯工作,现将"
            f"第一批小区印发。\n{body}\n2019年5月8日\n")


def test_this_years_task_beside_a_dated_clause_keeps_the_date() -> None:
    tasks = parse_text(_notice("按照要求,请各区住房保障局尽快组织和督促施工单位加快建设进度,确保9月底前完成。"
                               "各施工单位要高质量完成本年度加装电梯建设任务。")).tasks
    assert [t.deadline for t in tasks] == ["2019-09-30"]


def test_this_years_task_alone_dates_the_year_end() -> None:
    tasks = parse_text(_notice("按照要求,请各区住房保障局尽快组织和督促施工单位加快建设进度。"
                               "各施工单位要高质量完成本年度加装电梯建设任务。")).tasks
    assert [t.deadline for t in tasks] == ["2019-12-31"]


def _article(first: str) -> str:
    return ("某市地热资源管理实施细则\n第一条 为加强地热资源管理,制定本细则。\n"
            f"第二条 {first}市地热管理所具体负责地热资源管理工作的实施。\n"
            "市规划资源行政主管部门指导地热勘查等工作。\n市水行政主管部门负责地下水资源的统一规划。\n"
            "市文化旅游行政主管部门负责编制地热旅游规划。\n市卫生健康行政主管部门负责与地热医疗相关的监管工作。\n"
            "第三条 本细则自发布之日起施行。\n")


def test_article_paragraph_with_partners_then_lead() -> None:
    tasks = parse_text(_article("市住房建设行政主管部门会同规划、水利等主管部门,牵头负责全市地热资源的勘查、保护等"
                                "管理工作,参与地热文化推广。")).tasks
    assert [t.lead_units for t in tasks if t.number == "2"] == [["市住房建设行政主管部门"]]


def test_article_paragraph_with_no_partners_nor_lead_word() -> None:
    tasks = parse_text(_article("市住房建设行政主管部门负责全市地热资源的勘查、保护等管理工作。")).tasks
    assert [t.lead_units for t in tasks if t.number == "2"] == [[]]


def _sending(last: str) -> str:
    return ("关于开展2021年燃气安全专项检查的通知\n各街镇:\n为做好燃气安全工作,现就专项检查通知如下。\n"
            "一、开展自查\n各街镇对辖区内燃气经营单位开展自查,梳理存在的问题,提出整改建议,形成自查报告。"
            f"{last}\n二、工作要求\n各街镇要高度重视,确保检查取得实效。\n2021年6月1日\n")


def test_sending_of_the_paper_the_work_formed_dates_the_item() -> None:
    tasks = parse_text(_sending("请于7月5日前将自查报告报送区应急局。")).tasks
    assert [t.deadline for t in tasks if t.number == "一"] == ["2021-07-05"]


def test_sending_of_other_papers_does_not_date_the_item() -> None:
    tasks = parse_text(_sending("请于7月5日前将检查进展情况报送区应急局。")).tasks
    assert [t.deadline for t in tasks if t.number == "一"] == [None]


_LAST = """某市防灾减灾日宣传活动方案

一、活动主题
提升全民防灾减灾意识。
二、职责分工
(一)市委宣传部、市文广局:负责协调新闻媒体开展防灾减灾知识宣传,并组织专题节目。市有关部门配合。
(二)市民政局:负责组织灾害应急演练。市红十字会负责救护培训。
"""


def test_unit_colon_item_with_a_partners_sentence_gives_the_label_the_lead() -> None:
    tasks = _tasks(_LAST)
    assert tasks["二/一"][0] == ["市委宣传部", "市文广局"]


def test_unit_colon_item_with_a_second_doer_keeps_no_lead() -> None:
    tasks = _tasks(_LAST)
    assert tasks["二/二"][0] == []


_DESIGNATED = """某区征收补偿工作实施意见

一、工作职责
（一）明确部门工作职责。区规划局和区房管局分别是征收补偿的业务指导部门，主要承担政策培训等指导职能。{third}
（二）规范补偿程序。区征收中心负责组织补偿协议签订。
"""


def test_body_designated_the_lead_by_shi_leads() -> None:
    tasks = _tasks(_DESIGNATED.format(third="区征收中心是区征收补偿工作的牵头协调和实施部门，"
                                            "全面协调组织实施征收补偿工作。"))
    assert tasks["一/一"][0] == ["区征收中心"]


def test_body_designated_a_guiding_department_gives_no_lead() -> None:
    tasks = _tasks(_DESIGNATED.format(third="区征收中心全面协调组织实施征收补偿工作。"))
    assert tasks["一/一"][0] == []


_DIVISION = """某市工程建设项目开工一件事工作方案

一、工作目标
实现工程建设项目开工手续一次办理。
二、任务分工
{first}市绿化局、市水务局参与工作方案的制定。市数据局负责提供系统建设方面的技术支持。
市住建委负责本市建筑工程施工许可的综合管理工作。
市绿化局负责建设工程垃圾处理方案备案等综合管理工作。
市水务局负责排水许可的综合管理工作。
三、工作措施
（一）优化办理流程。整合施工许可等事项，实行一表申请、一次办理。
（二）推进系统建设。建设开工一件事服务专区，实现数据共享。
"""


def test_later_sentence_doer_of_a_lead_paragraph_is_no_lead() -> None:
    tasks = _tasks(_DIVISION.format(first="市住建委牵头负责开工一件事的组织协调和方案制定。"))
    assert tasks["二"][0] == ["市住建委"]


def test_opening_units_of_a_lead_paragraph_all_lead() -> None:
    tasks = _tasks(_DIVISION.format(first="市住建委、市审批中心牵头负责开工一件事的组织协调和方案制定。"))
    assert tasks["二"][0][:2] == ["市住建委", "市审批中心"]
