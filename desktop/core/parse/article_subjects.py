"""An article's doers under CONVENTIONS.md's round-44 ruling (decided): in rules written as articles (第X条), a
named body standing as the subject of the article's verb of doing 「区财政局根据…，将资金拨付到…」「市交通委应当对…进行
监督」 is a doer whatever the verb, as 「由A＋any verb of doing」 is (round 34); verbs of being or having (是, 有, 享有,
可以申请) name none. ``paragraph_subjects`` is the one reader of those subjects (``article_units``, duty_headings,
calls it per paragraph with its placed-name reader); the sentence reader
(``doer_units``) reads the doers of rule 2's forms 「A组织…」「A负责…」. Before the ruling an article whose subjects
the sentence reader did not read as doers named only the sentence reader's (round 37's closed list); now an article
names both, in the order the text prints them."""

from __future__ import annotations

import re
from collections.abc import Callable

from .doer_words import _MODAL_OPEN, BODY_KIND_END
from .role_subjects import ROLE_LIST, hands_over, role_subjects, sends_first
from .sentence_names import read_names
from .shared_heads import share_heads
from .units import split_units

# a bare kind a definition may name for all bodies 「单位」 (以下统称单位)
_BARE_KIND = re.compile(r"单位|企业|机构")


def subjects_and_doers(body: str, subjects: list[str], doers: list[str]) -> list[str]:
    """The article's opening subjects and the sentence reader's doers, each once, in the order the body first prints
    them (a name the body does not print as such — a split or joined name — keeps its place in its own list, after
    those it follows): 「各行业主管部门…组织开展项目评审…」「区发改委…组织批次审核…」「区财政局…拨付…」 →
    各行业主管部门, 区发改委, 区财政局."""
    merged: list[str] = []
    for name in [*subjects, *doers]:
        # (a bare kind a definition names 「单位」 (以下统称单位) is no part of a longer kind 「消防安全重点单位」: two
        # doers — Round 87's x323_04 第四十六条 reading, rounds 43, 48)
        # (… nor a kind printed apart from the longer name that holds it 「房屋产权人或项目建设单位要…。建设单位依法对…
        # 负首要责任」: each as printed, round 43 — Round 93's x343_02 第六条; nor a level's own name beside the levels
        # sharing its head 「市、区X部门…。由区X部门…」, each printed so: two names — round 43; Round 90's x329_04)
        if name not in merged and not any(name != m and (name in m or m in name) and not _BARE_KIND.fullmatch(
                min(name, m, key=len)) and not _apart(min(name, m, key=len), max(name, m, key=len), body)
                for m in merged):
            merged.append(name)
    where = {n: at if (at := body.find(n)) >= 0 else len(body) + i for i, n in enumerate(merged)}
    return sorted(merged, key=where.__getitem__)


def _apart(short: str, long: str, body: str) -> bool:
    """``short`` and ``long`` are two names though one holds the other: a kind printed on its own (``_kind_apart``)
    or a level printed beside the levels sharing its head (``_level_apart``)."""
    return _kind_apart(short, long, body) or _level_apart(short, long, body)


def _kind_apart(short: str, long: str, body: str) -> bool:
    """``short`` is printed in ``body`` as a sentence's subject outside every printing of ``long``, which is ``short``
    with a modifier before it 「项目建设单位」 (not a clause's word glued to it 「经A」「A联合B」: no name of
    its own)."""
    # (nor a place before the kind 「新区街道办事处」: the kind later names the same body again, w50d)
    return long.endswith(short) and not re.search(r"[经由对向在将把与和及会联]|[区市县镇乡省]$", long[:-len(short)]) \
        and re.search(rf"(?:^|[。；;\n]){re.escape(short)}", body.replace(long, "")) is not None


def _level_apart(short: str, shared: str, body: str) -> bool:
    """``short`` is a member of ``shared`` (levels sharing a head 「市、区X部门」) that ``body`` also prints on its
    own."""
    return "、" in shared and shared.endswith(short) and any(
        not body.startswith(shared, m.start() - len(shared) + len(short))
        for m in re.finditer(re.escape(short), body))


# a body named by its field and the word 部门/机构 「各级生态环境管理部门」「质量和安全监督管理部门」: a government
# department whatever its place prefix (各级 / 市 / none) — no regulated party 「建设单位」「设置人」 ends so; and the
# discipline bodies 「区各级纪检监察组织」 (监察, as 监察机构); an area's 管理委员会 「特定地区管理委员会」 and a
# body named by its office 「发证机关」「登记机关」 (an owners' 业主管理委员会 no body of government)
_DEPARTMENT = (r"(?:各级|区级|市级|[市区县镇])?[\u4e00-\u9fff]{2,22}?(?:部门|(?:监督|管理|执法|监察)机构|纪检监察组织|"
               r"(?<!业主)管理委员会|机关)")
# a department named by its kind of work alone 「管理部门」「主管部门」: which one the text does not say — no name alone
# a body's own short name in a list closed by 等部门 「发改处、规资处、建交中心等部门」
# (and the full names of a district's bureaus 「区政府办公室、区发展和改革委员会、公安嘉定分局…等部门，按照各自职责共同
# 做好…」: each a body, the list closed by 等部门 — round 35's separate heads)
_LISTED = r"[\u4e00-\u9fff]{1,12}?(?:委员会|办公室|处|局|委|办|中心|管委会)"
# after the rule's modal (doer_words' 「应当／应／要／须／必须…」, 应急／要素 no modal): a verb of doing, not an
# option or a verb of being or having (可以 / 是 / 有…权)
_NOT_DOING = re.compile(r"可以?|是|享有|具有|具备|拥有|有")
_BARE = re.compile(r"(?:各级|[市区县镇]级|[市区县镇])?(?:管理|主管|行政|职能|业务|监督管理|行政管理)?部门")
# levels or fields sharing one head 「市、区规划资源部门」「市公安、交通行政管理部门」: one name as printed (round 31)
_SHARED = r"[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,10})+(?:行政|管理|主管|执法)*部门"
# (and the body a plan's own rules name by its standing alone: its 管委会)
_OWN = r"管委会"
_DEPT_LIST = re.compile(rf"({_DEPARTMENT}(?:(?:、|和|及|与){_DEPARTMENT})*|{_LISTED}(?:、{_LISTED})+等部门|{_SHARED}|"
                        rf"{_OWN})")
