"""Round 54 (p54e): figures read as targets that are not, and targets left out.

- A cost band inside a noun naming the class of works a rule puts through a filing
  「投资额在80万元以下的市政工程，实行属地备案」「合同价在300万元及以上的绿化工程，…需办理合同信息报送」 is a class,
  not a target (Round 64 rulings, turned over x95_02's reading: x215_01 第十八条, x95_02 第六条) —
  ``class_figures.reviewer_band``'s procedures. Two bands whose first leaves its noun out
  「…在300万元及以上的和…在80万元及以上的绿化工程」 name one class (``noun_class``).
  Near misses: a band in a condition clause of its own 「…以上的，应当…」 (a trigger), a grant's band, a band a work
  picks with no procedure 「对投资500万元以上的项目开展检查」 (round 30's line as the answers keep it), and a band the
  work builds 「新建…以上的…」 stay targets.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import sentence_targets


def _figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in sentence_targets(sentence, None)]


def test_a_cost_band_naming_works_a_filing_rule_picks_is_no_target():
    assert _figures("工程投资额在80万元以下的市政工程，实行所辖街镇属地备案和开工信息报送制度。") == []
    assert _figures("投资额60万元以下的修缮工程，实行属地备案。") == []
    assert _figures("合同价在300万元及以上的绿化工程，在完成交易后，需办理合同信息报送。") == []


def test_two_bands_sharing_one_noun_are_one_class():
    assert _figures("施工合同价在 300万元及以上的和监理等服务合同价在 80万元及以上的  绿化工程，"
                    "在完成交易后，需办理合同信息报送。") == []
    assert _figures("要对营业面积在600平方米以上的和建筑面积在2000平方米以上的商场开展检查。") == []


def test_near_misses_stay_targets():
    # a condition clause of its own triggers a step
    assert _figures("总投资在1000万元以上的，应当报区政府。") == [(10000000.0, "元")]
    # work on the objects: round 30's line is withdrawn for a money band inside a noun of projects — (Round 66
    # rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects, works,
    # contracts or firms is a class, whatever step follows — no target, the class kept)
    assert _figures("对投资500万元以上的项目开展检查。") == []
    # the work builds the class: each band is its aim
    assert _figures("新建营业面积500平方米以上的和1000平方米以上的商场各2个。")[:2] == [(500.0, "平方米"),
                                                                                    (1000.0, "平方米")]
    # a band closed by 的 in a clause of its own, two of them joined
    assert _figures("营业面积在500平方米以上的和1000平方米以上的，应当报送。") \
        == [(500.0, "平方米"), (1000.0, "平方米")]
    # 办理 with no filing word: not a procedure
    assert _figures("合同价在300万元及以上的绿化工程，应办理竣工验收。") == []    # a class (Round 66)


# (Round 66 rulings, Targets, governs over round 48; Round 68: a money band inside a noun naming projects is
# a class whatever step follows — read since t55b)
def test_a_grant_band_naming_the_projects_an_audit_picks_is_a_class():
    assert _figures("补贴资金200万元及以上的补贴项目，应当开展审计。") == []


def test_a_sentence_of_many_figures_reads_each_once():
    # (sentence_targets looks back a bounded way from each figure, and finds a clause's present spans and a
    # sentence's 《》 once: a clause of thousands of figures costs each figure the same)
    many = " ".join(f"{i}个" for i in range(1, 1501)) + "。"
    assert [t.value for t in sentence_targets(many, None, True)] == [float(i) for i in range(1, 1501)]
    listed = "，".join(f"完成改造{i}个" for i in range(1, 1501)) + "。"
    assert len(sentence_targets(listed, None, True)) == 1500


def test_a_figure_inside_a_quoted_title_is_none_after_a_closed_one_is_read():
    assert _figures("按《规定》要求，完成改造5个。") == [(5.0, "个")]
    assert _figures("按照《5个重点项目实施办法》执行。") == []


# --- duties: a regulated party asked to send by a day of its own (``duty_sentences.regulated_filing``) ---
# A regulated party's standing filing with a regulator 「企业应于每年3月底前向区生态环境局报送…」 is the rules' content,
# no duty (round 32); a one-off dated sending the notice asks of the bodies it tasks 「于5月6日前报…备案」「请各试点企业
# 于8月20日前，报送试点方案」 is a dated duty (round 43 turned; Round 64 rulings, x180_01, confirmed).

def _duties(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.due, d.every) for d in find_duties(text, 2022)]


def test_a_regulated_party_asked_to_send_by_a_day_has_a_dated_duty():
    assert _duties("请各示范企业于9月15日前，报送示范方案、联络人。") == [("2022-09-15", None)]
    assert _duties("各加油站经营企业要在6月30日前将自查表报送区商务委。") == [("2022-06-30", None)]
    assert _duties("各燃气经营企业应按照本通知要求，将整改情况于6月30日前报相应的燃气主管部门备案。") \
        == [("2022-06-30", None)]


def test_a_standing_filing_of_a_regulated_party_stays_no_duty():
    assert _duties("排污企业应于每年3月底前向区生态环境局报送上年度排放情况。") == []
    assert _duties("重点排污单位应当每月报送自行监测数据。") == []


# --- dates: a year naming the work a step builds on (``dates.find_deadlines``, ``date_exclusions.BASE_WORK_AFTER``) ---

def _dates(text: str) -> list[str | None]:
    return [d.date for d in find_deadlines(text, 2019)]


def test_a_year_naming_the_base_the_work_builds_on_is_no_deadline():
    assert _dates("在2019年垃圾分类体系建设基础上，完成500个服务点的提升。") == []
    assert _dates("在2020年的基础上下降10%。") == []


def test_a_year_the_work_is_done_in_stays_a_deadline():
    assert _dates("在2025年完成体系建设，夯实工作基础。") == ["2025-12-31"]
    assert _dates("在2025年底前完成体系建设，在此基础上全面推广。") == ["2025-12-31"]


# --- dates: an item begun after the activity takes no date from the activity's day (``activity_spans.recurring``) ---

_TREES = ("某镇2023年义务植树活动方案\n一、活动时间：2023年3月5日上午9:00\n二、活动地点：镇林场\n三、工作安排\n"
          "（一）整地。在2023年3月1日前完成植树点整地工作，由镇林业站负责。\n"
          "（二）宣传报道。由镇宣传办负责活动影像资料收集和宣传报道工作。\n")


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def test_an_item_begun_after_the_activity_is_not_due_on_its_day():
    got = _deadlines(_TREES + "（三）加强管护。植树活动结束后，由镇林场安排人员负责对所种苗木进行管护。\n")
    assert got["三/一"] == "2023-03-01"
    assert got["三/二"] == "2023-03-05"
    assert got["三/三"] is None


def test_a_last_step_after_the_activity_inside_its_own_work_keeps_the_day():
    got = _deadlines(_TREES + "（三）现场保障。由镇林场负责活动议程、场地布置和安全保卫。"
                              "活动结束后，安排人员清理场地。\n")
    assert got["三/三"] == "2023-03-05"


def test_a_notice_asking_by_one_day_for_the_years_plan_sets_no_yearly_rhythm():
    # 「请于6月29日前，将…年度…方案…报…」: the notice's one-off ask (its 年度 names what is sent)
    assert _duties("请于6月29日前，将三年行动年度集中攻坚任务方案、进展情况报市安委会办公室。") \
        == [("2022-06-29", None)]
    # a yearly rhythm written out stays yearly
    assert _duties("每年度1月15日前报送上年度工作情况。") == [(None, "year")]
