"""An applicant's own steps in a notice's or a scheme's procedure: 「1、项目建设单位在6月30日之前填写《…申请书》，会同
相关建设资料报所在地交通管理部门。」「2.报名申请。…有意向参与竞争配置的投资主体向…进行报名并领取…工作文件，逾期不再受理。」
「3.编制并递交申报材料。拟参与…的投资主体应在报名截止后20个工作日内，…编制项目实施方案，形成项目申报材料。」 — the
applicant filing, signing up or drawing up its own papers: a rule for the applicant in a notice as in an article, no
task (CONVENTIONS.md Round 52 rulings on x236_03 一/（一）1、; round 49's x229_01 第七条 1.–2.; round 54: filing for
itself names none). The government's steps around them stay tasks (「区交通管理部门收到申请后，会同…组织验收」), and so
does an item where a plan body acts beside the applicant
(「申报企业递交申报材料5个工作日内，服务单位组织开展专家评审」).

Read over an item with nothing numbered under it: every sentence has the applicant as its subject, its verb one of
applying or handing in papers, or is the procedure's own note on those papers (「逾期不再受理」「申报材料可由企业自行
编制…」)."""

from __future__ import annotations

import re

from .article_text import CHAPTER_START
from .headings import Item

# the applicant as the sentence's subject, after a time clause 「竞争配置公告发布5个工作日内，」 and a description of
# who it is 「有意向参与竞争配置的」「拟参与…的」 (a party by its role in the application, not a plan body; not
# 项目单位, often a public body carrying out the plan's own project)
_APPLICANT = re.compile(r"^(?:[^，,。；;]{0,30}?(?:内|前|后|时)[，,])?"
                        # (no body getting the applicants in: 「各区发展改革委组织符合条件的企业…」)
                        r"(?:(?:(?!组织|指导|督促|引导|动员|委|局|办|政府|部门)[^，,。；;]){0,24}?的)?"
                        r"(?:项目建设单位|建设企业|申报单位|申报企业|申请单位|申请企业|申请人|申报人|投资主体|"
                        r"申报主体|申请主体|企业)"
                        r"(?:应当|应|须|需|要|可)?(?:在|于|向|按|根据|通过)?")
# its own steps: applying, signing up, filling in and handing in its papers, drawing them up
# (not a permit it applies for in carrying out its own project 「…向相关部门依法申请办理立项、…手续」「…提交并网申请」:
# the project's own work, read as the sets read it)
_FILES = re.compile(r"填写|填报|报名|申报|递交|(?:提交|报送)[^，,。；;]{0,12}?(?:材料|资料|申请书)"
                    r"|报所在地|报区|报市|领取|编制[^。；;]{0,30}?(?:方案|材料|申请书)|形成[^。；;]{0,12}?材料")
# an applicant's step only in an application (the item or a heading over it 「申报程序」「报名申请」, or its subject
# 「申报单位」): a works plan's project unit drafting its own scheme 「项目建设单位…编制完成工程实施方案，报…审批」 or
# sending it 「…报区发展改革委备案」 does the project's work (round 50's review)
_APPLYING = re.compile(r"申请|申报|报名")
# a body of the plan doing work in the same sentence (组织 / 审核 / 验收 / 评审 / 审批 by a named office): no
# applicant's step
_PLAN_WORK = re.compile(r"组织(?:开展|实施|验收|评审|专家)|审核|审查|审批|验收|评审|核查|公示|公布|发布")
# a term the applicant must meet or a case and what befalls it, not a step: 「…应承诺…」「…申报上网电价不得高于…」
# 「企业提供虚假申报材料的，一经发现立即取消…资格」
_TERMS = re.compile(r"承诺|不得|不能|取消|一经发现")
# the procedure's note on the papers: 「逾期不再受理」「申报材料可由企业自行编制或委托…编制」
_NOTE = re.compile(r"^(?:逾期不(?:再|予)?(?:予以)?受理|(?:申报|申请)材料可[^。；;]{0,60})$")


def _clauses(sentence: str) -> list[str]:
    return [c.strip() for c in re.split(r"[，,]", sentence) if c.strip()]


