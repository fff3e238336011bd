"""What makes a figure of a sentence an aim, as ``figure_targets.sentence_targets`` reads it, and when it is due.

Reads the words around one figure of a clause (its start ``ms`` and end ``me``): the comparison it is held to
(``figure_comparator``: the last comparison word before it 「不低于」, 突破 right before it, a range's upper end,
a floor or a ceiling named 底线／红线, its band 「以上」「以内」, the line's own word 「最高」「不得超」, the band
that closes a 「…的」 condition, never 「左右」), and the readings that make a figure with no comparison word nor
verb of work an aim: a quota to fill 「编制核定为63人，2026年底前配齐」 (``quota_to_fill``), counted things the
clause has wholly done 「524项攻坚事项全面完成」 (``all_done``), the count of what the item lists after a colon
「3个…项目分别是：」 (``listed_count``), the figure a change goes to 「由60%提高到80%」 (``changed_to``) — the one
it starts from is what there was (``changed_from``) —, a scheme's rate by a named base 「按…基准价格的3倍加收」
(``rate_terms``); and the year of a plan of several years that a figure is
due by 「2026年再新建2所」 (``_step_deadline``). CONVENTIONS.md "Targets" (round 25, round 30): a figure joined
to a comparison word is a target, both edges of a band read alike.

Moved out of ``figure_targets`` (round 45, at its 700-line limit) with no change in the targets it reads: the
comparison and the aims were read inline in ``sentence_targets``, each now one call; ``figure_targets`` imports
``_ALL_DONE_AFTER`` and ``_LISTED_VERB`` back (and ``_step_deadline``, which ``targets`` imports from there).
"""

from __future__ import annotations

import re

from .figures import CMP, CMP_BEFORE, SUFFIX
from .target_filters import MEASURE
from .threshold_line import line_comparator

# 「编制核定为63人，2026年底前配齐」: the quota is filled by a deadline
_FILL_AFTER = re.compile(r"[^。；;]{0,24}?(?:配齐|配足|到岗|到位|补齐|招录)")
_QUOTA_BEFORE = re.compile(r"核定(?:额度|编制|数量?)?为\s*$")
# a floor the plan holds, named so at the clause's end: 「确保…202万亩耕地、150万亩永久基本农田保护底线」
# / 「守住…红线」
_FLOOR_LINE = re.compile(r"[^，,。；;]{0,40}?(?:保护)?(?:底线|红线)\s*$")
_HOLD_LINE = re.compile(r"(?:确保|守住|坚守|严守|守牢)")
_STOCK_LINE = re.compile(r"耕地|基本农田|林地|草地|草原|湿地|森林|生态保护|保有量|水域|岸线|覆盖率")
_CAP_LINE = re.compile(r"总量|浓度|排放|能耗|用水|用能|控制")


# what a count opening its clause names, then the list after a colon (个重点项目为 / 所学校分别是 / 项工程包括)
_LISTED_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,16}?(?:分别|主要|具体)?(?:是|为|包括)$")
_LISTED_VERB = re.compile(r"(?:分别|主要|具体)?(?:是|为|包括)$")
_NO_WORK_LISTED = re.compile(r"(?:方面|特点|问题|原则|组|环节|步骤|阶段|方向)$")
_ITEM_MARK = re.compile(r"^\s*(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、])?\s*")
_ALL_DONE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[、和及][^，,。；;]{1,20}?)?"
                             r"(?:全面|全部|如期|按期|按时)(?:完成|建成|竣工|开工|投产|投用|落地)")


# 突破 right before the figure (「企业数量突破1200家」; not 「取得突破，新增…」)
_CHANGED_TO = re.compile(r"\d[^，,；;。\d]{0,4}?(?:调整|提高|提升|增加|扩大|缩短|压缩|降低|下降|减少|精简|上调|下调)"
                         r"\s*(?:到|至|为)\s*(?:每[\u4e00-\u9fff]{1,4})?\s*$")
_PAST_FIGURE = re.compile(r"(?:突破|冲破)\s*$")


