"""The names of bodies the sentence reader (``sentence_units``) reads in an item's clauses — CONVENTIONS.md "Units
written in sentences" rule 2 (A, the subject of a verb of doing or the agent of 由, "a named body, a kind of body or
a group of bodies").

Reads the list of names at a point of a clause (区规划资源局、区城管执法局 / A和B / A、B等部门 / 各有关委、办、局) and
where the words after them begin: a name ends where a join, a listed work word or a verb follows it (``_read_head``,
``read_names``); the agents of 由, also a platform or a 专班 (``read_agents``); the name after a 的-phrase that
describes it (``described_subject``). Not names (rule 3): a general call (各地／有关方面／各单位), the plan's own place
(我市), a time before the subject, a run-in label. Whether a span is a body at all is ``body_names``'.
Moved out of ``sentence_units`` (round 45, at its 700-line limit) with no change in what it reads.
"""

from __future__ import annotations

import re

from .body_names import _BARE_TOO, _GENERAL, _NOT_IN_NAME, _NOT_NAME_START, _ROLE_WORD, _name_ok, _side_ok
from .by_agents import by_agent
from .doer_forms import AFTER_MORE
from .doer_words import _PRONOUN, _TIME_OPEN, MANAGES
from .name_edges import AGENT_DESCRIBED, DESCRIBED_LEADS, ENTRUSTED_DESC, ETC_KIND, MODAL_BY, catch_all
from .prose_units import VERB_START, split_joined
from .shared_heads import share_heads
from .unit_labels import run_in_label_end
from .unit_shapes import bureau_field_half
from .units import SHARED_HEAD

