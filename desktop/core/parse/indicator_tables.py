"""The plan targets of an indicator table printed one cell a line (表1 / 专栏 「主要指标」): a header row
序号 / 类别 / 指标名称 / 指标单位 / 现状值 / 目标值 / 属性, then each row's cells, one a line, after its 序号
(1 / 火灾形势 / 每百万人火灾事故年平均发生率（起/百万人） / 500 / ≤490 / 约束性). Each row's 目标值 is a plan
target, with the unit of its 指标单位 cell or of the brackets closing the indicator's name. A table of past figures
(no column of targets), a table of tasks (no column of indicators) and the 现状值 / 基期值 column are no targets."""

from __future__ import annotations

import re

from desktop.core.model import Target

from .targets import find_targets

# the header's cells: the indicator, the target, its unit, the kind, the attribute
_NAME_COL = re.compile(r"^(?:主要)?指标(?:名称|项目|项|内容)?$")
_TARGET_COL = re.compile(r"目标(?:值)?$|^(?:规划|预期)目标|^(?:20\d\d年)?(?:近期|中期|远期)?规划(?:值)?$")
_UNIT_COL = re.compile(r"^(?:指标)?(?:计量)?单位$")
_KIND_COL = re.compile(r"^(?:类别|类型|领域|分类)$")
_ATTRIBUTE_COL = re.compile(r"^(?:指标)?属性$")
_ATTRIBUTE = re.compile(r"^(?:约束性|预期性)$")
_HEADER_CELL = re.compile(r"^[^，,。；;：:]{1,16}$")
# the words of a header cell; a cell after them before row 1 that has none is row 1's kind (促发展 / 惠民生)
_HEADER_WORD = re.compile(r"序号|指标|单位|属性|目标|现状|基期|基准|类别|类型|领域|分类|备注|年|值|期|完成|实际")
# a target cell: a figure, with a comparison before it or a 〔 〕 total around it (≤490 / ＞5 / 〔12〕 / 95%)
_FIGURE = re.compile(r"^[〔\[]?\s*(?:[≤≥<>＜＞]|不低于|不少于|不超过|低于|高于|超过)?\s*\d[\d.,，]*"
                     r"(?:\s*[—\-–~至]\s*\d[\d.]*)?"
                     r"\s*(?:%|％)?\s*[〕\]]?(?:左右)?$")
# a year printed under the column it dates, in a second header line (现状 / 近期规划 / （2025年） / （2030年）), and
# the cell over both columns (指标值) the first header line prints before them
_YEAR_CELL = re.compile(r"^[（(](20\d\d)年?[)）]$")
_GROUP_CELL = re.compile(r"^(?:指标)?(?:数)?值$")
# the unit closing an indicator's name: 每百万人火灾事故年平均发生率（起/百万人） / 数量（万套（间））
_NAME_UNIT = re.compile(r"[（(]((?:[^（）()]|[（(][^（）()]*[)）]){1,10})[)）]$")
_UNIT_WORDS = re.compile(r"^[^\d，,。；;：:]{1,8}$")


