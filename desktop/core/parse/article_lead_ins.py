"""An article's lead-in over its numbered parts that names whose work they are — CONVENTIONS.md rule 4 with round 37
(「…具体职责为：」 inside an article is a heading of work for the items under it) and round 44 (a list announced by
「…主要包括：」 after a work clause is the work's parts, each item taking the lead-in's bodies):

- a body's duties 「联席会议的职责包括：」「项目（法人）单位的主要职责包括：」: the body before 的职责;
- a work clause, then its parts 「受托机构应当按照…要求做好日常管理工作，包括以下内容：」「区建设行政管理部门负责…
  工作。具体包括：」, or the steps of a procedure 「发证机关在收到…申请后，应当按照下列程序进行：」: the subjects of the
  clause's verb of doing, as an article's paragraph names them (round 44, ``paragraph_subjects``).

``duty_headings`` asks it for an article's last line where its own lead-in readers (履行下列职责：, 实施以下…制度：)
name none. Not a list of contents or conditions 「申请材料包括：」「有下列情形之一的：」 (no body does the work: none),
nor a definition 「本办法所称…，是指…，具体包括：」 (its kinds, no work), nor the duties of a body the article sets up
「联席会议设办公室，…。联席会议办公室的主要职责包括：」 (round 44: no unit)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .article_subjects import paragraph_subjects
from .defined_names import drop_definitions
from .hired_persons import POSTS
from .role_subjects import ROLE_LIST
from .second_lists import MEASURES_LEAD

# a body's duties: 「X的(主要|具体)?职责(主要)?包括：」「X的职责为：」
_DUTIES = re.compile(r"^(?P<body>[^，,。；;：:]{2,30}?)的(?:主要|具体|工作)?职责(?:主要)?(?:包括|为|是|有)"
                     r"(?:以下|下列|如下)?(?:内容|几个方面|方面)?[：:]$")
# (a body designated, then its duties 「A是本行政区域内…工作的行政管理部门，具体职责如下：」: A's — round 32's
# designation)
_DESIGNATED = re.compile(r"^(?P<body>[^，,。；;：:是]{2,30}?)是[^，,。；;：:]{2,60}?(?:部门|机关|机构|单位)[，,]"
                         r"(?:其|具体|主要)?(?:职责|职能)(?:如下|包括|为|是)[：:]$")
# (… or the designation closed by a full stop, its duties after it 「A是…行政主管部门。其职责如下：」: 其 the body
# designated — rv55 F3)
_ITS_DUTIES = re.compile(r"^其(?:具体|主要)?(?:职责|职能)(?:如下|包括|为|是)[：:]$")
_DESIGNATION = re.compile(r"^(?P<body>[^，,。；;：:是]{2,30}?)是[^，,。；;：:]{2,60}?(?:部门|机关|机构|单位)$")
# a work clause's parts or a procedure's steps, closing the line
_PARTS = re.compile(r"(?:[，,。]|^)(?:其|具体|主要)?(?:工作)?(?:内容)?(?:主要|具体)?包括(?:以下|下列|如下)?"
                    r"(?:内容|工作|事项|方面)?[：:]$|"
                    r"按照?(?:以下|下列|如下)(?:(?:规则|规定|要求)[和及与])?(?:程序|步骤|流程)(?:进行|办理|执行|实施)?[：:]$|"
                    # (… or the rules or cases it handles them by 「由A按照下列规定进行处理：」「A在收到申请后，根据
                    # 下列情况分别作出处理：」: the handling is A's work, each item one case of it — round 44's
                    # procedure, Round 57 rulings on x254)
                    r"(?:按照?|根据|依照)(?:以下|下列|如下)(?:规定|情况)(?:分别)?(?:进行|作出|予以)(?:处理|处罚|答复)[：:]$")
# a party named by its role over its own duties 「总承包单位应履行下列安全管理职责：」「养护单位应达到以下工作要求：」
# (Round 47 q44c: a role-like kind is a body named by a kind; round 44: in articles the subject of a verb of doing is a
# doer; round 37: 「…职责为：」 inside an article gives out work to the items under it; its 义务 or 责任 are read by
# ``_KIND_DUTIES``), nor what it must hand in or meet 「申请人应当提交下列材料」「…应符合下列条件」
# (… or the rules of its own work it keeps 「道路停车场管理者应当遵守下列规定：⏎（一）委派…；（二）征收…」: a
# party bound by 应当 to the acts its lines list — Round 83's x311_03 第十一、十二条; the public's own rules
# 「驾驶员应当遵守下列规定」 stay none, the body here a role-like kind)
_ROLE_DUTIES = re.compile(r"^(?P<body>[^，,。；;：:]{2,60}?)(?:(?:应当?|须|必须)?(?:各自|分别)?"
                          r"(?:履行|承担|落实|做好|达到)(?:以下|下列|如下)[\u4e00-\u9fff]{0,12}?"
                          r"(?:职责|工作要求)|(?:应当?|须|必须)遵守(?:以下|下列|如下)(?:规定|工作规范))[：:]$")
# fields joined by 、 before one head 「总承包、安装、检验检测、监理、建设等单位」: one name as printed (round 31), a
# role list where one field makes a role-like kind with the head (监理单位); the 的-phrase before it dropped (round 32)
_ROLE_FIELDS = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}等?单位")
# a definition 「本办法所称…，是指…」 or a list of contents or conditions: no work of a body
# the handling of the cases or by the rules listed 「…进行处理：」「…予以处罚：」 (``_PARTS``' last form)
_HANDLES = re.compile(r"(?:进行|作出|予以)(?:处理|处罚|答复)[：:]$")
_NOT_WORK = re.compile(r"所称|所指|是指|适用于|情形|情况之一|之一|材料|资料|文件|条件")
# the listed things as the object of the lead-in's own verb of doing (Round 55 rulings: 「应当对下列情况进行监督
# 检查：」「负责收集下列城建档案：」 — the objects of the lead-in's verb are the work's parts, items taking its body):
# 「A应当对下列X进行Y：」「A负责Y下列X：」, or the list named first and its agent after it 「下列X，由A统一提供使用：」
_TOPIC = re.compile(r"^对(?:于)?[^，,。；;]{1,60}[，,](?=[^，,。；;]{2,40}$)")
_LISTED = r"(?:下列|以下)[\u4e00-\u9fff]{1,12}"
_OBJECTS = re.compile(rf"对{_LISTED}(?:进行|实施|开展)[\u4e00-\u9fff]{{1,8}}[：:]$|"
                      rf"负责[\u4e00-\u9fff]{{1,6}}?{_LISTED}[：:]$|"
                      # (… or a rule's modal and the verb right before them 「A应当主动公开下列信息：」 — not what a
                      # party hands in or meets 「应当提交下列材料」「应当符合下列条件」 (``_NOT_WORK`` too))
                      rf"(?:应当|应(?!急)|须|必须)(?:主动|及时|依法|定期)?"
                      rf"(?!提交|报送|申报|申请|提供|符合|具备|遵守|遵循|包括|履行|承担|缴纳|按照|根据|依照|依据)"
                      rf"[\u4e00-\u9fff]{{2}}{_LISTED}[：:]$|"
                      # (… or a handing over to a body, the receiver's own verbs after it 「A应当及时向B
                      # 移交下列设施，B应当及时接管、养护：」: the things handed over the parts of both bodies'
                      # work, each line taking A (and B) — Round 104's x371_01 第十条, 「A应当＋verb＋下列X：」
                      # with round 44's subjects)
                      rf"(?:应当|应(?!急)|须|必须)(?:及时|依法)?向[^，,。；;：:]{{2,30}}?移交{_LISTED}"
                      rf"[，,][^，,。；;：:]{{2,30}}?(?:应当|应(?!急)|须|必须)(?:及时|依法)?"
                      rf"[\u4e00-\u9fff、]{{2,8}}[：:]$|"
                      # (… or the modal, the rule or the place it acts by, then the verb 「A应当按照…规范标准，在车站、
                      # 车厢内设置以下安全设施、设备:」: the things it sets up its work's parts, each item taking A)
                      rf"(?:应当|应(?!急)|须|必须)[^。；;：:]{{2,60}}?[，,](?:在[^，,。；;：:]{{1,20}}?)?"
                      rf"(?:设置|配备|设立|建立)(?:下列|以下)[\u4e00-\u9fff、]{{1,12}}[：:]$")
# a work clause whose manner the items set out 「停车管理单位应当按照以下要求提供停车管理服务：」: the items are the
# requirements of the subject's own work, each a step of it taking its body, named or a kind (round 44's parts of a
# work clause; Round 56 rulings' duty list) — not what the body must meet 「应当符合下列要求：」, no verb of its own
_BY_REQUIREMENTS = re.compile(r"(?:应当|应(?!急)|须|必须)(?:严格)?(?:按照?|依照)"
                              r"(?:以下|下列|如下)(?:要求|规定|标准|规范)[，,]?(?:提供|开展|做好|实施|进行|从事|组织)[\u4e00-\u9fff]{0,12}[：:]$")
# a subject's role between it and its modal 「区属企业作为不动产租赁的实施主体应当…」 (the subject is the doer,
# round 44)
_AS_ROLE = re.compile(r"(?<=[\u4e00-\u9fff]{2})作为[^，,。；;：:]{1,40}?"
                      r"(?=(?:应当|应(?!急)|须|必须)(?:履行|承担|落实|做好))")
# a body, the bodies it works under 「在…的领导（和…的指导）下」, then its own list of work or duties (or 负责 the work
# the list parts 「A在B的指导下，负责本辖区内以下…工作：」 — rule 4, B a guide by rule 3)
_LED_WORK = re.compile(r"^(?P<body>[^，,。；;：:在]{2,30}?)"
                       r"(?:在[^，,。；;：:]{2,60}?(?:领导|指导|监督|统筹|协调)下[，,]?)?(?:应当|应(?!急)|要|须|必须)?(?:具体)?"
                       r"(?:(?:开展|做好|承担|履行)(?:以下|下列|如下)(?:工作|职责)"
                       # (… or the work it is charged with, its field between 「负责本辖区内以下…的日常管理工作：」)
                       r"|负责[^，,。；;：:]{0,10}?(?:以下|下列)[^，,。；;：:]{0,24}?工作)[：:]$")
# the body's own files kept 「A核发…后，应当按照…要求将…材料及下列文书及时立卷归档：」: filing the listed papers in its
# own archive is A's own act, each item one paper it files (Round 55's listed objects of the lead-in's verb; Round
# 101's x369_01: keeping in the body's own store no sending) — not papers a party hands in 「应当将下列材料报送…：」
# (the listed noun read by ``_NOT_WORK``, the verb a keeping one)
_FILES_LISTED = re.compile(r"(?:应当|应(?!急)|须|必须)[^。；;：:]{0,40}?将[^。；;：:]{0,40}?(?:下列|以下)"
                           r"(?P<what>[\u4e00-\u9fff]{1,8}?)(?:及时|一并|统一)?(?:立卷归档|归档|存档|立卷|留存备查)[：:]$")
# a work clause of supervision closing on the colon with no list word 「A应当按照…要求，对X进行全过程监管：」: the items
# are the parts of A's supervision (round 44's parts of a work clause; Round 97's governs on x358_01 第十九条)
_SUPERVISES = re.compile(r"(?:应当|应(?!急)|须|必须)[^。；;：:]{0,60}?对(?!下列|以下)[^。；;：:]{1,30}?"
                         r"(?:进行|实施|开展)(?:全过程|全方位|日常)?(?:监管|监督管理|监督)[：:]$")
# (both close on the colon and span at most ~105 chars: searched only where a match can start, a long line of stacked
# modals 「应当将下列」×12000 costing no second's search — rv71a F11)
_CLOSING_SPAN = 120


def _closing(rx: re.Pattern[str], last: str) -> re.Match[str] | None:
    """``rx``'s match closing ``last`` on its colon (``_FILES_LISTED``, ``_SUPERVISES``), or None."""
    return rx.search(last, max(0, len(last) - _CLOSING_SPAN)) if last.endswith(("：", ":")) else None


