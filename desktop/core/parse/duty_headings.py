"""Units named by the heading over their numbered duties (「（二）乡(镇)人民政府的工作职责」 / 1、… / 2、…, or a bare
「（一）公安部门」 under 「四、相关职能部门的工作职责」), by a body's heading and roster over them
(办公室(市创城办) / 主任:… / 主要职责:), and by the paragraphs that divide one item's work (房管所负责… /
经发办负责…). Read by ``tasks.build_tasks``, from which the last two were split (as they were)."""

from __future__ import annotations

import re

from .headings import Item
from .prose_units import _BODY_END as BODY_END, VERB_START, leading_unit, subject_units
from .units import PERSON_NOTE, Declaration, is_group, looks_like_unit, split_units

# 「（二）乡(镇)人民政府的工作职责」 / 「（一）公安部门」 under 「四、相关职能部门的工作职责」: over numbered duties
_DUTY_HEADING = re.compile(r"^(.{2,24}?)(?:的)?(?:工作|主要|具体|监督检查|(监管))?(?:职责|责任)(?:任务|分工)?$")
# (监管 read as the kind of duty only after a placed unit, 区市场监管局监管职责: 落实部门监管责任 /
# 压实属地政府监管责任 / 部门监管职责 are the kind of responsibility a task heading names, as 企业主体责任 is, no unit)
_DUTY_HEADING_PLAIN = re.compile(r"^(.{2,24}?)(?:的)?(?:工作|主要|具体|监督检查)?(?:职责|责任)(?:任务|分工)?$")
# a heading that opens with its verb (落实部门… / 夯实属地… / 强化行业…) names the work, not a unit
_HEADING_VERB = re.compile(r"夯实|压紧|扛起|履行")
# (or a task list divided by the bodies that carry it out: 四、基本任务清单 / （一）区教体行政部门 / 1.…)
_DUTY_SECTION = re.compile(r"职责|分工|任务清单")
_NO_ONE = re.compile(r"^(?:各?相关|各?有关|其他|其它)|[及和与、]|范围|对象|工作|任务")


def duty_list_holders(items: list[Item], decls: dict[int, Declaration]) -> None:
    """A heading over numbered duties that names the unit they are the duties of (「乡(镇)人民政府的工作职责」, or
    a bare 「公安部门」 under a section on departments' duties): that unit, responsible, for the duties under it
    that name none of their own."""
    aliases = defined_names(items)
    for item in items:
        if not item.children or item.pos in decls:
            continue
        lead_in = lead_in_units(item.body.strip().rsplit("\n", 1)[-1], aliases)
        if lead_in:
            # 区政府应当…履行下列职责： / 街道办事处及镇政府消防工作职责： over (一)…(二)…: the list's unit(s)
            decls[item.pos] = Declaration(resp=lead_in, source="、".join(lead_in), from_heading=True)
            continue
        name = duty_list_holder(item)
        # (a duty under it with units of its own keeps them; the others are the heading's: （一）区教体局 /
        # 1.开展…排查。 / 2.落实…经费（区财政局负责）。 — 1 is 区教体局's)
        if name:
            decls[item.pos] = Declaration(resp=[name], source=name, from_heading=True)


def duty_list_holder(item: Item) -> str:
    """The unit a heading over numbered duties names (乡(镇)人民政府的工作职责 / a bare 公安部门 under a section on
    departments' duties or a task list divided by bodies), or ""."""
    if not item.children:
        return ""
    title = item.title.strip().rstrip("。：:")
    if item.article:                # 第六条（街道办事处监督检查职责）: an article's bracketed heading
        title = re.sub(r"^[（(](.+)[)）]$", r"\1", title)
    m = _DUTY_HEADING.match(title)
    if m and m.group(2) and not _PLACED.match(m.group(1)):
        m = _DUTY_HEADING_PLAIN.match(title)
    name = m.group(1) if m else ""
    if m and (VERB_START.match(name) or _HEADING_VERB.match(name)):
        return ""
    if not m and item.parent is not None and _DUTY_SECTION.search(item.parent.title) and not is_group(title):
        name = title                 # （一）公安部门 under 四、相关职能部门的工作职责
    one, notes, _leads, _odd = split_units(name) if name else ([], {}, [], [])
    if name and looks_like_unit(name) and not _NO_ONE.search(name) and (
            one == [name] or len(one) == 1 and PERSON_NOTE.match(notes.get(one[0], ""))):
        return one[0]                   # (（一）街道综治中心（责任人：陈明）: the unit, its person a note)
    return ""


# the lead-in of a numbered list of one unit's duties, its last words (区政府应当落实…，履行下列职责： /
# 区国动办承担以下监督检查职责： / 街道办事处及镇政府消防工作职责：), not a list of conditions (有下列情形之一的：) or
# of contents (具体内容包括：)
_LEAD_IN = re.compile(r"(?:(?:以下|下列|如下)[\u4e00-\u9fff]{0,10}?(?:职责|责任)|(?:工作|监督检查|主要|具体)职责)"
                      r"[：:]$")
