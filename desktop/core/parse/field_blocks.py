"""Field blocks: numbered lines that are the fields of one item, not items of their own.

An activity written 「（一）开幕式⏎1、时 间：…⏎2、地 点：…⏎3、承办单位：…⏎4、活动内容：…」 is ONE task whose numbered
lines are its fields (time, place, host, content …); its units field 「承办单位：」「责任单位：」 is the item's units
label (CONVENTIONS.md, round 35 rulings, "Field blocks"). The field words are a closed kind of label — when, where,
who hosts or takes part, what is done, whom to call — never the words of one plan.
"""

from __future__ import annotations

import re

from .dates import LUNAR_GLOSS
from .declarations import find_declaration
from .headings import Item
from .registry import MEMBER_SPLIT
from .shortname import WORK_START
from .task_choice import _ancestors
from .units import Declaration, looks_like_unit

_S = r"\s*"
# the closed kind of field labels an activity's lines are written with (blanks inside: 「时 间」「地 点」)
_WHEN = rf"(?:活动|活動|举办|开展|实施|完成)?(?:[时時]{_S}[间間]|日{_S}期|[时時]{_S}限)"
_WHERE = rf"(?:活动|举办|集中|具体)?(?:地{_S}点|场{_S}地|地{_S}址)"
# (after an activity's aim: its own two-character noun before the time and place, 献血时间 / 献血地点 / 比赛时间)
_NAMED_PLACE = re.compile(rf"^[\u4e00-\u9fff]{{2}}(?:时{_S}间|地{_S}点){_S}[:：]")
_NAMED_WHEN = re.compile(rf"^[\u4e00-\u9fff]{{2}}时{_S}间{_S}(?:[:：]|\n)")
# (the same alone on its line over its value 「1.汇演时间⏎2018年11月30日 09:00-11:30」「2.汇演地点⏎…广场」)
_NAMED_HEAD = re.compile(rf"^[\u4e00-\u9fff]{{2}}(?:时{_S}间|地{_S}点){_S}(?:\n|$)")
# (「3、负责单位:汤口社区」: the body that answers for the activity, as 责任单位 does)
_ROLE = r"(?:承办|主办|协办|组织|责任|负责|牵头|实施|执行|配合|参办|会办)"
# (the roles may share one 单位 「主办、承办、协办单位:」: the heading line of the units fields below it)
_UNITS = rf"{_ROLE}(?:[、和及与]{_ROLE})*(?:单位|部门)"
# (its name, method and running order 「1、活动名称:…」「5、活动方法:…」「5.活动流程⏎时间⏎内容…」「(二)活动日程⏎…」:
# fields of the one activity, as its content and form are)
_WHAT = rf"(?:活动|主要|具体|工作)?(?:内{_S}容|形{_S}式|方{_S}式|主{_S}题)|活动(?:名{_S}称|方{_S}法|流{_S}程|日{_S}程)"
# (a contest's way of entering 「4、组队形式:以村居为单位…」「参赛方式」: a field of the one contest)
# (and how it is judged and run 「3、比赛评分:…」「4、比赛评委:…」「5、比赛顺序:…」: fields of the one contest too)
# (and an event's own rules and prizes 「2、活动规则:…」「3、奖项设置:…」: how the guessers take part, what they win —
# the one event's fields, Round 89's decided x330_05; "Round 102 rulings, written early" confirmed x366_01 四)
_ENTRY = rf"(?:组队|参赛|比赛|竞赛)(?:形{_S}式|方{_S}式|规{_S}则|评{_S}分|评{_S}委|顺{_S}序|奖{_S}项)" \
    rf"|活动规{_S}则|奖{_S}项(?:设{_S}置)?"
# the events an activity holds 「4、活动项目:⏎⑴…」 (its programme, a field of the one activity)
_EVENTS = rf"(?:活动|比赛|竞赛)项{_S}目"
_WHO = (r"(?:参加|参与|参赛|参演|参展|活动|服务)(?:人员|对象|单位|范围|人数|形式)|(?:参加|出席)(?:领导|嘉宾)"
        r"|报名(?:方式|办法|时间)"
        r"|联系(?:人|电话|方式)|负责人"
        # (a meeting's fields 「2.主 持 人:…」「3.参会人员:」「4.会议议程:」: who chairs, who attends, its agenda;
        # who attends at which venue 「(三)主会场参会人员」)
        rf"|主{_S}持{_S}人?|(?:主会场|分会场)?(?:参会|与会|出席|列席)(?:人员|对象|单位|领导)|(?:会议)?议{_S}程")
