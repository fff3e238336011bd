"""An article's lists that name classes of cases or things, no work of their own (CONVENTIONS.md round 35: a list
that gives no work is the text of the item that announces it, the article one task; round 37: the classes an
item's work covers; Round 89 on an enforcement rule's articles: their cases, classes of decisions and a report's
contents are the text of the article):

- cases a lead-in picks by a condition or by a class of decisions, answered once 「符合下列条件之一的，经A批准，可以
  结案：⏎（一）…的；」「对拟作出下列行政处罚决定的，A应当集体讨论决定：⏎（一）…的；」 — every line a case
  clause (…的);
- the cases a body's jurisdiction covers 「A管辖下列案件：⏎（一）跨区的…案件；」 — every line a class of cases
  (…案件, or a case clause);
- the kinds a noun lead-in includes 「符合…条件的处罚决定包括：⏎（一）较大数额的罚款；」 (decisions or a class) —
  lines that bind no one;
- the points of one part of a paper the article lists before 「…报告应当包括…、处理建议、…等。其中，处理建议包括：⏎
  （一）…」 — what that part says, not work (Round 86's (a): the contents of a document are no items).

No line may name a doer of its own (rule 2): a list whose lines each give a named body work stays items."""

from __future__ import annotations

import re

from .doer_words import SHOULD
from .headings import Item
from .sentence_units import doer_units
from .standard_lists import DOING_FIRST

_LEAD_END = r"[ \t\u3000]*$"
# (a) a case clause that points to the list by its condition or class of decisions, then its answer and a colon
_PICKED_CASES = re.compile(r"(?:下列|以下|下述)[\u4e00-\u9fff]{0,6}?(?:条件|决定)(?:之一)?的[，,][^。；;\n]{0,60}[：:]"
                           + _LEAD_END)
_CASE_CLAUSE = re.compile(r"的[；;。]?$")
# (b) a body's jurisdiction over the classes of cases listed 「A管辖下列案件：」「下列案件由A管辖：」
# (… or the classes of applications a body decides 「下列…申请由A负责审批：⏎（一）因…需…的；」: the lines class the
# applications, the decision given once — Round 104 on x371_02 第八条)
_JURISDICTION = re.compile(r"(?:管辖(?:下列|以下)[\u4e00-\u9fff]{0,6}?案件|^(?:下列|以下)[\u4e00-\u9fff]{0,6}?案件"
                           r"[，,]?由[^。；;：:\n]{2,30}?管辖|^(?:下列|以下)[^。；;：:，,\n]{0,20}?申请[，,]?由"
                           r"[^。；;：:\n]{2,30}?(?:负责)?(?:审批|批准|核准|审核|受理))[：:]" + _LEAD_END, re.M)
_CASE_CLASS = re.compile(r"(?:案件|的)[；;。]?$")
# (c) the kinds a noun phrase includes, its own sentence 「符合申请听证条件的处罚决定包括：」「…分为重点保护和一般保护
# 两类。重点保护类包括：」 (not a body's work parts 「评审主要包括：」, round 44: the noun names decisions, cases or a
# class the article sorts into)
_KINDS_INCLUDED = re.compile(r"(?:^|[。；;])[^。；;，,：:\n]{0,30}?(?:决定|(?<=[\u4e00-\u9fff]{2})类)"
                             r"(?:主要)?包括[：:]" + _LEAD_END, re.M)
_BINDS = re.compile(r"应当|必须|(?<![必无])须|负责|牵头|会同")
# (f) what a kind of work covers, its own sentence 「土地调查包括下列内容：⏎（一）土地利用现状…，包括…；」 — lines
# that name matters, no act (Round 93 on x345_01 第九条; Round 86's (a)) — not lines of work 「（一）开展…」, nor what
# a paper must hold 「报告应包括下列内容：」 (``given_lists._CONTAINS`` reads the papers it names)
_WORK_CONTENTS = re.compile(r"(?:^|[。\n])[^。；;，,：:\n应须]{2,12}?(?:主要)?包括(?:下列|以下|如下)(?:主要)?内容[：:]"
                            + _LEAD_END)
