"""What the words after a named subject say of it, for the sentence reader (``sentence_units``): a verb of rule 2
(负责 / 落实 / 组织＋verb, right after the name or after a rule, a time or a means 「A依托B定期组织…」), a pivot on
another body 「督促B整改」, the partners after 会同 「会同B、C＋verb」 and after 「(由)A牵头」, a clause that
designates the accountable body 「明确A为责任主体」, and how a clause answers a case (do / say). Reads one
sentence's clauses (the subject already read off them), never the item; split from ``sentence_units`` (which reads
the item's sentences and asks these readers clause by clause)."""

from __future__ import annotations

import re

from .body_names import _GENERAL
from .clause_actors import SHARED_FIELDS
from .doer_forms import BEFORE_VERB, JOINS, MEETS
from .doer_words import (
    _ADVERB,
    _DESIGNATE,
    _DESIGNATION,
    _FIRST,
    _MODAL,
    _NEAR,
    EACH_OWN,
    HOLDER_IS,
    MANAGES,
    RULE_FIRST,
)
from .organised_work import organises_bodies
from .prose_units import VERB_START
from .restated_forms import OPTION
from .sentence_names import _SIDES, ON_SITE, YEAR_FROM, read_agents, read_names
from .units import ORG_END, looks_like_unit

# 负责 of a doer, not 负责人 / 负责同志 / 负责类 / 负责的 / 负责解释; 组织 of a verb, not 「组织健全」 (a standard met)
# (落实 whose object is the staff the work takes 「A要落实专人负责…」「A要落实具体负责…的领导和工作人员」 staffs
# the work, as 配备专人 does: no doer — Round 85's turned x322_01 二、（三）, Round 89's x330_05 四/1; not the posts
# a body names for its part 「A落实分管领导和联络员」, which tuned answers of rounds 32–33 read as A's 落实)
_VERB = (r"(?:负责|主责|" + MANAGES + r"|实施|落实(?!情况|(?:具体)?专[人职](?:人员)?(?=负责)"
         r"|(?:具体)?负责[^，,。；;]{0,24}?的[^，,。；;]{0,12}?(?:人员|领导|负责人|联络员)(?:[，,。；;]|$))"
         # (… nor a case named by the work done on it 「A组织调查的事故，…」: A inside the noun, as 由A's _WORK_OF)
         r"|组织(?!健全|完善|有力|严密|到位|好的|(?:实施|开展|调查|处理)的))"
         # (负责领导 a post 「各单位负责领导要亲自抓」「组织领导」, not 「A负责领导署名文章」, A's work — x227_05)
         # (组织人力／人力、物力: the means it musters, as 组织力量 — not 负责人, a person)
         r"(?!人(?!员|力)|同志|类|的|解释|领导(?:[要应须亲同，,、。；;和及与为担）)]|小组|$)|(?<=组织)领导|"
         # (保障 a noun after 组织／落实 「组织保障」; 「A负责保障对象的审核」 — the 保障 of a name or a thing — is
         # 负责 with work)
         r"机构|架构|(?<!负责)保障|方式|形式)")
