"""The rules a plan writes about its units, for more than one item: 「列第一位者为牵头单位，下同」 written into a
units bracket (cut from it, ``without_rules``), 「以下各项工作均需要各单位负责，不再单独列出」 (``standing_units``),
「B、C为实施单位，下同」 (``same_below_units``), the bodies a 「补充责任单位：A」 label adds beside an item's own
(``added_units``), the legend of a lead mark 「注：标注*的为牵头单位」 (``mark_legend``) and 「列第一位者为牵头单位」
(``first_listed_leads``, ``apply_first_leads``). Moved out of ``declarations.py``, which reads one
item's own units and calls ``without_rules``, and ``units.py``."""

from __future__ import annotations

import re

from .prefilter import led
from .unit_labels import RESP, SHAPED_WORD, label_role
from .units import FIRST_LEADS, Declaration, split_units

_RULE_TAIL = led(re.compile(
    r"[，,。；;]?\s*(?:(?:列|排|放)(?:在)?(?:第一|首)(?:位|个)[^，,。；;）)]*|第一(?:个|位)单位为牵头[^，,。；;）)]*|"
    r"(?:排名|名列|位列|排在|排|列在|列)(?:第一|首位|前面|靠前|最前)(?:位|个)?的?(?:单位|部门)?为牵头[^，,。；;）)]*|"
    r"首(?:个|位|家)(?:单位|部门)?为牵头[^，,。；;）)]*|"
    r"以下(?:[\u4e00-\u9fff]{2,6}?)?均[^。；;）)]*|不再(?:单独)?(?:列出|做分工|分工)[^。；;）)]*|下同|"
    # 「…按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工」: the whole sentence is the rule
    r"。[^。]*?[均都][^。]*?不再(?:单独)?(?:列出|做分工|分工)[^。]*)"
    # (the legend's second half 「…，其余为配合单位」 goes with it: no body, review rv51 F6)
    r"(?:[，,。；;]\s*(?:下同|不再(?:单独)?列出|不再做分工|(?:其余|其他|其它)[^，,。；;）)]{0,8}?为[\u4e00-\u9fff]{0,4}?"
    r"(?:单位|部门)))*[。；;，,]?\s*$"))
# 「以下各项工作均需要各单位负责，不再单独列出」 (以下政策措施均需…落实): a unit responsible for this and
# every later task
# 「以下分工均含各区人民政府」 (均含／均包括): the same rule, its units to the end of the clause
# (a name's own bracket 「各县(区)政府」「各乡镇（街道）」 is part of the run, not its end)
_NAME_RUN = r"(?:[^，,。；;（）()]|[（(][^（）()，,。；;]{1,8}[)）])"
_STANDING = re.compile(rf"以下(?:[\u4e00-\u9fff]{{2,6}}?)?均(?:需(?:要)?(?:由)?({_NAME_RUN}{{2,30}}?)(?:负责|落实)|"
                       rf"(?:含|包含|包括)({_NAME_RUN}{{2,30}})(?=[，,。；;）)]|$))")


def without_rules(content: str) -> str:
    """A units bracket without the rule written into it: 「…负责。列第一位者为牵头单位，下同」."""
    prev = None
    while prev != content:
        prev = content
        content = _RULE_TAIL.sub("", content).rstrip()
    return content


def standing_units(text: str) -> list[str]:
    """Units a rule such as 「以下各项工作均需要各单位负责，不再单独列出」 adds to every later task."""
    m = _STANDING.search(text)
    if not m:
        return []
    names, _notes, _leads, odd = split_units(m.group(1) or m.group(2))
    return [] if odd else names


# 「…绿化点补充责任单位:财政局。」: a label that says by its own word that it adds bodies (补充／增补／追加) — they
# stand beside the item's own doers, not in their place (Round 62 rulings, Units, x266_07 二); a plain 责任单位
# label stays whole (round 59's x260_07)
_ADDED = re.compile(r"(?:补充|增补|追加)(?:的)?(?:责任|配合|协办|参与|实施)?(?:单位|部门)\s*[:：]\s*"
                    rf"({_NAME_RUN}{{2,80}}?)\s*(?=[。；;\n]|$)")


def added_units(text: str) -> list[str]:
    """The bodies a 「补充责任单位：A、B」 label of the item adds to its own units, or []."""
    m = _ADDED.search(text) if ("补充" in text or "增补" in text or "追加" in text) else None
    if m is None:
        return []
    names, _notes, _leads, odd = split_units(m.group(1))
    return [] if odd else names


# 「（牵头指导处室：A，B、C为实施单位，下同）」: the units a bracket names for their role 下同 (the same below)
# take that role in every later task that writes its own units
_SAME_BELOW = re.compile(r"[，,；;：:]\s*([^，,；;：:。（）()]{2,150}?)(?:为|作为)(" + SHAPED_WORD
                         + r")[，,；;]\s*下同\s*[）)]")


def same_below_units(text: str) -> list[str]:
    """Units a bracket's 「B、C为实施单位，下同」 adds to every later task with units of its own."""
    m = _SAME_BELOW.search(text) if "下同" in text else None     # (下同 in every match: the lazy run not tried)
    if not m or label_role(m.group(2)) != RESP:
        return []
    names, _notes, _leads, odd = split_units(m.group(1))
    return [] if odd else names


# 「注：标注*的为牵头单位」「带★号者为牵头部门」「※表示牵头单位」: the plan's legend that makes a mark a lead
_MARKS = "*＊※△▲★☆"
_MARK_LEGEND = re.compile(r"[*＊※△▲★☆]\s*号?(?:的|者)?(?:单位|部门)?(?:为|是|表示|系)[\u4e00-\u9fff]{0,4}?牵头")


def mark_legend(text: str) -> bool:
    """True when the plan says a mark after a unit's name (市工信局*) marks the lead: a plan-level declaration, as
    ``standing_units`` and ``same_below_units`` are (``build_tasks(marks_lead=…)`` keeps or drops the marked leads)."""
    return any(c in text for c in _MARKS) and _MARK_LEGEND.search(text) is not None    # (a mark in every match)


# (what every match of FIRST_LEADS holds, opened by a literal the engine skips to: tested over the whole plan first)
_LEAD_NAMED = re.compile(r"为[\u4e00-\u9fff]{0,2}?(?:牵头|汇总)")


def first_listed_leads(text: str) -> bool:
    """True when the plan says the unit listed first is the lead (列第一位者为牵头单位)."""
    return _LEAD_NAMED.search(text) is not None and FIRST_LEADS.search(text) is not None


def apply_first_leads(decl: Declaration) -> None:
    """列第一位者为牵头单位: without a named lead, the first listed unit leads."""
    if decl.explicit_lead or decl.lead or len(decl.resp) < 1:
        return
    decl.lead = [decl.resp[0]]
    decl.resp = decl.resp[1:]
