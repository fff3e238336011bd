"""Round 41 (p41c): doers in regulation articles and 意见 items the sentence reader passed over —
a 联动 partner after a lead, a 协同 partner in a sentence of its own after the article's doers,
「A承担…的推进」, 「A作为属地责任单位应…」, an article opening with its scope 「按照…开展…的，A应当…」,
the next step 「验收合格的，由B出具…」 — and a fine's scale in Chinese numerals read as no target.
Made-up texts written the way such articles are printed, each with the near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.worded_measures import cn_measures


def test_a_partner_that_joins_after_the_lead_is_responsible():
    text = "区建管委牵头，各街镇联动，切实加强对沿街违法搭建的整治。"
    assert doer_units(text) == (["区建管委"], ["区建管委", "各街镇"])


def test_a_joint_mechanism_and_a_lone_joiner_name_no_partner():
    assert doer_units("区建管委牵头，建立区镇联动，切实加强整治。") == (["区建管委"], ["区建管委"])
    assert doer_units("各街镇联动，切实加强对沿街违法搭建的整治。") == ([], [])


def test_a_cooperating_sentence_after_the_articles_doers_adds_them():
    text = ("区水务局负责本办法的组织实施。各街镇负责辖区内河道的日常管理。"
            "财政、规划资源、城管执法等部门在各自职责范围内，协同实施本办法。")
    assert doer_units(text)[1] == ["区水务局", "各街镇", "财政、规划资源、城管执法等部门"]


def test_a_cooperating_clause_in_the_doers_sentence_or_alone_names_none():
    # (Round 39 rulings: 「A协同推进…」 with no partner names no doer)
    text = "区水务局负责河道保洁，各街镇负责巡查，管委会相关处室按照职责分工协同推进相关工作。"
    assert doer_units(text)[1] == ["区水务局", "各街镇"]
    assert doer_units("区财政局协同推进资金保障工作。") == ([], [])


def test_taking_on_the_works_progress_designates_the_body():
    assert doer_units("区征收事务中心承担具体日常事项的推进。")[1] == ["区征收事务中心"]
    assert doer_units("区征收事务中心承担相关费用。") == ([], [])


def test_a_body_named_the_local_accountable_unit_is_a_doer():
    text = "区规划资源局负责日常巡查。相关镇人民政府、街道办事处作为属地责任单位应及时制止违法用地行为。"
    assert doer_units(text)[1] == ["区规划资源局", "相关镇人民政府", "街道办事处"]


def test_an_articles_opening_scope_keeps_its_subject():
    text = "按照本办法规定开展既有建筑节能改造的，业主单位应当履行主体责任，组织编制改造方案。"
    assert doer_units(text)[1] == ["业主单位"]


def test_a_breach_or_a_contingency_stays_a_case():
    assert doer_units("违反本办法规定开展改造的，业主单位应当实施整改。") == ([], [])
    assert doer_units("确需调整的，由区住建委负责。") == ([], [])


def test_the_step_after_the_work_passes_is_the_next_doers():
    text = "建设单位应当组织专项验收。验收合格的，由区能效中心出具验收报告。"
    assert doer_units(text)[1] == ["建设单位", "区能效中心"]


def test_the_step_after_a_failure_stays_a_case():
    text = "建设单位应当组织专项验收。验收不合格的，由区住建委责令整改。"
    assert doer_units(text)[1] == ["建设单位"]


def test_a_fines_scale_in_chinese_numerals_is_no_target():
    assert cn_measures("逾期不改正的，处二万元以上十万元以下的罚款。", None) == []
    assert cn_measures("情节严重的，并处五万元以下的罚款。", None) == []


def test_a_sum_to_reach_in_chinese_numerals_stays_a_target():
    got = cn_measures("对符合条件的项目给予不超过五十万元的补贴。", None)
    assert [(t.value, t.unit) for t in got] == [(50.0, "万元")]


def test_fines_in_a_regulation_give_no_target():
    text = ("上海市某某管理条例\n第一条　为了加强管理，制定本条例。\n"
            "第二条　市住房城乡建设管理部门负责本条例的组织实施。\n"
            "第三条　违反本条例规定，相关单位未按照要求报送数据的，由市住房城乡建设管理部门责令限期改正；逾期不改正的，"
            "处一万元以上五万元以下的罚款。\n")
    tasks = parse_text(text).tasks
    assert any("罚款" in t.text for t in tasks)
    assert all(not t.targets for t in tasks)


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


WORK_LEAD_IN = """关于加强商业用地全周期管理的若干意见

第一条(目的)
为加强商业用地全周期管理，制定本意见。

第二条(组织保障)
由区商务委牵头，会同有关部门落实商业用地全周期管理有关要求，协调各部门工作开展。各部门分工及职责如下：

1.区商务委、区科委、区投促办等产业、招商部门负责组织实施商业用地的项目准入等工作。

2.区财政局负责土地出让收支管理等工作。

3.区消防救援支队、区卫健委等部门按照各自职责，做好项目建设环节中涉及的有关审批事项。

第三条(履约监管)
由区商务委牵头，会同有关部门开展履约监管。主要任务如下：

1.区商务委、区科委、区投促办等产业、招商部门负责组织实施项目准入。

2.区消防救援支队、区卫健委等部门按照各自职责，做好有关审批事项。

3.定期公开履约监管信息。
"""


def test_bodies_under_a_work_lead_in_are_the_items_units():
    units = _units(WORK_LEAD_IN)
    assert units["2.1"] == ([], ["区商务委", "区科委", "区投促办"])
    assert units["2.3"] == ([], ["区消防救援支队", "区卫健委"])


def test_under_a_lead_in_of_tasks_the_article_lead_in_still_fills_in():
    # rule 4: a section's lead-in gives units only to items that name none of their own — 3.3 names no doer; 3.1 names
    # its own by rule 2 (「A、B、C等产业、招商部门负责组织实施…」, read since p41e's field tail) and keeps them
    units = _units(WORK_LEAD_IN)
    assert units["3.3"] == (["区商务委"], ["有关部门"])
    assert units["3.1"] == ([], ["区商务委", "区科委", "区投促办"])


def test_the_subject_is_carried_over_its_own_time_to_its_verb():
    text = "区水务局在控制性详细规划编制阶段，就排水防涝要求进行征询，落实雨水调蓄设施建设内容。"
    assert doer_units(text)[1] == ["区水务局"]


def test_the_subject_is_carried_to_a_later_lead():
    text = "区征收事务中心健全储备地块的管理制度，牵头完善本区储备地块临时使用的规则。"
    assert doer_units(text) == (["区征收事务中心"], ["区征收事务中心"])


def test_no_subject_is_carried_past_a_pivot_a_case_or_another_subject():
    assert doer_units("区教育局督促各学校，牵头完善安全制度。") == ([], [])
    assert doer_units("区教育局在开学前，确需调整的，落实安全检查。") == ([], [])
    assert doer_units("区教育局在开学前，各学校落实安全检查。")[1] == ["各学校"]
