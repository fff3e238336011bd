"""Names in a list that share the last one's head (CONVENTIONS.md round 35, Names): 「秭归县、夷陵区、西陵区政府」
(places before one 政府) and 「各供水、供电、供气、有线电视等经营企业」 (fields before one 等经营企业) are one name as
printed; a list whose parts each carry a head of their own 「区发改委、区财政局」 stays apart;
「市政府相关委、办、局」 is one name (kinds sharing one head, as 各有关委、办、局). A party named by its role
in the work 「出让人」「公共收益账户方」 is a name of its own, never a field: 「出让人、产业、招商部门」 gives
出让人 and 产业、招商部门 (the fields share the head; the party has none to share).
A level alone before a body of another kind 「镇、园区」 is the body of that level: 镇 and 园区 (round 42: bare
names with no shared head name one body each)."""
from __future__ import annotations

import re

from .units import FIELD_HEAD, SOCIETY_HEAD, is_field, looks_like_unit

# a body's head word at a name's end (局 / 委 / 政府 / 部门 / 企业 / 管委会 …), a bracket after it aside
# (… and the kinds 「社会团体」「国家机关」: a body's kind standing whole, no field sharing the next one's head —
# Round 81's x306_03, names split on 、 each a kind)
_HEAD_END = re.compile(r"(?:局|委|办|府|会|部|厅|处|科|室|所|站|队|中心|院|校|司|团|位|门|构|业|织|社|馆|组|团体|机关)"
                       r"(?:[（(][^（）()]{1,12}[)）])?$")
# a place with no head 「秭归县」「浦东新区」, or a field 「各供水」
_PLACE = re.compile(r"^各?[\u4e00-\u9fff]{1,8}?[县区市镇乡旗]$")
_FIELD = re.compile(r"^各?[\u4e00-\u9fff]{2,4}$")
# streets named bare before the last one's body 「青阳、梅岭、西园、罗山街道残联」: the body of each street, one name
_STREET_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}街道(?:办事处|残联|妇联|团委|工会)$")
_BARE_RUN = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*$")
# a place and its head 「西陵区政府」 (not 「区水务局」: no place before the head)
# (and 街道 with its body 「各镇、街道残联」: the 残联 of each town and street, one name as printed)
_PLACE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?[县区市镇乡旗]|街道)(?:人民)?"
                         r"(?:政府|管委会|办事处|[\u4e00-\u9fff]{0,6}?(?:局|委)|残联|妇联|团委|工会)"
                         r"(?:[（(][^（）()]{1,12}[)）])?$")

# a bare head after a place's head 「…党委、政府」: places before it share the heads, so
# 「各区及西湖风景名胜区党委、政府(管委会)」 keeps both places with the first name (Round 59 rulings on x261_07: 及
# joins two names only where each side is a whole body name, rounds 35, 40, 41, 49)
_BARE_HEAD = re.compile(r"^(?:人民)?(?:政府|党委|党工委|管委会)(?:[（(][^（）()]{1,12}[)）])?$")


# kinds of body, two characters each, listed before one 「X等单位」 (机关、团体、企业 | 事业等单位)
# (each kind may be read apart, 机关 / 团体 / 企业 being bodies' kinds too: the run joined again from its end)
_KINDS = re.compile(r"^各?[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})*$")
# (the kind before 等 three characters too 「机关、企事业等单位」: 企事业 a kind as 事业 is — Round 99's x363_03;
# rounds 31, 32)
_KIND_ETC = re.compile(r"^(?:[\u4e00-\u9fff]{2}、)*[\u4e00-\u9fff]{2,3}等(?:单位|部门|组织)$")
# a party named by its role in a deal or a work 「出让人」「临时用地使用人」「公共收益账户方」 (not 残疾人 / 老年人 /
# 地方 / 双方, the people or places a field serves, or both sides)
# (… and the owner of a building or works 「业主」 「业主、建设单位、施工单位」: a party by its role, no field of 单位 —
# round 59, p59b)
_PARTY = re.compile(r"^[\u4e00-\u9fff]{1,10}(?<!残疾|老年)(?<![个法地双各])(?:人|方)$|^业主$")


