"""What looks like a unit's name (a body, a group of bodies, a county's own farm) and what no unit's name holds (a
figure, a clause's word, a kind of place, a body named by its role alone): the shape of one name, read apart from
``units`` (which finds the declarations and splits them) so each stays small. ``looks_like_unit`` is asked for every
piece a declaration splits into; pure and cached."""

from __future__ import annotations

import re
from functools import lru_cache

from .area_groups import _GROUP, ORG_END
from .unit_labels import NOT_A_BODY

LEAD_VERBS = ("负责", "牵头")
GROUP_DUTY_VERBS = LEAD_VERBS + ("承担", "统筹", "组织", "协助", "配合", "做好", "开展", "加强", "落实", "推进")
# what no unit's name holds: a figure, or a sentence's word (为/是/的/由/对/将: 责任主体为…, 由县水利局…)
NOT_NAME = re.compile(r"\d|[为是的由将]|对(?!牵头(?:单位|部门))")     # (应对牵头单位: a role's name, round 57 p57c)
# a name that ends in a modal verb (各单位要 / 各乡镇应 / 各村须): a rule for all, no unit
MODAL_END = r"(?:[要应须需]|应当|应该)$"         # (「各单位应当」: the modal ends no name)
# (or the modal and its adverb 「各村要切实」「各村要及时」 before the verb: a rule for all, no unit)
MODAL_ADVERB_END = r"(?:[要应须需]|应当|应该|必须)(?:切实|及时|认真|积极|全面|进一步|主动|严格|大力|努力|全力|继续)$"
_CLAUSE_WORD = re.compile(r"要|应当?|须|需|不得|不准|严禁|禁止|在|之[前后]|已|将|均|按照|根据|时$|"
                          + "|".join(GROUP_DUTY_VERBS))
_DUTY_VERB = re.compile(rf"(?:{'|'.join(GROUP_DUTY_VERBS)})(?=[\u4e00-\u9fff])")
# a clause that names who owns a thing (权属为市排水中心 / 属于区水务中心): the owner, not a unit doing the work
_OWNER_CLAUSE = re.compile(r"^(?:(?:权属|产权|所有权|管理权|归属)(?:为|归|属于)|属于|隶属于?|归属于)")


# a kind of housing estate (老式居住小区, 老旧住宅小区, 售后公房小区): the places work is done in, no body; its 区 is
# no district
_ESTATE_KIND = re.compile(r"^(?:各类?|全部|所有)?[\u4e00-\u9fff]{0,6}?(?:居住|住宅|商品房|公房|老旧|老式)小区$")
# a kind of area a rule is for (城市形象重点建设片区 / 历史风貌保护地区), not a body: a long description
# before 片区/地区/区域 (a place's own short name, 临港新片区, and a group, 各功能片区, stay units)
# (or a zone a rule sets, 严控区 / 禁养区 / 禁燃区: what may be done there, no body; land a plan holds back,
# 战略预留区 / 预留区, Round 99's x363_02 五、: the zone a transition's rules are for)
_AREA_KIND = re.compile(r"(?!各|相关|有关)[\u4e00-\u9fff]{4,}(?:片区|地区|区域)|(?:严禁|严控|严管|禁止|限制|控制|管控"
                        r"|疏导|禁摆|禁设|禁养|限养|适养|可养|禁燃|限燃|禁放|禁烧|禁建|限建|适建|禁采|限采|禁牧|禁渔)区"
                        r"|[\u4e00-\u9fff]{0,4}预留区")


# 村“两委” / 社区“两委”: the village's two committees, quoted as a plan writes them (no other quoted words: 严把“源头关”
# / 以下简称“专委办” are no names)
_TWO_COMMITTEES = re.compile(r"[“\"]两委[”\"]")
# a county's or a town's own farm (县国有林场 / 市良种场 / 镇苗圃), not a kind a target counts (省级示范家庭农场)
_STATE_FARM = re.compile(r"[省市县区镇乡](?:属|直|国营)?(?:(?!级|示范|家庭|内|域|生态|休闲)[\u4e00-\u9fff]){0,6}?"
                         r"(?:国有|国营)?(?:林场|农场|苗圃|良种场|种畜场|渔场|茶场|牧场|采育场|林木种苗站)")
# a farm by its own short name (回峰林场 / 红旗农场), not a kind (家庭农场 / 示范林场 / 国有林场)
_NAMED_FARM = re.compile(r"(?!各|本|该|新|其[他它]|相关|有关|上述|所属|下属|周边|辖|所有|全部|家庭|示范|生态|"
                         r"休闲|规模|现代|智慧|国有|国营|集体|种|养殖|大型|小型|私营|民营|公办|个体|联户|合作|龙头)"
                         r"[\u4e00-\u9fff]{2,3}(?:林场|农场|良种场|种畜场|渔场|茶场|牧场|采育场)")