_DO = re.compile(rf"^{_MODAL}{_ADVERB}{_VERB}")
# a means inside the subject's own clause before its verb 「A依托B定期组织…」「A通过购买服务方式组织…」 (round 45 q45a:
# the doer is A, as with a comma after the means 「A依托B，组织…」; B, the means, no unit)
_MEANS_IN = re.compile(rf"^{_MODAL}(?:依托|依靠|借助|利用|通过)(?=[^，,。；;]{{2,24}}?{_VERB})")
# (a time or an occasion between the modal and the verb 「A要在放假前牵头组织…」「A应在…评审中组织专家…」, round 35)
_WHEN = r"(?:在[^，,]{1,16}?(?:前后|前|中|时段|时|期间|之前|当天|当日|之际)|"     # (「在宣传日前后／当天」 a time too)
# (… or the time limit after a step it works within 「A应在受理后15个工作日内组织…」, as a time before the verb is —
# not a bare limit 「各村在3日内组织…」, p57e)
_WHEN += r"在[^，,在]{1,12}?后[\d一二两三四五六七八九十]{1,3}个?(?:工作日|日|天|小时|周|个?月)(?:之内|以内|内))"
# (「A至少组织一次…」, round 40; a scope between the modal and the verb 「A应当在…范围内实施」, like a time)
# (… a day or a unit of the work before it 「A将于6月24日在全市范围组织开展…」「A以班级为单位组织观看…」, p45c)
# (… or the area it works within 「其余各村在各自片内组织开展活动」「A在辖区内组织…」: a scope, as 范围内 is —
# x289_04 四/2)
_WITHIN = r"在[^，,在]{1,16}?(?:范围内?|(?<![之以年月日天周])内)"
# (… or a named day's eve or period 「A将于“七一”前夕组织…」「A于国庆期间组织…」, as 「于6月24日」)
# (… or the year it takes the work on from 「A2026年起负责…」「A自2026年7月起负责…」: a time)
_AT = r"(?:(?:将?于[^，,]{1,12}?(?:日|月|前夕|前后|前|底|期间)|以[^，,]{1,10}?为单位|"
_AT += YEAR_FROM + ")"
_AT += rf"(?:{_WITHIN})?)"
# (… or the site it goes to first 「服务单位到现场实施接入服务」「A赴项目现场组织…」: where the work is done)
_DO_NEAR = re.compile(rf"^{_MODAL}(?:至少)?{_NEAR}{_FIRST}{_NEAR}{_VERB}|^{_MODAL}{_WITHIN}{_VERB}|"
                      rf"^{_MODAL}{ON_SITE}{_VERB}|"
                      rf"^{_MODAL}{_AT}{_NEAR}{_VERB}|"
                      rf"^{_MODAL}{_WHEN}{_MODAL}{_NEAR}{BEFORE_VERB}(?=组织){_VERB}")
# (「A要及时会同B…」: an adverb of time before 会同, p42b)
_SOON = r"(?:及时|适时|主动)"
_DO_OWN = re.compile(rf"^{_MODAL}{_NEAR}至少{_VERB}")     # (「A每年至少组织…」 in A's own clause only, round 43)
# (… or its own scope joined by 或 「A要在自己的权责范围内或会同B建立…」: two ways of one work, 会同 still A's —
# x253_03, Round 57 confirmed: lead A, responsible A, B)
_WITH = re.compile(rf"^{_MODAL}{RULE_FIRST}{_ADVERB}(?:在[^，,]{{1,16}}?范围内(?:或者?|并))?"
                   rf"(?:(?:指导|督促|统筹)并?(?=会同)|{_SOON}(?=会同|协同))?"
                   rf"(?:会同|协同|{MEETS}|{JOINS})")
# (「A会同有关单位，组织…」: the catch-all 有关单位／相关单位／各单位 gives no unit, A still leads, round 34 / 42)
_ALL_SIDES = re.compile(rf"{_SIDES}|(?:各(?:有关|相关)?|有关|相关)单位(?!负责|人|的)(?:以及|[、和及与])?")
# (… and after 会同 the catch-all 「会同有关部门和单位」: a general call as the partner, the doer still leads — rounds
# 32–58, x259_01 第十六条; after 联合 the same words name a unit, ``_KIND_PARTNERS`` below)
_WITH_ALL = re.compile(r"(?:各(?:有关|相关)?|有关|相关)部门(?:以及|[、和及与])(?:各?(?:有关|相关))?单位(?!负责|人|的)")
# (「联合相关部门、单位做好…」: a partner named by its kind 部门 is a unit as printed, one name — Round 64 rulings,
# x200_04 第五条, plans-dev 02's 有关部门和单位; a catch-all with no kind 「有关单位」「有关方面」 gives none. After
# 会同 the same words stay the catch-all x259_01 第十六条 answers 「会同有关部门和单位」 by (rounds 32–58): a
# question left to the lead, the two readings not reconciled by a ruling that names both)
_KIND_PARTNERS = ("联合",)
# (「B协同配合…」: 协同 before 配合 joins no partner — B helps, as 「B配合…」, x276_02-like points)
# (「…等部门和有关责任单位予以协助」: 予以／给予 before the partner's word, the same role — p57c, x291_04 5.1)
# (「B按各自职责分工配合开展…」: the rule it follows, then 配合 — round 59, p59b)
_HELP = re.compile(r"^(?:[依按根][据照][^，,]{0,8}?|按(?:各自|自身)?的?(?:职责|职能)(?:分工)?)?(?:共同|协同)?"
                   r"(?:予以|给予)?(?:配合|参与|协助)(?!单位|部门|人|的)")
