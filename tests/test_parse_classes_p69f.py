"""Round 69 (p69f): deadlines, leads and items not found across the tuned sets.

- A dated clause that says the whole work is done 「2024年3月底前，全面完成…整治」 followed by a later date that only
  opens a check back on it 「2024年6月前，开展“回头看”」: the item is due by the first date, the 回头看 a step after the
  work (Round 98 rulings, Dates: plans-dev 11 binds) — not where no clause says the whole work done 「…开展专项整治。
  …开展“回头看”」, nor where a later date brings more work 「…前，基本完成整改」 (round 34: the latest).
- A dated sending whose senders' kind carries a bracket 「9月16日前，各单位（部门）将…清单信息报局办公室」: the duty's
  date, no deadline of the item (round 49 p46c: a list is other information), as without the bracket — not a dated
  clause of the senders' own work 「9月16日前，各单位（部门）完成清单编制」.
- A day's limit at an hour 「各单位于12月1日上午8:30前到达现场」「2009年12月1日17时前完成」: the day is the limit, as
  「12月1日前」 — not a day's hour with no 前 「12月1日上午9:00在广场举行」 (no limit read here); a sentence that
  sends by one day and gathers by a later one 「于11月27日前将展板数量,报市防艾办，各单位于12月1日上午8:30前到达
  现场」: the duty is due by the sending's day (duty_sentences._SENT_ON), the item by the later day.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines


def _first_deadline(item: str) -> str | None:
    plan = parse_text(f"2025年某县燃气整治方案\n一、主要任务\n（一）整治燃气隐患。{item}（县城管局负责）\n"
                      "（二）加强宣传引导。（县委宣传部负责）\n")
    return plan.tasks[0].deadline


@pytest.mark.parametrize("item,deadline", [
    # the whole work done, then a look back at it: the work's date
    ("2025年4月底前，全面完成隐患整治。2025年7月前，开展整治“回头看”，防止反弹。", "2025-04-30"),
    ("2025年4月底前，逐项整改，基本完成隐患整治；2025年8月底前，组织回头看。", "2025-04-30"),
    # near misses: no whole work done (the latest stands), or the later date brings work of its own
    ("2025年4月底前，开展隐患整治。2025年7月前，开展整治“回头看”。", "2025-06-30"),
    ("2025年4月底前，全面完成隐患排查。2025年9月底前，完成整改并开展“回头看”，建立长效机制。", "2025-09-30"),
    ("2025年4月底前，开展隐患排查。2025年9月底前，全面完成整改。", "2025-09-30"),
])
def test_a_look_back_after_the_whole_work_done(item, deadline):
    assert _first_deadline(item) == deadline


def _deadline_of(item: str) -> str | None:
    plan = parse_text(f"2022年某市交通信息公开通知\n一、工作任务\n（一）规范信息公开。{item}\n"
                      "（二）加强宣传引导。（市委宣传部负责）\n")
    return plan.tasks[0].deadline


@pytest.mark.parametrize("item,deadline", [
    ("市交通局将建立专栏，公开企业名录，10月8日前，各单位（部门）将本单位名录信息报局办公室。", None),
    ("市交通局将建立专栏，公开企业名录，10月8日前，各单位将本单位名录信息报局办公室。", None),
    ("10月8日前，各单位（部门）完成名录编制。", "2022-10-08"),
])
def test_a_dated_sending_by_a_bracketed_kind(item, deadline):
    assert _deadline_of(item) == deadline


@pytest.mark.parametrize("words,want", [
    ("各参展单位于11月28日上午8:30前到达宣传现场", ["2010-11-28"]),
    ("请于2010年11月28日17时前完成布展", ["2010-11-28"]),
    ("11月28日前到达现场", ["2010-11-28"]),
    ("11月28日上午9:00在广场举行宣传活动", []),
])
def test_a_days_limit_at_an_hour(words, want):
    assert [d.date for d in find_deadlines(words, 2010)] == want


def test_a_sending_day_beside_a_later_limit_at_an_hour():
    plan = parse_text("2010年某区艾滋病日宣传活动方案\n一、活动内容\n（一）开展集中宣传。"
                      "各参展单位于11月24日前将展板数量及参展人数,报区防艾办，各参展单位于11月28日上午8:30前到达宣传现场，布展到位。\n"
                      "（二）加强宣传引导。（区卫生局负责）\n")
    assert plan.tasks[0].deadline == "2010-11-28"
    assert [(d.kind, d.due) for d in plan.duties] == [("other", "2010-11-24")]
