"""The partners of 会同 under a unit heading (Round 39 ruling): 「（一）县教体局。主要负责…，会同属地公安机关
指导督促学校…」 — the heading's body does its work with them, so they are responsible with it, and the
heading's one body leads (「A会同B＋verb」: lead A, responsible A, B). The objects of 督促／指导 after them are
not units (not read here)."""
from __future__ import annotations

import re

from .prose_units import subject_units
from .subject_verbs import _with

# a general call as the partner 「会同有关部门」「会同相关单位」: no unit
_GENERAL = re.compile(r"^(?:有关|相关|其他|其它)|[员人者]$")
# the clause before that opens a case 「确需调整的，」「发生…时，」「…情况下，」 (rule 3)
_CASE = re.compile(r"(?:的|时|情况下|情形下)\s*$")
# the partners' work given by 进行 alone 「联合派出所对违停行为进行处罚」: no verb of rule 2 (round 44), 联合 names none
_CARRIED_OUT = re.compile(r"(?:对[^，,。；;]{1,30}?)?进行")
# what may stand before 会同 in a clause of the heading's body with no subject of its own: a modal, an adverb, 牵头
_OWN_CLAUSE = re.compile(r"(?:(?:并|同时|还|也)?"
                         r"(?:应当|应|要|须|需|负责|牵头|主动|及时|积极|定期|共同|立即|依法)){0,3}")


def with_partners(body: str, names: list[str], leads: list[str]) -> tuple[list[str], list[str]]:
    """(names, leads) of a unit heading's item with the bodies its text 会同 added (the heading's one body leading)."""
    names = list(dict.fromkeys(names))     # (the heading's names and the pivots read under it, once each)
    heading = names[:]                     # (before later sentences' bodies join: the one that leads)
    # (「（1）区水务局负责…。区河道水闸管理所具体负责…。」: a later sentence's own 负责 body is a doer, rule 2)
    # (not a short reference to a body named before 「街道消委办…。消委办负责…」, nor a part of it 「市应急管理局执法
    # 总队」 after 市应急管理局: round 28)
    # (only where the point's text runs on from its heading: a heading line 「（一）应急管理部门」 over its paragraph is
    # read by the kind-heading rule, round 28)
    first = body.strip().split("\n", 1)[0]
    own = "\n" not in body.strip() or re.search(r"[。；;，,]", first) is not None
    names += [n for n in dict.fromkeys(n for sentence in re.split(r"(?<=[。；;])", body.strip())[1:] if own
                                       for n in subject_units(sentence))
              if not any(m.endswith(n) or n.startswith(m) for m in names)]
    # (whatever the heading's form: run in 「（一）县教体局。主要负责…」「1.区X局：负责…」 or a line of its own over its
    # paragraph 「（四）区应急局」 / 「会同区建管委指导…」 — the answers aligned in round 39)
    if not re.search("会同|联合", body):
        return names, leads
    partners: list[str] = []
    general = False
    seps = "，,。；;：:\n"
    # (「A联合B＋verb」 as 「A会同B」, round 34/40)
    for m in re.finditer("会同|联合", body):
        para = body[body.rfind("\n", 0, m.start()) + 1:m.start()].lstrip()
        if m.group() == "联合" and body[:m.start()].strip().count("\n") and not any(para.startswith(n) for n in names):
            continue        # (联合 in a later paragraph of its own subject 「支队、大队承担…，联合B开展…」: not the
            #                 heading body's — only its run-in text or a paragraph opening with its name)
        # (the clause before 会同 and the one before it, found by a bounded scan back, not a split of the whole body)
        lo = max(0, m.start() - 300)
        cut = max(body.rfind(c, lo, m.start()) for c in seps)
        if cut < 0 < lo:
            continue        # (no clause of a heading's body runs 300 characters without a stop)
        clause = body[cut + 1:m.start()].strip()
        prev = body[max(body.rfind(c, max(0, cut - 300), cut) for c in seps) + 1:cut] if cut >= 0 else ""
        if not (any(clause.startswith(n) for n in names) or _OWN_CLAUSE.fullmatch(clause)):
            continue        # (「…专管员应立即会同小区房屋专管员…」: another's 会同, not the heading's body's)
        if cut >= 0 and _CASE.search(prev):
            continue        # (「发生…事故的，会同B处置」: a case, not the item's work — rule 3)
        # (the partners end at the clause's end: 「会同区建管、城管等部门，加强…」 reads no name past the comma)
        first = re.split(r"[，,。；;]", body[m.start():m.start() + 200], maxsplit=1)[0]
        got = _with(first)
        if got and m.group() == "联合" and _CARRIED_OUT.match(first, got[1]):
            continue        # (「联合B对…进行处罚」: 进行 is no verb of rule 2 outside articles — round 44; x289_08)
        read = got[0] if got else []
        general = general or any(_GENERAL.search(n) for n in read)
        partners += [n for n in read if n not in names + partners and not _GENERAL.search(n)]
    if not partners:
        # (「县住建局：…，联合有关部门开展督导检查」: a general call as the partner is no unit, the body still leads
        # — as in a sentence, round 32)
        return names, leads or (heading[:1] if general and len(heading) == 1 else [])
    return names + partners, leads or (heading[:1] if len(heading) == 1 else [])
