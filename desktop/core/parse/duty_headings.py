"""Units named by the heading over their numbered duties (「（二）乡(镇)人民政府的工作职责」 / 1、… / 2、…, or a bare
「（一）公安部门」 under 「四、相关职能部门的工作职责」), by a body's heading and roster over them
(办公室(市创城办) / 主任:… / 主要职责:), and by the paragraphs that divide one item's work (房管所负责… /
经发办负责…). Read by ``tasks.build_tasks``, from which the last two were split (as they were).
What one line of text opens with (a lead-in's units, a paragraph's opening subject) is read by
``opening_subjects``, split from here."""

from __future__ import annotations

import re
from collections.abc import Callable

from .article_lead_ins import article_lead_in, persons_work
from .article_subjects import _VERBS as ARTICLE_VERBS, paragraph_subjects, plain_verb_at, subjects_and_doers
from .body_kinds import role_party
from .declarations import joint_partners
from .defined_names import DEFINITION, drop_definitions, one_name, short_names
from .designation_headings import designated
from .doer_words import doer_text
from .headings import Item
from .opening_subjects import (
    KIND_OF_BODY,
    PLACE_ONLY,
    PLACED_BODY,
    SUBJECT_VERB,
    body_unit,
    lead_in_names,
    lead_in_units,
    leads_own_area,
    opening_subject,
    split_bodies,
    work_lead_in,
)
from .prose_units import (
    _BODY_END as BODY_END,
    _NAMED_BY_VERB as NAMED_BY_VERB,
    VERB_START,
    colon_lead_unit,
    leading_unit,
    subject_units,
    unit_then_verb,
)
from .sentence_units import DUTY_HEADING, doer_units
from .subject_verbs import _with
from .units import PERSON_NOTE, Declaration, is_group, looks_like_unit, split_units

# a heading over numbered duties that opens with the grassroots body they are the duties of — a community's or a
# village's committee, or the community (village) itself, a bracket giving its like elsewhere — then the field and
# the duty words (「（一）社区居委会消防安全工作职责任务」「（二）社区(村)安全生产监管职责」): that body (a heading
# naming a body with a duty word is a unit heading over its items, round 53)
_GRASSROOTS_DUTIES = re.compile(r"^([居村]民?委(?:员)?会"
                                r"|(?:社区|村)(?:居民委员会|村民委员会|居委会|村委会|居委|村委)?(?:[（(](?:社区|村|居)[)）])?)"
                                r"(?![\u4e00-\u9fff]*(?:主体|领导|首要)责任)"
                                r"[\u4e00-\u9fff]{0,8}?(?:监管|管理)?(?:职责|责任)(?:[、和与及]?任务|分工)?$")

# 「（二）乡(镇)人民政府的工作职责」 / 「（一）公安部门」 under 「四、相关职能部门的工作职责」: over numbered duties
# (「X部门职责、任务」「X职责和任务」: the duty words joined, as 「X职责任务」)
_DUTY_TAIL = r"(?:职责|责任)(?:[、和与及]?任务|分工)?$"
_DUTY_HEADING = re.compile(r"^(.{2,24}?)(?:的)?(?:工作|主要|具体|监督检查|管理|(监管))?" + _DUTY_TAIL)
# (监管 read as the kind of duty only after a placed unit, 区市场监管局监管职责: 落实部门监管责任 /
# 压实属地政府监管责任 / 部门监管职责 are the kind of responsibility a task heading names, as 企业主体责任 is, no unit)
_DUTY_HEADING_PLAIN = re.compile(r"^(.{2,24}?)(?:的)?(?:工作|主要|具体|监督检查|管理)?" + _DUTY_TAIL)
# a heading that opens with its verb (落实部门… / 夯实属地… / 强化行业…) names the work, not a unit
_HEADING_VERB = re.compile(r"夯实|压紧|扛起|履行")
# (or a task list divided by the bodies that carry it out: 四、基本任务清单 / （一）区教体行政部门 / 1.…)
_DUTY_SECTION = re.compile(r"职责|分工|任务清单|^(?:主办|承办|责任|实施)(?:单位|部门)$")
# the day a unit's heading holds its activity on, in a bracket closing it (「(一)县教育局(7月7日)」 under
# 「二、主办单位」): the heading's unit is the body's name before it (round 37: the day is the items' deadline,
# task_dates.stage_date)
_DAY_BRACKET = re.compile(r"\s*[(（]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$")
_NO_ONE = re.compile(r"^(?:各?相关|各?有关|其他|其它)|[及和与、]|范围|对象|工作|任务")


# a kind named bare where a heading gives it duties (第五条(部门职责) / 单位职责 / 管理部门职责): the heading's word,
# no unit (the duties under it say whose they are)
_BARE_KIND = re.compile(r"^(?:各|相关|有关|管理|主管|责任|成员|职能|行政|其他|其它|监管|业务)?"
                        r"(?:部门|单位|机构|主体|机关)$")
# a government with no place 「（政府职责）」 and the works' parties as a class 「（参建单位职责）」: the body the text
# names of the heading's kind 「区人民政府加强…」, else none — the article's paragraphs name the offices and the parties
# (round 59, p59b)
_BARE_HOLDER = re.compile(r"^(?:人民)?政府$|^参建(?:单位|各方)$")
# an article's heading that names the body whose duties its text holds: 「第八条（公园管理机构职责）」 (not a division
# among several, 「（管理部门职责分工）」)
_ARTICLE_DUTIES = re.compile(r"[（(]?(.{2,24}?)(?:的)?(?:工作|主要|具体|监督检查)?职责[)）]?")


