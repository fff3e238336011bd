"""Round 94 rulings (p66g): a notice's own point that holds nothing but the plan's office keeping track of the
plan (月调度、季通报…, 通报 of units that lag) is no task; a point that gives the units work beside it stays one.
The duties of a cover's reporting point: its heading 「二、按时报送情况」 is no duty, a liaison sent to an office
named with its seat in brackets is due by its day, and 「以上报送时间遇节假日提前」 moves the sendings before it
(their text), no duty of its own. Made-up texts."""

from __future__ import annotations

from desktop.core.deadlines import says_earlier
from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.office_oversight import office_tracking_only

ROWS = [
    ("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
    ("1", "改造老旧小区供水管网45公里。", "区水务局", "各街道办事处", "2026年10月底"),
    ("2", "新建口袋公园12个。", "区园林局", "区住建局", "2026年11月底"),
    ("3", "完成背街小巷整治80条。", "区城管局", "各街道办事处", "2026年12月底"),
]
TABLE = "青禾区2026年城市更新重点任务清单"


def _notice(points: list[str]) -> str:
    return "\n".join(["青禾区人民政府办公室关于印发青禾区2026年城市更新重点任务清单的通知",
                      "现将《" + TABLE + "》印发给你们，请认真组织实施。现就有关事项通知如下：", *points,
                      "附件：" + TABLE, "青禾区人民政府办公室", "2026年2月3日", "附件", TABLE,
                      *("\t".join(r) for r in ROWS)])


WORK = "一、抓好任务落实。各牵头单位要对照任务清单，制定推进计划，明确责任人和完成时限；各配合单位要主动对接。"
SEND = ("二、按时报送进展。各牵头单位要确定1名联络员，于3月10日前报区城市更新工作领导小组办公室（设在区住建局）。"
        "各牵头单位每月10日前报送上月推进情况；7月5日前报送半年工作小结；12月5日前报送年度工作总结。")
TRACK = "三、加强跟踪问效。区城市更新工作领导小组办公室实行“周调度、月通报、季考评”，对进度滞后的单位进行约谈。"


def test_a_point_of_the_offices_own_tracking_is_no_task():
    plan = parse_text(_notice([WORK, SEND, TRACK]))
    keys = [t.key for t in plan.tasks]
    assert keys == ["一", "二", "附件.1", "附件.2", "附件.3"]
    assert plan.tasks[1].targets[0].value == 1


def test_a_point_that_gives_the_units_work_beside_the_offices_rhythm_stays_a_task():
    # near miss: the units told to keep their own pace beside the office's 「月度盘点」
    mixed = "三、加强跟踪问效。各牵头单位要紧盯序时进度，加强调度推进，及时解决问题。实行“月度盘点+季度研判”动态管理。"
    plan = parse_text(_notice([WORK, SEND, mixed]))
    assert [t.key for t in plan.tasks][:3] == ["一", "二", "三"]


def test_the_offices_tracking_read_alone():
    assert office_tracking_only("区城市更新工作领导小组办公室实行“周调度、月通报、季考评”，对进度滞后的单位进行约谈。")
    assert office_tracking_only("县政府督查室定期对各项任务开展督查，督查结果在全县通报。")
    # near misses: the units' own work, the office given work that is not tracking, a sentence led by the units
    assert not office_tracking_only("各单位要加强调度，实行“月度盘点”。")
    assert not office_tracking_only("区领导小组办公室负责制定考核办法，组织开展业务培训。")
    assert not office_tracking_only("区领导小组办公室实行“月调度”。各牵头单位每月10日前报送推进情况。")


def test_a_reporting_points_heading_is_no_duty():
    duties = find_duties(SEND, 2026)
    assert all(not d.text.startswith("二、") for d in duties)
    # on a line of its own over the sentence that asks
    duties = find_duties("二、按时报送进展\n各牵头单位每月10日前报送上月推进情况。", 2026)
    assert [(d.kind, d.every) for d in duties] == [("other", "month")]
    # near miss: a heading that is a rhythm of its own stays read
    duties = find_duties("（二）每季度召开一次推进会。各牵头单位参加。", 2026)
    assert any(d.every == "quarter" for d in duties)


def test_a_liaison_sent_to_an_office_with_its_seat_in_brackets_is_due_by_its_day():
    duties = find_duties(SEND, 2026)
    liaison = [d for d in duties if d.kind == "liaison"]
    assert len(liaison) == 1 and liaison[0].due == "2026-03-10"
    assert [(d.kind, d.due, d.every) for d in duties] == [
        ("liaison", "2026-03-10", None), ("other", None, "month"), ("half_year_summary", "2026-07-05", None),
        ("year_end_report", "2026-12-05", None)]
    # near miss: a clause sending a material of its own by a day stays a duty of its own
    duties = find_duties("各乡镇要确定1名联络员，于4月30日前将排查情况报县应急局（设在县政府大楼）。", 2026)
    assert any(d.kind == "other" and d.due == "2026-04-30" for d in duties)


def test_a_holiday_rule_after_the_sendings_moves_them_and_is_no_duty():
    text = SEND + "以上报送时间遇节假日提前。"
    duties = find_duties(text, 2026)
    assert not any(d.text.startswith("以上") for d in duties)
    assert [d.kind for d in duties] == ["liaison", "other", "half_year_summary", "year_end_report"]
    assert all(says_earlier(d.text) for d in duties)
    # in a paragraph of its own after them
    duties = find_duties("各单位每季度末报送工作进展情况。\n如遇法定节假日则提前至节前最后一个工作日。", 2026)
    assert len(duties) == 1 and says_earlier(duties[0].text)
    # 顺延: the days wait, as the default does — the rule is still no duty
    duties = find_duties("各单位每月10日前报送推进情况。报送日期遇节假日顺延。", 2026)
    assert len(duties) == 1 and not says_earlier(duties[0].text)


def test_a_sending_with_its_own_day_and_a_holiday_rule_stays_one_duty():
    # near miss: the rule inside the sending's own sentence — the sentence is the duty
    duties = find_duties("各单位每月10日前报送推进情况，遇节假日提前报送。", 2026)
    assert len(duties) == 1 and duties[0].every == "month" and says_earlier(duties[0].text)
    # a sentence about rest days that moves no sending is no rule of the sendings
    duties = find_duties("各单位每月10日前报送推进情况。节假日期间值班人员要提前到岗。", 2026)
    assert len(duties) == 1 and not says_earlier(duties[0].text)
