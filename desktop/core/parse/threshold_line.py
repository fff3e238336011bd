"""CONVENTIONS.md Targets, "Thresholds (round 30)" and the round-31 exceptions, read in one place.

A quantity joined to a comparison word of the line (以上／以下／及以上／（含）以上／超过／超／不超过／不低于／
不少于／不高于／不大于／不小于／低于／高于／至少／最高／最低／原则上不超过／达到, and from round 32 大于／小于／不足／
不到／以内／≥／≤／＞／＜／最长／最多) is a target of its item wherever it stands: a goal, a floor, a ceiling of a
standard, or a threshold that picks the objects of the work or triggers a step — so the filters that keep a figure out
as "which ones" or "a rule's bound" (``target_filters``) do not apply to it. ``line_joined`` says whether a figure is
so joined; ``line_excluded`` names the figures that stay out even so:

- an age band naming a group of persons (「65岁以上老年人」, round 31);
- the figures describing a hazard in a list of hazards or faults to find (「气瓶总重量超过60kg但未设置专用气瓶间」
  「连接软管长度超过2米、私接“三通”」, round 31, plans-dev 11);
- a fine's scale (「处5000元以上3万元以下的罚款」): what a breach costs under the law, as 「每宗扣除30万元」 and
  「补助比例扣减2%」 are (round 32, ``_PENALTY``) — none of the line's kinds (no goal, standard, object picked or
  step triggered by it); a grade band 「得分90分以上为优秀」 grades a result (round 32, ``GRADE_AFTER``);
- a figure inside a quoted document title (《关于100万元以上项目管理的通知》): a name, as a document number is.

A figure of the past or of a stock (「现有100人以上的企业」「2023年已建成…」) stays out by the readers of the past
and of what exists (``target_filters``), which the line does not pass over; a threshold inside a count of what exists
(「已有年产值5000万元以上的企业85家」) stays out here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .class_figures import (
    aged_class,
    bracketed_size_class,
    invested_share_class,
    noun_class,
    picked_class,
    reviewer_band,
)
from .target_filters import LINE_BANDS

# 「最高补助50万元」「最高给予奖励20万元」: a grant's verb between 最高 and its ceiling
_GRANT_VERB = r"(?:给予)?(?:补助|补贴|奖励|资助|支持|扶持|奖补|给予)"
_AT_MOST_VERB = r"(?:最多|最长)\s*(?:(?!的)[\u4e00-\u9fff]){1,2}\s*$"
# the word right before the figure — a modal, 原则上 / 一般, 在 / 为 / 可 or (after 至少) a verb of doing between
_WORD = (r"(?:(?:不得|不应|不宜|不能|不可)(?:超过|少于|低于|高于|大于|小于)|不超过|超过|不得超|不超|未超"
         # (「水位应低于2米」: a modal's ceiling of a standard, as 应当低于 — not 不应／宜, the first alternative's)
         r"|(?<![不赶未得])超|不少于|不低于|不高于|不大于|不小于|(?<![不得宜能可])低于|(?<![不得宜能可])高于|达到"
         # (round 32: 大于／小于／不足／不到／≥／≤／＞／＜ mean what 高于／低于／不超过 mean)
         r"|(?<![不得应宜能可])(?:大于|小于)(?:或?等于)?|不足|(?<![达做办看找想得])不到|[≥≤＞＜]|[<>]=?)")
_JOINED_BEFORE = re.compile(_WORD + r"\s*(?:原则上|一般)?\s*(?:为|在|可)?\s*$"
                            # 「至少组织1次」「至少配备2名」: at least, then the verb of the count
                            # (「至少应留有4米」: a modal, then the verb of the distance kept)
                            r"|至少\s*(?:应当?|须|必须|要)?(?:[\u4e00-\u9fff]{1,2})?\s*$"
                            # 「限制水位应低于溢洪道2米」: the margin below or above a level named between
                            r"|(?<![不得宜能可])(?:低于|高于)\s*(?:(?![的为在可])[\u4e00-\u9fff]){2,6}\s*$"
                            # 「最高补贴50万元」「最低为20%」「最长5年」「最多3次」 (round 32: 最长 / 最多 join the
                            # line; not 最低点 / 最高级: a noun)
                            r"|(?:最高|最低|最长|最多)\s*(?:可|为|可达|达)?\s*" + _GRANT_VERB + r"?\s*$"
                            # 「最多组织3次」「最长延期6个月」: at most, then the verb of the count (not 「问题最多的
                            # 10个村」: the most, a noun's measure)
                            r"|" + _AT_MOST_VERB
                            # 「最高出让年限为50年」「最长期限为3年」: the line's word before the term it bounds
                            + r"|(?:最高|最低|最长|最短)[\u4e00-\u9fff]{0,4}?"
                            + r"(?:年限|期限|年期|限额|额度)\s*(?:为|是)?\s*$")
# the other edge of a size after the line's word 「规格不宜小于110厘米×80厘米」: joined to it as the first edge is
_SIZE_SECOND_EDGE = re.compile(r"(" + _WORD + r")\s*(?:为|在)?\s*\d+(?:\.\d+)?\s*"
                               r"(?:厘米|毫米|公分|米|cm|mm|m)\s*[×xX＊*]\s*$")
_NOT_UNDER = re.compile(r"(?:不得|不应|不宜|不能|不可|不)(?:少于|低于|小于)|[≥]|>=")
_NOT_OVER = re.compile(r"(?:不得|不应|不宜|不能|不可|不)(?:超过?|高于|大于)|[≤]|<=")


def _word_comparator(word: str) -> str:
    """The comparator a word of the line gives the figure after it."""
    if _NOT_UNDER.search(word):
        return ">="
    if _NOT_OVER.search(word):
        return "<="
    return "<" if re.search(r"少于|低于|小于|不足|不到|[<＜]", word) else ">"


# a share compared with a part of something: 「不应超过合同价格的80%」「不低于总投资的30%」, a multiple of a base
# alike 「不应小于电杆高度的1.5倍」
_JOINED_SHARE = re.compile(_WORD + r"\s*[^，,；;。\d、]{1,12}?的\s*$")
# a ceiling written 不超 / 不得超 / 未超 (「不得超3%」「未超50%的」): at most the figure, never past it
CEILING_SHORT = re.compile(r"(?:不得|不|未|没有?)超\s*$")
_RANGE_IN = re.compile(r"\s*(?:之)?间(?![\u4e00-\u9fff])")
# 「在6米以内」「控制在3%之内」 (round 32: 以内 joins the line)
_WITHIN = frozenset({"以内", "之内"})
# 「不足5%的」「不到1年」: below the figure
_SHORT_OF = re.compile(r"(?:不足|(?<![达做办看找想得])不到)\s*$")
# 「最高出让年限为50年」「最低限额为2万元」: the line's word, then the term it bounds
_BOUNDED_TERM = re.compile(r"(最高|最低|最长|最短)[\u4e00-\u9fff]{0,4}?(?:年限|期限|年期|限额|额度)\s*(?:为|是)?\s*$")
# 「以5年为限」: at most the figure
_TERM_LIMIT = re.compile(r"\s*为限")
_FLOOR_WORDS = re.compile(r"(?:最低|最少|最短)\s*(?:可|为|可达|达)?\s*$")
_CEILING_WORDS = re.compile(r"(?:最高|最多|最长)\s*(?:可|为|可达|达)?\s*" + _GRANT_VERB + r"?\s*$|" + _AT_MOST_VERB)
# the band after a product named after the unit (「50吨标准煤以上的」「5000吨二氧化碳当量以上」)
# (… or after a span of time 「闲置5年时间以上的」: the band its 时间 stands before, Round 93's x343_01 第二十一条)
_BAND_AFTER_PRODUCT = re.compile(r"\s*(?:标准煤|标煤|二氧化碳(?:当量)?|(?<=[年月天日周])时间)\s*"
                                 r"(?:及|（含）|\(含\))?(?:以上|以下)")


def line_joined(clause: str, start: int, end: int, suffix: str | None, unit: str) -> bool:
    """The figure at start–end of ``clause`` (its band ``suffix``) is joined to a comparison word of the line (a
    score is not: its bands grade, ``GRADE_AFTER``, as round 30 left them)."""
    if unit == "分":
        return False
    if suffix in LINE_BANDS or suffix in _WITHIN or _BAND_AFTER_PRODUCT.match(clause, end):
        return True
    if _JOINED_BEFORE.search(clause, max(0, start - 10), start):
        return True
    if _SIZE_SECOND_EDGE.search(clause, max(0, start - 24), start):
        return True                     # 「不宜小于110厘米×80厘米」: the size's other edge
    if _TERM_LIMIT.match(clause, end) and clause[max(0, start - 1):start] == "以":
        return True                     # 「原则上允许以5年为限」: the term's ceiling
    if _RANGE_IN.match(clause, end) and re.search(r"[-—–~至到]", clause[start:end]) \
            and re.search(r"在\s*$", clause[max(0, start - 2):start]):
        return True                     # 「宜在50-100米间」: a range bounding a standard, both ways (round 32)
    return unit in ("%", "‰", "倍") and _JOINED_SHARE.search(clause, max(0, start - 20), start) is not None


def line_comparator(clause: str, start: int, end: int) -> str | None:
    """The comparator the line's word gives where the figure reader's own words give none (最高 / 最低 / 不得超, the
    band after a product 「50吨标准煤以上」)."""
    if band := _BAND_AFTER_PRODUCT.match(clause, end):
        return "<=" if band.group().endswith("以下") else ">="
    if edge := _SIZE_SECOND_EDGE.search(clause, max(0, start - 24), start):
        return _word_comparator(edge.group(1))      # 「不宜小于110厘米×80厘米」: as the first edge
    if CEILING_SHORT.search(clause, max(0, start - 3), start) \
            or _CEILING_WORDS.search(clause, max(0, start - 9), start):
        return "<="
    if _FLOOR_WORDS.search(clause, max(0, start - 9), start):
        return ">="
    if term := _BOUNDED_TERM.search(clause, max(0, start - 10), start):
        return "<=" if term.group(1) in ("最高", "最长") else ">="
    if _TERM_LIMIT.match(clause, end) and clause[max(0, start - 1):start] == "以":
        return "<="
    if _SHORT_OF.search(clause, max(0, start - 3), start):
        return "<"
    return None


# an age band: a group of persons (the aim form 「人均预期寿命达到82岁」 has no band)
_AGE_UNITS = frozenset({"岁", "周岁"})
# a fault named after the measure in its clause, in a list of faults (「…超过60kg但未设置专用气瓶间、…的」
# 「长度超过2米、私接“三通”或穿越墙体…的」): the measure past a limit is one of the hazards listed (not
# 「查处违规行为不少于50起」, a goal; not 「违规建设面积超过1000平方米的项目」, a threshold picking the projects: the
# fault before the figure)
_PAST_LIMIT = re.compile(r"(?:超过|(?<![不赶未得])超|高于|低于|大于|小于)\s*$")
_FAULT = re.compile(r"未(?:设置|设|安装|配备|配置|按|规范|分开|落实|取得|办理|经|采取|做到)"
                    r"|私接|私拉|私搭|乱接|乱拉|乱搭|违规|违章|擅自|穿越|无证|超期|过期|老化|锈蚀|破损|缺失|堵塞")
# a fine: 处／并处／处以／罚款 before the figure, or 罚款 closing its band after it (处5000元以上3万元以下的罚款)
_FINE_BEFORE = re.compile(r"(?:并处|处以|处|罚款|罚金)\s*$")
_FINE_AFTER = re.compile(r"[^，,；;。]{0,16}?(?:的)?(?:罚款|罚金)")
_MONEY = re.compile(r"[万亿千]?元")
# a penalty in any wording (round 33): a cut, a clawback or a fine written before its figure 「扣减补贴资金5%」
# 「收回已拨付资金的50%」, or after it 「按5%的比例扣减」「按10%扣除」; a rate raised for a breach
# 「逾期的，贷款利率上浮10%」「加收20%」 only where the sentence names the breach (「基数上浮20%」 as a reward
# stays a rate)
_CUT = r"(?:扣除|扣减|扣罚|扣发|扣回|核减|减拨|减发|收回|追回|追缴|罚款|罚没|处以|并处)"
_CUT_BEFORE = re.compile(_CUT + r"(?!率)[^，,；;。\d]{0,10}$")     # (not 「审价核减率在15%以上」: a rate's name)
_CUT_AFTER = re.compile(r"\s*(?:[（(][^（）()]{0,8}[)）])?\s*(?:的)?(?:比例|标准|幅度)?\s*(?:予以|进行|一次性)?" + _CUT)
_RAISED_FOR = re.compile(r"(?:上浮|加收|加价|加倍|提高)[^，,；;。\d]{0,6}$")
_BREACH = re.compile(r"未(?:按|能|完成|达到|通过|落实|履行)|逾期|违规|违约|违反|违法|弄虚作假|虚报|虚假|骗取"
                     r"|套取|挪用|截留"
                     r"|擅自|不合格|不达标|不到位|失信|拒不")


# 「并可以处…重置价百分之二以上百分之二十以下的罚款」: 处 the fine's verb (not 处置／处理), a band, then 罚款
# (「…的，处建设工程造价5%的罚款」「责令改正，处…百分之五以上百分之十以下的罚款」: 处 opening its clause, the response
# to the case before it, is the same verb)
_FINED = re.compile(r"(?:(?<=可以|应当|予以)|(?<=并|可)|(?<=^)|(?<=[，,；;]))处(?![置理])[^，,；;。\d]{0,14}$")
_FINE_AFTER = re.compile(r"[^，,；;。]{0,16}?的?罚(?:款|金)")


def penalty(sentence: str, clause: str, start: int, end: int) -> bool:
    """The figure at start–end of ``clause`` is what a breach costs: never a target (rounds 32–33)."""
    if _CUT_BEFORE.search(clause, max(0, start - 14), start) or _CUT_AFTER.match(clause, end):
        return True
    if _FINED.search(clause, max(0, start - 16), start) and _FINE_AFTER.match(clause, end):
        return True                     # 「可以处该建筑重置价2%以上20%以下的罚款」: a fine's band (round 32)
    return _RAISED_FOR.search(clause, max(0, start - 10), start) is not None and _BREACH.search(sentence) is not None


# 「目前全区已有年产值5000万元以上的企业85家」: a threshold inside a count of what exists — the stock, not a
# threshold of the work (「对现有5000平方米以上的厂房实施改造」 picks the work's objects: no count follows, a target)
_STOCK_WORD = re.compile(r"(?=(已有|现有|共有|实有|尚有|拥有|原有|目前有))")
_CLAUSE_STOP = re.compile(r"[，,；;。]")


@lru_cache(maxsize=16)
def _stock_marks(clause: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each stock word of ``clause`` ends, and where its stops stand (found once for all its figures)."""
    return (tuple(sorted(m.start() + len(m.group(1)) for m in _STOCK_WORD.finditer(clause))),
            tuple(m.start() for m in _CLAUSE_STOP.finditer(clause)))


