"""The scorer's ``empty`` flag (tests/parse_score.py): a check whose answer is "none" — passed by
reading nothing — is marked so, whether the task is found or not, on a made-up plan and answer."""
from __future__ import annotations

from parse_score import score_plan

PLAN = ("某区2027年社区养老服务提升工作方案\n一、主要任务\n"
        "（一）建设社区食堂。新建社区食堂3个，助餐员原则上按150户配1名。（责任单位：区民政局）\n"
        "（二）开展助老宣传。组织开展助老宣传活动。\n")


def _sample(path: list[str], starts: str, lead: list[str], responsible: list[str], **more) -> dict:
    return {"path": path, "title_starts": starts, "lead": lead, "responsible": responsible,
            "targets": [], **more}


SPEC = {"file": "made-up.txt", "leaf_tasks": 2, "samples": [
    _sample(["一", "（一）"], "建设社区食堂", [], ["区民政局"], deadline_norm=None,
            targets=[{"number": 3, "unit": "个"}], quantities_not_targets=[{"number": 150, "unit": "户"}]),
    _sample(["一", "（二）"], "开展助老宣传", ["各街镇"], []),
    _sample(["一", "（九）"], "没有这项任务", [], [], deadline_norm=None),
    _sample(["一", "（十）"], "也没有这项任务", ["区民政局"], [], deadline_norm="2027-06"),
]}


def _flags(what: str) -> dict[str, tuple[bool, bool]]:
    """kind → (passed, empty) of the checks about ``what``."""
    return {c.kind: (c.passed, c.empty) for c in score_plan(SPEC, PLAN).checks if c.what.startswith(what)}


def test_a_found_task_with_none_answers():
    flags = _flags("一/（一）")
    assert flags["lead"] == (True, True)               # no lead: nothing read passes
    assert flags["deadline"] == (True, True)           # no deadline
    assert flags["responsible"] == (True, False)       # 区民政局 read
    assert flags["target"] == (True, False)
    assert flags["not_target"] == (True, True)         # 150户 (a norm) not read as a target: reading nothing passes
    # (round 31, mt31: the made-up plan's 「150张以上床位的养老机构」 is a target by CONVENTIONS.md thresholds; a
    # norm with no comparison word, 「按150户配1名」, keeps the not-target check)


def test_a_group_lead_passed_by_reading_nothing_is_empty():
    flags = _flags("一/（二）")
    assert flags["lead"] == (True, True)               # 各街镇 wanted, nothing read
    assert flags["responsible"] == (False, False)      # 各街镇 wanted among the units: not none


def test_a_missing_task_keeps_the_answers_none_flag():
    assert _flags("一/（九）") == {"found": (False, False), "lead": (False, True), "responsible": (False, True),
                                 "deadline": (False, True)}
    assert _flags("一/（十）") == {"found": (False, False), "lead": (False, False), "responsible": (False, False),
                                 "deadline": (False, False)}
