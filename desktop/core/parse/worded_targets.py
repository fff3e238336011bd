"""Targets the figure reader (``sentence_targets``) leaves: counts written in Chinese numerals (``新建三座消防站``,
``五个类别``, ``一名联络员``), shares written in words (``百分之八十`` read as 80% and given back as written), counts
of days set as the aim (``优良天数达到300天``), rates per head of population (``10/10万以下``) and times set as aims
(``平均住院日控制在8天以内``); with the clause splitter the target readers share.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from desktop.core.model import Target

from .class_figures import noun_class, reviewer_band
from .figures import (
    CMP,
    CMP_BEFORE,
    HELD_RIGHT_BEFORE as _HELD_RIGHT_BEFORE,
    LEADING_SCOPE,
    SUFFIX,
    VERB,
    subject_after,
    subject_before,
)
from .normalise import split_top_level
from .prefilter import led
from .target_filters import VERB_JUST_BEFORE
from .threshold_line import fault_checked


def _clauses(sentence: str) -> list[str]:
    return [c for c in (x.strip() for x in split_top_level(sentence, "，,；;：:")) if c]


# (「违反本条例第二十三条」: not the tail of an ordinal's numeral, 十三条 read out of 第二十三条)
_CN_COUNT = led(re.compile(r"(?<![第统唯千万])(?<!第[一二三四五六七八九十百])(?<!第[一二三四五六七八九十百]{2})"
                           r"([一二两兩三四五六七八九十百千]{1,5})([余多])?"
                       # (「示范户五百户」「培训五千人次」「新增就业两千人」: households, people; 人 after two numerals)
                       r"(家|个类别|个|名|座|所|项|处|条|套|台|辆|张|场|場|堂|次|批|轮|起|期|户|种|人次|本|册|件|句|"
                       r"部(?![分门委署位长队])|"
                       r"(?:(?<=[十百千])|(?<=[十百千][余多]))人|人(?=及?以上(?![级率下述]))"  # (五人以上: a floor)
                       # (「承办人员不得少于两人」: persons right after a bar, a floor joined to its word, round 30)
                       r"|(?:(?<=少于[二两三四五六七八九])|(?<=至少[二两三四五六七八九]))人(?=[)）,，。；;]|$))"
                       r"(?=[\u4e00-\u9fff]|(?<=[场場堂次批轮起期件句部张])[)）,，。；;《“]|$"
                       # 「加装电梯三十台，」: a count of two numerals or more ends its clause too (一个，: an article)
                       r"|(?<=[十百千][家个名座所项处条套台张户人])[，,、。；;]"
                       r"|(?<=[十百千][余多][家个名座所项处条套台张户人])[，,、。；;]"
                       r"|(?<=[十百][一二三四五六七八九][家个名座所项处条套台张户])[，,、。；;]"
                       # 「新建消防站三座，」「服务中心两个、」: one numeral but 一 as well
                       r"|(?<=[二两三四五六七八九][家个名座所处条套台张户种])[，,、。；;]"
                       # 「（…各设置消纳场地不少于一个）」: a count closing its bracket (一 only with its bar: below)
                       r"|(?<=[一二两三四五六七八九][家个名座所处条套台张户种])[)）])"))
# 「体育公园4个、健身步道50公里、社区多功能运动场二十个」: the last item of a list of figures the verb set
_LISTED_AFTER_FIGURE = re.compile(r"\d\s*[\u4e00-\u9fff]{1,3}、[^\d，,。；;、]{1,16}$")
# 「放映一部电影」「编排了一场文艺汇演」「为老人做一件好事」「制作一张“感恩卡”」「写一句“承诺语”」: the things an
# item makes or shows, counted right after the verb that makes them — its numbers of work, 一 as any number ("Round
# 102 rulings, written early" on x366_05 四/4; round 52's decided 「五个一」); 件／句／部 are read only so (一件事,
# 两部门: no count)
_MADE_RIGHT_BEFORE = re.compile(r"(?:做|制作|製作|写|寫|画|绘制|放映|编排|排演|创作|拍摄|录制)了?$")
_MADE_UNITS = ("件", "句", "部", "张", "场")
# 「三至五个」: a range of counts, read as its lower bound (at least three), as 3至5个 is
_CN_RANGE_BEFORE = re.compile(r"([一二两三四五六七八九十]{1,3})\s*(?:至|到|—|-|~|－)\s*$")
# 「（全年不少于一场）」「每年至少两次」: a count of events set by a bar right before it
# (a ceiling too, round 30's line: 「最多不超过六批」「不得超过两次」)
# (「原则上不小于一个街坊」: 不小于, the line's word, as 不少于)
_BAR_JUST_BEFORE = re.compile(r"(?:不少于|不低于|不小于|至少|最少|不少於|不超过|不多于|不高于|不得超过|最多"
                              # (「最小不得小于一个完整街坊」: the bar with 不得 inside it, as 不得超过)
                              r"|不得少于|不得低于|不得小于|不应少于|不应小于)\s*"
                              # 「频次不低于每年一次」: the bar before the rhythm it counts in (as 每年不少于一次)
                              r"(?:每(?:[两二三四五六七八九十]年|年度?|半年|季度?|月|周|旬|学期)\s*)?"
                              # 「至少开展一次」「至少组织一场」: at least, then the verb of the events counted
                              r"(?:(?<=至少|最少)(?:组织)?(?:开展|组织|举办|召开|进行|举行)\s*)?"
                              # 「最多只能同时承担两个项目」: a ceiling on what one may take on at once
                              r"(?:(?<=最多)(?:只能|只可|可)?(?:同时)?(?:承担|承接|负责|申报|担任)\s*)?$")
# 「至少每季度组织安全生产大检查一次」: the floor, its rhythm, then the verb and what is held, before the count
# (round 35: a frequency with a floor; 每季度组织大检查一次 without 至少 stays a rhythm, no target)
# (「应当至少到现场检查一次」: where the check is held may stand between the floor and its verb)
_FLOOR_HELD = re.compile(r"(?:至少|最少)\s*(?:每(?:[两二三四五六七八九十]年|年度?|半年|季度?|月|周|旬|学期)\s*)?"
                         r"(?:(?:到|赴|深入)(?:现场|一线|基层|实地))?"
                         # 「每周至少全面排查一次」: how thoroughly, then a verb of checking (as 检查, 巡查)
                         r"(?:全面|集中|逐一|专门|统一)?"
                         # (「每季度至少研究一次」: any verb of the work after the floor, as 至少研究1次 reads in
                         # digits — a quantity joined to 至少 is a target, round 30)
                         r"(?:(?:应当?|要|须)\s*)?(?:组织|开展|举办|召开|进行|举行|检查|巡查|督查|排查|抽查|核查|督导"
                         r"|走访|演练|听取|(?!每)[\u4e00-\u9fff]{2})"
                         r"[^，,。；;：:\d一二两三四五六七八九十]{0,12}$")
# the aim word of a clause 「力争…」「争取…」「确保…」 before its count
_AIM_IN_CLAUSE = re.compile(r"(?:力争|争取|确保)[^，,。；;：:]{0,8}$")
_DONE_TIMES = re.compile(r"(?<!已)完成[^，,。；;：:每\d]{1,10}$")
_CN_VALUE = {"两": "二", "兩": "二"}
_RHYTHM_DONE = re.compile(r"每[^，,。；;]{0,6}?(?:年|季度|月|周)(?:应当?|须|要)?(?<!已)完成$")
# 「演练每年原则上为一次」: the events named, their rhythm, then 为 and the count — the events an item holds in a rhythm
# (Round 99's x363_01 五、（七）; Round 84's p61e-1), not a rhythm with no event named 「每年一次」
_RHYTHM_IS = re.compile(r"(?:演练|演习|培训|检查|巡查|排查|督查|评估|考核|会商|例会|会议)每[^，,。；;]{0,4}?"
                        r"(?:年|季度|月|周)(?:原则上|一般|至少)?为$")
# 「计划组织日本、美国、一带一路三场…圆桌会议」「举办两场招聘会」: the events a plan will hold, counted
# (not 每季度举办一场 — a rhythm — nor 已举办三场 — done)
# 「制作一期…专题报道」「编印两期简报」: the issues an item makes are its own number of work too (Round 59 rulings,
# x260_07)
_HELD = re.compile(r"(?<!已)(?<!已经)(?:举办|舉辦|组织|組織|召开|召開|开展|開展"
                   r"|制作|製作|编印|編印|编发|編發|出版|推出)"
                   r"(?:[^，,。；;每]{0,14}[、])?"
                   r"[^，,。；;每、]{0,12}$")
# (``HELD_RIGHT_BEFORE``, in figures: the verb that holds the events counted right after it)
# 「每月举办两场」「今年以来已累计举办三场」「去年举办两场」「2023年共举办三场」: a rhythm or a past tally in the clause
# the rhythm a clause holds its events in 「每月」「每两个月」「一年」「每星期」 (not 一年来, 一周年, 每次)
_RHYTHM_HELD = re.compile(r"每\s*(?:[两二三四五六七八九十半]\s*[个各]?\s*)?(?:年|季度?|月|周|星期|旬|学期|天|日)"
                          r"|(?<![\d一二三四五六七八九十第])一\s*(?:年|季度?|个月|月|周|星期|学期)(?![来以度周内])")
_CHECK_COUNTED = re.compile(r"(?:检查|巡查|排查|抽查|督查|核查|巡检)\s*$")
_HELD_DONE = re.compile(r"每|已|累计|去年|上年|前年|以来|(?:19|20)\d{2}\s*年度?(?:共|全年共|累计)")
# 「创建一个以上帮扶车间」「建成两个以上示范点」: a count with its bar after it (以上 = at least)
_ABOVE = re.compile(r"\s*(?:及以上|以上)(?![级率下述])")    # not 一个以上级部门牵头 / 以上率下 / 以上下贯通
# 「确定一名联络员」「配备一名专职人员」: one person named for the work is a count, not an article
_NAMED_ONE = re.compile(r"(?:确定|配备|配齐|明确|指定|落实|选派|安排|任命|委派|指派|聘任)\s*"
                        # 「安排一名分管领导和一名具体工作人员」: the second one named with the first
                        r"(?:[一两二三四五]名[\u4e00-\u9fff（）()]{1,12}?(?:和|及|以及|、)\s*)?$")
# where the person named ends and the work given to them begins (一名村干部负责此项工作 / 一名干部担任第一书记)
_PERSON_END = re.compile(r"负责|担任|兼任|作为|承担|专门|具体|对接|联系|(?:和|及|以及|、)\s*[一两二三四五]名")
# 「分三个阶段」「分为两个步骤」「为期三个月」: the parts or the length of the work's time, never a count to reach
_NOT_COUNTED = re.compile(r"(?<=个)(?:阶段|步骤|环节|时段|月|星期|工作日)")
# 「一名分管领导」「一名联络员」: the contact a unit names for the reporting, which the duty reader reads
LIAISON = re.compile(r"(?:具体)?(?:联络员|信息员|联系人|分管领导|分管负责同志|分管负责人|负责同志)")


def liaison_count(target: Target) -> bool:
    """「各成员单位要明确一名分管领导和一名联络员」 read outside the tasks: the contacts the plan asks for (the duty
    reader reads the naming), no figure of the plan's own (an item's 「确定一名联络员」 stays its count)."""
    return target.unit == "名" and target.value <= 3 and LIAISON.match(target.subject) is not None


def one_naming_count(targets: list[Target]) -> list[Target]:
    """「明确一名分管负责同志和一名联络员」: the persons each body names to its posts are one figure, 1 名 (Round 76),
    not one per post — the second of two counts read from one naming clause alike (same words, figure, 名) is
    dropped where a post is a liaison's or a contact's."""
    out: list[Target] = []
    for t in targets:
        if t.unit == "名" and any(o.unit == "名" and o.value == t.value and o.text == t.text
                                  and (LIAISON.match(o.subject) or LIAISON.match(t.subject)) for o in out):
            continue
        out.append(t)
    return out


# 「组织两辆宣传车」「出动三台洒水车」: vehicles the item fields for its work (round 37: the item's own numbers)
_FIELDED = re.compile(r"(?:组织|安排|出动|投入|调派|调配)\s*$")
# 「组织二十三个巡查组深入…巡查」「抽调五支工作队」: the teams the item fields for its work, counted (as its vehicles)
_TEAM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:组|队)(?![织成建合长员])")
# 「为各村制作条幅，每村两条」: a per-unit rate, right after its 每 and the unit it is per (round 25)
_PER_PLACE = re.compile(r"[，,]\s*每个?(?:村|户|校|所|镇|社区|小区|街道|乡镇)\s*$")
# 「每组保留一个完好的垃圾池」「每个镇要建立一个…基地」: one thing each place is to build or keep — the item's number of
# work in words (round 55's x245_05; Round 81 on x308_05 三/1), not the article 一个
# (or the show each class gets ready 「每个班级准备一个节目」「每班排练一个节目」: what it makes, round 37's WORKCOUNT)
_EACH_BUILDS = re.compile(r"每\s*个?[\u4e00-\u9fff]{1,2}?\s*(?:要|应|须)?\s*"
                          r"(?:建立|建设|建成|新建|设立|设置|保留|准备|排练|编排)\s*$")
# 「每个家庭有一本安全常识手册」「每户发放一套…」: the copies each place is to have, the item's number of work per
# place (Round 85's decided x320_09 八; round 62's 「每乡镇4场」)
_EACH_HAS = re.compile(r"每\s*(?:个|一)?[\u4e00-\u9fff]{1,3}?\s*(?:都|均)?\s*(?:要|应|须)?\s*"
                       r"(?:有|配有|备有|拥有|发放|配发)\s*$")
_COPIES = frozenset({"本", "册", "套"})
# 「在…路口两处设交通信号灯」: places counted, then what is built at them
_PLACE_WORK = re.compile(r"(?<=处)(?:各)?(?:增设|新设|设置|设立|安装|新建|建设|建成|配备|配建|"
                         r"设(?![计施备])|建(?![议筑]))")


def _cn_number(words: str) -> int | None:
    """``五百`` → 500, ``两千`` (as 二千) → 2000, ``三千五百`` → 3500."""
    from .normalise import cn_to_int
    if "千" not in words:
        return cn_to_int(words)
    high, _, low = words.partition("千")
    thousands = cn_to_int(high)
    rest = cn_to_int(low.lstrip("零")) if low else 0
    return thousands * 1000 + rest if thousands and rest is not None and "千" not in low else None


_CMP_AT_END = re.compile(r"(?:" + CMP_BEFORE.pattern + r")\s*$")
_TIME_ONLY = re.compile(r"(?:全年|每年|年内|今年|本年度?|每学期|每月|每季度?|每周)?")
_DATE_VERB_ONLY = re.compile(r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|上旬|中旬|下旬)?|年底|年内)(?:之?前|以前)?"
                             r"(?:完成|组织|开展|实现|达到|建成|新建|新增|再)?")


def _cn_counts(sentence: str, deadline: str | None) -> list[Target]:
    """``二家清运企业`` / ``五个类别``: counts written in Chinese numerals after a target verb or
    a comparator (the words are kept as the plan wrote them)."""
    out: list[Target] = []
    # where each clause opens (``_clause_spans``, the one reading of the sentence's clauses, found once): the tests
    # below look back only to the count's own clause, found by bisection — not by splitting the whole line before
    # each count (「，每村两条」×N, quadratic)
    spans: tuple[list[int], list[str]] | None = None
    for m in _CN_COUNT.finditer(sentence):
        spans = spans or _clause_spans(sentence)
        opens = spans[0][i - 1] if (i := bisect_right(spans[0], m.start())) else 0
        before = sentence[max(0, m.start() - 12): m.start()]
        if before.endswith(("“", "「", "\"", "『")):
            continue                     # “四个体系”: a name, not a count
        clause = sentence[opens:m.start()]
        floor = _BAR_JUST_BEFORE.search(before) is not None or m.group(3) in ("场", "次") and _FLOOR_HELD.search(
            clause) is not None
        # (「举办培训班两期」: the sessions a plan holds, its own number of work — Round 52 rulings on x238_08)
        # (「每年应组织一场现场会」: the events a rhythm holds count too, as the digits' 「每年组织1次」 do — Round 59
        # rulings, governs (rounds 52, 58 over round 35's floor); 已／累计／去年 stay a past tally)
        done = _HELD_DONE.search(clause.replace("每", " ")) is not None
        held = m.group(3) in ("场", "期") and _HELD.search(clause) is not None and not done or (
            # (「每年组织一至二次」: the verb before a range's low end holds the events as well)
            m.group(3) in ("场", "場", "堂", "次", "期")
            and _HELD_RIGHT_BEFORE.search(_CN_RANGE_BEFORE.sub("", before)) is not None
            and not done and not sentence.startswith("性", m.end())) or (
            # (「…之日起2个月内完成跨层级监管一次」: the work an item sets completed so many times, its number of work
            # as 完成监管1次 reads in digits — round 62's 「每乡镇4场」; a rhythm 每… stays read above)
            m.group(3) == "次" and _DONE_TIMES.search(clause) is not None and not done and "每" not in clause) or (
            # (「每五年完成一轮动态更新」: the rounds a rhythm completes count, as 每五年完成1轮 reads in digits —
            # Round 84's p61e-1: events in a rhythm a number of work, 一 as any number)
            m.group(3) in ("轮", "次") and _RHYTHM_DONE.search(clause) is not None) or (
            # (「每月组织…培训会一次」「参加一年两次生殖健康检查」「(每星期两次)」: the events an item holds in a
            # rhythm, its number of work, 1 次 included, as 每月…培训会1次 reads in digits — Round 84's p61e-1;
            # Round 59's governs over round 35 — not a rhythm's check closing on its count with no floor
            # 「每季度组织联合检查一次」「每周全面排查一次」, round 35's near miss kept)
            m.group(3) == "次" and _RHYTHM_HELD.search(clause) is not None and not done
            and not sentence.startswith(("性", "数"), m.end()) and not _CHECK_COUNTED.search(before)) or (
            # (「演练每年原则上为一次」: events named before their rhythm — p69d)
            m.group(3) == "次" and _RHYTHM_IS.search(clause) is not None)
        made = m.group(3) in _MADE_UNITS and _MADE_RIGHT_BEFORE.search(before) is not None
        if m.group(3) in ("件", "句", "部") and not made:
            continue
        held = held or made
        above = _ABOVE.match(sentence, m.end())
        if m.group(3) == "人" and above and noun_class(sentence, m.start(), above.end(), "人", above.group().strip()):
            continue                     # 「对五人以上的聚集活动…」: persons inside a noun naming a class, as 5人以上
            #                              reads (Round 51; rv55 F6)
        if m.group(3) in ("场", "場", "堂", "次", "批", "轮", "起", "期") and not floor and not held and not above:
            continue                     # 一次性 / 两批 / 一起: counts of events only with their bar — or 以上 after
            #                              them, as 3起及以上 (round 36: 「三起及以上…的」 a count that triggers a step)
        if (re.search(r"每\s*\d[^，,。；;]*$", clause) or m.group(3) == "名" and re.search(
                r"每\s*一?[个名户家所][^，,。；;]*$", clause)) and not _BAR_JUST_BEFORE.search(before):
            continue                     # 每25公里配备一名 / 每个镇配备一名安全员: a staffing norm per measure or
            #                              per place, not a figure to reach (每个村建成三处以上健身点位 stays one;
            #                              每25公里配备不少于一名 is joined to the line's word: a target, round 30)
        if m.group(3) == "种" and not _CMP_AT_END.search(before):
            continue                     # 采取三种方式: the kinds the work takes; 不得少于三种 a floor (round 30)
        if _NOT_COUNTED.match(sentence, m.end()) or before.endswith("为期"):
            continue                     # 分为三个阶段 / 为期三个月: how the work is laid out in time, no count
        named = m.group(3) == "名" and _NAMED_ONE.search(before) is not None
        # (「设立一名以上专管员」「每人推送一条以上宣传语」: 一 joined to 以上 is a floor of the line, round 30 — not an
        # article, whatever the verb; 一次以上／一场以上 stay with their bar above)
        # 「应当由一家具有相应资质的设计单位承接」: one body only, the rule's own count (not 一家人 / 由一家一户)
        sole = m.group(3) == "家" and before.endswith("由") and not sentence.startswith(("人", "一户"), m.end())
        each = m.group(3) == "个" and _EACH_BUILDS.search(before) is not None \
            or m.group(3) in _COPIES and _EACH_HAS.search(before) is not None
        one_up = above is not None and m.group(3) in ("名", "条", "个", "家", "座", "所", "处", "项", "套", "台", "户")
        # (「力争全年一次以上进入…前列」: 一 joined to 以上 after the clause's aim word is the floor the aim sets, as
        # 力争1次以上 and 力争两次以上 read — round 30's line)
        one_up = one_up or above is not None and _AIM_IN_CLAUSE.search(clause) is not None
        if m.group(1) == "一" and not (m.group(3) in ("座", "所", "处", "条", "家")
                                       and VERB_JUST_BEFORE.search(before) or floor or held
                                       or above and VERB.search(before) or named or one_up or sole or each):
            continue                     # 一个/一项 is an article; 新建一座消防站 / 创建一个以上车间 count one
        fielded = (m.group(3) in ("辆", "台") or m.group(3) == "个" and _TEAM_AFTER.match(sentence, m.end())
                   is not None) and _FIELDED.search(before) is not None
        per_place = m.group(3) != "名" and _PER_PLACE.search(before) is not None
        if not (VERB.search(before) or CMP_BEFORE.search(before) or re.search(r"(确定|分为|分成|选定)$", before)
                or fielded or per_place or floor
                or above and (m.group(1) != "一" or one_up)   # 「三个以上项目」: joined to the line's band (round 30)
                or _LISTED_AFTER_FIGURE.search(clause)
                or m.group(3) == "个类别" or _PLACE_WORK.match(sentence, m.end()) or named or held or sole or each):
            continue
        value = _cn_number("".join(_CN_VALUE.get(c, c) for c in m.group(1)))
        if not value or fault_checked(sentence, m.start(), above.end() if above else m.end()):
            continue                     # (「审核…是否…，或者有两次以上…超速记录」: a fault the check looks for)
        cmp_m = None
        for cm in CMP_BEFORE.finditer(before):
            cmp_m = cm
        low = _CN_RANGE_BEFORE.search(before)
        if low and (low_value := _cn_number("".join(_CN_VALUE.get(c, c) for c in low.group(1)))) \
                and low_value < value:
            value, above = low_value, above or _ABOVE.match("以上")     # 三至五个: at least three
        elif m.group(2):
            above = above or _ABOVE.match("以上")                          # 十余处: more than ten
        end = above.end() if above and above.string is sentence else m.end()
        subject = subject_after(sentence, (work.end() if (work := _PLACE_WORK.match(sentence, end)) else end))
        if m.group(3) == "名" and (person := _PERSON_END.search(subject)) and person.start() >= 2:
            subject = subject[:person.start()]      # 一名村干部负责此项工作: the person, not their work
        if not subject:
            # 「新增社区养老服务站三个」: the count ends its clause, what it counts is named before it
            words = sentence[opens:m.start()]
            words = re.sub(r"(?<=[于少多低高])\s*每[\u4e00-\u9fff]{1,2}$", "", words)    # (不低于每年一次)
            subject = subject_before(words[:bar.start()] if (bar := _CMP_AT_END.search(words)) else words)
            subject = "" if _TIME_ONLY.fullmatch(subject) else subject     # (全年不少于三十场: no name of it)
            subject = "" if _DATE_VERB_ONLY.fullmatch(subject) else subject   # (6月底前完成三个: nor here)
        out.append(Target(text=_clause_of(sentence, m.group(0), m.start(), spans), value=float(value), unit=m.group(3),
                          deadline=deadline,
                          comparator=CMP.get(cmp_m.group(1)) if cmp_m else
                          ("<=" if floor and not above and "最多" in before else ">=") if above or floor else None,
                          subject=subject))
    return out


# 「视频须本地保存一年以上」「公示时间不少于五天」「期限原则上不超过三年」: a span written in Chinese numerals
# joined to a comparison word of the line (CONVENTIONS.md Thresholds) — a target as 1年以上 / 不少于5天 are (not
# 五年内, 为期三个月, 每年, 一年一次: no word of the line)
# (「公告至少一个月后…」: a span before 后 is read only with the line's word right before it — ``_cn_spans``)
_CN_SPAN = led(re.compile(r"(?<![第每\d一二两三四五六七八九十百千万])([一二两三四五六七八九十]{1,3})\s*"
                          r"(个工作日|个月|年|天|日|小时)(?![内底末度前级一])\s*(及以上|以上|及以下|以下|以内)?"))
# (round 32: 最长／最多／不足／不到／大于／小于 and 以内 join the line: 「申请最长五年的居留许可」)
# (「归档材料应当至少保存三十年」: a verb of keeping or lasting between the floor and its span, as 至少保存30年 reads)
_KEPT_GAP = r"(?:应当?|须|必须|要)?(?:留有|留出|保持|保留|相距|间隔)"
_SPAN_BAR = re.compile(r"(?:(?:不得|不应|不宜|原则上)?(?:不少于|不低于|不超过|不短于|不长于|少于|超过)"
                       r"|至少|最长|最多|不足|不到|(?<![不得应宜])(?:大于|小于))\s*"
                       r"(?:为|可达|达|(?<=至少|最少|最长)(?:保存|保留|留存|存放|公示|公告|持续|运行)"
                       # 「至少应留有四米宽度」「至少应保持一米的距离」: a modal and the verb of a kept distance
                       r"|(?<=至少|最少)" + _KEPT_GAP + r")?\s*$")
# the line's word, then the event a term is counted from 「期限不得少于公示期限截止后的七日」「不超过收到通知之日起的
# 30日」: the term is joined to the word across the event (round 33's time limit with its comparison word)
_SPAN_BAR_EVENT = re.compile(r"(?P<bar>" + _SPAN_BAR.pattern.removesuffix(r"\s*$") + r")\s*"
                             r"[^，,；;。\d]{1,16}?(?:后|之后|之日起|起)的?\s*$")


# 「押金不低于租赁合同一个月租金」「不超过本人三个月工资」: a sum measured in months of pay, the line's word before
# the noun the months are of — the span joined to the word across it
_SPAN_BAR_NOUN = re.compile(r"(?P<bar>" + _SPAN_BAR.pattern.removesuffix(r"\s*$") + r")\s*[^，,；;。\d]{1,10}?$")
_OF_PAY = re.compile(r"的?(?:租金|房租|工资|薪酬|薪金|收入|物业费|管理费)")


def _span_bar(sentence: str, start: int, right_before: re.Match[str] | None = None,
              end: int | None = None) -> re.Match[str] | None:
    """The line's word before the span of time at ``start``: right before it (``right_before``, when the caller
    has searched already), before the event it is counted from, or before the noun whose pay the span (ending at
    ``end``) measures."""
    bar = right_before or _SPAN_BAR.search(sentence, max(0, start - 8), start)
    if bar is None and (event := _SPAN_BAR_EVENT.search(sentence, max(0, start - 30), start)):
        bar = _SPAN_BAR.search(sentence, event.start("bar"), event.end("bar"))
    if bar is None and end is not None and _OF_PAY.match(sentence, end) and (
            noun := _SPAN_BAR_NOUN.search(sentence, max(0, start - 20), start)):
        bar = _SPAN_BAR.search(sentence, noun.start("bar"), noun.end("bar"))
    return bar


_SPAN_CMP = {"少于": "<", "超过": ">", "至少": ">=", "最长": "<=", "最多": "<=", "不足": "<", "不到": "<",
             "大于": ">", "小于": "<"}


@lru_cache(maxsize=32)
def _separators(sentence: str) -> tuple[int, ...]:
    """Where the sentence's clause separators stand (for ``_span_target``, once per sentence)."""
    return tuple(m.start() for m in _CLAUSE_SEP.finditer(sentence))


