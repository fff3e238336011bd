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


# items that open with their year, outside a steps section and inside one
YEARS = """某村2020年农村人居环境整治工作方案
一、工作目标
全面改善农村人居环境，到2022年底村庄环境明显改善。
二、主要任务
1.2021年全村完成改厕任务，改造户厕120户。
2.2022年、完成村庄绿化提升，新增绿地3处。
3.2021年度村庄清洁行动要扎实开展，持续巩固成效。
4.2018年全村已完成道路硬化，在此基础上加强村庄保洁。
5.加强村庄保洁，建立长效管护机制。
三、实施步骤
（一）2020年，启动部署阶段。制定方案，开展摸底。
（二）2021年，全面推进阶段。全面实施各项整治任务。
"""


def test_item_opening_with_its_year_takes_that_years_december():
    tasks = _tasks(YEARS)
    assert tasks["二.1"].deadline == "2021-12-31"
    assert tasks["二.2"].deadline == "2022-12-31"


def test_year_naming_a_years_work_or_a_past_year_or_no_year_gives_no_deadline():
    tasks = _tasks(YEARS)
    assert tasks["二.3"].deadline is None          # 2021年度… names the year's campaign
    assert tasks["二.4"].deadline is None          # a year before the plan's: what was done
    assert tasks["二.5"].deadline is None          # the goal's 到2022年底 dates no item


def test_year_inside_a_steps_section_names_the_stage():
    plan = parse_text(YEARS)
    assert [(p.name, p.start, p.end) for p in plan.phases] == [("启动部署阶段", "2020-01", "2020-12"),
                                                            ("全面推进阶段", "2021-01", "2021-12")]


# a goal date stated once in the preamble dates no item; a campaign span 「自X起至Y」 still does
GOAL = """某乡新时代文明实践站建设实施方案
为推进文明实践阵地建设，实现2022年6月底全乡文明实践站全面建成，结合我乡实际，制定本方案。
一、建好实践阵地
1.加强规划建设。全面梳理阵地资源，优化文明实践站布局。
2.设置形象标识。在显著位置设置标识标牌。
"""


def test_preamble_goal_date_dates_no_item():
    tasks = _tasks(GOAL)
    assert tasks["一.1"].deadline is None
    assert tasks["一.2"].deadline is None


def test_campaign_span_still_dates_its_items():
    text = GOAL.replace("为推进文明实践阵地建设，实现2022年6月底全乡文明实践站全面建成，结合我乡实际，制定本方案。",
                        "自即日起至2022年6月底，在全乡开展文明实践阵地建设专项行动，制定本方案。")
    tasks = _tasks(text)
    assert tasks["一.1"].deadline == "2022-06-30"
    assert tasks["一.2"].deadline == "2022-06-30"
