"""Who a clause of units and roles may give work to, and the partners a lead's sentence names after the lead.

Reads a name the declarations split out of a clause (``units.split_units``): an actor the work is given to
(``_actor``: a unit, not people or posts 「主要领导负责」, not a rule for every body 「各单位要负责」
「各部门积极配合」, not a body of any kind 「有关部门」 nor a regulated party 「生产经营单位」), a partner working
with the lead (``_partner``: a unit or a body of any kind 「各有关部门」), a name read with a topic before it
「培训经费各乡镇」 or a clause read for one 「向县政府」「…负总责」 (``_named``), a kind of unit named bare
「属地乡镇」 (``_KIND``, never a lead); and the partners a lead's sentence names 「…，会同B开展…」 / 「…，B配合」
(``joint_partners``). CONVENTIONS.md "Units written in sentences" (round 29): rule 2 (「A牵头，B、C配合」 and
「A会同B＋verb」 name A, B, C; a kind of body or a group is a doer) and rule 3 (a general call 「各地要…」 is no
unit).

Moved out of ``declarations`` (round 45, at its 700-line limit) with no change in the units it reads;
``declarations`` imports these names back (``duty_headings`` imports ``joint_partners`` from there).
"""

from __future__ import annotations

import re

from .prose_units import PROCEDURE_STEP, VERB_START
from .units import MANNER, MODAL_END, ORG_END, looks_like_unit, split_units

# the roles of a lead's partners (B配合 / B协助)
_PARTNER_ROLE = ("配合", "协办", "协助", "参与")


# who a prose clause may give work to: a unit or a group of units (looks_like_unit), not people or posts (主要领导负责 /
# 镇村干部负责 / 专人负责), a rule for every body (各单位要负责… / 各单位负责), nor a kind of body in a principle
# (党委领导、政府负责，部门配合，社会参与)
_NO_ACTOR = re.compile(r"(?:干部|人员|职工|群众|个人|居民|村民|领导|负责人|书记|专人|网格员|主任|党员|班子|一把手)$|"
                       + MODAL_END)
_ANY_BODY = re.compile(r"(?:各|有关|相关|其他|其余|各级)*(?:成员|有关|相关|职能|主管)?(?:部门|单位|方面|委办局)|"
                       r"(?:各级)?(?:党委|政府|党委政府|社会|企业|行业|属地|各地|各方|地方)")


# a regulated party, not a unit of the plan (生产经营单位 / 燃气经营企业 / 产权单位 / 物业服务企业 / 项目业主): a kind
# of body without a place or level before it
_REGULATED = re.compile(r"^(?![县市区镇乡省州各])[\u4e00-\u9fff]{0,8}(?:企业|单位|业主|公司|经营者)$")
# a kind of unit named bare (乡镇 / 属地乡镇 / 县直部门 / 乡镇（街道） / 行业主管部门): units sharing the work,
# never its lead
_KIND = re.compile(r"(?:属地|辖区|县直|市直|区直|县级|市级|区级|行业|行业主管|各)?(?:有关|相关|主管|职能)?"
                   r"(?:乡镇|镇|乡|街道|镇村|村|社区|部门|单位)(?:[（(](?:街道|社区|园区)[)）])?|[县市区]乡两级|[县市区]镇两级")
# the place or level where a unit's name starts: 所需经费县财政局 / 培训经费各乡镇 are a topic and then the unit
_TOPIC_TAIL = re.compile(r"(?:费|金|保障|组织|管护|维护|运行|所需|工作|宣传|培训|人员|场地|设施|物资|任务)$")
# a clause the last sentence's reading takes for a name: 「向县政府」 (accountable to it),
# 「各乡镇对辖区改厕质量负总责」, 「成立由县长任组长的领导小组」, 「5月18日在街道文化广场举办」 (when and where)
_NO_NAME = re.compile(r"^向|向[县市区省州]|负总责|^(?:成立|组建|设立)|^(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月")


def _topic_led(name: str) -> bool:
    """「培训经费各乡镇」 / 「所需经费县财政局」: a topic word before where the unit's name starts."""
    for m in re.finditer(r"各|[县市区镇乡]", name):
        head = name[:m.start()]
        if len(head) >= 2 and (_TOPIC_TAIL.search(head) or m.group() == "各" and not re.search(
                r"(?:[县市区镇乡州省旗]|[县市区]直|全[县市区])$", head)):
            return True
    return False


def _named(name: str) -> bool:
    """No topic before the unit's name (培训经费各乡镇), no clause read for one (向县政府 / …负总责) and no
    modal verb or manner word after it (各乡镇要负责。 / 各单位密切配合。: a rule for all)."""
    return not _topic_led(name) and not _NO_NAME.search(name) and not re.search(MODAL_END, name) \
        and not _MANNER_END.search(name)


# 「各单位密切配合」「各部门积极配合」: how all are to work, said of everyone — no unit named
_MANNER_END = re.compile(rf"(?:{MANNER}|共同)$")
_MANNER_ROLE = re.compile(rf"{MANNER}(?:配合|协助|参与)")


