"""The clauses of a sentence that name no doer of its own: a principle's slogan 「坚持政府牵头，部门协同，
各乡镇具体实施」, a rule quoted over commas 「按照分级管理，层层负责，落实到人的要求」, and a topic before the body
「人员组织|各乡镇负责」 (CONVENTIONS.md rule 3 and round 30's payer). ``sentence_units`` drops them before it reads the
doers; kept apart from it for that module's size.
"""

from __future__ import annotations

import re

# a rule quoted over commas 「要按照分级管理，层层负责，落实到人的要求」: its words are no clauses of the subject's
_RULE_OPEN = re.compile(r"(?:按照|根据|依照|遵循)(?![^，,]*(?:要求|原则|规定|精神|部署|标准|办法|意见|方案|《))")
_RULE_CLOSE = re.compile(r"的(?:要求|原则|规定|精神|部署)$")

# a principle 「坚持政府牵头，部门协同，各乡镇具体实施」「实行县级统筹，乡镇负责」: the slogan's short clauses, each a
# kind and a role with no object, are no assignment (round 31); the clause after them 「6月30日前完成」 is the work
_PRINCIPLE = re.compile(r"^(?:坚持|实行|按照|遵循|本着|秉持)[\u4e00-\u9fff]{1,8}?"
                        r"(?:牵头|负责|主导|管理|领导|统筹|协同|配合|为主)$")
_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:具体|全面|共同)?(?:牵头|负责|主导|管理|领导|统筹|协同|配合|参与|"
                     r"实施|落实|联动|监管|主责|推进)$")
# a topic before the body in 「培训经费各乡镇负责」「人员组织各乡镇负责，场地保障县人社局负责」 (X由A负责 without 由):
# no part of the name; a cost as the topic names a payer (as 「由A承担…经费」, round 30), no doer
_TOPIC = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:(经费|资金|费用)|组织|保障|管护|维护|养护|运维|宣传|发动|培训|保洁|巡查)"
                    r"(?=(?:各|[县区市镇乡省街村])[\u4e00-\u9fff]{1,20}?(?:具体)?负责)")


def no_principle(pieces: list[str]) -> list[str]:
    """The clauses of a sentence without a principle's slogan 「坚持政府牵头，部门协同，各乡镇具体实施」, a rule quoted
    over commas 「按照分级管理，层层负责，落实到人的要求」 and a topic before the body 「人员组织|各乡镇负责」; a cost's
    「培训经费各乡镇负责」 is dropped (a payer)."""
    for i, p in enumerate(pieces):
        if (rule := _RULE_OPEN.search(p)) and (close := next(
                (j for j in range(i + 1, len(pieces)) if _RULE_CLOSE.search(pieces[j])), None)) is not None:
            pieces = [*pieces[:i], p[:rule.start()], *pieces[close + 1:]]
            break
    out: list[str] = []
    slogan = False
    for p in pieces:
        slogan = bool(_PRINCIPLE.match(p) or slogan and _SLOGAN.match(p))
        if slogan:
            continue
        if topic := _TOPIC.match(p):
            if topic.group(1):
                continue
            p = p[topic.end():]
        out.append(p)
    return out