# the duties a body's heading line stands over, opening its next line 「负责制定…」「主要负责…」「牵头…」
_OWN_DUTIES_LINE = re.compile(r"\n\s*(?:主要|具体|全面)?(?:负责|牵头)(?!人)")
# … where the item does not compose the body it names (「组长由…担任」「成立…」: it sets it up, round 35)
_COMPOSES = re.compile(r"组长|组员|成员(?:由|包括|为)|由[^，,。；;]{1,20}?(?:担任|兼任|任)|成立|设立|组建")


def _own_duties(item: Item) -> bool:
    """A numbered item's heading line 「1. 领导小组职责」 over its own duties 「负责制定…」 (under a heading that
    divides the work, 二、主要职责): the heading names the body whose duties the item holds, as an article's
    「（公园管理机构职责）」 does (rule 1; round 38's 「X职责」 of one party) — not an item that composes it."""
    body = item.body.strip()
    return _OWN_DUTIES_LINE.match(body, body.find("\n")) is not None if "\n" in body and not _COMPOSES.search(body) \
        else False


def article_duty_holder(item: Item) -> str:
    """The body an article with nothing numbered under it is headed by as the holder of its duties
    (第八条（公园管理机构职责） / 公园管理机构应在…: 公园管理机构 — a unit heading, CONVENTIONS.md rule 1), or ""."""
    m = _ARTICLE_DUTIES.fullmatch(item.title.strip()) if not item.children and (
        item.article or item.article_line or _own_duties(item)) else None
    name = m.group(1) if m else ""
    if not name or VERB_START.match(name) or _HEADING_VERB.match(name) or _NO_ONE.search(name) \
            or _BARE_KIND.match(name) or not looks_like_unit(name):
        return ""
    one, _notes, _leads, odd = split_units(name)
    if one != [name] or odd:
        return ""
    # (第四条 政府职责 ⏎ 区人民政府加强…: the body the text names, of the heading's kind — not the heading's word)
    text = item.body.strip().split("\n", 1)[-1].strip() if "\n" in item.body.strip() else ""
    named = leading_unit(text, groups=True) or unit_then_verb(text) if text else ""
    of_kind = named if named != name and named.endswith(name) and looks_like_unit(named) else ""
    if not of_kind and named and name not in text:
        return ""                   # (第三条（市级部门职责） ⏎ A负责… ⏎ B承担…: the text names its own bodies)
    return of_kind or ("" if _BARE_HOLDER.match(name) else name)


def kind_headed_article(item: Item) -> bool:
    """An article with nothing under it headed by the duties of a bare kind 「第三条（政府职责）」, its holder the body
    of that kind its text names (``article_duty_holder``)."""
    m = _ARTICLE_DUTIES.fullmatch(item.title.strip()) if not item.children and (
        item.article or item.article_line) else None
    return m is not None and _BARE_HOLDER.match(m.group(1)) is not None and bool(article_duty_holder(item))


# an article headed by the word for its unit 「第九条 责任单位 街镇农经部门对…进行审核」 (Round 38 rulings, Units)
_UNIT_WORD_HEAD = re.compile(r"[（(]?(?:责任|实施|主管|承办)(?:单位|部门|主体)[)）]?\s*[:：]?\s*")


def unit_headed_article(item: Item, aliases: set[str]) -> list[str]:
    """The bodies an article headed 「责任单位」 opens its text with (the heading's unit), or []."""
    if not (item.article or item.article_line) or item.children:
        return []
    m = _UNIT_WORD_HEAD.match(item.body.strip())
    text = item.body.strip()[m.end():].strip() if m else ""
    # (the heading over paragraphs each led by its body 「（实施部门）⏎市A负责…⏎区A负责…」: the article readers read
    # every paragraph's body — the heading names no one of them, round 34's 管理部门 list)
    return opening_subject(text, aliases) if m and "\n" not in text else []


def duty_list_holders(items: list[Item], decls: dict[int, Declaration]) -> None:
    """A heading over numbered duties that names the unit they are the duties of (「乡(镇)人民政府的工作职责」, or
    a bare 「公安部门」 under a section on departments' duties): that unit, responsible, for the duties under it
    that name none of their own; an article's heading that names the body of its duties, for the article."""
    aliases = defined_names(items)
    for item in items:
        if item.pos not in decls and (held := article_duty_holder(item)):
            decls[item.pos] = Declaration(resp=[held], source=held, from_heading=True)
        elif item.pos not in decls and (named := unit_headed_article(item, aliases)):
            decls[item.pos] = Declaration(resp=named, source="、".join(named), from_heading=True)
        elif item.pos not in decls and not item.children and "\n" in item.body.strip() \
                and (named := designated(item.body.strip().split("\n", 1)[0])):
            # (（四）燃气管理部门对燃气管线安全运行负监管责任 ⏎ its paragraph: the heading line's bodies)
            decls[item.pos] = Declaration(resp=named, source="、".join(named), from_heading=True)
        if not item.children or item.pos in decls:
            continue
        last = item.body.strip().rsplit("\n", 1)[-1]
        work = work_lead_in(last, aliases)
        lead, lead_in = work if work is not None else ([], lead_in_units(last, aliases))
        if lead_in and not lead and _set_up_here(item, lead_in):
            continue
        if not (lead or lead_in) and (item.article or item.article_line):
            # (…职责包括： / …，包括以下内容： / …，应当按照下列程序进行：)
            lead_in = article_lead_in(last, aliases, opening_subject, lead_in_names)
            if not lead_in and persons_work(last):     # (a post's own work list: its lines name none, round 30)
                decls[item.pos] = Declaration(source="", from_heading=True)
                continue
        if lead or lead_in:
            # 区政府应当…履行下列职责： / 街道办事处及镇政府消防工作职责： over (一)…(二)…: the list's unit(s)
            # (由区应急局牵头建立以下… / 区应急局会同区消防救援支队建立以下…: the one named 牵头 or before 会同 leads)
            decls[item.pos] = Declaration(lead=lead, resp=lead_in, source="、".join(lead + lead_in),
                                          from_heading=True, explicit_lead=bool(lead))
            _own_openings(item, decls, aliases)
            _restarted_lists(item, decls, aliases)
            continue
        name = duty_list_holder(item)
        # (a duty under it with units of its own keeps them; the others are the heading's: （一）区教体局 /
        # 1.开展…排查。 / 2.落实…经费（区财政局负责）。 — 1 is 区教体局's; 「（一）A、B对…分别负…责任」: A, B)
        holders = [name] if name else designated(item.body.strip().split("\n", 1)[0])
        if holders:
            decls[item.pos] = Declaration(resp=holders, source="、".join(holders), from_heading=True)
            for kid in item.children:      # (（七）新天地办、豫园办负责管理区域内的消防工作: its own)
                if kid.pos not in decls and not kid.children and (own := subject_units(kid.body.strip())
                                                                  or _opening_doer(kid.body.strip())):
                    decls[kid.pos] = Declaration(resp=own, source="、".join(own), from_heading=True)


