"""A section's lead-in that names the doers of its items' work — CONVENTIONS.md rule 4, as written (closed
round 39): a clause of rule 2 in the paragraph that opens a section 「（二）开展…活动。⏎由A负责组织，B落实，…」
「A负责…的具体工作，程序如下：」「A牵头B，…」 gives its units to the section's items that name none of their own, as
units on a section heading are. The opening paragraph is the heading's own run-on words when it has them, else the
paragraph under it (not a later one above a list of cases). A payer's lead-in 「由A给予…补贴」「由A和B交纳」 and one
that counts the stages its items are 「聚焦3个时间段」 give none; the sentence reader leaves out general calls, cases
and a body setting up a group.
"""

from __future__ import annotations

import re

from .headings import Item, heading_title
from .sentence_units import doer_units
from .task_choice import _ancestors
from .units import Declaration

# (「由市、区两级政府对…给予资金补贴」「首期资金由A和B交纳」 over a policy's items: a payer, no doer of
# theirs, round 30)
_PAYS = re.compile(r"(?:给予|安排|拨付|提供)[^，,。]{0,6}?(?:补贴|补助|奖励|资金|经费)|"
                   r"由[^，,。；;]{2,30}?(?:交纳|缴纳|缴存)")
# a lead-in that counts the stages its items are 「聚焦3个时间段」「分三个阶段推进」: the items are phases, the
# lead-in's clause the plan's call over them (round 39: a counting lead-in gives no units)
_COUNTS = re.compile(r"[0-9一二三四五六七八九十两]+个(?:阶段|时间段|步骤)")
# a scope article 「本实施意见所指的储备用地，为…：」 (适用范围): its items list the kinds it covers, no work
_SCOPE = re.compile(r"^本[\u4e00-\u9fff]{0,8}?(?:所(?:指|称)|适用于)|适用范围")
# a principle of roles 「由政府全面主导，街道负责实施，职能部门联勤联动」: each clause a role word with no work after it
_ROLE = r"(?:全面|统一)?(?:主导|负责实施|负责落实|具体实施|组织实施|联勤联动|协同联动|配合|参与|协同|落实)$"
_ROLE_ONLY = re.compile(rf"^(?:由[^，,。；;]{{1,12}}?)?{_ROLE}")
_ROLE_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{1,10}}?(?={_ROLE})")
# invited overseers 「邀请A、B对…实施全过程监督」 (like 「在A指导下」, rule 3): no doers of the items
_OVERSEES = re.compile(r"(?:邀请|聘请)[^。；;]{0,60}?(?:监督|见证|指导)")
# a leading group over the whole work 「…全过程由项目管理领导小组纳入管理」「由工作领导小组统一领导」: its
# oversight, not the items' work (the ruling on 「…由项目安全生产领导小组统一安排」: a lead-in about other work
# gives nothing)
# (… over a division of duties announced after it 「…工作由A领导小组统一安排,实行分级…负责,具体职责分工如下:」 —
# Round 83 turned x314_05 二's; a page in traditional characters is read folded, ``script.fold``)
_GROUP_OVER = re.compile(r"由[^，,。；;]{0,30}?(?:领导小组|指挥部)(?:办公室)?(?:统一|全面)?"
                         r"(?:纳入管理|领导|管理|统筹|部署|安排)(?:[^，,；;。]{0,6}[。；;]?$|"
                         r"[，,][^。；;：:]{0,40}?如下[:：]$)"
                         # (… any body heading the whole work 「…应急救援工作由区委、区政府统一领导；」, rule 3's
                         # leaders, and a body setting up the one whose duties the items are
                         # 「…后，由区政府在…设立区X指挥部。」 — a contingency plan's 2.1, round 67 on x285_01; p57c)
                         r"|由[^，,。；;]{2,30}?统一领导[。；;]?$"
                         r"|由[^，,。；;]{2,30}?(?:设立|成立|组建)[^，,。；;]{2,30}?(?:指挥部|领导小组|委员会)[。；;]?$")
# a part heading run into the section's text 「第二部分：事前事中事后监管」: the items after it are the part's
_PART = re.compile(r"^第[一二三四五六七八九十0-9]{1,3}(?:部分|篇|章|节)", re.M)
# a case's opening clause 「涉及…的，由A…」「对…的，」: items that are such cases are answered each by its own agent
_CASE_ITEM = re.compile(r"^[^，,。；;\n]{2,60}?的[，,]")
# a lead-in that lists cases 「建设单位可依据以下情况评定投标人履约不合格:」「有下列情形之一的，…：」: its items are
# conditions
_CASES_LEAD = re.compile(r"(?:下列|以下|如下)(?:[一二三四五六七八九十\d]{1,2}\s*[种类项])?(?:情况|情形|行为)(?:之一)?"
                         r"[^。\n]{0,30}(?:[：:]\s*$|[，,])", re.M)