_LISTED_FIRST = re.compile(rf"^{_LISTED}[，,]由(?P<agent>[^，,。；;：:]{{2,30}}?)(?:统一|负责|依法)*"
                           rf"(?:提供|收集|实施|办理|审批|审核|管理|监督|检查)[\u4e00-\u9fff]{{0,6}}[：:]$")


def article_lead_in(line: str, aliases: set[str],
                    placed: Callable[[str, set[str]], list[str]],
                    names_of: Callable[[str, set[str]], list[str]]) -> list[str]:
    """The bodies whose work an article's last line hands to the numbered parts under it (``placed``: the article
    reader's opening names, ``names_of``: the duty lead-in's names of a subject); [] where the line is no such
    lead-in or names no body."""
    line = re.sub(r"^第[一二三四五六七八九十百零〇\d]+条\s*(?:[（(【〔][^）)】〕]{1,14}[）)】〕])?\s*", "",
                  line.strip())
    # (the subject before the role it holds 「A作为…的实施主体应当履行以下职责：」: A's duties, not the role's name)
    line = _AS_ROLE.sub("", line)
    last = re.split(r"[。；;]", line.rstrip("。"))[-1]
    if (files := _closing(_FILES_LISTED, last)) and not _NOT_WORK.search(files.group("what")):
        return _acting_subject(last[:files.start()], aliases, names_of)
    if _NOT_WORK.search(last):
        return []
    if roles := _role_duties(last, aliases):
        return roles
    if kinds := _kind_duties(line):
        return kinds
    if (led := _LED_WORK.match(re.sub(r"\s+", "", last))) and _PIVOT_OPEN.match(led.group("body")):
        # (「A应当…检查。督促B做好以下工作：」: a lead-in with no subject of its own, its verb a pivot's — the work
        # A has B do is A's own supervision, and the subject is the one the line's sentences before it name, B the
        # pivot's object — round 30's pivot; rule 4)
        before = line[:len(line) - len(last)].rstrip("。；;")
        return paragraph_subjects(before + "。", aliases, placed) if before else []
    if led:
        # (「A在B的领导和C的指导下，开展下列工作：」: A's own work list, B and C only lead or guide it — rule 3)
        return names_of(led.group("body"), aliases) or _kind_subject(led.group("body") + "应当", _KIND_PARTS)
    if duties := _DUTIES.match(last) or _DESIGNATED.match(last) or _designated_before(line, last):
        body = duties.group("body")
        if re.search(rf"(?:下设|设立|成立|组建|设)[^，,。；;]{{0,10}}?{re.escape(body[-3:])}", line[:-len(last)]):
            return []       # (「联席会议设办公室，…。联席会议办公室的主要职责包括：」: a body set up there, round 44)
        if ROLE_LIST.fullmatch(body) or body in aliases:
            return [body]
        return names_of(body, aliases)
    if _OBJECTS.search(last) or _closing(_SUPERVISES, last):
        return paragraph_subjects(last[:-1] + "。", aliases, placed)
    if (required := _BY_REQUIREMENTS.search(last)) \
            and (clause := _by_requirements_subject(last[:required.start()])) is not None:
        return paragraph_subjects(clause + "应当负责。", aliases, placed) \
            or _kind_subject(clause + "应当", _KIND_PARTS)
    if agent := _LISTED_FIRST.match(last):
        return names_of(agent.group("agent"), aliases)
    if measures := MEASURES_LEAD.search(last):
        # (the measures a body takes on the cases 「对有…的X，A应当根据…，采取以下方式处理：」: A's work, each item one
        # measure — x280_01 第十五条, Round 67)
        return paragraph_subjects(measures.group(1).strip() + "应当负责。", aliases, placed)
    if not (parts := _PARTS.search(line)):
        return []
    # (the work clause the parts belong to: the sentence before them, 「…工作。具体包括：」 or 「…工作，包括…：」; a
    # procedure's modal with no verb of its own 「A…后，应当按照下列程序进行：」 reads as A's own work)
    clause = re.split(r"[。；;]", line[:parts.start()].rstrip("，,。"))[-1]
    # (the matters the work handles before its subject 「对…提出的…申请，A应当按照下列情况分别作出答复：」: a topic, the
    # subject after it — round 42's 对于)
    clause = _TOPIC.sub("", clause)
    if parts.group().startswith("按") and clause.endswith(("应当", "应", "须", "要")):
        clause += "负责"
    elif parts.group().startswith(("按", "根据", "依照")) and _HANDLES.search(parts.group()):
        # (the handler before its rules 「对…，由A」「A在收到申请后，」: the subject or the agent of 由 as the
        # subject of a rule's modal)
        head = re.split(r"[，,]", clause.rstrip("，,"))
        by = head[-1][1:] if head[-1].startswith("由") else ""
        clause = (by or clause.rstrip("，,")) + "应当负责"
    if not clause:
        return []
    # (「居民委员会应当协助政府…做好消防安全工作，具体内容包括：」: a body named by a kind gives its items their
    # subject too — Round 56 rulings, Tasks)
    return paragraph_subjects(clause + "。", aliases, placed) or _kind_subject(clause, _KIND_PARTS)


