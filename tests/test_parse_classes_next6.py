"""Failure classes of tests/data/plans-next6/BASELINE.md (round 12, parser13), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import table_rows
from desktop.core.parse.dates import quarterly_lists
from desktop.core.parse.duties import find_duties
from desktop.core.parse.normalise import light
from desktop.core.parse.targets import find_targets


def _figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024)]


# class 4: targets written with 余/多 after the number, a bar over a Chinese count of events, a share
# as the object of 将/把
def test_more_than_a_figure_is_a_target_with_its_bar():
    assert _figures("新增公共充电桩120余个。") == [(120, "个", ">=")]
    assert _figures("年内培训社区工作者300多名。") == [(300, "名", ">=")]
    assert _figures("完成老旧住房改造3万余户。") == [(30000, "户", ">=")]


def test_a_chinese_count_of_events_after_a_bar_is_a_target():
    assert _figures("各街道每季度举办宣传活动不少于两场。") == [(2, "场", ">=")]
    assert _figures("组织开展应急演练（每年至少一次）。") == [(1, "次", ">=")]
    assert _figures("发放一次性补助，分两批下达。") == []      # events counted without a bar: no aim


def test_a_share_handed_out_with_jiang_is_a_target():
    assert _figures("将80%以上的专项资金用于基层一线。") == [(80, "%", ">=")]
    assert _figures("严格考核，并把60%以上的绩效奖励分配到社区。") == [(60, "%", ">=")]
    # which ones — a target by its comparison word (round 30, CONVENTIONS.md thresholds)
    assert _figures("对60%以上的小区开展检查的街道给予奖励。") == [(60.0, "%", ">=")]


# class 5: the basis of a staffing or provision norm is not a target
def test_the_basis_of_a_norm_is_no_target():
    assert (1000, "人") not in [(v, u) for v, u, _c in _figures("建立网格员队伍，原则上按1000人设1名网格员。")]
    assert (200, "名") not in [(v, u) for v, u, _c in _figures("配齐校医，按照200名学生配备1名。")]
    # (the basis 30公里 stays no target; 一名 joined to 不少于 is one by round 30's line — round 38, p38e, as the
    # answers of plans-next116 / plans-next140 read 「每25—30公里…配备不少于一名…专管员」)
    assert _figures("每30公里道路配备不少于一名养护员。") == [(1, "名", ">=")]
    assert _figures("新建10个站点，配备20名管理员。") == [(10, "个", None), (20, "名", None)]


# class 3: an item number run into a month inside a one-line notice (3.8月上旬 is item 3, in August)
def test_an_item_number_run_into_a_month_in_a_line_is_the_next_item():
    text = ("关于开展安全生产大检查的通知 各镇街、各部门: 现将有关事项通知如下: 一、检查内容 1.排查企业隐患。"
            " 2.整治消防通道。 二、工作要求 1.各单位要高度重视,"
            "于5月10日前报送自查报告。 2.6月中旬,市政府将组织对各镇街检查情况进行抽查通报。"
            " 3.10月底前,各单位完成问题整改并形成总结材料。\n")
    plan = parse_text(text)
    assert [t.path + [t.number] for t in plan.tasks][-2:] == [["二", "2"], ["二", "3"]]
    assert plan.tasks[-2].title.startswith("6月中旬")
    assert plan.tasks[-1].title.startswith("10月底前")


def test_a_decimal_before_a_month_is_not_an_item():
    # no 1. 2. before it: 2.5 is a figure, and the line stays one item
    text = "一、工作目标 全年增长2.5月均值以上,完成各项任务。 二、保障措施 1.加强领导。 2.强化考核。\n"
    plan = parse_text(text)
    assert not any(t.number == "2" and t.title.startswith("5月") for t in plan.tasks)


# class 7: unit lists — a label whose colon was typed as a semicolon; a role word cut by the page end
def test_a_label_with_a_semicolon_is_a_label():
    plan = parse_text("一、重点任务\n1.推进厕所改造。(责任单位;卫健局、农业农村局、各镇)\n"
                      "2.整治河道。（牵头单位；水务局）\n")
    assert plan.tasks[0].responsible_units == ["卫健局", "农业农村局", "各镇"]
    assert plan.tasks[1].lead_units == ["水务局"]
    plan = parse_text("一、重点任务\n1.推进厕所改造。\n责任单位；卫健局、各镇\n")
    assert plan.tasks[0].responsible_units == ["卫健局", "各镇"]


def test_a_role_word_cut_by_the_page_end_keeps_the_last_unit():
    for cut in ("等按职责分", "等按职责分工", "等按职"):
        plan = parse_text("一、稳增长\n(一)全市生产总值增长6%左右(市发改委牵头,市财政局、市统计局、"
                          f"国家统计局某市调查队{cut}")
        task = plan.tasks[0]
        assert task.lead_units == ["市发改委"]
        assert task.responsible_units == ["市财政局", "市统计局", "国家统计局某市调查队"], cut
        assert any("中断" in w for w in plan.warnings)


# class 2: dates whose 年 the source dropped (20251月20日), and a list of dates a quarter apart
def test_a_year_run_into_its_month_is_a_date():
    plan = parse_text("2024年老旧小区改造工作方案\n一、工作任务\n1.制定改造计划,于20241月15日前报区住建委审定。\n"
                      "2.全面完成改造,202410月底前通过验收。\n")
    assert [t.deadline for t in plan.tasks] == ["2024-01-15", "2024-10-31"]
    assert light("编号20241月份的台账") == "编号2024年1月份的台账"
    assert light("共计202412人次") == "共计202412人次"         # no month: a figure, left alone


def test_dates_a_quarter_apart_are_a_quarterly_rhythm_not_a_deadline():
    text = ("2024年重点工作责任分解方案\n一、工作要求\n1.各单位于20241月31日前报送工作方案。同时,将各季度推进情况"
            "于4月10日、7月10日、10月10日及12月10日前报区政府办公室。\n")
    plan = parse_text(text)
    assert plan.tasks[0].deadline == "2024-01-31"
    assert any(d.every == "quarter" and "各季度推进情况" in d.text for d in plan.duties)
    assert any(d.due == "2024-01-31" for d in plan.duties)
    assert quarterly_lists("6月30日、12月31日及次年3月31日") == []      # one step of three months: no rhythm


# class 8: a phase heading whose steps run on after its colon in the same line
def test_steps_run_on_after_a_phase_heading_are_items():
    text = ("某街道市容整治工作方案\n一、实施步骤\n（一）排查摸底阶段（3月1日至3月15日）：1.组织人员逐户排查；"
            "2.建立问题清单，明确整改时限。3.汇总上报排查情况。\n（二）集中整治阶段（3月16日至4月30日）：对排查出的问题"
            "逐项整改。\n二、工作要求\n1.加强领导。\n")
    plan = parse_text(text)
    assert [t.path + [t.number] for t in plan.tasks][:3] == [["一", "一", "1"], ["一", "一", "2"], ["一", "一", "3"]]
    assert plan.tasks[1].title.startswith("建立问题清单")
    assert [p.name for p in plan.phases][:2] == ["排查摸底阶段", "集中整治阶段"]


def test_a_heading_with_one_point_or_a_list_of_months_is_not_split():
    text = ("一、实施步骤\n（一）动员阶段：1.召开动员会，部署任务。\n（二）实施阶段：1、2月份完成排查，3月完成整改。\n"
            "二、工作要求\n1.加强领导。\n")
    plan = parse_text(text)
    assert [t.path + [t.number] for t in plan.tasks] == [["一", "一"], ["一", "二"], ["二", "1"]]


# class 1: duties written short (每日一报 / 一周一通报), an oversight cycle (坚持月调度、季检查), and a report by
# a day's hour (7月17日下班前) in a notice that gives no year
def _duties(text: str, year: int | None = 2024) -> list[tuple[str | None, str | None, str]]:
    return [(d.due, d.every, d.text) for d in find_duties(text, year)]


def test_a_rhythm_written_short_is_a_duty():
    assert [(due, every) for due, every, _t in _duties("组织网格员开展巡查，发现问题每日一报、限时整改。")] == \
        [(None, "day")]
    assert [every for _d, every, _t in _duties("建立整改台账，实行一周一通报。")] == ["week"]
    assert [every for _d, every, _t in _duties("各县市区要坚持月调度、季检查、年终考核，确保任务落地。")] == ["month"]
    assert _duties("组织开展月度评比活动，评选先进典型。") == []          # no cycle of reports or checks


def test_a_report_by_a_days_hour_is_a_duty_without_a_year():
    text = "各单位要认真自查，形成自查报告，于9月5日下班前报县政府办公室。"
    assert [(due, every) for due, every, _t in _duties(text, None)] == [(None, None)]
    text = "各单位形成自查报告，于9月5日17时前报县政府办公室。"
    assert len(_duties(text, None)) == 1


# class 6: a table of data after a task table (its own 附件 label and 序号 header) adds no rows to it
def test_a_data_table_after_a_task_table_adds_no_row():
    # (the second row's task cell wraps onto a second line: an irregular table, read row by row)
    task_rows = "\n".join(f"{n}\n完成第{n}批设施建设。\n区建设局\n各街道\n2024年"
                           if n != 2 else "2\n完成第2批设施建设，\n同步完善配套。\n区建设局\n各街道\n2024年"
                           for n in range(1, 4))
    data = "\n".join(["附件2", "2024年各街道设施指标", "序号", "街道", "设施（个）", "覆盖率",
                      "1", "东城街道", "4", "100%", "2", "西城街道", "5", "90%"])
    text = ("关于印发设施建设方案的通知\n一、工作任务\n按附件1分解落实。\n附件1\n任务分解表\n"
            f"序号\n工作任务\n牵头单位\n配合单位\n完成时间\n{task_rows}\n{data}\n")
    # a number cell of the data table that would go on from the task rows (4) is no row
    assert [r.number for r in table_rows(text)] == ["1", "2", "3"]
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]


# class 7 (doubtful reading, answered without units): a closing sentence that hands one part of the work
# to units is not the item's units; a sentence of roles alone still is
def test_a_sentence_handing_out_one_part_of_the_work_gives_no_units():
    text = ("一、重点任务\n1.推进既有建筑节能改造。公共建筑的改造由区机管局负责，其余建筑的改造由各街道牵头，"
            "区住建委配合实施。\n2.推进绿色建材应用。由区住建委牵头，区经信委、各街道配合。\n")
    plan = parse_text(text)
    # round 31: CONVENTIONS.md rule 2 — several clauses 「由A负责」「由B牵头，C配合」 in one item: all their bodies,
    # in order, B the lead (the split by kind of building has no 分别 and no case: not rule 3's contingency)
    assert (plan.tasks[0].lead_units, plan.tasks[0].responsible_units) == (["各街道"], ["区机管局", "区住建委"])
    assert (plan.tasks[1].lead_units, plan.tasks[1].responsible_units) == (["区住建委"], ["区经信委", "各街道"])
