"""Lists that give no work: conditions an applicant must meet, materials to hand in, the cases a rule lists.

「修缮须同时符合以下条件：⏎1.…⏎2.…」「…并提交下列材料：⏎（一）营业执照；⏎（二）…」「有下列情形之一的，不得…：⏎（一）…」:
the numbered lines are text of the item that announces them, not items or tasks of their own; that item is one task
(CONVENTIONS.md, round 35 rulings, "Lists that give no work"). The lead-in names the kind of list — 条件, 材料,
资料, 情形, 要件, 证明文件 — after 下列／以下／如下, or the item's own heading is that kind (「（二）参评基本条件」
「三、新申请试点企业条件」); the persons a grade holds 「以下人员属…对象：」. Not a list of work 「做好以下工作：」
「符合以下要求：」, nor an item whose lines hold items of their own. A list of cases not named so 「由下列单位设置：
（一）…的，由A设置」 is left as items (its cases carry work and units the item's reading would lose), and so is a
list the lead-in names as work 「以下情形作为…重点整治内容：」. Round 36 (a list of rates or prices is text): lines
of rates 「烈属1000元/户」 or of shares under a lead-in naming a scale 「…确定调节金征收比例。」, the persons an
item counts by kind 「烈属3户」, papers to keep 「…材料档案的保管，并形成索引：」, cases however long the
consequence. Round 37: the classes of objects an item's work covers 「排查以下五类房屋：（1）…的房屋；（2）…」. Also
what a plan or a paper holds 「保护规划应当包括下列内容：」 (rounds 37 / 45), the principles a step keeps to
「…应当遵循以下原则：」 (rounds 30 / 33; ``principle_lists``: not where its lines instruct a doer, Round 61), a
definition over its kinds 「本条例所称…，是指…，具体包括：」 or lines that each define one 「维修费，指…」 (round
35), and focus points that only name kinds of violation 「三、治理重点 （一）违规…行为。」 (Round 46: the paragraph
of work under them makes the point one task). Round 49 (p46b): the classes a rule sorts its objects into, counted
「…分为四类：⏎(一)体系建设类，…」.
"""

from __future__ import annotations

import re

from .applicant_steps import APPLICANT_MEETS, work_conditions
from .check_lists import check_contents, check_lines as _checks, checked_parts, checks_announced
from .class_lists import bare_sorted_cases, case_list, class_list, contract_terms, described, indicator_index
from .counted_pieces import counted_pieces
from .headings import Item
from .money_articles import FUND_LEAD as _FUND_LEAD
from .opening_subjects import names_a_doer
from .party_steps import OWED, party_step
from .principle_lists import PRINCIPLES_LEAD, principle_points, principles_only, principles_or_shares
from .project_lists import PROJECT_CLASS as _PROJECT_CLASS, project_classes, project_objects
from .rate_lists import per_unit_rates, rate_list
from .reckoning_lists import (
    RECKONING_LEAD as _RECKONING_LEAD,
    reckoned_nested as _reckoned_nested,
    scoring_heading_lines,
)
from .rule_lists import INFO_LEAD, breach_lead, conduct_cases, info_kinds, pointed_info, scope_kinds, uncited, unfined
from .second_lists import CASE_LINE, CASES_AT, CASES_POINTER, answered_cases, handed_files, split_second_list
from .sentence_units import doer_units
from .standard_lists import (
    DOING_FIRST as _DOING_FIRST,
    RESPONSE as _RESPONSE,
    SUBJECT_BOUND as _SUBJECT_BOUND,
    first_lines as _first_lines,
    review_contents as _review_contents,
    standards_list as _standards_list,
)
from .step_outlines import outline_run, step_outline
from .text_lead_ins import EXCEPTED_LEAD, FORBIDDEN_LEAD, REASONS_LEAD, RECIPIENTS_LEAD, nested_text, text_lines

_KIND = r"(?:条件|材料|资料|情形|要件|证明文件|申请文件|申报文件)"
# the lead-in: 下列／以下／如下 then a few words and the kind, the list announced right after it
# (应当具备以下基本条件： / 提交下列材料： / 有下列情形之一，不得设置…：); not a sentence that goes on to give
# work on the objects the conditions pick 「具备以下条件的公厕，也应实行…：」, nor the exceptions to a rule
# 「但下列情形除外：」, nor a list of conditions and more 「必须具备以下条件并作出相应承诺：」 (commitments are work)
# (… or a one-of pointer with no kind word 「满足以下任意一条，…需进行迁移：」: its lines are the conditions)
_LEAD_IN = re.compile(rf"(?:下列|以下|如下)[\u4e00-\u9fff]{{0,6}}?(?:{_KIND}|(?<=[任意何])一[条项])"
                      rf"(?!除外|[并和及与、的])[^。；;：:\n]{{0,16}}[：:]?[ \t\u3000]*$", re.M)
# the cases of a rule 「有下列情形之一的，依照《…》追究法律责任;涉嫌犯罪的，依法移送…：」: a lead-in naming cases,
# however long its consequence, whose lines are each a case (a 的-clause or 情形／行为): an article of only cases
# (the same pointer worded 「出现下述任一情况，A可选择…：」「有以下情形，由A…给予处分：」「有以下情况的，…：」: a case
# clause over the list however the one-of is said — round 35, an article of only cases is one task)
_CASES_LEAD = re.compile(CASES_POINTER + r"(?:[^。\n]*[：:]|[^\n]*。)[ \t\u3000]*$")
# (… or a line that names a failure to act 「（三）未指定装修垃圾堆放场所；」 under a lead-in of cases or breaches:
# a case however it ends, no work of its own)
_OMISSION = re.compile(r"^(?:未|没有)(?![^。；;\n]*(?:应当|必须|负责))[^。；;\n]{2,60}[；;。]?$")


# a case lead-in whose consequence only sorts the cases 「有下列情形之一的，不属于本办法规定的奖励范围：」「…的，视作
# 放弃奖励：」「…的，属于…规定的“…”的行为：」: its lines are the cases excluded, deemed or defined, whatever they end
# with (「…的举报；」「…等行为；」) — text where none of them names a doer (round 35: cases; the lines of a 「…的，由A
# 处理：」 list must each be a case clause)
_SORTING_CASES = re.compile(CASES_POINTER + r"[，,]?(?:不属于|属于|不予|不再|视为|视作|视同|认定为)"
                            r"[^。；;：:\n]{0,30}[：:][ \t\u3000]*$")


def _sorted_cases(body: str, lines: list[str]) -> bool:
    return _SORTING_CASES.search(body) is not None and _doerless(lines) or bare_sorted_cases(body, lines)


