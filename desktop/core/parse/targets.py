"""Quantitative targets: ``不少于580张``, ``达到90%以上``, ``≥60%``, ``2.8万张``, ``新建20个…、100个…``.

A number becomes a target only when it carries a countable unit or ``%`` and sits in
a target-ish context: a comparator word right before it (不少于 / 不低于 / 至少 / 达到 /
≥ …, within a short subject), a suffix (以上 / 以下 / 以内), a target verb shortly
before it (新建 / 完成 / 培训 / 新增 …), or a list continuing such a target
(``20个…、100个…``, ``4%和3%``). Years, dates, document numbers, ordinals (第十四届,
3号), ages (60周岁) and durations (10天) are never targets.

Comparators: ``>=`` for 不少于/不低于/至少/以上/达到/≥ …, ``<=`` for 不超过/以下/以内/≤ …,
``>``/``<`` for 超过/高于 and 低于/少于; a bare count (``完成2000户``) has ``None``.
In plan-target sections (总体目标 …) any countable number is taken (``改造2600户``).
The figures of one sentence are read by ``figure_targets.sentence_targets``; counts in Chinese numerals, shares in
words, counts of days, rates per head and times set as aims by ``worded_targets``; ``read_target`` and
``find_targets`` here gather all of them and give each its deadline.
"""

from __future__ import annotations

import re

from desktop.core.model import Target

from .case_figures import case_lines
from .dates import find_deadlines, iso_day
from .figure_targets import _step_deadline, sentence_targets
from .level_triggers import level_triggers
from .normalise import split_top_level
from .participant_fields import participants_field
from .prefilter import Prefiltered, led, quick_sub
from .quarter_steps import clause_quarter
from .ratio_targets import index_bars
from .script import Restorer, fold
from .target_filters import (
    clock_time,
    is_reporting_duty,
    past_clause,
    past_until,
    placed_on,
    stock_taken,
    team_size,
)
from .worded_measures import cn_measures
from .worded_targets import (
    _cn_counts,
    _cn_spans,
    _day_counts,
    _day_limits,
    _drought_days,
    _percent_words,
    _rates_and_times,
    _written_back,
)

__all__ = ["find_targets", "read_target", "sentence_targets"]


def read_target(phrase: str, default_year: int | None = None) -> Target | None:
    """The one target reader: one phrase a person typed or the plan wrote → a Target, or None
    when it holds no countable figure.

    ``达到90%`` / ``不少于580张`` / ``90%以上`` → ``>=``; ``不超过5%`` / ``控制在3%以内`` → ``<=``;
    ``新建2.8万张床位`` → 28000, unit ``张``, subject ``床位`` (a bare count has no comparator);
    ``3-5个`` → 3, ``>=``. The phrase itself is kept as the target's text, so the plan's own
    writing of the number (2.8万张, 1万名) stays visible. Used by the parser for every sentence
    and by the review dialog for what a person types.
    """
    phrase = (phrase or "").strip()
    folded = fold(phrase)
    if folded != phrase:                 # 新建2.8萬張床位: read in simplified characters, kept as written
        target = read_target(folded, default_year)
        if target is not None:
            back = Restorer([(phrase, folded)])
            target.text, target.subject = back(target.text), back(target.subject)
        return target
    if not phrase or not re.search(r"\d|[一二两三四五六七八九十百]", phrase):
        return None
    dls = find_deadlines(phrase, default_year)
    deadline = max(d.date for d in dls) if dls else None
    read, _back = _percent_words(phrase)
    found = sentence_targets(read, deadline, relaxed=True) or _day_counts(read, deadline) \
        or _cn_counts(read, deadline) or _rates_and_times(read, deadline) or _cn_spans(read, deadline) \
        or _day_limits(read, deadline)
    if not found:
        return None
    target = found[0]
    target.text = phrase
    return target


_ANY_NUMERAL = re.compile(r"\d|[一二两三四五六七八九十]")


