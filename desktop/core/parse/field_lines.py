"""An item's fields printed one cell a line: the field's name alone on its line, its value on the next.

A task breakdown copied from a page that shows each task as a two-column table (field | value), or from
a Word table whose cells each became a line, gives

    1.新建高标准农田2万亩。
    责任单位
    县农业农村局
    完成时限
    10月底前

— the same fields a plan writes as 「责任单位：县农业农村局」. Such a name and its value are joined into
that labelled line, so the item's units and time are read as any label's. Only after an item's text
(a line closing a sentence, or a bracket after a sentence) or after a field so joined; the value must be what the field
holds (units for a unit field, a time for a time field). Not joined: a table's header row (the names
one after another: 「序号／工作任务／责任单位／完成时限」), a metadata box (「主动公开／责任部门／…」: no
sentence before it), a field whose next line is no value (「责任单位」 over 「1」).
"""

from __future__ import annotations

import re

from .script import fold
from .unit_labels import LABEL, LEAD, RESP, label_role
from .units import looks_like_unit

# a short line that could be a field's name alone (the check that it is one is LABEL's)
_NAME_LINE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,6})[ \t\u3000]*")
# what a time field holds: 10月底前 / 2024年12月 / 长期坚持 / 每季度
_TIME_VALUE = re.compile(r"\d|[一二三四五六七八九十]+月|年底|月底|季度|长期|持续|常态|全年|年内")
_ITEM_END = re.compile(r"[。；;！!][）)]?\s*$")
_SPLIT = re.compile(r"[、，,；;]")


def _field_role(line: str) -> str:
    """The role of the field a line names alone (LEAD, RESP, "scope" for its time), or ""."""
    m = _NAME_LINE.fullmatch(line)
    if not m:
        return ""
    name = fold(m.group(1))
    lab = LABEL.fullmatch(name + "：")
    return label_role(lab.group(0)) if lab else ""


def _holds(role: str, value: str) -> bool:
    """Whether ``value`` is what a field of ``role`` holds."""
    value = value.strip()
    if not value or len(value) > 120 or value.endswith("。") or _field_role(value):
        return False
    if role in (LEAD, RESP):
        return looks_like_unit(fold(_SPLIT.split(value, maxsplit=1)[0]).strip())
    return role == "scope" and len(value) <= 40 and bool(_TIME_VALUE.search(fold(value)))


def join_field_lines(text: str) -> str:
    """「责任单位」 over 「县农业农村局」 after an item's text → 「责任单位：县农业农村局」 (see the module)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    joined_last = False          # the last line kept is a field joined here
    i = 0
    while i < len(lines):
        line = lines[i]
        role = _field_role(line) if len(line) <= 12 else ""
        if role:
            prev = next((ln for ln in reversed(out) if ln.strip()), "")
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines) and (joined_last or _ITEM_END.search(prev)) and _holds(role, lines[k]):
                out.append(line.rstrip() + "：" + lines[k].strip())
                joined_last = True
                i = k + 1
                continue
        if line.strip():
            joined_last = False
        out.append(line)
        i += 1
    return "\n".join(out)
