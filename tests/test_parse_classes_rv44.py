"""Round 44's review of the first wave (p44a–p44f): a crash, an over-broad rule and a lost target it found."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.figure_targets import sentence_targets
from desktop.core.parse.sentence_units import doer_units


def test_a_long_run_of_the_plans_own_place_does_not_run_out_of_stack():
    # p44d's 「我市」 before a name (sentence_units._read_head) asked itself again at each 我市: 1,200 in a row ran out
    # of stack, and the whole plan was lost to a RecursionError
    text = "我市" * 1200 + "各部门负责宣传。"
    assert doer_units(text) is not None
    plan = parse_text("某区创建工作实施方案\n一、主要任务\n（一）加强宣传。" + text
                      + "\n（二）落实责任。区教育局负责。\n")
    assert not any("意外错误" in w for w in plan.warnings)
    assert [t.responsible_units for t in plan.tasks][-1:] == [["区教育局"]]


def test_one_place_before_a_name_is_still_read_off():
    assert doer_units("我市各部门负责宣传。")[1] == doer_units("各部门负责宣传。")[1]


def test_a_capacity_in_kilovolt_amperes_is_a_target_not_a_rating():
    # p44f's rating class 「10千伏开关站」 (size_classes.rating_class) read the 安 of 千伏安 as the equipment named
    targets = sentence_targets("到2025年，新增变电容量120万千伏安。", None)
    assert [t.value for t in targets] == [1200000.0]
    # (the rating before its equipment stays no target)
    assert [t.unit for t in sentence_targets("新建10千伏线路100公里。", None)] == ["公里"]


def test_a_first_item_run_into_its_section_heading_is_not_lost():
    # p44b's lost first bracket under a heading (page_openings._lost_under_heading) numbered the paragraph under
    # 「三、活动内容（一）宣传发动。」 （一） again: item 一 lost its heading to its paragraph
    plan = parse_text("某社区环境整治活动方案\n一、活动目的\n为了营造整洁优美的人居环境，特制定本方案。\n"
                      "二、活动时间\n2023年3月1日至3月31日。\n三、活动内容（一）宣传发动。\n"
                      "各社区要通过横幅、标语等形式广泛宣传，营造浓厚氛围。\n（二）环境整治。\n"
                      "各单位要组织开展环境卫生大扫除，清理卫生死角。\n四、活动要求\n"
                      "各单位要高度重视，认真组织，确保活动取得实效。\n")
    assert [(t.number, t.title) for t in plan.tasks] == [("一", "宣传发动"), ("二", "环境整治")]


def _quota_notice(title: str, due_head: str) -> str:
    return ("关于2024年建设用地减量化工作的通知\n各镇人民政府：\n现将有关事项通知如下。\n一、工作任务\n"
            "（一）推进减量化。各镇要按计划推进减量化工作。\n附件\n\n" + title
            + "\n\n单位：公顷\n\n乡镇\n\n计划面积\n\n" + due_head
            + "\n\n甲镇\n\n39\n\n2023年12月底\n\n乙镇\n\n25\n\n2023年11月底\n\n"
            "丙镇\n\n14\n\n2023年10月底\n\n合计\n\n78\n\n")


def test_a_table_of_work_done_is_no_quota_table():
    # p44a's quota table (quota_rows) read a table of what was done 「…计划完成情况表」 with its 实际完成时间 as
    # tasks handed down, and its 合计 as the plan's target
    handed = parse_text(_quota_notice("2024年建设用地减量化任务计划表", "计划完成时间"))
    assert len(handed.tasks) == 4 and [t.text for t in handed.plan_targets] == ["合计78公顷"]
    for title, due in [("2023年度减量化计划完成情况表", "实际完成时间"),
                       ("2023年减量化任务完成情况统计表", "完成时间")]:
        done = parse_text(_quota_notice(title, due))
        assert [t.title for t in done.tasks] == ["推进减量化"] and not done.plan_targets