def _stock_word_before(clause: str, start: int) -> bool:
    """A stock word stands before ``start`` in its clause, no stop between (the clause's last one before the figure,
    however long the list between: no cap, rv54p)."""
    ends, stops = _stock_marks(clause)
    k = bisect_right(ends, start)
    if k == 0:
        return False
    s = bisect_left(stops, ends[k - 1])
    return s == len(stops) or stops[s] >= start
_STOCK_COUNT_AFTER = re.compile(r"[^，,；;。\d]{1,24}?(?:共|达|为|有)?\s*\d+(?:\.\d+)?\s*[万千亿]?\s*"
                                r"[家个所户座处项条名栋幢台辆]\s*(?:[，,；;。]|$)")


def stock_count_after(clause: str, end: int) -> bool:
    """A count of the things the figure before ``end`` qualifies closes the clause (「…以上的企业85家」)."""
    return _STOCK_COUNT_AFTER.match(clause, end) is not None


# a kind of thing named by its size or count where the work acts on it or takes place at it (round 34, Round 40
# rulings: 「在…河口宽小于6米的河道两侧」「整治…校园周边200米以内的电子游戏室」「严格控制1000公里以上的…班线」): the
# measure, its band, 的 and the noun — a class; not where the item's work is to build or reach it 「建设1万吨以上的收
# 储点」, nor where the class opens the clause as the case a step is for 「宽度超过8米的村庄道路上报…」 (round 30), nor
# an area the work covers 「周边2至3米范围内的清扫工作」, nor the objects a check picks
# 「对高度超过24米的建筑开展消防检查」 (round 30's line)
_KIND_UNITS = frozenset({"米", "公里", "千米", "株", "棵", "层", "MPa"})
_KIND_NOUN_AFTER = re.compile(r"\s*的\s*(?!范围|区域|距离|半径)[\u4e00-\u9fff]{2}")   # (「在30米以内的范围」: an area)
# the buildings a band of floors names, its own 「（含三层）」 between (a class inside a noun)
_FLOORS_CLASS = re.compile(r"\s*(?P<band>及?以[上下])?\s*(?:[（(]含[^（）()]{1,8}[）)])?\s*的?\s*"
                           r"(?:农村)?(?:建筑|房屋|楼房|住宅|住房|自建房|民房|农房)")