# (d) one part of the paper listed before it, spelled out 「其中，处理建议包括：」
_PART_LEAD = re.compile(r"(?:^|[。\n])其中[，,]([\u4e00-\u9fff]{2,10}?)(?:主要)?包括[：:]" + _LEAD_END)
_CONTENTS = re.compile(r"(?:应当|应)?(?:包括|包含|载明|写明)")
# (h) the places or buildings a rule covers, listed under the lead-in that names their class
# 「在本市下列区域内，不得…：」「下列公共建筑未按照…配套建设…的，应当…补建：」 — lines that name members of the class,
# no act (Round 78's (b): the classes an item's work covers are its text), not lines of work 「（一）在…区域开展…」
# nor lines that bind
_PLACES_LISTED = re.compile(r"(?:下列|以下)(?:[\u4e00-\u9fff]{0,4}?)"
                            r"(?:区域|地区|地段|路段|场所|公共建筑|建筑物?|场馆|地点)"
                            r"(?:内|范围内)?(?:的申请(?=不予|不得))?(?:[，,]|(?=未|不得|应当|禁止|不再|不予))[^。；;：:\n]{0,60}[：:]"
                            + _LEAD_END)
_PLACE_LINE_ACTS = re.compile(SHOULD + r"|必须|不得|禁止|负责|牵头|会同|开展|组织|实施")


def _doerless(lines: list[str]) -> bool:
    return not any(doer_units(line)[1] for line in lines)


def _listed_part(body: str) -> bool:
    lead = _PART_LEAD.search(body)
    if lead is None:
        return False
    before = body[:lead.start()]
    sentence = re.split(r"[。\n]", before.rstrip("。\n"))[-1]
    contents = _CONTENTS.search(sentence)
    return contents is not None and lead.group(1) in sentence[contents.end():]


# (g) the parts of an agreement a point signs 「（一）签订《…补偿协议》。⏎1、评估房屋…补偿费。⏎2、结算…基价和价格
# 补贴。」: what the agreement settles, its contents (Round 86's (a); Round 97 on the form: the signing the point's one
# task) — not lines that give a body work 「1、区房管局负责…」 or bind by 应当
_SIGNS = re.compile(r"^(?:[^。；;：:\n]{0,20}?(?:分别|共同)?)签订《[^》\n]{2,40}?(?:协议|合同)(?:书)?》[。．.]?$")
_TERM_BINDS = re.compile(r"负责|牵头|会同|" + SHOULD + r"|必须")


def _signed_paper(item: Item) -> bool:
    """``item``'s whole text signs an agreement (``_SIGNS``) over two or more lines that bind no one."""
    kids = item.children
    return len(kids) >= 2 and not any(c.children for c in kids) and _SIGNS.match(item.body.strip()) is not None \
        and not any(_TERM_BINDS.search(c.body) for c in kids)


# (e) the terms a contract must stipulate 「在出让合同中，应当约定以下转让管理要求及违约责任：⏎（一）…⏎1.…」: what the
# contract says, however the lines are grouped (Round 93 on x345_03 第十六条; Round 86's (a): the contents of a contract
# are no items) — not the work a contract's terms call for 「按照合同约定做好以下工作：」
_STIPULATED = re.compile(r"(?:合同|协议)[^。；;：:\n]{0,20}?(?:应当|应|须)?(?:约定|载明|写明|列明)(?:下列|以下|如下)"
                         r"[^。；;：:\n]{0,20}[：:]" + _LEAD_END)
_LINE_DOER = re.compile(r"负责|牵头|会同")


