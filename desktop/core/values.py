"""Reading an indicator value as a clerk types it: ``15``, ``15天``, ``十五天``, ``62%``, ``1.2万``,
``三点五``, ``1,200人次``. A value is a number, an optional 万/千/亿, and an optional unit that
must be the target's own; anything else is refused with a sentence that says why and what to
type instead. Pure: no Qt, no workspace.

Targets are stored with 万 folded into the value (``2.8万张`` → 28000 张, core.parse.figures),
so ``1.2万`` against a target counted in 张 is 12000.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.parse.figures import UNITS
from desktop.core.parse.normalise import _CN_DIGIT

_MULTIPLIERS = {"万": 10_000, "千": 1_000, "亿": 100_000_000}
_CN_UNITS = {"十": 10, "百": 100, "千": 1_000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGIT) + "十百千万亿点"
_ARABIC = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_KNOWN_UNITS = frozenset(UNITS.split("|")) | {"天", "日", "月", "年", "小时", "分钟", "周"}
_SAME_UNIT = {"％": "%", "個": "个", "人次": "人次"}


class ValueRefused(ValueError):
    """The text is not a value for this target; ``message`` says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def cn_number(text: str) -> float | None:
    """A Chinese numeral: ``十五`` 15, ``一百二十`` 120, ``两千零五`` 2005, ``三点五`` 3.5,
    ``一万二千`` 12000, ``二〇二四`` 2024 (digit by digit); None when it is not one."""
    if not text or any(ch not in _CN_CHARS for ch in text):
        return None
    whole, _, fraction = text.partition("点")
    if "点" in fraction or not whole and not fraction:
        return None
    if fraction and any(ch not in _CN_DIGIT for ch in fraction):
        return None
    value: float | None
    if whole and all(ch in _CN_DIGIT for ch in whole):
        value = float("".join(str(_CN_DIGIT[ch]) for ch in whole))       # 二〇二四, 五
    else:
        value = _cn_whole(whole)
        if value is None:
            return None
    if fraction:
        value += float("0." + "".join(str(_CN_DIGIT[ch]) for ch in fraction))
    return value


def _cn_whole(text: str) -> float | None:
    total, section, digit, seen = 0, 0, None, False
    for ch in text:
        if ch in _CN_DIGIT:
            if digit is not None and digit != 0 and _CN_DIGIT[ch] != 0:
                return None                       # 二三 inside a positional numeral
            digit = _CN_DIGIT[ch]
            seen = True
        elif ch in _CN_UNITS:
            if digit is None and ch != "十":
                return None
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit, seen = None, True
        elif ch in _CN_BIG:
            if not seen:
                return None
            total = (total + section + (digit or 0)) * _CN_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0)) if seen else None


def _normal_unit(unit: str) -> str:
    unit = unicodedata.normalize("NFKC", unit).strip()
    return _SAME_UNIT.get(unit, unit)


def read_value(text: str, unit: str = "") -> float | None:
    """The number in ``text``, in the target's ``unit``; None for an empty cell (no value).

    Raises ValueRefused with the reason when the text is not a number, or names a unit other
    than the target's.
    """
    raw = text
    text = unicodedata.normalize("NFKC", text or "").strip()
    text = re.sub(r"(?<=\d)[,，](?=\d{3})", "", text).replace(" ", "")
    if not text:
        return None
    target_unit = _normal_unit(unit)
    m = _ARABIC.match(text)
    number: float | None
    if m:
        number, rest = float(m.group(0)), text[m.end():]
    else:
        m = re.match(f"[{_CN_CHARS}]+", text)
        number, rest = None, text
        for end in range(len(m.group(0)) if m else 0, 0, -1):     # the longest numeral that reads
            number = cn_number(text[:end])
            if number is not None:
                rest = text[end:]
                break
        if number is None:
            raise ValueRefused(f"“{raw.strip()}”不是数字。请填写数值，例如 15、15.5、十五"
                               f"{'或 15' + unit if unit else ''}。")
    if rest[:1] in _MULTIPLIERS and not target_unit.startswith(rest[:1]):
        number *= _MULTIPLIERS[rest[0]]
        rest = rest[1:]
    rest_unit = _normal_unit(rest)
    if rest_unit and target_unit and rest_unit != target_unit:
        raise ValueRefused(f"“{raw.strip()}”的单位是“{rest}”，而这项指标以“{unit}”计。"
                           f"请换算成以{unit}计的数值再填，只填数字即可。")
    if rest_unit and not target_unit and rest_unit not in _KNOWN_UNITS:
        raise ValueRefused(f"“{raw.strip()}”中的“{rest}”无法识别。请只填写数字，例如 {number:g}。")
    return number


# a figure as a document writes it: 150亿, 1.5亿, 33万, 15,000 (not a year's digits run into a longer number)
_WRITTEN_FIGURE = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([万亿])?")
_SCALES = ((100_000_000, "亿"), (10_000, "万"))


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def figure_text(value: float, written: str = "") -> str:
    """A target's figure as people read it, the one form every place that shows a target uses
    (the review, the task page, the 工作台, the reports): as the document wrote it where ``written``
    (the target's own text) holds a figure of that value — 「150亿」 from 「年度完成投资150亿元以上」,
    「15000」 from 「不少于15000人」 — else in 亿 or 万 where that takes at most two decimals
    (1200000000 → 「12亿」, 120000000 → 「1.2亿」, 330000 → 「33万」), else its digits (12345, 8, 2.5).
    The stored value is not touched (ux57: 「不少于15000000000元」 shown for 150亿元)."""
    value = float(value)
    for m in _WRITTEN_FIGURE.finditer(written or ""):
        number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        scale = dict((w, s) for s, w in _SCALES).get(m.group(3) or "", 1)
        if abs(number * scale - value) <= 1e-6 * max(1.0, abs(value)):
            return m.group(1) + (m.group(2) or "") + (m.group(3) or "")
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = value / scale
            if abs(scaled - round(scaled, 2)) <= 1e-9 * max(1.0, abs(scaled)):
                return _plain(round(scaled, 2)) + word
    return _plain(value)
