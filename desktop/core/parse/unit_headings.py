"""Items headed by the unit that does their work, and the heading that divides a plan's duties.

* ``heading_declarations``: sibling items headed by their unit (``1.街道消委办。牵头开展…``, ``（一）城运中心：负责…``,
  ``（一）建设单位责任。``) each name their heading's units — not a chapter over articles, a place, a kind of body
  over the unit its paragraph names, an enterprise class (``enterprise_class_heading``), a zone, or a body the item
  sets up; a province's or a city's name alone (``place_heading``, 「（一）上海市。」) heads its place's part.
* ``duty_heading``: the item's own or its section's heading where it names the division of duties.
"""

from __future__ import annotations

import re

from .article_doers import WORK_LEAD_IN
from .article_subjects import subjects_and_doers
from .body_kinds import level_of, of_kind, role_heading, role_party
from .duty_headings import duty_list_holder, rostered, sets_up_below
from .duty_pivots import duty_pivots
from .heading_partners import with_partners
from .headings import Item
from .opening_subjects import PLACED_BODY
from .prose_units import VERB_START, group_subject, heading_units, leading_unit, subject_units, unit_then_verb
from .section_kinds import PLACES_SECTION
from .sentence_units import DUTY_HEADING, doer_units, opens_with_body
from .site_pinyin import drop_pinyin
from .task_choice import _ancestors
from .unit_lines import colon_partners, lone_unit_heading
from .units import NOT_NAME, Declaration, looks_like_unit, names_body


def duty_heading(item: Item) -> str:
    """The item's own heading, or its section's, where it names the division of duties (round 34; round 35: 「四、
    责任分工」 over 「（一）A指导B开展…」 gives out the work of every item under it), else ""."""
    if DUTY_HEADING.match(drop_pinyin(item.title).strip()):
        return drop_pinyin(item.title)      # (「三、責(zé)任單位」: a site's inline pinyin dropped)
    # (an item under it that opens with a body, not one with a heading of its own 「（一）制度配套」)
    heading = next((drop_pinyin(a.title) for a in _ancestors(item) if DUTY_HEADING.match(drop_pinyin(a.title).strip())),
                   "")
    if not heading and item.parent is not None and WORK_LEAD_IN.search(item.parent.body):
        heading = "职责分工"                 # (under 「各部门分工及职责如下：」: a lead-in of work, round 37)
    return heading if heading and opens_with_body(item.body) else ""


# a kind of body, not one named (市场监管部门 / 消防救援机构 / 教育系统): no office, bureau or government in it
_KIND_OF_BODY = re.compile(r"(?![^\n]*(?:局|委|厅|办|院|站|所|中心|政府|队|处|科))"
                           r"[\u4e00-\u9fff]{2,8}(?:部门|机构|系统|机关)")


# a body's name without the place it is of (街道消防安全委员会 → 消防安全委员会, 区安委会 → 安委会)
_PLACE_OF_BODY = re.compile(r"^各?(?:[\u4e00-\u9fff]{0,4}?(?:街道|街镇|乡镇|镇|乡|区|县|市|园区)|[区县市镇乡])(?=.{3})")
# setting a body up (各街道设立… / 成立… / 下设… / 组建…)
_SET_UP = r"(?:设立|成立|组建|设置|下设|建立)(?:了|起)?"


def _sets_up(name: str, body: str) -> bool:
    """The item's text sets up the body its heading names (「（一）街道消防安全委员会。各街道设立消防安全委员会，由…
    担任主任」): the heading says what is set up, not who does the work —
    not 「（一）区应急局。负责指导各街道设立…委员会」."""
    # (with its own subject: 「各街道设立…」, 「各街镇在城运中心设立…」 — a clause that opens with 设立
    # (「1.区级路长办公室 / 设立区级路长办公室，办公室设在区建交委」) sets up the body the heading gives its work)
    # — the body set up is the object itself (设立消防安全委员会，由… / …委员会。), not a longer noun it opens
    # (设立消防安全委员会工作小组 / 建立区安委办成员单位联络员制度 / 建立城运中心消防专题模块), and the clause is no
    # duty of the heading's own body (负责建立… / 依托…平台建立… / 牵头各街道…建立…)
    core = _PLACE_OF_BODY.sub("", name)
    if len(core) < 3 or core not in body or not re.search(_SET_UP, body):    # (no pattern to build then)
        return False
    for m in re.finditer(r"(?:^|(?<=[，,。；;：:\n]))\s*([^，,。；;：:\s]{2}[^，,。；;：:\n]{0,18}?)" + _SET_UP
                         + r"[^，,。；;]{0,8}?" + re.escape(core) + r"(?![\u4e00-\u9fff](?<![由为和及并]))", body):
        if not _OWN_DUTY.match(m.group(1)):
            return True
    # (the bodies set up listed, then the heading's name as their kind 「…，设立区A指挥部、区B指挥部等各类区级指挥部，
    # 负责…」 under 「2.2区级指挥部」: the kind set up there, its subject in an earlier clause or none)
    for m in re.finditer(r"(?:^|(?<=[，,。；;：:\n]))\s*([^，,。；;：:\n]{0,20}?)" + _SET_UP + r"[^，,。；;]{2,80}?等"
                         r"[^，,。；;等]{0,8}?" + re.escape(core) + r"(?=[，,。；;]|$)", body):
        if not _OWN_DUTY.match(m.group(1)):
            return True
    return False


