"""The kinds of a plan's top-level sections by their titles: how things stand or what the plan covers
(no work), its goals, rules, safeguards and schedule (no tasks where the tasks name units), what it opens with,
the places it works in, the points that only say who hosts or carries out the whole event.
Shared by ``tasks`` (which items are tasks) and ``rule_chapters`` (a plan written as rules)."""

from __future__ import annotations

import re

from .childless_points import theme_work
from .headings import Item
from .schedule import SCHEDULE_WORDS
from .section_words import AIM_HEADS, GUARANTEES_SECTION, REQUIREMENT_WORDS
from .shortname import WORK_START
from .unit_labels import LABEL
from .units import looks_like_unit

# sections that describe how things stand (背景, 现状, 编制依据) or what the plan covers (适用范围): their
# numbered items are never work.
# The numbered items of a 基本原则 / 工作目标 / 保障措施 / 实施步骤 section are, where no unit is named
# for them, as the plan numbers them like its tasks (EXPECTED.md: every lowest numbered item is a task)
_NO_WORK_WORDS = ("实施背景", "发展基础", "发展现状", "发展趋势", "背景", "现状", "形势", "适用范围", "编制依据")
NO_WORK_SECTION = re.compile("|".join(_NO_WORK_WORDS))
# a guide's or a call's section of papers 「六、提交材料（电子文件上传）」「五、申报材料」: what the applicant hands in,
# however its rows and tables are numbered — never work (round 35's materials lists; the applicant's own steps,
# round 52's x236_03), a top heading that is only that
# (「四、需准备的资料」 alike; and a procedure's own part 「（一）…申报操作规程 ⏎ 4.提交材料 ⏎ （1）…」: its lines
# are the papers too, wherever the heading stands — ``no_work_part``)
PAPERS_SECTION = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:提交|申请|申报|所需|办理|报送|准备|需提供的?)(?:的)?"
                            r"(?:材料|资料)(?:清单|目录|要求)?\s*(?:[（(][^）)]{0,12}[）)])?\s*[。.：:]?$")
# a procedure's part that says what it covers or who applies 「（一）…操作规程 ⏎ 1.适用范围 ⏎ 总投资在…的项目 ⏎
# 2.申报主体 ⏎ …的建设单位」: a scope's definition (round 66's x81_04) and the applicant (round 30), no work at
# any level
_SCOPE_PART = re.compile(r"^(?:适用范围|适用对象|申报主体|申请主体|申报对象|申请对象)\s*[。.：:]?$")


_STEPS_PART = re.compile(r"^(?:操作|办理|申报|工作)?(?:流程|程序)\s*[。.：:]?$")


_APPLICANT_PART = re.compile(r"^(?:申报|申请)(?:主体|对象)\s*[。.：:]?$")


def _procedure_part(part: Item) -> bool:
    """``part`` is headed by its scope or applicant among a procedure's parts, nested in the plan: a sibling headed by
    the papers, or by the steps beside one headed by the applicant (「1.适用范围 2.申报主体 3.操作流程 4.提交材料」) —
    not a plan's own 「（一）适用范围」 over its work, even beside its own 「（三）申报流程」
    (a scope and steps alone are a plan's points: the steps give work, the scope may too)."""
    if part.parent is None or _SCOPE_PART.match(part.title) is None:
        return False
    siblings = part.parent.children
    return any(PAPERS_SECTION.match(s.title) for s in siblings) or (
        any(_STEPS_PART.match(s.title) for s in siblings)
        and any(s is not part and _APPLICANT_PART.match(s.title) for s in siblings)
        or (_APPLICANT_PART.match(part.title) is not None and any(_STEPS_PART.match(s.title) for s in siblings)))


def no_work_part(item: Item) -> bool:
    """Whether a heading of papers (``PAPERS_SECTION``) stands over ``item`` at any level, or a procedure's part
    headed by its scope or its applicant (``_procedure_part``) is ``item`` or stands over it."""
    if _procedure_part(item) and not item.unit:
        return True
    parent = item.parent
    while parent is not None:
        if PAPERS_SECTION.match(parent.title) or _procedure_part(parent):
            return True
        parent = parent.parent
    return False


