"""The prose sentences of an item that name its units (split from ``declarations.py``, which reads with them):
the whole work then its units (此项工作由A牵头), a person who leads (由副县长李四牵头), the time after the units
(A牵头，B负责，6月30日前完成), the unit doing the work (由A负责完成…), and the test that a label after a comma
names units, not a sentence (…，责任单位：各乡镇党委政府负主体责任); and 「由A会同B…」 in running text (A leads,
B takes part)."""

from __future__ import annotations

import re

from .unit_labels import LEAD, RESP
from .units import Declaration, _take, looks_like_unit, split_units

# 「此项工作由A牵头负责，…」 / 「该项任务由A负责」: the item's whole work, then who does it
WHOLE_WORK = re.compile(r"^(?:此项|该项|这项|本项|上述|以上)(?:工作|任务)(?=由)")
# 「由副县长李四牵头，A负责」: a leader by post and name leads (a person, no unit); the units after him do the work
# (由分管副县长牵头 / 由副县长牵头 (no name) / 由县委常委、副县长王某某牵头 (two posts) / 由王某某副县长牵头 (the
# name first) — not 由市长江办牵头, a body whose name opens as a post does: no name ends as a body's)
_POST = (r"(?:[省市县区镇乡]|街道)?(?:委|政府)?(?:分管|常务|党组)?副?"
         r"(?:常委|县长|市长|区长|镇长|乡长|主任|书记|局长|部长|院长|校长|站长|所长)")
_PERSON_NAME = r"(?![\u4e00-\u9fff]{0,2}[办局委室处科站所队院部组心])[\u4e00-\u9fff]{2,3}?"
PERSON_LEADS = re.compile(rf"^(?:{_PERSON_NAME}(?={_POST}))?(?:{_POST}[、]?)+(?:{_PERSON_NAME})?"
                          r"(?:同志)?(?:牵头|挂帅)[，,]\s*")
# 「A牵头，B负责，6月30日前完成整改」: the last clause says when, after the units and their roles
# (于/在/并于 before it: 于9月15日前完成; 2025年底前)
UNITS_THEN_TIME = re.compile(r"(?<=负责|牵头|配合|协助|参与|落实|实施)[，,]\s*(?:并?于|在)?"
                              r"(?:(?:20\d{2}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?|"
                              r"(?:20\d{2}\s*年?)?(?:年底|年内|年中|上半年|下半年))[^，,。；;]{0,4}?(?:前|底|内)"
                              r"[^，,。；;]{0,12}$")
# 「由社区居委会负责制作…」 / 「6月10日前，由A负责完成排查」 / 「由药剂科组织开展处方点评」: the last sentence opens
# (after its time at most) with the unit doing its work (not 由A负责的… / 由A负责人… / 由县委组织部…, a name)
BY_DOING = re.compile(r"^(?:[^，,。；;由]{2,16}(?:前|后|内|底|期间)[，,]\s*)?由(?![于此])"
                       r"((?:[^，,。；;：:（）()由\n]|[（(][^，,。；;：:（）()\n]{1,12}[)）]){2,40}?)"
                       r"(?<!牵头)(?<!协调)(?:具体|主要)?(?:负责(?!牵头)|组织(?![部的]))(?![的人之同])(?=[\u4e00-\u9fff])")


# words no unit's name holds, that a sentence after a label does: 「各乡镇党委政府负主体责任」 /
# 「县卫健局为牵头单位」 / 「汇总后报县政府」 (not 应急 / 为民服务中心 / 日报社 / 后勤)
_SENTENCE_WORD = re.compile(r"[是由对将负要须]|为(?!民)|应(?!急)|需(?!求)|后(?!勤)|(?<!日)报(?!社)")


def clean_names(value: str) -> bool:
    """The first clause of a label's value is unit names only: a label after a comma takes no sentence."""
    names, _notes, _leads, odd = split_units(re.split(r"[，,；;。\n]", value.lstrip(), maxsplit=1)[0])
    return bool(names) and not odd and all(looks_like_unit(n) and not _SENTENCE_WORD.search(n) for n in names)


# units in running text: 「…的问题，由A会同B、C等部门研究提出落实意见。」「由A会同B负责落实。」 — A leads,
# B and C take part. Only with the category (等部门) or the role (负责) written: 「由A会同B研究制定办法」 alone
# stays prose (tests/test_parse_styles.py)
_BY_JOINT = re.compile(r"(?:^|[，,：:])\s*由([^，,。；;：:由]{2,40}?)会同([^。；;：:]{2,400}?)"
                       r"(?:等(?:有关|相关)?(?:部门|单位|地区|方面)|(?=负责))")


def by_joint(decl: Declaration, sentence: str) -> bool:
    """Fill ``decl`` from 「由A会同B…」 in a sentence; False when it is not there or names no units."""
    m = _BY_JOINT.search(sentence)
    if m is None:
        return False
    lead, notes, _l, odd1 = split_units(m.group(1))
    resp, notes2, _l2, odd2 = split_units(m.group(2))
    if not lead or not resp or odd1 or odd2:
        return False
    _take(decl, LEAD, lead, notes)
    _take(decl, RESP, resp, notes2)
    return True