# 「A按照…要求自行组织验收」: the verb after the rule the subject follows, in the same clause
_DO_AFTER_RULE = re.compile(rf"^{_MODAL}(?:严格|认真)?(?:[依按根][据照]|按|结合)[^，,]{{0,30}}?"
                            r"(?:自行|统一|具体|及时|认真)?"
                            r"(?:负责|落实(?!方案|情况|到位|与否)|组织(?:实施|开展|召开|[^，,]{0,4}?验收|[^，,]{1,12}?(?:进行|开展)|"
                            r"(?!领导|机构|架构|保障|方式|形式|[^，,]{0,12}?的)(?=[\u4e00-\u9fff]{2})))"
                            r"(?!人|同志|的)|"
                            # (「A按各自职责分工实施…」: 实施 after the subject's own duties, round 45 q45a)
                            rf"^{_MODAL}(?:[依按][照据]?)(?:各自|自身)?的?(?:职责|职能)(?:分工)?(?:依法)?实施"
                            r"(?!情况|方案|的|主体|单位|细则|办法|意见)(?=[\u4e00-\u9fff]{2})")
# 组织好＋its object 「组织好对…的发放」「组织好辖区对象到现场参加」: 组织 in rule 2's list whatever its object
# (round 43), 好 its complement (Round 49 rulings, x230_02) — not 「组织好的」 (a thing well organised)
_DONE_WELL = re.compile(r"好(?!的)[\u4e00-\u9fff“「]")
# 组织 with a thing 「积极组织群众身边的乒乓球比赛」 is no 组织＋verb (rule 2's list is closed, round 30)
_THING = re.compile(r"[^，,]{0,12}?的")
# (组织对…的考核: a verb-noun, round 34; 「组织标识项目的监督抽查」, round 43: 组织 whatever its object)
_ACTS = re.compile(r"开展|实施|召开|落实|推进|完成|做好|编制|制定|参加|参与|验收|进行|"
                   r"考核|检查|抽查|巡查|核查|调查|评比|评估|评审|督查|培训|演练")
# an act right after 组织, whatever the thing it makes or does after it 「组织增建符合…要求的岸电设施」「组织购买一批…
# 的图书」 (组织 in rule 2's list whatever its object, round 43; not a thing organised 「组织…的比赛」, round 31)
_ACT_FIRST = re.compile(r"(?:增建|新建|修建|改建|扩建|购买|安装|配备|清理|整治|整改|排查|摸排|巡逻|走访|慰问)"
                        r"(?![的者])")
# a subject whose verb is a pivot 「各区要督促B严格落实…，组织实施…」: the later verbs are the object's (round 30)
# (… and one who names a person for the work 「A应该指定专人作为联系人，负责…」: 负责 is the person's, round 33)
# (「A指导监督B…」: a guide joined to oversight, 监督 and 督促 as after 督促 — B is watched, not given work)
_PIVOT_SUBJECT = re.compile(rf"^{_MODAL}{_ADVERB}(?:(?:督促|要求|指导|引导|推动|协调)(?P<oversight>监督|督促)?"
                            r"(?![和与及、])|"
                            r"(?:指定|明确|安排|确定|落实)专(?:人|职))")
# A (会同B) 监督、指导 C 落实…: C does the work, A and B only guide it (rule 3)
_GUIDES = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}(?:部门|单位|机构))?(?:共同)?(?:监督|指导)"
                     r"(?:[、和及](?:监督|指导|督促|检查))*[^，,]{0,30}?(?:落实|履行|做好|执行|遵守)")


