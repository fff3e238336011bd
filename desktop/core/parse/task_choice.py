"""Which numbered items are tasks: the task level (the numbering kind most unit-naming items use), items that
divide their section's work, sections of topics or of actions, and heading lines whose （N） items are the tasks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from .childless_points import (
    GUIDING,
    ROSTER_LINE,
    childless_work,
    headed_work,
    instructed_task_point,
    organisation_work,
    points_document,
    stance_leaf,
    theme_work,
    tracking_point,
)
from .dated_stages import dated_stages, own_paragraph, stage_work
from .dates import find_deadlines
from .declarations import prose_declaration
from .headed_points import RUN_IN_HEADING, SETS_UP_BODY, accountable_work, safeguards_work
from .headings import Item
from .holiday_calendar import calendar_only
from .prose_units import opening_units, subject_units
from .required_work import required_work
from .rule_chapters import headed_prose
from .schedule import SCHEDULE_SECTION
from .section_kinds import NO_WORK_SECTION, NON_TASK_SECTION, OPENING_SECTION, RULE_SECTION, SAFEGUARDS_OR_STEPS
from .section_words import AIM_HEADS, AIMS_TOP, REQUIREMENTS_SECTION
from .sentence_units import doer_units
from .shortname import SETTING, WORK_START
from .two_documents import document_runs
from .units import Declaration

# 三、动员部署阶段（完成时间：…）: a phase of the campaign with its time, no task of a unit
_PHASE_TITLE = re.compile(r"阶段[）)]?[。.]?$|^第[一二三四五六七八九十]阶段")

def _has_task_children(item: Item) -> bool:
    return any(c.kind in (2, 3) and c.kind > item.kind for c in item.children)


def _headless_run(item: Item) -> bool:
    """``item`` stands in a run of numbered items under a point whose first printed number is not 1 「二、时间 /
    (a site's hidden block) / 2、活动形式。…」: the run's head and its own parent were lost from the page, so the run
    says nothing of how deep the plan numbers its work."""
    parent = item.parent
    if parent is None or parent.kind != 1 or item.unnumbered:
        return False
    # (the run's first item only: a list of every sibling per item made a long run quadratic)
    first = next((c for c in parent.children if c.kind == item.kind and not c.unnumbered), None)
    return first is not None and first.value > 1


def _page_opening_run(item: Item, items: list[Item], level: int) -> bool:
    """``item`` is in a run of top-level items at the task level a page opens with, numbered from past 1 (3.… 4.…),
    before the first item of a higher level (（四）城市交通管理 over its 1.… 2.…): the run's heading and its units
    were on the page before, and its items are work at the task level (round 48: what is printed is read)."""
    if item.parent is not None or item.children or item.kind != level or item.unnumbered or level == 1:
        return False
    first = items[0]
    if first.parent is not None or first.kind != level or first.value <= 1 or first.unnumbered:
        return False
    higher = next((i.pos for i in items if i.kind < level), None)
    return higher is not None and item.pos < higher


def _articles_alike(items: list[Item], leafish: set[int]) -> bool:
    """A rule printed as childless article lines 「第一条 …」「第二条 …」 at the top, one of them naming its units
    and no other naming a body in its prose: a system for persons by post (村级河长…), its articles alike — each a
    task whose doers it names or not. Where other articles name their bodies, one naming none states a provision
    (…主要用于… / 可采取…方式 / …是…依据), no task."""
    articles = [s for s in items if s.article_line and s.parent is None and not s.children]
    return any(s.pos in leafish for s in articles) and len(articles) == len(items) \
        and not any(doer_units(s.body)[1] for s in articles if s.pos not in leafish)


# a venue named alone 「(一)主会场:北京安定医院、北京回龙观医院」 under 二、活动地点: where, no work (its sibling
# 「(二)分会场:各区县…组织…」 a clause of work, a task)
_VENUE = re.compile(r"^(?:主|分)?会场\s*[:：][^。，,；;：:\n]*[。.]?$")
# a notice's point written as a sentence of work 「一、请各区…于8月15日前报送…活动计划。」「五、活动结束后,请认真做好
# 总结,…」: no section's heading
_SENTENCE_POINT = 20
# (what a notice asks or announces: 「请…报送」「…,请认真做好总结」「网站将设立…专栏」)
_ASKED = re.compile(r"请|将")


def _sentence_point(item: Item) -> bool:
    """A top-level point with nothing numbered under it whose heading is a whole sentence (long, no section's word)."""
    title = item.title.strip()
    # (not an article 第十二条: a plan in articles has its own reading of them)
    return len(title) >= _SENTENCE_POINT and _ASKED.search(title) is not None and not OPENING_SECTION.search(title) \
        and not (item.article or item.article_line or item.unnumbered)


def _leaves(items: list[Item]) -> list[Item]:
    """Items with no numbered item below them; a top-level 一、 section with nothing numbered
    under it (指导思想, 工作目标 …) is a section, not a task, when the plan numbers deeper — not where all it
    numbers deeper is a run whose head the page lost (``_headless_run``): then its points over a paragraph are
    read as in a plan of points (a bare heading cut at the page's end 「五、工作要」 is none). Of two documents in one
    text (``document_runs``), one of bare points, most of them sentences, keeps its points beside another that
    numbers deeper (not a programme's field points 「一、会标」「二、时间地点」)."""
    runs, whole = document_runs(items), {i.pos for i in _doc_leaves(items)}
    return [i for run in runs for i in (_doc_leaves(run) if len(runs) > 1 and all(not i.children for i in run)
                                        and 2 * sum(len(i.title.strip()) >= _SENTENCE_POINT for i in run) > len(run)
                                        else [i for i in run if i.pos in whole])]


def _doc_leaves(items: list[Item]) -> list[Item]:
    # (nor a page that opens at a deeper item before its first point 「(三)…」 then 「三、…」: the item's part and its
    # heading were on the page before)
    first_top = next((i.pos for i in items if i.kind == 1), -1)
    deeper = any(i.kind > 1 and not _headless_run(i) and not (i.parent is None and i.pos < first_top) for i in items)
    torn = not deeper and any(i.kind > 1 for i in items)
    # (a notice whose points are sentences of work, most of them with nothing under them 「一、请各区…于8月15日前
    # 报送…。二、市…网站将设立…专栏…。三、重要宣传内容⏎1.…」: it numbers its work at its points, the one list under
    # a point no sign of deeper work)
    tops = [i for i in items if i.kind == 1]
    sentences = deeper and 2 * sum(not i.children and _sentence_point(i) for i in tops) > len(tops) >= 3
    # (a paragraph led by its unit, 财政部门：安排…, is work wherever it stands)
    # (nor an item whose numbered lines were its fields, 一、工作目标及内容 over 1、… 2、参加对象:…: one task)
    return [i for i in items if not i.children and not _VENUE.match(i.body.strip())
            and not (deeper and i.kind == 1 and not i.unit and not i.fields and not (sentences and _sentence_point(i)))
            and not (torn and i.kind == 1 and "\n" not in i.body.strip() and len(i.body.strip()) <= 12)]


# a problem's fix line naming the unit (整改要求：由县城管局负责…, unit_duties.fix_line_units)
_FIX_SOURCE = re.compile(r"(?:^|\n)\s*(?:整改要求|整改措施|整改意见|处置要求|处理意见)\s*[:：]")


# a section heading that reads as work to do (广泛宣传发动 / 强化领导、责任到人 / 提高思想认识，压实办理责任: the
# parser's verb class, shortname.WORK_START), not as what the section is about (实施内容, 组织机构, 评估对象) nor as
# the plan's safeguards (加强组织领导, 强化督查考核, 严肃工作纪律, 强化经费保障, 工作要求) or its division of work
# (明确工作职责), nor a topic named by its noun (整治范围, 整治内容; 考核标准 — not 提升…设计标准 /
# 严格执行…标准 / 加快制定…标准, work on a standard)
_SAFEGUARD_HEADING = re.compile(r"组织领导|组织实施|督查|督导|督办|考核|纪律|保障|要求|职责|分工"
                                r"|(?:范围|内容|对象|重点|目标|任务|时间|步骤|机构|方式|原则|依据)$"
                                # (发展策略 / 总体思路, a noun — not 「深入实施乡村振兴战略」, work: review 41)
                                r"|^(?![^，,、]*?(?:实施|推进|深入|落实|贯彻|坚持|推动|打好|打赢))[^，,、]*(?:策略|战略|思路)$"
                                r"|^(?!提升|提高|完善|健全|统一|制定|修订|优化|建立|加快|严格|执行|落实|推行|推进)"
                                r"[^，,、]*标准$")


def _action_heading(item: Item, first_phrase: bool = False) -> bool:
    """``item`` is a top-level section headed by work to do; ``first_phrase``: judged by its heading's first
    phrase (一、强化认识，明确指导思想和奋斗目标 is work, beside its sibling 二、强化领导、责任到人)."""
    title = SETTING.sub("", item.title)    # (三、在“X”进社区中，建立…队伍: the work after the setting it is done in)
    title = re.split(r"[，,；;、]", title)[0] if first_phrase else title
    return item.kind == 1 and not item.unnumbered and bool(WORK_START.match(title)) \
        and not _SAFEGUARD_HEADING.search(title) and not OPENING_SECTION.search(title) \
        and not SCHEDULE_SECTION.search(title)


def _dividing_section(item: Item) -> bool:
    """一、进一步明确职责分工，形成管理合力 over paragraphs (or sentences) two at least of which open with a unit given
    its duties (A负责… / B负责…): the plan dividing its work, headed as work, is work as the sections beside it are —
    where 职责/分工 alone keeps the heading from reading as work (a safeguard, 加强组织领导，明确职责, stays none;
    a section named by its noun, 三、职责分工, too; a heading over 各单位要… divides nothing)."""
    title = re.sub(r"职责|分工", "", item.title)
    if not (item.kind == 1 and not item.unnumbered and title != item.title and WORK_START.match(item.title)
            and not _SAFEGUARD_HEADING.search(title) and not OPENING_SECTION.search(item.title)):
        return False
    paragraphs = [p for p in item.body.strip().split("\n")[1:] if p.strip()]
    if any(_POINTS_AT_TASK.search(p) or _EVERY_UNIT_MUST.match(p.strip()) for p in paragraphs):
        return False                     # 区商务委负责第一项任务 / 各单位要加强协作…: the work's units, no work
    return sum(bool(opening_units(p)) for p in paragraphs) >= 2 or sum(     # (or one paragraph's A负责…。B负责…)
        bool(subject_units(s)) for s in re.split(r"[\n。]", item.body.strip())[1:]) >= 2


# a paragraph that gives one of the plan's numbered tasks to a unit (区商务委负责第一项任务 / 第（二）项任务), or
# asks every unit at once (各单位要加强协作…): a section of who does the work, not work beside it
_POINTS_AT_TASK = re.compile(r"第[（(]?[一二三四五六七八九十\d]{1,3}[)）]?"
                             r"(?:[、和至-][（(]?[一二三四五六七八九十\d]{1,3}"
                             r"[)）]?)*项")
_EVERY_UNIT_MUST = re.compile(r"(?:各|有关|相关|其他|其余)[^，,。；;]{0,6}?(?:部门|单位|方面)[^，,。；;]{0,4}?"
                              r"(?:要|应|须|需|务必)")


# a section named by what the plan is for, covers or sets up (普查目的 / 普查对象范围 / 普查内容和时间 / 领导小组): no
# work of its own (工作内容 alone may hold the work: not one)
_TOPIC_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,4}?"
                          r"(?:(?:目的|意义|对象|范围|内容|时间|领导小组|组织机构)[和与及、]?){1,3}$")