def _cases_lead(body: str) -> bool:
    """``_CASES_LEAD`` tried at the last such lead-in only (where an earlier one matches, the last one does: its tail
    is a suffix of the earlier's) — searching from every one is quadratic in a long body that holds many."""
    starts = [m.start() for m in CASES_AT.finditer(body)]
    return bool(starts) and _CASES_LEAD.match(body, starts[-1]) is not None
# the objects an item's rule covers (round 37, classes of objects), run straight into the rule
# 「下列地名应当设置地名标志：」 too
_OBJECTS_LEAD = re.compile(r"^(?:下列|以下)([\u4e00-\u9fff]{2,12}?)(?:[，,]|(?=应当|必须))[^。\n]{0,60}[：:]"
                           r"[ \t\u3000]*$")
# the events on which a body's step is taken 「发生以下事由后，市公积金中心终止支付贴息金额：⏎（一）贴息贷款还清；⏎
# （二）…」 (round 35: an article of only cases is one task): short lines, no doer in them
_EVENTS_LEAD = re.compile(r"(?:发生|出现|遇有)(?:下列|以下|下述)(?:任一|任何一种)?(?:事由|情形|情况|事项)(?:之一)?"
                          r"(?:后|时|的)?[，,][^。；;\n]{2,40}[：:][ \t\u3000]*$")
# a list of rates under an item 「按土地用途确定调节金征收比例。（一）工业用途…按入市收入的15%缴纳」: the lead-in
# names a rate or a scale and every line gives one (a share or a sum of money)
# (a sentence that sets them 「按…确定…比例。」, not a heading 「价格标准」 over items that give work)
_RATES_LEAD = re.compile(r"(?:确定|按照?|实行)[^。\n]{0,20}(?:比例|标准|费率|税率|价格)[。：:]?[ \t\u3000]*$")
# a list of documents kept or handed in 「…相关材料档案的保管，并形成索引：（一）订立的物业服务合同；…（七）印章
# 使用登记表；」: the lead-in names papers, every line is one (a noun of papers at its end, an aside in brackets
# allowed)
_PAPERS_LEAD = re.compile(r"(?:材料|资料|档案|文件|证件)[^。\n]{0,20}[：:][ \t\u3000]*$")
# (… and a request or an estimate handed in 「1、请示。包括…」「3、项目概算；」「4、可行性研究报告、环评报告等。」: the
# line's first sentence, an 等 tail allowed — x246_03 第十条)
_PAPER = re.compile(r"(?:材料|资料|文件|合同|协议|表|单|书|证|证明|记录|台账|凭证|复印件|报告|提议|意见|送审申请|"
                    r"请示|概算|预算|估算|图|批复|批文|经营计划|工作计划|"
                    # (a written explanation handed in with them 「…超过7日的费用的书面说明等。」)
                    r"(?:书面|情况|相关)说明)》?等?"
                    r"(?:[（(][^）)\n]*[）)]){0,2}等?[；;。]?$")
_AMOUNT = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|[万千百]?元)")
# a heading that is the kind an applicant meets or hands in (参评基本条件 / 新申请试点企业条件 / （申报条件）)
_KIND_HEADING = re.compile(rf"^[（(]?[\u4e00-\u9fff]{{0,10}}(?:申报|申请|参评|参选|选聘|报名|准入|认定)"
                           rf"[\u4e00-\u9fff]{{0,4}}{_KIND}[）)]?\s*[:：]?\s*$")
# the persons a grade holds 「以下人员属本办法所称的特殊困难对象：」 (members of a grade, not work)
_MEMBERS = re.compile(r"(?:下列|以下)人员(?:属|为|是)")
# a list the lead-in names as work 「以下情形作为…重点整治内容：」「下列情形列入…整治范围：」: its items are scopes
# to act on (with their areas and figures), items, not text
_AS_WORK = re.compile(r"作为|列为|列入|纳入|重点|内容|任务|范围|对象")


# what a paper must hold 「移交接管协议应当载明下列内容：」 and the events a party is asked to join 「应当通知接管单位
# 参加下列活动：」: a list that gives no work (round 37: one that only lists what a document must contain), the lead-in
# closing the item's text
# (and what a plan or a paper holds 「历史文化风貌区保护规划应当包括下列内容：」「保护规划应当…，具体包括下列内容：」:
# (「预申请公告应包含以下信息：」「预申请文件应明确以下内容：」 alike, Round 87's x327_01 细则 五、)
# the document named in the lead-in's own sentence — round 37, round 45: a list of what a document contains is one task;
# not a work clause's parts 「评审主要包括：」, round 44; a decision's 「行政决定主要包括以下内容：」 too, x247_03)
_PAPER_KINDS = r"(?:规划|方案|计划|指引|合同|协议|章程|决定|决定书|文书|通知书|制度|公告|告示|图)"
_CONTAINS = re.compile(r"(?:(?:载明|写明|列明|注明|标注|标明)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:内容|事项)"
                       r"|(?:参加|参与|出席)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:活动|会议)"
                       # (what a plan may hold 「承接查验方案可包括以下内容：」: its contents as much as 应当's)
                       rf"|{_PAPER_KINDS}(?:应当|应|须|可以|可)?(?:(?:(?!工作)[^。；;：:\n]){{0,60}}?[，,])?(?:主要|具体)?"
                       r"(?:包括|包含|明确)(?:下列|以下|如下)(?:主要)?(?:内容|事项|信息)"
                       # (the paper a body is told to draw up, then a sentence with no subject on what it holds
                       # 「各区应在…内制定本区的考评标准，并报A备案后实施。应包括但不限于以下内容：」 — the
                       # standard's contents, Round 92's governs on x311_02 第二十三条, Round 97 on its form)
                       r"|(?:制定|编制|修订|起草)[^。；;：:\n]{0,30}?(?:" + _PAPER_KINDS[3:-1] + r"|标准|细则|办法)"
                       r"[^。；;：:\n]{0,30}。(?:应当|应|须)(?:主要|具体)?(?:包括|包含)(?:但不限于)?"
                       r"(?:下列|以下|如下)(?:主要)?(?:内容|事项))"
                       r"[：:][ \t\u3000]*$"
                       # (what a report must hold, the report a noun that opens the sentence 「事故报告应当包括
                       # 下列内容：」「评估报告应当载明以下事项：」: a paper's contents, as a plan's — Round 92's
                       # governs on x311_02, Round 86's (a); not a sending 「…向A报告，包括以下内容：」, the verb
                       # after its receiver)
                       r"|(?:^|[。\n])[^。；;，,：:\n向]{2,16}?报告(?:书)?(?:应当|应|须)?(?:主要|具体)?(?:包括|包含|载明|写明)"
                       r"(?:下列|以下|如下)(?:主要)?(?:内容|事项|信息)[：:][ \t\u3000]*$"
                       # (the contents named before the verb 「…管理制度主要内容应当包括；」, a semicolon for the colon)
                       rf"|{_PAPER_KINDS}(?:的)?(?:主要|具体)?内容(?:应当|应|须)?(?:主要)?包括[：:；;]"
                       r"[ \t\u3000]*$"
                       # (the conditions a tender or a grant sets 「招标条件应当包括下列内容：」「…单位的招标条件应当
                       # 包括：」: what the conditions hold, Round 86's (a) — contents, no items)
                       r"|(?:招标|投标|准入|资格|申请|申报)条件(?:应当|应|须)?(?:主要|具体)?(?:包括|包含)"
                       r"(?:下列|以下|如下)?(?:内容|事项)?[：:][ \t\u3000]*$", re.M)
