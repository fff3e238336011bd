"""Articles with no work of the plan's bodies, where the plan's tasks name units (``rule_chapters.general_article``):
the city speaking of itself, a call or an option (``statement_only``, round 33), and rules addressed only to the public
the rules serve or to a regulated party's own steps (``public_only``, rounds 36, 48, 52). Split from
``rule_chapters``."""

from __future__ import annotations

import re

from .article_text import (
    CHAPTER as _CHAPTER,
    RUN_IN_BRACKET as _RUN_IN_BRACKET,
    WORK_WORDS as _WORK_WORDS,
    article_text as _article_text,
)
from .doer_words import BODY_KIND_END
from .headings import Item
from .normalise import MAY, split_at_stops
from .opening_subjects import opening_subject
from .party_steps import PERSONS, after_cases, names_party, party_step
from .sentence_units import doer_units

# the sentences of an article with no work among articles of work (round 33): the city speaking of itself
# 「本市加强／推动／坚持／依托…」 (本市 standing alone is a place, no doer — round 43), a call 「鼓励／支持…」
# (round 40: no doer), an option 「…可以…」 (round 34) beside them — not 「本市各级人民政府应当…」 (a body after
# 本市), nor a sentence with a rule's modal
# (an article of options alone 「…的，可以…」 stays a task: older sets count it)
_CITY_SAYS = re.compile(r"^(?:本市|本区|我市|我区)(?=加强|推动|推进|坚持|依托|探索|建立|健全|完善|鼓励|支持|"
                        r"促进|实行|构建|开展|对|将|通过|在|按照|根据)"
                        # (… or a kind of work that 实行 a system the later chapters set 「…维护项目实行项目法人责任制，
                        # 实施…全过程管理」: the same bare statement with the work as its subject — Round 93's x346_01
                        # 第六条, Round 97 on x358_02 第四条)
                        r"|^[^，,。；;：:\n]{2,30}?(?:项目|工作|事项)实行[^，,。；;：:\n]{2,20}?制(?:度)?(?=[，,。]|$)")
# (… but not the city tying an act to the moment of another work 「本市推进在…新建道路时，按照…规划，同步建设…」: the
# rules' bodies build with the other work, an act with no subject — a task naming none (round 65's x274_01; Round 95's
# x352_01 第十九条), not a stance)
_TIMED_ACT = re.compile(r"时[，,][^。；;]{0,40}?(?:同步|同时|一并)(?:建设|实施|设置|配建|建成|敷设|改造)")
# (… nor the city naming an act the rules' own bodies carry out — 建立（健全）／设立／建设／构建 a mechanism or
# platform, 依托 a platform, 加强 a named work, 推进／推广 a named practice, 实施／实行 a management with its content,
# 探索建立／探索将, 开展／深化 co-operation 「本市建立健全…机制」「本市依托…平台，加强…数据共享」「本市…有计划、
# 分步骤地实施…改造」: work with no subject, a task naming none (Round 103 governs, over round 33's statement) — not a
# stance 「坚持／遵循」, a call 「鼓励／支持／倡导」 (nor an act named inside one), an aim 「推进…转型」「推动…发展」
# 「促进／提升…」, a bare 「实行…制度」)
_ACT_CLAUSE = re.compile(r"^(?:(?:对|在|按照|根据|通过|与|同)[^，,；;]{1,40}?)?"
                         r"(?:[^，,；;]{1,12}?地)?(?:逐步|积极|进一步|持续|全面|依法|统筹)?"
                         r"(?P<verb>建立|健全|设立|建设|构建|依托|加强|推广|探索(?:建立|将|开展)|开展|深化|实施|实行|推进)"
                         r"(?P<obj>[^，,；;]*)")
_AIM_OBJECT = re.compile(r"(?:发展|转型|融合|相结合|水平)$")
_BARE_SYSTEM = re.compile(r"(?:制度|责任制)$")
_NOT_ACT = re.compile(r"^(?:坚持|遵循|促进|提升|推动|打造|发挥|形成|赋能)")
_CALL_CLAUSE = re.compile(r"^(?:鼓励|支持|倡导|引导|提倡)")