# the opening of a clause that is the heading body's own work, whatever it sets up
_OWN_DUTY = re.compile(r"(?:负责|牵头|依托|指导|协助|配合|督促|推动|会同|统筹|协调|组织|参与|支持|推进)")


# a working group headed by the body that leads it 「（2）救援行动组。由区消防救援局牵头，主要负责…」
# 「（1）综合协调组：由A负责，…」
# (a contingency plan's groups under its on-site headquarters, round 57 p57c): the group is set up by its section
# (the section's 「专项工作组一般包括…」) and given its duties here, so it is none (Round 70 on x287_01 2.3; rounds 35,
# 61) and the body 由A牵头／负责 names is the item's doer (round 50)
_LED_GROUP = re.compile(r"[\u4e00-\u9fff]{1,12}(?:小组|组|专班)")


# a section that divides its work among groups it sets up 「（一）检查分组：⏎1.交通安全组：…由A负责，B参加。」: each
# group its lines open with is none there, its work included (rule 3; Round 83's x314_05 二/6: teams the item sets up)
_GROUPING = re.compile(r"分组|(?:工作|检查|专项)(?:小)?组(?:设置|划分|安排)")


def _led_group(name: str, body: str) -> bool:
    """The item heads a working group its section set up, with the body that leads it (above), or its text composes
    the body its heading names 「2.3 现场指挥部 ⏎ 现场指挥部实行总指挥负责制，由总指挥、副总指挥和各专项工作组
    组成」: a body the item sets up and composes is none there (Round 70 on x286_04 第五条; rule 3)."""
    return bool(_LED_GROUP.fullmatch(name)) and re.match(
        re.escape(name) + r"\s*[。：:.]\s*由?[^，,。；;：:]{2,40}?(?:牵头|负责)", body.lstrip()) is not None \
        or re.search(r"(?:^|\n)\s*" + re.escape(name) + r"[^。；;\n]{0,20}?由[^。；;，,\n]{2,80}?组成(?!员)",
                     body) is not None


# a party of a project heading its own part (（一）建设单位责任。建设单位对…负总责 / （二）施工单位责任。): it bears it
_PARTY_HEADING = re.compile(r"((?P<before>[\u4e00-\u9fff]{0,6}?)(?:建设|施工|监理|设计|勘察|运营|产权|使用|养护|"
                            r"运维|检测|承包|经营|代建)单位|(?:物业服务|物业|施工|建设|运营|经营)企业)(?:的)?"
                            # (建设单位主体责任 / 首要责任 / 使用单位管理责任 / 施工单位安全生产责任)
                            r"(?:主体|首要|管理|安全生产|质量安全|安全)?(?:责任|职责)[。：:]")


def _party_heading(body: str) -> list[str]:
    """The party a 「X单位责任。」 heading names, where the text after it has that party act (not 「落实建设单位首要
    责任。」, whose heading opens with its verb)."""
    m = _PARTY_HEADING.match(body.strip())
    if m is None or m.group(1) not in body.strip()[m.end():] or m.group("before") and VERB_START.match(m.group(1)):
        return []
    return [m.group(1)]


def _role_heading(item: Item) -> list[str]:
    """A party named by its role alone heading its part 「（一）加装电梯所有权人」 under a duty section 「一、明确职责」
    (``role_party``), or []."""
    title = item.title.strip().rstrip("。：:")
    return [title] if item.parent is not None and re.search(r"职责|责任|分工", item.parent.title) \
        and role_party(title) else []


