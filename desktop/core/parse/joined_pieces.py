"""Clauses a comma parts that are one clause: a list of subjects the comma breaks before 以及, and an object of 对
the comma parts from its verb (``sentence_split.sentences`` reads the pieces after this).

- 「A、B，以及C、D等…的X按照职责，组织开展…」: 以及 after a comma goes on the list of subjects, so its names are the
  subjects too; a 的-phrase in it gives the name after the last 的, the names before 等 in it what the kind stands
  for (rounds 32, 38; Round 85's 派出机关) → 「A、B、X按照职责」.
- 「A依法对X，以及Y，实施Z」「A对X，组织开展Z」: the 对-phrase's object runs over the commas up to its verb, the
  subject the verb's (round 30's 「A对…实施」, rule 2) → 「A依法对X以及Y实施Z」.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Reader = Callable[[str, int], tuple[list[str], int]]

# a 的-phrase before the kind it describes 「…等各级人民政府的派出机关」 (no verb of the subject's inside it)
_DESCRIBED = re.compile(r"(?:(?!负责|组织|牵头|对)[^，,由]){2,40}的(?=[\u4e00-\u9fff])")
# the verb after an object of 对 (rule 2's 实施／组织／落实／负责, as ``sentence_units._ON`` reads them)
_ON_VERB = re.compile(r"(?:实施|组织(?:实施|开展)|落实|负责)(?!的|情况)")
# a subject, then an object of 对 with no verb of its own (the rule it follows before 对: 依法／依规)
_OPEN_ON = r"(?:依法|依规)?对[^，,]{2,60}$"


def join_pieces(pieces: list[str], read_names: Reader) -> list[str]:
    """``pieces`` with a subject list's 以及 tail and a 对-phrase's object joined back into their clause."""
    if len(pieces) < 2:
        return pieces
    first = pieces[0]
    names, at = read_names(first, 0)
    if not names:
        return pieces
    if at == len(first) and pieces[1].startswith("以及"):
        tail = pieces[1][2:]
        described = _DESCRIBED.match(tail)
        more, end = read_names(tail, described.end() if described else 0)
        if more and (described is None or "的" not in tail[described.end():end]):
            return [first + "、" + "、".join(more) + tail[end:], *pieces[2:]]
        return pieces
    if re.match(_OPEN_ON, first[at:]):
        k = 1
        while k < len(pieces) - 1 and pieces[k].startswith("以及"):
            k += 1          # (「…，以及Y，实施…」: the object's list goes on)
        if _ON_VERB.match(pieces[k]):
            return ["".join(pieces[:k + 1]), *pieces[k + 1:]]
    return pieces


__all__ = ["join_pieces"]
