"""Round 36 (p36e): dates, targets and duties by the round-36 rulings — made-up activity plans written the way plans
write, each with the near miss that must not change."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import activity_span_end, fixed_days_end

SPAN_PLAN = ("某学院2025年防溺水安全教育活动方案\n"
             "一、活动主题\n珍爱生命，预防溺水\n"
             "二、活动时间\n2025年5月10日-5月31日\n"
             "三、活动内容\n"
             "1.主题班会\n由各学院组织各班级召开一次防溺水主题班会。\n"
             "2.知识竞赛\n校团委负责组织防溺水知识竞赛，5月20日前完成初赛。\n")


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.key: t.deadline for t in parse_text(text).tasks}


def test_activity_span_dates_items_without_a_date_of_their_own():
    got = _deadlines(SPAN_PLAN)
    assert got["三.1"] == "2025-05-31"          # no date of its own: the span's end
    assert got["三.2"] == "2025-05-20"          # its own date stays


def test_run_in_span_and_a_bare_end_day():
    assert activity_span_end("三、活动主题远离溺水四、活动时间5月1日至31日五、活动内容(一)…", 2024) == "2024-05-31"
    assert activity_span_end("四、活动时间\n从10月8日开始，到10月31日结束。\n五、活动要求\n", 2023) == "2023-10-31"
    assert activity_span_end("活动时间：2022年9月1日—2022年9月15日\n", None) == "2022-09-15"


def test_near_misses_no_span():
    # several spans are several activities' stages (a single day is the activity's one-day span since the Round 42
    # rulings, continued — p41q turned this near miss)
    assert activity_span_end("一、活动时间：2024年3月12日上午9:00\n二、活动地点：…\n", 2024) == "2024-03-12"
    assert activity_span_end("1.活动时间：6月1日至6月7日。\n2.活动时间：6月8日至6月14日。\n", 2024) is None
    assert activity_span_end("今年的活动时间较往年有所提前，请各单位注意。", 2024) is None


def test_school_start_days_are_the_items_deadline():
    assert fixed_days_end("高三年级8月20日报到，8月21日正式上课。", 2024) == "2024-08-21"
    assert fixed_days_end("其他年级8月28日、29日报到，9月1日正式开学。", 2024) == "2024-09-01"
    # near miss: a day with no return or start of classes is not read here
    assert fixed_days_end("8月25日召开开学工作会议前完成排查。", 2024) is None


def test_run_in_time_field_is_the_activity_day():
    from desktop.core.parse.activity_spans import field_day
    assert field_day("（一）开幕式主题:相约花海时间:2023年5月6日", 2023) == "2023-05-06"
    assert field_day("工作时间：每周一至周五", 2023) is None                 # no day: nothing read


def _targets(text: str) -> list[tuple[float, str, str | None]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024, relaxed=True)]


def test_one_joined_to_above_is_a_floor():
    assert _targets("各社区至少设立一名以上的专职网格员") == [(1.0, "名", ">=")]
    assert _targets("向每位居民发放一份以上宣传资料，每户张贴一条以上标语") == [(1.0, "条", ">=")]
    assert _targets("设立一名专管员") == []     # near miss: 一名 with no comparison word, no verb of aim
    assert _targets("由一个以上级部门牵头") == []               # 以上级: no band


def test_sampling_rate_without_comparison_word_is_the_works_own_number():
    # (Round 58 rulings, turning round 36's norm on x124_01: the share a body checks is its own number of work)
    assert _targets("企业数量小于50家的，按5%抽查") == [(50.0, "家", "<"), (5.0, "%", None)]
    assert _targets("按照总数的5%进行抽检") == [(5.0, "%", None)]
    assert _targets("抽查比例不低于5%") == [(5.0, "%", ">=")]     # near miss: a comparison word makes it a target
    assert _targets("受让方按土地收益的20%缴纳调节金") == [(20.0, "%", None)]   # a payment's rate stays


def test_sending_to_an_event_committee_is_an_undated_duty():
    from desktop.core.parse.duties import find_duties
    got = find_duties("各参赛单位确定一名联络员，名单上报至本届比赛组委会秘书处。", 2024)
    assert [(d.due, d.every) for d in got] == [(None, None)]
    assert find_duties("比赛由组委会负责评审。", 2024) == []


def test_span_year_from_the_document_number_when_the_plan_writes_none():
    from desktop.core.model import Task
    from desktop.core.parse.activity_spans import date_activity_items
    tasks = [Task(path=["二"], number="1", title="街道负责现场管理", text="街道办事处负责现场管理。")]
    date_activity_items(tasks, "活动时间要求:划龙舟时间为:6月14日—6月19日\n(二)职能分工:\n", None, "某办〔2019〕5号")
    assert tasks[0].deadline == "2019-06-19"
    tasks = [Task(path=["二"], number="1", title="街道负责现场管理", text="街道办事处负责现场管理。")]
    date_activity_items(tasks, "活动时间要求:划龙舟时间为:6月14日—6月19日\n", None, "")
    assert tasks[0].deadline is None                 # near miss: no year anywhere, nothing read