def _pivots(rest: str) -> bool:
    """Whether the words after a subject are a pivot on a body that does the work: 「督促B整改」「协调A、B落实」 (not
    「协调区相关部门」 alone, whose 协调 is the subject's own)."""
    pivot = _PIVOT_SUBJECT.match(rest)
    if not pivot:
        return False
    names, at = read_names(rest, pivot.end())
    return bool(names) and at < len(rest) or bool(re.match(
        r"[^，,]{1,30}?(?:落实|整改|做好|开展|完成|履行|执行|实施|处置|进行|自查)", rest[pivot.end():]))


# the area a partner works in, before its name 「会同本辖区民政、公安等部门」: a scope, no part of the name
_PARTNERS_SCOPE = re.compile(r"(?:本辖区|本地区|本区域)(?:内)?(?=[\u4e00-\u9fff]{2})")


# a short description before a partner's name 「会同建设项目所在地的街道办事处…」: the partner is the name after the
# 的 (round 34's 的-rule) — a place or a project, no verb or body of its own before the 的; or the partner's being
# entrusted 「会同受委托的B」 (ENTRUSTED_DESC's words, the name after the 的)
_PARTNER_DESC = re.compile(r"[^，,。；;的、]{0,12}?(?:所在地|所在区|所属|属地|辖区)的|(?:[受被]|经)?(?:委托|授权)的")


def partner_described(rest: str) -> bool:
    """「会同所在地的B…」: a 会同 whose partner a short description of place opens — its 的 describes the partner, no
    body described by the words before it (``sentence_units``' 「由A…的」)."""
    w = _WITH.match(rest)
    return w is not None and _PARTNER_DESC.match(rest, w.end()) is not None


def _with(rest: str) -> tuple[list[str], int] | None:
    """「会同B＋verb」 after a doer: (the partners B, where the words after them begin); ([], …) for a general call
    as the partner 「会同有关方面」 (no unit, the doer still leads); None when no partner follows 会同."""
    w = _WITH.match(rest)
    if not w:
        return None
    start = w.end()
    if scope := _PARTNERS_SCOPE.match(rest, start):
        start = scope.end()     # (会同本辖区民政…部门: the scope dropped like 本市, rounds 41, 43)
    if (kinds := _WITH_ALL.match(rest, start)) is not None and w.group().endswith(_KIND_PARTNERS):
        return [kinds.group()], kinds.end()
    sides = _ALL_SIDES.match(rest, start) or (_WITH_ALL.match(rest, start) if w.group().endswith("会同") else None)
    if sides is None and (shared := SHARED_FIELDS.match(rest, start)) is not None:
        return [shared.group(1)], shared.end()     # (会同市发展改革、住房城乡建设管理、…等部门，: one name, round 31)
    names, at = read_names(rest, sides.end() if sides else start)
    if not names and not sides and (desc := _PARTNER_DESC.match(rest, start)):
        names, at = read_names(rest, desc.end())   # (会同项目所在地的街道办事处: the name after the 的, round 34)
    if not names and not sides and w.group().endswith("会同"):
        names, at = _partner_before_work(rest, start)
    if names and all(_BARE_TIER.fullmatch(n) for n in names):
        return [], at           # (会同镇（街道、乡）: a tier with no head names no body — round 43; Round 83's x315_01)
    return (names, at) if names or sides else None


# (… the partner's name ended by a body's ending and followed by its work in a verb no list holds 「会同区民政局清理…」
# 「会同消防救援支队推选…」 — rule 2's 「A会同B＋verb」, any verb: the shortest such opening, no further body's ending
# in the words after it (not 「会同市规划资源局土地整理中心…」, one name) nor a join, a person or a name's tail right
# after it)
_BODY_CUT_NEXT = re.compile(r"(?![和及与或、等的（(所下属内外各其人]|[\u4e00-\u9fff]?(?:部门|单位|机构)"
                            r"|负责人|同志|领导|干部|职工|主任|书记|代表|专家"
                            # (a consultation 「会同B商定的项目」「…会同B商定由C保管」: B agrees, C or a thing the
                            # work's; 现场／当场 only before the acts the name reader lists, ``_AFTER_NAME``)
                            r"|商定|商议|协商|会商|现场|当场)[\u4e00-\u9fff]{2}")