# words of a verb or a clause, which no department's name holds (对违反…的有关单位 / 经审核批准的项目)
# (a name's own words that hold one of them name no verb: 应急管理部门, 举报奖励部门, 要素保障部门)
# (经 of 经济／经营 is a name's own word 「经济信息化部门」, x225_04; 组织 of the organ a planning law names by
# its office 「组织编制机关」, as 发证机关／登记机关 are named; 受 of the passive 「业务上受A监督和指导」: A
# supervises, rule 3, and the words before it no name — not 受托／受理)
# (an exception clause 「除A实施…的…外，…」 names no subject: 除 opens no name)
# (a pivot verb opening the clause 「A牵头，协调各职能部门加强…」: its object is no subject, round 30's pivot)
_NOT_A_NAME = re.compile(r"^除(?!四害)|^(?:协调|督促|指导(?!中心|站)|要求|责令|推动|动员)|"
                         r"[的对在由将按依为从以向把并可]|经(?!济|营)|(?<!举)报|同时|应(?!急)|要(?!素)|"
                         r"须|负责|"
                         r"组织(?!$|编制机关$)|受(?!托|理)|开展|会同|配合|协助|涉及|包括|包含|"
                         r"根据|加强|做好|有关|相关|其他")
# 「相关行业主管部门」「有关行政管理部门」: the departments of a field the rule names — a kind, read as its field names
# it (round 33); 「相关部门」「有关主管部门」 name no field (``_BARE``) — but with 各 before it
# 「各相关行政管理部门应…」 the group of bodies the rule addresses, each of them, is a doer by the article's verb
# (round 58's 各有关部门, a kind)
_CONCERNED = re.compile(r"^各?(?:相关|有关)(?=[\u4e00-\u9fff]{2,}部门$)")
# what the subject does: a rule's modal and a verb of doing, or a verb of doing with no modal
# 「各级建设管理部门依法加强…」「管委会根据实际需要研究制定…」「区房屋管理部门受理申请后，应当…」 — after a step or a
# time of its own (…后 / 在…时) and a rule it follows (依法 / 按照… / 根据…，); no case 「…未履行职责的」, no
# topic 「…的职责」
# (… or the penalty the rules' own body imposes after a breach 「…的，A没收…，并处罚款」「A责令…」: a doer in articles,
# Round 77's x299_04 第二十八条)
_VERBS = (r"(?:加强|研究|制定|开展|组织|实施|落实|推进|推动|做好|建立|完善|探索|进行|实行|审核|审批|审查|监督|"
          # (not the head of an office's name 「A办理机构」「A受理窗口」: the name goes on, no verb)
          r"检查|抽查|指导|协调|督促|受理(?!机构|窗口)|办理(?!机构|窗口)|核查|核对|核实|核验|查处|拨付|下达|编制|测算|"
          r"发布|提前告知|告知|把关|出具|组建|"
          r"设立|没收|责令|处以|吊销|邀请(?=[^，,。；;]{1,12}?对)|将(?!于|来|要|会|有|其|该|本))")
# a department or agency named by its field 「规划和自然资源部门」「工程质量监督机构」: a body of government whatever
# its level, read in a later sentence of an article as a placed department is (round 44: a named body as the subject of
# the article's verb of doing) — not a manager of a fund or a project 「基金管理机构」「项目管理机构」 (a party)
_AGENCY = re.compile(rf"(?!.*管理机构$){_DEPARTMENT}")
_LEVELLED = re.compile(r"各级|[市区县镇]级?|各[区县镇]|[\u4e00-\u9fff]{1,8}?(?:区|市|县|镇)")
# (a step opened by 在 may hold a 的-phrase 「在收到建设单位提交的书面报告后，」「在受理之日起三个工作日内」)
# (… or a step before which 「A在会商前，对…进行核定」: 在…前 says when, round 59 — p59b; or the course of work it
# acts in 「A在…建设和使用过程中，应当遵守…」: when, as 在…时 — the subject still the modal's; its own finding
# 「A发现…的，应及时核查」 — the case A's, the response A's work, no breach of A's, and what it finds in that course
# 「A在履行职责过程中发现…，应当…采集…」, p66a, or its own decision 「A根据…，决定将其列入…的，应当制作…」 (a
# decision of its own, not on a party's application: Round 77's x299_04 第二十八条, p66a); its rhythm 「A每年抽查…」)
_STEP = r"(?:(?:在[^，,。；;]{1,30}?|[^，,。；;的]{1,16}?)(?:后|时|内)[，,]?|" \
    r"在[^，,。；;]{1,30}?过程中(?:发现[^，,。；;的]{1,40}?)?[，,]|" \
    r"(?:接到|收到|接获)[^，,。；;]{1,30}?后[，,]?|" \
    r"发现[^。；;]{1,60}?的[，,]|" \
    r"(?:可以|依法)?(?:认定|查实|查明)[^。；;]{1,40}?的[，,](?:除[^，,。；;]{1,20}?外[，,])?|" \
    r"(?:(?:根据|依据|按照)[^，,。；;]{1,40}?[，,])?决定[^。；;]{1,60}?的[，,]|" \
    r"(?:每(?:年度?|季度?|半年|月)(?:[\u4e00-\u9fff、]{1,8}?(?:两季|季度?|月份?|月末|月底|年末|年底)[，,]?)?|" \
    r"不?定期)|" \
    r"在[^，,。；;]{1,20}?之?前[，,]?|" \
    r"在[^，,。；;在]{1,16}?(?:的)?(?:统一)?(?:指导|领导|监督|统筹|协调)下[，,]?|" \
    r"通过[^，,。；;]{2,24}?(?:平台|系统|网站|数据库|机制|渠道|方式)[，,]?|" \
    r"作为[^，,。；;]{2,30}?(?:部门|机构|机关|单位)[，,]){0,2}"      # (… or the role it acts in 「A作为…部门，应当…」)