def applicant_step(item: Item) -> bool:
    """``item`` (nothing numbered under it) is only an applicant's own step (see the module)."""
    if item.children or item.unit or item.article or item.article_line:
        return False
    body = item.body.strip()
    title = item.title.strip()
    if body.startswith(title) and re.match(r"^[^，,。；;：:]{2,12}[。.]", body):
        body = body[len(title):].lstrip("。. ")          # (「2.报名申请。…」: the step's name run into it)
    sentences = [s.strip() for s in re.split(r"[。！？\n]", body) if s.strip()]
    if not sentences:
        return False
    over = item.parent
    while over is not None and not _APPLYING.search(over.title):
        over = over.parent
    if over is None and not _APPLYING.search(body):
        return False
    found = False
    for s in sentences:
        clauses = _clauses(s)
        while clauses and _NOTE.match(clauses[-1]):
            clauses.pop()
        rest = "，".join(clauses)
        if not rest or _NOTE.match(s):
            continue
        m = _APPLICANT.match(rest)
        if m is None or not _FILES.search(rest, m.end()) or _PLAN_WORK.search(rest, m.end()) \
                or _TERMS.search(rest) or any(c.endswith("的") for c in clauses):
            return False
        found = True
    return found


# what an applicant hands in, sentence by sentence: a case of applying or of the papers' own kind, then 提交／提供
# with no subject but the applicant 「中国公民申请租赁网签备案的，提交有效身份证」「无身份证的，提交…」「如果证件用
# 外国文字书写，同时提交…」「A向B提出备案申请，提交以下材料：」, or the applicant's option 「…的，可由另一方单方
# 申请…」「…的，申请人可以不提交原件」 — the lines after a lead-in that names papers are the list's
_HANDS_IN = re.compile(r"^[^。；;]*?(?:申请|申报|的|如果[^，,。；;]{2,30})[，,]"
                       r"(?:[^，,。；;向为对]{0,10}?(?:申请人|当事人|一方|代理人|受让方|转让方))?"
                       r"(?:应当|应|须|需|还需|可以|可)?(?:同时|还|另行|在线)?(?:提交|提供)(?![^。；;]*?(?:应|须|不得|包括))"
                       r"|^[^。；;]*?的[，,](?:可由[^，,。；;]{1,10}?(?:单方)?申请|"
                       r"[^，,。；;]{0,10}?(?:申请人|当事人)可以?不提交)")
_PAPERS_LEAD_IN = re.compile(r"(?:以下|下列)(?:材料|资料|证明|文件)[：:]$")
_LIST_LINE = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])")
# a body of the plan doing work in it 「…无法提交的，由乡、镇及以上管理部门出具相应证明文件」「…中心应当即时出具收据」,
# or reviewing what was applied for before the case 「街道对居民提出的申请进行初审，符合条件的，提交区住房保障中心复核」
# (the subject before the case is then the body, not the applicant: its own review and sending on, a task)
_BODY_ACTS = re.compile(r"由[^，,。；;向为对]{1,20}?(?:部门|机构|中心|局|委|政府|办事处)|"
                        r"(?:部门|机构|中心|局|委|政府|办事处)(?:应当|应|负责|须)|"
                        r"^[^，,。；;]{0,12}?对[^，,。；;]{1,30}?(?:申请|申报|材料)(?:进行|予以)?"
                        r"(?:初审|审核|审查|复核|核查|核实|受理)")


