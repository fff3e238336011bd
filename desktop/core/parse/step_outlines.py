"""A procedure's outline by the names of its steps: an article's lead-in 「房屋调查一般按照下列程序办理：」
「…的基本流程为：」 over a list of bare names 「（一）受理；（二）审核；（三）出具报告。」 — each line a few words, no
clause, no modal and no body. The lines name the stages the later articles lay out one by one; they give no work of
their own (CONVENTIONS.md: the procedure's outline, the rules' terms, round 46; round 57's x251_01) — the list is the
article's text (round 35: a list that gives no work is text), never a task per name.

Not a list whose lines carry a sentence of work 「（二）区民政局收到申请后，应当当场受理；」 (a comma or a modal: a
step with its own rule), nor a lead-in that gives out duties 「…履行下列职责：」 (``given_lists``: its lines
are its parts, round 44)."""

from __future__ import annotations

import re

from .headings import Item
from .sentence_units import doer_units

# the lead-in that announces the steps of a procedure, ending the paragraph with its colon
# (「…一般按照下列程序办理：」「…按以下步骤进行：」「…的基本流程为：」「办理程序如下：」)
_OUTLINE_LEAD = re.compile(r"(?:(?:按照?|依照|遵循)?(?:下列|以下|如下)(?:程序|流程|步骤|环节)"
                           r"(?:办理|进行|实施|开展)?|(?:程序|流程|步骤)(?:为|是|如下))[：:]$")
# a step's bare name: a few characters, its end mark at most, no clause (comma), no sentence inside
_NAME = re.compile(r"^[^，,。；;：:、\s]{2,12}[；;。.]?$")
# a rule in the name 「应当…」「须…」「负责…」「可…」 makes it a step with its own rule, not a name
_RULE = re.compile(r"应|须|要|负责|不得|可")


def step_outline(item: Item) -> bool:
    """``item``'s list is a procedure's outline by the bare names of its steps (see the module)."""
    kids = item.children
    if len(kids) < 3 or any(c.children for c in kids):
        return False
    lead = item.body.rstrip().rsplit("\n", 1)[-1].strip()
    if not _OUTLINE_LEAD.search(lead):
        return False
    names = [c.body.strip() for c in kids]
    return all(_NAME.match(n) and not _RULE.search(n) and not doer_units(n)[1] for n in names)


# (a step's name in an outline a second list lays out 「3.移交有关资料；」「4.查验共用部位、共用设施设备；」
# 「9.向A办理备案。」: a short phrase, a 、 inside allowed — no clause, no rule)
_RUN_NAME = re.compile(r"^[^，,。；;：:\s]{2,24}[；;。.]?$")


def outline_run(item: Item) -> int:
    """The number of ``item``'s first children that are a procedure's outline by the names of its steps, where the
    lead-in closes the item's text and a list of another kind follows them 「承接查验参照下列程序进行：⏎1.组建…小组；⏎
    …⏎9.向…办理备案。⏎（一）前期工作⏎…」: the names are the outline the later points lay out (Round 86's (a); Round 97
    on the form) — 0 where the form does not hold (a run of fewer than three, names with a clause or a rule, a doer)."""
    kids = item.children
    run = next((k for k in range(1, len(kids)) if kids[k].kind != kids[0].kind), 0)
    if run < 3 or any(c.children for c in kids[:run]) or [c.value for c in kids[:run]] != list(range(1, run + 1)):
        return 0
    lead = item.body.rstrip().rsplit("\n", 1)[-1].strip()
    if not _OUTLINE_LEAD.search(lead):
        return 0
    names = [c.body.strip() for c in kids[:run]]
    return run if all(_RUN_NAME.match(n) and not _RULE.search(n) and not doer_units(n)[1] for n in names) else 0


__all__ = ["outline_run", "step_outline"]
