"""Which items are tasks where a plan divides its work among units in a section of its own (四、职责分工 /
三、部门职责): the section's paragraphs each give one unit its duties, and beside the plan's other tasks the
section is one task holding all those units.

Split from ``tasks`` (which items are tasks), which calls it once the tasks are chosen."""

from __future__ import annotations

import re

from .defined_names import drop_definitions
from .headings import Item
from .prose_units import _ANY_BODY, _PARTY, DIVISION_TITLE, duty_paragraphs, opening_units, split_joined
from .sentence_units import doer_units
from .shortname import WORK_START
from .units import Declaration, looks_like_unit, split_units

# what may stand between a division paragraph's body and its work: a circumstance, a standing or a basis
# (区建设管理委作为区域行业主管部门，负责… / 街镇按照…要求，严格落实… / 市、区民政局在监督检查中发现…，要立即督促…),
# a modal, 分别, or the verb itself
_AFTER_BODY = re.compile(r"在|按照|依据|依照|根据|作为|结合|要|应|分别|具体|主要|负责|牵头|参与|协同|配合|协助|落实|"
                         r"承担|严格|切实|履行")
# a circumstance opening a division paragraph before its body 「在县委统一部署下，」 (a page may cut its start)
_UNDER = re.compile(r"^[^，,。；;：:\n]{0,20}?(?:部署|领导|指导|统筹)下?\s*[，,]\s*")
# the work a division paragraph gives its body, in its first sentence
_WORK = re.compile(r"负责|牵头|落实|实施|组织|承担|参与|协同|配合|协助|督促|指导|履行")
# a section's lead-in announcing the duties of the paragraphs below it (…主要管理、执法部门工作职责如下： /
# 各部门职责分工如下：), the section's first paragraph
_ANNOUNCED = re.compile(r"[^\n]{0,80}?(?:职责|分工|责任)(?:分工)?(?:明确)?如下\s*[：:]\s*(?:\n|$)")
# the document's close after the last section (本实施意见自2025年4月1日起施行，有效期3年。…): to the end
_IN_FORCE = re.compile(r"\n\s*本(?:实施)?(?:意见|方案|办法|细则|规定|计划|通知)[^。\n]{0,8}?自[^。\n]{0,20}?(?:起|之日)"
                       r"(?:施行|实施|执行|生效)[^\n]*(?:\n[^\n]*)*$")
# fields sharing one head (区规划资源、绿化市容…等相关行政管理部门 / 勘察设计、工程施工标准化专业技术委员会): one name
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _less_tail(name: str) -> str:
    """A body less the category tail after it (各街镇等项目管理单位 → 各街镇); a name whose head is shared by fields
    (商务等部门 / 人事、卫生等部门) is kept as printed (round 31)."""
    before, sep, _tail = name.partition("等")
    return before if sep and "、" not in before and looks_like_unit(before) else name


# a paragraph that opens by defining a body as another it names 「应急指挥机构为办事处防汛指挥部。」 (round 30:
# 「领导机构为…」 a body the item defines, no unit; Round 97 on x356_04) — not a designation 「A为牵头单位，负责…」
_DEFINED_AS = re.compile(r"(?:^|(?<=\n))\s*([^，,。；;：:为\n]{2,20}?)为[^，,。；;：:的\n]{2,20}?"
                         r"(?:指挥部|领导小组|工作小组|委员会|办公室)。")


def _division_opener(paragraph: str) -> list[str]:
    """The bodies a paragraph of a division section opens with: as ``opening_units`` reads them, or a body with a
    circumstance or basis between it and its work (街镇按照…要求，严格落实… / A、B、C分别负责…); fields sharing one
    head before it are one name as printed (round 31)."""
    if (under := _UNDER.match(paragraph)) and not _listed_opener(paragraph):
        paragraph = paragraph[under.end():]     # (「在县委统一部署下，县公安局具体推进…」: a circumstance first)
    got = opening_units(paragraph)
    listed = _listed_opener(paragraph)
    if got and not (len(listed) > len(got) and listed[0] == got[0]):
        # (本市…调查工作由市规划资源局牵头: the agent of 由, not the work before it; 「A以及B、C和D按照各自职责，
        # 协同…」: the whole list before the basis, not A alone)
        return [n.rpartition("由")[2] if "由" in n and looks_like_unit(n.rpartition("由")[2]) else n for n in got]
    return listed


def _listed_opener(paragraph: str) -> list[str]:
    """The bodies listed before a circumstance or basis and the work of a division paragraph (see ``_AFTER_BODY``)."""
    first = re.split(r"[。；;：:]", paragraph.strip(), maxsplit=1)[0]
    for m in _AFTER_BODY.finditer(first, 0, 80):
        if m.start() < 2:
            continue
        names = []
        for said in re.split(r"[，,]", first[:m.start()]):     # (A、B、C，各街镇等项目管理单位负责…: one list)
            got, _notes, _leads, odd = split_units(said)
            if odd and got and looks_like_unit(got[-1]) and "、" in said \
                    and all(_FIELD.fullmatch(p) for p in said.split("、")[:-1]):
                got, odd = [said], []   # fields sharing one head
            if not got or odd or not all(looks_like_unit(n) for n in got):
                return []
            names += [j for n in got for j in _joined(_less_tail(n))]
        if any(_ANY_BODY.fullmatch(n) or _PARTY.fullmatch(n) for n in names) or not _WORK.search(first, m.start()):
            return []                   # (各单位要积极推进…: a general call)
        return names
    return []


