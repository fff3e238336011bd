"""A person's corrections of the plan's own fields (title, 文号, issuer, date, phases and the
monthly reporting duty whose day sets when each month is due) in review.

The same record as for tasks (``review_edits.Correction``/``Conflict``), keyed ``plan.<field>``:
a corrected field keeps the person's value over a revised document that left it as it was; where
the document changed it too, the correction is kept and a ``Conflict`` (task key ``""``) says so.
The title matters beyond the screen: a revised document is found by its document number or its
title, so a corrected title also remembers the document's (``document_title``).
"""

from __future__ import annotations

import copy
from typing import Any

from desktop.core import not_tasks, review_edits, review_units
from desktop.core.deadlines import NOT_DUE, due_rule_of, half_yearly, quarter_day, stated_due_rule
from desktop.core.model import Duty, ParsedPlan, Phase
from desktop.core.parse.duty_sentences import rhythm_of
from desktop.core.progress import DEFAULT_DUE, DueRule, is_month
from desktop.core.review_edits import FIELD_LABELS, Conflict, Correction, EditError, check_date, field_text

FIELDS = ("plan.title", "plan.doc_number", "plan.issuer", "plan.date", "plan.phases", "plan.monthly_duty")
PLAN_KEY = ""                      # a Conflict's task key when it is about the plan itself
PLAN_TITLE = "（方案）"

EMPTY_PLAN_TITLE = "方案标题不能为空。"
BAD_DATE = "成文日期“{text}”不是日期。请写成 2024-03-01 这样的年-月-日，或留空。"
PHASE_NO_NAME = "第 {n} 个阶段没有名称：请填写（如“动员部署阶段”），或删去这一行。"
PHASE_BAD_MONTH = "“{name}”的{which}“{text}”不是月份。请写成 2024-03 这样的年-月，或留空。"
PHASE_BACKWARDS = "“{name}”的开始月份 {start} 晚于结束月份 {end}，请检查。"
# which due rule the monthly duty gives, as the dashboard will say it
RULE_READ = "按此要求：{rule}。"
RULE_NONE = "方案未规定月度报送日期：按{rule}计。"
RULE_UNREAD = "这句没有写明每月几日报送：按{rule}计。要按方案的日期，请写明（如“每月10日前”）。"
Corrections = dict[str, Correction]           # plan.<field> → correction


def plan_fields(plan: ParsedPlan) -> dict[str, Any]:
    """The plan's correctable fields as JSON-able values (what is stored and compared)."""
    return {"plan.title": plan.title, "plan.doc_number": plan.doc_number, "plan.issuer": plan.issuer,
            "plan.date": plan.date, "plan.phases": [p.to_json() for p in plan.phases],
            "plan.monthly_duty": monthly_duty_text(plan)}


def _monthly_duty(plan: ParsedPlan) -> Duty | None:
    """The monthly duty the plan's due rule is read from (``deadlines.stated_due_rule``'s
    choice: the information duty first), else the first monthly duty naming no day; never an
    oversight rhythm (领导小组坚持月调度: nothing is sent). A plan that asks for nothing monthly: the
    quarterly sending its rhythm is read from (每季度末月25日前报送…, ux60 finding 6), so the office sees it
    here and can correct it."""
    sent = [d for d in plan.duties if d.kind not in NOT_DUE]
    monthly = sorted((d for d in sent if d.every == "month"), key=lambda d: d.kind != "monthly_info")
    if monthly:
        return next((d for d in monthly if due_rule_of(d.text) is not None), monthly[0])
    quarterly = [d for d in sent if d.every == "quarter"]
    if quarterly:
        return next((d for d in quarterly if quarter_day(d.text) is not None), quarterly[0])
    # (nor quarterly: the half-yearly sending, 每半年报送一次工作进展 — m62c finding 1)
    return next((d for d in sent if half_yearly(d.to_json())), None)


def monthly_duty_text(plan: ParsedPlan) -> str:
    """The text of the duty that sets when each month's (or quarter's) report is due ('' if none)."""
    duty = _monthly_duty(plan)
    return duty.text if duty is not None else ""