def city_act(sentence: str) -> bool:
    """The city speaking of itself names an act of the rules' bodies in some clause (``_ACT_CLAUSE``; Round 103).
    ``statement_only`` reads it only in the article's first sentence (the class Round 103 surveyed: an article whose
    first paragraph opens 本市; a 本市 sentence after calls 「支持…。鼓励…。本市加强…」 keeps the calls' reading,
    x207_01 第二十四条's answer)."""
    if not re.match(r"本市|本区|我市|我区|全市", sentence):
        return False        # (a kind of work that 实行 a system 「…项目实行…责任制，实施…」: bare, Round 97)
    body = sentence[2:]
    for clause in re.split(r"[，,；;]", body):
        clause = clause.strip()
        if _CALL_CLAUSE.match(clause):
            break       # (a call reaches the clauses after it 「鼓励A组建…，开展…」: its objects, round 40)
        if _NOT_ACT.match(clause):
            continue
        m = _ACT_CLAUSE.match(clause)
        obj = m.group("obj").strip() if m else ""
        if m and not _AIM_OBJECT.search(obj) and not (m.group("verb") == "实行" and _BARE_SYSTEM.search(obj)):
            return True
    return False


# (a purpose clause may stand before the call 「为了更好发挥…作用，鼓励A积极参与…」)
_CALL = re.compile(r"^(?:为(?:了)?[^。，,；;：:]{2,60}?[，,])?(?:鼓励|支持|引导|倡导|提倡)")
_OPTION = re.compile(r"可以")
# 组织 as a noun 「鼓励科研机构和行业组织参与…」: a kind of body, no verb of organising
_NOUN_ORG = re.compile(r"(?<=社会|消防|志愿|群众|救援|行业|社区|自治|自律|中介|服务|公益|民间|合作|经济)组织")
RULE_MODAL = re.compile(r"应当|(?<![相对反供效适])应(?!急|用)|必须|须|不得|负责|组织|牵头|会同")


def statement_only(item: Item) -> bool:
    """An article whose every sentence is the city speaking of itself, a call or an option beside them
    (``_CITY_SAYS``, ``_CALL``, ``_OPTION``) and no body does work in it: no task where the plan's tasks name
    units (round 33)."""
    if item.children or not (item.article or item.article_line):
        return False
    _head, _rest, text = _article_text(item)
    lead = re.split(r"(?<=[：:])[ \t\u3000]*\n", text, maxsplit=1)[0]
    last = lead.rsplit("。", 1)[-1].strip()
    if item.listed and (_CALL.match(last) or _CITY_SAYS.match(last)) and not re.search(r"可(?!能)", last):
        # (a list folded as giving no work under a call 「鼓励…，重点支持以下领域：⏎1.…是指…」: the lines are the
        # list's, the call the article's last sentence — not an option over standards 「…可以…，并符合以下要求：」 nor
        # a fund's option over its cases 「引导基金…如发现…下述任一情况，引导基金可选择提前退出：」)
        text = lead
    sentences = [s.strip() for s in re.split(r"[。！？\n]", text) if s.strip() and not _CHAPTER.match(s.strip())]
    return bool(sentences) and all(
        (_CITY_SAYS.match(s) and not _TIMED_ACT.search(s) and not (i == 0 and city_act(s))
         or _CALL.match(s) or _OPTION.search(s))
        and not RULE_MODAL.search(_NOUN_ORG.sub("", s))
        for i, s in enumerate(sentences)) and any(_CITY_SAYS.match(s) or _CALL.match(s) for s in sentences) \
        and not doer_units(text)[1] and not any(opening_subject(s, set()) for s in sentences)


# a member of the public the rules serve, as the subject of a sentence 「职工应当提供…」「借款人应当按…偿还…」
# 「外省市户籍职工…的，应当提供…」: persons, never units (rounds 30, 48) — a short description may stand before
# the word, not a body and its object 「担保公司为借款人…」「A与业主…」
# (the persons of a rule for the regulated, ``party_steps.PERSONS`` — the persons who stand for a loan 「保证人应当…」
# 「出质人必须…」 the public too, round 48 — and the public at large)
_PUBLIC = re.compile(r"^(?:凡|对于)?([^，,。；;：:\n为向对与和及由应给把将在经会同]{0,10}?"
                     # (or a longer description of who 「申请公共租赁住房准入资格的单身申请人」)
                     r"|[^，,。；;：:\n为向对与和及由应给把将在经会同]{2,24}的[\u4e00-\u9fff]{0,4}?)"
                     rf"(?:{PERSONS}|市民|公民|举报人|"
                     # (a space's owner, buyer or user 「车位产权人可以…」「受让对象应当是…」「车辆停放人应当…」)
                     r"居民|村民|(?<!行)业主|家庭|产权人|(?:建设用地|土地)使用权人(?![）)])|受让对象|停放人|驾驶人|(?<=机动车)驾驶员|"
                     # (any one person 「任何个人应当…」 and a guardian 「监护人应当…」: the public, round 36)
                     r"(?<![单位和与及、])个人(?!信息|所得|账户|隐私|住房)|监护人)(?!委员会|小组|代表|大会|管|区|医生)")


