"""Items of a compensation or relief scheme that only state its terms: the rates it pays 「一类：1200元/平方米建筑面积」
「固定电话迁移费，每门140元。」, the formulas of a sum 「…计算公式为：（A+B）×C」「补贴=面积×单价」, who is entitled
「被补偿人选择…的，按户享受…」, how a sum is reckoned, settled and paid 「…以安置单价结算该部分建筑面积价值」
「A应在…期限内予以支付」「发放标准按…每平方米10元计算，每户低于500元的，按500元发放」, the terms an agreement sets
「…在…协议中约定临时安置过渡期」 and the options a party has 「…也可以选择易地建房方式」.

Such items name no act of the plan's bodies (round 30: the scheme's terms, and a party's options and steps, are no
tasks; Round 85 turned x318_07 二: headed rate lines are terms; Round 81 turned x309_03 四、: a point whose only acts
pay money is a term of payment; round 53 on 发放), so they are no tasks — but an item that also gives work
「…具体标准由A在…方案中予以明确」「…由A…认定」 (a doer by rule 2, or a verb of work) is a task beside its terms
(round 39). Read on the numbered items under a document's top points only, and only where three or more of them are
terms (a scheme of terms, not one rate line in a work plan). Called by ``tasks`` once the tasks are chosen."""

from __future__ import annotations

import re

from .applicant_steps import applicant_conditions
from .headings import Item
from .normalise import MAY, split_at_stops
from .sentence_units import doer_units

# a sum, a share or a rate 「1200元/平方米」「每门140元」「50%」
_RATE = re.compile(r"\d(?:\.\d+)?\s*[万千百]?元|[一二三四五六七八九十百千]+[万千]?元")
# a formula 「…计算公式为：」「A=B×C」
_FORMULA = re.compile(r"[=＝×÷]|计算公式")
# who is entitled, what a sum is reckoned at, how it is settled or paid, what an agreement sets
# (… or paid out to the party 「…的，由补偿人发给临时安置过渡补助费」「超过规定期限的，不发给…奖励费」)
_TERM = re.compile(r"享受|支付|发放|发给|增发|结清|付清|结算|予以补偿|计算|约定")
# a party's option 「可以选择…」「可享受…」
_OPTION = MAY
# a lead naming the rates below it 「各区域…的供应均价为：」
_LEAD = re.compile(r"(?:为|如下)[：:]$")
# a verb of the plan's bodies' work: the item gives work beside its terms
_WORK = re.compile(r"认定|审核|审批|审查|核定|核查|核实|明确|制定|确定|负责|牵头|会同|组织|监督|检查|督促|指导|管理|"
                   r"建立|健全|完善|加强|推进|开展|实施|落实|统筹|协调|安排|公示|公布|受理|报送|上报|备案|登记|"
                   r"宣传|培训|排查|整治|清理|编制|设立|处理|处罚|查处|不得|严禁|禁止|必须")


# a finding named as a description of what is reckoned 「被征收房屋经认定的居住建筑面积」「在审核认定范围内」: no act
# (… or the verified quantity as an attribute 「按核定安置面积的…均价为…元」: no act either — not
# 「核定被补偿人的安置房建筑面积」, the step itself)
_DESCRIBED = re.compile(r"(?<!予以)(?<!进行)(?:经)?(?:审核)?认定(?=[\u4e00-\u9fff])(?!后)"
                        r"|(?<![由予以行])核定(?=[^\d，,。；;的被]{2,6}的)")


def terms_only(item: Item) -> bool:
    """``item``'s own text (its heading left out) only states the scheme's terms (see the module)."""
    body = item.body.strip()
    _head, cut, rest = body.partition("\n")       # (a run-in heading on a line of its own 「（一）搬家补助费」)
    text = rest if cut and rest.strip() else body
    sentences = split_at_stops(_DESCRIBED.sub("", re.sub(r"[（(][^（()）]*[）)]", "", text)))
    if not sentences or doer_units(text)[1]:
        return False
    stated = False
    for s in sentences:
        if _WORK.search(s):
            return False
        if _RATE.search(s) or _FORMULA.search(s) or _TERM.search(s):
            stated = True
        elif not (_OPTION.search(s) or _LEAD.search(s)):
            return False
    return stated