# where the subject of the lead-in ends: its verb or modal (区政府应当… / 区国动办承担以下…), the shortest subject
# that is a unit (a one-character modal not inside another word: 主要 / 应急 are no verb after a subject)
_SUBJECT_VERB = re.compile(r"是|应当|(?<![相对响供适反])应(?!急|用)|(?<![必无])须|必须|"
                           r"(?<![主重需必摘纪提概首只])要|根据|按照|依照|依据|承担|履行|负有|具体|在各自|除履行|协助|配合|负责")
# the duty words closing a lead-in with no verb (街道办事处主要职责： / 镇政府消防工作职责：), read whole first: a
# field's name between the subject and them (消防 / 安全生产) is cut off only where the subject left ends as a body
# does and the field holds no verb (领导小组办公室主要职责： is 领导小组办公室, not 领导小组办 with a field 公室)
_DUTY_TAIL = re.compile(r"(?:的)?(?:工作|监督检查|主要|具体)?职责[：:]$")
# 由A、B等部门组成的工作小组: the body the sentence names is the one after 组成的
_MADE_OF = re.compile(r"^由[^，,。；;：:]{2,80}?组成的")
_SHORT_NAME = re.compile(r"[（(]以下简称[“\"]?([^”\"（）()]{2,16})[”\"]?[)）]")
# 区公安分局、区应急局及其他监督管理部门: a category after the units, no unit
_CATEGORY_AFTER = re.compile(r"(?:及|和|以及|等)(?:其他|其它|有关|相关)[\u4e00-\u9fff]{0,12}"
                             r"(?:部门|单位|机构)$")
# kinds of organisation and persons a rule binds, no units of government (机关、团体、企业、事业单位 /
# 消防安全重点单位 / 居民委员会 / 业主委员会 / 物业服务企业 / 施工单位)
_KIND_OF_BODY = re.compile(r"^各?(?:相关|有关|其他|其它|各类)|各级|企业|公司|机关$|团体|事业单位|重点单位|高危单位|"
                           r"^(?:居民|村民)委员会$|业主|物业|负责人|施工|监理|设计|建设单位|代理机构|服务单位|经营")