def _set_monthly_duty(plan: ParsedPlan, text: str) -> None:
    """The person's wording of the monthly duty: it replaces the duty the rule was read from,
    or is added as the monthly information duty; empty removes that duty (the 5th applies). Worded
    for the quarter alone (每季度末月20日前报送), it is a quarterly sending: the plan is chased by the quarter
    unless another duty asks for monthly reports; for the half year (每半年报送，6月25日和12月25日前), a half-yearly
    one."""
    duty = _monthly_duty(plan)
    others = [d for d in plan.duties if d is not duty]
    # (the rhythm as the parser reads a duty's: 每季度末月20日前报送 / 按季度报送 a quarter, one naming the month too
    # 「每季度…，每月报送信息」 the month)
    rhythm = rhythm_of(text)
    every = ("quarter" if rhythm == "quarter"
             else "year" if half_yearly({"kind": "other", "every": rhythm, "text": text}) else "month")
    kind = {"quarter": "quarterly_report", "year": "other"}.get(every, "monthly_info")
    if duty is not None and text:                   # a new list of new duties: undo keeps the old
        plan.duties = [Duty(d.kind if d.every == every else kind, d.due, every, text) if d is duty else d
                       for d in plan.duties]
    elif duty is not None:
        plan.duties = others
    elif text:
        plan.duties = [*others, Duty(kind, None, every, text)]


def rule_with_monthly_duty(plan: ParsedPlan, text: str) -> DueRule | None:
    """The monthly due rule ``plan`` would state with its monthly duty worded ``text`` (None: no
    monthly duty names a day), for the review to show before the person takes the wording."""
    trial = ParsedPlan(duties=list(plan.duties))
    _set_monthly_duty(trial, text)
    return stated_due_rule(d.to_json() for d in trial.duties)


def due_rule_words(plan: ParsedPlan, text: str) -> str:
    """In words, the due rule ``plan`` gets with its monthly duty worded ``text``: the day it
    states, or the default 5th and why (no monthly duty; one that names no day)."""
    text = text.strip()
    rule = rule_with_monthly_duty(plan, text)
    if rule is not None:
        return RULE_READ.format(rule=rule.describe())
    return (RULE_UNREAD if text else RULE_NONE).format(rule=DEFAULT_DUE.describe())


OWED_FROM = "报送起始月份：{month}起（{why}），此前的月份不计未报、迟报，补报的记为按时。"
OWED_FROM_ISSUE = "方案印发后第一个要报送的月份"
OWED_FROM_IMPORT = "方案导入本工作区的月份；方案本身从{own}起"


def month_words(month: str) -> str:
    return f"{int(month[:4])}年{int(month[5:7])}月"


def owed_from_words(owed_from: str, own_start: str | None) -> str:
    """From which month reports are owed, and why — the first month the dashboard's grid, the 催报 and the
    status sheet count (``store.dashboard.first_month``), so ``plan info`` and the dashboard state the rule they
    keep (rv70b finding 9: the info line said 每月5日前 while the sheets showed a back-filled year all 「—」)."""
    later = own_start is not None and owed_from > own_start
    why = OWED_FROM_IMPORT.format(own=month_words(own_start)) if later and own_start else OWED_FROM_ISSUE
    return OWED_FROM.format(month=month_words(owed_from), why=why)


def check_plan_values(title: str | None, doc_number: str | None, issuer: str | None, date: str | None,
                      monthly_duty: str | None, phase_rows: list[tuple[str, str, str]] | None,
                      old_phases: list[Phase]) -> dict[str, Any]:
    """The plan's own fields as typed (in the 方案信息 dialog or on ``plan info``), checked:
    plan.<field> → value; ``None`` for a field not given (``phase_rows`` None: phases not given).
    A value that cannot be taken raises ``EditError``."""
    values: dict[str, Any] = {}
    if title is not None:
        values["plan.title"] = check_plan_title(title)
    for name, text in (("plan.doc_number", doc_number), ("plan.issuer", issuer),
                       ("plan.monthly_duty", monthly_duty)):
        if text is not None:
            values[name] = text.strip()
    if date is not None:
        values["plan.date"] = check_plan_date(date)
    if phase_rows is not None:
        values["plan.phases"] = [p.to_json() for p in check_phases(phase_rows, old_phases)]
    return values


def set_plan_field(plan: ParsedPlan, name: str, value: Any) -> None:
    if name == "plan.phases":
        plan.phases = [Phase.from_json(p) for p in value]
    elif name == "plan.monthly_duty":
        _set_monthly_duty(plan, str(value or ""))
    elif name in FIELDS:
        setattr(plan, name.removeprefix("plan."), value)
    else:
        raise KeyError(name)


def check_plan_title(text: str) -> str:
    text = text.strip()
    if not text:
        raise EditError(EMPTY_PLAN_TITLE)
    return text


