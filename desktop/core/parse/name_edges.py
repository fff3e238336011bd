"""Where a body's name begins and ends in a sentence (round 41): forms ``sentence_units`` reads names by.

A short 的-phrase before the agent of 由 describes the body and is no part of its name
「由相应的管养单位负责」 (the name after the last 的, round 34), read only when the doer's own
负责/牵头/组织实施 follows the name or a modal stands before 由 (「应由符合资质要求的审查机构审查」;
「由相应的道路管理机构处置」 stays a case's agent); and the
category tail after a list of names, whose fields may share its head 「等产业、招商部门」, ends
the list without a name of its own; an entrusting 的-phrase before a joined name 「A或被委托的第三方机构」 is
none of it.
"""

from __future__ import annotations

import re

# a short 的-phrase before the agent's name 「由相应的管养单位负责」 (no verb of doing inside it: 「由A负责的项目」 is
# A's), read only with a doer's own 负责/牵头/组织实施 after the name (「由相应的道路管理机构处置」 stays a case's)
# (所在 of where the work lies 「由项目所在地的区房屋管理部门…」 is no preposition 在; 其所属的 the body the case's
# party belongs to 「…属于国有企业的，由其所属的国有企业（集团）组织调查」, Round 83/94's class read in x353_02 第八条)
AGENT_DESCRIBED = re.compile(r"(?:(?!负责|组织|牵头|会同|参加|参与|寻找|委托|选择|对|向|将|(?<!所)在|按|根据|依|"
                             r"其(?!所属))"
                             r"[^，,。；;的由])"
                             r"{1,12}?的(?=[^的，,]{2})")
DESCRIBED_LEADS = re.compile(r"(?:具体|统一)?(?:负责|牵头|组织(?:实施|开展|落实))")
# …or a modal before 由 「施工图设计文件应由符合资质要求的施工图审查机构审查」: the rule's own doer, whatever its verb
# (round 32 / 34: the name after the last 的), not a case's agent
# (… or 具体 「具体由项目所在地的区房屋管理部门提出方案」: the rule names who does the work, as a modal does)
MODAL_BY = re.compile(r"(?:应当|应|必须|须|具体)由$")
# an entrusted body joined after a named one 「A或被委托的第三方机构…」「A或经A依法依规委托的第三方机构…」, and one
# named by where the work lies 「A和所在地的区（县）土地储备机构联合储备」 (the 的-rule: the name after the 的,
# round 32)
# (round 44: the lead-in's doers, each a body as printed): the 的-phrase of entrusting describes the name after
# it, no part of it
# (「A和经授权或者委托的相关机构」: both words joined, Round 81's x310_04 第五条 — the name after the 的)
ENTRUSTED_DESC = re.compile(r"(?:(?:[被受]|经[^，,。；;的或和、]{0,16}?)?(?:依法依规|依法|依规)?"
                            r"(?:(?:委托|授权)(?:或者|或|和|及|、))?(?:委托|授权)|所在地|所在区(?:[（(]县[)）])?)的"
                            r"(?=[^的，,]{2})")
# the category tail after named bodies 「等相关部门」「等直属团组织」 (round 40), and fields joined by 、
# sharing its head 「等产业、招商部门」 (round 41): no name of its own, the list before it ends there
_FIELD_CHAR = r"(?:(?!部门|单位|机构|监督|指导|督促|负责|组织|开展|落实|配合)[\u4e00-\u9fff])"
ETC_KIND = re.compile(r"等(?:(?:" + _FIELD_CHAR + r"{2,4}、)*[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构|团组织|党组织)"
                      r"(?:[（(][^（）()]{1,6}[）)])?)?")
# the catch-all 「（管委会）相关部门和单位」「各有关部门、单位」 (round 37: a general call): the 有关/相关部门 a
# bare 单位 is joined to names no body — not 「相关部门和单位负责人」 (persons), nor 「区住建委和单位…」 (a named body)
_NOT_BARE = r"(?![\u4e00-\u9fff]{0,3}(?:单位|部门|局|委|办|中心|负责人|人))"
_CATCH_ALL = re.compile(r"[和、及与]单位" + _NOT_BARE)
_CATCH_TAIL = re.compile(r"(?:以及|[、和及与])各?(?:有关|相关)部门[和、及与]单位" + _NOT_BARE)
_CALLED = re.compile(r"(?:有关|相关)部门$")


def catch_all(names: list[str], text: str, at: int) -> tuple[list[str], int]:
    """``names`` read up to ``at`` less a last 有关/相关部门 that a bare 单位 follows, or past such a catch-all joined
    after them 「A、相关部门和单位」 (round 37), and where the words after them begin; unchanged otherwise."""
    if tail := _CATCH_TAIL.match(text, at):
        return names, tail.end()
    m = _CATCH_ALL.match(text, at)
    if m is None or not names or not _CALLED.search(names[-1]):
        return names, at
    return names[:-1], m.end()
