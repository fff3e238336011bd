"""Whether a span the sentence reader found names a body — CONVENTIONS.md "Units written in sentences" rule 3.

``sentence_units`` reads a name before a verb of doing (or after 由); this module decides whether that name is a
body at all: a named body, a kind of body or a group (区住建委 / 建设行政管理部门 / 各街镇 / 建设单位), a role the
plan gives (``ROLES``, set per plan), or a regulated party named by a kind (round 34) — and not a general call
(各地 / 各单位 / 全区), a person or a post, a clause (督促各街镇 / 请各区…), a place, a site or work. Moved out of
``sentence_units`` (round 44, at its 700-line limit) with no change in what it decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from .doer_words import _MODAL_INSIDE, _MODAL_OPEN, _VERB_INSIDE
from .organised_work import OBJECT_DE
from .prose_units import VERB_START
from .units import looks_like_unit

_BARE_TOO = r"(?:[和及与](?:单位|部门))?"     # (「各部门和单位要…」: the call 各部门 和 a bare 单位, round 34 / 33)
# a general call, not a body (rule 3; a kind's group is a doer: 各级能源主管部门, 各区; 各部门、各单位, 各级 call all;
# 各责任单位／各责任主体 refer back to the bodies named, round 34 — a qualified 各质量责任主体 is a kind)
_CALL_PIECE = r"各(?:地区|地方|地|单位|部门|级|方面|方|(?:有关|相关)方面)"
_GENERAL = re.compile(rf"^(?:各级各[\u4e00-\u9fff]*|各(?:责任单位|责任部门|责任主体)"
                      rf"|{_CALL_PIECE}(?:(?:以及|[、和及与])?{_CALL_PIECE})*{_BARE_TOO})$"
                      r"|^各?(?:有关|相关)(?:方面|单位)$|^全[省市区县镇乡国]")
# a clause, not a name: 「试点区由区市场监管局」「相关部门适时指导」「要指导项目实施部门」
# (… and a clause's verbs: 各成员单位汇总至… / 分管副主席领办 / 区级财政承担80% / 直连电源在各区… / 村到乡 / …以及…;
# not the 组成 of 「…工作小组成员单位」, a group's members named as bodies)
# (a body named by its standing role in a response 「区级应对牵头单位」 is a name; the plan's role after a time or a
# call 「每年年初各牵头单位」 is none, nor a back-reference to the leads by kind 「各项目牵头单位」「各专项牵头单位」:
# only the response role 应对牵头单位 passes — rv57)
_NOT_IN_NAME = re.compile(r"的|由|要|会同|适时|督导|负责|牵头(?!企业|部门$|(?<=应对牵头)单位$)|"
                          # (a clause's own work then its objects 「并具体组织实施…认定、…监管、…主体审核」: rule 2's
                          # 组织实施 in no body's name — 「项目组织实施单位」 is one)
                          r"具体组织|组织实施(?!单位$|主体$|机构$|部门$)|责成|"
                          r"(?:各|相关|有关)牵头单位$|下发|提交|担任|按计划|按半年度|"
                          # (a manner word, then the work 「由专人主动对接头部企业」: a clause, its object no body)
                          r"主动|积极|全力|切实|密切|"
                          # (the topic then 经 before a body 「方案经县应急局组织评审…」: a clause, no name — round 59)
                          r"(?<=[\u4e00-\u9fff])(?<![区市县镇乡省])经(?=[区市县镇乡省][\u4e00-\u9fff]|国家|各)|"
                          r"组成(?!员)|下设|"
                          # (a topic then the body it is entrusted to 「具体工作委托B实施」: the pivot's object, no
                          # doer — rounds 33, 35; not 受委托／被委托 nor an agent's kind 「委托代理机构」)
                          r"(?<=[\u4e00-\u9fff]{2})(?<![受被])委托(?!代理|单位|方|人)(?=[\u4e00-\u9fff]{2})|"
                          r"成立|《|汇总|至|另行|作为|领办|考核(?!单位$|部门$|机构$)|承担|批示|签署|交办|以及|尤其|相结合|(?<!所)在|到|(?<!申)报(?!社)|"
                          r"申报(?!单位$)|开展|[\d%.．]|"
                          # (a body sending its team 「A派出工作组参与…」: a clause — not 派出所／派出机构)
                          r"(?<=[\u4e00-\u9fff]{2})派出(?!所|机构)|"
                          r"向|直接|搭建|征求|加快|研究(?!会|院|所|中心)|联合|组长|并|进一步|把关|每(?:半年|季度?|月|周)|抓好|做好|认真|分别|确认|后再|按实际|按照|可委托|可以|[为予还也均担既]$")
# (a team's or a boat's leader 「由该舟领队负责」: a person, though 队 ends a body's name)
# (the party liable for a pollution 「土壤污染责任人」: a party the law names by its liability, as 使用权人 by
# its right — Round 87 on x327_02 三/（一）)
_PERSON = re.compile(r"(?:人员|(?<![法权标租用收])(?<!污染责任)(?<!^采购)人|同志|专家|群众|居民|村民|个人|师|员|长|"
                     r"书记|领导|领队|干部|主任)$")
# what a name ends in when it names no body: work (各职能部门任务), a place or a site (出土工地和消纳场所), a
# platform (信息平台), society (市级社会|组织: a cut name), a layout or a pattern whose 局 is no bureau (「编制耕地保护
# 空间布局优化方案」: work, no name)
_NOT_BODY_END = re.compile(r"(?:任务|工作|责任|职责|要求|机制|制度|平台|场所|工地|场地|现场|社会|相关|有关|运营|"
                           r"布局|格局|大局|全局|开局|变局)$")
# a two-character name is a body's only as 各X or with a body's last character (园区, 街道, 农委, 街办, 科协, 妇联,
# 林站, 国企, 企业: 由企业进行收储利用) — not 出台 / 平台 / (办)公室 / 机构 / 社会 / 有关 / 政府
# (kinds of body listed with others 「社区、村组和机关、团体、学校要…」: each a kind, rule 2 — x258_02 第三条)
_TWO_BODY = re.compile(r"^各.|^.[区县市镇乡村道委局办联协站企厅院馆队校]$|^企业$|^码头$|^业主$|^[市区县镇乡村]级$|"
                       r"^(?:机关|团体|村组|社团)$")
# (a level word alone, not 各级 — a call to all, round 33; an area's own level 「新区本级」「市本级」 as printed, like
# 同级／本级, Round 47 rulings — x231_02)
_LEVEL = re.compile(r"[市区县镇乡村]级|(?:[\u4e00-\u9fff]{0,4}新区|[省市区县镇乡])本级")
# (… and 落实: 「A要加强…，落实B在…开展…」 — 落实 is A's verb, B its pivot's object, never the start of a name:
# Round 56 rulings, Units on x78_04)
_NOT_NAME_START = re.compile(r"^(?:会同|负责|牵头(?!企业)|配合|协助|参与|组织(?!编制机关|部门?$)|落实|由|对(?!口)|"
                             r"在|以|为|将|把|按照|根据|"
                             r"依据|向|接受(?![单方])|除(?!四害)|协同(?!创新|发展)|结合|"
                             r"通过|针对|定期|立即|迅速|及时|尽快|选择|选定|遴选|经(?![发济信贸营纪])|报|形成|防止|联动|"
                             r"推动|促进|录入|尤其|动员|動員|部署|本(?![委局办]$|(?:市|区|县|省|企业|级)[\u4e00-\u9fff]{3})|限制|禁止|严禁|"
                             r"请|邀请|督促|切实|协调|联合|面向|引进|依托|纳入|检查(?!(?:单位|机构)$)|鼓励|带动|逐|我(?![委局办]$)|其(?![他它](?:有关|相关)?(?:[\u4e00-\u9fff]{0,8}?(?:行政|管理|主管|职能|执法|监管))?部门$)|原则|"
                             r"县\(市(?![、区]*\)区?(?:人民)?政府|[、区]*\)[\u4e00-\u9fff]{1,8}?(?:局|委|部门))|"
                             r"代表(?!处|团|大会|委员会)|调动|充分|发动|实行|坚持|遵循|本着|指导|引导|参照|严把|严格|把好|明确|确定|深化|强化|优化|细化|加大|加强|便于|以便|受(?!托)|业务上|委托|授权|走[上进近访](?!委|局|办$)|深入)")
# (组织部／组织部门 alone: the party's organisation department, a body 「会同组织部门建立…」 — x253_03)
# (本级 a level word kept with the name 「由本级教育行政部门…安排」, as 同级, Round 47 rulings — x253_03)
# (结合: 「结合实际拟定本单位实施方案」 opens a clause by its manner — the words before 实施 no name, round 46)
# the guidance a doer works under 「在县人武部的指导下」「在区政府统一领导下」 (the doer's own verb after it)
UNDER_GUIDANCE = r"在[^，,。；;在]{1,16}?(?:的)?(?:统一)?(?:指导|领导|组织|协调|统筹|监督|帮助|支持|部署|督导)下"
# a noun's description after the agent 「参加由A组织的培训」「由A负责的项目」 (not 「由A负责X的Y」: A's work), or the
# members of a body 「由A、B组成」「由A、B等部门派员参加」 — not 「由A负责组成调查组」 (A's work: 负责＋what it sets up)
# (… not the rule the agent follows 「由A根据自治区的方案另行制定」「由A按照…的要求」: a rule, then A's own verb)
# (… nor the guidance the agent works under 「由镇人武部在县人武部的指导下组织」: a 在…下 phrase, then A's own verb)
# (… nor the agent's own share of the duty 「由A和B分别承担相应的主体责任」: 由A承担…责任 names A, round 30)
# (… nor the parties the agent hands a paper to 「由A向本辖区内的责任人发放」: 向's object, then A's own act —
# Round 83's x313_02: serving a body's own paper ends its work)
_DESCRIBES = re.compile(rf"(?!对|采用|采取|通过|负责(?!的)|根据|依据|依照|按照|{OBJECT_DE}|{UNDER_GUIDANCE}|"
                        r"向[^，,的]{1,10}的[\u4e00-\u9fff]{1,8}?(?:发放|送达|颁发|交付)$|"
                        r"(?:分别|共同|各自)?承担[^，,的]{0,6}的[^，,的]{0,6}?责任)"
                        rf"[\u4e00-\u9fff]{{0,6}}的|"
                        rf"(?!负责(?!的))[^，,]*(?:组成|派员(?:参加|参与)(?=[，,。；;]|$))|负责解释")
# (a regulated party or role named by a kind is a doer with a rule-2 form, round 34: 设置者, 项目法人, 经营(运营)主体)
# (村(社区) acting 「村(社区)负责在本村水域…设立…」: a kind of body, its bracket as printed, like 镇(街道),
# round 44/45)
_OTHER_BODY = re.compile(r"(?:^各?村[（(](?:社区|社區|居)[)）]|码头|联席会议|集体经济组织|自治组织|党组织|"
                         r"^[村组]级组织$|"
                         r"(?:执法|救援|巡查|施工)队伍|(?:产权|所有权|使用权)人|(?<=[\u4e00-\u9fff]{2})污染责任人|(?<![\u4e00-\u9fff])[省市县区乡镇]{2,3}[两三四]级|共青团组织|"
                         r"(?<=[\u4e00-\u9fff]{2})(?:实施|立项|开发|建设|统筹|招选)主体|"
                         # (「由实施主体提出意见」: a bare role the plan never sets up, round 51
                         # p47c; 「项目实施载体牵头」: the carrier a plan picks, named by its
                         # role — Round 63 rulings on x273_02)
                         r"^(?:建设|实施)主体|"
                         r"(?<=[\u4e00-\u9fff]{2})实施载体|"
                         r"(?:经营|运营|投资|出资人?)[）)]?主体|项目法人|^业主|招[标租]人|(?<![\u4e00-\u9fff])采购人|"
                         r"(?<=[\u4e00-\u9fff]{2})用户|(?:承租|使用|征收)人|(?:公有(?:住房|房屋)|[直自]管公房|公共租赁住房|公租房)出租人|"
                         # (「公有住房出租人负责办理…征询手续」: the landlord a party named by its role, as 承租人,
                         # Round 105 on x376_01 第三条 — not a bare 出租人, nor a private one 「房屋出租人」, rv71a F4)
                         # (「由市场主办方和属地镇街园区落实主体责任」: a party named by its role in an event, like
                         # 业主 and 招标人, round 34 — not 各方／双方／一方)
                         r"(?<=[\u4e00-\u9fff]{2})(?:主办|承办|举办|协办|运营|经营)方|"
                         # (「房屋产权方及出租方应…落实产权方主体责任」: the parties to a building or its lease by their
                         # role, as 产权人 and 承租人 — Round 74 rulings on x297_01 五、12.; rounds 34, 62 p52c)
                         r"(?:房屋)?(?:产权|出租|承租)方|"
                         # (「…机关、团体、学校要…」: social bodies by kind, x258_02 第三条 — not 团体标准, a thing)
                         r"^(?:人民|社会)?团体$|"
                         # (a new district's town 「沣东新城」, named like 浦东新区: its government, x231_02; not a
                         # count of places 「五个新城」)
                         r"(?<=[\u4e00-\u9fff]{2})(?<![个座])新城|"
                         r"(?<![\u4e00-\u9fff]{5})(?:设置|经营|运营|管理|使用|生产|建设|产权|所有|维护|养护)者)$")
# a level's party committee or government after a verb's word 「落实市委、市政府工作部署」: the verb's object, no name
# (not 发展改革委 / 建设单位, names that open with a verb's word)
_PARTY_ORGAN = re.compile(r"[省市区县镇乡](?:委|政府|人民政府)$")
_VERB_NAMED = re.compile(r"(?:委|局|厅|办|处|署|中心|单位|部门|主体|者|法人|招标人|^采购人)$"
                         # (「建设工程项目实施企业」「建设项目管理公司」: 建设工程／建设项目 a noun, the works, before a
                         # party named by its kind — not 「推动企业」「支持企业」, a verb and its object)
                         r"|^建设(?:工程|项目)[\u4e00-\u9fff]{0,8}(?:企业|公司)$")
# a role the plan or a procedure gives, no kind of body: 「由责任单位负责…」「主办单位会同会办单位…」 (round 31)
_ROLE_WORD = re.compile(r"^(?:各|相关|有关)?(?:牵头|配合)(?:单位|部门)$")
# the role names of the document being read (``role_definitions.defined_roles``): names for every reader of its
# doers while ``tasks.build_tasks`` reads it — held per call (a context variable set and reset around the reading,
# never left behind for the next document), read through ``document_roles``
_ROLES: ContextVar[frozenset[str]] = ContextVar("_ROLES", default=frozenset())


def document_roles() -> frozenset[str]:
    """The role names of the document being read (see ``reading_roles``); none outside a reading."""
    return _ROLES.get()


@contextmanager
def reading_roles(roles: frozenset[str]) -> Iterator[None]:
    """``roles`` are the document's role names (``document_roles``) inside the block, the ones before after it."""
    token = _ROLES.set(roles)
    try:
        yield
    finally:
        _ROLES.reset(token)