# … a rule's case, the class those who build it fall in 「村民新建两层或者两层以上农村住房的应使用…设计」: who builds is
# the party the rule binds, the floors name the case (round 58's figure inside a noun; round 30's case)
_CASE_RULE_AFTER = re.compile(r"的\s*[，,]?\s*(?:应当?|须|必须|均应|一律)")
# … or one quality in a list of them closed by 等 and the buildings they pick
# 「用作经营、三层及以上、人员密集…等重点农房」
_LISTED_QUALITY = re.compile(r"\s*(?P<band>及?以[上下])?\s*、[^，,；;。]{1,40}?等\s*(?:重点|各类)?"
                             r"(?:农村)?(?:建筑|房屋|楼房|住宅|住房|自建房|民房|农房)")
_MAKES_KIND = re.compile(r"新建|建设|建成|创建|打造|培育|新增|增至|达到|配建|扩建|创办|开设|种植|栽植|补植|建")
_ACTS_ON_KIND = re.compile(r"在|整治|清理|取缔|拆除|查处|排查|关闭|禁止|严禁|限制|控制|管控|治理")


# the band that makes a size a kind 「200米以内的」「小于6米的」「超过24米的」: a plain amount
# 「完成10公里的管网改造」 is the work's own quantity (a target), not a kind
_BAND_IN = re.compile(r"(?:以上|以下|以内|以外|之内|之上|及以上|及以下)\s*$")
_BAND_BEFORE = re.compile(r"(?:小于|大于|超过|不足|不到|低于|高于|不超过|不少于|宽|高|长|深|宽度|高度|长度|深度)\s*$")


