"""The figures of one sentence that are targets (``sentence_targets``): each number with a countable unit or ``%``
in a target-ish context — a comparator, a suffix, a target verb, a list continuing a target — and not one of the
figures the filters of ``target_filters`` (and the threshold line of ``threshold_line``) keep out."""

from __future__ import annotations

import re

from desktop.core.model import Target

from .area_splits import split_area
from .class_figures import rating_band_class, rating_class
from .figure_aims import (
    _ALL_DONE_AFTER,
    _LISTED_VERB,
    _step_deadline as _step_deadline,  # (re-exported: targets)
    all_done,
    changed_from,
    changed_to,
    figure_comparator,
    listed_count,
    quota_to_fill,
    rate_terms,
    sanction_scale,
)
from .figure_norms import (
    _DATES_BRACKET,
    _DESIGN_LENGTHS,
    _DESIGN_MODAL,
    _FLOOR_EVERY,
    _GRADE_PICKS,
    _KEPT_FOR,
    _LOOKBACK_AFTER,
    _LOOKBACK_BEFORE,
    _NOW_STOCK,
    _PER_NORM,
    _RATIO_SPELT,
    BASE_AFTER,
    BASE_BEFORE,
    page_norm,
)
from .figures import (
    CMP_BEFORE,
    HELD_RIGHT_BEFORE,
    NUMBER,
    PICKS,
    SUFFIX,
    VERB,
    _value,
    rate_list,
    subject_after,
    subject_before,
)
from .prefilter import led
from .present_figures import present_figure, time_window
from .target_filters import (
    AIM_AFTER,
    AIM_BEFORE,
    ALLOWED_CAP,
    APPLICANT_BAR,
    ASIDE,
    BAND,
    BAND_FIRST,
    BAND_SECOND,
    BAND_WHICH,
    BELOW_WHICH,
    BOUND_JOINED,
    CAPACITY_BARE,
    CAPACITY_NAME,
    CAPACITY_UNITS,
    CLASS_AFTER,
    CODE_LENGTH_BEFORE,
    CONDITION_END,
    CONSENT_AFTER,
    CONSENT_BEFORE,
    CRITERIA_LABEL,
    CRITERION,
    DISPOSAL,
    EXISTING_BEFORE,
    FIELD_AFTER,
    FLOOR_NORM,
    FUNDS,
    GRADE_AFTER,
    GRADE_BAND_AFTER,
    GRANT_CEILING,
    GRANT_CONDITION,
    GRANT_NEXT,
    GRANTED_LATER,
    GROWTH_JUST_BEFORE,
    HOURS_TOTAL,
    ITEM_SIZE,
    JOINED_BOUND,
    LASTS_FOR,
    LINE_BANDS,
    LINE_BAR_BEFORE,
    MADE_OF_AFTER,
    MADE_OF_BEFORE,
    MEASURE_MONEY_SHARE,
    METRE_CEILING,
    METRE_OVER_WHICH,
    MONEY_BAND,
    MONEY_EDGE,
    NORM,
    ONLY_HAVING_AFTER,
    ONLY_HAVING_BEFORE,
    ORDINAL_BEFORE,
    OUTPUT_BEFORE,
    OWN_COUNT,
    PASSED_BEFORE,
    PENALTY,
    PER_ENTITY,
    PER_HEAD_BEFORE,
    PERIOD_SHARE,
    PICKED_FROM,
    PLACES_IN,
    PRODUCT_AFTER,
    PROPERTY_BEFORE,
    QUALIFIER,
    QUALIFIER_LIST,
    QUALIFIES_WITH,
    RAISED,
    RATIO_FIRST,
    RATIO_NEXT,
    RATIO_WORD,
    ROUND_CLOCK,
    RULE_CEILING,
    RULE_NAME,
    RULE_TIME_UNITS,
    SCOPE_BEFORE,
    SCORE_BEFORE,
    SCORE_NOT,
    SET_UP,
    SHARE_AIM_AFTER,
    SHORTEN,
    SPANS,
    STAFF_SHARE_AFTER,
    STAFF_SHARE_BEFORE,
    STRENGTHEN,
    TEAMS_STRENGTHENED,
    TERM_CAP,
    TOTAL_COST_BEFORE,
    UNDONE_BEFORE,
    UNMET_AFTER,
    VEHICLE_SIZE_AFTER,
    VERB_JUST_BEFORE,
    WATCH,
    WATCH_KEPT,
    WHEN_AFTER,
    WHICH_AFTER,
    WHOLE_BEFORE,
    _sized,
    bracket_band,
    hours_of_work,
    in_name_or_scope,
    made_in_list,
)
from .threshold_line import (
    line_excluded,
    line_joined,
    stock_count_after,
)
from .worded_targets import (
    _HELD_DONE,
    _NOT_COUNTED,
    _clauses,
)

# the verbs that count the people a work reaches before 「N人口」 (not 每万人口 / 总人口 / 人口N万: a base, a stock;
# not 服务5万人口: the scale a service is for, see test_parse_classes_next14)
# (not 覆盖5万人口: a facility's catchment, 「每个站点覆盖1万人口」; a few place words may stand between:
# 惠及全区30万人口)
_PEOPLE_REACHED = re.compile(r"(?:改善|解决|惠及|受益|辐射带动)\s*(?:[全本][区县市镇乡省]|农村|城乡|周边|沿线|辖区)?"
                             r"\s*(?:约|近|超过)?\s*$")