# a field an activity's safety or work is written with 「(三)预计观众人数」「(四)安全防范重点」「(五)安全防范措施」,
# read as a field only beside a time or place field (alone they are a plan's own headings)
_CARE = r"(?:预计)?[\u4e00-\u9fff]{0,4}人数|(?:安全)?(?:防范|保障)(?:重点|措施|要求)" \
    rf"|(?:活动|参加|参赛)要{_S}求"      # (「2.活动要求:⏎①…②…」: what the activity asks of those taking part)
# who a call is for and on what terms 「1、征集对象:… 2、征集办法:… 3、征集条件:…」 (lists that give no work, round 35)
_TERMS = r"(?:征集|招募|招收|报名|申报|参评|评选|推荐)(?:对象|办法|条件)"
# a project card's fields 「(一)责任领导:… (二)责任单位:… (四)项目内容及任务分解:… (五)资金筹措:… (六)完成时限:…」:
# the leader who answers for it (a person), what it builds and how it is paid for (round 35: fields of the one item)
_LEADER = r"(?:责任|牵头|分管|联系|包保)领导"
_PROJECT = (rf"{_LEADER}|(?:项目|建设|工程)(?:内容|规模)(?:及任务分解)?|任务分解"
            r"|资金(?:筹措|来源)")
# a ceremony's preparations and running order 「4、准备:⏎(1)舞台搭设…」「5、程序:⏎(1)…主持」 (fields of the one event,
# as its 活动流程 is; a content head 「活动内容」 over numbered lines stays items of their own)
_ORDER = rf"(?:活动|仪式|会议)?(?:程{_S}序|流{_S}程|准{_S}备(?:工作)?)"
# the route a walk or a ride follows 「3、活动线路:…」 (where the activity goes, a field as its place is)
_ROUTE = rf"(?:活动|比赛|竞赛|行进|徒步|骑行)(?:线{_S}路|路{_S}线)"
_NAMES = rf"{_WHEN}|{_WHERE}|(?:安全)?{_UNITS}|{_WHAT}|{_ENTRY}|{_EVENTS}|{_WHO}|{_CARE}|{_TERMS}|{_PROJECT}|{_ORDER}" \
    rf"|{_ROUTE}"
# (two fields in one label 「时间、地点:」)
_FIELD = re.compile(rf"^(?:{_NAMES})(?:[、和及与](?:{_NAMES}))?{_S}[:：]")
# a project's work field 「1、任务⏎完成…」 (the item's work), a field only beside another kind of field
_WORK_FIELD = re.compile(rf"^(?:主要|工作|建设|具体|目标)?任{_S}务{_S}(?:[:：]|\n)")
# the body a project's field names to carry it 「2、项目攻坚领导小组⏎组长:…⏎成员单位:…」: a group's name alone on its
# line, its persons and member bodies on the lines below
_GROUP_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:领导小组|工作专班|工作组|指挥部)\s*[:：]?\s*\n"
                          r"(?:(?:副?组长|副?指挥长|成员(?:单位)?)\s*[:：].*(?:\n|$))+$")
