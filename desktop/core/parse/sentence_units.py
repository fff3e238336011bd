"""The doers of an item's work written in its sentences — CONVENTIONS.md "Units written in sentences" (round 29).

An item with no unit label of its own or inherited (rule 1) takes as its units the bodies its own text makes the
doers of its work (rule 2): the agent of 由 with a verb of doing (「由A负责…」「由A组织开展…」), the subject of
负责/具体负责/主责/实施/落实/组织…/牵头 (「A负责…」「A依法对…实施监督」), 「（由）A会同B＋verb」 (lead A,
responsible A, B), 「由A牵头」「A牵头…」 (lead A) with 「B、C配合/参与/协助」 after a doer; every such clause of the
item, in order. Not units (rule 3): receivers (报A备案 / 向A申请 / 经A同意 / 在A指导下: never the subject nor the
agent of 由), members (由A、B组成), a body the item sets up (成立由A牵头的…办公室), 负责同志/负责人, a clause in a
case (确需调整的，由A负责 / 发生…时，由A…), bodies inside a quoted name or a document title, persons.
"""

from __future__ import annotations

import re

from .prose_units import CLAUSE_MARKER, VERB_START, split_joined
from .units import looks_like_unit

# what may follow a body's name where the name ends and the work begins (区环保局|研究制定 / 住保中心|统筹管理)
_AFTER_NAME = re.compile(
    r"(?:负责|牵头|会同|统一|统筹|自行|研究|结合|根据|依据|依照|按照|组织|作为|委托|进行|审批|审核|核发|监督|具体|"
    r"主要|共同|派员|受理|办理|编制|制定|制订|承担|处置|实施|落实|协调|指导|督促|开展|做好|建立|完成|提供|拆除|"
    r"对|在|向|将|应当|应|要|须|必须|需|可|于|依法|依规|按规定|及时|定期|配合|参与|协助|切实|全面|积极|加强|推进|"
    r"推动|一并|每年|适时|针对|围绕|聚焦|就|从|以|等(?:部门|单位|机构)?|是)")
_JOIN = re.compile(r"[、和及与]|以及")
_MODAL = r"(?:应当|应该|应|要|将|须|必须|需|需要)?"
_ADVERB = r"(?:主要|具体|全面|统一|切实|积极|依法|依规|共同|进一步|负责)?"
# 负责 of a doer, not 负责人 / 负责同志 / 负责类 / 负责的 / 负责解释
_DO = re.compile(rf"^{_MODAL}{_ADVERB}(?:负责|主责|实施|落实|组织)(?!人|同志|类|的|解释|领导|机构|架构|保障|方式|形式)")
_LEAD = re.compile(rf"^{_MODAL}{_ADVERB}(?:负责牵头|牵头)(?!的|单位|部门|人)")
_WITH = re.compile(rf"^{_MODAL}{_ADVERB}会同")
_ON = re.compile(r"^(?:依法|依规)?对[^，,]{1,40}?(?:实施|负责)(?!人|同志)")
_HELP = re.compile(r"^(?:[依按根][据照][^，,]{0,8}?)?(?:共同)?(?:配合|参与|协助)(?!单位|部门|人)")
_DEFINES_LEAD = re.compile(r"^是[^，,]{0,40}?(?:牵头部门|牵头单位)")
# the subject stands before a modal or a rule and the verb comes after a comma: 「A应按照…要求，配合做好…」
_SUBJECT_ONLY = re.compile(rf"^(?:{_MODAL[3:-2]}|[依按根][据照]|是)")
# a clause that opens a case: the work after it is a contingency (rule 3)
_CASE_OPEN = re.compile(r"^(?:确需|确有|如需|如|若|发生|遇到|遇有|出现)")
# 由 that is no agent's: 交由/转由/经由/理由/由于/由此/自由
_BY = re.compile(r"(?<![交转经理自缘])由(?![于此])")
# a general call, not a body (rule 3)
_GENERAL = re.compile(r"^各(?:地|单位|部门|级[\u4e00-\u9fff]*|方面)$|^全[省市区县镇乡国]")
# a clause, not a name: 「试点区由区市场监管局」「相关部门适时指导」「要指导项目实施部门」
_NOT_IN_NAME = re.compile(r"的|由|要|会同|适时|督导|负责|牵头|下发|提交|担任|按计划|按半年度|组成|下设|《|"
                          r"向|直接|搭建|征求|加快|研究|联合|组长|并")
_PERSON = re.compile(r"(?:人员|人|同志|专家|群众|居民|村民|个人|师|员|长|书记)$")
_NOT_NAME_START = re.compile(r"^(?:会同|负责|牵头|配合|协助|参与|组织|由|对|在|以|为|将|把|按照|根据|依据|向|经|报|"
                             r"请|督促|切实|协调|联合|面向|引进|依托|纳入|检查|鼓励|带动|逐|我|其|原则|市、区|县\(市)")
_VERB_NAMED = re.compile(r"(?:委|局|厅|办|署|中心|单位|部门)$")
_QUOTED = re.compile(r"《[^》]{0,80}》|“[^”]{0,40}”|\"[^\"]{0,40}\"")