# a deadline the work is to meet (6月30日前完成 / 5月底前全面完成)
_DATED_DONE = re.compile(r"\d{1,2}\s*月[^，,。；;]{0,6}?(?:之前|以前|前)\s*(?:全面|全部|基本)?"
                         r"(?:完成|结束|到位|报送|上报|实现)")


def _topic_section(item: Item) -> bool:
    """(not a section whose text gives units their duties or the work a deadline: 三、检查内容及时间 / 三、组织机构
    over 镇安监办负责…，2024年6月30日前完成: work, however headed)"""
    title = item.title
    if not _TOPIC_TITLE.match(title) or re.fullmatch(r"[\u4e00-\u9fff]{0,4}内容", title):
        return False
    paragraphs = [p for p in item.body.strip().split("\n")[1:] if p.strip()]
    return not (_DATED_DONE.search(item.body)
                or any(opening_units(p) and re.search(r"负责|牵头|承担", p) for p in paragraphs))


def _charged_section(item: Item) -> bool:
    """三、组织机构 with nothing numbered under it, over a paragraph that opens with a named body charged with the
    plan's work 「市节能办负责全市…活动的组织和协调工作。各县…要…组织开展…」, in a plan naming no units: the work of
    the bodies it names, a task (round 34: a childless point whose text gives work to a doer; a section that sets
    up its body 「成立…领导小组，组长：…」 or lists its members stays a section)."""
    if item.children or item.kind != 1 or item.parent is not None or item.unnumbered \
            or not _TOPIC_TITLE.match(item.title) or _topic_section(item):
        return False
    lines = [ln.strip() for ln in item.body.strip().partition("\n")[2].split("\n") if ln.strip()]
    return bool(lines) and bool(opening_units(lines[0])) and bool(_CHARGED.match(lines[0])) \
        and not re.search(r"成立|组建|设立|组长|成员", lines[0])