# a name of places set by the plan, not a body 「试点地区」「有关地区」 (round 39: 地区 like 各地区, a general call)
_PLACES = re.compile(r"^(?:试点|有关|相关|重点|其他|其余|所在|部分)地区$")


def lead_in_declarations(items: list[Item], chosen: set[int], decls: dict[int, Declaration],
                         roles: frozenset[str], prose_leads: bool) -> dict[int, Declaration]:
    """Declarations for the sections (not tasks themselves, no units of their own or above them) whose lead-in
    paragraph names doers, where some task under them has no units; keyed by the section's position."""
    out: dict[int, Declaration] = {}
    for item in items:
        if item.pos in chosen or item.pos in decls \
                or "\n" not in item.body.strip() and not _colon_line(item) and not _run_on_clause(item) \
                and not _sentence_line(item) \
                and not _PENALTY_LEAD.search(item.body.strip()) \
                or not any(c.pos in chosen and c.pos not in decls for c in item.children) \
                or any(a.pos in decls for a in _ancestors(item)):
            continue
        # (a section inside one with a lead-in of its own: the inner lead-in is the nearer, it wins for its items)
        # (the paragraph that opens the section, as rule 4 says: not a later paragraph above a list of cases)
        first, rest = item.body.strip().split("\n", 1) if "\n" in item.body.strip() else (item.body.strip(), "")
        run_on = first.strip()[len(heading_title(first)):].lstrip(" 。．.：:，,；;")
        lead_in = first.strip() if not rest else run_on if len(run_on) > 4 else rest.strip().split("\n", 1)[0].strip()
        if _PAYS.search(lead_in) or _COUNTS.search(rest if len(run_on) <= 4 else first) \
                or _SCOPE.search(lead_in) or _SCOPE.search(heading_title(first)) or _misnumbered(item) \
                or _cases(item) or _roles_only(lead_in) or _PART.search(rest):
            continue
        # (… but a later paragraph that leads right into the list 「A负责…。⏎B是…的实施主体、责任主体，
        # 主要履行以下职责：」
        # and names its own body: the list's lead-in, the nearer — Round 91's x337_02 三、, rule 4)
        last = rest.strip().rsplit("\n", 1)[-1].strip() if rest.strip() else ""
        own = doer_units(last, roles) if last != lead_in and _DUTIES_LEAD.search(last) else ([], [])
        leads, names = own if own[1] else doer_units(_not_overseers(lead_in), roles)
        names = [n for n in names if not _PLACES.match(n)]
        leads = [n for n in leads if n in names]
        if names:
            leads = leads if prose_leads else []
            out[item.pos] = Declaration(lead=leads, resp=[n for n in names if n not in leads],
                                        source="、".join(names), from_heading=True, prose_lead=True)
    return out


# a line leading into a body's list of duties 「…主要履行以下职责：」「…职责如下：」
_DUTIES_LEAD = re.compile(r"(?:以下|下列|如下)(?:主要)?职责[：:]$|职责(?:如下|包括)[：:]$")


# an article's line that names the agent of its items' penalties 「…有下列行为之一的，由A按照下列规定予以处罚：」:
# its items that each carry their own response take A (Round 51 rulings, turned — x225_04 第三十四条; round 37)
_PENALTY_LEAD = re.compile(r"由[^，,。；;：:]{2,30}?(?:按照|依照|依据)下列规定(?:予以|进行|给予)?(?:行政)?处罚[：:]$")


def _run_on_clause(item: Item) -> bool:
    """The section's one line runs its opening clause on after the heading 「（四）明确方案竖向设计要求。项目建设主体应…
    组织开展竖向方案设计。」 over items 1.–5.: that clause is the paragraph that opens the section (rule 4)."""
    line = item.body.strip()
    # (a heading and a sentence or two, not a page run into one line with its items' text 「1、…2、…」)
    return bool(item.children) and 12 < len(line) - len(heading_title(line)) and len(line) <= 160 \
        and not (item.article or item.article_line)


def _sentence_line(item: Item) -> bool:
    """The section's one line is itself a sentence closed by a full stop 「（一）水行政主管部门依职权负责核定…，并向…
    送达《缴纳通知单》。」 over items 1.–3. that name no doer: the sentence is the paragraph that opens the section
    (rule 4; the sentence reader decides whether it names one). Not an article's line, nor a bare heading (no 。)."""
    line = item.body.strip()
    return bool(item.children) and line.endswith("。") and len(line) - len(heading_title(line)) <= 1 \
        and len(line) <= 160 and not (item.article or item.article_line)


def _colon_line(item: Item) -> bool:
    """The item is one line that opens its sub-items 「1.项目办负责水利项目的全过程管理，具体包括：」: the line is the
    lead-in (a bare heading 「2.各科室职责：」 has no clause of work: the sentence reader gives it no doer). Not
    an article 「第十一条 机关…应当…履行下列职责：」: the duties a rule lists for those it governs."""
    return item.body.strip().endswith(("：", ":")) and not (item.article or item.article_line)


