"""Case clauses in an item's sentences, for the sentence reader (``sentence_units``).

A clause that opens a case 「确需调整的，由A负责」「发生…时，由A…」 makes the work after it a contingency
(CONVENTIONS.md rule 3) — unless the case is the item's own work: an item whose every sentence is the response to a
case 「违反…规定，…的，由A责令限期改正；逾期不改正的，…」 (round 30, round 34), or a clause that only points at the
cases listed under it 「有下列情形之一的，A会同B，约谈…」 (round 38: the listed cases are the item's, their response
its work); and an item whose every sentence opens with a case 「…发生故障时，A应当组织…」「…的，A应当落实…」 and
goes on with a body's own clause (round 30: the response to the item's own case is its work, its doers units).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a clause that opens a case: the work after it is a contingency (rule 3)
CASE_OPEN = re.compile(r"^(?:确需|确有|如需|如|若|发生|遇到|遇有|出现)")
# a condition on how things turn out, wherever it stands in its clause (后续若有重大调整 / 拒不配合的项目上报… / 当…时 /
# 对情节严重的运输单位): a case that holds to the sentence's end, past the clauses between it and 由 (round 31)
# (not examples 「对…的地域，如古冈身带、西门外地区等，由A…」: 如 listing instances closed by 等, no case)
CONDITION = re.compile(r"拒不|若有|如有|如果|一旦|如遇|倘若|^(?:如|若)(?!需|期|实|下|同|何)(?![^，,。；;]{1,40}?等$)")
BAD = re.compile(r"情节(?:严重|恶劣|较重)|逾期|发现[^，,]{0,6}?问题|确有困难|"
                 r"没有|未(?:按|完成|达到|落实|履行|整改|进行)|"
                 r"不(?:符合|按|能|具备)|违反|违规")
KIND_TOPIC = re.compile(r"^(?:对于?|针对|其中)")
# 「有下列情形之一的」「存在以下行为的」: a pointer at the cases listed under it, no case of its own
# (… written as a time 「当出现以下情形之一的」: the same pointer, Round 51 rulings — x224_01 第二十四条)
LISTED_CASES = re.compile(r"^(?:凡|对|当)?(?:有|存在|具有|出现)?(?:下列|以下|如下)(?:情形|情况|行为)(?:之一)?的$")
# the failure of a step named before it 「…由A协商选定；协商不成的，由B组织…」: the procedure's next step, no case of
# its own (the reader checks that the item names the step before the clause: 「协商不成的，由B…」 alone stays a case)
FALLBACK = re.compile(r"(?:经|双方)?(?P<step>协商|调解|协调)(?:不成|不一致|未果|未达成一致)的")
# what a case's response is made of: the agent of 由 or a body's verb after the case clause
# (or an order to put it right 「由A提出整改意见」 and a case filed 「由A上报B进行立案处理」: a sanction's first steps)
_RESPONSE = re.compile(r"^由|责令|处以?|予以|给予|没收|吊销|约谈|通报|提出整改|立案")
_BEFALLS = re.compile(r"^(?:应当|要)?(?:依法)?(?:承担|追究)[\u4e00-\u9fff]{0,8}?责任$")
# a rule's modal or a verb of work: a sentence that asks something of someone
_ASKS = re.compile(r"应当?|须|要|不得|负责|组织|实施|落实|开展")


def _case_led(pieces: list[str]) -> bool:
    """Whether a sentence opens with a case (a clause ending 的 before the last, within its first five or right
    before 由) and answers it 「…的，由A责令…」."""
    # (a breach in several clauses 「违反本条例规定，未按…，擅自改变…，或者从事…的，由A或者B责令…」: within
    # its first five, or a longer list whose 的 stands right before 由)
    at = next((i for i, p in enumerate(pieces[:-1]) if opens_case(p) and (i < 5 or pieces[i + 1].startswith("由"))),
              None)
    return at is not None and any(_RESPONSE.search(p) for p in pieces[at + 1:]) \
        and not any(CASE_OPEN.match(p) for p in pieces[:at + 1]) \
        and not any("负责" in p and not p.startswith("由") for p in pieces[at + 1:])
    # (「确需调整的，由A…」 stays a contingency; 「涉及…的，由A统筹，B负责实施」: B's work, A's the case's)


# a breach named with its breaker 「对违反本条例规定的设计单位」「对未按规定…的施工单位」: the case of a
# penalty's response 「…，由A处以…罚款」, as 「违反…的，由A…」 (round 30: an item whose every clause is
# 「对…的，由A处罚」 takes A; round 45's 「对未履行…的企业，由相关部门依法给予行政处罚」)
_BREACH_TOPIC = re.compile(r"^对[^，,。；;]{0,60}?(?:违反|违规|违法|未按|擅自)[^，,。；;]{0,60}?"
                           r"的[\u4e00-\u9fff、]{1,24}$")


def opens_case(piece: str) -> bool:
    """A clause that opens a case: ending 的 「违反…的」, or a breach named with its breaker 「对违反…的设计单位」."""
    return piece.endswith("的") or _BREACH_TOPIC.match(piece) is not None


def _heading_line(piece: str) -> bool:
    """A short line of its own, asking nothing: a heading 「（罚则）」「（对违反处置证管理要求的处理）」."""
    return len(piece) <= 12 or len(piece) <= 20 and _ASKED.search(piece) is None


_ASKED = re.compile(r"应当?|须|要(?!求)|不得|负责|^由|责令|罚款")


def answers_cases(sentences: list[tuple[list[str], bool]]) -> bool:
    """Whether the item's work is the response to its cases: every sentence that answers anything opens with a case
    (「违反…规定，…的，由A责令限期改正；逾期不改正的，处…罚款」), at least one of them naming its doer by 由."""
    said = [s for k, (s, opens) in enumerate(sentences) if s and not (        # (not a heading line 「（罚则）」)
        opens and len(s) == 1 and _heading_line(s[0]) and (k + 1 == len(sentences) or sentences[k + 1][1]))
        # (nor a case whose consequence no one is asked to bring 「…如有不良记录，归集到…信用信息平台」: a statement)
        and (any(_RESPONSE.search(p) or _ASKS.search(p) for p in s) or s[-1].endswith("的")
             or not any(CONDITION.search(p) for p in s))
        # (nor what befalls the breaker 「造成损失的，依法承担赔偿责任」「构成犯罪的，依法追究刑事责任」: no one's work)
        and not (len(s) == 2 and s[0].endswith("的") and _BEFALLS.match(s[1]))]
    return bool(said) and all(_case_led(s) or s[-1].endswith("的") or CONDITION.search(s[0]) for s in said) \
        and any(p.startswith("由") for s in said if _case_led(s) for p in s)


# a case that only allows an adjustment 「确需调整的」, or a breach whose remedy is the party's 「违反…的，A应当实施
# 整改」 (round 41), stays a contingency, whoever answers it
_ADJUSTS = re.compile(r"^(?:确需|确有|如需)|违反|违规|违法|逾期|拒不|未按")


def case_at(pieces: list[str]) -> int | None:
    """The clause that opens a sentence's case 「…发生故障而影响运行时」「…未能使用岸电的」: within its first three,
    not its last."""
    return next((i for i, p in enumerate(pieces[:3]) if p.endswith(("的", "时")) and i < len(pieces) - 1), None)


_CHAPTER = re.compile(r"^第[一二三四五六七八九十百]{1,4}章\s*[\u4e00-\u9fff]{0,10}$")


def answered_at(pieces: list[str]) -> int | None:
    """``case_at``, or the first clause where it is a named party's breach written with no 的 「受托机构未按照…
    办理…，A将…追究…」 (answered by the body after it, Round 51 rulings — x224_02 第六十七条)."""
    at = case_at(pieces)
    return 0 if at is None and len(pieces) > 1 and _OTHER_BREAKER.match(pieces[0]) else at


def answered_by_bodies(sentences: list[tuple[list[str], bool]], answers: Callable[[str], str | None],
                       named: Callable[[str], bool] | None = None) -> bool:
    """Whether the item's work is bodies' answers to its cases: every sentence that says anything (not a heading
    「（安全事故处置）」 or a heading line) opens with a case and goes on with a body's own clause 「A应当…」, at
    least one of them a verb of rule 2. ``answers(piece)``: "do" (a body and a verb of rule 2), "say" (a body and a
    modal), or None. A body's clause may hold the plan it acts by before its verb 「…时，事发单位应立即按照本单位…
    预案，组织职工…」 (the verb after the 按照 clause answers), and a later sentence naming no body ``named(piece)``
    goes on with the answering body's work 「…；在确保安全前提下，采取…措施」 (its subject elided; round 57's x291_04
    3.1)."""
    said = [s for k, (s, opens) in enumerate(sentences) if s and not (len(s) == 1 and (re.fullmatch(
        r"[（(][^（）()]{1,20}[）)]", s[0]) or opens and len(s[0]) <= 12 and k + 1 < len(sentences)
        and sentences[k + 1][1] or _CHAPTER.match(s[0])))]     # (nor the next chapter's heading 「第十一章附则」)
    if said and len(said) > 1 and named is not None and len(said[0]) == 1 and len(said[0][0]) <= 16 \
            and sentences[0][1] and said[0] is sentences[0][0] and not named(said[0][0]) \
            and said[1][0].startswith("当") and not _WORK_HEADING.match(said[0][0]):
        said = said[1:]     # (a run-in heading the item opens with 「维修基金筹集。当…时，…」: no sentence of work —
        #                     not one naming other work 「加强巡查。发生…时，由A…」, which holds the case)
    # (an item that opens with an event's case 「当…时，…」: the cases its sentences go on to split are inside it,
    # and the agent of 由 answering one of them 「没有约定的，由A牵头…」 answers the item's own case — round 30)
    within = bool(said) and said[0][0].startswith("当") and (first := case_at(said[0])) is not None \
        and said[0][first].endswith("时")
    kinds: list[str] = []
    for s in said:
        at = answered_at(s)
        while within and at is not None and at + 2 < len(s) and s[at + 1].endswith("的"):
            at += 1         # (「当…时，相关业主有约定的，按照约定承担」: a case inside the item's, the answer after it)
        if at is not None and not answers(s[at + 1]) and _NO_BODY.match(s[at + 1]):
            continue        # (「涉嫌犯罪的，依法移送司法机关处理」: a consequence no body of the plan is named for)
        if at is None and kinds and named is not None and not CASE_OPEN.match(s[0]) \
                and not any(map(named, s)):
            continue        # (「…；在确保安全前提下，采取…措施」: the answering body's work goes on, no body named)
        if at is None or any(_ADJUSTS.search(p) for p in s[:at + 1]) and not _OTHER_BREAKER.match(s[0]) \
                or not (kind := answers(s[at + 1])):
            return False
        if s[at + 1].startswith(("由", "则由", "即由", "立即由", "统一由")) and not s[at].endswith("时") \
                and not within:
            return False    # (the agent of 由 answers an event's case 「当…时／发生…时，由A…」 where the response is
            #                 the item's whole work, headed or not — round 30's 「（七）…发生…时，由A负责处置」,
            #                 Round 78 p58c-2; a kind of object 「涉及…的，由A统筹」 stays rule 3's contingency, and
            #                 work beside the case 「A负责监管。发生…时，由B…」 or another heading fails above)
        if kind == "say" and at + 2 < len(s) and (rule := _ACTS_BY.search(s[at + 1])):
            kind = answers(s[at + 1][:rule.start()] + s[at + 2]) or kind    # (A应立即按照…预案，组织…)
        kinds.append(kind)
    # (a party's breach answered by another body's rule 「A应当解除…」 is that body's work too, x224_02 第六十七条)
    return "do" in kinds or bool(kinds) and any(_OTHER_BREAKER.match(s[0]) for s in said)


# a run-in heading that names work of its own 「加强巡查」「做好…」 (not a noun 「维修基金筹集」)
_WORK_HEADING = re.compile(r"加强|做好|开展|落实|推进|强化|建立|健全|完善|严格|深化|提升|抓好|实施")
# the plan or rule a body acts by, closing its clause before the verb 「A应立即按照本单位…应急预案，组织…」
_ACTS_BY = re.compile(r"(?:按照|依照|依据|根据|参照)[^，,。；;]*$")
# a case's answer with no body named 「依法移送司法机关处理」「依法追究刑事责任」
# (… or a party's term by its agreement 「按照约定承担」: a payer, round 30 — no body's work)
_NO_BODY = re.compile(r"^(?:应当|要)?(?:依法|依规|按照?约定)?(?:移送|追究|承担|给予|予以)")
# a breach by a party the case names 「受托机构违规挪用…的，A应当解除…」: answered by another body, A's work (Round 51
# rulings, x224_02 第六十七条) — not a breach whose remedy is the party's own 「违反…的，A应当实施整改」 (round 41)
_OTHER_BREAKER = re.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,6}条\s*)?[\u4e00-\u9fff]{2,12}?"
                            r"(?:机构|单位|企业|公司|银行)(?:违规|违反|违法|擅自|未按|拒不)")


# a breach written as an 若-clause with no 的 「若发现拆分申报、未批先建等违规现象，由A责令停工」: the case the
# 由-agent's
# enforcement answers, as 「…违规的，由A责令…」 (rounds 42, 51, 52: the response to the item's own case is its work)
_IF_BREACH = re.compile(r"^(?:若|如果|倘若|一旦)(?:发现|存在|有)?[^，,。；;]{0,40}?(?:违规|违法|违反|擅自|未批先建)")


# a breaker named by its breach 「对违法违规情节严重的运输单位」「对未按规定整改的企业」: the case a sanction
# 「由A依法吊销其…许可证」 answers — the point's own step after a case, its agent a doer (CONVENTIONS.md
# Round 60 rulings on x71_03 二/（四）; rounds 42, 45: 「对未履行…的企业，由相关部门依法给予行政处罚」;
# 「对不按照…办理…的建设单位，由A提出整改意见」, round 67's x283_08), not
# rule 3's contingency that adjusts the work 「确需…的」「发生…时」「视情」, which stays held
_BREAKER_TOPIC = re.compile(r"^对于?[^，,。；;]{0,40}?(?:违反|违规|违法|[未不]按|未履行|擅自|"
                            r"情节(?:严重|恶劣|较重)|拒不)"
                            r"[^，,。；;]{0,40}?的[\u4e00-\u9fff、（）()]{1,24}$")
# (a contingency inside the topic 「对未按期完成整改且确需延期的运输单位」「必要时」「发生…时」: rule 3's, held)
_TOPIC_CONTINGENCY = re.compile(r"确需|确有|如需|视情|必要时|发生[^，,。；;]{0,30}?时")


# a rule's deadline passed with the rule not kept 「逾期未处理的」「逾期仍不整改的」「期满未拆除的」 (after a rule
# for the public 「…须自行清理」): the case a step 「（将）由A（联合B）依法进行处理」 answers — the point's own step
# after a case, its agent a doer (Round 67 rulings on x283_08 四; rounds 42, 45, 60's x71_03, 65's x276_04)
_LATE_BREACH = re.compile(r"^(?:逾期|到期|期满|限期内)(?:后)?(?:仍|还|仍然)?(?:未|不|没有)[\u4e00-\u9fff]{1,12}的$")
# the agent of that step, maybe after 将 saying it will come 「将由A…处理」
_BY_AGENT = re.compile(r"^将?由")


def breach_answered(pieces: list[str], i: int) -> bool:
    """Whether ``pieces[i]`` is such an 若-breach, or a breaker named by its breach 「对…情节严重的运输单位」
    (``_BREAKER_TOPIC``), or a deadline not kept 「逾期未处理的」 (``_LATE_BREACH``), the next clause the agent's
    enforcement 「由A责令／处／吊销…」 (「将由A…处理」 after a deadline not kept)."""
    if i + 1 >= len(pieces):
        return False
    # (not one holding 拒不 「逾期不改正或拒不改正的」: a condition held to the sentence's end, round 31)
    late = _LATE_BREACH.match(pieces[i]) is not None and CONDITION.search(pieces[i]) is None
    agent = _BY_AGENT.match(pieces[i + 1]) if late else re.match("由", pieces[i + 1])
    return (late or _IF_BREACH.match(pieces[i]) is not None
            or _BREAKER_TOPIC.match(pieces[i]) is not None and _TOPIC_CONTINGENCY.search(pieces[i]) is None) \
        and agent is not None and _RESPONSE.search(pieces[i + 1][agent.end():]) is not None


# a breaker named by its breach 「对于违反…规定的村民」, maybe the finding 「经查实后」, then a body that
# will answer it by name and 将 or a rule's modal 「村委会将依法进行处理」: the body's enforcement, as
# 「由A依法进行处理」 (Round 91 on x340_02 第二十六条; Round 101's governs on x365_04 第五十四条; round 44:
# the subject of a verb of doing in articles)
_FOUND_STEP = re.compile(r"^经?(?:查实|查明|核实|核查|调查核实)后?$")
_WILL_ANSWER = re.compile(r"^(?P<body>[^，,。；;由的]{2,20}?)(?:将|应当?|须|必须)"
                          r"(?P<rest>(?:依法|依规)?(?:进行|予以|给予)?(?:处理|处罚|查处))")


def agent_named(pieces: list[str], names: Callable[[str], list[str]]) -> list[str]:
    """``pieces`` with such a body's clause read as 「由A…」 (``_WILL_ANSWER`` after ``_BREAKER_TOPIC``)."""
    for i, piece in enumerate(pieces[:-1]):
        if _BREAKER_TOPIC.match(piece) is None or _TOPIC_CONTINGENCY.search(piece):
            continue
        j = i + 2 if i + 2 < len(pieces) and _FOUND_STEP.match(pieces[i + 1]) else i + 1
        m = _WILL_ANSWER.match(pieces[j])
        if m and "".join(names(m.group("body"))) == m.group("body"):
            return [*pieces[:j], "由" + m.group("body") + pieces[j][m.start("rest"):], *pieces[j + 1:]]
    return pieces