_CLAUSE_SEP = re.compile(r"[，,。；;：:]")


def _span_target(sentence: str, m: re.Match[str], bar: re.Match[str] | None, value: float, unit: str,
                 deadline: str | None) -> Target:
    """The target of a span of time ``m`` (its group 3 a suffix 以上／以内…) joined to the word ``bar`` before it: the
    comparator from the suffix or the word, the subject from the clause before the word."""
    word = re.sub(r"\s*(?:为|可达|达|保存|保留|留存|存放|公示|公告|持续|运行|" + _KEPT_GAP + r")?\s*$", "",
                  bar.group()).strip() if bar else ""
    comparator = SUFFIX.get(m.group(3) or "") or CMP.get(word) or next(
        (c for w, c in _SPAN_CMP.items() if word.endswith(w)), None)
    if word.endswith(("不超过", "不长于", "不得超过")):
        comparator = "<="
    elif word.endswith(("不少于", "不低于", "不短于")):
        comparator = ">="
    # (the clause before the span, after the last separator before it: the separators found once per sentence and
    # bisected — a split of the whole prefix per span was quadratic in a sentence of many spans, review rv51)
    seps = _separators(sentence)
    words = sentence[(seps[i - 1] if (i := bisect_left(seps, m.start())) else -1) + 1:m.start()]
    subject = subject_before(words[:bar.start() - (m.start() - len(words))] if bar else words)
    return Target(text=_clause_of(sentence, m.group(0)), value=value, unit=unit, comparator=comparator,
                  deadline=deadline, subject=subject)


