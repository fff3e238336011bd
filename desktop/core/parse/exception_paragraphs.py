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
