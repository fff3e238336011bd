"""Failure classes of tests/data/plans-next19/ and the rest of plans-next17/BASELINE.md (round 18, parser22),
each with made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: an activity written as fields, 「1.活动时间：…」「2.活动内容：…」「3.组织单位：A、B」: the units
# field names the units of that item, and is no units line for its siblings (round 35, field blocks: the numbered
# lines are the activity's fields, the activity one task and its units field its label)
_FIELDS = ("某县“安全生产月”活动方案\n\n三、活动安排\n\n"
           "（一）开展应急演练周活动\n1.活动时间：6月10日至6月16日。\n"
           "2.活动内容：各有关单位组织企业开展应急预案演练，检验预案，锻炼队伍。\n"
           "3.{label}：县应急管理局、各镇人民政府。\n"
           "（二）开展安全宣传进社区活动\n1.活动时间：6月20日。\n"
           "2.活动内容：在社区广场设点，发放宣传资料，解答群众咨询。\n"
           "3.{label}：县消防救援大队、县总工会。\n")


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_organising_units_field_names_that_item_only():
    got = _units(_FIELDS.format(label="组织单位"))
    assert got == {"三.一": ([], ["县应急管理局", "各镇人民政府"]), "三.二": ([], ["县消防救援大队", "县总工会"])}


def test_other_units_labels_as_fields_behave_alike():
    got = _units(_FIELDS.format(label="责任单位"))
    assert got["三.一"] == ([], ["县应急管理局", "各镇人民政府"])
    assert set(got) == {"三.一", "三.二"}


def test_a_units_line_after_plain_items_still_belongs_to_them_all():
    text = ("某区工作方案\n\n二、主要任务\n\n（一）强化隐患排查\n1.组织企业开展自查自改，建立隐患台账。\n"
            "2.开展重点行业领域专项检查，督促整改到位。\n3.责任单位：区应急局、区住建委。\n")
    got = _units(text)
    assert all(resp == ["区应急局", "区住建委"] for _lead, resp in got.values())