def _action_section(item: Item) -> bool:
    """A top-level section with nothing numbered under it, headed by work to do and followed by its own
    text (一、广泛宣传发动 / 构建宣传网络，召开动员大会…): a task, where it is not the plan's aims, rules,
    schedule or background (指导思想, 工作目标, 实施步骤 …) nor a roster (组长：… / 成员：…)."""
    if item.children or not (_action_heading(item) or _dividing_section(item)):
        return False
    head, _, rest = item.body.strip().partition("\n")
    lines = [ln.strip() for ln in rest.split("\n") if ln.strip()]
    if not lines and len(head) > len(item.title) + 20:
        lines = [head[len(item.title):]]        # 一、X。text…: the heading run into its text
    # (or one line cut by the page after its verb of work and a comma 「大力开展“…”工作,」: a leaf, rounds 41, 71)
    cut = len(lines) == 1 and lines[0].endswith((",", "，")) and WORK_START.match(lines[0]) is not None
    return bool(lines) and (sum(map(len, lines)) >= 20 or cut) \
        and not all(ROSTER_LINE.match(ln) for ln in lines) and not GUIDING.match(lines[0])


# the section that holds the plan's work, named so (一、主要任务 / 二、重点任务 / 工作任务)
_TASK_TITLE = re.compile(r"(?:主要|重点|工作|具体)任务|(?:主要|重点)工作")


def _task_section(item: Item) -> bool:
    """一、主要任务 with nothing numbered under it, over paragraphs of work (严格按照…，清理规范…收费): its work is
    written whole at the heading's level, one task (plans-next70 x70_01), in a plan naming no units."""
    if item.children or item.kind != 1 or item.unnumbered or not _TASK_TITLE.fullmatch(item.title):
        return False
    lines = [ln.strip() for ln in item.body.strip().partition("\n")[2].split("\n") if ln.strip()]
    return bool(lines) and sum(map(len, lines)) >= 20 and not all(ROSTER_LINE.match(ln) for ln in lines) \
        and not _SEE_ANNEX.search(item.body) \
        and not re.search(r"[：:]$|以下|如下", "\n".join(lines))
    # (具体任务详见附件: the work is listed elsewhere; 重点抓好以下几个方面工作： a lead-in to the sections after it)


_SEE_ANNEX = re.compile(r"(?:详|参)?见附件|附件\s*\d?\s*[《（(]?(?:(?!格式|填写|填报)[^。]){0,30}(?:任务|清单|分解表)")

# a task table's time cell, as a row is written out (（完成时限:2025年9月底）) or a labelled time of an item
_TIME_LABEL = re.compile(r"[(（;；]\s*(?:完成时限|完成时间|时间节点)\s*[:：]")


# the sections that close a plan: its requirements and safeguards (工作要求 / 保障措施 / 组织实施), not its aims
_CLOSING_SECTION = re.compile(REQUIREMENTS_SECTION.pattern + r"|(?:组织|工作)?保障(?:措施|机制)?|组织实施")