def _cn_spans(sentence: str, deadline: str | None) -> list[Target]:
    """Spans of time written in Chinese numerals and joined to a word of the line: 一年以上, 不少于五天."""
    out: list[Target] = []
    for m in _CN_SPAN.finditer(sentence):
        right_before = _SPAN_BAR.search(sentence, max(0, m.start() - 8), m.start())
        bar = _span_bar(sentence, m.start(), right_before, m.end())
        if not (bar or m.group(3)):
            continue
        if sentence.startswith("后", m.end(2)) and not right_before:
            continue                        # 「五年后」: a time from an event; 至少一个月后 a floor
        unit = "天" if m.group(2) == "日" else m.group(2)
        if reviewer_band(sentence, m.start(), m.end(), unit):
            continue                        # 「合同工期一年及以上…的建设工程，推行施工过程结算」: a class (round 38)
        value = _cn_number("".join(_CN_VALUE.get(c, c) for c in m.group(1)))
        if not value:
            continue
        out.append(_span_target(sentence, m, bar, float(value), unit, deadline))
    return out


# 「公示期限不少于30天」「进行不少于7天公示」「在5日以内答复」: a time limit in days joined to a comparison word
# is a target (round 33; 天／日 are no unit of the figure reader, which would read dates); a limit counted from an event
# with no comparison word 「15个工作日内」「3日内」 is the item's deadline rule, not one; a date 「每月10日以内」
# is none
_DAY_LIMIT_SPAN = led(re.compile(r"(?<![\d.月年])(\d{1,3})\s*(个自然日|自然日|天|日|周)"
                                r"\s*(及以上|以上|及以下|以下|以内|之内)?"))


