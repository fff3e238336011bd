"""Which parts of a plan's outline hold its items: a notice's own points over the plan it issues
(``issued_plan``), several plans issued as 附件1, 附件2 … (``annexed_plans``), numbering that starts again
(``main_part``: the run that names the most units; a table of contents skipped), a 附件 that is a list of
work (``listed_appendix``) or a document of rules (``rules_annex``). Moved out of ``__init__`` whole."""

from __future__ import annotations

import re

from .annexed_rules import ANNEX_LABEL
from .columns import ANNEX_LINE
from .declarations import find_declaration
from .heading_markers import MARKER
from .headings import Item, Outline, build_items
from .section_kinds import problem_list
from .text_ends import TABLE_TITLE_HEAD
from .two_documents import both_documents, next_pieces

_BARE_ANNEX = re.compile(rf"\s*{ANNEX_LINE}\s*\n\s*(?P<title>[^\n]{{2,30}})\n")


# an account of what stands or was done (…建设情况 / 已有成效 / 工作基础; 2023年已完成…) is no work
_ACCOUNT_TITLE = re.compile(r"(?:情况|成效|基础)$")
_DONE_ALREADY = re.compile(r"已(?:经)?(?:完成|建成|安装|实现|开展|形成|建立|覆盖|投用|投入|推广)"
                           r"|(?:19|20)\d{2}年[^。；;]{0,12}已")
# a section of an attached list whose sub-items are items of work
_WORK_SECTION = re.compile(r"^重点(?:工程|任务|项目|行动|工作)$|^(?:主要|工作)任务$|^(?:专项|重点)?行动$")


# an attached glossary's title 「工程建设领域优化营商环境名词解释」「术语解释」「用语含义」「释义」
_GLOSSARY = re.compile(r"(?:名词|术语|用语|词语)的?(?:解释|释义|含义|定义)|释义[）)]?$")


def glossary_annex(trailer: str) -> bool:
    """The 附件 after the plan is a glossary: the title standing last before its first numbered line names the
    plan's words explained 「附件1 ⏎ …名词解释 ⏎ 1、区审批审查中心：…」 — definitions, no work (CONVENTIONS.md round
    30; Round 72 on a point of 术语解释), however its lines read."""
    title = ""
    for line in (ln.strip() for ln in trailer.splitlines()):
        if MARKER.match(line):
            break
        title = line or title
    return _GLOSSARY.search(title) is not None


def listed_appendix(trailer: str) -> list[Item] | None:
    """The items of a 附件 that is a list, not a table: a bare 附件 line, the list's title, then three
    or more numbered items at one level, each a paragraph of work (more than one sentence)."""
    head = _BARE_ANNEX.match(trailer) or TABLE_TITLE_HEAD.match(trailer)   # (or a table's title, no 附件 line)
    if not head or MARKER.match(head.group("title")) or "。" in head.group("title"):
        return None
    items = build_items(trailer).items
    tops = [i for i in items if i.parent is None]
    if tops and all(i.kind == 1 for i in tops) and any(i.children for i in tops):
        # the 附件 has its own outline (一、基本原则 （一）… 二、重点工程 （一）…): the sections that list work
        # (重点工程 / 重点任务 / 重点项目) are kept with their sub-items; principles and aims are not work
        work = {i.pos for i in tops if _WORK_SECTION.search(i.title) and len(i.children) >= 2
                and all(c.body.strip() for c in i.children)}
        # (a background 附件 lists what was done under the same headings: 数字平台建设情况。2023年已完成…)
        kept = [i for i in items if (i.pos in work or i.parent is not None and i.parent.pos in work)
                and not (i.parent is not None and (_ACCOUNT_TITLE.search(i.title) or _DONE_ALREADY.search(i.body)))]
        return kept if any(i.parent is not None for i in kept) else None
    if len(items) < 3 or len({i.kind for i in items}) != 1 or any(i.children for i in items):
        return None
    if not all(i.body.rstrip().rstrip("。").count("。") >= 1 for i in items):
        return None
    return items


def _contents(run: list[Item], later: list[list[Item]]) -> bool:
    """A run of numbered lines that is the document's table of contents (目录/提纲): only headings (one
    short line each, no sentence), whose sections come again, with text, in a later run."""
    # the last heading's text runs on into the title and preamble of the document itself
    lines = [i.body for i in run[:-1]] + [run[-1].body.split("\n", 1)[0]]
    if len(run) < 3 or any("\n" in b or "。" in b or len(b) > 40 for b in lines):
        return False
    again = {i.title for r in later for i in r if i.kind == 1}
    return sum(1 for i in run if i.kind == 1 and i.title in again) >= 2