# a closing requirements section written as one paragraph (三、工作要求 / 三、考核要求) beside sections of
# numbered work, that gives work of its own — dated steps 「6月底前，各区要…」 or a body doing it 「…中心应对各区…
# 加强考核」: the plan's work, a task (CONVENTIONS.md round 39: a 工作要求 section whose items give work is the plan's
# work); a call with no date and no doer 「各单位要高度重视…」 stays none
def _closing_work(item: Item, leaves: list[Item], by_unit: bool = False) -> bool:
    """A childless top-level requirements section after the plan's numbered work whose paragraph gives work
    (``by_unit``: to a body it names, as where the plan's tasks name their units)."""
    if item.children or item.kind != 1 or item.parent is not None or item.unnumbered \
            or not REQUIREMENTS_SECTION.fullmatch(item.title.strip()) or not own_paragraph(item) \
            or not leaves or leaves[0].pos > item.pos:
        return False
    text = item.body.strip()[len(item.title):]
    return not by_unit and bool(find_deadlines(text, 2000)) or bool(doer_units(text)[1]) \
        or bool(opening_units(text.strip()))


def _between_work(item: Item, items: list[Item], leaves: list[Item]) -> bool:
    """A top-level point with nothing numbered under it, its text work (not the plan's aims, rules, schedule or
    topics), where the top-level sections right before and after it both hold a task (or are one)."""
    head = item.title[:24]          # (a heading run into its text: its words, not the paragraph's 重要意义)
    if item.children or item.kind != 1 or item.unnumbered or OPENING_SECTION.search(head) \
            or SCHEDULE_SECTION.search(head) or _topic_section(item):
        return False
    body = item.body.strip()
    text = body[len(item.title):].lstrip("。.，, \n")
    # (the heading run into its text with no stop, 「二、提高认识,加强宣传发动各村委会要…」: the title is the line)
    if len(text) < 20 and not (text == "" and len(body) >= 40) or GUIDING.match(text):
        return False
    if text and all(ROSTER_LINE.match(ln.strip()) for ln in text.split("\n") if ln.strip()):
        return False                # (一、成立检查小组 / 组长: / 参加单位:A、B: a group the plan sets up, rule 3)
    tops = [i for i in items if i.parent is None]
    at = next((n for n, top in enumerate(tops) if top is item), -1)
    if at < 0 or len(tops) < 2 or at in (0, len(tops) - 1) and len(re.split(r"[，,；;、]", head)[0]) <= 4:
        return False
    # (the first or the last such point, a verb and its object 「二、加强沟通协调」, not a topic 「五、宣传报道」: the
    # one section beside it holds tasks)
    beside = [tops[n] for n in (at - 1, at + 1) if 0 <= n < len(tops)]
    return all(any(leaf.top() is top for leaf in leaves) for top in beside)


# a point on what the plan aims at, covers or how it checks (二、建设目标 / 二、工作范围 / 五、验收方式), or on the
# bodies it sets up to lead (三、组织领导 「成立…联席会议…」): no point of work
_ABOUT_POINT = re.compile(r"(?:目标|范围|方式|原则|标准|对象)$|^(?:加强)?(?:组织领导|组织机构|领导机构)$")


def _own_doers(text: str) -> list[str]:
    """The text's rule-2 doers but the bodies it sets up 「成立…领导小组（以下简称“领导小组”）…领导小组负责…」
    (round 35: a body an item sets up stays rule 3)."""
    return [d for d in doer_units(text)[1] if not re.search(rf"(?:成立|组建|设立)[^。；;]*{re.escape(d)}", text)]


def _prose_named(items: list[Item], leaves: list[Item]) -> list[Item]:
    """A plan with no labels whose items name their doers in prose (「由A和B编制…」 in two leaves or more) is a plan
    whose tasks name units: a childless top-level point with a rule-2 doer 「三、关于理顺后续管理体制」 「…由供水企业
    实施接管工作」 is a task (CONVENTIONS.md round 36 early rulings → Tasks). (Its aims' items that name no doer stay
    tasks: most tuned answers count them in such plans.)"""
    in_order = sorted(leaves, key=lambda i: i.pos)
    taken = {i.pos for i in leaves}
    points = [i for i in items if i.kind == 1 and i.parent is None and not i.children and i.pos not in taken
              and not NON_TASK_SECTION.search(i.title) and not OPENING_SECTION.search(i.title)
              and not _ABOUT_POINT.search(i.title) and headed_prose(i)]
    if not points and [i.pos for i in in_order] == [i.pos for i in leaves]:
        return leaves           # (nothing to add either way: the sentence reader over every leaf is the cost)
    named = 0
    for leaf in leaves:
        named += bool(doer_units(leaf.body)[1])
        if named == 2:
            break
    if named < 2:
        return leaves
    return sorted(leaves + [i for i in points if _own_doers(i.body)], key=lambda i: i.pos)


_AIMS = rf"(?:{AIM_HEADS}|基本情况|(?:本?(?:社区|街道|村|镇|乡)|基本)?概况)"
# the plan's aims as an item's whole heading (指导思想 / 指导思想与工作目标 / (二)目标任务。), or the situation it
# starts from (（一）基本情况: facts, a statement with no work — round 33; 「一、本社区概况」 over its population and
# land, alike)
_AIMS_TITLE = re.compile(_AIMS + r"(?:[和与及、]" + _AIMS + r")?[。.]?")


