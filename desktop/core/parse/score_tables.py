"""Score tables pasted as text (考核细则 / 目标责任书): ``考核内容 | 分值`` or ``序号 | 考核内容 | 考核标准 | 分值``.

Each row is a piece of work to be assessed: it becomes a numbered line (``1.河长巡河：区级河长每月巡河不少于1次。``).
The marks (分值, 评分标准's 扣N分) are no targets and are left out; a task table naming units is read by
``read.table_lines`` instead (its header has a unit column).
"""

from __future__ import annotations

import re

from .cell_blocks import ROW_NUMBER
from .table_heads import UNIT_COLUMNS, head_column, unit_column

# the column naming what is assessed (考核内容, 考核项目, 评分内容, 考核指标)
_NAME_HEAD = re.compile(r"(?:考核|考评|评分|评价|检查|测评)(?:内容|项目|指标|事项|要点)|指标(?:名称|内容)")
# the column of the marks (分值, 标准分, 权重): what shows the table is a score table
_SCORE_HEAD = re.compile(r"(?:标准|基本|单项)?分值(?:[（(]分[)）])?|分数|标准分|满分|权重|赋分")
# the column of the standard a row is scored by (考核标准, 评分标准, 评分细则)
_RULE_HEAD = re.compile(r"(?:考核|考评|评分|评价|检查|计分|扣分)(?:标准|细则|办法|要求|方法)")
# a clause that scores (缺1次扣1分 / 每降低1%扣2分 / 不得分 / 计10分): marks, not the work
# (扣 only before a figure or as 扣分/扣减: 扣押 is work; 计 only as 计N分: 统计1次 is work)
_SCORING = re.compile(r"扣(?:减|除|罚)?\s*\d|扣(?:减|除)?分|加分|得分|不得分|计分"
                      r"|(?<![统合累估核审设会])计\s*\d+(?:\.\d+)?\s*分"
                      r"|\d+(?:\.\d+)?\s*分(?![钟之类别局配工批期级管项部段区站队院社])")
# the other columns a score table may have, kept in the row's text: the target (目标值 95%), the time
# (完成时限 2025年6月底前), the units (责任股室 造林股: columns.unit_column, the header words do not list 股室)
_TARGET_HEAD = re.compile(r"(?:目标|指标|预期|计划)(?:值|数|数值|量|任务)?|预期目标|年度目标|目标要求")
_TIME_HEAD = re.compile(r"(?:完成|办结|整改)?(?:时间)?(?:时限|时间|期限|节点)|时间要求")
_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|总分|共计)$")
_SPLIT = re.compile(r"\s*[|｜\t]\s*|[ \u3000]{2,}")


def _cells(line: str) -> list[str]:
    stripped = line.strip().strip("|｜").strip()
    return [c.strip() for c in _SPLIT.split(stripped)] if stripped else []


def _header(cells: list[str]) -> dict[str, int | list[int]] | None:
    """The columns of a score table's header: number, names (one or two), rules; None unless it has a name
    and a score column and no unit column."""
    names: list[int] = []
    rules: list[int] = []
    kept: list[int] = []
    units: list[int] = []
    number = -1
    score = False
    for c, cell in enumerate(cells):
        label = re.sub(r"\s+", "", cell)
        if head_column(label, unlisted=False) in UNIT_COLUMNS:
            return None                 # a task table naming units: read.table_lines reads it
        if label in ("序号", "编号"):
            number = c
        elif _SCORE_HEAD.fullmatch(label):
            score = True
        elif _NAME_HEAD.fullmatch(label):
            names.append(c)
        elif _RULE_HEAD.fullmatch(label):
            rules.append(c)
        elif _TARGET_HEAD.fullmatch(label) or _TIME_HEAD.fullmatch(label):
            kept.append(c)
        elif unit_column(label):
            units.append(c)
    if not score or not names or len(cells) < 2:
        return None
    return {"number": number, "names": names[:2], "rules": rules, "kept": kept, "units": units}


def _unscored(text: str) -> str:
    """``text`` without its clauses that score (缺1次扣1分)."""
    clauses = [c for c in re.split(r"[，,；;。]", text) if c.strip() and not _SCORING.search(c)]
    return "，".join(c.strip() for c in clauses)


def _two_spaces(s: str) -> bool:
    """``re.search(r"[ \u3000]{2}", s)``: two spaces (plain or full-width) in a row, by ``in``."""
    return "  " in s or " \u3000" in s or "\u3000 " in s or "\u3000\u3000" in s


def score_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """If a score table's header is line ``i``: its rows as numbered lines, and the index after the table."""
    if "|" not in lines[i] and "｜" not in lines[i] and "\t" not in lines[i] and not _two_spaces(lines[i].strip()):
        return None
    head = _cells(lines[i])
    cols = _header(head)
    if cols is None:
        return None
    names, rules, number, kept, units = cols["names"], cols["rules"], cols["number"], cols["kept"], cols["units"]
    assert isinstance(names, list) and isinstance(rules, list) and isinstance(number, int)
    assert isinstance(kept, list) and isinstance(units, list)
    out: list[str] = []
    j = i + 1
    auto = 0
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        row = _cells(lines[j])
        if len(row) != len(head) or all(re.fullmatch(r":?-{2,}:?", c) for c in row if c):
            if len(row) == len(head):
                j += 1                  # a Markdown rule under the header
                continue
            break
        j += 1
        name = row[names[0]].rstrip("。；;")
        if not name or _TOTAL_ROW.fullmatch(re.sub(r"\s+", "", name)):
            continue
        detail = [row[c] for c in [*names[1:], *rules]]
        detail = [d for d in (_unscored(d) for d in detail) if d]
        detail += [row[c].rstrip("。；;") for c in kept if row[c].strip(" -—/无")]
        detail += [f"{row[c].rstrip('。；;')}负责" for c in units if row[c].strip(" -—/无")]
        auto += 1
        no = row[number].strip(" .、．") if number >= 0 else ""
        marker = f"{no}." if ROW_NUMBER.fullmatch(no) else f"{auto}."
        out.append(f"{marker}{name}" + (f"：{'，'.join(detail)}。" if detail else "。"))
    return (out, j) if out else None


def assessed_rows(texts: list[str], named: int) -> bool:
    """Whether an attached list is a score table's rows 「…（4分）」「…的扣1分」 that mostly name no unit: the marks
    the plan's work is assessed by, not its tasks — one row naming its doer 「文物单位应当…（4分）」 does not make it
    the plan's task list over the body's items (round 43)."""
    marked = sum(1 for t in texts if _SCORING.search(t))
    return marked * 2 > len(texts) and named * 2 < len(texts)
