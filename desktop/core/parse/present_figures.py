"""Figures of an item that are no target though a task's text is read relaxed (round 37 rulings, "Dates, targets"):

- what there is now, the base the work starts from: 「在已汇集…18个节点、…14个节点的…数据基础上，进一步整合…」
  「针对目前…仅20%业务量现状，仍需进一步提高比例」 (round 33: present figures);
- a count on a yearly rhythm with no comparison word 「每年报送1批…」: a norm of the work's pace (round 36), not a
  figure to reach — but not the objects a body checks, visits or selects 「每年复核1家…」「每季度抽查2家」, its own
  number of work (Round 60 rulings) (「每年不少于2次」 has one: a target, by the line;
  「每年新增500人」 a yearly aim);
- a window counted from an event 「在48小时内修复」「出具后的30个自然日内缴纳」「3个工作日内办结」 with no
  comparison word: the item's deadline rule, not a target (round 33, round 34: 内 after a time counted from an
  event); minutes too 「30分钟内以口头方式…报告」, and months where the event is named before them (「之日起6个月内」,
  or the subject's 「被要求暂停…的受托机构应当在3个月内完成整改」); 以内／之内 and a comparison word 「不超过48小时」
  「30分钟以内到达」 join the line (a target);
- a name that opens with a time in quotes 「“24小时不打烊”」 (a service's name, not a figure).
- the places the work is done in 「在110个社区居委会开展…」, places whose share is the aim 「其中12个乡镇和110个
  试点村达100%」 and what there is kept up 「巩固提升23家…基地」 (rounds 33 / 38: counts of existing objects).
- those taking part, counted with no verb of the item's own before them 「…100余家…企业参加活动」.

Read by ``figure_targets.sentence_targets`` for each figure not joined to a comparison word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .figures import HELD_RIGHT_BEFORE, VERB

# 「在已汇集…的…基础上」「在现有…基础上」「针对目前…现状」: a span that states what there is now
# (「在第一批已确定发布10个…基地的基础上」: a few words may stand before 已)
_PRESENT_SPAN = re.compile(r"在(?:[^，,。；;在\d]{1,6}?)?(?:已经?|现有|目前|当前)"
                           r"[^，,。；;在]{1,60}?(?:基础|前提)(?:上|之上)"
                           r"|(?:针对|鉴于|根据)(?:目前|当前|现阶段)[^，,。；;]{1,40}?(?:现状|状况|情况)")
# 「每年复核1家」「每季度抽查2家」: the count right after a rhythm and one verb (not one that makes or reaches what
# it counts, 「每年新增500人」「每年培训200人次」: a yearly aim; not money nor a share 「每年补助4000元」「每年增长10%」
# 「每年每公里1万元」: a yearly sum or rate)
_RHYTHM_BEFORE = re.compile(r"每(?:年度?|半年|季度?|月|周|旬)(?:(?!每)[\u4e00-\u9fff]){1,3}$")

_AMOUNTS = frozenset({"元", "万元", "亿元", "%", "‰", "成", "个百分点"})
# the rhythm's verb checks, visits or selects its objects 「每年复核1家化工园区」「每季度抽查2家」: the count is the
# body's own number of work, whatever the rhythm (Round 60 rulings: round 36's norm withdrawn; the rhythm's period
# 「每3年」 stays none)
_PICKS = re.compile(r"(?:复核|抽查|抽检|检查|巡查|督查|排查|核查|检测|走访|回访|慰问|抽选|选取|选好|选择|挑选"
                    r"|遴选|评选|推选|选树|选派"
                    # (「计划每年推进2-3个最过得硬区域或街道」: the works a rhythm advances, counted — the yearly
                    # number of work a 规划 sets, Round 74's x293_04 四/（二）/4; round 62 decided)
                    r"|推进)$")


# 内 right after the time (or after 自然日／工作日 where the figure read is 「30个」): not 内容／内部／内外 …
_WINDOW_AFTER = re.compile(r"(?:自然日|工作日|天)?内(?![容部外涵地河陆])")
_WINDOW_UNITS = frozenset({"小时", "个工作日", "工作日", "个", "分钟"})
# 「审批时间缩短至100个工作日内」: a time the plan sets as its aim (its verb before it), not a window
_AIM_BEFORE = re.compile(r"(?:缩短|压缩|压减|减少|降低|降|控制|提速)(?:至|到|在|为)\s*$")
# an hour of the day: 「早上8点」「每天8点至21点」「8点30分」「至21点」 (not 「3个点位」「5点建议」: no time word)
_CLOCK_BEFORE = re.compile(r"(?:早上|早晨|上午|中午|下午|晚上|傍晚|凌晨|夜间|每天|每日|当天|当日|"
                           r"\d{1,2}\s*[点时]\s*(?:至|到|—|-|~|－))\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:(?:至|到|—|-|~|－)\s*\d{1,2}\s*[点时](?![位])|\d{1,2}\s*分|半|整)")
_FROM_EVENT = re.compile(r"(?:之日起|日起|起|之后|后)\s*$")
# the event named in the subject, the months counted from it: 「被要求暂停业务办理的受托机构应当在3个月内完成整改」
_EVENT_SUBJECT = re.compile(r"^[^，,。；;]{0,6}?被[^，,。；;]{2,24}?的[^，,。；;]{1,16}?(?:应当?|须|需|要)?\s*在\s*$")
# (or in the clause before the doer's 「竣工验收完成后，建设单位应在1个月内向…提出…」: the months counted from it,
# Round 65; with no modal too 「竣工验收完成后，建设单位在1个月内向街道提交…」 as x275_05's 「…后,30分钟内赶赴现场」,
# rv55 F4)
_EVENT_CLAUSE = re.compile(r"(?:之日起|日起|之后|后)\s*[，,]\s*$")
_DOER_IN = re.compile(r"[^，,。；;\d]{0,16}?(?:(?:应当?|须|需|要|必须)\s*)?(?:在|于)\s*$")
_QUOTED_TIME = re.compile(r"[“\"「『][^”\"」』，,。；;]{0,10}[”\"」』]")
# 「用3个月左右时间」「集中2个月时间」「利用4年时间」: the span the work is given, a duration with no comparison word
# (round 33: no target — 「用时一个月时间」 too; not 「缩短至2个月」, an aim, nor 「2个月内」, a window)
_SPAN_TAKEN = re.compile(r"(?:集中|用|利用|花|经过|通过|用时|历时)\s*$")
_SPAN_AFTER = re.compile(r"\s*(?:左右)?\s*(?:的)?\s*(?:时间|工夫)")
_SPAN_UNITS = frozenset({"个月", "年", "周", "天", "日", "个"})


def time_window(clause: str, start: int, end: int, unit: str, before: str = "") -> bool:
    """The time at ``start``…``end`` of ``clause`` (not joined to a comparison word: the caller's test) is a window
    counted from an event (「48小时内」, 「30个自然日内」), the span the work is given (「用3个月左右时间」), opens
    a quoted name (「“24小时不打烊”」) or is an hour of the day (「每天早上8点至21点」, round 25: a clock time is no
    target)."""
    if unit in _SPAN_UNITS and _SPAN_AFTER.match(clause, end) \
            and _SPAN_TAKEN.search(clause, max(0, start - 4), start):
        return True
    if unit == "点":
        return bool(_CLOCK_BEFORE.search(clause, max(0, start - 8), start) or _CLOCK_AFTER.match(clause, end))
    if unit == "个月":                   # 「在任职之日起6个月内」: months only where the event they count from is named
        return (_FROM_EVENT.search(clause, max(0, start - 4), start) is not None
                or _EVENT_SUBJECT.search(clause, 0, start) is not None
                or _EVENT_CLAUSE.search(before) is not None and _DOER_IN.match(clause, 0, start) is not None) \
            and _WINDOW_AFTER.match(clause, end) is not None
    if unit not in _WINDOW_UNITS or _AIM_BEFORE.search(clause, max(0, start - 6), start):
        return False
    if unit == "个":
        return re.match(r"(?:自然日|工作日)内(?![容部外涵])", clause[end:end + 4]) is not None
    if _WINDOW_AFTER.match(clause, end):
        return True
    return unit == "小时" and clause[start - 1:start] in ("“", '"', "「", "『") \
        and _QUOTED_TIME.match(clause, start - 1) is not None


# the places of a jurisdiction, counted (村／社区／居委会／街镇…): the work's scope, not a figure to reach, where the
# count says where the work is done 「在110个社区居委会开展…」 or what a share is reached in 「其中12个乡镇和110个试点
# 村达100%」 (round 33 / round 38: counts of existing objects are not targets; the share is the aim) — not 「在20个
# 村新建…」 (a verb of making after the places) nor 「在120个左右社区开展…先行先试」 (an approximate count the plan
# sets). (「全区735个…」 stays a target: 「实现全区…」「完成全区…」 set the whole as the aim.)
_PLACE_NOUN = r"[\u4e00-\u9fff“”]{0,8}?(?:村|社区|居委会|居委|街镇|街道|乡镇|镇|居民区|小区|园区)"
_WORK_AT = re.compile(_PLACE_NOUN + r"(?:[（(][^）)]{1,6}[）)])?\s*(?:中|内)?\s*(?:开展|实施|推行|推广|进行|组织)")
# (「12个特色乡镇和110个试点村达100%」: places counted two by two before the one share)
_SHARE_IN = re.compile(r"[^，,。；;\d]{0,12}?(?:(?:和|及|与|、)\s*\d+\s*个)?" + _PLACE_NOUN
                       + r"[^，,。；;\d]{0,12}?(?:达到|达)\s*\d+(?:\.\d+)?\s*%")


# 「9个郊区各设置…不少于一个」: the places counted, each then given the work — which places, no count to reach
# (the figure each is given after 各 is the target; 「新建3个社区」 has its verb before the count)
_EACH_PLACE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:区|县|市|镇|乡|街道|街镇|村|社区)\s*各(?:自)?(?=[\u4e00-\u9fff])")


# 「巩固提升23家…基地产能」: the ones there are, kept up (not a count to reach; 「新增…2家以上」 beside it is)
_KEPT_UP = re.compile(r"巩固(?:提升|提高)?\s*$")


# 「市政府有关职能部门和市区100余家生产和销售企业参加活动」: those taking part, counted, with no verb of the item's own
# before them (not 「组织100名志愿者参加…」「动员200户参与」: the item fields them)
_TAKING_PART = re.compile(r"[^，,。；;\d]{0,16}?(?:参加|参与|出席)(?:本次|此次)?(?:活动|会议|展示|展销)")
_FIELDS_THEM = re.compile(VERB.pattern + r"|组织|邀请|动员|发动|吸引|带动|安排|确保|力争|不少于|至少")


# 「加快推进全街道31个住宅小区的消防管网整治工程」: all the places of the area, counted inside the description of what
# the work goes to — which places, no count to reach (Round 77's x303_06 「四个场镇」; round 58's class); not where the
# clause sets the whole as its aim 「实现全区…」「完成全区…」 (above)
_WHOLE_AREA = re.compile(r"全(?:区|县|市|镇|乡|街道|街镇)\s*$")
_PLACES_OF = re.compile(_PLACE_NOUN + r"的")
_WHOLE_AIMED = re.compile(r"实现|完成|覆盖|达到|达")


# 「将全镇94条自然村分别由…包片帮扶」: all the places of the area, divided among the doers — which places, no count
_PLACES_SHARED = re.compile(_PLACE_NOUN + r"\s*(?:分别|均|全部)?由")
# 「…分别由市镇领导干部、13个镇属机关单位负责人进行包片帮扶整治」: a count inside the agent of 由, who does the work
# (round 33's present figures) — not a team the work fields 「由50人以上的队伍负责」 (a bar)
_AGENT_BEFORE = re.compile(r"由[^，,。；;由\d]{0,20}$")
_AGENT_AFTER = re.compile(r"[^，,。；;\d以]{1,16}?(?:负责人|干部|人员|单位|部门)(?:共同|分别)?(?:进行|负责|开展|实施)")


def scope_count(clause: str, start: int, end: int, unit: str) -> bool:
    """The count at ``start``…``end`` of ``clause`` is the places the work is done in, or where a share is reached."""
    if unit in ("个", "家", "所", "座") and _KEPT_UP.search(clause, max(0, start - 4), start):
        return True
    if _TAKING_PART.match(clause, end) and not _FIELDS_THEM.search(clause, 0, start):
        return True
    if unit in ("个", "家", "名") and (agent := _AGENT_BEFORE.search(clause, max(0, start - 21), start)) \
            and _AGENT_AFTER.match(clause, end) and not _FIELDS_THEM.search(clause, agent.start(), start):
        return True                 # (not 「由A组织8名技术人员负责…」: the persons A fields, its number of work)
    if unit in ("个", "条", "座") and _WHOLE_AREA.search(clause, max(0, start - 4), start) \
            and _PLACES_SHARED.match(clause, end) and not _WHOLE_AIMED.search(clause, 0, start):
        return True
    if unit != "个" or "左右" in clause[start:end]:
        return False
    if _EACH_PLACE.match(clause, end) and not _FIELDS_THEM.search(clause, max(0, start - 4), start):
        return True
    if clause[max(0, start - 1):start] == "在" and _WORK_AT.match(clause, end):
        return True
    if _WHOLE_AREA.search(clause, max(0, start - 4), start) and _PLACES_OF.match(clause, end) \
            and not _WHOLE_AIMED.search(clause, 0, start):
        return True
    return _SHARE_IN.match(clause, end) is not None


def present_figure(clause: str, start: int, end: int, unit: str) -> bool:
    """The figure at ``start``…``end`` of ``clause`` says what there is now, or counts a yearly rhythm's work."""
    if scope_count(clause, start, end, unit):
        return True
    if "每" in clause[max(0, start - 6):start] and unit not in _AMOUNTS \
            and (rhythm := _RHYTHM_BEFORE.search(clause, max(0, start - 6), start)) \
            and not VERB.search(rhythm.group()) and not _PICKS.search(rhythm.group()) \
            and not (unit in ("次", "场", "期") and HELD_RIGHT_BEFORE.search(rhythm.group().rstrip())):
        # (「每季度召开1次协调会议」: the events a rhythm holds are counted work — Round 59 rulings, governs)
        return True
    return any(s < start and end <= e for s, e in _present_spans(clause))


@lru_cache(maxsize=16)
def _present_spans(clause: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``clause`` that say what there is now (found once for all its figures: a clause of thousands of
    figures is not scanned again for each)."""
    if not ("基础" in clause or "前提" in clause or "状" in clause or "况" in clause):
        return ()
    return tuple(m.span() for m in _PRESENT_SPAN.finditer(clause))


__all__ = ["present_figure", "time_window"]
