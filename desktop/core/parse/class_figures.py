"""Figures that name a class of thing by its rating, its size band or its age, or that pick out who or what a
clause speaks of — no bar to reach, no target (CONVENTIONS.md Targets).

- A voltage or pressure rating written before the equipment it names 「10千伏开关站」「110kV线路」「70MPa加氢站」 is
  the kind of station, line or tank, as 「3吨货车」 is a kind of truck (round 31): no target where no comparison word
  joins it (「接入电压等级不超过220千伏」 stays a ceiling by round 30's line).
- A size band that decides which body reviews or which procedure applies 「工程费用5000万元以下项目由分管局长审批」
  「面积10000平方米及以上的…项目，由区投资主管部门实施备案管理」 is a class of project (Round 43 rulings, round 38):
  no target, whatever comparison word joins it; so is the band naming the projects a procedure is carried out on
  「投资额在100万元及以上的…项目实行分类立项」「合同价5000万元及以上的建设工程，推行施工过程结算」「不满100万元的
  …项目，按照《…导则》执行」.
  Not a grant's condition 「…以上的项目，给予补贴」 (round 30), nor a band
  that picks the objects of work with no procedure 「对投资500万元以上的项目开展检查」 (round 30's line).
- A building's age band 「对建成50年以上的建筑进行价值甄别」 names a kind of building, as an age band names a group of
  persons (round 31); not a term to reach 「使用年限不低于50年」 (no noun after it).
- A casualty band naming a grade of accident 「一次死亡3人以上交通事故明显减少」: the kind of accident, as an age
  band names a group of persons (round 31); a band closed by 的 before the event 「死亡3人（含）以上的…事故信息随时
  上报」 is round 30's condition triggering a step, a target. What falls (「事故明显减少」), or a bar
  written on the count itself 「死亡人数控制在3人以下」, stays a target (no casualty word right before the figure).
- A distance from a place that picks out persons 「鼓励上班人员在距单位1公里范围之内步行上下班」 (Round 45 rulings:
  「在距单位1公里范围之内」 picks out persons: no target). A zone kept by what a rule forbids 「校园周边一百米范围内
  禁止…」 stays the rule's own standard (Round 46, decided): no person before 距, no exclusion.
- The counting unit of a policy's rate 「每查实瞒报谎报1人奖励3万元」: the 1人 each reward is counted by (round 30's
  「原则上按500户配1名」, a norm with no comparison word); the rate 3万元 stays a target (round 25). Not 「每年培训
  1000人」: no rate after the figure.

Read apart from ``threshold_line`` (the line's exceptions: ``line_excluded`` asks ``picked_class``,
``aged_class`` and ``reviewer_band``), ``worded_targets`` (``reviewer_band``) and ``figure_targets`` (the
reader: ``rating_class``), so each stays small; each is asked once for a figure the reader is about to keep.
Folded from the two sibling modules ``size_classes`` and ``picked_classes`` (round 45) with no change.
"""

from __future__ import annotations

import re

_RATING_UNITS = frozenset({"千伏", "kV", "KV", "MPa", "兆帕"})
# the equipment right after the rating (「10千伏开关站」「70MPa加氢站」), not a band or a verb, nor the 安 of a
# capacity in 千伏安 (kVA) 「新增变电容量120万千伏安」: a figure to reach
_EQUIPMENT_AFTER = re.compile(r"\s*(?:级)?\s*(?!及|以|左右|的|或|和|至|到|安)[\u4e00-\u9fff]")


def rating_class(clause: str, end: int, unit: str) -> bool:
    """The rating ending at ``end`` of ``clause`` names the equipment after it (caller: no comparison word)."""
    return unit in _RATING_UNITS and _EQUIPMENT_AFTER.match(clause, end) is not None


_SIZE_UNIT = re.compile(r"(?:[万亿千]?元|平方米|平方公里|公顷|亩)$")
# the projects or works the band picks, then who reviews them or the procedure they go through
_PROJECT = re.compile(r"项目|工程|行为")
# (「由A审批」「报A核准」「向A登记」「由A实施备案管理」「由A采用…的程序」「通过…审批管理系统进行申报」「纳入各区属地化
# 管理」; not 「由企业提出
# 申请，按…审批流程办理」: the applicant, then the procedure after a comma)
_PROCEDURE = re.compile(r"(?:由|报|向)[^。；;，,]{1,30}?(?:审批|审查|核准|备案|审定|登记)"
                        r"|由[^。；;，,]{1,20}?(?:实施|采用)[^。；;，,]{0,20}?(?:管理|程序)"
                        r"|通过[^。；;]{1,80}?审批[^。；;]{0,40}?申报"
                        # 「…的工程，纳入各区属地化管理」: the level that manages them
                        r"|纳入[^。；;，,]{0,8}?属地化?管理"
                        # 「…的燃气工程建设项目实行分类立项」「…的建设工程，推行施工过程结算」: the procedure they go
                        # through (not 「…的项目开展检查」: work on them; 「…的工程实行备案」 stays round 31's line)
                        r"|(?:实行|推行|适用)[^。；;，,]{0,8}?(?:立项|结算|招标)"
                        # 「…不满100万元的…项目，按照《…导则》执行」: the rules a class goes by
                        r"|按照?\s*《[^》]{1,40}》\s*(?:的?有关规定|相关规定|规定)?\s*执行")
