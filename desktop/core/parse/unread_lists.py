"""An attached task list the parser did not take beside the body's items.

The plan's tasks are its body's items, and its 附件 lists tasks too (「附件：…任务清单」, a table of
序号 / 任务 / 牵头单位 / 责任单位 / 完成时限): the body is read, the list a repeat whose rows carry their own
units (CONVENTIONS.md: body items repeated in an attached task table). Where the list says the same as the
body nothing is lost; where it differs (a row the body does not have, other units, another date or figure)
the person must see which one the plan was read from (ux60 finding 2: a changed row and an added row of
the list vanished without a word). ``unread_list_warning`` says so, naming the list and the rows that
differ.

Only a list of two or more rows that name units or dates is compared, each row with the body's task of
the same name (its title's first words), and only where half its rows or more have one: a list whose rows
the body does not name (a duty list, a glossary, a form) is another document, not a version of the body's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.model import Task

from .headings import Item, build_items

# the 附件 lines that only label the list: 「附件」「附件：X」「附件1」
_ANNEX_LINE = re.compile(r"^附\s*件\s*\d*\s*[:：]?\s*")
# a line that is a list's row or a header, not its title
_ROW_LINE = re.compile(r"^(?:\d{1,3}[.、．]|[(（][\d一二三四五六七八九十]{1,3}[)）]"
                       r"|[一二三四五六七八九十]{1,3}、|序号)")
_SHOWN = 3                              # rows named in the warning, then 「等」


def _key(task: Task) -> str:
    """A task's name for pairing: its title's first words, marks and spaces left out."""
    return re.sub(r"[\s“”\"《》（）()、，,。：:；;]", "", task.title)[:6]


def _list_title(trailer: str) -> str:
    """The list's title: the first line after the 附件 label that is no row (「某县…任务清单」), else the label's
    own words (「附件：…任务清单」); "" where there is none."""
    label = ""
    for line in (x.strip() for x in trailer.splitlines()):
        if not line:
            continue
        if _ANNEX_LINE.match(line):
            label = label or _ANNEX_LINE.sub("", line)
            continue
        return "" if _ROW_LINE.match(line) else line[:40]
    return label[:40]


def _differs(row: Task, task: Task) -> list[str]:
    """What the list's row says otherwise than the body's task: units, date, figures (the row's figures among the
    task's: a row is often shorter)."""
    out = []
    if row.lead_units and row.lead_units != task.lead_units or \
            row.responsible_units and set(row.responsible_units) != set(task.responsible_units):
        out.append("单位")
    if row.deadline and row.deadline != task.deadline:
        out.append("完成时限")
    body = {(t.value, t.unit) for t in task.targets}
    if any((t.value, t.unit) not in body for t in row.targets):
        out.append("目标")
    return out


def unread_list_warning(tasks: list[Task], trailer: str,
                        read: Callable[[list[Item]], list[Task]]) -> str | None:
    """The warning for the task list of the plan's 附件 (``trailer``) left unread beside the body's ``tasks``, where
    it differs from them; ``read`` builds tasks from items (the plan's own reader). None where there is no such list
    or it repeats the body."""
    if not tasks or not trailer.strip():
        return None
    appendix = build_items(trailer)
    rows = [r for r in read(appendix.items) if r.lead_units or r.responsible_units or r.deadline] \
        if appendix.items else []
    if len(rows) < 2:
        return None
    by_key: dict[str, Task] = {}
    for t in tasks:
        by_key.setdefault(_key(t), t)
    paired = [(row, by_key.get(_key(row))) for row in rows]
    if 2 * sum(1 for _, task in paired if task is not None) < len(rows):
        return None                     # (another list: duties, a glossary, a form — not a version of the body's)
    changed: list[str] = []
    for row, task in paired:
        name = f"第{row.number}项" if len(row.number) <= 4 else f"“{row.title[:12]}”"
        if task is None:
            changed.append(f"{name}（正文没有）")
        elif what := _differs(row, task):
            changed.append(f"{name}（{'、'.join(what)}不同）")
    if not changed:
        return None
    title = _list_title(trailer)
    named = f"附件“{title}”" if title else "附件中的任务清单"
    shown = "、".join(changed[:_SHOWN]) + ("等" if len(changed) > _SHOWN else "")
    return (f"{named}列有 {len(rows)} 项任务，与正文不一致：{shown}。已按正文读取任务，附件清单没有读入，"
            "请对照附件核对。")
