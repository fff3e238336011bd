"""Bars set on an index that has no unit: 「工业用地容积率不低于2.0」「容积率大于4.0的公共建筑」「郁闭度0.2以上的区域」.

(A rate or coverage whose %-sign is not printed 「培训教育面达100」 is read alike, joined to its comparison word.)

A plan's figure is read as a target only with a unit (``figures.NUMBER``); an index a standard sets as a bare number
— a plot ratio (容积率), a canopy density (郁闭度), a coefficient (系数), an index (指数) or the ratio of two counts
(「执法总家次与执法工作日之比不得小于0.75」, 比值) — has none, and was never read. Such a figure is a target
(round 30: a figure joined to a comparison word of the line is a target of its item) where a bar holds it: a
comparison word right before it (不低于 / 大于 / 控制在 …) or a band after it (以上 / 以下 / 以内). A bare index with
no bar (容积率2.0的地块: which plots), a figure with a unit after it (系数0.4W/㎡), a range (系数在0.2-0.5) and a
version (2.0版 / 工业上楼2.0模式) are left alone.

(A policy's own rate written as a multiple of a base 「按照…水价的1.2倍收取」 is the figure reader's: 倍 is one of
its units, ``figure_aims.rate_terms``.)
"""
from __future__ import annotations

import re

from desktop.core.model import Target

from .figures import CMP, CMP_BEFORE, SUFFIX  # the comparison words every figure reader shares

# (… and the ratio of two areas or counts named by what it compares 「补占面积比超过1.05」「容积比」: X比 — not
# 同比／环比, a change over time)
# (… or the bar in the clause right after the one naming the index 「…可适当提高容积率，不宜超过3.0」: the index its
# subject — Round 97's x357_04 第五条（二）3, round 30's line; a bar only: ``carry`` needs a comparison word)
# (… or a rate or a coverage whose %-sign the page does not print 「培训教育面达100」「培训面达到90以上」: only what is
# printed is read, the unit empty — round 48; Round 93's decided bare ratio; a share, so 100 at most)
_RATE = r"(?:覆盖|教育|培训|宣传|普及|知晓|受益)面|[\u4e00-\u9fff]{2}率"
_INDEX = re.compile(r"(容积率|郁闭度|系数|指数|之比|比值|[\u4e00-\u9fff]{2}(?<![同环对相之])比|" + _RATE + ")"
                    r"(?P<carry>\s*[，,]\s*(?:但|且)?)?"
                    r"\s*(?:原则上|一般|应当?|须|需|要|均)?\s*"
                    r"(?P<cmp>" + CMP_BEFORE.pattern + r")?\s*"
                    r"(?P<value>\d+(?:\.\d+)?)(?![\d.])\s*"
                    r"(?P<band>" + "|".join(sorted(SUFFIX, key=len, reverse=True)) + r")?"
                    r"(?=\s*(?:[的、，,；;。)）且或”]|$))")
# a quoted title or name 「《关于容积率不低于2.0的工业用地管理办法》」「“容积率2.0”模式」: no bar of the plan's (review
# 41) — a principle the work follows, quoted whole with its bar 「依照“先补后占、…面积比超过1.05”的原则」, is the
# standard it must meet (Round 77's x302_01 三、: a bar wherever it stands)
_QUOTED = re.compile(r"《[^》]*》|“[^”]*”(?!的?原则)")
# a ratio written with a colon joined to a comparison word 「按照不低于1:1比例配套…」: a target, the ratio kept as
# printed (Round 77's decided x302_01 二、) — its value the first term over the second
_COLON_RATIO = re.compile(r"(?P<cmp>" + CMP_BEFORE.pattern + r")\s*(?P<a>\d+(?:\.\d+)?)\s*[:：]\s*"
                          r"(?P<b>\d+(?:\.\d+)?)(?![\d.])\s*的?(?P<unit>比例)")


def index_bars(sentence: str, deadline: str | None) -> list[Target]:
    """The bars ``sentence`` sets on a unitless index, each due by ``deadline``."""
    out: list[Target] = []
    quoted = [q.span() for q in _QUOTED.finditer(sentence)] if "《" in sentence or "“" in sentence else []
    for m in _INDEX.finditer(sentence):
        if not (m.group("cmp") or m.group("band")) or m.group("carry") and not m.group("cmp"):
            continue                         # (容积率2.0的地块: which plots, no bar)
        if any(start < m.start() < end for start, end in quoted):
            continue
        if m.group(1)[-1] in "率面" and (not m.group("cmp") or float(m.group("value")) > 100):
            continue                         # (a rate's bar needs its word: 「调解率100」 alone states a level)
        comparator = CMP[m.group("cmp")] if m.group("cmp") else SUFFIX[m.group("band")]
        out.append(Target(m.group(0), float(m.group("value")), "", comparator, deadline, m.group(1)))
    for r in _COLON_RATIO.finditer(sentence) if ":" in sentence or "：" in sentence else ():
        if float(r.group("b")) and not any(start < r.start() < end for start, end in quoted):
            out.append(Target(r.group(0), float(r.group("a")) / float(r.group("b")), r.group("unit"),
                              CMP[r.group("cmp")], deadline, ""))
    return out