# 「月用水量5万立方米以上重点监管工业企业」「年发运量5万吨以上车站」: a measured quantity of the things, its figure and
# band, then the things themselves (no 的) — a class the work acts on (round 34 / 38), as 「年综合能耗…以上用能企业」;
# not 「年发运量达到5万吨以上」 (a verb between: the aim), nor 「新建年发运量5万吨以上码头」 (the work makes the class),
# nor a band joined to another by 或/和 「年用水量1万吨以上或年用电量…以上的企业」 (both bands targets, round 31)
_OWN_MEASURE_BEFORE = re.compile(r"(?<![达到为在])(?:[年月日]|年度|每年|每月|每日)?"
                                 r"[\u4e00-\u9fff]{1,3}?(?:量|能耗)\s*$")
_CLASS_BAND = re.compile(r"\s*(?P<band>及以上|以上|及以下|以下)?\s*"
                         r"(?!(?:的|或|和|及|与|达到|实现|完成|控制|保持|提高|提升|降低|减少))[\u4e00-\u9fff]{2}")


def _measured_class(clause: str, start: int, end: int) -> bool:
    """The figure at start–end of ``clause`` is a measured quantity that names the things after it by its band."""
    after = _CLASS_BAND.match(clause, end)
    return _OWN_MEASURE_BEFORE.search(clause, max(0, start - 8), start) is not None and after is not None \
        and (after.group("band") is not None or _BAND_IN.search(clause, start, end) is not None) \
        and not _MAKES_KIND.search(clause, 0, start)


