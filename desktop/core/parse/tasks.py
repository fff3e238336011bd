"""Which numbered items are tasks, and what each task's units, targets and deadline are.

Rule (seeds/EXPECTED.md): a task is an item a unit is accountable for.

* Items whose own text names units are tasks — unless numbered items below them (of kind 2 or 3) carry the work.
* The *task level* is the numbering kind most unit-naming items use. Items of that kind that name no units
  inherit the units of the nearest ancestor that names some; failing that they are tasks without units (with a
  warning) when their section holds other tasks with units and is not a goals/requirements/safeguards section.
* A plan naming no units anywhere (work points) makes every item of its deepest main
  level (1. or （一）) a task, outside goals/requirements/safeguards sections.
"""

from __future__ import annotations

import re

from desktop.core.model import Heading, Task

from .aims_items import drop_aims_items
from .applicant_steps import drop_applicant_steps
from .article_subjects import subjects_and_doers
from .body_names import reading_roles
from .call_points import drop_call_points
from .catch_all_lines import drop_catch_all_lines
from .closing_clauses import closing_only
from .colon_points import colon_led_units
from .counted_dates import relative_deadline, span_deadline
from .dates import ONGOING, Deadline, deadline_from_words, find_deadlines, quarterly_lists
from .decimal_chapters import childless_chapters
from .declarations import deadline_line, find_declaration, prose_declaration
from .division_bodies import division_units
from .divisions import division_sections
from .doer_words import OVERSIGHT
from .duty_headings import (
    article_roles,
    defined_names,
    divided_doers,
    duty_holders,
    duty_list_holder,
    duty_list_holders,
    fold_duty_paragraphs,
    kind_headed_article,
    trailing_paragraph,
)
from .field_blocks import fold_field_blocks, lone_field_units, when_line
from .given_lists import fold_given_lists
from .glued_tails import unglued
from .headed_points import gives_more_work, headed_points
from .headings import Item, heading_title
from .hired_persons import drop_hired_duties
from .lead_in_units import inherited_through, lead_in_declarations
from .normalise import cn_to_int
from .option_items import drop_option_items
from .outline_provisions import drop_outline_provisions
from .plan_rules import added_units, apply_first_leads, same_below_units, standing_units
from .plan_year import YEAR_TAKEN_NOTE
from .principle_lists import drop_principle_points
from .prose_units import (
    colon_lead_unit,
    colon_paragraph_units,
    defining_units,
    duty_clause_units,
    interpreting_units,
    opening_lead_and_partners,
)
from .read import without_problem
from .reckoning_lists import drop_scoring_points
from .registry import Registry
from .role_definitions import defined_roles, short_body_names
from .rule_chapters import drop_general, rule_chapters
from .rule_points import drop_rule_general_points
from .schedule import listed_stage_items
from .scope_articles import drop_scope_items
from .scored_rows import drop_scored_rows
from .section_kinds import (
    NON_TASK_SECTION,
    bearer_items,
    cut_fragment,
    cut_heading,
    event_field_points,
    field_section_items,
    no_work_part,
)
from .sentence_units import doer_units
from .setup_limits import drop_state_lines
from .shared_brackets import sharing_only
from .shortname import preface_clauses, suggest_short_name
from .source_points import drop_source_items
from .split_work import split_part
from .table_notes import drop_note_lines
from .targets import find_targets
from .task_choice import _ancestors, _unfold, choose_tasks, chosen_by_labels, drop_aims, unit_led_leaves
from .task_dates import (
    RANGE,
    YEAR_OPENING,
    YEAR_START,
    allowed_date,
    clause_year,
    closing_reports,
    completes_all,
    cut_dates,
    day_in_stage,
    drop_sendings,
    loose_year_dates,
    month_heading_end,
    numbered_stage_end,
    opening_year,
    phase_window,
    phase_years,
    report_date,
    rhythm_first,
    run_on_stage_end,
    sent_by,
    stage_date,
    steps_end,
    title_phase_end,
    work_deadline,
)
from .term_items import drop_term_items
from .unit_headings import duty_heading, heading_declarations, set_up_doers
from .unit_lines import unit_line_runs
from .units import NOT_NAME, Declaration, drop_unmarked_leads, looks_like_unit, strip_spans
from .year_turn import clause_dates, turned

# the words of the warnings about one task's fields, which the review matches (review_edits)
ODD_UNITS_WORDS = "的单位写法中有"
NO_UNITS_WORDS = "没有写明牵头或责任单位"
# the plan's one line where no task names its units (or only an item that divides its own work does)
NO_UNITS_ANYWHERE = ("方案中没有写明任何牵头或责任单位，已把每个编号条目都作为任务：请在核对表的“牵头单位”"
                     "“责任单位”列中逐项填写。")
NO_UNITS_BUT_CLAUSES = ("方案只在分工条目中写明了单位，其余任务都没有写明单位：请在核对表的“牵头单位”“责任单位”列中"
                        "逐项填写。")
# (the same where the units read are only clauses in some items' prose: 县财政局负责，落实整治资金)
NO_UNITS_BUT_PROSE = ("方案只在少数条目的正文中写到了单位，其余任务都没有写明单位：请在核对表的“牵头单位”“责任单位”列中"
                      "逐项填写。")
NOT_A_DATE_WORDS = "无法识别为日期"
NO_YEAR_WORDS = "的时限没有写年份，也无法从方案中推断"


def task_title(text: str) -> str:
    """The lead phrase: text before the first 。, or its first clause when long."""
    first = heading_title(text)
    if len(first) > 40:
        clauses = re.split(r"[，,；;：:]", first)
        # (a purpose 「为了…，…，」, a setting 「以…为背景」 or the people gathered before the work: the work's clause)
        clause = clauses[preface_clauses(clauses)]
        clause = clause if 2 <= len(clause) <= 40 else clauses[0]
        first = clause if 2 <= len(clause) <= 40 else first[:40] + "…"
    return first