# sections about goals, rules or safeguards (seeds EXPECTED.md lines 3–5: their items that name no unit are not
# tasks where the plan's tasks name units)
_RULE_WORDS = ("工作目标", "总体目标", "主要目标", "发展目标", "目标要求", "总体要求", "指导思想", "基本原则",
               "工作原则", "保障措施", "组织保障", "工作保障", "保障机制", "组织实施", *REQUIREMENT_WORDS)
RULE_SECTION = re.compile("|".join(_RULE_WORDS))
# … those, the schedule's and the ones above: their items are not tasks in a plan whose tasks name units
NON_TASK_SECTION = re.compile("|".join((
    *_RULE_WORDS,
    *(w for w in SCHEDULE_WORDS if w in ("工作安排", "进度安排", "实施步骤", "时间安排", "方法步骤", "步骤安排")),
    *_NO_WORK_WORDS)))
# safeguards and steps: numbered work the plan writes in prose (（一）明确责任分工 / 按照…原则，各单位要…), tasks
# by the seeds' convention (every lowest numbered item) even where the plan's other tasks name their units
SAFEGUARDS_OR_STEPS = re.compile(r"保障措施|组织保障|工作保障|保障机制|实施步骤|方法步骤|步骤安排|进度安排|时间安排")
# a section of the places the plan works in, each item headed by a place (三、重点片区 / 四、重点区域 / 重点功能板块)
# (also 「三、重点片区建设任务」「重点区域。」): its items' headings name places, not the units doing the work
PLACES_SECTION = re.compile(r"(?:重点|主要|核心|特色|功能)[\u4e00-\u9fff]{0,4}?(?:片区|区域|地区|板块|街区|商圈)"
                            r"(?:建设|发展|提升|更新)?(?:任务|工作|安排|布局)?\s*[。.：:]?$")
# the sections a plan opens with, before its work: goals, principles, why it matters
# (二、整治目标 / 三、整治范围 of a campaign: its aims and where it runs, run into its text or not — never a heading
# of more parts, 二、整治目标和任务 / 三、整治范围和重点, that may hold the work)
OPENING_SECTION = re.compile(NON_TASK_SECTION.pattern + r"|目标任务|重要意义|重要性|必要性|基本思路|总体思路"
                             # (二、实施范围全镇主要河道和沟塘。)
                             r"|^(?:(?:整治|治理|检查|排查|攻坚|专项)(?:目标|范围)|实施范围)(?![和及与、并]|任务|重点)")
# articles of a plan written in articles that say what words mean, who sits on its bodies, who oversees it, what
# follows a breach or whose duty is what (第七条　名词解释 / 第五条　组织机构 / 第六条　监督检查 / 第二条　工作职责):
# provisions about the plan, no work of their own
NON_WORK_ARTICLE = re.compile(r"^(?:名词解释|释义|用语含义|含义|术语解释|组织机构|组织领导|领导小组|监督检查|"
                              r"法律责任|罚则|附则|施行日期|生效日期|解释权)$")
# (the whole title: 第五条　履行全面管理职责 / 第十一条　日常监督检查及督促整改 are work)
# a 职责分工 article or section 「二、职责分工」「部门职责」: a heading that gives out work, so its text is work
# where it gives bodies work (Round 51 rulings, x215_03 二) — ``headed_points`` reads where that makes it a task
DUTY_ARTICLE = re.compile(r"^(?:工作|部门|主要)?职责(?:分工)?$")
# the title or header of a list of problems found (典型问题清单 / 隐患清单 / 问题大类 | 具体描述): what units are to
# check themselves against, not work
PROBLEM_LIST = re.compile(r"问题清单|隐患清单|问题汇总表?|问题台账|问题大类|存在(?:的)?问题$|问题描述$")


def problem_list(run: list[Item], before: list[Item]) -> bool:
    """A list of problems issued after the notice's signature (…典型问题清单 / 问题大类 / 具体描述 / 1.未设置…):
    not the plan's work, unless its items label units or time limits (an 整改清单's 责任单位 / 整改时限)."""
    head = re.split(r"\n(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\n", before[-1].body)[-1] if before else ""
    return run[0].restart and head != before[-1].body and PROBLEM_LIST.search(head) is not None \
        and not _PLAN_TITLE.search(head) and not any(LABEL.search(i.body) for i in run)


# 「生态环境突出问题清单整改工作方案」: the title of a plan (or notice) about a problem list is the plan itself
_PLAN_TITLE = re.compile(r"(?:方案|办法|通知|意见|计划|规定|细则|要点|决定)\s*(?:\n|$)")