# (… not the object of a body's verb 「督促业主、物业服务企业组织…」「引导居民…」: a subjectless rule that gives work)
# (… or the public's requests a body takes in 「A受理公民、法人和其他组织咨询、申请…，…工作人员应当解答…」: the body's
# service, the public its object — not a rule for the public)
_PUBLIC_AFTER_VERB = re.compile(r"督促|组织|指导|引导|要求|协助|帮助|动员|鼓励|支持|通知|告知|服务|教育|宣传|指引|"
                                r"受理|接待|帮扶|走访|慰问|为|向")


def _public(sentence: str) -> bool:
    # (its subject after the cases it opens with 「因…原因，借款人可申请…」「…的，新借款人可申请…」)
    # (not a case about the public answered by a body 「停放人占用…的，停放管理单位应当报告…」)
    # (… nor a body answering in a later clause, after the cases and what they count as 「家庭未在…申请…的，视为…，
    # 区住房保障机构应当在…后，停止…」)
    after = after_cases(sentence)
    m = _PUBLIC.match(sentence) or _PUBLIC.match(after)
    return m is not None and _PUBLIC_AFTER_VERB.search(m.group(1)) is None \
        and not _HOLDERS.match(sentence[m.start():] if _PUBLIC.match(sentence) else after) \
        and not any(_BODY_ANSWERS.match(c) and not _PUBLIC.match(c)
                    for c in {after, *re.split(r"[，,]", sentence)[1:]} if c != sentence)


# the holders of a premises bound together 「厂房、仓库的产权人、使用人、管理人应当…」: an owner listed with the user
# or manager who runs it is a regulated party, not the public (CONVENTIONS.md p61a-2: 「a party the rules bind to
# duties by 应当 — an owner, a user, a manager — is a regulated party」; Round 85's x317_01 第八条)
_HOLDERS = re.compile(r"^[^，,。；;：:\n]{0,12}?产权人(?:[、和及与或]|或者|以及)(?:使用人|管理人)")


# (a bureau or a centre too 「申请人提供的资料不全的，区房屋管理局应当…告知…」)
_BODY_ANSWERS = re.compile(r"^[^，,。；;：:]{0,14}?(?:单位|部门|机构|企业|公司|政府|委员会|办事处|"
                           r"局|委(?!托)|办公室|中心)(?:应当|应|须|必须|可以|可|负责)")


_LIMIT = re.compile(r"只能|仅能|只可|仅限")


# terms to meet, over the list that states them 「…应当同时符合以下条件：」「…额度应当符合以下规定：」
_MEETS = re.compile(r"(?:应当|应|须|必须)(?:同时)?(?:符合|满足|具备)(?:以下|下列|如下)[^，,。；;：:]{0,10}?"
                    r"(?:规定|条件|标准|要求)(?:之一)?[：:]$")


# what a party's paper must hold 「申请方案中应当包含…的文件、效果图」「…的申请书中还应当载明…」: the paper's
# contents, no work (round 37: a list of what a document contains is text)
_PAPER_HOLDS = re.compile(r"^[^，,。；;]{0,40}?(?:方案|申请表|申请书|材料|文件|报告)中?(?:还)?(?:应当|应|须)"
                          r"(?:包含|包括|载明|附有)")


# the villagers as a rule's party 「村民应当…」「村民不得…」
_VILLAGERS = re.compile(r"村民(?:应当|应|不得|必须|须|要)")


