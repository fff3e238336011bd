"""Units a plan names in its prose rather than under a label: a unit as an item's heading
(``1.街道消委办。负责…``), the subject that opens a sentence (``区民政局要…``), clauses each led by
a unit and 负责, the unit that interprets the plan, and the unit leading a paragraph.

Split from ``units`` (labels, declarations and unit names), which these readers build on."""

from __future__ import annotations

import re
from collections.abc import Callable

from .colon_names import colon_name
from .defined_names import drop_definitions
from .normalise import split_top_level
from .shortname import WORK_START
from .unit_shapes import PERSON_PIVOT, POST, bureau_field_half
from .units import (
    BODY_OFFICE_END,
    FIRST_LEADS,
    GROUP_DUTY_VERBS,
    LEAD_VERBS,
    MODAL_ADVERB_END,
    MODAL_END,
    NOT_NAME,
    OFFICE_END,
    _clean_piece,
    _merge_admin,
    _split_and,
    is_group,
    looks_like_unit,
    split_units,
)

# a name or clause that opens with the word of a verb (建设… / 推进… / 由…): work, not a unit
VERB_START = re.compile(
    r"^(建设|建立|完善|加强|推进|开展|召开|成立|设立|打造|组建|培育|发展|提升|实施|健全|强化|落实|做好|深化|优化|"
    r"规范|新建|改造|举办|组织|推动|加快|严格|全面|积极|持续|坚持|压实|明确|发挥|提高|构建|创新|营造|支持|鼓励|"
    r"引导|聚焦|围绕|探索|统筹|促进|保障|确保|着力|大力|切实|依法|按照|根据|对|由|在|以|为|将|把|制定|充分|"
    # (「由A牵头开放B馆」: what A opens, no body led — x230_03)
    r"开放(?!大学)|允许)")

# the steps of a procedure, not units: （一）交办。 （三）分办会办。 （二）督办。 （四）书面答复。
PROCEDURE_STEP = re.compile(r"^(?:(?:交|分|会|督|承|转|催|查|领|协|主|参|接|批|核|初|复|再|联)办)+$|"
                            r"^(?:书面|限时|集中|统一)?(?:答复|办复|反馈|办理|审核|审查|验收|评估|评审|公示|报送|备案|归档|移交|督查|考核)$")

# an item's numbering marker before its first clause: （一） / （1） / 1. / 一、
# (a circled point number run into the sentence 「…:①组织撤离…;②部署落实…」 too: the point's mark, no word of it)
CLAUSE_MARKER = re.compile(r"^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d)|"
                           r"[一二三四五六七八九十]{1,3}、|[①-⑳])\s*")

_HEAD_CUT = re.compile(r"[。：:；;，,\n]")
_CATEGORY_TAIL = re.compile(r"等[\u4e00-\u9fff]{0,10}(部门|单位|机构)$")



# a name that opens with a verb's word and is no work (建设和交通管理处, 发展和改革委, 建设单位 / 施工单位, the
# parties of a building project)
_NAMED_BY_VERB = re.compile(rf"[\u4e00-\u9fff]{{2}}[和与][\u4e00-\u9fff]{{2,12}}(?:{OFFICE_END})$"
                            r"|(?:建设|施工|设计|监理|勘察|代建)(?:总包)?单位$")


# the parties of a building project by their role (建设单位应…, 施工单位应…, 监理单位应…, 产权单位负责…): whoever
# builds, supervises or owns the site, no body a plan gives its work to by name
_PARTY = re.compile(r"(?:各|相关|有关)?(?:项目|第三方)?(?:建设|施工|设计|监理|勘察|代建|产权|检测|施工图审查|业主)"
                    r"(?:总包|总承包)?(?:单位|机构|企业|方)")


# 各镇人民政府负责土地流转和矛盾调处 / 各村（社区）负责做好群众工作: a subject and its duty in one sentence, no
# heading (``subject_units`` reads its units; a group name would take the whole sentence in)
_DUTY_AFTER = re.compile(rf"(?<=[\u4e00-\u9fff）)])(?:{'|'.join(LEAD_VERBS)})(?=[\u4e00-\u9fff])")
# 各镇人民政府承担土地流转… / 各村（社区）组织群众… / 各村（社区）协助做好…: a group and a verb of its duty
_GROUP_DUTY = re.compile(r"^(各(?:[^，,。；;：:\n（）()]|[（(][^，,。；;：:\n（）()]{1,12}[)）]){1,24}?)"
                         # (「各直属团组织」「各级党组织」: 组织 after 团／党 ends the body's name, no verb)
                         rf"(?<![团党])(?:{'|'.join(GROUP_DUTY_VERBS)})(?=[\u4e00-\u9fff])")


# a modal or 会同 makes the words before the first comma a sentence, not a heading (区应急局应当会同有关部门，组织…)
# (and 应／可／须／要 before a preposition or a verb of doing: 「各…企业应通过企业监控平台」「…总队可登陆…平台」,
# round 32)
# (… and a body's means glued after its name 「A通过X信息平台，加强…」: a sentence's subject and its means, no heading
# of names — the body the subject, read by the article's readers; not 「通过」 opening the head, a 预案's step)
# (… and 应该, a modal as 应当 is, or a modal before the body it sets up 「社区应该建立…领导小组，负责…」「…小组应设置
# 指挥部，负责…」: the sentence's set-up body is the subject of 负责, no heading of names)
_SENTENCE_VERB = re.compile(r"应当|应该|必须|会同|(?:应|可|须|需|要)(?:通过|登陆|登录|按照|依据|根据|依照|在|于|将|"
                            r"对|向|及时|加强|做好|建立|设置|设立|成立|组建)|(?<=[局委办部门府心会])(?:通过|依托|利用|借助)(?=[\u4e00-\u9fff]{2,20}"
                            r"(?:平台|系统|网站|数据库|机制|渠道|方式))")