# what may follow a body's name where the name ends and the work begins (区环保局|研究制定 / 住保中心|统筹管理)
# (the count of the parties after the list 「由A、B、C三方协商确定」: the last name ends before it, x256_05)
# (都／均／也 before the modal 「A、B等都要…」: all of the listed, the name ends before it, round 51)
# (按 a measure then a verb of deciding 「乡镇按县上分配人数确定」: the name ends before it, round 51)
# (加快／强化／深化 not inside a body's name 「区委深化改革办」「…强化…专班」, round 50's review; nor 推进 inside a
# role's name 「各项目推进牵头部门」, x270_02)
# (a verb of making after a listed name 「A、B定制…」: not the name's 协定; not a body named for what it makes
# 「…制作中心」)
# (the subject's own duties as the rule its clause follows 「A按各自职责范围（见附表），对…组织…」: the name ends
# before 按)
# (a time limit between the agent and its verb 「由A两周内移交B、C」「A在3个工作日内…」: the name ends before it)
# (the place of the work 现场 before an activity's verb 「由区文联现场写春联、绘画…」: the name ends before it,
# x282_03 — not a body named for the site 「现场指挥部」; an inspection 「会同相关部门现场踏勘」 is left as it was)
_LIMIT = r"(?:[一二两三四五六七八九十\d]{1,3}个?(?:工作日|日|天|周|星期|月|小时)(?:之内|以内|内))"
# (a countersigning 「由A、B会签」 and a hand-over for another's step 「由A交B审核同意后…」: A's acts, the name ends
# before them)
# going to the site of the work 「到现场」「赴项目现场」「深入一线」: after a doer's name, before its verb
ON_SITE = r"(?:到|赴|前往|深入)[^，,。；;]{0,8}?(?:现场|一线)"
# (the group the bodies form for the work 「A会同B组成…督察小组，对…开展抽查」: the name ends before 组成 — rule 3
# leaves the group set up no unit, its bodies the doers; not a roster 「…组成人员」)
_FORMS_GROUP = r"组成(?=[^，,。；;]{1,20}?(?:小组|工作组|专班|检查组|督察组|督查组|调查组)(?:[，,。；;]|$))"
# the year a body takes its work on from 「A2026年起负责…」「A自2026年7月起负责…」: a time (p68j)
YEAR_FROM = r"[自从]?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|开始)"
_AFTER_NAME = re.compile(AFTER_MORE + "|" + MANAGES + "|" + _LIMIT + "|" + ON_SITE + "|" + _FORMS_GROUP + "|" +
    # (the body's charge over the place's work 「A主管本市…工作」: 主管 a verb, not a 主管部门 of a name — MANAGES;
    # and the terms it acts by, 按 alone as 按照 「由A、B按…协议处理」「由A按约定价格回购」)
    r"按(?=[^，,。；;按]{1,16}?(?:协议|合同|约定|规定|要求|标准|程序|价格|比例|权限|分工))|"
    # (… or a consultation the bodies hold to settle the work 「由A会同B协商解决」: after B's name, rule 2's
    # 「A会同B＋verb」)
    r"协商(?=解决|处理|确定|办理)|"
    # (… or the year it takes the work on from 「A2026年起负责…」「A自2026年7月起负责…」, before a verb of rule 2)
    + YEAR_FROM + r"(?=负责|牵头|组织|落实|实施)|"
    # (… or the start of the work it does 「A会同B和C启动规划研究」: after C's name, a verb of doing — not a start-up
    # zone or ceremony 「启动区」「启动仪式」)
    r"(?:负责|牵头(?!部门|单位)|会同|务必|至少|统一|全部|一律|选择|选定|遴选|选聘|聘请|统筹|自行|研究(?!会|院|所|中心)|结合|根据|依据|依照|按照|依托|依靠|借助|组织(?!部|要|应|将|须|必须|按照?|根据|依据|依照|结合)|作为|实行|确认|按实际|委托|授权|进行|审批|审核|预审|初审|核发|监督|具体|总体(?=负责)|"
    r"主要|共同|同步(?=[\u4e00-\u9fff])|各自(?=[\u4e00-\u9fff])|书面|联系(?=各|[^，,]{0,12}?(?:部门|单位|协会|组织|团|队|站|所|中心|委|局|办|协))|派员|受理|办理|编制|编排|制定|制订|承担|处置|实施|落实|协调(?!机构|小组)|指挥(?!部|中心|所|室|长|官|员|机构|系统|平台|小组|组|处|办|科|棒|家)|指导|督促|开展|做好|建立|完成|提供|拆除|部署|"
    r"(?:现场|当场)(?=书写|写|绘|画|表演|演出|讲解|咨询|教学|演示|答疑|展示|创作|解答|送|赠|拍摄|摄影)|"
    r"征求(?=[^，,。；;]{0,20}?意见)|听取(?=[^，,。；;]{0,40}?(?:意见|建议))|对(?!牵头(?:单位|部门))|在|向|将|应当|应(?!急|对牵头(?:单位|部门))|要|还(?=要|应|须|将)|[都均也](?=应当|应该|应(?!急)|要|须|必须|需|将|务必)|须|必须|需|可|于|依法|依规|按规定|及时|提前|定期|配合|参与|协助|切实|全面|积极|加强|加大|加快(?![\u4e00-\u9fff]{0,6}?(?:办|小组|专班))|强化(?![\u4e00-\u9fff]{0,6}?(?:办|小组|专班))|深化(?!改革)|推进(?![\u4e00-\u9fff]{0,4}?牵头(?:部门|单位))|"
    r"推动|接管|批准|核准|(?:维护|养护)管理|维修养护|(?:严厉)?(?:打击|查处)(?![\u4e00-\u9fff]{0,8}?(?:办|小组|专班|中心|指挥部|队))|一并|会签|交(?=[市区县镇乡街村省][^，,。；;]{1,14}?(?:审核|审批|审定|审查|研究|讨论|决定|处理|会签|备案))|(?:定制|制作|印制)(?!中心|公司|单位|部|室|站|所|厂)|每年|每(?:半年|季度?|月|周|日|天)|每(?:\d{1,2}|[两三四五六])个?(?:年|月|季度|周)|按(?:半?年度?|季度?|月|周|期|时|程序|要求)|按(?=[^，,。；;]{1,16}?(?:要求|规定|部署|安排|标准|确定|分配|核定|上报|报送))|按(?=[^，,。；;]{1,30}?(?:审核认定|认定|审定|核算|测算)(?:[，,。；;]|$))|按[^，,。；;]{1,4}为单位|按(?=(?:各自|自身)?的?(?:职责|职能)(?:分工)?(?:依法)?(?:实施|负责|落实|组织|配合|协助))|按(?=(?:各自|自身)的?(?:职责|职能)(?:分工|范围)?(?:[（(][^）)，,]{1,8}[）)])?(?:[，,]|$))|进一步|原则上|一般(?=应当|应该|应(?!急)|要|须|必须|需)|送(?=[^，,。；;]{1,20}?(?:审批|批准|核准|初审|审查|审核|审定))|严格|代为|代办|适时|针对|围绕|聚焦|就|从|以|协同|分别|另行|报|参照|自主|密切|认真|主动|联合|通过|核对|[双两三四五多]方(?=协商|共同|会商|商定|签订|签署|约定)|重新(?=[\u4e00-\u9fff])|再次(?=[\u4e00-\u9fff])|发起|指定|提出|申报|申请|拨付|确定|选定|安排|发布|公布|签订|签署|作出|做出|收集|核实|核查|审查|"
    r"(?:主|承|协)办(?!单位|方|者|人|理)|审定|决定(?![书权])|拟订|拟定|批复|全权|检查|巡查|排查|摸排|排摸|摸清|列出|分析|研判|调研|走访|责令|实时|即时|立即|尽快|迅速|经常|精心|大力|随时|接受(?=委托)|形成|委派|召开|启动(?!区|仪式|会|资金|阶段)|汇总|梳理|整理|归集|统计(?![局站所处科室办队]|中心|部门|机构|调查)|评估|评审|推送|会商|认定|核定|兑付|跟踪|等(?:部门|单位|机构)?|是|为(?!民|老)|不定期|属地化|抓紧|细化|举行|舉行|采用|采取|接到|收到|接(?:警|报)(?=之?后)|发放|出具|颁发|下达|复核|负有?(?=总责|(?:属地|安全|监管|管理)?(?:技术|首要|主体|全面|直接|总体)责任)|担负起?(?=(?:属地|安全|监管|管理)?主体责任))")
