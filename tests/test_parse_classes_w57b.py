"""Classes read by helper w57b (round 57), with made-up wordings and near misses:

- 组织 joined by 、 to a second verb that shares its object 「A迅速组织、调度B赶赴现场」「A组织、指挥B开展…」
  (contingency plans' first-response doers): 组织 still has an object, A a doer as with 组织 alone; 组织 with no
  object 「A精心组织、」 or a noun 「组织、协调机制」 gives none;
- an alarm or a report received between the doer and its verb 「A接警后，迅速组织…」「A接报后，立即组织…」: a time
  counted from an event, as 「A接到申请后，组织…」 (round 33) — the verb after it is A's; with no verb of rule 2 after
  it 「A接警后，立即通知B」 no doer;
- 及时 after a name 「A、B及时组织…」: an adverb, not 及 joining a second name 「时组织…」;
- a clause opening with an urgency word 「立即／迅速／及时／尽快…」 is no name 「立即通知相关部门」 (read before as a
  kind 相关部门): the subject carried past it to its later 组织 「A接警后，立即通知相关部门，并迅速组织…」.
"""

from __future__ import annotations

import pytest

from desktop.core.parse.sentence_units import doer_units


@pytest.mark.parametrize("text,resp", [
    ("区应急中心迅速组织、调度相关单位赶赴现场。", ["区应急中心"]),
    ("区交通支队组织、指挥有关单位开展交通疏导。", ["区交通支队"]),
    ("区应急中心、区消防大队迅速组织、调度相关救援队伍赶赴现场，实施救援。", ["区应急中心", "区消防大队"]),
    ("区民政局立即组织、动员社会力量参与救助。", ["区民政局"]),
])
def test_organise_joined_to_a_second_verb_names_a_doer(text: str, resp: list[str]) -> None:
    assert doer_units(text) == ([], resp)


@pytest.mark.parametrize("text", [
    # 组织 with no object, the second verb ending the clause: no doer (round 41)
    "区应急中心精心组织、调度，确保有序。",
    # 组织 as a noun in a list of nouns
    "区应急中心完善组织、协调机制。",
])
def test_organise_joined_without_object_names_none(text: str) -> None:
    assert doer_units(text) == ([], [])


@pytest.mark.parametrize("text,resp", [
    ("区应急中心接警后，迅速组织、调度相关单位赶赴现场。", ["区应急中心"]),
    ("区交通支队接报后，立即组织开展交通疏导。", ["区交通支队"]),
    ("区应急中心接警后，区消防大队立即组织开展救援。", ["区消防大队"]),
    # near miss: the event, then no verb of rule 2
    ("区应急中心接警后，立即通知区消防大队。", []),
])
def test_an_alarm_received_before_the_verb_keeps_the_doer(text: str, resp: list[str]) -> None:
    assert doer_units(text) == ([], resp)


@pytest.mark.parametrize("text,resp", [
    ("区通信办、区数据局及时组织、协调有关通信企业，保障通信畅通。", ["区通信办", "区数据局"]),
    ("区通信办及时组织有关通信企业保障通信畅通。", ["区通信办"]),
    # 及 still joins two names
    ("区民政局及区财政局负责落实救助资金。", ["区民政局", "区财政局"]),
])
def test_timely_after_a_name_is_no_join(text: str, resp: list[str]) -> None:
    assert doer_units(text) == ([], resp)


@pytest.mark.parametrize("text,resp", [
    ("区应急中心、区消防大队接警后，立即通知相关部门，并迅速组织、调度相关单位赶赴现场。",
     ["区应急中心", "区消防大队"]),
    ("区应急中心接警后，立即通知有关部门，组织实施人员搜救。", ["区应急中心"]),
    # near misses: no verb of rule 2 after it; a pivot's object before the later 组织
    ("区应急中心接警后，立即通知相关部门。", []),
    ("区应急中心督促区消防大队，组织实施人员搜救。", []),
])
def test_an_urgency_word_opens_no_name(text: str, resp: list[str]) -> None:
    assert doer_units(text) == ([], resp)
