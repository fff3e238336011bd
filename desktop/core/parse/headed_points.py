"""Childless headed points that give work, in a document made of headed points (CONVENTIONS.md, round 34's early
ruling): a 通知, 意见 or 办法 written as 「一、…二、…」 points over paragraphs, most of them with nothing numbered
under them (三、分级管理 / 本市实行…，其中：市水务局负责核定…；各区水务局负责核定…). Such a point whose text gives
work — a doer by rule 2, or an instruction to the plan's bodies 「要…」「应当…」 — is a task, as an article is (round
30); a point that states only purpose, basis, scope, definitions, interpretation or entry into force is not, nor
are the plan's aims, rules, safeguards and schedule (a plan of numbered items keeps a childless 工作目标 / 总体要求
section a section: plans-dev 03).

Split from ``tasks`` (which items are tasks), which calls it once the tasks are chosen."""

from __future__ import annotations

import re

from .closing_clauses import REFERS, closing_only
from .colon_points import colon_led_units
from .headings import Item
from .rule_chapters import general_article, headed_prose, written_as_rules
from .schedule import SCHEDULE_SECTION
from .section_kinds import DUTY_ARTICLE, NON_WORK_ARTICLE, OPENING_SECTION
from .sentence_units import DUTY_HEADING, doer_units

# the points a document opens or closes with, by their heading: what it applies to, what its words mean, its
# purpose and basis, its supplementary provisions (一、适用范围 / 二、术语定义 / 九、附则)
# (also its aims and its background, however named: 二、改革目标 / 一、“十三五”发展回顾 / 二、发展环境 / 工作范围)
_GENERAL_POINT = re.compile(r"适用范围|适用对象|目的|依据|定义|术语|释义|名词解释|附则|施行|生效|有效期|解释|"
                            r"目标$|范围$|回顾|发展环境|发展基础")
# an instruction to the plan's bodies (要… / 应当… / 应… / 须…), a one-character modal not inside another word
_INSTRUCTION = re.compile(r"应当|不得|(?<![相对响供适反理])应(?!急|用|对)|(?<![必无])须|必须|"
                          r"(?<![主重需必摘纪提概首只])要(?!求|点|素)")
# a point that names the plan's work (四、工作任务 / 三、主要措施 / 二、重点工作) over numbered items: the plan's work
# sits in those items, so it is a plan of numbered items, not of headed points (the early ruling's second half)
_TASK_CHAPTER = re.compile(r"(?:工作|主要|重点|具体|专项)(?:任务|措施|举措)|任务分工|重点工作|主要工作|具体工作|"
                           r"工作内容|实施内容|行动内容")
# a text that opens with the document's purpose, scope or definitions (为…，制定本… / 本办法适用于… / 所称…是指…)
_GENERAL_TEXT = re.compile(r"^(?:为(?:了)?|根据|依据|按照)[^。]{2,200}?(?:制定|制订)本|"
                           r"适用(?:本|于)|所称|所指|是指")
# a point on how the plan is carried out (七、保障措施 / 六、组织实施 / 组织保障): a section of the plan's rules, but a
# childless one that gives work to a doer by rule 2 「各街道落实主体责任，…」 is a task like the other childless points
# with a doer (CONVENTIONS.md round 36 early rulings → Tasks; plans-next7 x06 七)
_CARRYING_OUT = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:保障措施|组织保障|工作保障|保障机制)|组织实施|实施保障)$")


def _points(items: list[Item]) -> list[list[Item]]:
    """The document's top-level points 「一、…」, grouped by the document they stand in (a notice that prints
    two documents heads each with its title, an unnumbered heading)."""
    groups: list[list[Item]] = []
    for item in items:
        if item.kind == 1 and not item.unnumbered and not item.article and not item.article_line \
                and (item.parent is None or item.parent.unnumbered):
            last = groups[-1][-1] if groups else None
            if last is None or item.value <= last.value or item.parent is not last.parent:
                groups.append([])       # (一、 again: the next document's points)
            groups[-1].append(item)
    return groups


def _text(item: Item) -> str:
    return item.body.strip().partition("\n")[2].strip()


