"""The words around a figure that make it a norm, a grade, a period or a stock rather than an aim, as
``figure_targets.sentence_targets`` reads them: a score's band joined to a rank (a grade picking the ones rewarded), a
norm per post or per so many (每个点位安排…1名 / 按500户配1名), a frequency held under a floor (不应低于每3小时一次),
a ratio spelt before 即…, the dates bracketed after a period's length, what there is now (目前…共), a design length,
how long a system keeps or looks back, and the modal of a design limit.
"""

from __future__ import annotations

import re

# a score's band in a 「…的」 condition joined to a rank 「分值为86分及以上并在…排名前三的小区」: the grade of the ones
# picked (round 33) — not a band alone picking who a step applies to 「信用评价85分及以上的企业」「65分以下的企业」
# (Round 47 rulings, decided: targets by round 30's line)
_GRADE_PICKS = re.compile(r"[^，,；;。\d]{0,30}?(?:并|且)[^，,；;。\d]{0,30}?的(?!目标|要求)")
# a norm per post or per so many: 每＋(the post) or 按N＋measure, then a verb of staffing, then what is staffed
# (not 「每天安排工作人员6名」: a rhythm of time, the staff the item fields for it)
_PER_NORM = re.compile(r"(?:每(?![天日年月周季晚])(?:个|一个)?|按\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,2})"
                       r"[\u4e00-\u9fff]{0,8}?"
                       r"(?:配备|配置|安排|配齐|配)[\u4e00-\u9fff（）()]{0,10}$")
# the dates of a period in brackets right after its length (「试点时间2个月（8月1日至9月30日）」)
_DATES_BRACKET = re.compile(r"\s*[（(][^）)]{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|-|－|~)")
# 「巡视频率不应当低于每3小时一次」: a frequency with a floor, its interval the figure (round 35; 低于 in round
# 30's line)
_FLOOR_EVERY = re.compile(r"(?:低于|少于|不超过|至少)\s*每\s*$")
_RATIO_SPELT = re.compile(r"\d\s*[:：]\s*\d[^，,；;。]{0,6}?(?:配备|配置|设置|配)[^，,；;。]{0,4}[，,]\s*$")
# what there is now, right before its count (no verb between): 「以目前B类89个小区为基础」 (not 「全区735个」: a
# place's whole, which the answers read as the work's count)
_NOW_STOCK = re.compile(r"目前[A-Za-z\u4e00-\u9fff]{0,4}?\s*(?:共|共有|现有)?\s*$")
# the base a work is drawn on, 「以31个村为基础,划分…网格」: what there is, the frame of the work, no count to reach
# (根底: a document site's OCR of 基础)
BASE_BEFORE = re.compile(r"以\s*$")
BASE_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{1,6}?为(?:基础|根底|基本单元|单元|单位)")
_DESIGN_LENGTHS = frozenset({"mm", "cm", "毫米", "厘米", "公分"})
# how long a system keeps or looks back (「视频监控数据可支持3个月回溯查询」「影像资料保存6个月」): a norm of the
# system, no comparison word — not a target (CONVENTIONS.md Thresholds: a figure that only names a norm)
_LOOKBACK_BEFORE = re.compile(r"(?:支持|可|能)\s*$")
_LOOKBACK_AFTER = re.compile(r"\s*(?:的)?(?:回溯|回放|追溯|倒查)")
_KEPT_FOR = re.compile(r"(?:保存|存储|留存|保留|储存)(?:期限|时间|期)?(?:为|达)?\s*$")
# (水封深度≥50mm / 管径不小于100mm: the limit written with its sign or its bare comparison; not 超过 alone, a trigger)
_DESIGN_MODAL = re.compile(r"(?:(?:不应|不宜|不得|应|宜|须)(?:小于|大于|低于|高于|少于|超过|为|不小于|不大于|控制在)"
                           r"|不小于|不大于|不低于|[≥≤])\s*$")

# a figure that only names a norm on a grassroots page, no comparison word: a stage's length in the bracket after its
# name 「宣传发动阶段(1个月)」, a round-the-clock service 「实行24小时电话畅通」「坚持24小时值班」, and the width of a
# zone a ban covers 「道路两侧2公里…严禁焚烧」 (round 30: a figure that names a norm or a place is no target)
_STAGE_LENGTH = re.compile(r"阶段\s*[（(]\s*$")
# (… or the hotline itself 「设立24小时热线电话」「开通24小时服务热线」: a kind of service, Round 87's x324_08 — p66a)
_ROUND_CLOCK = re.compile(r"\s*(?:(?:电话|通讯|手机|热线)?\s*(?:值班|值守|畅通|服务|在线|监控|开放|不间断)|"
                          r"(?:服务|咨询|求助|救助)?热线|(?:值班|咨询|求助)电话)")
_ZONE_BEFORE = re.compile(r"(?:两侧|两旁|一侧|沿线|周边|周围|四周|外围)\s*$")
_ZONE_UNITS = frozenset({"公里", "千米", "米", "km", "m"})


def page_norm(before: str, after: str, unit: str) -> bool:
    """The figure, with the words ``before`` and ``after`` it in its clause, only names a norm (``_STAGE_LENGTH``)."""
    return _STAGE_LENGTH.search(before) is not None \
        or unit == "小时" and _ROUND_CLOCK.match(after) is not None \
        or unit in _ZONE_UNITS and _ZONE_BEFORE.search(before) is not None


__all__ = [
    "page_norm",
    "_GRADE_PICKS",
    "_PER_NORM",
    "_DATES_BRACKET",
    "_FLOOR_EVERY",
    "_RATIO_SPELT",
    "_NOW_STOCK",
    "_DESIGN_LENGTHS",
    "_LOOKBACK_BEFORE",
    "_LOOKBACK_AFTER",
    "_KEPT_FOR",
    "_DESIGN_MODAL",
]