# 「总建筑面积1万平方米及以下的新建…产业项目」「设计规模小于5万立方米/日的小型…泵站工程」「建筑面积5000平方米及以下，
# 无地下室的…配套用房」「总投资500万元（含）以上的…大修工程」 (an investment's floor too, round 38): a building's
# or a work's size, its band, then the kind of project, works or building it picks —
# the class a rule covers (round 34 「10万平方米以上的项目」, round 39). Not where the work builds, carries out or
# reaches it (「新建建筑面积1万平方米以上的厂房」「落实计容建筑面积5000平方米以上的…试点」), nor a size standing
# alone 「面积1亩以上」 or held under a ceiling 「建筑面积不超过180平方米」 (standards, round 39), nor a band joined to
# another by 且/或 「总投资100万元以下且建筑面积300平方米以下的」 (both bands targets, round 31), nor the projects a
# grant is for 「单体建筑面积1万平方米及以上的…项目，…可补贴5元」 (a grant's condition, round 30)
_SIZE_BEFORE = re.compile(r"(?:建筑面积|用地面积|占地面积|设计规模|建设规模|总投资|投资总额|投资额)\s*"
                          r"(?:小于|大于|超过|不足|低于|高于|在)?\s*$")
_SIZED_KIND_AFTER = re.compile(r"\s*(?:/[日天年])?\s*(?:[（(]含[)）])?\s*(?P<band>及以上|以上|及以下|以下)?\s*"
                               r"(?:的|[，,、][^，,；;。的\d且或]{1,24}?的)[^，,；;。的\d且或]{0,24}?"
                               r"(?:项目|工程|用房|建筑|房屋|厂房|设施)")
