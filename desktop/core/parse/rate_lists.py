"""Lists of rates or fees by class under a lead-in that names the scale: the lines are text of the item (or article)
that announces them (CONVENTIONS.md round 36: a list of rates or prices is text; Round 62 rulings, x113_03 第十一条:
「…按标准桶计收，具体标准如下：（一）对…产生的餐厨垃圾，基数内每桶60元，基数外每桶120元。（二）…」 is a list of rates
by class, the article one task by its own work, the rates its targets — round 38).

The lead-in closes the item's text and names a scale 「具体标准如下：」「收费标准为：」「按以下标准收取：」; every line
states a sum or a share for a class and nothing more — no modal of work, no response to a case 「…的，处一万元罚款」
(a fine scale's lines each carry their own response: items, Round 52 rulings, written early), no doer of its own
(lines that each give a body work stay items)."""

from __future__ import annotations

import re

from .article_text import rule_work
from .opening_subjects import names_a_doer
from .sentence_units import doer_units

# the lead-in naming a scale, closing the item's text 「具体标准如下：」「收费标准为：」「按以下标准计收：」
_LEAD = re.compile(r"(?:(?:标准|费率|价格|单价|收费)[\u4e00-\u9fff]{0,2}?(?:如下|为)|"
                   r"按(?:照)?(?:下列|以下|如下)(?:标准|费率|价格)[^。；;：:\n]{0,12}?)[：:][ \t\u3000]*$")
# a sum or a share in the line 「每桶60元」「1.5万元」「百分之十」「15%」
_SUM = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|[万千百亿]?元)|[一二三四五六七八九十百千万两]+[万千百亿]?元|百分之")
# work in the line: a modal, a response to a case, a verb a body is told to do
_WORK = rule_work(r"严禁|禁止|组织|督促|责令|罚款|没收|吊销|处分|追究", modal_not_before="|缴|付|收")
# a scale of scores, not of money 「电价每降低0.001元/千瓦时，评分增加0.4分」: a review's marking rules, items
_SCORE = re.compile(r"评分|得分|加分|扣分|\d\s*分(?!钟|之|期|类|档)")


def rate_list(body: str, firsts: list[str]) -> bool:
    """``body`` (the item's own text) closes on a lead-in naming a scale and each of ``firsts`` (the first line of
    each numbered line) states a sum or a share, with no work and no doer of its own."""
    if len(firsts) < 2 or _LEAD.search(body.rstrip()) is None:
        return False
    return all(_SUM.search(line) and not _WORK.search(line) and not _SCORE.search(line) and not doer_units(line)[1]
               and not names_a_doer(line) for line in firsts)


# each line a sum by its unit, the unit before the sum 「东片土地基价每平方米1500元，价格补贴每平方米300元。」:
# the scheme's rates (round 36: a list of rates or prices is text) — no line naming a doer 「各镇按每人200元标准落实…」
_RATE_PER = re.compile(r"^[^\d，,。；;：:\n]{1,20}?每[\u4e00-\u9fff]{1,4}?\d+(?:\.\d+)?\s*[万千百]?元")


def per_unit_rates(lines: list[str]) -> bool:
    """Each of ``lines`` (two at least) opens with a sum per unit (``_RATE_PER``) and none names a doer."""
    return len(lines) >= 2 and all(_RATE_PER.match(line) for line in lines) \
        and not any(doer_units(line)[1] or names_a_doer(line) for line in lines)