def division_sections(items: list[Item], chosen: list[Item], decls: dict[int, Declaration]) -> list[Item]:
    """A top-level 职责分工 section with nothing numbered under it whose paragraphs each open with a unit and
    its duties (区房管局：牵头… / 区财政局负责…, read as its own text or as unnumbered paragraphs under it),
    beside the plan's other tasks: the section is one task holding all their units, not a task a paragraph."""
    picked = {i.pos for i in chosen}
    extra: list[Item] = []
    dropped: set[int] = set()
    for item in items:
        # (or a (N) item so titled, headed as work to do, under a section: 「四、保障措施 （二）明确责任分工。」 over
        # 「A：负责…」 paragraphs — not a roster's 「2.3 工作职责」 over each office's duties, a task each)
        nested = item.kind == 2 and item.parent is not None and item.parent.kind == 1 \
            and DIVISION_TITLE.match(item.title) is not None and WORK_START.match(item.title) is not None
        if (item.kind != 1 or item.parent is not None) and not nested or item.unnumbered \
                or item.pos in picked and item.pos in decls \
                or not all(c.unnumbered and not c.children for c in item.children):
            continue
        body = "\n".join([item.body, *(c.body for c in item.children)])
        titled = DIVISION_TITLE.match(item.title) is not None
        announced = None if titled else _ANNOUNCED.match(body.strip().split("\n", 1)[-1].lstrip())
        if not (titled or announced):
            continue
        if not any(c.top() is not item for c in chosen) and item.children:
            continue        # the plan's whole work is its division of work (二、职责分工 alone): a task a unit
            #                 (its paragraphs read as items; one written in the section's own text, a page cut
            #                 after its first 「A、B:负责…」, stays the section's: the section one task, its units)
        if announced:
            # (六、保障机制 / 为加强组织领导，…各部门工作职责如下： / 区A负责… / 区B负责…: a section of another
            # title whose lead-in announces the duties below it is a division section; the lead-in no paragraph)
            body = body.strip().split("\n", 1)[0] + "\n" + body[announced.end() + body.index(announced.group()):]
        # (本实施意见自…起施行，有效期3年。: the document's close after the section's last paragraph, none of it)
        body = _IN_FORCE.sub("", body)
        # (「A（简称“X”）负责…」: the bracket that defines a short name is no part of A — round 43; Round 94 on x63_04)
        body = drop_definitions(body)
        found = duty_paragraphs(body, _division_opener)
        if found is None:
            continue
        lead, resp = found
        resp += _clause_doers(body, lead + resp)
        if defined := {m.group(1) for m in _DEFINED_AS.finditer(body)}:
            # (「防汛应急指挥机构为办事处防汛指挥部。其职责是:…」: a body the section defines is none, round 30)
            lead, resp = [n for n in lead if n not in defined], [n for n in resp if n not in defined]
        decls[item.pos] = Declaration(lead=lead, resp=resp, source="、".join(lead + resp))
        if item.pos not in picked:
            extra.append(item)
        dropped.update(c.pos for c in item.children)
    if not extra and not dropped:
        return chosen
    return sorted([i for i in chosen if i.pos not in dropped] + extra, key=lambda i: i.pos)


def _clause_doers(body: str, have: list[str]) -> list[str]:
    """The bodies a division section's paragraphs give work in their other clauses 「A负责…；具体日常监督管理工作由B
    承担；…由C承担。」: under a 职责分工 heading every body given work is a unit (rounds 34, 35), each clause of rule 2
    read (the sentence reader's doers) — beside the paragraphs' openers, none of them again (a short name inside a
    full one is the same body; not a part of a pair that shares its head 「市、区规划资源局」, which names two bodies:
    「区规划资源局配合…」 is one of them on its own)."""
    out: list[str] = []
    for paragraph in body.strip().split("\n")[1:]:
        for name in doer_units(paragraph.strip())[1]:
            if not any(_width(name) in _width(h) or _width(h) in _width(name)
                       for h in [*have, *out] if "、" not in h):
                out.append(name)
    return out


def _width(name: str) -> str:
    """A name with its brackets in one width 「街道(开发区)办事处」 = 「街道（开发区）办事处」: one body."""
    return name.replace("(", "（").replace(")", "）")


def _joined(name: str) -> list[str]:
    """「街道办事处和相关管理局(管委会)」: two bodies joined by 和, a note in brackets closing the second kept on it."""
    note = re.search(r"[（(][^（）()]{1,12}[)）]$", name)
    bare = name[:note.start()] if note else name
    parts = split_joined(bare)
    return [parts[0], parts[1] + (note.group() if note else "")] if len(parts) == 2 else [name]