def lead_in_units(line: str, aliases: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The units a lead-in line over numbered duties names as those whose duties they are (``区政府应当落实消防
    工作责任制，履行下列职责：`` → ``['区政府']``; ``街道办事处及镇政府消防工作职责：`` → both); [] when the line
    introduces no list of duties or its subject is a kind of organisation (机关、团体、企业 / 物业服务企业). A name
    ending in 单位 is a unit only where the document defines it (``（以下简称“区域管理单位”）``, in ``aliases``)."""
    line = line.strip()
    if not _LEAD_IN.search(line):
        return []
    clause, _sep, rest = re.split(r"([，,。；;])", _SHORT_NAME.sub("", _MADE_OF.sub("", line)) + "。", maxsplit=1)
    tail = _DUTY_TAIL.search(clause)
    if tail:
        head = clause[:tail.start()]
        for k in (0, *range(2, min(8, len(head) - 2) + 1)):
            field = head[len(head) - k:]
            if k and (_SUBJECT_VERB.search(field) or not re.fullmatch(r"[\u4e00-\u9fff]+", field)):
                break
            names = _lead_in_names(head[:len(head) - k], aliases)
            if names and all(BODY_END.search(n) or n in aliases for n in names):
                return names
        if names := _lead_in_names(head, aliases):     # (a name of another ending, read whole)
            return names
    # (工程隐患整治工作小组，具体履行以下职责：: the subject is the whole first clause, its verb after the comma)
    for i in range(2, min(len(clause), 60) + 1):
        if not (_SUBJECT_VERB.match(clause, i) if i < len(clause) else _SUBJECT_VERB.match(rest.lstrip())):
            continue
        names = _lead_in_names(clause[:i], aliases)
        if names:
            return names
    return []


def _lead_in_names(subject: str, aliases: set[str] | frozenset[str]) -> list[str]:
    names, _notes, _leads, odd = split_units(_CATEGORY_AFTER.sub("", subject))
    return names if names and not odd and all(_body_unit(n, set(aliases)) for n in names) else []


def defined_names(items: list[Item]) -> set[str]:
    """The short names a document defines for bodies (``（以下简称“区域管理单位”）``)."""
    return {m.group(1) for item in items for m in _SHORT_NAME.finditer(item.body)}


def _body_unit(name: str, aliases: set[str]) -> bool:
    return (looks_like_unit(name) and not VERB_START.match(name) and not _KIND_OF_BODY.search(name)
            and (not name.endswith("单位") or name in aliases))


def article_units(item: Item, aliases: set[str]) -> list[str]:
    """The units the paragraphs of an article with nothing numbered under it (or of a numbered item of an
    article: 第九条 （三）区国动办应加强…) open with as the subjects of their duties (第十一条（考核评价） /
    区国动办应当从…考核评价。 → ``['区国动办']``; two paragraphs led by two units → both, in order); [] for any
    other item. A paragraph that opens with a condition (新建工程…的，区X应当),
    a heading sentence (加强消防工作领导。区各部门…) or a kind of organisation (建设单位应当…) names none."""
    if item.children or not (item.article or item.parent is not None and item.parent.article):
        return []
    names: list[str] = []
    for paragraph in item.body.split("\n"):
        for n in opening_subject(_SHORT_NAME.sub("", paragraph.strip()), aliases):
            if n not in names:
                names.append(n)
    return names


# words of a verb or a modal, which no name of a unit holds (区应急局应当会同有关部门 is no name)
_VERB_IN_NAME = re.compile(r"应当|会同|负责|组织|依照|按照|根据|依据|通过|牵头|必须|可以|建立|开展|指导|协调|督促|做好")


# what follows the subject: a modal or the verb of its duty (区应急局组织开展… / 区政府建立… / 区国动办应当…), not the
# rest of a longer name (区应急局组 / 区消防安全委|员会 / 应急避难场所|管理单位)
_VERB_AFTER = re.compile(r"应|要|须|必须|负责|牵头|会同|组织|依照|依据|按照|根据|通过|对|建立|开展|指导|协调|督促|做好|"
                         r"在|可|是|承担|履行|落实|加强|推进|定期|及时|每|将|把|实施|制定|结合|配合|协助|采取|作出|统筹|"
                         r"共同|积极|全面|严格|切实|向|具体|还|除|编制|完善|健全|参与|参加")


# a named unit opens with its place or level (区应急局 / 浦东新区国防动员办公室 / 市X / 镇X); a bare 监督管理部门 or
# 行业主管部门 is a role (a name the document defines, 工作小组, is one too)
_PLACED = re.compile(r"^(?:[省市区县镇乡]|[\u4e00-\u9fff]{1,6}?(?:省|市|新区|区|县|镇|乡|街道))")


# a place named alone (吴泾镇会同用地单位…, the plan's own town): the place, not one of its bodies
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|新区|区|县|镇|乡|街道)$")


def opening_subject(paragraph: str, aliases: set[str]) -> list[str]:
    """The named units a paragraph opens with as the subject of its sentence (区应急局组织开展… /
    区应急局、区规划资源局牵头… / 区消防安全委员会应当…): the longest run of units before the first comma whose
    every name ends as a body of government does (or is a short name the document defines) and holds no verb."""
    clause = re.split(r"[，,。；;：:\n]", paragraph, maxsplit=1)[0]
    best: list[str] = []
    for i in range(2, min(len(clause), 48)):
        cand = clause[:i]
        if not _VERB_AFTER.match(clause, i) or cand.count("(") + cand.count("（") != cand.count(")") + \
                cand.count("）") or not (BODY_END.search(cand) or cand in aliases):
            continue
        names, _notes, _leads, odd = split_units(cand)
        if names and not odd and all(_body_unit(n, aliases) and not _VERB_IN_NAME.search(n)
                                     and (BODY_END.search(n) and _PLACED.match(n) and not _PLACE_ONLY.match(n)
                                          or n in aliases) for n in names):
            best = names
    return best


def fold_duty_paragraphs(items: list[Item]) -> tuple[list[Item], dict[int, Declaration]]:
    """A numbered item whose text goes on in unnumbered paragraphs each led by its units (（二）细化职责分工
    / 房管所、规建生态办负责牵头组织… / 房管所负责… / 经发办负责…): the paragraphs divide that item's work, so
    the item is one task holding all their units (those written 负责牵头 / 牵头 lead), not a task each."""
    folds: dict[int, Declaration] = {}
    drop: set[int] = set()
    for item in items:
        kids = item.children
        if (item.unnumbered or item.kind < 2 or len(kids) < 3
                or not all(c.unnumbered and c.unit and not c.children for c in kids)):
            continue
        decl = Declaration()
        lines = [item.body, *(c.body for c in kids)]
        for line in "\n".join(lines).split("\n"):
            names = subject_units(line) or ([u] if (u := leading_unit(line)) else [])
            lead = re.match(r"[^，,。；;]{0,60}?(?:负责牵头|牵头)", line) is not None
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
        folds[item.pos] = decl
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
        head = re.sub(r"[（(]\s*(?:以下)?简称", "(", line)
        alias = re.search(r"[（(]([^（）()]{2,12})[)）]$", head)
        name = alias.group(1) if alias and looks_like_unit(alias.group(1)) else re.sub(r"[（(].*$", "", head)
        return name if looks_like_unit(name) and not _VERBISH.match(name) else None
    return None


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
    return out


_VERBISH = re.compile(r"^(?:负责|加强|做好|完成|协调|组织|开展|落实|推进)")
