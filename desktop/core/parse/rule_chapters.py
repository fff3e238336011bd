"""Which items are tasks in a plan written as rules: one that closes with numbered provisions saying when
it takes effect or who interprets it (「（一）本方案自2025年1月1日起实施」 / 「（二）本办法由区房管局负责解释」).
Its chapters with nothing numbered under them (四、租赁价格 / 五、租赁期限 / 六、监督管理, each a paragraph or a
few) are articles of the rule, each a task beside the chapters whose numbered items are tasks — not sections,
as a work plan's 五、经费保障 is. The chapters a plan opens with (指导思想, 基本原则, 工作目标, 背景) and its
safeguards and schedule stay sections.

Split from ``tasks`` (which items are tasks), which calls it once the tasks are chosen."""

from __future__ import annotations

import re

from .headings import Item
from .schedule import SCHEDULE_SECTION

# the plan's own closing clauses: when it takes effect (自…起施行 / 自印发之日起实施 / 试行), who interprets it
_IN_FORCE = re.compile(r"^本[\u4e00-\u9fff]{1,8}?(?:自|从|于)[^。；;\n]{1,30}?(?:起|之日)[^。；;\n]{0,6}?"
                       r"(?:施行|实施|试行|执行|生效)")
_INTERPRETED = re.compile(r"^本[\u4e00-\u9fff]{1,8}?由[^。；;\n]{2,60}?负责解释")
_DOCUMENT = re.compile(r"^本(?:实施|工作|行动)?(?:方案|办法|规定|细则|意见|规则|制度|计划)")
# chapters that are no article: what the plan is for and how it stands (opening), its safeguards and demands
_NO_ARTICLE = re.compile(r"指导思想|原则|目标|意义|重要性|必要性|思路|背景|现状|形势|基础|趋势|依据|总体要求"
                         r"|保障|组织领导|组织实施|工作要求|有关要求|纪律|督查|考核")


def _closing(line: str) -> bool:
    line = line.strip()
    return _DOCUMENT.match(line) is not None and (_IN_FORCE.match(line) or _INTERPRETED.match(line)) is not None


def written_as_rules(items: list[Item]) -> bool:
    """The plan numbers its closing provisions as it numbers its rules: an item of its own says when the plan
    takes effect or who interprets it (（一）本方案自2025年1月1日起实施 / 3.本办法由区房管局负责解释). A work plan's
    last line 「本方案自印发之日起施行」, written under its text, makes no rule of it."""
    return any(_closing(item.body) for item in items)


def _article(item: Item) -> bool:
    """A chapter with a text of its own below (or after) its heading, not the plan's closing clauses
    (九、其他 / 本方案自印发之日起执行，由联席办负责解释: how the rule closes, no article of it)."""
    head, _, rest = item.body.strip().partition("\n")
    text = rest.strip() or head[len(item.title):].lstrip("。．. ")
    return len(text) >= 15 and not _closing(text)


def rule_chapters(items: list[Item], chosen: list[Item]) -> list[Item]:
    """``chosen`` with the childless top-level chapters of a plan written as rules added as tasks (see the
    module's text); ``chosen`` itself where the plan is no rule or holds no task in another chapter."""
    if not chosen or not written_as_rules(items):
        return chosen
    picked = {i.pos for i in chosen}
    extra = [item for item in items
             if item.kind == 1 and item.parent is None and not item.unnumbered and not item.children
             and item.pos not in picked and _article(item)
             and not _NO_ARTICLE.search(item.title) and not SCHEDULE_SECTION.search(item.title)
             and any(c.top() is not item for c in chosen)]
    if not extra:
        return chosen
    return sorted([*chosen, *extra], key=lambda i: i.pos)
