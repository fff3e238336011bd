"""A task's period text is one statement, not a diary (REPORT_WRITING.md, "Turning monthly
entries into a period's text"; ux62 finding 1): entries written in the shapes a liaison uses —
a month's own count, a running total (累计/全市累计/1至5月), a count with its total in one
sentence, a month range (2至4月), a target share the unit wrote, meetings and planning steps —
and the near misses that must stay apart."""

from __future__ import annotations

import datetime as dt

from fixtures_reports.sample import entries_in as _entries, report_input, section as _section, task_in as _task

from desktop.reports.draft import draft_report
from desktop.reports.inputs import TargetIn

DAY = dt.date(2024, 6, 28)          # a half-year report at the end of May


def _work(task, rows, unit="市民政局", kind="half-year"):
    data = report_input(unit)
    data.tasks, data.entries = [task], _entries(rows, unit=unit)
    report = draft_report(data, kind, today=DAY)
    blocks = [b.text for b in _section(report, "工作进展").blocks]
    return report, blocks


def _sources(report, text):
    sentence = next(s for s in report.sentences() if text in s.text)
    return sorted(s.month for s in sentence.sources)


def test_counts_and_totals_in_many_wordings_read_as_one_statement():
    canteens = TargetIn(1, "改造提升社区食堂", "改造提升社区食堂20个", 20, "个", ">=")
    beds = TargetIn(2, "护理床位", "新增护理床位200张", 200, "张", ">=")
    task = _task([canteens, beds], short_name="社区养老服务设施建设")
    report, work = _work(task, [
        (2, {"progress": "制定《2024年日间照料中心建设工作方案》，将12个点位任务分解到各区。"}),
        (3, {"progress": "完成12个日间照料中心选址。改造提升社区食堂3个。召开全市养老服务推进会1次。",
             "values": {1: 3}}),
        (4, {"progress": "2至4月新改造社区食堂6个，全市累计改造9个；新增护理床位40张。", "values": {1: 9, 2: 40}}),
        (5, {"progress": "印发《社区食堂运营管理办法》；新改造社区食堂4个，累计13个；新增护理床位35张，累计75张。",
             "values": {1: 13, 2: 75}}),
    ])
    assert work[1] == ("印发《社区食堂运营管理办法》。完成12个日间照料中心选址。"
                       "累计改造社区食堂13个，完成目标（20个）的65%。"
                       "累计新增护理床位75张，完成目标（200张）的38%。")
    # the meeting is how the work was done: 主要做法, not the task's paragraph
    assert "推进会1次" in "".join(b.text for b in _section(report, "主要做法").blocks)
    # the total keeps every month it replaced, so the liaison can check it in the draft editor
    assert _sources(report, "累计改造社区食堂13个") == ["2024-03", "2024-04", "2024-05", "2024-05"]


def test_a_total_since_january_replaces_the_quarter_and_the_month_and_the_share_is_said_once():
    jobs = TargetIn(1, "新增就业岗位", "新增就业岗位5000个", 5000, "个", ">=")
    rate = TargetIn(2, "调查失业率", "调查失业率控制在5.5%以内", 5.5, "%", "<=")
    task = _task([jobs, rate], short_name="稳定和扩大就业")
    report, work = _work(task, [
        (3, {"progress": "一季度新增就业岗位1200个；举办招聘会4场。", "values": {1: 1200}}),
        (4, {"progress": "4月新增就业岗位500个，累计1700个。", "values": {1: 1700}}),
        (5, {"progress": "1至5月新增就业岗位2300个，完成全年目标的46%；调查失业率5.1%；发放创业担保贷款4200万元。",
             "values": {1: 2300, 2: 5.1}}),
    ])
    text = work[1]
    # the total since January stands where the quarter's count stood
    assert text == ("1至5月新增就业岗位2300个，完成目标（5000个）的46%。举办招聘会4场。"
                    "调查失业率5.1%，控制在目标（5.5%）以内。发放创业担保贷款4200万元。")
    assert "1200" not in text and "1700" not in text and "全年目标" not in text


