"""Groups of areas a list of units writes with 、, rejoined into one name after the split on 、 tore them apart.

Reads the pieces ``units.split_units`` cut a list at (``各县、市、区政府`` → 各县 / 市 / 区政府) and joins those that
name one body as printed: areas sharing one government 「各县、市、区政府」「相关市、县政府」「各县、特区、区人民政府」,
cities or districts named before the government written once after the last 「哈尔滨、黑河、绥芬河市政府」
「嘉定区、青浦区、奉贤区政府」, kinds sharing one head 「各有关委、办、局」, a town's two bodies 「各乡镇党委、政府」,
two zones' bodies 「示范区、高新区党工委和管委会」 — and keeps apart a body of a higher level after the areas
「各区、市委组织部」 (``_higher_body``). CONVENTIONS.md: a name is kept as printed — 「市、区X部门」 one name
("Units written in sentences", round 29), 「各有关委、办、局」 one name (round 32 rulings), 「秭归县、夷陵区…政府」
one name (round 35 rulings).

How a unit's name ends (``ORG_END``, with ``NAME_END_WORDS`` / ``GOVERNMENT_END_WORDS``) and how a group opens
(``_GROUP``) live here because the rejoining reads them (a bare place has no unit word at its end; a named area is no
group); ``units`` imports them back. Moved out of ``units`` (round 44, at its 700-line limit) with no change in
what it joins.
"""

from __future__ import annotations

import re

_ADMIN_CHARS = set("县市区乡镇州旗盟縣區鄉鎮")
_SPECIAL_AREA = ("特区", "特區")       # 六枝特区: a county-level area, written among 各县、…、区
# 相关市、县政府 / 有关市、县(区)政府: one group of governments, written with 、
_GROUP_AREA = re.compile(r"^(?:相关|相關|有关|有關|各|沿线|沿線|所在|涉及)[县市区乡镇州旗盟縣區鄉鎮]$")
_AREA_GOVERNMENT = re.compile(r"(?:市|县|縣|区|區)(?:人民)?(?:政府|政府办|委)$")
SHARED_HEAD = r"各(?:有关|相关)?[委办局厅](?:、[委办局厅])*"
_SHARED_HEAD = re.compile(SHARED_HEAD)
_PLACE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_ZONE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:示范区|开发区|高新区|新区|园区|试验区|保税区)")
_ZONE_BODIES = re.compile(_ZONE.pattern + r"(?:党工委|管委会)[和及、](?:党工委|管委会)$")
# the endings of an organisation's name that seldom occur inside one: where a name ends in a run of
# names written together (``run_tables.unrun_table``), and how a lead unit's name ends there
# (of them, a government body's: 区商务委, 区规划资源局, 区政府, 管委会 — endings no place has, where 中心, 馆, 站 also
# end a place's name: 城市副中心, 金融中心)
GOVERNMENT_END_WORDS = "局|委|办|府|会"
NAME_END_WORDS = f"公司|中心|集团|厅|院|所|站|馆|社|队|{GOVERNMENT_END_WORDS}"
ORG_END = re.compile(
    r"(部|处|司|支行|分行|银行|团|园|联|室|科|校|台|组|区|县|市|镇|乡|(?<![入控参持配分认送派炒])股|"
    rf"街道|单位|部门|机关|办事处|署|盟|州|旗|企业|国企|机构|海关|大学|学院|医院|党校|报社|关|军|营|协|专班|"
    # (a railway's or a road's section office 「漳州铁路车务段」「公路管理段」, not a stage, a stretch or a means
    # 阶段／路段／手段)
    r"(?:车务|工务|电务|机务|车辆|供电|公路|公路管理|养护|航道)段|"
    # (a level's flood-control headquarters by its short form 「镇防指」「县防指」: 防汛抗旱指挥部, a body)
    r"(?<=[省市区县镇乡道])防指|"
    # (a police force by its branch 「轨交公安」「铁路公安」「属地公安」: the branch's police, a body)
    r"(?<=轨交|铁路|民航|港航|地铁|轨道|属地|水上|森林|林业|交通|机场)公安|"
    # (a level's emergency management unit 「市级应急管理单元」「属地应急管理单元」: a body of the city's emergency
    # system, not a unit of count 「以居委会…为基本单元」)
    r"(?<=应急|安全)管理单元|"
    rf"{NAME_END_WORDS})$")
_GROUP = re.compile(r"^各|各(?:成员|有关|相关|责任|承办)?单位$|成员单位$|有关单位$|相关单位$|有关部门$|相关部门$|"
                    r"各部门$|各级")


def _bare_place(name: str) -> bool:
    """A place named without its 市/县 (黑河, 锦州): no unit word at its end (a two-character 某州 is a city)."""
    return bool(_PLACE_NAME.match(name)) and (not ORG_END.search(name) or len(name) == 2 and name[-1] == "州")


# a body's name, a join, then one level's character that a split on 、 tore from the level after it
# 「上海市地名委员会和区|、县地名委员会」
_JOINED_LEVEL = re.compile(r"[\u4e00-\u9fff]{2}(?:和|及|与|以及)各?[市区县镇乡]$")