# (… or the means it works through 「A通过X信息平台，加强…监管」: a means before its verb, as the sentence reader's
# MEANS_OPEN — round 44's subject of the verb of doing)
# the modal of a rule 「应当／应／须／必须」 after a later sentence's unlevelled department (not a plan's 要), a step
# before it
_RULE_MODAL = re.compile(rf"{_STEP}(?:应当?(?!急)|须|必须)")
# (an opinion given in an approval 「A应对…提出意见」 is no work of A's, rule 3 — unless the clause goes on with
# work of A's own 「A应对巡查的频率提出指导意见，并加强监督检查」: a guide that also supervises is a doer, Round 57
# rulings on x254_02 第十四条, round 55)
# (「应当具备」 not read as 应 then 当具备: the modal's own second character is no verb)
_MODAL_DOING = (rf"{_MODAL_OPEN.pattern.lstrip('^')}(?!当?(?:{_NOT_DOING.pattern}))"
                rf"(?![^，,。；;]{{0,40}}?提出[^，,。；;]{{0,10}}?意见(?![，,]并{_VERBS}))"
                # (… nor an opinion a consulted body feeds back, the clause's whole verb 「B应在收到征求意见函之日起
                # 1个工作日内反馈意见」: a step of the approval that consults it — Round 91's turned x340_04 第十七条,
                # p66a; not the opinions as a thing it handles 「将…作为反馈意见」「将…反馈的意见…整理汇总」)
                r"(?![^，,。；;]{0,40}?(?<!作为)(?:反馈|回复)(?:书面)?意见(?=[。；;，,]|$))"
                # (nor a guide alone 「A应当给予指导」「A应当予以业务指导」: rule 3's guide, in articles
                # too — Round 83's x311_02 第十条)
                r"(?!当?(?:给予|予以)[\u4e00-\u9fff]{0,4}?指导(?=[。；;，,]|$))")
_RULED = re.compile(rf"{_STEP}{_MODAL_DOING}")
# a body issuing a paper to the party the case names 「…符合条件的，A向其发放…证明」「A为其办理…手续」: a verb of doing
# on things (round 50: 发放 of things is work) — not money 「向其发放补贴」 (a payer, round 48)
_ISSUES = (r"(?:向|为)(?:其|申请人|申请家庭|当事人)(?:发放|核发|出具|办理)"
           r"(?![^，,。；;]{0,12}?(?:补贴|补助|经费|奖励|津贴|费用|金|款)(?:发放|支付|拨付|兑付)?(?=[，,。；;、（(等]|$))")
# (rv56 F2, F3: money by the object's own last word 「临时救助金」「一次性慰问金」 — a money word inside a paper's or
# procedure's name 「租赁补贴申领手续」「补贴资格确认书」 is no money: the body does that work)
# (the rule it follows: 依法, 依职责 「A、B、C依职责进行监督检查」, 按…规定 「A按…规定对…进行审核后」, x221_02, x224_01)
_DOING = re.compile(rf"{_STEP}(?:[，,]?(?:依法|依规|依(?:各自)?职责|"
                    rf"(?:遵循|按照|根据|依据|依照)[^。；;]{{1,40}}?[，,]?|按[^，,。；;]{{1,30}}?(?:规定|要求|标准|程序)))?"
                    rf"(?:{_MODAL_DOING}|(?:(?:共同|分别)?对[^，,。；;]{{1,40}}?)?(?:共同|分别)?{_VERBS}(?!的)|{_ISSUES})")
# a later sentence's verb of doing with no modal: 履行…职责／职能, or 对… then a means 「采用…原则」 and 进行＋work
# (… or a step before which, then 对…进行＋work 「区规划资源部门在会商前，对项目规划和用地条件进行核定」: round 44's
# verb of doing, the step saying when — round 59, p59b)
_LATER_DOING = re.compile(r"(?:依法|依(?:各自)?职责)?(?:履行[^，,。；;]{1,16}?(?:职责|职能)|"
                          r"对[^，,。；;]{1,30}?(?:采用|采取|按照|依据)[^，,。；;]{1,20}?进行|"
                          # (… or the rule it follows, then 进行＋work 「区X中心根据…需求进行分配、安置」)
                          r"(?:根据|按照|依据|依照)[^，,。；;]{1,30}?进行(?!审核|审查|审批|核查|复核)[\u4e00-\u9fff]{2}|"
                          # (… or the rule it follows, then a verb of doing 「市X局根据年度计划测算资金」
                          # 「市X委按照…要求编制预算」: round 44, any verb of doing — no review 「复审」)
                          rf"(?:根据|按照|依据|依照)[^，,。；;]{{1,40}}?{_VERBS}"
                          r"(?![^，,。；;]{0,4}?(?:审核|审查|审批|核查|复核|复审|初审))|"
                          r"在[^，,。；;]{1,20}?之?前[，,]对[^，,。；;]{1,30}?进行[\u4e00-\u9fff]{2}|"
                          # (… or its duties as the rule it follows 「市、区各条线部门按职责做好…监管工作」: round 44's
                          # verb of doing, as after 根据／按照)
                          rf"按(?:照)?(?:各自)?(?:的)?职责(?:分工)?[，,]?{_VERBS}|"
                          # (… or what it works with, then its own verb 「A结合…建设，加快推进…」: a manner, as a rule
                          # it follows — round 44's verb of doing; not money alone 「…，协调做好资金保障工作」, a
                          # payer's act, Round 83's x311_01 第七条)
                          rf"结合[^。；;]{{1,40}}?[，,](?:加快|积极|全力|持续|大力|稳步)?{_VERBS}"
                          r"(?![^，,。；;]{0,8}?(?:资金|经费)(?:保障|支持))|"
                          # (… or the guidance it works under, then its own verb 「市国动办在A的指导下，制定…」:
                          # rule 3's guide names A none, the subject its verb's doer — round 44; round 59)
                          r"在[^，,。；;在]{1,16}?的?(?:统一)?(?:指导|领导|监督)下[，,]?"
                          r"(?:制定|组织|负责|开展|实施|落实|编制))")
# a run-in heading that opens a paragraph 「咨询评估机构的选择。」: a short noun phrase, no verb or clause of its own
# (… or a step's short name over an article's item 「公布文件。」「专家评审。」「结果公布。」, x225_02 第七条)
# (… or the regime an article sets up, named as its first sentence 「实行X定期检查。」 before the work it gives: the
# name of the regime, no verb of a body's — the sentence after it opens the paragraph)
_RUN_IN = re.compile(r"^(?:[\u4e00-\u9fff]{2,14}的[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,6}|"
                     r"实行[\u4e00-\u9fff（）()]{4,30}(?:检查|检验|监测|管理|制度))。")
