"""The rows of a scoring scheme printed as numbered items: 「（二）工作绩效（小计80分）⏎1.概算控制：…是否…；（30分）
⏎2.进度控制：…（30分）」 — what an assessment scores and how many points each criterion carries, text and no task
(CONVENTIONS.md: a scoring table is what the assessment covers, no body work; round 32: points are marks). A row
whose text gives a body work 「1.各街道负责建立…台账（10分）」 stays a task; a lone item with a mark is no table."""

from __future__ import annotations

import re

from .headings import Item
from .opening_subjects import opening_subject

# a row's mark: 「（小计80分）」「（30分）」「(5分)」 at the end of its title or its text (a closing 。； after it)
_MARK = re.compile(r"[（(](?:小计|合计|共|计)?\s*\d{1,3}(?:\.\d)?\s*分[）)][。；;，,]?\s*$")
# a heading's subtotal wherever it stands in the title 「人员配备（小计5分）」
_SUBTOTAL = re.compile(r"[（(](?:小计|合计)\s*\d{1,3}\s*分[）)]")
# a body told to do work in the row (rule 2's verbs, or a modal a named doer carries)
_WORK = re.compile(r"负责(?!人)|牵头|会同|组织(?:实施|开展|召开|验收)")


# a criterion's marks written in its text, as a flattened 评分标准 table prints them
# 「…大于等于400兆瓦得6分，低于400兆瓦按比例得分」「…最高得2分」「单位千瓦扫风面积（2分）。…」
# 「…评分增加（扣减）0.4分；」
_MARKS_IN_TEXT = re.compile(r"得\s*\d{1,3}(?:\.\d{1,3})?\s*分|最高\s*\d{1,3}(?:\.\d{1,3})?\s*分"
                            r"|[（(]\s*\d{1,3}(?:\.\d{1,3})?\s*分\s*[）)]|[）)]\s*\d{1,3}(?:\.\d{1,3})?\s*分[。；;，,]?$")


def _marked(item: Item) -> bool:
    """The item's title or its text ends with a mark, its title carries a subtotal, or its text gives the marks a
    criterion earns (``_MARKS_IN_TEXT``)."""
    body = item.body.strip()
    return bool(_SUBTOTAL.search(item.title) or _MARK.search(item.title) or _MARK.search(body)
                or _MARKS_IN_TEXT.search(body))


# a criterion that judges rather than states work: 「…是否到位」「…的合理性」「主要考量…」「按比例得分」
_JUDGES = re.compile(r"是否|合理性|可靠性|规范性|考量|按比例|赋分|得满分|不得分|扣\s*\d")


def _weighted_work(item: Item) -> bool:
    """A row that states work and carries only its weight at its end 「4、开展结对共建活动,年活动不少于4次。(4分)」
    under a heading weighted the same way 「(一)、社区党建(20分)」 (no subtotal): an assessment's list of the work it
    weighs (Round 97's governs on x356_03, with Round 95's x350_01), not a scheme's criteria — those judge 「是否…」
    「…的合理性」 or write the marks a criterion earns in the text (「大于等于…得6分」)."""
    parent = item.parent
    if parent is None or _SUBTOTAL.search(parent.title):
        return False
    title, body = _MARK.sub("", item.title.strip()), _MARK.sub("", item.body.strip())
    return not (_JUDGES.search(title + body) or _MARKS_IN_TEXT.search(title) or _MARKS_IN_TEXT.search(body))


def _scored_group(parent: Item) -> bool:
    """Most of ``parent``'s items (two at least) carry a mark, or the parent's own title carries a subtotal."""
    if _SUBTOTAL.search(parent.title):
        return True
    marked = sum(_marked(c) for c in parent.children)
    return marked >= 2 and marked * 2 > len(parent.children)


def _gives_work(item: Item) -> bool:
    text = item.body.strip()
    first = re.split(r"[。；;！？\n]", text, maxsplit=1)[0]
    first = re.sub(r"^[^：:，,。]{1,12}[：:]", "", first)       # (「1.概算控制：…」: the criterion's name is no doer)
    return _WORK.search(text) is not None or bool(opening_subject(first, set()))


def scored_row(item: Item, groups: dict[int, bool] | None = None) -> bool:
    """A leaf of a scoring scheme: its group is scored (see ``_scored_group``; read once a parent when ``groups``
    keeps the answers) and it gives no body work."""
    parent = item.parent
    if item.children or parent is None or not (_marked(item) or _SUBTOTAL.search(parent.title)):
        return False
    groups = {} if groups is None else groups
    if id(parent) not in groups:
        groups[id(parent)] = _scored_group(parent)
    return groups[id(parent)] and not _gives_work(item) and not _weighted_work(item)


def drop_scored_rows(chosen: list[Item]) -> list[Item]:
    """The tasks but the rows of a scoring scheme (all of them kept where nothing else is left)."""
    groups: dict[int, bool] = {}
    return [i for i in chosen if not scored_row(i, groups)] or chosen