# a post's own list of work 「…应当设置专职的桥梁养护工程师。桥梁养护工程师负责以下工作：」: the work of persons the
# rules' body sets up, whose lines name no unit (round 30: a person is never a unit; Round 104's x371_03 第二十四条)
# (the posts hired_persons.POSTS, one list — rv71a F6)
_PERSONS_WORK = re.compile(r"^[\u4e00-\u9fff]{0,8}?" + POSTS
                           + r"(?:应当?|须|具体)?负责(?:以下|下列|如下)(?:工作|事项)[：:]$")


def persons_work(line: str) -> bool:
    """The last sentence of ``line`` (an article's line over its numbered parts) is a post's own list of work
    (``_PERSONS_WORK``): no body's lead-in."""
    return _PERSONS_WORK.match(re.split(r"[。；;]", line.strip().rstrip("。"))[-1]) is not None


# a pivot verb opening a clause with no subject 「督促运营单位…」「指导各街道…」: its object no subject (round 30)
_PIVOT_OPEN = re.compile(r"(?:依法)?(?:督促|指导|要求|组织|引导|支持|鼓励|责令|推动|动员)")


# the verb of the body's own act, its first char one an office's name may end on 「…处」「…办」 (rv71a F1)
_ACT_VERB = re.compile(r"(?:处理|办理|处置|办结)")