# 所在 (项目所在区发展改革委 / 学生户籍所在乡镇): not the end of a 所's name (财政所|在…平台立项 is)
_WHERE = re.compile(r"在(?:地|区|县|市|镇|乡|村|街|单位|社区|园区|的|省)")
_SHARED = re.compile(SHARED_HEAD + r"、[委办局厅]")
# (only the last level may carry a bracket: 「各县(市)、乡(镇)」 are two names, each with its own, x238_04)
_LEVELS = re.compile(r"各(?:[区县市镇乡]、){1,3}[区县市镇乡](?:[（(][区县市镇乡、]{1,5}[)）])?(?:(?:人民)?政府)?")
# a bare 部门／单位 between the kinds of a list 「各乡镇、部门、企事业单位」: the general call, no name (Round 81,
# x306_03)
_BARE_CALL = re.compile(r"(?:部门|单位)、(?=[\u4e00-\u9fff])")
# persons by post opening a list before a body 「各组干部、学校都要落实…」: persons are never units (round 30), and the
# body after them is named alone — not run into one name with them
_PERSONS_FIRST = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:干部|组长|村长|党员|群众|村民|人员|负责人)[、和及]"
                            r"(?=[\u4e00-\u9fff])")
_JOIN = re.compile(r"以及|或者|[、和与或]|及(?!时)")     # (「A及时组织…」: 及时 an adverb, no join — w57b)
_AGAIN = re.compile(r"[双两三四]方(?=签订|签署|约定)|(?:重新|再次)(?=[\u4e00-\u9fff])")
# 「…所需经费」「项目所需用地指标由A…」: 所 of 所需 and a thing needed, no name's end (派出所)
_COST_NEED = re.compile(r"需的?(?:建设|工业|产业|配套|办公)?(?:经费|资金|费用|设备|材料|物资|用地|土地|用房|场地|指标)")
# a body named by who designates it 「由A或区政府指定机构按约定价格回购」: A指定机构 one name, closed before 按 too
_DESIGNATED = re.compile(r"(?<=[\u4e00-\u9fff]{2})指定(?:机构|单位|部门)$")


