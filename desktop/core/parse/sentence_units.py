"""The doers of an item's work written in its sentences — CONVENTIONS.md "Units written in sentences" (round 29).

An item with no unit label of its own or inherited (rule 1) takes as its units the bodies its own text makes the
doers of its work (rule 2): the agent of 由 with a verb of doing (「由A负责…」「由A组织开展…」), the subject of
负责/具体负责/主责/实施/落实/组织…/牵头 (「A负责…」「A依法对…实施监督」), 「（由）A会同B＋verb」 (lead A,
responsible A, B), 「由A牵头」「A牵头…」 (lead A) with 「B、C配合/参与/协助」 after a doer; every such clause of the
item, in order. Not units (rule 3): receivers (报A备案 / 向A申请 / 经A同意 / 在A指导下: never the subject nor the
agent of 由), members (由A、B组成), a body the item sets up (成立由A牵头的…办公室), 负责同志/负责人, a clause in a
case (确需调整的，由A负责 / 发生…时，由A…), bodies inside a quoted name or a document title, persons.
Round 30 (pu30): also not units — the work split by kind (根据…性质，分别由A和B… / 按隶属关系由A…), persons who hold a
post (由A主要领导担任), bodies that only supervise and guide another's work (A会同B监督、指导C落实…), a body the item
designates or sets up (确定…作为X / 成立X), a general call to 各责任单位; and names that are no bodies (a verb, a cut
name 项目所|在区…, a date glued before it, a place or site, work 各部门任务).
What the words after a subject say of it (a verb of rule 2, a pivot, 会同's partners, a designation) is read by
``subject_verbs``, split from here.
"""

from __future__ import annotations

import re

from .article_doers import later_doers
from .body_names import _DESCRIBES, document_roles, reading_roles
from .case_clauses import (
    BAD,
    CASE_OPEN,
    CONDITION,
    FALLBACK,
    KIND_TOPIC,
    LISTED_CASES,
    agent_named,
    answered_at,
    answered_by_bodies,
    answers_cases,
    breach_answered,
    opens_case,
    own_work_when,
    picked_objects,
    split_by_cases,
)
from .doer_forms import OF_WORK, PERSON_AGENT, PERSONS_POSTED, POST, WILL_DO
from .doer_roles import LEAD_ROLE, entrusted, role_holder
from .doer_words import (
    _ADVERB,
    _ANSWERS,
    _APPLIES,
    _DEFINES_LEAD,
    _DESIGNATION,
    _ENTRUSTS,
    _FILED_THEN,
    _HANDS_IN,
    _MODAL,
    _NEAR,
    _PAPERS_BY,
    _PAYER,
    DEFINES_TERM,
    FUNDS,
    LATER_CALL,
    OVERSIGHT,
    RULE_FIRST,
    doer_text,
)
from .duty_heading_words import DUTY_HEADING as DUTY_HEADING  # (re-exported: tasks, duty_headings, unit_lines)
from .glued_heads import glued_heading_end
from .organised_work import CIRCUMSTANCE, organises, organises_own
from .pivot_units import EXCEPTION, pivot_objects
from .prose_units import BACK_REFERENCE, INTERPRETS
from .restated_forms import OPTION
from .sentence_names import described_subject, read_agents, read_names
from .sentence_split import sentences as _sentences
from .subject_runs import (
    COMPLIES,
    ELIDED_OPEN,
    JOINED_DO,
    LISTED_DO,
    MEANS_OPEN,
    ON_OBJECT,
    RULE_THEN,
    WORK_OPEN,
    headed_lines,
    paragraph_sentences,
    semicolon_work,
)
from .subject_verbs import (
    _BARE,
    _DO_AFTER_RULE,
    _GUIDES,
    _HELP,
    _PIVOT_SUBJECT,
    _VERB,
    _WHEN,
    _alone_does,
    _answers,
    _designated,
    _does,
    _joined_with,
    _led,
    _means_does,
    _partners_after,
    _pivots,
    _verbless_join,
    _with,
    on_organises,
    option_after_means,
    partner_described,
)

# a time counted from an event between a doer and its verb 「A在收到申请材料后15个工作日内会同B…」「A接到申请后，组织…」
# (round 33): no part of the work, the verb after it is the doer's
_AFTER_EVENT = re.compile(r"^(?:在|于)?(?:收到|接到|受理|接收|接受)[^，,]{1,30}?(?:之?后|内)"
                          r"(?:\d{1,3}个?(?:工作日|日|天)(?:之内|以内|内))?"
                          # (a step's time, the whole clause 「A在拆除工程完工后，应当组织…」, p45c)
                          r"|^在[^，,]{2,30}?(?:完工|完成|结束|竣工|建成|交付)之?后$"
                          # (… or an alarm or report received 「A接警后，立即…」, contingency plans — round 57 w57b)
                          r"|^(?:在|于)?接(?:警|报)之?后$")
# a later clause of the subject's with a first verb joined to rule 2's 「A应当…，依法…，健全和落实…」 (round 33)
_DO_JOINED = re.compile(rf"^{_MODAL}{_ADVERB}(?!督促|要求|指导|引导|推动|协调|监督)"
                        rf"[\u4e00-\u9fff]{{2}}(?:并|和){_VERB}")
# a lone clause naming a time already given, not a case: 「届时，将由A牵头…」
_AT_THAT_TIME = re.compile(r"(?:届时|到时|此时|其时|彼时|那时|同时|平时|随时|适时|及时|按时|准时|定时)")
# (… and a rule before it 「A应根据《…》文件中的职责分工牵头B、C，组织…」, round 39 as before 会同 — x206_03)
_LEAD = re.compile(rf"^{_MODAL}{RULE_FIRST}{_WHEN}?{_NEAR}(?:负责牵头|牵头)(?!的|单位|部门|人)")
# (not 「对项目明确提出是否实施…的意见」: an opinion on whether to do it; 「我委将对…组织专家开展论证」: 组织 the
# experts it brings in, then the work — round 30 / 34, x206_04)
_ON = re.compile(rf"^{_MODAL}(?:在[^，,]{{1,16}}?范围内)?(?:依法|依规)?对(?:(?!是否|提出|意见)[^，,]){{1,60}}?"
                 r"(?:实施|负责|组织(?:(?:有关|相关)?专家|(?:专业)?技术力量|力量)?(?:实施|开展|召开|验收|评审(?!的|结果|意见))|"
                 r"落实(?!情况|到位|与否|的|工作情况))(?!人|同志)")
