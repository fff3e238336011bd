"""Round 42 structure classes (p42a): a closing requirements section written as one paragraph of its own
(三、工作要求 / 三、考核要求) after sections of numbered items — the section's text, not the notice's closing
words, and a task where it gives work (dated steps, or a body doing it where the plan's tasks name units)."""

from __future__ import annotations

from desktop.core.parse import parse_text

NOTICE = ("关于做好本区公园设施整治工作的通知\n各区绿化市容局：\n为进一步提升公园设施安全水平，现就有关事项通知如下：\n"
          "一、座椅护栏\n（一）统一款式\n座椅护栏应选用耐候材料，颜色与周边环境协调，安装牢固，边角圆滑无毛刺。\n"
          "（二）设置标识\n护栏高度不足处应设置醒目警示标识，标识应统一规格并定期擦拭更新。\n"
          "二、照明设施\n（一）完善布点\n园路、出入口和水体周边应设置照明，照度满足夜间通行需要。\n"
          "（二）加强检修\n灯杆灯具应定期检查，发现损坏的应及时修复或更换，确保夜间正常亮灯。\n"
          "三、工作要求\n{req}\n特此通知。\n某市绿化和市容管理局\n2024年5月20日\n")

DATED = ("整治工作进入收尾阶段，各单位要查漏补缺。7月底前，各区要完成辖区公园设施排查，建立问题清单；"
         "10月底前，市公园管理事务中心对整治成效开展评估，形成评估报告。")
CALL = ("各单位要高度重视公园设施整治工作，切实加强组织领导，压实工作责任，认真抓好各项任务落实，"
        "确保整治工作取得实效，不断提升市民游园体验和满意度，营造安全舒适的游园环境。")


def _paths(plan):
    return [(t.path, t.number) for t in plan.tasks]


def test_a_closing_requirements_paragraph_with_dated_steps_is_a_task():
    plan = parse_text(NOTICE.format(req=DATED))
    assert len(plan.tasks) == 5
    last = plan.tasks[-1]
    assert last.title.startswith("工作要求")
    assert "市公园管理事务中心对整治成效开展评估" in last.text


def test_a_closing_requirements_call_with_no_date_and_no_doer_stays_no_task():
    # near miss: 「各单位要高度重视…」 gives no work of its own (no date, no body doing it)
    plan = parse_text(NOTICE.format(req=CALL))
    assert len(plan.tasks) == 4
    assert not any(t.title.startswith("工作要求") for t in plan.tasks)


def test_an_aims_paragraph_with_a_date_stays_no_task():
    # near miss: 一、总体目标 over a dated paragraph is the plan's aim, not a requirements section
    text = NOTICE.format(req=DATED).replace(
        "一、座椅护栏",
        "一、总体目标\n到2024年底，全市公园设施完好率达到95%以上，各区应于10月底前完成整治。\n二、座椅护栏", 1)
    text = text.replace("二、照明设施", "三、照明设施").replace("三、工作要求", "四、工作要求")
    plan = parse_text(text)
    assert not any(t.title.startswith("总体目标") for t in plan.tasks)
    assert plan.tasks[-1].title.startswith("工作要求")


UNIT_LED = ("关于加强本市取水计量管理的通知\n各区水务局：\n现就有关事项通知如下：\n"
            "一、管理要求\n（一）市水资源事务中心负责指导各区推进取水计量设施接入，对各区数据接入情况开展日常监督。\n"
            "（二）各区水务局负责区管取水计量设施的安装和日常维护，督促取水户按时填报用水统计。\n"
            "二、考核要求\n{req}\n特此通知。\n某市水务局\n2021年5月13日\n")


def test_a_closing_assessment_paragraph_giving_work_to_a_body_is_a_task_where_tasks_name_units():
    plan = parse_text(UNIT_LED.format(
        req="市水资源事务中心应对各区取水计量工作加强考核，将监测数据汇总情况按月反馈至各区水务局，"
            "数据质量纳入年度考核。"))
    assert len(plan.tasks) == 3
    assert plan.tasks[-1].title.startswith("考核要求")


def test_a_closing_assessment_call_naming_no_body_stays_no_task_where_tasks_name_units():
    # near miss: where tasks name their units, a requirements paragraph naming none is a rule (dated or not)
    plan = parse_text(UNIT_LED.format(
        req="各单位要高度重视，于每年12月底前完成自查，确保取水计量数据真实准确，切实提高管理水平。"))
    assert len(plan.tasks) == 2