def _acting_subject(clause: str, aliases: set[str], names_of: Callable[[str, set[str]], list[str]]) -> list[str]:
    """The body that opens ``clause`` before its modal, its own act's time clause after it 「A核发…后，」 「A在…时，」
    (the act's subject is the modal's, round 44): the longest opening the duty lead-in's names read as bodies."""
    head = re.split(r"[，,]", clause, maxsplit=1)[0]
    if not re.search(r"(?:后|时)$", head) and re.search(r"[，,]", clause.rstrip("，,")):
        return []
    for i in range(min(len(head), 30), 1, -1):
        # (no name running into the act's verb 「区房管局处理投诉后」「A办理登记的」: the name stops where it starts —
        # rv71a F1)
        if _ACT_VERB.match(head, i - 1):
            continue
        if names := names_of(head[:i], aliases):
            return names
    return []


def _designated_before(line: str, last: str) -> re.Match[str] | None:
    """The designation in the sentence before ``last`` where ``last`` is 「其职责如下：」 (``_ITS_DUTIES``), or None."""
    if not _ITS_DUTIES.match(last):
        return None
    sentences = re.split(r"[。；;]", line.rstrip("。"))
    return _DESIGNATION.match(sentences[-2].strip()) if len(sentences) >= 2 else None


# (the subject's own time clause before the modal 「停放服务单位在提供服务时，应当按照以下要求…：」: the subject
# before it — rv55 F2)
_OWN_TIME = re.compile(r"(?:在|于)[^，,。；;：:]{1,20}?(?:时|后|前|期间|过程中)[，,]$")