def _leading_contents(items: list[Item]) -> int:
    """How many items at the start are a table of contents in numbers other than 一、 (1.总则 / 1.1指导思想 …
    9.2预案解释与实施, then 1.总则 again with its text): one short line each, no sentence, the first top
    heading coming again (same number, same title) with text under it; 0 where there is none."""
    if len(items) < 4 or items[0].parent is not None or items[0].kind == 1:
        return 0
    first = items[0]
    for n, item in enumerate(items[1:], 1):
        if item.parent is None and item.kind == first.kind and item.number == first.number:
            if n < 3 or item.title != first.title or not item.children and "\n" not in item.body.strip():
                return 0
            # (the last heading's text may run on into the title of the document itself)
            heads = [i.body.strip() for i in items[:n - 1]] + [items[n - 1].body.strip().split("\n", 1)[0]]
            return n if all(h and "。" not in h and "\n" not in h and len(h) <= 40 for h in heads) else 0
    return 0


def _run_named(run: list[Item]) -> str:
    """A numbering group as a clerk finds it in the document: its first line's marker and opening words,
    and how many items it holds 「“一、总体要求”起，共 5 项」 (its sub-items counted apart)."""
    first = run[0].marker + run[0].title
    opening = first if len(first) <= 16 else first[:15] + "…"
    held = {id(i) for i in run}
    tops = sum(1 for i in run if i.parent is None or id(i.parent) not in held)
    under = len(run) - tops
    return f"“{opening}”起，共 {tops} 项" + (f"、下含 {under} 条" if under else "")


def main_part(items: list[Item], warnings: list[str], preamble: str = "") -> tuple[list[Item], str, str]:
    """When top-level numbering starts again at 一 (a notice's own points, then the plan), or at 1
    after the notice's signature and date (its points, then the plan's task table), keep the run
    that names the most units (the later one on a tie). Also the text of the runs left out (a
    notice's points may ask for reports), and of a table of contents before the title (its headings
    may be all the page shows of the schedule)."""
    if lead := _leading_contents(items):
        # 目录 before the body in 1. / 1.1 numbers: its lines are the plan's headings, not its items
        warnings.append("原文在正文前有一份目录（提纲），已跳过目录，按正文读取任务，请核对。")
        toc = "\n".join(i.marker + i.title for i in items[:lead])
        body, left_out, more = main_part(items[lead:], warnings, preamble)
        return body, left_out, "\n".join(t for t in (toc, more) if t)
    runs: list[list[Item]] = [[]]
    last_top: Item | None = None        # (the current run's last top-level item, kept as the run grows)
    for item in items:
        # (一、 again under the plan's next 第X章 / 第X节 is the same plan's numbering, see plan_divisions.CHAPTER)
        if item.restart and runs[-1] or (
                item.kind == 1 and item.value == 1 and last_top is not None
                and not (item.chapter and last_top.chapter and item.chapter != last_top.chapter)):
            runs.append([])
            last_top = None
        runs[-1].append(item)
        if item.kind == 1:
            last_top = item
    if len(runs) == 1:
        return items, "", ""
    toc = ""
    contents = [n for n, run in enumerate(runs) if n < len(runs) - 1 and _contents(run, runs[n + 1:])]
    if contents:
        # 目录/提纲 before the title: its lines are the plan's headings, not its items
        warnings.append("原文在正文前有一份目录（提纲），已跳过目录，按正文读取任务，请核对。")
        toc = "\n".join(i.marker + i.title for n in contents for i in runs[n])
        runs = [run for n, run in enumerate(runs) if n not in contents]
        if len(runs) == 1:
            return runs[0], "", toc
    if (both := both_documents(runs, preamble, warnings) or next_pieces(runs, warnings)) is not None:
        return both, "", toc
    # (an article's own paragraph after its items, ``Item.after_items``, is no more of its run's numbering)
    score = [(-1 if n and problem_list(run, runs[n - 1]) else sum(
        1 for i in run if not i.after_items and find_declaration(i.body)),
              sum(not i.after_items for i in run), n) for n, run in enumerate(runs)]
    best = max(score)[2]
    dropped = "；".join(f"未取第 {n + 1} 组（{_run_named(run)}）" for n, run in enumerate(runs) if n != best)
    warnings.append(f"原文有 {len(runs)} 组各自从头开始的编号，已取第 {best + 1} 组（{_run_named(runs[best])}）"
                    f"作为方案正文；{dropped}，请核对。")
    left_out = "\n".join(i.marker + i.body for n, run in enumerate(runs) if n != best for i in run)
    return runs[best], left_out, toc


