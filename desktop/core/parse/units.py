"""Units (单位) a task names: finding the declaration, splitting it, the unit registry.

Styles understood (full- and half-width punctuation alike):
* ``(牵头单位:A、B,C;责任单位:D)``, ``〔责任单位：…〕``, ``【配合单位：…】``; ``牵头单位：A`` / ``责任单位：B`` on lines
  of their own after the task
* ``(A、B等按职责分工负责)`` — all responsible, no lead, ``等`` dropped; ``(A牵头，B、C配合)``
* a plain ``(A、B、C)`` at the very end of a task, when every part is clearly a unit
* a note in ``〈…〉`` (or ``（含…）``, ``（下同）``) belongs to the unit before it; compound names stay one unit:
  ``各县、市、区政府``, ``各县（市、区）政府``, ``街道（乡镇）``
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .area_groups import (
    GOVERNMENT_END_WORDS,
    NAME_END_WORDS as NAME_END_WORDS,  # (re-exported: run_tables)
    ORG_END as ORG_END,  # (re-exported: declarations, duty_sentences)
    SHARED_HEAD as SHARED_HEAD,  # (re-exported: sentence_units)
    _merge_admin as _merge_admin,  # (re-exported: prose_units)
)
from .normalise import bracket_spans, split_top_level
from .prefilter import Prefiltered, led, quick_sub
from .unit_labels import (
    DEADLINE,
    LABEL,
    LABEL_ROLE,
    LEAD,
    PARTNER_WORDS,
    RESP,
    ROLES,
    SCOPE,
    SHAPED_WORD,
    drop_run_in_label,
    label_role,
    taking_part,
)
from .unit_shapes import (
    _CLAUSE_WORD,
    GROUP_DUTY_VERBS as GROUP_DUTY_VERBS,
    LEAD_VERBS as LEAD_VERBS,
    MODAL_ADVERB_END as MODAL_ADVERB_END,
    MODAL_END as MODAL_END,
    NOT_NAME as NOT_NAME,
    is_group as is_group,
    looks_like_unit as looks_like_unit,
)

UNIT_SEPS = "、，,；;/／"
# a government body's name, never a place's (区商务委, 区规划资源局, 管委会, 街道办事处, 各街道): a government
# body's ending, an office's (办公室, 办事处), a 街道, or a group of bodies (各…)
_BODY_NAME = re.compile(rf"^各|(?:{GOVERNMENT_END_WORDS}|办公室|办事处|街道)$")


def names_body(name: str) -> bool:
    """True when ``name`` ends as a government body's name does (区商务委, 各街道), never as a place's
    (虹桥国际中央商务区, 城市副中心)."""
    return _BODY_NAME.search(name) is not None


# how an office of government's name ends (区建管委, 规划科, 派出所, 城运中心), of ORG_END's endings those no place,
# school, hospital or company has: the names prose readers take for a body without a label
OFFICE_END = "处|科|室|局|委|办|中心|署|站|所|队"
# (室 alone also names a room — 会议室, 活动室 — which a sentence or a paragraph of duties may open with;
# 办公室 is a body; 股 a county bureau's section — 旅游股 —, not a share: 入股 / 控股 / 参股 / 持股)
BODY_OFFICE_END = "|".join(w for w in OFFICE_END.split("|") if w != "室")
# 「县教育局（联系人：张三，电话：…）」 / 「（责任人：陈明）」 / 「（联系人王某，电话…）」 / 「（局长王某某）」: a note
PERSON_NOTE = re.compile(r"^(?:具体)?(?:责任人|联系人|(?:责任|分管|联系)领导|经办人|(?:联系)?电话|联系方式)\s*"
                         r"(?:[:：]|(?=\w{2,3}(?:[，,；;\s]|$)|\d))|^副?(?:[局站所科股队院校部]长|主任|书记)\w{2,3}$")
_NOTE = re.compile(r"^(含|包括|包含|不含|除|下同|以下|其中|分别|按职责|牵头|配合|负责)|下同|为准"
                   r"|" + PERSON_NOTE.pattern
                   + r"|^(?:排名|排序|排列)?不分先后(?:顺序)?$")
FIRST_LEADS = led(re.compile(r"(列|排|放)(名)?(在)?(第一|首)(位|个)的?[\u4e00-\u9fff]{0,4}?(者|单位|部门)?"
                          r"为[\u4e00-\u9fff]{0,2}?(牵头|汇总)|第一(个|位)单位为牵头|首位(单位)?为牵头|"
                          # 「第一责任单位为牵头单位」「排名第一的部门为牵头部门」
                          r"(?<![\u4e00-\u9fff])(排名|名列)?第一(的)?(责任|主办|承办)?(单位|部门)为牵头|"
                          # 「排名第一的为牵头单位」「排在前面的为牵头单位」「位列第一的…」「首个单位为牵头单位」
                          r"(排名|名列|位列|排在|排|列在|列)(第一|首位|前面|靠前|最前)(位|个)?的?(单位|部门)?为牵头|"
                          r"首(个|位|家)(单位|部门)?为牵头"))
# the legend's second half 「（排在首位的为牵头单位，其余为配合单位）」「其他单位为协办单位」: a rule too, no body
# (review rv51 F6: it was read as a unit named 其余为配合单位)
REST_HELP = re.compile(r"^(?:其余|其他|其它|余下|后列)的?(?:单位|部门)?(?:均|都)?(?:为|是)[\u4e00-\u9fff]{0,2}?"
                       r"(?:配合|协办|协助|责任|参与|协同)(?:单位|部门)$")
# (乡镇人民政府按职责分工分别负责: the phrase, written in any order of its parts, is no part of the name)
# (按照各自职责分工负责 / 根据职责分工负责 / 依职责负责: the same phrase)
_TAIL_WORDS = re.compile(r"等?(?:(?:按照?|根据|依照?|依据|参照)(?:上述|以上)?(?:各自)?(?:职责分工|职责|职能|分工))?"
                         r"(?:分别|共同|各自)?负责(?:落实)?$")


@dataclass
class Declaration:
    lead: list[str] = field(default_factory=list)
    resp: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    deadline_words: str = ""
    source: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)   # where it sits in the body
    odd: list[str] = field(default_factory=list)                 # parts that do not look like units
    explicit_lead: bool = False
    from_heading: bool = False                                   # 1.街道消委办。负责…
    # not from a label (``prose_declaration``): a lead the prose opens with (由A牵头，B配合…), or the units of a
    # comma-joined clause, trailing (…，A牵头，B配合) or opening (A负责，…), including one naming only
    # responsible units (各乡镇负责，…)
    prose_lead: bool = False
    marked: list[str] = field(default_factory=list)              # leads by a mark after the name (市工信局*)

    def empty(self) -> bool:
        return not (self.lead or self.resp)


def drop_unmarked_leads(decl: Declaration) -> None:
    """No legend in the plan (注：标注*的为新增任务): a mark after a name is no lead; the unit stays responsible."""
    if not decl.marked:
        return
    decl.lead = [n for n in decl.lead if n not in decl.marked]
    _add(decl.resp, [n for n in decl.marked if n not in decl.resp])
    if all(n in decl.source for n in decl.resp):
        decl.resp.sort(key=decl.source.find)     # in the order the text lists them
    decl.explicit_lead = decl.explicit_lead and bool(decl.lead)
    decl.marked = []


# a group and a verb of its duty after it (各乡镇负责属地巡查 / 各镇人民政府承担土地流转 / 各村（社区）组织群众 /
# 各村（社区）做好群众工作): a sentence whose subject is the group, not a unit's name (``looks_like_unit``,
# ``prose_units``)


_CATEGORY_TAIL = re.compile(r"(?:以及|及|和|与)(?:其他|其它)?(?:各)?(?:相关|有关|相關|有關)"
                            r"(?:部门|单位|部門|單位|方面)$")
# how a partner is to help (「各乡镇积极配合」「县公安局、县交通局密切配合」): a manner word, no part of any name
MANNER = "(?:密切|积极|主动|全力|大力|认真|切实|相互|通力|紧密|协同)"
_OPENING_WORD = re.compile(r"^(由|请|其中|以及|及|和)")
# a bracket after a unit's name saying who helps it: 「（由相关部门配合）」「（区财政局、各街镇协助）」
HELPERS_NOTE = re.compile(rf"由?(?P<who>[^，,；;。（）()]{{2,40}}?){MANNER}?(?:配合|协助|协办|参与)"
                          r"(?:落实|实施|推进|工作)?")
# 「市工信局*、市发展改革委」 under 「注：标注*的为牵头单位」: a mark after a unit's name marks the lead (a table's
# way to save a column); it is never part of the name
# (a run of stars 「***日报社」 is a name the site masked, no mark — x261_01)
_LEAD_MARK = re.compile(r"(?<![*＊])\s*[*＊※△▲★☆]$|^[*＊※△▲★☆]\s*(?![*＊])")


@lru_cache(maxsize=8192)                 # a plan names the same units again and again; pure
def _clean_piece(piece: str) -> tuple[str, str, bool]:
    """(name, note, marked_lead) of one listed unit."""
    piece = drop_run_in_label(piece.strip().strip("。.：:"))
    if piece.count("(") + piece.count("（") < piece.count(")") + piece.count("）"):
        piece = piece.rstrip(")）")             # a bracket torn by a line break
    if piece.count("(") + piece.count("（") > piece.count(")") + piece.count("）"):
        piece = piece.lstrip("(（")
    note_parts: list[str] = []
    marked_lead = False
    mark = _LEAD_MARK.search(piece)         # (after the name, or before it: 「▲发改局，财政局」 a 责任清单's cell)
    if mark and (mark.start() >= 2 or mark.start() == 0 and len(piece) - mark.end() >= 2):
        piece, marked_lead = piece[:mark.start()] + piece[mark.end():], True
    for a, b in reversed(bracket_spans(piece)):
        inner = piece[a + 1:b - 1].strip()
        if piece[a] in "〈<‹" and (b < len(piece) and re.fullmatch(r"(?:[省市县区旗镇乡、]|街道|社区){1,8}", inner)
                                   or b == len(piece) > a > 2 and re.fullmatch(r"[省市县区].{1,8}[局委办]", inner)):
            continue    # 各县<市、区>人民政府: the levels it covers (next51 x51_12); 区财政局<区金融办>: a hat (r42)
        if b < len(piece) and _SCOPE_NOTE.match(inner) and looks_like_unit(piece[b:]):
            continue    # 相关各区（含临港）交通主管部门: a bracket inside the name stays (round 34)
        if b == len(piece) and kind_members(piece[:a], inner):
            piece = piece[:a]   # 三大集控区污水处理厂（A公司、B公司、C公司）: the bodies a kind stands for (round 37)
            continue
        if piece[a] in "〈<《" or _NOTE.search(inner) or b == len(piece) and inner in ("牵头", "牵头单位") \
                or b == len(piece) and a >= 2 and HELPERS_NOTE.fullmatch(inner):
            # (「区住建委（由相关部门配合）」: who helps the unit, a note on it — ``_take`` adds the helpers)
            if inner.startswith("牵头"):
                marked_lead = True
            else:
                note_parts.insert(0, inner)
            piece = piece[:a] + piece[b:]
    piece = piece.strip()
    if _BY_RELEVANT.search(piece):
        return "", "", False                    # 「各领域由相关单位具体牵头」: a phrase that names no body
    piece = _OPENING_WORD.sub("", piece)
    piece = _TAIL_WORDS.sub("", piece)
    if (role := re.search(r"(?:总|具体|统筹)?牵头$", piece)) and role.start() >= 2:      # 市发展改革委总牵头
        piece, marked_lead = piece[:role.start()], True
    helper = _HELPER_TAIL.search(piece)
    if helper and helper.start() >= 3 and looks_like_unit(piece[:helper.start()]):
        piece = piece[:helper.start()]          # a cell 「X牵头，各区政府配合」: the role is no part of the name
    for tail in ("等单位", "等部门", "等"):
        if piece.endswith(tail) and len(piece) > len(tail) + 1 \
                and not (tail != "等" and is_field(piece[:-len(tail)].rsplit("、", 1)[-1])):
            # (「商务等部门」「人事、卫生等部门」: fields before one head, a name as printed, 等 kept)
            piece = piece[: -len(tail)]
            break
    # 「区人才工作局及有关方面」: a tail naming no kind after one named unit is not a unit of its own (a kind is split
    # off before: ``_kind_after``)
    tail_group = _CATEGORY_TAIL.search(piece)
    if tail_group and tail_group.start() >= 3 and looks_like_unit(piece[:tail_group.start()]):
        piece = piece[:tail_group.start()]
    return piece.strip(" 、，,;；。"), "，".join(note_parts), marked_lead


# a label's phrase leaving the lead to others (「各领域由相关单位具体牵头」「由有关部门负责」; not 自由贸易…): no body
_BY_RELEVANT = re.compile(r"^[^、，,]{0,8}?(?<!自)由各?(?:相关|有关)(?:单位|部门|方面)")
# (or those who carry it out: 「X牵头，Y参加，各镇街落实」)
_HELPER_TAIL = re.compile(r"(?:配合|协助|参与|参加)(?:落实|实施|推进)?$"
                          r"|(?<=[府委局室办厅门位镇乡道街区县市所站])(?:具体)?落实$")
_ETC_GROUP = re.compile(r"等(?:(?:相关|有关)部门(?=[和及]各)|(?=(?:和|及)?(?:各|有关|相关))"
                        # 「市总工会等部门和14个乡镇人民政府」: a list of full names closed, then another group (not
                        # 「A等部门和单位」: one category; 「人事、卫生等部门及各区」 keeps its fields' head)
                        r"|(?<=[局委会办院府厅所站联]等)(?:部门|单位)(?=[和及](?:\d+个|各)))(?:和|及)?")

_AND = re.compile(r"以及|及(?!其|所属|下属|相关|有关)")
# 「A等省安委会有关成员单位」「A等市直相关部门」「A等区级部门」: 等 ends the named units (not 高等); a tail
# naming the relevant ones of a level is a group; one saying what the named units are (等区级部门) is dropped
_ETC_TAIL = re.compile(r"(?<![高中初平同对])等(?=[省市区县](?![场域民政])|全[省市区县]|[\u4e00-\u9fff]{0,14}成员单位$"
                       r"|(?:行业|职能|执法|监管|行政|[\u4e00-\u9fff]{0,6}?主管)[\u4e00-\u9fff]{0,4}?(?:部门|单位|机构)$)"
                       r"(?P<tail>[\u4e00-\u9fff]{1,16}?(?:成员单位|部门|单位|机构|机关|高校|学校|医院|企业|国企))$")
# (「A等市属高校」「A等区属医院」: other kinds of body working with the named units; 「等县直机关」: what A are)
_OTHER_KIND = re.compile(r"(?:高校|学校|医院|企业|国企)$")
# (「区城投集团、区国资公司等区属国有企业」「区中心医院等区属医院」: the named units are of that kind, the tail says
# what they are — no group)
_OWN_KIND = re.compile(r"(?:集团|公司|企业|医院|保健院|卫生院|学校|中学|小学|大学|学院|幼儿园)$")


# a 「等有关…」 tail closing a list of whole names 「市交通运输局等有关市直部门」「A、B等相关执法单位」: the
# category the named bodies belong to, no unit (Round 62 rulings, x258_03 row 6; EXPECTED.md's 「等建设主管部门」) —
# not the bare group 「A、B等有关部门」, which the issue's own answers keep as a name (plans-dev 05 四/（二）/6, 02
# 二/（五）: the lead, round 53, over round 58's 「A、B等相关部门」 where it reads a bare group), nor a kind joined
# by 及／和／、 「A及其他有关部门」 (round 47: bodies beside), nor a group after the tail
# 「A等有关部门和各乡镇」, nor a tail naming two kinds 「A等有关部门和单位」 (as 「…等县级医疗机构和单位」 below:
# kinds of unit more than the named ones')
_RELEVANT_TAIL = re.compile(r"等(?:有关|相关|有關|相關)[^和及与、，,；;]{1,8}?"
                            r"(?:部门|单位|部門|單位|机构|機構|机关|方面)$")


def _drop_relevant_tail(value: str) -> str:
    """The list before a closing 「等有关…」 tail, where the name before 等 is whole (a unit)."""
    m = _RELEVANT_TAIL.search(value)
    if m is None:
        return value
    last = split_top_level(value[:m.start()], UNIT_SEPS)[-1:] or [""]
    return value[:m.start()] if len(last[0]) >= 2 and looks_like_unit(last[0].strip()) else value


def _etc_tail(piece: str) -> list[str]:
    """「X等<level>有关部门」: X, and the tail when it is a group (see ``_ETC_TAIL``)."""
    m = _ETC_TAIL.search(piece)
    if m is None or m.start() < 2 or not looks_like_unit(piece[:m.start()]):
        return [piece]
    tail = m.group("tail")
    # (「…等县级医疗机构和单位」 names two kinds of unit more: kept as a group)
    return [piece[:m.start()], tail] if re.search("有关|相关|[和及与]", tail) or _OTHER_KIND.search(tail) \
        and not _OWN_KIND.search(piece[:m.start()]) else [piece[:m.start()]]


def _kind_after(piece: str) -> list[str]:
    """「区人才工作局及相关部门」「A及其他有关部门」: the kind after 及 is a name of its own (Round 48, q44a
    governs: 及 joins two names, round 34; 其他有关部门 a kind, round 47) — only a 等 tail is dropped, and 有关方面
    names none."""
    m = _CATEGORY_TAIL.search(piece)
    if m is None or m.group().endswith("方面") or m.start() < 3 or not looks_like_unit(piece[:m.start()]):
        return [piece]
    return [piece[:m.start()], re.sub(r"^(?:以及|及|和|与)", "", m.group())]


def _split_and(piece: str) -> list[str]:
    """「市级各有关部门及各县市区政府」: two units joined by 及 — only when both sides are units."""
    m = _AND.search(piece)
    # (not inside a bracket 「各县（市及区）」; a bracket inside the name before it stays with that name:
    # 「相关各区（含临港）交通主管部门及公交企业」)
    if m is None or any(a < m.start() < b for a, b in bracket_spans(piece)) \
            or any(c in piece[m.end():] for c in "(（"):
        return _split_either(piece)
    left, right = piece[:m.start()].strip(), piece[m.end():].strip()
    # (「A及各区」「A等部门及各街镇」: a two-character group 各X after 及 is a unit too)
    if len(left) >= 3 and (len(right) >= 3 or right[:1] == "各") and looks_like_unit(left) \
            and looks_like_unit(_TAIL_WORDS.sub("", right)):
        return [left, right]
    return _split_either(piece)


# 「A或B」「A或者B」 between two full names, each with its level 「市级应急管理单元或市相关职能部门」: either doer, both
# units (round 30's 由A或B; round 49) — not fields before one head 「权属或管理单位」, nor a level shared 「市或区政府」
_EITHER_LEVEL = re.compile(r"或者?(?=[省市区县镇乡]|街道)")


def _split_either(piece: str) -> list[str]:
    m = _EITHER_LEVEL.search(piece)
    if m is None or _EITHER_LEVEL.search(piece, m.end()) or any(a < m.start() < b for a, b in bracket_spans(piece)):
        return [piece]
    left, right = piece[:m.start()].strip(), piece[m.end():].strip()
    if min(len(left), len(right)) >= 4 and "的" not in piece and looks_like_unit(left) and looks_like_unit(right):
        return [left, right]
    return [piece]


# a department named by its field alone (发展改革 / 市场监管 / 人事 / 公安交警): a short run of words, no unit's name,
# no clause (涉及财政 / 其他 / 负责), no group (各 / 有关)
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,10}")
_NO_FIELD = re.compile(r"^(?:涉及|包括|含|不含|除|由|会同|其中|以及|其他|其余|各|有关|相关|全[省市区县])"
                       r"|[为是的由对将等]|" + "|".join(GROUP_DUTY_VERBS) + "|" + MODAL_END)
# 「市场监管部门」「卫生等部门」「交通执法等单位」: a field and the head the fields before it share
FIELD_HEAD = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,10}?)等?(?:部门|单位)")
# a society's head after its field 「美术协会」「摄影家协会」: the fields before it share it 「书法、美术协会」
# (round 31)
SOCIETY_HEAD = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,6}?)家?(?:协会|学会|研究会)")


def is_field(piece: str) -> bool:
    """A department named by its field (市场监管, 人事), as a list printed under one head names them."""
    # (人社, 人力资源社会保障 short, ends as a 社 does: a field; 「各区人事、卫生部门」: the level before the first)
    piece = re.sub(r"^各[省市区县镇乡]", "", piece)
    return bool(_FIELD.fullmatch(piece)) and not _NO_FIELD.search(piece) \
        and (not looks_like_unit(piece) or piece.endswith("人社"))


def _join_fields(pieces: list[str], value: str) -> list[str]:
    """「三省一市发展改革、市场监管部门」「人事、卫生等部门」: fields joined by 、 before one head noun are one name as
    printed (CONVENTIONS.md, round 31) — the fields before the last name join it; separate heads stay apart
    (「区发展改革委、区财政局」, 「区住建委、公安、交通等部门」: 区住建委 and 「公安、交通等部门」)."""
    # (the head may stand before a group split off after it: 「人事、卫生等部门及各区」)
    end = len(pieces) - (len(pieces) > 1 and pieces[-1][:1] == "各" and f"及{pieces[-1]}" in value)
    last = (FIELD_HEAD.fullmatch(pieces[end - 1]) or SOCIETY_HEAD.fullmatch(pieces[end - 1])) if end else None
    if last is None or not is_field(last.group("field")):
        return pieces
    k = end - 1
    while k > 0 and is_field(pieces[k - 1]):
        k -= 1
    joined = "、".join(pieces[k:end])
    return pieces if k == end - 1 or joined not in value else [*pieces[:k], joined, *pieces[end:]]


_EACH_LEADS = re.compile(r"(?:分别|共同|各自)牵头(?:负责)?$")


def split_units(value: str) -> tuple[list[str], dict[str, str], list[str], list[str]]:
    """Unit names of a list: (names, notes by name, names marked 牵头, odd parts)."""
    names, notes, leads, odd = _split_units(value)
    return list(names), dict(notes), list(leads), list(odd)    # copies: the remembered answer stays as it is


@lru_cache(maxsize=4096)                 # a plan lists the same units again and again; pure
def _split_units(value: str) -> tuple[list[str], dict[str, str], list[str], list[str]]:
    value = value.strip().strip("。;；,，")
    # 「A、B等和各省级人民政府」「A等有关部门和单位」: 等 ends the list, a group follows (等相关部门及各X: tail dropped)
    value = _drop_relevant_tail(value)
    value = _ETC_GROUP.sub("、", value)
    # 「A、B分别牵头」: each unit of the list leads its part
    every_leads = _EACH_LEADS.search(value)
    if every_leads:
        value = value[: every_leads.start()]
    pieces = [p for p in (x.strip() for x in split_top_level(value, UNIT_SEPS)) if p]
    pieces = _join_fields([q for p in _merge_admin(pieces) for q in _split_and(p)], value)
    pieces = [q for p in pieces for q in _etc_tail(p) for q in _kind_after(q)]
    # 「市直有关部门、单位」: a bare 单位 after a group of departments completes that group's name
    for n in range(len(pieces) - 1, 0, -1):
        if pieces[n] in ("单位", "部门") and is_group(pieces[n - 1]) and pieces[n - 1].endswith(("部门", "单位")):
            pieces[n - 1:n + 1] = [pieces[n - 1] + "、" + pieces[n]]
    names: list[str] = []
    notes: dict[str, str] = {}
    leads: list[str] = []
    odd: list[str] = []
    for piece in pieces:
        for a, b in reversed(bracket_spans(piece)):
            if FIRST_LEADS.search(piece[a:b]):
                piece = (piece[:a] + piece[b:]).strip()   # 市税务局(列第一位者为工作牵头单位,下同)
        if FIRST_LEADS.search(piece) or REST_HELP.match(piece):
            continue                  # 列第一位者为牵头单位: a rule, no body (各领域由相关单位具体牵头: _BY_RELEVANT)
        name, note, lead = _clean_piece(piece)
        # (fields joined by 、 before one head run longer 「浦东新区房屋管理、…等部门」, as looks_like_unit allows)
        if not name or len(name) > (64 if "、" in name else 40) or "。" in name:
            if name:
                odd.append(name)
            continue
        if not looks_like_unit(name):
            odd.append(name)
        if name not in names:
            names.append(name)
        if note:
            notes[name] = note
        if (lead or every_leads) and name not in leads:
            leads.append(name)
    return names, notes, leads, odd


# 「责任单位：市发展改革委。2025年10月底前完成。」: the last label's units end at their 。 when a new sentence
# follows it (a bracket after it is a note on them, see ``_NOTE_AFTER``, and may hold sentences of its own)
_NEXT_SENTENCE = re.compile(r"。[ \t]*(?=[^\s（(。])")


# 「承办单位:乡文化站、…诗社;经费预算:30000元。」: another field of the line after a semicolon (its name, no body, then
# its colon) closes the units, as a new sentence does
_NEXT_FIELD = re.compile(r"[;；]\s*([\u4e00-\u9fff]{2,6})\s*[:：]")


def label_value_end(value: str) -> int:
    """Where the units of a text's last label end: at their 。 when a new sentence follows, at a semicolon before
    another field (``_NEXT_FIELD``), else the end."""
    m = _NEXT_SENTENCE.match(value, value.find("。")) if "。" in value else None
    end = m.start() + 1 if m else len(value)
    field = next((f for f in _NEXT_FIELD.finditer(value, 0, end) if not looks_like_unit(f.group(1))), None)
    return field.start() if field else end


def _add(target: list[str], names: Sequence[str]) -> None:
    for n in names:
        if n not in target and not _NO_BODY.fullmatch(n):     # (no kind, no body: round 33)
            target.append(n)


_MANY_KIND = re.compile(r"^(?:各|[两二三四五六七八九十\d]{1,2}[大个家所])[\u4e00-\u9fff]")  # 各X / 三大X: a kind
_SCOPE_NOTE = re.compile(r"(?:含|包括|包含|不含)[\u4e00-\u9fff]")   # 各区（含临港）…: which places the name covers


def kind_members(before: str, inner: str) -> bool:
    """``inner`` lists the bodies the plural kind ending ``before`` stands for 「各化工园区（A、B、C）」: dropped
    like 「（即：…）」 (round 37); a body's hats or sections stay (round 42)."""
    name = re.split(r"[、，,；;：:\s]", before)[-1]
    members = inner.split("、")
    return _MANY_KIND.match(name) is not None and len(members) >= 2 and all(looks_like_unit(x.strip()) for x in members)