def contract_terms(item: Item) -> bool:
    """``item``, an article, announces the terms a contract stipulates (``_STIPULATED``), in lines or in groups of
    lines, none of which names a body by 负责／牵头／会同 — or any item signs an agreement over what it settles
    (``_signed_paper``)."""
    if _signed_paper(item):
        return True
    if not (item.article or item.article_line) or len(item.children) < 2:
        return False
    if _STIPULATED.search(item.body.rstrip()) is None:
        return False
    terms = not any(d.children and any(g.children for g in d.children) for d in item.children) \
        and not any(_LINE_DOER.search(d.body) for d in item.descendants())
    # (the parties a term names 「…只能由领军企业或区政府指定机构…回购」 are the contract's, no unit of the article)
    item.cases = tuple(b for d in item.descendants() if (b := d.body.strip())) if terms else item.cases
    return terms


# (h) the kinds an article's opening sentence names in quotes 「X，包括“A”和“B”，…。」 over lines that each say what one
# of them is or honours 「（一）A是本市最高…荣誉，主要表彰…」「（二）B主要表彰…」: definitions of the kinds (round
# 35: definitions are text; Round 91's x340_04 on an article's definitions), no item of work — not lines that bind
# a body 「（一）A由B负责评审」
_QUOTED_KINDS = re.compile(r"包括((?:[“\"「][^”\"」\n]{2,20}[”\"」](?:[、和及与]|以及)?){2,})")
_KIND_NAME = re.compile(r"[“\"「]([^”\"」\n]{2,20})[”\"」]")


def _named_kinds(body: str, firsts: list[str]) -> bool:
    """``body`` names two or more kinds in quotes after 包括, and each of ``firsts`` opens with another of them,
    then what it is (是／为／指／主要…) — no line binding a body."""
    found = _QUOTED_KINDS.search(body)
    if found is None:
        return False
    names = _KIND_NAME.findall(found.group(1))
    opened = [next((n for n in names if f.startswith(n) and re.match(r"(?:是|为|指|系|主要|，|,)", f[len(n):])), None)
              for f in firsts]
    return None not in opened and len(set(opened)) == len(opened) and not any(_BINDS.search(f) for f in firsts)


def class_list(item: Item) -> bool:
    """``item``, an article with a list of lines under it, announces cases, classes or a paper's part (see the
    module's text), no line naming a doer of its own."""
    kids = item.children
    if not (item.article or item.article_line) or len(kids) < 2 or any(c.children for c in kids):
        return False
    body = item.body.rstrip()
    firsts = [c.body.strip().split("\n", 1)[0].strip() for c in kids]
    if _PICKED_CASES.search(body):
        announced = all(_CASE_CLAUSE.search(f) for f in firsts)
    elif _JURISDICTION.search(body):
        announced = all(_CASE_CLASS.search(f) for f in firsts)
    elif _PLACES_LISTED.search(body):
        announced = not any(_PLACE_LINE_ACTS.search(f) or DOING_FIRST.match(f) for f in firsts)
    elif _KINDS_INCLUDED.search(body):
        announced = not any(_BINDS.search(f) for f in firsts)
    elif (contents := _WORK_CONTENTS.search(body)) and "。" not in body[:contents.end()]:
        # (the article's own opening sentence — not one after a sentence of work 「每年对…进行考核。考核包括以下
        # 内容：」, a check's parts, items)
        announced = not any(_BINDS.search(f) or DOING_FIRST.match(f) for f in firsts)
    else:
        announced = _listed_part(body) or _named_kinds(body, firsts)
    # (the lines read for doers last, only under a lead that announces a list: 400 lines of work read for doers
    # cost a second, bench nasty_hired_duties)
    return announced and _doerless(firsts)