def _unheaded(item: Item) -> bool:
    """A point with no heading: its number runs straight into a sentence of work 「四、应急管理部门进一步规范…，试点
    加强…。」 (its first stop ends a clause or more, not a heading's few words 「一、加强领导。」)."""
    head = item.body.strip().partition("\n")[0]
    stop = re.search(r"[。；;]", head)
    # (a sentence of its own on the line, 「七、A加强对…的业务指导。」, longer than a heading's few words)
    return stop is not None and (len(item.title) > 24 or bool(re.search(r"[，,]", item.title))
                                 or not head[stop.end():].strip() and len(item.title) >= 14)


def _work_point(item: Item, run_in: bool = False, doer: bool = True) -> bool:
    """A childless point, a heading line over its own paragraph(s) (or, ``run_in``, a point with no heading whose
    number runs into its text), whose text gives work (see the module); without ``doer``, any text of the point that
    is none of the plan's aims, rules, schedule or general provisions."""
    if item.children or not (headed_prose(item, 30) or run_in and _unheaded(item)):
        return False
    title, text = item.title, _text(item)
    if run_in and _unheaded(item):
        title, text = "", item.body.strip()
    if len(text) < 15 or OPENING_SECTION.search(title) and not _CARRYING_OUT.match(title) \
            or SCHEDULE_SECTION.search(title) \
            or _GENERAL_POINT.search(title) or NON_WORK_ARTICLE.match(title) and not (
                _OVERSIGHT_HEAD.match(title) and _BODY_STEP.search(text)):
        return False
    if _GENERAL_TEXT.search(text.split("。", 1)[0]) or closing_only(item) or general_article(item):
        return False
    # (a 参照 clause names no doer of the plan's work: 由各区参照…的相关规定执行 — CONVENTIONS.md round 34)
    work = "。".join("，".join(c for c in re.split(r"[，,]", s) if c.strip() and not REFERS.search(c.strip()))
                    for s in re.split(r"[。；;\n]", text))
    return bool(work) and (not doer or bool(doer_units(work)[1]) or run_in and _INSTRUCTION.search(work) is not None
                           or bool(colon_led_units(item)))


# an oversight or penalty heading 「六、监督检查」「法律责任」 over a named body's own step on a breach
# 「A对…进行评估，…责令B整改」 (``_BODY_STEP``): the rules' body acting, work of the point — not the heading alone
# (Round 85's x319_02 六)
_OVERSIGHT_HEAD = re.compile(r"^(?:监督检查|法律责任|罚则)$")


# a point that states a norm, not work: a standard, a time limit, a measure of what counts (三、评分标准 / 统计时效)
_NORM_HEAD = re.compile(r"(?:标准|时效|口径|排程|权重)$")
# 「需说明…并报…审核」: an instruction by 需 (not 所需 / 需求 / 需要 as a noun)
_NEED = re.compile(r"(?<![所必无急])需(?!求|要)")


# a point that sets up the plan's body 「由A牵头成立…领导小组」: organisation, no work of its own (round 35)
SETS_UP_BODY = re.compile(r"(?:成立|组建|设立)[^。；;]{0,40}?(?:小组|专班|办公室|指挥部|委员会|工作组)")


def _glued_work(item: Item) -> bool:
    """A childless point whose heading runs into its first sentence (a text printed without line breaks) that gives
    work to a rule-2 doer: none of the plan's aims, rules, schedule, general provisions or the body it sets up."""
    return not (OPENING_SECTION.search(item.title) or _GENERAL_POINT.search(item.title)
                or SCHEDULE_SECTION.search(item.title) or SETS_UP_BODY.search(item.body)) \
        and _work_point(item, run_in=True) and bool(doer_units(item.body)[1])