# a case that names the objects of the work 「只涉及使用林地的」「属于…的」 (not a threshold 「溢价不超过20％的」, which
# decides who approves, round 30), and an agent of 由 that does the work, not one that supervises another 「由A督促B…」
# (… or the object the work is done on 「对A类规划进行实施深化的，由X承担…；对B类规划进行…的，由Y承担…」)
_OBJECT_CASE = re.compile(r"(?<!不)涉及|属于|^对[^，,。；;]{2,40}?进行[^，,。；;]{1,10}的$")
_PIVOT_BY = re.compile(r"督促|指导|要求")
_LEADS_BY = re.compile(r"^由[^，,。；;]{2,40}?牵头")


def split_by_cases(sentences: list[tuple[list[str], bool]]) -> set[int]:
    """The sentences that divide the item's work by its objects 「只涉及林地的，由A…办理；涉及…混合的，由B牵头…」:
    two or
    more running one after another, each a case answered by its own 由-agent (round 40: the work split by its
    objects gives all of them) — not contingencies 「确需…的」 (``_case_led`` leaves them out)."""
    # (or cases of any kind each answered 「由A牵头…」: a lead per kind of project divides the work as objects do,
    # 「载体新建的，由A牵头发起…验收；既有载体上新建的，由B牵头开展验收」 — Round 60 rulings, x113_01 第十条; the
    # cases may stand on lines of their own 「（一）…的，由A牵头…」 under 「根据以下情形…：」)
    led = [bool(s) and _case_led(s) and (_OBJECT_CASE.search(s[0]) is not None
                                         or any(_LEADS_BY.match(p) for p in s[1:]))
           and any(p.startswith("由") and not _PIVOT_BY.search(p) for p in s) for s, _opens in sentences]
    full = [k for k, (s, _opens) in enumerate(sentences) if s]     # (a paragraph's break between two is no gap)
    # (「X由A负责。实行…的，由B负责。」: the class of work that decides which body answers for the same X after the
    # rule that gives it A, no contingency — Round 79; Round 83 turned x313_01 第四条)
    instead = {k for j, k in enumerate(full) if j > 0 and _CHARGED_INSTEAD.fullmatch("，".join(sentences[k][0]))
               and _CHARGED_BY.search(sentences[full[j - 1]][0][-1])}
    return instead | {k for j, k in enumerate(full) if led[k] and (j > 0 and led[full[j - 1]]
                                                                   or j + 1 < len(full) and led[full[j + 1]])}