# 「2.1 领导机构」 / 「2.2 工作机构」 / 「2.2 专家机构」 / 「三、组织机构」: what a part of a 预案 or plan is about (the
# bodies it sets up, named in its sentences), no body itself
# (「2.1 应急指挥机构」「现场指挥机构」「区级组织机构」: a level or field before it, or two of its words)
_BODY_TOPIC = re.compile(r"(?:应急|现场|专项|[省市区县镇乡]级)?"
                         r"(?:领导|工作|专家|组织|指挥|办事|议事|协调|常设|日常|应急|咨询|执行){1,2}(?:机构|体系|架构)(?:及其?职责|和职责|与职责)?")


# (or 「（一）区水利局活动」 over its numbered events: the body whose activities they are — a site's inline pinyin
# after 動 kept off 「活動(dòng)」)
BODY_ACTIVITIES = re.compile(r"(?<=[局委办辦厅廳院站心队隊所])"
                             r"(?:活动|活動(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?)$")
_PART_OF = re.compile(r"(?:审核|审查|核查|检查|监管|工作|职责)(?:内容|事项|范围)$|" + BODY_ACTIVITIES.pattern)
# (… and a unit-colon item's duties run in after it 「（一）区房管局职责：制定…；…」: the body whose duties they are,
# rule 1 — a named body of three characters or more with an office's end, not a kind 「政府职责」「部门职责」)
_DUTIES_OF = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:局|委|办|中心|街镇|街道|镇)(?:主要|工作)?职责(?=[：:][^\n]{6})")
# the words a subject's sentence goes on with, which no body's name holds (各区发展改革委结合备案项目…工作，负责… /
# 各级建设管理部门依法加强…): where one follows a name, the head is a sentence, not a heading of units
_RUNS_ON = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:结合|依法|依规|依照|依据|根据|按照)(?=[\u4e00-\u9fff])")


# a heading that names what each item under it prints, the units among them 「三、工作内容、要求及责任单位」: the
# columns of the items, no body
_COLUMN_HEADS = re.compile(r"(?:内容|要求|任务|措施|安排|时间|时限|进度)\s*[及和与、]\s*(?:主要)?"
                           r"(?:责任|牵头|承办|配合)(?:单位|部门)$")


def heading_units(body: str) -> list[str]:
    """Units an item is headed by: ``街道消委办。负责…`` / ``城运中心：负责…`` / a heading line
    ``区建管委、区交通委等建设主管部门``; [] when the heading is not a list of units.

    Only a caller that sees several sibling items headed this way should take them as
    units (a single ``综合服务中心`` heading may be the thing to build)."""
    head = body.strip()
    m = _HEAD_CUT.search(head)
    cut = m.start() if m else len(head)
    head = head[:cut].strip()
    # 「1、镇经济发展服务中心审核内容」 over its points: the body whose part the points are (a unit heading, round 32)
    if (part := _PART_OF.search(head)) and looks_like_unit(head[:part.start()]):
        head = head[:part.start()]
    elif _DUTIES_OF.match(body.strip()) and looks_like_unit(cut_head := re.sub(r"(?:主要|工作)?职责$", "", head)):
        head = cut_head
    if not 2 <= len(head) <= 60 or VERB_START.match(head) and not _NAMED_BY_VERB.match(head) \
            or NOT_NAME.search(head) or _DUTY_AFTER.search(head) or _GROUP_DUTY.match(head) \
            or _SENTENCE_VERB.search(head) or _RUNS_ON.search(head) or _BODY_TOPIC.fullmatch(head) \
            or re.search(r"除[^，,]{2,60}?外$", head) \
            or _CHOOSING.match(head) or _COLUMN_HEADS.search(head):
        return []                       # (「各职能部门除…依法履职外，」: an exception clause, round 36)
    head = _CATEGORY_TAIL.sub("", head)
    pieces = [x.strip() for x in split_top_level(head, "、") if x.strip()]
    pieces = [q for p in _merge_admin(pieces) for q in _split_and(p)]     # 施工总包单位及监理单位: two
    merged: list[str] = []
    for piece in pieces:                # 吴泾、塘湾派出所: one compound name
        if merged and not looks_like_unit(merged[-1]) and len(merged[-1]) <= 4:
            merged[-1] = merged[-1] + "、" + piece
        else:
            merged.append(piece)
    names: list[str] = []
    for piece in merged:
        name, _note, _lead = _clean_piece(piece)
        if not name or not looks_like_unit(name) or FIRST_LEADS.search(name) or PROCEDURE_STEP.match(name):
            return []
        names.append(name)
    return names


# a heading that chooses or engages a body (选定第三方机构 / 委托专业机构 / 聘请评估单位): the work, its object no unit
_CHOOSING = re.compile(r"(?:选定|选聘|选择|选取|确定|指定|聘请|聘用|委托|遴选|招募|招聘|引入|引进)(?![和与])")


# 1.镇规建生态办负责… / 2.区信访办、区司法局负责…: a numbered item whose subject is its units, written
# without a colon or full stop between the units and their duty (not 负责人: 「A主要负责人每月…督查」 is a person —
# never a unit, round 30)
_SUBJECT_UNITS = re.compile(r"^((?:[^，,。；;：:\n（）()]|[（(][^，,。；;：:\n（）()]{1,12}[)）]){2,60}?)"
                            r"(?:具体负责|主要负责|负责|牵头)(?!人)")