# (a body's ending, not a place's 「两省一市」「…的城市」; no bracket, 的 or join inside the cut: the name reader's)
_PARTNER_END = re.compile(r"(?:局|委|办|中心|处|科|站|所|队|部门|单位|机构|企业|公司|集团|政府|院|馆|社|组|会|平台)$")
_NOT_IN_CUT = re.compile(r"[的（）()、，,和及与或]")
_BODY_END_NEAR = re.compile(r"^[^，,。；;：:、]{0,5}?(?:局|委|办|中心|部门|处|科|站|所|队)")


def _partner_before_work(rest: str, start: int) -> tuple[list[str], int]:
    for end in range(start + 3, min(len(rest) - 2, start + 20) + 1):
        name = rest[start:end]
        if _PARTNER_END.search(name) and not any(ORG_END.search(rest[start:end + k]) for k in (1, 2)) \
                and not _NOT_IN_CUT.search(name) and looks_like_unit(name) and _BODY_CUT_NEXT.match(rest, end) \
                and not _BODY_END_NEAR.match(rest[end:]) and not VERB_START.match(name) \
                and not (name.endswith("组") and rest.startswith("织", end)):   # (…部门组|织: 组织, a verb)
            return [name], end
    return [], start


# a tier of government standing alone, its sister tiers in a bracket 「镇（街道、乡）」「区（县）」: no body's name
_BARE_TIER = re.compile(r"[市区县镇乡](?:[（(](?:[市区县镇乡]|街道)(?:[、/／](?:[市区县镇乡]|街道))*[)）])?")


def _joined_with(tail: str) -> tuple[list[str], int] | None:
    """「(由)A牵头受理申请并会同B分别审批」: the partners of a 会同 joined by 并 to the lead's own work, as right after
    牵头 (round 37's 「由A牵头，会同B…」)."""
    at = tail.find("并会同")
    return _with(tail[at + 1:]) if at > 0 else None


def _verbless_join(rest: str, end: int) -> bool:
    """「A、B联合C、D」 ending the item's text, no verb after the partners (a page cut there): 联合 reads as 会同 only
    with the work it is joined for (round 34: 「A联合B开展…」)."""
    return not rest[end:].strip("。.；; ") and _WITH.match(rest) is not None and "联合" in rest[:end] \
        and "会同" not in rest[:end]


# a 对-phrase naming what the work is done on, between the subject (or its rule's clause) and 组织＋work 「A对所辖单位
# 的外环境组织灭鼠」: 组织 the subject's own, as right after the name (rule 2's 组织＋verb, round 30; ``_ON`` lists
# 对…组织实施／开展 only) — not the thing organised 「对组织的…」「对…组织的活动」 nor 「对…的组织推进工作」 (a noun)
_ON_THEN = re.compile(rf"^{_MODAL}(?:依法|依规|及时|统一)?对(?:(?!是否|提出|意见|组织)[^，,]){{1,40}}?"
                      r"(?<!的)(?=组织(?!的))")


# (… the work right after 组织: not bodies or persons 「组织专家意见汇总」 (``_ON`` reads 组织专家开展／实施),
# nor a noun 「组织评审的结果」)
_NOT_WORK_NEXT = re.compile(r"专家|人员|力量|群众|各|相关|有关|[^，,。；;]{0,10}?的")


def on_organises(rest: str) -> bool:
    """Whether the words after a subject are a 对-phrase and then 组织＋work 「对所辖单位的外环境组织灭鼠」."""
    m = _ON_THEN.match(rest)
    return m is not None and not _NOT_WORK_NEXT.match(rest, m.end() + 2) and _does(rest[m.end():], near=True)


# a second verb joined to 组织 by 、 that shares its object 「A迅速组织、调度相关单位赶赴现场」「A及时组织、协调有关
# 企业，保障…」 (contingency plans, round 57 w57b): 组织 still has an object, the pair read as 组织 alone
_CO_VERB = re.compile(r"、(?:调度|协调|指挥|动员|指导)(?=[^，,。；;、）)\s])")