def _misnumbered(item: Item) -> bool:
    """The section's numbered items start at 2 「l、完善…⏎2、…」: the opening paragraph is item 1, its number
    misprinted — no lead-in."""
    return bool(item.children) and item.children[0].value == 2 and item.children[0].kind == item.children[-1].kind


def _cases(item: Item) -> bool:
    """The section's items are cases 「（一）涉及…的，由A…查处」 (most open with a clause ending 的): each answered
    by its own agent, the lead-in's body none of theirs."""
    bodies = [c.body.strip() for c in item.children if not c.after_items]   # (not a paragraph after them)
    # (an item whose case runs into a response with no agent of its own 「（一）…的，责令限期改正，处…罚款」 under
    # 「…有下列行为之一的，由A按照下列规定予以处罚：」 takes the lead-in's A — Round 51 rulings, turned: x225_04
    # 第三十四条, as x142_03 第四十八条)
    return len(bodies) >= 2 and 2 * sum(bool(_CASE_ITEM.match(b)) and not _BARE_RESPONSE.search(b)
                                        for b in bodies) > len(bodies)


# a case's response with no agent named 「…的，责令限期改正，处…罚款」「…的，处…罚款」
_BARE_RESPONSE = re.compile(r"的[，,]\s*(?:责令|处以?[^，,。；;]{0,30}?罚款|没收|吊销)(?![^，,。；;]*由)")


def _roles_only(lead_in: str) -> bool:
    """A principle of roles 「由政府全面主导，街道负责实施，职能部门联勤联动」: at least two clauses that name a
    role and no work."""
    clauses = [c.strip() for c in re.split(r"[，,。；;]", lead_in)]
    roles = [c for c in clauses if _ROLE_ONLY.search(_strip_subject(c))]
    return len(roles) >= 2


def _strip_subject(clause: str) -> str:
    """The clause from 由 on, or with a short subject before its role word dropped 「街道负责实施」→「负责实施」."""
    if clause.startswith("由"):
        return clause
    m = _ROLE_AFTER.match(clause)
    return clause[m.end():] if m else clause


# a group's make-up 「价格审核工作小组由A牵头，B、C和D共同组成。」 (rule 3: members are who a group is, not doers of the
# items) and a payer's sentence 「房源款由用房单位…直接支付至开发建设单位。」 (round 30: a payer, no doer)
_MADE_UP = re.compile(r"(?:小组|工作组|专班|委员会|联席会议)由[^。；;]{2,80}?(?:共同)?组成[。；;]?$"
                      r"|由[^，,。；;]{2,30}?(?:直接|按[^，,。；;]{1,8})?(?:支付|拨付)(?:至|给)[^，,。；;]{2,20}[。；;]?$")


def _not_overseers(lead_in: str) -> str:
    """The lead-in without its sentences of invited overseers 「邀请A、B对…实施全过程监督。」, of a leading group
    over the whole work 「…由领导小组纳入管理。」, of a group's make-up or of a payer (``_MADE_UP``)."""
    return "".join(p for p in re.split(r"(?<=[。；;])", lead_in)
                   if not _OVERSEES.search(p) and not _GROUP_OVER.search(p) and not _MADE_UP.search(p))


def inherited_through(item: Item, decls: dict[int, Declaration]) -> Declaration | None:
    """The units ``item`` inherits from the nearest ancestor that has some — none where an ancestor below that one
    lists cases 「…依据以下情况评定…：」 over it: the listed conditions 「(1)中标后无故放弃承包权」 are no work of the
    lead-in above (rule 4 gives a lead-in's units to the work of its items; round 39: cases take none)."""
    for a in _ancestors(item):
        if a.pos in decls:
            return None if _picks_own(item, decls[a.pos]) else decls[a.pos]
        if _CASES_LEAD.search(a.body.rstrip()):
            return None
    return None


# an item's own opening subject before its modal 「（1）物业公司要及时…」「B、C应…」
_OWN_SUBJECT = re.compile(r"^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[）)、.．]\s*)?"
                          r"([\u4e00-\u9fff]{2,16}?(?:、[\u4e00-\u9fff]{2,16}?)*)(?:要|应当?|须|必须)")


def _picks_own(item: Item, decl: Declaration) -> bool:
    """Whether ``item`` opens with some, not all, of the bodies its lead-in places the work with as its own subject
    「由居委、物业公司落实…，具体工作如下：⏎（1）物业公司要及时…」: the item says which of them does it, and then
    its verb decides, as for any subject (CONVENTIONS.md Round 100 rulings, governs: plans-dev 12 三/（一）/1/（1）
    names none) — not the lead-in's bodies printed again whole, nor a body of its own."""
    names = [*decl.lead, *decl.resp]
    m = _OWN_SUBJECT.match(item.body)
    if len(names) < 2 or m is None:
        return False
    own = m.group(1).split("、")
    return all(o in names for o in own) and len(set(own)) < len(set(names))
