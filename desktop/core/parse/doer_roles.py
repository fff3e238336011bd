"""More doers written in sentences (round 37, the sentence reader's second part) — CONVENTIONS.md rounds 32, 34, 37.

- 「X接管单位是A」「…的实施主体是A」: a role of the work whose holder is named after 是 is a designation (round 32;
  round 37 "Designations"): A a doer; 「牵头单位是A」 makes A the lead. The name must close its clause (not
  「建设单位是项目的责任主体」, whose subject is the name).
- 「由A以及B作为…牵头单位」: the agents of 由 designated the lead (round 33: 「明确A为牵头单位」 leads).
- 「A应委托具有…能力的B组织…」: the body entrusted may be described by a 的-phrase; A is still a doer (round 35) —
  not 「A委托B作为…单位」, a commission naming only who holds a role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Reader = Callable[..., tuple[list[str], int]]

# (not 「单位是指」: a definition; not 「…单位是否」)
_ROLE_IS = re.compile(r"(?<=[\u4e00-\u9fff])(?:单位|部门|主体)是(?!指|否|由|在|从|以|对|为|按|根据|依据)")
LEAD_ROLE = re.compile(r"^作为[^，,]{0,12}?牵头(?:单位|部门)(?![\u4e00-\u9fff])")
_DESCRIBED = re.compile(r"[^，,的]{1,16}?的")
# (the described body then a verb of rule 2: 「委托具有资质的B组织论证」; round 40: 「A受理后，委托有资格的B对…进行
# 认定」「应委托具备技术能力的B进行评审」 as 由A委托B, round 35 — not 「委托…的B」 with no verb of its own)
_ITS_VERB = re.compile(r"(?:组织|实施|负责|开展|进行|对[^，,]{1,40}?(?:进行|开展|组织|实施))")


def role_holder(piece: str, read_names: Reader) -> tuple[list[str], bool]:
    """The bodies a clause names as the holder of a role 「镇管道路设施接管单位是镇人民政府」 (and whether the role
    is the lead's); ([], False) when it names none."""
    m = _ROLE_IS.search(piece)
    if not m or "由" in piece[:m.start()] or "的" in piece[m.end():]:
        return [], False
    names, at = read_names(piece, m.end())
    if not names or at != len(piece):
        return [], False
    return names, "牵头" in piece[max(0, m.start() - 4):m.start()]


# (「A委托物业服务企业作为电梯的使用管理单位」: the commission only names who holds a role, its clause ending there —
# no work entrusted, A no doer by it (round 35 reads 委托B＋verb); p67c)
_AS_ROLE = re.compile(r"[^，,。；;]{0,20}?(?:作为|为)[^，,。；;]{1,20}?(?:单位|主体|企业|机构|公司|人|方)$")


# a person named by the post 委托 gives work to, then the work's verb 「委托社区安全生产负责人负责…」「委托专人负责…」
_PERSON = re.compile(r"[^，,。；;的]{0,16}?(?:负责人|专人|管理员|安全员|联络员|信息员)(?=" + _ITS_VERB.pattern + ")")


def entrusted(rest: str, at: int, read_names: Reader) -> list[str]:
    """The body 委托 names at ``at`` 「委托B组织…」「委托具有论证能力的评估机构组织…」 (a 的-phrase describing it)."""
    names, end = read_names(rest, at)
    if names and _AS_ROLE.match(rest, end):
        return []
    if not names and (person := _PERSON.match(rest, at)):
        return [person.group()]         # (「A委托社区安全员负责…」: a person given work, A's commission, round 35)
    if not names and (d := _DESCRIBED.match(rest, at)):
        names, end = read_names(rest, d.end())
        if not names and (kind := re.match(r"(?:机构|单位|企业|公司)", rest[d.end():])):
            names, end = [kind.group()], d.end() + kind.end()   # (「委托具备技术能力的机构进行评审」, round 40)
        return names if _ITS_VERB.match(rest, end) else []
    return names