def _restarted_lists(item: Item, decls: dict[int, Declaration], aliases: set[str]) -> None:
    """An item of the list whose line ends with a lead-in of its own 「（三）指导B…。B负责…，主要履行以下职责：」 over
    items numbered anew 「（一）…（二）…」 printed after it: those items are B's list, not the article's first lead-in's
    (rule 4: a lead-in gives its body to the lines under it; a line is read where the page prints it, round 48)."""
    kids = item.children
    for k, kid in enumerate(kids[:-1]):
        last = kid.body.strip().rsplit("\n", 1)[-1]
        if kid.children or not last.endswith(("：", ":")) or kids[k + 1].value > kid.value:
            continue
        names = lead_in_units(re.split(r"[。；;]", last)[-1], aliases)
        if not names and (item.article or item.article_line) and "\n" in kid.body.strip():
            # (in an article, a paragraph of its own after the item 「（九）…。⏎街镇在A的指导下，负责…以下…工作：」
            # over a list numbered from （一） again: the paragraph's body, as the article's own lead-in is read)
            names = article_lead_in(last, aliases, opening_subject, lead_in_names)
        if not names:
            continue
        value = 0
        for more in kids[k + 1:]:
            if more.unnumbered or more.children or more.value != value + 1:
                break
            value = more.value
            decls.setdefault(more.pos, Declaration(resp=list(names), source="、".join(names), from_heading=True))


# a roster line of a body set up by its section: 「指挥长:…」「副组长:…」「成员:…」 (posts, then the persons named)
_ROSTER_POST = re.compile(r"^(?:副?(?:总指挥|指挥长|组长|主任)|成员|组员)\s*[:：]\s*\S")


def _set_up_here(item: Item, holders: list[str]) -> bool:
    """``item`` is headed by the body its duties' lead-in names and sets it up, its roster between the two
    (「(一)村森林防火指挥部 / 指挥长:… / 成员:… / 指挥部主要职责:」 over 1.…): a 职责 heading over a body the
    same section sets up names none (rule 3; Round 85 on x320_04 二/(二))."""
    return len(holders) == 1 and item.title.strip().rstrip("。：:").endswith(holders[0]) and rostered(item)


def rostered(item: Item) -> bool:
    """``item``'s text lists the roster of the body its heading names (two post lines at least, 指挥长:… / 成员:…):
    the section sets that body up (rule 3; Round 85 on x320_04)."""
    lines = [ln.strip() for ln in item.body.strip().split("\n")]
    # (a post broken over two lines by the page 「组⏎长:XX⏎成员:XX」: the post's first character alone on its line)
    return sum(1 for a, b in zip([""] + lines, lines, strict=False)
               if _ROSTER_POST.match(b) or len(a) <= 2 and _ROSTER_POST.match(a + b)) >= 2


def _opening_doer(body: str) -> list[str]:
    """The doer a duty opens with where its own verb makes it one (「项目法人对项目建设负总责，…」 under
    「（三）建设单位职责与任务」: 项目法人, round 35's designation), or []."""
    lead, resp = doer_units(body)
    return [d for d in lead + resp if body.startswith(d)][:1]


# a duty that opens with a kind of body as its actor (负责公共消防设施维护管理的单位应当…): that kind's, no unit
_KIND_ACTOR = re.compile(r"^[^，,。；;：:]{2,40}?的(?:单位|企业|机构|场所|人员)(?:应当|应|须|必须|要)")
# a duty that opens with the holder's own verb (督促辖区内的企业要… / 配合区消防救援支队开展… / 协助区应急局…): the
# lead-in's holder does it, the body after the verb is its object or partner, not the duty's actor
_HOLDER_VERB = re.compile(r"(?:配合|协助|支持|参与|接受|督促|指导|监督|推动|要求|组织|协调|会同|保障|引导|帮助)")


