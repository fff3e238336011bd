"""An unnumbered unit line as the heading of numbered items (CONVENTIONS.md rule 1; round 37, Units): a 部门职责 page
that writes each body's name on a line of its own 「市某某局」, maybe a lead line 「负责…工作。」, and then its duties
（一）…（四）, numbered again from 一 under the next body's line. The bare line is no text of the item before it (where
the outline left it, at the end of that item's body); it names the unit of every item of the run under it.

A line is read so only where the numbering restarts right after it (（四） / 市建设局 / （一）): a line in the middle of
an item's text, or one over items that go on counting, heads nothing."""
from __future__ import annotations

import re

from .division_paragraphs import unit_name
from .headings import Item
from .normalise import split_top_level
from .prose_units import BODY_ACTIVITIES
from .sentence_names import read_names
from .sentence_units import DUTY_HEADING
from .units import Declaration, looks_like_unit

# a body's name alone on a line: no punctuation, a head word at its end (局 / 委 / 院 / 政府 / 办事处 …)
_UNIT_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:局|委员会|委|办公室|办事处|办|政府|法院|检察院|院|厅|中心|"
                        r"总队|大队|支队)")
# the unit's lead line under it: 「负责…工作。」 (its remit, said once for the items below)
_LEAD_LINE = re.compile(r"负责[^\n]{2,60}?[。.]?")


def _first(item: Item) -> bool:
    return item.value == 1


def _heading_line(item: Item) -> tuple[str, int] | None:
    """The unit named by the lines closing ``item``'s body and where those lines start, or None."""
    lines = item.body.rstrip("\n").split("\n")
    if len(lines) < 2:
        return None
    at = len(lines) - 1
    if _LEAD_LINE.fullmatch(lines[at].strip()) and len(lines) >= 3:
        at -= 1
    name = lines[at].strip()
    before = [line.strip() for line in lines[:at] if line.strip()]
    # (the item's own text closes with its full stop: not a table's cells one a line, 市卫生健康委 / 市市场监管局)
    if not _UNIT_LINE.fullmatch(name) or not looks_like_unit(name) or not before or before[-1][-1] not in "。；;.":
        return None
    return name, len("\n".join(lines[:at]))


def unit_line_runs(items: list[Item]) -> dict[int, Declaration]:
    """The unit of each item under a bare unit line (by ``pos``); the lines are cut from the body they closed."""
    out: dict[int, Declaration] = {}
    by_parent: dict[int | None, list[Item]] = {}
    for item in items:
        by_parent.setdefault(item.parent.pos if item.parent is not None else None, []).append(item)
    for run in by_parent.values():
        heads: list[tuple[int, str, int]] = []      # (index in run where the unit's items start, unit, cut)
        for i in range(len(run) - 1):
            nxt = run[i + 1]
            if nxt.kind != run[i].kind or not _first(nxt) or run[i].children:
                continue
            found = _heading_line(run[i])
            if found is not None:
                heads.append((i + 1, found[0], found[1]))
        if not heads:
            continue
        for n, (start, name, cut) in enumerate(heads):
            before = run[start - 1]
            before.body = before.body[:cut].rstrip("\n")
            end = heads[n + 1][0] if n + 1 < len(heads) else len(run)
            for item in run[start:end]:
                out[item.pos] = Declaration(resp=[name], source=name, from_heading=True)
    for item in items:
        # (五、责任分解 / 教育管理中心: over its 1、 2、: the line closing the section's own text heads its first items,
        # up to the next unit's paragraph)
        # (a label 「A:」 under a work heading gives A as lead, round 38; 「各村、“两基”工作组:」 names both)
        if item.children and _first(item.children[0]) and (name := _colon_heading(item)):
            item.body = item.body[:item.body.rstrip().rfind("\n") + 1].rstrip("\n")
            for kid in item.children:
                if kid.unnumbered and kid.unit:
                    name = kid.unit if kid.body.startswith(kid.unit) else ""
                if name:
                    names = [p for p in split_top_level(name, "、") if p]
                    out[kid.pos] = Declaration(lead=list(names), resp=_assisted(kid.body, names), source=name,
                                               from_heading=True, explicit_lead=True)
    return out


# a clause of the label's own body that 配合／协同 another 「，配合乡人民政府做好…」 (its subject the label's unit)
_ASSISTS = re.compile(r"(?:^|[，,；;：:。])\s*(?:并|同时|积极|主动)?(?:配合|协同)")
# a general call as the one assisted 「配合有关部门」: no unit
_GENERAL = re.compile(r"^(?:有关|相关|其他|其它)")