def _merge_admin(pieces: list[str]) -> list[str]:
    """Rejoin ``各县、市、区政府`` that a split on 、 tore apart."""
    out: list[str] = []
    for piece in pieces:
        if out:
            if piece in ("委", "办", "局", "厅") and _SHARED_HEAD.fullmatch(out[-1]):
                out[-1] = out[-1] + "、" + piece            # 各有关委、办、局: kinds sharing 各有关, one name
                continue
            last_part = out[-1].rsplit("、", 1)[-1].lstrip("各")
            # 上海市地名委员会和区、县地名委员会: levels sharing a head after a join, the second body's name — rejoined
            # (the join is split after, by ``_split_and``)
            if len(piece) >= 3 and piece[:1] in _ADMIN_CHARS and _JOINED_LEVEL.search(out[-1]) \
                    and not _higher_body(out[-1][-1], piece):
                out[-1] = out[-1] + "、" + piece
                continue
            # 各县、市、区政府 — not 各区、城投集团 (a unit after the list of areas)
            if len(last_part) == 1 and last_part in _ADMIN_CHARS and piece[:1] in _ADMIN_CHARS \
                    and not _higher_body(last_part, piece):
                out[-1] = out[-1] + "、" + piece
                continue
            if (piece in _SPECIAL_AREA or out[-1].rsplit("、", 1)[-1] in _SPECIAL_AREA and piece[:1] in _ADMIN_CHARS) \
                    and _GROUP_AREA.match(out[-1].split("、")[0]) and len(piece) <= 8:
                out[-1] = out[-1] + "、" + piece            # 各县、特区、区人民政府: a special district among the areas
                continue
            if _GROUP_AREA.match(out[-1]) and piece[:1] in _ADMIN_CHARS and len(piece) <= 8 \
                    and not _higher_body(out[-1][-1], piece):
                out[-1] = out[-1] + "、" + piece            # 相关市、县政府
                continue
            if _AREA_GOVERNMENT.search(piece) and _bare_place(out[-1]):
                # 哈尔滨、黑河、绥芬河市政府: the cities named bare, 市政府 written once after the last
                k = len(out)
                while k > 0 and _bare_place(out[k - 1]):
                    k -= 1
                out[k:] = ["、".join([*out[k:], piece])]
                continue
            if piece in ("政府", "人民政府") and out[-1].startswith("各") and out[-1].endswith(("党委", "党工委")):
                out[-1] = out[-1] + "、" + piece            # 各乡镇党委、政府: the two bodies of each town, one name
                continue
            if _ZONE.fullmatch(out[-1]) and _ZONE_BODIES.match(piece):
                out[-1] = out[-1] + "、" + piece            # 示范区、高新区党工委和管委会: the bodies of both
                continue
            gov = _AREA_GOVERNMENT.search(piece)
            if gov and _named_area(piece[:gov.start() + 1], gov.group(0)[0]) and _named_area(out[-1], gov.group(0)[0]):
                # 嘉定区、青浦区、奉贤区政府: areas named whole, 区政府 written once after the last
                k = len(out)
                while k > 0 and _named_area(out[k - 1], gov.group(0)[0]):
                    k -= 1
                out[k:] = ["、".join([*out[k:], piece])]
                continue
        out.append(piece)
    return out


# the rank of an area's level (a 县级市 is a county's peer: 各县、市教育局 stays one group)
_LEVEL_RANK = {"省": 4, "市": 3, "州": 3, "盟": 3, "县": 2, "縣": 2, "区": 2, "區": 2, "旗": 2,
               "乡": 1, "鄉": 1, "镇": 1, "鎮": 1}
# what follows a level in a group of areas: another level, a bracket of levels, the areas' governments
_AREA_TAIL = re.compile(r"(?:级市|自治[州县旗]|[县市区乡镇州旗盟縣區鄉鎮、]|[（(〈<][^)）〉>]*[)）〉>])*"
                        r"(?:(?:党委|党工委)?(?:和|及|、)?(?:人民)?政府(?:办公室|办)?|党委|党工委|管委会)?")


def _higher_body(group_level: str, piece: str) -> bool:
    """「各区、市委组织部」: after a group of areas, a body of a higher level (the city's 市委组织部, 市民政局,
    市级主管部门) is a unit of its own — not the areas' own governments (各区、县（市）人民政府, 各县、市、区政府)."""
    level = piece[:1]
    rank, own = _LEVEL_RANK.get(group_level), _LEVEL_RANK.get(level)
    # (市直/市级/市属/市管 after 各县: only the city's own bodies — a 县级市 has none such)
    if rank is None or own is None or own <= rank or {group_level, level} <= {"县", "縣", "市"} and not (
            level == "市" and piece[1:2] in ("直", "级", "属", "管")):
        return False
    return _AREA_TAIL.fullmatch(piece, 1) is None


def _named_area(name: str, level: str) -> bool:
    """A place named with its level and nothing after (嘉定区 before 奉贤区政府), not a group (各区)."""
    return 3 <= len(name) <= 5 and name.endswith(level) and bool(_PLACE_NAME.match(name[:-1])) \
        and not _GROUP.search(name) and not re.match(r"[各全本该相有所沿]", name)