# 「A按照…，对…实施／组织…」 in the clause right after the subject's rule (round 35; not 对…负责／落实: a standard)
# (对…落实到地块／到人: placing it, an act; 联合 with no partner an adverb, round 39 — Round 100's x62_03 二/（五）)
_ON_LATER = re.compile(rf"^{_MODAL}(?:依法|依规|及时|联合)?对[^，,]{{1,40}}?"
                       r"(?:实施(?!以来|情况|的|、)|组织(?:实施|开展|召开|验收)|落实到(?!位))")
# 「A应…编制…，并对设计质量负责」 in a later clause: 对X负责 with X the plan's work (its quality or result) makes a
# doer (Round 47 confirmed, x215_03: 「…并对审查结果／质量负责」); not the papers a party files 「对申报材料的真实性
# 负责」 (turned, x252_02: an applicant), which names no 质量／结果
_ANSWERS_FOR = re.compile(rf"^{_MODAL}(?:全面|共同)?对[^，,]{{1,30}}?(?:质量|结果)负责$")
# 配合 after a modal 「A应当／要积极配合…」, and the work it does with no partner named 「A应当配合做好…」
# (round 44 early)
_HELP_WORK = r"(?:做好|开展|实施|完成|落实(?!情况))"
_HELP_NEAR = re.compile(rf"^{_MODAL}(?:积极|全力|主动|认真|切实|共同)?配合(?={_HELP_WORK})")
# 「A应当配合B做好…」: 配合 the main verb of the subject's own rule — A a doer, B (the body served) none unless its own
# verb is rule 2's (p44g governs, x150_01; rounds 42, 44)
_HELP_SERVED = re.compile(r"^(?:应当|应该|应|须|必须|务必)(?:积极|全力|主动|认真|切实)?"
                          r"配合(?!单位|部门|人|做好|开展|实施|完成|落实)")
# (a regulated party's 「工程建设单位应当配合A开展…」 stays unread, p45c)
_REGULATED = re.compile(r"(?:单位|企业|公司)$")
# (… a body's plan 「B将配合A组织…」: B once the item has a doer, p45c; not a regulated party's 「B应当配合A…」)
_HELP_WILL = re.compile(r"^将(?:积极|全力|主动|认真|共同)?(?:配合|协助)(?!单位|部门|人)")
# the subject stands before a modal or a rule and the verb comes after a comma: 「A应按照…要求，配合做好…」
# (not a clause that sets a body up 「A要设立X办公室，负责…」: 负责 is the office's, not A's — x26_05)
# (… or, with no modal, a work of its own before rule 2's verb in a later clause 「A、B加强指导服务，推进…，落实…」
# — the subject carried inside its sentence, round 34; not a pivot, read before)
_OWN_WORK = r"(?:加强|推进|完善|健全|强化|优化|规范|深化|加大|提升|提高|统筹|抓好|做好)(?![^，,]{0,6}?(?:的|下))"
_SUBJECT_ONLY = re.compile(rf"^(?!{_MODAL}(?:设立|成立|组建|下设|设置|建立)[^，,]{{0,20}}?"
                           r"(?:办公室|领导小组|工作小组|小组|专班|指挥部|委员会|机构)$)"
                           rf"(?:{PERSON_AGENT}|{_MODAL[3:-2]}|[还也](?:要|应|须|必须)|[依按根][据照]|按[^，,]{{1,16}}?(?:要求|规定|部署)|按(?:各自|自身)的?(?:职责|职能)|是|作为|为(?!主|[^，,]{{0,10}}?成员)|以|{_OWN_WORK}|"
                           r"对(?!接|照|标|外)|结合|在[^，,]{2,40}?(?:的基础上|的前提下|过程中|的?(?:统一)?(?:领导|指导|统筹|协调)下)$|"
                           # (a time of the subject's own before its verb 「B在改造期间，配合A…」: the verb after the
                           # comma is still B's, as after 「A在…过程中，」; the time before a step
                           # 「A在项目竣工验收前，」 too — 「A在…满两年后，」 is left to the readers of events)
                           r"在[^，,]{2,30}?(?:期间|之前|之后|前)$)")
# a clause that splits the work between bodies by kind (根据办园性质，分别由A和B… / 按类型分别由A、B…): each body acts
# only in its own case, a contingency of the kind (rule 3); 分别 decides (按照权属关系，由A、B或C组织评估 is read)
_BY_KIND = re.compile(r"(?:根据|按照|依照|按|视)[^，,]{0,8}(?:性质|权属|隶属|产权|类型|类别|情况)(?:关系)?(?:不同)?"
                      r"(?:，|,)?分别$")
