"""The sentence reader's first step: a text cut into sentences and each sentence into the comma pieces
``sentence_units`` reads for doers (split out of ``sentence_units``, which had passed 700 lines)."""

from __future__ import annotations

import re

from .defined_names import drop_definitions
from .doer_forms import EXPLAINED, MEMBERS
from .doer_words import _DATE_OPEN, _GROUP_HEAD, _QUOTED
from .joined_pieces import join_pieces
from .name_prefixes import organised_through
from .principle_clauses import no_principle
from .prose_units import CLAUSE_MARKER
from .restated_forms import restate
from .sentence_names import read_names
from .subject_runs import ELIDED_OPEN

# a clause that names the objects or the cases the work answers 「对申请…支持的超低能耗建筑项目（…）」
# (Round 56 rulings, Units, confirmed: not rule 3's contingency — the verb after it is read as if the clause were
# absent); 「对确需…的」 stays rule 3's case
_OBJECTS_OPEN = re.compile(r"对(?!确需|确有)[^，,。；;：:]{1,60}?的[\u4e00-\u9fff]{1,12}(?:[（(][^（）()]{1,30}[）)])?")


# a clause that opens with a rule's modal (not 应急／要求／要点／要素)
_MODAL_OPENS = re.compile(r"(?:应当|应该|应(?!急|用)|要(?!求|点|素|害|闻)|须|必须|务必)")



# the place of the thing the bodies hold 「公共租赁住房所在地的」「项目所在区的」 before their names
_PLACE_OF = re.compile(r"^[\u4e00-\u9fff]{1,16}?所在(?:地区?|区|县|市|镇|乡|街道)?的(?=[\u4e00-\u9fff])")


def names_only(piece: str) -> bool:
    """``piece`` is the names of bodies and nothing else 「区各行业主管部门」, a place they hold before them
    included 「住房所在地的镇人民政府、街道办事处」 (the place says which body, no part of its name)."""
    piece = _PLACE_OF.sub("", piece)
    names, at = read_names(piece)
    return bool(names) and at == len(piece)


# a note on a figure naming who sets its exact value 「取得不低于90%（具体比例由区人民政府确定）的业主同意后」: a
# description inside the clause's object (round 30), no doer of the item's work
_FIGURE_NOTE = re.compile(r"(?<=[\d%％])[ \t\u3000]*[（(](?:具体)?[^（）()，,。；;]{0,8}?由[^（）()，,。；;]{2,20}?"
                          r"(?:确定|规定|核定|另行确定)[）)]")
_CHECKED_BY = re.compile(r"^经?(?:调查)?(?:查实|核实|查证属实|核查属实)后?(?=由)")


def sentences(text: str) -> list[list[str]]:
    """``text``'s sentences, each its comma pieces as the sentence reader reads them (a note on a figure, an
    explanation, members and quoted names out; a case run into its modal or its 由-clause parted at its 的; a time
    word, a request form or a rule before the agent dropped from a piece; a subject parted from its modal by a comma
    joined again; the objects a clause answers before an elided subject dropped)."""
    text = EXPLAINED.sub("", _FIGURE_NOTE.sub("", text))
    text = restate(MEMBERS.sub("", _QUOTED.sub("《》", drop_definitions(text))), read_names)
    # a line opening with 、 or ， goes on the sentence above it (a PDF copy's hard wrap 「区财政局⏎、区住建委配合」)
    text = re.sub(r"\n[ \t\u3000]*(?=[、，,])", "", text)
    # (a case run into its modal with no comma 「B组织评审的应出具…」: the case ends at its 的, as 「…的，应…」)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{4})的(?=(?:应当|应该|应(?![急用收付对])|须|必须)(?!由))", "的，", text)
    # (and a graded case run into its 由-clause 「情节较轻的由A…；情节严重的由B…」: the case ends at its 的, as
    # 「…的，由A…」)
    text = re.sub(r"((?:情节|情形)[\u4e00-\u9fff]{1,3}?)的(?=由[\u4e00-\u9fff])", r"\1的，", text)
    out = []
    # (综合检查与行业检查相结合.各区市县政府…: a run-in heading ends at an ASCII full stop too)
    for sentence in re.split(r"[。；;\n]|\.(?=[\u4e00-\u9fff])", text):
        if _GROUP_HEAD.match(CLAUSE_MARKER.sub("", sentence.strip())):
            continue
        pieces = [CLAUSE_MARKER.sub("", p.strip()) for p in re.split(r"[，,：]|(?<!\d):(?!\d)", sentence)]
        # (a time word glued to the subject 「…宣传日,届时乡将组织…」「后续区发改委将组织…」: no part of its name, as
        # 同时 — x289_07)
        # (「要求镇林业站组织…」: the request form, read as 请A, round 30 — Round 77 on x303_01 一)
        pieces = [_DATE_OPEN.sub("", re.sub(r"^(?:[一二三四五六七八九十]是|同时|并且|并|另外|此外|其中|请(?!求|示)|"
                                            r"要求(?=[镇乡街区县市村])|"
                                            r"(?:届时|到时|后续|随后|此后|今后)(?=[\u4e00-\u9fff])|"
                                            r"[还也](?=应|要|需|须|必须)|"
                                            # (「…的,按照“…”的要求由A负责…」: the rule 由A works by, no part of the
                                            # clause's form — read as 「…的,由A负责…」)
                                            r"(?:按照|依照|根据)[^，,由]{0,20}?(?:要求|规定)(?=由))", "", p))
                  for p in pieces]
        # (a check before the agent of 由 「对隐瞒…的，经查实后由A纳入…」: the step that establishes the case, read as
        # 「…的，由A…」)
        pieces = [q for p in pieces for q in organised_through(_CHECKED_BY.sub("", p))]   # (「…经A组织…后」: A's)
        # a bracket the clause opens or closes (（县人社局负责，各乡镇配合）) is no part of its names
        pieces = [p[1:-1] if re.fullmatch(r"[（(][^（()）]*[）)]", p) else p for p in pieces]
        pieces = [p.lstrip("（(") if not re.search(r"[）)]", p) else p for p in pieces]
        pieces = [p.rstrip("）)") if not re.search(r"[（(]", p) else p for p in pieces]
        pieces = join_pieces([p for p in pieces if p], read_names)    # (「A、B，以及C…」「A对X，实施…」)
        parted_by = sentence[len(re.split(r"[，,：]|(?<!\d):(?!\d)", sentence)[0]):][:1]
        if len(pieces) > 1 and parted_by in ("，", ",") and _MODAL_OPENS.match(pieces[1]) and names_only(pieces[0]):
            # (「鎮文物普查辦公室,要全面負責…」「直管公房相关区管企业，应切实落实…」: a comma between a subject and its
            # modal does not part them — Round 62 rulings, rounds 36, 41; not a topic 「对违法行为，应当…」 nor a time
            # or a place 「2024年，要…」, which are no names; a colon after the name is a label's, rule 1)
            pieces = [pieces[0] + pieces[1], *pieces[2:]]
        if len(pieces) > 1 and _OBJECTS_OPEN.fullmatch(pieces[0]) and ELIDED_OPEN.match(pieces[1]):
            # (「对…的项目，应…组织开展…」: the objects the work answers, read as if absent — the subject carried to
            # the modal after it; 「对…的犬只，由A…」 is read by the 由-clause as before)
            pieces = pieces[1:]
        out.append(no_principle(pieces))
    return out