def _designated_next(rest: str) -> bool:
    """「区政府|指定机构按…」: the name goes on through 指定机构 (a body, no verb 指定 whose object it is)."""
    after = rest[4:]
    return bool(re.match(r"指定(?:机构|单位|部门)", rest)) and (
        after[:1] == "按" or bool(VERB_START.match(after) or _AFTER_NAME.match(after)))


# (「A会同有关方面…」: 各地／各地区／各方面／有关方面 are a general call, no unit; A still leads, round 32)
_SIDES = r"(?:各(?:地区|地方|地|方面)|各?(?:有关|相关)方面)(?:以及|[、和及与])?"
_CALL_TAIL = re.compile(r"(?:以及|[、和及与])"
                        rf"(?:各(?:有关|相关)?(?:单位|部门|地区|地方|地|方面){_BARE_TOO}|(?:有关|相关)(?:单位|方面))"
                        r"(?![\u4e00-\u9fff]{0,3}(?:单位|部门|局|委|办|中心))")
# a general call before a kind 「各地、各有关部门要…」「各地各相关单位…」: the call names no body, the kind does
_WITH_SIDES = re.compile(rf"(?:以及|[、和及与])?{_SIDES}")
# (…and 「本院安全生产领导小组负责…」: the hospital's or school's own self, like 我市 — round 46, x209_06)
_SCOPE = re.compile(r"我[省市区县镇乡](?=各|[\u4e00-\u9fff]{2})|本[院校](?=[\u4e00-\u9fff]{3})")
# the plan's own place alone before a kind of body joined to it 「镇及各村」「乡和各村」「县、各乡镇」
_OWN_PLACE = re.compile(r"[省市县区镇乡](?:及|和|与|、)(?=各[\u4e00-\u9fff])")
# one body of a kind 「一家估价机构」「一个物业服务企业」 (round 70's x286_04: the kind is the doer); a set counted
# 「三个镇人民政府」「12个镇人民政府」「两家物业服务企业」 is named as printed (r44d, rv57)
_COUNTED = re.compile(r"一[家个](?=[\u4e00-\u9fff]{2})")
_CALL_LEAD = re.compile(rf"(?:{_SIDES}|各单位(?:以及|[、和及与]))(?=各|有关|相关)")     # (各单位、各村居: round 39)