def _own_openings(item: Item, decls: dict[int, Declaration], aliases: set[str]) -> None:
    """The duties under a lead-in that open with their own units (区发展改革委应当… / 区人社局会同区消防救援支队…)
    keep those, not the lead-in's; one that opens with a kind of body as its actor names no unit."""
    for kid in item.children:
        if kid.children:
            continue
        body = kid.body.strip()
        held = decls[item.pos]
        if body.startswith("牵头") and kid.pos not in decls and held.resp and not held.lead:
            # (「A…，具体职责如下：（一）牵头审核…」: the holder leads the duty it is told to lead, rule 1's 牵头; its
            # partner 「（一）牵头会同B编制…」 responsible beside it, rule 2's 会同 — rv55 F5)
            partners = [n for n in opening_subject(body[4:], aliases) if n not in held.resp] \
                if body.startswith("牵头会同") else []
            decls[kid.pos] = Declaration(lead=held.resp, resp=held.resp + partners,
                                         source="、".join(n for n in (held.source, *partners) if n),
                                         from_heading=True, explicit_lead=True)
            continue
        if _HOLDER_VERB.match(body):
            continue
        names = opening_subject(body, aliases)
        # (区人社局会同区消防救援支队开展…: the partner with it, the opening unit leading)
        after = re.match(r"[^，,。；;：:]*?" + re.escape(names[-1]) + r"会同", body) if names else None
        partners = [n for n in opening_subject(body[after.end():], aliases) if n not in names] if after else []
        have = decls.get(kid.pos)
        if have is not None and not (partners and not have.lead and have.resp == names):
            continue
        if names:
            decls[kid.pos] = Declaration(lead=names if partners else [], resp=partners or names,
                                         source="、".join(names + partners), from_heading=True)
        elif _KIND_ACTOR.match(body):
            decls[kid.pos] = Declaration(source="", from_heading=True)


def _inner_and(name: str) -> str:
    """``name`` with a 和 inside one department's name dropped (县工业和信息化局 / 住房和城乡建设局: the field's words
    joined, no body before 和); 「公安局和交通局」 keeps it (a body before 和: two bodies)."""
    parts = name.split("和")
    return "".join(part + ("和" if BODY_END.search(part) and n < len(parts) - 1 else "")
                   for n, part in enumerate(parts))


def duty_list_holder(item: Item) -> str:
    """The unit a heading over numbered duties names (乡(镇)人民政府的工作职责 / a bare 公安部门 under a section on
    departments' duties or a task list divided by bodies), or ""."""
    if not item.children:
        return ""
    title = _DAY_BRACKET.sub("", item.title.strip().rstrip("。：:"))
    if item.article:                # 第六条（街道办事处监督检查职责）: an article's bracketed heading
        title = re.sub(r"^[（(](.+)[)）]$", r"\1", title)
    if grassroots := _GRASSROOTS_DUTIES.match(title):
        return grassroots.group(1)      # (社区居委会消防安全工作职责 / 社区(村)安全生产监管职责: its own body)
    m = _DUTY_HEADING.match(title)
    if m and m.group(2) and not PLACED_BODY.match(m.group(1)):
        m = _DUTY_HEADING_PLAIN.match(title)
    name = m.group(1) if m else ""
    if m and (VERB_START.match(name) and not NAMED_BY_VERB.match(name) or _HEADING_VERB.match(name)):
        return ""                    # (第五条 建设单位责任: a party named by its verb's word, Round 38 rulings)
    if m and not BODY_END.search(name):
        name = _field_cut(name)
    if not m and item.parent is not None and _DUTY_SECTION.search(item.parent.title) and not is_group(title):
        name = title                 # （一）公安部门 under 四、相关职能部门的工作职责
    if "的" in name and looks_like_unit(after := name.rsplit("的", 1)[1]):
        name = after                 # (公路沿途的村(居)委会职责: the name after the 的-phrase, round 32)
    if name and sets_up_below(item, name):
        return ""                    # 5.农村公路管理机构。 over （1）设置农村公路管理机构: the body its items set up
    if name and role_party(name):
        return name                     # (Round 95's x349_03 二、（一）; x361_02 第十四条（一）)
    one, notes, _leads, _odd = split_units(name) if name else ([], {}, [], [])
    if name and looks_like_unit(name) and not _NO_ONE.search(_inner_and(name)) and not _BARE_KIND.match(name) and (
            one == [name] or len(one) == 1 and PERSON_NOTE.match(notes.get(one[0], ""))):
        return one[0]                   # (（一）街道综治中心（责任人：陈明）: the unit, its person a note)
    return ""


# an item's heading that sets up a body (设置农村公路管理机构 / 成立…工作专班): the body is what the items make
_SETS_UP_TITLE = re.compile(r"(?:设置|设立|成立|组建|建立|健全|完善)")


def sets_up_below(item: Item, name: str) -> bool:
    """Whether an item under ``item`` is headed by setting up the body ``name`` (「（1）设置农村公路管理机构」 under
    「5.农村公路管理机构。」): the heading names what its items make, not who does their work."""
    return any(_SETS_UP_TITLE.match(kid.title.strip()) and name in kid.title for kid in item.children)


# a field's name between a body and the duty words of its heading (各街道消防工作责任 / 各乡镇安全生产工作职责):
# a run of characters with no verb, cut only where what is left ends as a body does and is placed or a group
# (not a kind of responsibility: 政府监管责任 / 部门监管责任 / 街道办事处主体责任 / 党委政府领导责任 name none)
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}")
_DUTY_KIND = re.compile(r"监管|主体|领导|管理|监督|直接|主要|第一|全面|属地|指导|综合|行业|部门|首要|法定")


# (各乡镇卫生院防疫: the health centres, a unit of their own ending, not 各乡镇 with a field 卫生院防疫)
_UNIT_OF_KIND = re.compile(r"(?:卫生院|医院|学校|中小学|幼儿园|养老院|敬老院)$")


