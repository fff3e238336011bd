"""The bodies of a point that divides its work among them under a heading of duties (「（一）各方职责 区应急办负责…。
区市场监管局做好…。区城管执法局与街镇共同做好…。各属地派出所和街镇负责协助…。」): once three clauses at least are
led by 「A负责」 (``prose_units.duty_clause_units``), every body a clause opens with as the subject of its work is a
unit, whatever its verb (rounds 34, 35: under a heading that gives out work every body given work is one), and
「A和B」「A与B共同」 name both (round 34). Read by ``tasks._clause_or_colon_units``."""

from __future__ import annotations

import re

from .defined_names import drop_definitions
from .prose_units import _PARTY, CLAUSE_MARKER, defining_units, subject_units
from .sentence_names import read_names
from .units import looks_like_unit

# a heading that names the division of the point's work (各方职责 / 职责分工 / 部门分工)
_DIVISION_TITLE = re.compile(r"职责|分工")
# what follows the bodies a clause opens with when they are its subject: its work (做好 / 共同做好 / 要… / 对其…进行…),
# not a noun (区X局的职责 / 区X局是… / 区X局等…)
_WORK_AFTER = re.compile(r"(?:共同|分别|主要|具体|要|应当?|须|负责|依法|依照|按照|根据|对|积极|切实|认真|加强|做好|开展"
                         r"|落实|组织|协助|配合|指导|监督|承担|统筹|协调|督促|推进|实施)")


# staff a body is to name, its whole clause 「镇派出所要确定禁毒民警」: persons, no work of the body's (Round 88:
# 「A落实／配备／确定专人」 names none)
_STAFF_NAMED = re.compile(r"(?:要|应当?|须)?(?:确定|配备|指定|落实|明确)[\u4e00-\u9fff]{0,6}?"
                          r"(?:专人|民警|人员|联络员|专干|干部)(?:[，,]|$)")
# the work 「由…指定／确定的B负责」: B, the head after the 的 (round 30: a body in a noun's description is none)
_BY_DESCRIBED = re.compile(r"由[^，,。；;由]{2,20}?(?:指定|确定|认定|委托)的([\u4e00-\u9fff]{2,12}?)(?:具体)?负责")
# a body the point, or an item before it under the same heading, sets up 「指导成立X」「镇政府成立X」: rule 3
_SET_UP = r"(?:成立|组建|设立|下设)[^，,。；;由]{{0,12}}?{}(?=[，,。；;、）)\s]|$)"


def division_units(body: str, title: str, names: list[str], before: str = "") -> list[str]:
    """``names`` (the units of the point's 「A负责」 clauses) with every other body that leads a clause of the point's
    work under a heading of duties, in printed order, and the body 「A是…的责任主体」 designates; ``names``
    unchanged elsewhere. Not a body the point or the items ``before`` it set up, nor one naming staff alone."""
    if not names or not _DIVISION_TITLE.search(title):
        return names
    out: list[str] = []
    parted: set[str] = set()
    for clause in re.split(r"[。；;\n]", body):
        text = drop_definitions(CLAUSE_MARKER.sub("", clause.strip()))     # (「A（以下简称“B”）负责…」: A)
        got = [n for n in subject_units(text, parties=True) if n in names] or defining_units(text)
        if not got and (by := _BY_DESCRIBED.search(text)) and looks_like_unit(by.group(1)):
            got = [by.group(1)]         # (「…由县卫生局指定的医疗机构负责」: 医疗机构)
        read, at = read_names(text, 0)
        if read and _STAFF_NAMED.match(text, at):
            continue                    # (「镇派出所要确定禁毒民警」: staff named, no body's work)
        if read and _WORK_AFTER.match(text, at) and all(looks_like_unit(n) and not _PARTY.fullmatch(n) for n in read) \
                and (not got or len(got) == 1 and len(read) > 1 and all(n in got[0] for n in read)):
            parted.update(got)
            got = read                  # (「各属地派出所和街镇负责…」: the two bodies 和 joins)
        out += [n for n in got if n not in out]
    made = f"{before}\n{body}"
    return [n for n in out + [n for n in names if n not in out and n not in parted]
            if not re.search(_SET_UP.format(re.escape(n)), made)]