def _between_numbered(item: Item, points: list[Item]) -> bool:
    """A childless point over its paragraph standing between two points that hold numbered items 「二、…（一）（二）」
    「三、土地出让方式的确定 / 土地出让方式原则上采用挂牌方式…」 「四、…（一）（二）」: work written whole at the level
    its siblings' items are, a task whether it names a doer or not (round 38 / 39: items naming no unit that give
    work are tasks) where it instructs 「…需说明…并报区政府审核」 「应…」; not a safeguards point, nor one of aims,
    norms (评分标准 / 统计时效), schedule or general provisions. The last point after such a point is read the same
    where a paragraph after its own sentence instructs 「六、其他 ⏎ 其他…内容，按《…》执行。⏎ 受托单位…应当积极做好…」:
    an unnumbered paragraph after the last item that gives work is that item's body (Round 74 rulings on x296_03 六;
    rounds 32, 34), though its own sentence only points to other rules."""
    at = points.index(item)
    paragraphs = [p for p in _text(item).split("\n") if p.strip()]
    closing = at == len(points) - 1 and any(_INSTRUCTION.search(p) for p in paragraphs[1:])
    return 0 < at and (at < len(points) - 1 and bool(points[at + 1].children) or closing) \
        and bool(points[at - 1].children) \
        and not _CARRYING_OUT.match(item.title) and not _NORM_HEAD.search(item.title) \
        and (_INSTRUCTION.search(_text(item)) or _NEED.search(_text(item))) is not None \
        and _work_point(item, doer=False)


# a point that states what the activity does 「三、活动内容」「三、宣传重点」 (not how it is done, 「宣传方式」),
# and the deeds of its text
_CONTENT_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:活动|宣传|检查|工作))?(?:内容|重点)$")
# (or 进行…活动 「…来到社区,进行“全国爱耳日”健康宣教和义诊活动」)
_DEED = re.compile(r"开展|举办|宣传|组织|进(?:社区|学校|农村|企业|机关|家庭)|征文|进行[^。；;，,]{0,30}?活动|"
                   r"(?<![主重需必摘纪提概首只])要(?!求|点|素)|应当")


def _content_point(item: Item) -> bool:
    """A childless point over its paragraph whose heading names the activity's content 「四、活动内容」 「开展“孝文化”
    进学校活动，…开展…征文活动」 and whose text does it (开展 / 宣传 / 组织 … or an instruction): the activity's
    work written at the point's level, a task with no unit where it names none (round 34/36), in a plan whose
    other points hold numbered items."""
    if item.children or not headed_prose(item, 30) or not _CONTENT_HEAD.match(item.title):
        return False
    text = _text(item)
    return len(text) >= 15 and _DEED.search(text) is not None and not _GENERAL_TEXT.search(text.split("。", 1)[0])


# an item whose short heading runs into its text (（一）加强组织保障。各部门要…): work written as a heading over a
# paragraph, as a heading line of its own would be
RUN_IN_HEADING = re.compile(r"^[^。；;，,：:！？]{2,12}。.{20}")
# a point that designates its accountable body 「各区政府是…的责任主体」
_ACCOUNTABLE = re.compile(r"(?:是|为|作为)[^，,。；;]{0,30}?(?:责任主体|主体责任)")
# a body that leads the work, named in the prose 「由市住建委、市地震局牵头推进实施」「由领导小组办公室牵头,制定…」
_LEADS = re.compile(r"牵头")
# a heading line of two phrases over its paragraph 「(一)强化组织领导,落实创建责任⏎市成立…」
_PAIRED_HEAD = re.compile(r"^[^。；;：:！？\n]{2,10}[，,][^。；;：:！？\n]{2,10}\n\s*\S")


def accountable_work(item: Item) -> bool:
    """An item of a safeguards section, in a plan whose labels name leads, written as work (a heading line over its
    paragraph, or one run into it) that names its accountable body: one it designates 「各区政府是…的责任主体」
    (round 32's designation, round 33's 组织实施 item with a doer), or one that leads the work by rule 2 「由A、B牵头
    推进实施」 (x70_03 四/（一）, plans-next51 x51_04 四/(一)) — not one that only joins others to set up a body 「A会同
    有关部门组建协调小组…」 (c03 四/（一）: the seeds leave such safeguards out, seed 001)."""
    body = item.body.strip()
    if not (headed_prose(item) or RUN_IN_HEADING.match(body) or _PAIRED_HEAD.match(body)):
        return False
    if _ACCOUNTABLE.search(item.body):
        return bool(doer_units(item.body)[1])
    return _LEADS.search(item.body) is not None and bool(doer_units(item.body)[0])