# a first or last top-level point headed by work 「二、加强沟通协调」 over its own paragraph, beside a section whose
# numbered items are tasks: a task as a point between two such sections is (round 34 headed points)
HANDLING = ("关于做好2024年人大代表建议办理工作的通知\n各承办单位：\n现就有关事项通知如下：\n"
            "一、严格办理程序\n1.任务交办。收到交办的建议后，要及时登记，明确承办科室和经办人员，不得推诿拖延。\n"
            "2.规范答复。答复内容要实事求是，答复函须经单位主要负责人审签后按规定格式报送。\n"
            "3.按时办结。全部建议须在交办之日起三个月内办结并答复代表，确有困难的要说明理由。\n"
            "二、{last}\n{text}\n特此通知。\n某市人民政府办公室\n2024年3月1日\n")
TALK = "各承办单位要通过电话、面谈等多种方式加强与代表的沟通联系，邀请代表参加调研和座谈，听取意见建议。"


def test_a_last_point_headed_by_work_beside_numbered_tasks_is_a_task():
    plan = parse_text(HANDLING.format(last="加强沟通协调", text=TALK))
    assert len(plan.tasks) == 4
    assert plan.tasks[-1].title.startswith("加强沟通协调")


def test_a_last_point_named_by_a_topic_stays_no_task():
    # near miss: 「二、宣传报道」 names a topic (four characters, no verb and object), a field of the event
    plan = parse_text(HANDLING.format(last="宣传报道",
                                      text="督办活动结束后，要及时对督办情况进行宣传报道，扩大社会影响，营造良好氛围。"))
    assert len(plan.tasks) == 3


def test_a_first_point_headed_by_work_beside_numbered_tasks_is_a_task():
    text = HANDLING.format(last="加强沟通协调", text=TALK).replace(
        "一、严格办理程序",
        "一、优化建议交办流程\n对建议逐件梳理，明确主办和会办，做到交办精准、责任清晰，减少退回改办。\n二、办理程序", 1
    ).replace("二、加强沟通协调\n" + TALK + "\n", "", 1)
    plan = parse_text(text)
    assert [t.title[:6] for t in plan.tasks] == ["优化建议交办", "任务交办", "规范答复", "按时办结"]


# a top-level point that only gives the activity's aim, theme, time or place 「一、活动宗旨」「三、活动主题」
# 「四、活动时间」 is a field of the event, no task (CONVENTIONS.md "Round 42 rulings, continued")
ACTIVITY = ("关于开展2024年“敬老月”活动的通知\n各乡镇、各有关单位：\n"
            "经研究，决定在全县开展“敬老月”活动，现将有关事项通知如下：\n"
            "一、活动主题\n孝老爱亲，共建和谐家园。\n"
            "二、活动时间\n2024年10月1日至10月31日。\n"
            "三、{content}\n各乡镇要组织志愿者走访慰问辖区高龄、独居老人，开展义诊和法律咨询进社区活动，为老人办实事解难题。\n"
            "四、活动要求\n各单位要精心组织，于11月10日前将活动总结报县民政局。\n"
            "特此通知。\n某县民政局\n2024年9月20日\n")


def test_points_giving_only_an_activitys_theme_and_time_are_no_tasks():
    plan = parse_text(ACTIVITY.format(content="活动内容"))
    assert [t.title[:4] for t in plan.tasks] == ["活动内容", "活动要求"]


def test_an_activitys_theme_run_into_its_text_is_a_field_too():
    plan = parse_text(ACTIVITY.format(content="活动内容").replace("一、活动主题\n", "一、活动主题", 1))
    assert [t.title[:4] for t in plan.tasks] == ["活动内容", "活动要求"]


def test_a_point_of_the_activitys_work_or_requirements_stays_a_task():
    # near misses: 「三、活动形式」 (what is done) and 「四、活动要求」 (a dated report) are no fields
    plan = parse_text(ACTIVITY.format(content="活动形式"))
    assert [t.title[:4] for t in plan.tasks] == ["活动形式", "活动要求"]


def test_an_activitys_aim_joined_to_more_stays_a_point():
    # near miss: 「一、活动目标及安排」 over fields and a target 「计划完成植树3000株」 holds more than the aim
    text = ACTIVITY.format(content="活动内容").replace("一、活动主题\n孝老爱亲，共建和谐家园。",
                                                      "一、活动目标及安排\n计划走访慰问老人300户，开展义诊10场。", 1)
    assert [t.title[:4] for t in parse_text(text).tasks][0] == "活动目标"
