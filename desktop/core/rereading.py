"""The same document imported again after the program's plan reader changed (m66a).

A re-import lists where the new parse differs from the stored plan (``review_corrections.task_changes``) in the words of
a revised document: 「新文件改动任务…」, 「新方案中没有这项任务」, 「原方案“X”，新方案“Y”」. When the document's text is
the very one stored (``same_text``), those differences are the new version's reading of it, not changes of the
document, and are said so (``READ_AGAIN``, ``reading_line``; a correction's as ``Conflict.text(reading=True)``): the
person's corrections are kept as always, and the person still chooses. A plan stored without its text (an old
workspace, a plan package) is never taken as read again: today's words stand.

Beside the words (m67a): a re-read's changes are in each task's history as the new version's reading
(「新版本识读（文件未变）」, ``task_edits.source`` 'reading'), not 「方案修订」; a plan field's ⚑ conflict is a
reading too unless the person kept it at a revision's import (``store.plans.PLAN_KEPT``); and a short name that only
follows the person's own corrected title is no difference at all (``store.plans._own_short_names``).

Only the words change here: the changes themselves (``Reimport.changes``, ``ImportResult.changes``) and how they are
told apart (``review_edits.change_kind``) are the revision's, one list for both.
"""

from __future__ import annotations

from desktop.core.review_corrections import ADDED_TAIL, DROPPED_TAIL, MARKED_NOT_TASK_TAIL, NOT_TASK_TAIL, TEXT_CHANGED

READ_AGAIN = "文件内容未变；以下差异来自新版本对文件的识读，请逐项确认"
# a task's line: its differences, the earlier reading → the new version's
READ_DIFFERENTLY = "识读不同（原识读→新版本识读）　"
READ_ADDED_TAIL = "：新版本从文件中读出的任务（原先未读作任务）"
READ_DROPPED_TAIL = "：新版本不再把这一项读作任务，将标为撤销（已有进展保留）"
READ_TEXT = "读出的任务原文范围不同"

# characters that make no difference to what a document says: a byte-order mark, zero-width spaces and joiners, the
# soft hyphen (whitespace of every kind is dropped as well: ``str.split``)
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))


def _content(text: str) -> str:
    return "".join(text.translate(_INVISIBLE).split())


def same_text(stored: str | None, now: str) -> bool:
    """Whether ``now`` (a document's text as read for import) is the text ``stored`` with the plan, after
    normalisation: line ends, spaces of any width, blank lines and invisible characters make no difference — a plan
    saved again in another editor is the same document. False where nothing was stored (no text to compare)."""
    if not stored or not stored.strip():
        return False
    return _content(stored) == _content(now)


def reading_line(line: str) -> str:
    """One line of a re-import's changes (``task_changes``, ``plan_edits.changes``) worded as the new version's
    reading of an unchanged document: a task it reads that was not read before, one it no longer reads as a task,
    a task's fields read otherwise (「二.1 …：识读不同（原识读→新版本识读）　完成时限“…”→“…”」). Lines of the
    person's own (「不是任务」 rows) are left as they are."""
    if line.endswith(ADDED_TAIL):
        return line[:-len(ADDED_TAIL)] + READ_ADDED_TAIL
    if line.endswith(DROPPED_TAIL):
        return line[:-len(DROPPED_TAIL)] + READ_DROPPED_TAIL
    head, sep, said = line.partition("：")
    if not sep or line.endswith((NOT_TASK_TAIL, MARKED_NOT_TASK_TAIL)):
        return line
    return f"{head}：{READ_DIFFERENTLY}{said.replace(TEXT_CHANGED, READ_TEXT)}"