_INNER_BRACKETS = re.compile(r"[(（〔【\[〈<][^)）〕】\]〉>]*[)）〕】\]〉>]")


# a body named by its role alone (领导机构 / 工作机构 / 办事机构 / 指挥机构): a heading's kind, no unit
_ROLE_BODY = re.compile(r"(?:领导|工作|办事|议事协调|协调|执行|指挥|组织|议事|常设|日常)(?:工作)?机构")
# a longer group's last word, a word for bodies (各项目实施主体 / 属地各级志愿服务队伍, not 各班募款买树苗)
_GROUP_TAIL = re.compile(r"(?:主体|团体|队伍|组织|机构|协会|小组|媒体|企业|单位|部门|学校|村|社区|街道|[乡镇县市区])$")


# a person named by his post 「副局长郭亚军」「局长王晓荣」 (a post, then a name of two or three characters): a person
# is never a unit (round 30; "Round 102 rulings, written early" on x366_01 六/2), not 「局长办公室」「校长办公会」, a
# body; nor a person who 协调 a body 「副局长王秀娟协调文化馆」 (the body is read apart: ``prose_units``)
POST = r"(?:常务)?副?(?:[局处科馆院所部厅站行社团队]长|[市县区镇乡]长|主任|书记|秘书长|组长)"
# (the person's name and the verb by which he puts a body to work 「王秀娟协调」, after his post: one spelling here and
# in ``prose_units``)
PERSON_PIVOT = r"[\u4e00-\u9fff]{2,3}?(?:协调|督促|组织|安排)"
_POST_PERSON = re.compile(rf"{POST}(?:[\u4e00-\u9fff]{{2,3}}(?<![室会组办处科局])"
                          rf"|{PERSON_PIVOT}[\u4e00-\u9fff]{{2,}})")


@lru_cache(maxsize=8192)                 # a plan names the same units again and again; pure
def looks_like_unit(name: str) -> bool:
    core = _TWO_COMMITTEES.sub("两委", _INNER_BRACKETS.sub("", name))     # (村“两委”: 村两委)
    if not 2 <= len(name) <= (64 if "、" in name else 40) or _OWNER_CLAUSE.match(core) or NOT_A_BODY.search(core) \
            or _POST_PERSON.fullmatch(core):
        return False
    if _STATE_FARM.fullmatch(core) or _NAMED_FARM.fullmatch(core):
        return True                      # 县国有林场 / 镇农技站苗圃: a public farm of a county or town
    if _ESTATE_KIND.search(core) or _AREA_KIND.fullmatch(core):
        return False                     # 老式居住小区 / 售后公房小区 / 历史风貌保护地区: a kind of place
    if _ROLE_BODY.fullmatch(core):
        return False                     # 1.领导机构。成立…工作组 / 2.工作机构。…: the kind of body, named below
    if ORG_END.search(core):
        return True
    # 各 opens a group (各街镇, 各村, 各承办单位); a longer run with no unit word at its end is a sentence whose
    # subject is the group (各承办单位要积极主动做好办理工作, 各乡镇任务清单之前已下发)
    group = _GROUP.search(core)
    if group is None:
        return False
    if group.end() == len(core):
        return True
    if len(core) <= 6:                   # 各村（社区）统筹资金: a short group and its duty (各级党组织 stays a group)
        return not _DUTY_VERB.search(core, group.end())
    return not _CLAUSE_WORD.search(core, group.end()) and bool(_GROUP_TAIL.search(core))


def is_group(name: str) -> bool:
    return bool(_GROUP.search(name))


# the bureau's head after 和 with no place of its own 「…和房屋管理局」「…和社会保障局」
_BUREAU_HALF = re.compile(r"和(?![各市区县镇乡])[\u4e00-\u9fff]{2,8}?(?:局|委员会|委|厅)"
                          r"(?![\u4e00-\u9fff]{0,2}(?:和|、))")

# 各 and a place tier before a field of two chars or more 「各区住房保障」「各县人力资源」 — not a group of bodies
# 「各村」「各社区」 whose 和 joins a second body 「各村和农业农村委」 (rv71a F2)
_PLACE_FIELD = re.compile(r"^各[区县市](?![\u4e00-\u9fff]*(?:村|社区|学校|街|镇|乡|企业|单位))[\u4e00-\u9fff]{2,}$")


def bureau_field_half(name: str, rest: str) -> bool:
    """``name`` is a group opened by 各 whose tail is a field with no body word 「各区住房保障」 and ``rest`` joins it
    by 和 to a bureau's head with no place of its own 「和房屋管理局」: one bureau's name with 和 inside it
    (各区住房保障和房屋管理局, 各区人力资源和社会保障局), not two bodies (round 31: a name as printed) —
    「各街镇和区房管局」 stays two."""
    return _PLACE_FIELD.match(name) is not None and not ORG_END.search(name) and _BUREAU_HALF.match(rest) is not None