# 「将监督检验周期从15个自然日缩短至5个工作日」「覆盖率由60%提高到80%」: the figure a change starts from is what there
# was; the figure it goes to is the aim (also 「由2024年的85%提高到95%」「从每户2000元提高至3000元」「由6个精简为3个」)
_FROM_BEFORE = re.compile(r"(?:从|由)[^，,、；;。从由\s]{0,8}?\s*$")
_TO_AFTER = re.compile(r"[^，,；;。\d从由]{0,8}?"
                       r"(?:提高|提升|增加|增长|扩大|扩展|拓展|缩短|压缩|压减|压降|精简|减少|降低|下降|缩减|调整|减|降|增|升)"
                       r"\s*(?:到|至|为)\s*[^，,；;。\d]{0,4}?\d")


# a year the plan names for one step of a plan of several years (2025年新建3所，2026年再新建2所 / 公办园占比2024年达到
# 50%): not a date in it (2025年6月 / 年底前 / 上半年), nor a year compared with (较2024年 / 2024年的基础上 / 同期)
_STEP_YEAR = re.compile(r"((?:19|20)\d{2})\s*年"
                        r"(?!\s*(?:\d|底|末|前|内|起|初|以|之|同期|的?基|水平|上半|下半|—|-|至|到))")
_NOT_STEP_BEFORE = re.compile(r"(?:较|与|同|自|从|截至|截止|(?<!占)比)\s*$")


def _step_deadline(clause: str, at: int, years: tuple[int, int] | None) -> str | None:
    """The end of the plan's year named last before the figure at ``at`` in its clause, in a plan of ``years``."""
    if years is None or "年" not in clause[:at]:
        return None
    step = None
    for y in _STEP_YEAR.finditer(clause, 0, at):
        if not _NOT_STEP_BEFORE.search(clause, max(0, y.start() - 3), y.start()):
            step = int(y.group(1))
    return f"{step}-12-31" if step is not None and years[0] <= step <= years[1] else None


def figure_comparator(clause: str, ms: int, me: int, window: str, suffix: str | None, upper: str | None, line: bool,
                      band_end: re.Match[str] | None) -> tuple[re.Match[str] | None, str | None]:
    """The last comparison word in ``window`` (the words between the figure and the one before it, or the verb)
    and the comparator the figure at ``ms``–``me`` of ``clause`` is held to; ``band_end`` the 「…的」 condition it
    closes (``CONDITION_END``), if any."""
    cmp_m = None
    for cm in CMP_BEFORE.finditer(window):
        cmp_m = cm
    comparator = CMP.get(cmp_m.group(1)) if cmp_m else None
    if comparator is None and _PAST_FIGURE.search(window):
        comparator = ">"                    # 「高新技术企业突破1200家」: past the figure
    if comparator is None and upper:
        comparator = ">="
    floor_line = _FLOOR_LINE.match(clause, me) if comparator is None else None
    if floor_line and _HOLD_LINE.search(clause, 0, ms):
        # 「确保至2035年全市202万亩耕地、150万亩永久基本农田保护底线」: a stock held, a floor; 「守住PM2.5年均
        # 浓度35微克/立方米的底线」「能源消费总量120万吨标准煤的控制红线」: a ceiling named a 底线/红线
        around = clause[max(0, ms - 16):floor_line.end()]
        comparator = ">=" if _STOCK_LINE.search(around) else "<=" if _CAP_LINE.search(around) else None
    if suffix in SUFFIX:
        # (稳定在92%以上 / 保持在95%以上: held at or above the bar)
        comparator = SUFFIX[suffix] if comparator in (None, ">=", "<=", "=") else comparator
    if line and (ceiling := line_comparator(clause, ms, me)) and comparator in (None, ">"):
        comparator = ceiling                # 「不得超3%」「未超50%的」 at most; 「最高50万元」「最低20%」
    if comparator is None and clause[max(0, ms - 1):ms] == "超":
        comparator = ">"                    # 「变化率超5%」: past the figure
    if comparator is None and band_end and band_end.group("band"):
        comparator = SUFFIX[band_end.group("band")]     # 「50吨标准煤以上的，」: the band after the product
    if suffix == "左右" and comparator != "=":
        comparator = None                   # 达到10%左右 / 3-5个左右: about, no bar (稳定在15%左右 is held)
    return cmp_m, comparator