# a point that only says who hosts, checks or carries out the whole event (四、主办单位：XX区人民政府 /
# 五、承办单位：区总工会、区体育局 / 二、检查单位：… / 三、具体实施单位：…): a plan-level field, no task and no
# item units (CONVENTIONS.md round 42); a unit label of the work (责任单位 / 牵头单位 / 配合单位) is none, nor a
# field over work (参加单位：各村要组织…)
_EVENT_FIELD = re.compile(r"(?:主办|承办|协办|联办|检查|具体实施|实施|执行|参加|参与|支持|指导)单位\s*[:：]\s*"
                          r"(?P<names>[^。；;:：]{2,200}?)[。.]?")


# … or under a heading of them, 「三、主办、承办单位」 over 「主办单位：A」「承办单位：B」 lines
_HOSTS_HEADING = re.compile(r"(?:(?:主办|承办|协办|联办|支持|组织|实施)[、和及与]?)+单位[:：]?")
# (a village or community hosting 「承办单位:铁岭县剧团⏎…⏎凡河镇五角湖村」: a body by its place, in such fields only)
_HOST_PLACE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:村|社区|居委会|村委会)")
# … or a point 「三、组织领导」 whose whole text says who hosts it: 「本次活动由县委宣传部主办，县文联承办。」
# (headed as such 「组织领导」「组织机构」「主办单位」 — not 「二、举办全县职工篮球赛 ⏎ 由县体育局承办。」,
# work: review 41)
_HOSTS_TITLE = re.compile(r"组织(?:领导|机构|架构|单位|实施|保障|分工|$)|(?:主办|承办|协办|联办)|单位|机构")
_HOSTS = re.compile(r"(?:(?:本次|此次)?[\u4e00-\u9fff“”]{0,12}?由)?(?P<names>[^，,。；;由]{2,80}?)"
                    r"(?:主办|承办|协办|联办)")


def _names(text: str) -> bool:
    # (「A和B」 two bodies, but 和 inside one name 「县卫生和计划生育局」 stays: the whole piece a body's name)
    names = [n for n in re.split(r"[、，,\s]+", text.strip()) if n]
    return bool(names) and all(looks_like_unit(n) or all(
        looks_like_unit(p) for p in re.split(r"和(?=[\u4e00-\u9fff]{2})", n)) for n in names)


# a point that only gives the activity's aim, theme, time or place 「一、活动宗旨」「三、活动主题」
# 「四、活动时间及地点」 (its heading run into its text or not): a field of the event, no task (CONVENTIONS.md round 42
# continued) — headed by the activity's own word, not 工作目标 (round 34's sections), nor the activity's content, ways
# or schedule 「活动内容」「活动时间安排」「活动目标及安排」
_FIELD_PART = r"(?:主题|主題|宗旨|目的|目标|目標|[时時]间|地点|地點|口号|口號)"
_ACTIVITY_FIELD = re.compile(rf"^(?:活动|活動){_FIELD_PART}(?:[及和与與、]{_FIELD_PART}){{0,2}}"
                             r"(?![及和与與、]|安排|步骤|步驟|内容|內容|方式|要求)")


# 「3、时间安排⏎**年5月16日至5月18日。」: a time heading over nothing but the dates — the event's time, a field like
# 活动时间 (round 42 continued), not a schedule of work
_TIME_HEADING = re.compile(r"^(?:活动|活動)?(?:[时時]间|日期)(?:安排)?[:：]?$")
_DATES_ONLY = re.compile(r"^[\d*＊xX×一二三四五六七八九十○〇年月日号號至到—\-~～、．.（）()上下午时時点點分:：\s]+$")


# the terms the one event is held on, folded from its numbered lines 「四、活动内容⏎1、活动形式:…⏎2、活动规则:…⏎
# 3、奖项设置:…」: how it is held, what its guests win — no time, place, doer or work of its own (Round 89's decided
# x330_05; Round 102 on x366_01 四); not a block that names its time, place or units (one task, round 35)
_TERMS_FIELD = re.compile(r"(?:活动|比赛|竞赛|参赛)(?:形式|方式|规则)\s*[:：]|奖项(?:设置)?\s*[:：]")