# a definition over its kinds 「本条例所称城市更新，是指…，具体包括：」, lines that are no project classes (those stay
# items, plans-next81 / -next89); kinds each defined 「（一）保养维护工程是指…」 (round 35: definitions are text)
_DEFINES = re.compile(r"所称[^。\n]{1,30}?是指[^。\n]{0,300}?包括[：:][ \t\u3000]*$")
# (also 「维修费，指灌溉泵站…的维修费用」: the kind, a comma, then 指)
_DEFINED_LINE = re.compile(r"^[^，,。；;：:\n]{2,24}?(?:是指|指的是|[，,]指(?![导出定挥派]))")


_PUBLIC_AGENT = re.compile(r"由[^，,。；;：:\n]{0,16}?(?:部门|局|委|办|政府|机构|中心)(?:[^，,。；;：:\n]{0,4}?)"
                           r"(?:提出|负责|组织|审核|核定|制定|确定|批准)")


def _announces(item: Item) -> bool:
    body = item.body.strip()
    if not body:
        return False
    if (item.article or item.article_line) and (APPLICANT_MEETS.search(body) or text_lines(item)):
        return True
    first = body.split("\n", 1)[0].strip()
    # (a heading of the kind over lines that hand a public body work by 由 「（准入条件）…按以下标准确定：⏎（三）…
    # 具体由区房屋管理部门提出方案…」 is the article's heading over items, not the applicant's list — an applicant's
    # conditions name the applicant's own duties 「园区平台公司应当…，负责…」)
    if _KIND_HEADING.match(first) is not None and not any(_PUBLIC_AGENT.search(c.body) for c in item.children) \
            or _MEMBERS.search(body) is not None or _CONTAINS.search(body) is not None:
        return True
    lead = _LEAD_IN.search(body)
    return lead is not None and _AS_WORK.search(lead.group()) is None and not _answered_each(lead.group(), item) \
        and not work_conditions(body, item)


# (cases a lead-in names 「合同履行中有以下情况可以申请变更：」 over lines that each carry their own response 「（一）…
# 变更工期的，应当报A批准。」「（三）合同解除的，乙方应及时结清…」: not a list of cases answered once — each line is an
# item read by its own words (Round 91 on a lead-in's options over its lines: the options no work, the line that
# binds a task; the module's 「由下列单位设置：（一）…的，由A设置」)
def _answered_each(lead: str, item: Item) -> bool:
    lines = [c.body.strip() for c in item.children]
    # (the lead-in offers an option 「…可以…：」 — one that names the work it answers the cases with 「…应当根据以下情形
    # 办理审核手续：」 keeps its lines as the article's cases, one task)
    return re.search(r"情形|情况", lead) is not None and "之一" not in lead \
        and re.search(r"可以|可(?!能)", lead) is not None \
        and all(_line_binds(line) and not re.search(r"的[；;。]?$", line) for line in lines)


# a rate or price line 「烈属1000元/户」「在乡伤残军人500元/人」「二类200—500元/人」: a short name, then an amount of
# money (a span allowed) per head or unit — a list of rates under an item is text (round 36)
_RATE = re.compile(r"^[^\d，,。；;：:\n]{1,16}?\d+(?:\.\d+)?(?:\s*[—–\-~～至]\s*\d+(?:\.\d+)?)?"
                   r"\s*[万千百]?元\s*(?:/|每)")
# the persons an item names by kind and number 「走访慰问对象及人数：1、烈属3户 2、在乡复员军人21人 …」 (members of
# a grade, counted: objects, not work)
_OF_PERSONS = re.compile(r"对象|人员名单|人数")
_COUNTED = re.compile(r"^[^\d，,。；;：:\n]{1,16}?(?:属|人员|军人|者|员)(?:\d+|若干)\s*[户人名位][。；;]?$")


# a list of classes of objects 「…排查以下五类房屋:⏎(1)3层以上,聚集人流10人以上的房屋;⏎(2)用于教育、医疗…」 (round 37:
# the classes the item's work covers, its text): the lead-in counts the classes of a noun, every line names one of
# them (ends in that noun; the last may be cut)
_CLASSES_LEAD = re.compile(r"(?:下列|以下|如下)(?:[一二三四五六七八九十两\d]{1,2}\s*)?[类种]([\u4e00-\u9fff]{1,6})[：:]"
                           r"[ \t\u3000]*$")


# (the objects a body's work bears on, named as the noun the work takes 「A应对下列建筑进行重点能源审计：⏎（一）重点用能
# 单位建筑；⏎（二）…的公共建筑；」: each line's first clause ends in that noun — round 37, classes of objects; the
# sentence of work run on after the last one is the item's text too)
_WORK_OBJECTS_LEAD = re.compile(r"对(?:下列|以下|如下)(?:[一二三四五六七八九十两\d]{1,2}\s*[类种])?"
                                r"([\u4e00-\u9fff]{1,6}?)"
                                r"(?:进行|开展|实施|组织)[^。；;：:，,\n]{1,20}[：:][ \t\u3000]*$")


def _work_objects(body: str, lines: list[str]) -> bool:
    lead = _WORK_OBJECTS_LEAD.search(body)
    if lead is None:
        return False
    tail = re.compile(re.escape(lead.group(1)[-2:]) + r"$")
    return all(tail.search(re.split(r"[；;。]", line, maxsplit=1)[0].strip()) for line in lines)


def _class_lines(body: str, lines: list[str]) -> bool:
    if _work_objects(body, lines):
        return True
    lead = _CLASSES_LEAD.search(body)
    if lead is None:
        return False
    noun = re.compile(re.escape(lead.group(1)) + r"[；;。]?$")
    return all(noun.search(line) for line in lines[:-1]) and (
        noun.search(lines[-1]) is not None or not re.search(r"[。；;]$", lines[-1]))