def unit_note(inner: str) -> bool:
    """A bracket's content that is a note on the unit before it (含…, 下同, a person, who helps it)."""
    return bool(_NOTE.search(inner) or HELPERS_NOTE.fullmatch(inner))


def _helpers(notes: dict[str, str], names: list[str]) -> list[str]:
    """The units a note after a listed unit names as its helpers (「区住建委（由相关部门配合）」: 相关部门)."""
    out: list[str] = []
    for name in names:
        m = HELPERS_NOTE.fullmatch(note) if (note := notes.get(name)) else None     # ("": no match, no call)
        if m:
            found, _notes, _leads, odd = split_units(_OPENING_WORD.sub("", m.group("who")))
            _add(out, [n for n in found if n not in names and n not in odd and looks_like_unit(n)])
    return out


def _take(decl: Declaration, role: str, names: list[str], notes: dict[str, str],
          marked_leads: Sequence[str] = ()) -> None:
    """Record ``names`` in ``decl`` in their role; names marked 牵头 in a list of others lead; the helpers a
    note after a name names (「A（由B配合）」) are responsible with it."""
    decl.notes.update(notes)
    if helpers := _helpers(notes, names):
        _take(decl, role, names, {}, marked_leads)
        _add(decl.resp, helpers)
        return
    if role == LEAD:
        decl.explicit_lead = True
        _add(decl.lead, names)
        return
    _add(decl.lead, marked_leads)
    _add(decl.resp, [n for n in names if n not in marked_leads])
    if marked_leads:
        decl.explicit_lead = True