# 「90分(含90分)以上」「86分（包含86分）至100分」: the bracket repeats the figure to say the bar is included; the
# figure and its bar are one
_INCLUSIVE = Prefiltered(re.compile(r"(\d+(?:\.\d+)?)([^\d（()）]{0,6})[（(]\s*(?:包括|包)?含\s*\1"
                                    r"[^\d（()）]{0,6}[)）]"))


# (今年全县计划完成植树造林2万亩 / 今年，力争…: this year's work too, due at its end)
_WHOLE_YEAR = led(re.compile(r"\s*(?:(?:今年|本年度?)?(?:全年|年内)(?!每)"
                         r"|(?:今年|本年度?)[，,]?(?=[^。；;，,]{0,16}?(?:计划|力争|确保|要|将)))"))


def _own_deadline(clause: str, sentence: str, default_year: int | None) -> str | None:
    """「6月底前开工率达到60%，9月底前全部开工，12月底前完工率达到80%以上」: in a sentence of several steps each
    target is due when its own clause says, else when its own ；-part says (到2025年，…80%；到2027年，…90%)."""
    for words in (clause, next((p for p in re.split(r"[；;]", sentence) if clause in p), "")):
        dls = find_deadlines(words, default_year) if words else []
        if dls:
            return max(d.date for d in dls)
        if words == clause and default_year is not None and (quarter := clause_quarter(clause, sentence)):
            return iso_day(default_year, 3 * quarter)   # (一季度…，二季度开展研讨3次，…: the clause's own quarter)
        if words == clause and default_year is not None and _WHOLE_YEAR.match(clause):
            return f"{default_year}-12-31"   # (3月底前…，9月30日前…，全年提供助餐服务5万人次: the year's figure)
    return None


# (「每年组织1次考核」「每3年开展1次评估」: the events a rhythm holds are the item's own number of work, 1 次 included,
# with no comparison word — Round 59 rulings, governs (rounds 52, 58 over round 35's floor); no rhythm filter here)


# a page's marks that are no words of the plan: a site's hidden-text marker 「……此处隐藏5001个字……」 (its count is no
# figure), and a unit of area or volume broken over a line 「建筑面积300平方⏎米以下」 (one unit, mended)
_HIDDEN_TEXT = re.compile(r"[…\.。]*\s*此处(?:隐藏|省略)\s*\d+\s*个?字\s*[…\.。]*")
_UNIT_BROKEN = re.compile(r"(\d\s*(?:平方|立方))\s*\n\s*(?=米|千米|公里)")
# a page wrapped right after a count, inside the noun it sizes 「管理好本村的 20 人⏎应急队伍,发生火灾时…」
# (x260_08): the line goes on with the noun (no mark closes it), so the count stands inside a noun naming a
# kind — mended as one line
# a page wrapped right after a figure, its measure opening the next line 「排水系统基本达到3～5⏎年一遇排水能力」
# (x293_02, a reply laid out as a PDF page): the figure and its measure are one (not a measure word that begins a
# noun 「项目」「个人」「处理」「家庭」, nor 元 of 元宵／元旦／元月) — only a figure that ends a line of text (words
# right before it): not a digit alone on its line 「序号⏎活动名称⏎1⏎元宵节猜灯谜」 (a one-cell-a-line table's row
# number) nor a phone number (rv58-7)
_FIGURE_WRAPPED = re.compile(r"(?<=[\u4e00-\u9fff～~\-－—])([ \t]?\d{1,6}(?:\.\d+)?)[ \t]*\n[ \t]*"
                             r"(?=年一遇|万?平方米|[万亿]?元(?![宵旦月])|个(?![人体别])|处(?![理置罚])"
                             r"|家(?!庭)|项(?!目)|%|％)")
_COUNT_WRAPPED = re.compile(r"(?<=[^\d.]\d\d\s[人名])\s*\n(?=[\u4e00-\u9fff]{2,8}[,，])|"
                            r"(?<=[^\d.]\d\d[人名])\s*\n(?=[\u4e00-\u9fff]{2,8}[,，])")


