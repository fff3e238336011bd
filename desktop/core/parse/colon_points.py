"""Childless headed points written as paragraphs each led by its bodies and a colon: 「四、…的处置⏎物业公司：对…应及时
发现、劝阻和制止…⏎小区居委会、属地房管部门：接到报告后…到场处置…⏎区城管执法部门：…依法查处」. Each paragraph gives
the bodies before its colon their part of the point's work — a label (rule 1), not a sentence whose subject is read by
rule 2 — so the point gives work to the bodies it names: one task, its units every paragraph's bodies in printed order
(CONVENTIONS.md round 32: a childless section of unit paragraphs is one task). ``headed_points`` asks it whether a
point whose sentences name no rule-2 doer gives work all the same, and ``tasks`` for that point's units. A
roster 「组长：…」, contacts 「联系人：…」, field labels 「牵头部门：…」 or rates by place 「某镇：2万元每亩」 name no
body given work and stay none, and so does a point with one such paragraph only (a single line may be a field, not a
division of the work)."""

from __future__ import annotations

import re

from .headings import Item
from .prose_units import colon_lead_unit, opening_units

# a paragraph led by a few words and a colon, its text after them (物业公司：对占绿…)
_COLON_LED = re.compile(r"^([^，,。；;：:\n]{2,40})[：:]\s*\S")
# the label of a field, not a body (牵头部门：A / 责任单位：B / 参与部门：C)
_FIELD_LABEL = re.compile(r"(?:牵头|责任|参与|配合|协办|主办|承办|实施|具体)(?:部门|单位)|联系|组长|成员")
# the text after the colon: a sentence of work, not a figure (more than a rate's few characters, opening with no digit)
_WORK_AFTER = re.compile(r"^[^\d\s][^\n]{14,}")
# the last paragraph a bare label 「卫生局:」 (the page cut after the body's name)
_BARE_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,16})[：:]$")
# a contact line 「县住建局：刘某，综合科科长，电话139…」: a person and a number, no work
_CONTACT = re.compile(r"电话|手机|联系人|联络员|邮箱|\d{7,}")


def colon_led_units(item: Item) -> list[str]:
    """The bodies that lead the paragraphs under the heading line of ``item``, a childless top-level point: two
    paragraphs or more, each led by its bodies and a colon; none where fewer are so led."""
    if item.children or item.parent is not None or item.unnumbered:
        return []
    paragraphs = [p.strip() for p in item.body.strip().partition("\n")[2].split("\n") if p.strip()]
    # (a lead-in before them 「各相关部门要协同配合，做好…」 is the point's own text: read as it was, by the lead-in
    # rules of ``prose_units`` — a lead-in that divides nothing gives the paragraphs' bodies no units, round 37)
    if not paragraphs or not _COLON_LED.match(paragraphs[0]):
        return []
    led: list[list[str]] = []
    for k, paragraph in enumerate(paragraphs):
        if k == len(paragraphs) - 1 and k >= 2 and (bare := _BARE_LABEL.match(paragraph)) \
                and colon_lead_unit(paragraph + "负责相关工作") == bare.group(1):
            # (「卫生局:」 last, the page cut after its name: it still names it, round 45)
            led.append([bare.group(1)])
            continue
        m = _COLON_LED.match(paragraph)
        # (not a rate by place 「华亭镇、外冈镇：2万-4万元每亩每年」: a figure after the colon, no work)
        if m and not _FIELD_LABEL.search(m.group(1)) and _WORK_AFTER.match(paragraph[m.end(1) + 1:].strip()) \
                and not _CONTACT.search(paragraph):
            names = [n for n in opening_units(paragraph) if n in m.group(1)]
            if names:
                led.append(names)
    if len(led) < 2:
        return []
    return list(dict.fromkeys(n for names in led for n in names))