# a body the item itself sets up or designates (确定二家清运企业作为主体清运单位 / 成立区试点工作领导小组): rule 3
# (the body ends the phrase: 「可作为各街镇推进…的措施」 names a measure for the body, no body set up)
_SET_UP = r"(?:作为|成立|组建|设立|下设)[^，,。；;由]{{0,12}}?{}(?=[，,。；;、）)\s]|$|[和及与等])"
# bodies inside the description of a mechanism or a system the item sets up 「…A牵头负责、B配合…的工作机制」 (rule 3)
_DESCRIBED = re.compile(r"的(?:工作|协调|联动|推进|管理)?(?:机制|制度|格局|体系|模式)$")
_SETS_UP = re.compile(r"(?:建立|构建|形成|健全|建成|完善)(?!的)")
# 由A承担／分担／保障 a cost: a payer, not a doer (由A承担…责任 is a doer); 拨付／结算 money too (Round 47, decided;
# 「由A负责拨付」 stays work); 「由A向B支付…款」, 安排…资金／经费／费用 and 纳入／列入…预算 too (Round 48, decided: cost
# verbs; 「由A统筹安排」 stays work, round 35); 发放／给予 with money as object 「由A发放价格临时补贴」 (Round 53
# rulings, decided: like 给予补贴, round 46 — 发放 of things 「发放宣传资料」 stays work); 缴存／缴纳 a fund into
# its account 「由A按照规定缴存至指定专户」: money moved, a payer (round 30)
# an agent that is persons 「由市政府分管副市长及环保局领导…答复」 (a body's posts): never a unit (round 30)
_PERSON_IN = re.compile(r"(?:分管|主要)?(?:副?(?:省|市|区|县|镇|乡)长|领导|负责人|负责同志)(?:及|和|、|$)")
_PAYS = re.compile(r"(?:[和及、与][^，,]{1,12}?)?(?:每(?:月|年|季度?)|按月)?(?:从[^，,]{1,12}?中)?"
                   r"(?:按照?[^，,]{1,12}?)?(?:向[^，,]{1,12}?)?"
                   r"(?:统一|各自|全额|按比例|共同)?"
                   r"(?:承担|分担|负担|保障|出资|自行解决|列支|(?:代为)?支付|拨付|[结結]算|代扣代缴|汇缴|补缴|"
                   r"缴存|缴纳|(?:予以)?补偿|"
                   r"安排[^，,]{0,10}?(?:资金|经费|费用)|[纳列]入[^，,]{0,16}?预算|"
                   r"(?:发放|给予)[^，,]{0,16}?(?:补贴|补助|奖励|奖金|资金))")
# a sentence inside the paragraph that opens with the rule it follows and no subject 「A要高度重视…。根据…特点，落实
# …措施」: the subject before it carries (round 34's elided subject), as after 要 (p45c)
_RULE_OPENS = re.compile(r"^(?:[依按根][据照]|结合)[^，,]{1,30}$")
# a word of stress opening a sentence with no subject 「特别是在…时段组织…」「尤其要…」: the sentence goes on the
# work of the subject before it (round 34's elided subject), read from after the word
_STRESS = re.compile(r"^(?:特别|尤其|重点)是?(?=[要应须必在对于])")
# (… when what follows is a time and a verb of rule 2 「在…时段组织…」, or a modal 「要…」 read as after 要)
_STRESSED_DO = re.compile(rf"^{_WHEN}(?:{_VERB})")
# a clause opening with 由A and a rule-2 verb whose object holds a 的 「由A督促落实车辆的安全检验」: work, not a
# description of a noun 「（参加）由A组织的培训」「由A组织实施的项目」 (the 的 right after the verb)
# (… or 承担 with the work named after the 的 「由A承担实施深化的具体实施」「由A承担…的日常工作」: the work A takes on,
# not a thing described 「由A承担建设的项目」)
# (… nor a case named by the work done on it 「由A组织调查的事故，应当…」: A inside the noun, round 30)
_WORK_OF = re.compile(r"(?:督促|协调)?(?:负责|落实|实施|组织|开展)(?!(?:实施|开展|落实|推进|管理|安排|调查|处理)?的)"
                      r"[\u4e00-\u9fff]+?的|"
                      r"承担[\u4e00-\u9fff]{2,12}?的(?:具体|日常)?(?:实施|工作|任务)(?![\u4e00-\u9fff])")
# a 由-clause opening the sentence that, with a second clause ending in 的＋noun, describes that noun 「由A批准设立，
# B调配物流的市级消纳卸点（包括…），…前完成…」: A inside the noun the sentence is about, no agent (round 30: 「由A委托的
# B」) — only where A's verb sets the thing up (批准设立, 认定, 指定), not 「由A负责…，B负责…」 (each clause its work)
_SET_UP_BY = re.compile(r"^(?:批准|审批|核准|认定|指定)(?:设立|设置)?$")
_DESCRIBED_NEXT = re.compile(r"^[^，,。；;的]{2,20}?的[\u4e00-\u9fff]{2,12}(?:[（(][^（()）]{1,20}[）)])?$")
# (由 that is no agent's: 交由/转由/经由/理由/由于/由此/自由 — but the 理 that ends a work 「日常管理由A负责」
# 「…的处理由A负责」 is no 理由: A the agent)
_BY = re.compile(r"(?:(?<![转经理自缘])|(?<=[管处办治清审受整代修护]理))由(?![于此])")


# the subject's own first clause: a verb of work outside rule 2 「A持续推进…」「A对照…开展自查」 (not a person's, a
# place's or a rule's words 「体育公园原则上应…」)
_PLAIN_WORK = re.compile(r"^(?:要|应当?|须|将)?(?:持续|全面|认真|切实|主动|积极|进一步|加快|及时)?"
                         r"(?:对照[^，,]{1,12}?)?(?:开展|推进|梳理|核查|加强|强化|完善|建立|健全|制定|编制|排查|自查)")
# a sentence of the same paragraph opening with a verb of work and no subject 「严格把控…」「加强施工管理，…」
_PLAIN_OPEN = re.compile(r"^(?:严格|切实|认真|全面|进一步)?"
                         r"(?:把控|把关|加强|强化|完善|健全|推进|开展|做好|抓好|落实)")
# a later clause that puts the subject's own work into effect 「…，严格落实整改措施」「…，严格落实系统方案建设要求」
# (x206_04; not 落实 as a noun 「抓好落实」; in a sentence with no subject of its own a call to comply
# 「落实…要求」 stays none, round 37's COMPLIES)
_LATER_PUT = re.compile(r"^(?:并|要|同时)?(?:严格|切实|认真|全面|抓紧|及时|逐项)?落实(?!情况|到位|不力|好)"
                        r"[\u4e00-\u9fff]{2}")