# a role-like kind after the words that describe it 「应急抢险救灾工程的建设单位应当…」
# 「被要求暂停业务办理的受托机构应当…」「获得项目开发权的投资主体应…」: the name after the last 的 (round 34's
# 的-rule) — not the object of a preposition 「对…的施工单位」 nor of a pivot 「…委托具备资质的设计单位编制…」
# 「选择具有…能力的评估机构对…进行评估」 (the pivot's subject does the work, round 30)
# (… nor a predicate whose subject is left unsaid 「…的事项，应当至…所在地的区登记事务机构办理」: a modal or where a
# party goes opens it, and the office after 的 is the place of the party's step, no subject — round 59's 到A办理)
# (… nor a back-reference 「前款规定的建筑所有权人应当…」: the party named before, round 38's back-reference adds none)
_DESCRIBED_ROLE = re.compile(r"(?![对向由经在将把为与给按依根从])(?!(?:应当?|须|必须)?(?:至|到|赴|前往))"
                             r"(?!前款|前述|上述|本条)"
                             r"(?:(?!委托|委派|选择|选定|选聘|聘请|确定|指定|引入|(?<!被)要求|督促|组织|通知|责令|会同)"
                             r"[^，,。；;]){1,30}?的(?=[\u4e00-\u9fff])")
# a review of a party's submission 「镇人民政府在办理…审批时，应加强对以上资料的审核」「应当对申请材料进行审查」:
# rule 3's approver's step, in articles too (Round 57 rulings on x254_02 第九条; round 51 p47c) — no doer by it
# (… and a second check 复核 of what is filed 「A对上报的失信信息和相应证明材料进行复核」: Round 77 on x302_05 第六条)
_REVIEWS = re.compile(r"(?:[^，,。；;]{1,30}?时[，,])?[^，,。；;]{0,30}?"
                      r"(?:(?:材料|资料|申请|申报)[^，,。；;]{0,8}?(?:审核|审查|核查|复核)|"
                      r"(?:审核|审查|核查|复核)[^，,。；;]{0,10}?(?:材料|资料|申请|申报)|"
                      # (… or the approval an application awaits, completed or decided 「A应当在…之日起30日内完成审批」
                      # 「A对…申请作出审批决定」: the approver's step, no work of its own — Round 85's x321_02)
                      r"[^，,。；;]{0,30}?(?:完成|作出|做出)(?:审批|审核|审查)(?:决定)?(?=[，,。；;]|$))")
# the approval alone as the subject's whole clause 「A应当在…内完成审批，…」 (``_REVIEWS``' last form); after a
# clause, the agent's decision too 「…审议后，由A对…申请作出审批决定」 (Round 85's x317_03 第九条（一） form) — a
# subject deciding within a time 「A应当自受理…之日起三十日内作出审批决定」 stays read (x240_04 第二十四条)
_APPROVES = re.compile(r"[^，,。；;]{0,60}?完成(?:审批|审核|审查)(?=[，,。；;]|$)")
# the review of an application counted from receiving it 「A应当自受理申请之日起5个工作日内进行审核」: the approver's
# step (rule 3; Round 85's x321_02), no doer by it — not a decision within that time 「…之日起三十日内作出审批决定」
# (x240_04 第二十四条), nor other work 「…之日起5日内进行现场检查」
_REVIEW_FROM = re.compile(r"(?:应当?|须|必须)?自受理(?:申请|申报)?之日起[^，,。；;]{1,12}?(?:进行|完成)?(?:审核|审查)"
                          r"(?=[，,。；;]|$)")
_DECIDES = re.compile(r"[^，,。；;]{0,60}?(?:完成|作出|做出)(?:(?:审批|审核|审查)(?:决定)?|"
                      # (… or the permit granted or refused 「A应当依法作出准予行政许可的书面决定」: the same
                      # decision on the party's application — Round 85's x321_02; Round 94's turned x240_04)
                      r"(?:准予|不予|不准予)(?:行政)?许可的?(?:书面)?决定)(?=[，,。；;]|$)")
# a clause of time or step before a later subject 「每年10月底前，市财政局…」「受理后，区X局…」
_TIME_BEFORE = re.compile(r"(?:前|后|内|时|起|期间)[，,]$")
# a topic the sentence opens with 「对于申请新增业务办理网点的，市公积金中心应当…」「对于已受理的异地贷款申请，…」 (the
# matters the body acts on, no case of breach: the article's own work, round 42)
# (… or 对 alone 「对未按照要求备案的权属人，市、区民防办依据…实施行政处罚」: the party the body
# acts on, a topic — Round 81 on x305_03 第十一条)
_TOPIC_BEFORE = re.compile(r"(?:^|[。；;])对于?[^，,。；;]{1,40}?[，,]$")
# a case the article's own clause answers 「职工以欺骗手段…提取…的，市公积金中心应当责令…」: the placed
# body after it is the subject of the article's work (round 44, decided; round 30: the response to the
# article's case is its work) — not a contingency 「确需调整的」「如需…的」「发生…的」 (rule 3)
_CASE_BEFORE = re.compile(r"(?:^|[。；;])(?!确需|确有|如需|如|若|发生|遇到|遇有|出现)[^。；;]{1,80}?的[，,]$"
                          # (… or a breach its subject commits, the 的 left off 「A场所发生逃避…、不规范…等行为，B对…」:
                          # the same case as 「…等行为的，」 — a party's 行为, no contingency)
                          r"|(?:^|[。；;])[^。；;，,的]{2,30}?(?:发生|存在|有)[^。；;，,]{1,60}?"
                          r"(?:违法|违规)?行为[，,]$")
# the work that answers such a case chained on after the body's first clause 「…的，B对…按…计入…，告知C，并予以
# 通报批评」: the body's verb of doing in a later clause of the same sentence (round 30: the response to the case is
# its work)
_CHAINED_DOING = re.compile(rf"[^。；;]*?[，,](?:并|并且|同时)?(?:依法)?"
                            rf"(?:{_VERBS}|予以[\u4e00-\u9fff]{{2,6}}(?=[，,。；;]|$))")
# the basis a sentence opens with 「按照…总体部署，市X局制定…」「根据…规定，A应当…」: the rule the body works by, the
# placed body after it the subject of the article's verb of doing (round 44, decided) as after a time or a topic
_BASIS_BEFORE = re.compile(r"(?:^|[。；;])(?:按照|根据|依据|依照|遵照)[^，,。；;]{1,40}?[，,]$")




