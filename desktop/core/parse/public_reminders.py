"""A reminder to the public (CONVENTIONS Round 95 on x348_04; Round 80; Round 87's turned x324_07 四; Round 93's
x342_07 二): a text titled …温馨提示／…安全提示 and addressed to residents, parents or visitors 「广大村(居)民朋友们:」
tells the public what to do and not to do — cautions and bans to the public give the plan's bodies no work, so its
numbered points are no tasks. A notice 通告 to villagers that sets the government's own steps (its 整治时间 stages) is
no reminder, whatever its addressee line."""

from __future__ import annotations

import re

_REMINDER_TITLE = re.compile(r"(?:温馨|安全|友情|防火|出行)?提示$")
# the addressee line names the public 「广大村(居)民朋友们:」「亲爱的家长朋友们：」「尊敬的游客:」
_PUBLIC_ADDRESSEE = re.compile(r"^\s*(?:广大|亲爱的|尊敬的|各位)?[^:：\n]{0,12}?"
                               r"(?:朋友们|市民|居民|村民|群众|家长|游客|同胞|乡亲们?)[^:：\n]{0,6}[:：]\s*$", re.M)


def public_reminder(title: str, text: str) -> bool:
    """``text`` (titled ``title``) is a reminder to the public: a 提示 title and a public addressee line among its
    first lines."""
    if not _REMINDER_TITLE.search(title.strip()):
        return False
    opening = "\n".join(text.lstrip().split("\n")[:6])
    return _PUBLIC_ADDRESSEE.search(opening) is not None
