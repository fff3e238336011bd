"""Articles (or top points) of a rule headed by its scope, what a fund supports, or its definitions, whose numbered
items give no work: no tasks under them.

「第三条（支持范围）⏎（一）海上风电项目。⏎1.近海海上风电项目。在本市管辖海域范围建设的…项目。⏎2.…」「二、适用范围
（一）…的建设项目；」: the items name the kinds of project, object or field the rule covers, or define its words — a
rule's general provisions (CONVENTIONS.md round 30: purpose, basis, scope and definitions; round 35: lists that give
no work), the article itself no task as it would be with no items (``rule_chapters.general_article``). Not an article
whose text or items give work 「（适用范围）…由市发展改革委会同…确定」 (a doer or a modal of work: round 39, a scope
article whose later paragraphs give work is a task), nor an item that carries a unit of its own.
Called by ``tasks`` once the tasks are chosen."""

from __future__ import annotations

import re

from .article_text import rule_work
from .headings import Item
from .opening_subjects import names_a_doer
from .sentence_units import doer_units

# the article's heading: its scope, the objects or fields a fund supports, or its definitions — or what a price
# or cost is made of 「（建房协议价格组成）」「（项目费用构成）」: its parts and how each is reckoned, a standard of
# reckoning (Round 87's x325_04 五、（三）)
_SCOPE_TITLE = re.compile(r"^[（(]?(?:适用|实施)(?:范围|对象)[）)]?$|"
                          # (who a fund supports 「（支持对象）」, as ``rule_chapters`` reads the article alone; what
                          # it supports 「（支持范围）」: ``_FUND_TITLE`` below)
                          r"^[（(]?(?:支持|扶持|资助)(?:对象|领域)[）)]?$|"
                          r"^[（(]?(?:定义|术语(?:定义|解释)?|名词解释|用语含义|释义)[）)]?$|"
                          r"^[（(]?[\u4e00-\u9fff]{0,10}?(?:价格|费用|成本|造价)的?(?:组成|构成)[）)]?$")

# … and what a fund supports and at what rates 「（支持范围）」「二、扶持范围和标准」: the classes of project it pays
# for and its rates by class — the scheme's terms, with no doer and no 要／应 (Round 64 rulings, turned: x95_03 第五条,
# x88_03 二、; rounds 46, 60, 62), read as the scope is where no line gives work
_FUND_TITLE = re.compile(r"^[（(]?(?:专项资金|资金)?(?:支持|扶持|资助|补贴|奖励)(?:范围|标准|方式)"
                         r"(?:[和与及、](?:支持|扶持|资助|补贴|奖励)?(?:范围|标准|方式))*[）)]?$")
# (as a plan's top point, only a heading that names the scope 「二、扶持范围和标准」: a point of rates alone
# 「三、补贴标准」 over lines each a rate the tuned x143_02 reads as the policy's own targets, tasks by round 25 — left
# as read, a question to the lead beside Round 64's 扶持标准 reading)
_FUND_SCOPE = re.compile(r"范围")
# … or no heading, its text a definition over the kinds its term holds 「本办法所称安全生产违法行为，按照…进行认定，重点
# 情形和行为包括：⏎(一)…」 (round 35: definitions are text)
_DEFINES = re.compile(r"^本[\u4e00-\u9fff]{1,8}?(?:所称|所指)")
# work in the article: a modal, a verb a body is told to do (rule 2's), a duty held
_WORK = rule_work(r"组织(?:实施|开展|召开|验收|编制)")

# a line that names a case or a kind of act 「…依法应承担的责任的。」「其他…违法行为。」: its 应 the law's, no work
_CASE_END = re.compile(r"(?:的|行为|情形)[。；;]?$")


def _scope_article(top: Item) -> bool:
    fund = _FUND_TITLE.match(top.title.strip()) is not None
    point = fund and top.kind == 1 and top.parent is None and _FUND_SCOPE.search(top.title) is not None
    if not (top.article or top.article_line or point) or not top.children \
            or _SCOPE_TITLE.match(top.title.strip()) is None and _DEFINES.match(top.body.strip()) is None \
            and not fund:
        return False
    return not any(_WORK.search(i.body) and (i is top or not _CASE_END.search(i.body.strip()))
                   or doer_units(i.body)[1] or i.unit or i is not top and not fund and names_a_doer(i.body)
                   for i in (top, *top.descendants()))


def drop_scope_items(chosen: list[Item], named: set[int]) -> list[Item]:
    """``chosen`` without the items under a scope or definitions article that gives no work (see the module);
    ``named`` the positions of the items that carry units of their own. All kept where nothing else is left."""
    tops: dict[int, bool] = {}

    def listed(item: Item) -> bool:
        top = item.top()
        if top is item or item.pos in named:
            return False
        if top.pos not in tops:
            tops[top.pos] = _scope_article(top)
        return tops[top.pos]
    return [i for i in chosen if not listed(i)] or chosen