# a case the opening bodies are the subject of 「A、B在…过程中未按照协议约定提供…服务的，相关部门…可以…」: a breach
# another body answers, no work of theirs (rule 3's cases; x307_04 第十三条)
# (… or a complaint about them 「A在招投标过程中存在违法违规情况的投诉，B应当受理」: a breach B answers, A no
# doer; or their dispute 「A对管辖发生争议的，应当共同报请B指定…」: a case B decides, A's step a sending)
# (… or its own other word that prevails 「市、区人民政府对应由其组织调查的个案另有指令的，执行其指令」: a case, the
# instruction A gives elsewhere — rule 3; Round 97's x353_02 第八条)
_CASE_OF = re.compile(r"(?!发现)[^，,。；;]{0,40}?(?:(?:未|不|没有|拒不|违反|存在违法|存在违规)[^，,。；;]{1,40}?"
                      r"|(?:发生|存在|产生)(?:争议|纠纷|分歧)|另有(?:指令|规定|决定|安排))的(?:投诉|举报)?[，,]")


# a case named by the work done on it, opening the paragraph 「市、区人民政府组织调查的燃气事故，…」
# 「由A组织调查的事故，…」: the bodies inside the noun's description, no subject (round 30; Round 97's x353_02
# 第十二条, as the sentence reader's 由A组织调查的)
_WORKED_CASE = re.compile(r"(?:组织|负责)?(?:调查|处理|查处)的[\u4e00-\u9fff]{1,10}[，,]")


# a body's act described inside a case that ends the clause 「A实施的许可行为违反有关规定的，」: a breach another body
# answers, A no subject of the sentence (rule 3's cases, as ``_CASE_OF``)
_IN_CASE = re.compile(r"[^，,。；;]{0,30}?的[^，,。；;]{0,30}?(?:未|不|没有|拒不|违反|违规|违法|存在违法|存在违规)"
                      r"[^，,。；;]{1,40}?的[，,]")


# a co-signing 「A与B签订…」「A应当与B签订…」: inside articles A is a doer and B a co-signatory read like 会同 —
# responsible A, B (Round 48 rulings, governs; x229_02 第八条, x232_03 第十二条); a B who is a person or the public
# 「借款人」「原土地使用权人」 adds none (Round 49 on x239_02 第七条)
_COSIGN = re.compile(r"(?:应当?|须|必须)?(?:共同)?与(?P<other>[^，,。；;与]{2,40}?)(?:应当?|须|必须)?"
                     r"(?:共同|另行|依法|通过)?(?:签订|签署)")
# (… or 「A及B双方签订…」: the two parties joined, 双方 an apposition naming no third — Round 93's x343_01 第十三条)
_BOTH_SIGN = re.compile(r"(?:及|和)(?P<other>[^，,。；;与及和]{2,40}?)双方(?:应当?|须|必须)?(?:共同|另行|依法|通过)?"
                        r"(?:签订|签署)")


def _cosigners(text: str, at: int, aliases: set[str], placed: Callable[[str, set[str]], list[str]]) -> list[str]:
    """The parties of a co-signing that ``text`` opens at ``at`` (``_COSIGN`` after a body or a role-like kind), or
    []."""
    clause = re.match(r"[^，,。；;]*", text[at:]).group()    # type: ignore[union-attr]
    sign = _COSIGN.search(clause) or _BOTH_SIGN.search(clause)
    if sign is None or sign.start() < 2:
        return []
    # (a 的-phrase describing the first party 「经确定的评估机构应当与A签订…」: the name after the last 的, round 32,
    # as for the other side — not the object of a preposition 「对…的」「由…的」)
    head = clause[:sign.start()]
    first = _party(head.rsplit("的", 1)[-1] if not re.match(r"[由对向将在按依把为从]", head) else head,
                   aliases, placed)
    if not first:
        return []
    # (a holder of a right or an owner on the other side 「A与原土地使用权人签订补偿协议」「建设单位与业主签订…」: the
    # public the rule deals with, no co-signatory — Round 49 on x239_02 第七条, as 借款人)
    return first + [n for n in _party(sign.group("other").rsplit("的", 1)[-1], aliases, placed)
                    if n not in first and not _HOLDER.search(n)]


_HOLDER = re.compile(r"(?:(?:使用权|所有权|产权)人|业主)$")


def _party(name: str, aliases: set[str], placed: Callable[[str, set[str]], list[str]]) -> list[str]:
    """``name`` read whole as a role-like kind 「总承包单位」 or the placed bodies 「区规划资源局」, or []."""
    if ROLE_LIST.fullmatch(name):
        return [n for n in re.split(r"(?<!建设|施工|监理|设计|勘察)、|和|及", name) if n]
    names = placed(name + "应当", aliases)
    # (「区A部门或者乡（镇）人民政府应当与B签订…」: either body, both doers — round 49's 或者)
    return names if names and "、".join(names) in (name, re.sub(r"或者?", "、", name)) else []


# a regulated party named by its kind 「单位」「缴存单位」「受托银行」, whose own filings, sendings and payments name no
# doer (Round 54 rulings, r48b) — not a body of government drawing up and sending its plan (round 46)
_PARTY_KIND = re.compile(r"(?:单位|企业|公司|银行|机构)$")