def safeguards_work(item: Item) -> bool:
    """A childless safeguards point 「五、保障措施」 whose text — a paragraph under its heading line, or run on after
    「保障措施。」 — gives work to a doer by rule 2: one task, its run-in paragraphs 「健全组织实施机制。…」 its text
    (CONVENTIONS.md Round 44 rulings, decided; a section that only calls stays none)."""
    if item.children or not _CARRYING_OUT.match(item.title):
        return False
    if _work_point(item):
        return True
    head, stop, text = item.body.strip().partition("。")
    return head == item.title and "\n" not in head and len(text.strip()) >= 15 \
        and bool(doer_units(text.replace("\n", ""))[1])


def _no_unit_safeguards(item: Item, chosen: list[Item]) -> bool:
    """A childless safeguards point of measures run in by ordinals 「三、保障措施 一是坚持…。二是构建…机制。…」 beside a
    point whose numbered items are the plan's tasks, in a plan none of whose tasks names a doer by rule 2: every
    numbered leaf that gives work is a task there (plans-dev 08; Round 89's x331_01 七; Round 95's confirmed x349_01),
    the point's acts its text — not where the plan's tasks name their bodies (the seeds' 保障措施 point, no task)."""
    text = _text(item)
    return _CARRYING_OUT.match(item.title) is not None \
        and (_RUN_IN_ORDINALS.search(text) is not None or _acts_paragraph(text)) \
        and _work_point(item, doer=False) \
        and not any(doer_units(c.body.replace("\n", ""))[1] or _UNITS_LABEL.search(c.body) for c in chosen)


# the units a task names by a label 「（责任单位：区水务局）」「牵头部门：…」: a plan whose tasks name units
_UNITS_LABEL = re.compile(r"(?:牵头|责任|配合|主责|实施)(?:单位|部门|主体)[:：]")


# the measures run into one paragraph by ordinals 「一是…。二是…。」 (round 37: no numbering, the point's text)
_RUN_IN_ORDINALS = re.compile(r"(?:^|[。；;\n])\s*一是[^\n]*?[。；;]\s*二是")
# … or printed as one paragraph of sentences each opening with its act 「健全统筹联动机制，…。开展…评估，…。强化…。」
# (Round 105's governs on x375_01 四: in a plan naming no unit a childless point that gives work is a task, with or
# without ordinals)
_ACT_OPENING = re.compile(r"^(?:健全|建立|完善|开展|创新|强化|加强|探索|形成|落实|推进|推动|深化|优化|提升|加大|"
                          r"统筹|构建|实施|做好|加快)")


def _acts_paragraph(text: str) -> bool:
    """``text`` is one paragraph of at least three sentences, most of them opening with an act (``_ACT_OPENING``)."""
    if "\n" in text.strip():
        return False
    sentences = [s.strip() for s in re.split(r"[。；;]", text) if s.strip()]
    acts = sum(_ACT_OPENING.match(s) is not None for s in sentences)
    return len(sentences) >= 3 and acts * 3 >= len(sentences) * 2


def gives_more_work(body: str) -> bool:
    """A closing point that names who interprets the document and then gives work 「本指导意见由A负责解释，自…起实施。
    …期间，A会同B…完善…」: the sentences after the first name doers by rule 2 (round 39: such a point is a task,
    its doers its units; the interpreting body alone is none, rule 3)."""
    return bool(doer_units(body.strip().partition("。")[2])[1])


# a body named as the addressee of an instruction 「…，上海燃气有限公司要做好…」「农民用水自治组织应建立…」: its name
# ends as a body does, right before the modal, at a sentence's or a clause's start
_TOLD = re.compile(r"(?:^|[。；;，,\n])[\u4e00-\u9fff]{2,16}?(?:公司|组织|部门|单位|委员会|局|委|办|政府|中心|机构)"
                   r"(?:应当|应(?!急)|要(?!求|点|素)|须|必须)(?:[\u4e00-\u9fff]{0,4}?)(?:建立|做好|开展|落实|加强|实施|组织|"
                   r"负责|完善|制定|编制|公开|报送|收取|执行)"
                   # (or 由X负责 however X stands 「由农民用水自治组织负责…运维管理工作」: work given, round 34)
                   r"|由[^，,。；;]{2,20}?负责(?!人|解释)")