# 「…，B、C为实施单位」 / 「…；D作为配合单位」 closing a label's units
_NAMED_AS = re.compile(r"[，,；;]\s*([^，,；;：:。]{2,150}?)(?:为|作为)(" + SHAPED_WORD + r")\s*[。；;，,]?\s*$")
_NOTE_AFTER = Prefiltered(re.compile(r"^([^。]*)。\s*[（(].*$", re.S))
# a roles label written as prose 「责任分工：A负责开放活动的组织协调，负责联系学校…；B负责活动宣传，C自行组织。」:
# each clause a body and its work, no list of units — the label gives none (its clauses are sentences: with unit
# labels beside it those decide, rule 1; without, the item's sentences are read, rule 2)
_ROLES_PROSE = re.compile(r"(?:负责|组织|安排|落实|实施|开展|做好|承担)(?!实施|落实|推进|配合)"
                          r"[\u4e00-\u9fff]{2}")
_NO_BODY = re.compile(r"各(?:地区?|方面)|有关方面")       # (compiled once: _add runs for every name read)


def _labelled(decl: Declaration, content: str, labels: list[re.Match[str]] | None = None,
              beside: bool = False) -> bool:
    """Fill ``decl`` from text with labels (牵头单位: …); False if there are none. ``labels``: the matches of
    ``LABEL`` in ``content`` when the caller has them (the pattern is long); ``beside``: a label of those who answer
    for the work stands elsewhere in the item (``taking_part``)."""
    marks = list(LABEL.finditer(content)) if labels is None else list(labels)
    # (「县教育局（责任人：王五）」: a person's label inside a unit's bracket is the unit's note, no label of the list)
    inner = [(a, b) for a, b in bracket_spans(content) if PERSON_NOTE.match(content[a + 1:b])]
    marks = [m for m in marks if not any(a < m.start() < b for a, b in inner)]
    marks = taking_part(content, marks, beside)
    if not marks:
        return False
    partners = any(m.group(1) in PARTNER_WORDS for m in marks) \
        and not any(label_role(m.group(1)) == LEAD for m in marks)   # (牵头单位：X；承办单位：Y: Y takes part)
    for i, m in enumerate(marks):
        role = label_role(m.group(1))
        if partners and m.group(1) in ("承办单位", "承办"):
            role = LEAD                   # 承办单位：X；协办单位：Y — the main handler beside its helpers
        value = content[m.end(): marks[i + 1].start() if i + 1 < len(marks) else len(content)]
        if role == DEADLINE:
            decl.deadline_words = value.strip(" ;；,，。")
            continue
        if role == SCOPE:
            continue                      # 适用范围：全市养老机构 is where the task applies, not who does it;
            #                               责任领导：张三 is a person
        if role == ROLES and (_clauses(decl, value, open_end=True) or _ROLES_PROSE.search(value)):
            continue                      # (a roles label written as prose: no list of names, see _ROLES_PROSE)
        if i == len(marks) - 1:
            value = value[:label_value_end(value)]
        value = quick_sub(_NOTE_AFTER, r"\1", value)  # A、B。(活动点设在…): a note after
        named_as = _NAMED_AS.search(value)
        if named_as:
            # 「牵头指导处室：A，B、C为实施单位」: the clause after the label's units names more units and their role
            more, more_notes, _more_leads, more_odd = split_units(named_as.group(1))
            if more and not more_odd:
                _take(decl, label_role(named_as.group(2)), more, more_notes)
                value = value[:named_as.start()]
        names, notes, leads, odd = split_units(value)
        marked = [n for n in leads if re.search(re.escape(n) + r"\s*[*＊※△▲★☆]|[*＊※△▲★☆]\s*" + re.escape(n), value)]
        if marked and any(label_role(k.group(1)) == LEAD for k in marks):
            leads = [n for n in leads if n not in marked]   # a 牵头 label names the lead: a mark under 责任 is none
        else:
            _add(decl.marked, marked)
        if m.group(1) not in LABEL_ROLE or m.group(1) in ("协助", "具体实施"):
            # a label read by its shape, or a short one a sentence may open (具体实施：按先易后难原则推进):
            # units only (a 股室 label names a bureau's 股: 建设股)
            names = [n for n in names if looks_like_unit(n) or "股" in m.group(1) and re.fullmatch(
                r"[\u4e00-\u9fff]{1,8}股", n)]
        decl.odd.extend(odd)
        _take(decl, RESP if role == ROLES else role, names, notes, leads)
    return True