def _aims_point(item: Item, decls: dict[int, Declaration]) -> bool:
    """A childless item at the plan's top headed by the plan's aims that names no doer: a section however it is
    numbered — 「(一)指导思想。」「1、工作目标」 on a page whose 一、 level is lost, 「一、指导思想与工作目标」 on a
    page cut after three points (round 34's early ruling: a childless 工作目标／指导思想 section stays a section;
    round 36: unless it names a doer)."""
    return item.parent is None and not item.children and item.pos not in decls and not item.unit \
        and not item.fields and _aims_heading(item.title.strip()) and not doer_units(item.body)[1] \
        and not instructed_task_point(item) and not theme_work(item)


# the theme of an activity as a whole heading (一、活动主题 / 一、文化活动内容主题 over its slogan): no work
_THEME = re.compile(r"[\u4e00-\u9fff]{0,6}主[题題]")


def _aims_heading(title: str) -> bool:
    """The title is the plan's aims heading, alone or run into its sentence (1、指导思想以…为指导，…), or its theme
    alone (not 「开展主题教育…」 run in: work)."""
    m = _AIMS_TITLE.match(title)
    return m is not None and (m.end() == len(title) or len(title) - m.end() >= 12) or bool(_THEME.fullmatch(title))


# a point headed by the plan's organisation 「一、组织领导」「二、组织机构」「领导小组」
_ORGANISATION = re.compile(r"^(?:组织领导|组织机构|领导机构|领导小组|工作机构)$")
# persons given the group's posts 「由镇长王某任组长」「由张某任办公室主任」
_POSTED = re.compile(r"任(?:副?组长|副?指挥长|(?:办公室)?(?:副)?主任)")


def _sets_up_only(item: Item) -> bool:
    """A childless point headed by the plan's organisation whose text sets its body up and fills its posts with
    persons 「成立…领导小组，由镇长…任组长，…为成员」, naming no body doing work by rule 2 (not 「成立…办公室，负责
    全镇…管理工作」: the office set up and given the work, a task)."""
    # (… or its roster alone 「三、领导小组⏎组长：…⏎副组长：…⏎成员：…」: the group's persons, no sentence of work)
    rest = item.body.strip()[len(item.title):]
    return not item.children and _ORGANISATION.match(item.title) is not None \
        and (SETS_UP_BODY.search(item.body) is not None and _POSTED.search(item.body) is not None
             and not doer_units(item.body)[1]
             or re.search(r"组\s*长|成\s*员", rest) is not None and re.search(r"[。；;]|负责|要|应", rest) is None)


def drop_aims(chosen: list[Item], decls: dict[int, Declaration]) -> list[Item]:
    """``chosen`` without its aims points (``_aims_point``), where other work is left."""
    work = [t for t in chosen if not _aims_point(t, decls)]
    return work if work else chosen