def paragraph_subjects(paragraph: str, aliases: set[str], placed: Callable[[str, set[str]], list[str]],
                       opening: bool = True) -> list[str]:
    """The doers a paragraph of an article names as the subjects of its verbs of doing (round 44, decided): the placed
    names it opens with (``placed``, opening_subjects' ``opening_subject``, where ``opening``; after a run-in heading
    「咨询评估机构的选择。」 too), then, in each of its other sentences (each one, where it opens with none), the
    first subject of a verb of doing at the sentence's start or after a clause 「对…，」「每年10月底前，」 — a
    department 「各级生态环境管理部门应当严格把关」「各级财政部门和主管部门要加强…」, a list closed by 等部门
    「发改处、规资处、建交中心等部门应当加强…」, a placed body after a clause 「…，市财政局按照…提前告知…」. A
    regulated party 「建设单位应当…」, a person, an option 「A可以…」, a verb of being or having, a case 「A未…的」 or a
    topic 「A的职责」 names none."""
    out: list[str] = []
    if opening and (names := placed(paragraph, aliases)) and not any(
            p.match(paragraph, after := paragraph.find(names[-1]) + len(names[-1]))
            for p in (_CASE_OF, _APPROVES, _REVIEW_FROM, _WORKED_CASE)) and not (
            all(_PARTY_KIND.search(n) for n in names) and hands_over(paragraph, after)
            or sends_first(paragraph, after)):
        out = list(names)       # (not a party's own filing 「单位在办理…时应当提供…材料」: rule 3's step, round 54;
        # nor any body's sending to inform 「A应当每年向B报告…情况」: Round 55 rulings on x248_01 第八条, rounds 46, 48;
        # a payer 「A应当将…经费纳入本级财政预算」, x248_03 第八条)
    # (a run-in heading 「咨询评估机构的选择。区发展改革委通过…确定…」: the sentence after it opens the paragraph)
    heading = _RUN_IN.match(paragraph)
    opens_at = heading.end() if heading else 0
    for sentence in re.finditer(r"[^。；;\n]+", paragraph):
        # (the placed names the paragraph opens with; a later sentence's are read on, and a later clause of the
        # first sentence with a subject and a rule's modal of its own 「A应当加强…，B、C等部门应当根据各自职责，
        # 加强…」 — round 44, decided: the subject of the article's verb of doing, wherever it stands)
        first = bool(out) and sentence.start() == 0
        # (a verb of doing with no modal in the paragraph's first sentence; a later one's subject is read with the
        # rule's modal 「区级财政部门应将…」)
        # (… or, at a later sentence's own start, a verb of doing after a rule 「区财政局对…采用…原则进行…评价」
        # 「；区财政局履行投资监督职责」: an article states who does what, round 44 — the name placed, below)
        doing = _DOING if not out and sentence.start() in (0, opens_at) else _RULED
        later = _LATER_DOING if sentence.start() > 0 else None
        # (a later sentence's department is read where its place or level is named 「区级财政部门应将…」: a field's
        # department alone 「教育行政部门要参与…」 in a list of duties by field stays the sentence reader's)
        placed_only = sentence.start() > 0 or first
        if heading and sentence.start() == opens_at and not out:
            if opening and (names := placed(paragraph[opens_at:], aliases)):
                out.extend(names)       # (as the placed names a paragraph opens with, above)
                continue
        starts = (sentence.start(), *(m.end() for m in re.finditer(r"[，,：:]", sentence.group())
                                      if m.end() < len(sentence.group())))
        for at in starts[1:] if first else starts:
            at = at if at == sentence.start() else sentence.start() + at
            if _GOES_TO.match(paragraph, at):
                continue            # (「…，到A办理…」: where a party goes, no subject — round 59)
            if joined := _JOINING.match(paragraph, at):
                at = joined.end()   # (「同时建设单位应…」: a joining word before the subject, no part of its name)
            if signers := _cosigners(paragraph, at, aliases, placed):
                out.extend(n for n in signers if n not in out)
                break
            names = _subject_at(paragraph, at, aliases, placed, doing)
            if not names and later is not None and at == sentence.start() \
                    and (got := placed(paragraph[at:], aliases)) and _named(got) \
                    and all(_LEVELLED.match(n) for n in got) and (end := paragraph.find(got[-1], at)) >= 0 \
                    and (later.match(paragraph, end + len(got[-1])) or _RULED.match(paragraph, end + len(got[-1]))
                         and not sends_first(paragraph, end + len(got[-1]))
                         and not _REVIEWS.match(paragraph, end + len(got[-1]))):
                names = got
            if names and first and not all(_LEVELLED.match(n) for n in names):
                names = []          # (「A…，生态环境部门应当…」: a field's name in A's own sentence names A again)
            if names and placed_only and not all(_LEVELLED.match(n) or _AGENCY.fullmatch(n) for n in names):
                names = []          # (a later sentence's name with no level: read as a role below, if it is one)
            elif names and placed_only and not all(_LEVELLED.match(n) for n in names) and not _RULE_MODAL.match(
                    paragraph, paragraph.find(names[-1], at) + len(names[-1])):
                names = []          # (「教育行政部门要参与…」: a plan's call by field with 要, no rule's 应当)
            elif names and placed_only and not all(_LEVELLED.match(n) for n in names) \
                    and hands_over(paragraph, paragraph.find(names[-1], at) + len(names[-1])):
                names = []          # (an agency that only reports or files 「基金管理机构应定期向…报告」: rule 3)
            # (a role-like kind 「监理单位应当将…纳入…」 in any sentence: Round 47, q44c — also where the document
            # defines it as a short name 「受托机构」, read by the placed reader first)
            if not names and not first and not _CONTINGENCY.match(paragraph, sentence.start()) \
                    and (names := role_subjects(paragraph, at, _charged(doing))
                              or _described_role(paragraph, at, _charged(doing))):
                if (end := paragraph.find(names[-1], at)) >= 0 and _DECIDES.match(paragraph, end + len(names[-1])):
                    continue        # (「…的，A应当依法作出准予行政许可的书面决定」: the decision names none, as above)
                out.extend(n for n in names if n not in out)
                # (a later clause of the sentence opening with another party and a rule's modal of its own
                # 「施工单位应对…进行报验，监理单位应对…进行…检验签证」: both doers, round 44 — as the first sentence's)
                # (… or a department after the role's own clause 「设置者应当…通知A，A应当对…进行监督管理」, x113_01)
                for more in (role_subjects(paragraph, sentence.start() + b, _RULED)
                             or _subject_at(paragraph, sentence.start() + b, aliases, placed, _RULED)
                             for b in starts[1:] if sentence.start() + b > at):
                    out.extend(n for n in more if n not in out)
                break
            if names and (end := paragraph.find(names[-1], at)) >= 0 \
                    and sends_first(paragraph, end + len(names[-1])):
                break               # (a sending or a payer, as for the placed names above)
            if names and (end := paragraph.find(names[-1], at)) >= 0 and (
                    _IN_CASE.match(paragraph, end + len(names[-1]))          # (「A实施的…行为违反…规定的，B可责令…」:
                    or _REVIEW_FROM.match(paragraph, end + len(names[-1]))):  # A inside the case B answers; 「A应当自
                continue            # 受理申请之日起…进行审核」: the approver's step — rule 3)
            if names:
                out.extend(n for n in names if n not in out)
                break
    return out