def subject_units(body: str, parties: bool = False) -> list[str]:
    """The units an item opens with as the subject of 负责/牵头 (``镇信访办负责…`` → ``['镇信访办']``);
    [] when it opens otherwise. Like ``heading_units``, only several siblings so written make units.
    ``parties``: a project party named by its role (产权单位负责…) is kept too (a led clause, no unit)."""
    m = _SUBJECT_UNITS.match(CLAUSE_MARKER.sub("", body.strip()))
    if not m or VERB_START.match(m.group(1)) or NOT_NAME.search(m.group(1)) \
            or re.search(MODAL_END, m.group(1)) or re.search(r"除[^，,]{2,60}?外", m.group(1)):
        return []                       # (各单位要负责…: a rule for all; 「A除…依法履职外」: an exception, round 36)
    names, _notes, _leads, odd = split_units(m.group(1))
    names = [n for name in names for n in _partners(name) if not BACK_REFERENCE.match(n)]
    if not names or odd or not all(looks_like_unit(n) and not PROCEDURE_STEP.match(n)
                                   and (parties or not _PARTY.fullmatch(n)) for n in names):
        return []
    return names


# a name that points back at bodies named before 「前款所述行业主管部门」「上述部门」: no unit of its own (round 38)
BACK_REFERENCE = re.compile(r"(?:前款|前述|上述|本条)(?:所述|所列|规定)?的?")
# 「A会同B」「A联合B」「各部门和各镇」 read as one subject: the bodies apart (round 34; round 38 names fused)
# (「A协同B负责…」 as 会同, round 30 — Round 59 rulings on x261_06)
_PARTNER = re.compile(r"会同|联合|协同")


# a person by his post who 协调 a body 「副局长王秀娟协调文化馆具体负责…」: the body is the clause's doer, the person
# none (a person is never a unit, round 30; under a work heading the body a pivot gives work is a unit, "Round 102
# rulings, written early" on x366_01 六/3 with round 38)
_PERSON_PIVOT = re.compile(rf"{POST}{PERSON_PIVOT}(?=[\u4e00-\u9fff]{{2}})")


def _partners(name: str) -> list[str]:
    if (pivot := _PERSON_PIVOT.match(name)) and looks_like_unit(name[pivot.end():]):
        return _partners(name[pivot.end():])
    if (m := _PARTNER.search(name)) and looks_like_unit(name[:m.start()]) and looks_like_unit(name[m.end():]):
        return [*_partners(name[:m.start()]), *_partners(name[m.end():])]
    return split_joined(name, _joined_side)


def _joined_side(side: str) -> bool:
    """A side of 「A和B」 that is a body, a group of bodies 「各镇」 or a back-reference 「前款所述行业主管部门」 (not
    规划|自然资源处: a cut name)."""
    back = BACK_REFERENCE.match(side)
    bare = side[back.end():] if back else side
    return _body(bare) or (back is not None or bare.startswith("各")) and looks_like_unit(bare) and len(bare) >= 2


def group_subject(body: str) -> list[str]:
    """The group an item of duties opens with as the subject of 承担/统筹/组织/协助/配合 (各镇人民政府承担土地流转…
    → ``['各镇人民政府']``); [] otherwise. Read where siblings are headed by their units (``heading_units``)."""
    m = _GROUP_DUTY.match(CLAUSE_MARKER.sub("", body.strip()))
    if not m or NOT_NAME.search(m.group(1)) or re.search(MODAL_END, m.group(1)) or _RUNS_ON.search(m.group(0)) \
            or re.search(MODAL_ADVERB_END, m.group(1)):
        return []                       # (各单位要负责…: a rule for all; 各级X部门依法加强…: no name, a sentence)
    names, _notes, _leads, odd = split_units(m.group(1))
    return names if names and not odd and all(looks_like_unit(n) for n in names) else []


# a heading naming the division of duties (明确职责分工 / 压实工作责任 / 加强组织领导), and work given to a unit with
# others (会同 / 联合 / 牵头): see ``duty_clause_units``
_DIVISION = re.compile(r"分工|职责|责任|组织领导")
_WITH_OTHERS = re.compile(r"会同|联合|牵头")


def duty_clause_units(body: str, title: str = "") -> list[str]:
    """The units of an item that divides its work in clauses each led by a unit and 负责 (明确部门职责。
    镇办公室负责统筹协调；镇文化站负责宣传；农技站负责…): every such unit, in order; [] unless three
    clauses at least are so written (one 「X负责」 clause is a sentence about X, not the item's units). A clause led
    by a project party (产权单位负责配合改造) counts as led, its party named by no unit."""
    names: list[str] = []
    led = 0
    # (not after the work given to a unit with others in a sentence, 「严打黑车。公安部门要会同…开展专项行动…。
    # 城管执法部门负责…；交通部门负责…」, whose part the clauses share; a lead-in to all, 各相关部门要密切配合：A负责…,
    # is none, nor one setting up the body that oversees them (区政府要成立领导小组…), nor any under a heading that
    # names the division (明确职责分工。…; mend r70 7))
    division = bool(_DIVISION.search(title) or _DIVISION.search(re.split(r"[。；;\n]", body.strip(), maxsplit=1)[0]))
    for clause in re.split(r"[。；;\n]", body):      # not at ，: a clause's own comma (A负责…，B负责向A反馈…)
        got = subject_units(clause, parties=True) or _colon_label(clause)
        if not led and not got and not division and _WITH_OTHERS.search(clause) and leading_unit(clause):
            return []
        led += bool(got)
        names += [n for n in got if n not in names and not _PARTY.fullmatch(n)]
    return names if led >= 3 else []