# 「80余辆」「200多名」「3万余户」: more than the figure
_MORE_THAN = re.compile(r"\d+(?:\.\d+)?\s*[万千亿]?\s*[余多]")
# bare figures listed right before one with a unit (407、700万千瓦; not 第1、2个 nor a year 2025、2030年)
_SHARED_UNIT = led(re.compile(r"(?<![\d.第])((?:\d+(?:\.\d+)?\s*、\s*)+)$"))
_WINDOW = 22
# a post before its head count, in a list the verb 设 opens 「可设会长1人，秘书长1人，理事3—5人」
_POST_BEFORE = re.compile(r"(?:会长|秘书长|理事|委员|组长|主任|书记|干事|队长|站长)\s*$")
_POSTS_SET = re.compile(r"(?<![建假增])设(?:立|置)?(?:正副)?(?:会长|理事长|秘书长|理事|委员|组长|主任|队长|站长)")
# how far back a test held by $ at the figure looks (each such pattern matches a few words; searched from the clause's
# start it tried every character before each figure: quadratic in a clause of thousands of figures)
_BACK = 200
# the second end of a range written with its unit twice (15家至20家, 3万-5万人)
_RANGE_JOIN = re.compile(r"\s*(?:至|到|-|—|–|~|－)\s*")
# a band's lower edge closing the clause before the upper one (「资金在20万元以上，」100万元以下的…)
_LOWER_EDGE_BEFORE = re.compile(r"\d\s*(?:万|千|亿)?\s*[\u4e00-\u9fff]{0,2}?\s*(?:及|（含）|\(含\))?以上\s*[，,]\s*$")
# 「30万(含30万)至400万(不含400万)的项目」: a band whose edges are marked in or out — two edges read alike, as
# 「30万元（含）至400万元（不含）」 is, not one range read by its lower end
# (the mark names the edge itself, 「（不含400万）」「（含）」; not what else the count holds,
# 「1000个至1500个（含改造）」)
_EDGE_MARK_AFTER = re.compile(r"\s*[（(]\s*(?:不含|不包括|含)\s*(?:本数|\d|[)）])")
# 「…共计12万户开展入户安检」「…共计800栋逐一鉴定」: a work verb right after the stock's figure
_WORK_AFTER_STOCK = re.compile(r"\s*(?:开展|实施|进行|完成|逐一|逐户|逐栋|全面|全部|集中|组织)")
# 「稳固现有3个…栖息地…保护工作」: a verb that keeps what exists right before 现有 — the sites the item's work keeps
# are its number of work (Round 105's x375_02 二、（二）3, round 49's 改造100户), not a stock stated beside it
_KEEP_BEFORE = re.compile(r"(?:稳固|巩固|维护|守护|管护|养护)\s*$")


_EXCLUDED_EDGE = re.compile(r"[(（](?:不含|不包括|不包含|含)\s*$")
# the part of a quota a bracket names after 含 「（含150万亩永久基本农田）」: what the figure counts follows it, no edge
# mark closing on the figure (Round 83's x315_01: a quota the plan sets is its target)
_PART_HELD = re.compile(r"[\u4e00-\u9fff]{2,12}[)）]")
_DATE_OR_AGE_AFTER = re.compile(r"(年|月|日|号|周岁|岁|届|周年)")
_WHICH_IN_BRACKETS = re.compile(r"[^（）()，,。；;]{0,6}的[）)]")
_DE_ONLY = re.compile(r"\s*的")
_LIST_JOIN_END = re.compile(r"(、|和|及|与|以及)\s*$")
_QUOTE = re.compile(r"[《》“”\"]")
# what lays a length down (新建灌溉渠道1200米 / 铺设管网900延米 / 建成绿道12km)
_LENGTH_WORK = re.compile(r"新建|新增|建设|建成|改造|铺设|敷设|修建|硬化|疏浚|清淤|加固|整治|治理|修复|拓宽|延伸|完成|"
                          r"实施|安装|绿化|打造|改扩建|提升")
_GROWTH_END = re.compile(r"(增长|下降|提高|降低|增加|减少|提升)\s*$")


# 「紧盯“三合一”场所、高层建筑、农村自建出租房等6类风险隐患」: a list of kinds closed by 等 and counted
_LISTED_KINDS = re.compile(r"、[^，,。；;、]{1,20}等\s*$")

# 「“道路旅客运输业户经营许可”等7个办事指南相关内容，包括…」: a count closing a list of named things, with no verb of
# work before it — it says how many there are, not how many to make (「新建“A”“B”等3个公园」 keeps its verb: an aim)
_NAMED_LIST_BEFORE = re.compile(r"[”」》\"]\s*等?\s*$")     # (「“…是否申报”4项节点数据」 too, round 37)

# VERB's words (plain words, one alternation): 「…新建」 closing a text is tested by endswith, not by a search at
# every position of it (as ``re.search(VERB.pattern + "$", text)`` did: its $ also stands before a final newline)
_VERB_WORDS = tuple(VERB.pattern.strip("()").split("|"))
assert all(re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in _VERB_WORDS), VERB.pattern


def _ends_with_verb(text: str) -> bool:
    return text.endswith(_VERB_WORDS) or text.endswith("\n") and text[:-1].endswith(_VERB_WORDS)


def _in_which_bracket(sentence: str, at: int) -> bool:
    """The figure at ``at`` stands in a bracket that closes with 的 (「（车货总高度超过4米，或者总质量超过50吨的）」):
    which ones, by a bound, across its clauses."""
    opened = max(sentence.rfind("（", 0, at), sentence.rfind("(", 0, at))
    if opened < 0 or max(sentence.rfind("）", opened, at), sentence.rfind(")", opened, at)) >= 0:
        return False
    ends = [e for e in (sentence.find("）", at), sentence.find(")", at)) if e >= 0]
    return bool(ends) and sentence[min(ends) - 1] == "的" and "（" not in sentence[at:min(ends)]


# supplies an item collects or orders 「领取灭鼠药350包」「订购宣传挂图15幅」: means, no target (Round 44 rulings;
# hand-outs 「发放…5000本」 stay targets as older sets answer them)
_SUPPLIES = re.compile(r"领取|订购|征订")