def _by_requirements_subject(clause: str) -> str | None:
    """The subject clause before ``_BY_REQUIREMENTS``' modal: the clause itself where it has no comma, the subject
    before its own time clause 「A在…时，」; None where another clause comes first (no subject read)."""
    if "，" not in clause:
        return clause
    if (own := _OWN_TIME.search(clause)) and not re.search(r"[，,]", clause[:own.start()]):
        return clause[:own.start()]
    return None


def _role_duties(last: str, aliases: set[str]) -> list[str]:
    """The role-like kinds whose own duties the lead-in ``last`` lists 「监理单位应履行下列安全监督职责：」
    (``_ROLE_DUTIES``), or []."""
    got = _ROLE_DUTIES.match(drop_definitions(re.sub(r"\s+", "", last)))
    if got is None:
        return []
    body = got.group("body").rsplit("的", 1)[-1]
    if ROLE_LIST.fullmatch(body) or body in aliases and ROLE_LIST.search(body):
        return [n for n in re.split(r"(?<!建设|施工|监理|设计|勘察)、|和|及|与", body) if n]
    if _ROLE_FIELDS.fullmatch(body) and any(
            ROLE_LIST.fullmatch(field + "单位") for field in re.split(r"、|等?单位", body) if field):
        return [body]
    return []