# a top point of a compensation or relief scheme 「七、关于…搬家补助费…标准」「五、关于…征收安置建筑面积…价值结算」
_SCHEME_POINT = re.compile(r"补偿|补助|补贴|安置|奖励费|救助")


def _term_item(item: Item) -> bool:
    return item.parent is not None and not item.children and not item.unit and not item.article \
        and not item.article_line and _SCHEME_POINT.search(item.top().title) is not None and terms_only(item)


# a table of the scheme's prices or rates printed one cell a line under its own heading 「1、…层次价格表：（单位：元/
# 平方米）⏎层次⏎优惠面积单价⏎…⏎3300」: the prices, text (round 36: a list of rates or prices is text)
_PRICE_TABLE = re.compile(r"^[^。；;\n]{0,30}?(?:价格|价目|收费|费率|补偿|补助|单价)(?:标准)?表[：:]?"
                          r"\s*(?:[（(]单位[：:][^）)\n]{1,12}[）)])?[：:。]?\s*$")


def price_table(item: Item) -> bool:
    """``item`` is a table of prices under its own heading line (``_PRICE_TABLE``): short cells below it, two at
    least, none a verb of work (``_WORK``; a bracketed note 「（参照…市场价确定）」 aside) — not a table heading over
    a paragraph that gives work."""
    if item.children or item.unit:
        return False
    head, *cells = [ln.strip() for ln in item.body.strip().split("\n") if ln.strip()] or [""]
    return _PRICE_TABLE.match(head) is not None and len(cells) >= 2 \
        and all(len(c) <= 40 and not _WORK.search(re.sub(r"^[（(][^）)]*[）)]$", "", c)) for c in cells)


def _term_positions(items: list[Item]) -> set[int]:
    """The positions of ``items`` that state a scheme's terms (``_term_item``), where three or more of them do."""
    terms = {i.pos for i in items if _term_item(i)}
    return terms if len(terms) >= 3 else set()


def drop_term_items(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the numbered items under a scheme's top points (``_SCHEME_POINT``) that only state its
    terms, where three or more of them do, and without its price tables (``price_table``); all kept where nothing
    else is left."""
    terms = _term_positions(chosen) | {i.pos for i in chosen if price_table(i)}
    return [i for i in chosen if i.pos not in terms] or chosen


def dropped_terms(items: list[Item], task_pos: set[int]) -> list[str]:
    """The texts of the numbered items that are no tasks as a scheme's terms (``drop_term_items``): its figures,
    plan targets where a comparison word binds them 「每户低于500元的」「一般不超过36个月」 (round 62's w52b;
    Round 75's p57f: the terms' figures in no task are the plan's)."""
    terms = _term_positions([i for i in items if i.pos not in task_pos])
    return [i.body for i in items if i.pos in terms]


# a sum per unit 「一级绿地为8万元/处」「每户补贴2000元」: a rate of the scheme
_PER_UNIT = re.compile(r"\d(?:\.\d+)?\s*[万千百亿]?元\s*/\s*[\u4e00-\u9fff]|每[\u4e00-\u9fff]{1,3}[^，,。；;\d]{0,8}?"
                       r"\d+(?:\.\d+)?\s*[万千百亿]?元")


def dropped_rate_clauses(items: list[Item], task_pos: set[int]) -> list[str]:
    """The clauses of a rule's articles that are no tasks (its terms 「第二条（补助标准）…一级绿地为8万元/处、
    二级绿地为5万元/处。」) that set a sum per unit: the scheme's rates, plan targets as a rates point's are (Round 85's
    x318_07; round 25's 「每户补贴2000元」), and of a scheme's term items dropped (``drop_term_items``) — a clause at
    a time, the dates and counts beside them left."""
    terms = _term_positions([i for i in items if i.pos not in task_pos])   # (… and a scheme's dropped term items)
    return [c for i in items if (i.article or i.article_line or i.pos in terms) and i.pos not in task_pos
            and not i.children for c in re.split(r"[，,。；;、\n]", i.body) if _PER_UNIT.search(c)]


def dropped_conditions(items: list[Item], task_pos: set[int]) -> list[str]:
    """The texts of the articles of an applicant's conditions (``applicant_conditions``, no tasks): the floors their
    lines set 「建成至少2处智能灌溉点位」 are the scheme's figures, plan targets where a comparison word binds them (as
    ``dropped_terms``)."""
    return [i.body for i in items if i.pos not in task_pos and applicant_conditions(i)]
