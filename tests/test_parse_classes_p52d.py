"""Round 52 first wave (p52d), units in headed points and task breakdowns read by the sentence reader (rule 2):
a subject carried to a later sentence of its item that opens with a word of stress 「特别是在…时段组织…」 (round 34's
elided subject); 组织人力／人力、物力 (the means mustered, as 组织力量) and 组织＋设立／设置 (the act after 组织's
object); places before one head as a doer after a comma 「A、B街道和C乡,要组织…」 (rounds 31, 41); the level word
本级 kept with the name, as 同级 (Round 47 rulings); levels sharing 各 「各区、县(市)」 one name as printed (round 31).
Made-up texts, near misses beside each."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "关于做好春节期间安全工作的方案\n一、工作目标\n确保节日平安。\n二、工作措施\n"


def responsible(*items: str) -> list[list[str]]:
    text = HEAD + "".join(f"{i + 1}、{item}\n" for i, item in enumerate(items))
    return [t.responsible_units for t in parse_text(text).tasks]


# --- a subject carried to a sentence opened by a word of stress ---------------------------------------------------


@pytest.mark.parametrize("item, units", [
    ("各镇政府、街道办事处要结合实际制定本辖区的工作方案。特别是在节日重点时段组织足够巡查力量,做到每条街有人看守。",
     ["各镇政府", "街道办事处"]),
    ("区市场监管局要制定检查计划。尤其是要组织力量开展夜间巡查。", ["区市场监管局"]),
])
def test_a_sentence_opened_by_a_word_of_stress_takes_the_subject_before_it(item, units):
    assert responsible(item) == [units]


def test_a_stressed_sentence_with_no_rule_two_verb_gives_no_doer():
    # near miss: 加强宣传 is no verb of rule 2; 制定 in the first sentence neither
    assert responsible("各镇政府要制定工作方案。特别是在节日重点时段要加强宣传。") == [[]]


def test_a_stressed_sentence_with_no_subject_before_it_gives_none():
    # near miss: no body opens the item, nothing carries
    assert responsible("要制定工作方案。特别是在节日重点时段组织力量开展巡查。") == [[]]


# --- 组织人力, 组织＋设立, places before one head after a comma ----------------------------------------------------


def test_organising_manpower_is_organising():
    assert responsible("新桥镇要组织人力在路口值守。") == [["新桥镇"]]


def test_places_before_one_head_then_a_comma_organise_and_set_up():
    assert responsible("东湖、南湖街道和西山乡,要组织人力、物力在禁放区边界设立明显标志。") == [
        ["东湖、南湖街道", "西山乡"]]


def test_a_person_after_organising_is_still_no_verb():
    # near miss: 负责人 is a person, not 负责; 组织人员 alone names no act
    assert responsible("项目负责人要认真履职。") == [[]]


def test_organising_a_thing_with_no_act_stays_none():
    # near miss: 组织 with a thing and no act after it (round 31)
    assert responsible("东湖街道,要组织辖区内的广场舞比赛。") == [[]]


# --- 本级, levels sharing 各 ----------------------------------------------------------------------------------------


def test_the_level_word_ben_ji_stays_with_the_name():
    assert responsible("教师服务期满6年,由本级教育行政部门统一安排交流。") == [["本级教育行政部门"]]


def test_ben_ji_finance_alone_is_no_body_read_here():
    # near miss: 本级财政 pays (a cost verb), no doer
    assert responsible("所需经费由本级财政承担。") == [[]]


@pytest.mark.parametrize("item, units", [
    ("各区、县(市)要根据当地财政能力,落实津贴发放标准。", ["各区、县(市)"]),
    ("各县、市、区政府负责组织实施本地的检查。", ["各县、市、区政府"]),
])
def test_levels_sharing_ge_are_one_name_as_printed(item, units):
    assert responsible(item) == [units]


def test_levels_each_with_its_own_bracket_stay_two_names():
    # near miss: 「各县(市)、乡(镇)」 — each level with its own bracket, two names (not the one-name list)
    assert responsible("各县(市)、乡(镇)要组织专家开展现场咨询。") == [["各县(市)", "乡(镇)"]]


# --- designations 「A（依法）对…负首要／主体责任」「A担负（起）主体责任」 (rounds 35, 39; Round 53 decided) -----


@pytest.mark.parametrize("item, units", [
    ("建设单位依法对改造工程的消防设计、施工质量负首要责任,并督促各方落实。", ["建设单位"]),
    ("检测、监理等单位对检测数据负主体责任。", ["检测、监理等单位"]),
    ("各镇政府要切实担负起属地主体责任。", ["各镇政府"]),
])
def test_a_body_bearing_a_named_responsibility_is_designated(item, units):
    assert responsible(item) == [units]


def test_responsibility_as_a_heading_word_names_no_body():
    # near miss: 「压实主体责任」 with no body before it — a call, no doer
    assert responsible("压实主体责任,加强日常检查。") == [[]]


def test_dan_is_no_part_of_a_body_s_name():
    # near miss: the name stops before 担负, never 「各镇政府担」
    assert responsible("各镇政府担负主体责任。") == [["各镇政府"]]


# --- 「A要在…范围内或会同B＋verb」 and 组织部门 as a body (Round 57 confirmed on x253_03 (六)) ------------------------


def test_a_scope_or_hui_tong_still_joins_the_partner():
    task = parse_text(HEAD + "1、各级卫生部门要在各自职责范围内或会同组织部门建立轮岗制度。\n").tasks[0]
    assert (task.lead_units, task.responsible_units) == (["各级卫生部门"], ["组织部门"])


def test_organising_departments_as_a_verb_adds_no_body():
    # near miss: 「组织部门开展…」 after the subject's modal is 组织＋bodies＋work (round 43): the subject alone
    assert responsible("区卫健委要组织部门开展联合检查。") == [["区卫健委"]]


# --- the count of the parties after a list of agents 「由A、B、C三方协商确定」 -------------------------------


def test_the_parties_counted_after_the_agents_leave_the_last_name_whole():
    assert responsible("补助标准由县商务局、各乡镇政府、邮政公司三方协商确定。") == [
        ["县商务局", "各乡镇政府", "邮政公司"]]


def test_a_third_party_body_keeps_its_name():
    # near miss: 第三方机构 is a name, not a count after one
    assert responsible("评估工作由第三方机构负责。") == [["第三方机构"]]