# a paragraph labelled by its unit and a colon 「派出所:负责维护…」 (under 职责分工: one item's work divided)
_COLON_LABEL = re.compile(r"\s*([^，,。；;：:\n（）()]{2,24}?)\s*[:：]\s*(?=负责|牵头|承担|具体负责|主要负责)")


def _colon_label(clause: str) -> list[str]:
    m = _COLON_LABEL.match(clause)
    name = m.group(1) if m else ""
    return [name] if name and looks_like_unit(name) and not VERB_START.match(name) \
        and not NOT_NAME.search(name) and not _PARTY.fullmatch(name) else []


# 本方案由镇集体资产监督管理委员会负责解释 / 本实施意见由A、B负责解释: the units that answer for the plan's text
INTERPRETS = re.compile(r"^本[\u4e00-\u9fff]{1,8}由([^，,。；;：:\n由]{2,60}?)负责(?:解释|修订|解读)")


def interpreting_units(body: str) -> list[str]:
    """The units a closing item names as those who interpret the plan; [] otherwise."""
    m = INTERPRETS.match(body.strip())
    if not m:
        return []
    names, _notes, _leads, odd = split_units(m.group(1))
    return [] if odd or not all(looks_like_unit(n) for n in names) else names


# 区住建局负责… / 区委农办要结合… / 规划分局牵头…: a paragraph whose subject is a unit and whose verb is its duty
_LEADING_VERB = re.compile(r"要|负责|牵头|会同|应当|应|须|必须|主要负责|具体负责|协助|配合")


_BY_RULE = re.compile(r"根据|按照|依据|依照|遵照")


def leading_unit(paragraph: str, groups: bool = False) -> str:
    """The unit a paragraph opens with as the subject of its duty (``区住建局负责全区…`` → ``区住建局``,
    ``区应急管理局要…`` → ``区应急管理局``); "" when it opens otherwise, or with a group of units
    (``各乡镇要…``) unless ``groups``."""
    head = re.match(r"[\u4e00-\u9fff（）()]{2,26}", paragraph.strip())
    if not head:
        return ""
    for verb in _LEADING_VERB.finditer(head.group(), 2):
        name = head.group()[:verb.start()]
        if by := _BY_RULE.search(name):
            # 区住建局按照市住建委要求负责…: the unit stands before 按照; 区属国有企业根据区政府要求…: a group
            name = name[:by.start()]
            if not looks_like_unit(name):
                return ""
        if _THING_BY.search(name):
            return ""                   # (「…人员的治疗由县卫生局确定的定点医院负责」: a thing and its agent after 由)
        if looks_like_unit(name):
            return "" if is_group(name) and not groups or VERB_START.match(name) or _PARTY.fullmatch(name) else name
    return ""


_THING_BY = re.compile(r"的[\u4e00-\u9fff]{1,10}由")


# 区人民政府是本区…的责任主体 / 区交通委是全区…的行政主管部门 / 各镇人民政府、园区管委会是…配合主体: an item
# that opens by naming the units it gives work to as the bodies answering for that work
_DEFINES = re.compile(r"^((?:[^，,。；;：:\n（）()是]|[（(][^，,。；;：:\n（）()]{1,16}[)）]){2,50}?)是"
                      r"[^，,。；;：:\n]{0,40}?(?:第一)?(?:责任主体|配合主体|实施主体|工作主体|主管部门|管理机构|管理部门|"
                      r"执行机构|实施机构|牵头单位|牵头部门|责任单位|责任部门)(?=$|[，,。；;：:\n])")
# subjects that answer for work without being bodies a plan gives tasks to (开发企业是项目推进的责任主体)
_NOT_BODY = re.compile(r"(?:企业|公司|干部|人员|职工|群众|个人|业主|经营者|生产经营单位|居民|村民|市场主体|"
                       r"负责人|领导|书记|长)$")
# nor do the bodies of owners, managers, builders and businesses, though named as a body is (业主委员会是…
# 的责任主体 / 物业服务中心 / 各施工项目部 / 各加油站): no unit of government gives or takes their work
# nor a level of government in general (地方各级人民政府 / 县级人民政府 / 各级政府), which names no one body,
# as 各地 names none (a body of one level, 区级路长办公室, stays; so does the local one, 属地街道派出所)
_GENERIC_BODY = re.compile(r"^(?:地方|各级)|^[省市县区乡镇]级(?:以上)?(?:地方)?(?:人民)?政府$")
_PRIVATE_BODY = re.compile(r"业主|业委会|物业|项目部|施工|开发商|建设单位|(?:加油|加气|充电|换电|充装)站$")


# how the name of a body of government ends (区交通委, 镇安委会, 区公路管理署, 各镇人民政府（…管委会）, 各街镇):
# not a kind of place or of institution (中心城区, 老旧小区, 学校, 医院), which a plan's prose also opens with
_BODY_END = re.compile(rf"(?:办公室|委员会|委会|{BODY_OFFICE_END}|小组|组|专班|政府|办事处|部|厅|"
                       r"街道|街镇|乡镇|镇|乡|经济联合社|经济合作社|部门|机构)(?:[（(][^（）()]{1,16}[)）])?$")


def _body(name: str) -> bool:
    return (looks_like_unit(name) and len(name) >= 3 and _BODY_END.search(name) is not None
            and not _NOT_BODY.search(name) and not _PRIVATE_BODY.search(name) and not _GENERIC_BODY.search(name)
            and not PROCEDURE_STEP.match(name)
            and not VERB_START.match(name))