# 「分批集中开展3天的交通安全教育」「加快形成20天的储备能力」: the days of the work the item does or the capacity it
# builds, a figure of its own (round 25), after the verb and before 的 and what is done (not 为期3天的: its time)
_DAYS_OF_WORK = re.compile(r"(?:开展|举办|进行|组织|形成|具备)\s*(\d{1,3})\s*(?:天|日)的(?=[\u4e00-\u9fff])")


def _day_limits(sentence: str, deadline: str | None) -> list[Target]:
    """Time limits in days written in digits and joined to a word of the line: 不少于30天, 30日以内."""
    out: list[Target] = []
    for m in _DAYS_OF_WORK.finditer(sentence) if "的" in sentence else ():
        out.append(Target(text=_clause_of(sentence, m.group(0), m.start()), value=float(m.group(1)), unit="天",
                          comparator=None, deadline=deadline, subject=subject_after(sentence, m.end())))
    if not ("天" in sentence or "日" in sentence or "周" in sentence):
        return out
    aims: list[tuple[int, int]] | None = None      # (found once, at the first span that needs them: a scan per span
    for m in _DAY_LIMIT_SPAN.finditer(sentence):   # was quadratic in a sentence of many spans, review rv51)
        bar = _span_bar(sentence, m.start())
        if not (bar or m.group(3)) or "天数" in sentence[max(0, m.start() - 14):m.start()]:
            continue
        if aims is None:
            aims = [(a.start(), a.end()) for a in _TIME_AIM.finditer(sentence)]
        if any(a <= m.start() < b for a, b in aims):
            continue                       # (a count of days 「优良天数达到300天」: _day_counts; a time set as an aim
            #                                「住院日控制在8天以内」: _rates_and_times)
        out.append(_span_target(sentence, m, bar, float(m.group(1)), m.group(2).lstrip("个"), deadline))
    return out


