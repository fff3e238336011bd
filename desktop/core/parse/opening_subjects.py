"""The units a line of text opens with as those whose duties or work follow: a lead-in over numbered duties
(区政府应当落实…，履行下列职责： / 街道办事处及镇政府消防工作职责： / 街道消防委实施以下四项工作制度：) and a
paragraph's opening subject (区应急局、区规划资源局牵头… / 镇人民政府、街道办事处应当…), with the words that bound
them (the subject's verb, kinds of organisation that are no unit, a placed body's opening). Reads one line's or one
paragraph's text only, never the items around it; split from ``duty_headings`` (which reads headings and articles
and asks these readers for their lines)."""

from __future__ import annotations

import re

from .declarations import joint_partners
from .defined_names import drop_definitions
from .prose_units import _BODY_END as BODY_END, VERB_START, cut_at_where
from .role_subjects import SELF_GOVERNED
from .units import looks_like_unit, split_units

# the lead-in of a numbered list of one unit's duties, its last words (区政府应当落实…，履行下列职责： /
# 区国动办承担以下监督检查职责： / 街道办事处及镇政府消防工作职责：), not a list of conditions (有下列情形之一的：) or
# of contents (具体内容包括：)
# (a heading over the list may end with no colon: 「（一）区各部门在各自职责范围内履行下列共同职责」 over 1.…)
_LEAD_IN = re.compile(r"(?:(?:以下|下列|如下)[\u4e00-\u9fff]{0,10}?(?:职责|责任)[：:]?|(?:工作|监督检查|主要|具体)职责"
                      r"[：:])$")
# where the subject of the lead-in ends: its verb or modal (区政府应当… / 区国动办承担以下…), the shortest subject
# that is a unit (a one-character modal not inside another word: 主要 / 应急 are no verb after a subject)
SUBJECT_VERB = re.compile(r"是|应当|(?<![相对响供适反])应(?!急|用)|(?<![必无])须|必须|"
                           r"(?<![主重需必摘纪提概首只])要|根据|"
                           # (市X中心主要履行下列管理职责：: 主要 an adverb before the verb, no part of the name)
                           r"主要(?=履行|承担|负有|负责)|按照|依照|依据|承担|履行|负有|具体|在各自|除履行|协助|配合|负责|"
                           # (区河长办设在区水务局，承担… / 区爱卫办作为…日常办事机构，… / 区卫健委会同区民政局履行…:
                           # the subject stands before where it sits, what it serves as, or whom it works with)
                           r"设在|作为|会同|"
                           # (区民政局对新设立的养老机构履行下列监督职责：: the body, then what its duties bear on)
                           r"(?<=[局委办府室处队心站所部])对|"
                           # (区住建委与区房管局共同履行…: two subjects sharing the duties)
                           r"共同(?!体|富裕)")
# 区应急局应当督促各街镇履行下列职责： / 指导各区落实以下职责：: the duties are those of the bodies it oversees (a
# pair of verbs, 督促指导 / 指导督促 / 督促检查, is one verb: the bodies start after the last of them)
_OVERSEEN = re.compile(r"(?:督促|指导|要求|推动)(?:督促|指导|要求|推动|检查|监督|协调)*+(?:新?(?:成立|设立|组建)的)?"
                       r"([^，,。；;：:]{2,40}?)(?:履行|承担|落实)(?:以下|下列|如下)")
# 区卫健委和区民政局 / 区住建委与区房管局: two bodies a subject joins (a side that is no body keeps the name whole:
# 区住房保障和房屋管理局, 规划和自然资源处)
_JOIN = re.compile(r"和|与|以及|及")
_EITHER = re.compile(r"或者|或")
# (区总工会与区妇联: people's organisations, bodies too where a place names them)
_PEOPLES_BODY = re.compile(r"(?:总工会|工会|妇联|团[区县市]?委|残联|科协|侨联|工商联|红十字会)$")
# the duty words closing a lead-in with no verb (街道办事处主要职责： / 镇政府消防工作职责：), read whole first: a
# field's name between the subject and them (消防 / 安全生产) is cut off only where the subject left ends as a body
# does and the field holds no verb (领导小组办公室主要职责： is 领导小组办公室, not 领导小组办 with a field 公室)
_DUTY_TAIL = re.compile(r"(?:的)?(?:工作|监督检查|主要|具体)?职责[：:]$")
# 由A、B等部门组成的工作小组: the body the sentence names is the one after 组成的
# (区政府依照有关规定成立的议事协调机构负责…: the body set up, not the one setting it up)
_MADE_OF = re.compile(r"^由[^，,。；;：:]{2,80}?组成的"
                      r"|^[^，,。；;：:由对]{2,40}?(?:成立|设立|组建)的(?=[\u4e00-\u9fff]{2})")