# a list of kinds each defined by what it holds 「1.可回收垃圾:⏎主要包括废纸、塑料…」「2.厨余垃圾：包括剩菜剩饭…」: what
# the kinds are, no work (round 35: definitions are text)
_DEFINED_KIND = re.compile(r"^[^，,。；;：:\n]{2,12}[：:]\s*(?:主要)?(?:包括|包含)")


# (not an article whose own work clause takes the list as its object 「各级国动部门对…中下列内容进行重点审查：」
# 「市国动办核对以下内容无误后…予以受理。审核内容如下：」: the lines are the work's parts, items — CONVENTIONS.md
# round 55's x248_01 第十二条 and the x267_04 line: objects of a work clause the list itself completes; the clause
# ends at the list, or a label 「审核内容如下：」 follows it — not a clause that goes on past its object
# 「由审计机构主要对以下内容进行审计，审计结果报…确认后办理项目核销：」, the list the article's text)
_REVIEWED_LIST = re.compile(r"(?:对|核对)[^。；;：:\n]{0,30}?(?:下列|以下)(?:内容|事项|情况)(?:"
                            r"(?:进行|开展)?(?:重点)?(?:审查|审核|核查|检查|核对)[：:]|"
                            r"[^。；;：:\n]{0,40}。(?:审核|审查|核查)(?:的)?内容(?:如下|包括)[：:])[ \t\u3000]*$")


# a list of the kinds a rule sorts its objects into, each defined by its cases 「…分为…等四种情形，…具体如下：⏎（一）有
# 以下情形之一的，属于建筑结构局部变动⏎1.…的；⏎2.…」「（四）除上述三类情形以外，…的，属于简易装修工程。」 (round 35:
# definitions are text): the lead-in 「如下：」 and every kind's first line says what 属于 which kind, or the kind's
# lead-in 「有以下情形之一的，属于X」 over its cases, no doer in them
_KINDS_LEAD = re.compile(r"(?:分为|划分为)[^。\n]{2,60}(?:情形|类型|类别|种类)[^。\n]{0,30}如下[：:][ \t\u3000]*$")
_SORTED_INTO = re.compile(r"(?:情形|情况)(?:之一)?的?[，,]\s*属于[\u4e00-\u9fff]{2,20}$")


# a classification over the classes it names 「…将专家总体分为四类：⏎（一）体系建设类，涉及…；⏎（二）咨询服务类，…」:
# each line opens with one class's name (…类／…型／…级), what it covers after it — a list that defines kinds (Round 54's
# classes, 分为…类: definitions, text), the article one task where it gives work
_SORTS_INTO = re.compile(r"(?:分为|划分为|分成)(?:以下|如下|下列)?[一二三四五六七八九十两\d]{1,2}(?:个)?[类种级]"
                         r"[^。；;：:\n]{0,10}[：:][ \t\u3000]*$")
_CLASS_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}[类型级](?:[：:，,]|$)")


def _kinds(body: str, firsts: list[str]) -> bool:
    return _KINDS_LEAD.search(body) is not None and all("属于" in first for first in firsts) \
        or _SORTS_INTO.search(body) is not None and all(_CLASS_NAME.match(first) for first in firsts)


def _doerless(lines: list[str]) -> bool:
    """No line names a doer of its own (``doer_units``): a list given once, not each a body's work."""
    return not any(doer_units(line)[1] for line in lines)


def _objects(body: str, firsts: list[str]) -> bool:
    """The item opens with the objects its rule covers 「下列X，…：」 and every line names one: ends in X's last
    word (项目) or is a short phrase (事项: 「迁移或者砍伐树木；」)."""
    lead = _OBJECTS_LEAD.match(body.strip())
    if lead is None:
        return False
    tail = re.compile(re.escape(lead.group(1)[-2:]) + r"[；;。]?$")
    # (the bodies a duty falls on, classed 「下列单位应当配备…：⏎（一）大型港口、机场、…货运站；⏎（二）…的其他
    # 大型企业。」: lines that only class bodies, however long, with no work word — a list of cases, Round 78's (b))
    bodies = re.search(r"单位|企业|机构|场所", lead.group(1)) is not None
    return all(tail.search(first) or len(first) <= 30 or bodies and not _LINE_WORK.search(first)
               and first.count("。") <= 1 for first in firsts)


def _papers_nested(item: Item) -> bool:
    """A list of papers to hand in whose papers carry points of their own 「申报资料应包括：⏎1、项目送审申请。⏎…⏎
    6、初步设计文件。⏎（1）…应由…编制。⏎7、…等评估报告：⏎（1）…应提供…意见。」: what each paper must hold or who writes
    it, the whole list the text of the item announcing it (round 35, a materials list; round 43, with its points)."""
    firsts = _first_lines(item)
    return _PAPERS_LEAD.search(item.body.rstrip()) is not None and len(firsts) >= 3 and all(
        _PAPER.search(first.rstrip("：:")) and len(first) <= 60 for first in firsts)


# the rights a rule grants 「专家委员会专家享有下列权利：」, a hired person's obligations, and the matters a
# meeting takes up 「专家委员会全体会议议事事项有：」「联席会议审议下列事项：」: what a person may do or must
# keep to, or what is put before a body, no work given by the lines (round 35: a list that gives no work is the
# text of the item announcing it) — not a body's duties 「…职责包括：」
_RIGHTS_LEAD = re.compile(r"(?:(?:享有|行使|具有)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?权利"
                          r"|享有的(?:主要|基本)?权利(?:有|包括|为)?"        # (「专家享有的主要权利：」, x246_04)
                          # (a hired person's own obligations 「专家委员会专家应履行下列义务：」: a person's, no
                          # task — rounds 36 / 45, hired persons' duties)
                          r"|(?:专家|委员|[师员])(?:应当?|须)?(?:履行|遵守)(?:下列|以下|如下)义务"
                          # (the powers a body exercises or hands to another 「A行使的下列行政处罚权，依法转由B
                          # 行使：」: lines that only name powers name no act — round 66; Round 85's x317_02 三、)
                          r"|(?:下列|以下|如下)[\u4e00-\u9fff]{0,8}?(?:职权|权力|权)[，,]?[^。；;：:\n]{0,20}?行使)"
                          r"[：:][ \t\u3000]*$")
_MATTERS_LEAD = re.compile(r"(?:(?:议事|审议|审定|讨论)事项(?:主要)?(?:有|包括|为)"
                           r"|(?:审议|审定|讨论)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?事项)[：:][ \t\u3000]*$")
