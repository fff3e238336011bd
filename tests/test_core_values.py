"""Indicator values as clerks type them (issue 14): read, or refused with the reason."""

from __future__ import annotations

import pytest

from desktop.core.values import ValueRefused, cn_number, read_value


@pytest.mark.parametrize("text, unit, expected", [
    ("15", "天", 15), ("15天", "天", 15), ("十五天", "天", 15), ("十五", "", 15), ("62%", "%", 62),
    ("62％", "%", 62), ("６２", "%", 62), ("1.2万", "张", 12000), ("1.2万张", "张", 12000),
    ("1,200人次", "人次", 1200), ("三点五", "%", 3.5), ("两千零五", "户", 2005), ("一百二十个", "个", 120),
    ("一万二千", "", 12000), (" 580 ", "张", 580), ("-3", "", -3), ("0.5", "", 0.5), ("15天", "", 15),
    ("62%", "", 62), ("2.5万元", "万元", 2.5),
])
def test_values_are_read(text, unit, expected):
    assert read_value(text, unit) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "  "])
def test_an_empty_cell_is_no_value(text):
    assert read_value(text, "天") is None


@pytest.mark.parametrize("text, unit, words", [
    ("大约一半", "%", "不是数字"), ("abc", "", "不是数字"), ("15天", "%", "单位是“天”"),
    ("62%", "天", "以“天”计"), ("15个半", "", "无法识别"), ("十五天!", "天", "单位"),
])
def test_other_text_is_refused_with_the_reason(text, unit, words):
    with pytest.raises(ValueRefused) as caught:
        read_value(text, unit)
    assert words in caught.value.message and caught.value.message.endswith("。")


@pytest.mark.parametrize("text, expected", [
    ("十", 10), ("十五", 15), ("二十", 20), ("一百零二", 102), ("两千", 2000), ("二〇二四", 2024),
    ("三点一四", 3.14), ("一亿", 1e8), ("二三十", None), ("点", None), ("百", None),
])
def test_chinese_numerals(text, expected):
    assert cn_number(text) == (None if expected is None else pytest.approx(expected))
