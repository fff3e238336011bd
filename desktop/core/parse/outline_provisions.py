"""General provisions of a plan written in a decimal outline (应急预案: 「1 总则 / 1.1 编制目的 / 1.2 编制依据 /
1.3 适用范围 / 1.4 事故分级 / 1.5 工作原则」, and a closing chapter's 「8.1 术语解释」): the plan's purpose, grounds,
scope, grades, principles and the meaning of its words — no tasks (CONVENTIONS.md round 30; round 48's x220_02:
1.总则 1.1–1.5 and 9.1's definitions are no tasks), nor the laws a 编制依据 point lists under it. A chapter is read
by its title alone, 总则 (spaces inside the word as pages print them, 「1总 则」); a point of definitions by its
heading. Articles (第一章 总则 / 第一条) are ``rule_chapters``' and stay theirs; an outline's other points keep
their reading (8.2 预案管理, 9 附则 that gives work)."""

from __future__ import annotations

import re

from .closing_clauses import closing_sentence
from .headings import Item
from .sentence_units import doer_units

# the opening chapter of general provisions (「1 总则」「1.总则」「1总 则」)
_GENERAL_CHAPTER = re.compile(r"^总\s*则$")
# a top chapter of definitions or of principles 「2 定义与功能」「3 基本原则」「2 术语和定义」: what the outline's
# words mean and the stance it takes, no work (CONVENTIONS.md round 30's general provisions; Round 102's governs on
# a guide's 基本原则 3.1–3.4 after p51e) — its points keep a doer they name (``_gives_work``)
_STANCE_CHAPTER = re.compile(r"^(?:(?:基本)?(?:定义|概念|术语)(?:[与和及、](?:定义|功能|构成|分类|内涵|作用))*|"
                             r"(?:基本|设计|建设|规划|总体)?原则)$")
# a point that says what the plan's words mean (「8.1 术语解释」「9.1 名词解释」「用语含义」)
_TERMS_POINT = re.compile(r"^(?:术语|名词|用语)(?:解释|定义|含义)|^释义$")
# the plan's own drafting, interpreting and carrying out 「本预案由A负责编制与解释，并报B备案」「本预案由A组织实施」
# 「本预案由A会同有关部门负责具体解释与组织实施」: who holds the plan, as its interpreting body (round 30; Round 48's
# decided x224_01) — not its revising 「本预案由A根据实际情况，适时评估修订」, the body's standing work
_PLAN_HOLDER = re.compile(r"^本(?:预案|方案|计划)由[^。；;，,\n]{2,40}?(?:负责)?(?:编制(?:与|和|、)|具体)?"
                          r"(?:解释|组织实施)(?:(?:与|和|、|并)(?:组织)?实施)?(?:[，,]并报[^。；;，,\n]{2,30}?备案)?$")


def _heading(item: Item) -> str:
    return item.title.strip().rstrip("。.：:")


def outline_provision(item: Item) -> bool:
    """An item of a decimal outline under its 总则 chapter or a chapter of definitions or principles, or a point of
    definitions there."""
    node: Item | None = item
    while node is not None:
        # (「1.总则」 over 「1.1编制目的」: a chapter printed with a point, read as 1. over its decimal points)
        # (the heading first: the children are looked at only for a 总则 or stance heading, not for every item's parent)
        heading = _heading(node)
        if node.parent is None and (_GENERAL_CHAPTER.match(heading) or _STANCE_CHAPTER.match(heading)) \
                and (node.decimal == 1 or not node.decimal and any(c.decimal == 2 for c in node.children)) \
                or node.decimal > 1 and _TERMS_POINT.match(heading):
            return True
        node = node.parent
    return False


def _gives_work(item: Item) -> bool:
    """A point of 总则 whose own text names a doer (「1.5 工作机制 区应急局负责…的综合协调」): a task by the rules for
    work (CONVENTIONS.md round 30, "Round 72 rulings": a point of 总则 that gives a body work stays a task)."""
    return bool(doer_units(item.body)[1])


def outline_closing(item: Item) -> bool:
    """A point of a decimal outline whose every sentence is the plan's closing words — who drafts, interprets or
    carries it out (``_PLAN_HOLDER``), when it takes effect and how long it holds 「8.4预案实施 本预案由A组织实施。
    本预案自印发之日起实施，有效期为5年。」: a general provision, no task (CONVENTIONS.md round 30), as
    ``closing_only`` reads an article's. Not a point with one sentence of work beside them
    「区政府相关部门按照本预案的规定履行职责…」."""
    if item.children or not item.decimal:
        return False
    sentences = [s.strip() for s in re.split(r"[。！？\n]", item.body) if s.strip()]
    if sentences and sentences[0] == item.title.strip():
        sentences = sentences[1:]        # (the point's heading, 「预案实施」, printed on its line)
    return bool(sentences) and all(_PLAN_HOLDER.match(s) or closing_sentence(s, False) for s in sentences)


# a point of warning grades 「4.2预警级别」「3.1预警分级」 / of the risks and figures as they stand 「2风险评估」
_GRADES_POINT = re.compile(r"^预警(?:级别|分级|等级)$")
_RISKS_POINT = re.compile(r"^(?:风险评估|风险分析|风险识别)$")
# a sentence that asks for work 「…应及时…」「…要做好…」: not a fact
_MODAL = re.compile(r"(?:应当|应|要|须|必须|需要?)"
                    r"(?:及时|切实|严格|加强|做好|开展|建立|落实|组织|按照|确保|定期|立即|积极)")