_BINDS = re.compile(r"应当|负责|牵头|必须")
# the conditions a party must meet 「受托机构应当具备以下基本条件：」「除基本条件外，…还应当具备以下条件：」: an
# article that is only such a list gives no work (round 35: conditions are text; round 33: no task where the plan's
# tasks name units)
_CONDITIONS_LEAD = re.compile(r"(?:具备|符合|满足)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?条件[：:][ \t\u3000]*$")


def _rights_or_matters(body: str, lines: list[str]) -> bool:
    return (_RIGHTS_LEAD.search(body) is not None or _MATTERS_LEAD.search(body) is not None) \
        and not any(_BINDS.search(line) for line in lines)


def _powers_lead(item: Item) -> bool:
    """The one point with lines under it 「三、…其中，A行使的下列行政处罚权，依法转由B行使：」 lists powers, no
    structure of the plan: its lines are its text (the lead-in ``_RIGHTS_LEAD``'s powers)."""
    return "权" in item.body and _rights_or_matters(item.body.rstrip(), [c.body for c in item.children])


def grants_or_lists_matters(body: str) -> bool:
    """An article whose whole text is a rights or matters lead-in over its folded list 「（专家的权利）⏎专家委员会
    专家享有下列权利：⏎（一）…」「（议事事项）⏎…议事事项有：⏎（一）…」, or kinds of information
    「…信息的主要来源如下：」 (``rule_lists.info_kinds``): no work anywhere in it (round 33: no task
    in a plan whose tasks name units) — not one with a sentence of work before or after its list."""
    lines = [line.strip() for line in body.strip().split("\n")
             if line.strip() and not re.match(r"第[一二三四五六七八九十]{1,3}章", line.strip())]  # (a chapter run in)
    at = next((k for k, line in enumerate(lines)
               if _RIGHTS_LEAD.search(line) or _MATTERS_LEAD.search(line) or PRINCIPLES_LEAD.search(line)
               or _CONDITIONS_LEAD.search(line) or _POWER_LEAD.search(line) or INFO_LEAD.search(line)), None)
    if at is None or at + 2 >= len(lines) or any(re.search(r"[。；;]", line) for line in lines[:at]) \
            or re.search(r"[。；;]", lines[at]):
        return False
    # (a condition's 「…应当有完善的…方案」 names what the party must have, a state — no work, round 35's conditions)
    return all(re.match(r"[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]", line)
               and not _BINDS.search(_HAVING.sub("", line) if _CONDITIONS_LEAD.search(lines[at]) else line)
               for line in lines[at + 1:])


_HAVING = re.compile(r"(?:还)?(?:应当|应|必须)(?=有|具有|具备)")


# focus points that only name kinds of violation 「三、治理重点 (一)违规在…停放充电行为。(二)…(四)…不规范…的问题。」
# (Round 46: fields, no tasks — what the work bears on; the paragraph that gives the work makes the point one task)
_FOCUS_HEADING = re.compile(r"(?:治理|整治|排查|检查|查处|打击|清理|执法)?重点[:：]?$")
_VIOLATION = re.compile(r"(?:行为|问题|现象|隐患)[。；;]?$")


def _violations(item: Item, firsts: list[str]) -> bool:
    return _FOCUS_HEADING.search(item.title.strip()) is not None \
        and all(_VIOLATION.search(first) and not doer_units(first)[1] for first in firsts)


# the thresholds that bring the item's rule on 「…的采购达到下列标准之一的，必须按…规定组织开展招投标活动：⏎
# （一）施工单项合同估算价在400万元人民币以上；⏎（二）…」: each line a figure and its bound (以上／以下／超过…), no
# doer in it — the conditions of the work, the item's text (round 35: conditions are text), the item one task with
# the figures
_THRESHOLD_LEAD = re.compile(r"(?:达到|超过|符合|满足)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:标准|限额|规模)"
                             r"(?:之一)?的[，,]")
_THRESHOLD = re.compile(r"\d(?:\.\d+)?\s*[万亿]?[\u4e00-\u9fff]{0,5}?(?:以上|以下|以内)"
                        r"|(?:超过|不足|不满|不低于|不少于|高于|低于)[^。；;，,]{0,10}\d")


def _thresholds(body: str, firsts: list[str]) -> bool:
    return _THRESHOLD_LEAD.search(body.rsplit("\n", 1)[-1]) is not None \
        and all(_THRESHOLD.search(first) for first in firsts) and _doerless(firsts)


# the conditions answered once in a lead-in that gives the work 「其它具备以下条件的公厕，也应实行24小时开放：⏎（一）…
# 的；」「满足以下条件的施工标段应安装监测设备：⏎1、…的工程标段：…以上的…工程。」 (Round 60 rulings, x94_02 三 and
# x64_04 一/（二）; round 54's test, round 35): each line only names a condition or a class of the objects the work
# picks, the work given once in the lead-in — the lines are text, the item one task. Not lines that each carry their
# own step (round 51 q47b): a modal, a verb of doing or a doer in a line keeps the items.
_PICKED_LEAD = re.compile(r"(?:具备|满足|符合)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?条件(?:之一)?的"
                          r"[^，,。；;：:\n]{0,20}?"
                          r"[，,]?[^。；;：:\n]{0,20}?(?:应当|应|须|必须|要)[^。；;：:\n]{1,40}[：:][ \t\u3000]*$")
# (the conditions of the parties who may take an option, the body's handling after it 「对符合以下条件的企业提交的
# 方案，可以申请简化审查，A在收到…后，…作出决定：⏎（一）两年内无违规记录；」: each line a condition of the party or its
# record, no modal of its own — the lines are text, the article one task; a line's 「A审核通过的…」 describes the
# record)
_OPTION_TAKERS_LEAD = re.compile(r"(?:具备|满足|符合)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?条件(?:之一)?的"
                                 r"[^。；;：:\n]{2,40}?[，,](?:可以|可)[^。；;：:\n]{2,120}[：:][ \t\u3000]*$")
_CONDITION_BINDS = re.compile(r"应当|(?<![相对响供适反理])应(?!急|用)|(?<![必无])须|必须|不得|严禁|禁止|负责|牵头|会同")
# the cases a lead-in answers with an option 「违法用地存在以下情形的，可以采取其他处置方式：⏎1.…经A审核同意，可以…」
# (Round 60 rulings, v04 三/（二）; round 49 p46b): each line a case with its optional route, a party's own step
# beside it — a list of what may be chosen gives no work: text
_OPTIONS_LEAD = re.compile(r"(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:情形|情况)(?:之一)?的?[，,]\s*(?:可以|可)"
                           r"[^。；;：:\n]{1,30}[：:][ \t\u3000]*$")


