"""The inline pinyin some 范文 sites print after a character 「鄉(xiāng)鎮(zhèn)」「責(zé)任單位」
(round 39: names are kept as printed, with it). Where the parser compares a heading's words
with its own (「责任单位」 as a heading dividing the work) the pinyin is dropped first, so that
「責(zé)任單位」 reads as 「责任单位」.

Only a bracket of Latin letters holding a tone-marked vowel right after a Chinese character is
pinyin: 「(a)」「(GDP)」 and 「(试行)」 stay."""
from __future__ import annotations

import re

_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


def drop_pinyin(text: str) -> str:
    """``text`` without a site's inline pinyin after its characters."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text
