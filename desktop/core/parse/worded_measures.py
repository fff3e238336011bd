"""Measures written in Chinese numerals and joined to a comparison word of the line (CONVENTIONS.md Thresholds,
round 30): 「建设宽度不少于五十米的防护绿地」 (≥ 50 米), 「不能正常运行十五分钟以上的」 (≥ 15 分钟),
「面积不低于二百平方米」, 「建筑面积三万平方米及以上」, 「布置在地下四层及以下」 — targets as the same figures
written in digits are. Counts (一名, 三座) are
``worded_targets._cn_counts``' and spans of time (五天, 一年以上) ``_cn_spans``'; a measure with no word of the line
「五十米范围」 or one that names a class 「万吨级」「建筑面积五百平方米以下的建设项目」 is none,
nor a fine's scale 「处一万元以上五万元以下的罚款」.
"""

from __future__ import annotations

import re

from desktop.core.model import Target

from .class_figures import noun_class
from .figures import CMP, CMP_BEFORE
from .prefilter import led
from .threshold_line import fine_scale, floors_class
from .worded_targets import _CMP_AT_END, _CN_VALUE, _SPAN_BAR, _cn_number, _span_target

# (not 第五米 / 每十米 / 5十 …; 千米 after a numeral is read as 千 and 米: 三千米 is 3000 米 either way)
_CN_MEASURE = led(re.compile(r"(?<![第每\d一二两三四五六七八九十百千万点])"
                             # (「一点五倍」: a decimal written in words, its digits after 点)
                             r"([一二两三四五六七八九十百千]{1,6}(?:点[〇零一二三四五六七八九]{1,3})?)\s*"
                             # (「建筑面积三万平方米及以上」: 万 with its measure; 「地下四层及以下」: floors,
                             # not 层级／层次; a store's capacity 「不得超过一千吨」「不得超过二万吨」「一万立方米」,
                             # a temperature 「超过三十八度」 and a multiple of a base 「一点五倍」 alike)
                             r"(万平方米|万立方米|万亩|平方米|立方米|平方公里|公里|厘米|毫米|米|分钟|公顷|亩|万元|元"
                             r"|层(?![级次面])|万吨|吨|倍(?![增数率])|度(?![量过假数电]))"
                             # (「至少应留有四米宽度」: the width a standard keeps; not 「五米宽的道路」, a kind)
                             r"(?![级长高深线])(?!宽(?!度))"
                             r"\s*(及以上|以上|及以下|以下|以内|之内)?"))
_UNITS = "米里钟顷亩元层吨倍度"
# 「不应小于电杆高度的一点五倍」: the line's word, then the base a multiple is of
_OF_BASE = re.compile(r"(?:" + CMP_BEFORE.pattern + r")\s*[^，,；;。\d、]{1,12}?的\s*$")
_CN_DIGIT = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))


def cn_measures(sentence: str, deadline: str | None) -> list[Target]:
    """Measures in Chinese numerals joined to a word of the line before them (不少于五十米) or a band after them
    (十五分钟以上)."""
    out: list[Target] = []
    if not any(u in sentence for u in _UNITS):
        return out
    for m in _CN_MEASURE.finditer(sentence):
        bar = _SPAN_BAR.search(sentence, max(0, m.start() - 8), m.start()) \
            or _CMP_AT_END.search(sentence, max(0, m.start() - 8), m.start())
        based = _OF_BASE.search(sentence, max(0, m.start() - 20), m.start()) \
            if m.group(2) == "倍" and not bar else None
        if not (bar or based or m.group(3)) or fine_scale(sentence, m.start(), m.end(), m.group(2)):
            continue                                # (「处一万元以上五万元以下的罚款」: a fine's scale, no target)
        if (m.group(3) or bar) and noun_class(sentence, m.start(), m.end(), m.group(2).removeprefix("万"), m.group(3)):
            continue                                # 「其他建筑面积五百平方米以下的建设项目」「超过一千立方米的
            #                                         水池」: a kind, as in digits
            #                                         (Round 58 rulings: a figure inside a noun naming a class)
        if m.group(2) == "层" and floors_class(sentence, m.start(), m.end(), bool(m.group(3))):
            continue                                # 「三层以上（含三层）建筑」: a class of building, as in digits
        whole, _, tenths = m.group(1).partition("点")
        units = _cn_number("".join(_CN_VALUE.get(c, c) for c in whole))
        if not units:
            continue
        value = float(f"{units}." + "".join(_CN_DIGIT[c] for c in tenths)) if tenths else float(units)
        out.append(target := _span_target(sentence, m, bar, value, m.group(2), deadline))
        if based:
            target.comparator = CMP.get(based.group(1))
    return out


__all__ = ["cn_measures"]