def check_plan_date(text: str) -> str | None:
    """``2024-03-01`` (or empty → None); anything else raises ``EditError``."""
    return check_date(text, BAD_DATE)


def check_phases(rows: list[tuple[str, str, str]], old: list[Phase]) -> list[Phase]:
    """Phases typed as (name, start month, end month) rows; a row left wholly empty is dropped.
    A phase keeps its source text when its name is one the plan had."""
    texts = {p.name: p.text for p in old}
    out: list[Phase] = []
    for n, (name, start, end) in enumerate(rows, 1):
        name, start, end = name.strip(), start.strip(), end.strip()
        if not (name or start or end):
            continue
        if not name:
            raise EditError(PHASE_NO_NAME.format(n=n))
        for which, text in (("开始月份", start), ("结束月份", end)):
            if text and not is_month(text):
                raise EditError(PHASE_BAD_MONTH.format(name=name, which=which, text=text))
        if start and end and start > end:
            raise EditError(PHASE_BACKWARDS.format(name=name, start=start, end=end))
        out.append(Phase(name, start or None, end or None, texts.get(name, "")))
    return out


def corrections_between(parsed: ParsedPlan, reviewed: ParsedPlan) -> Corrections:
    """The plan fields where ``reviewed`` differs from the document's parse."""
    mine, theirs = plan_fields(reviewed), plan_fields(parsed)
    return {name: Correction(mine[name], theirs[name]) for name in FIELDS if mine[name] != theirs[name]}


def apply_corrections(parsed: ParsedPlan, stored: Corrections) -> tuple[ParsedPlan, list[Conflict]]:
    """``parsed`` with the person's plan corrections laid back over it (see the module)."""
    plan = copy.deepcopy(parsed)
    now = plan_fields(plan)
    conflicts: list[Conflict] = []
    for name, correction in stored.items():
        if name == not_tasks.NOT_TASKS:            # rows the person marked 「不是任务」: marked again, no conflict
            not_tasks.mark(plan, correction.value)
            continue
        if name not in FIELDS or now[name] == correction.value:
            continue
        if now[name] != correction.document:
            conflicts.append(Conflict(PLAN_KEY, PLAN_TITLE, name, correction.value,
                                      correction.document, now[name]))
        set_plan_field(plan, name, correction.value)
    return plan, conflicts


def take_document(plan: ParsedPlan, conflicts: list[Conflict]) -> None:
    """For these conflicts (of tasks or of the plan) the revised document's value wins."""
    for conflict in conflicts:
        if conflict.key == PLAN_KEY:
            set_plan_field(plan, conflict.field, conflict.document_now)
    review_edits.take_document(plan, [c for c in conflicts if c.key != PLAN_KEY])


def set_conflict_value(plan: ParsedPlan, conflict: Conflict, value: Any) -> bool:
    """Give the field a conflict is about (a task's or the plan's) ``value``; False when the
    task is no longer in the plan."""
    if conflict.key == PLAN_KEY:
        set_plan_field(plan, conflict.field, value)
        return True
    task = dict(zip(review_edits.task_keys(plan.tasks), plan.tasks, strict=True)).get(conflict.key)
    if task is None:
        return False
    title = task.title
    review_edits.set_task_field(task, conflict.field, value)
    if not review_edits.conflict_short_name(task, conflict, value):
        review_edits.short_name_follows(task, title)
    review_units.add_missing_units(plan)
    return True


def conflict_value(plan: ParsedPlan, conflict: Conflict) -> Any:
    """The value the plan now has for the field a conflict is about (None: task gone)."""
    if conflict.key == PLAN_KEY:
        return plan_fields(plan)[conflict.field]
    task = dict(zip(review_edits.task_keys(plan.tasks), plan.tasks, strict=True)).get(conflict.key)
    return review_edits.field_value(task, conflict.field) if task is not None else None


def changes(before: dict[str, Any], plan: ParsedPlan) -> list[str]:
    """In words: which of the plan's own fields ``plan`` changes against ``before``, each line
    headed （方案）: among the tasks' changes."""
    return [f"{PLAN_TITLE}：{line}" for line in change_lines(before, plan)]


def change_lines(before: dict[str, Any], plan: ParsedPlan) -> list[str]:
    """``changes`` where only the plan's fields are said: 月度报送要求“…”→“…”."""
    now = plan_fields(plan)
    return [f"{FIELD_LABELS[n]}“{field_text(n, before[n])}”→“{field_text(n, now[n])}”"
            for n in FIELDS if n in before and before[n] != now[n]]