def choose_tasks(items: list[Item], decls: dict[int, Declaration]) -> tuple[list[Item], int | None]:
    """The items that are tasks, and the task level (None when no units anywhere)."""
    if not items:
        return [], None
    unit_items = [i for i in items if i.pos in decls]
    if not unit_items:
        # nothing names units: every leaf item is a task (and a top-level section of work with nothing
        # numbered under it); units are assigned in review
        leaves = _leaves(items)

        def more(test: Callable[[Item], bool]) -> list[Item]:
            # (the items not yet taken that pass ``test``, by position: ``Item`` compares field by field, and
            # 「i not in leaves」 over a long plan of repeated items took minutes)
            taken = {i.pos for i in leaves}
            return sorted(leaves + [i for i in items if i.pos not in taken and test(i)], key=lambda i: i.pos)
        if leaves and sum(_action_heading(i, first_phrase=True) for i in items) >= 2:   # side by side, not one
            leaves = more(_action_section)
        elif leaves:
            # (one such point between two sections that hold tasks, 一、 a field block and 三、 over 1、 2、: work
            # as they are, round 34 headed points)
            leaves = more(lambda i: _action_heading(i, first_phrase=True) and _between_work(i, items, leaves))
        if leaves:
            # 一、主要任务 over the one paragraph of its work, beside 二、组织实施 1.… 2.…: the plan's work itself
            leaves = more(_task_section)
            leaves = more(lambda i: _closing_work(i, leaves))
            leaves = more(_charged_section)
            # (三、活动内容和方式 over 「组织…专家到社区开展义诊…」: a childless point that gives work, Round 51)
            half, most = points_document(items)
            if half:
                leaves = more(lambda i: childless_work(i, most, items))
            leaves = more(headed_work)      # (一、提高认识 / 三、组织机构 giving work: Rounds 57, 62)
        leaves = _prose_named(items, leaves)
        # (「三、强化督促检查。市领导小组办公室实行“月调度、季通报…”」: the office's own tracking, Round 94)
        # (「一、放假时间。1月31日至2月6日放假调休,共7天。」: a holiday's calendar, no work — Rounds 89, 102)
        leaves = [i for i in leaves if not tracking_point(i) and not calendar_only(i) and not stance_leaf(i)]
        if not leaves or all(i.kind == 1 and (OPENING_SECTION.search(i.title) or _topic_section(i))
                             for i in leaves):
            # 一、指导思想 / 二、工作目标 and nothing more: a page (or a copy) cut before the plan's tasks
            # (一、普查目的 / 二、普查对象范围 / 三、领导小组: what the plan is for, covers and who leads it, no work;
            # but 二、组织机构 setting a group up and charging it, there alone: the page's task, x314_01 二)
            return (alone, 1) if (alone := [i for i in leaves if organisation_work(i, alone=True)]) else ([], None)
        if all(i.kind == 1 for i in leaves):
            # 一、总体要求 / 二、主要任务 cut there: the plan's aims are no task beside the sections of work
            # (一、指导思想坚持以人为本…: a copy that runs the heading into its text, the section's word first)
            # (三、工作要求 / 四、保障措施 over a paragraph of their own closing such a plan: work as its other points
            # are, every numbered leaf a task where no unit is named — CONVENTIONS.md "What is a task", plans-next91
            # x91_04)
            # (四、保障措施。办公室负责…: a safeguards point run into its text that gives work to a doer, round 44)
            # (一、组织领导 「成立…领导小组,由镇长…任组长,…为成员」: a point that only sets up the plan's body, its
            # persons and members, names no doer of work — no task, round 35)
            leaves = [i for i in leaves if not _sets_up_only(i)] or leaves
            half, most = points_document(items)
            leaves = [i for i in leaves if safeguards_work(i) or half and childless_work(i, most, items)
                      or not (len(i.title) <= 8 and OPENING_SECTION.search(i.title)
                              and not (_CLOSING_SECTION.fullmatch(i.title) and own_paragraph(i))
                              or OPENING_SECTION.match(i.title) and "\n" not in i.body.strip())]
        return leaves, Counter(i.kind for i in leaves).most_common(1)[0][0]
    votes: Counter[int] = Counter()
    leafish = {i.pos for i in unit_items if not any(d.pos in decls for d in i.descendants())}
    for i in unit_items:
        if i.pos not in leafish:
            continue
        child_kinds = [c.kind for c in i.children if c.kind in (2, 3) and c.kind > i.kind]
        votes[min(child_kinds) if child_kinds else i.kind] += 1
    level = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    section = _opening_section(items)
    sections_with_units = {section(i) for i in unit_items}
    tasks: list[Item] = []
    chosen: set[int] = set()
    alike: bool | None = None           # (read once, at the first childless article line not chosen above)
    for item in items:
        if item.pos in decls:
            if item.pos in leafish and not _has_task_children(item):
                tasks.append(item)
            continue
        if item.kind != level:
            if item.parent is not None and not item.children and any(
                    s.pos in leafish and s.kind == item.kind for s in item.parent.children):
                tasks.append(item)      # 3.… (cut before its units) after 1.…（A主办） 2.…（B负责）: siblings
            elif item.parent is not None and not item.children and item.parent.pos in leafish \
                    and item.parent.kind == level and item.kind in (2, 3) and item.kind > item.parent.kind:
                # (（三）开展演练 / 1、…演练。/ 牵头部门：A beside （一）…牵头单位：B: the point's units written after
                # its sub-items are the point's — its sub-items are the tasks, as its siblings are at theirs)
                tasks.append(item)
            elif (item.kind < level and not item.children and item.parent is not None
                  and section(item) in sections_with_units
                  and not any(NON_TASK_SECTION.search(a.title) for a in _ancestors(item))
                  and any(d.pos in decls for s in item.parent.children for d in s.descendants())):
                # （二）开展摸底 with its paragraph beside （一）制订配套文件 over 1.…（责任单位：A）: a piece
                # of the section's work written whole at the heading's level, a task as its sibling's items are
                tasks.append(item)
            continue
        if any(a.pos in decls for a in _ancestors(item)):
            tasks.append(item)
        elif section(item) in sections_with_units and not any(
                NON_TASK_SECTION.search(a.title) for a in _ancestors(item)):
            tasks.append(item)
        elif item.parent is not None and not item.children and any(
                s.pos in leafish and s.kind == item.kind for s in item.parent.children):
            tasks.append(item)          # 1.…（国务院各部门分别负责） 2.… under 主要预期目标: siblings are alike
        elif item.parent is None and not item.children and (
                item is items[-1] or _TIME_LABEL.search(item.body) and not NON_TASK_SECTION.search(item.title)
                and not _PHASE_TITLE.search(item.title)) \
                and any(s.pos in leafish and s.kind == item.kind and s.parent is None for s in items):
            tasks.append(item)          # the last row of a table, cut before its unit cells, or a row whose unit
            #                             cell is empty (2 | 完成餐饮油烟治理300家 |  | 2025年9月底), its time kept
        elif item.article_line and alike is not False and (alike := alike or _articles_alike(items, leafish)):
            tasks.append(item)          # 第二条 村级河长…巡河检查一次 beside 第五条 A牵头…: a rule's articles
            #                             alike, each one's work a task, its doers named or not (rule 2; round 30)
        elif _page_opening_run(item, items, level) or item.work and not item.children:
            tasks.append(item)          # (3.… 4.… a page opens with, before (四)…由A牵头 over 1.… 2.…; a notice's
            #                             paragraph of work beside those naming their units, round 38)
        elif item.parent is None and not item.children and (prose_declaration(item.body) or len(unit_items) == 1 and (
                decls[unit_items[0].pos].source[:1] in "(（") and not item.article and _own_doers(item.body)) \
                and any(s.pos in leafish and s.kind == item.kind and s.parent is None for s in items) and not (
                NON_TASK_SECTION.search(item.title)):
            tasks.append(item)          # 一、推进X。区住建局负责… beside 三、推进Y。区林业局负责。 (its units a clause
            #                             of its prose), or A要组织… beside the one point with a bracket (由A牵头,…)
        elif item.parent is None and not item.children and any(
                s.parent is None and s.kind == item.kind and s.pos in decls and _FIX_SOURCE.search(decls[s.pos].source)
                for s in items):
            tasks.append(item)          # 3、公厕保洁不到位。/ 整改要求：各管理单位要…: a problem found is a task,
            #                             a unit given its fix on a 「整改要求：由X负责」 line or not
    chosen = {t.pos for t in tasks}
    # a section that names no units at all, and is not about goals, rules or schedule,
    # holds work too (主要任务 beside a 职责分工 section): its leaf items are tasks
    leaves = _leaves(items)
    tops = [i for i in items if (i.kind == 1 or i.parent is None and i.children) and i.pos not in sections_with_units]
    by_number = False
    for top in tops:
        # 一、适用范围及部门职责: a section that also sets the departments' duties holds work
        rule = NON_TASK_SECTION.search(top.title) and not re.search(r"范围[及和与].{0,4}职责", top.title)
        if rule or any(d.pos in chosen for d in top.descendants()):
            continue
        took = [i for i in leaves if i.top() is top and i is not top]
        if dated_stages(top, took):
            continue
        by_number = by_number or any(not i.unit for i in took)
        tasks.extend(took)
    labels_name_lead = any(d.lead for d in decls.values())
    accountable: list[Item] = []
    for top in tops:
        # the items of a safeguards or steps section written as work, a heading over its text or run into it
        # ((一)加强组织保障。各部门要… / （一）动员部署阶段 over its paragraph), are tasks where no item of the
        # section was chosen (an item there led by a unit, 县财政局要…, stays a rule: see build_tasks)
        # (dropping the lead condition would gain 22 more checks in plans, -last, -next14 but breaks seed 001's
        # count: its 保障措施 under 牵头单位 labels are left out by the seeds' convention)
        if SAFEGUARDS_OR_STEPS.search(top.title) and not any(d.pos in chosen for d in top.descendants()):
            if labels_name_lead:
                # (labels naming a lead: the seeds leave such safeguards out, seed 001) — but stages each a
                # dated heading line over a paragraph of work are tasks as well as phases (plans-next70/-72)
                # (a schedule's stages only: 「二、保障措施」 over 「（一）加强督查（2024年6月）」 stays left out)
                if SCHEDULE_SECTION.search(top.title):
                    tasks.extend(stage_work([i for i in leaves if i.top() is top and i is not top]))
                else:
                    # (…but a point that designates its accountable body 「各区政府是…的责任主体」 is a task: round 32's
                    # designation, round 33's 组织实施 item with a doer)
                    accountable.extend(i for i in leaves if i.top() is top and i is not top and not i.unit
                                 and accountable_work(i))
                continue
            under = [i for i in leaves if i.top() is top and i is not top and not i.unit]
            work = [i for i in under if headed_prose(i) or RUN_IN_HEADING.match(i.body.strip())]
            # (only a section written as work throughout: one whose other items are one line each, （二）加强经费
            # 保障。安排资金不少于500万元, holds no work, its figures stay the plan's)
            if work and len(work) == len(under):
                tasks.extend(work)
            else:
                tasks.extend(i for i in under if headed_prose(i))     # (the rule before round 23)
    # where a whole section's numbered items are tasks though it names no unit, a unit is no sign of
    # a task: the numbered items of the plan's 基本原则 / 工作目标 / 保障措施 / 实施步骤 sections are
    # tasks as well (paragraphs led by a unit there, 县财政局要…, stay rules)
    if by_number:
        chosen = {t.pos for t in tasks}
        for top in tops:
            if NO_WORK_SECTION.search(top.title) or any(d.pos in chosen for d in top.descendants()) \
                    or dated_stages(top, [i for i in leaves if i.top() is top and i is not top]):
                continue
            tasks.extend(i for i in leaves if i.top() is top and i is not top and not i.unit
                         and not (labels_name_lead and AIMS_TOP.match(top.title.strip()) and not doer_units(i.body)[1]))
    tasks.extend(i for i in accountable if i not in tasks)     # (after the by-number sections: they stay as read)
    tasks.extend(required_work(items, tops, tasks, leaves))
    if not labels_name_lead and (points := points_document(items))[0]:
        # (六、保障措施 over 「A与B…加强对项目监督指导…」 beside 四、五's work: a childless point that gives work is a
        # task, Round 51 — not where labels name leads: the seeds leave such safeguards out, seed 001)
        picked = {t.pos for t in tasks}
        tasks.extend(top for top in tops if top.pos not in picked and childless_work(top, points[1], items))
    # (where labels name leads, an activity's own point 「一、非遗民俗活动 ⏎ 活动时间:… ⏎ …适时开展…」: Round 68)
    tasks.extend(top for top in tops if headed_work(top, labels_name_lead) and all(t.pos != top.pos for t in tasks))
    # 二、(一)全力推进产业项目建设 over 1.…(A主办) 2.…(B主办) 3.…: the heading over tasks is no task itself
    picked = {t.pos for t in tasks}
    tasks = [t for t in tasks if not any(d.pos in picked for d in t.descendants())]
    # a plan laid out by chapters (第三章　保障措施 over 一、… 二、…): a chapter of aims, rules or safeguards is
    # the section its items stand in, and those naming no unit are no tasks where the plan's tasks name theirs
    tasks = [t for t in tasks if t.pos in decls or t.unit
             or not any(NON_TASK_SECTION.search(c) for c in t.chapter)]
    tasks.sort(key=lambda i: i.pos)
    return tasks, level


