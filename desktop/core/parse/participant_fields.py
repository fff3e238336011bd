"""A field that lists who takes part in an event (参加人员：市、区领导，18支参赛队伍，…): its figures are no target.

An activity plan's field block 「1、时间 2、地点 3、参加人员／参加对象／参赛单位」 names who comes: the persons,
teams or bodies invited, counted as they are (18支参赛队伍, 各村2名代表). A count there says who is present, not a
quantity the item's work must reach (round 30's line: a figure with no comparison word that only names its objects
is no target). A figure there joined to a comparison word (参加人员：每村不少于2人) stays a floor by round 30's
line; a sentence that mentions participants outside such a field (组织18支队伍参加比赛) is read as before. Asked
once per sentence by ``targets.find_targets``.
"""
from __future__ import annotations

import re

from .figures import CMP_BEFORE

# the field's label at the sentence's start, after its number (3、参加人员: / （二）参会对象：)
_FIELD = re.compile(r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"
                    r"(?:(?:参加|参会|参赛|参与|出席|列席)(?:人员|对象|单位|范围)"
                    # (where it is held 「地 点:全县10个乡镇及…村(居)委会」: the places the work goes to, no target —
                    # Round 83 on x312_09 三/(一))
                    r"|(?:活动|举办|演出|放映|集中|具体)?地\s*[点點])\s*[:：]")
_BAND = re.compile(r"以上|以下|以内")


def participants_field(sentence: str) -> bool:
    """Whether ``sentence`` is a field listing who takes part (or where), with no comparison word in it."""
    return bool(_FIELD.match(sentence)) and not CMP_BEFORE.search(sentence) and not _BAND.search(sentence)