# 「A、B及其所属全资、控股集体企业是…的实施主体」: the companies the bodies own, a category after them
_OWNED_TAIL = re.compile(r"及其(?:所属|下属|管理)[^，,。；;：:\n]*$")
# 「镇农村集体资产管理部门设在镇经济发展服务中心，具体负责…」: a body named with where it sits, then its duties
_SEATED = re.compile(r"^([\u4e00-\u9fff]{3,24}?)设在[\u4e00-\u9fff]{2,24}[，,]\s*(?:具体|主要)?负责")


def defining_units(body: str) -> list[str]:
    """The units an item opens by naming as the bodies answering for its work (``区政府是本区农村公路
    管理养护的责任主体，全面负责…`` → ``['区政府']``; ``区交通委是…的行政主管部门，主要职责：`` heads the
    numbered duties under it); [] when the item opens otherwise, or its subject is no body of
    government (企业, 生产经营单位, 各地, persons)."""
    m = _DEFINES.match(CLAUSE_MARKER.sub("", body.strip()))
    subject = _OWNED_TAIL.sub("", m.group(1)) if m else ""
    if not m or VERB_START.match(subject) or re.search(r"\d|[的由对将在]", subject):
        return []
    names, _notes, _leads, odd = split_units(subject)
    return names if names and not odd and all(_body(n) for n in names) else []


# 1.组织召开动员大会。由镇安委会牵头组织召开… / 由A、B牵头，会同…: an item whose work opens with the units
# leading it (not 「…问题，由A牵头协调」 inside a sentence, nor 「由A牵头的工作小组」, a body being named)
_OPENING_LEAD = re.compile(r"^(?:[^。；;，,：:\n]{2,24}[。；;：:]\s*)?"
                           r"由((?:[^，,。；;：:\n（）()由]|[（(][^，,。；;：:\n（）()]{1,16}[)）]){2,60}?)"
                           r"(?:负责牵头|牵头)(?!的|单位|部门)")


def opening_lead(body: str) -> list[str]:
    """The units an item's work opens by naming as its lead (``组织召开动员大会。由镇安委会牵头组织召开…``
    → ``['镇安委会']``); [] otherwise, or when they are no bodies of government."""
    return opening_lead_and_partners(body)[0]


# 由区商务委牵头，区文旅局、区规划资源局、各街道配合，打造…: the units working with the lead
_PARTNERS = re.compile(r"[，,]\s*((?:[^，,。；;：:\n（）()由]|[（(][^，,。；;：:\n（）()]{1,16}[)）]){2,60}?)"
                       r"(?:共同)?(?:配合|参与|协同|协助)(?![^，,。；;\n]{0,4}(?:单位|部门))")


def opening_lead_and_partners(body: str) -> tuple[list[str], list[str]]:
    """``opening_lead``'s units, and those its sentence names right after as working with them
    (``由区商务委牵头，区文旅局、各街道配合，…`` → ``(['区商务委'], ['区文旅局', '各街道'])``)."""
    m = _OPENING_LEAD.match(text := CLAUSE_MARKER.sub("", body.strip()))
    if not m:
        return [], []
    names, _notes, _leads, odd = split_units(m.group(1))
    if not names or odd or not all(_body(n) for n in names):
        return [], []
    p = _PARTNERS.match(text, m.end())
    partners, _notes, _leads, odd = split_units(p.group(1)) if p else ([], {}, [], [])
    return names, [] if odd or not all(_body(n) for n in partners) else partners


# （二）路长办公室主要职责 / 区级路长办公室：承担… / 镇级路长办公室：具体落实…: a heading whose text is
# paragraphs each headed by the unit, before a colon, that the duties after it are given to
_COLON_HEAD = re.compile(r"^([^，,。；;：:\n]{2,24})[：:]")
# the heading says its paragraphs divide duties (路长办公室主要职责 / 职责分工): not one over the places or
# things looked at (重点场所 / 加油站：重点检查…), nor the groups a plan sets up (检查组设置 / 组织机构 /
# 综合协调组：由区应急局牵头…), whose paragraphs are headed by no unit
_DUTY_HEADING = re.compile(r"职责|分工|职能|责任")
_SET_UP_GROUP = re.compile(r"组$|小组办公室$|专班$|指挥部$")


def colon_paragraph_units(body: str) -> list[str]:
    """The units heading every paragraph of an item below its heading line, before a colon (two such
    paragraphs at least); [] otherwise, or when a paragraph is headed by a post (总路长：…) or no unit."""
    lines = body.strip().split("\n")
    paragraphs = [p.strip() for p in lines[1:] if p.strip()]
    if not _DUTY_HEADING.search(lines[0]) and len(paragraphs) >= 3 and not _COLON_HEAD.match(paragraphs[0]) \
            and _DUTY_HEADING.search(paragraphs[0]):
        paragraphs = paragraphs[1:]     # (二、工作内容 / 「各相关部门要…按照分工」 / 民政局：…: the lead-in)
    elif len(paragraphs) < 2 or not _DUTY_HEADING.search(lines[0]):
        return []
    names: list[str] = []
    for paragraph in paragraphs:
        m = _COLON_HEAD.match(paragraph)
        name = m.group(1).strip() if m else ""
        if not name or not _body(name) or is_group(name) or re.search(r"\d|[的是为由]", name):
            return []
        # 综合协调组：由区应急局牵头，负责… — a group the plan sets up is worked by the units leading it
        taken = [name] if not (m and _SET_UP_GROUP.search(name)) else opening_lead(paragraph[m.end():]) or [""]
        if not all(taken):
            return []
        names += [n for n in taken if n not in names]
    return names


