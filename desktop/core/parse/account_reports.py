"""Accounts a plan body sends up with no receiver, rhythm or date written: a duty all the same.

The conventions count a plan body's sending of a report or information to another body as a duty (rounds 35, 44,
46), undated when no date is written; the receiver may be left to the reader (「逐级汇总上报」: up the line). The
sentence readers in ``duty_sentences`` want a receiver, a rhythm, a date or 及时; this module reads the three forms
that carry none:

- the account gathered and sent up at the clause's end 「调查成果要按要求、按程序逐级汇总上报」;
- 上报 opening a clause with the information it sends 「…，上报样板区域信息」;
- a case sent up and handed on 「对违法行为上报并移交相关部门」, and others' papers passed on after the body's own
  review 「审核后转报市财政局」「向市发展改革委进行初审转报」「上报或转报」 (round 36's 「初审后报镇」; round 48).

Not: what was or was not sent (已上报 / 未上报, the rows of a scoring table), what others sent (上报的项目 /
上报信息的样板区域 / 信息上报情况), an applicant's or an enterprise's filing, a nomination 「上报重点企业」 (no account
named), nor a sending for approval 「上报…审批」 (round 46: a step of approval).
"""

from __future__ import annotations

import re

from .units import ORG_END

_ORG = ORG_END.pattern.removesuffix("$")
# what an account is: the findings, the information or the state of the work
_ACCOUNT = r"(?:成果|信息|情况|数据|结果|材料|报表|台账)"
# gathered and sent up at the clause's end (「…逐级汇总上报」「…信息采集、整理上报」「…的收集、汇总和上报工作」)
_GATHERED_UP = re.compile(_ACCOUNT + r"[^，,。；;]{0,16}?(?:汇总|整理|逐级)[、和及与]?(?:上报|报送)(?:工作)?"
                          r"\s*(?=[。；;，,]|$)")
# 上报 opening a clause, the information sent named after it (「，上报样板区域信息」; not 上报信息的样板区域 / 上报情况)
_SENDS_ACCOUNT = re.compile(r"(?:^|[，,])\s*(?:(?:并|及时|统一|按要求)\s*)?上报[\u4e00-\u9fff]{2,8}?(?:信息|情况|数据)"
                            r"(?![的\u4e00-\u9fff])")
# a case sent up and handed on to the body that acts on it 「对违法行为上报并移交相关部门」
_UP_AND_ON = re.compile(r"(?<![已未])上报并(?:移交|移送|抄送|通报)")
# others' papers passed on after the body's own review 「审核后转报市财政局」
# (「由各区发展改革委向市发展改革委进行初审转报」: the review and the passing on in one phrase, the body passed to
# named before it; 「上报或转报项目可行性研究报告」, 「转报或报送」: its own papers sent or others' passed on, the two
# sending verbs joined in either order — Round 48's x225_01)
_PASSED_ON = re.compile(r"(?:审核|初审|审查|复核|汇总)[^，,。；;]{0,12}?(?:通过)?(?:后|之后)\s*(?:再|统一)?转报"
                        rf"[\u4e00-\u9fff]{{1,14}}?{_ORG}"
                        rf"|向[\u4e00-\u9fff]{{1,14}}?{_ORG}\s*(?:进行)?\s*(?:初审|审核|审查|复核)(?:并|后)?\s*转报"
                        r"|(?:上报|报送)(?:或者?|、|和|及)转报|转报(?:或者?|、|和|及)(?:上报|报送)"
                        # (「做好初审转报相关工作」: the review and the passing on as the body's own work, the receiver
                        # left to the reader — round 48's 转报; plans-next291's x291_01 「给予转报市级复审」)
                        r"|(?:初审|审核|审查|复核)(?:后|并)?\s*转报(?:的)?(?:相关|有关)?工作")
# a sending for approval in the same clause (上报…审批 / 转报…批准): a step of approval, no duty (round 46)
_APPROVAL = re.compile(r"审批|批准|核准|审定|同意|决策|表彰")
# what was or was not sent, and the senders the rules bind as regulated or applying parties
_NOT_SENT = re.compile(r"[已未]\s*(?:经)?(?:汇总|上报|报送|转报)|上报了")
_REGULATED = re.compile(r"企业|申请人|申报人|申请单位|个人|业主")


# a page's 上 for 上报 before the receiving body, the account named 「并及时将有关情况上镇防汛应急指挥部」 (x303_08): a
# sending as 上报 is; not 上墙 / 上网 / 上门 (no body after 上)
_UP_TO_BODY = re.compile(r"将[^，,。；;]{0,20}?" + _ACCOUNT
                         + r"\s*上(?=[\u4e00-\u9fff]{2,14}?" + _ORG + r"\s*(?:[，,。；;]|$))")


def account_sent(s: str) -> bool:
    """Whether ``s`` has a plan body send an account on with no receiver, rhythm or date written (module doc)."""
    if "报" not in s:
        return "上" in s and _UP_TO_BODY.search(s) is not None and _REGULATED.search(s) is None
    for rx in (_GATHERED_UP, _SENDS_ACCOUNT, _UP_AND_ON, _PASSED_ON):
        m = rx.search(s)
        if m is None:
            continue
        start = s.rfind("，", 0, m.start()) + 1
        end = min((i for i in (s.find(c, m.end()) for c in "，,。；;") if i >= 0), default=len(s))
        clause = s[start:end]
        if _APPROVAL.search(clause) or _NOT_SENT.search(s) or _REGULATED.search(s, 0, m.start()):
            continue
        return True
    return False
