"""The agent of 由 before a verb the name reader does not list (CONVENTIONS.md rule 2, round 29/30: 「由A＋any verb of
doing」): 「由区政府正式发文确认…」「由学生会主持」「由财政部门打卡发放」「由规划建设和生态环境办公室合并发放…」.

``sentence_names.read_names`` ends a name only where a join, a listed work word or a verb's word follows it, so an
agent of 由 followed by any other verb (正式, 主持, 打卡, 合并, 操作) was read as no name at all. After 由 the verb is
known to follow the agent, so the agent is the shortest body name at that place, lengthened while a longer body name
(区办 → 区办公室, 县财政部 → 县财政部门) is printed within a few characters, and followed by a word (not a bracket
the name has not closed, nor 的 or a join: those the name reader handles). The clauses that make such an agent no unit
(a case, a receiver, members, an applicant, a payer, an option) are tested where 由 is read, as for any agent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .role_subjects import ROLE_LIST

# what cannot follow a whole agent: a join or a list (name reader's), 的 (a description), a bracket or digit
_NOT_AFTER = re.compile(r"[的、和及与或等（(\d]|以及|组成|成员|之|所|者")
# the verbs of doing the name reader's list lacks, as printed after an agent of 由 (a closed list: a word cut from
# the name 「…组|织」「…委|员会」 or a person's post 「…局|长」 is none of them)
_VERB = re.compile(r"(?:正式|初步|同步|分步|合并|打卡|操作|共同)?(?:主持|建设|采用|参与|讨论决定|研究决定|"
                   r"发放|开具|出具|发文|汇总|梳理|吊销|取消|约谈|召集|"
                   r"测算|测评|调配|变更|引导|选择|核销|移交|实施|印发|确认|(?<!签署|签字|审核|审查|研究)批准|"
                   # (… and the work of a body a plan hands one step to 「由A接待」「由A保量保价收购」
                   # 「由A重新收储出让」
                   # 「由A启动」「由A开通账号」「由A下发至…」「由A履行…责任」「由A派人指导」: verbs of doing, round 34)
                   r"接待|(?:保量保价)?收购|收储|重新|启动|开通|下发|履行|派人|填埋|综合确定|"
                   # (「由A计入职工账户」「由A登记」: the body's own entry in its books, a verb of doing)
                   r"计入|记入|登记|"
                   # (「档案由建设单位保管」: keeping the records, a verb of doing — round 63's x248_02; round 59)
                   r"保管(?!中心|站|所|处|科|室|费)|"
                   # (「成果由A共享」「数据由A维护、更新」: the bodies' own keeping of the shared records, a verb of
                   # doing — Round 85's x317_01 第六条: 共享 among the bodies their joint work)
                   r"共享(?!中心|平台|站|库)|维护(?!中心|站|所|处|科|队|费)|更新(?!中心|局|办|署|费)|"
                   # (「由A与B协商约定」: agreeing the work's terms between them, round 30 / 40)
                   r"协商|全权处置|"
                   # (「限制通行区域由A划定」: marking out the areas a rule applies to, a verb of doing — p66a)
                   r"划定|划分(?!中心|站|所|处|科|室))")
# a place's end (小区|物业公司, 新区|管委会): here no body of its own — the body is the longer name after it
_PLACE = re.compile(r"(?<!^各)[区县市镇乡园]$")


def by_agent(text: str, pos: int, name_ok: Callable[[str], bool]) -> tuple[list[str], int]:
    """The agent of 由 at ``pos`` (the body name before its verb), or ([], pos); agents joined by 、
    「由A、B共同出具」 (a joint act restated, ``restated_forms``) each a name — a body or a party named by its
    side 「承包人」「评估委托人」 (round 30: 由A与B＋verb names both; Round 81 on x309_01 第五条)."""
    end = min(len(text), pos + 30)

    def ok(name: str) -> bool:
        return name_ok(name) or bool(_parties(name, name_ok))

    first = next((k for k in range(pos + 2, end) if _agent(text, pos, k, ok)), None)
    if first is None:
        return [], pos
    best = first
    k = first + 1
    while k <= min(end - 1, best + 4):
        if _agent(text, pos, k, ok):
            best = k
        k += 1
    agent = text[pos:best]
    return (_parties(agent, name_ok) or [agent]), best


def _parties(name: str, name_ok: Callable[[str], bool]) -> list[str]:
    """The names of an agent list 「A、B」 each a body (``name_ok``) or a party named by its side (``ROLE_LIST``), or []
    — one party alone 「发包人」 too."""
    parts = name.split("、")
    # (no 的-phrase: 「由具备资质的设计单位出具」 is the sentence reader's described agent, weighed there)
    if any(not (ROLE_LIST.fullmatch(p) and "的" not in p or len(parts) > 1 and name_ok(p)) for p in parts):
        return []
    return parts


def _agent(text: str, pos: int, k: int, name_ok: Callable[[str], bool]) -> bool:
    name = text[pos:k]
    return bool(_VERB.match(text, k)) and not _NOT_AFTER.match(text, k) and not _PLACE.search(name) \
        and not text.startswith(("会同", "协同", "联合"), k - 1) \
        and name.count("（") + name.count("(") == name.count("）") + name.count(")") and name_ok(name)
