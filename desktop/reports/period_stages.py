"""A thing built or opened ends its stages (ux63 finding 2: task 5 said 「9月26日…建成并投入使用」, then went back
to 60 %, 85 % and 「进入验收阶段」): the period's text says the landmark, not the way to it. Pure text work on
``period.Item``s, next to ``period``.
"""

from __future__ import annotations

import re

from desktop.reports.period import NUMBER, Item, clauses, is_landmark, running_total, unquoted, words

# a thing built or opened: the end of its stages
REACHED = re.compile(r"(?<!累计)建成|投入使用|正式运营|开通|竣工|完工|揭牌|挂牌")
# a stage on the way: 选址, 设计, 招标, 开工, 改造完成60%, 装修, 进入验收阶段
_ON_THE_WAY = re.compile(r"选址|设计|招标|开工|改造|装修|主体|配套|验收|评审|进入[^，。]*阶段|完成\d+(?:\.\d+)?%|进度")


def _shares_object(a: str, b: str) -> bool:
    """Two sentences about the same thing: three characters in a row of one (not a stage word) in the other."""
    x, y = _ON_THE_WAY.sub("|", words(NUMBER.sub("|", a))), words(b)
    return any("|" not in x[i:i + 3] and x[i:i + 3] in y for i in range(len(x) - 2))


def past_stages(items: list[Item]) -> list[Item]:
    """Once a thing is built or opened (``9月26日县返乡创业孵化园建成并投入使用``), the stages before it
    (选址, 主体改造完成60%, 进入验收阶段) are not the period's news: a sentence that opens with a stage of the
    same thing, from the months before, goes — its sources stay with the landmark for the draft editor. A
    sentence with a running total of its own (累计入驻32家) stays."""
    reached = [(min(s.month or "" for s in i.sources), i) for i in items
               if REACHED.search(unquoted(i.text)) and is_landmark(i.text)]
    out = []
    for item in items:
        parts = clauses(item.text)
        mark = next((m for month, m in reached if m is not item and item.latest_month < month
                     and _shares_object(parts[0], m.text)), None)
        if (mark is None or not _ON_THE_WAY.search(parts[0])
                or any(running_total(c) for c in parts)):
            out.append(item)
            continue
        mark.sources[:0] = [s for s in item.sources if s not in mark.sources]
    return out