_PICKED_BY = re.compile(r"的?比例[，,]?" + PICKS)


def sentence_targets(sentence: str, deadline: str | None, relaxed: bool = False,
                     years: tuple[int, int] | None = None) -> list[Target]:
    """Targets of one sentence (ended by 。); ``relaxed`` takes any countable number; in a plan of several
    ``years`` (first, last) a figure after one of them is due at that year's end."""
    out: list[Target] = []
    clause_end = 0                                  # where the clause ends in the sentence
    for clause in _clauses(sentence):
        clause_end = sentence.find(clause, clause_end) + len(clause)
        clause_at = sentence.find(clause)        # (where the clause first stands, as each figure's tests read it)
        prev_end = -1
        thr_from = None                             # where the words before a threshold of the line began
        stock_end = -1
        for m in NUMBER.finditer(clause):
            ms, me = m.span()
            num, upper, mult, unit, suffix = m.groups()
            if suffix and suffix[-1] == "内" and suffix not in ("以内", "之内"):
                suffix = "以内"                      # 「300米服务半径内」: within the distance (round 34)
            if unit in ("万", "千", "亿") and not (mult or upper) and (join := _RANGE_JOIN.match(clause, me)) and (
                    nxt := NUMBER.match(clause, join.end())) and nxt.group(3) == unit and nxt.group(4) not in (
                    "万", "千", "亿"):
                mult, unit = unit, nxt.group(4)     # 「3000万—5000万元」: the first end takes the second's unit
            if prev_end >= 0 and out and out[-1].text == clause and _RANGE_JOIN.fullmatch(clause, prev_end, ms) \
                    and out[-1].unit == _value(num, mult, unit)[1] and not _EDGE_MARK_AFTER.match(clause, me) \
                    and suffix not in LINE_BANDS:       # (「30万元及以上至100万元以下」: two edges, each its band)
                if out[-1].comparator is None:
                    out[-1].comparator = ">="       # 「15家至20家」: one range, read as its lower bound as 15-20家 is
                prev_end = me
                continue
            vunit = _value("1", mult, unit)[1]      # (the unit the figure is counted in)
            if unit == "年" and stock_end < 0 and float(num) >= 100 and EXISTING_BEFORE.search(
                    clause, max(0, ms - 12), ms) is None:
                continue                            # (2025年, a year: the test far below, taken first where no
                #                                     stock's end can be written on the way to it)
            after = clause[me: me + 3]
            before = clause[max(0, ms - 3): ms]
            if unit == "人" and _POST_BEFORE.search(clause, max(0, ms - 6), ms) \
                    and _POSTS_SET.search(sentence, max(0, clause_at - 40), clause_at + ms):
                continue                            # 「设会长1人，秘书长1人，理事3—5人」: a body's posts, its make-up
            if vunit == "kg" and not line_joined(clause, ms, me, suffix, vunit):
                continue                            # 「50kg气液两相燃气气瓶」: a kind named by its weight (「3吨货车」)
            if rating_class(clause, me, vunit) and not line_joined(clause, ms, me, suffix, vunit) \
                    or rating_band_class(clause, me, vunit, suffix):
                continue                            # 「10千伏开关站」「70MPa加氢站」: a kind named by its rating
            if unit in ("万", "千", "亿") and re.search(r"\d\s*/\s*$", before):
                continue                            # 「10/10万」: the base of a rate per head (_rates_and_times)
            if ORDINAL_BEFORE.search(before) or _EXCLUDED_EDGE.search(before) and not (
                    before.endswith(("（含", "(含")) and _PART_HELD.match(clause, me)):
                continue                            # 「6亩以下(不含6亩)」: the band's edge, never a target (「202万亩…
                #                                     （含150万亩永久基本农田）」: a part of the quota, one of its own)
            if not suffix and clause.startswith("级", me):
                continue                            # 「2000吨级以上码头泊位」「10万吨级码头」: a class named by
                #                                     its size (round 34)
            if in_name_or_scope(sentence, clause, ms, me):
                continue                            # 「“5个100工程”」 / 「实施范围为…，总面积为104平方公里」
            if line_excluded(sentence, clause, ms, me, vunit, suffix, clause_at):
                continue                            # 「65岁以上」「超过60kg但未设置…」「处…罚款」「《…》」: no target
            # (CONVENTIONS.md Thresholds: a figure joined to a comparison word of the line is a target wherever it
            # stands — the filters of which ones and of a rule's bounds below do not apply to it)
            line = line_joined(clause, ms, me, suffix, vunit)
            if not line and (present_figure(clause, ms, me, vunit)
                             or time_window(clause, ms, me, vunit, sentence[:max(clause_at, 0)])):
                continue                            # 「在已汇集…18个节点的…基础上」「每年复核1家」: now, a rhythm;
                #                                     「在48小时内修复」: a window from an event (round 33)
            if not line and unit == "人" and clause[max(0, ms - 1):ms] == "各" \
                    and re.match(r"\s*(?:参加|参与|出席|参会)", clause[me:]):
                continue                            # 「各有关单位各1人参加」: a quota of who takes part, no
                #                                     comparison word (Round 45 rulings: no target)
            if PENALTY.search(clause, max(0, ms - 8), ms) and re.search(r"[扣罚]", clause[:ms]):
                continue                            # 「每宗扣除30万元」「补助比例扣减2%」: what a failure costs, never
                #                                     a target (round 32: a cut in a fund or its rate too)
            if unit == "分" and (not SCORE_BEFORE.search(clause, 0, ms)
                                 or SCORE_NOT.search(clause, 0, ms)):
                continue                            # "（10分）" / "满分100分" / "占5分": marks, not a score to reach
            if unit == "%" and PERIOD_SHARE.search(clause, max(0, ms - 14), ms):
                continue                            # 「一季度10%，二季度40%，11月底完成」: a step of the schedule
            if unit == "分" and (GRADE_AFTER.match(clause, me) or GRADE_AFTER.match(sentence, clause_at + me)
                                 or suffix and _GRADE_PICKS.match(clause, me)) \
                    or (suffix or unit == "%") and GRADE_BAND_AFTER.match(sentence, clause_at + me):
                continue                            # 「得分90分以上为优秀」: a grading band, no score to reach
                #                                     (「分值为86分及以上并在…排名前三的小区」: a grade picking the
                #                                     ones rewarded, round 33; 「不低于90分」 stays an aim)
            if (before.endswith("每") and not _FLOOR_EVERY.search(clause, max(0, ms - 10), ms)
                    or RATIO_NEXT.match(clause, me)):
                continue                            # 「每20公里配备1名」: the basis of a ratio, not a figure to reach
            if not line and not upper and (_PER_NORM.search(clause, max(0, ms - _BACK), ms)
                                           or clause.startswith("即") and _RATIO_SPELT.search(sentence, 0, clause_at)) \
                    and not CMP_BEFORE.search(clause, max(0, ms - 12), ms):
                continue                            # 「每个点位安排分拣员1名」「原则上按500户配1名」「以3：1配备，即3个
                #                                     …和1个…」: a norm of staffing with no comparison word (round 33;
                #                                     a range 「配备2-3名」 reads as its floor, round 32)
            if not line and (unit in ("%", "‰") and STAFF_SHARE_BEFORE.search(clause, 0, ms)
                             or PER_HEAD_BEFORE.search(clause, max(0, ms - 14), ms)) \
                    and STAFF_SHARE_AFTER.match(clause, me):
                continue                            # 「按照教练车总数的20%进行配备」: a staffing norm, no bar
            if ms == 0 and RATIO_FIRST.search(sentence, 0, clause_end - len(clause)) and (
                    unit in ("", "万", "千", "亿") or RATIO_WORD.match(clause, me)):
                continue                            # 「1：5万比例尺」: a ratio's second term (not 项目1：30个村…)
            if MADE_OF_BEFORE.search(clause, max(0, ms - _BACK), ms) and MADE_OF_AFTER.match(clause, me) \
                    and not CMP_BEFORE.search(clause, max(0, ms - 4), ms) \
                    and not SET_UP.search(clause, 0, ms):
                continue                            # 「包含16个二级指标…组成」: what a thing is made of
            # (「投资额100万以上」「金额不超过200万」: 万 is part of the number and no 元 is supplied from the noun —
            # Round 56 rulings, turned: the unit is the one printed; a bare 万 joined to the line keeps no unit)
            if unit in ("万", "千", "亿") and (not after or not re.match(r"[^\u4e00-\u9fff]|人|元|户|张|个", after)):
                # "73.45万左右" has no countable unit
                if not (relaxed or line) or re.match(r"(年|月|日)", after):
                    continue
            after = clause[m.end(4) if suffix is None else me:][:2]
            if _DATE_OR_AGE_AFTER.match(after) and unit in ("万", "千", "亿"):
                continue
            if unit == "人" and not suffix and after[:1] == "户" and not line:
                continue                            # 「1人户的宅基地…」: a household named by its size, a kind (as
                #                                     「3吨货车」, round 31; 「5人以下户」 a band: the line's)
            if unit == "人" and re.match(r"(员|口|数|群|士|才|们)", after) and not (
                    # 「共改善50000人口的饮用水」「惠及3万人口」: the people the work reaches, counted as 人口
                    after[:1] == "口" and _PEOPLE_REACHED.search(clause, max(0, ms - 9), ms)):
                continue
            # 「6亩以下(不含6亩)的土地」: an aside between the band and its noun
            aside = ASIDE.match(clause, me)
            q_at = aside.end() if aside else me
            # (「20万元以上，100万元以下的工程项目」: the upper edge of a band whose lower edge, the clause before, was
            # taken — both edges read alike, CONVENTIONS.md Targets)
            upper_edge = suffix in ("以下", "及以下") and ms == 0 and bool(out) \
                and out[-1].unit == _value(num, mult, unit)[1] \
                and _LOWER_EDGE_BEFORE.search(sentence, 0, clause_end - len(clause)) is not None
            # (round 30, CONVENTIONS.md Thresholds: 「…50吨标准煤以上的，」 a band closing a 「…的」 condition, and
            # 「200万元及以上的补贴项目」「1000人以上的行政村」 a band picking the objects, are targets by its word)
            # (a score's band too, where no grade follows it (above): 「信用评价85分及以上的企业」 picks the firms a
            # step applies to, Round 47 rulings, decided)
            condition = (end := CONDITION_END.match(clause, m.end(4))) is not None and (
                suffix in LINE_BANDS or bool(end.group("band"))
                or LINE_BAR_BEFORE.search(clause, max(0, ms - 6), ms) is not None)
            band_which = suffix in LINE_BANDS and BAND_WHICH.match(clause, me) is not None
            if suffix and not (upper_edge or condition or band_which or line) and (QUALIFIER.match(clause, q_at)
                                                                            or QUALIFIER_LIST.match(clause, me)
                           and (PER_ENTITY.search(clause, 0, ms) or SCOPE_BEFORE.search(clause, 0, ms)
                                )) and not (
                               unit in ("%", "‰") and (VERB_JUST_BEFORE.search(clause, 0, ms)
                                                       or DISPOSAL.search(clause, 0, ms)
                                                       or GROWTH_JUST_BEFORE.search(clause, 0, ms))) and not (
                               AIM_AFTER.match(clause, me)
                               or unit in ("%", "成") and SHARE_AIM_AFTER.match(clause, me)) and not (
                               clause[q_at:q_at + 1] == "的" and VERB_JUST_BEFORE.search(clause, 0, ms)):
                # (「创办10家以上的合作社」: the count right after the verb, then 的 and what is counted: the aim)
                # "150张以上床位的养老机构": a qualifier; but "完成50%以上行政村的村庄整治": a share of them
                # right after the verb is what is to be done
                continue
            if not line and _WHICH_IN_BRACKETS.match(clause[me:]) or not line and _in_which_bracket(
                    sentence, clause_at + ms):
                continue                            # "（…或者总质量超过100000千克的）": which ones, in brackets
            if not line and CRITERION.search(clause, max(0, ms - 8), ms):
                continue                            # "居住人口规模宜为5000-12000人": what a pilot should meet
            if not line and NORM.search(clause, max(0, ms - 16), ms) and unit not in _DESIGN_LENGTHS:
                continue                            # "面积不宜超过屋顶总面积的10%": a design rule's ceiling
                # (「水封深度不应小于50mm」: a design notice's limit in millimetres is what the item sets)
            if not line and unit in _DESIGN_LENGTHS and (not _DESIGN_MODAL.search(
                    clause, max(0, ms - 8), ms) or clause[me:me + 1] == "的"):
                continue                            # "降雨量超过50毫米，启动…": a trigger, no limit a rule sets
            if not line and ALLOWED_CAP.search(clause, max(0, ms - 12), ms):
                continue                            # "物业可转让不超过50%": how much a rule lets one do
            if not line and unit in ("年", "个月", "月", "天", "日") and (TERM_CAP.search(
                    clause, max(0, ms - 24), ms) or LASTS_FOR.search(clause, max(0, ms - 12), ms)):
                continue                            # "租赁周期原则上不超过5年": how long a term may run; "时效为
                #                                     18个月": how long a state lasts
            if not line and (BELOW_WHICH.search(clause, max(0, ms - 4), ms)
                             or UNDONE_BEFORE.search(clause, max(0, ms - 16), ms)) \
                    and WHICH_AFTER.match(clause, me):
                continue                            # "亩产税收低于5万元/亩的工业用地": which ones, by a low figure
                #                                     (「未完成投资总额25%的工业用地」: by what is not yet done)
            if not suffix and not condition and not line and _DE_ONLY.fullmatch(clause[me:]) \
                    and CMP_BEFORE.search(
                    clause, max(prev_end, 0, ms - 4), ms):
                continue                            # "透空率均大于50%的，可以…": the condition of an exception
            if not condition and not line and GRANT_CONDITION.match(clause, me) \
                    and GRANT_NEXT.match(sentence, clause_end):
                continue                            # "获得市级奖励20万元及以上的，给予…": who a grant is for
            if not line and (JOINED_BOUND.match(clause, me)
                             or BOUND_JOINED.search(clause, max(0, ms - _BACK), ms)) and \
                    (CLASS_AFTER.match(clause, me) or BAND_FIRST.match(clause, me)
                     or BAND_SECOND.search(clause, 0, ms)):
                continue                            # "大于250吨且小于等于2500吨" / "100万元以下且…的": a class
            if not line and APPLICANT_BAR.search(clause, max(0, ms - _BACK), ms):
                continue                            # "创建对象住户达到2000户以上": what an applicant must meet
            if not line and page_norm(sentence[:max(clause_at, 0) + ms], clause[me:], vunit):
                continue                            # 「宣传发动阶段(1个月)」「实行24小时电话畅通」「两侧2公里」: norms
            at = clause_at + me    # (the figure's end in the sentence)
            if not line and suffix in ("以上", "及以上", "以下", "及以下") and not any(   # (改造后…: no aim verb)
                    clause[v.end():v.end() + 1] not in "后前的" for v in VERB.finditer(clause, 0, ms)) \
                    and not AIM_BEFORE.search(clause, 0, ms) and (
                        CRITERIA_LABEL.match(sentence)     # "建筑规模：建筑面积0.2万平方米以上": a criterion line
                        or QUALIFIES_WITH.match(sentence, at)      # "下降15%以上（含），且获得…的…项目。"
                        or unit in SPANS and suffix in ("以上", "及以上") and GRANTED_LATER.match(sentence, at)):
                continue                            # (…or "发送数据3个月以上，…予以补贴"): what qualifies
            if not line and unit in ("年", "个月", "月", "天", "日") and RULE_CEILING.search(clause, 0, ms):
                continue                            # "最高不得超过5年": a rule's ceiling on a span
            if not line and unit in ("分钟", "小时") \
                    and PASSED_BEFORE.search(clause, max(0, ms - 4), ms) \
                    and WHEN_AFTER.match(clause, me):
                continue                            # "降雨超过30分钟、雨量达到50毫米时": what sets a measure off
            if not line and unit in SPANS and UNMET_AFTER.match(clause, me):
                continue                            # "在3个月内未拆除的": the trigger of a measure, no aim
            if not line and BASE_BEFORE.search(clause, max(0, ms - 2), ms) and BASE_AFTER.match(clause, me):
                continue                            # 「以31个村为基础」: the frame the work is drawn on
            if not line and vunit not in MEASURE_MONEY_SHARE and _NOW_STOCK.search(clause, max(0, ms - 10), ms):
                continue                            # 「以目前B类89个小区为基础」: what there is now (round 33: present
                #                                     figures)
            # 「将网格员核定为500名，年底前全部到岗」「编制核定为63人，2026年底前配齐」: a quota to fill, its aim
            quota = quota_to_fill(sentence, clause, clause_at, ms, me)
            # (「对现有5000平方米以上的厂房实施改造」: a threshold of the line picking the work's objects, no stock)
            if not quota and not (line and not stock_count_after(clause, me)) and (
                    existing := EXISTING_BEFORE.search(clause, max(0, ms - 12), ms)) and not \
                    VERB_JUST_BEFORE.search(clause, 0, existing.start()) and not (
                    existing.group().startswith("现有") and _KEEP_BEFORE.search(clause, 0, existing.start())) and not (
                    # 「已公布的12个传统村落全部完成保护规划」: the named set is the work's scope
                    re.search(r"确定|公布|命名|划定", existing.group()) and _ALL_DONE_AFTER.match(clause, me)) \
                    and not (re.search(r"共计?\s*$", existing.group()) and (     # 「对现有燃气用户共计12万户开展
                        re.search(r"(?:^|[，,；;\s要应将])对[^，,。；;：:]{0,8}$", clause[:existing.start()])
                        or _WORK_AFTER_STOCK.match(clause, me))) or (   # 入户安检」: the work's object
                    stock_end >= 0 and re.search(r"(、|和|及|与|以及)\s*$", clause[stock_end: ms])
                    and not re.search(r"\d|[，,]", clause[stock_end: ms])):
                stock_end = me
                continue                            # "在现有510个…居住区" / "已建成的52个小区": what exists, no aim
            if unit == "年" and float(num) >= 100:
                continue                            # 2025年 is a year, not a span (tested before the rest)
            if not line and (named := _NAMED_LIST_BEFORE.search(clause, max(0, ms - 4), ms)) \
                    and not VERB.search(clause, 0, ms) and not CMP_BEFORE.search(clause, 0, ms) \
                    and ("等" in named.group(0) or clause[me:].strip()):
                continue                            # "“…经营许可”等7个办事指南": the named things, counted
                #                                     (「确定第三批“…教育基地”20个，」: the count closing its
                #                                     clause after the name is how many to name, round 37)
            if unit in ("类", "种") and _LISTED_KINDS.search(clause, 0, ms):
                continue                            # "“三合一”场所、高层建筑…等6类隐患": the kinds just listed, counted
            if changed_from(clause, ms, me):
                continue                            # "从15个自然日缩短至5个工作日": the old figure, the new the aim
            if not line and PROPERTY_BEFORE.search(clause, max(0, ms - 8), ms) and re.match(
                    r"\s*(?:及以上|以上|以下|左右)?\s*的", clause[me:]):
                continue                            # "载重量1吨的汽油车": what the things are like, no count
            if unit == "位" and CODE_LENGTH_BEFORE.search(clause, max(0, ms - 6), ms):
                continue                            # "编号为24位": how long a code is, a norm of reckoning
            if unit == "吨" and not suffix and not mult and not upper and float(num) <= 100 \
                    and VEHICLE_SIZE_AFTER.match(clause, me):
                continue                            # "3吨或5吨自卸式清运车辆": the kind of vehicle, its size
            if ONLY_HAVING_BEFORE.search(clause, max(0, ms - 6), ms) \
                    and ONLY_HAVING_AFTER.match(clause, me):
                continue                            # "仅设置1个安全出口的…场所": which places, by what they have
            if not line and unit in ("%", "‰") and CONSENT_BEFORE.search(clause, 0, ms) \
                    and CONSENT_AFTER.match(clause, me):
                continue                            # "取得80%以上…同意": the consent a step needs, no aim
            if not line and FLOOR_NORM.search(clause, max(0, ms - 24), ms) and not (
                    vunit == "元" and GRANT_CEILING.search(clause, 0, ms)):
                continue                            # "最低资本金比例不低于20%": a condition on who may act
            if unit == "小时" and ROUND_CLOCK.match(clause, me):
                continue                            # "24小时开放公园": a kind of place, named by its hours
            if unit == "小时" and not suffix and hours_of_work(clause, ms, me):
                continue                            # "落实24小时应急服务" / "48小时研判预警": how long or how soon
            if unit == "小时" and not suffix and WATCH.match(clause, me) and not HOURS_TOTAL.search(
                    clause, 0, ms) and (float(num) in (24, 48, 72) or float(num) <= 24 and WATCH_KEPT.search(
                        clause, 0, ms)):
                continue                            # "坚持24小时巡回检查": a round-the-clock watch
            if unit in SPANS and before.endswith("为期") or unit == "个" and _NOT_COUNTED.match(clause, me) \
                    or unit == "段" and before.endswith("分"):
                continue                            # "为期3个月" / "分3个阶段" / "分3段施工": its time, its parts
            if not line and unit in SPANS and not suffix and (
                    _KEPT_FOR.search(clause, max(0, ms - 8), ms)
                    or _LOOKBACK_BEFORE.search(clause, max(0, ms - 4), ms)
                    and _LOOKBACK_AFTER.match(clause, me)):
                continue                            # "数据可支持3个月回溯查询" / "录像保存30天": a system's norm
            if unit in SPANS and not line and _DATES_BRACKET.match(clause, me):
                continue                            # 「试点时间2个月（8月1日至9月30日）」: a period its dates give
            if unit in SPANS and not line and re.search(r"[后满]的?\s*$", before):
                continue                            # "结清后3年" / "任职满2年" / "接到报告后的24小时内": from an event
                #                                     (「接报后30分钟以内到达」: a limit with a comparison word,
                #                                     round 33)
            if TEAMS_STRENGTHENED.match(clause, me) and STRENGTHEN.search(clause, 0, ms):
                continue                            # "充实…和10支服务队力量": the teams there are, strengthened
            if CAPACITY_BARE.search(clause, max(0, ms - 4), ms) and not (
                    suffix or CMP_BEFORE.search(clause, max(prev_end, 0, ms - 12), ms)
                    or VERB.search(clause, max(prev_end, 0), ms)
                    or RAISED.search(clause, max(0, ms - 12), ms)):
                continue                            # "日分拣处置能力300吨/日": the capacity there is, no aim
            if vunit not in MEASURE_MONEY_SHARE and (
                    FIELD_AFTER.match(clause, me) or WHOLE_BEFORE.search(clause, max(0, ms - _BACK), ms)
                    and PICKED_FROM.match(sentence, clause_at + me)):
                continue                            # "223个园区中第三类": the field the work picks from
            if not suffix and unit not in SPANS and any(
                    pl.start("list") <= ms and me <= pl.end("list")
                    and not CMP_BEFORE.search(clause, max(pl.start("list"), ms - 6), ms)
                    and not made_in_list(clause, pl.start("list"), ms)
                    for pl in PLACES_IN.finditer(clause, 0, me + 80)):
                continue                            # "在3个核心区域、8个重点区域中加大…应用": where, no count
                # (「在不少于20个社区中」: a bar, the count to reach; 「在2个区中推广并在5个街道中…」: each 在…中)
            if not line and ITEM_SIZE.search(clause, max(0, ms - 20), ms):
                continue                            # "项目面积应不小于5亩": what a chosen thing must measure
            if not upper_edge and not condition and not line and _sized(clause, m, suffix):
                continue                            # "5万平方米以上商场": which ones, by their size
            if not line and bracket_band(clause, ms, me, suffix):
                continue                            # "建设项目(单体3万平方米以上)": which ones, by their size or price
            if unit in RULE_TIME_UNITS and not suffix and RULE_NAME.match(clause, me):
                continue                            # "48小时食品留样制度": the name of a rule
            edge = MONEY_EDGE.match(clause, me) if vunit == "元" and not suffix else None
            if (suffix or edge) and not upper_edge and not band_which and not line and vunit == "元" \
                    and MONEY_BAND.match(clause, edge.end() if edge else me) \
                    and not (VERB_JUST_BEFORE.search(clause, 0, ms) and not TOTAL_COST_BEFORE.search(clause, 0, ms)):
                continue                            # "200万元以上项目应当公开招标": which projects, by their cost
            if not line and CAPACITY_NAME.match(clause, me) and re.fullmatch(CAPACITY_UNITS, unit):
                continue                            # "10万吨绿色甲醇项目": a project named by its capacity
            if (OUTPUT_BEFORE.search(clause, max(0, ms - 8), ms)
                    and PRODUCT_AFTER.match(clause, me)):
                continue                            # "年产120亿只医疗级手套等项目": a plant named by its output
            if (not line or suffix in LINE_BANDS) and BAND.match(clause, me) \
                    and not re.search(r"[\u4e00-\u9fff]", clause[max(prev_end, 0):ms]):
                continue                            # "，11—49件的达到75%以上": the band a rate is for
                #                                     (「50件以上的达到50%以上」 too: its noun left out stands for the
                #                                     band's before it, a class — Round 60 rulings)
            if unit == "年" and (re.match(r"(?:左右)?(?:的)?时间", clause[me:]) and not line
                                or not line and suffix in ("以上", "以下")
                                and re.match(r"[\u4e00-\u9fff]", clause[me:me + 1])
                                and not re.match(r"的?(?:目标|要求)", clause[me:])):
                continue                            # 「用3-5年时间」 a span; 「3年以上未发展党员的村」 which ones
            bar = CMP_BEFORE.search(clause, max(prev_end, 0), ms)
            if not line and bar and bar.group(1) in ("超过", "高于", "大于") and prev_end >= 0 and re.search(
                    r"\d\s*[个家所户名]", clause[:prev_end][-6:]):
                continue                            # 「新增3个村集体收入超过10万元」: the bar the 3 villages pass
            if not line and unit in ("个工作日", "工作日") and not SHORTEN.search(clause, 0, ms):
                continue                            # "审核时间一般不少于5个工作日": a procedure's time limit
            gap_start = max(prev_end, 0) if prev_end >= 0 else max(0, ms - _WINDOW)
            window = clause[gap_start: ms]
            # (the band after the product 「50吨标准煤以上的，」 where the figure closes a 「…的」 condition)
            cmp_m, comparator = figure_comparator(clause, ms, me, window, suffix, upper, line,
                                                  end if condition else None)
            if before.endswith("每") and comparator:
                comparator = "<="                   # (at least once every 3 hours: the interval at most 3)
            verb_m = None
            for vm in VERB.finditer(window):
                verb_m = vm
            if verb_m is None and thr_from is not None and (
                    vms := list(VERB.finditer(clause, thr_from, ms))):
                # 「建成500亩以上郊野林地3个」: the verb stands before the threshold that sizes the things counted
                window, verb_m = clause[vms[-1].start():ms], VERB.match(clause[vms[-1].start():ms])
            continued = prev_end >= 0 and _LIST_JOIN_END.search(clause[prev_end: ms]) is not None
            if not line and vunit in ("米", "延米", "km") and (
                    comparator in ("<=", "<") or not _LENGTH_WORK.search(window)
                    or clause[me:me + 1] == "的") and not (METRE_OVER_WHICH.search(window)
                                                                    if clause[me:me + 1] == "的"
                                                                    else METRE_CEILING.search(window)):
                continue                            # 「长度超过2米」「高度在6米以内」: a size or a limit
                # (round 30: 「原则上不超过8米」 a ceiling, 「宽度超过8米的道路」 which roads: targets)
            if verb_m is not None and _QUOTE.search(window[verb_m.end():]) and not (
                    _NAMED_LIST_BEFORE.search(clause, max(0, ms - 1), ms) and not clause[me:].strip()):
                verb_m = None                       # (「确定“…基地”20个」: the count of the named things closes
                #                                     the clause the verb opens, round 37 — the verb's own figure)
            # 「召开1次协调会议」「举行2场招聘会」: the events an item holds, counted right after the verb that holds
            # them — its own number of work, in figures as in words (Round 52 rulings: 「五个一」, 1 次 included)
            held = unit in ("次", "场", "期") and HELD_RIGHT_BEFORE.search(clause[:ms].rstrip()) is not None \
                and not _HELD_DONE.search(clause.replace("每", " "), 0, ms)
            growth = _GROWTH_END.search(window) is not None
            # 「共需经费约400万元」「安排专项资金500万元」: the money a plan puts in
            funds = unit == "元" and FUNDS.search(clause[: ms]) is not None
            about = suffix == "左右"         # 「选择10个左右城市」: an approximate count is a figure the plan sets
            done = all_done(clause, ms, me, vunit)        # 「…524项攻坚事项全面完成」
            listed = listed_count(sentence, clause, clause_end, ms, me, vunit)     # 「3个…项目分别是：A、B和C」
            changed = changed_to(clause, ms)             # 「水价从…3.45元调整为4.05元」: the new rate
            terms = rate_terms(clause, ms, me, vunit)   # 「按…基准价格的3倍加收水费」: the scheme's own rate
            # 「按上年度任务3倍的比例，选好预征对象」: the multiple of the objects a body selects (Round 60 rulings)
            picks = vunit == "倍" and _PICKED_BY.match(sentence, clause_at + me) is not None
            if vunit == "倍" and not picks and re.match(r"的?比例", clause[me:]):
                continue                    # 「按上年度3倍的比例，配套资金」: a ratio's multiple (the clause cut at ，)
            if sanction_scale(clause, ms, vunit):
                continue                    # 「对违规车辆每次按…5倍计入…」: a sanction's scale, round 32
            if not (comparator or verb_m or continued or relaxed or growth or funds or about or done or listed or quota
                    or changed or terms or held or picks
                    or unit in ("%", "‰")
                    and re.search(r"(率|比例|占比|比重)", clause[: ms])):
                continue
            if relaxed and not (comparator or verb_m or continued or growth or suffix or listed) and (re.match(
                    r"[^，,；;。]{0,20}?是", clause[me:]) or _SUPPLIES.search(clause, max(prev_end, 0), ms)):
                continue                    # 「2万公顷的耕地…是我们最大的资源」: what a place has, said of it
                #                             「订购宣传挂图15幅」: supplies handed out or collected, means (round 44)
            if unit == "项" and not (comparator or verb_m) and OWN_COUNT.search(clause[: ms]):
                continue                    # 「军民深度融合方面6项」: how many measures the document lists
            if unit == "分钟" and not (comparator or upper or suffix or after[:1] == "内"
                                       or after in ("到场", "到达", "抵达") and clause[ms - 1:ms] != "“"
                                       or re.search(r"(?:压缩|缩短|缩减|减少|降低|减|降)(?:至|到|为)\s*$",
                                                    clause[max(prev_end, 0):ms])):
                continue                    # 「打造15分钟社区生活圈」「30分钟响应机制」: a name; 「30分钟内」
                #                             「缩短至12分钟」「5分钟到场」 a limit (not a slogan, 力争“3分钟到场”)
            if unit in ("个月", "小时", "年一遇") and not (comparator or upper or suffix or relaxed or verb_m):
                continue
            if unit == "年" and (not (upper or suffix in SUFFIX or cmp_m is not None or line)
                                                or re.match(r"[底末度内前后起来初中]", after)):
                continue                    # 1年以上 / 16—24岁 are figures; 2025年, 5年内 are not
            if continued and out and comparator is None:
                comparator = out[-1].comparator
            if comparator is None and _MORE_THAN.match(m.group(0)):
                comparator = ">="
            value, unit_name = _value(upper and num or num, mult, unit)
            between = window[verb_m.end():].strip("的 ") if verb_m is not None else ""
            if continued:
                subject = subject_after(clause, me)
                if not subject and out:
                    subject = out[-1].subject
            elif cmp_m is not None:
                before_cmp = clause[max(prev_end, 0): gap_start + cmp_m.start()]
                after = subject_after(clause, me)
                verb_near = (verb_m is not None and verb_m.start() > cmp_m.start()) or _ends_with_verb(before_cmp)
                subject = after if after and len(after) >= 2 and verb_near else subject_before(before_cmp)
                if not subject:
                    subject = after
            elif growth:
                # 「规模以上工业增加值增长7%左右」: what grows is the whole clause before 增长
                subject = re.sub(r"(增长|下降|提高|降低|增加|减少|提升)\s*$", "", clause[max(prev_end, 0): ms])
                subject = subject_before(subject) or subject
            elif len(between) >= 3:
                subject = between
            else:
                subject = subject_after(clause, me)
                if not subject and not continued:
                    subject = subject_before(clause[max(prev_end, 0): ms])
            if listed:
                subject = _LISTED_VERB.sub("", subject)
            subject = split_area(sentence, clause, clause_at, prev_end, ms) or subject   # 其中A市33所、B县40所
            rates = rate_list(subject) if unit_name in ("%", "‰") else []
            shared = _SHARED_UNIT.search(clause, max(prev_end, 0), ms)
            due = _step_deadline(clause, ms, years) or deadline
            for n in re.findall(r"\d+(?:\.\d+)?", shared.group(1)) if shared and not rates else []:
                # 「分别达到407、700万千瓦」: the figures before the last share its unit
                out.append(Target(text=clause, value=_value(n, mult, unit)[0], unit=unit_name,
                                  comparator=comparator, deadline=due, subject=subject[:40]))
            for one in rates or [subject]:       # "A率、B率达到100%": one target per rate
                out.append(Target(text=clause, value=value, unit=unit_name, comparator=comparator,
                                  deadline=due, subject=one[:40]))
            thr_from = gap_start if line and suffix in LINE_BANDS else None
            prev_end = me
    return out