# a sentence that opens with a contingency 「确因非种植季节原因需延时…的，建设单位在交房时须…」: the party's act only
# if it arises, no doer of the article's work (rule 3's cases, as ``_CASE_BEFORE`` leaves 确需／如需 out)
_CONTINGENCY = re.compile(r"(?:确因|确需|确有|如因|如需)[^。；;]{0,60}?的[，,]")


_CHARGED = {d: re.compile(rf"(?:{d.pattern})|(?:具体)?负责(?!人)") for d in (_DOING, _RULED)}
_PLAIN = re.compile(rf"(?:于[^，,。；;]{{1,12}}?(?:前|后|内))?(?:{_VERBS}|完成|汇总)")


def plain_verb_at(text: str, at: int) -> bool:
    """A verb of doing stands at ``at`` with nothing before it 「市X委制定…标准」 but the time it is done by
    「A、B等相关单位于3月底前完成…」 (no modal, no rule first)."""
    return _PLAIN.match(text, at) is not None


def _charged(doing: re.Pattern[str]) -> re.Pattern[str]:
    """``doing`` or a party's 负责＋work 「项目委托方负责项目验收」: rule 2's 负责, the party read by the role reader as
    the sentence reader reads a body's (round 44's subject; a party named by its side, Round 62)."""
    return _CHARGED[doing]


# a body named by whom it acts for 「赔偿权利人指定的部门或机关应当…」「A所委托的机构应当…」: the kind after the last
# 的 (round 32; round 38 「所委托的机构」→机构), 或 joining two alternative doers (round 30; Round 49 rulings on
# x229_03: [部门, 机关], each a kind) — 指定／委托 right before 的 describe the body, no pivot whose object it is
_DESIGNATED_KIND = re.compile(r"(?![对向由经在将把为与给按依根从])[^，,。；;的]{1,20}?(?:及其|所)?(?:指定|委托)的"
                              r"(?P<kind>(?:部门|机关|机构)(?:或者?(?:部门|机关|机构))?)")


def _described_role(text: str, at: int, doing: re.Pattern[str]) -> list[str]:
    """A role-like kind after the words that describe it 「…工程的建设单位应当…」 (``_DESCRIBED_ROLE``), or a kind
    named by whom it acts for 「赔偿权利人指定的部门或机关应当…」 (``_DESIGNATED_KIND``), or []."""
    if (named := _DESIGNATED_KIND.match(text, at)) and doing.match(text, named.end()) \
            and not hands_over(text, named.end()):
        return re.split(r"或者?", named.group("kind"))
    if (pair := _OR_ITS.match(text, at)) and doing.match(text, pair.end()) and not hands_over(text, pair.end()) \
            and BODY_KIND_END.search(pair.group(1)) \
            and (BODY_KIND_END.search(pair.group(2)) or ROLE_LIST.fullmatch(pair.group(2))):
        # (「A或其授权的B应…」: A and B, the name after the 的 — round 30's 由A或B; a bare head 单位 「或其委托的单位」
        # is a call, Round 81's x310_03 第十条: A alone)
        return [n for n in pair.groups() if n != "单位"]
    if (dept := _DESCRIBED_DEPARTMENT.match(text, at)) and doing.match(text, dept.end()) \
            and not hands_over(text, dept.end()):
        return [dept.group("kind")]
    if (own := _OWN_ACTIVITY.match(text, at)) and doing.match(text, own.end()) and not hands_over(text, own.end()):
        owners, length = read_names(own.group("bodies"))
        if owners and length == len(own.group("bodies")) and all(BODY_KIND_END.search(n) for n in owners):
            return owners
    kind = _DESCRIBED_ROLE.match(text, at)
    if kind is None:
        return []
    got = role_subjects(text, kind.end(), doing)
    # (「A、B以及C、D等区域的管理机构应当…」: the bodies listed before 以及 are subjects of their own, the 的-phrase
    # describing only what follows it — as 「A和经授权的B」, round 34)
    listed, _, _rest = kind.group().partition("以及")
    if got and listed and (names := read_names(listed))[0] and names[1] == len(listed):
        return [*names[0], *got]
    # (「物业服务企业和人员密集场所的经营、管理单位，应当…」: a whole party kind before 和 is a subject of its own, the
    # 的-phrase describing only what follows it — as before 以及)
    listed, _, _rest = kind.group().partition("和")
    if got and listed and ROLE_LIST.fullmatch(listed):
        return [listed, *got]
    return got


# a body or the one it authorises 「区属企业或其授权的子企业应…」 (round 30's 「由A或B…」: both doers)
_NOT_PREPOSITION = r"(?![对向由经在将把为与给按依根从])"     # (a subject, not a clause a preposition opens)
# (… or 「A及其委托的B应当…」: A and the agent it commissions both bound by the rule, each a doer — round 44; the
# agent a party by role too 「业主委员会及其委托的物业服务企业」)
_OR_ITS = re.compile(_NOT_PREPOSITION + r"([^，,。；;或的]{2,20}?)(?:或者?|及)其(?:授权|委托|指定|所属)的"
                     r"([\u4e00-\u9fff]{2,10}?)(?=应当|应(?!急)|须|必须)")
# a field's department described by the work it does in the rules 「申报统计核销的应急管理部门应当…公开」: the kind
# after the last 的 (round 32's 的-rule), a doer of its verb of doing in an article (round 44) — not 「有关／相关部门」
_DESCRIBED_DEPARTMENT = re.compile(_NOT_PREPOSITION + r"[^，,。；;的]{2,20}?的"
                                   r"(?P<kind>(?!有关|相关|其他)[\u4e00-\u9fff]{2,10}?(?:部门|机构))"
                                   r"(?=应当|应(?!急)|须|必须)")


# the bodies' own activity as the sentence's head 「经营管理单位、联网结算机构和发行机构的数据处理活动应当…建立健全…」:
# the activity is theirs, its 应当 binds them — the bodies before 的 the doers (round 44's verb of doing in articles),
# not a thing of theirs 「A的设施应当…」 (no activity named)
# (经 a preposition only where it opens no name 「经营管理单位」)
_OWN_ACTIVITY = re.compile(r"(?![对向由在将把为与给按依根从])(?!经(?!营|济|贸))"
                           r"(?P<bodies>[^，,。；;的]{2,40}?)的[\u4e00-\u9fff]{2,8}?活动"
                           r"(?=应当|应(?!急)|须|必须)")