def _name_ok(name: str) -> bool:
    return name in _ROLES.get() or _body_name(name) or _MASKED.fullmatch(name) is not None


# a body whose own name a template or a copy masked 「乡镇XX、村委会要…」「县××」: a body as printed (x271_02)
# (a level before the mask 「乡镇XX」, not a word 「由xx」)
_MASKED = re.compile(r"[\u4e00-\u9fff]{0,4}[省市县区乡镇村](?:XX|××|xx|ＸＸ)")


def _side_ok(name: str) -> bool:
    """A side of 「A和B」: a body, or a group of bodies 「各部门和各镇」 (two names, round 34)."""
    return _name_ok(name) or name.startswith("各") and len(name) >= 2 and looks_like_unit(name)


_HELD_BY = re.compile(r"[（(]([\u4e00-\u9fff]{2,10}?[镇乡区县])[)）]$")


# 「其余各村(社区)自行组织…」: 其余 says which of a group act, as 所在／所涉 do — the group's name as printed (Round 70
# rulings, x289_01 一); the group after it decides (其余各单位 is still a call)
_THE_REST = re.compile(r"^其余(?=各)")


# fields sharing one head, the last joined by 以及 「发展改革、规划资源、交通以及城管执法等部门」: one name as
# printed, as with 和 (round 31's fields sharing one head) — not whole bodies joined 「区财政局以及区民政局」 (each a
# head of its own)
_FIELD_WORD = r"(?:(?![局委办府厅院会所站队处科室司])[\u4e00-\u9fff]){2,10}"
_FIELDS_YIJI = re.compile(rf"{_FIELD_WORD}(?:、{_FIELD_WORD})*以及{_FIELD_WORD}?等?(?:部门|机构)")