# a notice that issues the attached list (现将《…》印发给你们): its own numbered points are instructions
ISSUES = re.compile(r"现将[^。\n]{0,80}(?:印发|下发|分解)|印发给你们")


# (a plan's title may end with its years or its draft in brackets: …三年行动计划（2024-2026年） / …方案（试行）)
# （2025—2027年度）（2025年版）（2025年修订）（草案）（送审稿）（讨论稿）（修订版）【2025-2027年】 too)
_PLAN_TITLE = re.compile(r"(方案|计划|要点)(?:[（(【](?:(?:19|20)\d\d(?:年度?)?(?:\s*[-—–－~～至到]\s*(?:19|20)?\d\d"
                         r"(?:年度?)?)?(?:年?版|年?修订)?|试行|暂行|修订(?:稿|版)?|征求意见稿|草案|送审稿|讨论稿)[)）】])?$")
# the title of an attached document of rules or duties (…管理细则 / …办法 / …职责清单), no list of work
# (…细则（试行） / …办法(暂行) too; not a 职责清单, most often a table of work with its units — mend r70 5, 6)
_RULES_TITLE = re.compile(r"(?:细则|办法|规定|规则)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?$")
# the assessor's publishing of results under a rules annex (考核结果每半年通报一次): no report the units owe
RESULTS_SHOWN = re.compile(r"[^。；;\n]*(?:考核|评估|评价|检查|督查)(?:结果|情况|排名)"
                            r"[^。；;\n]*(?:通报|公布|公示)[^。；;\n]*")


def rules_annex(trailer: str) -> str:
    """The text of the first 附件 after the plan where it is a document of rules (附件1 / 青浦区建筑垃圾管理细则 /
    一、概念定义 …), up to the next 附件 label; "" where it is not."""
    label = ANNEX_LABEL.search(trailer)
    if label is None or not _RULES_TITLE.search(trailer[label.end():].lstrip().split("\n", 1)[0].strip()):
        return ""
    after = ANNEX_LABEL.search(trailer, label.end())
    text = trailer[label.end():after.start() if after else len(trailer)]
    # (its items labelled 牵头单位：…；责任单位：…；完成时限：… are a list of work, whatever its title says)
    return "" if re.search(r"(?:牵头|责任|配合|主办|协办)(?:单位|部门)\s*[:：]|完成时[限间]\s*[:：]", text) else text


def issued_plan(outline: Outline) -> str:
    """A notice whose own numbered points (一、充分认识… / 二、… / 三、…，现将《…方案》印发给你们) name no unit,
    over the plan it issues after its signature (附件 / the plan's title / 一、…（一）…1.…): the plan's
    items become the outline's (numbered as in the plan) and the notice's text is returned, for its
    duties; "" when the document is not such a notice (the outline is left as it was). The issued document may be
    rules (附件1 / …管理办法 / 第一条 目的依据 …) where they are written in articles: a cover whose own lines are only
    its 附件： list 「1.…办法;」「2.…目录。」 issues them, and their articles are the plan's items (x246_02)."""
    label = ANNEX_LABEL.search(outline.trailer)
    if not outline.items or not label or any(i.children for i in outline.items):
        return ""
    notice = "\n".join(i.marker + i.body for i in outline.items)
    if not ISSUES.search("\n".join([outline.preamble, notice])) or any(
            find_declaration(i.body) for i in outline.items):
        return ""
    rest = outline.trailer[label.end():].lstrip()
    title = rest.split("\n", 1)[0].strip()
    if MARKER.match(title) or not (_PLAN_TITLE.search(title) or _RULES_TITLE.search(title)):
        return ""
    annex = build_items(rest)
    if len(annex.items) <= len(outline.items) or not any(i.children for i in annex.items):
        return ""
    tops = [i for i in annex.items if i.parent is None]
    if not _PLAN_TITLE.search(title) and not (len(tops) >= 3 and all(i.article for i in tops)):
        return ""                       # (a 办法 / 细则 issued is read where it is written in articles, 第一条 …)
    outline.items, outline.trailer, outline.closing = annex.items, annex.trailer, annex.closing
    outline.preamble = "\n".join([outline.preamble, annex.preamble])
    return notice