def _opening_section(items: list[Item]) -> Callable[[Item], int]:
    """The section an item stands in, by its top item's position; a page that opens inside a section whose heading is
    on the page before (「3.…」「4.…」「(六)…」「(七)…」, then 「四、工作要求」) holds the items before the first
    section heading of the page's top kind as one section, the one whose heading was cut (x102_01: a units line
    after (六)'s run names units in it, and (七)'s run and 3./4. are work of the same section)."""
    roots = [i for i in items if i.parent is None]
    first = next((n for n, i in enumerate(roots) if i.kind == 1), None)
    opening = roots[:first] if first else []
    if len(opening) < 2 or not any(i.children for i in opening):
        return lambda i: i.top().pos
    cut = {i.pos for i in opening}
    return lambda i: -1 if i.top().pos in cut else i.top().pos


def unit_led_leaves(items: list[Item], decls: dict[int, Declaration]) -> list[Item]:
    """The tasks of a plan whose tasks are headed by their units (「1.区住建局：负责…」, 「（一）区发展改革委」 over
    its duties): every leaf, but the items of its goals, requirements or safeguards (总体要求 / 保障措施 / 组织实施 /
    工作要求 …) that name no unit, in their text, on a units line after them or on a heading above them: rules, no
    tasks (seeds EXPECTED.md lines 3–5), as ``choose_tasks`` leaves them out where tasks are labelled — only where
    every other leaf names its unit (a section so titled whose items name units holds tasks, those naming none among
    them too; the schedule's steps are no such section)."""
    leaves = _leaves(items)
    with_units = {i.top().pos for i in items if i.pos in decls or i.unit}

    def named(i: Item) -> bool:
        return i.pos in decls or bool(i.unit) or any(a.pos in decls for a in _ancestors(i)) or _charged_unit(i)

    def rule(i: Item) -> bool:
        return any(RULE_SECTION.search(a.title) for a in _ancestors(i))
    if not all(named(i) for i in leaves if not rule(i)):
        # a plan of work points with a division of duties (三、主要任务 whose items name no unit beside 二、职责分工
        # 「（一）城运中心：负责…」): its tasks name no unit, every leaf is a task (plans-dev 12's 四、工作保障), and
        # 三、组织机构 whose bodies set up are given work (Round 57's x253_06; x264_03 三)
        # (… and, in a document that numbers much of its work at its points, a childless point that gives work
        # 「五、物业托管 ⏎ …的，由相关街道书面指定…」 as ``choose_tasks`` reads one: round 34 early, Round 51)
        half, most = points_document(items)
        worked = [i for i in items if half and childless_work(i, most, items)]
        return sorted({i.pos: i for i in [*leaves, *filter(organisation_work, items), *worked]}.values(),
                      key=lambda i: i.pos)
    chosen = [i for i in leaves if named(i) or i.top().pos in with_units or not rule(i)]
    # (三、考核要求 「市供水管理事务中心应对各区…加强考核」 after 二、管理要求 （一）（二）: work given to a body)
    taken = {i.pos for i in chosen}
    # (二、组织领导 「…办公室设在X，具体负责…工作。各村、相关部门也要成立…，负责做好…工作」 beside 三、职责分工
    # 1、2、: the bodies it sets up given their work, a task — Round 57, x253_06)
    return sorted(chosen + [i for i in items if i.pos not in taken and (_closing_work(i, chosen, by_unit=True)
                                                                        or organisation_work(i))],
                  key=lambda i: i.pos)