# a clause opening with where a party goes 「…，到区不动产登记机构办理…」: the office is a place of the
# party's step, no subject (round 59, p59b; a name never holds 到, ``_NOT_IN_NAME``)
_GOES_TO = re.compile(r"到|赴|前往")
# a word joining the sentence to the one before it 「同时」「此外」「另外」 (round 59, p59b; as the sentence reader
# drops 同时／此外 before a subject, ``sentence_split.sentences``)
_JOINING = re.compile(r"(?:同时|此外|另外|并且|其次)(?=[\u4e00-\u9fff])")


# a review as a step before the decision 「…提出申请，分局交通管理部门审核后，由分局核发《通行证》」: the reviewer of a
# party's application, no doer (Round 85's x321_02 review rule; Round 93's x341_01 第三条（一））
_REVIEWED_THEN = re.compile(r"(?:审核|审查|核查|核实|初审|复核)后[，,]")


def _subject_at(text: str, at: int, aliases: set[str], placed: Callable[[str, set[str]], list[str]],
                doing: re.Pattern[str]) -> list[str]:
    """The subject of a verb of doing (``doing``) that ``text`` holds at ``at`` (see ``paragraph_subjects``), or []."""
    got = _DEPT_LIST.match(text, at)
    # (after the case of an application 「申请符合法定条件的，A应当依法作出准予行政许可的书面决定」: the decision on it
    # names none, as for the placed body below — Round 85's x321_02)
    if got is not None and doing.match(text, got.end()) and not _REVIEWED_THEN.match(text, got.end()) \
            and not (at and _CASE_BEFORE.search(text, 0, at) and _DECIDES.match(text, got.end())):
        names = _names(got.group(1))
        concerned = all(_KIND_CONCERNED.fullmatch(n) for n in names) and _RULE_TWO_AFTER.match(text, got.end())
        if names and (_named(names) or concerned) and not (len(names) == 1 and not names[0].startswith("各")
                                                           and _BARE.fullmatch(_CONCERNED.sub("", names[0]))):
            return names
    if at and (_TIME_BEFORE.search(text, 0, at) or _TOPIC_BEFORE.search(text, 0, at)
               or _CASE_BEFORE.search(text, 0, at) or _BASIS_BEFORE.search(text, 0, at)) \
            and (names := placed(text[at:], aliases)) and _named(names):
        end = text.find(names[-1], at)
        # (a placed body answering the case or acting at the time before it
        # 「单位提供虚假材料的，市公积金中心依法将…公开」:
        # any verb of doing, as in the article's first sentence — round 44; round 30's answer to a case)
        # (not the agent of 由, whose verb the sentence reader weighs — a payer 「…的，由A…予以支付」 names none)
        if end >= 0 and not _DECIDES.match(text, end + len(names[-1])) \
                and not _REVIEWED_THEN.match(text, end + len(names[-1])) \
                and (doing.match(text, end + len(names[-1])) or not text.startswith("由", at)
                     and (_DOING.match(text, end + len(names[-1]))
                          or _CASE_BEFORE.search(text, 0, at) and _CHAINED_DOING.match(text, end + len(names[-1])))):
            return names
    return []


def _named(names: list[str]) -> bool:
    return not any(_NOT_A_NAME.search(_CONCERNED.sub("", n)) for n in names)


# the departments a rule addresses by their concern alone 「有关部门」「相关部门」: a kind, a doer with a rule-2 verb
# in its sentence 「有关部门接到…后，应当…按照应急预案实施救援」 (rounds 33, 58; Round 77's p59a-2; Round 87's
# x323_02 第二十四条) — alone with another verb 「相关部门应当加强监督」 none (p44g, p59b); 各 before it the group the
# older answers read as a call
_KIND_CONCERNED = re.compile(r"(?:有关|相关)部门")
_RULE_TWO_AFTER = re.compile(r"[^。；;]*?(?:实施|负责|落实|组织(?=[\u4e00-\u9fff]))")


def _names(text: str) -> list[str]:
    """The names of a subject list 「发改处、规资处、建交中心等部门」「各级财政部门和主管部门」
    「市、区规划资源部门」."""
    if text.endswith("等部门") and not text.endswith("、等部门") \
            and re.fullmatch(rf"{_LISTED}(?:、{_LISTED})+等部门", text):
        return text[:-3].split("、")
    if re.fullmatch(_OWN, text):
        return [text]
    return _departments(text) or _shared(text)


def _rule_modal(text: str) -> bool:
    """``text`` opens with a rule's modal and a verb of doing after it 「应当依法处罚」 (not 「可以…」「应是…」)."""
    modal = _MODAL_OPEN.match(text)
    return modal is not None and not _NOT_DOING.match(text, modal.end())


# a government named by its place or level 「县区政府」「区人民政府」「各镇人民政府」
_PLACED_GOVERNMENT = re.compile(r"(?:各|[\u4e00-\u9fff]{0,6}?[省市区县镇乡])(?:人民)?政府")


def _departments(text: str) -> list[str]:
    """A list of departments split at 、 and at 和 / 及 / 与 where each side is a department 「各级财政部门和主管部门」
    (「质量和安全监督管理部门」 stays whole)."""
    out: list[str] = []
    for part in text.split("、"):
        sides = re.split(r"和|及|与", part)
        # (… or a government named by its place beside a department 「县区政府和市行业主管部门」: two bodies, each a
        # doer — no department's own name holds a whole government before its 和)
        if len(sides) > 1 and all(re.fullmatch(_DEPARTMENT, s) or _PLACED_GOVERNMENT.fullmatch(s) for s in sides):
            out.extend(sides)
        elif re.fullmatch(_DEPARTMENT, part):
            out.append(part)
        else:
            return []
    return out


def _shared(text: str) -> list[str]:
    """Levels or fields sharing one head 「市、区规划资源部门」 as one name; a list whose members are bodies of their
    own 「生态处、城管执法部门、各镇绿化市容行政管理部门」 as its members (each a department or a body's short name) —
    as the sentence reader's ``share_heads`` reads the list."""
    if not re.fullmatch(_SHARED, text):
        return []
    members = share_heads(split_units(text)[0], text)
    return members if len(members) == 1 or all(
        re.fullmatch(_DEPARTMENT, m) or re.fullmatch(_LISTED, m) for m in members) else []