def _read_head(text: str, pos: int, scoped: bool = False) -> tuple[list[str], int] | None:
    """The list's first name at ``pos`` (split where run together) and where the words after it begin, or None."""
    lead = _CALL_LEAD.match(text, pos)
    at = lead.end() if lead else pos
    if text.startswith("是", at):
        return None             # (「…,是区对镇…考核的重要内容」: a copula, its subject before it — no name on 是)
    if _PRONOUN.match(text, at):
        at += 1                 # (其上级主管部门负责指导…: 其 is a pronoun, no part of the name)
    elif not scoped and (count := _COUNTED.match(text, at)) and _read_head(text, count.end(), True) is not None:
        at = count.end()        # (「由一家估价机构承担」: how many bodies take the work, no part of the kind's name)
    elif not scoped and (scope := _SCOPE.match(text, at)) and _read_head(text, scope.end(), True) is not None:
        at = scope.end()        # (我市国教委: the plan's own place is no part of the name, round 41; one, not a run)
    elif not scoped and (own := _OWN_PLACE.match(text, at)):
        at = own.end()          # (「镇及各村组织…」: the town speaking of itself is a place, rounds 44, 45)
    elif when := _TIME_OPEN.match(text, at):
        at = when.end()         # (宣传月期间各单位要…: a time before the subject, no part of its name — round 42)
    else:
        at = run_in_label_end(text, at)     # (「（责任主体） 运营企业承担…」: a run-in label, no part of the name)
    # (「各区、县(市)要…」「各县、市、区政府负责…」: levels sharing 各, one name as printed — round 31's compound)
    if (levels := _LEVELS.match(text, at)) and (levels.end() == len(text) or _AFTER_NAME.match(text, levels.end())
                                                or text[levels.end()] in "，,"):
        return [levels.group()], levels.end()
    found = verb = None
    # (「各有关委、办、局」: kinds sharing the head 各有关, one name as printed, round 32)
    shared = _SHARED.match(text, at)
    for k in range(shared.end() - at if shared else 2, min(64, len(text) - at) + 1):
        name, rest = text[at:at + k], text[at + k:]
        if name.count("（") + name.count("(") > name.count("）") + name.count(")"):
            continue                # (各县（市|、区）: a bracket the name has not closed)
        if name == "各部门" and not lead and text[at - 1:at] == "、" and not _WITH_SIDES.match(rest) \
                and not re.match(_BARE_TOO[3:-2], rest) and (_AFTER_NAME.match(rest) or _JOIN.match(rest)):
            found = (name, at + k)      # (「各镇、各部门要组织…」: 各部门 after a kind, not joined to 各地, round 44)
            break
        if _GENERAL.match(name) and _AFTER_NAME.match(rest) or _ROLE_WORD.match(name) \
                and (_AFTER_NAME.match(rest) or _JOIN.match(rest)):
            return None              # (各部门、各单位全面落实… / 各承办单位分别…: a call to all, a role)
        # (where no name can end — no join, work word or verb after it — no test of the name)
        if not ((ends := not rest or _JOIN.match(rest) or _AFTER_NAME.match(rest)
                 or bool(_DESIGNATED.search(name)) and (rest[:1] == "按" or bool(VERB_START.match(rest))))
                or verb is None and VERB_START.match(rest)) or not _name_ok(name) \
                or name.endswith("所") and (_WHERE.match(rest) or _COST_NEED.match(rest)) \
                or name.endswith("级") and re.match(r"及?以[上下]|[\u4e00-\u9fff]{1,6}?(?:单位|部门|机构)", rest) \
                or re.search(r"(?<![集剧乐社术])团$|党$|^各?[村组]级$", name) and rest.startswith("组织") \
                or name.endswith("工会") and rest.startswith("组织") and (j := _JOIN.match(rest, 2)) is not None \
                and _read_head(rest, j.end(), True) is not None \
                or rest.startswith("实施主体") or _designated_next(rest):
            # (各级团|组织, r40; 各级城市更新|实施主体: the role's noun; 村级|组织: the village's own body, round 44,
            # 各级工会|组织和企业: the union's body joined to another, not 总工会组织开展…, r70 p70b;
            continue    # no level alone; 区政府|指定机构按…: a body named by who designates it, the name goes on)
        if ends and bureau_field_half(name, rest):
            continue    # (各区住房保障|和房屋管理局: one bureau's name, 和 inside it)
        if ends:
            found = (name, at + k)
            break
        verb = (name, at + k)       # (A严格… ; but 市住房城乡|建设管理委, 各区|发展改革委: a longer name first)
    if (found := found or verb) is None:
        return None
    return list(dict.fromkeys([found[0]] if shared else split_joined(found[0], _side_ok))), found[1]