def quota_to_fill(sentence: str, clause: str, clause_at: int, ms: int, me: int) -> bool:
    """「将网格员核定为500名，年底前全部到岗」「编制核定为63人，2026年底前配齐」: a quota to fill, its aim."""
    return (q := _QUOTA_BEFORE.search(clause, max(0, ms - 12), ms)) is not None and (
        re.search(r"将[^，,。；;]{0,12}$", clause[:q.start()]) is not None
        or _FILL_AFTER.search(sentence, max(clause_at, 0) + me) is not None)


def all_done(clause: str, ms: int, me: int, vunit: str) -> bool:
    """「推进162个攻坚工程、524项攻坚事项全面完成」: counted things that the clause has wholly done."""
    return (vunit not in MEASURE and _ALL_DONE_AFTER.match(clause, me) is not None
            and not re.search(r"(?:全[省市县区州镇乡村]|共有|共|现有)\s*$", clause[:ms]))


def listed_count(sentence: str, clause: str, clause_end: int, ms: int, me: int, vunit: str) -> bool:
    """「（1）3个计划新开工项目分别是：A、B和C」: the count of what the item lists, the item's own figure
    (not 「3个方面问题分别是：」「2个调研组分别是：」: the parts of what is said, no work to count)."""
    lists = _LISTED_AFTER.match(clause, me)
    return (ms <= 6 and not _ITEM_MARK.sub("", clause[:ms])
            and vunit not in MEASURE and lists is not None
            and not _NO_WORK_LISTED.search(_LISTED_VERB.sub("", lists.group()))
            and sentence[clause_end:].lstrip()[:1] in ("：", ":"))


def changed_to(clause: str, ms: int) -> bool:
    """「水价从现行的每立方米3.45元调整为4.05元」: the figure a change goes to, the new rate (round 33)."""
    return _CHANGED_TO.search(clause, max(0, ms - 12), ms) is not None and re.search(
        r"[从由][^，,；;。]*\d", clause[:ms]) is not None


def changed_from(clause: str, ms: int, me: int) -> bool:
    """「从15个自然日缩短至5个工作日」: the figure a change starts from, what there was (the new one the aim)."""
    return bool(_FROM_BEFORE.search(clause, max(0, ms - 10), ms) and _TO_AFTER.match(clause, me))


# 「按土地增值收益的50%缴纳调节金」「按照基准供水价格标准的3倍加收水费」「按所在村水价的1.2倍收取」: the rate a scheme
# charges or pays, a share or a multiple of a base it names, then the verb of the charge or payment — the scheme's
# own per-unit rate (CONVENTIONS.md Targets, round 25: 「每户补贴2000元」), with no comparison word (not
# 「按照教练车总数的20%进行配备」, a staffing norm: 配备 is no verb of money)
_TERMS_BASE = re.compile(r"按(?:照)?[^，,。；;\d]{2,24}?的\s*$")
# (「地下二层按照地下一层的50%确定」: a price set as a share of another's, 确定／计算 closing the clause — not
# 「…的30%确定名额」, a quota picked)
_TERMS_VERB = re.compile(r"\s*(?:的标准)?\s*(?:缴纳|收取|加收|征收|计收|计征|收缴|补助|补贴|给予|发放|支付|计提|返还"
                         r"|(?:确定|计算|核算)(?=\s*(?:[，,。；;]|$)))")


def rate_terms(clause: str, ms: int, me: int, vunit: str) -> bool:
    """The figure at ms–me is a share or a multiple of a named base that a scheme charges or pays by."""
    return vunit in ("%", "倍") and _TERMS_BASE.search(clause, max(0, ms - 30), ms) is not None \
        and _TERMS_VERB.match(clause, me) is not None


# the scale of a sanction on a breaker 「…对违规车辆每次按该车核定载重量5倍计入当月垃圾量」: what a breach costs, no
# target (round 32; Round 95 on x352_02 第十三条) — not a scheme's rate 「按…基准价格的3倍加收」 (``rate_terms``)
_SANCTIONED = re.compile(r"对(?:违规|违法|违章)[^，,。；;\d]{1,12}?(?:每次)?按[^，,。；;\d]{0,20}$")


def sanction_scale(clause: str, ms: int, vunit: str) -> bool:
    """The multiple at ``ms`` scales a sanction on a breaker (``_SANCTIONED``)."""
    return vunit == "倍" and _SANCTIONED.search(clause, max(0, ms - 40), ms) is not None
