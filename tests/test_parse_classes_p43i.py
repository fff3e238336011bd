"""Round 43 (p43i), the round-44 decisions: paragraphs run in under a safeguards section without numbers of their own
are the section's text — the section is one task where it gives work to a doer, none where it only calls (numbered
safeguard items stay items); a goal date stated once in a preamble dates no item, a campaign span still does; an item
that opens with a year outside a steps section takes that year's December. Made-up snippets written the way such
plans are printed, each with the near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, object]:
    return {t.key: t for t in parse_text(text).tasks}


# a plan whose work sits in one section's numbered items, its safeguards four run-in paragraphs
RUN_IN = """某区智慧停车三年行动计划

一、总体要求
以提升停车服务水平为目标，推进停车设施数字化转型。
二、主要任务
1．建设停车信息平台
整合全区公共停车场泊位信息，实现泊位实时查询和预约。
2．推进错峰共享停车
鼓励机关、企事业单位内部停车场向周边居民错峰开放，扩大共享泊位供给。
3．完善停车收费机制
推行差异化停车收费，引导车辆合理停放，提高泊位周转率。
三、保障措施
加强组织领导。区交通委会同区发展改革委统筹推进停车设施建设，协调解决重大问题。
强化资金保障。统筹用好各类专项资金，支持公共停车设施建设和改造。
营造良好氛围。加强政策宣传解读，引导社会各方共同参与。
"""


def test_run_in_safeguards_paragraphs_are_one_task_where_they_give_work():
    tasks = _tasks(RUN_IN)
    assert sorted(tasks) == ["三", "二.1", "二.2", "二.3"]
    assert tasks["三"].lead_units == ["区交通委"]
    assert "区发展改革委" in tasks["三"].responsible_units


def test_run_in_safeguards_that_only_call_stay_no_task():
    text = RUN_IN.replace("区交通委会同区发展改革委统筹推进停车设施建设，协调解决重大问题。",
                          "要高度重视停车设施建设，切实把各项工作摆上重要议事日程。")
    assert sorted(_tasks(text)) == ["二.1", "二.2", "二.3"]


# near miss: numbered safeguard items of a plan that names no unit stay items of their own
NUMBERED = RUN_IN.replace("加强组织领导。", "（一）加强组织领导。").replace("强化资金保障。", "（二）强化资金保障。") \
    .replace("营造良好氛围。", "（三）营造良好氛围。")


def test_numbered_safeguard_items_are_not_folded_into_one_task():
    tasks = _tasks(NUMBERED)
    assert "三" not in tasks
    assert {"二.1", "二.2", "二.3"} <= set(tasks)


# a plan of headed points, each run into its text; the last a safeguards point run on after 「保障措施。」
POINTS = """某县环保局环境日宣传方案
为做好今年环境日宣传工作，特制定如下方案：
一、印发宣传要点，对各乡镇提出宣传要求，明确责任分工(5月20日)。
二、组建环保宣讲团，举行聘请仪式(5月25日)。
三、开展环境日主题宣传进社区活动，发放宣传资料(6月5日)。
四、保障措施。办公室和监测站负责准备宣传展板和宣传资料，法规科负责联系新闻媒体做好宣传报道。
"""


def test_safeguards_point_run_on_after_its_heading_gives_work_to_its_doers():
    tasks = _tasks(POINTS)
    assert "四" in tasks
    assert {"办公室", "监测站", "法规科"} <= set(tasks["四"].responsible_units)
    assert {"一", "二", "三"} <= set(tasks)


def test_safeguards_point_run_on_that_only_calls_is_no_task():
    text = POINTS.replace("办公室和监测站负责准备宣传展板和宣传资料，法规科负责联系新闻媒体做好宣传报道。",
                          "各单位要高度重视，加强领导，确保宣传活动取得实效。")
    assert "四" not in _tasks(text)