# 区房管局：牵头… / 房管所牵头… / 区住房保障房屋管理局是…牵头部门: a paragraph whose unit leads the work
_LEADS_LINE = re.compile(r"[^，,。；;]{0,60}?(?:负责牵头|牵头)")
# a section that divides the work among units (四、职责分工 / 三、部门职责 / 五、责任分工)
DIVISION_TITLE = re.compile(r"^[^，,。；;]{0,8}(?:职责分工|责任分工|部门职责|工作职责|职责|分工|管理责任|责任体系)$")


# a role or a label written as a unit word (责任部门： / 牵头单位： / 相关部门：), never a unit's own name
# (or the kind of a role, 属地部门： / 行业部门： / 监管部门：, which names whichever unit holds it)
_ROLE_NAME = re.compile(r"^(?:相关|有关|其他|其它)?(?:牵头|责任|配合|协办|主办|承办|参与|参加|实施|监督|主管|抄送|报送|"
                        r"成员|协助|督办|联系|行业主管|主体责任|责任主体|主责|执法|行业|属地|职能|监管|工作){0,2}"
                        r"(?:单位|部门|机构)$")


# a kind of place, institution or role before a colon (医疗机构： / 文化娱乐场所： / 业务主管部门： / 党委政府：
# / 属地乡镇（街道）：), which names whichever body is of that kind, never one body
_KIND_NAME = re.compile(r"(?:机构|场所|单位|企业|主体)$|^属地|^党委政府$|"
                        r"^(?:业务主管|行业主管|上级|下级|上级主管|业务|综合|"
                        r"行政审批|审批|主管|职能|行业|监管|执法|管理|有关|相关|其他|其它|各级|同级|本级)部门$")
# a body of justice, an organ or a public company, which _body leaves out (县检察院： / 县人民法院： / 公安机关： /
# 县供电公司： — a company named with its place)
_COURT_LIKE = re.compile(r"(?:检察院|法院|机关)$|^[省市县区](?!场)[\u4e00-\u9fff]{1,10}公司$")
# a contact list's line: the unit, then the person, post and telephone (县住建局：张某某，办公室主任，联系电话…), or
# the street address of its office where papers are handed in 「市绿化市容局：上海市胶州路768号，…1楼，受理窗口；」 —
# the address its whole first clause, no work done along a street 「镇交通办：清理人民路1号至50号沿线…」 (a road, a
# river or a street office 国道／河道／街道 with a number no address)
_CONTACT = re.compile(r"联系电话|电话|手机|传真|邮箱|(?<!\d)1\d{10}(?!\d)|\d{3,4}-\d{7,8}|"
                      rf"^(?!{VERB_START.pattern[1:]}|{WORK_START.pattern[1:]})"
                      r"[\u4e00-\u9fff]{0,12}?(?:路|街|大道|弄|巷)\d+(?:-\d+)?号(?:[，,；;]|$)|"
                      r"^[\u4e00-\u9fff]{2,4}[，,（(]\s*"
                      r"[\u4e00-\u9fff]{0,8}(?:主任|股长|科长|局长|书记|部长|站长|所长|队长|干部|专员|负责人)")


# a committee's two-character short name 「教委」「建委」「商委」 (no post 常委／编委, no 党委 of an unnamed party)
_SHORT_COMMITTEE = re.compile(r"(?![常编党])[\u4e00-\u9fff]委")


def colon_lead_unit(paragraph: str) -> str:
    """The unit an unnumbered paragraph opens with before a colon, its duties after it (交通部门：负责… /
    监察、纠风部门：负责查处…): a body of government, no role (责任单位：), no label (工作目标： / 时间：), no post
    (总路长：), no group the plan sets up (综合协调组：); "" otherwise. A group (各乡镇：) is returned: the caller
    counts only named units to take a run of such paragraphs as a division of work."""
    found = colon_name(paragraph.strip(), longest=24)
    if found is None or not re.match(r"[\u4e00-\u9fff“]", found[1]):
        return ""                       # (综合事务部: 0551-…: a page's contact list, no duties)
    name, rest, pieces = found
    if _ROLE_NAME.match(name) or _SET_UP_GROUP.search(name) \
            or not re.fullmatch(r"[\u4e00-\u9fff、（）()]+", name) or _CONTACT.search(rest):
        return ""
    last = pieces[-1]
    if any(_KIND_NAME.search(p) for p in pieces):
        return ""
    if looks_like_unit(last) and _COURT_LIKE.search(last):
        return name
    if re.fullmatch(r"各村[（(]社区[)）]|各(?:社区|村居|行政村)", last):
        return name                     # (各村（社区）：落实…: a group, in the run it stands in)
    # (发展改革部门： / 建设局：: a department named by its field, which opens with a verb's word)
    named = _body(last) or VERB_START.match(last) is not None and re.search(r"(?:部门|局|委)$", last) is not None \
        and _body("某" + last) or _SHORT_COMMITTEE.fullmatch(last) is not None
    # (商委： / 教委： / 建委：: a committee named by two characters, its field and 委, as 农林委 is by three)
    return name if named else ""


# a kind of party before a colon that a division of work gives its paragraph (住宅修缮和房屋拆除工程参建单位：应制定… /
# 各类施工企业：…): no vague word (有关单位 / 相关部门 / 上级部门), four characters at least
_VAGUE_KIND = re.compile(r"^(?:各类?|有关|相关|其他|其它|各级|同级|本级|上级|下级|所属|下属|本|该)")


