"""General provisions of rules written as headed points (CONVENTIONS.md Round 78 rulings (a) and (c); p59a's
readers, owed from round 59): the rules' purpose 「1.为了进一步加强…，特制定本办法。」, a definition
「2.本办法所称的X是指…」, and their closing points 「五、其他 （一）本办法自发布之日起实施，未尽之处由…负责解释。
（二）本办法如与国家…有抵触的，以…为准。」 — entry into force, interpretation, conflict rule, repeal — numbered as the
rules number their work. They are general provisions in headed points as in articles (round 30; Round 79's
repeals): no tasks. So is a point beside them that only says which other rules a case follows
「（一）各村、园区参照执行，村属企业按照…相关规定执行即可。」「3.如遇国家…调整相关政策法规，按…的政策法规执行。」
(round 34's 参照 provision), and a definition under 「（一）名词解释」. An article's are ``rule_chapters``'s; these
read items of rules not written as articles, only where a sentence names the rules themselves (本办法 / 本意见 /
本细则 …: not 本方案 / 本通知, a work plan's 附则 staying as the sets read it), never a point that also gives work
(round 39; x287_01 8 附则: a modal, 由 or 负责 in it).
Called by ``tasks`` once the tasks are chosen."""

from __future__ import annotations

import re

from .closing_clauses import CLOSING_TITLE, closing_sentence
from .headings import Item
from .public_articles import RULE_MODAL
from .rule_chapters import GENERAL_TEXT

# the rules' own name 「本意见自发布之日起实施」「本办法由A负责解释」「特制定本办法」「本办法所称…」
_RULE_SELF = re.compile(r"本(?:实施|指导)?(?:意见|办法|细则|规定|规则|条例)")
# a line the page broke inside a sentence (no sentence end before the break)
_MID_BREAK = re.compile(r"(?<=[^。；;！？\n])\n+(?=[^\n])")
# a definition 「本办法所称的小额建设工程是指…」
_DEFINES = re.compile(r"^本[\u4e00-\u9fff]{1,8}?(?:所称|所指)的?[^。；;]{1,40}?(?:是指|系指|为|包括)")
# a clause that only says which rules a case follows 「…参照执行(…除外)」「按照…相关规定执行即可」「按…的政策法规执行」
_DEFERS = re.compile(r"^[^。；;，,]{0,40}?(?:参照|按照?|依照)[^。；;，,]{0,40}?(?:执行|办理)(?:即可)?"
                     r"(?:[（(][^（()）]{1,40}[）)])?$")
# … the case it names 「如遇…出台或调整相关政策法规」「以上如与上级规定不一致的」 (no modal, no doer), and which rules
# prevail 「以上级文件为准」
_CASE = re.compile(r"^(?:以上)?(?:如遇|如|若|遇)[^。；;，,]{2,60}$|^以[^。；;，,]{2,30}?为准$")
# the rules' own basis and revision 「本办法按照国家法律法规的政策制定，并根据…的变化而作出相应调整」
_SELF_BASIS = re.compile("^" + _RULE_SELF.pattern + r"(?:按照|依据|根据)[^。；;]{2,60}?制定")
# a section of the rules' general provisions 「一、总则」「八、其他」「十、附则」「一、适用范围」: each of its
# points read alone; under any other heading 「六、加强管理」 only where every point of it is one (a section of
# work keeps them)
_GENERAL_SECTION = re.compile(r"^(?:总则|附则|其他|其它|其他事项|其他规定|补充规定|适用范围|名词解释)$")


def _sentences(item: Item) -> list[str]:
    text = item.under_heading()         # (a heading line 「五、其他」 over the text is no sentence)
    return [s.strip() for s in re.split(r"[。！？\n]", _MID_BREAK.sub("", text)) if s.strip()]


def _general_sentence(s: str) -> bool:
    return closing_sentence(s, False) or _SELF_BASIS.match(s) is not None \
        or (GENERAL_TEXT.match(s) is not None or _DEFINES.match(s) is not None) and RULE_MODAL.search(s) is None


def rule_general_point(item: Item) -> bool:
    """A leaf item, not an article, whose every sentence is a closing clause (``closing_clauses.closing_sentence``), the
    rules' purpose or a definition, one of them naming the rules themselves (``_RULE_SELF``)."""
    if item.children or item.article or item.article_line:
        return False
    sentences = _sentences(item)
    if sentences == [item.title.strip()] and CLOSING_TITLE.match(item.title.strip()):
        return True         # (「（三）施行日期」 whose text the page moved: the heading of a closing point alone)
    return bool(sentences) and any(_RULE_SELF.search(s) for s in sentences) \
        and all(_general_sentence(s) for s in sentences)


def _defers_only(item: Item) -> bool:
    """A leaf item whose every sentence only says which rules a case follows (``_DEFERS``, ``_CASE``)."""
    if item.children:
        return False
    sentences = _sentences(item)
    return bool(sentences) and all(
        all((_DEFERS.match(c) or _CASE.match(c)) and not RULE_MODAL.search(c) and "由" not in c
            for c in re.split(r"[，,]", s) if c.strip()) and any(_DEFERS.match(c) for c in re.split(r"[，,]", s))
        for s in sentences)


# a heading over the rules' definitions 「（一）名词解释」「术语」 (round 30: definitions are general provisions)
_DEFINED = re.compile(r"^[^。；;]{1,40}?(?:是指|系指|指|为)")
_TERMS_HEAD = re.compile(r"^[（(]?(?:名词解释|术语(?:定义|解释)?|用语含义|释义|(?:相关|有关)?定义)[）)]?$")


def _term_line(item: Item) -> bool:
    """A leaf under a heading of definitions (``_TERMS_HEAD``) that defines a term 「X，系指…」「X为…」 and gives
    no work (no 负责 or 由: a modal inside the kind it describes 「…以及街镇认为应当纳入的固定污染源」 is the
    kind's)."""
    parent = item.parent
    if item.children or parent is None or _TERMS_HEAD.match(parent.title.strip()) is None:
        return False
    # (the rules' own defining formula 「（一）X。本办法所称“X”系指由A…的方式。」: an agent inside what the term
    # names describes it, the line still a definition)
    first = next((s for s in _sentences(item) if s != item.title.strip()), "")     # (past a run-in heading)
    if _DEFINES.match(first) and "负责" not in item.body and not RULE_MODAL.search(item.body):
        return True
    return _DEFINED.match(item.body.strip()) is not None and re.search(r"负责|由(?!于)", item.body) is None


def drop_rule_general_points(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the rules' general points — ``rule_general_point``, a definition under a heading of
    definitions (``_term_line``), a point that only defers to other rules (``_defers_only``) — each read alone in a
    section of general provisions (``_GENERAL_SECTION``) or at the top level, and elsewhere only where every leaf under
    the same parent is one (a section that also holds work keeps its points, as the sets that count them read it);
    one at least naming the rules or defining their terms. All of them where nothing else is left."""
    general = {i.pos for i in chosen if rule_general_point(i) or _term_line(i)}
    out = []
    for item in chosen:
        parent = item.parent
        siblings = parent.children if parent is not None else [item]
        alone = parent is None or _GENERAL_SECTION.match(parent.title.strip()) is not None
        leaves = [item] if alone else [c for c in siblings if not c.children]
        if (item.pos in general or _defers_only(item)) \
                and all(c.pos in general or _defers_only(c) for c in leaves) \
                and (item.pos in general or any(c.pos in general for c in siblings)):
            continue
        out.append(item)
    return out or chosen