def indicator_table_targets(text: str, year: int | None) -> list[Target]:
    """The 目标值 of every row of each indicator table printed one cell a line in ``text``."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out: list[Target] = []
    i = 0
    while i < len(lines):
        if lines[i] != "序号":
            i += 1
            continue
        header = ["序号"]
        j = i + 1
        while j < len(lines) and len(header) < 12 and lines[j] != "1" and _HEADER_CELL.match(lines[j]):
            header.append(lines[j])
            j += 1
        while len(header) > 1 and not _HEADER_WORD.search(header[-1]):
            header.pop()            # (促发展: the kind of the rows below, printed before row 1)
        i = j
        header = _dated_columns(header)
        cols = _columns(header)
        if cols is None or j >= len(lines) or lines[j] != "1":
            continue
        # a 类型 column whose first row holds 约束性 / 预期性 is the attribute, no merged kind cell
        header = [h if not _KIND_COL.match(h) or n + j >= len(lines) or not _ATTRIBUTE.match(lines[j + n])
                  else "属性" for n, h in enumerate(header)]
        name_col, target_col, unit_col = cols
        when = re.search(r"(20\d\d)年", header[target_col])     # 2030年目标值: due at that year's end
        due = f"{when.group(1)}-12-31" if when else None
        ends_with_attribute = bool(_ATTRIBUTE_COL.match(header[-1]))
        if not ends_with_attribute and any(_KIND_COL.match(h) for h in header):
            continue        # (a merged kind cell leaves rows of unequal length: only the attribute ends one)
        serial = 1
        while j < len(lines):
            if lines[j] != str(serial) and j + 1 < len(lines) and lines[j + 1] == str(serial) \
                    and len(lines[j]) <= 12 and not _FIGURE.match(lines[j]):
                j += 1              # (惠民生 before row 4: the kind of the rows below)
            if lines[j] != str(serial):
                break
            row: list[str] = []
            k = j + 1
            while k < len(lines) and len(row) < len(header) - 1:
                if not ends_with_attribute and row and lines[k] == str(serial + 1) and k + 1 < len(lines) \
                        and not _FIGURE.match(lines[k + 1]):
                    break           # (a blank cell: the next row's serial and name, not this row's target)
                row.append(lines[k])
                k += 1
                if ends_with_attribute and _ATTRIBUTE.match(row[-1]):
                    break
            if ends_with_attribute and not (row and _ATTRIBUTE.match(row[-1])) or len(row) < len(header) - 2:
                break
            if ends_with_attribute or len(row) == len(header) - 1:     # (a short row: which cell is blank is unknown)
                out.extend(_row_targets(row, len(header), (name_col, target_col, unit_col), year, due))
            serial += 1
            j = k
        i = max(i, j)
    return out


def _dated_columns(header: list[str]) -> list[str]:
    """The header with each year printed in a second line (（2025年） / （2030年）) set before the column it dates, in
    order (2025年现状 / 2030年近期规划), and the cell spanning those columns (指标值) dropped."""
    dated: list[str] = []           # the years of the closing year cells, read once (from the last one back)
    while len(dated) < len(header) - 1 and (cell := _YEAR_CELL.match(header[-1 - len(dated)])):
        dated.insert(0, cell.group(1))
    years = len(dated)
    if years < 2:
        return header
    head = header[:-years]
    if len(head) < years + 1:
        return header
    cols = [f"{y}年{h}" for h, y in zip(head[-years:], dated, strict=True)]
    rest = head[:-years]
    if rest and _GROUP_CELL.match(rest[-1]):
        rest = rest[:-1]
    return rest + cols


def _columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """The indices of the indicator, target and unit columns of a header row, or None when it is no header of
    an indicator table (no indicator column, no target column: a table of past figures or of tasks)."""
    names = [n for n, h in enumerate(header) if _NAME_COL.match(h)]
    targets = [n for n, h in enumerate(header) if _TARGET_COL.search(h) and not re.search(r"现状|基期|基准", h)]
    units = [n for n, h in enumerate(header) if _UNIT_COL.match(h)]
    if len(names) != 1 or len(targets) != 1 or targets[0] <= names[0]:
        return None
    if any(re.search(r"实际|完成情况|完成值|实现值|^(?:20\d\d年)?完成$", h) for h in header):
        return None         # (2025年规划目标 / 2025年实际完成: the last plan's review, no target of this one)
    return names[0], targets[0], units[0] if units else None


def _row_targets(row: list[str], width: int, cols: tuple[int, int, int | None], year: int | None,
                 due: str | None) -> list[Target]:
    """The target of one row, its cells counted from the right (a merged kind cell is missing from all but the
    first row of its kind)."""
    def cell(col: int) -> str:
        at = len(row) - (width - col)
        return row[at] if 0 <= at < len(row) else ""

    name_col, target_col, unit_col = cols
    name, value = cell(name_col), cell(target_col)
    if not name or not _FIGURE.match(value) or _FIGURE.match(name):
        return []
    unit = cell(unit_col) if unit_col is not None else ""
    if unit_col is None and (m := _NAME_UNIT.search(name)):
        unit, name = m.group(1), name[:m.start()]
    unit = unit.replace("％", "%")
    if not _UNIT_WORDS.match(unit) or re.search(r"[%％]", value):
        unit = "" if not _UNIT_WORDS.match(unit) or unit == "%" else unit
    value = value.removesuffix("左右").strip("〔〕[] ").replace("％", "%")
    if unit == "%" and value.endswith("%"):
        unit = ""
    found = find_targets(f"{name}{value}{unit}", year, relaxed=True, fallback_deadline=due)
    for t in found:         # (人/亿元, 人/万车: a rate per head of what the name counts, read whole)
        if "/" in unit and t.unit == unit.split("/", 1)[0]:
            t.unit = unit
    return found