# a level standing alone before 、 「镇、园区」「村、居民区」: the body of that level (the town, the village),
# when what follows is a body of another kind, not a second level sharing a head with it 「市、区水务局」
# 「镇、村两级」「区、街镇」
_LONE_LEVEL = re.compile(r"^([省市县区乡镇村])、(?![省市县区乡镇村州旗街各自])"
                         r"([\u4e00-\u9fff]{2,}(?:[（(][^（）()]{1,12}[)）])?)$")


# levels with no head of their own 「市和区」「市或者区」「市」, before a body of the next level
# 「县文物行政管理部门」: the levels share its head (round 31's 「市、区规划资源部门」, one name as printed)
_LEVELS = re.compile(r"[省市县区镇乡](?:(?:[和及与、]|或者?)[省市县区镇乡])*")
_LEVEL_GOVERNMENT = re.compile(r"[县区市镇乡](?:人民)?政府")
_GROUP_LEVEL = re.compile(r"(?:各|相关|有关)?[市区县镇乡]")
_LEVEL_BODY = re.compile(r"[省市县区镇乡](?![省市县区镇乡州旗街各自])[\u4e00-\u9fff]{2,}(?:部门|局|委|办|政府)$")


# bare levels only, each with its note in brackets 「县、乡(镇)、村(社区)」: no head is shared, each level names its
# own government (x106_07: split at 、, the brackets kept as printed; round 42: bare names with no shared head)
_LEVEL_NOTED = r"[省市县区乡镇村](?:[（(][^（）()]{1,6}[)）])?"
_BARE_LEVELS = re.compile(rf"{_LEVEL_NOTED}(?:、{_LEVEL_NOTED})+")


def _parties_apart(names: list[str]) -> list[str]:
    """Each name with the parties that open a list 「出让人、产业、招商部门」 set apart (出让人, 产业、招商部门), and a
    level standing alone before a body of another kind 「镇、园区」 set apart from it (镇, 园区)."""
    out: list[str] = []
    for name in names:
        if _BARE_LEVELS.fullmatch(name) and re.search(r"[（(]", name):
            out += [p for p in name.split("、") if p not in out]
            continue
        lone = _LONE_LEVEL.match(name)
        if lone and (_HEAD_END.search(lone.group(2)) or lone.group(2).endswith("区")):
            out += [p for p in lone.groups() if p not in out]
            continue
        pieces = name.split("、")
        k = 0
        while k < len(pieces) - 1 and _PARTY.match(pieces[k]):
            k += 1
        out += [p for p in [*pieces[:k], "、".join(pieces[k:])] if p not in out]
    return out


# the head of one named body, not of a kind several fields may share: 「联通公司」「供销联社」「人民银行民和支行」
# 「市电视台」 (a kind's head 部门 / 单位 / 企业 / 政府 / 局 … is shared: 「人事、卫生部门」「秭归县、夷陵区政府」)
# (and a people's organisation, one body of its own name 「民政、共青团」「卫健、妇联」 — round 42 continued's bare
# field beside it, x193_04)
_OWN_HEAD = re.compile(r"(?:公司|集团|联社|支行|分行|银行|电视台|广播电台|报社|共青团|团委|妇联|工会|残联|科协|文联)$")
# 「A、B及其他集中供能单位」: the kind 其他… closing a list of its members, a name of its own
# (not 「市发展改革、财政及其他相关部门」: departments' fields sharing 部门, round 31)
_OTHER_KIND = re.compile(r"及(?=其他[\u4e00-\u9fff]{2,10}(?:单位|企业)$)")
# a bare kind in the list 「相关部门、单位、作业公司」: the catch-all, no field (round 37)
_BARE_KIND = re.compile(r"(?:各|有关|相关)*(?:部门|单位|企业|机构)")


def _mixed(name: str, pieces: list[str], names: list[str], text: str) -> bool:
    """The list the name stands in mixes in a body with a head of its own: a piece of it 「县委宣传部、县农牧、…」 or
    a name beside it by 、 「市电视台、市网通、市移动公司」「电信、联通公司、移动公司」."""
    return any(looks_like_unit(p) and not is_field(p) and _HEAD_END.search(p) for p in pieces[:-1]) or any(
        other != name and (f"{other}、{name}" in text or f"{name}、{other}" in text) for other in names)


