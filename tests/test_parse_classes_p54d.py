# ruff: noqa: E501  (made-up Chinese texts; wide characters count double)
"""Round 54 (p54d): structure — tasks a notice or a plan holds that the parser missed.

- A notice that numbers nothing and runs its own requirements into a paragraph 「…。一要加强组织领导。…二要加强统筹
  协调。…」 (the plan it forwards not printed): the one run is its points 一、二、 (CONVENTIONS.md Round 64 rulings, q08:
  how many members a run has is no test; ``ordinal_run_ins._run_in_points``).
- A childless point headed as a division of duties 「二、责任分工和办理时限」 whose text names no body (「由相关单位具体
  承办…各承办单位要…」) is a notice's own requirement, a task; one whose text hands the work to bodies it names stays
  the duty readers' section (Round 64 rulings, x43_06 二; plans-dev 09 三; ``childless_points._divides_work``).
- Items under a principles lead-in 「…应当遵循以下原则：」 whose lines instruct a doer are read by their words, not
  folded into the lead-in; principles that only state a stance, and case lines 「…的，…应当…」, stay text (Round 61
  rulings, x262_02 三; ``principle_lists.principles_only``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _paths(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


NOTICE = ("某省人民政府关于印发《落实重点工作分工的意见》的通知\n"
          "各市人民政府，省政府各部门：\n"
          "现将《落实重点工作分工的意见》印发给你们，请认真贯彻执行。\n")


def test_a_notices_run_in_requirements_are_its_points():
    text = NOTICE + ("今年是关键之年。全省各级各部门要坚持稳中求进，努力完成全年目标任务。一要压实工作责任。各地区、各部门要"
                     "对照分工抓紧制定实施方案，细化时间表和路线图。二要强化协同配合。牵头单位要主动担起抓总职责，责任单位要"
                     "认真履职尽责。\n某省人民政府\n2030年1月5日\n")
    tasks = parse_text(text).tasks
    assert [t.number for t in tasks] == ["一", "二"]
    assert tasks[0].title.startswith("压实工作责任")
    assert tasks[1].title.startswith("强化协同配合")


def test_three_members_run_in_too():
    text = NOTICE + ("各部门要高度重视。一要摸清底数。要逐户登记造册。二要落实措施。要逐项明确整改时限。三要加强督查。要定期通报"
                     "进展情况。\n")
    assert [t.number for t in parse_text(text).tasks] == ["一", "二", "三"]


def test_a_run_in_a_numbered_item_stays_its_text():
    # near miss: the text numbers its work on its lines 「1.1 …」; the run inside an item is that item's text
    text = ("某区垃圾分类工作指南\n1 分类投放\n1.1 人工监管\n安排人员值守。一是建立台账。二是定期巡查。\n"
            "1.2 视频监管\n安装摄像设备。\n")
    assert not any(t.title.startswith(("建立台账", "定期巡查")) for t in parse_text(text).tasks)


def test_a_run_that_restarts_or_states_aims_stays_as_written():
    # near misses: two runs (the ordinals start again from 一), and a run of aims 「一是为了…」
    twice = NOTICE + ("一要压实责任。各地要细化方案。二要强化协同。各部门要密切配合。\n"
                      "另外，一要做好宣传。二要做好总结。\n")
    assert not any(t.title.startswith("压实责任") for t in parse_text(twice).tasks)
    aims = NOTICE + "开展此项工作意义重大。一是为了保障群众安全。二是为了推动行业发展。\n"
    assert not any(t.title.startswith("为了") for t in parse_text(aims).tasks)


def test_paragraphs_opened_by_two_ordinals_stay_as_written():
    # near miss: 「一是…」「二是…」 each opening its own paragraph, two only (a notice's two aims): three at least
    text = NOTICE + "一是加强组织领导。各级党委要把此项工作摆在重要位置。\n二是明确目标任务。合理确定阶段工作任务。\n"
    assert [t.number for t in parse_text(text).tasks] != ["一", "二"]


DUTIES_HEAD = ("某区人民政府办公室关于做好代表建议办理工作的通知\n"
               "各镇人民政府，区政府各部门：\n"
               "为做好今年代表建议办理工作，现将有关事项通知如下：\n"
               "一、提高思想认识\n"
               "办理代表建议是政府的法定职责。各单位要进一步提高认识，采取有效措施，认真做好建议办理工作。\n")
DUTIES_TAIL = ("三、工作要求\n（一）加强组织领导。各承办单位要明确分管领导和具体经办人员。\n"
               "（二）严格办理时限。各承办单位要按时办复，不得拖延。\n")


def test_a_duties_point_naming_no_body_is_a_task():
    text = DUTIES_HEAD + ("二、责任分工和办理时限\n"
                          "根据建议内容和工作职责，由相关单位具体承办。各承办单位要及时对建议进行逐件审核，并于今年8月31日前"
                          "办理完毕。\n") + DUTIES_TAIL
    tasks = parse_text("2030年\n" + text).tasks
    assert "二" in [t.number for t in tasks if not t.path]


def test_a_duties_section_dividing_work_among_named_bodies_stays_a_section():
    # near miss: the section hands the work to bodies it names (the duty readers' section, plans-dev 09)
    text = DUTIES_HEAD + ("二、职责分工\n"
                          "区应急局负责统筹开展项目建设和工程验收。区消防救援局负责对改造方案进行技术把关。区财政局负责落实"
                          "项目经费。\n") + DUTIES_TAIL
    tasks = parse_text(text).tasks
    assert "二" not in [t.number for t in tasks if not t.path]


PRINCIPLES_HEAD = ("某局网站内容保障工作制度\n"
                   "一、职责分工\n办公室负责网站的统筹管理。信息中心负责网站的日常运维。\n"
                   "二、保障原则\n网站内容保障工作应当遵循以下原则：\n")
PRINCIPLES_TAIL = "三、保障要求\n（一）信息中心应当每日巡查网站栏目。\n（二）各处室应当每月更新本处室栏目内容。\n"


def test_principles_whose_lines_instruct_are_items():
    text = PRINCIPLES_HEAD + ("（一）及时发布，集中展示。\n网站应当及时发布本系统重要工作动态，各处室应当及时提供相关信息。\n"
                              "（二）严格审查，确保质量。\n各处室应当对本处室发布的信息严格审查，确保信息准确。\n") \
        + PRINCIPLES_TAIL
    assert {"二/一", "二/二"} <= set(_paths(text))


def test_principles_that_only_state_a_stance_stay_text():
    # near miss: the lines state the principles, no line instructs a doer
    text = PRINCIPLES_HEAD + "（一）统一管理，分级负责。\n（二）权责一致，公开透明。\n（三）规范有序，安全可靠。\n" \
        + PRINCIPLES_TAIL
    assert not any(p.startswith("二/") for p in _paths(text))


def test_principle_lines_that_answer_cases_stay_text():
    # near miss: each line answers a case 「…的，…应当…」 (a rule of the scheme), in a text of articles
    text = ("某区举报奖励办法\n第一条 为鼓励举报，制定本办法。\n第二条 区应急局负责举报奖励的组织实施。\n"
            "第三条 举报奖励的实施遵循以下原则：\n（一）多人举报同一事项的，对最先受理的举报人给予奖励。\n"
            "（二）同一事项已获其他部门奖励的，各奖励部门应当合并处理，只奖励一次。\n"
            "第四条 区应急局应当在核实后十五个工作日内发放奖励。\n第五条 本办法自2030年1月1日起施行。\n")
    assert not any(p.startswith("3/") for p in _paths(text))
