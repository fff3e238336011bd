"""Round 33 classes of targets and stages (CONVENTIONS.md "Round 33 rulings"): penalties in any wording, time limits
with a comparison word, grade bands and staffing norms, present figures, the figure a change goes to, and stages
written as a name and a time in any form. Made-up snippets written the way plans write, each with a near miss."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.table_figures import QUANTITY_HEAD
from desktop.core.parse.targets import find_targets


def figures(text: str, relaxed: bool = True) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2024, relaxed=relaxed)]


@pytest.mark.parametrize("text", [
    "整改不到位的，按10%的比例扣减年度奖补资金。",
    "对虚报冒领的，收回已拨付补助资金的30%。",
    "逾期未归还的，借款利率上浮20%。",
    "考核不合格的，扣减当年运营经费5%。",
])
def test_a_penalty_in_any_wording_is_no_target(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,want", [
    ("考核优秀的，运营补贴在基数上浮15%。", [(15.0, "%")]),          # a reward's rate: no breach named
    ("年度审价核减率在10%以上的施工企业不得参与投标。", [(10.0, "%")]),  # 核减率, a rate's name: a threshold
])
def test_near_misses_of_penalties_stay_targets(text, want):
    assert figures(text) == want


@pytest.mark.parametrize("text,want", [
    ("物业服务企业应在接到报修后20分钟以内到场处置。", [(20.0, "分钟")]),
    ("评审结果在村务公开栏公示，公示期限不少于15天。", [(15.0, "天")]),
    ("审核通过后进行不少于5日公示。", [(5.0, "日")]),
    ("答复时间不超过10天。", [(10.0, "天")]),
])
def test_a_time_limit_with_a_comparison_word_is_a_target(text, want):
    assert figures(text) == want


@pytest.mark.parametrize("text", [
    "街道城建办在收到材料后10个工作日内完成审核。",
    "接到申请后3日内组织现场查看。",
    "每月10日以内报送上月情况。",
])
def test_a_limit_counted_from_an_event_or_a_date_is_no_target(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "测评分值为90分（包含90分）至100分为优秀。",
    "得分为85分及以上并在全镇排名前五的小区，给予一次性奖励。",
    "每个投放点安排督导员1名。",
    "原则上按300户配备1名。",
    "可回收物桶与其他垃圾桶以1：2配置，即1个可回收物桶和2个其他垃圾桶。",
])
def test_grade_bands_and_staffing_norms_are_no_targets(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,want", [
    ("年度测评得分不低于80分。", [(80.0, "分")]),                 # a score to reach
    ("每个投放点至少安排督导员1名。", [(1.0, "名")]),              # a floor, with its comparison word
])
def test_near_misses_of_grades_and_norms_stay_targets(text, want):
    assert figures(text) == want


def test_the_figure_a_change_goes_to_is_the_target_not_the_present_one():
    text = "一类停车场收费标准从现行的每小时6元调整为8元；二类停车场收费标准从现行的每小时4元调整为5元。"
    assert figures(text, relaxed=False) == [(8.0, "元"), (5.0, "元")]
    assert figures("收费标准为每小时6元。", relaxed=False) == []


@pytest.mark.parametrize("head,kept", [("现有数量", False), ("原有规模", False), ("上年目标值", False),
                                       ("抽查数量", True), ("建设规模", True)])
def test_a_present_figure_column_is_no_quantity(head, kept):
    assert (QUANTITY_HEAD.fullmatch(head) is not None) is kept


@pytest.mark.parametrize("text,want", [
    ("路灯间距宜在30-50米间。", [(30.0, "米")]),
    ("监控终端应支持3种以上的接入方式。", [(3.0, "种")]),
])
def test_ranges_and_kinds_joined_to_the_line(text, want):
    assert figures(text, relaxed=False) == want


def test_one_quarter_of_a_case_is_no_date():
    assert find_deadlines("同一季度内两次检查不合格的，扣除当季度补贴", 2024) == []
    assert [d.date for d in find_deadlines("一季度完成摸底", 2024)] == ["2024-03-31"]


PLAN = ("某街道楼道堆物专项整治工作方案\n一、工作任务\n1.开展排查。街道城管中心负责排查各小区楼道。\n"
        "2.落实整改。街道房管办负责督促物业企业整改。\n二、{section}\n{lead}{stages}三、工作要求\n各部门要高度重视。\n"
        "某某街道办事处\n2024年4月10日\n")


def _plan(section: str, lead: str, stages: str):
    plan = parse_text(PLAN.format(section=section, lead=lead, stages=stages))
    return [(p.name, p.start, p.end) for p in plan.phases], [t.title for t in plan.tasks]


def test_stages_with_a_bracketed_time_under_a_counting_lead_in_are_phases_not_tasks():
    phases, tasks = _plan("实施步骤", "整治工作分三个阶段进行：\n",
                          "1.宣传发动阶段（2024年5月）\n2.集中整治阶段（2024年6月至8月）\n3.巩固提升阶段（2024年9月）\n")
    assert phases == [("宣传发动阶段", "2024-05", "2024-05"), ("集中整治阶段", "2024-06", "2024-08"),
                      ("巩固提升阶段", "2024-09", "2024-09")]
    assert tasks == ["开展排查", "落实整改"]


def test_stages_with_a_time_after_a_colon_in_a_schedule_section_are_phases():
    phases, tasks = _plan("工作步骤", "", "（一）排查阶段：5月底前\n（二）整治阶段：6月至8月\n"
                                          "（三）验收阶段：9月底前\n")
    assert [p[0] for p in phases] == ["排查阶段", "整治阶段", "验收阶段"]
    assert phases[0][2] == "2024-05" and phases[1][1:] == ("2024-06", "2024-08")
    assert tasks == ["开展排查", "落实整改"]


def test_a_stage_with_its_work_after_the_time_is_a_phase_and_a_task():
    phases, tasks = _plan("实施步骤", "", "1.宣传发动阶段（5月）：召开动员会议，部署整治工作。\n"
                                          "2.集中整治阶段（6月至8月）：街道城管中心组织集中清理。\n"
                                          "3.巩固提升阶段（9月）：总结经验，长效管理。\n")
    assert [p[0] for p in phases] == ["宣传发动阶段", "集中整治阶段", "巩固提升阶段"]
    assert len(tasks) == 5


def test_items_in_a_schedule_section_that_are_no_named_stages_stay_tasks():
    # no lead-in counting stages and names that are not stages: the items keep their reading
    phases, tasks = _plan("工作步骤", "", "（一）开展自查：5月底前\n（二）组织整改：6月至8月\n")
    assert "开展排查" in tasks and len(tasks) >= 2


def test_the_lead_in_counting_the_stages_is_never_a_phase():
    phases, tasks = _plan("实施步骤", "整治工作分三个阶段（2024年5月至9月）进行：\n",
                          "1.宣传发动阶段（2024年5月）\n2.集中整治阶段（2024年6月至8月）\n3.巩固提升阶段（2024年9月）\n")
    assert [p[0] for p in phases] == ["宣传发动阶段", "集中整治阶段", "巩固提升阶段"]
    assert tasks == ["开展排查", "落实整改"]


@pytest.mark.parametrize("text,want", [
    ("储存总重量超过80kg的，应设置专用储存间。", [(80.0, "kg")]),     # a threshold of the line
    ("查处违规使用15kg液化气钢瓶的餐饮店。", []),                   # a kind named by its weight
])
def test_a_weight_in_kilograms_is_a_target_only_on_the_line(text, want):
    assert figures(text) == want


@pytest.mark.parametrize("text,want", [
    ("同一项目经理不得同时承担两个以上项目。", [(2.0, "个")]),
    ("每年联合检查原则上不得超过三次。", [(3.0, "次")]),
])
def test_a_count_in_chinese_numerals_joined_to_the_line_is_a_target(text, want):
    assert figures(text) == want
