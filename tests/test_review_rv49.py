"""Review rv49 (round 49): made-up inputs the round's change reads wrong. Each test fails on 2600f779.

Short names (shortname.py, shortname_cut.py), a duty reader (dated_sendings.py) and the named-day reader's cost
(named_day_spans._plan_day scanned the whole plan once per item).
"""

from __future__ import annotations

import re

from desktop.core.parse import named_day_spans, parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.shortname import suggest_short_name as name


# --- _ONCE (shortname.py:73) strips 一次 / 两轮 that are part of a word ------------------------------------------
def test_a_count_word_inside_a_word_stays():
    assert name("推行一次性告知制度") == "一次性告知制度"            # 2600f779: 性告知制度
    assert name("规范两轮车停放秩序") == "两轮车停放秩序"            # 2600f779: 车停放秩序


# --- _SN_LEAD (shortname.py:46) strips 继续 from 继续教育 -------------------------------------------------------
def test_continuing_education_keeps_its_first_word():
    assert "继续医学教育" in name("推进继续医学教育项目管理")          # 2600f779: 医学教育项目管理
    assert len(name("继续实施“批项目、核总量”制度")) >= 4              # 2600f779: 批项目


# --- word_cut never cuts a plot number 12-03 after its hyphen, nor inside 性能 --------------------------------
def test_no_cut_inside_a_plot_number():
    got = name("南翔镇12-03地块征收安置房项目建设")
    assert not re.search(r"[-－—]$", got), got                       # 2600f779: 南翔镇12-


def test_no_cut_inside_a_two_character_word():
    assert not name("再生产品原材料性能指标应满足相关标准要求").endswith("性")   # 2600f779: 再生产品原材料性


# --- dated_sendings.py:30: 通报区县 is a circular, not a report sent up ---------------------------------------------
def test_a_circular_to_the_districts_stays_oversight():
    assert [d.kind for d in find_duties("排查结果每月通报区县。", 2024)] == ["oversight"]


# --- named_day_spans._plan_day: the plan is scanned once, not once per item ----------------------------------------
class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def finditer(self, text: str):     # type: ignore[no-untyped-def]
        self.calls += 1
        return self.pattern.finditer(text)


def test_the_named_day_of_a_plan_is_read_once(monkeypatch):
    counting = _Counting(named_day_spans._DAY_IS)
    monkeypatch.setattr(named_day_spans, "_DAY_IS", counting)
    items = "\n".join(f"{i}．各社区卫生服务中心要在宣传日前后组织开展第{i}场宣传咨询活动（责任单位：区疾控中心）。"
                      for i in range(1, 41))
    head = "某区2024年世界狂犬病日宣传活动方案\n2024年9月28日是第18个“世界狂犬病日”。\n一、主要活动\n"
    plan = parse_text(head + items)
    assert all(t.deadline == "2024-09-30" for t in plan.tasks)
    assert counting.calls <= 4, counting.calls                     # 2600f779: once per item (40+)
