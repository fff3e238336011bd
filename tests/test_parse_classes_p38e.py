"""Round 38 (p38e), targets and dates: made-up snippets written the way plans write.

1. Floors in Chinese numerals joined to the line (round 30): 「每20公里配备不少于一名巡查员」 (the bar over the
   per-measure basis), 「频次不低于每半年一次」 (the bar before the rhythm), 「宽度不少于三十米」
   「中断二十分钟以上的」 (measures).
2. A window counted from an event 「在24小时内处置」「开具后的15个自然日内缴纳」 is the item's deadline rule, no target
   (round 33/34); a quoted name opening with a time 「“12小时不打烊”」 is none either.
3. A class named by a size 「5000吨级以上泊位」 is no target (round 34).
4. Dated steps after 「；」 「2024年，启动…；2025年，…；2026年，…」: the last step's year ends the work (round 34).
5. 「三、活动时间与地点」 over 「- 时间:5月10日至5月20日」: the span's end is the items' deadline; a preamble's
   「…将从3月1日开始,4月10日结束」 is the campaign's span (round 37).
Near misses that must not change: a norm with no bar 「每个村配备一名保洁员」, a rhythm with no bar
「每年组织一次演练」, a distance with no word of the line 「两侧三十米范围」, 「不超过24小时」 and 「2小时以内到场」
(targets), 「新建5万吨级泊位5个」 beside a class, a start alone 「从6月1日起」.
"""

from desktop.core.parse.activity_spans import activity_span_end, campaign_end
from desktop.core.parse.targets import find_targets
from desktop.core.parse.task_dates import steps_end


def _read(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024, relaxed=True)]


def test_floor_over_a_per_measure_basis():
    assert _read("每20公里道路应当配备不少于一名专职巡查员，做到全覆盖。") == [(1.0, "名", ">=")]
    assert _read("每个村配备一名保洁员。") == []


def test_floor_before_a_rhythm():
    assert _read("对重点单位开展抽样检测，频次不低于每半年一次，结果报区环保局。") == [(1.0, "次", ">=")]
    # (w52d: Round 60 rulings, turned (rounds 49, 58 over w51d's scope): a rhythm's events are the item's own number)
    assert _read("每年组织一次应急演练。") == [(1.0, "次", None)]


def test_measures_in_chinese_numerals():
    assert _read("新建医院应当建设宽度不少于三十米的隔离绿带。") == [(30.0, "米", ">=")]
    assert _read("因故障中断运营二十分钟以上的，运营单位应当向社会公告。") == [(20.0, "分钟", ">=")]
    assert _read("河道两侧三十米范围内禁止堆放杂物。") == []


def test_windows_from_an_event():
    assert _read("发现漏水的须4小时内止水；管道破损的，在24小时内修复。") == []
    assert _read("缴纳期限为通知书开具后的15个自然日内。") == []
    assert _read("开设“12小时不打烊”自助服务区。") == []
    assert _read("接报后不超过24小时完成处置。") == [(24.0, "小时", "<=")]
    assert _read("维修人员在2小时以内到场。") == [(2.0, "小时", "<=")]


def test_class_named_by_size():
    assert _read("推进5000吨级（含）以上泊位岸电设施建设。") == []
    assert _read("新建5万吨级泊位5个。") == [(5.0, "个", None)]


def test_dated_steps_after_semicolons():
    text = ("在已完成试点的基础上，2024年，启动平台建设；2025年，完成与周边城市互联；"
            "2026年，继续扩大适用范围。")
    assert steps_end(text, 2024) == "2026-12-31"
    assert steps_end("2024年，启动平台建设，逐步扩大范围。", 2024) is None


def test_span_under_time_and_place():
    text = "三、活动时间与地点\n\n- 时间:2023年5月10日至5月20日\n\n- 地点:区文化馆广场\n"
    assert activity_span_end(text, 2023) == "2023-05-20"
    # (one day is the activity's one-day span: Round 42 rulings, continued — p41q turned this near miss)
    assert activity_span_end("三、活动时间与地点\n- 时间:2023年5月20日上午9:00\n", 2023) == "2023-05-20"


def test_campaign_days_in_the_preamble():
    assert campaign_end("2023年春季行动将从3月1日开始,4月10日结束,共计41天。", 2023) == "2023-04-10"
    assert campaign_end("本次行动从6月1日起在全镇开展。", 2023) is None


def test_near_misses_aims_and_bands():
    assert _read("全市工程建设项目审批时间缩短至80个工作日内。") == [(80.0, "个工作日", None)]
    assert _read("开展15米以上级大直径盾构装备研发。") == [(15.0, "米", ">=")]