def event_field_points(items: list[Item]) -> list[int]:
    """The top-level points with nothing under them whose whole text is a field naming the event's hosts or doers
    (each name a body's), or a heading over only sentences that say who hosts the event, or a point giving only
    the activity's aim, theme, time or place."""
    points = []
    for i in items:
        if i.parent is not None or i.children:
            continue
        body = i.body.strip()
        if (_ACTIVITY_FIELD.match(i.title) or _ACTIVITY_FIELD.match(body)) and not theme_work(i):
            points.append(i.pos)        # (not a theme point that makes a body a doer: work, Round 91)
            continue
        when = body[len(i.title):].strip("。.：: \n") if body.startswith(i.title) else ""
        if _TIME_HEADING.match(i.title) and when and _DATES_ONLY.match(when):
            points.append(i.pos)
            continue
        terms = [ln.strip() for ln in body.split("\n")[1:] if ln.strip()]
        if i.fields and len(terms) > 1 and all(_TERMS_FIELD.match(ln) for ln in terms):
            points.append(i.pos)
            continue
        m = _EVENT_FIELD.fullmatch(body)
        # (「三、主办单位:A⏎承办单位:B」: the fields one under another, each naming bodies — Round 102 on x366_01 三)
        rows = [ln.strip() for ln in body.split("\n") if ln.strip()]
        if len(rows) > 1 and all((f := _EVENT_FIELD.fullmatch(ln)) and _names(f.group("names")) for ln in rows):
            points.append(i.pos)
            continue
        lines = [ln.strip() for ln in body.split("\n")[1:] if ln.strip()]
        # 三、主办、承办单位 ⏎ 主办单位：A ⏎ B ⏎ 承办单位：C: the fields under their heading (a label alone on its line
        # 「主办单位:」 over its names included)
        if _HOSTS_HEADING.fullmatch(i.title) and lines and all(
                (f := _EVENT_FIELD.fullmatch(ln)) and _names(f.group("names")) or _names(ln.rstrip("。"))
                or _HOST_PLACE.fullmatch(ln.rstrip("。")) is not None or _HOSTS_HEADING.fullmatch(ln) is not None
                for ln in lines):
            points.append(i.pos)
            continue
        rest = body[len(i.title):].strip("。.：: \n") if body.startswith(i.title) and i.title != body else ""
        # (「由A主办,B ⏎ 协办,C承办」: a clause broken over two lines is read whole too)
        splits = [[c for c in re.split(sep, rest.replace("\n", "") if joined else rest) if c.strip()]
                  for sep, joined in ((r"[，,。；;\n]", False), (r"[，,。；;]", True))]
        if m and _names(m.group("names")) or _HOSTS_TITLE.search(i.title) and any(
                clauses and all((h := _HOSTS.fullmatch(c.strip())) and _names(h.group("names")) for c in clauses)
                for clauses in splits):
            points.append(i.pos)
    return points


# a section made only of the work's fields 「一、工作目标时段和保障范围」 over 「（一）工作目标。…（二）工作时段。
# 自即日起至11月15日。（三）保障范围。…」: its items say what the work aims at, when it runs and what it covers —
# fields, no tasks (CONVENTIONS.md Round 44 rulings: points that only say when, where, on whom or on what the work
# bears; Round 46 on x204_03 一、)
_WORK_FIELD = r"(?:工作|整治|检查|保障|实施|活动|行动)?(?:目标|时段|时间|范围|对象|地点|重点)"
_FIELDS_SECTION = re.compile(rf"^{_WORK_FIELD}(?:[和及与、]?{_WORK_FIELD})+$")
_FIELD_ITEM = re.compile(rf"^{_WORK_FIELD}[。.：:]?$")


def field_section_items(items: list[Item]) -> list[int]:
    """The childless items of a section whose title joins field words only and whose every item is headed by one
    (see ``_FIELDS_SECTION``)."""
    out: list[int] = []
    for item in items:
        kids = item.children
        if len(kids) >= 2 and _FIELDS_SECTION.match(item.title.strip("。.：: ")) and all(
                not c.children and _FIELD_ITEM.match(c.title.strip()) for c in kids):
            out.extend(c.pos for c in kids)
    return out


# a section that lists who is assessed (二、考核对象 / 考评对象 / 考核范围和对象)
_ASSESSED = re.compile(r"考[核评](?:范围[和及与])?对象[。.:：]?")