# the group's member bodies 「成员单位:A、B」「成员:A、B」 (its 组长 are persons, never units)
_MEMBERS = re.compile(r"^成员(?:单位)?\s*[:：](.+)$", re.M)
# a heading that gives out work 「重点项目和责任分工」: its items' groups name their responsible units (round 39)
_SHARING = re.compile(r"分工|责任")
# the label alone on its line, its value on the lines below 「(一)活动时间⏎1月26日—2月19日」
_FIELD_HEAD = re.compile(rf"^(?:{_NAMES}){_S}[:：]?{_S}(?:\n|$)")
# (a content field's label alone on its line over numbered lines of work 「(二)活动内容⏎1、…」)
_CONTENT_HEAD = re.compile(rf"^{_WHAT}{_S}[:：]?$")
# an activity's content and what it asks of those taking part 「2.活动内容:…」「3、活动要求:…」 (``_is_block``)
_ASK_WORDS = rf"(?:活动|参加|参赛)要{_S}求"
_ASK = re.compile(rf"^{_ASK_WORDS}{_S}[:：]")
_CONTENT_OR_ASK = re.compile(rf"^(?:(?:活动|主要|具体|工作)?内{_S}容|{_ASK_WORDS}){_S}[:：]")
_PLACED = re.compile(rf"^(?:{_WHEN}|{_WHERE}){_S}[:：]?")
# (a project card's leader field 「(一)责任领导:高勤」: the card's fields may hold numbered lines as an activity's do)
_LEADER_FIELD = re.compile(rf"^{_LEADER}{_S}[:：]")
# (a 参加单位 field inside one item's fields names its responsible units, round 42 — as 参与单位 does)
# (who performs or shows in it 「3、参演单位:…舞龙队」: bodies taking part, as 参加单位)
_UNITS_FIELD = re.compile(rf"^(?:安全)?(?:{_UNITS}|参(?:加(?:宣传)?|演|展)(?:单位|部门)){_S}[:：]")
_TAKING_PART = re.compile(r"^参(?:加(?:宣传)?|演|展)(?=单位|部门)")
_WHEN_FIELD = re.compile(rf"^{_WHEN}{_S}(?:[:：]|\n)")
# an item's own time field on a line of its text 「活动时间:9月」「活動時間:3月4日上午10:00」 (Round 40: its date)
_WHEN_LINE = re.compile(rf"^[ \t　]*{_WHEN}{_S}[:：]", re.M)
# an activity's day and hour in the item's own text 「6月3日8:30-11:00」「5月20日上午9时」
_OWN_TIME = re.compile(r"\d{1,2}日(?:[上下]午|晚上?)?\d{1,2}[:：时点]")
_BLANKS = re.compile(r"[ \u3000]+")
_BROKEN_DATE = re.compile(r"^([ \t　]*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2})[ \t　]*\n[ \t　]*(?=[年月日号])")
# (not a day's lunar gloss 「2月8日(初一)至2月13日(初六)」: the span goes on after it, x295_01)
_ASIDE = re.compile(r"[（(](?!" + LUNAR_GLOSS + r"[)）])|[，,；;。\n]")


def _field(body: str) -> bool:
    """A field line: a label of the closed kind, or a time or place named by the activity's own noun 「竞赛时间:」
    「放映地点:」 (with a colon, or alone on its line over its value)."""
    body = body.strip()
    return _FIELD.match(body) is not None or _FIELD_HEAD.match(body) is not None \
        or _NAMED_HEAD.match(body) is not None or _NAMED_PLACE.match(body) is not None


def _project_block(written: list[Item]) -> bool:
    """「1、任务⏎完成…⏎2、项目攻坚领导小组⏎组长:…⏎成员单位:…」「1、任务:… 2、责任单位:… 3、完成时限:…」: a project's
    work and the group, units or time that go with it (the project is the task, round 39); every line a field, the work
    field and another kind of field among them."""
    bodies = [c.body.strip() for c in written]
    work = [b for b in bodies if _WORK_FIELD.match(b)]
    return bool(work) and len(work) < len(bodies) \
        and all(_WORK_FIELD.match(b) or _GROUP_FIELD.match(b) or _field(b) for b in bodies)


def _members(item: Item, kids: list[Item]) -> list[str]:
    """The member bodies of a project's group, read as its responsible units under a heading that gives out work."""
    if not any(_SHARING.search(a.title) for a in _ancestors(item)):
        return []
    out: list[str] = []
    for kid in kids:
        if not _GROUP_FIELD.match(kid.body.strip()):
            continue
        for m in _MEMBERS.finditer(kid.body):
            names = [n.strip(" 。.") for n in MEMBER_SPLIT.split(m.group(1))]
            out += [n for n in names if n and looks_like_unit(n) and n not in out]
    return out