# 「注册率达到百分之八十」: a share written in words, read as 80%
_PERCENT_WORDS = re.compile(r"百分之([一二两三四五六七八九十百]{1,4})(?![点\d一二三四五六七八九十])"
                            # 「三分之二以上」「总数的2/3」: a fraction, read as its percent to one decimal (66.7%,
                            # Round 43 rulings; 「五分之四以上」 80%, round 42) — in digits only where a band or 的
                            # holds it (not 「24/7」, a date 「3/15」 or a base 「1/10万」)
                            r"|(?<![一二三四五六七八九十百千万])(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])"
                            r"(?![\u4e00-\u9fff]*?分之)"
                            r"|(?<=的)(?P<dnum>[1-9])\s*/\s*(?P<dden>[2-9]|10)(?![\d./])"
                            r"|(?<![\d./])(?P<bnum>[1-9])\s*/\s*(?P<bden>[2-9]|10)(?=\s*(?:及)?以[上下])"
                            # 「不得少于参会总人数的一半」: half of a whole the sentence names, 50% (a fraction floor,
                            # rounds 42 / 43) — only 「…的一半」 (not 「减少一半」, a cut, nor 「一半以上的村」)
                            r"|(?<=的)(?P<half>一半)")


def _percent_words(sentence: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence with each share written in words as digits (百分之八十 → 80%, 百分之百 → 100%), and where each
    stands in it — (start, end, as written) — to give a target's text back as the plan wrote it."""
    from .normalise import cn_to_int
    if "分之" not in sentence and "/" not in sentence and "的一半" not in sentence:
        return sentence, []
    back: list[tuple[int, int, str]] = []
    parts: list[str] = []
    at = length = 0         # (length: of the parts so far, kept as it goes — a sum each time is quadratic, review 45)
    for m in _PERCENT_WORDS.finditer(sentence):
        if m.group("half"):
            written = "50%"
        elif m.group(1) is None:
            num, den = (cn_to_int(m.group("num")), cn_to_int(m.group("den"))) if m.group("den") else (
                (int(m.group("dnum")), int(m.group("dden"))) if m.group("dden") else (int(m.group("bnum")),
                                                                                      int(m.group("bden"))))
            if not num or not den or num >= den:
                continue
            share = round(100 * num / den, 1)
            written = f"{share:g}%"
        else:
            n = 100 if m.group(1) == "百" else cn_to_int(m.group(1).replace("两", "二"))
            if not n or n > 100:
                continue
            written = f"{n}%"
        parts.append(sentence[at:m.start()])
        start = length + m.start() - at
        parts.append(written)
        back.append((start, start + len(written), m.group(0)))
        length, at = start + len(written), m.end()
    return "".join(parts) + sentence[at:], back


def _written_back(text: str, read: str, back: list[tuple[int, int, str]]) -> str:
    """``text`` (a piece of ``read``) with the shares ``_percent_words`` read in it as the plan wrote them, each at
    its own place (合格率提高15% stays so beside 百分之五 read as 5%)."""
    at = read.find(text) if back else -1
    if at < 0:
        return text
    out, pos = [], at
    # (``back`` is in order: from the first share at or after ``at`` to the piece's end, not every share of the
    # sentence for each piece — quadratic in a run of shares, review 45)
    for start, end, written in back[bisect_left(back, (at,)):]:
        if start >= at + len(text):
            break
        if end <= at + len(text):
            out.extend([read[pos:start], written])
            pos = end
    return "".join(out) + read[pos:at + len(text)]


# 「空气质量优良天数达到300天，重污染天数不超过5天」: a count of days set as the aim (天 is no unit elsewhere: 10天内 is
# a span); only after 天数 and a bar or 达到
# (「…的天数，一年内累计不超过120天」: the span the days are summed over, then the bar)
_DAY_COUNT = re.compile(r"([\u4e00-\u9fff.\d]{0,12}?天数)(?:比例)?\s*"
                        r"(?:[，,]?[\u4e00-\u9fff]{0,6}?(?:累计|合计|总计|共计))?\s*(?:要|须|应|力争)?\s*"
                        r"(达到|达|不少于|不低于|至少|不超过|不多于|不高于|控制在|少于|低于|超过|保持在|稳定在)\s*"
                        r"(\d+(?:\.\d+)?)\s*天(及以上|以上|以下|以内|左右)?(?![\u4e00-\u9fff]*?(?:内|后))")


# 「重污染天数达到3天以上的，启动橙色预警」: a count that sets off a step (的, not 的目标), no aim; 「隐患整改天数不超过
# 30天」: the time each case is given, no figure of the plan's
_DAY_QUALIFIER = re.compile(r"\s*的(?!目标|要求|水平)")
_DAY_LIMIT = re.compile(r"(?:整改|办理|办结)天数$")


def _day_counts(sentence: str, deadline: str | None) -> list[Target]:
    out: list[Target] = []
    if "天数" not in sentence:
        return out                      # (every match holds 天数: its lazy opening class is not tried at each char)
    for m in _DAY_COUNT.finditer(sentence):
        if _DAY_QUALIFIER.match(sentence, m.end()) or _DAY_LIMIT.search(m.group(1)):
            continue
        comparator = CMP.get(m.group(2))
        if m.group(4) in SUFFIX and comparator in (None, ">=", "<=", "="):
            comparator = SUFFIX[m.group(4)]
        clause = next((c for c in _clauses(sentence) if m.group(0) in c), m.group(0))
        out.append(Target(text=clause, value=float(m.group(3)), unit="天", comparator=comparator,
                          deadline=deadline, subject=LEADING_SCOPE.sub("", m.group(1))[:40]))
    return out


# 「确保全镇农田30天不雨不旱」「确保50天无雨人畜饮水安全」: the days of drought a goal sets the land or the water
# supply to stand (a 抗旱 standard, round 25's levels a goal sets: no kind of thing named)
_DROUGHT_DAYS = re.compile(r"(\d+)\s*天(?=不雨|无雨|不旱)")


def _drought_days(sentence: str, deadline: str | None) -> list[Target]:
    out: list[Target] = []
    if "天不" not in sentence and "天无雨" not in sentence:
        return out
    for clause in _clauses(sentence):
        out.extend(Target(text=clause, value=float(m.group(1)), unit="天", comparator=">=", deadline=deadline,
                          subject=clause[:m.start()][-20:]) for m in _DROUGHT_DAYS.finditer(clause)
                   if _GOAL_BEFORE.search(clause, 0, m.start()))
    return out


# (set as the goal 「确保…」「达到…」: not a trigger 「连续30天不雨的，启动…」)
_GOAL_BEFORE = re.compile(r"确保|保证|实现|达到|力争")


# 「孕产妇死亡率控制在10/10万以下」「发病率低于1/万」: a rate per so many people, kept as the plan writes its base
_PER_POPULATION = re.compile(r"([\u4e00-\u9fff（）()]{0,16}?率)\s*(?:要|须|应|力争)?\s*"
                             r"(控制在|下降到|下降至|降低到|降低至|降至|降到|低于|不高于|不超过|达到|保持在|稳定在)?\s*"
                             r"(\d+(?:\.\d+)?)\s*/\s*((?:\d+|[十百])?[万千]|百万|十万)(人)?(以下|以内|以上)?")
# 「审批时间控制在60个工作日内」「平均住院日控制在8天以内」: a time the plan sets as its aim (控制在 / 压缩至 …);
# a case's time limit joined to a comparison word 「办理时限不超过15天」 is read by ``_day_limits`` (round 33)
_TIME_AIM = re.compile(r"([\u4e00-\u9fff（）()]{0,16}?(?:住院日|时间|时限|周期|用时|时长))\s*(?:平均)?\s*"
                       r"(?:控制在|缩短至|缩短到|压缩至|压缩到|压减至|压减到|减少到|减少至|降至|降到)\s*"
                       r"(\d+(?:\.\d+)?)\s*(个工作日|工作日|天|日)(以内|以下|之内|内)?")
# the words one of which every match of _TIME_AIM holds (its verbs): tested first, so that a sentence with none of them
# is passed over without the lazy opening class tried at each of its characters
_TIME_AIM_VERB = re.compile(r"控制在|缩短[至到]|压缩[至到]|压减[至到]|减少[到至]|降[至到]")


def _rates_and_times(sentence: str, deadline: str | None) -> list[Target]:
    """Rates per head of population and times set as aims (the figure reader keeps neither)."""
    out: list[Target] = []
    for m in _PER_POPULATION.finditer(sentence) if "/" in sentence else ():
        comparator = CMP.get(m.group(2) or "") or ("<=" if m.group(2) and m.group(2).startswith(("下降", "降"))
                                                    else None)
        if m.group(6):
            comparator = SUFFIX[m.group(6)]
        out.append(Target(text=_clause_of(sentence, m.group(0)), value=float(m.group(3)),
                          unit="/" + m.group(4) + (m.group(5) or ""), comparator=comparator, deadline=deadline,
                          subject=LEADING_SCOPE.sub("", m.group(1))[:40]))
    for m in _TIME_AIM.finditer(sentence) if _TIME_AIM_VERB.search(sentence) else ():
        if m.group(3) in ("个工作日", "工作日"):
            continue                     # (read by the figure reader: 控制在 after a time is its aim)
        out.append(Target(text=_clause_of(sentence, m.group(0)), value=float(m.group(2)), unit="天",
                          comparator="<=", deadline=deadline, subject=LEADING_SCOPE.sub("", m.group(1))[:40]))
    return out


def _clause_of(sentence: str, words: str, at: int | None = None,
               spans: tuple[list[int], list[str]] | None = None) -> str:
    """The clause of ``sentence`` holding ``words`` — the one standing at ``at`` where given (「…每周巡查一次；…至少每
    季度组织大检查一次」: the same words twice, each count its own clause). ``spans`` (from ``_clause_spans``, found
    once per sentence by the caller) is bisected: walking every clause for each count was quadratic (review 41)."""
    if at is not None:
        starts, clauses = spans if spans is not None else _clause_spans(sentence)
        if (i := bisect_right(starts, at) - 1) >= 0 and at < starts[i] + len(clauses[i]):
            return clauses[i]
    return next((c for c in _sentence_clauses(sentence) if words in c), words)


def _clause_spans(sentence: str) -> tuple[list[int], list[str]]:
    """Where each of the sentence's clauses starts, in order, with the clauses (one walk of the sentence)."""
    starts: list[int] = []
    clauses: list[str] = []
    pos = 0
    for c in _sentence_clauses(sentence):
        start = sentence.find(c, pos)
        if start < 0:
            continue
        starts.append(start)
        clauses.append(c)
        pos = start + len(c)
    return starts, clauses


@lru_cache(maxsize=32)
def _sentence_clauses(sentence: str) -> tuple[str, ...]:
    """``_clauses`` once per sentence: every count a sentence holds asks for its clause (a run-on line of 「组织两辆…」
    would split the whole line again for each)."""
    return tuple(_clauses(sentence))