_DOES_KIND = re.compile(_MAKES_KIND.pattern + r"|落实|实施|完成|推进|开展|申报|且|或")
_GRANTED = re.compile(r"补贴|补助|奖励|资助|奖补")


def _sized_class(clause: str, start: int, end: int) -> bool:
    """The figure at start–end of ``clause`` is the size that names a kind of project, works or building."""
    after = _SIZED_KIND_AFTER.match(clause, end)
    size = _SIZE_BEFORE.search(clause, max(0, start - 10), start)
    if after is None or size is None or _GRANTED.search(clause):
        return False
    if "投资" in size.group() and "以上" not in (after.group("band") or clause[start:end]):
        return False    # (「总投资额在100万元以下的…工程」: a ceiling of 限额以下 works, a target, round 31)
    opened = max(clause.rfind(c, 0, size.start()) for c in "，,；;。") + 1
    return (after.group("band") is not None or _BAND_IN.search(clause, start, end) is not None
            or _BAND_BEFORE.search(clause, max(0, start - 4), start) is not None) \
        and not _DOES_KIND.search(clause, opened, size.start())


def floors_class(text: str, start: int, end: int, banded: bool = False) -> bool:
    """The floors counted at start–end of ``text``, with their band, name a class of building 「三层以上（含三层）建筑
    按三层计算」: a figure inside a noun, round 58 — not 「新建三层以上建筑」, which the work makes (but a rule's case
    「村民新建两层以上住房的应…」 is a class); or one quality of a list closed by 等 and its buildings."""
    listed = _LISTED_QUALITY.match(text, end) if text[start - 1:start] == "、" else None
    if listed is not None and (banded or listed.group("band") is not None):
        return True
    floors = _FLOORS_CLASS.match(text, end)
    return floors is not None and (banded or floors.group("band") is not None) and (
        _CASE_RULE_AFTER.match(text, floors.end()) is not None
        or not _MAKES_KIND.search(text, max(text.rfind(c, 0, start) for c in "，,；;。") + 1, start))