def _assisted(body: str, names: list[str]) -> list[str]:
    """The bodies a division label's text 配合／协同 (round 38: responsible with the label's unit)."""
    out: list[str] = []
    for m in _ASSISTS.finditer(body):
        out += [n for n in read_names(body, m.end())[0] if n not in names + out and not _GENERAL.search(n)]
    return out


# a clause whose subject is a partner of the label's body 「，县应急局配合。」「。市有关部门积极配合做好…」 (its
# names, then the partner's role; what it then does is the label's work)
_PARTNER_CLAUSE = re.compile(r"\s*(?:等(?:单位|部门))?(?:积极|全力|密切|主动|共同)?(?:配合|协助|参与)")


def colon_partners(body: str, names: list[str]) -> list[str]:
    """The partners a unit-colon item's text names as the subjects of 配合／协助／参与 「A：负责…，B配合」 (round 38:
    unit-colon labels with partners give A lead and B responsible): [] where it names none. Not the bodies A itself
    assists 「A：…，配合B做好…」: the tuned answers read rule 1 there (the label decides, B no unit)."""
    colon = re.search(r"[：:]", body)
    if colon is None or re.search(r"[。，,；;\n]", body[:colon.start()].strip()):
        return []                       # (the colon of the label that opens the item, not one inside its text)
    text = body[colon.end():]
    out: list[str] = []
    for m in re.finditer(r"(?:^|(?<=[，,。；;]))\s*(?=[\u4e00-\u9fff])", text):
        got, end = read_names(text, m.end())
        if got and _PARTNER_CLAUSE.match(text, end) and not any(re.search(r"[，,。；;：:]", n) for n in got):
            out += [n for n in got if n not in names + out and not _GENERAL.search(n)]
    return out


def _colon_heading(item: Item) -> str:
    """The unit a bare 「X:」 line closing ``item``'s text names, where it is a division's heading line (see
    ``division_paragraphs``); "" otherwise."""
    last = item.body.rstrip().rsplit("\n", 1)[-1].strip()
    return unit_name(last, bare=True) if "\n" in item.body.strip() and last.endswith((":", "：")) else ""


# a body placed by its level or a group of them: 「县教育局」「各镇」「街道办事处」 (not 「综合服务中心」, a thing to
# build)
# (a place the site masked 「***日报社」 is a place as printed: x261_01)
_PLACED = re.compile(r"^(?:各|[省市县区镇乡]|\*{2,})|办事处$|人民政府$")
# (a body's own outlets in a bracket after its name 「日报社(晨刊、手机报)」 aside: the name's end is before it)
_BODY_END = re.compile(r"(?:局|委|办|府|处|道|镇|乡|门|位|中心|院|所|站|队|村|社区|企业|机构|报社|电视台|电台)"
                       r"(?:[（(][^（）()]{1,30}[)）])?$")


def lone_unit_heading(item: Item, names: list[str]) -> bool:
    """A heading that is nothing but its bodies' names over numbered items 「（二）各镇、街道办事处」 / 「1、在辖区…」:
    the items' units even where no sibling is headed so (rule 1)."""
    head = item.body.strip()
    placed = all(_PLACED.search(n) and _BODY_END.search(n) and looks_like_unit(n) for n in names)
    if not item.children:
        # 「二、细化职责分工 ⏎ （一）县教体局。主要负责…」: a point that opens with its bodies' names alone, then their
        # duties, under a heading dividing the work — the names head it, alone or not (a page cut after it)
        # (or a unit-colon label 「1、县住建局：向县委报告…；督促…」, its duties whatever verb opens them: the
        # colon labels the point, rule 1 — round 40, a page cut after its first point; or the names again as the
        # subject of the duties 「（一）各社区、各村。各社区、村是第一责任主体，…负总责」, rule 1, round 35)
        first, stop, rest = re.split(r"([。：:])", head, maxsplit=1) if re.search(r"[。：:]", head) else (head, "", "")
        return placed and bool(stop) and first == "、".join(names) \
            and (stop not in "。" or _DUTIES_OPEN.match(rest.lstrip()) is not None
                 or rest.lstrip().startswith(names[0])) \
            and item.parent is not None and DUTY_HEADING.match(item.parent.title.strip()) is not None
    # (「（一）区水利局活动」: the body's activities, its name then 活动)
    return "\n" not in head and BODY_ACTIVITIES.sub("", head.rstrip("：:")) == "、".join(names) and placed


# the duties after a point's names: 「主要负责…」「负责…」「牵头…」
_DUTIES_OPEN = re.compile(r"(?:主要|具体|全面)?(?:负责|牵头)")