# a later clause of the subject's sentence that gives it work by 负责 「A指导搭建…，负责指导…的更新改造」 (x106_07,
# x116_03; not 负责人／负责同志, persons, nor 负责的 describing a thing)
_LATER_OWN = re.compile(r"^(?:并|同时|还)?(?:要|应当?)?(?:具体|全面|主要|统一)?负责(?!人|同志|的)")
# a later clause of the carried subject that takes work on 「A应结合…，主动承担…协调工作」: 承担＋work (Round 68) —
# not after a body it sets up 「A应成立…单位，具体承担…工作」 (the set-up body's, rule 3)
_TAKES_WORK = re.compile(r"^(?:并|同时|还)?(?:要|应当?)?(?:主动|积极|具体|全面)?承担[^，,。；;]{1,30}?工作$")
_SET_UP_BEFORE = re.compile(r"设立|成立|组建|下设|专人|专职")
# … not where the subject's own verb sets a body up 「A要设立…办公室，负责…」「各村成立…小组，具体负责…」 (the
# 负责 is the set-up body's, round 41), names a person for it 「A明确专人，负责…」 (the person's, round 33) or is an
# option 「A可参照…设立…」 (round 40)
_SETS_UP_OWN = re.compile(r"^[^，,]{0,16}?(?:设立|成立|组建|设置|下设|组成|建立|专人|专职|人员)|^(?:也|还)?可")
_SETS_UP_LATER = re.compile(r"(?:设立|成立|组建|下设)(?!以来|之初|后)")   # 「A…，成立B，负责…」: B's 负责


# a review of what a party submits 「…可申请…补贴，…提交相关材料，由A审核后，报请…拨付」: round 68's review, rule 3's
# approver's step — the agent names none (Round 87 on x328_04 四、（四）: the lead-in's bodies stand)
# (… and a party's plan reviewed 「方案还应先由A审核同意」, the ``plan`` group: a review names no one unless 负责／
# 实施／组织 places it — Round 99's x363_03 二、（二）; Round 94's turned x240_04 第二十四条)
_REVIEW_AFTER = re.compile(r"^(?:(?P<after>(?:审核|审查|复核|核查|初审)(?:同意|通过)?后)"
                           r"|(?P<plan>(?:审核|审查|审定)(?:同意|通过)[。；;]?))$")
_SUBMITTED = re.compile(r"申请|申报|提交[^，,]{0,10}?(?:材料|资料)")
_PLAN_PAPERS = re.compile(r"方案|计划|材料")


def _paid(after: str, pieces: list[str], piece: str) -> str:
    """The words after 由A that say what A does: the next clause where a time alone stands between
    「由A在…登记前，按照规定缴存至…」 (the payer's verb after its time, round 30's payer)."""
    if re.fullmatch(r"在[^，,]{1,30}?(?:前|后|时)", after) and piece is not pieces[-1]:
        return pieces[pieces.index(piece) + 1]
    return after


# under a 职责分工 heading, a verb of doing after the subject (承担…工作 / 做好 / 完善 / 指导 / 制订 / 协同实施), not a
# receiver's or a member's words (报 / 向 / 经 / 由…组成 / 为…成员 / 是…), nor the kind a list of places ends its
# clause with 「公交站点、停车场、公园等公众聚集场所，由A负责」 (places whose keeping is given to A, no doers: round 51)
# (… the scope of its duties before the verb too 「A在…职责范围内承担…」, as 「A在各自职责范围内负责…」)
_GIVES_WORK = re.compile(rf"^{_MODAL}(?![^，,]{{0,20}}?(?:组成|成员))"
                         r"(?:在[^，,。；;在]{0,20}?职责范围内(?=[\u4e00-\u9fff]))?"
                         rf"(?:{_NEAR[3:-2]}|协同|依职责|按职责)?"
                         r"(?!报|向|经|是|为|在|以|可|受|[\u4e00-\u9fff]{0,8}(?:场所|区域|地段|场地|地块|部位|路段)$)"
                         # (「镇政府组织机构和职责」: a heading naming the body's set-up, nouns, no verb of doing)
                         r"(?!(?:组织|领导|工作)?(?:机构|架构|体系)(?:[和及与、]?(?:工作)?(?:职责|职能|分工))?$)"
                         r"[\u4e00-\u9fff]")


# an adverb of all / too between the listed subjects and their modal 「A、B等都要…」「A也要…」 (round 51: the
# names are still the modal's subject)
# (… and a hedge before the modal 「A一般应当自行组织…」「A原则上应…」: the modal still binds A, the hedge only allows
# the cases the text names after it — the verb after the modal decides)
_ALL_TOO = re.compile(r"^(?:[都均也]|一般|原则上)(?=应当|应该|应(?!急)|要|须|必须|需|将|务必)")


def _designates(rest: str) -> re.Match[str] | None:
    """「为…牵头责任单位」「为协办单位」 after a subject: a designation (Round 58 rulings, x250_01) — not one that
    describes the thing being set up 「建立以A为…，B为配合部门的…体系」 (为X的Y: a noun's description)."""
    m = _DESIGNATION.match(rest)
    return m if m is not None and not rest.startswith("的", m.end()) else None