def _field_cut(name: str) -> str:
    """``各街镇（经开区）消防`` → ``各街镇（经开区）``; the name itself when no field can be cut."""
    if KIND_OF_BODY.search(name) or re.search(r"[居村](?:民)?委", name):
        return name                  # (社区居委会消防工作职责: a kind of body, as before)
    for k in range(2, min(6, len(name) - 2) + 1):
        field, rest = name[len(name) - k:], name[:len(name) - k]
        if not _FIELD.fullmatch(field) or SUBJECT_VERB.search(field) or VERB_START.match(field) \
                or _DUTY_KIND.search(field):
            break
        if rest[-1] + field[0] in ("乡村", "校园"):
            continue                 # (各镇乡村振兴 / 各中小学校园安全: not through 乡村 / 校园)
        if (BODY_END.search(rest) or _UNIT_OF_KIND.search(rest)) and (
                rest.startswith("各") or PLACED_BODY.match(rest) and not PLACE_ONLY.match(rest)):
            return rest
    return name


def defined_names(items: list[Item]) -> set[str]:
    """The short names a document defines for bodies (``（以下简称“区域管理单位”）``)."""
    return set(short_names("\n".join(item.body for item in items)))


def article_units(item: Item, aliases: set[str]) -> list[str]:
    """The units the paragraphs of an article with nothing numbered under it (or of a numbered item of an
    article: 第九条 （三）区国动办应加强…) open with as the subjects of their duties (第十一条（考核评价） /
    区国动办应当从…考核评价。 → ``['区国动办']``; two paragraphs led by two units → both, in order); [] for any
    other item. A paragraph that opens with a condition (新建工程…的，区X应当) names none there; a heading sentence
    does not make the article prose (加强消防工作领导。…区各部门(单位)、街镇应加强… → both, Round 62 rulings), and a
    party named by a kind (建设单位应当…) is read by ``paragraph_subjects`` with any verb of doing (Round 62
    rulings)."""
    if item.children:
        return []
    # (an article of a plan whose articles hold no items 「第十五条（监管人员管理）」 (article_line): only its
    # departments 「A管理部门应当…」 — the placed-name reader there reads a heading run in 「核算区农业农村委…」)
    opening = item.article or item.parent is not None and item.parent.article
    if not (opening or item.article_line or item.parent is not None and item.parent.article_line):
        return []
    names: list[str] = []
    any_verb = bool(DUTY_HEADING.match(item.title.strip()))
    worded = False      # (an earlier paragraph of the article's own words, not its bracketed heading alone)
    # (the lines of a folded list that only names cases or a contract's terms name no unit: ``doers_of`` in tasks)
    body = re.sub("|".join(map(re.escape, item.cases)), "", item.body) if item.cases else item.body
    for k, paragraph in enumerate(body.split("\n")):
        text = doer_text(_ARTICLE_HEADING.sub("", drop_definitions(paragraph.strip())))
        if (names or worded) and _CONTINGENCY.match(text):
            continue    # (a later paragraph answering a contingency 「发生…的，A应当立即向B报告，B应当及时组织…」 in an
            # article whose work its earlier paragraphs give: rule 3's case, no unit — Round 91's x340_02 第二十条;
            # the earlier work the scheme's own with no subject 「…适时启动补充机制。⏎确需启动…时，A应于…提出申请」
            # alike, p66a)
        worded = worded or len(text) > 12
        # (a paragraph after the article's first line 「第五条（…）⏎…⏎市X委制定…标准」 opens on its own line: no
        # heading glued to it, so a body followed right away by a verb of doing is its subject — round 44, decided)
        opens = opening or k > 0 and _plain_opening(text, aliases)
        # (a department 「各级生态环境管理部门应当…」, after a condition too: round 44, decided; in an article run in
        # on its number 「第三条　浦东新区人民政府应当加强…」 the placed body before a rule's modal too — no glued
        # run-in heading 「核算区农业农村委…」 stands before 应当; a paragraph below the article's own line opens
        # with no heading, so its placed body before a verb of doing 「A根据…制定…」 is read too)
        subject = _paragraph_doers(text, aliases, opens or _ruled_opening(text, aliases)
                                   or _opens_doing(text, aliases, k > 0)
                                   or any_verb and leads_own_area(text, aliases), any_verb)
        if not subject and any_verb and (held := _HOLDER_IS.match(text)) and looks_like_unit(held.group(1)):
            subject = [held.group(1)]   # (「A是…的责任单位。负责…」 under a duty heading: a designation, the 负责
            # after the full stop carrying it — Round 85's x319_04 第四条; rounds 34, 49 p46d)
        for n in subject:
            if n not in names and not _PLACE_INSIDE.search(n):
                names.append(n)
    # (a role the article itself designates 「…选定…单位，作为综合实施主体」 adds none there as a back-reference —
    # Round 47 q44c, x190_02 第五条; where it acts in other articles it is a unit)
    return [n for n in names if not re.search(f"作为[^，,。；;]{{0,30}}?{re.escape(n)}", item.body)]


# a party designated by the role it holds, the duties following 「项目承担单位是科研项目的责任单位。负责…」
_HOLDER_IS = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:单位|主体|机构))是[^，,。；;]{2,30}?的"
                        r"(?:责任|实施|管理)(?:单位|主体)。"
                        r"(?:主要|具体)?负责")


# a contingency a paragraph opens with 「发生突发性事件…的，」「遇有…情况的，」 (rule 3's case clause)
_CONTINGENCY = re.compile(r"(?:如|若)?(?:发生|遇到|遇有|出现)[^。；;]{1,80}?的[，,]|"
                          r"(?:确需|确有必要|如需)[^。；;，,]{1,40}?(?:的|时)[，,]")


def trailing_paragraph(item: Item) -> bool:
    """``item`` is an unnumbered paragraph printed after an article's numbered items 「（三）…。 本市…等有关行政管理部门
    按照各自职责，协同实施本办法。」: one more task of the article, read by its own doers (Round 86's governs)."""
    parent = item.parent
    if not item.unnumbered or item.children or parent is None or not (parent.article or parent.article_line):
        return False
    return any(not c.unnumbered for c in parent.children[:parent.children.index(item)])


