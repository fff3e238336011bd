"""Whether a bracket holding a date follows the work's own words (moved out of ``dates``, at the 700-line limit, as
one test used by two readers: ``dates.find_deadlines`` for a dated bracket closing an item 「…（2025年1月）。」 and
``closing_days`` for a bare day's 「…(5月26日)。」)."""

from __future__ import annotations

import re

# 「…并及时通知纳入清单的相关企业（2025年1月）。」: a stage's month in a bracket closing its item — the item's date;
# not one closing a sentence or a line inside it (「…开展排查（2024年8月）。完善台账…」)
CLOSING_BRACKET = re.compile(r"\s*[）)]\s*[。；;]?\s*$")
# (what the bracket follows: the work's clause, not a cited rule — its edition, 「《…条例》（2024年10月）」 — nor a
# figure — the month it stands at, 「全区现有公共充电桩5000个（2024年6月）」; a paper the work issues may be named
# last: 「…不予延续换发《港口经营许可证》（2025年6月）」)
_OPENS_BRACKET = re.compile(r"[（(]\s*$")
_RULE_CITED = re.compile(r"[法例定范准见知则划案要]》$")     # (条例》 办法》 规定》 通知》 方案》 …)
_FIGURE_AT = re.compile(r"(?:\d[个家座处条辆台套户人项所名吨亩件批]|[\d%％])$")
# …unless the clause makes that paper or that figure (round 31, rm85): 「研究制定《…管理办法》（2025年6月）」
# 「新建空气质量监测站10个（2025年9月）」 — not 「严格执行《…条例》」「现有充电桩5000个」「已建成示范小区12个」
_MAKES_PAPER = re.compile(r"(?:制定|出台|印发|修订|修编|编制|起草|发布|颁布|编写|形成|换发|核发|颁发|出具|报送|上报|"
                          r"提交)[^，,。；;《》]{0,6}《[^《》]*》$")
_MAKES_FIGURE = re.compile(r"完成|新建|建成|新增|增设|改造|改建|扩建|建设|创建|培育|打造|安装|配备|发放|培训|整治|"
                           r"治理|推广|实施|力争|确保")
_STOCK = re.compile(r"现有|已|共有|目前|截至|现存|拥有")


def bracket_after_work(text: str, at: int) -> bool:
    """Whether a bracket opens just before ``at`` after the work's own words: not after a cited rule's title
    (「《…条例》（2024年10月）」, its edition) nor after a figure (「全区现有公共充电桩5000个（2024年6月）」, the
    month it stands at), unless the clause makes that paper or reaches that figure; a paper the work issues may be named
    last (「…不予延续换发《港口经营许可证》（2025年6月）」)."""
    head = text[max(0, at - 80):at]
    if (b := _OPENS_BRACKET.search(head)) is None:
        return False
    before = head[:b.start()].rstrip()
    if _RULE_CITED.search(before):
        return _MAKES_PAPER.search(re.split(r"[，,。；;\n]", before)[-1]) is not None
    if _FIGURE_AT.search(before):
        # (the sentence's verb: 「新建监测站10个，覆盖率达到100%（2025年9月）」)
        sentence = re.split(r"[。；;\n]", before)[-1]
        return _MAKES_FIGURE.search(sentence) is not None and _STOCK.search(sentence) is None
    return True


__all__ = ["CLOSING_BRACKET", "bracket_after_work"]