# 「1.活动时间：6月1日至6月7日」「2.活动内容：…」: an item that is one labelled field of its parent
_FIELD_OPEN = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")


def _field_items(item: Item, decl: Declaration) -> bool:
    """``3.组织单位：A、B`` among ``1.活动时间：…`` ``2.活动内容：…``: the units item is a field of its own
    beside the others, not a units line written for them all (the item IS its label, and a sibling
    opens with a label of its own)."""
    return decl.spans[0][0] == 0 and any(
        c is not item and _FIELD_OPEN.match(c.body.strip()) for c in item.parent.children) if item.parent else False


def _text_before_units(item: Item, decl: Declaration) -> bool:
    """「（2）…工作。⏎牵头单位：A」: the units line written after the last item's own text (the run's, its parent's);
    a labelled line numbered as an item 「3.责任单位：A、B」 after plain items is the run's too (next19); not an item
    that is its units alone as a clause 「2、由A、B牵头」 (a page cut before its work): those are its own, never its
    siblings' (t55a, ux55 plan A)."""
    return bool(item.body[:decl.spans[-1][0]].strip()) or bool(_FIELD_OPEN.match(item.body.strip()))


# a schedule's steps (五、实施步骤 / 四、工作步骤): an item there is one step of the plan's time
# (also 实施步骤和时间安排 / 推进步骤 / 实施步骤与进度安排)
# a paragraph after a run's last item that speaks of the run 「以上工作由A牵头，B配合」「上述任务均由各街道负责」:
# the run's units line (CONVENTIONS.md round 32, a trailing paragraph), whatever the items' kind;
# 「以上两项工作由A负责」 only where the run is those two
_RUN_LINE = re.compile(r"(?:以上|上述)(?:各项|([两二三四五六七八九十\d])项)?(?:工作|任务|措施|事项|内容)?"
                       r"[^。；;\n]{0,4}?由")


def _run_line(body: str, at: int, run: int) -> bool:
    m = _RUN_LINE.match(body, body.rfind("\n", 0, at) + 1)
    return m is not None and run >= 2 and (m.group(1) is None or cn_to_int(m.group(1)) == run)


def _run_units(item: Item) -> Declaration | None:
    """A run's units line no label pattern reads (「上述任务由各街道负责。」「以上工作由A牵头负责。」) after the run's
    last item, read for its doers (rule 2) as the run's label."""
    parent = item.parent
    at = item.body.rstrip().rfind("\n") + 1
    if not at or parent is None or parent.children[-1] is not item \
            or not _run_line(item.body, at, len(parent.children)):
        return None
    line = item.body[at:].rstrip()
    if OVERSIGHT.search(line):
        return None
    leads, names = doer_units(line)
    if not names:
        return None
    return Declaration(lead=leads, resp=[n for n in names if n not in leads], source=line, spans=[(at, at + len(line))])


_STEPS_SECTION = re.compile(r"^(?:实施|工作|方法|推进)步骤(?:[和与及](?:时间|进度)安排)?$|^步骤安排$|^进度安排$")
# 「2022年，启动首批改造，此后每年改造30个小区」「…长效管理机制，并持续巩固」: a step that runs on past its year
_RUNS_ON = re.compile(r"此后|每年|逐年|持续|长期|长效")
# 「2021年，全区已组织开展…」「2019年…设置了…」: what was done then, no deadline (Round 46 rulings)
# (not 「排查已建、在建工程」: 已 naming the things, nor 为了／了解)
_PAST_FACT = re.compile(r"已(?:经)?(?:全面|基本)?(?:完成|建成|实现|开展|组织|启动|设置|出台|印发|形成|取得|推进)|以来"
                        r"|(?<![为除])了(?!解)")


# a year before the plan's date opening an item dates it all the same (「(一)2023年重点任务:…」 in a plan the site dates
# 2025: Round 62 rulings, confirmed; round 44) unless its sentence reports what was done or found then (round 46:
# 「2019年…设置了…」「2019年国家…督察发现违法用地」「2016年…以来」)
_PAST_REPORT = re.compile(r"发现|共计|查处")


def _past_year(text: str, year: str) -> bool:
    """Whether the sentence of ``text`` from the printed ``year`` to its full stop reports a past fact."""
    at = text.find(year + "年")
    sentence = re.split(r"[。\n]", text[at:], maxsplit=1)[0] if at >= 0 else ""
    return bool(_PAST_FACT.search(sentence) or _PAST_REPORT.search(sentence) or _PICKS.match(sentence, len(year)))


# a past year inside the noun that picks the objects 「2024年启动的改造项目」「2024年纳入计划的23个小区」: it dates
# nothing (Round 62 rulings, Dates: 「所有2007年进行年检的」 picks them; rv53) — not its end or span 「2024年底前」
_PICKS = re.compile(r"年(?![底前内末中初\d])[^，,。；;\d的]{1,10}?的(?![，,])")


def _year_sentence(text: str) -> str:
    """The sentence of ``text`` that opens with its year (``YEAR_START``), to its full stop."""
    m = YEAR_START.search(text)
    return re.split(r"[。\n]", text[m.start(1):], maxsplit=1)[0] if m else ""   # (from the year: not the
    #                                                                           line end before it)


# CONVENTIONS.md round 29 rule 2 (the doers of an item's work written in its sentences are its units, read by
# ``sentence_units.doer_units``): on from round 31. Round 30 aligned the answers (a30a/b/c) and narrowed the reader
# (pu30); round 31 (ro31) judged the 50 class tests that failed with it on — old readings aligned to the ruling,
# misreadings 「培训经费各乡镇」「各单位为」「实行党委」「坚持政府牵头，部门协同」 narrowed by class
# (tests/data/RULE2_PENDING.md, "Round 31 (ro31)")
READ_DOERS = True


