"""Round 45 (q45d): a plan body's account sent up with no receiver, rhythm or date written 「…逐级汇总上报」
「…，上报样板区域信息」「对违法行为上报并移交相关部门」「审核后转报市财政局」 is an undated duty (rounds 35, 36, 44, 46)
— with the near misses that must not: what was or was not sent, what others sent, an enterprise's filing, a
nomination and a sending for approval."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.account_reports import account_sent

HEAD = ("2025年农村公路普查工作方案\n为摸清全区农村公路底数，区交通委决定开展普查，特制定本方案。\n"
        "一、工作任务\n")


def duty_texts(sentence: str) -> list[str]:
    text = HEAD + "（一）开展普查。各街镇组织普查队伍开展入户调查。" + sentence + "\n二、保障措施\n加强组织领导。\n"
    return [d.text for d in parse_text(text).duties]


@pytest.mark.parametrize("sentence", [
    "普查成果要按要求、按程序逐级汇总上报。",
    "各街镇对照标准完成镇级验收，按照“完成一个上报一个”的原则，上报验收路段信息。",
    "区公路管理所协助区交通委开展日常巡查，对违法占路行为上报并移交相关部门。",
    "区交通委会同相关部门审核补助申请后转报市交通委。",
    "各村负责本村道路信息采集、整理上报。",
])
def test_an_account_sent_up_with_no_receiver_is_a_duty(sentence):
    assert account_sent(sentence)
    assert any(sentence.rstrip("。")[:12] in d for d in duty_texts(sentence))


@pytest.mark.parametrize("sentence", [
    "2.上报信息的路段在第一次复核后，有1次整改反馈机会。",          # what others sent, named
    "区交通委结合各街镇普查推进和信息上报情况，开展复核认定。",      # the state of others' sendings
    "2、未上报。",                                                  # a scoring table's row
    "各街镇已汇总上报普查数据。",                                   # sent already
    "1、上报重点企业，加强信用数据的实时获取和分析。",              # a nomination, no account
    "重点路段的改造方案上报区政府审批。",                           # a step of approval (round 46)
    "对不符合条件的项目，暂停项目的审批或转报。",                   # no review before it
    "推动运输企业实现动态管理，向交通部门上报规范的车辆运行信息。",  # an enterprise's filing
    "不断提高普查数据上报的准确率。",                               # 上报 names the data
])
def test_near_misses_are_no_account_sent(sentence):
    assert not account_sent(sentence)


def duties_of(sentence: str) -> list[tuple[str, str | None]]:
    text = HEAD + "（一）开展普查。各街镇组织普查队伍开展入户调查。" + sentence + "\n二、保障措施\n加强组织领导。\n"
    return [(d.text, d.every) for d in parse_text(text).duties]


@pytest.mark.parametrize("sentence,every", [
    ("普查工作组要对进展情况每月汇总分析，协调解决工作中的难点问题。", "month"),   # the progress named first
    ("区交通委探索运用信息化手段按月做好情况跟踪，推动各单位协同落实。", "month"),
    ("专家组全体会议每年举行一次。", "year"),                                     # a meeting held on a rhythm
])
def test_the_progress_gathered_or_a_meeting_held_on_a_rhythm_is_a_duty(sentence, every):
    assert any(sentence[:10] in t and e == every for t, e in duties_of(sentence))


@pytest.mark.parametrize("sentence", [
    "各街镇对隐患整改情况每月开展检查。",          # work done on a rhythm, nothing gathered
    "（一）会议举行时，应履行签到手续。",          # a meeting, no rhythm
    "区交通委每年举行一次开幕式。",                # no meeting
])
def test_work_on_a_rhythm_that_gathers_nothing_is_no_duty(sentence):
    assert not any(sentence[:8] in t for t, _e in duties_of(sentence))


def test_results_fed_back_to_the_body_in_charge_are_a_duty():
    sentence = "平台运维单位根据监测数据对项目成效进行评估，并将结果反馈区交通委。"
    assert any("平台运维单位" in t for t, _e in duties_of(sentence))
    near = "平台运维单位根据监测数据对项目成效进行评估，并将结果反馈申请人。"     # an applicant, no body
    assert not any("平台运维单位" in t for t, _e in duties_of(near))