def kind_named(clause: str, start: int, end: int, unit: str) -> bool:
    """The figure at start–end of ``clause`` names a kind of thing by its size or count (see ``_KIND_UNITS``)."""
    if _measured_class(clause, start, end):
        return True
    banded = _BAND_IN.search(clause, start, end) is not None \
        or _BAND_BEFORE.search(clause, max(0, start - 4), start) is not None
    if unit == "层" and floors_class(clause, start, end, banded):
        return True
    return unit in _KIND_UNITS and banded and _KIND_NOUN_AFTER.match(clause, end) is not None \
        and "范围" not in clause[end - 4:end] and _ACTS_ON_KIND.search(clause, 0, start) is not None \
        and not _MAKES_KIND.search(clause, 0, start)


# a fine's cap or floor in the clause after it 「…处以相当于违法所得3至5倍的罚款，但最高不超过3万元」: part of the scale
# (Round 56 rulings: a fine's scale is a penalty, no target)
_FINE_CAP = re.compile(r"(?:罚款|罚金)\s*[，,]\s*(?:但|且|并且)?\s*(?:最高|最多|最低|最少)?\s*"
                       r"(?:不得超过|不超过|不高于|不得高于|不低于|不少于|不得低于|为)\s*$")


def fine_scale(clause: str, start: int, end: int, unit: str) -> bool:
    """The sum at start–end of ``clause`` is a fine's scale 「处一万元以上五万元以下的罚款」: no target (round 32)."""
    return _MONEY.fullmatch(unit) is not None and (_FINE_BEFORE.search(clause, max(0, start - 4), start) is not None
                                                   or _FINE_AFTER.match(clause, end) is not None)


