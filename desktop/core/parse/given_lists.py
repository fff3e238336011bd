"""Lists that give no work: conditions an applicant must meet, materials to hand in, the cases a rule lists.

「修缮须同时符合以下条件：⏎1.…⏎2.…」「…并提交下列材料：⏎（一）营业执照；⏎（二）…」「有下列情形之一的，不得…：⏎（一）…」:
the numbered lines are text of the item that announces them, not items or tasks of their own; that item is one task
(CONVENTIONS.md, round 35 rulings, "Lists that give no work"). The lead-in names the kind of list — 条件, 材料,
资料, 情形, 要件, 证明文件 — after 下列／以下／如下, or the item's own heading is that kind (「（二）参评基本条件」
「三、新申请试点企业条件」); the persons a grade holds 「以下人员属…对象：」. Not a list of work 「做好以下工作：」
「符合以下要求：」, nor an item whose lines hold items of their own. A list of cases not named so 「由下列单位设置：
（一）…的，由A设置」 is left as items (its cases carry work and units the item's reading would lose).
"""

from __future__ import annotations

import re

from .headings import Item

_KIND = r"(?:条件|材料|资料|情形|要件|证明文件|申请文件|申报文件)"
# the lead-in: 下列／以下／如下 then a few words and the kind, the list announced right after it
# (应当具备以下基本条件： / 提交下列材料： / 有下列情形之一，不得设置…：); not a sentence that goes on to give
# work on the objects the conditions pick 「具备以下条件的公厕，也应实行…：」, nor the exceptions to a rule
# 「但下列情形除外：」, nor a list of conditions and more 「必须具备以下条件并作出相应承诺：」 (commitments are work)
_LEAD_IN = re.compile(rf"(?:下列|以下|如下)[\u4e00-\u9fff]{{0,6}}?{_KIND}(?!除外|[并和及与、的])"
                      rf"[^。；;：:\n]{{0,16}}[：:]?[ \t\u3000]*$", re.M)
# a heading that is the kind an applicant meets or hands in (参评基本条件 / 新申请试点企业条件 / （申报条件）)
_KIND_HEADING = re.compile(rf"^[（(]?[\u4e00-\u9fff]{{0,10}}(?:申报|申请|参评|参选|选聘|报名|准入)"
                           rf"[\u4e00-\u9fff]{{0,4}}{_KIND}[）)]?\s*[:：]?\s*$")
# the persons a grade holds 「以下人员属本办法所称的特殊困难对象：」 (members of a grade, not work)
_MEMBERS = re.compile(r"(?:下列|以下)人员(?:属|为|是)")
# a list the lead-in names as work 「以下情形作为…重点整治内容：」「下列情形列入…整治范围：」: its items are scopes to act on
# (with their areas and figures), items, not text
_AS_WORK = re.compile(r"作为|列为|列入|纳入|重点|内容|任务|范围|对象")


def _announces(item: Item) -> bool:
    body = item.body.strip()
    if not body:
        return False
    first = body.split("\n", 1)[0].strip()
    if _KIND_HEADING.match(first) is not None or _MEMBERS.search(body) is not None:
        return True
    lead = _LEAD_IN.search(body)
    return lead is not None and _AS_WORK.search(lead.group()) is None


def _is_given_list(item: Item) -> bool:
    kids = item.children
    return len(kids) >= 2 and not any(c.children for c in kids) and _announces(item)


def fold_given_lists(items: list[Item]) -> list[Item]:
    """The items that announce a list of conditions, materials or cases take its lines into their own text (one
    task each). Not the one top item with items under it: the plan's only level of items is its structure."""
    drop: set[int] = set()
    branched = [i for i in items if i.parent is None and i.children]
    # the lists inside an item's items first (以下人员属…：（一）有下列情形之一的：1.…)
    for item in reversed(items):
        if item.pos in drop or branched == [item] or not _is_given_list(item):
            continue
        lines = [f"{c.marker}{c.body.strip()}" for c in item.children if c.body.strip()]
        item.body = "\n".join(b for b in (item.body.rstrip(), *lines) if b)
        drop.update(c.pos for c in item.children)
        item.children = []
    return [i for i in items if i.pos not in drop]