def _picked_list(item: Item) -> bool:
    """A list of conditions or classes under a lead-in that gives its work once, or of cases with their options."""
    kids = item.children
    if len(kids) < 2 or any(c.children for c in kids):
        return False
    body = item.body.rstrip()
    # (an aside in brackets 「（主要包括…厕间语音应答系统…）」 names the condition's parts, no step)
    firsts = [re.sub(r"[（(][^（()）\n]*[）)]", "", c.body.strip().split("\n", 1)[0]).strip() for c in kids]
    if _PICKED_LEAD.search(body):
        # (「有…依法应当追究法律责任的事实」: the modal describes the fact, the line binds no one)
        return not any(_LINE_WORK.search(described(first)) or _DOING_FIRST.match(first) for first in firsts) \
            and _doerless(firsts)
    if _OPTION_TAKERS_LEAD.search(body):
        return not any(_CONDITION_BINDS.search(first) or _DOING_FIRST.match(first) for first in firsts) \
            and _doerless(firsts)
    return _OPTIONS_LEAD.search(body) is not None and all(
        re.search(r"可以|可(?!能)", first) and not _RESPONSE.search(first) for first in firsts)


def _is_given_list(item: Item) -> bool:
    kids = item.children
    if len(kids) < 2:
        return False
    if any(c.children for c in kids):
        return _papers_nested(item) or indicator_index(item) or contract_terms(item) or _reckoned_nested(item) \
            or nested_text(item)
    lines = [c.body.strip() for c in kids]
    if item.article and principles_or_shares(lines) or principle_points(item, lines) or scope_kinds(item) \
            or class_list(item) or case_list(item) \
            or contract_terms(item):
        return True
    if _violations(item, [line.split("\n", 1)[0].strip() for line in lines]):
        return True
    if _announces(item) or principles_only(item.body, lines) \
            or all(_RATE.match(line) for line in lines) or per_unit_rates(lines) \
            or all(_DEFINED_LINE.match(line) for line in lines) \
            or _DEFINES.search(item.body) is not None and not all(_PROJECT_CLASS.match(line) for line in lines) \
            or all(_DEFINED_KIND.match(line) for line in lines) \
            or checks_announced(item.body, item.article, lines) \
            and not (item.article and _REVIEWED_LIST.search(item.body.rstrip())) or _review_contents(item) \
            or check_contents(item.body.rstrip(), lines) or checked_parts(lines):
        return True
    body = item.body.rstrip()
    firsts = [line.split("\n", 1)[0] for line in lines]
    if (_cases_lead(body) or breach_lead(body)) and all(CASE_LINE.search(unfined(uncited(first), body))
                                                        or _OMISSION.match(first) for first in firsts) \
            or _kinds(body, firsts) \
            or _thresholds(body, firsts) or project_objects(body, firsts) \
            or _sorted_cases(body, lines) or _rights_or_matters(body, firsts) or info_kinds(body, firsts) \
            or pointed_info(item, firsts) or conduct_cases(body, firsts):
        return True
    if _EVENTS_LEAD.search(body) and all(len(line) <= 40 and "\n" not in line for line in lines) and _doerless(lines):
        return True
    if _SORTED_INTO.search(body) and _doerless(lines):
        return True
    if (FORBIDDEN_LEAD.search(body) or REASONS_LEAD.search(body) or _objects(body, firsts)
            or _FUND_LEAD.search(body)) and _doerless(lines) or project_classes(body, firsts, lines):
        return True
    if (EXCEPTED_LEAD.search(body) or RECIPIENTS_LEAD.search(body)) and _doerless(lines):
        return True
    if _RATES_LEAD.search(body) and all(_AMOUNT.search(line) for line in lines) or _class_lines(body, lines) \
            or rate_list(body, firsts):
        return True
    if _PAPERS_LEAD.search(body) and all(_PAPER.search(re.split(r"(?<=。)", first, maxsplit=1)[0]) and len(first) <= 60
                                         for first in firsts):
        return True
    if handed_files(body, firsts) or _RECKONING_LEAD.search(body) and _doerless(lines) \
            or scoring_heading_lines(item, lines):
        return True
    return _OF_PERSONS.search(item.body) is not None and all(_COUNTED.match(line) for line in lines) \
        or counted_pieces(item)     # (「1.跑旱船(32个);⏎2.跑马(16个)」: the pieces the work brings, counted)


# a grant and its sum or ratio 「给予不超过30%的一次性补贴」「给予不超过1:0.5的…资金匹配」「最高不超过500万元」
# (plans-next88 x88_04's answer aligned to round 36 in round 38)
_GRANT = re.compile(r"给予|补贴|奖励|资助|匹配|补助|(?:资金|[两三]级)支持|支持(?:比例|金额|额度)")
_SUM = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|[万千百亿]?元)|\d\s*[:：]\s*\d")


def _rates_article(item: Item) -> bool:
    """An article whose numbered items, at every depth, are the rates of its policy 「（一）…支持标准如下：⏎
    1.…给予不超过30%的一次性补贴，单个项目…最高不超过500万元」: four in five of its innermost items
    grant a sum or a ratio (round 36: a list of rates under an article is text, the article one task)."""
    if not item.article or not item.children:
        return False
    leaves = [d for d in item.descendants() if not d.children]
    granted = sum(bool(_GRANT.search(leaf.body) and _SUM.search(leaf.body)) for leaf in leaves)
    return len(leaves) >= 3 and granted * 5 >= len(leaves) * 4


# a line of an article's list that gives work: a rule's modal, a verb of doing a body is told to do, or a response to
# its case 「…的，责令限期改正，处…罚款」 (Round 51, q47b: items that carry their own response are tasks)
# (not a sum owed 「扣除职工应缴部分的住房公积金」「应缴未缴的」: a noun, no modal)
_LINE_WORK = re.compile(rf"应当|(?<![相对响供适反理])应(?!急|用|对|{OWED})|(?<![必无])须|必须|不得|严禁|禁止"
                        r"|负责(?!人)|牵头|会同|组织|督促|指导|监督|检查|核查|审核|审批|责令|罚款|没收|吊销|处分|追究"
                        r"|(?<![主重需必摘纪提概首只])要(?!求|点|素|件)")
# the lead-in of an article's list of cases, conditions, materials, limits or ways
# 「…有下列情形之一的，可以申请…：」「…应当符合以下规定：」「…采取以下方式：」 (round 35's lists, round 36's rates
# and limits)
_BARE_LEAD = re.compile(r"(?:下列|以下|如下|下述)[^。；;：:\n]{0,12}?"
                        r"(?:情形|情况|条件|材料|资料|证件|规定|方式|类型|事由|限额|标准|行为|目录|副本|费用)"
                        # (or a sentence closing on 如下 「…应符合以下第（1）项至第（3）项条件，具体如下。」)
                        r"(?:[^。；;：:\n]{0,90}[；;])?[^。；;：:\n]{0,90}(?:[：:]|如下[。．])[ \t\u3000]*$")