def opens_with_body(text: str) -> bool:
    """Whether the text's first clause opens with a body 「委客运处指导…」「各级价格部门要…」, or the paragraph under a
    heading line of its own 「核查配套⏎各区登记中心建立…」 (not a run-in heading 「统一归口管理。街道…」)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) > 1 and len(lines[0]) <= 15 and not re.search(r"[。，,；;：:]", lines[0]):
        lines = lines[1:]           # (a heading line over its paragraph)
    first = next((pieces[0] for pieces in _sentences(lines[0]) if pieces), "") if lines else ""
    return bool(read_names(first)[0])


# a note on what a body's name takes in 「各区政府（含作为市人民政府派出机构的特定地区管理委员会，下同）」
# (round 43: the 含 bracket dropped): its comma is no clause's end; the name before it stays the subject of the verb
# (a bracket of members 「（包括市、区水务局…）」 or a short note 「(含申报创建单位)」 is read as before)
_INCLUDED_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(]含[^（）()，,]{1,40}[，,]下同[）)]")


def doer_units(text: str, roles: frozenset[str] = frozenset(),
               heading: str = "") -> tuple[list[str], list[str]]:
    """The units an item's own text makes the doers of its work (rule 2): (leads, responsible), the leads also
    first among the responsible; ([], []) when it names none. ``roles``: role names the document defines as a
    body's (``defined_roles``), where none are given those of the document being read (``document_roles``, set by
    ``tasks.build_tasks``); ``heading``: the item's (or its section's) heading — under 职责分工／部门职责／职责／
    管理部门 every body the text gives work by any verb is a unit, in printed order (round 34: the heading is a
    label of doers)."""
    with reading_roles(roles or document_roles()):     # (none given: the roles of the document being read, if any)
        duty = bool(DUTY_HEADING.match(heading.strip()))
        first, _nl, rest = text.partition("\n")
        if duty and rest.strip() and first.strip().strip("（()）") == heading.strip().strip("（()）"):
            # (「第五条（管理部门和职责）⏎A负责…；B负责…」: the heading line labels the doers below it and names
            # none itself — its kind 管理部门 is no unit beside them)
            text = rest
        text = doer_text(DEFINES_TERM.sub("", _INCLUDED_NOTE.sub("", text)))
        leads, resp = _doers(headed_lines(text, read_names) if duty else text, duty)
        if (invited := _INVITES_EXPERTS.search(text)) is not None:
            # (「A邀请专家对…进行检查，…由专家组提出意见」: the panel A invites is A's pivot object, persons —
            # round 30; Round 91's x340_01 第十五条)
            panel = [n for n in resp if _PANEL.fullmatch(n) and text.find(n) > invited.start()]
            leads, resp = [n for n in leads if n not in panel], [n for n in resp if n not in panel]
        # (「出租企业为…的责任主体。企业应制定…」: the bare kind calls back the named one before it — one doer)
        again = [n for i, n in enumerate(resp) if _BARE_KIND.fullmatch(n) and any(
            m.endswith(n) and m != n for m in resp[:i])] if "称" not in text else []
        return [n for n in leads if n not in again], [n for n in resp if n not in again]


_BARE_KIND = re.compile(r"企业|单位|机构")


# a body inviting or engaging experts for its work 「A邀请专家对…」「A组织专家进行评审」, and the panel they form
_INVITES_EXPERTS = re.compile(r"(?:邀请|聘请|组织)(?:相关|有关)?(?:领域|专业)?专家")
_PANEL = re.compile(r"专家组|评审专家组|专家委员会")


# the agent of 由 taking the work by rule 2's own words 「由A负责…」「由A牵头…」「由A组织实施…」
_CHARGED_AGENT = re.compile(r"由[^，,。；;由的]{2,30}?(?:具体)?(?:负责(?!人)|牵头|组织(?:实施|开展))")


def _doers(text: str, any_verb: bool = False) -> tuple[list[str], list[str]]:
    leads: list[str] = []
    resp: list[str] = []

    def add(names: list[str], lead: bool = False) -> None:
        for n in names:
            if BACK_REFERENCE.match(n):
                continue        # (「前款所述行业主管部门和区机管局负责…」: the back-reference adds none, round 38)
            if lead and n not in leads:
                leads.append(n)
            if n not in resp:
                resp.append(n)

    pending: list[str] = []         # bodies that 配合 before any doer is read
    every: list[str] = []           # every clause, for the bodies given work through a pivot (round 36)
    carried: list[str] = []         # the subject a sentence 「要…」 with none of its own takes (round 37)
    weak_carried: list[str] = []    # a plain verb of work's subject, for 会同／联合 and 落实 in the next sentences
    sentences = [(agent_named(p, lambda s: read_names(s)[0]), o) for p, o in paragraph_sentences(text, _sentences)]
    responds = answers_cases(sentences)     # (the item's work is the response to its cases)
    split = split_by_cases(sentences)       # (…的，由A…；…的，由B…: the work split by its objects, round 40)
    by_bodies = not responds and answered_by_bodies(sentences, _answers,     # (…时，A应当组织…, round 30)
                                                    lambda p: bool(read_names(p)[0]))
    headed = True       # only run-in headings so far (「场所封场。」): the next sentence is the item's opening one
    for k, (pieces, opens) in enumerate(sentences):
        # (the item's opening sentence, after a run-in heading: a case it opens with is the item's whole work's,
        # round 30 — 「…达到上限时，由A会同B…封场」)
        opening = headed
        headed = headed and len(pieces) == 1 and len(pieces[0]) <= 16 and not read_names(pieces[0])[0]
        every += pieces
        if pieces and re.match(r"(?:以上|上述)", pieces[0]) and OVERSIGHT.search(pieces[-1]):
            continue            # (以上工作由督查室负责督查考核: the run's checking, round 33)
        if carried and pieces and (stress := _STRESS.match(pieces[0])) and len(pieces[0]) > stress.end():
            # (「A要制定…。特别是在…时段组织…」: a word of stress opens the sentence, the subject before carries)
            pieces = [pieces[0][stress.end():], *pieces[1:]]
        elided = not opens and bool(pieces) and bool(ELIDED_OPEN.match(pieces[0]) or WORK_OPEN.match(pieces[0])
                                                     or carried and _STRESSED_DO.match(pieces[0])
                                                     or len(pieces) > 1 and _RULE_OPENS.match(pieces[0])
                                                     or semicolon_work(pieces, text, read_names)
                                                     or weak_carried and _PLAIN_OPEN.match(pieces[0])) \
            and not read_names(pieces[0])[0]       # (「A要…；会同B开展…」「…；负责…」: A's, the subject dropped)
        subject: list[str] = carried if elided else []
        carried = carried if elided else []
        bare = False                # the subject's clause holds only a modal and a rule 「A应按照…标准，严格组织…」
        held = case = in_case = scope = plain = False
        said = -1
        # the subject of a verb not in rule 2's list, for a later 「，会同B＋verb」; the same subject of a plain verb of
        # work, for a later 「，落实＋its object」 — both carried into the paragraph's next sentences that have none
        # 「A进一步强化…。严格把控…；加强…，联合B开展…」 (round 34's carried subject)
        withs: list[str] = weak_carried if elided else []
        weak: list[str] = weak_carried if elided else []
        weak_carried = weak_carried if elided else []
        owner: list[str] = []       # the subject of a verb outside rule 2, for a later 「，负责…」 in its sentence
        opened = answered_at(pieces) if by_bodies else None
        for piece in pieces:
            if opened is not None and pieces.index(piece) <= opened:
                continue        # (the case the body's clause answers: the item's own, round 30)
            if (responds or k in split or LISTED_CASES.match(piece)) and opens_case(piece) \
                    and piece is not pieces[-1]:
                continue        # (「违反…的，由A责令…」 as the item's whole work; 「有下列情形之一的，A…」, round 38)
            if not held and breach_answered(pieces, pieces.index(piece)):
                continue        # (「若发现…违规，由A责令…」: the breach A's enforcement answers, as 「…的，由A责令」)
            if held or CONDITION.search(piece) or piece.startswith("当") and piece.endswith("时") \
                    or piece.endswith("的") and re.search(r"发生|出现", piece) and piece is not pieces[-1] \
                    or KIND_TOPIC.match(piece) and "的" in piece and BAD.search(piece):
                held = True
                continue
            if case and plain and (not piece.startswith("由") and _answers(piece) or scope and piece.startswith("由")
                                   and not any(_answers(p) == "do" for p in pieces[pieces.index(piece) + 1:])):
                case = False        # (「项目已建成的，A应…落实…」: the clause has a subject of its own — A's, Round 49;
                #                      「属单位自用的，由A督促落实…」: the agent after a scope, not a contingency — A's;
                #                      not after a breach 「违反…的，A应当实施整改」 nor 「确需…的」, round 41; nor
                #                      where another body does the sentence's work 「涉及…的，由A统筹，B负责实施」)
            if (failed := FALLBACK.fullmatch(piece)) and any(
                    failed.group("step") in p for p in every[:len(every) - len(pieces) + pieces.index(piece)]):
                case = in_case = False
                continue        # (「A协商选定；协商不成的，由B组织…」: the step named before failing, the next
                #                      step of the same procedure, no contingency — round 55's x279_02)
            # 「确需调整的，由A负责」「发生…时，由A…」: the clause after a case is a contingency (rule 3)
            if case or CASE_OPEN.match(piece) or piece.endswith(("的", "时")) and piece is not pieces[-1] \
                    and not _AT_THAT_TIME.fullmatch(piece) and not own_work_when(piece, pieces, read_names) \
                    and not picked_objects(piece, pieces):
                #                      (「届时，由A牵头…」: a time, not a case; 「A会同B编制…时，应…」: A's own work)
                case, in_case = not case and piece.endswith(("的", "时")), case and piece.startswith("由")
                plain = case and not (CASE_OPEN.match(piece) or BAD.search(piece)
                                      or re.search(r"发生|出现|需要?", piece))
                # (a scope in a later sentence too where the agent takes the work by rule 2's own words 「…。住宅小区内
                # 增设附属设施的，由街镇负责组织实施」 — not another verb after a case 「有异议的，由A进行核查」, nor a
                # case its 对 opens 「对两个以上单位共同承办的，由主办单位牵头」)
                scope = plain and piece is pieces[0] and (opening or len(pieces) > 1 and not piece.startswith("对")
                                                          and bool(_CHARGED_AGENT.match(pieces[1])))
                continue
            if in_case and piece.startswith("由"):
                continue            # (「…的，由A…，由B督促…」: the 由-clauses after a case are all the case's, rule 3)
            in_case = False
            if piece is not pieces[-1] and _BY_KIND.search(piece + "，" + pieces[pieces.index(piece) + 1][:2]):
                case = True
                continue
            if _DESCRIBED.search(piece) and any(_SETS_UP.match(p) for p in pieces[:pieces.index(piece) + 1]):
                continue        # (建立…，主办单位牵头负责、协办单位全力配合…的工作机制: a noun's description)
            if INTERPRETS.match(piece):
                continue        # (「本通知由A会同B负责解释」 closing a point: who interprets the plan, no unit —
                #                      round 29 rule 3)
            if any_verb and EXCEPTION.match(piece):
                continue        # (「各职能管理部门除…依法履职外」: an exception clause names no unit, round 36)
            if (held_by := role_holder(piece, read_names))[0]:
                add(*held_by)       # (「X接管单位是A」: a role's holder, round 37)
                continue
            names, at = read_names(piece)
            if piece is pieces[0] and (not names or piece.startswith(("和", "及"), at)) \
                    and (joined := described_subject(piece))[0] and joined[0][:len(names)] == names:
                names, at = joined  # (「A和经授权的B按照…负责…」: A and B, the 的-phrase B's, sentence_names)
            if not names and piece is not pieces[0] and piece.startswith("其") \
                    and (own := described_subject(piece[1:]))[0]:
                names, at = own[0], own[1] + 1  # (「A负责…，其所属的B负责具体实施」: A's own body, the 的-rule's name)
            if not names and piece is pieces[0] and k == 0 and (head := glued_heading_end(piece)):
                names, at = read_names(piece, head)    # (「…志愿服务活动镇直各单位要组织…」: the run-in heading
                #                                          glued to the item's first body, round 51)
            rest = _ALL_TOO.sub("", piece[at:], count=1) if names else piece
            if names:
                subject, said = names, pieces.index(piece)
                if piece is pieces[0] and (_SUBJECT_ONLY.match(rest) or MEANS_OPEN.match(rest) or _does(rest, True)):
                    carried = names         # (the sentence's own subject, not a name inside a later clause)
                bare = bool(_BARE.match(rest))
                if event := _AFTER_EVENT.match(rest) or CIRCUMSTANCE.match(rest):
                    rest = rest[event.end():]       # (A接到申请后，组织… / A在收到…后N个工作日内会同B…)
                    if not rest:
                        # (「A在B指导下，严格落实…」: the circumstance fills the first clause, the next is A's own
                        # verb as in 「A严格落实…」 — B rule 3's guide)
                        if piece is pieces[0] and len(pieces) > 1 and event.re is CIRCUMSTANCE \
                                and _does(pieces[1], near=True):
                            add(names)
                        continue
                if (read := _with(rest)) is not None and not (piece is pieces[-1] and _verbless_join(rest, read[1])):
                    if not _GUIDES.match(rest[read[1]:]):
                        add(names, lead=True)
                        add(read[0])
                    else:
                        subject = []        # (A会同B监督、指导C落实…，对…实施…: the later verbs are C's)
                elif (lead := _LEAD.match(rest) or _DEFINES_LEAD.match(rest)):
                    add(names, lead=True)
                    tail = rest[lead.end():]
                    if read := _with(tail):
                        add(read[0])
                    add(_led(rest, lead.end()))
                    if not tail:        # (「A牵头，B、C＋verb」 without 由: as with it, round 34 — x210_04)
                        add(_partners_after(pieces, piece, tail))
                elif rest.startswith(("为", "作为", "是")) and (desig := _designates(rest)) \
                        and "牵头" in desig.group() and not any("各级" in n for n in names):
                    add(names, lead=True)   # (「A为…的牵头责任单位」: a designation as lead, Round 58 rulings x250_01)
                elif _does(rest, near=True, own=True) or _ON.match(rest) or on_organises(rest) \
                        or _DO_AFTER_RULE.match(rest) \
                        or _means_does(rest) \
                        or WILL_DO.match(rest) or organises_own(rest, pieces[pieces.index(piece) + 1:]) \
                        or (rest.startswith("为") and _designates(rest) or OF_WORK.match(rest)) \
                        or rest.startswith(("作为", "是")) and _DESIGNATION.match(rest) \
                        and not any("各级" in n for n in names) \
                        and not _PAYER.search("，".join(pieces[pieces.index(piece) + 1:])) \
                        or _ANSWERS.match(rest) \
                        or opened is not None and pieces.index(piece) == opened + 1 and _answers(piece) == "say":
                    # (各级政府: a level in general; a payer; the body's rule that answers the item's own case
                    # 「受托机构违规…的，A应当解除…」, Round 51 rulings)
                    add(names)
                elif (entrusts := _ENTRUSTS.match(rest)) and entrusted(rest, entrusts.end(), read_names):
                    add(names)      # (「A委托B组织…」: 由A委托B without 由 — A a doer, B not, round 35)
                    subject = []
                    continue
                elif not rest and piece is pieces[0]:
                    # (「区各行业主管部门，按照…，负责…」: the name alone, a rule, then its verb — round 35)
                    # (「A等部门，在各自的职责范围内依法对…实施…」: the comma changes nothing, as with 负责)
                    if _alone_does(pieces) or (any(map(organises, pieces[1:4])) or _ON.match("".join(pieces[1:2]))) \
                            and not re.search(re.escape(piece) + "[：:]", text):     # (not a unit-colon label)
                        add(names)
                    subject = []
                    continue
                elif help_ := _HELP.match(rest) or _HELP_NEAR.match(rest) or _HELP_WILL.match(rest) \
                        or _HELP_SERVED.match(rest):
                    # 「B配合A＋verb」: A by rule 2 only; B once the item has a doer, before or after (round 34)
                    partners, pat = read_names(rest, help_.end())
                    if partners and _does(rest[pat:], near=True):
                        add(partners)
                    if resp or not partners and help_.group().endswith("配合") \
                            and re.match(_HELP_WORK, rest[help_.end():]) \
                            or partners and _HELP_SERVED.match(rest) and re.match(_HELP_WORK, rest[pat:]) \
                            and not any(_REGULATED.search(n) for n in names):
                        add(names)      # (「A应当配合做好…工作」 with no partner: A a doer, round 44 early)
                    else:
                        pending += [n for n in names if n not in pending]
                elif any_verb and _GIVES_WORK.match(rest) and not _PIVOT_SUBJECT.match(rest) \
                        and not option_after_means(rest, pieces[pieces.index(piece) + 1:]) \
                        and not re.match(r"[^，,]{0,12}由", rest) and not _PAYER.search(piece) \
                        and not (rest.startswith(("作为", "是")) and _PAYER.search(
                            "，".join(pieces[pieces.index(piece) + 1:]))):  # (「…设施由A负责」 / a payer)
                    add(names)      # (under a 职责分工 heading: the subject of any verb of doing, round 34)
                elif any_verb and (pivot := _PIVOT_SUBJECT.match(rest)):
                    # (under it, 「A指导B开展…」: A and B, the body given the work, round 35)
                    add(names)
                    others, oat = read_names(rest, pivot.end())
                    if others and not pivot.group("oversight") and _GIVES_WORK.match(
                            re.sub(r"^在[^，,]{1,30}?[中内上]", "", rest[oat:])):
                        add(others)
                    subject = []
                elif not (_SUBJECT_ONLY.match(rest) or MEANS_OPEN.match(rest)) or _PIVOT_SUBJECT.match(rest):
                    subject = []        # (「A要督促B按照…，严格落实…」: the later verbs are B's)
                    withs = [] if _PIVOT_SUBJECT.match(rest) or _pivots(rest) else names
                    owner = [] if _pivots(rest) or piece is not pieces[0] or _SETS_UP_OWN.match(rest) else names
                    if withs and piece is pieces[0] and _PLAIN_WORK.match(rest):
                        weak = weak_carried = names     # (「A开展自查，…，落实整改措施」: the later 落实, round 34)
                if piece is pieces[0] and JOINED_DO.search(rest) and not (_PIVOT_SUBJECT.match(rest) or _pivots(rest)):
                    add(names)      # (「A应研究制定…并负责实施」: A the subject of the joined 负责, rule 2)
                if subject:
                    continue
            elif subject:
                # the subject's later clause: 「A是…的责任主体，负责…」 / 「A要…，会同B督促…」; after a pivot on a body
                # 「A…，督促指导B…，落实…」 the verbs are B's
                if OPTION.match(piece) or PERSONS_POSTED.match(piece):
                    subject = []        # (「A根据…，可开展…，委托B…」: the option reaches the later clauses, round 30;
                    continue            # 「…，村主任作为第一负责人，负责…」: persons with a subject of their own)
                if _pivots(piece):
                    # (… a later 「，联合／会同B＋verb」 is still the subject's: the pivot's object is steered, no
                    # partner of its own — Round 64 rulings, x200_04 第五条 「A…，督促B开展…，联合C做好…」)
                    withs, subject = subject, []
                    continue
                if (read := _with(piece)) is not None:
                    add(subject, lead=True)
                    add(read[0])
                    continue
                if lead := _LEAD.match(piece):
                    add(subject, lead=True)
                    add(_led(piece, lead.end()))    # (「A作为…，应牵头B协助开展…」: B with A, rule 2 — x206_02)
                    continue
                if (entrusts := _ENTRUSTS.match(piece)) and entrusted(piece, entrusts.end(), read_names):
                    add(subject)    # (「A根据需要，委托B负责…」: 由A委托B in a later clause — A a doer, round 35)
                    subject = []
                    continue
                if _SETS_UP_LATER.match(piece):     # (「A以…为单位，成立B，负责…」: B's 负责, round 41)
                    subject = owner = []
                    continue
                # (按标准落实… right after the subject's own clause 「A要根据《…》要求，按标准落实…」)
                if elided and COMPLIES.search(piece):
                    continue        # (「…。要…，认真落实…要求」: a call to comply, round 37)
                if _does(piece) or _DO_JOINED.match(piece) or FUNDS.match(piece) \
                        or _does(piece, near=True) and not LATER_CALL.search(piece) \
                        or _means_does(piece, listed=False) and not LATER_CALL.search(piece) \
                        or (_ON_LATER.match(piece) or on_organises(piece)) and pieces.index(piece) == said + 1 \
                        or any_verb and pieces.index(piece) == said + 1 and _GIVES_WORK.match(piece) \
                        and not _PAYER.search("，".join(pieces[said + 1:])) \
                        or (_DO_AFTER_RULE.match(piece) or bare and _does(piece, near=True)) \
                        and pieces.index(piece) == said + 1 \
                        or RULE_THEN.match(piece) or elided and ON_OBJECT.match(piece) or organises(piece) \
                        or LISTED_DO.match(piece) and not read_names(piece)[0] \
                        or _HELP.match(piece) and resp or _ANSWERS_FOR.match(piece) or _TAKES_WORK.match(piece) \
                        and not _SET_UP_BEFORE.search("，".join(pieces[:pieces.index(piece)])):
                    add(subject)
                    continue
            if owner and not names and _LATER_OWN.match(piece):
                add(owner)          # (「A指导…，负责…」: the subject carried inside its sentence to 负责, round 34)
                owner = []
                continue
            if weak and not names and _LATER_PUT.match(piece) and not (elided and COMPLIES.search(piece)):
                add(weak)
                weak = []
                continue
            if withs and not names and (read := _with(piece)) is not None and not _GUIDES.match(piece[read[1]:]):
                add(withs, lead=True)       # (「A深化…，会同B完善…」: 会同's subject is A, rule 2)
                add(read[0])
                continue
            designated, leading = _designated(piece)
            if designated:
                add(designated, lead=leading)
                continue
            for by in _BY.finditer(piece):
                agents, at = read_agents(piece, by.end())
                after = piece[at:]
                if agents and after.startswith("委托") and not after.startswith("委托的"):
                    add(agents)         # (由A委托B实施…: A does it; B, the object of the pivot, is no unit, round 33;
                    break               # not 「由A委托的B向…报备」: A inside the noun describing B, round 30)
                if not agents or not after and piece is pieces[-1] \
                        or _DESCRIBES.match(after) and not (not by.start() and _WORK_OF.match(after)) \
                        and not partner_described(after) \
                        or re.search(r"(?:成立|建立|组建|设立|构建|形成|健全|完善)$", piece[:by.start()]) \
                        or all(re.fullmatch(r"(?:有关|相关)单位", a) for a in agents) \
                        or POST.match(after) or any(_PERSON_IN.search(a) for a in agents) \
                        or _BY_KIND.search(piece[:by.start()]) \
                        or re.search(r"(?:仍|(?<![许认])可)$", piece[:by.start()]) \
                        or not by.start() and piece is pieces[0] and len(pieces) > 2 and _SET_UP_BY.match(after) \
                        and _DESCRIBED_NEXT.match(pieces[1]) is not None \
                        or not by.start() and piece is not pieces[0] \
                        and re.search(r"(?<!不)可(?:以)?(?:结合|根据|按照|依据|视)", pieces[pieces.index(piece) - 1]) \
                        or re.search(r"成员(?:单位)?(?:至少|主要|分别)?$", piece[:by.start()]) \
                        or _APPLIES.match(after) and not _FILED_THEN.match(after) \
                        or (review := _REVIEW_AFTER.match(after)) is not None and (
                            review["after"] and _SUBMITTED.search("，".join(pieces[:pieces.index(piece)]))
                            or review["plan"] and _PLAN_PAPERS.search(piece[:by.start()])) \
                        or _PAPERS_BY.search(piece[:by.start()]) and _HANDS_IN.match(after) \
                        or _PAYS.match(_paid(after, pieces, piece)) and not re.search(r"责任", after) \
                        and re.search(r"经费|费用|资金|成本|财政|补贴|款|预算|公积金|%", "".join(pieces)):
                    continue
                if (read := _with(after)) is not None:
                    if not _GUIDES.match(after[read[1]:]):
                        add(agents, lead=True)
                        add(read[0])
                elif LEAD_ROLE.match(after):
                    add(agents, lead=True)  # (由A、B作为…牵头单位, round 33)
                elif lead := _LEAD.match(after):
                    add(agents, lead=True)
                    add(_led(after, lead.end()) or (_with(after[lead.end():]) or _joined_with(after[lead.end():])
                                                    or ([], 0))[0])
                    add(_partners_after(pieces, piece, after[lead.end():]))
                elif not _GUIDES.match(after):
                    add(agents)
                break
    if resp:
        add(pending)            # (「B配合。A负责…」: 配合 needs a doer, wherever it stands, round 34)
        add(pivot_objects(every, read_names) if any_verb else [])     # (under a heading: 「B配合A开展」 both)
    for more, as_lead in later_doers(sentences, resp, read_names, read_agents):   # (联动／协同 partners, 承担…
        add(more, as_lead)      # 推进, a scope, a step, the subject carried: article_doers)
    # (a body the item sets up or designates is no unit of it, rule 3)
    made = [n for n in resp if re.search(_SET_UP.format(re.escape(n)), text)]
    return [n for n in leads if n not in made], [n for n in resp if n not in made]