# 「区公安分局、区应急局等有关部门」: a category after the units, no unit; after 及 「…及其他有关部门」 it is a
# kind, a name of its own (Round 48, q44a governs: 及 joins two names, round 34; 其他有关部门 a kind, round 47;
# 其 of 及其 dropped)
_CATEGORY_AFTER = re.compile(r"(?:(?P<joined>以及|及其?|和)|等)(?P<kind>(?:其他|其它|有关|相关)[\u4e00-\u9fff]{0,12}"
                             r"(?:部门|单位|机构))$")
# kinds of organisation and persons a rule binds, no units of government (机关、团体、企业、事业单位 /
# 消防安全重点单位 / 居民委员会 / 业主委员会 / 物业服务企业 / 施工单位) — not a body of government whose field is
# works or design 「市勘察设计管理中心」「区建设工程施工安全监督站」 (its name ends on an office's word), nor an agency
# named by its level and the field it manages 「区物业管理事务中心」 (x307_04 第十三条; not 「小区物业…」)
_OFFICE = r"[\u4e00-\u9fff]{0,10}(?:中心|局|站|办|处|委|委员会)$"
KIND_OF_BODY = re.compile(rf"^各?(?:相关|有关|其他|其它|各类)|各级|企业|公司|机关$|团体|事业单位|重点单位|高危单位|"
                           rf"^(?:居民|村民)委员会$|业主|(?<!^[市区县])物业|负责人|(?:施工|监理|设计)(?!{_OFFICE})|建设单位|代理机构|"
                           r"服务单位|经营")


# a body's lead-in over the work it carries out (街道消防委实施以下四项工作制度： / 区政府建立如下工作机制：), the body
# alone before its verb — not 我区将实施以下措施： (no body) nor 各单位要落实下列要求： (a kind)
_WORK_LEAD_IN = re.compile(r"([^，,。；;：:\s]{2,20}?)(?:应当?|要|须|将)?(?:实施|执行|落实|建立|开展|承担|推行)"
                           r"(?:以下|下列|如下)[一二三四五六七八九十两\d]{0,3}[项个条类]?[\u4e00-\u9fff]{0,8}?"
                           r"(?:制度|机制|工作|任务|措施)[：:]")


# the words between a lead-in's body and its verb that are no part of the name (各街道结合实际建立… / 各街道进一步
# 建立… / 街道党工委统一部署实施… / 区应急局、区消防救援支队共同建立…), read off its end one by one
_WORK_ADVERB = re.compile(r"(?:结合实际|因地制宜|进一步|统一部署|统一|认真|全面|切实|继续|共同|联合|积极|着力|重点|"
                          r"分别|具体|率先|负责|组织|研究|主动|及时|逐步|加快|深入|扎实|严格|大力|集中|同步|部署|亲自|高度重视)$")


def work_lead_in(line: str, aliases: set[str] | frozenset[str] = frozenset()) -> tuple[list[str], list[str]] | None:
    """The (lead, responsible) units of a body's lead-in over the work it carries out (``街道消防委实施以下四项工作
    制度：`` → ``([], ['街道消防委'])``; ``由区应急局牵头建立以下工作机制：`` → ``(['区应急局'], [])``;
    ``区应急局会同区消防救援支队建立…`` → the first leads, its partner responsible); ``([], [])`` when the words
    before the verb name no body (我区将… / 各单位要… / 今年重点…); None when the line is no such lead-in."""
    work = _WORK_LEAD_IN.match(line.strip())
    if work is None:
        return None
    subject, leads = re.sub(r"^由", "", work.group(1)), False
    while True:
        if subject.endswith("牵头"):
            subject, leads = subject[:-2], True
        elif (adverb := _WORK_ADVERB.search(subject)) and adverb.start() >= 2:
            subject = subject[:adverb.start()]
        else:
            break
    # (我区 / 本市 / 各地 / 各级: the plan's own place or everyone, no body)
    if re.match(r"(?:我|本|全|各地|各级)", subject):
        return [], []
    first, _with, partner = subject.partition("会同")
    names = lead_in_names(first, aliases)
    partners = lead_in_names(partner, aliases) if partner else []
    # (each a body by its ending or a name the plan defines: not 各街道结合实际 / 街道党工委统一部署)
    if not names or partner and not partners or not all(
            BODY_END.search(n) or n in aliases for n in names + partners):
        return [], []
    if partners:
        return names, partners
    return (names, []) if leads else ([], names)