# (a definition's or a scope's lead-in 「…是指：」「…分为以下类型：」「…范围为：」: its own readers, round 30 —
# the article is a general provision, not one task) (not a place 「拟征地范围内应当执行下列规定：」)
# (nor a range divided by the rules 「本市…管理范围的划分，遵循下列基本规定：」: the areas' classes, text of its task)
_DEFINING_LEAD = re.compile(r"[^。；;\n]*(?:是指|所称|所指|分为|适用于|范围(?!内|的划分))[^。；;\n]*[：:][ \t\u3000]*$")
# a lead-in that gives out work, its list the parts 「区X局履行下列职责：」「…主要做好以下工作：」 (round 44: the
# parts of a work clause are items)
_WORK_LEAD = re.compile(r"(?:职责|职能|工作|任务|措施|工作内容)[^。；;：:\n]{0,6}[：:][ \t\u3000]*$")


# a power or an option over the ways a body may take 「A有权采取下列方式进行调查取证：」「A可以采取下列措施：」: the
# lines are the ways allowed, no work given (Round 54 rulings: items that only name options or powers, 可／有权, are
# text) — not a lead-in that binds 「A应当采取下列措施：」, whose lines are the work's parts
_POWER_LEAD = re.compile(r"(?:有权|可以|可)(?:依法)?(?:采取|采用|通过)(?:下列|以下|如下)[^。；;：:\n]{0,10}?"
                         r"(?:方式|措施|手段|方法)[^。；;：:\n]{0,20}[：:][ \t\u3000]*$")
_LINE_BINDS = re.compile(r"应当|必须|(?<![必无])须")


# a definition over the kinds its term holds 「本条例所称地名包括：⏎（一）区、县…等名称；⏎（二）…」 (round 35:
# definitions are text): the article a general provision once folded — not a scope whose lines give work
_DEFINED_KINDS_LEAD = re.compile(r"^本[\u4e00-\u9fff]{1,8}?(?:所称|所指)[^。；;：:\n]{1,20}?(?:包括|包含|是指)[：:]"
                                 r"[ \t\u3000]*$")


def _defined_kinds(item: Item) -> bool:
    if len(item.children) < 2 or any(c.children for c in item.children) \
            or _DEFINED_KINDS_LEAD.match(item.body.strip()) is None:
        return False
    return not any(_LINE_BINDS.search(c.body) or doer_units(c.body)[1] for c in item.children)


def _power_list(item: Item) -> bool:
    if len(item.children) < 2 or any(c.children for c in item.children) \
            or _POWER_LEAD.search(item.body.rstrip()) is None:
        return False
    return not any(_LINE_BINDS.search(c.body) for c in item.children)


# a lead-in that points to the list's cases or standards, one of which is met, however it ends 「有下列情形之一的，
# 由A提出撤销…申请，…不予拨付。」「…达到下列标准之一的，必须…组织开展项目招投标活动。」: its lines are the cases
# (round 35: an article of only cases is one task), read as below; or to cases the sentence picks
# 「对存在以下情况的项目验收不予通过。」
_POINTER = re.compile(r"(?:下列|以下|下述)[^。；;：:\n]{0,8}?(?:情形|情况|条件|标准|事由)之一|"
                      r"(?:存在|出现|具有)(?:下列|以下|下述)(?:情形|情况|事由)的")


def _points_to_list(body: str) -> bool:
    last = body.strip().rsplit("\n", 1)[-1]
    return _POINTER.search(last) is not None


def _bare_article_list(item: Item) -> bool:
    """An article of whole rules whose numbered lines give no work: each a case, a condition, a limit, a kind or a
    paper 「（一）借款人变更；（二）共同借款人减少；」「（三）不高于…剩余的房屋总价款；」「（七）…的；」 — no
    body named in them, no modal or verb of doing, no response to a case (round 35: lists that give no work are
    text; an article of only cases is one task where it gives work) — not a lead-in that gives out work
    「…履行下列职责：」, whose lines are its parts (round 44)."""
    body = item.body.rstrip()
    if _power_list(item) or _defined_kinds(item) or _standards_list(item):
        return True
    if len(item.children) < 2 or any(c.children for c in item.children) \
            or _BARE_LEAD.search(body) is None and not _points_to_list(body) and not _SET_AS.search(body) \
            or _WORK_LEAD.search(body) or _DEFINING_LEAD.search(body) or work_conditions(body, item):
        return False
    # (a paragraph after the last line, 「（五）…目录（一式一份）。⏎各有关部门和单位按年度汇交的…，由市测管办统一汇编
    #成册。」, is the article's own closing paragraph, not the line's: each line is read alone)
    lines = _first_lines(item)
    # (the rules a place or the public keeps to, the lead naming no doer 「征收土地预公告后，拟征地范围内应当执行下列
    # 规定：（一）不得新建…；（二）…的，不得开工；」: bare prohibitions bind no body — round 36, prohibitions to the
    # public are text)
    lead = body.rsplit("\n", 1)[-1]
    # (a regulated firm's kind 「物业服务企业应当执行下列规定：」 is a body too, round 33 — its prohibitions bind
    # it, rv55 F1)
    public = not doer_units(lead)[1] and not _SUBJECT_BOUND.search(lead) and not _FIRM_BOUND.search(lead)
    # (the list's catch-all case 「（五）其他依照…规定，应当予以撤销项目的情形。」: a case, its 应当 the law's)
    # (the conditions a party must meet 「…应符合以下第（1）项至第（3）项条件」: a line opening on a verb 「实施…：…」
    # names what the party has done, no work of the rules' bodies — round 30's applicant)
    met = _MEET_LEAD.search(body) is not None
    # (lines that each give a named body its act 「（一）A采用招投标方式确定…；（二）B按照…程序确定…」: items, Round 95)
    if all(names_a_doer(line) for line in lines):
        return False
    return not any(_line_binds(line) and not _CATCH_ALL.search(line) and not (public and _BARE_BAN.match(line))
                   or not met and _DOING_FIRST.match(line) and not _KEPT_STATE.match(line) or doer_units(line)[1]
                   for line in lines)


# the requirements the rules set, stated over their lines 「…的管理要求确定如下：⏎（一）保持环境整洁，无乱堆放…」, and a
# line that states the state kept 「保持设施完好。」 (Round 86's form (a): states, text)
_SET_AS = re.compile(r"(?:要求|标准|规定)(?:确定|规定|明确)如下[：:][ \t\u3000]*$")
_KEPT_STATE = re.compile(r"^保持[^，,。；;]{0,10}?(?:整洁|清洁|干净|完好|畅通|通畅|美观|有序)(?:[，,]无|[。；;]?$)")


