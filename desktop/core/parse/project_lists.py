"""Lists of classes of projects an item's rule covers (CONVENTIONS.md round 37, classes of objects; round 43, project
classes; Round 78's (b) and Round 91: lines that only class the cases an act reaches are its text, one task naming
none with the act): 「…项目范围为…的公益性项目，主要包括：⏎1、…工程。」「下列建设项目免予…审核：⏎（一）…」
「重点工程需单独备案，包括：⏎（1）…等水利工程；⏎（3）…，经A组织论证，确需纳入的其他工程。」 —
every line a noun phrase ending in 项目／工程, no work of its own."""

from __future__ import annotations

import re

from .sentence_units import doer_units

# a list of classes of projects 「…项目范围为…的公益性项目，主要包括：⏎1、学校、医院…新建、改建、扩建工程。⏎2、总投资
# 100万元（含）以上的桥梁工程。」「以下项目应报市住建委审批：」「本办法适用满足以下任何一项的建设项目：」 (round 37,
# classes of objects; round 43, project classes): the lead-in names projects, or lists them 「包括：」, and every line
# is a class of projects, a noun ending in 项目 / 工程 — the item's rule covers them, no work in the lines
_PROJECTS_LEAD = re.compile(r"(?:(?:项目|工程)[^。；;\n]{0,30}|(?:主要|具体)?包括)[：:][ \t\u3000]*$")
PROJECT_CLASS = re.compile(r"^[^。；;\n]{2,70}?(?:项目|工程)[；;。]?$")
# (an aside in brackets 「城市道路（不包括已建道路的人行道）」 narrows a class, no class of its own: left out
# when a line is measured)
_ASIDE = re.compile(r"[（(][^（()）\n]{1,40}[）)]")
# (a class described by the clauses before its last 的 「…，经A组织论证，确需纳入管理的其他改造工程。」:
# the body named there picks the class, no work of the line's own — as ``project_objects``'s 「由A确定…的建设项目」)
_DESCRIBED_CLASS = re.compile(r"^[^。；;\n]*的((?:其他|其它)?[\u4e00-\u9fff]{0,8}(?:项目|工程)[；;。]?)$")


# (not a scope point's definition 「本办法所指的小型建设工程…，具体包括：」「本办法适用于…」:
# ``rule_lists.scope_kinds``)
_SCOPE_WORDS = re.compile(r"所指|所称|是指|适用")
# (nor a lead-in that is itself work 「县住建局牵头，各乡镇配合，2024年底前完成以下工程：⏎1.老旧小区改造工程」: the
# works its units must do, each a task — review of round 43): a verb of work over the list 「完成以下工程」, a
# deadline, or doers named where the lead-in defines no range 「区建设管理委负责的…项目范围为…，主要包括：」
_LEAD_WORK = re.compile(r"(?:实施|推进|完成|建设|建成|开展|抓好|做好)(?:好)?(?:以下|下列|如下)|(?:年|月)(?:底|末)?前")
_RANGE = re.compile(r"范围|包括|是指|分为")


def _doerless(lines: list[str]) -> bool:
    return not any(doer_units(line)[1] for line in lines)


def _class_noun(line: str) -> str:
    """``line`` as the class it names: its asides left out, and a class described before its last 的 read as the
    noun after it (the bodies in the description pick the class, they are given no work)."""
    bare = _ASIDE.sub("", line.strip()).strip()
    described = _DESCRIBED_CLASS.match(bare)
    return described.group(1) if described else bare


def project_classes(body: str, firsts: list[str], lines: list[str]) -> bool:
    """``body`` lists classes of projects 「…包括：」 and every line (``firsts``, ``lines`` whole) is one, naming no
    doer of its own."""
    lead = _PROJECTS_LEAD.search(body)
    if lead is None:
        return False
    sentence = re.split(r"[。\n]", body[:lead.start()])[-1]
    if _LEAD_WORK.search(sentence) or doer_units(sentence)[1] and not _RANGE.search(sentence + lead.group()):
        return False
    return re.search(r"项目|工程", sentence + lead.group()) is not None and not _SCOPE_WORDS.search(sentence) \
        and all(PROJECT_CLASS.match(_ASIDE.sub("", first.rstrip("：:")).strip()) for first in firsts) \
        and _doerless([_class_noun(line) if "\n" not in line.strip() else line for line in lines])


# (the projects a rule covers named first 「下列建设项目的规划许可，由A负责实施：」「下列建设项目免予…审核：」, every
# line a class of projects, a noun phrase whatever bodies its own clauses name 「…规定由A审批的建设项目；」 and an
# exception after it 「…大修工程，但文物保护单位…除外；」 — round 43, project classes)
_PROJECTS_FIRST = re.compile(r"^(?:下列|以下)[\u4e00-\u9fff]{0,6}?(?:项目|工程)(?:的|[，,]|(?=[\u4e00-\u9fff]))"
                             r"[^。；;\n]{0,60}[：:][ \t\u3000]*$")
_PROJECT_LINE = re.compile(r"^[^。；;\n]{2,120}?(?:项目|工程)(?:[，,]但[^。；;\n]{2,40}除外)?[；;。]?$")


def project_objects(body: str, firsts: list[str]) -> bool:
    # (not lines that each give a named body its work 「（一）县交通运输局负责组织实施…项目；」: rule 2's items — an
    # agent inside the clause that describes the project 「由区政府确定…的建设项目」 gives none)
    return _PROJECTS_FIRST.match(body.strip()) is not None and all(_PROJECT_LINE.match(f) for f in firsts) \
        and _doerless([re.sub(r"由[^，,。；;的]{1,30}的", "", f) for f in firsts])