def build_tasks(items: list[Item], registry: Registry, first_leads: bool, default_year: int | None,
                warnings: list[str], plan_date: str | None = None,
                start_year: int | None = None, prose_leads: bool = True, marks_lead: bool = False,
                turn: tuple[int, int, int] | None = None, last_line: str = "") -> tuple[list[Task], list[Heading]]:
    """The tasks among ``items`` and the headings of all; ``start_year`` is the plan period's first
    year (历时三年 counts from it), ``default_year`` the year of dates written without one; ``prose_leads``
    False where the plan's units stand elsewhere (a task table in its 附件): no 「由X牵头…」 is a lead. The roles
    the document defines or sets up (``defined_roles``) are names for every reader of its doers while it is read
    (the sentence reader, the article readers, the task choice: Round 47 q44c); ``last_line``, the text's last
    line, for a heading the page cut there (``cut_heading``)."""
    whole = "\n".join(item.body for item in items)
    roles = defined_roles(whole) | short_body_names(whole)   # (项目管理人, round 33; 招选主体, q44c; 市防指, round 64)
    with reading_roles(roles):
        return _build_tasks(items, registry, first_leads, default_year, warnings, plan_date, start_year,
                            prose_leads, marks_lead, turn, roles, last_line)


def _build_tasks(items: list[Item], registry: Registry, first_leads: bool, default_year: int | None,
                 warnings: list[str], plan_date: str | None, start_year: int | None, prose_leads: bool,
                 marks_lead: bool, turn: tuple[int, int, int] | None,
                 roles: frozenset[str], last_line: str) -> tuple[list[Task], list[Heading]]:
    decls: dict[int, Declaration] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    folded: dict[int, int] = {}         # an item whose units were written after its last （N） sub-item
    items, duty_folds = fold_duty_paragraphs(items)
    items, field_units = fold_field_blocks(items)     # (1、时 间：… 2、地 点：… 3、承办单位：…: one item's fields)
    line_units = unit_line_runs(items := fold_given_lists(items))     # (符合下列条件：（一）…: the item's text)
    in_sentence: set[int] = set()
    for item in items:
        # (本办法由A负责解释 / 由A负责对本办法进行解释: the interpreting body of a closing item is no unit,
        # CONVENTIONS.md round 29 rule 3)
        decl = None if closing_only(item) else find_declaration(item.body)
        if decl is not None and split_part(item.body, decl.source):
            decl = None                 # (A活动由X负责；B活动由Y负责。: the last part alone is no declaration)
        run = _run_units(item)
        if decl is not None and run is None and not decl.spans and (item.article or item.article_line) \
                and not item.children:
            in_sentence.add(item.pos)   # (an article's units read from a clause of its prose, no label)
        if run is not None and (decl is None or not decl.spans):
            decl = run                  # (上述任务由各街道负责: the run's units line, read whole where it stands)
        elif run is not None and decl is not None and decl.lead == run.lead and set(decl.resp) < set(run.resp):
            decl.resp = run.resp        # (上述工作由A牵头，公安、教育等有关部门配合: the partners the label missed)
        if decl is not None:
            if not marks_lead:
                drop_unmarked_leads(decl)   # 县投促局* under 「注：标注*的为新增任务」: no lead
            if first_leads:
                apply_first_leads(decl)
            spans[item.pos] = decl.spans
            owner = item
            # units written after the last sub-item （2） / 3. belong to the item above it
            parent = item.parent
            own_line = decl.spans and (decl.spans[-1][0] == 0 or item.body[decl.spans[-1][0] - 1] == "\n")
            if ((item.kind == 4 or item.kind == 3 and (own_line or parent is not None and parent.kind == 2)
                 or own_line and parent is not None and _run_line(item.body, decl.spans[-1][0], len(parent.children)))
                    and parent is not None and parent.kind < item.kind
                    and parent.children[-1] is item
                    and parent.pos not in decls and not any(c.pos in decls for c in parent.children)
                    and decl.spans and decl.spans[-1][1] >= len(item.body.rstrip(" \n。.;；"))
                    and _text_before_units(item, decl)
                    and not _field_items(item, decl) and not duty_list_holder(parent)):
                owner = parent
                if item.kind == 4:
                    folded[parent.pos] = item.pos
            decls[owner.pos] = decl
    decls = {**line_units, **decls, **field_units.units}     # (a bare unit line over its items: unit_lines)
    labelled = bool(decls)
    for item in items:
        if item.pos in duty_folds and item.pos not in decls and not (labelled and any(
                NON_TASK_SECTION.search(a.title) for a in _ancestors(item))):
            decls[item.pos] = duty_folds[item.pos]     # (rules, as the paragraphs were, where tasks name units)
    colon_led = False
    for item in items:
        if item.unit and item.pos not in decls and not (labelled and any(
                NON_TASK_SECTION.search(a.title) for a in _ancestors(item))):
            # 区住建局负责…: the unit leading the paragraph is the one accountable for it (in a plan whose
            # tasks name their units, such paragraphs under 保障措施 / 工作要求 are rules, not tasks)
            # (交通部门：负责…: the unit heads its paragraph, as 「（一）城运中心：负责…」 heads its item)
            headed = colon_lead_unit(item.body) == item.unit
            colon_led = colon_led or headed
            decls[item.pos] = Declaration(resp=[item.unit], source=item.unit, from_heading=headed)
    for item in items:
        m = _LEAD_SECTION.match(item.title) if item.children and item.kind <= 2 else None
        if m and item.pos not in decls and looks_like_unit(m.group(1)):
            # 一、县示范区管委会牵头工作(8项): the section names the unit that leads each item under it
            decls[item.pos] = Declaration(lead=[m.group(1)], source=m.group(1))
    # which items are tasks is decided by units written for tasks; units that only head the
    # items of a 职责分工 section say who does what, not which items are work
    dropped, weak = sharing_only(items, decls)     # (a sharing bracket alone makes no plan one naming units)
    weak |= lone_field_units(items, decls, field_units)     # (nor one activity's 参加单位 field alone)
    for pos in [*dropped, *(fields := event_field_points(items))]:    # (四、主办单位：…: the event's, round 42)
        decls.pop(pos, None)
    # (二、考核对象 over 1、各乡镇人民政府; 2、县直有关单位…: who is assessed names no task nor its units, round 44)
    no_leaf = bearer_items(items) | cut_fragment(items, last_line)     # (「5. 及时向」 cut at the page's end: no leaf)
    chosen, _level = choose_tasks(items, {p: d for p, d in decls.items() if p not in weak and p not in no_leaf})
    if (heading_declarations(items, decls) or colon_led) and not chosen_by_labels(decls):
        chosen = unit_led_leaves([i for i in items if i.pos not in no_leaf], decls)
    chosen = [i for i in chosen if i.pos not in no_leaf]
    cut = cut_heading(items, last_line)      # (「四、加强执法力」 cut at the page's end: a leaf, round 71)
    chosen += [i for i in items if i.pos in cut and i not in chosen]
    chosen = childless_chapters(items, _unfold(chosen, folded, decls))     # (「7 应急保障」 over its paragraphs)
    chosen = headed_points(items, rule_chapters(items, chosen))
    # (（一）本办法由区住建委负责解释 / 第九条 本办法自…起施行: the plan's closing clauses, no task and no unit)
    # (第一条 为了…，制定本办法 / 第二条 适用范围: a rule's general provisions, CONVENTIONS.md round 30)
    chosen = drop_aims(drop_general(chosen, bool(decls)), decls)   # (「(一)指导思想。」 on a page that lost its 一、)
    chosen = drop_rule_general_points(chosen)  # (五、其他 （一）本办法自发布之日起实施…: Round 78 (a), (c))
    chosen = drop_outline_provisions(chosen)   # (1 总则 1.1 编制目的 … / 8.1 术语解释: an outline's general provisions)
    chosen = drop_aims_items(chosen, decls)    # (一、总体要求 （一）指导思想 （二）基本原则 1.…: aims, no work)
    chosen = drop_applicant_steps(chosen)     # (1、项目建设单位…填写《…申请书》…报…部门: the applicant's own step)
    chosen = drop_scored_rows(chosen)      # (（二）工作绩效（小计80分） 1.概算控制：…（30分）: a scoring scheme's rows)
    chosen = drop_hired_duties(chosen)     # (第四条 社区规划师的基本职责包括：…: a hired person's, rounds 36 / 45)
    chosen = drop_source_items(chosen, set(decls))     # (一、审批依据 （一）《…》 / 二、适用范围 （一）…: no work)
    chosen = drop_scope_items(chosen, set(decls))      # (第三条（支持范围） （一）…项目。: the kinds it covers)
    chosen = drop_option_items(chosen)     # (3、也可以由乡组织… 4、可开展…: options beside a list's acts, Round 74)
    chosen = drop_principle_points(drop_note_lines(chosen))    # (注：1.…是指…: a table's notes binding none; （二）集体
    #                                       决策 beside （一）A负责…: a principle's point, a section — Round 91)
    chosen = drop_call_points(chosen)      # (一、关于申报条件 / 二、支持内容 1、…给予最高200万元奖励: no work)
    chosen = drop_catch_all_lines(chosen)  # (（十三）法律、法规规定的其他职责。: a duty list's catch-all, text)
    chosen = drop_term_items(chosen)       # (（一）…标准 一类：1200元/平方米…: a compensation scheme's terms)
    chosen = drop_scoring_points(chosen)   # (（五）加分情形 1.…加1分，上限2分: a standard of reckoning, text)
    chosen = drop_state_lines(chosen)      # (设置X应当符合下列要求：…（三）应当与周边环境相协调。: a state, text)
    # (六、提交材料 over the applicant's papers, in rows or tables, and a procedure's 4.提交材料 ⏎ （1）… or
    # 1.适用范围 ⏎ 2.申报主体: no work, whatever reader took its lines — but a plan's own step 「（二）报送材料 ⏎
    # 1.各区发展改革委负责…」 over its bodies' work stays: an item naming its doer (rule 2) is no applicant's papers)
    chosen = [i for i in chosen if not no_work_part(i) or i.unit or doer_units(i.body)[1]] or chosen
    chosen = division_sections(items, chosen, decls)
    # (「分以下三个阶段进行：」 over 「1、…，时间为…」: the phases; 二、主办单位：…: a plan-level field — no tasks)
    stages = {*listed_stage_items(items), *fields, *field_section_items(items)}
    chosen = [i for i in chosen if i.pos not in stages] or chosen
    duty_list_holders(items, decls)
    chosen_pos = {i.pos for i in chosen}
    holders = duty_holders(items)
    # a plan that names no units but in an item dividing its own work is still one that names none: no
    # warning on every other task, the one line that says so
    any_units = bool(decls) or bool(holders)
    in_prose: set[int] = set()          # items whose units are a comma clause of their prose
    aliases = defined_names(items)
    read_doers: dict[int, tuple[list[str], list[str]]] = {}  # (an item's sentence doers: read once for both tests)

    def doers_of(item: Item) -> tuple[list[str], list[str]]:
        if item.pos not in read_doers:
            body = re.sub("|".join(map(re.escape, item.cases)), "", item.body) if item.cases else item.body
            read_doers[item.pos] = set_up_doers(item, doer_units(body, roles, duty_heading(item)))
        return read_doers[item.pos]
    for item in chosen:
        labelled_item = item.pos in decls
        # (本方案由A负责解释: the interpreting body of a closing article is no unit, CONVENTIONS.md round 29 rule 3)
        interpreting = not labelled_item and bool(interpreting_units(item.body)) and not gives_more_work(item.body)
        names = [] if labelled_item or interpreting \
            else _clause_or_colon_units(item, holders)
        leads: list[str] = []           # (第三条 区住建委牵头组织…。区房管局配合…: the article's lead)
        # (a paragraph after an article's items 「…等有关行政管理部门按照各自职责，协同实施本办法」: its own doers, not
        # the lead-in's — one more task of the article, Round 86's governs)
        above = any(a.pos in decls for a in _ancestors(item)) and not trailing_paragraph(item)
        if not names and item.pos not in decls and not above:
            # (an article's opening subjects and the sentence reader's doers 「A…发布通知，B按半年度组织…」: both, in
            # printed order — round 44, decided, reads the subject of any verb of doing in an article as a doer; a
            # doer that is no name 「政府组织对各街镇」 adds nothing)
            def named_doers(it: Item = item) -> list[str]:
                return [d for d in doers_of(it)[1] if not NOT_NAME.search(d)]
            names, leads = article_roles(item, aliases, named_doers if READ_DOERS else None)
        names = names or ([] if item.pos in decls else _defined_units(item, decls))
        if names:           # 4.本实施意见由A、B负责解释 / 镇文广站负责…；农技站负责…；…: found once it is a task
            decls[item.pos] = Declaration(lead=leads, resp=[n for n in names if n not in leads],
                                          source="、".join(names), from_heading=True)
        elif prose_leads and not labelled and item.pos not in decls \
                and not any(a.pos in decls for a in _ancestors(item)) \
                and (lead_partners := opening_lead_and_partners(item.body))[0]:
            # 由镇安委会牵头组织召开…: in a plan that labels no units, the item's lead; read once the item is a
            # task, so that a lead written in prose does not make the plan one whose tasks name leads (its
            # 保障措施 would be taken as rules). Where tasks label their units, it is a sentence.
            leads, partners = lead_partners      # (由A牵头，B、C配合: B and C are responsible with it)
            decls[item.pos] = Declaration(lead=leads, resp=partners, source="、".join(leads + partners),
                                          from_heading=True, prose_lead=True)
        elif prose_leads and item.pos not in decls and not any(a.pos in decls for a in _ancestors(item)) \
                and (own := prose_declaration(item.body)) is not None:
            # 任务甲。县水利局负责，新建… / 新建…，县水利局牵头，县财政局配合。: a unit clause joined to the work
            # (not under an item whose units are written: those are the task's units, as before this rule)
            if first_leads:
                apply_first_leads(own)  # (列第一位的为牵头单位)
            decls[item.pos] = own
            spans[item.pos] = own.spans
            in_prose.add(item.pos)
        read = decls.get(item.pos) if not labelled_item else None
        if READ_DOERS and not labelled_item and not above \
                and not interpreting and (doers := divided_doers(item, doers_of))[1] \
                and (read is None or set(read.lead + read.resp) < set(doers[1])
                     or set(read.lead + read.resp) == set(doers[1]) and set(read.lead) < set(doers[0])):
            # 由区商务委牵头… / 区房管局负责… / A会同B…: with no label of its own or above it, the doers of the
            # item's work written in its sentences are its units (CONVENTIONS.md round 29 rule 2), over a
            # reading of some of its clauses only, or one that misses a lead 「A牵头编制…」 (round 31)
            leads, names = doers
            decls[item.pos] = Declaration(lead=leads, resp=[n for n in names if n not in leads],
                                          source="、".join(names), from_heading=True, prose_lead=True)
            in_prose.add(item.pos)
        if labelled_item and READ_DOERS and item.pos in in_sentence and (doers := doers_of(item))[1] \
                and set(decls[item.pos].lead + decls[item.pos].resp) < set(doers[1]):
            # (「X由A负责实施，由B会同C审核批准并落实」: the clause read as a label, the article's doers the sentence
            # reader reads in all of it — rule 2 over a part of its clauses, as for an item with no label)
            decls[item.pos] = Declaration(lead=doers[0], resp=[n for n in doers[1] if n not in doers[0]],
                                          source="、".join(doers[1]), from_heading=True, prose_lead=True)
        if labelled_item and READ_DOERS and kind_headed_article(item):
            # (「第三条（政府职责） A应当加强…。B、C按照职责，组织开展…」: a heading naming a kind gives the body its
            # text names of that kind, and in an article each subject of a verb of doing is a doer — the doers its
            # later sentences name too, round 44, decided)
            _add_doers(decls[item.pos], item.body, [d for d in doers_of(item)[1] if not NOT_NAME.search(d)])
    if not any_units and decls and len(decls) < len(chosen):
        warnings.append(NO_UNITS_BUT_PROSE if decls.keys() <= in_prose else NO_UNITS_BUT_CLAUSES)
    decls.update(lead_in_declarations(items, chosen_pos, decls, roles, prose_leads))  # (rule 4: a lead-in's doers)
    # the registry follows document order of declarations
    for item in items:
        decl = decls.get(item.pos)
        if decl is None:
            continue
        for name in decl.lead + decl.resp:
            registry.add(name, decl.notes.get(name, ""))
    tasks: list[Task] = []
    headings: list[Heading] = []
    standing: list[str] = []            # 「以下各项工作均需要各单位负责，不再单独列出」
    standing_from: int | None = None
    own_only = False                    # 「B、C为实施单位，下同」: only later tasks that write their own units
    own_top: str | None = None          # … and only in the top-level part that holds it (not 保障措施)
    carriers = [(item, standing_units(item.body), False) for item in items]
    if not any(names for _item, names, _same in carriers):
        carriers = [(item, same_below_units(item.body) if item.pos in decls else [], True) for item in items]
    for item, names, same_below in carriers:
        if names:
            own_only, own_top = same_below, (item.path[:1] or [item.number])[0]
            # the rule holds from the task that carries it (or the group its units were moved to)
            moved = item.pos not in decls and item.parent is not None and item.parent.pos in decls
            standing, standing_from = names, item.parent.pos if moved and item.parent else item.pos
            for name in names:
                registry.add(name)
            break
    # the earliest year a task may be dated by a year opening its sentence (the plan's date or title year)
    since = max([int(y) for y in (plan_date and plan_date[:4], start_year) if y], default=None)
    for item in items:
        decl = decls.get(item.pos)
        body = strip_spans(item.body, spans[item.pos]) if item.pos in spans else item.body
        title = task_title(body) if item.pos in chosen_pos else heading_title(body)
        headings.append(Heading(level=item.kind, path=list(item.path), number=item.number, title=title))
        if item.pos not in chosen_pos:
            continue
        inherited = None
        if decl is None:
            inherited = inherited_through(item, decls)     # (not through a list of cases, round 39)
        use = decl or inherited
        text = "\n".join(p for p in [body] + [_text_of(c, spans) for c in item.children] if p)
        task = Task(path=list(item.path), number=item.number, title=title, text=text, level=item.kind)
        text = without_problem(text)        # (a 整改 row's 存在问题 kept for the clerk: not read for figures or dates)
        text = re.sub("|".join(map(re.escape, item.measures)), "", text) if item.measures else text
        key = ".".join([*item.path, item.number])
        if standing and standing_from is not None and (
                not own_only or decl is not None and (item.path[:1] or [item.number])[0] == own_top) and (
                item.pos >= standing_from or any(a.pos == standing_from for a in _ancestors(item))):
            extra = [n for n in standing if use is None or n not in use.lead + use.resp]
            use = Declaration(lead=list(use.lead), resp=[*use.resp, *extra], source=use.source, odd=use.odd,
                              deadline_words=use.deadline_words) if use is not None else Declaration(
                resp=list(extra), source="、".join(extra))
        if added := [n for n in added_units(item.body) if use is None or n not in use.lead + use.resp]:
            for name in added:          # (「…补充责任单位：财政局。」: beside the item's own, Round 62 rulings)
                registry.add(name)
            use = Declaration(lead=list(use.lead), resp=[*use.resp, *added], source=use.source, odd=use.odd,
                              deadline_words=use.deadline_words) if use is not None else Declaration(
                resp=list(added), source="、".join(added))
        if use is not None:
            printed = item.full_text()      # (the item's text once; an inherited lead-in's names as it prints them)
            if use is inherited and (holder := next((a for a in _ancestors(item) if decls.get(a.pos) is use), None)):
                printed += "\n" + holder.body
            task.lead_units = _canon(registry, use.lead, printed)
            task.responsible_units = _canon(registry, use.resp, printed, use.lead)
            task.source = use.source
            task.prose_lead = use is decl and use.prose_lead
            if use.odd:
                warnings.append(f"任务 {key} {ODD_UNITS_WORDS}“{'、'.join(use.odd[:3])}”，不像单位名称，请核对。")
        elif any_units:
            warnings.append(f"任务 {key}（{title}）{NO_UNITS_WORDS}，请补充。")
        rhythm = quarterly_lists(text)      # each quarter's report date is no deadline of the work
        # (a bare 次年1月底前 in a plan that does not cross the new year: a yearly rhythm, no deadline — round 34)
        dls = cut_dates(text, [d for d in find_deadlines(text, default_year)
                               if not any(a <= d.start < b for a, b in rhythm)
                               and not (turn is None and d.year_inferred and d.words.startswith("次年"))])
        if plan_date and (item.article or item.article_line or any(a.article for a in _ancestors(item))):
            # (a year-less day in a rule written as articles that falls before the rule was signed 「…应于9月底向B
            # 提出申请」: a day in its yearly cycle, recurring — no deadline, round 34; Round 91's x335_02 第十四条)
            dls = [d for d in dls if not (d.year_inferred and turned(d, turn).date < plan_date)]
        # (「…开展联合检查；并于2022年2月底前将贯彻情况报告市生态环境局」: a report joined to the work by 并 as its
        # last step ends the work, where no other date does — round 28, plans-next71 class 4)
        # (not a report of the year's work — 年度工作总结 — nor one on work the text says goes on: 长期坚持; mend r70 4)
        # (or the summary of the work sent by a day, the item's only date: 「各单位于每月5日、25日前报送…，10月15日前
        # 报送工作总结」 — the work ends with its summary, round 30, plans-next86 class 3)
        closing = closing_reports(text, dls)
        dls = [d for d in dls if not report_date(text, d.end)]
        if closing and dls and all(sent_by(text, d) for d in dls):
            dls += closing       # 「…前报…备案。并于…前将总结报…」: two sendings, the last ends the item (round 34)
        for more in (relative_deadline(text, plan_date), span_deadline(text, start_year or default_year)):
            if more is not None:
                dls.append(more)
        # (a labelled 完成时限's dates carry places in its own words, not in text: only text's dates are tested)
        dls = drop_sendings(text, dls)
        given = []
        if use is not None and use.deadline_words:
            given = deadline_from_words(use.deadline_words, default_year)
            if not given and not ONGOING.search(use.deadline_words):
                warnings.append(f"任务 {key} 的完成时限“{use.deadline_words}”{NOT_A_DATE_WORDS}，请核对。")
        dls = loose_year_dates(dls, given)
        if given or any(not allowed_date(text, d.start) for d in dls):
            dls = [d for d in dls if not allowed_date(text, d.start)]
        dls += given
        if not dls and (use is None or not use.deadline_words):
            # a line 「完成时限：2025年12月。」 under the text: a declaration of its deadline alone
            # (or an activity's 「时 间：」 field: the day it is held, round 35 field blocks)
            words = deadline_line(body) or field_units.when.get(item.pos, "") or when_line(body)
            dls = deadline_from_words(words, default_year) if words else []
        if not dls:
            dls = clause_dates(text, default_year)     # 「6月份，…」「4月-10月，全面开展筛查」: done by then
            # (a year-less time before the plan was signed tells what happened: 「2月，县政府召开…」 signed in March)
            dls = [d for d in dls if not (d.year_inferred and plan_date and turned(d, turn).date < plan_date)]
        if not dls and (use is None or not use.deadline_words):
            dls = closing                              # the work's own span (4月-10月，…) stays first (mend r70 3)
        dls = [turned(d, turn) for d in dls]           # 1月底前 in a winter plan signed in October: the next year
        best = None
        if dls:
            # (the latest, round 34, save a 回头看 after the whole work done: Round 98, ``work_deadline``)
            best = work_deadline(text, dls)
            if best.year_inferred and (in_phase := phase_years(title, int(best.date[5:7]))) \
                    and best.date[5:] != "02-29":
                # 「排查摸底阶段（2024年3月—4月）…4月30日前报…」: the phase's year, no guess to check where the phase
                # has the month in one year only; else its first such year, to check (ux58 finding 6)
                best = Deadline(best.start, best.end, f"{in_phase[0]}{best.date[4:]}", len(in_phase) > 1, best.words)
            task.deadline = best.date
        elif default_year is not None and (phase_end := title_phase_end(title, default_year, since) or (
                text.startswith(title.rstrip("…")) and run_on_stage_end(text, default_year))):
            task.deadline = phase_end          # 集中整治阶段（5-7月） / 第一季度：… (a run-on stage's bracket past the
            #                                    title's cut: read in the text it opens)
        elif phase_end := numbered_stage_end(title, text, default_year):
            task.deadline = phase_end          # 第一阶段 over 第一阶段:…摸底阶段(2018年6月至12月)…
        if (steps := steps_end(text, default_year)) and (task.deadline is None or steps > task.deadline):
            task.deadline = steps              # 2025年1-7月，… / 2026年，…: the last dated step ends the work
        if (task.deadline and default_year is not None and (window := phase_window(title))
                and RANGE.search(window) and not re.search(r"前|底|末", window)
                and (phase_end := title_phase_end(title, default_year)) and phase_end > task.deadline
                and not (best is not None and best.date == task.deadline and best.words
                         and best.words in text[best.start:best.end] and completes_all(text, best))):
            task.deadline = phase_end          # 试点总结阶段（2024年11月-12月） over reports due before it
        elif best is not None and best.year_inferred and task.deadline == best.date:
            # (the guessed year to check where it dates the task, not where the phase's end took its place)
            warnings.append(YEAR_TAKEN_NOTE.format(key=key, words=best.words, year=best.date[:4]))
        elif default_year is None and re.search(r"\d{1,2}月(底|末|中旬|上旬|下旬)?(前|之前)", text):
            warnings.append(f"任务 {key} {NO_YEAR_WORDS}，请核对。")
        if task.deadline is None and not rhythm_first(text) and (staged := stage_date(item, default_year)):
            # （一）第一阶段（2024年第三季度前完成） over 1、建章立制。…; 「在16日前」 under its stage: that month's day
            task.deadline = day_in_stage(text, staged) or staged
        if task.deadline is None and (month_end := month_heading_end(item, default_year, items)):
            task.deadline = month_end          # 三月份: over 1、迎接…检查: done that month
        task.targets = find_targets(text, default_year, relaxed=True, first_year=since)
        if use is not None and re.search(r"\d.*[(（，,；;].*\d", use.deadline_words):
            # (完成时限：2025年底（上半年完成50%）: a step's figure the time label holds, by its own time)
            task.targets += [t for part in re.split(r"[（(）)，,；;]", use.deadline_words)[1:] if re.search(r"\d", part)
                             for t in find_targets(part, default_year) if t.unit not in ("年", "月", "日")]
        opening = YEAR_OPENING.search(text) if task.deadline is None and task.targets else None
        year_s = (opening.group(1) or opening.group(2)) if opening is not None else None
        if year_s and (default_year is None or int(year_s) >= default_year):
            task.deadline = f"{year_s}-12-31"    # 2023年，全县种植烟叶6.4万亩: that year's figures
        # …。2024 年，配合全区完成一轮评估: done that year — not one step of several (2025年，完成…；2026年，
        # 推广…), nor a year before the plan's (2024年，全区完成…，在此基础上…: what was done), which a plan
        # neither dated nor titled with a year leaves unknown
        opened = YEAR_START.findall(text) if task.deadline is None else []
        if task.deadline is None and since is not None and len(opened) == 1 and int(opened[0]) >= since \
                and not _RUNS_ON.search(_year_sentence(text)) \
                and not _PAST_FACT.search(_year_sentence(text)):   # (2022年，启动…，此后逐步扩大…: runs on;
            #                                                        2021年，全区已组织…: a past fact, round 46)
            task.deadline = f"{opened[0]}-12-31"
        # 五、实施步骤 1.调查摸底。2022年，对全区…进行全面梳理: a step of the schedule, done in the year it opens with
        if task.deadline is None and any(_STEPS_SECTION.search(a.title) for a in _ancestors(item)) \
                and len(opened) == 1 and int(year_of := opened[0]) >= (since or 0) \
                and not (_RUNS_ON.search(text) and "阶段" not in title):   # (a stage headed by its year: that year)
            task.deadline = f"{year_of}-12-31"
        # 1.2021年全村完成改厕… outside a steps section: that year's work, due at its end (round 44), where no other
        # clause opens with a year of its own (2021年，完成…；2022年，推广…: steps)
        if task.deadline is None and len(opened) <= 1 and (year_of := opening_year(text, None, title)) \
                and (since is None or int(year_of) >= since or not _past_year(text, year_of)) \
                and not any(_STEPS_SECTION.search(a.title) for a in _ancestors(item)):
            task.deadline = f"{year_of}-12-31"
        if task.deadline is None and not any(_STEPS_SECTION.search(a.title) for a in _ancestors(item)):
            task.deadline = clause_year(text, since)   # …，2028年逐步扩大至全市范围: done that year (round 46)
        task.short_name = suggest_short_name(title, text, task.lead_units + task.responsible_units)
        if use is not None and use.deadline_words and task.deadline:
            for target in task.targets:      # a 完成时限 given for the task holds for its targets
                target.deadline = target.deadline or task.deadline
        if len(title) < 3 or len(text) < 6 and not text.endswith("。"):
            warnings.append(f"任务 {key} 的内容只有“{title or text[:10]}”，原文可能不完整，请核对。")
        tasks.append(task)
    return tasks, headings