# 「年度投资金额（万元）：300」: a project row's money cell under a column headed with the plan's own amount for it and
# its unit (a task table flattened into labelled lines) — the row's own number of work, 300 万元 (Round 84 rulings,
# decided); not a column of what was spent 「已完成投资」「累计投资」「实际投资」 (round 33)
_MONEY_CELL = re.compile(r"((?:年度|计划|本年度?|当年)投资(?:金额|额)?|(?<![成计际有年])投资(?:金额|额))\s*"
                         r"[（(]\s*([万亿]?元)\s*[)）]\s*[:：]\s*(\d+(?:\.\d+)?)(?![\d.])")


def find_targets(text: str, default_year: int | None, relaxed: bool = False,
                 fallback_deadline: str | None = None, first_year: int | None = None) -> list[Target]:
    """Targets in ``text``; each takes the latest deadline named in its own sentence. In a plan of several years
    (``first_year`` before ``default_year``, its last) a year of the plan is none of the past, and a figure after
    one is due at that year's end (2025年新建3所，2026年再新建2所)."""
    out: list[Target] = []
    years = (first_year, default_year) if first_year is not None and default_year is not None \
        and first_year < default_year <= first_year + 10 else None
    past_before = years[0] if years else default_year      # (the year the past ends)
    if "人\n" in text or "名\n" in text:
        text = _COUNT_WRAPPED.sub("", text)
    if "此处" in text or "方\n" in text:
        text = _UNIT_BROKEN.sub(r"\1", _HIDDEN_TEXT.sub("", text))
    if "\n" in text:
        text = _FIGURE_WRAPPED.sub(r"\1", text)
    if "投资" in text:
        text = _MONEY_CELL.sub(r"\1\3\2", text)
    cases = case_lines(text)
    for sentence in split_top_level(text, "。！？!?\n"):
        # (the numerals tested first: a sentence without a digit is what _INCLUSIVE, whose matches keep their digits,
        # leaves as it is)
        sentence = sentence.strip()
        if not sentence or not _ANY_NUMERAL.search(sentence) and "百分之百" not in sentence:
            continue
        if cases and any(sentence in case for case in cases):
            continue                        # 「…有下列情形之一的，…：⏎（四）…累计6个月以上未…」: a case's threshold
        sentence = quick_sub(_INCLUSIVE, r"\1\2", sentence)
        if stock_taken(sentence, past_before) or participants_field(sentence):
            continue
        dls = find_deadlines(sentence, default_year)
        deadline = max(d.date for d in dls) if dls else fallback_deadline
        if not dls and default_year is not None and _WHOLE_YEAR.match(sentence):
            deadline = f"{default_year}-12-31"     # 「全年计划改造老旧小区45个」: the plan's year, to its end
        sentence, back = _percent_words(sentence)
        stepped = len({d.date for d in dls}) > 1
        # 「全年完成加装电梯40台，其中6月底前完成开工20台」: the year's figure is due at its end, the step's by its date
        whole = bool(dls) and default_year is not None and _WHOLE_YEAR.match(sentence) is not None
        past = past_until(sentence)
        for t in [*sentence_targets(sentence, deadline, relaxed, years), *_day_counts(sentence, deadline),
                  *_drought_days(sentence, deadline), *_cn_counts(sentence, deadline),
                  *_rates_and_times(sentence, deadline),
                  *_cn_spans(sentence, deadline), *_day_limits(sentence, deadline), *cn_measures(sentence, deadline),
                  *index_bars(sentence, deadline), *level_triggers(sentence, deadline)]:
            if is_reporting_duty(t) or past_clause(t.text, sentence, past_before) \
                    or past and 0 <= sentence.find(t.text) < past or clock_time(t, sentence) \
                    or team_size(t, sentence) or placed_on(t, sentence):
                continue
            if stepped and t.text != sentence and not (years and _step_deadline(t.text, len(t.text), years)):
                t.deadline = _own_deadline(t.text, sentence, default_year) or t.deadline
            elif whole and t.text != sentence and not find_deadlines(
                    sentence[:max(sentence.find(t.text), 0) + len(t.text)], default_year):
                t.deadline = f"{default_year}-12-31"     # (not 「…，6月底前，城镇新增就业达到600人」: the step's)
            t.text = _written_back(t.text, sentence, back)
            out.append(t)
    return out
