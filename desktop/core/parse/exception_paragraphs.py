"""A closing paragraph after an item's numbered items that gives work for the cases they leave out
(CONVENTIONS.md, round 36 early rulings → Tasks): 「（一）…的，由A负责；（二）…的，由B负责。⏎除上述情形外，确需…的，
由C负责。」 is one more task of the article, beside its items — not the last item's text; so is a paragraph taking
up what the list leaves out 「其它未列事故类别，由C指定牵头应对单位。」 (a contingency plan's lead lines by class).

Only a paragraph that opens by setting the items above aside 「除上述情形外」「除以上规定外」「除前款所列…外」 and
names a doer by rule 2 (``sentence_units.doer_units``) is read so; one that names none 「除上述情形外，不得擅自
设置…」 stays the last item's text. ``build_items`` makes each an unnumbered sibling of the numbered item the
paragraph follows."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .plan_divisions import ARTICLE, CHAPTER
from .sentence_units import doer_units

# 除上述情形外， / 除以上规定外， / 除前款所列情形之外， / 除上述三种情况以外，
_SET_ASIDE = re.compile(r"^除(?:上述|以上|前述|上款|前款|前[两二三四五六七八九十]项)"
                        r"[^，,。；;\n]{0,16}?(?:之|以)?外[，,]"
                        # (…or takes up the classes the list leaves out 「其它未列事故类别，由A指定牵头应对单位。」
                        # after a contingency plan's lead lines by class （1）…（10）, Round 70 on x291_04 2.2; p57c)
                        r"|^其[它他余](?:未(?:列明?|列入|列出|尽|涉及)|[^，,。；;\n]{0,6}?未(?:列明?|列入|列出))"
                        r"[^，,。；;\n]{0,16}?[，,]")


def set_aside_paragraph(line: str) -> bool:
    """A paragraph that sets the items above it aside and names a doer for the rest (see the module)."""
    return line.startswith(("除", "其")) and _SET_ASIDE.match(line) is not None and bool(doer_units(line)[1])


# a duty: a rule's modal or 负责 (not 应急／应用, 无须, 须知, 负责人)
_DUTY_WORDS = r"应当|(?<![相对反供效适响回呼])应(?!急|用)|必须|(?<![无毋])须(?!知)|负责(?!人)"
# a sentence of work: a duty, or a verb a body of the rules acts by (实施…监督检查)
_WORK = re.compile(_DUTY_WORDS + r"|实施|组织|牵头|会同")
# a paragraph whose subject is a person 「作业人员应当…」「现场监护人员应当确保…」: the job of the workers a party
# hires, no task (CONVENTIONS.md Round 85's x317_01 第十四条: persons are never units, round 36's 护林员职责)
# (a post named 「…师」 too 「责任规划师应…」, after a time clause 「竣工验收阶段，责任建筑师应…」)
_PERSONS_FIRST = re.compile(r"^(?:[^，,。；;：:]{2,16}?(?:阶段|期间|时|后)[，,])?[^，,。；;：:对向为]{0,12}?"
                            r"(?<![对向为])(?:人员|员工|职工|工人|[规划建筑评估设计监理]师)(?!事务所|协会|学会)")
# an option 「…可以在…提供」「…可…采取一事一议方式，报…同意后实施」 with no duty beside it, or what befalls a breaker
# 「…由相关部门按规定实施惩处，构成犯罪的，依法追究刑事责任」: no work of the article's own (round 49: 可 gives no work;
# Round 51's q47b: a consequence)
_OPTION = re.compile(r"可以|(?<![许认])可(?!能|行|靠|持续|视化)")
_DUTY = re.compile(_DUTY_WORDS)
_CONSEQUENCE = re.compile(r"惩处|处分|追究[^，,。；;]{0,12}?责任|处罚|罚款")


# (or a paragraph over a table it binds to 「严格控制…面积，其占地比例应当符合下表规定：」: the table its text)
_TABLE_LEAD = re.compile(r"(?:下表|如下表|见下表|附表)[^。；;：:]{0,6}[：:]$")


def after_items_paragraph(line: str, last_item: str, rest: list[str]) -> bool:
    """An unnumbered paragraph of an article after its last numbered item (the item's text closed by 「。」, no more
    numbered line before the next article, ``rest``) that gives work of its own 「…（五）督促承租人…。⏎承租厂房、
    仓库的，应当告知出租人…」: the article's own task beside its items, not the last item's text (CONVENTIONS.md
    Round 77's x299_02: a paragraph after an article's items is its own task when it gives the rules' bodies or
    parties work, round 54's s48b) — not a workers' job 「作业人员应当…」 (Round 85's x317_01 第十四条), an option
    or a consequence (``_OPTION``, ``_CONSEQUENCE``), nor a sentence with no work in it (a note or a definition)."""
    if not line or not last_item.rstrip().endswith("。") or line_marker(line) is not None \
            or not (line.endswith(("。", "；", ";")) or _TABLE_LEAD.search(line)) \
            or _PERSONS_FIRST.match(line) or not _WORK.search(line) \
            or _OPTION.search(line) and not _DUTY.search(re.split(r"的[，,]", line)[-1]) or _CONSEQUENCE.search(line):
        return False
    for later in rest:
        later = later.strip()
        if ARTICLE.match(later) or CHAPTER.match(later):
            return True
        if later and line_marker(later) is not None:
            return False
    return True