# a run-in heading that is a province's or a city's name alone 「（一）上海市。」「（二）江苏省。」 over that
# place's part of the work: the place is the unit (Round 38 rulings, Units) — taken by
# ``heading_declarations`` only where siblings are headed alike (not 「（一）确定试点城市。」,
# 「全市」「本市」, 「工业园区」)
_PLACE_HEADING = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:省|市|自治区))\s*[。.：:]")
# (「（一）工业强市。（二）文化强市。」「科教兴省」: a plan's aims written as slogans 「X强市／X兴市／X立市」, no place)
_NOT_PLACE = re.compile(r"^[全本各我该]|城市$|都市$|[省市]市$|^[\u4e00-\u9fff]{2}(?:强|兴|立|治|富|旺)[省市]$")


def place_heading(body: str) -> list[str]:
    """The place a run-in place heading names (「上海市。在已完成…」: 上海市), or []."""
    m = _PLACE_HEADING.match(body.strip())
    return [m.group(1)] if m and not _NOT_PLACE.search(m.group(1)) else []


# a class of enterprise a heading names (高温熔融金属企业 / 涉爆粉尘企业 / 化工医药企业): a kind, no firm's name
_ENTERPRISE_CLASS = re.compile(r"[\u4e00-\u9fff]{2,16}企业")
# a paragraph that opens with a doer of its own and a modal (「相关企业要…」「各区应急管理局应…」「各相关单位要…」)
_OWN_DOER = re.compile(r"[^，,。；;：:\n]{2,24}?(?:要|应当?|须|必须)(?![求])")


def enterprise_class_heading(names: list[str], body: str) -> bool:
    """The heading's names are classes of enterprise (「（一）高温熔融金属企业。」) over a paragraph that opens with a
    doer of its own (「相关企业要…。各区应急管理局要…」): the heading says what the part is about; who does the work is
    the paragraph's to say, not the heading's (round 46, x204_03). A paragraph opening with the duty itself (「负责…」)
    leaves the heading the unit."""
    return "\n" in body and all(_ENTERPRISE_CLASS.fullmatch(n) for n in names) \
        and bool(_OWN_DOER.match(body.split("\n", 1)[1].lstrip()))


# (市场 / 区域 / 县域…: words that open with a level's character and name no place)
_NO_PLACE = re.compile(r"市场|区域|[市县镇乡]域|乡村|市民|县城")


# a run of names the line opens with, then 牵头 「A、B、C等单位牵头，…」
_LEAD_RUN = re.compile(r"([^，,。；;：:（）()]{2,80}?)(?:等(?:单位|部门))?(?:具体|统一|总)?(?:负责)?"
                       r"牵头(?!的|单位|部门|人)")


# a kind of body named by its part alone 「管理部门」「主管部门」「职能部门」「责任单位」: no place, field or 各 says
# which
_BARE_KIND = re.compile(r"(?:管理|主管|职能|行政|监管|责任|相关|有关)(?:部门|单位|机构)")


def _opens_own_paragraph(body: str, name: str) -> bool:
    """The heading line is ``name`` alone and the paragraph below opens with it as its subject 「（二）使用管理单位⏎使用
    管理单位履行…」 (not a run-in zone 「1.重点防控区。…范围划为重点防控区」, nor 「X内…」「X范围…」)."""
    head, cut, para = body.strip().partition("\n")
    para = para.lstrip()
    return bool(cut) and head.strip().rstrip("。.：:") == name and para.startswith(name) \
        and not para.startswith(("内", "范围", "为"), len(name))