_FILES = re.compile(r"向[^，,。；;]{1,12}?(?:备案|报备)")
# an instruction by a modal (``_INSTRUCTION`` without 不得: a prohibition alone is a rule for the public)
_MODAL_ONLY = re.compile(r"应当|(?<![相对响供适反理])应(?!急|用|对)|(?<![必无])须|必须|"
                         r"(?<![主重需必摘纪提概首只])要(?!求|点|素)")


def _instructs(item: Item) -> bool:
    """A childless point over its paragraph whose text instructs the plan's bodies 「…应当…」「要…」 with no doer
    named, none of the plan's aims, rules, schedule or general provisions (``_work_point`` without a doer); not
    under a heading that divides work 「明确职责分工」 (its text is work only where it gives bodies work, round 37),
    nor one that states a norm 「二、整治标准」 (a rule, not work: p34e's near miss), nor a prohibition alone
    「不得…」 or a party's filing 「…应…向所在街道备案」 (rules for the public, t33s's near miss)."""
    text = _text(item)
    return not item.children and headed_prose(item, 30) \
        and _MODAL_ONLY.search(text) is not None and not _FILES.search(text) \
        and not DUTY_HEADING.match(item.title.strip()) and not _NORM_HEAD.search(item.title) \
        and _work_point(item, doer=False)


# … or a named body taking a step of the procedure in a guide's point, no modal 「各区房地产交易中心受理…申请后，将…信息
# 通过信息系统传至A」「A对…情况进行查询」: the guide's own work, a task (Round 74 rulings on x292_04 六: outside
# articles rule 2's list stays closed, so it names no unit)
# (… or the rules' own body acting on what it oversees or on a breach 「A对…进行评估，…责令B整改」
# 「…的，A责令其限期改正：」: its step after a breach, a task naming none outside articles — Round 85's x319_02 六)
_BODY_STEP = re.compile(r"(?:^|[。；;，,\n])[\u4e00-\u9fff]{2,16}?(?:中心|部门|机构|局|委|委员会|管委会|政府|办事处)"
                        r"(?:[^，,。；;]{2,20}?后[，,])?(?:对[^，,。；;]{2,40}?进行(?:审核|核查|查询|核验|审查|评估)|"
                        r"将[^，,。；;]{2,40}?(?:传至|反馈|告知|移交|送交)|"
                        r"责令[^，,。；;]{1,20}?(?:限期)?(?:整改|改正))")


def _told_body(item: Item) -> bool:
    """A childless point over its paragraph whose text tells a named body what to do (``_TOLD``), or has one take a
    step of the procedure (``_BODY_STEP``): a task."""
    return not item.children and headed_prose(item, 30) and len(_text(item)) >= 15 \
        and (_TOLD.search(_text(item)) or _BODY_STEP.search(_text(item))) is not None \
        and _work_point(item, doer=False)