# a sentence that only names, for a class of the work, the body answering for it 「实行施工总承包的，由总承包单位负责」,
# after one that gave the work to a body 「…由施工单位负责」
# (… or by the class its party falls in 「…的事故，由燃气企业组织调查；事故发生单位属于国有企业的，由其所属的
# 国有企业（集团）组织调查」: the kind of the work's object, no event — Round 83's x313_01 第四条 and Round 94's
# 「对X的，由A」 read in x353_02 第八条; 组织＋verb as 负责, rule 2)
_ORGANISES = r"组织(?:实施|开展|调查|处理|处置|编制|验收)"
_CHARGED_INSTEAD = re.compile(r"(?!确需|确有|如需|如|若|发生|遇到|遇有|出现|因)[^，,。；;]{2,20}?的，"
                              r"由[^，,。；;由]{2,20}?负责|"
                              rf"[^，,。；;]{{2,12}}?属于[^，,。；;]{{2,16}}?的，由[^，,。；;由]{{2,20}}?{_ORGANISES}")
_CHARGED_BY = re.compile(rf"由[^，,。；;由]{{2,20}}?(?:负责|{_ORGANISES})$")


# the subject's own work framing what it must heed 「A会同B编制…规划时，应结合…，明确…」: a time of A's own act, no
# case another meets (rule 3's 「发生…时」 is an event) — A and B do the work (Round 91 on a childless point's 会同)
_BOUND_NEXT = re.compile(r"^(?:还|也|均|都)?(?:应当|应该|应(?!急)|要|须|必须)")


