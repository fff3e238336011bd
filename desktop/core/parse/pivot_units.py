"""Bodies given work through a pivot under a heading that gives out work — CONVENTIONS.md round 36 (Units).

Under a heading that gives out work (职责分工／工作职责／组织、分工 …) every body the text gives work is a unit:
in 「B配合A开展…」「A协助／协调B做好…」「A牵头协调联系B…」「A指导B开展…」「会同B做好…」「移交B处理」 both A and B;
round 40 (Under a work heading): the bodies an item tells to act 「负责通知B提前做好准备」 too.
Not a unit: a body named only as a circumstance 「在A的指导下」 (no pivot verb before the name), the object
of 督促／要求 (oversight, round 30), a receiver 「报A」「向A通报」; an exception clause
「各职能管理部门除…依法履职外」 names no unit.
The reader runs only on an item that already has a doer (the heading's own bodies), clause by clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .prose_units import VERB_START

# the pivot verb right before the body given the work; 接受和配合 / 并配合 / 牵头协调联系 …
_PIVOT = re.compile(r"(?:^|(?<=[并和及、局委办处室队门位构心府会组社])"
                    r"|(?<=负责|牵头|主动|积极|共同|认真|接受|要求|应当|[应要须]将))"
                    r"(?:协调联系|配合|协助|协调|联系|指导|会同|通知)(?![和与及、])")
# 「移交B处理」: the receiver of a hand-over is given the handling
_HAND_OVER = re.compile(r"(?:移交|移送|交由)"
                        r"([\u4e00-\u9fff（）()、]{2,30}?(?:部门|机关|机构|单位|局|委|办|处|队|所|站))"
                        r"(?:依法)?(?:处理|查处|处置|处罚|办理)")
# the work after the body: a verb of doing, or the object work 「广电局新闻跟踪采访」
_WORK = re.compile(r"(?:依法|共同|认真|及时|切实|全力|提前)?"
                   r"(?:做好|开展|实施|落实|完成|推进|办理|处理|查处|处置|组织|进行|"
                   r"[\u4e00-\u9fff]{0,6}(?:采访|报道|检查|整改|保障|服务|工作))")
# a body named by its head after a verb-less pivot 「联系广电局新闻…」 when the name reader stops at a noun
_BODY = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:部门|机关|机构|单位|局|委|办|处|队|中心|站)(?=[\u4e00-\u9fff])")
# the catch-all after a pivot 「会同有关单位做好…」「配合相关单位开展…」: a general call, no unit (rounds 34, 42 — as
# after 会同 in a sentence)
_CALL = re.compile(r"(?:各(?:有关|相关)?|有关|相关)单位")
# 「A除…外，B负责…」: the exception clause's name is no unit
EXCEPTION = re.compile(r"^[\u4e00-\u9fff（）()、]{2,30}?除[^，,]{2,60}?外$")


def pivot_objects(pieces: list[str], read_names: Callable[[str, int], tuple[list[str], int]]) -> list[str]:
    """The bodies the clauses ``pieces`` give work through a pivot verb or a hand-over, in printed order."""
    out: list[str] = []
    for piece in pieces:
        for m in _PIVOT.finditer(piece):
            names, at = read_names(piece, m.end())
            # (「协调推进…应急处置工作」: a verb after the pivot, its work — no body ends in 处 there)
            if not names and not VERB_START.match(piece[m.end():]) and (body := _BODY.match(piece, m.end())):
                names, at = [body.group()], body.end()
            if names and _WORK.match(piece, at):
                out += [n for n in names if n not in out and not _CALL.fullmatch(n)]
        for m in _HAND_OVER.finditer(piece):
            if m.group(1) not in out:
                out.append(m.group(1))
    return out