# lists of cases read in any item, article or point (Round 91 on x337_01 第七条, x337_02 四、（二）2.,
# x337_03 八、（二）: lines that only class the cases an act reaches are its text, one task with the act — Round 78's
# (b)):
# - a noun lead-in naming the cases in its own sentence 「不予认定建筑面积的情形：」 (no 下列), lines of classes;
_NOUN_CASES = re.compile(r"(?:^|[。；;\n])[^。；;，,：:\n]{2,30}的(?:情形|情况)[：:]" + _LEAD_END)
# - the cases an option is open in 「有下列情况之一的，A可以采取…方式：」 (the option given once, round 49 p46b);
_OPTION_CASES = re.compile(r"(?:下列|以下|下述)[\u4e00-\u9fff]{0,4}?(?:情形|情况)之一的[，,]"
                           r"[^。；;：:\n]{0,20}?(?:可以|可)[^。；;：:\n]{1,30}[：:]" + _LEAD_END)
# - where the matter is handed, case by case 「…根据行为情形不同移送相应区级管理部门：⏎1、…的，移送A。」: each line a
#   case clause, then the lead-in's own verb and its receivers (a sending names none, Round 87's x325_02 第十九条)
_ROUTING_LEAD = re.compile(r"(移送|移交|转交|转送|交由)[^。；;：:\n]{0,20}[：:]" + _LEAD_END)
# - the grades a score falls in 「绩效评价得分对应不同的评定等次：⏎（一）90分≤评价得分≤100分，评定等次为“优”；」 (Round
#   83's x313_03 第十三条: lines that only class; round 58: grade bands are no targets)
GRADES_LEAD = re.compile(r"(?:等次|等级|档次)[：:]" + _LEAD_END)
# (the grade named first, its band after a colon 「信用等级优秀：90分≤信用分值≤100分；」: the same class line)
GRADE_LINE = re.compile(r"(?:等次|等级|档次)(?:(?:评定)?为[“\"「]?[\u4e00-\u9fff]{1,4}[”\"」]?"
                        r"|[\u4e00-\u9fff]{1,4}[：:][^。；;：:\n]{0,30}?[≤≦<＜≥≧>＞][^。；;：:\n]{0,30})[；;。]?$")
_LINE_BOUND = re.compile(r"应当|(?<![相对响供适反理])应(?!急|用|对)|必须|负责(?!人)|牵头|会同")


# the cases a lead-in sorts into a class, said with no 之一 「下列情形属于轻微不良信息：⏎（一）未按照…；」: every
# line a case however it is worded (a body inside it 「…被A查处」「由A责令限期改正，逾期未改正」 is the case's,
# rule 3), none binding
# a body (Round 83's x313_03 第十三条; Round 93 on x345_04 第二十二条's lists: no task)
_BARE_SORTING = re.compile(r"^(?:下列|以下)(?:情形|行为|情况)(?:不属于|属于|视为|视作|视同|列为)"
                           r"[^。；;，,：:\n]{1,30}[：:]" + _LEAD_END, re.M)


def bare_sorted_cases(body: str, lines: list[str]) -> bool:
    """``body`` ends with a lead-in sorting the cases below into a class (``_BARE_SORTING``), no line binding a body."""
    return _BARE_SORTING.search(body) is not None and not any(_LINE_BOUND.search(described(ln)) for ln in lines)


# - the bands of a fine a body may impose 「…责令其限期改正，并可按以下规定处以罚款：⏎（一）擅自占用…的，处以5000元以上
#   2万元以下的罚款。」: 可 reaches the fines its lines set, the bands of an option, no items (Round 104 on x371_02
#   第十六、十七条; round 49 p46b) — not lines under a binding lead-in 「按照下列规定予以处罚：」, each its own response
#   (Round 99's x359_04 第三十四条)
_FINE_BANDS_LEAD = re.compile(r"(?:可以|可)(?:按照?|依照)?(?:下列|以下|如下)(?:规定|标准)?(?:处以?|并处)罚款[：:]"
                              + _LEAD_END)
_FINE_BAND = re.compile(r"的[，,](?:对[^，,。；;]{1,20}?)?(?:可)?处以?[^。；;]{1,40}?罚款")


