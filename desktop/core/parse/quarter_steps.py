"""Quarter milestones written inside an item's sentences: 「一季度完成…，二季度开展…，三季度…，四季度开展…」.

A bare quarter 「二季度开展…」 is no date on its own (``dates._QUARTER_DL`` reads one only with a year,
第, 末／底, 前／内, an aim word or a 完成 after it): 「一季度GDP…」 reports a period. Where two or more
different quarters each open a clause of the same text, the quarters are the item's steps: each is due
at its quarter's end, the last one the item's deadline (CONVENTIONS.md: several dates in one item, the
latest is the deadline), and a clause opening with 全年 among them is the year's step, due at the year's
end (round 39: the year printed as 全年 dates what it opens).

Only a quarter followed by the work it holds (a verb of doing: 完成, 开展, 举办 …) is a milestone:
「一季度经济运行情况较好，二季度招商项目集中签约」 reports periods. Not a progress share
「一季度10%，二季度40%」 (a figure after the quarter: steps of a schedule cell, round 33), a rhythm
「每季度」, a reference period 「一季度以来」「一季度同比…」, nor a quarter inside a clause 「较上年一季度」.
"""

from __future__ import annotations

import re

# the work a milestone opens with (「二季度开展…」「三季度再开展…」); not a period reported 「一季度经济运行…」
_WORK = (r"(?:完成|开展|举办|举行|组织|召开|制定|建成|建立|实施|推进|启动|开发|开工|竣工|新增|新建|改造|建设|评估|部署"
         r"|落实|选拔|培训|创建|印发|出台|验收|检查|督查|排查|整治|修订|编制|上报|报送|总结|做好|抓好|推动|提升|完善)")
# a quarter opening a clause (after 「其中」「再」 too) and followed by the clause's words, not by a figure
_CLAUSE_QUARTER = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:其中|并|再|又)?(?:在|于)?第?([一二三四1-4])\s*季度"
                             r"(?![末底前内度的])(?!(?:以来|同比|环比|累计|期间|全[省市区县]|我[省市区县]))"
                             r"(?=(?:再|又|并|要|全面|基本|集中|重点|持续)?" + _WORK + ")")
# 全年 opening a clause among milestones (「…，四季度开展…，全年覆盖党员1500人次以上」); not a rate 「全年每辆…」
_CLAUSE_YEAR = re.compile(r"(?:^|(?<=[，,。；;\n]))全年(?!每|平均|累计|共)(?=[\u4e00-\u9fff])")


def quarter_steps(text: str) -> list[tuple[int, int, int]]:
    """The quarters that open clauses of ``text`` as its milestones — (start, end, quarter) of each quarter's words
    — where two or more different quarters do; [] otherwise."""
    found = [(m.start(1), m.end(), "一二三四1234".index(m.group(1)) % 4 + 1) for m in _CLAUSE_QUARTER.finditer(text)]
    return found if len({q for _, _, q in found}) >= 2 else []


def year_steps(text: str) -> list[tuple[int, int]]:
    """The spans of 全年 opening clauses of a text that has quarter milestones (``quarter_steps``)."""
    return [m.span() for m in _CLAUSE_YEAR.finditer(text)]


def clause_quarter(clause: str, sentence: str) -> int | None:
    """The last quarter milestone of ``sentence`` (``quarter_steps``) that stands inside its part ``clause``
    (「二季度开展专题研讨3次」 in 「一季度完成…，二季度开展专题研讨3次，三季度…」: 2); None where none does."""
    at = sentence.find(clause)
    if at < 0:
        return None
    own = [q for a, _, q in quarter_steps(sentence) if at <= a < at + len(clause)]
    return own[-1] if own else None
