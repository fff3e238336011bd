"""A task table a page printed as one run-on line (a PDF's page pasted as text): the header 「序号 主要任务 主要内容
责任单位」 and then every row's cells, separated by spaces only. The rows are split at their numbers like any run-on
text; each row's 责任单位 cell then stands in its text as a sentence of names alone
「…卫生院。市卫健委、发改委、财政局」 (after the row's content, or between two of its numbered measures ①②). That
sentence is the row's units label (CONVENTIONS rule 1: the label decides), written as one (``…(责任单位:A、B)``); the
cell's own rules after it (「列在首位的为牵头单位,…下同」, read plan-wide by ``first_listed_leads``) leave the text,
and a standing line 「以下均需X落实,不再列出」 adds X to every later row (Round 39 ruling: a units line by its own
words).
"""

from __future__ import annotations

import re

from .headings import Item
from .table_heads import column_of
from .unit_labels import LABEL
from .units import FIRST_LEADS, looks_like_unit, split_units

# the header run together with the rows after it on one line: 序号 and at least two column names, one of them a
# units column, separated by spaces, more text after them on the line
_HEADER = re.compile(r"(?:序号|编号)((?:[ \t\u3000]+[\u4e00-\u9fff]{2,10}){2,8})[ \t\u3000]+\S")
# 「以下均需各县(市、区)党委和人民政府落实,不再列出」: the body every later row names without printing it
_STANDING = re.compile(r"以下(?:均|都|皆)?(?:需|须|由)(?P<units>[^，,。；;：:]{2,40}?)(?:负责)?落实[，,]?"
                       r"不再(?:一一)?列出")
_SENTENCE = re.compile(r"[^。；;]+[。；;]?")


def _table_header(text: str) -> bool:
    """True when ``text`` holds a task table's header run together with its rows."""
    for m in _HEADER.finditer(text):
        kinds = {column_of(w, whole=False) for w in m.group(1).split()}
        if kinds & {"lead", "resp"} and "task" in kinds:
            return True
    return False


def _names(sentence: str) -> list[str]:
    """The bodies a sentence names and nothing else (「市卫健委、发改委、财政局」), or []."""
    s = sentence.strip().rstrip("。；;")
    if not 2 <= len(s) <= 120 or re.search(r"[：:“”《》①-⑳\d]", s):
        return []
    names, _notes, leads, odd = split_units(s)
    return names if names and not odd and not leads and all(looks_like_unit(n) for n in names) else []


def label_cell_sentences(items: list[Item], text: str) -> None:
    """Each item of a run-on table (see the module's doc) given its units cell as a label, in place."""
    if "序号" not in text and "编号" not in text or not _table_header(text):
        return
    standing: list[str] = []
    for item in items:
        if LABEL.search(item.body):
            continue
        parts = [m.group(0) for m in _SENTENCE.finditer(item.body)]
        at = next((k for k in range(1, len(parts)) if _names(parts[k])), None)
        if at is None:
            continue
        names = _names(parts[at])
        end = at + 1
        while end < len(parts) and (FIRST_LEADS.search(parts[end]) or _STANDING.search(parts[end])):
            if (m := _STANDING.search(parts[end])) is not None:
                standing = split_units(m.group("units"))[0]
            end += 1        # (the cell's rules: the plan's, no part of the row's work)
        names += [n for n in standing if n not in names]
        body = "".join(parts[:at] + parts[end:]).rstrip()
        item.body = f"{body}(责任单位:{'、'.join(names)})"