def _government(text: str, at: int) -> tuple[list[str], int] | None:
    """「(由)XXX乡党委和政府负责」「各级党委、政府要…」: the bare 政府 joined to a 党委 is the second of two names, the
    place staying with the first (Round 47 rulings on x218_02; round 41's 「各级党委、政府」)."""
    end = at + 2
    return (["政府"], end) if text.startswith("政府", at) and (
        end == len(text) or _AFTER_NAME.match(text, end) or _JOIN.match(text, end)) else None


_ETC_HEAD = re.compile(r"等(?:部门|单位|机构)")


def read_names(text: str, pos: int = 0) -> tuple[list[str], int]:
    """The bodies named from ``pos`` (区规划资源局、区城管执法局 / 区绿化市容局和区商务委 / A、B等部门) and where the
    words after them begin; ([], pos) when no body is named there. (A loop over the list's names, each closed
    from the list's end: a call per name ran out of stack on a thousand names 「县住建局、县住建局、…」.)"""
    levels: list[tuple[list[str], int, bool]] = []
    if (persons := _PERSONS_FIRST.match(text, pos)) and _read_head(text, persons.end()) is not None:
        pos = persons.end()
    inner: tuple[list[str], int] = [], pos
    at = pos
    while (head := _read_head(text, at) or (_read_head(text, d.end()) if levels and (
            d := ENTRUSTED_DESC.match(text, at)) else None)   # (「A或被委托的第三方机构」: after the 的)
            or (_government(text, at) if levels and levels[-1][0][-1:] and levels[-1][0][-1].endswith("党委")
                else None)) is not None:
        names, at = head
        m = _JOIN.match(text, at)
        joined = bool(m and m.end() < len(text) and not re.match(r"(?:负责|牵头|会同)", text[m.end():]))
        levels.append((names, at, joined))
        if not (joined and m):
            break
        at, inner = m.end(), ([], m.end())
        if bare := _BARE_CALL.match(text, at):
            at = bare.end()         # (「各乡镇、部门、企事业单位均要…」: 各部门's call, no kind)
    for names, at, joined in reversed(levels):
        if joined:
            nxt, end = inner
            # (「A或市政府确定的其他备案机构」: the 的-phrase describes the name after it, round 34)
            if nxt and (desc := re.match(r"(?:确定|指定|明确|认定|委托|批准|选定|授权)的", text[end:])):
                named, after = read_names(text, end + desc.end())      # (the list's last name only describes)
                if named:
                    nxt, end = nxt[:-1] + named, after
                # (「A和区人民政府指定的部门负责…」: the body it designates is named by no name, the designating
                # government no doer — the list ends with A)
                elif bare := re.match(r"(?:部门|机构|单位)(?=[按依根负牵组会应要须实承])", text[end + desc.end():]):
                    nxt, at = nxt[:-1], end + desc.end() + bare.end()
                    names += [n for n in nxt if n not in names]
                    nxt = []
            if nxt:
                names += [n for n in nxt if n not in names]
                at = end
        # (the catch-all 「A、相关部门和单位」, round 37; a general call after the bodies 「A和相关单位应…」, round 33)
        names, at = catch_all(names, text, at)
        if call := _CALL_TAIL.match(text, at):
            at = call.end()
        # (「A及B双方签订…」: an apposition naming no third body; 「A重新委托B…」「A再次组织…」: a manner word
        # before the verb — the words after the names begin at the verb, Round 93's x343_01 第十一、十三条)
        if again := _AGAIN.match(text, at):
            at = again.end()
        # (the category tail 「等相关部门」「等行业主管部门」 after named bodies: no name of its own)
        if tail := ETC_KIND.match(text, at):    # (「二级单位等直属团组织」, r40; 「等产业、招商部门」, r41)
            at = tail.end()
            # (one more name joined after the tail 「A、B等部门和有关责任单位予以协助」: a body of its own, p57c)
            if (join := _JOIN.match(text, at)) and (more := read_names(text, join.end()))[0]:
                names, at = names + [n for n in more[0] if n not in names], more[1]
        inner = share_heads(names, text), at
    # (「区应急、建管、生态环境、消防救援机构等部门」: fields joined before one head are one name as printed, its 等部门
    # kept — a whole body among them changing nothing, Round 81's x309_01 第四条; the whole list one run of fields,
    # not the last two of a list of bodies 「A办、B办、民政、共青团等单位」, round 35)
    if len(inner[0]) == 1 and "、" in (one := inner[0][0]) and (
            tail := _ETC_HEAD.match(text, pos + len(one))) and text.startswith(one, pos):
        return [one + tail.group()], inner[1]
    return inner