def _bare_apart(name: str, names: list[str], text: str) -> list[str]:
    """A list of bare field names read as one name 「县农牧、公安、…、供销联社」「电信、联通公司」「市网通、市移动公司」
    「市电力、市燃气及其他集中供能单位」: its last body carries a head of its own (a company, a 联社) in a list that
    mixes in bodies with heads of their own (``_mixed``), or the kind 其他… closes it, so the fields share no head —
    one body per field, each as printed (round 42); ``[name]`` otherwise. A list closed by one head and
    nothing else 「县工商、农业、建设银行」「县移动、联通、电信公司」 stays one name as printed (a shared head, review
    of round 43)."""
    pieces = name.split("、")
    if len(pieces) < 2 or "等" in name or re.search(r"[（()）]", name) \
            or not all((is_field(p) or looks_like_unit(p)) and not _BARE_KIND.fullmatch(p) for p in pieces[:-1]):
        return [name]
    if _OWN_HEAD.search(pieces[-1]):
        return pieces if _mixed(name, pieces, names, text) else [name]
    last = _OTHER_KIND.split(pieces[-1])
    return [*pieces[:-1], *last] if len(last) == 2 and is_field(last[0]) else [name]


def share_heads(names: list[str], text: str) -> list[str]:
    """``names`` read from ``text`` with the parts that carry no head of their own joined to the next part by 、 where
    that part is a list sharing one head or a place and its head; the parties opening a list set apart, and a list
    of bare fields whose last body has a head of its own set apart (``_bare_apart``)."""
    apart = _parties_apart(names)
    out = [n for name in apart for n in _bare_apart(name, apart, text)]
    for i in range(len(out) - 2, -1, -1):
        first, nxt = out[i], out[i + 1]
        if re.fullmatch(r"[委办局厅](?:、[委办局厅])*", nxt) and first[-1] in "委办局厅" and f"{first}、{nxt}" in text:
            out[i:i + 2] = [f"{first}、{nxt}"]      # (「市政府相关委、办、局」: kinds sharing one head)
            continue
        if _PLACE.match(first) and i + 2 < len(out) and _PLACE_HEAD.match(nxt) and _BARE_HEAD.match(out[i + 2]) \
                and (join := re.search(rf"(?<={re.escape(first)})[及和与](?={re.escape(nxt)}、)", text)):
            out[i:i + 2] = [f"{first}{join.group()}{nxt}"]     # (「各区及X区党委、政府」: both places before the heads)
            continue
        if f"{first}、{nxt}" not in text:
            continue
        if _KINDS.match(first) and _KIND_ETC.match(nxt):
            out[i:i + 2] = [f"{first}、{nxt}"]      # (「机关、团体、企业、事业等单位」: kinds before one 等单位)
            continue
        if _HEAD_END.search(first) or _PARTY.match(first):
            continue            # (「招标人、施工单位」: a party named by its role shares no head, as above)
        if _LEVELS.fullmatch(first) and _LEVEL_BODY.match(nxt) \
                or _GROUP_LEVEL.fullmatch(first) and _LEVEL_GOVERNMENT.fullmatch(nxt):
            # (「市和区、县文物行政管理部门」: levels before one body; 「相关区、县人民政府」「各市、县政府」: the
            # levels of a group before their one government, round 30's 「市、区X部门」)
            out[i:i + 2] = [f"{first}、{nxt}"]
            continue
        # (levels before the first field 「市和区规划资源、建设、房屋等行政管理部门」: the fields still share the head
        # closed by 等, one name as printed — round 31, the levels kept, round 30)
        if _PLACE.match(first) and (_PLACE_HEAD.match(nxt) and not nxt.startswith("各") or "、" in nxt) \
                or _FIELD.match(first) and not _PLACE.match(first) \
                and ("等" in nxt or _fields_head(first, nxt)) \
                or _LEVELS.match(first) and not _PLACE.match(first) and is_field(first) and "等" in nxt \
                or _BARE_RUN.match(first) and _STREET_HEAD.match(nxt):
            out[i:i + 2] = [f"{first}、{nxt}"]
    return out


def _fields_head(first: str, nxt: str) -> bool:
    """「各区建设、交通行政管理部门」: a field, then a field and the head 部门／单位 the two share (round 31); fields
    before one society 「书法、美术协会」 likewise."""
    head = FIELD_HEAD.fullmatch(nxt) or SOCIETY_HEAD.fullmatch(nxt)
    return head is not None and is_field(first) and is_field(head.group("field"))
