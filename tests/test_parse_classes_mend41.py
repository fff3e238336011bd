"""Round 41's mend of the review's findings: the near misses each narrowed rule must still read (what must still
fire), next to the review's own tests (test_parse_classes_review41.py)."""

from __future__ import annotations

from desktop.core.parse import parse_text, worded_targets
from desktop.core.parse.task_choice import _SAFEGUARD_HEADING


def _tasks(text: str) -> dict:
    return {t.key: t for t in parse_text(text).tasks}


STILL_READ = """2021年某区安全生产专项整治工作方案
一、工作任务
1、区应急局于今年一季度开展集中整治。
2、区住建委应研究制定老旧小区改造方案并负责实施。
3、区住建委完善考核办法，牵头完善考核细则。
4、区规划局严格执行工业用地容积率不低于2.0的要求。
"""


def test_the_narrowed_readers_still_read_their_own_forms():
    tasks = _tasks(STILL_READ)
    assert tasks["一.1"].deadline == "2021-03-31"                 # 于今年一季度开展集中整治: 集中 is no 在…中
    assert tasks["一.2"].responsible_units == ["区住建委"]         # 并负责实施 with no 的: the subject's own
    assert tasks["一.3"].lead_units == ["区住建委"]                # 牵头完善: the verb, not 牵头单位
    assert [(t.value, t.comparator) for t in tasks["一.4"].targets] == [(2.0, ">=")]   # a bar outside 《》


CAMPAIGN_FROM_ISSUE = """2021年某区秋冬季专项整治工作方案
本次专项整治自本方案印发之日起开展，至2021年11月30日结束。
一、工作任务
1、区城管局负责清理占道经营。
2、区市场监管局负责检查食品安全。
"""


def test_a_campaign_span_from_the_plans_issue_still_dates_its_items():
    tasks = _tasks(CAMPAIGN_FROM_ISSUE)
    assert tasks["一.1"].deadline == "2021-11-30" and tasks["一.2"].deadline == "2021-11-30"


HOSTS_POINT = """2021年某县全民健身月活动方案
一、活动内容
（一）区体育局组织开展广场舞比赛。
（二）区教育局组织开展中小学生运动会。
二、组织领导
本次活动由县委宣传部主办，县体育局承办。
三、工作要求
各单位要高度重视，确保活动安全。
"""


def test_a_point_headed_as_organisation_that_names_the_hosts_is_still_no_task():
    assert "二" not in _tasks(HOSTS_POINT)


THIS_EDITION = """2021年某区全民健身活动方案
一、工作任务
1、8月11日在红星街道办事处举办全区篮球比赛，各街道要认真做好赛事组织工作。
"""


def test_the_day_this_edition_is_held_still_dates_it():
    assert _tasks(THIS_EDITION)["一.1"].deadline == "2021-08-11"


def test_a_noun_heading_of_strategy_or_approach_is_still_no_task():
    assert _SAFEGUARD_HEADING.search("发展策略") and _SAFEGUARD_HEADING.search("总体思路")
    assert not _SAFEGUARD_HEADING.search("深入实施乡村振兴战略")


def test_each_count_still_gets_its_own_clause():
    # 「…每周巡查一次；…至少每季度组织大检查一次」: the same words twice, each count its own clause (bisected now)
    sentence = "区应急局至少每季度组织大检查一次，各镇至少每季度组织大检查一次"
    texts = [t.text for t in worded_targets._cn_counts(sentence, None)]
    assert texts == ["区应急局至少每季度组织大检查一次", "各镇至少每季度组织大检查一次"]