def colon_kind_unit(paragraph: str) -> str:
    """The kind of party an unnumbered paragraph opens with before a colon, its duties after it (施工单位：应… /
    住宅修缮和房屋拆除工程参建单位：应制定…), as ``colon_lead_unit`` reads a body; "" otherwise. Like a group, such a
    paragraph belongs to a run of bodies' paragraphs it stands in and makes none (see ``unit_paragraphs``)."""
    found = colon_name(paragraph.strip(), longest=24)
    if found is None or not re.match(r"[\u4e00-\u9fff“]", found[1]):
        return ""
    name, rest, _pieces = found
    if len(name) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) \
            or _ROLE_NAME.match(name) or _VAGUE_KIND.match(name) or _CONTACT.search(rest):
        return ""
    return name if _KIND_NAME.search(name) and re.search(r"(?:单位|企业|机构)$", name) else ""


def _colon_units(paragraph: str) -> list[str]:
    """The units heading a paragraph before a colon (街道办事处、镇人民政府：协助…); [] otherwise."""
    m = _COLON_HEAD.match(paragraph)
    if not m or re.search(r"\d|[的是为由]|如下$|分工", m.group(1)):
        return []                       # (各有关部门分工如下：: the line that opens the division, no unit)
    names, _notes, _leads, odd = split_units(m.group(1).strip())
    return names if names and not odd and all(looks_like_unit(n) and not PROCEDURE_STEP.match(n) for n in names) else []


_ALONE_DUTY = re.compile(r"^[^，,。；;：:\n]{2,24}[：:]\s*(?!要|应|务必|必须)(?:主要)?"
                         r"(?:负责|牵头|承担|做好|组织|开展|落实|加强|推进|实施|配合|协助)")
_ALONE_HELPERS = re.compile(r"[，,；;]([^，,。；;：:]{2,60}?)(?:配合|协助|协办|参与|参加)(?:落实|实施)?[。；;]?$")


_FOUNDS = re.compile(r"^(?:(?!负责)[^，,。；;：:]){2,30}?(?:成立|组建|设立)")   # (not 「A负责…分层设立使用权」)


def duty_paragraphs(body: str, opener: Callable[[str], list[str]] | None = None) -> tuple[list[str], list[str]] | None:
    """A section's own paragraphs below its heading line, each opening with the unit it gives the duties after
    it (区房管局：牵头… / 区财政局负责… / 区住房保障房屋管理局是…牵头部门，负责…): (lead, responsible), the
    units whose paragraph opens with 牵头 leading; None unless two paragraphs at least so open and at most
    one (a general sentence before or after them) does not — one paragraph naming several units in its
    sentences (建设主体为区应急局，…区财政局负责…) divides no work by paragraphs; one paragraph headed by two units
    before its colon does (区公安分局、区交警支队：负责…). ``opener``: the reader of a paragraph's opening units
    (``opening_units`` by default)."""
    paragraphs = [p.strip() for p in body.strip().split("\n")[1:] if p.strip()]
    lead: list[str] = []
    resp: list[str] = []
    led = 0
    for paragraph in paragraphs:
        names = (opener or opening_units)(paragraph)
        if not names:
            continue
        led += 1
        if (founds := _FOUNDS.match(paragraph)) and names[0] in founds.group():
            continue        # 市政府成立…协调小组，…: the body that sets up the group is no doer (round 32, rule 3)
        leads = _LEADS_LINE.match(paragraph) is not None
        # a later sentence of the paragraph given to a unit of its own (…业务指导。属地街道执法队负责…)
        later = [n for sentence in re.split(r"(?<=[。；;])", paragraph)[1:] for n in subject_units(sentence)
                 if not _PARTY.fullmatch(n)]
        for name in [*names, *later]:
            # (the paragraph's 牵头 is its opening units': 「A牵头负责…。B参与…。C负责提供…」 — C a doer, no lead)
            if leads and name in names and name not in lead:
                lead.append(name)
            if name not in resp and name not in lead:
                resp.append(name)
    # (or the one paragraph the section holds, headed by two units or more before its colon: 安居镇派出所、七佛交巡警
    # 大队：负责… — a page cut after it)
    # (not 各街道、各部门：要按照职责分工，认真抓好落实…: an exhortation, no duty; every unit before the colon, and
    # those its 「…，X、Y配合」 clause names)
    colon = _colon_units(paragraphs[0]) if len(paragraphs) == 1 else []
    alone = len(colon) >= 2 and _ALONE_DUTY.match(paragraphs[0]) is not None
    if led < 2 and not alone or len(paragraphs) - led > 1:
        return None
    if alone and led < 2:
        resp = [*resp, *(n for n in colon if n not in resp and n not in lead)]
        if helper := _ALONE_HELPERS.search(paragraphs[0]):
            names, _notes, _leads, odd = split_units(helper.group(1))
            if names and not odd and all(looks_like_unit(n) for n in names):
                lead = lead or [n for n in colon if n in resp]
                resp = [*(n for n in resp if n not in lead), *(n for n in names if n not in resp)]
    return lead, [n for n in resp if n not in lead]


# the verbs a unit's duties open with where a paragraph names no 负责 (区应急局强化综合监管 / 区规划资源局结合…)
_DUTY_VERB = re.compile(VERB_START.pattern.lstrip("^").rstrip(")")
                        # (联合 as 会同, round 34/40; 「A依职责协助…」: the body's own duties before its verb, x258_07)
                        + r"|结合|协同|配合|协助|指导|督促|会同|联合|参与|承担|履行"
                        + r"|[依按](?:各自)?职责(?=协助|配合|参与|负责|做好|开展|落实))")