def heading_declarations(items: list[Item], decls: dict[int, Declaration]) -> bool:
    """Items headed by their unit (``1.街道消委办。牵头开展…``, ``（一）城运中心：负责…``): when at
    least two siblings without other units are headed so, each names its heading's units."""
    by_parent: dict[int, list[tuple[Item, list[str]]]] = {}
    set_up: set[int] = set()
    opened: dict[int, str] = {}     # (a kind's heading over the unit its paragraph opens with: that paragraph)
    found = False
    for item in items:
        if item.pos in decls:
            continue
        names = heading_units(item.body) or subject_units(item.body) or group_subject(item.body) \
            or _party_heading(item.body) or place_heading(item.body) or _role_heading(item)
        if item.children and all(c.article_line for c in item.children) \
                and not (names and all(PLACED_BODY.match(n) and not _NO_PLACE.match(n) or n.startswith("各")
                                       for n in names)):
            continue        # 一、规划实施平台 / 四、专家委员会 over 第一条 …: a chapter names what its articles rule on
            #                 (一、区住建委 over 第一条 …: a body placed in its area does the articles' work)
        if len(names) == 1 and item.children and (held := duty_list_holder(item)) and held != names[0] \
                and names[0].startswith(held):
            names = [held]  # (二、各乡镇安全生产工作职责 over its duties: the bodies, no field)
        if item.parent is not None and PLACES_SECTION.search(item.parent.title) and not (
                names and all(names_body(n) for n in names)):
            continue        # 三、重点片区 over （一）虹桥国际中央商务区核心区 / （七）召稼楼古镇: places the work is in
        if names and "\n" in item.body and all(_KIND_OF_BODY.fullmatch(n) for n in names):
            # 「（一）市场监管部门」 over 「市市场监管局负责协调…」: a kind of body heads the part, the unit named
            # in its first paragraph does the work
            # — only a unit that opens the paragraph and is of the heading's kind (not 「配合市市场监管局负责…」
            # under 农业农村部门, nor 「各医疗机构负责…」 under 卫生健康部门)
            para = item.body.split("\n", 1)[1].lstrip()
            opening = subject_units(para)
            # (not where a later sentence gives the kind's body at another level its part, 「市燃气管理部门负责公布
            # …。区燃气管理部门应加强…」: the kind at every level heads the part — round 28, plans-next70 class 6)
            # (at another level: 市/区/县 differing from the opening unit's, 各区教育局 too — not a part of the same
            # body, 市公安局交通警察支队 after 市公安局; mend r70 8, 9)
            levels = {u for s in re.split(r"[。；;\n]", para)
                      if (u := (subject_units(s)[:1] or [leading_unit(s, groups=True)])[0])
                      and u not in opening and any(of_kind(u, k) for k in names)
                      and level_of(u) and level_of(u) != level_of(opening[0] if opening else "")}
            if opening and para.startswith(opening[0]) and not levels and all(
                    looks_like_unit(f) and any(of_kind(f, k) for k in names) for f in opening):
                names = opening
                opened[item.pos] = para.split("\n", 1)[0]
            elif role_heading(names, para):
                continue
        if names and item.children and all(_BARE_KIND.fullmatch(n) for n in names):
            continue        # 第四条 管理部门 over （一）A是…行政管理部门 （二）B负责…: a kind with no place, field
            #                 or 各 is the article's topic, its items name their own bodies (round 59, p59b)
        if names and enterprise_class_heading(names, item.body):
            continue        # （一）高温熔融金属企业。 over 「相关企业要…」: what the part is about, not who does it
        if names and any(re.search(f"为{re.escape(n)}|{re.escape(n)}(?:内|范围)", item.body)
                         and not _opens_own_paragraph(item.body, n) for n in names):
            continue        # 1.核心控制区。…两侧可视范围为核心控制区: a zone the item defines, not who does it
            #                 (not a party heading over a paragraph it opens as the subject 「（二）使用管理单位⏎使用
            #                 管理单位履行…义务…。…委托…为使用管理单位」: the party acts)
        if names and (any(_sets_up(n, item.body) or sets_up_below(item, n) or _led_group(n, item.body)
                          or _GROUPING.search(item.parent.title if item.parent else "") and _LED_GROUP.fullmatch(n)
                          for n in names) or rostered(item)):
            set_up.add(item.pos)    # （一）街道消防安全委员会。各街道设立消防安全委员会…: the body the item sets
                                    # up (still one of the siblings so headed)
        if names:
            by_parent.setdefault(item.parent.pos if item.parent else -1, []).append((item, names))
    for parent, group in by_parent.items():
        if len(group) < 2 and not lone_unit_heading(*group[0]):
            continue
        for item, names in group:
            if item.pos in set_up:
                continue
            # 「（一）县住建局（牵头）、县城管局」: the unit the heading marks 牵头 leads (「（二）市发展改革委牵头…」
            # 「市审计局负责牵头…」: the unit that opens the line leads, rule 2); duty_pivots: round 36, partners: 39
            head = item.body.split("\n", 1)[0]
            if head.strip() and len(head.strip()) <= len("、".join(names)) + 2 and "\n" in item.body.strip():
                # (「（一）区建管委⏎牵头协调…」: the name's line, then its work)
                head += item.body.strip().split("\n", 2)[1]
            # (「（一）道路管理部门⏎市道路运输局负责牵头推进…」: the unit opens its paragraph, the heading is its kind)
            head = opened.get(item.pos, head)
            # (… and every name of a run the line opens with 「（二）A、B、C等单位牵头，…」: all lead, x235_04)
            run = _LEAD_RUN.match(head.lstrip())
            leads = [n for n in names if re.search(re.escape(n) + r"\s*[（(]牵头(?:单位)?[）)]", head)
                     or re.match(re.escape(n) + r"(?:\s*[：:]\s*)?(?:具体|统一|总)?(?:负责)?牵头(?!的|单位|部门|人)",
                                 head.lstrip())
                     or run is not None and n in run.group(1).split("、")]
            own = names
            names, leads = with_partners(item.body, names + duty_pivots(item.body, duty_heading(item)), leads)
            if not leads and (partners := colon_partners(item.body, own)):
                # (「1、A：负责…，B配合。」: A leads, B is responsible with it — round 38's unit-colon labels with
                # partners, in an article's duty list too: Round 98 turned x113_02 第四条（部门职责）/（二）)
                leads, names = list(own), names + [p for p in partners if p not in names]
            if (item.article or item.article_line) and names and re.match(
                    re.escape(names[0]) + r"(?:[（(][^（）()]{1,30}[)）])?[\u4e00-\u9fff]", item.body.lstrip()):
                # (an article opening with its first subject 「第四条 A负责…，B负责…」: the doers its other clauses
                # name are units too — round 44, an article states who does what; in printed order. Not an article
                # headed by a unit's own sentence 「第一条 街道消委办。负责…」, read as the numbered items it is like)
                more = [d for d in doer_units(item.body, heading=duty_heading(item))[1] if not NOT_NAME.search(d)]
                names = subjects_and_doers(item.body, names, more)
            decls[item.pos] = Declaration(lead=leads, resp=[n for n in names if n not in leads],
                                          source="、".join(names), from_heading=True, explicit_lead=bool(leads))
            found = True
        # most siblings so headed (1.区教育局负责… / 2.区民政局负责…): one that opens with a body and a verb of its
        # duties without 负责 (7.区规划资源局结合…，指导…) is given to that body as well
        siblings = [i for i in items if (i.parent.pos if i.parent else -1) == parent]
        if 2 * len(group) > len(siblings):
            for item in siblings:
                if item.pos not in decls and not item.children and (unit := unit_then_verb(item.body)):
                    decls[item.pos] = Declaration(resp=[unit], source=unit, from_heading=True)
    return found