# those who carry the work out, right after a unit's name
# (「各县（市、区）人民政府（具体）落实」「X组织实施」「X负主体责任」)
# (「（…，各区整治工作专班推进落实）」: those who push the work through where they are)
_CARRY_OUT_WORDS = "具体落实|落实|推进落实|具体实施|组织实施|组织落实|负主体责任"
# (how they carry it out 「（各乡镇精心组织实施）」: no part of their name — Round 62 rulings, round 37's bracket label)
_CARRY_OUT_MANNER = "(?:精心|认真|切实|全力|扎实|积极)?"
_ROLE_TAIL = led(re.compile(r"((?:分别|共同|各自)?牵头(?:负责|组织|抓总)?(?:组织)?(?:落实|实施|推进)?|"
                        # 「（各部门按职责分工牵头负责）」「（A按职责分工负责落实）」「（B按职责组织配合）」: the role
                        # as the unit's duties share it
                        r"按照?职责(?:分工)?(?:牵头负责|负责落实|组织(?:落实|实施|配合))|"
                        r"负责牵头|主办|承办|协办|"
                        # (「各乡镇积极配合」「县公安局、县交通局密切配合」: how they help is no part of their name)
                        rf"(?:{MANNER}(?=配合|协助|参与))?"
                        r"配合(?:落实|实施|推进)?|参[与加](?:实施)?|"
                        r"协助(?:落实)?|协同(?:推进)?|负责(?:组织)?(?:落实|实施|推进)?|按职责分工负责|等按职责分工负责|按职责负责|"
                        # 「（A、B分工负责，C推进落实）」: the work shared out among the listed units
                        r"(?:(?:按照?|根据|依照?|依据|参照)(?:上述|以上)?(?:各自)?(?:职责)?)?分工负责|"
                        r"分别负责|共同(?:负责|推进|落实)|具体负责(?:组织)?(?:落实|实施|推进)?|"
                        # 「各县（市、区）人民政府（具体）落实」「X组织实施」「X负主体责任」: those who carry it out,
                        # right after a unit's name (not 「各乡镇抓好落实」「要认真组织实施」)
                        r"(?:(?<=[府委局室办厅门位镇乡道街区县市社司站所院校行部队处科组团班）)])|(?<=中心)|(?<=[^社]会)"
                        r"|(?<=企业)(?<!(?:督促|推动|指导|引导|鼓励|支持|组织|要求|帮助|带动|动员|服务|帮扶)企业))"
                        rf"{_CARRY_OUT_MANNER}(?:{_CARRY_OUT_WORDS})|"
                        # 「各区有关部门结合实际落实」: the units that carry the work out where they are
                        r"结合(?:本地|本区|各自|自身)?实际(?:负责)?(?:落实|推进|实施))(?:(?<=负责)(?:相关|有关|各项)工作)?$"))
