"""What to tell a liaison before a month is submitted, in plain words: the 月度填报 page's 提交 and ``entry submit``."""

from __future__ import annotations

from desktop.core.deadlines import articles_asked
from desktop.core.progress import previous_month
from desktop.store import entries, queries
from desktop.store.workspace import Workspace

EMPTY_MONTH = "{month} 还没有填写任何任务的进展，无法提交。请先填写本月各项任务的进展。"
DONE_EMPTY = "“{task}”标为“已完成”，但没有写本月做了什么。请补充完成情况。"
VALUE_DOWN = "“{task}”的指标“{target}”本月累计 {now:g}，比上月的 {before:g} 还少。累计值一般只增不减，请核对。"
UNFILLED = "还有 {n} 项任务本月没有填写：{names}。"
NO_ARTICLE = "本月还没有工作信息（方案要求每月至少报送 {n} 篇）。"
FEW_ARTICLES = "本月只有 {have} 篇工作信息，方案要求每月至少报送 {n} 篇。"
A_TARGET = "指标"


def check_month(ws: Workspace, plan_id: int, unit_id: int, month: str,
                task_ids: list[int]) -> tuple[list[str], list[str]]:
    """(warnings the user may override, problems that block the submission). Information articles are asked
    for only as the plan's duties ask (ux62 finding 10: not of a plan that reports its progress by the quarter)."""
    rows = entries.entries(ws, unit_id=unit_id, month=month)
    written = [r for r in rows if (r["progress"] or r["problems"] or r["next_steps"] or r["values"])]
    if not written:
        return [], [EMPTY_MONTH.format(month=month)]
    warnings: list[str] = []
    previous = entries.latest_values(ws, unit_id, up_to=previous_month(month))
    names = queries.target_names(ws, {int(t) for r in rows for t in r["values"]})
    for row in rows:
        if row["status"] == "done" and not row["progress"].strip():
            warnings.append(DONE_EMPTY.format(task=row["task_title"]))
        for target_id, value in row["values"].items():
            before = previous.get(int(target_id))
            if before is not None and value < before[0]:
                warnings.append(VALUE_DOWN.format(task=row["task_title"], target=names.get(int(target_id)) or A_TARGET,
                                                  now=value, before=before[0]))
    filled = {r["task_id"] for r in rows}
    missing = [t for t in task_ids if t not in filled]
    if missing:
        titles = queries.task_titles_by_id(ws, missing[:5])
        shown = "、".join(titles.get(t, "") for t in missing[:5]) + ("等" if len(missing) > 5 else "")
        warnings.append(UNFILLED.format(n=len(missing), names=shown))
    asked = articles_asked(queries.duties(ws, plan_id))
    have = len(entries.articles(ws, unit_id=unit_id, month=month))
    if have < asked:
        warnings.append((FEW_ARTICLES if have else NO_ARTICLE).format(have=have, n=asked))
    return warnings, []