# a section heading that sets up the plan's own body and gives its duties 「三、应急指挥机构及职责」「组织机构和职责」
_BODY_AND_DUTIES = re.compile(r"^([\u4e00-\u9fff]{0,8}(?:机构|组织|体系))(?:及|和|与)(?:其)?(?:主要)?职责$")
_OPENS_SET_UP = re.compile(r"^\s*" + _SET_UP)
# a point headed by the group it sets up 「组织领导小组」「成立工作专班」「XX村整治工作领导小组」
_GROUP_HEADING = re.compile(r"(?:组织|成立|组建|设立)?([\u4e00-\u9fff“”]{0,16}?(?:领导小组|工作小组|工作专班|指挥部))")
# the members of the groups set up 「各组成员单位」「指挥部成员单位」
_MEMBERS = re.compile(r"成员单位$")


def set_up_doers(item: Item, doers: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """The doers of an item headed 「X机构及职责」 whose text opens by setting up the body 「成立…指挥部。指挥部下设…
    10个工作组。各组成员单位…切实履职。街道行政审批服务办承担…职责,…组织研判…」: the heading's kind of body and the
    members of the groups set up are none (round 73; Round 77 on x303_03 三 and x303_08 二: a section that sets a body
    up gives its lines no unit), a standing body given duties there stays; ``doers`` as read otherwise."""
    title = drop_pinyin(item.title).strip().rstrip("。：:")
    group = _GROUP_HEADING.fullmatch(title)
    if group and rostered(item):
        # 「二、组织领导小组 / 组长:XX / 成员:XX / 领导小组全面负责…」: the group the point names and prints the
        # roster of is the body it sets up, no unit of its own (rule 3; round 73; Round 84's p61d-2)
        gone = {n for n in doers[1] if group.group(1).endswith(n)}
        return [n for n in doers[0] if n not in gone], [n for n in doers[1] if n not in gone]
    m = _BODY_AND_DUTIES.match(drop_pinyin(item.title).strip())
    text = item.body.strip()
    if m is None or not _OPENS_SET_UP.match(text.split("\n", 1)[-1] if text.startswith(item.title) else text):
        return doers
    gone = {n for n in doers[1] if n == m.group(1) or _MEMBERS.search(n)}
    return [n for n in doers[0] if n not in gone], [n for n in doers[1] if n not in gone]
