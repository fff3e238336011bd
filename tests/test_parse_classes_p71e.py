"""Round 71 (p71e): plan-level targets of an indicator table printed one cell a line with two dated columns, and
the existing sites an item's work keeps.

- An indicator table printed one cell a line whose header prints a kind column before 序号
  (指标类别), an indicator 「指标项」, a 类型 column holding 约束性 / 预期性, a cell 「指标值」 over
  two columns 「现状」 「近期规划」 and their years on a second header line 「（2025年）」
  「（2030年）」, with each group of rows led by its kind cell: the later dated column's figures are
  plan targets due at that year's end (平方千米, 平方米/人, 千米/平方千米 and 「4.1左右」 read), the
  现状 column's are not — not a table whose dated columns are both past figures (「（2024年）」
  「（2025年）」 under 「现状」 「实际」: the last plan's review).
- A verb that keeps what exists right before 现有 「巩固现有4个…栖息地和2个…项目的巡护与监测工作」: the sites the
  item's work keeps are its numbers of work (Round 105 on x375_02 二、（二）3) — not a stock stated with no verb
  「全区现有4个…栖息地和2个…项目。」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.indicator_tables import indicator_table_targets


def _table(first: str, second: str, year_a: str, year_b: str) -> str:
    head = ["专栏1 某区近期规划核心指标表", "指标类别", "序号", "指标项", "单位", "类型", "指标值", first, second,
            f"（{year_a}年）", f"（{year_b}年）"]
    rows = ["空间规模", "1", "城镇开发总面积", "平方千米", "约束性", "41.20", "41.15",
            "公共服务和生态", "2", "人均公园面积", "平方米/人", "约束性", "5.10", "5.35",
            "3", "历史风貌街巷", "条", "约束性", "2", "3",
            "4", "市民服务中心数量", "个", "预期性", "/", "动态调整",
            "交通与创新", "5", "公交线网密度", "千米/平方千米", "约束性", "3.1", "3.6",
            "6", "研发投入强度", "%", "预期性", "2.9", "3.3左右"]
    return "\n\n".join([*head, *rows, "二、空间格局", "（一）空间发展战略"])


def test_dated_second_column_targets() -> None:
    got = {(t.value, t.unit) for t in indicator_table_targets(_table("现状", "近期规划", "2025", "2030"), 2026)}
    assert got == {(41.15, "平方千米"), (5.35, "平方米/人"), (3.0, "条"), (3.6, "千米/平方千米"), (3.3, "%")}
    dues = {t.deadline for t in indicator_table_targets(_table("现状", "近期规划", "2025", "2030"), 2026)}
    assert dues == {"2030-12-31"}


def test_past_columns_no_targets() -> None:
    assert indicator_table_targets(_table("现状", "实际", "2024", "2025"), 2026) == []


_KEEP = """某区湿地保护“十五五”规划

一、发展目标
至“十五五”末，全区生态空间品质进一步提升。
二、重点任务
（一）加强生态空间保护
1.提升湿地保护水平
{line}试点推进候鸟栖息地修复项目2处。
2.推进绿道建设
计划新增绿道12公里，完善沿线服务设施。
三、保障措施
一是加强统筹。二是强化宣传。
"""


def _targets_of(text: str, number: str) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for task in parse_text(text).tasks if task.number == number for t in task.targets}


def test_kept_existing_sites_are_the_items_count() -> None:
    got = _targets_of(_KEEP.format(line="巩固现有4个候鸟栖息地和2个湿地修复项目的巡护与监测工作。"), "1")
    assert {(4.0, "个"), (2.0, "个")} <= got


def test_existing_stock_stated_stays_no_target() -> None:
    got = _targets_of(_KEEP.format(line="全区现有4个候鸟栖息地和2个湿地修复项目。"), "1")
    assert (4.0, "个") not in got and (2.0, "个") not in got