_CARRY_OUT = re.compile(rf"{_CARRY_OUT_MANNER}(?:{_CARRY_OUT_WORDS})")
# 「（商务部指导，供销合作总社参与）」: guidance is not responsibility; the clause is left out
_GUIDE_CLAUSE = re.compile(r"(?:^|(?<=[，,；;]))[^，,；;]{2,60}?(?:指导|督导|统筹指导)(?=[，,；;]|$)[，,；;]?")

_GUIDES_LAST = re.compile(r"(?<=[合与][，,；;])([^，,；;]{2,60}?)(?:协调指导|指导)$")

# 「A负责，B、C配合」: the one unit that answers for the work beside those that help leads it
_HEAD_AND_HELPERS = re.compile(r"^[^，,；;]{2,80}?负责(?:组织)?(?:落实|实施|推进)?[，,；;][^，,；;]{2,120}?"
                               r"(?:配合|协办|协助|参与|参加)(?:落实|实施|推进)?(?:[，,；;][^，,；;]{2,80}?(?:具体)?落实)?$")


# 「（A牵头负责、B、C组织落实）」: a 、 right after a role word ends that clause (a unit's name ends in none of them)
_ROLE_SEAM = re.compile(r"(?<=牵头负责|负责落实|组织落实|组织实施|组织配合)、")