# a rule's modal right after an article's opening subject and a verb of doing after it (not an option or a verb of
# being or having 「A可以…」「A应是…」, nor a time or a means before the modal, nor a co-signing 「A应当与B签订…」,
# which paragraph_subjects reads with its partner), or rule 2's 负责 「A负责…」 — 要 as 应当 (CONVENTIONS.md reads
# 要／应 alike: 「区X局要做好…」 in an article is its subject's work as 「区X局应当做好…」 is; not 要求／要素／要点)
# (a step before the modal 「A在编制…规划前，应当开展…」: when, the subject still the modal's — round 59, p59b)
# (… the course of its work and what it finds there 「A在履行职责过程中发现…，应当…」: when, as 在…时 — p66a)
# (… or its own decision as the case 「A根据…，决定将其列入…的，应当制作…」 — p66a)
_RULED_AFTER = re.compile(r"(?:在[^，,。；;]{1,30}?(?:前|后|时|过程中(?:发现[^，,。；;的]{1,40}?)?)[，,]?|"
                          r"(?:(?:根据|依据|按照)[^，,。；;]{1,40}?[，,])?决定[^。；;]{1,60}?的[，,])?(?:应当|应|须|必须|要(?!求|素|点|害|闻|件|是))"
                          r"(?!当|急|可以?|是|享有|具有|拥有|有|(?:共同)?与)|负责(?!人)")
# a bare level 「市级部门」「区级部门」: no body's name (round 44)
_BARE_LEVEL = re.compile(r"(?:[市区县镇]级|各级)部门")


# a place named by where it lies in a site 「游乐区内部」「园区周边」 (a heading 「游乐区内部要求」 read as its
# subject): no body
_PLACE_INSIDE = re.compile(r"(?:内部|以内|之内|周边)$")


def _paragraph_doers(text: str, aliases: set[str], opening: bool, any_verb: bool) -> list[str]:
    """The doers an article's paragraph ``text`` names (``paragraph_subjects``), [] where its subject's verb is an
    option or one of being or having and the sentence reader reads no doer (``any_verb``: under a heading that gives
    out work it does)."""
    subject = paragraph_subjects(text, aliases, opening_subject, opening)
    # (an option or a verb of being or having 「A可以委托B…」「A有优先购买权」「A是…」 names no doer where the
    # sentence reader reads none — under a heading that gives out work it does; round 44 (decided) makes the
    # subject of any verb of doing in an article a doer: 「A应当对…进行监督」「A审核…后开具…」「A…将资金拨付到…」)
    if subject and not any_verb and _NOT_RULE_TWO.match(text, text.find(subject[-1]) + len(subject[-1])) \
            and not doer_units(text)[1]:
        return []
    return subject


def divided_doers(item: Item, read: Callable[[Item], tuple[list[str], list[str]]]) -> tuple[list[str], list[str]]:
    """``read(item)`` (the sentence reader's lead and doers of an article) with the subjects of its paragraphs
    where each of three or more paragraphs opens with the bodies it gives duties 「A负责…。⏎B负责…。⏎C负责…。⏎
    审计部门依法对…进行审计监督。」: in an article dividing duties any verb names its subject (round 44; Round 97's
    governs on x353_04 第五条) — a field's department with no level too, which the sentence reader's list leaves."""
    doers = read(item)
    paragraphs = [doer_text(_ARTICLE_HEADING.sub("", drop_definitions(p.strip()))) for p in item.body.split("\n")]
    paragraphs = [p for p in paragraphs if p and not re.match(r"第[一二三四五六七八九十]{1,3}[章节]", p)]
    if len(paragraphs) < 3 or not (item.article or item.article_line) or item.children:
        return doers
    subjects = [_paragraph_doers(p, defined_names([item]), True, False) for p in paragraphs]
    # (each paragraph opens with its body — not a case first 「发生…的，A应当…」, rule 3's; a name the sentence reader
    # read whole or in part stays as it read it 「A委员会科学技术委员会事务中心」)
    if not all(s and p.startswith(s[0]) for p, s in zip(paragraphs, subjects, strict=True)):
        return doers
    more = [n for s in subjects for n in s if not any(n in d or d in n for d in doers[1])]
    return doers[0], [*doers[1], *dict.fromkeys(more)]


def _opens_doing(text: str, aliases: set[str], below: bool) -> bool:
    """``text`` (an article's paragraph) opens with placed bodies and a verb of doing after them, a rule it follows
    between 「A根据…制定…」「A按照要求制定…」「A审核拨付…」 (round 44, decided) — printed ``below`` the article's own
    line, or a list of bodies or of levels sharing a head run in on its number 「第四条　A、B、C根据各自职能统筹开展…」
    「市、区政府在…后，对…进行评估」 (no glued run-in heading 「核算区农业农村委…」 makes a list)."""
    names = opening_subject(text, aliases)
    if not names or not text.startswith(names[0]) or any(_BARE_LEVEL.fullmatch(n) for n in names) \
            or not below and not (text.startswith("、".join(names)) and "、" in "、".join(names)):
        return False
    end = text.find(names[-1])
    return end >= 0 and _OPEN_DOING.match(text, end + len(names[-1])) is not None


# a verb of doing right after the subject, a rule it follows before it with no comma 「根据本办法制定」「按照要求制定」
# (no modal: a modal's subject is ``_ruled_opening``'s, a co-signing or 要求 no verb of doing there)
# (… or a step saying when, then the matters it acts on 「A在…满两年后，对…进行评估」: round 59's step, round 44)
# (… or the rhythm it works at 「A定期开展…评估」「A每年开展…检查」: when, as a step is — round 44's verb of doing)
_OPEN_DOING = re.compile(rf"(?:在[^，,。；;]{{1,30}}?(?:后|时|前)[，,]?)?(?:对[^，,。；;]{{1,80}}?)?"
                         rf"(?:(?:根据|按照|依据|依照)[^，,。；;]{{1,30}}?)?(?:不?定期|每(?:年度?|季度?|半年|月))?"
                         rf"(?:{ARTICLE_VERBS})")