# a 的-phrase before a name 「设摊经营活动的经营(运营)主体应…」「凡涉及窨井盖设置的企事业单位要…」: the name after
# the last 的
# (the phrase stops before the subject's own verb: 「各职能科室的A负责本科室活动的…」 describes A by its first 的)
_DESCRIBED_NAME = re.compile(r"^(?:(?!负责|组织|牵头)[^，,由]){2,30}的"
                             r"(?=[^的，,。；;]{2,30}?(?:应当|应|要|须|必须|负责|组织|落实|[依按根][据照]))")


# the name a 的-phrase's list opens with 「A和经授权的…」「A和受委托的…」 (not 「A的…」, its own description)
_JOINED_FIRST = re.compile(r"([^，,的和及、]{2,20}?)(?:和|及|以及)(?=[^的，,]{1,16}的$)")


# a platform or a 专班 made the agent of 由 「由市级平台每季度梳理」 (round 34: a unit as printed)
_ACTOR_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:平台|专班)(?=[\u4e00-\u9fff])")


# the agent's own verb of doing after a described agent 「由具备相应资质的养护单位具体实施」
# 「由相应小区的物业管理单位接管养护」 (round 32 / 34: 由A＋a verb of doing, A the name after the last 的) —
# not an application or a payment
# (… or 代为＋a verb 「由物业项目所在地的区房屋管理部门代为管理」: acting in another's stead is doing — not a payment)
# (… or 组织＋a review or a step of work 「由项目所在地的区、县X管理机构组织评审」: rule 2's 组织＋verb, the place
# phrase saying which body — Round 87's x325_04)
_DESCRIBED_DOES = re.compile(r"(?:具体|自行|统一)?(?:实施|接管|养护|维护|办理)|代为(?!支付|缴纳|垫付|承担|偿还)|"
                             # (… or the plan it draws up 「由拟开放的机关、企事业等单位组织编制“一单位一方案”」,
                             # Round 99's x363_03 二、（二）)
                             r"组织(?=评审|审查|验收|论证|实施|开展|编制|制定|调查)|"
                             # (… or its work after the plan it follows 「由方案中明确的实施主体按照备案的方案推进…
                             # 实施建设」, Round 99's x363_03 二、（三））
                             r"按照[^，,。；;由]{1,16}?(?:推进|实施|开展)")


# a duty as the topic before 由 「…的安全使用维护责任，由建筑物的业主承担」: 由A承担 a duty names A (round 30: only a
# cost makes a payer, which the sentence reader weighs by the topic), the name after the 的-phrase (round 34) — the
# topic in the clause before 由 too, 承担 then closing the clause
_DUTY_BY = re.compile(r"责任[，,]?由$")


# the members of the bodies just named 「由A或B成员承担」: persons (round 30), no body
_MEMBERS_OF = re.compile(r"(?:或者|或|和|及|、)[^，,。；;由]{1,16}?成员(?:承担|担任|组成)")