def _actor(name: str) -> bool:
    """A unit the work is given to: a partner's kind of name that is no body of any kind nor a regulated party."""
    return _partner(name) and not _ANY_BODY.fullmatch(name) and not _REGULATED.match(name)


def _partner(name: str) -> bool:
    """A unit working with the lead: a unit, or a body of any kind (各有关部门 / 各成员单位 / 县直各部门)."""
    return looks_like_unit(name) and not PROCEDURE_STEP.match(name) and not _NO_ACTOR.search(name) \
        and _named(name)


_JOINT = re.compile(r"^\s*会同((?:[^，,。；;：:（）()]|[（(][^，,。；;：:（）()]{1,12}[)）]){2,40})")
_HELPS = re.compile(rf"^\s*((?:[^，,。；;：:（）()]|[（(][^，,。；;：:（）()]{{1,12}}[)）]){{2,40}}?)"
                    rf"(?:{'|'.join(_PARTNER_ROLE)})\s*$")


# (会同B依照…审核 / 会同B共同制定 / 会同B研究确定: words of the joint work that open no name)
# (… and a preposition opening the work 「会同B向社区规划师颁发聘书」「会同B对…开展…」「会同B按照…」: x135_03)
_PARTNER_STOP = re.compile(r"依照|依据|共同|同步|研究|审核|审定|协商|向|对(?!外|口)|按照|根据")


# words of work, which no partner's name holds (「会同有关方面研究制定办法」: no 「有关方面研究制定办」)
_WORK_IN_NAME = re.compile(r"研究|制定|编制|开展|推进|组织|建立|完善|落实|办法|方案|工作")


# fields sharing one head 「会同市发展改革、住房城乡建设管理、房屋管理、…、民政等部门，」 however long: one name
# as printed
# (round 31; round 35's separate heads 「区发展改革委、区财政局等部门」 are read by the cut below) — a field holds no
# body's ending, so the verb-like 建设 inside 「住房城乡建设管理」 opens no cut (nor 部门: 「会同财政部门、价格主管部门
# 研究…」 are two departments, each its own head)
_FIELDS = r"[\u4e00-\u9fff]{2,10}?(?<![局委办厅处室站所院队司])(?<!部门)"
# (… the last field joined by 和／及 「民政、公安和残联等部门」: the same group, x234_02)
SHARED_FIELDS = re.compile(rf"([市区县]?{_FIELDS}(?:、{_FIELDS})+(?:[、和及]{_FIELDS})等(?:部门|单位|机构))(?=[，,]|$)")
_SHARED_FIELDS = re.compile(rf"^\s*会同{SHARED_FIELDS.pattern}")
# … and fields sharing a department's head with no 等, the joint work right after
# 「会同市住房城乡建设管理、交通运输、水利行政主管部门对…进行指导」: one name as printed, not the opening before the
# verb-like 建设 inside its first field
_SHARED_HEAD = re.compile(rf"^\s*会同([市区县]?{_FIELDS}(?:、{_FIELDS})+(?:[和及]{_FIELDS})?(?:行政)?(?:主管)?部门)")
# (… the head ending the name there: not a further name 「…部门、区政府」「…部门所属单位」「…部门办公室」)
_HEAD_GOES_ON = re.compile(r"[、和及与（(]|所属|下属|办公|的")


def joint_partners(rest: str) -> list[str]:
    """The units a lead sentence names as taking part after the lead: 「会同B开展…」 (the shortest opening of the
    clause that names units and is followed by a verb) or a clause 「B配合」 alone."""
    for clause in re.split(r"[，,]", rest):
        if (shared := _SHARED_FIELDS.match(clause)) is not None:
            return [shared.group(1)]
        if (shared := _SHARED_HEAD.match(clause)) is not None and not _HEAD_GOES_ON.match(clause[shared.end():]):
            return [shared.group(1)]
        if (j := _JOINT.match(clause)) is not None:
            body = j.group(1)
            bodies: list[str] = []      # the longest opening that ends as a body does
            for cut in range(2, len(body) + 1):
                names, _notes, _leads, odd = split_units(body[:cut])
                if not names or odd or not all(_partner(n) for n in names):
                    continue
                if VERB_START.match(body[cut:]) or _PARTNER_STOP.match(body[cut:]):
                    return names
                if ORG_END.search(names[-1]):
                    bodies = names
            # (「会同各项目主管单位编制年度预算」, a verb no list holds: the group before it, not the whole clause;
            # not 「会同研究制定补贴办法」, work with no partner named)
            if bodies and not VERB_START.match(body) and not _PARTNER_STOP.match(body) \
                    and not _WORK_IN_NAME.search("".join(bodies)):
                return bodies
        elif (h := _HELPS.match(clause)) is not None and not _MANNER_END.search(h.group(1)) \
                and not _MANNER_ROLE.search(clause):    # (各方密切配合: how all work, no unit)
            names, _notes, _leads, odd = split_units(h.group(1))
            if names and not odd and all(_actor(n) for n in names):
                return names
    return []