def _does(rest: str, near: bool = False, own: bool = False) -> bool:
    """Whether the words after a subject are a verb of rule 2 (负责 / 落实 / 组织＋verb …), not 组织＋a thing;
    ``near``: right after the subject's name."""
    m = (_DO_NEAR if near else _DO).match(rest) or own and _DO_OWN.match(rest)
    if not m or not m.group().endswith("组织") or "负责" in m.group():
        return bool(m)      # (「A负责组织、协调…的工作」: 负责 the verb, round 41 p41j)
    end = (joined := _CO_VERB.match(rest, m.end())) and joined.end() or m.end()
    if re.match(r"\s*(?:[。；;，,、）)]|$)", rest[end:]):
        return False        # (「各县局自行组织。」「精心组织，」: 组织 with no object gives no doer, round 41)
    if _DONE_WELL.match(rest, end):
        return True         # (「民政部门要组织好对…的发放」: 好 the complement of 组织, whatever its object — round 49)
    return not _THING.match(rest, end) or bool(_ACTS.search(rest, end) or _ACT_FIRST.match(rest, end)) \
        or organises_bodies(rest, end, read_names)     # (组织相关部门综合平衡…, round 43)


_ANSWER_MODAL = re.compile(r"(?:应当|应该|应|要|须|必须|需|立即|及时|将(?!其|该|有关|相关))")


def _answers(piece: str) -> str | None:
    """How a clause answers a case: "do" where a body opens it with a verb of rule 2 「A应当组织力量…」, "say" where a
    body opens it with a modal 「A应当出具…」, else None."""
    if by := _BY_ANSWER.match(piece):
        # (「当…解除预警时，由各工作组分别发布终止指令」「发生…时，由A负责处置」: the agent of 由 with a verb of doing
        # answers the item's own case — round 30 clarifications, Round 74's x293_01 3.4)
        agents, at = read_agents(piece, by.end())
        return "do" if agents and piece[at:] else None
    names, at = read_names(piece)
    if not names:
        return None
    rest = piece[at:]
    return "do" if _does(rest, near=True) else "say" if _ANSWER_MODAL.match(rest) else None


_BY_ANSWER = re.compile(r"(?:则|即|立即|统一)?由(?![于此])")


def _means_does(rest: str, listed: bool = True) -> bool:
    """Whether the subject's clause is a means and then a verb of rule 2 「依托B定期组织开展…」 (the verb the first
    after the means' object, within the clause). ``listed``: a verb that is one of the means' own list
    「通过调整…、落实…、稳定…，保持…」 counts too (not in a later clause, where only the verb after the means' object
    「…，通过组织、调度相关力量实施先期处置」 is the carried subject's)."""
    m = _MEANS_IN.match(rest)
    clause = re.split(r"[，,。；;]", rest, maxsplit=1)[0]
    return m is not None and any(_does(clause[k:], near=True) and not _NOUN_AFTER.match(clause, k + 2)
                                 and (listed or clause[k - 1] != "、" and "、" not in clause[k:])
                                 for k in range(m.end() + 2, min(len(clause), m.end() + 25)))


# (「依托规划实施平台」: 实施 inside the means' own name, no verb)
_NOUN_AFTER = re.compile(r"(?:平台|主体|单位|方案|机构|中心|部门|计划|项目|细则|意见|办法|情况|系统|机制)")


def _alone_does(pieces: list[str]) -> bool:
    """Whether a name standing alone in a sentence's first clause is followed by the rule it follows and then a verb
    of rule 2 「区各行业主管部门，按照…，负责…」 (not a verb on a role 「实施单位的选择…」)."""
    i = 1
    while i < len(pieces) and _BARE.match(pieces[i]) and not _DO_AFTER_RULE.match(pieces[i]):
        i += 1
    # (「A，按照职责分工具体负责…」: the rule and the verb in one clause, round 35 as with the comma between them)
    return 1 < i < len(pieces) and _does(pieces[i], near=True) \
        and not re.match(r"[\u4e00-\u9fff]{2}(?:单位|部门|主体)", pieces[i]) \
        or i < len(pieces) and _DO_AFTER_RULE.match(pieces[i]) is not None \
        or len(pieces) > 1 and EACH_OWN.match(pieces[1]) is not None     # (「A等部门，要各负其责，…」, Round 63)


