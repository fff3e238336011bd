"""Review rv55 of round 55's first wave (p55a–p55d) in the parser: near misses read wrong, own-class misses, a slow
path. Made-up texts."""

from __future__ import annotations

import re
import sys

from desktop.core.parse import inline_items, parse_text
from desktop.core.parse.inline_items import _cn_cuts

_HEAD = ("某区小区停放管理规定\n第一条  （目的）\n为规范停放秩序，制定本规定。\n"
         "第二条  （管理部门）\n区房屋管理部门负责本区小区停放的监督管理。\n")
_TAIL = "第九条  （施行日期）\n本规定自2031年1月1日起施行。\n"


def _tasks(body: str) -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(_HEAD + body + _TAIL)
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in plan.tasks}


# 1. given_lists._bare_article_list (p55a, 486bec6c): a regulated firm's kind 「物业服务企业」 before
#    「应当执行下列规定：」 is a body (round 33: 物业服务企业 a kind, a doer) — its prohibitions bind it and stay
#    items, as 「建设单位」's do

def test_prohibitions_under_a_firm_kinds_lead_stay_items():
    got = _tasks("第三条  （物业要求）\n物业服务企业应当执行下列规定：\n"
                 "（一）不得擅自改变车位用途；\n（二）不得向业主以外的单位出租车位；\n（三）不得收取押金。\n")
    assert [k for k in got if k.startswith("3")] == ["3/一", "3/二", "3/三"]
    assert all(got[k] == ([], ["物业服务企业"]) for k in ("3/一", "3/二", "3/三"))


def test_prohibitions_under_an_operating_firms_lead_stay_items():
    got = _tasks("第三条  （经营要求）\n停车场经营企业应当执行下列规定：\n"
                 "（一）不得擅自改变车位用途；\n（二）不得向业主以外的单位出租车位；\n（三）不得收取押金。\n")
    assert [k for k in got if k.startswith("3")] == ["3/一", "3/二", "3/三"]
    assert all(got[k] == ([], ["停车场经营企业"]) for k in ("3/一", "3/二", "3/三"))


# 2. article_lead_ins._BY_REQUIREMENTS (p55b 70986976, kept by 7f895a34): the same lead-in with a comma before its
#    verb, or a time clause before its modal, is the same body's work by requirements

def test_requirements_lead_in_with_a_comma_before_its_verb_gives_the_items_their_body():
    got = _tasks("第三条  （服务要求）\n停放服务单位应当按照下列要求，提供停放服务：\n"
                 "（一）公示收费标准；\n（二）建立车辆进出登记制度。\n")
    assert got["3/一"] == ([], ["停放服务单位"]) and got["3/二"] == ([], ["停放服务单位"])


def test_requirements_lead_in_after_a_time_clause_gives_the_items_their_body():
    got = _tasks("第三条  （服务要求）\n停放服务单位在提供服务时，应当按照以下要求提供停放服务：\n"
                 "（一）公示收费标准；\n（二）建立车辆进出登记制度。\n")
    assert got["3/一"] == ([], ["停放服务单位"]) and got["3/二"] == ([], ["停放服务单位"])


# 3. article_lead_ins._DESIGNATED (p55a, cf5fb379): the designation closed by 。 and 「其职责如下：」 — 其 is the body
#    designated, the items its duties

def test_designation_then_its_duties_after_a_full_stop():
    got = _tasks("第三条  （管理职责）\n区交通委是本区公共停车场的行政主管部门。其职责如下：\n"
                 "（一）编制停车场专项规划；\n（二）监督停车场运营。\n")
    assert got["3/一"] == ([], ["区交通委"]) and got["3/二"] == ([], ["区交通委"])


# 4. figure_targets / present_figures.time_window's _EVENT_CLAUSE + _DOER_IN (p55d, 9c602402): months counted from
#    the event the clause before names, with no modal before 在 — 内 after a time counted from an event is the deadline
#    rule, no target (round 65's x275_05 「…接到…报告后,30分钟内赶赴现场」, no modal either)

