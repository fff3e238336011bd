"""Stages named by their step words where their dates stand apart, read by ``schedule``: an ordinal stage with its
name in one bracket and its window in the next (第一阶段(准备阶段)(20__年9月1日-20__年10月30日)), a step headed by
its dates with its name in the bracket after them ((一)6月21日-6月25日(自查自纠阶段)), and a window whose year the
page masks (20__年 / xx年: the stage is kept, its dates left open)."""

from __future__ import annotations

import re

_BRACKET = re.compile(r"\s*[(（]([^()（）\n]{2,40})[)）]")
_STAGE = re.compile(r"^[\u4e00-\u9fff]{2,12}阶段$")
_DATES_ONLY = re.compile(r"[\d\s年月日号至到—–~－\-底末初上中下旬]+")
_MASKED_WINDOW = re.compile(r"(?:19|20)?[_＿xX×*]{2,4}\s*年\s*\d{1,2}\s*月[^()（）]{0,6}?[-—–~至到－]")


def masked_window(dates: str) -> bool:
    """A window of months whose year is masked (20__年9月1日-20__年10月30日)."""
    return _MASKED_WINDOW.search(dates) is not None


def bracketed_stage(name: str, inner: str | None, text: str, end: int) -> tuple[str, str] | None:
    """第一阶段(准备阶段)(9月1日-10月30日): (「第一阶段：准备阶段」, the window) where ``inner`` (the bracket after
    ``name``) is a stage's name and a bracket follows at ``end``; else None."""
    after = _BRACKET.match(text, end) if inner and _STAGE.match(inner) else None
    return (f"{name}：{inner}", after.group(1)) if after else None


def dates_first_stage(title: str, name: str, cut: int) -> tuple[str, str] | None:
    """(一)6月21日-6月25日(自查自纠阶段): (the stage's name, the title written name first) where ``name`` (the
    title before ``cut``) is only dates and the bracket at ``cut`` names a stage; else None."""
    dated = _BRACKET.match(title, cut) if _DATES_ONLY.fullmatch(name) else None
    if dated and _STAGE.match(dated.group(1)):
        return dated.group(1), f"{dated.group(1)}（{name}）"
    return None