def test_stages_of_one_thing_stay_apart_and_the_latest_total_of_each_stands():
    task = _task(short_name="老旧小区改造")
    _, work = _work(task, [
        (2, {"progress": "首批10个小区开工建设。"}),
        (3, {"progress": "第二批12个小区开工，累计开工22个；完成加装电梯意愿征询，签约15部。"}),
        (4, {"progress": "30个小区全部开工，完工5个，惠及居民900户；加装电梯开工8部。"}),
        (5, {"progress": "累计完工11个小区，惠及居民2100户；累计完成加装电梯14部。"}),
    ])
    # started (开工) and finished (完工) are two measures; so are lifts signed, started and done
    # each total where its measure first showed; the March step keeps its place
    assert work[1] == ("30个小区全部开工。累计完工11个小区，惠及居民2100户。完成加装电梯意愿征询，签约15部。"
                       "加装电梯开工8部。累计完成加装电梯14部。")


def test_near_misses_two_things_in_a_month_a_measure_of_another_kind_and_a_rate_stay():
    task = _task(short_name="养老服务")
    _, work = _work(task, [
        (3, {"progress": "新建老年食堂3个；新建日间照料中心2个；长期护理保险参保人数达到400万人。"}),
        (4, {"progress": "新建老年食堂4个；新建日间照料中心1个；医养结合率达到88%。"}),
        (5, {"progress": "长期护理保险享受待遇人数达到1.8万人；医养结合率达到90%。"}),
    ])
    text = work[1]
    # each month's own count added up, thing by thing; never the canteens and the centres together
    assert "上半年新建老年食堂7个" in text and "上半年新建日间照料中心3个" in text
    # another measure's total does not replace this one (参保人数 ≠ 享受待遇人数); a rate stands at its latest
    assert "长期护理保险参保人数达到400万人" in text and "长期护理保险享受待遇人数达到1.8万人" in text
    assert "医养结合率达到90%" in text and "88%" not in text


def test_a_supported_task_gives_its_latest_figure_with_the_lead_named_once():
    task = _task(title="推进家庭医生签约服务", short_name="推进家庭医生签约服务", lead_units=["市卫健委"],
                 responsible_units=["市民政局"])
    task.id = 99
    data = report_input("市民政局")
    data.tasks.append(task)
    data.entries.extend(_entries([
        (3, {"progress": "配合市卫健委将特殊困难老年人纳入重点签约人群，提供名单1260人。"}),
        (5, {"progress": "配合市卫健委完成特殊困难老年人信息比对，更新名单1312人。"}),
    ], task_id=task.id))
    report = draft_report(data, "half-year", today=DAY)
    work = [b.text for b in _section(report, "工作进展").blocks]
    assert "配合市卫健委推进家庭医生签约服务，完成特殊困难老年人信息比对，更新名单1312人。" in work[-1]
    assert "1260" not in "".join(work)


def test_new_ones_built_each_month_give_way_to_the_total_built():
    task = _task(short_name="老年食堂建设")
    _, work = _work(task, [
        (3, {"progress": "新建老年食堂8个。"}),
        (4, {"progress": "新建老年食堂11个，开展食品安全检查1次。"}),
        (5, {"progress": "新建老年食堂9个，累计建成老年食堂45个。"}),
    ])
    # 新建 is 建成: the month's new canteens went into the total, which keeps the unit's own words
    assert work[1] == "累计建成老年食堂45个。开展食品安全检查1次。"



def test_a_standing_statement_sent_again_each_month_is_said_once_but_events_held_each_month_add_up():
    # ux63: 「建立全县32个重点项目用工需求清单」 copied forward five months became 「160个…清单」
    task = _task(short_name="重点项目用工保障")
    report, work = _work(task, [
        (m, {"progress": "建立全县32个重点项目用工需求清单。召开用工调度会1次。"}) for m in (1, 2, 3, 4, 5)
    ])
    text = work[1]
    assert "建立全县32个重点项目用工需求清单" in text and "160" not in text
    # the same wording of an event held each month is that month's own count: five meetings (in 主要做法)
    everything = " ".join(s.text for s in report.sentences())
    assert "召开用工调度会5次" in everything and "160" not in everything


def test_the_same_count_in_different_months_with_a_new_figure_still_adds_up():
    task = _task(short_name="老年助餐")
    _, work = _work(task, [
        (3, {"progress": "新建老年食堂3个。"}),
        (4, {"progress": "新建老年食堂3个。"}),
        (5, {"progress": "新建老年食堂2个。"}),
    ])
    # months that differ are a month's own counts, added up (3 + 3 + 2)
    assert "上半年新建老年食堂8个" in work[1]