# the running order of one event 「四、活动内容⏎1.启动仪式:⏎…主持;⏎…讲话。⏎2.名医义诊;⏎3.赠送香囊…;⏎…」: its first line
# the opening ceremony, every other a short line of one show or service — the programme, one task of fields (round 52's
# x238_03); activities each given by a sentence of work 「1、组织群众开展…活动,…」 stay items (round 51's x168_05)
# (or a visit's running order under 「五、活动过程:」 that opens with a leader's speech 「1、学校领导讲话。(…)」: the
# one visit's programme, Round 104 on x372_07 五 — Round 99's x360_03 议程)
_CEREMONY = re.compile(r"^(?:(?:启动|开幕|开营|开班|揭牌|启幕)(?:仪式|式)|[\u4e00-\u9fff]{0,6}领导(?:讲话|致辞))"
                       r"\s*(?:[:：;；。]|$)")
_PROGRAMME_HEAD = re.compile(r"^(?:活动|主要|具体)?(?:内容|流程|程序|议程|过程)[:：]?$")
_GIVES_WORK = re.compile(r"负责|牵头|会同|落实|承担|^由")      # (a line that gives a body work: an item of its own)
# (… or names its body in a bracket 「2.义诊服务（县卫健局）；」: the unit of that line's work, rule 1 — rv57)
_BRACKET = re.compile(r"[（(]([^（）()]{2,40})[)）]")


def _names_a_body(line: str) -> bool:
    return any(looks_like_unit(n.strip()) for m in _BRACKET.finditer(line) for n in MEMBER_SPLIT.split(m.group(1)))
_PROGRAMME_LINE = re.compile(r"^[^。；;，,\n]{2,30}(?:[，,][^。；;，,\n]{2,24})?[；;。]?$")


# a meeting's agenda 「三、大会议程 … 1、大会开始,由…同志宣读主持词; 2、鸣炮,奏国歌; … 9、…,大会闭幕」: persons' acts in
# the one meeting's order, its programme (round 52's x238_03; Round 74's x294_06 三) — its lines may hold three short
# clauses, and 由 a person (…同志／书记／镇长…) gives no body work
_AGENDA_HEAD = re.compile(r"^(?:大会|会议)(?:议程|程序|流程)[:：]?$")
_AGENDA_LINE = re.compile(r"^[^。；;，,\n]{2,30}(?:[，,][^。；;，,\n]{2,24}){0,2}[；;。]?$")
_PERSON_BY = re.compile(r"^由[^，,。；;]{1,16}?(?:同志|书记|[镇乡县区市]长|主任|主席|委员|主持人)")


def _agenda(item: Item) -> bool:
    """``item`` a meeting's agenda (``_AGENDA_HEAD``) over three numbered lines at least, the first opening the
    meeting 「大会开始」, each a short line of persons' acts that gives no body work."""
    kids = item.children
    if len(kids) < 3 or any(c.children for c in kids) or not _AGENDA_HEAD.match(item.title.strip()) \
            or not re.match(r"(?:大会|会议)开始", kids[0].body.strip()):
        return False
    return all(_AGENDA_LINE.match(line.strip()) and (not _GIVES_WORK.search(line) or _PERSON_BY.match(line.strip()))
               for c in kids for line in c.body.strip().split("\n"))


# the services of one service day 「服务时间:上午8:40—11:30⏎服务内容:1、政策法规宣传⏎负责人:⏎2、志愿劳动⏎负责人:⏎3、…」:
# noun lines numbered after the block's 内容 label, each over an empty person's field — the one day's parts, held at its
# one time, one task of fields (round 70's x288_03; "Round 102 rulings, written early" on x366_03 二/(一)); lines that
# give work 「1.开展…活动。…⏎负责人:夏守恒」 stay items
_CONTENT_RUN_IN = re.compile(r"(?:^|\n)[^\n。；;]{0,6}内容\s*[:：]\s*(?:[1１一][、.．]\s*)?[^\n。；;，,]{2,30}"
                             r"\n\s*(?:负责人|责任人|联系人)\s*[:：]\s*$")
_BLANK_PERSON = re.compile(r"^(?:负责人|责任人|联系人)\s*[:：]\s*$")
_ONE_TIME = re.compile(r"(?:^|\n)[^\n。；;]{0,6}时间\s*[:：]")