@lru_cache(maxsize=8)
def _title_marks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where 《 and 》 stand in ``sentence`` (found once for all its figures)."""
    return tuple(i for i, c in enumerate(sentence) if c == "《"), tuple(i for i, c in enumerate(sentence) if c == "》")


def _in_title(sentence: str, at: int) -> bool:
    """The position ``at`` of ``sentence`` stands after a 《 not yet closed (its last 《 after its last 》)."""
    opens, closes = _title_marks(sentence)      # (cached: no scan of the sentence per figure, rv54p)
    if not opens:
        return False
    o, c = bisect_left(opens, at), bisect_left(closes, at)
    return o > 0 and (c == 0 or opens[o - 1] > closes[c - 1])


# a term of a formula 「上限=补偿金额×（100%+奖励率）」「…÷（100%+奖励率）计算」: a figure an arithmetic sign
# joins, in a sentence that computes (=, ÷), is a rate of the scheme's reckoning, no figure to reach (not the edges of
# a size 「不小于110厘米×80厘米」, × alone)
_FORMULA = re.compile(r"[=＝÷]")
_OPERATOR_BEFORE = re.compile(r"[+＋\-－×÷=＝][（(]?\s*$")
_OPERATOR_AFTER = re.compile(r"\s*[）)]?\s*(?:[+＋×÷=＝]|[\-－](?!\s*\d))")


def formula_term(clause: str, start: int, end: int) -> bool:
    """The figure at start–end of ``clause`` is a term of a formula the clause computes."""
    return _FORMULA.search(clause) is not None and (
        _OPERATOR_BEFORE.search(clause, max(0, start - 3), start) is not None
        or _OPERATOR_AFTER.match(clause, end) is not None)


# a container's capacity 「标准桶容量为240升」「垃圾桶（240升）」: the size that names the kind of bin, no goods to
# hand out
_CAPACITY_BEFORE = re.compile(r"(?:容量|容积|规格)\s*(?:为|是|达)?\s*$|[（(]\s*$")


def line_excluded(sentence: str, clause: str, start: int, end: int, unit: str, suffix: str | None,
                  at: int | None = None) -> bool:
    """The figure at start–end of ``clause`` (in ``sentence``, at ``at`` where the caller knows it) is one the line
    leaves out: an age band of persons, a hazard in a list of faults, a fine's scale, a threshold inside a count of
    what exists, or a figure inside a quoted title."""
    if unit in _AGE_UNITS and suffix in LINE_BANDS or kind_named(clause, start, end, unit):
        return True
    if fine_scale(clause, start, end, unit) or formula_term(clause, start, end):
        return True
    if unit in ("升", "毫升") and _CAPACITY_BEFORE.search(clause, max(0, start - 6), start):
        return True
    if penalty(sentence, clause, start, end):
        return True
    if at is None:
        at = sentence.find(clause)
    if at >= 0 and _MONEY.fullmatch(unit) and _FINE_CAP.search(sentence, max(0, at + start - 30), at + start):
        return True                     # 「…的罚款，但最高不超过3万元」: the fine's cap
    if _stock_word_before(clause, start) and stock_count_after(clause, end) \
            and line_joined(clause, start, end, suffix, unit):
        return True
    if at >= 0 and _in_title(sentence, at + start):
        return True
    if at >= 0 and _sized_class(sentence, at + start, at + end):
        return True                 # (「建筑面积5000平方米及以下，无地下室的…用房」: the kind may follow a comma)
    if at >= 0 and reviewer_band(sentence, at + start, at + end, unit) or aged_class(clause, start, end, unit):
        return True                 # 「…5000万元以下项目由分管局长审批」「建成50年以上的建筑」: a class (round 43)
    if at >= 0 and invested_share_class(sentence, at + start, at + end, unit):
        return True                 # 「…直接投资占总投资50%及以上的建设工程」: the works a funding share picks
    if at >= 0 and bracketed_size_class(sentence, at + start, at + end):
        return True                 # 「栈道（宽度不超过2米）等…设施」: a kind's size, in a list of kinds
    if at >= 0 and noun_class(sentence, at + start, at + end, unit, suffix):
        return True                 # 「拥有30辆以上…专用车辆的企业」「1万平方米以上公共建筑」: a kind (Round 51)
    if at >= 0 and picked_class(sentence, at + start, at + end, unit):
        return True                 # 「一次死亡3人以上交通事故」「职工在距单位1公里范围之内」「每查实…1人奖励」
    if at >= 0 and fault_checked(sentence, at + start, at + end):
        return True                 # 「审核驾驶人是否…，或者有两次以上…超载、超速记录」: a fault the check looks for
    return _PAST_LIMIT.search(clause, max(0, start - 3), start) is not None \
        and _FAULT.search(clause, end) is not None \
        and ("、" in clause or "但" in clause or clause.rstrip().endswith("的"))


# a check's question 「审核…是否有…」 before the figure in its sentence, and the breaches the figure counts after it
# 「两次以上…超载、超速记录」: the figure describes a fault the check looks for (round 31's second exception; p66a) —
# not a count of work to reach 「检查…是否完成不少于50次培训」 (no breach counted)
_WHETHER = re.compile(r"是否(?:有|存在|发生|具有)[^。；;]{0,50}$")
_FAULT_RECORD = re.compile(r"[^，,；;。]{0,30}?(?:违法|违规|违章|超载|超速|超限|酒后|醉酒|肇事|事故|失信)")



def fault_checked(sentence: str, start: int, end: int) -> bool:
    """The figure at start–end of ``sentence`` counts breaches a check's question asks about (``_WHETHER``,
    ``_FAULT_RECORD``), in digits or in words: no target."""
    return _WHETHER.search(sentence, max(0, start - 60), start) is not None \
        and _FAULT_RECORD.match(sentence, end) is not None