# … of the facilities as they are 「3.1应急避难场所情况」「基本情况」 (the places counted and classed, no body named)
_FACTS_POINT = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:情况|概况)$")
# a grade's definition 「…预警级别一般分为四级：Ⅳ级（一般）…，依次用蓝色…表示」 and the pointer to the city's plans
# 「具体预警级别标准的设定…，按照相关市级专项应急预案执行」
_GRADE_SENTENCE = re.compile(r"分为[一二三四五六七八九两\d]+(?:个)?(?:级|等|类)|用[^。]{0,20}表示"
                             r"|^[^。]*按照[^。]{2,40}执行$")
# what a report holds 「报告内容应包括：时间、地点…」「信息报告内容主要包括…」 (a noun's contents, round 37), and the
# standard it keeps 「报告应做到首报快、续报准和终报全」 — not one with work joined 「…等内容，并及时做好…报告工作」
_CONTENTS = re.compile(r"^[^。：:，,]{0,30}?(?:报告|报送|上报)(?:的)?内容(?:一般|主要|应当?|须|要)*(?:包括|包含)[：:]?"
                       r"[^。]*$")
_REPORT_STANDARD = re.compile(r"^(?:报告|信息报送)(?:应|要|须)(?:做到|坚持)[^。，,]*$")
# the district's or city's standing emergency frame 「本区突发事件应急管理工作由区委、区政府统一领导」「区政府是本区
# 突发事件应急管理工作的行政领导机构」「区城运应急委决定和部署本区突发事件应急管理工作」「区政府办公室负责本区突发
# 事件应急综合协调，具体工作由区城运中心承担」: stated in every 预案, no work of the plan (round 30: a statement)
_FRAME_SENTENCE = re.compile(r"突发(?:公共)?事件应急管理工作|突发(?:公共)?事件应急综合协调")
# … and the office that carries its coordination 「具体工作由区城运中心承担」
_FRAME_OFFICE = re.compile(r"^具体工作由[^，,；;]{2,20}承担$")
# money by rules 「按照区政府有关…财政保障规定执行，并根据…原则，分级负担」「…所需的经费，按照有关规定程序予以安排」
# with no body named: who pays, no work (Round 83's x311_01 第七条)
_MONEY_POINT = re.compile(r"^(?:经费|资金)保障$")
_MONEY_SENTENCE = re.compile(r"^[^。]{0,40}?(?:按照|依照|根据)[^。]{2,40}?(?:规定|办法)(?:程序)?"
                             r"(?:执行|予以安排|予以保障)"
                             r"(?:[，,]并?(?:根据|按照)[^。]{2,30}?原则[，,]分级负担)?$")


def _sentences(item: Item) -> list[str]:
    """The point's sentences, without its heading on a line of its own (a number run into its text keeps the first
    sentence, which is its title too)."""
    sentences = [s.strip() for s in re.split(r"[。！？\n]", item.body) if s.strip()]
    if sentences and sentences[0] == item.title.strip() and (len(sentences) == 1 or "\n" in item.body.strip()
                                                             and item.body.strip().split("\n")[0].strip()
                                                             == item.title.strip()):
        sentences = sentences[1:]
    return sentences


def outline_statement(item: Item) -> bool:
    """A childless point of a decimal outline whose text states and gives no work (CONVENTIONS.md round 30: a
    statement; rounds 37, 48): the warning grades defined 「4.2预警级别」, the risks and figures as they stand
    「2风险评估」 (no body named), what a report contains, the district's standing emergency frame 「3.1领导机构」,
    money by the finance rules with no body named 「7.5经费保障」. Not a point with a sentence of work beside them
    (「…等内容，并及时做好…报告工作」, 「区城运应急委是…的责任主体，负责组织…」, 「各级政府按照…规定执行」)."""
    if item.children or not item.decimal:
        return False
    sentences = _sentences(item)
    if not sentences:
        return False
    heading = _heading(item)
    parent = _heading(item.parent) if item.parent is not None else ""
    # (a body named as the subject of any verb of doing 「区应急局建立完善…机制」「各级政府按照…执行」: work)
    named = bool(doer_units(item.body, heading="职责分工")[1])
    if _GRADES_POINT.match(heading) and not named:
        return all(_GRADE_SENTENCE.search(s) for s in sentences)
    if _RISKS_POINT.match(heading) and item.parent is None and not named:
        return True
    # (the places a 情况 point counts 「学校…等室内型应急避难场所主要用于…」 are no doers: rule 2's bodies and a
    # modal of work only)
    if _FACTS_POINT.match(heading) and not doer_units(item.body)[1] and not any(map(_MODAL.search, sentences)):
        return True
    if _CONTENTS.match(sentences[0]) and "，并" not in sentences[0]:
        return all(_REPORT_STANDARD.match(s) for s in sentences[1:])
    if (heading.endswith("领导机构") or parent.endswith("领导机构")) and all(
            _FRAME_SENTENCE.search(c) or _FRAME_OFFICE.match(c) for s in sentences for c in re.split(r"[，,；;]", s)):
        return True             # (not 「…，其日常事务由区应急办负责」: a body charged by 由A负责, a task)
    if _MONEY_POINT.match(heading) and not named:
        return all(_MONEY_SENTENCE.match(s) for s in sentences)
    return False


def drop_outline_provisions(chosen: list[Item]) -> list[Item]:
    """``chosen`` but a decimal outline's general provisions, closing points and statements (all kept where nothing
    else is left)."""
    return [i for i in chosen if not (outline_provision(i) and not _gives_work(i) or outline_closing(i)
                                      or outline_statement(i))] or chosen