# a section of a list by lead unit: 县发改局牵头工作(8项) / 市教育局牵头的任务 / 区住建委负责事项（共5项）
_LEAD_SECTION = re.compile(r"^([^，,。；;：:、（）()]{3,24}?)(?:牵头|负责)(?:的)?(?:工作|任务|事项)?\s*"
                           r"(?:[(（]\s*共?\s*\d{1,3}\s*项\s*[)）])?$")


def _add_doers(decl: Declaration, body: str, doers: list[str]) -> None:
    """``decl``'s units with ``doers`` it lacks, in the order ``body`` prints them."""
    if [d for d in doers if d not in decl.resp and d not in decl.lead]:
        decl.resp = [n for n in subjects_and_doers(body, decl.resp, doers) if n not in decl.lead]
        decl.source = "、".join([*decl.lead, *decl.resp])


def _clause_or_colon_units(item: Item, holders: dict[int, list[str]]) -> list[str]:
    """An item's units read from its 负责 clauses, its duty holders, or the bodies leading its colon paragraphs
    (``colon_points``) — those last where they name every clause's body and more: 「区委宣传部:制订… 商委:协调…
    教委:负责…」 gives work to every body a paragraph opens with, not only to those whose paragraph says 负责."""
    before = "\n".join(s.body for s in item.parent.children[:item.parent.children.index(item)]) \
        if item.parent is not None and item in item.parent.children else ""
    clauses = division_units(item.body, item.title, duty_clause_units(item.body, item.title), before)
    led = colon_led_units(item)
    if clauses and not (led and set(clauses) < set(led)):
        return clauses
    return holders.get(item.pos, []) or led if not clauses else led


