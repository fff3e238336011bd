"""Round 41 (p41h), speed without a change of output: a count's look-back reads its own clause only (a line of
「，每村两条」 run on N times was quadratic — each count split the whole line before it), and an item's sentence doers
are read once (round 40 read them twice with the same arguments). The tests count the work done, never time it; the
readings around them — the near misses of each look-back — must stay as they were."""

from __future__ import annotations

from collections import Counter

import desktop.core.parse.tasks as tasks_module
import desktop.core.parse.worded_targets as worded
from desktop.core.parse import parse_text
from desktop.core.parse.worded_targets import _cn_counts


class _CountingRe:
    """The ``re`` module as ``worded_targets`` sees it, adding up the characters every module-level call is given."""

    def __init__(self, real: object) -> None:
        self.real = real
        self.scanned = 0

    def __getattr__(self, name: str) -> object:
        attr = getattr(self.real, name)
        if name not in ("search", "match", "split", "sub", "fullmatch", "finditer", "findall"):
            return attr

        def counted(pattern: object, string: str, *args: object, **kwargs: object) -> object:
            self.scanned += len(string)
            return attr(pattern, string, *args, **kwargs)
        return counted


def _scanned(n: int, monkeypatch) -> int:
    counting = _CountingRe(worded.re)
    monkeypatch.setattr(worded, "re", counting)
    found = _cn_counts("为各村制作宣传条幅" + "，每村两条" * n + "。", None)
    monkeypatch.undo()
    assert len(found) == n and all(t.value == 2 and t.unit == "条" for t in found)   # (each 每村两条 read)
    return counting.scanned


def test_per_place_counts_look_back_to_their_own_clause_only(monkeypatch):
    small, large = _scanned(100, monkeypatch), _scanned(400, monkeypatch)
    # linear: four times the counts, about four times the characters looked at (quadratic would be sixteen)
    assert large <= 5 * small
    assert large < 60 * 400


def test_look_back_readings_unchanged():
    def read(text: str) -> list[tuple[float, str, str]]:
        return [(t.value, t.unit, t.subject) for t in _cn_counts(text, None)]
    # a rate per place right after its 每…: the plan's figure; 每户一份 after it is no count read
    assert read("为各村制作宣传条幅，每村两条，每户一份") == [(2.0, "条", "每村")]
    # a staffing norm per measure in the same clause is no target; the named contact in the next clause is
    assert read("每25公里配备一名养护人员，确定一名联络员") == [(1.0, "名", "联络员")]
    # the norm's 每 in an earlier clause does not reach the count: 配备一名养护人员 is counted
    assert read("各乡镇每25公里，配备一名养护人员") == [(1.0, "名", "养护人员")]
    # 举办三场 held in the plan's year is a count; 已累计举办三场 (a past tally in its own clause) is not
    assert read("全年举办三场培训，今年以来已累计举办三场") == [(3.0, "场", "培训")]
    # the count ends its clause: what it counts is named before it, from the clause's opening
    assert read("全年共新增社区养老服务站三个") == [(3.0, "个", "社区养老服务站")]
    # places listed with figures before them: 两处 and the work built there
    assert read("在1号、2号路口两处设交通信号灯") == [(2.0, "处", "交通信号灯")]


PLAN = """某县关于开展农村道路整治行动的实施方案

一、重点任务
（一）整治乡村道路。由县交通运输局牵头，县财政局配合，完成村道硬化。
（二）修复排水沟渠。县水利局负责，年底前修复沟渠十公里。
（三）开展宣传。各乡镇要做好宣传发动。
"""


def test_sentence_doers_read_once_per_item(monkeypatch):
    calls: Counter[str] = Counter()
    real = tasks_module.doer_units

    def counted(text: str, *args, **kwargs):
        calls[text] += 1
        return real(text, *args, **kwargs)
    monkeypatch.setattr(tasks_module, "doer_units", counted)
    tasks = {t.title: t for t in parse_text(PLAN).tasks}
    assert calls and max(calls.values()) == 1
    # the readings those doers give stay as they were: a lead with its partner, a body on its own, a call to all
    first = next(t for title, t in tasks.items() if "整治乡村道路" in title)
    assert first.lead_units == ["县交通运输局"] and "县财政局" in first.responsible_units
    second = next(t for title, t in tasks.items() if "修复排水沟渠" in title)
    assert second.lead_units == ["县水利局"] and second.responsible_units == []
    third = next(t for title, t in tasks.items() if "开展宣传" in title)
    assert third.lead_units == [] and third.responsible_units == []


# a time section whose whole text is its date, the next section run into it — the date masked with X by a 范文 page
# (one spelling, heading_markers.DAY_END, for both readers of a section run on after a date)
MASKED = """某镇关于开展汛前安全检查的工作方案
一、检查时间。
X年X月X日至X年X月X日二、检查方式。
采取各村自查和镇政府督查相结合的方式进行。三、检查重点。
(一)水库安全。由各村负责，检查水库大坝和溢洪道。(二)河道安全。由各村负责，清理河道障碍物。
"""


def _keys_and_headings(text: str) -> tuple[list[str], list[str]]:
    plan = parse_text(text)
    return [t.key for t in plan.tasks], [h.title for h in plan.headings]


def test_section_run_into_a_masked_date():
    keys, headings = _keys_and_headings(MASKED)
    assert headings[:3] == ["检查时间", "检查方式", "检查重点"] and keys == ["三.一", "三.二"]


def test_section_run_into_a_written_date_unchanged():
    keys, headings = _keys_and_headings(MASKED.replace("X年X月X日至X年X月X日", "2024年5月1日至5月20日"))
    assert headings[:3] == ["检查时间", "检查方式", "检查重点"] and keys == ["三.一", "三.二"]


def test_grades_after_a_masked_date_are_no_section():
    # 「X日二、三年级」: a number after the number — a list of grades, no section run in
    text = MASKED.replace("二、检查方式。\n采取各村自查和镇政府督查相结合的方式进行。三、检查重点。",
                          "二、三年级学生参加。\n二、检查重点。")
    keys, headings = _keys_and_headings(text)
    assert headings[:2] == ["检查时间", "检查重点"] and keys == ["二.一", "二.二"]