def public_only(item: Item, own_village: bool = False) -> bool:
    """An article addressed only to the public the rules serve (Round 48 rulings: borrowers' articles are rules for the
    public; rounds 36, 37, 41): every sentence that gives work by a modal or a verb of doing (``_WORK_WORDS``) has a
    person of the public as its subject (``_PUBLIC``), and no body is named doing work anywhere in it (no rule-2 doer,
    no article subject) — no task where the plan's tasks name units. Not an article in which a body acts 「市公积金中心
    应当对职工提供的申请材料…核对」, nor a subjectless rule (round 43: it gives work)."""
    if item.children or not (item.article or item.article_line):
        return False
    _head, _rest, text = _article_text(item)
    if own_village and _VILLAGERS.search(text):
        return False        # (a village's own rules binding its villagers: owed work, Round 102's governs on x368_02)
    sentences = [s.strip() for s in re.split(r"[。！？\n]", text) if s.strip() and not _CHAPTER.match(s.strip())]
    sentences = [_RUN_IN_BRACKET.sub("", s, count=1) for s in sentences]
    # (a lead-in over the terms folded into the article 「…提取频次及额度应当符合以下规定：」: the list's, no work)
    working = [s for s in sentences
               if _WORK_WORDS.search(s) and not _MEETS.search(s) and not _PAPER_HOLDS.match(s)]
    # (the article opens with the public too: not a designation first 「A为…的担保机构。借款人应当…」, round 32)
    # (or a regulated party's own filing, payment or option 「单位应当…向管理部办理…」「单位应当按时…缴存…」: Round 52's
    # x239_03 employers, ``party_step``)
    # (or, with no modal at all, a named party's options 「符合下列条件之一的，单位可以申请…」: Round 52's employers who
    # choose — not 「符合下列条件之一的，可提出…申请」 with no party named, which older sets count)
    # (a step whose party is left unsaid: the party named in an earlier sentence of the article, or in its cases)
    named_from = next((k + 1 for k, s in enumerate(sentences) if names_party(s) or _public(s)), len(sentences))
    known = set(sentences[named_from:])
    # (or a limit on the public 「…的，一户业主只能购买…」: their own rule, with no other modal)
    limits = any(_public(s) and _LIMIT.search(s) for s in sentences)
    # (or only the public's options 「单身申请人（申请家庭）可通过…提出…申请」, round 49 p46b)
    options = any(_public(s) and _PARTY_OPTION.search(s) and "申请" in s for s in sentences)
    # (a sentence that goes on with the subject unsaid 「…申请人，不得同时申请…。必须待…后，方可申请…」: the
    # public's too, after one of theirs)
    public = {s for k, s in enumerate(sentences)
              if _public(s) or k and _UNSAID.match(s) and _public(sentences[k - 1])}
    return bool(working or limits or options or any(party_step(s, named=True) for s in sentences)) \
        and all(s in public or party_step(s, known=s in known) and not _LICENSED.search(s)
                for s in [sentences[0], *working]) \
        and not doer_units(text)[1] and not any(opening_subject(s, set()) for s in sentences)


# the licence a party the rules license holds, in its own step 「在…资质许可有效期内，…发生变更的，应当…提交变更申请」
# 「…需要承继原单位资质的，应当申请重新核定…资质」: what a licensed party must do when its standing changes is owed work
# (Round 97's x353_03 第二十、二十一条; Round 84's p61a-2), not an employer's filing on its fund account (Round 52)
# (the licence as the thing held or changed — not one carried as a paper 「持营业执照复印件…办理缴存登记」, an
# employer's filing still: review rv68c)
_LICENSED = re.compile(r"资质|(?<!持)(?:经营)?许可证(?!复印件|副本|原件)|经营许可"
                       r"|(?<!持)(?<!营业)执照(?!复印件|副本|原件)")


_HANDED = re.compile(r"由[^，,。；;：:]{2,20}?(?:部门|局|委|政府|机构|中心|办事处|单位)")
# a lead-in over the public's own rules 「车辆停放人应当遵守以下规定：」「借款人应当履行下列义务：」
_PUBLIC_LEAD = re.compile(r"(?:以下|下列|如下)[^，,。；;：:]{0,10}?[：:]$")


_BARE_MODAL = re.compile(r"^(?:应当|应|必须|须)(?:遵守|履行|遵循)")


def public_lead_item(item: Item) -> bool:
    """An item under an article's lead-in whose subject is a person of the public (``_public``) over the rules it
    keeps, the item naming no body doing work: the public's own rule, no task (rounds 36, 41, 46, 52) — not an item
    under a body's lead-in 「停车管理单位应当按照以下要求…：」, nor one whose own sentence names a doer."""
    parent = item.parent
    if item.children or parent is None or not (parent.article or parent.article_line):
        return False
    lines = [line.strip() for line in parent.body.split("\n") if line.strip()]
    lead = lines[-1] if lines else ""
    # (the subject after the lead-in's cases is the person's, not a body's
    # 「职工取得…的，本市公积金中心对其…如下管理：」)
    plain = _RUN_IN_BRACKET.sub("", lead, count=1)
    subject = after_cases(plain)
    # (a person who opens the clause read as a case, the modal left with no subject of its own 「机动车驾驶员在道路
    # 停车场停放车辆，应当遵守下列规定：」: the person is the subject)
    if _BARE_MODAL.match(subject):
        subject = plain
    m = _PUBLIC.match(subject)
    body = item.body.strip()
    # (the person the subject itself, not a describer of it 「申请家庭的住房面积按以下标准确定：」; an item that hands a
    # body work 「…的，具体由区房屋管理部门提出方案…」 stays)
    return bool(_PUBLIC_LEAD.search(lead) and m and not _PUBLIC_AFTER_VERB.search(m.group(1))
                and not subject[m.end():].startswith("的") and not _HANDED.search(body)) \
        and not opening_subject(subject, set()) and not doer_units(body)[1] \
        and not opening_subject(body, set()) and not opening_subject(after_cases(body), set()) \
        and not _body_among(subject)