def _defined_units(item: Item, decls: dict[int, Declaration]) -> list[str]:
    """The units a task opens by naming as the bodies answering for its work (「区政府是…的责任主体，
    全面负责…」), or that its heading names so above its numbered duties (「（二）区交通委是…的行政主管
    部门，主要职责：」 / 1.负责… / 2.编制…); [] under a heading that already names units."""
    if any(a.pos in decls for a in _ancestors(item)):
        return []
    return defining_units(item.body) or colon_paragraph_units(item.body) \
        or (defining_units(item.parent.body) if item.parent is not None else [])


def _text_of(item: Item, spans: dict[int, list[tuple[int, int]]]) -> str:
    """A sub-item's text with its marker, unit declarations left out."""
    body = strip_spans(item.body, spans[item.pos]) if item.pos in spans else item.body
    return "\n".join(p for p in [item.marker + body] + [_text_of(c, spans) for c in item.children] if p)


def _paired(name: str) -> str:
    """A name whose bracket opens in one width and closes in the other 「区（县)绿化和市容行政管理部门」: the same name
    as printed elsewhere with a matched pair 「区（县）…」 (a misprint, one body — names as printed, round 33)."""
    return re.sub(r"（([^（）()]{1,8})\)", r"（\1）", re.sub(r"\(([^（）()]{1,8})）", r"（\1）", name))


def _canon(registry: Registry, names: list[str], printed: str = "", beside: list[str] | None = None) -> list[str]:
    """Registry names, but as printed where the item writes its own form only (names as printed, CONVENTIONS.md);
    a short name beside its full name (in ``names`` or ``beside``, the item's lead) both kept."""
    out: dict[str, str] = {}
    for n in (_paired(unglued(m)) for m in names):     # (the doer's words glued after a name: none of it, round 45)
        c = registry.canonical(n)       # (所在乡镇政府 inside 房屋所在乡镇政府 is no printing of it)
        bare = re.sub("|".join(re.escape(m) for m in names if c in m and m != c) or "$^", "", printed)
        # (a full name and the short name it defines both read as doers in the item: each as printed, round 43)
        both = c != n and (c in names or c in (beside or ())) and n in printed
        # (the registry's name printed in the item only as another party 「B应配合产业主管部门…」, not as the name
        # defining n 「C（以下简称n）」: n as printed — round 43, no name rewritten)
        kept = c != n and n in printed and (c not in bare or not re.search(re.escape(c) + r"[（(]以下简称", printed))
        out.setdefault(n if both else c, n if both or kept else c)
    return list(out.values())
