"""An article with two lists numbered from （一） each: the cases its first sentence defines, then the measures its body
takes 「…有下列行为之一的，认定为…行为：（一）…的；…（五）…其他行为。⏎对有…行为的X，区A机构应当…采取以下方式处理：
（一）取消…；…（六）…其他处理措施。」.

The first list only sorts cases into the defined class (round 35: cases and definitions are text), so it and the
sentence that leads into the second list are the article's text; the second list is the work of the body its lead-in
names, each measure an item (Round 67, x280_01 第十五条: the first list defines, the second is the lead-in's own
work). Read where the item's children run （一）… then again from （一）, no child has items of its own, the first run
sorts cases (``given_lists``' sorting lead-in, no doer in its lines) and the paragraph closing the first run leads
into the second with a named body's modal and a colon.

Also (``answered_cases``) a single list of cases the lead-in's named body answers once, read as text by ``given_lists``
even under a notice's only branched point; and (``handed_files``) the documents a party files 「持下列文件…申请备案：」.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .headings import Item
from .sentence_units import doer_units
from .units import looks_like_unit

# the pointer to a list of cases 「有下列情形之一的，」「出现下述任一情况，」 (``given_lists``' case lead-ins) and a
# line that is a case (a 的-clause, or 情形／行为)
CASES_POINTER = (r"(?:下列|以下|下述)(?:任一|任何一种|任意一种)?(?:[\u4e00-\u9fff]{1,4}?)?(?:情形|行为|情况|事由)"
                 # (… the cases' outcome before its 的 「有下列情形之一导致追偿未果的，」: the same pointer)
                 r"(?:之一的|之一(?=[，,])|之一导致[^，,。；;：:\n]{2,10}?的(?=[，,])|的(?=[，,])|(?=[，,]))")
# (… or a case closing on the gravity that makes it one, its 的 left off 「…混入生活垃圾，情节严重。」: the same case as
# 「…，情节严重的」)
# (… or the estate a case picks under a lead-in of cases 「若小区存在以下情况，…：」「…列入警示名单的居住小区；」: the
# case's own subject after its 的, as 「…的项目」 — p67c)
CASE_LINE = re.compile(r"(?:的|情形|行为|情况|[，,]情节(?:特别|较为|较)?(?:严重|恶劣))(?:项目|工程|(?:居住|住宅)?小区)?"
                       r"[；;。，,]?$")
_CASES_AT = re.compile(CASES_POINTER)
# (… the consequence a body's step 「…之一的，A应当依法撤回…，并…：」)
_ANSWERED_LEAD = re.compile(CASES_POINTER + r"[，,]?([^，,。；;：:\n]{2,20}?)(?:应当|必须)[^。\n]{2,60}[：:]"
                            r"[ \t\u3000]*$")

# the second lead-in: a body, its modal, then the measures announced 「区A机构应当…采取以下方式处理，…：」 (group 1 the
# clause up to the modal, the measures from group 2)
MEASURES_LEAD = re.compile(r"(?:^|[，,])([^，,。；;：:\n]{2,20}?)(?:应当|必须)[^。\n]{0,40}?((?:采取|作出|给予)"
                           r"(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:方式|措施|处理|处罚))[^。\n]{0,60}[：:]"
                           r"[ \t\u3000]*$")


# a party holding or handing in the documents it files 「建设单位应当持下列文件向A申请备案：（一）备案申请；（二）调价
# 方案；（三）…的决定。」: each line a short noun phrase, whatever paper it names — round 35, materials are text
_FILES_LEAD = re.compile(r"(?:持|提交|提供|报送|携带)(?:下列|以下|如下)文件[^。；;：:\n]{0,24}[：:][ \t\u3000]*$")


def handed_files(body: str, firsts: list[str]) -> bool:
    """A list of the documents a party files, under a lead-in naming them 文件 (``given_lists``' materials)."""
    return _FILES_LEAD.search(body) is not None and all(
        len(first) <= 30 and not re.search(r"[，,。；;](?!$)", first) and not doer_units(first)[1] for first in firsts)


def answered_cases(item: Item) -> bool:
    """A list of cases a named body answers once in the lead-in 「有下列情形之一的，A应当…，并…：⏎（一）…的；⏎（二）…
    的；⏎（三）…其他情形。」: each line a case with no doer of its own, the work given once — the item's text even under
    the one branched point of several (round 35: an article of only cases is one task; x280_03's RULING? 7)."""
    body = item.body.rstrip()
    starts = [m.start() for m in _CASES_AT.finditer(body)]
    if not starts or (lead := _ANSWERED_LEAD.match(body, starts[-1])) is None or not looks_like_unit(lead.group(1)):
        return False
    firsts = [c.body.strip().split("\n", 1)[0] for c in item.children]
    return all(CASE_LINE.search(first) for first in firsts) and not any(doer_units(first)[1] for first in firsts)


def split_second_list(item: Item, sorts_cases: Callable[[str, list[str]], bool]) -> list[Item]:
    """Fold the first of two restarted lists into ``item``'s text when it is the cases a definition sorts
    (``sorts_cases``, the caller's reading of the item's lead-in and the run's first lines) and the second list is
    a body's measures; return the children folded (none where the form does not hold)."""
    kids = item.children
    restart = next((k for k in range(1, len(kids)) if kids[k].value == 1 and kids[k].kind == kids[0].kind), 0)
    if restart < 2 or len(kids) - restart < 2 or any(c.children for c in kids) \
            or [c.value for c in kids[:restart]] != list(range(1, restart + 1)):
        return []
    last, _, lead = kids[restart - 1].body.strip().partition("\n")
    lead = lead.strip()
    found = MEASURES_LEAD.search(lead)
    if not lead or "\n" in lead or found is None or not looks_like_unit(found.group(1).strip()):
        return []
    first = kids[:restart]
    if not sorts_cases(item.body.rstrip(), [c.body.strip().split("\n", 1)[0] for c in first]):
        return []
    lines = [f"{c.marker}{c.body.strip()}" for c in first]
    item.body = "\n".join([item.body.rstrip(), *lines])
    item.children = kids[restart:]
    return first