def _article_targets(text: str) -> list[tuple[float, str]]:
    doc = ("某镇小型工程招标办法\n第一条 为规范招标，制定本办法。\n第二条 " + text
           + "\n第三条 本办法自发布之日起施行。\n")
    task = {t.number: t for t in parse_text(doc).tasks}["2"]
    return [(t.value, t.unit) for t in task.targets]


def test_months_from_the_event_before_with_no_modal_are_no_target():
    assert _article_targets("竣工验收完成后，建设单位在1个月内向街道提交备案材料。") == []


# 5. duty_headings._own_openings (p55a, cf5fb379): a designated body's duty 「牵头会同B…」 — A leads (rule 1) and
#    B, the partner of 会同, is responsible beside it (head rule 2: 「A会同B＋verb」 lead A, responsible A, B; round
#    34); the new branch ``continue``s before the opening is read and drops B

def test_a_lead_duty_with_a_partner_keeps_the_partner():
    plan = parse_text("某区停车管理规定\n第一条  （目的）\n为规范停车秩序，制定本规定。\n"
                      "第二条  （管理职责）\n区交通委是本区停车管理的行政主管部门，具体职责如下：\n"
                      "（一）牵头会同区规划资源局编制停车专项规划；\n（二）监督停车场运营。\n"
                      "第九条  （施行日期）\n本规定自2031年1月1日起施行。\n")
    got = {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in plan.tasks}
    assert got["2/一"] == (["区交通委"], ["区交通委", "区规划资源局"])


# 6. worded_targets._CN_COUNT's 「人(?=及?以上)」 (p55d, 9c602402): persons in Chinese numerals with 以上 inside a
#    noun the work picks 「对五人以上的聚集活动…」 are a class (round 51, turned: no target), as the same band in
#    Arabic digits is read — the Chinese-numeral path never asks class_figures.noun_class

def _item_targets(line: str) -> list[tuple[float, str]]:
    plan = parse_text("某镇社会治理工作方案\n一、工作任务\n（一）" + line + "\n")
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


def test_persons_in_chinese_numerals_inside_a_picked_noun_are_a_class():
    assert _item_targets("对5人以上的聚集活动实行报备管理。") == []          # (read so today)
    assert _item_targets("对五人以上的聚集活动实行报备管理。") == []
    assert _item_targets("镇综治办对三人以上的集体上访事件开展专项化解。") == []
    assert _item_targets("镇民政办对家庭人口三人及以上的困难家庭开展入户走访。") == []


# 7. slow: inline_items._cn_cuts (p55a, ee000bf7) searched _LEAD_IN from the line's start for every （一） after a
#    colon — quadratic on a long line (60 KB, 4,000 such （一）). No time is asserted here (the machines are noisy): the
#    cuts stay those of the short line and each search reads a bounded window; the bench's nasty_run_in_items times it

class _Recording:
    """``_LEAD_IN`` with its ``search`` recording the span it is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.spans = pattern, []  # type: list[int]

    def search(self, line: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.spans.append(min(endpos, len(line)) - pos)
        return self.pattern.search(line, pos, endpos)


def test_run_in_cuts_search_a_bounded_window_on_a_long_line(monkeypatch) -> None:
    tail = "主要职责如下：（一）开展巡查。（二）开展督查。"
    assert _cn_cuts(tail) == [7, 15]
    long = "各单位要做好以下事项，" + "加强管理如下：（一）开展巡查。" * 4000
    recording = _Recording(inline_items._LEAD_IN)
    monkeypatch.setattr(inline_items, "_LEAD_IN", recording)
    assert _cn_cuts(long) == []                          # no lead-in before any （一）: no run, as before
    assert _cn_cuts(long + tail) == [len(long) + 7, len(long) + 15]   # the lead-in at the end still found
    assert len(recording.spans) > 8000 and max(recording.spans) <= 32