def bearer_items(items: list[Item]) -> set[int]:
    """The items (by ``pos``) under a section that lists those the work bears on — who is assessed (二、考核对象 over
    1、各乡镇人民政府; 2、县直有关单位…), whom it visits or the cases it covers (``_VISITED``, where no item gives
    work): no tasks and no task's units (round 44's fields)."""
    listed = {i.pos for i in items if i.parent is None and _VISITED.fullmatch(i.title)
              and not any(_GIVES_WORK.search(d.full_text()) for d in i.children)}
    return {i.pos for i in items if i.top() is not i and (_ASSESSED.fullmatch(i.top().title) or i.top().pos in listed)}


# a line cut off at the page's end right after its preposition 「及时向」「要对」: no object and no verb printed
# (round 71: a cut line that prints no verb of work is no leaf) — a line that prints its object 「对某某广场、某」
# stays a leaf kept as far as printed (round 41)
_PREPOSITION_ONLY = re.compile(r"(?:及时|立即|要|应|并)?(?:对|向|将|把|在|从|与)")
# (or cut to one or two characters that print no verb of work, a lone character or 各＋a fragment 「7.戏」「4、各文」 —
# not 「加大」, a verb that starts the item's work: Round 71 rulings, "Tasks and counts"; round 65)
_FRAGMENT = re.compile(r"各?[\u4e00-\u9fff]")
# (or a field's label and the bare number of its first line, the page cut right after it 「(一)工作目标:⏎1」: no verb
# printed — Round 105 on x374_01's second piece)
_LABEL_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,10}[:：]\s*\n\s*(\d{1,2}[、.．]?)")


def cut_fragment(items: list[Item], last_line: str = "") -> set[int]:
    """The text's last item (by ``pos``) where the page cut it right after a preposition (``_PREPOSITION_ONLY``),
    or, as the text's ``last_line``, to a fragment that prints no verb (``_FRAGMENT``), nothing under it; an empty
    set otherwise."""
    last = max(items, key=lambda i: i.pos, default=None)
    if last is None or last.children:
        return set()
    body = last.body.strip()
    if last.parent is not None and _PREPOSITION_ONLY.fullmatch(body) or _FRAGMENT.fullmatch(body) \
            and last_line.strip().endswith(body) and not WORK_START.match(body) \
            or (cut := _LABEL_NUMBER.fullmatch(body)) and last_line.strip() == cut.group(1):
        return {last.pos}
    return set()


# a top-level heading the page cut at its end 「四、加强执法力」「三、加强基」, after points that number their work
# deeper: a cut line that prints a verb of work is kept as far as printed, a leaf naming none (round 41; round 71;
# Round 91 on 「三、加强基」) — not a heading that prints no verb 「五、工作要」「四、保障措施」
def cut_heading(items: list[Item], last_line: str) -> set[int]:
    """The text's last item (by ``pos``) where it is a top-level heading with no text and nothing under it, the
    text's ``last_line``, cut by the page after its verb of work (``WORK_START``), in a plan whose other points
    number their work deeper."""
    last = max(items, key=lambda i: i.pos, default=None)
    if last is None or last.children or last.parent is not None or last.unnumbered or last.article:
        return set()
    body = last.body.strip()
    if not last_line.endswith(body) or len(last_line) - len(body) > 4 or "\n" in body \
            or re.search(r"[。；;：:，,！!）)]$", body) or not 2 <= len(body) <= 12:
        return set()
    tops = [i for i in items if i.parent is None and i.kind == last.kind]
    if not any(i.children for i in tops) or not WORK_START.match(body) or GUARANTEES_SECTION.search(body) \
            or re.search(AIM_HEADS + r"|(?:目标|思路|原则|要求|意义|任务)$", body):
        return set()
    return {last.pos}


# a section that lists whom the work visits or helps (二、慰问对象 over 1、困难党员。 2、离退休老干部。), or the cases
# the plan covers (三、适用范围 over 1. 邻里纠纷:如…): those the work bears on, no tasks and no units (round 44, as
# 考核对象; round 34: points that state only scope are none) — a list where any item gives work, or counts whom it
# names 「城乡低保户65户，具体对象由乡镇…确定」, is read as ever
_VISITED = re.compile(r"(?:(?:慰问|走访|帮扶|救助|资助|看望)对象|适用范围|适用对象)[。.:：]?")
_GIVES_WORK = re.compile(r"\d|要|应|须|由|负责|牵头|组织|开展|做好|落实|确定")