def _body_among(subject: str) -> bool:
    """The lead-in's subject names a body beside the person or instead of it:
    「产权人、物业管理单位或者使用人应当遵守下列规定：」 (a list with a body in it),
    「产权人委托的地下空间物业管理单位（…）应当履行下列义务：」 (the person only the modifier of the head
    after 的) — the parties' duties, lines of work (Round 83), not the public's own rules."""
    parts = re.split(r"应当|必须|应|须", _BRACKETED.sub("", subject), maxsplit=1)
    if len(parts) < 2:
        return False                    # (no duty: 「…可以委托调查机构办理下列业务：」 the public's option)
    head = parts[0].rsplit("的", 1)[-1]
    return any(BODY_KIND_END.search(part) and not _PUBLIC.match(part)
               for part in re.split(r"、|或者|以及|和|及|或", head))


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


# a body's name (not a misread phrase 「以承租一居室为主」)
_BODY_NAME = re.compile(r"(?:企业|单位|公司|机关|机构|部门|组织|委员会|中心|局|委|办|政府|办事处|窗口)$")
# (a sentence going on with its subject unsaid, not a body's name opening with 应 「应急管理部门应当…」)
_UNSAID = re.compile(r"^(?:必须|应当|应(?![急用])|须|并且|并|且|方可|均|也)"
                     r"(?![\u4e00-\u9fff]{0,8}?(?:部门|机构|中心|局|委))")
# a party's option 「…的可以申请合租」「2人可合租1套二居室住房」
_PARTY_OPTION = MAY


def public_terms_line(item: Item) -> bool:
    """A line of an article whose whole text — lead and lines — only states the terms the public is granted
    「第十二条 申请人配租标准。（一）原则上单身申请以承租一居室为主；…（二）…同一就业单位的可以申请合租。」: every
    sentence that gives work is the public's own (``_public``, ``party_step``), one at least offers an option, and no
    body is named doing work anywhere in it — the scheme's terms for applicants, no task (round 30's applicant; Round
    85's x321_02: articles whose only acts are a party's applications and options)."""
    parent = item.parent
    if item.children or parent is None or not (parent.article or parent.article_line) \
            or any(c.children for c in parent.children):
        return False
    text = parent.full_text()
    sentences = [s for s in split_at_stops(text) if not _CHAPTER.match(s)]
    sentences = [_RUN_IN_BRACKET.sub("", s, count=1) for s in sentences]
    working = [s for s in sentences if _WORK_WORDS.search(s) and not _MEETS.search(s)]
    return any(_PARTY_OPTION.search(s) for s in sentences) and any(_public(s) for s in sentences) \
        and re.search(r"标准|条件|方式", sentences[0]) is not None \
        and all(_public(s) or party_step(s, known=True) for s in working) \
        and not any(_BODY_NAME.search(u) for u in doer_units(text)[1]) \
        and not any(opening_subject(s, set()) for s in sentences)


# a referral to the rules that bind whoever it names 「…的经营者、管理单位或者使用人应当遵守有关…的管理规定。」「运输…
# 危险化学品的，应当遵守…规定。」: keeping to other texts names no act (Round 84's p61a-2 「遵守…规定」), with bans said
# of no one 「禁止…」 (round 36) and the public's own rules (``_public``) beside it — text where the plan's tasks name
# units
_KEEPS_RULES = re.compile(r"^(?:[^。；;]{0,80}?[，,]?)(?:应当|必须|应)(?:严格)?遵守[^，,。；;]{0,60}?"
                          r"(?:规定|法律|法规|规章|标准|制度)$")
_BARE_BAN = re.compile(r"^(?:禁止|严禁)")


def referral_only(text: str) -> bool:
    """``text`` (an article's, its heading left out) only refers its parties to rules they keep (``_KEEPS_RULES``),
    with bans to no one and the public's own rules beside it, and no body's work in it."""
    sentences = [s for s in split_at_stops(text) if not _CHAPTER.match(s)]
    keeps = [_KEEPS_RULES.match(s) is not None for s in sentences]
    return any(keeps) and all(k or _BARE_BAN.match(s) or _public(s) for s, k in zip(sentences, keeps, strict=True)) \
        and not any(_BODY_ANSWERS.match(s) for s in sentences) \
        and not any(k and re.search(r"负责|组织|会同|牵头", s) for s, k in zip(sentences, keeps, strict=True))