# 「由产权人或者其委托的管理单位负责保洁」: a party and the agent it commissions, either doing the work — both agents of
# 由, the agent by the name after the 的 (round 34's 的-rule; round 49: 或者 joins doers; as the subject
# 「A或其授权的B应…」)
# (… or the body it sets up 「由A或者其设置的路政管理机构责令…」, Round 104 on x371_02 第十六条)
_OR_ITS_AGENT = re.compile(r"(?:或者?|及)其(?:授权|委托|指定|设置|设立)的")


def read_agents(text: str, pos: int) -> tuple[list[str], int]:
    """The agents of 由 at ``pos``: the names ``read_names`` reads, or a platform or a 专班 an actor's words follow."""
    names, at = read_names(text, pos)
    if names and _MEMBERS_OF.match(text, at):
        return [], pos      # (「由A或B成员承担」: the bodies' members, persons — round 30; Round 91's x340_01 第十条)
    if names and (its := _OR_ITS_AGENT.match(text, at)) and (agent := read_names(text, its.end()))[0] \
            and _AFTER_NAME.match(text, agent[1]):
        return [*names, *agent[0]], agent[1]    # (「由A或者其委托的B负责…」: A and its agent, both doers)
    if names:
        # (「由A与B协商约定」「由A和B协商确定」: the list's last agent before a verb the name reader does not list, read
        # as the agent of 由 alone is — round 30 / 40, 由A与B＋verb names both)
        if (join := _JOIN.match(text, at)) and (last := by_agent(text, join.end(), _name_ok))[0]:
            return [*names, *last[0]], last[1]
        return names, at
    if (d := AGENT_DESCRIBED.match(text, pos)) and (named := read_names(text, d.end()))[0] \
            and (DESCRIBED_LEADS.match(text, named[1]) or _DESCRIBED_DOES.match(text, named[1])
                 or MODAL_BY.search(text, max(0, pos - 3), pos)
                 or text.startswith("承担", named[1]) and (_DUTY_BY.search(text, 0, pos)
                                                         or not text[named[1] + 2:].strip("。；; "))):
        return named        # (由相应的管养单位负责: the name after the 的-phrase, round 34; 由…的养护单位具体实施)
    if text.startswith("政府", pos) and (_AFTER_NAME.match(text, pos + 2) or text.startswith("按", pos + 2)):
        return ["政府"], pos + 2         # (由政府按比例统筹…: 由A＋a verb of doing, round 35)
    m = _ACTOR_NAME.match(text, pos)
    if m and not _NOT_IN_NAME.search(m.group()) and not _NOT_NAME_START.match(m.group()) \
            and _AFTER_NAME.match(text, m.end()):
        return [m.group()], m.end()
    return by_agent(text, pos, _name_ok)


def described_subject(piece: str) -> tuple[list[str], int]:
    """The subject of a sentence's first clause that does not open with a name: the name after a 的-phrase that
    describes it 「设摊经营活动的经营(运营)主体应…」 (round 34: the unit is the name after the last 的)."""
    if (d := _DESCRIBED_NAME.match(piece)) and not re.search(r"负责|组织|牵头|对", d.group()):
        names, at = read_names(piece, d.end())
        # (a name joined to the described one 「区交通部门和经授权或者委托的相关机构按照职责负责…」「实施主体和受委托
        # 的房屋征收事务所应当…」: both subjects, the 的-phrase describing the second only — x310_04 第五条, x307_01
        # 第十三条; round 34's 「A和B」)
        if names and (joined := _JOINED_FIRST.match(d.group())) \
                and (first := read_names(joined.group(1)))[0] and first[1] == len(joined.group(1)):
            names = [*first[0], *(n for n in names if n not in first[0])]
        # (「在全区已开通的车站全面落实…」: a place 在…的X before a bare verb says where the work is done, no subject;
        # 「在本区施工的建设单位应当…」 with its modal names the party)
        if names and not (d.group().startswith("在") and not re.match(r"应当|应|要|须|必须|负责", piece[at:])):
            return names, at
    return [], 0