# a body named by a kind over its own duty list 「机关、团体、企业、事业单位应当落实…主体责任，履行下列职责：」
# 「消防安全重点单位除履行第十一条规定的职责外，还应当履行下列职责：」
# 「物业服务企业应当履行下列消防安全责任：」 (Round 56
# rulings, Tasks, turned over x53_03's 「the actors are kinds」: the list is read by its items, each item's subject the
# lead-in's, a doer where it is a body named by a kind) — not a duty only held 「…负有下列义务：」 (rounds 41, 52, 54)
# nor the liabilities a breach incurs 「…承担下列法律责任：」
_KIND_DUTIES = re.compile(r"^(?P<body>[^，,。；;：:]{2,60}?)(?:[，,]?除[^。；;：:]{1,40}?外[，,]?(?:还|也)?"
                          r"(?:应当|应(?!急)|须|必须)?|(?:应当|应(?!急)|须|必须))(?:[^。；;：:]{0,30}?[，,])?"
                          r"(?:(?:各自|分别)?(?:履行|承担|落实|做好)(?:以下|下列|如下)(?![\u4e00-\u9fff]{0,6}法律)"
                          r"[\u4e00-\u9fff]{0,12}?(?:职责|责任|义务))[：:]$")
# the same body before its modal in a work clause whose parts the items are 「居民委员会应当协助…工作，具体内容包括：」
_KIND_PARTS = re.compile(r"^(?P<body>[^，,。；;：:]{2,60}?)(?:应当|应(?!急)|须|必须|要)")
# a body's or a site's kind: its name ends on a body's word (round 37: sites made actors are bodies) — not a person,
# a household or the public 「从业人员」「居民」「业主」「个人」 (rounds 30, 41, 46: none)
_KIND_END = re.compile(r"(?:单位|企业|公司|机关|团体|机构|组织|委员会|大会|场所|建筑|中心|协会|学校|医院|"
                       r"[站队社所院馆场])$")


def _kind_duties(line: str) -> list[str]:
    """The kinds of body an article's duty lead-in names as the holder of the list under it (``_KIND_DUTIES``), or
    []: the whole sentence, its subject before the modal or the 除…外 clause."""
    sentence = re.split(r"[。；;]", re.sub(r"\s+", "", line).rstrip("。"))[-1]
    return _kind_subject(sentence, _KIND_DUTIES)


def _kind_subject(sentence: str, form: re.Pattern[str]) -> list[str]:
    """The kinds of body ``form``'s subject names, in printed order: the 的-phrase before them dropped (round 32), the
    kinds before an 等 tail read for it (round 35), fields sharing one head 「机关、团体、企业、事业单位」
    「高层、地下公共建筑」 one name as printed (round 31); [] where any is no body named by a kind (a person, the
    public)."""
    got = form.match(sentence)
    if got is None:
        return []
    body = got.group("body").rsplit("的", 1)[-1]
    body = body.split("等", 1)[0] if re.search(r"等[\u4e00-\u9fff]{2,8}$", body) else body
    names: list[str] = []
    for joined in re.split(r"和|及|与|以及", body):
        parts = joined.split("、")
        # (each of the parts before the last a bare word of two characters, the last longer — the head they share:
        # one name as printed; 「商场、宾馆」 two)
        names.extend([joined] if len(parts[-1]) > 2 and all(len(p) <= 2 for p in parts[:-1]) else parts)
    if not names or any(len(n) < 2 or not _KIND_END.search(n) for n in names):
        return []
    return names


__all__ = ["article_lead_in"]
