"""Round 41's review of the parser change (a read-only reviewer): wrong results the round's new readers give on
near misses written in the style of real plans, and one reader that went quadratic. Each test fails on fbfd516a."""

from __future__ import annotations

from desktop.core.parse import parse_text, worded_targets


def _tasks(text: str) -> dict:
    return {t.key: t for t in parse_text(text).tasks}


QUARTER_FOUND = """2021年某区安全生产专项整治工作方案
一、工作任务
1、针对在今年一季度检查中发现的问题，区应急局组织开展整改。
"""


def test_a_quarter_that_names_when_problems_were_found_is_no_deadline():
    # dates._AIMED 「(?:于|在)(?:今年|本年度?)」 (p41 6a8723bc) was written for 「于今年一季度开展…」
    assert _tasks(QUARTER_FOUND)["一.1"].deadline is None


JOINED_IN_OBJECT = """2021年某区老旧小区改造工作方案
一、工作任务
1、区住建委要加强对街道牵头并负责实施的老旧小区改造项目的监督。
"""


def test_a_joined_verb_inside_the_object_is_not_the_subjects():
    # subject_runs.JOINED_DO: 「并负责实施的…项目」 is the 街道's work described, not 区住建委's joined verb
    assert _tasks(JOINED_IN_OBJECT)["一.1"].responsible_units == []


LEAD_NOUN = """2021年某区重点项目推进工作方案
一、工作任务
1、区住建委完善考核办法，牵头单位每月报送进展情况。
"""


def test_a_later_clause_opening_with_the_noun_lead_unit_makes_no_lead():
    # article_doers._LATER_VERB's (牵头) matches 「牵头单位每月报送」, a noun subject, not the carried subject's 牵头
    assert _tasks(LEAD_NOUN)["一.1"].lead_units == []


RULES_IN_FORCE = """某区农村生活垃圾收运管理办法
第一条 为规范农村生活垃圾收运管理，根据有关规定，制定本办法。
第二条 区城管局负责全区农村生活垃圾收运的监督管理。
第三条 各镇政府负责辖区内垃圾收集点的日常管理。
第四条 区财政局负责落实收运经费。
第五条 本办法自印发之日起实施，至2025年12月31日止。
"""


def test_how_long_rules_stay_in_force_dates_no_standing_duty():
    # activity_spans._ISSUED_SPAN (2ce7f8ff) says 「not 有效期 windows」 but takes 「本办法自印发之日起实施，至…止」
    tasks = _tasks(RULES_IN_FORCE)
    assert tasks["2"].deadline is None and tasks["3"].deadline is None


STRATEGIES = """2021年某县经济工作要点
一、深入实施乡村振兴战略
全面推进高标准农田建设，新建高标准农田2万亩，完成农村人居环境整治任务。
二、大力实施创新驱动发展战略
新增高新技术企业20家，研发投入增长10%，建设科技孵化器3个。
三、加快推进新型城镇化
（一）完成老旧小区改造30个。
（二）新建城市道路5公里。
四、扎实推进生态文明建设
（一）完成造林1万亩。
（二）新建污水处理厂1座。
"""


def test_a_section_headed_by_carrying_out_a_strategy_is_work():
    # task_choice._SAFEGUARD_HEADING's 战略$ (28d21d16, for a noun heading 「二、发展策略」) drops 「实施…战略」
    tasks = _tasks(STRATEGIES)
    assert "一" in tasks and "二" in tasks
    assert [t.value for t in tasks["一"].targets] == [20000.0]


HOSTED_GAME = """2021年某县全民健身月活动方案
一、活动内容
（一）区体育局组织开展广场舞比赛。
（二）区教育局组织开展中小学生运动会。
二、举办全县职工篮球赛
由县体育局承办。
三、工作要求
各单位要高度重视，确保活动安全。
"""


def test_a_point_headed_by_its_own_event_and_its_host_is_a_task():
    # section_kinds.event_field_points' _HOSTS reads the text alone: a point headed by work 「举办…篮球赛」 is no
    # plan-level 「组织领导」 field (base: a task, 县体育局 its lead)
    tasks = _tasks(HOSTED_GAME)
    assert "二" in tasks and tasks["二"].lead_units + tasks["二"].responsible_units == ["县体育局"]


PAST_EDITION = """2021年某区全民健身活动方案
一、工作任务
1、上届比赛于8月11日在红星街道办事处举办，今年各街道要认真总结经验，做好赛事组织工作。
"""


def test_the_day_a_past_edition_was_held_is_no_deadline():
    # activity_spans._HELD_DAY, ungated from the activity span (0313c253): 上届…于8月11日在…举办 is history
    assert _tasks(PAST_EDITION)["一.1"].deadline is None


QUOTED_INDEX = """2021年某区城市更新工作方案
一、工作任务
1、区规划局按照《关于容积率不低于2.0的工业用地管理办法》开展用地清理。
"""


def test_an_index_bar_inside_a_quoted_title_is_no_target():
    # ratio_targets.index_bars reads inside 《》; the other target readers leave a quoted title's figures out
    assert _tasks(QUOTED_INDEX)["一.1"].targets == []


def test_clause_of_a_count_stays_linear_on_run_together_floors(monkeypatch):
    # worded_targets._clause_of(…, at) walks every clause of the sentence for each count: N counts × N clauses
    seen = {"n": 0}
    real = worded_targets._sentence_clauses

    class Counted(tuple):
        def __iter__(self):             # (how many clauses the readers walk, not how many there are)
            for c in tuple.__iter__(self):
                seen["n"] += 1
                yield c

    monkeypatch.setattr(worded_targets, "_sentence_clauses", lambda sentence: Counted(real(sentence)))

    def work(n: int) -> int:
        seen["n"] = 0
        worded_targets._cn_counts("至少每季度组织大检查一次，" * n, None)
        return seen["n"]

    small, big = work(200), work(400)
    assert big <= 3 * small, (small, big)       # linear: about 2×; quadratic: 4×