def _name_ok(name: str) -> bool:
    if not 2 <= len(name) <= 40 or _NOT_IN_NAME.search(name) or _PERSON.search(name) or _GENERAL.match(name):
        return False
    if _NOT_NAME_START.match(name) or VERB_START.match(name) and not (
            _VERB_NAMED.search(name) and not _NOT_NAME_START.match(name[2:])):
        return False            # (发展改革委 / 建设单位 / 实施单位: names that open with a verb's word)
    # a named body, a kind of body or a group (区住建委 / 建设行政管理部门 / 各街镇 / 建设单位), not a person, a
    # clause (督促各街镇 / 请各区…) or a general call (各地 / 各单位 / 全区)
    return looks_like_unit(name) or bool(re.search(r"(?:联席会议|集体经济组织)$", name))


def _read_names(text: str, pos: int = 0) -> tuple[list[str], int]:
    """The bodies named from ``pos`` (区规划资源局、区城管执法局 / 区绿化市容局和区商务委 / A、B等部门) and where the
    words after them begin; ([], pos) when no body is named there."""
    names: list[str] = []
    at = pos
    while True:
        found = verb = None
        for k in range(2, min(40, len(text) - at) + 1):
            name = text[at:at + k]
            rest = text[at + k:]
            if not _name_ok(name):
                continue
            if _JOIN.match(rest) or _AFTER_NAME.match(rest) or not rest:
                found = (name, at + k)
                break
            if verb is None and VERB_START.match(rest):
                verb = (name, at + k)   # (A严格… ; but 市住房城乡|建设管理委, 各区|发展改革委: a longer name first)
        found = found or verb
        if found is None:
            return (names, at) if names else ([], pos)
        name, at = found
        names += [n for n in split_joined(name, _name_ok) if n not in names]
        m = _JOIN.match(text, at)
        if m and m.end() < len(text) and not re.match(r"(?:负责|牵头|会同)", text[m.end():]):
            nxt, end = _read_names(text, m.end())
            if nxt:
                names += [n for n in nxt if n not in names]
                at = end
        tail = re.match(r"等(?:部门|单位|机构)?", text[at:])
        if tail:
            at += tail.end()
        return names, at


def _sentences(text: str) -> list[list[str]]:
    text = _QUOTED.sub("《》", text)
    out = []
    for sentence in re.split(r"[。；;\n]", text):
        pieces = [CLAUSE_MARKER.sub("", p.strip()) for p in re.split(r"[，,：:]", sentence)]
        pieces = [re.sub(r"^(?:[一二三四五六七八九十]是|同时|并且|并|另外|此外|其中)", "", p) for p in pieces]
        out.append([p for p in pieces if p])
    return out


def doer_units(text: str) -> tuple[list[str], list[str]]:
    """The units an item's own text makes the doers of its work (rule 2): (leads, responsible), the leads also
    first among the responsible; ([], []) when it names none."""
    leads: list[str] = []
    resp: list[str] = []

    def add(names: list[str], lead: bool = False) -> None:
        for n in names:
            if lead and n not in leads:
                leads.append(n)
            if n not in resp:
                resp.append(n)

    for pieces in _sentences(text):
        subject: list[str] = []
        case = False
        for piece in pieces:
            # 「确需调整的，由A负责」「发生…时，由A…」: the clause after a case is a contingency (rule 3)
            if case or _CASE_OPEN.match(piece) or piece.endswith(("的", "时")) and piece is not pieces[-1]:
                case = not case and piece.endswith(("的", "时"))
                continue
            names, at = _read_names(piece)
            rest = piece[at:] if names else piece
            if names and any(not looks_like_unit(n) and "联席会议" not in n and "经济组织" not in n for n in names):
                names = []
            if names:
                subject = names
                if (w := _WITH.match(rest)) and (partners := _read_names(rest, w.end())[0]):
                    add(names, lead=True)
                    add(partners)
                elif _LEAD.match(rest) or _DEFINES_LEAD.match(rest):
                    add(names, lead=True)
                elif _DO.match(rest) or _ON.match(rest):
                    add(names)
                elif _HELP.match(rest) and resp:
                    add(names)
                elif not _SUBJECT_ONLY.match(rest):
                    subject = []
                if subject:
                    continue
            elif subject:
                # the subject's later clause: 「A是…的责任主体，负责…」 / 「A要…，会同B督促…」
                if (w := _WITH.match(piece)) and (partners := _read_names(piece, w.end())[0]):
                    add(subject, lead=True)
                    add(partners)
                    continue
                if _LEAD.match(piece):
                    add(subject, lead=True)
                    continue
                if _DO.match(piece) or _HELP.match(piece) and resp:
                    add(subject)
                    continue
            for by in _BY.finditer(piece):
                agents, at = _read_names(piece, by.end())
                after = piece[at:]
                if not agents or re.match(r"[\u4e00-\u9fff]{0,6}的|[^，,]*组成|负责解释", after) \
                        or all(re.fullmatch(r"(?:有关|相关)(?:部门|单位)", a) for a in agents):
                    continue
                if (w := _WITH.match(after)) and (partners := _read_names(after, w.end())[0]):
                    add(agents, lead=True)
                    add(partners)
                elif _LEAD.match(after):
                    add(agents, lead=True)
                    helpers = pieces[pieces.index(piece) + 1:pieces.index(piece) + 2]
                    for h in helpers:
                        names, hat = _read_names(h)
                        if names and _HELP.match(h[hat:]):
                            add(names)
                else:
                    add(agents)
                break
    return leads, resp
