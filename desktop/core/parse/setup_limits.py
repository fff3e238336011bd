"""The requirements a party must meet where it sets up a facility, listed under 「设置X应当符合下列要求：」.

CONVENTIONS.md Round 87 (governs, over Round 83's technical requirements of a record): the lines of such a list are
its items, each read by its words — a limit, a ban or an act on where and how the facility may be set up 「（一）仅限
于…区域设置；」「（二）单块面积不大于2平方米…；」「（三）…的，不得设置。」 is a task naming none (Round 85: a limit is a
task), while a line that states only the state asked 「（四）式样应当统一，并与周边环境相协调。」「（五）设备安装牢固、
安全可靠，符合有关规定。」 is text. A list none of whose lines limits stays the standard's text (``standard_lists``)."""

from __future__ import annotations

import re

from .doer_words import SHOULD_NOT_EFFECT
from .headings import Item
from .sentence_units import doer_units

# the lead-in: setting up, installing or publishing a thing, bound to the requirements listed under it
# (or a first standard, then 并 「休闲区设置应当与周边景观相协调，并符合下列要求：」)
# (the setting up itself the subject, its modal right after it — not a party's work clause before 并)
_SETUP_LEAD = re.compile(r"(?:(?:设置|安装|搭建|发布|张贴|悬挂)[^。；;：:\n]{0,80}?[，,]?(?:应当|应|须|必须)(?:同时)?|"
                         r"(?:设置|安装|搭建)(?:应当|应|须|必须)[^。；;：:\n]{0,40}?[，,]并(?:应当|应)?)"
                         r"(?:符合|满足)(?:下列|以下|如下)(?:规定|要求)[：:][ \t\u3000]*$")
# a limit or a ban on where, how much or how long 「仅限于」「不得」「不宜超过」「不大于」「最多只能」, or a party's act
_LIMIT = re.compile(r"仅限|只限|只能|不得|不宜|不应|禁止|严禁|不大于|不小于|不超过|不少于|不低于|不高于|最多|最少|"
                    r"严格控制|控制在|以内|以下|以上")
# (how it is placed 「独立成区，集中设置」「与住宅楼保持适当的距离，并用绿篱进行隔离」: acts on where and
# how, Round 87's x328_03 governs)
_ACT = re.compile(r"记录|落实|报告|报送|建立|制定|采取|防止|防范|清除|拆除|维护|检查|隔离|"
                  r"(?:集中|分开|分散|独立|单独)设置|保持[^，,。；;]{0,8}?(?:距离|间距)")


def _line(item: Item) -> str:
    return item.body.strip().split("\n", 1)[0]


def _limits(line: str) -> bool:
    return _LIMIT.search(line) is not None or _ACT.search(line) is not None


def setup_list(item: Item) -> bool:
    """``item`` ends with a setting-up lead-in over two or more plain lines, at least one of them a limit or an act:
    its lines are items (see the module)."""
    kids = item.children
    return len(kids) >= 2 and not any(c.children for c in kids) \
        and _SETUP_LEAD.search(item.body.rstrip()) is not None and any(_limits(_line(c)) for c in kids)


def drop_state_lines(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the lines of a setting-up list that state only the state asked (see the module), and
    without the points that only state a thing's conditions (``condition_point``)."""
    def state(item: Item) -> bool:
        parent = item.parent
        return parent is not None and not item.children and setup_list(parent) and not _limits(_line(item)) \
            or condition_point(item)
    return [i for i in chosen if not state(i)] or chosen


# a point that only states the conditions a thing must meet 「（一）查验条件 实施承接查验的物业，应当具备以下条件：⏎
# 1.建设工程竣工验收合格…；⏎2.…已按规划设计要求建成；」: a state the object must be in, no act — text, no task
# (CONVENTIONS.md Round 91's x337_03 二; Round 83's x313_02 四、/ x315_02 第八条) — not a body bound to meet them
# 「区房管局应当具备…」, nor lines that give a body work 「…由A负责…」
_MEETS_LEAD = re.compile(r"^([^。；;：:\n]{2,30}?)[，,]?(?:应当|应|须|必须)(?:同时)?(?:具备|符合|满足|达到)"
                         r"(?:下列|以下|如下)(?:基本)?条件[：:][ \t\u3000]*$")
# (… the thing's, not a body's nor an applicant's 「申请扶持须同时符合以下条件：」「申报单位应当具备…」: an applicant's
# conditions are the text of the item announcing them, one task — CONVENTIONS.md round 35; a body's name closes the
# subject (…局／…办公室, the first group, anchored), a party's or an applicant's word anywhere in it (the second,
# searched: 「申报单位」「实施主体」「申请扶持」))
_PARTY_SUBJECT = re.compile(r"(?:局|委|办|政府|部门|中心|街道|街镇|乡镇|委员会|办公室|小组)$|"
                       r"申请|申报|参评|参选|报名|申领|人|单位|企业|机构|主体|者|组织|公司")
_LINE_WORK = re.compile(SHOULD_NOT_EFFECT + r"|必须|负责(?!人)|牵头|会同|"
                        r"由[^，,。；;]{2,20}?(?:负责|组织)")


def condition_point(item: Item) -> bool:
    """A plan's point (not an article) whose text, its heading aside, is only a thing's conditions (see above)."""
    if not item.listed or item.children or item.article or item.article_line:
        return False
    rows = [r.strip() for r in item.body.strip().split("\n") if r.strip()]
    if rows and item.title and rows[0] == item.title.strip():
        rows = rows[1:]
    if len(rows) < 3 or (m := _MEETS_LEAD.match(rows[0])) is None or _PARTY_SUBJECT.search(m.group(1).strip()):
        return False
    return not any(_LINE_WORK.search(r) or doer_units(r)[1] for r in rows[1:])

