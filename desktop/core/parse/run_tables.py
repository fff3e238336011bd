"""Task tables flattened with no separators at all (a document preview's text): header, row numbers, project,
content, leader, lead unit and cooperating units run together on one line
(序号项目名称主要内容区政府分管领导牵头单位配合单位1…).

Reads the text before the outline is built (``__init__``): a header run together from ``table_heads.COLUMN_WORDS``
with a unit column, then rows numbered 1, 2, … whose content ends at its 。 and whose units run on after it — a unit's
name ending as an organisation's (``units.NAME_END_WORDS``) or a place's does, the lead's as a body's. Each row is set
out as one numbered item with its units in a bracket (（牵头单位：…；配合单位：…）), so that the table's unit columns
give the rows' units as any task table's do: CONVENTIONS.md "Units written in sentences" rule 1 (a table column
gives its units; the label decides). ``_TASK_VERB`` (a task cell's opening verb) lives here because the run reader
stops at it; ``columns`` imports it back. Moved out of ``columns`` (round 44, at its 700-line limit) with no change
in what it reads.
"""

from __future__ import annotations

import re

from .table_heads import COLUMN_WORDS
from .units import NAME_END_WORDS, looks_like_unit

# a task cell's opening verb (建设城市交通基础设施监测平台 reads as a 平台, not a unit)
_TASK_VERB = re.compile(r"(建设|推进|加强|完善|开展|实施|加快|强化|提升|推动|优化|深化|健全|落实|做好|全面|积极|有序|"
                        r"持续|科学|编制|组织|研究|探索|打造|创建|完成|建立|构建|培育|发展|促进|提高|扩大|规范)")


# a task table's header flattened with no separators at all (序号项目名称主要内容区政府分管领导牵头单位配合单位1…)
_RUN_WORDS = "|".join(sorted({w for ws in COLUMN_WORDS.values() for w in ws if len(w) > 1} | {"项目名称", "名称"},
                             key=len, reverse=True))
_RUN_HEADER = re.compile(rf"序号((?:[\u4e00-\u9fff]{{0,4}}?(?:{_RUN_WORDS})){{3,8}})(?=1[^\d.、．])")
# where a unit's name ends in a run of names (教育局经开区高新园(邹区镇)各街道): an organisation's ending
# (units.NAME_END_WORDS) or a place's (街道, 区, 镇…); a lead unit ends as a body does, never as a place
_RUN_UNIT_END = re.compile(rf"(?:街道|社区|区|园|镇|乡|{NAME_END_WORDS})"
                           r"(?:[(（][^()（）]{1,10}[)）])?")
# a later sub-row's content opening (新增…, 改造…) after the units
_RUN_VERB = re.compile(r"新增|新建|新开|增设|增加|改造|改建|开工|实现|确保|支持|计划|启动|举办|提供|为")
# a department's ending inside a name, not after a level word (市委宣传部 is one name, 健委医保局 is not)
_RUN_INNER = re.compile(r"(?<=[^市省区县镇乡])[局委办厅]")
_RUN_LEAD_END = re.compile(rf"(?:{NAME_END_WORDS})$")


def _run_units(text: str, at: int) -> tuple[list[str], int]:
    """The unit names run together from ``at`` (stopping at a figure, a verb or a non-unit), and where they end."""
    names: list[str] = []
    while at < len(text) and not _TASK_VERB.match(text, at) and not _RUN_VERB.match(text, at):
        shortest = 2 if text.startswith("各", at) else 3          # 各镇, 各街道: a group
        end = next((m.end() for m in _RUN_UNIT_END.finditer(text, at) if m.end() - at >= shortest), None)
        name = text[at:end] if end else ""
        if _RUN_INNER.search(name[:-1]):
            break                          # 健委医保局: a name cut wrongly (卫健委, 医保局)
        if not name or len(name) > 12 or re.search(r"[\d，,。；;、:：“”]", name) or not looks_like_unit(name):
            break
        names.append(name)
        at = end or at
    return names, at


def _run_tail(text: str, at: int, leader: bool) -> tuple[list[str], int] | None:
    """A row's cells after its content: the leader's name (when the table has that column), the lead
    unit, the cooperating units."""
    if _TASK_VERB.match(text, at) or _RUN_VERB.match(text, at):
        return None
    for skip in ((3, 2) if leader else (0,)):
        if skip and not re.fullmatch(r"[\u4e00-\u9fff]+", text[at:at + skip]):
            continue
        names, end = _run_units(text, at + skip)
        if names and _RUN_LEAD_END.search(re.sub(r"[(（].*$", "", names[0])):
            return names, end
    return None


def unrun_table(text: str) -> tuple[str, int]:
    """A task table flattened with no separators at all (a document preview's text): row number,
    project, content, leader, lead unit and cooperating units run together. Set out one numbered
    item a row with its units in a bracket (（牵头单位：…；配合单位：…）); sub-rows' units join the
    row's; sub-rows without units share them (merged cells). Also how many rows."""
    m = _RUN_HEADER.search(text)
    if not m or not re.search(r"单位|部门", m.group(1)):
        return text, 0
    header = m.group(0)
    leader = any(w in header for w in COLUMN_WORDS["leader"])
    body = text[m.end():].replace("\n", "")
    rows: list[tuple[int, list[str], list[str], list[str]]] = []   # number, text parts, leads, others
    at, want = 0, 1
    while at < len(body):
        if body.startswith(header, at):
            at += len(header)
            continue
        num = re.match(rf"{want}(?=[\u4e00-\u9fff“\"])", body[at:])
        if num and (not rows or at == 0 or rows[-1][2]):
            rows.append((want, [], [], []))
            at += len(str(want))
            want += 1
        if not rows:
            return text, 0
        stop = body.find("。", at)
        if stop < 0:
            rows[-1][1].append(body[at:])
            break
        rows[-1][1].append(body[at:stop + 1])
        at = stop + 1
        tail = _run_tail(body, at, leader)
        if tail:
            names, at = tail
            rows[-1][2].append(names[0])
            rows[-1][3].extend(n for n in names[1:] if n not in rows[-1][3])
    if len(rows) < 2 or sum(1 for r in rows if r[2]) < 2:
        return text, 0
    lines = [text[:m.start()].rstrip()]
    for number, parts, leads, others in rows:
        units = f"（牵头单位：{'、'.join(leads)}；配合单位：{'、'.join(others)}）" if leads else ""
        lines.append(f"{number}.{''.join(parts)}{units}")
    return "\n".join(lines) + "\n", len(rows)
