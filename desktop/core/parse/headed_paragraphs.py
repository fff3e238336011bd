"""Unnumbered run-in headed paragraphs under a numbered section (round 35's run-in headings; round 38: work items
under a 目标 section are tasks): right under a section's heading line 「二、目标任务」, a run of two or more
paragraphs, each opening with a heading of work run into its text and closed by its stop 「着力优化施工环境,加快发展
步伐。一是维护…」「着力优化人文环境,促进社会和谐。进一步加大…」 — the section's items, written without numbers. Each
becomes an unnumbered child of the section, named by its heading's first phrase (``build_items``' ``levels``).

Only in a plan that numbers nothing under its sections; only a run that fills the section's text from its heading
line on; not a section of principles or thought (坚持以人为本。… under 二、基本原则: the plan's aims, no work). A
section holding one such paragraph alone (三、工作措施 / 建立完善工作责任机制。…) is read so only in a plan that
writes another section's items so, two or more (its items written alike); in any other plan it is the section's
text, the section read as before."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .shortname import WORK_START

# a heading of work run into its paragraph: one or two short phrases, its stop, then the paragraph's own text
_HEAD = re.compile(r"([\u4e00-\u9fff“”]{4,14})(?:[，,][\u4e00-\u9fff“”]{2,14})?。(?=[^\n]{15})")
# a section whose paragraphs are the plan's aims or principles, not its work (二、基本原则 / 一、指导思想)
_AIMS = re.compile(r"原则|指导思想|思路|意义|背景|形势|依据")
# a section of the plan's safeguards, whose run-in paragraphs are its text (round 44 decided: the section one task)
_SAFEGUARDS = re.compile(r"保障|组织实施|工作要求|组织领导")


def headed_paragraphs(lines: list[str]) -> dict[int, str]:
    """Line → its heading's first phrase, for each paragraph of such a run (see the module)."""
    if not any("。" in ln[:30] for ln in lines):
        return {}
    # (a plan that numbers items under its sections 「（一）加强智慧监管。…」 writes an unnumbered paragraph or two
    # 「畅通数据共享。…」 as its section's text: plans-next37 x37_04, its 二、 one task — but a run of three or more
    # under a section of the plan's own content, after its opening paragraph 「二、支持方向 / 围绕…。 / 支持核心技术
    # 攻关。… / 支持产业集聚发展。…」, is that section's items: Round 47 rulings, x212_03)
    deeper = any((f := line_marker(ln.strip())) and f[0] > 1 for ln in lines)
    runs: list[dict[int, str]] = []
    run: dict[int, str] = {}
    open_section = False                # right under a numbered heading line with no text of its own, so far
    opened = False                      # the section's opening paragraph read (a plan that numbers deeper)
    for n, raw in enumerate([*lines, "一、完"]):       # (a heading after the last line closes its run)
        line = raw.strip()
        if not line:
            continue
        found = line_marker(line)
        if found is not None:
            if run and len(set(run.values())) == len(run):
                runs.append(run)
            run = {}
            head = line[found[3]:].strip()
            open_section = found[0] == 1 and bool(head) and len(head) <= 20 and not re.search(r"[。；;，,：:]", head) \
                and not _AIMS.search(head) and not (deeper and _SAFEGUARDS.search(head))
            opened = False
            continue
        m = _HEAD.match(line) if open_section else None
        if m is not None and WORK_START.match(m.group(1)) and not m.group(1).startswith("坚持"):
            run[n] = m.group(1)
            continue
        if deeper and open_section and not run and not opened:
            opened = True
            continue
        run, open_section = {}, False
    least = 3 if deeper else 2
    runs = [r for r in runs if len(r) >= least] if deeper else runs
    if not any(len(r) >= least for r in runs):
        return {}
    return {n: head for r in runs for n, head in r.items()}