# 「区政府办负责统筹协调」「区财政局牵头，…」: the unit the item's text opens with is charged with it
_CHARGED = re.compile(r"^[^，,。；;：:]{0,30}?(?:负责|牵头)")


def _charged_unit(item: Item) -> bool:
    """（一）加强组织领导。区政府办负责统筹协调… (or the heading on its own line over 区政府办负责…): the item
    names its unit, opening its text as the subject of 负责/牵头 (not 各单位要…, nor a unit further on in a sentence,
    「…请服务办于7月21日前上报」, nor 「X是…带头部门」)."""
    head, _, rest = item.body.strip().partition("\n")
    texts = [rest.strip()]
    if RUN_IN_HEADING.match(head):
        texts.append(head.split("。", 1)[1].strip())
    return any(opening_units(t) and _CHARGED.match(t) for t in texts if t)


def _unfold(chosen: list[Item], folded: dict[int, int], decls: dict[int, Declaration]) -> list[Item]:
    """A heading line 「2.落实属地主体责任」 whose text comes in paragraphs and then （1）…（3）, with
    one units line after （3）: the （N） items are the tasks, the units belong to each of them (where the
    item is one sentence, 「1.完善设施。具体包括：（1）…（2）…」, its （N） parts stay in it)."""
    out: list[Item] = []
    for item in chosen:
        subs = [c for c in item.children if c.kind == 4]
        head, _, rest = item.body.strip().partition("\n")
        if (item.kind == 3 and len(subs) >= 2 and not any(c.children for c in subs)
                and not re.search(r"[。；;：:，,！？]", head)
                and (item.pos in folded and (rest.strip() or _bare_heading(head)) or item.pos not in decls)):
            out.extend(subs)
        else:
            out.append(item)
    return out


def _bare_heading(head: str) -> bool:
    """A heading line of a few words naming work 「1、整治镇容镇貌」 with no text of its own: its （N） lines and the
    units line after the last are its text's tasks, each with the units (Round 77's x303_05)."""
    return len(head) <= 20


def _ancestors(item: Item) -> Iterator[Item]:
    a = item.parent
    while a is not None:
        yield a
        a = a.parent


def chosen_by_labels(decls: dict[int, Declaration]) -> bool:
    return any(not d.from_heading for d in decls.values())