@lru_cache(maxsize=16384)       # (read_names tries the same spans again and again; pure: the roles are tested above)
def _body_name(name: str) -> bool:
    if _THE_REST.match(name):
        return _body_name(name[2:])
    if _FIELDS_YIJI.fullmatch(name):
        return _body_name(name.replace("以及", "和"))    # (fields joined by 以及 before one head: as by 和)
    if not 2 <= len(name) <= (64 if "、" in name else 40) or _NOT_IN_NAME.search(name) or _PERSON.search(name) \
            or _GENERAL.match(name) or _MODAL_OPEN.match(name) or _MODAL_INSIDE.search(name) \
            or _NOT_BODY_END.search(name) or len(name) == 2 and not _TWO_BODY.match(name) or _ROLE_WORD.match(name):
        return False
    # (浮岐村设指挥部: a place that sets a body up, round 35 — no name, whatever the place is called)
    if (m := _VERB_INSIDE.search(name, 3)) and (m.group() == "设" or looks_like_unit(name[:m.start()])):
        return False
    bare = re.sub(r"[（(][^（）()]{1,12}[)）]$", "", name)         # (建设单位（代建单位）: its bracket aside)
    if _NOT_NAME_START.match(name) or VERB_START.match(name) and not (
            _VERB_NAMED.search(bare) and not _NOT_NAME_START.match(name[2:]) and not _PARTY_ORGAN.match(name[2:])):
        return False            # (发展改革委 / 建设单位 / 实施单位: names that open with a verb's word)
    # a named body, a kind of body or a group (区住建委 / 建设行政管理部门 / 各街镇 / 建设单位), not a person, a
    # clause (督促各街镇 / 请各区…) or a general call (各地 / 各单位 / 全区)
    # (综合实施主体 / 项目建设主体: a body named by the role it holds in the work)
    # (嘉定新城（马陆镇）: a place named with the town or body that holds it in brackets — a body, as the bracket's is)
    held = _HELD_BY.search(name)
    # (「镇级每月组织…」: a level standing as a subject names that level's bodies, one group — Round 47, turned)
    # (「项目法人（建设单位）」: a body named by its role with one alias in brackets that is a body too — the name as
    # printed, round 34's one-alias bracket)
    alias = re.search(r"[（(]([^（）()、]{2,12})[)）]$", name) if bare != name else None
    return looks_like_unit(name) or bool(_OTHER_BODY.search(name)) or bool(_LEVEL.fullmatch(name)) \
        or held is not None and held.start() >= 2 and "、" not in name and looks_like_unit(held.group(1)) \
        or alias is not None and looks_like_unit(alias.group(1)) and _body_name(bare)