def applicant_papers(item: Item) -> bool:
    """``item`` (nothing numbered under it) only says what an applicant hands in or may apply for (``_HANDS_IN``):
    a rule for the applicant, no task (Round 74 rulings, x292_03 第六–十条; round 52's applicant's own steps) — not
    where a body of the plan acts in it (``_BODY_ACTS``)."""
    if item.children or item.unit:
        return False
    lines = [ln.strip() for ln in item.body.strip().split("\n")[1 if item.article or item.article_line else 0:]]
    sentences: list[str] = []
    listed = False
    for line in lines:
        if listed and _LIST_LINE.match(line):
            continue                    # (a paper of the list the lead-in announced)
        if not line:
            continue
        listed = False
        for s in re.split(r"[。！？；;]", re.sub(r"^[\u4e00-\u9fff]{2,8}[ \u3000]+", "", line)):
            s = s.strip()
            if s:
                sentences.append(s)
                listed = bool(_PAPERS_LEAD_IN.search(s))
    rows = item.body.strip().split("\n")
    if (item.article or item.article_line) and _PAPERS_HEADING.match(rows[0].strip()) and _papers_listed(rows[1:]):
        return True                     # (「第六条（项目认定申报资料）⏎（一）…请示 原件1份；」: the papers alone)
    first = sentences[0] if sentences else ""
    return bool(sentences) and _HANDS_IN.match(first) is not None and _APPLYING.search(first) is not None \
        and not _BODY_ACTS.search(item.body) \
        and all(_HANDS_IN.match(s) or _PAPER_LINE.search(s) for s in sentences)


# (a line of papers itself 「2．身份证明（核验原件）」)
_PAPER_LINE = re.compile(r"^(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[^，,。；;]{2,40}?"
                         r"(?:书|证|证明|合同|协议|凭证|文件|复印件)(?:[（(][^）)]*[）)])?$")


# an article headed by the papers an application takes 「第六条（项目认定申报资料）」「（申请材料）」, its
# text only their list, each with the copies asked 「（一）…请示 原件1份；」「（二）…批复 复印件1份；」: what the
# applicant hands in (Round 83's x315_04; Round 87's x323_01 第二十六条), no task — not one whose lines bind a
# body 「（一）…由区房管局出具…」
_PAPERS_HEADING = re.compile(r"^[（(][\u4e00-\u9fff]{0,12}?(?:申报|申请|提交|报送|所需|备案)(?:资料|材料)"
                             r"(?:清单|目录)?[）)]$")
_COPIES = re.compile(r"[ \t\u3000]*(?:原件|复印件|正本|副本|一式)[\d一二三四五六七八九十]+份[；;。]?$")


def _papers_listed(lines: list[str]) -> bool:
    # (a chapter heading the page ran in after the list 「第三章建房协议价格」 aside)
    rows = [ln.strip() for ln in lines if ln.strip() and not CHAPTER_START.match(ln.strip())]
    return len(rows) >= 2 and all(
        _LIST_LINE.match(ln) and _COPIES.search(ln) and not _BODY_ACTS.search(ln) and len(ln) <= 80 for ln in rows)