# a project's term 「合同工期一年及以上…的建设工程」: a size of the project, as its cost is
_TERM_BEFORE = re.compile(r"工期\s*$")
_TERM_UNITS = frozenset({"年", "个月", "天", "日"})
_GRANT = re.compile(r"补贴|补助|奖励|资助|奖补|扶持|资金")


def reviewer_band(sentence: str, start: int, end: int, unit: str) -> bool:
    """The size at start–end of ``sentence`` picks the projects whose reviewing body or procedure the rest of its
    clause (up to 。 or ；) names."""
    term = unit in _TERM_UNITS and _TERM_BEFORE.search(sentence, max(0, start - 4), start) is not None
    if not (_SIZE_UNIT.search(unit) or term) or _GRANT.search(sentence):
        return False
    stop = min((i for i in (sentence.find(c, end) for c in "。；;") if i >= 0), default=len(sentence))
    rest = sentence[end:stop]
    project = _PROJECT.search(rest, 0, 80)
    return project is not None and _PROCEDURE.search(rest, project.end()) is not None


_AGE_BEFORE = re.compile(r"(?:建成|建造|房龄|楼龄|竣工)\s*$")
_AGED_KIND_AFTER = re.compile(r"\s*(?:及以上|以上|以下|及以下)?\s*的\s*[\u4e00-\u9fff]")
_AGE_BAND = re.compile(r"以上|以下")


def aged_class(clause: str, start: int, end: int, unit: str) -> bool:
    """The years at start–end of ``clause`` are a building's age naming the kind of building after it."""
    return unit == "年" and _AGE_BEFORE.search(clause, max(0, start - 4), start) is not None \
        and _AGED_KIND_AFTER.match(clause, end) is not None and _AGE_BAND.search(clause, start, end + 3) is not None


_CASUALTY_BEFORE = re.compile(r"(?:死亡|伤亡|遇难|重伤|受伤|失踪)\s*$")
# (the band joined straight to the accident's name; 「死亡3人（含）以上的较大火灾事故信息随时上报」, a band closed
# by 的, is round 30's condition triggering a step: a target, test_parse_classes_next49)
_ACCIDENT_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*(?!的)[\u4e00-\u9fff]{0,6}?(?:事故|事件|险情|灾害)")
_DISTANCE_UNITS = frozenset({"公里", "千米", "米", "km"})
# persons, then (在) 距 a place, right before the distance
_PERSONS_FROM = re.compile(r"(?:人员|职工|员工|居民|市民|群众|学生|住户|家庭|老人|儿童)\s*在?\s*距"
                           r"[\u4e00-\u9fff]{1,8}$")
_ZONE_AFTER = re.compile(r"\s*(?:服务半径|半径|范围)?\s*(?:之内|以内|内)")
# 每, a few words of the act counted (no figure, no stop), the figure, then a rate's verb and its sum
_PER_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,8}$")
_RATE_AFTER = re.compile(r"\s*(?:奖励|补助|补贴|给予|发放|支付|计发|奖)\s*(?:奖励|补助|补贴)?\s*\d")


def picked_class(sentence: str, start: int, end: int, unit: str) -> bool:
    """The figure at start–end of ``sentence`` names a grade of accident, a zone picking out persons or the unit
    a rate is counted by."""
    if unit == "人" and _CASUALTY_BEFORE.search(sentence, max(0, start - 3), start) \
            and _ACCIDENT_AFTER.match(sentence, end):
        return True
    if unit in _DISTANCE_UNITS and _PERSONS_FROM.search(sentence, max(0, start - 16), start) \
            and _ZONE_AFTER.match(sentence, end):
        return True
    return _PER_BEFORE.search(sentence, max(0, start - 9), start) is not None \
        and sentence[start:end].lstrip().startswith(("1", "一")) and _RATE_AFTER.match(sentence, end) is not None