def _plain_opening(text: str, aliases: set[str]) -> bool:
    """``text`` (an article's paragraph on a line of its own) opens with placed bodies followed right away by a
    verb of doing with no modal 「市交通委制定…标准，并对外公布」 (round 44, decided) — not a bare level
    「市级部门」."""
    names = opening_subject(text, aliases)
    if not names or not text.startswith(names[0]) or any(_BARE_LEVEL.fullmatch(n) for n in names):
        return False
    end = text.find(names[-1])
    if end < 0:
        return False
    end += len(names[-1])
    etc = _NAMES_ETC_TAIL.match(text, end)      # (「A、B等相关单位于…前完成」: the names' 等-tail, no part of the verb)
    return plain_verb_at(text, etc.end() if etc else end)


_NAMES_ETC_TAIL = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:单位|部门|机构)")


def _ruled_opening(text: str, aliases: set[str]) -> bool:
    """``text`` (an article's paragraph) opens with placed bodies followed by a rule's modal and a verb of doing
    「浦东新区人民政府应当加强…」 (round 44, decided: the subject of an article's verb of doing is a doer)."""
    names = opening_subject(text, aliases)
    if not names or not text.startswith(names[0]) or any(_BARE_LEVEL.fullmatch(n) for n in names):
        return False
    end = text.find(names[-1])
    return end >= 0 and _RULED_AFTER.match(text, end + len(names[-1])) is not None


# an article's bracketed heading run into its first paragraph 「第十一条（信息公开）市X委应当…」
# 「第五条【职责】区X局…」: the paragraph's subject follows it, as after a heading printed on its own line
_ARTICLE_HEADING = re.compile(r"^[（(【〔][\u4e00-\u9fff、和与及]{2,12}[）)】〕]")


# (… nor a cost verb with money as object 「A应当给予符合条件的单位搬迁奖励」「A发放…补贴」: a payer — rounds 46–48
# decided, Round 53 rulings' 发放)
_NOT_RULE_TWO = re.compile(r"(?:依(?:各自)?职责)?(?:应当|应|须|要)?(?:依法|定期|及时|按规定)?"
                           r"(?:可以?(?!以)|是|享有|具有|拥有|有[^，,。；]{0,8}?权"
                           r"|(?:给予|发放)[^，,。；]{0,20}?(?:补贴|补助|奖励|奖金)(?:[。；;，,]|$))")


# what a subject's verb says of its part (区住建委牵头组织… / 区市场监管局会同区住建委、区城管执法局开展… /
# 区房管局配合做好…)
_ROLE_AFTER = re.compile(r"(?:应当|要|负责)?(牵头|会同|配合|协助)")
_WITH_AFTER = re.compile(r"(?:应当|要)?会同")


def article_roles(item: Item, aliases: set[str],
                  doers: Callable[[], list[str]] | None = None) -> tuple[list[str], list[str]]:
    """``article_units``' units and, among them, those that lead: a subject followed by 牵头 or 会同 leads, the bodies
    it works with (会同A、B开展…) are responsible with it (第三条 区住建委牵头组织实施…。区房管局配合… → lead 区住建委,
    responsible 区房管局). ``doers``: the sentence reader's doers of the article, read with its opening subjects in
    printed order (round 44) before the lead is weighed — 「A牵头对…加强监管。B应规范…」 leads with B beside it."""
    names = article_units(item, aliases)
    if not names:
        return [], []
    leads: list[str] = []
    partners: list[str] = []
    for paragraph in item.body.split("\n"):
        text = doer_text(_ARTICLE_HEADING.sub("", drop_definitions(paragraph.strip())))
        subject = opening_subject(text, aliases)
        if not subject or not text.startswith(subject[0]):
            # (the article's subject after a case or a time of its own 「…的，A应当会同B同步组织编制…」: its partners
            # too, rule 2's 「A会同B＋verb」)
            after = next((text[m.end():] for n in names for m in re.finditer(re.escape(n), text)
                          if m.start() and text[m.start() - 1] in "，," and _WITH_AFTER.match(text, m.end())), None)
            got = (_with(after) or ([], 0))[0] if after is not None else []
            if got and all(body_unit(n, aliases) for n in got):
                partners.extend(n for n in split_bodies(got, aliases) if n not in partners)
            continue
        end = max(text.find(n) + len(n) for n in subject)
        role = _ROLE_AFTER.match(text, end)
        if role is None or role.group(1) in ("配合", "协助"):
            continue
        leads.extend(n for n in subject if n not in leads)
        # (the partners a 会同 names, up to the verb of the work they do together, or a later clause 「B配合」)
        got = joint_partners(re.split(r"[。；;]", text[role.start(1):])[0])
        if got and all(body_unit(n, aliases) for n in got):
            partners.extend(n for n in split_bodies(got, aliases) if n not in partners)
    units = [*names, *(p for p in partners if p not in names)]
    if doers is not None:
        units = subjects_and_doers(item.body, units, doers())
    leads = [n for n in leads if n in units]
    # (a lead with no one beside it answers for the article alone: responsible, as before)
    return units, leads if len(leads) < len(units) else []