def drop_applicant_steps(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the applicant's own steps, where a step of the plan's bodies stands beside them in the same
    list (a procedure, not a notice that only tells applicants how to apply) and other work is left; and without the
    items that only say what an applicant hands in (``applicant_papers``), where other work is left."""
    papers = {i.pos for i in chosen if applicant_papers(i)}
    chosen = [i for i in chosen if i.pos not in papers] or chosen
    steps = {i.pos for i in chosen if applicant_step(i)}
    if not steps:
        return chosen
    # (decided once per parent: the parents with a child that is no applicant's step — one pass over the children)
    parents = {id(i.parent): i.parent for i in chosen if i.pos in steps and i.parent is not None}
    mixed = {key for key, parent in parents.items() if any(s.pos not in steps for s in parent.children)}
    kept = [i for i in chosen if i.pos not in steps or i.parent is None or id(i.parent) not in mixed]
    return kept or chosen


# an article of the conditions an applicant must meet 「申请补助资金的绿地应达到…要求。其中，一级绿地应符合以下第（1）项
# 至第（3）项条件，…具体如下。⏎（1）…⏎年度考核低于70分的绿地不得申请补助资金。」: every clause outside its folded
# lines binds the party applying to meet a standard or bars it from applying — the applicant's terms, no work of a
# body of the rules (CONVENTIONS.md round 30's applicant; Round 85's x320_05) — not an article where a body reviews
# or decides beside them (「…由区财政局审核」: a clause of its own work)
# (… the party named before it 「法人、非法人组织…（以下统称“组织”）申报X的，应符合以下条件：」, and a paragraph on the
# applicants' own standing 「申报组织均应…，具有良好的信用记录；近5年未发生亏损…」: their terms too — Round 93's
# eligibility lists)
_APPLIES = re.compile(r"^(?:[^，,。；;]{1,60}?(?<![由向经对]))?(?:申请|申报)[^，,。；;]{1,30}?的")
_APPLICANTS_STANDING = re.compile(r"^(?:申报|申请)(?:组织|单位|机构|个人|企业|人)")
# (… the lead-in's 「其中：」 closing it, and the terms carried over to another of the applicant's standards
# 「上述…的要求及证明方式同样适用于…」)
_MEETS = re.compile(r"(?:应当|应|须|必须)(?:至少)?(?:达到|符合|具备|满足)|不得(?:申请|申报)|"
                    r"^(?:其中|具体如下|如下)[：:]?$|"
                    r"^上述[^，,。；;]{2,30}?(?:要求|条件|标准)[^，,。；;]{0,12}?(?:同样|也|亦)?适用于")
_LIST_LINE = re.compile(r"^(?:[（(][\d一二三四五六七八九十]+[)）]|\d+[.、．])")


# the standards an applicant must meet, then their details 「申请X资质的单位，应当满足…对应技术人员的具体要求，其中：⏎
# （一）技术人员分为…」: the applicant's terms (round 30's applicant; Round 85's x320_05), its lines what the standards
# say — text, the article's (``applicant_conditions`` then reads the article whole; ``given_lists`` folds the lines)
APPLICANT_MEETS = re.compile(r"(?:^|\n)(?:申请|申报)[^，,。；;：:\n]{1,30}?的(?:单位|企业|机构|个人|申请人)[，,]"
                              r"(?:应当|应|须|必须)(?:满足|符合|达到|具备)[^。；;：:\n]{2,60}?(?:要求|条件|标准)"
                              r"(?:[（(][^（）()\n]{1,12}[）)])?[，,]?(?:其中|具体如下|如下)?[：:][ \t\u3000]*$")


def applicant_conditions(item: Item) -> bool:
    """``item`` (an article, its list folded) only states the conditions its applicants must meet (see above)."""
    if not item.listed or not (item.article or item.article_line):
        return False
    rows = [r.strip() for r in item.body.strip().split("\n") if r.strip()]
    # (a chapter's heading the article's text ran into 「第三章资质申请与许可」 is no clause of it)
    rows = [r for r in rows if not _LIST_LINE.match(r) and not re.fullmatch(r"[（(][^（()）]{1,12}[)）]", r)
            and not CHAPTER_START.match(r)]
    standing = [r for r in rows[1:] if _APPLICANTS_STANDING.match(r)]
    clauses = [c.strip() for r in rows if r not in standing for c in re.split(r"[，,。；;]", r) if c.strip()]
    return bool(clauses) and _APPLIES.match(clauses[0]) is not None \
        and all(_MEETS.search(c) or _APPLIES.match(c) for c in clauses)


# the conditions a work must meet, its own subject a work 「…分期申请交付使用的，该地块的配套建设应当满足以下条件：」
# over lines that each bind by a modal 「（一）…时，建设单位应当落实…」「（二）…时，…设施须同步竣工」: each line a limit
# on how the work is done, a task read by its words (Round 87's governs on x328_03; Round 105 on x376_03 第六条) — not
# a party's conditions 「申请人应当具备下列条件：」, nor lines that only state what is had
_WORK_MEETS = re.compile(r"(?:^|[，,])[^，,。；;：:\n]{0,16}?(?:建设|施工|工作)(?:应当|应|须|必须)(?:同时)?"
                         r"(?:满足|符合|达到)(?:以下|下列|如下)(?:条件|要求)[：:][ \t\u3000]*$")
_BINDS = re.compile(r"应当|必须|(?<![必无])须")
_HAVING = re.compile(r"(?:还)?(?:应当|应|必须)(?=有|具有|具备)")


def work_conditions(body: str, item: Item) -> bool:
    """``item``'s lead-in sets the conditions of a work over lines that each bind (``_WORK_MEETS``)."""
    return len(item.children) >= 2 and _WORK_MEETS.search(body.rsplit("\n", 1)[-1]) is not None \
        and all(_BINDS.search(_HAVING.sub("", c.body)) for c in item.children)
