"""Two documents under one cover (round 30, CONVENTIONS.md "What is a task"): a notice that issues 《A》和《B》, each
printed after it under its own title and numbered from the start (two 办法 / an 指导意见 and its 工作规则). Both are
the plan's, their tasks counted in order — not two runs of one plan's numbering (a notice's points, then the plan)
of which the parser keeps one."""

from __future__ import annotations

import re

from desktop.core.model import Task

from .headings import Item

# 关于印发《A》和《B》的通知 / 制定《A》和《B》。现予印发: the documents a cover issues together
ISSUED_PAIR = re.compile(r"《([^《》\n]{4,80})》\s*[和及、]\s*《([^《》\n]{4,80})》")


# the second 《》 a cover issues as a list of the first's tasks (《…工作任务清单》 / 《…责任分工表》 /
# 《…重点任务分解》): the plan's own tasks restated with their units and dates, an annex of the plan, not a second
# document (review of p84)
TASK_LIST = re.compile(r"(?:任务|责任|工作|分工|项目)(?:清单|台账|分工|分解)表?$"
                       r"|(?:分工|分解|任务|责任|计划)(?:一览)?表$")


def pair_plan(first: str, second: str) -> str | None:
    """The one plan a cover issues as 《first》和《second》: ``first`` where ``second`` is a list of its tasks (its
    annex, TASK_LIST); None where the two are two documents (each read, see the module's text). The one reader of
    the pair: the title (titles._issued_plan) and the outline (both_documents) ask it."""
    return first if TASK_LIST.search(second) else None


def _squashed(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _two_documents(runs: list[list[Item]], preamble: str) -> bool:
    """The cover names two documents, the first's title closes the preamble and the second's is the last line of
    the first's last item (第十八条（施行） 本指导意见自印发之日起施行。 / 上海市…工作规则（试行））."""
    names = {_squashed(n) for m in ISSUED_PAIR.finditer(preamble) for n in m.groups()}
    if len(runs) != 2 or len(names) < 2 or not runs[0] or not runs[1]:
        return False
    first = _squashed(preamble.strip().rsplit("\n", 1)[-1])
    second = _squashed(runs[0][-1].body.strip().rsplit("\n", 1)[-1])
    return first in names and second in names and first != second and pair_plan(first, second) is None


def both_documents(runs: list[list[Item]], preamble: str, warnings: list[str]) -> list[Item] | None:
    """The items of both documents, numbered under 文件1 / 文件2, when ``runs`` are two documents under one cover
    (see the module's text); None otherwise."""
    if not _two_documents(runs, preamble):
        return None
    warnings.append(f"原文一份通知下印发 {len(runs)} 份文件，各自从头编号，已把各份文件的任务依次读入，"
                    "编号前加“文件N”，请核对。")
    last = runs[0][-1]
    last.body = last.body.rstrip().rsplit("\n", 1)[0]      # the second document's title, no part of it
    for n, run in enumerate(runs, 1):
        for item in run:
            item.path = [f"文件{n}", *item.path]
    return [i for run in runs for i in run]


# a compilation's next piece header on its own line 「【二】2016年乡镇七一表彰方案」「篇二:…活动方案」「方案二：…」
# 「…活动方案【第二篇】」: the page runs on into the site's next piece, a document of its own (CONVENTIONS head: one
# text holding two documents, each with its own title and numbering, counts the tasks of both)
_NEXT_COUNTER = r"(?:[2-9]|[二三四五六七八九])"
NEXT_PIECE = re.compile(r"^\s*(?:【\s*" + _NEXT_COUNTER + r"\s*】|(?:篇|方案|范文|文章)\s*" + _NEXT_COUNTER
                        + r"\s*[:：]|第\s*" + _NEXT_COUNTER + r"\s*篇\s*[:：]?)\s*\S.{3,60}$"
                        r"|^\s*\S.{3,60}?【\s*第\s*" + _NEXT_COUNTER + r"\s*篇\s*】\s*$"
                        # (a 范文 site's piece head with its counter after the name 「…放假的通知范文二」
                        # 「…方案范文 篇2」: "Round 102 rulings, written early" on x366_04 — 范文一／范文二 number the
                        # pieces as 篇一 does)
                        r"|^\s*\S.{3,60}?(?:范文|范本)\s*(?:篇\s*)?" + _NEXT_COUNTER + r"\s*$", re.M)


def next_pieces(runs: list[list[Item]], warnings: list[str]) -> list[Item] | None:
    """The items of two runs where the first run's last item closes on a compilation's next piece header
    (``NEXT_PIECE``), the next piece's title and preamble after it: both pieces read in order, numbered under 文件1 /
    文件2, the header and what follows it cut from the first run's last item; None otherwise."""
    if len(runs) != 2 or not runs[0] or not runs[1]:
        return None
    last = runs[0][-1]
    header = NEXT_PIECE.search(last.body)
    # (a title line, no sentence: 「方案二：灯谜会延至2月10日举行，由镇文化站负责另行通知。」 inside an item is an
    # alternative plan of that item's work, no next piece — one plan, one numbering)
    if header is None or header.start() == 0 or re.search(r"[，,。；;]", header.group(0)):
        return None
    warnings.append("原文一页中接着印出另一篇方案，各自从头编号，已把两篇的任务依次读入，编号前加“文件N”，请核对。")
    last.body = last.body[:header.start()].rstrip()
    for n, run in enumerate(runs, 1):
        for item in run:
            item.path = [f"文件{n}", *item.path]
    return [i for run in runs for i in run]


def document_runs(items: list[Item]) -> list[list[Item]]:
    """The items of each document where they are two documents' (文件1 / 文件2, as ``both_documents`` and
    ``next_pieces`` number them), else ``[items]``: a notice of bare points beside a second that numbers deeper
    keeps its points as tasks ("Round 102 rulings, written early" on x366_04: both pieces counted, in order)."""
    docs = list(dict.fromkeys(i.path[0] for i in items if i.path and i.path[0].startswith("文件")))
    if len(docs) < 2 or not all(i.path and i.path[0] in docs for i in items):
        return [items]
    return [[i for i in items if i.path[0] == doc] for doc in docs]


def document_parts(tasks: list[Task], items: list[Item]) -> list[tuple[list[Task], str]]:
    """The tasks and the body text of each document where the items are two documents' (文件1 / 文件2, as
    ``both_documents`` and ``next_pieces`` number them): each document's time section dates its own items only;
    [] where the items are one document's."""
    labels = list(dict.fromkeys(i.path[0] for i in items if i.path and i.path[0].startswith("文件")))
    if len(labels) < 2:
        return []
    return [([t for t in tasks if t.path[:1] == [label]],
             "\n".join(i.marker + i.body for i in items if i.path[:1] == [label])) for label in labels]
