"""Lists of principles and of cost shares, read by ``given_lists`` as lists that give no work.

The principles a step keeps to 「编制城市更新指引应当遵循以下原则：⏎（一）…」, or lines each headed by its own
「…原则。」 (rounds 30 / 33: principles are general provisions, the lines state them, no work of their own), and the
shares of a cost, each line naming who pays 「…费用由市、区财政按60%：40%的比例承担。」 (round 37 / Round 47 rulings;
round 46 on a scheme's terms) are text of the item over them. A list under a principles lead-in whose lines instruct
a doer 「（二）严格审查，确保质量。⏎…各处室应当对本处室发布的信息严格审查…」 is no list of principles only: its
items are read by their words (Round 61 rulings, x262_02 三: 应当 and a verb of doing give work) — not lines that each
answer a case 「多人多次举报同一事项的，…应当合并处理」 (a rule of the scheme, round 35).
"""

from __future__ import annotations

import re

from .headings import Item

# the principles a step keeps to 「编制城市更新指引应当遵循以下原则：」 (an article that is only such a list is no task,
# ``given_lists.grants_or_lists_matters``)
# (or the step named after them 「设置方案由A会同B按照下列原则编制：」: the same principles, the step the lead-in's own)
PRINCIPLES_LEAD = re.compile(r"(?:遵循|坚持|贯彻|按照)(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?原则"
                             r"(?:编制|制定|确定|设置|组织实施|实施)?[：:][ \t\u3000]*$", re.M)
# a principle's line that instructs a doer 「…各处室应当对本处室发布的信息严格审查…」「要加强…审查」: its own work
# (not a principle restated with a modal 「城市更新应当坚持规划先行」「必须坚持以人民为中心」: 坚持／遵循／贯彻／体现
# keep to the principle, no work — rv54p)
_OWN_MODAL = re.compile(r"(?:应当(?![是为由])|必须)(?!\s*(?:始终|切实|全面|严格)?\s*(?:坚持|遵循|贯彻|体现))"
                        r"|(?<![主重需必摘纪提概首只])要(?![求点素件])(?=[加严认做落强确建完及])")
# (a case the line answers 「多人多次举报同一事项的，…应当合并处理」: a rule of the scheme, no work — round 35)
_CASE_OPEN = re.compile(r"^[^。；;]{2,60}?的[，,]")

# principles, each line headed by its own 「…原则。」 「（一）事权和财权相匹配原则。水利专项项目资金实行…」
_PRINCIPLE_LINE = re.compile(r"^[^。；;，,：:\n]{2,20}原则[。：:]")
# the shares of a cost, each line naming who pays (a cost verb names a payer, no doer)
_SHARE_LINE = re.compile(r"由[^。；;\n]{1,30}?(?:财政|政府)[^。；;\n]{0,30}?(?:承担|分担|负担)")
_SHARE_WORK = re.compile(r"负责|牵头|应当|(?<![相对响供适反理])应(?!急|用|对)"
                         r"|(?<![主重需必摘纪提概首只])要(?!求|点|素)")


def _instructs(line: str) -> bool:
    return _OWN_MODAL.search(line) is not None and _CASE_OPEN.match(line) is None


def principles_only(body: str, lines: list[str]) -> bool:
    """``body`` (an item's own text) announces principles 「…应当遵循以下原则：」 and none of its list's ``lines``
    instructs a doer: a list of principles only, text of the item (see the module)."""
    return PRINCIPLES_LEAD.search(body) is not None and not any(_instructs(line) for line in lines)


def principles_or_shares(lines: list[str]) -> bool:
    """Each of ``lines`` is headed by its own 「…原则。」, or each names who pays a share of a cost with no work."""
    return all(_PRINCIPLE_LINE.match(line) for line in lines) \
        or all(_SHARE_LINE.search(line) and not _SHARE_WORK.search(line) for line in lines)


# a point of the plan's principles 「二、工作原则」 over lines each headed by its own 「…原则。」
_PRINCIPLES_HEAD = re.compile(r"(?:工作|基本|主要|总体)?原则")


def _headed_principle(item: Item) -> bool:
    """``item`` is headed by its own bare principle's name 「…原则。」 under a plan's top 「二、工作原则」 heading point
    with no text of its own (the heading as the lead-in: 「（一）客观公正原则。相关部门…需坚持…」 beside
    「（三）…原则。A与B…分别牵头落实…」), and does not instruct a doer (``_instructs``) — not a line that opens with the
    plan's stance 「1.坚持依法禁烧原则。…禁止…」「1.坚持…的原则。…要把…纳入…」, read as before."""
    parent = item.parent
    return parent is not None and parent.parent is None \
        and _PRINCIPLES_HEAD.fullmatch(parent.body.strip().rstrip("。.：:")) is not None \
        and _PRINCIPLE_LINE.match(body := item.body.strip()) is not None \
        and not body.startswith("坚持") and not _instructs(body)


# a principle's point that places work on named bodies 「（一）分级管理 …A负责对…进行监督管理，B负责具体落实…」
_PLACES_WORK = re.compile(r"负责(?!人)|牵头|会同")


def drop_principle_points(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the points under a principles lead-in that only state a principle, where a sibling places
    work on named bodies by 负责／牵头／会同 (CONVENTIONS.md Round 91, turned on x337_02 二、: that sibling is a task
    like any item, 「（二）集体决策 …要建立健全…」 and 「（三）公开竞价」 stay sections — p51e; Round 89's x332_06)."""
    def stated(item: Item) -> bool:
        parent = item.parent
        if parent is None or item.children or _PLACES_WORK.search(item.body) \
                or PRINCIPLES_LEAD.search(parent.body.rstrip()) is None and not _headed_principle(item):
            return False
        return any(_PLACES_WORK.search(s.body) for s in parent.children if s is not item and not s.children)
    return [i for i in chosen if not stated(i)] or chosen


def principle_points(item: Item, lines: list[str]) -> bool:
    """A plan's top 「工作原则」 point (its heading that alone; a 总则's part 「（三）基本原则」 inside a rule is read
    as before) whose lines are each headed by their own 「…原则。」 and none places work on a body by 负责／牵头／会同
    or instructs a doer (``_instructs``, Round 61 on x262_02): points of principle naming no doer, text (p51e;
    Round 91's turned x337_02 二、（一）: only a principle that places work so is a task)."""
    return item.parent is None and _PRINCIPLES_HEAD.fullmatch(item.title.strip().rstrip("。.：:")) is not None \
        and len(lines) >= 2 \
        and all(_PRINCIPLE_LINE.match(line) for line in lines) \
        and not any(_PLACES_WORK.search(line) or _instructs(line) for line in lines)
