"""Doer forms restated as the sentence reader's own before it reads a paragraph — CONVENTIONS.md "Round 40
rulings, written early" (Names, Designations, Joint acts and splits, Agents and filings, Options).

The sentence reader (``sentence_units``) knows 「由A牵头」「A负责」「由A、B＋verb」「经A同意后」「A委托B」「可由A」.
Plans write the same roles in other words; each is restated here, in the paragraph's text, as the form that means
it:
- a modal after a group's name 「领导小组会要组织」: the 会 is the modal's (会要 = will), no part of the name;
- 「以A为主，B配合」 designates A (a doer, no lead) — 「A负责，B配合」; 「以A牵头」「以A负责」 are 「由A牵头」
  「由A负责」;
- 「由A主办、B承办的…活动」 naming the item's own event: A leads, B takes part — 「由A牵头，B配合」 (not 「参加由A主办的
  培训」: the 由 opens no clause there, the event is another's);
- a joint act 「由A与B签订／签署…」「由A与B共同＋verb」「由A与B协商…」: both are doers, A no lead —
  「由A、B签订」 (a liaison 「与A对接」 stays none);
- a time clause 「由A盖章确认后，B将…」 before another subject's clause: A is a step's party — 「经A盖章确认后」;
- 「A受理…后，(应)委托B…」: 「A委托B」 (round 35), the event dropped;
- an option opening a sentence 「也可经…，由A审核…」: 可 reaches every 由 after it in the sentence — 「可由A」 (not
  「A…时，可自行…，由B…」: an option inside the sentence is its subject's, B's work is B's own);
- an option naming who may be picked 「可指定由A…」: 「可由A…」;
- a split by objects 「涉及X的，由A审批；(如)涉及Y的，由B审批」 (two or more 涉及-clauses in the paragraph): the item's
  own work, not a case — the 涉及-clauses are dropped (a contingency 「确需…的」「发生…时」 stays a case).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Reader = Callable[[str], tuple[list[str], int]]

_GROUP_MODAL = re.compile(r"(小组|指挥部|办公室|专班)会(?=要|将|应当?|须|需|必须)")
# 「以A为主」 closing its clause (not 「以业主为主体」「以预防为主的方针」)
_MAIN = re.compile(r"(?:(?<=^)|(?<=[，,：:])|(?<=[\u4e00-\u9fff]{4}))(?<![可予加所足难得用])"
                   r"以([^，,。；;以为的及]{2,30}?)为主(?=[，,。；;]|$)")
# a body's head word closing the name inside 「以A为主」 (「以区民政局为主」「以各学校为主」, not a kind or a manner
# 「资金筹措以企业为主」「以社区为主」)
_BODY_END = re.compile(r"(?:局|委|办|厅|中心|政府|院|所|站|部|处|队|委员会|小组|室|馆|校|学校|乡镇|街道|镇|乡)$")
_BY_WORD = re.compile(r"(?:(?<=^)|(?<=[，,：:])|(?<=[\u4e00-\u9fff]{4}))(?<![可予加所足难得用])以"
                      r"(?![上下及便后前内外此往来至免期其])([^，,。；;以为的及]{2,20}?)(?=牵头|负责)")
# (at a clause's start, or after the item's own heading sentence 「1.举办体育比赛。由A主办,B承办,…」)
_HOSTS = re.compile(r"(?:(?<=^)|(?<=[，,：:。；;]))由([^，,。；;由]{2,30}?)主办([、，,])"
                    r"([^，,。；;由]{2,30}?)承办(的|[，,。；;]|$)")
# (… or closing the sentence, its 。 stripped by prose_declaration 「…，由A主办，B承办」, rv56 F7)
# (… and any joint act 「由A与B共同出具」「由A与B协商选定」: round 30's 由A与B＋verb names both — Round 81 on x309_01
# 第五条; 共同 kept, the agent's verb after it read by the name reader)
_JOINT = re.compile(r"由([^，,。；;由与]{2,30}?)(?:发起)?与([^，,。；;由]{2,40}?)"
                    r"(?:(?:共同|一并|重新|另行)?(?=签订|签署)|(?=共同[\u4e00-\u9fff]|协商))")
_STEP_BY = re.compile(r"(?:(?<=^)|(?<=[，,：:]))由(?=[^，,。；;由]{2,40}?后[，,])")
_AFTER_EVENT = re.compile(r"(?:受理|收到|接到)[^，,。；;]{0,30}?后[，,](?=(?:应当?|要|须)?(?:委托|授权))")
# an option opening a clause 「也可…」「可以…」 (not 可能): what a body may do gives it no work — also
# ``sentence_units``' and ``subject_verbs.option_after_means``' test
OPTION = re.compile(r"^(?:也|亦|还)?可(?:以)?(?!能)")
# an option that names who may be picked 「可指定由A、B等选送节目」「也可安排由A承办」: 「可由A」 (Round 74: 可指定
# makes the choosing an option; round 30: 「可由A…」 is no assignment)
_PICKED_BY = re.compile(r"(?<=可)(?:以)?(?:指定|安排|选择|委托)(?=由)")
_SPLIT_CASE = re.compile(r"(?:^|(?<=[，,。；;]))(?:如|若)?涉及(?:到)?[^，,。；;]{1,30}?的[，,]")


def restate(line: str, read_names: Reader) -> str:
    """``line`` (one paragraph) with the forms above restated; ``read_names`` is the sentence reader's name reader."""
    line = _GROUP_MODAL.sub(r"\1", line)
    line = _MAIN.sub(lambda m: ("，" if m.start() and line[m.start() - 1] not in "，,：:" else "") + m.group(1) + "负责"
                     if read_names(m.group(1))[1] == len(m.group(1)) and _BODY_END.search(m.group(1))
                     else m.group(), line)
    line = _BY_WORD.sub(lambda m: "由" + m.group(1) if read_names(m.group(1))[1] == len(m.group(1))
                        else m.group(), line)
    line = hosts_as_roles(line)
    line = _JOINT.sub(lambda m: f"由{m.group(1)}、{m.group(2)}", line)
    line = _AFTER_EVENT.sub("", line)
    line = _PICKED_BY.sub("", line)
    if len(_SPLIT_CASE.findall(line)) >= 2:
        line = _SPLIT_CASE.sub("", line)
    return "。".join(_options(s, read_names) for s in line.split("。"))