def lead_in_units(line: str, aliases: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The units a lead-in line over numbered duties names as those whose duties they are (``区政府应当落实消防
    工作责任制，履行下列职责：`` → ``['区政府']``; ``街道办事处及镇政府消防工作职责：`` → both); [] when the line
    introduces no list of duties or its subject is a kind of organisation (机关、团体、企业 / 物业服务企业). A name
    ending in 单位 is a unit only where the document defines it (``（以下简称“区域管理单位”）``, in ``aliases``)."""
    line = line.strip()
    work = work_lead_in(line, aliases)
    if work is not None:                # 街道消防委实施以下四项工作制度：: the body that carries the list out
        return work[0] + work[1]
    if not _LEAD_IN.search(line):
        return []
    clause, _sep, rest = re.split(r"([，,。；;])", drop_definitions(_MADE_OF.sub("", line)) + "。", maxsplit=1)
    # (the whole line too: it ends in the lead-in's 履行以下职责：, so the overseen bodies may stand in a later clause
    # of it, 区应急局应当落实责任，督促各街镇履行下列职责：, never past it)
    for whole in (clause, line):
        if (overseen := _OVERSEEN.search(whole)) and (names := lead_in_names(overseen.group(1), aliases)):
            return names
    tail = _DUTY_TAIL.search(clause)
    if tail:
        head = clause[:tail.start()]
        for k in (0, *range(2, min(8, len(head) - 2) + 1)):
            field = head[len(head) - k:]
            if k and (SUBJECT_VERB.search(field) or not re.fullmatch(r"[\u4e00-\u9fff]+", field)):
                break
            names = lead_in_names(head[:len(head) - k], aliases)
            if names and all(BODY_END.search(n) or n in aliases for n in names):
                return names
        if names := lead_in_names(head, aliases):     # (a name of another ending, read whole)
            return names
    # (工程隐患整治工作小组，具体履行以下职责：: the subject is the whole first clause, its verb after the comma)
    for i in range(2, min(len(clause), 60) + 1):
        if not (SUBJECT_VERB.match(clause, i) if i < len(clause) else SUBJECT_VERB.match(rest.lstrip())):
            continue
        names = lead_in_names(clause[:i], aliases)
        if names:
            # (区卫健委会同区民政局履行下列职责：: the bodies it works with are the duties' units too, not
            # 会同有关部门, a kind)
            partners = joint_partners(re.split(r"共同|履行|承担|负有|落实|具体", clause[i:])[0]) \
                if clause.startswith("会同", i) else []
            return [*names, *(p for p in split_bodies(partners, set(aliases))
                              if body_unit(p, set(aliases)) and p not in names)]
    return []


# 区委、区政府各部委办局: the bodies before 各 are whose bureaus the group is, one group kept whole
_GROUP_OF = re.compile(r"^[\u4e00-\u9fff]{1,8}?各[\u4e00-\u9fff]{2,6}$")
# (区委、区政府各部委办局: the party and government bodies and the government's 各… — not 区应急局、区各街镇)
_GOVERNMENT = r"(?:[\u4e00-\u9fff]{0,4}?(?:区|县|市|镇|乡|街道))?(?:委|党委|政府|人民政府)"


def lead_in_names(subject: str, aliases: set[str] | frozenset[str]) -> list[str]:
    tail = _CATEGORY_AFTER.search(subject)
    kind = [tail.group("kind")] if tail and tail.group("joined") else []
    subject = subject[:tail.start()] if tail else subject
    names, _notes, _leads, odd = split_units(subject)
    if not names or odd or not all(body_unit(n, set(aliases)) for n in names):
        return []
    if len(names) > 1 and _GROUP_OF.match(names[-1]) and subject == "、".join(names) \
            and all(re.fullmatch(_GOVERNMENT, n) for n in names[:-1]) and re.match(_GOVERNMENT + "各", names[-1]):
        return [subject, *kind]
    return split_bodies(names, set(aliases)) + kind


# a field's other bodies after a named one 「市X中心和道路运输行业其他相关部门」: a kind with its field, one name as
# printed (round 31; Round 91's x337_04), the second of two doers joined by 和 (round 34) — p66a
_FIELD_OTHERS = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:行业|领域|系统)(?:其他|其它)(?:有关|相关)?(?:部门|单位|机构)")


# a village's or the residents' own committee after a placed body 「乡（镇）人民政府和村民委员会应当…」: a body of its
# own, the second of two doers joined by 和 (round 34; Round 104's x371_03 第十八条) — role_subjects.SELF_GOVERNED
_SELF_GOVERNED = re.compile(SELF_GOVERNED)
# a tier's sister tiers in a bracket after it 「镇（乡）」「区（县）」「镇（街道、乡）」 (as subject_verbs._BARE_TIER)
_SISTER_TIERS = re.compile(r"(?<=[市区县镇乡])[（(](?:[市区县镇乡]|街道)(?:[、/／](?:[市区县镇乡]|街道))*[)）]")
# a place in a bracket inside a name 「中国（上海）自由贸易试验区…」 — not a scope note 「各区（含开发区）」
_PLACE_BRACKET = re.compile(r"[（(](?!含|包括|不含|以下)[\u4e00-\u9fff]{2,6}[）)]")
_BRACKET = re.compile(r"[（(][^（）()]*[）)]")


# a department named by its field in full, no place before it 「市政工程管理部门和公安交通管理部门作出行政处罚，…」:
# each side a whole kind, two doers (round 35's 和 joining whole names; Round 104 on x371_02 第二十一条) — not a field
# pair inside one name 「规划和自然资源部门」 (a side no body)
_KIND_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{4,10}管理部门$")


def split_bodies(names: list[str], aliases: set[str]) -> list[str]:
    """Each name joined of two bodies by 和 / 与 / 及 (区卫健委和区民政局) as the two; a name whose side is no body
    (区住房保障和房屋管理局) whole."""
    out: list[str] = []
    for name in names:
        parts = _JOIN.split(name)
        # (either of two bodies 「街道办事处或者镇人民政府」「镇（乡）人民政府或街道办事处」: both doers,
        # rule 2's 「A或B」 — each side's own level bracket kept, as printed)
        either = len(parts) == 1 and len(parts := _EITHER.split(name)) == 2 and all(
            p.count("（") + p.count("(") == p.count("）") + p.count(")") for p in parts)
        # (… or two groups each opened by 各 「各区国动办和各有关管委会」: two names, round 34's
        # 「各部门和各镇」 — Round 81 on x305_02 第二十八条)
        groups = len(parts) > 1 and all(p.startswith("各") and len(p) >= 3 and BODY_END.search(p)
                                        and looks_like_unit(p) and not VERB_START.match(p[1:]) for p in parts)
        # (a side's sister tiers in a bracket 「街道办事处和镇（乡）人民政府」 keep no joint inside a name: the bracket
        # aside, as with none — each side's own bracket kept, as printed; a bracket inside one side
        # 「中国（上海）…管理局和中国（上海）…管委会」: each side whole, two names)
        plain = _SISTER_TIERS.sub("", name) if "（" in name or "(" in name else name
        balanced = all(p.count("（") + p.count("(") == p.count("）") + p.count(")")
                       and all(_PLACE_BRACKET.fullmatch(b) for b in _BRACKET.findall(p)) for p in parts)
        if len(parts) > 1 and (either or "（" not in plain and "(" not in plain or balanced) and (groups or all(
                len(p) >= 3 and body_unit(p, aliases) and ((BODY_END.search(p) or _PEOPLES_BODY.search(p))
                                                            and (PLACED_BODY.match(p) or _KIND_DEPARTMENT.match(p))
                                                            or p in aliases)
                or k == len(parts) - 1 > 0 and _FIELD_OTHERS.fullmatch(p) is not None
                or k == len(parts) - 1 > 0 and _SELF_GOVERNED.fullmatch(p) is not None
                for k, p in enumerate(parts))):
            out.extend(p for p in parts if p not in out)
        elif (pair := _full_names_pair(name, aliases)) is not None:
            out.extend(p for p in pair if p not in out)
        elif name not in out:
            out.append(name)
    return out


def _full_names_pair(name: str, aliases: set[str]) -> tuple[str, str] | None:
    """Two bodies' full names, each holding 和 of its own, joined by one more 和／与／及
    「X区住房保障和房屋管理局和X区规划和自然资源局」: the one joint where both sides are whole placed bodies (round 31's
    names as printed; rule 2's 「A和B负责」 two doers), or None."""
    if "（" in name or "(" in name:
        return None
    pairs = [(name[:m.start()], name[m.end():]) for m in _JOIN.finditer(name)]
    whole = [pair for pair in pairs if all(len(p) >= 4 and BODY_END.search(p) and PLACED_BODY.match(p)
                                           and not PLACE_ONLY.match(p) and body_unit(p, aliases) for p in pair)]
    return whole[0] if len(whole) == 1 else None


# the zone's operating firm 「企业（园区）」「公司（园区）」: the bracket says which firm is meant, one body as
# printed — not the bare kind 企业 / 公司 of the regulated firms (Round 99's turned x361_02 第八条)
_ZONE_FIRM = re.compile(r"(?:企业|公司)[（(](?:园区|开发区|工业区|产业园区?|工业园区?)[)）]")


def body_unit(name: str, aliases: set[str]) -> bool:
    if _ZONE_FIRM.fullmatch(name):
        return True
    return (looks_like_unit(name) and not VERB_START.match(name) and not KIND_OF_BODY.search(name)
            and (not name.endswith("单位") or name in aliases))


# words of a verb or a modal, which no name of a unit holds (区应急局应当会同有关部门 is no name)
# (… nor a party's step to a body 「备案人向各区民防办办理备案」: 向 after a name's first characters, no place's own
# word 「向阳街道」 — x305_03 第九条)
_VERB_IN_NAME = re.compile(r"(?<!自)由|是|协助|配合|每|委托|授权|委派|部署|可委托|(?<=[\u4e00-\u9fff]{2})向(?!阳)|"
                           r"(?<=[\u4e00-\u9fff]{2})(?<![所存驻现实])在|"
                           r"应当|会同|负责|组织|依照|按照|根据|依据|通过|牵头|必须|可以|建立|开展|指导|协调|督促|做好")


# the governments' verb over their own area's work 「…领导本行政区域…」「…领导全区…」 (the bodies before it below;
# its reading under a work heading, ``_LEADS_AREA``)
_LEADS_OWN_AREA = r"领导(?=本|全[省市区县镇乡])"
# what follows the subject: a modal or the verb of its duty (区应急局组织开展… / 区政府建立… / 区国动办应当…), not the
# rest of a longer name (区应急局组 / 区消防安全委|员会 / 应急避难场所|管理单位)
_VERB_AFTER = re.compile(r"应|要|须|必须|负责|牵头|会同|组织|依照|依据|按照|根据|通过|对|建立|开展|指导|协调|督促|做好|"
                         r"即时|实时|"
                         r"委托|在|可|是|承担|履行|落实|加强|推进|定期|及时|每|将|把|实施|制定|结合|配合|协助|采取|采用|作出|统筹|"
                         r"共同|积极|全面|严格|切实|向|具体|还|除|编制|完善|健全|参与|参加|按(?:规定|要求|职责|程序)|"
                         # (区财政局保障消防经费 / 区公安分局依法查处… / 区规划资源局审核…: verbs of a bureau's own
                         # duty no body's name goes on with — not 督查 / 宣传 / 执法 / 管理, which 区委督查室 /
                         # 区委宣传部 / 区农业农村委执法大队 hold)
                         r"保障|保证|确保|监督|审核|审查|审批|查处|依法|研究|核查|核实|受理|承办|检查|负有|提供|配备|"
                         r"推动|引导|办理|调查|处置|汇总|收集|分析|设立|邀请|"
                         # (a step it takes before its work 「A收到…申请，…应当…予以答复」「A接到…后」: the body, then
                         # its time, as 在…时 is)
                         r"收到(?!的)|接到(?!的)|"
                         # (… or the time it does its work by 「A、B等相关单位于3月底前完成…」: the body, then its time)
                         r"于(?=[^，,。；;]{1,12}?(?:前|后|内|起))|"
                         # (the duties it acts by 「A、B、C依职责进行监督检查」, x221_02)
                         r"依(?:各自)?职责|"
                         # (the means it works through 「A、B和C依托大数据资源平台，依法共享…」: the bodies, then their
                         # means — no body's name goes on with 依托／借助)
                         r"依托|借助|"
                         # (the governments' lead over their own area's work 「市、区人民政府领导本行政区域…工作」: the
                         # bodies, then their verb — not a leading group's name 「A领导小组」)
                         + _LEADS_OWN_AREA)
# (… or by 等 and a kind 「A以及B、C等政府派出机构，应对…」, the modal after a comma: the names, round 35's 等 tail)
# (… or 等 right before the modal 「各区政府、行业主管部门、行业协会等应积极宣传…」: the names, 等 closing the list)
_ETC_BODIES = re.compile(r"等(?:[\u4e00-\u9fff]{0,6}?(?:单位|部门|机构)(?:[，,](?=应当?|须|必须))?|单位|部门|机构|"
                         r"(?=应当?(?!急)|须|必须|分别负责))")


# a named unit opens with its place or level (区应急局 / 浦东新区国防动员办公室 / 市X / 镇X); a bare 监督管理部门 or
# 行业主管部门 is a role (a name the document defines, 工作小组, is one too)
# (and a town's or street's own government 「镇人民政府、街道办事处应当…」, round 46 x207: 街道 its place)
# (… or the country with its province or city in brackets 「中国（上海）自由贸易试验区管委会」: a place in full)
PLACED_BODY = re.compile(r"^(?:[省市区县镇乡]|街道|[\u4e00-\u9fff]{1,6}?(?:省|市|新区|区|县|镇|乡|街道)|"
                         r"中国[（(][\u4e00-\u9fff]{2,6}[)）])")


# a place named alone (吴泾镇会同用地单位…, the plan's own town): the place, not one of its bodies
PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|新区|区|县|镇|乡|街道)$")
# the local governments a city's rules address by their kind 「镇人民政府、街道办事处应当…」 and a level's group of them
# 「各街镇对…巡查」「各乡镇(街道)应在…编制…」 (a kind of body, a doer by an article's verb of doing — Round 45's
# 「镇(街道)负责…」, round 30's 「各街镇会同…」, rule 3's 各区): no place named, so no place alone either
_LOCAL_BRACKET = r"[（(][\u4e00-\u9fff、]{1,8}[)）]"
_LOCAL_KIND = re.compile(rf"(?:各|乡)?(?:街道办事处|街镇|街道|乡镇|镇)|各(?:乡|区|县)(?:{_LOCAL_BRACKET})?"
                         rf"|各(?:街镇|乡镇|街道|镇){_LOCAL_BRACKET}")


_EXCEPTED = re.compile(r"除(?!四害)")


def opening_subject(paragraph: str, aliases: set[str]) -> list[str]:
    """The named units a paragraph opens with as the subject of its sentence (区应急局组织开展… /
    区应急局、区规划资源局牵头… / 区消防安全委员会应当…): the longest run of units before the first comma whose
    every name ends as a body of government does, is a local government named by its kind 「街道办事处」「乡镇」
    or a level's group of them 「各街镇」 (``_LOCAL_KIND``), or is a short name the document defines, and
    holds no verb; two bodies joined by 以及 are two (``_split_also``). Where 的-phrases describe the body
    「项目所在地的区房屋管理部门应当…」, the name after the last of them (round 34; Round 60), walked phrase by phrase
    in a loop (a long run of 「…的」 with its punctuation lost is no recursion)."""
    found: list[list[str]] = []
    at = 0
    while True:
        # (a window past the longest name and its 等-tail and verb: the clause beyond it is never read)
        best, described = _opening_names(paragraph[at:at + _WINDOW], aliases)
        found.append([_OWN_SCOPE.sub("", n) for n in split_bodies(_split_also(best, aliases), aliases)])
        if described is None:
            break
        at += described
    return next((names for names in reversed(found[1:]) if names), found[0])


_WINDOW = 160


# a kind named with 有关／相关 and its field beside placed bodies 「市、区级国动部门、有关管委会人民防空管理部门…应当」:
# a kind, no bare call (round 62 p52c; Round 77 on x299_01 第二十条) — not a bare 有关部门／相关单位
# (… or a trade's departments and associations by their kind beside placed bodies 「各区政府、行业主管部门、行业协会等
# 应…」: kinds, doers by an article's verb of doing — round 30's kinds with a verb of doing, no bare call)
_TRADE_KIND = re.compile(r"行业主管部门|行业协会")
_CONCERNED_KIND = re.compile(r"(?:有关|相关)[\u4e00-\u9fff]{3,16}(?:部门|机构|管委会)")


# the kinds closing a list of named bodies 「A、B及其他有关行业主管部门或综合监管部门」: each a doer beside them, as
# printed (round 30's 或; rounds 32, 33: 其他有关… a kind kept) — Round 99's x361_02 第七条
_OTHER = r"(?:其他|其它)(?:有关|相关)?(?!有关|相关)[\u4e00-\u9fff]{2,8}?"
_OTHER_KINDS = re.compile(rf"(?:以及|及|和)({_OTHER}(?:部门|机构)(?:或[\u4e00-\u9fff]{{2,8}}?(?:部门|机构))*)$")


def _other_kinds(name: str) -> list[str]:
    m = _OTHER_KINDS.search(name)
    return [name[:m.start()], *m.group(1).split("或")] if m and m.start() >= 3 else [name]


def _opening_names(paragraph: str, aliases: set[str]) -> tuple[list[str], int | None]:
    """The run of units ``paragraph`` opens with, and where the name after its 的-phrase starts when that name is to
    be read instead (no name, or one holding 的, before a 的-phrase that describes the body)."""
    clause = re.split(r"[，,。；;：:\n]", paragraph, maxsplit=1)[0]
    best: list[str] = []
    if _EXCEPTED.match(clause):
        return best, None       # (「除A实施…的…外，…」: an exception clause opens with no subject)
    # (four names with their places in full: up to 64; a long list of bureaus 「区经委、区教育局、…、区消防救援支队及…」
    # — six names or more — up to 140)
    for i in range(2, min(len(clause), 64 if clause.count("、", 0, 64) < 5 else 140)):
        cand = clause[:i]
        if "等" in cand and _ETC_BODIES.fullmatch(cand, cand.rfind("等")):
            continue    # (「A、B等管理部门」: the names before 等, its tail no name — read at the shorter candidate)
        # (a list of named bodies closed by 等单位 「A、B、…、F等单位应当根据职责分工加强…」: the names, x221_03)
        etc = _ETC_BODIES.match(paragraph, i)
        if not (_VERB_AFTER.match(paragraph, etc.end()) if etc else _VERB_AFTER.match(clause, i)) \
                or cand.count("(") + cand.count("（") != cand.count(")") + cand.count("）") \
                or not (BODY_END.search(cand) or cand in aliases or cand.endswith("行业协会")) \
                or cut_at_where(cand, clause, i):
            continue
        names, _notes, _leads, odd = split_units(cand)
        kinds = {k for n in names for k in _other_kinds(n)[1:]}
        names = [p for n in names for p in _other_kinds(n)]
        if odd and all(len(split_bodies([o], aliases)) > 1 for o in odd):
            # (two full names joined by 和 too long for one name 「中国（上海）…管理局和中国（上海）…管委会」: the two)
            names, odd = [n for p in sorted([*names, *odd], key=cand.find)
                          for n in (split_bodies([p], aliases) if p in odd else [p])], []
        if names and not odd and all(not _VERB_IN_NAME.search(n) and not _SITE_END.search(n) and (
                body_unit(n, aliases) and (BODY_END.search(n) and PLACED_BODY.match(n) and not PLACE_ONLY.match(n)
                                           or _LOCAL_KIND.fullmatch(n) or n in aliases)
                or _OWN_DIVISION.fullmatch(n)
                or (_CONCERNED_KIND.fullmatch(n) or _TRADE_KIND.fullmatch(n) or n in kinds)
                and any(PLACED_BODY.match(m) for m in names)) for n in names):
            best = names
    if (not best or any("的" in n for n in best)) and (d := _DESCRIBED_OPEN.match(clause)) \
            and not _DESCRIBED_VERB.search(d.group()):
        return best, d.end()
    return best, None


# a division of the issuing bureau named by its field 「科技信息处」「计划财务处」 opening a paragraph of the bureau's
# own rules: a body with no place of its own, the bureau's (round 44's subject of a verb of doing) — no place word
# 「此处」「各处」, no street office 「办事处」
_OWN_DIVISION = re.compile(r"(?![此各该本每某])(?:(?![与和及])[\u4e00-\u9fff]){2,8}(?<!办事)(?<!管理)处")


# a 的-phrase that describes the body a paragraph opens with 「项目所在地的区房屋管理部门应当…」「保障性租赁住房所在地的
# 街道办事处应当…」: the unit is the name after the last 的 (round 34's 的-rule; CONVENTIONS.md Round 60 rulings:
# 「主体工程的行业监督管理部门」 → 行业监督管理部门) — not a body another sets up, entrusts or picks 「A成立的…小组」
# 「A委托的机构」 (``_MADE_OF``, round 40's 机构), nor the object of a preposition 「对…的」「由…的」
_DESCRIBED_OPEN = re.compile(r"^[^，,。；;：:]{2,30}的(?=[^的，,。；;：:]{3})")
_DESCRIBED_VERB = re.compile(r"^[由对向将在按依把为经从]|负责|组织|牵头|会同|成立|设立|组建|委托|选[定择聘]|"
                             r"授权|批准|认定|聘请|组成|承担|应|须|要")


# the plan's own place before a body's name 「本市公积金中心」「我区住建委」: a scope, no part of the name (round 41:
# 本市 before a name, like 我市; round 43's 本区) — 本市 standing alone stays
_OWN_SCOPE = re.compile(r"^(?:本|我)[市区县镇](?=[\u4e00-\u9fff]{3})")


def _split_also(names: list[str], aliases: set[str]) -> list[str]:
    """A name joined to the next body by 以及 「镇人民政府以及管理局(管委会)」 as the two, where each side is a body (a
    bracket of one alias kept)."""
    out: list[str] = []
    for name in names:
        parts = name.split("以及")
        out.extend(parts if len(parts) > 1 and all(len(p) >= 3 and BODY_END.search(p) and body_unit(p, aliases)
                                                    for p in parts) else [name])
    return out


# a kind of place whose 所 is no office's 「本市道路和公共场所根据…实行分等级清扫保洁」: the place the rule covers,
# no subject naming a body (派出所, 检测所 stay)
_SITE_END = re.compile(r"(?:场所|处所|住所)$")
_CLAUSES = re.compile(r"[^，,。；;：:]+")
# the name opens a noun phrase by its act 「区发展改革委审批的项目建议书」「A委托的其他事项」: what it acts on, no doer
_NOUN_OF_ITS_ACT = re.compile(r"[\u4e00-\u9fff]{2}的")


def names_a_doer(line: str) -> bool:
    """``line`` (one numbered line of a list) names who does its work: a clause of it opens with a body as its
    subject 「…，区房管局定期开展巡查」 or a body stands after 由 「…每吨50元，由区环卫中心收取」 (rv53: lines that each
    give a body work stay items, no list of rates or kinds); not a name opening a noun phrase by its act."""
    for clause in _CLAUSES.finditer(line):
        piece = clause.group().strip()
        if (names := opening_subject(piece, set())) and not _NOUN_OF_ITS_ACT.match(
                piece, piece.find(names[-1]) + len(names[-1])):
            return True
        at = piece.find("由")
        while at >= 0:
            if any(looks_like_unit(piece[at + 1:at + 1 + n]) for n in range(2, min(16, len(piece) - at - 1) + 1)):
                return True
            at = piece.find("由", at + 1)
    return False


# the governments' lead over their own area's work 「市、区人民政府领导本行政区域…工作」, read under a work heading:
# leading is work a body does (Round 101's governs on round 34's duty heading, as Round 100 reads it: whatever the
# verb) — not a leading group's name 「A领导小组」
_LEADS_AREA = re.compile(_LEADS_OWN_AREA)


def leads_own_area(text: str, aliases: set[str]) -> bool:
    """``text`` (an article's paragraph) opens with bodies that lead their own area's work 「A领导本行政区域…」."""
    names = opening_subject(text, aliases)
    return bool(names) and text.startswith(names[0]) and (end := text.find(names[-1])) >= 0 \
        and _LEADS_AREA.match(text, end + len(names[-1])) is not None
