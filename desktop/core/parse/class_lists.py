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

from .headings import Item
from .sentence_units import doer_units

_LEAD_END = r"[ \t\u3000]*$"
# (a) a case clause that points to the list by its condition or class of decisions, then its answer and a colon
_PICKED_CASES = re.compile(r"(?:下列|以下|下述)[\u4e00-\u9fff]{0,6}?(?:条件|决定)(?:之一)?的[，,][^。；;\n]{0,60}[：:]"
                           + _LEAD_END)
_CASE_CLAUSE = re.compile(r"的[；;。]?$")
# (b) a body's jurisdiction over the classes of cases listed 「A管辖下列案件：」「下列案件由A管辖：」
_JURISDICTION = re.compile(r"(?:管辖(?:下列|以下)[\u4e00-\u9fff]{0,6}?案件|^(?:下列|以下)[\u4e00-\u9fff]{0,6}?案件"
                           r"[，,]?由[^。；;：:\n]{2,30}?管辖)[：:]" + _LEAD_END, re.M)
_CASE_CLASS = re.compile(r"(?:案件|的)[；;。]?$")
# (c) the kinds a noun phrase includes, its own sentence 「符合申请听证条件的处罚决定包括：」「…分为重点保护和一般保护
# 两类。重点保护类包括：」 (not a body's work parts 「评审主要包括：」, round 44: the noun names decisions, cases or a
# class the article sorts into)
_KINDS_INCLUDED = re.compile(r"(?:^|[。；;])[^。；;，,：:\n]{0,30}?(?:决定|(?<=[\u4e00-\u9fff]{2})类)"
                             r"(?:主要)?包括[：:]" + _LEAD_END, re.M)
_BINDS = re.compile(r"应当|必须|(?<![必无])须|负责|牵头|会同")
# (d) one part of the paper listed before it, spelled out 「其中，处理建议包括：」
_PART_LEAD = re.compile(r"(?:^|[。\n])其中[，,]([\u4e00-\u9fff]{2,10}?)(?:主要)?包括[：:]" + _LEAD_END)
_CONTENTS = re.compile(r"(?:应当|应)?(?:包括|包含|载明|写明)")


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
    elif _KINDS_INCLUDED.search(body):
        announced = not any(_BINDS.search(f) for f in firsts)
    else:
        announced = _listed_part(body)
    # (the lines read for doers last, only under a lead that announces a list: 400 lines of work read for doers
    # cost a second, bench nasty_hired_duties)
    return announced and _doerless(firsts)


# a modal inside a noun's description 「依法应当追究法律责任的事实」「依法应当给予处罚的行为」: what the thing is, no
# instruction of the line's own
_DESCRIBED = re.compile(r"依法应当?[^，,。；;：:]{1,20}?的(?=[\u4e00-\u9fff])")


def described(line: str) -> str:
    """``line`` without the modal clauses that only describe a noun (``_DESCRIBED``)."""
    return _DESCRIBED.sub("", line)