def hosts_as_roles(text: str) -> str:
    """``text`` with 「由A主办，B承办，」 (or 「…承办的」) written 「由A牵头，B配合，」, one character for one
    (positions kept, so a declaration's spans still point into the printed text): A leads, B takes part (round 40;
    协办 after them is 配合 already, round 47)."""
    return _HOSTS.sub(lambda m: f"由{m.group(1)}牵头，{m.group(3)}配合"
                      + ("，" if m.group(4) == "的" else m.group(4)), text)


def _options(sentence: str, read_names: Reader) -> str:
    """A sentence's clauses, 由 after an option clause read as 可由 and a step's 由 before another subject as 经."""
    pieces = re.split(r"([，,；;])", sentence)
    out: list[str] = []
    option = False
    for k, piece in enumerate(pieces):
        if k % 2:
            out.append(piece)
            option = option and piece in "，,"
            continue
        if OPTION.match(piece) and (k == 0 or pieces[k - 1] in "；;"):
            option = True           # (an option opening its sentence; 「A…时，可自行…，由B…」 is B's own work)
        elif option and piece.startswith("由"):
            piece = "可" + piece
        nxt = pieces[k + 2] if k + 2 < len(pieces) else ""
        if _STEP_BY.match(piece + "，") and piece.endswith("后") and read_names(nxt)[0]:
            piece = "经" + piece[1:]
        out.append(piece)
    return "".join(out)
