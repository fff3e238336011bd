"""A subject carried over the clauses and sentences of one paragraph — CONVENTIONS.md round 34 ("An elided subject
carries over inside one paragraph") and round 37's sentence-reader class.

「A要编制…。要对…。要贯彻落实…，落实…」: the later sentences open with a modal or a verb and name no body, so their
verbs are A's (a verb of rule 2 there makes A a doer). 「A依托…，加快推进…，落实…」「A在…阶段要编制…，落实…」: a
subject whose own clause opens with a means or a time keeps its later clauses. A sentence that opens otherwise (a
general call 「各地要…」, a case, 由…) ends the run; a pivot's object 「A要督促B…」 keeps B's verbs inside its sentence
only (the next sentence 「要…」 is A's again). After a ；, a clause that opens with a plain verb and names no body
「A要…；严格执行…，落实…」 still runs to its later verb of rule 2 (round 44's subjectless verb after a ；-clause).
Also the unit lines over their duties 「A职责：⏎负责…」 (round 35), read the same way: the name over the lines under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from .defined_names import drop_definitions
from .doer_forms import EXPLAINED, JOINS
from .prose_units import CLAUSE_MARKER

# a sentence that opens with its modal, its subject left out 「要对…」「还应…」 (a bare verb 「落实…责任制。」 is a
# slogan of the plan's, not the subject's)
ELIDED_OPEN = re.compile(r"^[还也并均都又]?(?:应当|应该|应(?!急)|要(?!素|求|点)|须|需要?|必须)")
# a sentence opening with 会同 or 负责 and naming no subject 「A要加强…；会同B开展…」「…；负责…的处罚」: the subject of
# the sentence before it is dropped, as after 要 (not 负责人／负责同志, persons; not 负责解释)
# (… and one opening with a verb of rule 2 after a sentence whose subject stands before its modal
# 「各村要充分利用…开展宣传。落实举报奖励制度，…」「各区要…。组织各级工会发动…」 (round 34: the elided subject
# carries inside one paragraph; not a call to comply 「落实“谁执法谁普法”的普法责任制。」, the plan's slogan)
# (… and 联合B＋verb, read as 会同 (round 34; Round 64 rulings), opening a sentence that names no subject
# 「A强化执法力度…。联合B检查…」: lead A, responsible A, B — x121_06; not 联合 as an adverb or a noun
# 「联合检查由A牵头」: ``JOINS``)
WORK_OPEN = re.compile(rf"^(?:会同|协同|{JOINS}|(?:具体)?负责(?!人|同志|解释|的)|"
                       r"(?:认真|切实|严格|及时|全面)?(?:组织(?=开展|实施|落实|召开|编制|制定|力量|专家|人员|各)|"
                       r"落实(?!情况|到位|不力|好|[^，,。；;]{0,40}?(?:责任制|要求|精神|部署|指示|决策)$)))")
# a verb of rule 2 joined by 并 to the subject's first verb 「A应研究制定…并负责实施」「A建立…机制并组织落实」 (not
# 「加强对街道牵头并负责实施的…项目的监督」: the verb with 的 is inside the subject's object, another's work, review 41)
JOINED_DO = re.compile(r"^[^，,]*?并(?:具体|统一|依法)?(?:负责|组织(?:实施|开展|落实)|落实)"
                       r"(?!人|同志|解释|的|情况|到位|(?:实施|落实|推进|开展|管理|建设|监管)?的)")
# a verb of rule 2 heading one of the verb phrases a later clause of the subject's joins by 、 or 并 「A应积极推进…，
# 明确…、定期…、实施动态管理」「A要坚持…，做好沟通并按需落实好…」 (round 34: the subject carries inside its sentence;
# not 「、落实情况」「、实施方案」 nouns, nor 「…落实到位」 a standard met; not a list inside a means
# 「通过…、落实…，保持…」
# or a noun's description 「作为推进…、落实节能减排的工作实践」)
LISTED_DO = re.compile(r"^(?!通过|借助|依托|利用|以|作为|将|把|按照|围绕|在)[^，,]*?"
                       r"[、并](?:及时|认真|严格|切实|按需|全面|具体|统一|依法|依规|有效)?(?:实施|落实|负责)"
                       r"(?!情况|到位|与否|不力|人|同志|的|方案|主体|单位|部门|责任制)(?=[\u4e00-\u9fff])(?![^，,]*?的)")
# 「要…，认真落实…要求」 in such a sentence: a closing call to comply, no work given
COMPLIES = re.compile(r"落实[^，,]{0,40}?(?:要求|精神|规定|部署|指示|决策)$")
# the verb after a rule the subject follows 「…，并按照…要求落实各项措施」 in a later clause: 落实 right after the
# rule's noun, with its object (not 「按照责任分工抓好任务落实」, a noun; not 「按照…确定专人负责办理」, a person's)
# (… or 实施 after a named rule 「…，并按《…细则》实施惩戒」: the rules it acts by, a manner — Round 100's turned
# x65_01 二/（三）)
RULE_THEN = re.compile(r"^(?:[依按根][据照]|按)[^，,]{0,30}?(?:要求|标准|规定|规范|规程)(?:认真|严格|切实)?落实"
                       r"(?!情况|到位|不力)(?=[\u4e00-\u9fff]{2})|"
                       r"^(?:[依按根][据照]|按)《》(?:严格|依法)?实施(?!情况|的|以来)(?=[\u4e00-\u9fff]{2})")
# the subject's own clause opens with a means or a time before its verb 「A依托…平台」「A在可行性研究阶段要编制…」
# 「A主要以走访形式…」: the later clauses are still A's
MEANS_OPEN = re.compile(r"^(?:依托|依靠|利用|借助|通过|采取|采用|围绕|立足|聚焦|主要以|以|"
                        r"在[^，,]{1,20}?(?:前|中|时|后|期间|阶段|过程中)(?:要|应|须)|"
                       # (round 40: a step of the project's without 在 「投资主体建设前应做好…，落实…」)
                       r"(?:建设|施工|开工|投运|运行|实施)(?:前|后|期间)(?:要|应|须))")

# a later clause 「…，对…的B落实容缺审批」 of a sentence whose subject is carried: the subject's 落实 with its object
# after a 对-phrase (not 对…负责, a standard, nor 「对工作落实不力的企业…」, a description)
ON_OBJECT = re.compile(r"^(?:应当|应|要|须|必须)?(?:依法|依规)?对[^，,]{1,40}?落实"
                       r"(?!情况|到位|与否|不力|不到位|的|以来|、|和|及)(?![^，,]*?的)(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=16)
def _semicolon_heads(text: str) -> frozenset[str]:
    """The 0–6 characters after each ；／; of ``text`` (found once per text, not per sentence: rv54p's speed)."""
    heads: set[str] = set()
    for m in re.finditer("[；;]", text):
        after = text[m.end():m.end() + 6]
        heads.update(after[:k] for k in range(len(after) + 1))
    return frozenset(heads)


def semicolon_work(pieces: list[str], text: str, read_names: Callable[[str], tuple[list[str], int]]) -> bool:
    """Whether a ；-clause with no subject 「A要…；严格执行…，落实…措施」 holds a later clause opening with a
    verb of rule 2, no clause before it naming a body: the subject of the clause before the ； carries to it
    (round 34; round 44: a subjectless verb after a ；-clause with its own subject). Not after 。 (a new
    sentence), nor 「届时，由A牵头，组织…」."""
    if len(pieces) < 2 or "由" in pieces[0] or pieces[0][:6] not in _semicolon_heads(text):
        return False
    for piece in pieces[1:]:
        if WORK_OPEN.match(piece):
            return True
        if read_names(piece)[0] or "由" in piece:
            return False
    return False


_TORN_TITLE = re.compile(r"《[^《》\n]{1,60}(?:\n[ \t\u3000]*)+[^《》\n]{1,60}》")


def paragraph_sentences(text: str, sentences: Callable[[str], list[list[str]]]) -> Iterator[tuple[list[str], bool]]:
    """The clauses of each sentence of ``text`` (``sentences`` splits one paragraph), with whether it opens its
    paragraph (a line of its own, after the hard wraps a PDF copy puts before 、 or ，)."""
    text = re.sub(r"\n[ \t\u3000]*(?=[、，,])", "", text)
    # (a page break inside a title 「《…项目第三⏎⏎方测评机构管理办法》」 ends no paragraph: Round 56 rulings, Units)
    text = _TORN_TITLE.sub(lambda m: re.sub(r"\n[ \t\u3000]*", "", m.group()), text)
    for line in text.split("\n"):
        for i, pieces in enumerate(sentences(line)):
            yield pieces, i == 0


_UNIT_LINE = re.compile(r"^(.{2,40}?)(?:的)?(?:主要|工作)?(?:职责|职能)?[:：]?$")
_DUTY_LINE = re.compile(r"^(?:主要|具体)?(?:负责|承担)")


def headed_lines(text: str, read_names: Callable[[str], tuple[list[str], int]]) -> str:
    """``text`` with each unit's own line (a name alone, or with 职责) joined to the duty lines under it: 「A（以下简称
    “B”）职责」⏎「负责…」 — A is the subject of the lines under it (round 35)."""
    out: list[str] = []
    unit = ""
    for line in drop_definitions(EXPLAINED.sub("", text)).split("\n"):
        bare = CLAUSE_MARKER.sub("", line.strip())
        if not bare:
            out.append(line)
            continue
        m = _UNIT_LINE.match(bare)
        if m and not re.search(r"[。，,；;、]", bare):
            names, at = read_names(m.group(1))
            if names and at == len(m.group(1)):
                unit = names[0]
                continue
        if unit and _DUTY_LINE.match(bare):
            out.append(unit + bare)
            continue
        unit = ""
        out.append(line)
    return "\n".join(out)