def _routed(verb: str, line: str) -> bool:
    m = re.match(rf"^[^。；;\n]{{2,80}}?的[，,](?:同时|分别|一并)?{verb}([^，,。；;\n]{{2,30}})[。；;]?$", line)
    return m is not None and not _LINE_BOUND.search(described(line))


def case_list(item: Item) -> bool:
    """``item`` (article or point) announces a list of cases its one act reaches (above), no line binding a body."""
    kids = item.children
    if len(kids) < 2 or any(c.children for c in kids):
        return False
    body = item.body.rstrip()
    firsts = [c.body.strip().split("\n", 1)[0].strip() for c in kids]
    if (route := _ROUTING_LEAD.search(body)) is not None:
        cases = all(_routed(route.group(1), f) for f in firsts)
    elif GRADES_LEAD.search(body) is not None:
        cases = all(GRADE_LINE.search(f) for f in firsts)
    elif _FINE_BANDS_LEAD.search(body) is not None:
        cases = all(_FINE_BAND.search(f) and not _LINE_BOUND.search(f) for f in firsts)
    elif _NOUN_CASES.search(body) is None and _OPTION_CASES.search(body) is None:
        return False
    else:
        cases = not any(_LINE_BOUND.search(described(f)) for f in firsts) and (
            _OPTION_CASES.search(body) is not None or _doerless(firsts))
    # (a case's own clause 「项目需由A确定」 names no unit of the item: case clauses are none, round 29's rule 3)
    item.cases = tuple(firsts) if cases else ()
    return cases


# an article's index of indicators 「绩效评价采取百分制，具体绩效评价指标如下：⏎（一）政策效益指标，主要反映…。包括以下
# 二级指标：⏎1. 当年新增…户数。…」: its groups and lines name what is measured, the contents of the index, no items
# (Round 91 on x335_02 第八条; Round 89's x329_01 第八条; Round 86's (a)) — the article one task, a clause of work in a
# line 「…目标值由A会同B设定」 its text
_INDEX_LEAD = re.compile(r"指标(?:如下|(?:主要)?包括|有)[：:]" + _LEAD_END)
_GROUP = re.compile(r"指标")
# a line that opens with work 「加强…」「应当…」, not a measure's name 「推进银担合作情况：反映…」
_WORK_OPENS = re.compile(r"^(?:应当?|要|须|必须|加强|推进|开展|建立|完善|落实|组织|实施|做好|制定)"
                         r"(?![^，,。；;：:]{0,30}?(?:情况|率|数|额|占比)(?:[：:。；;]|$))")


def indicator_index(item: Item) -> bool:
    """``item``, an article over groups of indicators (or their lines), is an index (above)."""
    kids = item.children
    if not (item.article or item.article_line) or len(kids) < 2 or _INDEX_LEAD.search(item.body.rstrip()) is None:
        return False
    leaves = [d for d in item.descendants() if not d.children]
    groups = [c for c in kids if c.children]
    index = all(_GROUP.search(g.body.split("\n", 1)[0]) and not any(c.children for c in g.children) for g in groups) \
        and not any(_WORK_OPENS.match(leaf.body.strip()) for leaf in leaves)
    # (「年末融资担保在保余额」「单户1000万元及以下」: what is measured, no deadline or target of the article)
    item.measures = tuple(leaf.body.strip() for leaf in leaves) if index else ()
    return index


# a modal inside a noun's description 「依法应当追究法律责任的事实」「依法应当给予处罚的行为」: what the thing is, no
# instruction of the line's own
_DESCRIBED = re.compile(r"依法应当?[^，,。；;：:]{1,20}?的(?=[\u4e00-\u9fff])")


def described(line: str) -> str:
    """``line`` without the modal clauses that only describe a noun (``_DESCRIBED``)."""
    return _DESCRIBED.sub("", line)
