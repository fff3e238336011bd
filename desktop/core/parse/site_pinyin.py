"""The inline pinyin some 范文 sites print after a character 「鄉(xiāng)鎮(zhèn)」「責(zé)任單位」
(round 39: names are kept as printed, with it).

The plan is read without it (「責(zé)任單位:縣住建局」 is a units label, 「開(kāi)通5G基站80座」 a target,
「“6.26”國(guó)際禁毒日期間」 a named day), and what the plan says — titles, texts, unit names — is given
back as printed, pinyin and all, by ``Reprinted`` (the way ``script.Restorer`` gives back the
traditional characters a folded text read in simplified ones).

Only a bracket of Latin letters holding a tone-marked vowel right after a Chinese character is
pinyin: 「(a)」「(GDP)」 and 「(试行)」 stay."""
from __future__ import annotations

import re
from collections.abc import Callable

# (or the page cut inside it, at the text's end 「…縣婦聯(lián)、團(tuá」: the bracket never closed)
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?:[)）]|(?=\s*\Z))")


def drop_pinyin(text: str) -> str:
    """``text`` without a site's inline pinyin after its characters."""
    return _PINYIN.sub("", text) if "(" in text or "（" in text else text


def _kept(printed: str) -> tuple[str, list[int]]:
    """``printed`` without its pinyin, and where each character left stands in ``printed``."""
    where: list[int] = []
    pos = 0
    for m in _PINYIN.finditer(printed):
        where.extend(range(pos, m.start()))
        pos = m.end()
    where.extend(range(pos, len(printed)))
    return "".join(printed[i] for i in where), where


class Reprinted:
    """Gives a string read from the text without its pinyin back as printed, with it.

    ``forms`` are forms of the printed text (as given, and as the reader reshapes it: lines joined,
    spaces dropped); ``inner`` is applied first (the traditional characters given back). A string is
    looked up in each form without its pinyin, and the printed stretch at the same place is given back:
    between two characters left, only pinyin was dropped, so the stretch is the string with its pinyin.
    What is found nowhere stays as read."""

    def __init__(self, forms: list[str], inner: Callable[[str], str]) -> None:
        self.forms = [(printed, *_kept(printed)) for printed in dict.fromkeys(forms)]
        self.inner = inner

    def __call__(self, s: str) -> str:
        s = self.inner(s)
        if not s:
            return s
        for printed, kept, where in self.forms:
            at = kept.find(s)
            if at >= 0:
                end = at + len(s)
                return printed[where[at]:where[end] if end < len(where) else len(printed)]
        if "\n" in s:
            return "\n".join(self(part) for part in s.split("\n"))
        return s