# a firm's name as a bracket prints it short beside named units (「（市电力公司、石电能源分工负责）」)
_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _printed_short(names: list[str], odd: list[str]) -> bool:
    """The parts of a bracket's role clause that look like no unit are names printed short: a few characters
    with no sentence's word, listed beside a unit that is one."""
    return all(_SHORT_NAME.fullmatch(o) and not NOT_NAME.search(o) and not _CLAUSE_WORD.search(o) for o in odd) \
        and any(looks_like_unit(n) for n in names if n not in odd)


# 「…，由A或者B负责」: two bodies either of which does the work, both doers (round 49: 或者 joins doers)
_EITHER = re.compile(r"或者|(?<!或)或(?!者)")


def _either(name: str) -> list[str]:
    """A name joined to another body by 或者 as the two, where each side is a unit's name of three or more
    characters (「区或者乡（镇）人民政府」: a level before the shared head, one name)."""
    parts = _EITHER.split(name)
    return parts if len(parts) > 1 and all(len(p) >= 3 and looks_like_unit(p) for p in parts) else [name]


def _clauses(decl: Declaration, content: str, open_end: bool = False, whole: bool = False) -> bool:
    """``A牵头，B、C配合`` / ``A、B等按职责分工负责``: units followed by their role; with
    ``open_end`` (a bracket) also ``A牵头，B、C`` where no role word ends the list. With ``whole``
    (a sentence of running text) every clause that names a lead must name it as units: 「其余单位的
    推进由街镇（园区）牵头，区绿化市容局配合落实」 hands one part of the work out, and is not read."""
    inner = content.strip().rstrip("。")
    # (a bracket's guides after its roles 「（A牵头，B配合，C、D协调指导）」 are named by it, "Round 63 rulings")
    inner = _GUIDE_CLAUSE.sub("", _GUIDES_LAST.sub(r"\1配合", inner) if open_end else inner).strip("，,；; ")
    m = _ROLE_TAIL.search(inner)
    if not m and not (open_end and "牵头" in inner):
        return False
    led = re.match(r"由?([^，,；;]{2,40}?)牵头[，,；;]", inner)
    if whole and led and re.match(r"坚持|实行|实施|按照|遵循|采取|形成|建立|落实|推行|强化", led.group(1)):
        return False                    # 坚持政府牵头，部门协同，…: a principle of how work is shared, no units
    if whole and m and _CARRY_OUT.fullmatch(m.group(1)) and not (led and looks_like_unit(led.group(1))):
        return False                    # 「…，确保全市落实。」: in running text the words say how, not who
        #                                 (but 由A牵头，各乡镇具体实施: after a lead, those who carry it out)
    heads = _HEAD_AND_HELPERS.search(inner) is not None
    if open_end:
        # 「（A牵头负责、B组织落实）」: a bracket's roles joined by 、 as by ，
        inner = _ROLE_SEAM.sub("，", inner)
    parts = split_top_level(inner, "；;，,") if open_end else []
    several = len(parts) > 1 and all(_ROLE_TAIL.search(p.strip()) for p in parts)   # （A负责落实，B组织落实）
    if m is not None and "牵头" not in inner and "会同" not in inner and not re.search("主办|承办(?!单位)", inner) \
            and not heads and not several:
        names, notes, _leads, odd = split_units(inner[: m.start()])
        names = [q for n in names for q in _either(n)]
        if not names or odd and not (open_end and _printed_short(names, odd)) \
                or any(_ROLE_TAIL.fullmatch(n) or "：" in n for n in names):
            return False                # 各承办（主办、协办）单位 / 完成植树：营林股 (a row's text): no unit
        _take(decl, RESP, names, notes)
        return True
    got = False
    pending: list[str] = []
    for clause in split_top_level(inner, "；;，,"):
        clause = clause.strip()
        if whole and re.search(r"[\u4e00-\u9fff）)]由", clause) and _ROLE_TAIL.search(clause):
            return False                  # 「其余建筑的改造由各街道牵头」: a part of the work, then who does it
        lead_part, joint, rest = clause.partition("会同")
        m = _ROLE_TAIL.search(rest) if joint else None
        if m:
            # 「A会同B负责」: A leads, B takes part
            lead_names, notes, _l, odd1 = split_units("、".join([*pending, lead_part]))
            resp_names, notes2, _l2, odd2 = split_units(rest[: m.start()])
            pending = []
            if lead_names and not odd1 and not odd2:
                got = True
                _take(decl, LEAD, lead_names, notes)
                _take(decl, RESP, resp_names, notes2)
            continue
        m = _ROLE_TAIL.search(clause)
        if not m:
            pending.append(clause)
            continue
        role = LEAD if ("牵头" in m.group(1) or m.group(1) in ("主办", "承办")
                        or heads and re.fullmatch(r"负责(?:组织)?(?:落实|实施|推进)?", m.group(1))) else RESP
        #                                            （X主办/承办，Y、Z协办/配合） / （X负责，Y、Z配合）
        names, notes, _leads, odd = split_units("、".join([*pending, clause[: m.start()]]))
        pending = []
        if not names or odd and not (open_end and _printed_short(names, odd)) \
                or any(_ROLE_TAIL.fullmatch(n) for n in names):
            if whole and role == LEAD:
                return False
            continue
        got = True
        _take(decl, role, names, notes)
    if got and pending and open_end:
        # 「A牵头，B、C」 (or a bracket cut off: 「A牵头，B、省」): the units after the lead take part;
        # a torn-off piece that names no unit is left out
        names, notes, _leads, _odd = split_units("、".join(pending))
        _take(decl, RESP, [n for n in names if looks_like_unit(n)], notes)
    return got


def strip_spans(body: str, spans: list[tuple[int, int]]) -> str:
    for a, b in sorted(spans, reverse=True):
        body = body[:a] + body[b:]
    return (re.sub(r"\n{2,}", "\n", body) if "\n\n" in body else body).strip()

