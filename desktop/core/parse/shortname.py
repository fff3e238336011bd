"""A short name for a task (4–10 characters) for report headings and the ledger.

The short name is the object of the task's main verb, in the task's own words: 「推进养老服务
立法」→ 养老服务立法, 「建设街道养老服务中心」→ 街道养老服务中心, 「完善农机装备创新体系」→
农机装备创新体系. A task headed by its unit (街道消委办。牵头开展独居老人消防安全关爱工作) takes
the object of the sentence after the unit. It is a suggestion the person can change in review.
"""

from __future__ import annotations

import re

_LEAD_WORDS = (
    "进一步|深入|全面|积极|大力|着力|持续|切实|加快|稳步|有序|扎实|不断|逐步|率先|重点|统筹|协同|广泛|定期|"
    "牵头|配合|负责|协助|联合|组织|具体|协调|指导|主动|依托|")
_VERBS = (
    "加强|推进|推动|完善|健全|建立|建设|建成|构建|打造|培育|发展|提升|提高|实施|落实|做好|深化|优化|规范|"
    "强化|开展|加大|扩大|支持|鼓励|引导|创新|促进|保障|确保|抓好|抓实|严把|严格|压实|夯实|巩固|拓展|拓宽|"
    "探索|实现|完成|开发|改造|新建|增加|设立|制定|编制|出台|修订|组建|成立|召开|举办|提供|畅通|营造|发挥|"
    "加快|凝聚|聚焦|围绕|整合|突出|筑牢|改善|创建|形成|明确|坚持|激发|增强|丰富|优化|守牢|管控|排查|整治|"
    "推行|推广|普及|宣传|培训|招收|引进|落地|细化|压紧|织密|补齐|补强|办好|用好|管好|建好|动员|检查|防治|控制|治理|抓|做")
_LEAD = re.compile(rf"^(?:{_LEAD_WORDS})+")
_VERB = re.compile(rf"^(?:{_VERBS})")
# words that open a piece of work to do, the manner words before its verb allowed (全面宣传发动, 定期检查评比):
# the one verb class the parser reads a heading as work with
WORK_START = re.compile(rf"^(?:{_LEAD_WORDS})*(?:{_VERBS})")
_CUT = re.compile(r"[，,。；;：:、（(！？]")
_PREP = re.compile(r"^(根据|按照|依据|依照|为了|为|对|在|围绕|结合|通过|坚持|以|针对|聚焦|对照)")
_INNER_VERB = re.compile(rf"(?:{_VERBS}|排摸|更新|收集|掌握|开展)")
_TAIL = re.compile(r"(工作|工程|行动|水平|能力|力度|机制建设)$")


def _object(phrase: str) -> str:
    """The phrase after its leading adverbs and verbs: 推进养老服务立法 → 养老服务立法."""
    phrase = phrase.strip()
    for _ in range(4):
        before = phrase
        phrase = _LEAD.sub("", phrase)
        phrase = _VERB.sub("", phrase, count=1)
        if phrase == before:
            break
    return phrase.strip("的和与及")


def _fit(phrase: str) -> str:
    """Bring a noun phrase to at most 10 characters, keeping its head (the end)."""
    if len(phrase) > 10:
        phrase = _TAIL.sub("", phrase) or phrase
    if len(phrase) > 10:
        # 「困难企业开展职工在岗培训」: the object of a verb inside the phrase
        found = [r for r in (_object(phrase[m.start():]) for m in _INNER_VERB.finditer(phrase)) if 6 <= len(r) <= 10]
        if found:
            return max(found, key=len)
    if len(phrase) > 10 and "的" in phrase:
        tail = phrase.rsplit("的", 1)[1]
        if 4 <= len(tail) <= 10:
            return tail
    if len(phrase) > 10:
        for sep in ("和", "与", "及"):
            head = phrase.split(sep, 1)[0]
            if 4 <= len(head) <= 10:
                return head
        phrase = phrase[:10]
    return phrase


def suggest_short_name(title: str, text: str = "", units: list[str] | None = None) -> str:
    """A 4–10 character name for the task (or the title itself when nothing better is found)."""
    title = (title or "").strip()
    units = units or []
    source = title
    if title in units or not title:
        # a task headed by its unit: use the sentence after the unit
        rest = text.strip()[len(title):].lstrip("。：:，, ")
        source = _CUT.split(rest, 1)[0] if rest else title
    clauses = [c.strip() for c in _CUT.split(source) if c.strip()]
    first = next((c for c in clauses if not _PREP.match(c) and len(c) >= 4), clauses[0] if clauses else source)
    name = _fit(_object(first))
    if len(name) < 4:
        alt = _fit(first)
        name = alt if len(alt) >= len(name) else name
    if len(name) < 2:
        name = title[:10]
    return name
