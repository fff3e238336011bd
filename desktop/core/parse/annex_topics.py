"""An attached list of topics under a plan whose own sections hold its numbered work.

A notice may set its work out in numbered items under its sections (三、工作方式 （一）成立联盟 … （五）…) and
attach a list (附件 / its title / 1.A联盟：课题一； 2.B联盟：课题二；…) of one line each — topics, names or
subjects, no paragraph of work — or a notice's unnumbered paragraphs of work, a list of names (communities named)
attached. The body's items are the plan's tasks; the attached list is not read over them,
even where its lines open with a body and a colon (a unit-colon line gives the list's items units the body's
prose may not)."""

from __future__ import annotations

from .headings import Item


def _one_line(item: Item) -> bool:
    """An item that is one line with no sentence inside (a topic, a name): its text ends at most with a stop."""
    text = item.body.strip().rstrip("。；;，,")
    return bool(text) and "\n" not in text and "。" not in text and "；" not in text and len(text) <= 60


def body_holds_work(items: list[Item]) -> bool:
    """The body's own sections hold numbered work: a top-level item with two or more numbered children that
    each have text of their own."""
    return any(i.parent is None and sum(1 for c in i.children if c.body.strip()) >= 2 for i in items)


def topic_list(body: list[Item], annex: list[Item]) -> bool:
    """An attached flat list of one-line entries (three or more, one level, no children) under a body whose
    sections hold numbered work: the list is no task list of the plan."""
    if len(annex) < 3 or any(i.children for i in annex) or len({i.kind for i in annex}) != 1:
        return False
    return all(_one_line(i) for i in annex) and (body_holds_work(body) or notice_work(body))


def notice_work(items: list[Item]) -> bool:
    """The body is a notice's unnumbered paragraphs of work (round 38: 「各区要牢固树立…，深入组织开展…」), each an item
    at the top with a paragraph of its own: a list of names attached to it (附件 / …名单 / 1.浦东新区曹路镇社区 …)
    names what the notice decided, no work of its own (x244_03)."""
    return bool(items) and all(i.parent is None and i.unnumbered and not i.children and len(i.body.strip()) >= 30
                               for i in items)
