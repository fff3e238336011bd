"""Doers the clause-by-clause sentence reader (``sentence_units._doers``) passes over in regulation articles and
意见 items, read after it from the same clauses (CONVENTIONS.md units rule 2, Round 41 rulings):

- a partner that joins the doers' work 「A牵头，B联动，…」 (Round 41 "Assisting the named": 「A＋B联动」 after a doer
  reads like 协同, B responsible) — not a mechanism 「联动机制」;
- a partner that 协同 in a sentence of its own after the article's doers 「A负责…。B、C等部门在各自职责范围内，
  协同实施本条例」 (Round 39 rulings: 「其他有关部门…协同开展相关工作」 after 「A负责…」 adds them; 「A协同推进…」
  with no partner — a clause of the doers' own sentence 「A负责…，B按照职责分工协同推进相关工作」, x148_04 — names
  none);
- 「A承担…的推进／实施」 (Round 41 "Designations": 承担＋work, no 由, designates A; not a cost 「A承担相关费用」);
- the subject of an article that opens with its scope 「按照本条例规定开展…的，建设单位应当履行主体责任，实施…」: the
  scope picks the work the article gives, it is no contingency (round 30: the article's whole work is its answer);
  a later contingency 「确需调整的，由A…」 stays rule 3's;
- the next step of a work already given 「A应当组织专项验收。验收合格的，由B出具…报告」 (round 40's steps): a 的-clause
  of the step's passing 「合格的／通过的」 is the work's sequence, not a case (「不合格的」 is);
- the subject carried to its verb of rule 2 over a clause of its own (round 39's carried subject): its time
  「A在单元规划编制阶段，就…进行征询，落实…」, or its first verb 「A健全…制度，牵头完善…规则」 (A leads) — not after a
  verb that hands the work on 「A督促B，…落实…」, nor past another subject or a case; over any first verb of its own
  to a strong verb 「A建立…机制，负责…」「A采用…，分别组织开展…」 (round 34, p42b), not past a body or a person it sets
  up or names 「A成立…小组，负责…」.

It reads the clauses ``sentence_units`` splits (pieces per sentence) with that module's name reader and verb test,
given as arguments so that no import runs in a circle.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .organised_work import organises_bodies
from .prose_units import _BODY_END as BODY_END

Names = Callable[..., tuple[list[str], int]]

# a lead-in that gives out the work of the items under it 「各部门分工及职责如下：」「各成员单位职责分工如下：」
# (round 37: every body given work under it is a unit, whatever its verb — as under a heading 「职责分工」)
WORK_LEAD_IN = re.compile(r"(?:部门|单位)(?:(?:职责)?分工(?:及|和|与)?(?:职责)?|职责)如下\s*[：:]\s*$")

# 「B联动」「B上下联动」 closing the partner's clause (not a mechanism 「联动机制」 nor 「联动推进…工作」's object)
_JOINS_IN = re.compile(r"(?:上下|密切|协同|共同|同步)?联动$")
# the rule the partner follows, then 协同＋a verb of the work (not 协同机制／协同单位)
_BY_DUTY = re.compile(r"^(?:应当|应|要)?(?:[在按依根][^，,]{0,16}?(?:范围内|职责|分工))?$")
_WITH_OTHERS = re.compile(r"^(?:应当|应|要)?(?:[在按依根][^，,]{0,16}?(?:范围内|职责|分工))?[，,]?(?:共同)?协同"
                          r"(?!单位|部门|机制|配合|的)(?:做好|实施|推进|开展|落实|管理|监管|推动|抓好)")
# 「A承担…的推进」: 承担 with the work's own verb as its object (not 承担…费用／责任／义务, a payer or a party)
_TAKES_ON = re.compile(r"^(?:具体)?承担(?:[^，,。；;]{1,30}?的?"
                       r"(?:推进|组织实施|实施|落实|推进实施|建设|日常管理)(?:工作)?"
                       # (「A承担采血工作」「A具体承担辖区内…执法工作」: 承担 with work as its object, Round 68)
                       r"|[^，,。；;]{1,30}?工作)$")
# a scope that opens an article 「按照本条例规定开展绿色建筑建设的」 (not a breach 「违反…的」「未…的」, nor an event
# 「发生…的」, a contingency of rule 3)
_SCOPE = re.compile(r"^(?:按照|依照|根据)[^，,]{2,30}?(?:开展|实施|进行|从事)[^，,]{1,20}的$")
_BREACH = re.compile(r"违反|未|不|擅自|拒绝|逾期|发生|出现|确需|需要调整|变更")
# the subject's duty after the scope: a modal and the work 「应当履行主体责任」「应当实施…」「应当组织…」
_DUTY = re.compile(r"^(?:应当|应|须|必须)(?:依法|按照要求|严格)?(?:履行[^，,]{0,8}?主体责任|组织实施|实施|负责)")
# the subject's own time inserted before its verb 「A在单元规划编制阶段，就…进行征询，落实…」「A在…后，委托B完成…」
_AT_TIME = re.compile(r"^在[^，,]{2,40}?(?:阶段|时|前|后|期间|过程中)$")
# the subject's later verb in its sentence: rule 2's 落实／负责／组织实施, 委托 (round 35: 「A委托B」 without 由), or
# 牵头 (a lead) after its own first verb 「A健全…制度，牵头完善…规则」 (round 39's carried subject; not the noun
# 「牵头单位每月报送…」, the subject of its own clause, review 41)
_LATER_VERB = re.compile(r"^(?:并|同时)?(?:应当|应|要|须)?(?:(?:具体)?负责|落实|组织实施|组织开展"
                         r"|委托(?=[^，,]{2,30}?(?:完成|开展|实施|进行))|(牵头(?!单位|部门|处室|领导)))")
# the strong verbs of rule 2 that carry the subject over its own first verb too 「A建立…机制，负责…」「A采用…，分别
# 组织开展…」「A制定…方案，经B审核同意后组织实施」「A建立…机制，定期组织B开展…」
# 「A于…前完成…，组织专家评审后报送…」 (round 34: an elided subject carries
# over inside its sentence; round 30: 「A组织B＋verb」 makes A the doer) —
# not 落实 (a closing call 「A要…，严格落实…要求」), nor 负责人, nor after a clause that ends on a body or a person the
# subject sets up or names 「A成立…领导小组，负责…」「A明确专人，负责…」 (the later work is theirs)
_STRONG_LATER = re.compile(r"^(?:并|同时)?(?:应当|应|要|须)?(?:经[^，,]{1,20}?后)?(?:分别|统一|具体|全面|不?定期)?"
                           r"(?:负责(?!人|同志|解释)|组织(?:[^，,的]{1,16}?)?(?:实施|开展|召开)|组织专家(?:评审|论证|验收))")
# 实施＋the work 「各区加大…力度，实施污水管网破损修复…」: rule 2's 实施 carries a body's name too (a group by its kind
# 「各区」 or a name ending as a body does) — not a document's or a body's name 「实施方案」「实施主体」, nor a topic
# read as a name 「农村集体经营性建设用地入市实行…，实施统一规则」
_CARRY_OUT_LATER = re.compile(r"^(?:并|同时)?(?:应当|应|要|须)?(?:统一|具体|全面)?"
                              r"实施(?!方案|意见|细则|办法|计划|情况|主体|单位|范围|过程|期间|后|中|的)(?=[\u4e00-\u9fff]{2})")
_ENDS_ON_BODY = re.compile(r"(?:小组|专班|办公室|委员会|机构|中心|指挥部|工作组|队伍?|人员?|专人|联络员|负责人|干部|"
                           r"同志|专家|班子|领导|单位|部门|企业|公司|平台)$|成立|组建|设立|下设|组成|聘请|委托|确定|指定")
# a first verb that hands the work on or names a case: the later verbs are not the subject's
_NOT_OWN = re.compile(r"由|督促|指导|要求|动员|组织(?!实施|开展)|协调|指定|委托|会同|配合|参与|协助|牵头|负责")
# the subject's own role with no object, a clause of its own 「A统筹协调，组织B…」「A综合协调，负责…」: 协调／指导 that
# hands nothing on (no body after it), so the later verbs stay the subject's (x202_01: 「镇农业农村办统筹协调,组织各相关
# 职能部门及各村(社区)推动…」, round 37's carried subject; round 30: 「A组织B＋verb」 makes A the doer)
_OWN_ROLE = re.compile(r"^(?:要|应当?|须)?(?:统筹|综合|牵头|总体|全面)?(?:协调|统筹)(?:指导|推进|调度)?$")
# a frame of roles that opens a sentence 「以镇党委、镇政府为组织领导核心」 (a principle, no designation, round 40/41)
# (also with the point's heading glued before it in a text printed without line breaks 「组织领导以镇党委…为…核心」)
_FRAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?)?以[^，,]{2,30}?为[^，,]{0,8}?(?:核心|主体|主导|龙头|中心)$")
_AIM = re.compile(r"^为(?!主|了解)[^，,]{2,40}$")
# a clause opened by a preposition 「就…进行征询」「对…开展…」: no subject of its own
_PREPOSITION = re.compile(r"就|对|按|在|向|与|经|以|根据|依据|围绕")
# the step after the work passes 「验收合格的」「审核通过的」
_PASSED = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?<![不未])(?:合格|通过)的$")


def _carried_doers(sentences: list[tuple[list[str], bool]], read_names: Names) -> tuple[list[str], list[str]]:
    """(leads, doers) of sentences whose subject's verb of rule 2 comes after a clause of its own: its time
    「A在…阶段，…，落实…」 or its first verb 「A健全…，牵头完善…」 (the subject carried, round 39)."""
    leads: list[str] = []
    out: list[str] = []
    for all_pieces, _opens in sentences:
        # (the subject after a frame of roles 「以A、B为领导核心，C统筹协调，…」: the frame has no verb of its own)
        # (… or after the sentence's aim 「为…推进…工作，请A于…前完成…，组织专家评审…」: an aim names no subject)
        pieces = all_pieces[1:] if len(all_pieces) > 2 and (_FRAME.match(all_pieces[0]) or _AIM.match(all_pieces[0])
                                                             and not read_names(all_pieces[0])[0]) else all_pieces
        names, at = read_names(pieces[0]) if pieces else ([], 0)
        rest = pieces[0][at:] if names else ""
        role = bool(_OWN_ROLE.match(rest))
        if not names or not rest or _NOT_OWN.search(rest) and not role:
            continue
        timed = bool(_AT_TIME.match(rest))
        for piece in pieces[1:]:
            if not _PREPOSITION.match(piece) and read_names(piece)[0] or piece.endswith("的"):
                break                   # (another subject, or a case)
            if (verb := _LATER_VERB.match(piece)) and (timed or verb.group(1)):
                out += names
                if verb.group(1):
                    leads += names
                break
            organised = role and piece.startswith("组织") and organises_bodies(piece, 2, read_names)
            if (_STRONG_LATER.match(piece) or organised
                    or _CARRY_OUT_LATER.match(piece) and all(n.startswith("各") or BODY_END.search(n) for n in names)) \
                    and not any(_ENDS_ON_BODY.search(p) for p in pieces[:pieces.index(piece)]):
                out += names
                break
    return list(dict.fromkeys(leads)), list(dict.fromkeys(out))


def _set_up(name: str, sentences: list[tuple[list[str], bool]]) -> bool:
    """``name`` is a body the item itself sets up 「…办公室设在…」「成立…小组」 (round 35: none there)."""
    text = "，".join(p for pieces, _ in sentences for p in pieces)
    at = re.escape(name)
    return re.search(rf"{at}(?:[（(][^）)]{{0,30}}[）)])?(?:设在|设于)|(?:成立|设立|组建|下设)[^。；;]{{0,30}}?{at}",
                     text) is not None


def later_doers(sentences: list[tuple[list[str], bool]], doers: list[str], read_names: Names,
                agents: Names) -> list[tuple[list[str], bool]]:
    """The bodies to add to ``doers`` (the sentence reader's, in order) by the forms this module reads, each list
    with whether its bodies lead."""
    out: list[str] = []
    for n_sentence, (pieces, _opens) in enumerate(sentences):
        for i, piece in enumerate(pieces):
            if i == 0 and n_sentence == 0 and _SCOPE.match(piece) and not _BREACH.search(piece) and len(pieces) > 1:
                names, at = read_names(pieces[1])
                if names and _DUTY.match(pieces[1][at:]):
                    out += names        # (the article's scope, then its subject's duty)
                continue
            if _PASSED.match(piece) and i + 1 < len(pieces) and pieces[i + 1].startswith("由") \
                    and (doers or out) and n_sentence > 0:
                names, at = agents(pieces[i + 1], 1)
                if names and re.match(r"(?:负责|统一|及时)?(?:出具|核发|颁发|发放|办理|确认|备案|组织)",
                                      pieces[i + 1][at:]):
                    out += names        # (the work's next step, round 40)
                continue
            earlier = [d for d in doers + out if d not in piece]
            if earlier and i > 0 and (joins := _JOINS_IN.search(piece)):
                names, at = read_names(piece[:joins.start()])
                if names and at == joins.start():
                    out += names        # (「A牵头，B联动」: B responsible)
                continue
            names, at = read_names(piece)
            if not names:
                continue
            rest = piece[at:]
            earlier = [d for d in doers + out if d not in names]
            own = i == 0 and n_sentence > 0         # (a sentence of its own, after the doers' sentences)
            # (the doers printed before it: 「B、C等相关部门应当协同做好…。A牵头建立…」 with the leads after it is a
            # 协同 with no partner, naming none — Round 97's x357_03 七、（一）)
            before = "".join("".join(p) for p, _o in sentences[:n_sentence]) if own else ""
            if own and any(d in before for d in earlier) \
                    and (_WITH_OTHERS.match(rest) or _BY_DUTY.match(rest) and i + 1 < len(pieces)
                         and _WITH_OTHERS.match(pieces[i + 1])):
                out += names            # (「…。B在各自职责范围内，协同实施…」)
            elif _TAKES_ON.match(rest) and not any(_set_up(n, sentences) for n in names):
                out += names            # (「A承担…的推进」; not an office the item sets up, round 35)
    leads, carried = _carried_doers(sentences, read_names)
    return [([n for n in dict.fromkeys(out) if n not in doers], False), (leads, True), (carried, False)]


__all__ = ["later_doers"]