_GUIDES_ONLY = re.compile(r"(?:要|应当?)?(?:加强|给予|予以)(?:业务)?指导(?=[，,。；;]|$)")


def _led(rest: str, at: int) -> list[str]:
    """The bodies 牵头 takes as objects 「(由)A牵头B、C制定…」 (round 33: read as 「由A牵头，B、C配合」), when work
    follows them (in the clause or the next); [] for 牵头 with work right after it, or with the partner of a joint
    step 「A牵头与B对接／协商」 (B is no object of 牵头 and adds none, as a partner of 对接 — round 59, p59b)."""
    if re.match(r"(?:与|同|跟)", rest[at:]):
        return []
    names, end = read_names(rest, at)
    if any(_GENERAL.match(n[:j]) for n in names for j in range(2, len(n) + 1)):
        return []               # (A牵头各相关单位横向协作: a general call, no unit)
    if _GUIDES_ONLY.match(rest, end):
        return []               # (「由A牵头、B加强指导，帮助…」: B rule 3's guide, no partner — x343_03 三/（三）)
    return names            # (work after them in this clause, or in the next 「A牵头B，对标…制定…」: B's too, round 39)


def _partners_after(pieces: list[str], piece: str, tail: str) -> list[str]:
    """The bodies of the clause after 「(由)A牵头」 that work with A: 「由A牵头，会同B、C…」 (round 37),
    「…，B配合」, and where 牵头 closes its clause, 「由A牵头，B、C＋verb」 with a comma (round 34) — not a clause
    that guides or pivots."""
    found: list[str] = []
    for h in pieces[pieces.index(piece) + 1:pieces.index(piece) + 2]:
        if (met := _with(h)) is not None:
            found += met[0]
            continue
        names, hat = read_names(h)
        if names and (_HELP.match(h[hat:]) or tail == "" and h[hat:] and not _GUIDES.match(h[hat:])
                      and not _PIVOT_SUBJECT.match(h[hat:])):
            found += names
    return found


def _designated(piece: str) -> tuple[list[str], bool]:
    """The bodies a clause designates as the ones accountable 「明确A为责任主体」「确定A、B为责任单位」 (round 32: a
    designation makes A a doer; 「由A作为主责单位」 is the agent of 由 and 「A作为主责单位」 a subject's)."""
    for m in _DESIGNATE.finditer(piece):
        for at in (k.start() for k in re.finditer("为", piece[m.end():])):
            names, end = read_names(piece[m.end():m.end() + at])
            if names and end == at and (d := _DESIGNATION.match(piece[m.end() + at:])):
                return names, "牵头" in d.group()       # (明确A为牵头单位: A leads, round 33)
    if (holder := HOLDER_IS.search(piece)) and (held := read_names(piece[holder.end():]))[0] \
            and held[1] == len(piece) - holder.end():
        return held[0], False           # (考核主体为A和B: the whole rest of the clause, round 34)
    return [], False


# a subject clause of a modal and a rule only 「A应按照…标准」: the next clause's verb is the subject's
_BARE = re.compile(rf"^{_MODAL}(?:严格|认真)?(?:[依按根][据照]|按|结合|对照)")


# the rule or need a subject follows, alone in its clause 「A根据工作需要，」 (no verb of its own)
_MEANS_ONLY = re.compile(r"^(?:根据|按照|依据|依照|结合|视)[^，,]*$")


def option_after_means(rest: str, later: list[str]) -> bool:
    """Whether the subject's clause holds only the rule it follows and its next clause is an option
    「A根据工作需要，可组织B…」: what A may do gives it no work, under a heading that gives out work too (rounds 36,
    49: options give none)."""
    return bool(_MEANS_ONLY.match(rest)) and bool(later) and OPTION.match(later[0]) is not None