def _service_list(item: Item) -> bool:
    """``item`` a block whose 内容 label opens a list of services, each numbered line a noun over an empty 负责人 field,
    with its one time field (``_CONTENT_RUN_IN``)."""
    kids = item.children
    if not kids or any(c.children for c in kids) or not _CONTENT_RUN_IN.search(item.body.rstrip()) \
            or not _ONE_TIME.search(item.body):
        return False
    for c in kids:
        lines = [ln.strip() for ln in c.body.strip().split("\n") if ln.strip()]
        if len(lines) != 2 or not _BLANK_PERSON.match(lines[1]) or not _PROGRAMME_LINE.match(lines[0]) \
                or _GIVES_WORK.search(lines[0]) or WORK_START.match(lines[0]):
            return False
    return True


def _programme(item: Item) -> bool:
    """``item`` a 活动内容 heading over the running order of one event (see ``_CEREMONY``), a meeting's agenda
    (``_agenda``), or a service day's list of services (``_service_list``)."""
    if _agenda(item) or _service_list(item):
        return True
    kids = item.children
    if len(kids) < 3 or any(c.children for c in kids) or not _PROGRAMME_HEAD.match(item.title.strip()) \
            or not _CEREMONY.match(kids[0].body.strip()):
        return False
    return all(_PROGRAMME_LINE.match(line.strip()) and not _GIVES_WORK.search(line) and not _names_a_body(line)
               for c in kids[1:] for line in c.body.strip().split("\n"))


def _is_block(item: Item, last: bool = False) -> bool:
    """Every line numbered under ``item`` is a field (a cut one may stand empty), and two at least are written (or all
    but the first, the activity's aim, three at least with a time or place field among them); a field
    may hold numbered lines of its own 「(五)安全防范措施⏎1.…⏎2.…」 (they are its content), when a time or place field
    is among them and those lines hold no more levels. ``last``: the item's one numbered line is the page's last
    item 「(一)开展…活动。 1.活动内容:在全县…组织有」 (the page cut after the activity's first field: its field all
    the same)."""
    kids = item.children
    if _programme(item):
        return True
    if last and len(kids) == 1 and not kids[0].children and _FIELD.match(kids[0].body.strip()) \
            and not _UNITS_FIELD.match(kids[0].body.strip()):
        return True
    if len(kids) < 2 or any(g.children for c in kids for g in c.children):
        return False
    if any(_record(c.body) for c in kids):
        return False        # (「1、活动内容:开幕日⏎活动时间:9月18日⏎主办:…」: each numbered line an activity)
    if any(c.children and _CONTENT_HEAD.match(c.body.strip()) for c in kids):
        return False        # (「(二)活动内容⏎1、…⏎2、…」: the activity's work in numbered items, each its own item)
    written = [c for c in kids if c.body.strip()]
    if len(written) >= 2 and not any(c.children for c in kids) and _project_block(written):
        return True
    if len(written) >= 4 and not _field(written[0].body) and not any(c.children for c in kids) \
            and all(_field(c.body) or _NAMED_PLACE.match(c.body.strip()) for c in written[1:]) \
            and any(_PLACED.match(c.body.strip()) or _NAMED_PLACE.match(c.body.strip()) for c in written):
        return True         # (「1、计划完成献血人数206人。2、参加对象:… 3、献血时间:…」: the aim, then fields)
    if _time_place_list(written, last):
        return True
    head = next((k for k, c in enumerate(written) if not _field(c.body)), len(written))
    if 4 <= head and 1 <= len(written) - head <= 2 and not any(c.children or _field(c.body) for c in written[head:]) \
            and any(_PLACED.match(c.body.strip()) for c in written):
        return True         # (「1、时间、地点:… 2、参加领导:… 3、参加人员:… 4、活动项目:… 5、宣传展示⏎…」: fields, then
        #                        one line of the activity's own — or two 「5.筹备工作由A负责。6.请B派记者参加。」)
    if len(written) < 2 or not all(_field(c.body) for c in written):
        return False
    if all(_CONTENT_OR_ASK.match(c.body.strip()) for c in written) \
            and any(_ASK.match(c.body.strip()) for c in written):
        return False        # (「2.活动内容:…开展…征集。 3、活动要求:各班利用…进行活动,…」: the work and what it asks,
        #                        no time, place or host beside them — items of their own, as _CARE's fields alone are)
    # (「(三)集中宣传。6月3日8:30-11:00,在…开展… 1.参加单位:… 2.活动要求:⏎①…」: the time in the item's own text)
    return not any(c.children for c in kids) \
        or any(_PLACED.match(c.body.strip()) or _NAMED_HEAD.match(c.body.strip()) or _LEADER_FIELD.match(c.body.strip())
               for c in written) \
        or _OWN_TIME.search(item.body) is not None