def headed_points(items: list[Item], chosen: list[Item]) -> list[Item]:
    """``chosen`` with the childless points that give work added, in each document of headed points whose
    points mostly have nothing numbered under them (at least half of its points that are not its opening
    aims or closing clauses); ``chosen`` itself where nothing was chosen or the plan is written as rules (those
    chapters are ``rule_chapters``')."""
    if not chosen:
        return chosen
    rules = written_as_rules(items)     # (its chapters are rule_chapters', but for points run into their text)
    picked = {i.pos for i in chosen}
    extra: list[Item] = []
    for points in _points(items):
        body = [p for p in points if not OPENING_SECTION.search(p.title) and not _GENERAL_POINT.search(p.title)
                and not closing_only(p) and (p.children or len(_text(p)) >= 15)]
        run_in = [p for p in points if not p.children and _unheaded(p)]
        if len(run_in) >= 3 and all(p.children or p in run_in for p in points):
            # (a document of points with no headings, each run into its paragraphs 「四、应急管理部门进一步规范…」:
            # each point is an article of the document, a task where it gives work — a rule-2 doer or an instruction
            # 「…应当严格保密」「不得…」 (round 34's early ruling, the instruction half; plans-next149 x149_02))
            extra.extend(p for p in run_in if p.pos not in picked and _work_point(p, run_in=True))
            continue
        if rules:
            continue
        # (the activity's content point is its work only where no point holds the plan's tasks or steps: under
        # 「二、主要任务」 or 「三、工作步骤」 a 「一、工作内容」 paragraph sums them up — plans s04, plans-next14 t02)
        content = not any(q.children and (_TASK_CHAPTER.search(q.title) or SCHEDULE_SECTION.search(q.title))
                          for q in points)
        if len(body) < 3:
            # (a plan whose work sits in one section's numbered items 「四、主要任务」 and a childless 「五、保障措施」
            # whose run-in paragraphs give work to a doer: the section is one task, round 44)
            # (… or, in a plan none of whose tasks names a doer, one that only names acts 「一是…二是…」: plans-dev 08)
            extra.extend(p for p in points if p not in body and p.pos not in picked and any(q.children for q in body)
                         and (safeguards_work(p) or _no_unit_safeguards(p, chosen)))
            # (… and in a text printed without line breaks, a childless point whose heading runs into its sentence
            # 「一、组织领导以镇党委…,镇农业农村办统筹协调,组织…」 beside the point whose numbered items are the plan's
            # chosen tasks 「三、工作要求 (一)…(二)…」: work written whole at the point's level where it names a rule-2
            # doer, round 36)
            if any(p.children and any(d.pos in picked for d in p.descendants()) for p in points):
                extra.extend(p for p in points if p not in body and p.pos not in picked and not p.children
                             and not _text(p) and len(p.title) > 24 and _glued_work(p))
            if len(body) == 2 and any(p.children for p in points):
                held = any(p.children for p in body)     # (not only the plan's closing 要求 / 保障 points)
                # (a page of few points, one holding numbered items 「三、职责分工」 and one childless point over
                # its paragraph naming its doer by rule 2 「二、检查方式」 「本次大检查由各村…分别组织…自查」: work
                # written whole at the point's level, as in a longer plan of numbered items (round 34/36))
                # (a 职责分工 point there is the plan's set-up, not work written at the point's level — next21 tests)
                extra.extend(p for p in body if p.pos not in picked and not p.children
                             and (held and _work_point(p) and not DUTY_ARTICLE.match(p.title)
                                  or content and _content_point(p)))
            continue
        if sum(not p.children for p in body) * 2 < len(body) or any(
                p.children and _TASK_CHAPTER.search(p.title) for p in points):
            # (a plan whose points mostly hold numbered items: a childless point among them that names its
            # doers by rule 2 — 「三、认定及办理」 「…由市、区民政局核实…市民政局会同…明确…」 — is work written
            # whole at the point's level, as its siblings' items are: CONVENTIONS.md round 36, Tasks)
            extra.extend(p for p in body if p.pos not in picked and not p.children
                         and (_work_point(p) and not DUTY_ARTICLE.match(p.title)
                              or content and _content_point(p) or _between_numbered(p, points)))
        else:
            # (an instruction alone 「…应…」 not taken: the tuned answers count such points out, plans-dev 09 among
            # them — rounds 34/37: tried and reverted, round 38 again)
            # (… but a named body told what to do 「农民用水自治组织应建立…制度」「…，上海燃气有限公司要做好测算
            # 工作」 is an instruction to the plan's bodies with its addressee: work, the early round-34 ruling's
            # second form)
            found = [p for p in body if p.pos not in picked
                     and (_work_point(p) or content and any(q.children for q in points) and _content_point(p)
                          or _told_body(p))]
            # (a 职责分工 point is work where the document's work is written in its points — another childless
            # point gives work too (Round 51 rulings, x215_03 二); beside a plan's numbered work it is the plan's
            # set-up, plans-dev 09 三)
            own = [q for q in body if (q in found or q.pos in picked) and not DUTY_ARTICLE.match(q.title)
                   and not q.children]
            extra.extend(p for p in found if not DUTY_ARTICLE.match(p.title) or own)
            # (… and so is a childless point that instructs with no doer 「…应当…」 there: work written in the
            # document's points, a task (Round 51 rulings, turned: round 34 early, rounds 36, 43); one of aims,
            # scope, options or rules for the public stays none)
            if own:
                extra.extend(p for p in body if p.pos not in picked and p not in found and _instructs(p))
        extra.extend(p for p in points if p not in body and p.pos not in picked and safeguards_work(p))
    if not extra:
        return chosen
    return sorted([*chosen, *extra], key=lambda i: i.pos)
