"""Round 69 (p69h): the readings "Round 98 rulings" and "Round 100 rulings" turned, which the parser owed.

- A dated clause saying the whole work done 「…前，全面完成…」 and a later date that only opens a check back on it
  「…前，开展“回头看”」: the work's date is the item's deadline (Round 98, governs — plans-dev 11), in
  ``task_dates.work_end`` and ``steps_end`` — not a 回头看 itself completed 「…前完成“回头看”」 nor one after a step
  that is no whole work 「…前，完成排查」 (round 34's latest stands).
- A report handed in within its time as a clause's only act 「调查组应当自…之日起30日内提交认定报告；」: a sending,
  no doer (Round 98, confirmed x353_02 第十七条), in ``role_subjects._SENDS`` — not with an act of its own after it
  「…内提交…报告并留存一份」 (w51c) nor the work itself 「…内完成调查工作」.
- An item under a lead-in that places the work with several bodies 「由居委、物业公司落实…，具体工作如下：」 which
  opens with some of them as its own subject 「（1）物业公司要及时…」: its verb decides, none by a verb outside rule
  2 (Round 100, governs — plans-dev 12 三/（一）/1/（1）), in ``lead_in_units._picks_own`` — not an item naming no
  subject, nor one printing all the lead-in's bodies again.
- A unit-colon label in an article's duty list whose text names a partner by 配合
  「（二）区建管委：负责…；区重大办配合做好…」: the label leads, the partner responsible with it (Round 98, turned
  x113_02 第四条/（二）), in ``unit_headings`` — not where the label's body itself 配合 others
  「…，配合各职能部门开展…」.
- A subject carried to a later clause's 实施 after a rule it follows 「A要依据…等规定，联合对…实施重点监管」 (联合
  with no partner an adverb) and 「A、B和C应按照…对…加强监管，…，并按《…细则》实施惩戒」 (Round 100, turned x62_03
  二/（五）, x65_01 二/（三）), in ``sentence_units._ON_LATER`` and ``subject_runs.RULE_THEN`` — not a subject whose
  only verbs are outside rule 2's list 「A要…加强监管」.
- A class of the work's objects by what its party is 「…属于国有企业的，由其所属的国有企业（集团）组织调查」 after a
  rule that gave the work to another body 「…由燃气企业组织调查；」: the class's agent named too (x353_02 第八条:
  Round 83's x313_01 第四条, Round 94's 「对X的，由A」; the name after the 的-phrase, rounds 32, 38), in
  ``case_clauses._CHARGED_INSTEAD`` and ``name_edges.AGENT_DESCRIBED`` — not an event 「发生…的」, a contingency of
  the same work.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _first_deadline(item: str) -> str | None:
    plan = parse_text(f"2025年某镇隐患整治方案\n一、任务\n（一）整治隐患。{item}（镇安办负责）\n"
                      "（二）加强宣传。（镇宣传办负责）\n")
    return plan.tasks[0].deadline


@pytest.mark.parametrize(("item", "deadline"), [
    ("2025年5月底前，全面完成隐患清理；2025年8月前，组织开展清理“回头看”，确保整改到位。", "2025-05-31"),
    ("2025年6月底前，基本完成管线更新。2025年9月前，开展“回头看”。", "2025-06-30"),
])
def test_a_check_back_after_the_whole_work_done_is_no_deadline(item, deadline):
    assert _first_deadline(item) == deadline


@pytest.mark.parametrize(("item", "deadline"), [
    ("2025年5月底前，全面完成隐患清理；2025年8月底前完成“回头看”。", "2025-08-31"),    # the check back completed
    ("2025年5月底前，完成隐患排查；2025年8月前，开展“回头看”。", "2025-07-31"),         # no whole work done
    ("2025年5月底前，全面完成隐患清理；2025年9月底前，建立长效机制。", "2025-09-30"),   # a later step of work
])
def test_the_latest_date_stands_otherwise(item, deadline):
    assert _first_deadline(item) == deadline


_RULES = ("某区危险废物认定办法\n第一条  为规范认定工作，制定本办法。\n第二条  本办法适用于本区的认定工作。\n"
          "第三条  区环保局应当在受理申请之日起十个工作日内成立核查组启动核查工作。\n{article}\n"
          "第九条  区生态环境局应当定期开展土壤监测。\n第十条  本办法自2025年1月1日起施行。\n")


def _article_units(article: str, number: str = "4") -> list[str]:
    plan = parse_text(_RULES.format(article=article))
    task = next(t for t in plan.tasks if t.number == number or t.path[:1] == [number])
    return [*task.lead_units, *(u for u in task.responsible_units if u not in task.lead_units)]


def test_a_report_handed_in_within_its_time_names_none():
    assert _article_units("第四条  核查组应当自受理之日起30日内提交认定报告；情况复杂的，经区环保局同意，"
                          "可以延长30日。") == []


@pytest.mark.parametrize("article", [
    "第四条  核查组应当在30日内提交认定报告并留存一份。",      # an act of its own after the sending (w51c)
    "第四条  核查组应当在30日内完成核查工作。",                # the work itself
])
def test_a_groups_own_work_in_its_time_still_names_it(article):
    assert _article_units(article) == ["核查组"]


_LEAD_IN = ("2024年某街道垃圾整治方案\n一、主要任务\n（一）源头管控\n"
            "1.住宅小区由社区、物业企业落实日常管理，具体工作如下：\n（1）{first}\n（2）{second}\n"
            "2.商业街区由街道城管中队负责管理。\n二、保障措施\n（一）加强领导。街道办负责统筹。\n")


def _lead_in_units(first: str, second: str = "定期开展联合巡查，做好记录。") -> list[list[str]]:
    plan = parse_text(_LEAD_IN.format(first=first, second=second))
    return [t.lead_units + t.responsible_units for t in plan.tasks if t.path[-1:] == ["1"] and t.number in "12"]


def test_an_item_picking_one_of_its_lead_ins_bodies_names_it_only_by_its_own_verb():
    got = _lead_in_units("物业企业要及时向装修户发放告知书，做好登记。")
    assert got[0] == []                                  # 发放 / 做好: outside rule 2's list
    assert sorted(got[1]) == ["物业企业", "社区"]          # (2) names none: the lead-in's bodies


def test_an_item_printing_all_its_lead_ins_bodies_keeps_them():
    got = _lead_in_units("社区、物业企业要加强小区环境巡查。")
    assert sorted(got[0]) == ["物业企业", "社区"]


_DUTIES = ("某区建筑垃圾管理办法\n第一条  为加强管理，制定本办法。\n第二条  本办法适用于本区。\n第三条（部门职责）\n"
           "（一）区城管局：负责建筑垃圾处置的监督管理，组织开展联合检查。\n"
           "（二）区住建委：负责施工工地的源头管理，督促建设单位规范处置建筑垃圾；{tail}\n"
           "（三）区交通委：负责运输车辆的行业管理。\n第四条  本办法自2025年1月1日起施行。\n")


def _duty_units(tail: str) -> tuple[list[str], list[str]]:
    plan = parse_text(_DUTIES.format(tail=tail))
    task = next(t for t in plan.tasks if t.number == "二")
    return task.lead_units, task.responsible_units


def test_a_partner_by_peihe_in_an_articles_unit_colon_item_is_responsible():
    lead, resp = _duty_units("区建设中心配合做好重大工程渣土消纳工作。")
    assert lead == ["区住建委"] and resp == ["区建设中心"]


def test_the_labels_body_assisting_others_adds_none():
    lead, resp = _duty_units("配合区城管局开展执法检查。")
    assert lead == [] and resp == ["区住建委"]


@pytest.mark.parametrize(("text", "units"), [
    ("区市场监管局、区生态环境局要依据《产品质量法》等规定，联合对检测机构实施重点监管。",
     ["区市场监管局", "区生态环境局"]),
    ("区交通执法大队、区运管中心和各街镇应按照《失信清单》对检测机构加强监管，将失信单位列入名单，"
     "并按《失信管理细则》实施惩戒。", ["区交通执法大队", "区运管中心", "各街镇"]),
])
def test_a_subject_carried_to_a_later_shishi_after_its_rule(text, units):
    assert doer_units(text, frozenset())[1] == units


@pytest.mark.parametrize("text", [
    "区市场监管局要依据《产品质量法》等规定，加强对检测机构的监管。",
    "区交通执法大队应按照《失信清单》对检测机构加强监管，将失信单位列入名单。",
])
def test_a_subject_with_no_rule_2_verb_names_none(text):
    assert doer_units(text, frozenset())[1] == []


def test_a_class_of_the_works_party_answered_by_its_own_body():
    text = "一般事故由燃气企业组织调查；事故发生单位属于国有企业的，由其所属的国有企业（集团）组织调查。"
    assert doer_units(text, frozenset())[1] == ["燃气企业", "国有企业（集团）"]


def test_an_event_after_the_rule_adds_none():
    text = "一般事故由燃气企业组织调查；发生人员伤亡的，由区应急局组织调查。"
    assert doer_units(text, frozenset())[1] == ["燃气企业"]