_MEET_LEAD = re.compile(r"(?:符合|具备|满足|达到)(?:下列|以下|如下)[^。；;：:\n]{0,12}?条件")


_FIRM_BOUND = re.compile(r"企业[^，,。；;]{0,20}?[，,]?[^，,。；;]{0,20}?(?:应当|应|须|必须|可以|可|负责|不得)")
_BARE_BAN = re.compile(r"^(?:[^，,。；;：:\n]{2,40}的[，,])?(?:不得|禁止|严禁)[^。；;：:\n]{2,40}[；;。]?$")


_CATCH_ALL = re.compile(r"^其[他它][^。；;\n]{0,60}(?:情形|情况)[。；;]?$")


def _line_binds(line: str) -> bool:
    """A line of an article's list binds someone to work (``_LINE_WORK``) — not where each of its sentences that does
    is a regulated party's or a person's own application, filing, payment or option
    「购买…的，应当在…5年内提出申请，可以提取一次，…不超过…」 (``party_step``: rules for the public, Round 52;
    Round 54's items that only name limits or options)."""
    binding = [s for s in re.split(r"[。；;]", line) if _LINE_WORK.search(s)]
    # (the party left unsaid in a line is the lead's, named or not 「…提取频次及额度应当符合以下规定：」)
    return bool(binding) and not all(party_step(s.strip(), known=True) for s in binding)


def fold_given_lists(items: list[Item]) -> list[Item]:
    """The items that announce a list of conditions, materials or cases take its lines into their own text (one
    task each). Not the one top item with items under it: the plan's only level of items is its structure."""
    drop: set[int] = set()
    branched = [i for i in items if i.parent is None and i.children]
    # (an article line on top reads as an article where the headings missed the rule's articles — 「第三条（申请条件）」
    # over （1） items after a cover notice — for a lead-in of conditions or of requirements set as follows)
    all_articles = all(i.article for i in items if i.parent is None)
    all_lines = all(i.article or i.article_line for i in items if i.parent is None)
    tops = sum(i.parent is None for i in items)
    for item in items:      # (cases a definition sorts, then the measures a body takes: the second list stays items)
        if item.children:
            drop.update(d.pos for c in split_second_list(item, _sorted_cases) for d in (c, *c.descendants()))
    for item in items:      # (a procedure's outline by its steps' names, then the points that lay them out)
        if item.pos not in drop and (run := outline_run(item)):
            first = item.children[:run]
            item.body = "\n".join([item.body.rstrip(), *(f"{c.marker}{c.body.strip()}" for c in first)])
            item.children = item.children[run:]
            drop.update(c.pos for c in first)
    for item in items:
        if item.pos not in drop and _rates_article(item):
            drop.update(d.pos for d in item.descendants())
            item.body = item.full_text()
            item.children = []
    # the lists inside an item's items first (以下人员属…：（一）有下列情形之一的：1.…)
    for item in reversed(items):
        # (an article is a provision whatever its siblings hold: 第六条 「…符合以下条件之一的：」 is one even where no
        # other article has items — in a text of articles only, not a page that opens inside a list before them)
        # (an article's own paragraph after its items 「…（三）…的。⏎当事人…的，应当从重处罚。」 is read apart from the
        # list; where the list gives no work, the paragraph folds with it into the article's one task, Round 78's (b))
        whole = item.children
        item.children = [c for c in whole if not c.after_items]
        picked = _picked_list(item)
        # (a list of conditions a lead-in answers once is read even under the one branched point of several)
        on_top = item.article and all_articles or all_lines and item.article_line and item.parent is None \
            and (_MEET_LEAD.search(item.body) or _SET_AS.search(item.body.rstrip())) is not None
        lone = branched == [item] and not on_top and not (picked and tops > 1) \
            and not (tops > 1 and (answered_cases(item) or _powers_lead(item) or counted_pieces(item)))
        if item.pos in drop or lone or not (picked or step_outline(item)) and not (
                _is_given_list(item) or on_top and _bare_article_list(item)):
            item.children = whole
            continue
        item.children = whole
        # (六、审查内容 「审批单位…主要审查以下内容：」 over its 是否 checks: the point is the reviewer's one task, a
        # leaf where the plan's items go deeper — not a point over standards or scope 「二、分类标准」「一、适用范围」)
        # (三、治理重点 over the kinds of violation it bears on, then the paragraph of its work: one task too)
        item.fields = item.kind == 1 and not any(c.children for c in item.children) \
            and (_checks([c.body.strip() for c in item.children])
                 or _violations(item, _first_lines(item)))
        if scope_kinds(item):
            drop.add(item.pos)      # (a scope point with its kinds: a general provision, no task — Round 78 (a))
        lines = [f"{c.marker}{c.full_text()}" for c in item.children if c.body.strip()]
        item.body = "\n".join(b for b in (item.body.rstrip(), *lines) if b)
        # (the cases of a list folded before into one of its lines stay cases in the item that takes it in)
        item.cases = (*item.cases, *(k for d in item.descendants() for k in d.cases if k not in item.cases))
        item.listed = True
        drop.update(d.pos for d in item.descendants())
        item.children = []
    return [i for i in items if i.pos not in drop]


def sorted_cases_article(item: Item) -> bool:
    """An article whose folded list only sorts cases into a class 「违法建设行为符合下列情形之一的，属于“…”情形：⏎
    （一）…的；」 (its lead-in ``_SORTING_CASES``, no line naming a doer): it classes, names no act — no task
    (CONVENTIONS.md Round 83's x313_03 第十三条; Round 85's x321_03 第四条) — not 「…之一，认定为合法建筑：」, the
    rules' own act of recognition over its cases, one task naming none (Round 91's x337_01 第六条; Round 78's (b))."""
    if not item.listed or not (item.article or item.article_line):
        return False
    rows = [ln for ln in item.body.strip().split("\n") if ln.strip()]
    # (the lead-in on the first line, or under the article's heading line 「（逾期放弃…）⏎…视同放弃入住资格：」)
    at = next((k for k, ln in enumerate(rows[:2])
               if (m := _SORTING_CASES.search(ln)) and not re.search(r"[。；;]|认定为", ln[:m.end()])), None)
    if at is None:      # (「下列情形属于…：」 on the article's first line, its lines any cases binding none)
        return bool(rows) and bare_sorted_cases(rows[0], rows[1:])
    # (not after a sentence of work 「项目单位应及时…提出变更申请。有下列情形之一的，视为…：」)
    return at is not None and not re.search(r"[。；;，,]", "".join(rows[:at])) and _doerless(rows[at + 1:])