def _duty_article(title: str) -> bool:
    """An article headed by a division of work 「第四条 部门职责」, the heading printed alone or in brackets run
    into the first paragraph 「第八条【其他相关单位任务分工】区X委负责…」 (Round 54 rulings: one task)."""
    run_in = _ARTICLE_HEADING.match(title)
    return DUTY_HEADING.match(title[1:run_in.end() - 1] if run_in else title) is not None


def fold_duty_paragraphs(items: list[Item]) -> tuple[list[Item], dict[int, Declaration]]:
    """A numbered item whose text goes on in unnumbered paragraphs each led by its units (（二）细化职责分工
    / 房管所、规建生态办负责牵头组织… / 房管所负责… / 经发办负责…): the paragraphs divide that item's work, so
    the item is one task holding all their units (those written 负责牵头 / 牵头 lead), not a task each."""
    folds: dict[int, Declaration] = {}
    drop: set[int] = set()
    for item in items:
        kids = item.children
        # (an article too, 第四条（职责分工） over 「甲处承担…」「乙处负责…」: round 37)
        # (… and any article whose paragraphs each open with their body 「第十八条（数据报送）⏎A应当…⏎B应当…⏎C应当…」:
        # one task naming every body it gives work — Round 82's p60c-1; round 44)
        if (item.unnumbered or item.kind < 2 and not item.article
                or len(kids) < 3
                or not all(c.unnumbered and c.unit and not c.children for c in kids)):
            continue
        decl = Declaration()
        lines = [item.body, *(c.body for c in kids)]
        for line in "\n".join(lines).split("\n"):
            line = _ARTICLE_HEADING.sub("", line.strip())      # (「【任务分工】区X委负责…」: the heading names none)
            names = subject_units(line) or ([u] if (u := leading_unit(line)) else [])
            if not names and (item.article or item.article_line) and line:
                # (an article's paragraph whose body acts by another verb of doing 「各区财政局审核拨付…」 or is
                # designated and charged 「A是…的责任主体，负责…」: round 44, decided — every body given work)
                names = doer_units(line)[1] or _paragraph_doers(doer_text(line), set(), True, True)
            # (「A会同B、C等主管部门，牵头负责…」: the 会同 clause before its comma, then A's 牵头 — rule 2)
            lead = re.match(r"[^，,。；;]{0,60}?(?:会同[^，,。；;]{1,40}[，,])?(?:负责牵头|牵头)", line) is not None
            for name in names:
                if lead and name not in decl.lead:
                    decl.lead.append(name)
                if name not in decl.resp:
                    decl.resp.append(name)
        if not decl.resp:
            continue
        decl.source = "、".join(decl.resp)
        decl.resp = [n for n in decl.resp if n not in decl.lead]
        item.body = "\n".join(b for b in lines if b)
        drop.update(c.pos for c in kids)
        item.children = []
        if item.kind >= 2 or item.article and item.title.startswith(("【", "〔")):
            # (「第八条【任务分工】A负责…」: a heading in 【】 run in, which the sentence reader takes into the first
            # subject; a （职责分工） heading the article readers read themselves)
            folds[item.pos] = decl      # (an article's bodies are read by its heading, every body given work)
    return [i for i in items if i.pos not in drop], folds


# a body's heading line, its roster, then its duties: 「办公室(市创城办)\n主任:XXX\n成员:…\n主要职责:」 over 1.…;
_DUTIES_LINE = re.compile(r"^(?:主要|工作|具体)?职责\s*[:：]$")
_ROSTER = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]")


def _holder_name(body: str) -> str | None:
    """The body a section's text ends by listing the duties of (its heading line, then roster lines
    组长:… / 成员:…, then 主要职责:), or None."""
    lines = [ln.strip() for ln in body.rstrip().split("\n")]
    if len(lines) < 2 or not _DUTIES_LINE.match(lines[-1]):
        return None
    for line in reversed(lines[-8:-1]):
        if _ROSTER.match(line):
            continue
        if not 2 <= len(line) <= 24 or re.search(r"[，,。；;、：:]", line):
            return None
        head = DEFINITION.sub(lambda m: f"({n})" if (n := one_name(m["name"])) else m[0], line)
        alias = re.search(r"[（(]([^（）()]{2,12})[)）]$", head)
        name = alias.group(1) if alias and looks_like_unit(alias.group(1)) else re.sub(r"[（(].*$", "", head)
        return name if looks_like_unit(name) and not _VERBISH.match(name) else None
    return None


_COLON_DUTY = re.compile(r"^[\u4e00-\u9fff()（）]{2,16}[:：]\s*(?:主要)?负责")


def duty_holders(items: list[Item]) -> dict[int, list[str]]:
    """The numbered duties listed under a body's heading and roster (办公室(市创城办) / 主任:… / 主要职责: /
    1.负责…; 2.协调…): each names that body — the short name in its brackets where it has one — as
    responsible."""
    out: dict[int, list[str]] = {}
    holder: tuple[str, int, int] | None = None        # the name, the parent's pos and the kind of its duties
    for before, item in zip(items, items[1:], strict=False):
        name = _holder_name(before.body)
        if name:
            holder = (name, item.parent.pos if item.parent else -1, item.kind)
        elif holder and (holder[1] != (item.parent.pos if item.parent else -1) or holder[2] != item.kind):
            holder = None
        if holder:
            out[item.pos] = [holder[0]]
    for item in items:
        # (a top-level point that opens with its holder and a colon, the holder's duties after it 「一、居民委员会:负责
        # 组织…」: a unit-colon point names its unit — a post so named is a person, no unit)
        if item.parent is None and not item.children and _COLON_DUTY.match(item.body) \
                and (name := colon_lead_unit(item.body)):
            out.setdefault(item.pos, [name])
    return out


_VERBISH = re.compile(r"^(?:负责|加强|做好|完成|协调|组织|开展|落实|推进)")