_MODAL_NEXT = re.compile(r"(?:可以?|应当|应(?!急)|须|必须)(?:委托|会同|联合)|要(?:组织|协调|会同|联合)")


# 「社区规划师为所在街道(镇)梳理…」「各居委会对所在小区…」: a preposition and 所在, no 所's name before 在
_PREP_SUO = re.compile(r"[为对向给替]所$")


def cut_at_where(name: str, text: str, at: int) -> bool:
    """Whether ``name`` (``text`` up to ``at``) ends inside 「为所在／对所在…」, not with a 所's name."""
    return text.startswith("在", at) and _PREP_SUO.search(name) is not None


# a name cut inside the field words 城乡建设／城镇规划 (住房和城乡建设管理委): 城乡／城镇 names no township
_FIELD_CUT = re.compile(r"城[乡镇]$")
_FIELD_ON = re.compile(r"建设|规划|管理|发展")


def unit_then_verb(text: str) -> str:
    """The body of government a text opens with when a verb of its duties follows right after it
    (``区应急局强化综合监管`` → ``区应急局``, ``区规划资源局结合…`` → ``区规划资源局``); "" otherwise."""
    # (the short name a bracket defines after the body is no part of it: 「A（以下简称B）会同C…」 → A)
    # (fields sharing one head 「市发改、经贸等局依职责协助…」: one name as printed, round 35 — x258_07)
    # (not bodies each with a head of its own 「区应急局、公安分局等部门」: the names apart, read elsewhere)
    opening = drop_definitions(CLAUSE_MARKER.sub("", text.strip()))
    head = re.match(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,6})+等[\u4e00-\u9fff]{1,20}", opening)
    if head is None or _body(head.group().split("、", 1)[0]):
        head = re.match(r"[\u4e00-\u9fff（）()]{4,30}", opening)
    if not head:
        return ""
    for k in range(3, len(head.group()) - 1):
        name = head.group()[:k]
        if cut_at_where(name, head.group(), k) or _FIELD_CUT.search(name) and _FIELD_ON.match(head.group(), k):
            continue            # (上海市住房和城乡|建设管理委员会: the field 城乡建设 runs on, no township)
        if (_DUTY_VERB.match(head.group(), k) or _MODAL_NEXT.match(head.group(), k)) and _body(name):
            return name         # (「A可委托B对…」: A, the modal its own — not 「A可委托B」 as one name, round 38)
    return ""


def split_joined(name: str, is_body: Callable[[str], bool] | None = None) -> list[str]:
    """Two bodies a subject joins with 和 (区消防救援支队和属地街道派出所); the name whole otherwise
    (规划和自然资源处, 区住房保障和房屋管理局: a side is no body). ``is_body``: the test of a side (a named
    body by default)."""
    body = _body if is_body is None else is_body
    for join in ("和", "及"):         # (各区政府(管委会)及除运雪指挥部: a bracket closed before 及)
        left, sep, right = name.partition(join)
        if sep and (join == "及" or "（" not in name and "(" not in name) and len(split_top_level(name, join)) == 2 \
                and body(left) and body(right) and not bureau_field_half(left, sep + right):
            return [left, right]
    left, sep, right = name.partition("或者")   # (「投资者或者使用单位负责…」: either doer, as with 或 — round 49)
    if not sep:
        left, sep, right = name.partition("或")     # (城市更新综合体或实施主体组织…: either doer, both units — rule 2)
    if sep and _EITHER_SIDE.fullmatch(left) and _EITHER_SIDE.fullmatch(right) and "或" not in right:
        return [left, right]                    # (not 市或区政府 / 各区政府或管委会: one head shared)
    return [name]


# a side of 「A或B」 given as two doers: a named kind of doer of four characters or more, no 各 or level before a head
_EITHER_SIDE = re.compile(r"(?!各)[\u4e00-\u9fff]{2,20}"
                          r"(?:综合体|平台|主体|企业|组织|单位|机构|部门|政府|委员会|管委会|办事处)"
                          r"(?:[（(][\u4e00-\u9fff、]{1,6}[)）])?"     # (属地政府（街镇）: the places it stands for)
                          # (… or a party by its role in the work 「投资者」「所有者」: a doer of its
                          # own beside the other, Round 74's parties by role)
                          r"|[\u4e00-\u9fff]{0,4}?(?:投资|所有|管理|使用|生产|运营)者")


def opening_units(paragraph: str) -> list[str]:
    """The units a paragraph opens with as those its duties are given to: before a colon (区房管局：…),
    as the subject of 负责/牵头 or of 是…主体/牵头部门, or a body right before a verb of its duties."""
    unit = leading_unit(paragraph, groups=True) or unit_then_verb(paragraph)
    if not unit and (seated := _SEATED.match(paragraph.strip())) and _body(seated.group(1)) \
            and not is_group(seated.group(1)):
        unit = seated.group(1)          # a body of government only: not 网格化综合指挥平台 / 咨询服务台
    names = (_colon_units(paragraph) or subject_units(paragraph) or defining_units(paragraph)
             or ([unit] if unit else []))
    return [n for name in names for n in split_joined(name) if not _ANY_BODY.fullmatch(n) and not _PARTY.fullmatch(n)]


# every unit at once (各部门要… / 各有关单位… / 其他成员单位…): a general sentence, not one giving a unit its duties
_ANY_BODY = re.compile(r"(?:各|有关|相关|其他|其余)*(?:成员|有关|相关|职能)?(?:部门|单位|方面|委办局)")