def _label(match: re.Match[str]) -> str:
    return re.sub(r"[\s:：]", "", match.group(0))


def annexed_plans(outline: Outline) -> int:
    """A notice that issues several plans as 附件1, 附件2, …, each under its label and title with its own
    一、二、… (the first read as the outline, the others left in its trailer): every plan's items are
    kept, numbered under their label (附件2.三.一); the count of plans, 0 when there is one or none."""
    first = list(ANNEX_LABEL.finditer(outline.preamble))
    labels = list(ANNEX_LABEL.finditer(outline.trailer))
    if not first or not labels or not outline.items or not _PLAN_TITLE.search(
            outline.preamble[first[-1].end():].lstrip().split("\n", 1)[0].strip()):
        return 0
    plans: list[tuple[str, list[Item]]] = [(_label(first[-1]), outline.items)]
    closing, trailer = outline.closing, ""
    for n, label in enumerate(labels):
        if n == 0 and outline.trailer[:label.start()].strip():
            return 0                    # the trailer opens with something else (抄送, a table)
        end = labels[n + 1].start() if n + 1 < len(labels) else len(outline.trailer)
        piece = outline.trailer[label.end():end].lstrip()
        annex = build_items(piece)
        if not _PLAN_TITLE.search(piece.split("\n", 1)[0].strip()) or not any(i.children for i in annex.items):
            if n == 0:
                return 0
            trailer = outline.trailer[label.start():]
            break
        plans.append((_label(label), annex.items))
        closing, trailer = annex.closing, annex.trailer
    _join_pieces(outline, [], plans, closing, trailer)
    return len(plans)


# a cover's line before its 附件 labels that gives no work: its 附件： list (1.《…》), its signature, its date
_COVER_TAIL_LINE = re.compile(r"^[^。；;]{0,60}$")


def cover_annexes(outline: Outline) -> int:
    """A covering notice with numbered points of its own (…同时提出如下工作要求： 一、…二、…) that issues two or more
    documents (现将…印发给你们), each printed after its signature under its label and the title the cover names in
    《》 (附件1 / 2024年…指导意见 / 一、…): every document's items are read after the cover's, numbered under their
    label (附件2.三) — round 30's documents under one cover, Round 76's cover with tasks of its own; the count of
    documents, 0 where the text is not such a cover (the outline is left as it was)."""
    if not outline.items or ANNEX_LABEL.search(outline.preamble) or not ISSUES.search(outline.preamble):
        return 0
    named = {re.sub(r"\s+", "", n) for n in re.findall(r"《([^《》\n]{4,80})》", outline.preamble)}
    labels = list(ANNEX_LABEL.finditer(outline.trailer))
    # (the cover's own 「附件：」 over its list 「1.《…》」 is no document's label: the documents' labels follow)
    first = next((n for n, m in enumerate(labels) if _first_line(outline.trailer[m.end():]) in named), len(labels))
    labels = labels[first:]
    if len(labels) < 2:
        return 0
    head = outline.trailer[:labels[0].start()]
    if not all(_COVER_TAIL_LINE.match(ln.strip()) for ln in head.split("\n")):
        return 0                        # (the trailer opens with a text of its own, a table's rows)
    pieces: list[tuple[str, list[Item]]] = []
    closing = trailer = ""
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(outline.trailer)
        piece = outline.trailer[label.end():end].lstrip()
        annex = build_items(piece)
        tops = [i for i in annex.items if i.parent is None]
        if _first_line(piece) not in named or len(tops) < 2:
            return 0                    # (an attachment the cover does not name as a document it issues)
        pieces.append((_label(label), annex.items))
        closing, trailer = annex.closing, annex.trailer
    _join_pieces(outline, outline.items, pieces, closing, trailer)
    return len(pieces)


def _join_pieces(outline: Outline, before: list[Item], pieces: list[tuple[str, list[Item]]], closing: str,
                 trailer: str) -> None:
    """``outline`` made of the items ``before`` and each document's items after them, numbered under its label
    (附件2.三) and placed after those read before them; the last document's closing and trailer its own."""
    items = list(before)
    for name, annex_items in pieces:
        for item in annex_items:
            item.path = [name, *item.path]
            item.pos += len(items)
        items.extend(annex_items)
    outline.items, outline.closing, outline.trailer = items, closing, trailer


def _first_line(text: str) -> str:
    return re.sub(r"\s+", "", text.lstrip().split("\n", 1)[0])