def own_work_when(piece: str, pieces: list[str], read_names: Callable[[str], tuple[list[str], int]]) -> bool:
    """Whether ``piece`` 「A会同B＋verb…时」 opens with its subject and 会同, the next clause bound by a modal
    (``read_names``: the sentence reader's name reader)."""
    if not piece.endswith("时") or piece is pieces[-1]:
        return False
    names, at = read_names(piece)
    nxt = pieces[pieces.index(piece) + 1]
    return bool(names) and piece.startswith("会同", at) and bool(_BOUND_NEXT.match(nxt)) and not read_names(nxt)[0]


# the objects the item's work falls on, picked by what they do not yet have 「对尚无条件成立业主大会的，由A牵头…」
# 「对暂未建立…的」: no contingency (Round 87's x327_01 细则 一; Round 79) — not a breach or any other case
# 「对违反…的」
# 「对查实…的」「对两个以上单位共同承办的」 (rule 3, as the older answers read them)
_PICKED = re.compile(r"^对于?(?:尚|暂)(?:无|未|不具备|没有)[^，,。；;]{2,40}的$")


# (… or what the objects a 对于-topic names involve 「对于零星分散…的现代农业区域或重大现代农业项目，涉及优化…空间的，
# 由A联合B…组织编制…」: the kind of object narrowed, no event — Round 97 on x357_03 二、（二）, each 对于X picks a kind
# of the work's objects; rule 3's cases are events)
_FOR_TOPIC = re.compile(r"^对于?(?![^，,。；;]*(?:违反|违规|违法|未按|擅自|确需|发生))[^，,。；;]{2,60}(?<!的)$")
_INVOLVES = re.compile(r"^涉及[^，,。；;]{2,60}的$")


def picked_objects(piece: str, pieces: list[str]) -> bool:
    """Whether ``piece`` picks the objects of the work 「对…的」 and the clause after it gives the work by 由."""
    at = pieces.index(piece)
    return piece is not pieces[-1] and pieces[at + 1].startswith("由") \
        and (_PICKED.match(piece) is not None
             or at > 0 and _INVOLVES.match(piece) is not None and _FOR_TOPIC.match(pieces[at - 1]) is not None)