# a label line of the activity's own 「3.花灯主题:…」「2.烟花燃放地点:…」「4.交通管制区域:…」: a few words, then a colon
_OWN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,10}\s*[:：]")
# the page's cut inside the last line's label 「5.燃放(」: a few words, no sentence and no colon
_CUT_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,10}[(（]?$")


def _time_place_list(written: list[Item], last: bool) -> bool:
    """「1.时间:…⏎2.地点:…⏎3.花灯主题:…」「1.时间:… 2.烟花燃放地点:… 3.市民集中观看地点:… 4.交通管制区域:…」: numbered
    lines that open with the activity's time, then its place, are its field list (Round 83 on x312_06: one task a
    block), each line after them a label with a colon — the last one cut by the page allowed. Not lines of work
    after a time line 「1.时间:… 2.各村要组织…」."""
    bodies = [c.body.strip() for c in written]
    if len(bodies) < 3 or any(c.children for c in written) or not _WHEN_FIELD.match(bodies[0]):
        return False
    if not (_PLACED.match(bodies[1]) or re.match(rf"^[\u4e00-\u9fff]{{2,8}}(?:{_WHERE}){_S}[:：]", bodies[1])):
        return False
    rest = bodies[2:-1] if last and _CUT_LABEL.match(bodies[-1]) else bodies[2:]
    return all(_field(b) or _OWN_LABEL.match(b) for b in rest)


def _record(body: str) -> bool:
    """A numbered line that holds fields of its own on the lines below its first (content, then time, place, host):
    one activity's record, an item of its own — not one field of the item above (round 35's blocks are a field a
    line)."""
    rows = [ln.strip() for ln in body.strip().split("\n") if ln.strip()]
    # (not a units field over its roles 「3.主办单位:A⏎承办单位:B⏎协办单位:C」: one field of the item above)
    # (nor a running order's table 「5.活动流程⏎时间⏎内容⏎9:00-9:30⏎签到」: its column heads hold no values)
    filled = [r for r in rows if _FIELD.match(r) or r.startswith(("主办", "主辦"))]
    return len(rows) >= 3 and _field(rows[0]) and len(filled) + (not _FIELD.match(rows[0])) >= 3 \
        and any(not _UNITS_FIELD.match(r) for r in filled)


def _lines(kid: Item) -> list[str]:
    """A field's text, the numbered lines it holds after it (marker kept: 「1.每天安排…」)."""
    out = [kid.body.strip()] if kid.body.strip() else []
    return out + [f"{g.marker}{g.body.strip()}" for g in kid.children if g.body.strip()]


def _split_blanks(names: list[str]) -> list[str]:
    """「城关镇人民政府 天龙镇人民政府」: bodies a field lists one after another with blanks between."""
    out: list[str] = []
    for name in names:
        parts = [p for p in _BLANKS.split(name.strip()) if p]
        out.extend(parts if len(parts) > 1 and all(looks_like_unit(p) for p in parts) else [name])
    return out


def _units_decl(line: str) -> Declaration | None:
    """What a units field 「承办单位：A、B」 declares, or None where it names no body."""
    decl = find_declaration(_TAKING_PART.sub("参与", line.removeprefix("安全")))
    return decl if decl is not None and (decl.lead or decl.resp) else None


class Fields:
    """What the folded field lines give, by item position: the units field's declaration, the time field's words."""

    def __init__(self) -> None:
        self.units: dict[int, Declaration] = {}
        self.when: dict[int, str] = {}


def fold_field_blocks(items: list[Item]) -> tuple[list[Item], Fields]:
    """The items whose numbered lines are only fields take those lines into their own text (one task each);
    what their units and time fields say (the item's units label and its date, the activity's day)."""
    fields = Fields()
    decls = fields.units
    drop: set[int] = set()
    end = items[-1].pos if items else -1
    for item in items:
        if not _is_block(item, any(c.pos == end for c in item.children)):
            continue
        kids = item.children
        lines = [line for c in kids for line in _lines(c)]
        for line in lines:
            if (when := _WHEN_FIELD.match(line) or _NAMED_WHEN.match(line)) and item.pos not in fields.when:
                # the value up to its first aside 「1月26日—2月19日(每周二至周日)」「1月30日—2月22日,每晚…」
                fields.when[item.pos] = _ASIDE.split(line[when.end():].strip(), maxsplit=1)[0]
            if not _UNITS_FIELD.match(line) or (decl := _units_decl(line)) is None:
                continue
            have = decls.setdefault(item.pos, Declaration(source=line))
            for name in _split_blanks(decl.lead):
                if name not in have.lead:
                    have.lead.append(name)
            for name in _split_blanks(decl.resp):
                # (a name of one character is a body's name the page cut 「…、县妇联、团」, round 36: none)
                if name not in have.resp and name not in have.lead and len(name) > 1:
                    have.resp.append(name)
        if members := _members(item, kids):
            have = decls.setdefault(item.pos, Declaration(source=item.body))
            have.resp += [n for n in members if n not in have.resp and n not in have.lead]
        item.body = "\n".join(b for b in (item.body.rstrip(), *lines) if b)
        drop.update(c.pos for c in kids)
        drop.update(g.pos for c in kids for g in c.children)
        item.children = []
        item.fields = True
    for item in items:
        if item.pos not in drop and any(c.children and _CONTENT_HEAD.match(c.body.strip()) for c in item.children):
            # (「(一)活动时间⏎7月2日—9月2日」 beside 「(二)活动内容⏎1、…」: a field of the activity, no task, round 42)
            fields_only = [c for c in item.children if not c.children and _field(c.body)]
            # (but its units field 「(三)责任单位：镇文化站」 names who does the numbered work: the content
            # items' units, review of round 43 — only the time, place, aim and theme fields go)
            content = [c for c in item.children if c.children and _CONTENT_HEAD.match(c.body.strip())]
            for c in fields_only:
                if _UNITS_FIELD.match(c.body.strip()) and (decl := _units_decl(c.body.strip())) is not None:
                    for head in content:
                        have = decls.setdefault(head.pos, Declaration(source=decl.source))
                        have.lead += [n for n in _split_blanks(decl.lead) if n not in have.lead]
                        have.resp += [n for n in _split_blanks(decl.resp)
                                      if n not in have.resp and n not in have.lead]
            drop.update(c.pos for c in fields_only)
            item.children = [c for c in item.children if c not in fields_only]
    return [i for i in items if i.pos not in drop], fields


def when_line(body: str) -> str:
    """The words of the first time field on a line of the item's text (up to its first aside), or ""."""
    m = _WHEN_LINE.search(body) if "间" in body or "間" in body or "限" in body else None
    # (a date the page broke after its figure 「时间:4⏎月2日——4月3日」: one value, Round 83 on x312_04 四/4)
    value = _BROKEN_DATE.sub(r"\1", body[m.end():], count=1) if m else ""
    return _ASIDE.split(value.split("\n", 1)[0].strip(), maxsplit=1)[0] if m else ""


def lone_field_units(items: list[Item], decls: dict[int, Declaration], fields: Fields) -> set[int]:
    """Where a plan's only written units are the 参加单位 field of one activity's block 「(三)集中宣传。…
    1.参加单位:A、B… 2.活动要求:…」 among several items of its kind that name none: that field names the activity's
    units, but does not alone make the plan one whose tasks name units (its other items are tasks as much, as with
    a sharing bracket, ``shared_brackets.sharing_only``). The field's positions, or none."""
    if not decls or set(decls) - set(fields.units) \
            or not all(_TAKING_PART.match(d.source.strip()) for d in decls.values()):
        return set()
    by_pos = {i.pos: i for i in items}
    kinds = {by_pos[p].kind for p in decls if p in by_pos}
    alike = [i for i in items if i.kind in kinds and not i.children]
    return set(decls) if len(decls) * 2 <= len(alike) else set()
