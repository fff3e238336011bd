"""The units an item's own text names (``find_declaration``): brackets, labelled lines, the last
sentence's clauses (由A牵头，B、C配合), opening roles and unit-led duties, and the standing rules
(「以下各项工作均需要各单位负责」). Split from ``units.py``, which keeps the unit names, labels and the
splitting of lists that this module reads with; ``unit_duties`` reads with them too, so neither is
imported back by ``units``."""

from __future__ import annotations

import re

from .body_names import _name_ok
from .bracket_remarks import is_remark, without_item_topic
from .class_leads import lead_line
from .clause_actors import (
    _KIND,
    _MANNER_ROLE,
    _PARTNER_ROLE,
    _actor,
    _named,
    _partner,
    joint_partners as joint_partners,  # (re-exported: duty_headings)
)
from .defined_names import DEFINITION
from .normalise import CLOSE_BRACKETS, OPEN_BRACKETS, bracket_spans, split_top_level
from .plan_rules import without_rules
from .prefilter import Prefiltered, quick_sub
from .prose_sentences import BY_DOING, PERSON_LEADS, UNITS_THEN_TIME, WHOLE_WORK, by_joint, clean_names
from .prose_units import CLAUSE_MARKER, VERB_START, colon_lead_unit, split_joined, subject_units
from .restated_forms import hosts_as_roles
from .shared_brackets import shared_units
from .unit_duties import by_alone, fix_line_units, unit_duties
from .unit_labels import LABEL, LABEL_LINE, LABEL_SEMI, LEAD, RESP, SHAPED_WORD, answering_label, label_role
from .units import (
    NOT_NAME,
    ORG_END,
    PERSON_NOTE,
    Declaration,
    _clauses,
    _labelled,
    _take,
    is_group,
    kind_members,
    label_value_end,
    looks_like_unit,
    split_units,
    unit_note,
)

# a body of two characters a bare bracket after an item may name (（各村） / （工会） / （团委）): a group of villages,
# schools or teams, or a mass organisation — not a place or a level (（全区） / （城区） / （各地）), which 2-character
# names in a bracket mostly are
# (not 党委 / 村委 alone: whose, the bracket does not say)
_SHORT_BODY = re.compile(r"各[村镇乡校组队站所科]|工会|团委|妇联|残联|科协|侨联|文联")
# (…and the group of districts or counties beside a named body 「（市绿化市容局及各区）」: the bracket lists bodies)
_LEVEL_GROUP = re.compile(r"各[区县市]")
# a bracket that lists the members of a kind the text names before it (发挥群团组织作用（工会、团委、妇联）): no units
_KIND_BEFORE = re.compile(r"(?:组织|作用|力量|群体|团体)\s*$")


_LABELLED_BEFORE = re.compile(rf"(?:{LABEL.pattern})[^\n]*[。.]\s*$")


def deadline_line(body: str) -> str:
    """The time limit a labelled line of the item gives with no units beside it (完成时限：2025年12月。 under
    the text: a declaration of its deadline alone, which ``find_declaration`` does not return), or ""."""
    for m in LABEL_LINE.finditer(body):
        decl = Declaration()
        _labelled(decl, quick_sub(LABEL_SEMI, r"\1：", body[m.start("lab"):m.end()]))
        if decl.deadline_words and decl.empty():
            return decl.deadline_words
    return ""


# 「(责任单位:A、B;责任人;xx)」: a person's slot after the units, its colon typed as a semicolon (masked or not)
_PERSON_SEMI = Prefiltered(re.compile(r"([;；]\s*(?:责任人|责任领导|分管领导|牵头领导|联系领导))\s*[;；](?=\s*\S)"))
# (the second line may hold a bracket of its own: 「（牵头单位：区商务局\n责任单位：各街道（镇））」, a double space the
# page wrote between the labels broken into a line)
_SPLIT_BRACKET = Prefiltered(re.compile(r"([（(][ \t]*(?:" + LABEL.pattern + r")[^（）()\n]*)\n"
                                        r"(?=(?:[^（）()\n]|[（(][^（）()\n]{1,12}[）)])*[）)])"))

# 「;联系人;李四」「；具体负责人；赵六」: a person slot under another name — read as 责任人 (a person, no unit)
_OTHER_PERSON_SEMI = re.compile(r"[;；]\s*(?:具体负责人|联系人|负责人)\s*[;；:：](?=\s*\S)")


def _persons(text: str) -> str:
    return quick_sub(_PERSON_SEMI, r"\1：", _OTHER_PERSON_SEMI.sub("；责任人：", text))


# the labels of those who help (配合单位 / 协办单位 / 参与部门): a bracket of its person and these after a unit
_HELPER = re.compile(r"配合|协办|协助|参与|会办|参办|协同")


def _held_before(body: str, at: int) -> str:
    """The one unit a heading names before the bracket at ``at`` (（一）镇水利站（…）), or ""."""
    head = re.sub(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?\s*", "",
                  body[body.rfind("\n", 0, at) + 1:at])
    names, _notes, _leads, odd = split_units(head) if head else ([], {}, [], [])
    return head if names == [head] and not odd and looks_like_unit(head) and not VERB_START.match(head) else ""


# an article's heading printed in brackets on a line of its own over its paragraphs
# 「（项目（法人）单位和代建单位协同）」
# 「（代建单位选取）」: the article's title — the bodies it names are its topic, not its units (rule 1 reads a label, a
# units bracket or a unit heading; a title naming the parties of the article's work is none of these: its
# sentences name the doers, rule 2). No comma, colon or 牵头／负责／配合 inside, which a units bracket holds
_HEADING_BRACKET = re.compile(r"(?:(?![，,；;：:]|牵头|负责|配合|参与|协助).){2,30}?"
                              r"(?:协同|协作|衔接|关系|职责|管理|要求|选取|确定)")


def _two_joined(name: str) -> list[str]:
    """The two bodies a label's name joins with 和 「区交警大队和路街道办事处」, each of four characters or more;
    ``[name]`` otherwise."""
    parts = split_joined(name, lambda n: looks_like_unit(n) or _name_ok(n)) if "和" in name else [name]
    return parts if len(parts) == 2 and min(map(len, parts)) >= 4 else [name]


def find_declaration(body: str) -> Declaration | None:
    """The units an item's own text names, or None."""
    closers = _still_open(body)
    cut = bool(closers) and body[-1] != "\n"
    if cut:
        # the text stops inside the units bracket: read what is there, a role word it cut short whole
        body = _tail_completed(body) + closers
    # 「（牵头单位：A；\n责任单位：B）」: a units bracket a line break cuts in two (a PDF's line) is one bracket
    body = quick_sub(_SPLIT_BRACKET, r"\1 ", body)
    decl = Declaration()
    sources: list[str] = []
    spans = bracket_spans(body)
    stripped = body.rstrip(" \n。.;；")
    label_lines = list(LABEL_LINE.finditer(body))
    for a, b in spans:
        content = without_item_topic(_persons(quick_sub(LABEL_SEMI, r"\1：", without_rules(body[a + 1:b - 1]))))
        if body[a - 1:a] not in "：:" and any(m.end("lab") < a < m.end() and (unit_note(content) or any(
                n.endswith(body[a:b]) for n in split_units(m.group()[m.end("lab") - m.start():])[0])
                or kind_members(body[m.end("lab"):a], content))
                for m in label_lines):
            continue                    # 责任单位：区住建委（区财政局配合）/（含下属单位）: a note on the label's unit;
            # 各县(市、区)政府(管委会): the bracket is part of the label's name (no unit 管委会 of its own)
        if len(content) > 1500:
            continue
        if a == 0 and body[b:b + 1] == "\n" and _HEADING_BRACKET.fullmatch(content):
            continue                    # (「第十六条 （项目（法人）单位和代建单位协同）⏎…」: the article's heading)
        if defined := DEFINITION.fullmatch(f"（{content}）"):
            # 「（以下简称区河长办，区水务局牵头）」: the short name is none of the item's units, what follows it may be
            if not defined.group("rest"):
                continue
            content = defined.group("rest")
        before = len(decl.lead) + len(decl.resp)
        if (dated := _TIME_HEAD.match(content)) and _ROLE_WORDS.search(content, dated.end()):
            # 「（2020年2季度完成，市发展改革委牵头，市国资委配合）」: when the work is done, then its roles
            content, when_words = content[dated.end():], dated.group().strip(" ，,；;")
        else:
            when_words = ""
        # (run once over the bracket, a long pattern: whether it holds labels, what _labelled reads, the roles)
        labels = list(LABEL.finditer(content))
        timed = _LABELS_TIME_TAIL.search(content, labels[-1].end()) if labels else _TIME_TAIL.search(content)
        if labels:
            # (「(牵头单位:A;责任单位:B、C,6月底完成)」: the last label's names, then when the task is done)
            _labelled(decl, content[:timed.start()] if timed else content, labels)
            if timed and not decl.deadline_words:
                decl.deadline_words = content[timed.start():].strip(" ，,；;")
            if cut and b >= len(stripped) and decl.resp and content.rstrip().endswith(decl.resp[-1]) \
                    and not ORG_END.search(decl.resp[-1]):
                decl.resp.pop()             # 「…，各县(区)人民」 cut by the page: the torn last name is left out
            held = _held_before(body, a) if PERSON_NOTE.match(content) and not decl.lead else ""
            roles = [m.group(1) for m in labels if not PERSON_NOTE.match(m.group(0))] if held else []
            if held and held not in decl.resp and roles and all(_HELPER.search(r) for r in roles):
                decl.lead.append(held)      # 「（一）镇水利站（责任人：孙某；配合单位：各村）」: the unit leads
        elif _clauses(decl, content[:timed.start()] if timed else content, open_end=True):
            if timed and not decl.deadline_words:   # （国务院各部门分别负责,年内持续推进）: the time column
                decl.deadline_words = content[timed.start():].strip(" ，,；;")
        elif b >= len(stripped) and (shared := shared_units(content)):
            _take(decl, RESP, shared, {})          # （生态环境、市场监管等部门依职责分工）: the departments
        elif b >= len(stripped) and body[a] in "(（〔【[" and content.strip() \
                and not content.lstrip().startswith("负责") \
                and not _LABELLED_BEFORE.search(body, body.rfind("\n", 0, a) + 1, a):
            # (not 「责任单位：A。（B、C配合做好场地保障）」: a note on the labelled field before it; not
            # 「区城管执法局（负责全区）」: what the unit before it answers for)
            # (「（区市场监管局，2024年3月底前）」: the units, then when — the time clause is the task's time)
            head = content[:timed.start()] if timed else content
            names, notes, leads, odd = split_units(head)
            if cut and names and odd == names[-1:] and len(names) > 1:
                names, odd = names[:-1], []  # (市政府辦公室、市 cut by the page: the torn last name is left out
            if names and not odd and all(len(n) >= 3 or _SHORT_BODY.fullmatch(n) or _LEVEL_GROUP.fullmatch(n)
                                         and any(len(m) >= 3 for m in names) for n in names) \
                    and not re.search(r"\d", head) \
                    and not is_remark(head) \
                    and not _KIND_BEFORE.search(body, 0, a) \
                    and (not timed or all(map(looks_like_unit, names))):
                _take(decl, RESP, names, notes)
                if timed and not decl.deadline_words:
                    decl.deadline_words = content[timed.start():].strip(" ，,；;")
        else:
            continue
        if when_words and len(decl.lead) + len(decl.resp) > before and not decl.deadline_words:
            decl.deadline_words = when_words
        if len(decl.lead) + len(decl.resp) > before or decl.deadline_words:
            sources.append(body[a:b])
            decl.spans.append((a, b))
    # (「牵头单位：A⏎参加单位：B」: a 参加单位 line is read beside a line of those who answer for the work)
    answered = any((w := LABEL.match(body, m.start("lab"))) is not None and answering_label(w.group(1))
                   for m in label_lines)
    for m in label_lines:
        a = m.start() + (1 if body[m.start()] == "\n" else 0)
        if any(s <= m.start("lab") < e and e > m.end("lab") for s, e in spans):
            continue                     # inside a bracket: handled above
        if m.start() and body[m.start() - 1] in "，," and not (clean_names(body[m.end("lab"):]) and looks_like_unit(
                re.split(r"[、，,；;。\s]", body[m.end("lab"):].lstrip(), maxsplit=1)[0])):
            continue                     # (…，责任单位：要切实负起责任: after a comma, a label naming no unit)
        end = _continuation_end(body, m.end())
        marks = list(LABEL.finditer(body, m.start("lab"), end)) if end == m.end() else []
        if marks:
            # the sentence after the last label's units (「…：A。2025年10月底前完成。」) stays the item's text
            end = marks[-1].end() + label_value_end(body[marks[-1].end():end])
        line = body[a:end]
        _labelled(decl, _persons(quick_sub(LABEL_SEMI, r"\1：", line.replace("\n", "、"))), beside=answered)
        sources.append(line.strip())
        decl.spans.append((a, end))
    if label_lines and any("和" in n for n in decl.resp):
        # (「成员单位:…、区交警大队和路街道办事处」: 和 joins two bodies of the label's list, round 34 — not a field's
        # 和 inside one department's name 「县工业和信息化局」)
        # (nor a head the two share 「高新区党工委和管委会」「县直有关部门和单位」: a side of three characters or fewer)
        decl.resp = [p for n in decl.resp for p in _two_joined(n)]
    if decl.empty():
        # units in the item's last sentence, outside brackets: 由A牵头，B、C配合。 / 由A负责。
        last = re.split(r"(?<=[。；;])", stripped)[-1] if stripped else ""
        if "\n" in last.strip():
            last = _units_lines(last)
        # (整改要求：由A负责，B配合: a problem's fix line, its label no part of the units)
        sentence = lead_line(last.strip().replace("\n", ""))     # (and 「X事故：A、B分别牵头」: class_leads)
        # (「5月18日在街道文化广场举办，由X负责」: the clause opening with its date is when and where, not a unit)
        # (「…，由A主办，B承办。」 after the dated clause: A leads, B takes part, rv56 F7)
        sentence = hosts_as_roles(_DATED_CLAUSE.sub("", sentence)).lstrip("由")
        # (此项工作由A牵头负责，B配合: the work is the item's whole; 由副县长李四牵头，A负责: a person leads, no unit;
        # A牵头，B负责，6月30日前完成整改: the time after the units stays the item's)
        sentence = PERSON_LEADS.sub("", WHOLE_WORK.sub("", sentence).lstrip("由")).lstrip("由")
        when = UNITS_THEN_TIME.search(sentence) if "\n" not in last.strip() else None
        if when and "牵头" in sentence[:when.start()]:
            sentence = sentence[:when.start()]     # (A负责，年底前完成 alone: the opening reader's, A leads)
        else:
            when = None
        joined = last.replace("\n", "")
        if by_alone(decl, joined):
            sources.append(last.strip())     # 企业职工由县人社局具体负责: what it is about, then the unit
        elif sentence and len(sentence) <= 200 and _clauses(decl, sentence, whole=True) and not decl.empty() \
                and all(map(_named, decl.lead + decl.resp)) and (decl.lead or not _MANNER_ROLE.search(sentence)):
            # (not 培训经费各乡镇负责。 / 各乡镇对…负总责，向县政府负责。 / 成立…领导小组，领导小组负责。 /
            # 各单位密切配合。, a rule for all — but 「县城管局牵头，各乡镇积极配合」 names both)
            a = stripped.rfind(last.strip())
            # (a note line after the units, 「2024年12月底前」, stays in the text)
            b = a + len(last.strip()) if a >= 0 and stripped[a + len(last.strip()):].strip() else len(stripped)
            a = a if a >= 0 else len(stripped) - len(last)
            if when:
                b -= len(when.group().lstrip("，, "))     # (the comma before the time goes with the units)
                last = last.strip()[:-len(when.group())]
            if dated := _DATED_CLAUSE.match(last.strip()):
                # (the dated clause stays the item's text: its date is the work's; its comma goes with the units)
                a += len(dated.group().rstrip().rstrip("，,"))
            sources.append(last.strip())
            decl.spans.append((a, b))
        elif sentence and _named_roles(decl, sentence):
            sources.append(last.strip())     # 县教育局为牵头单位，各学校为实施单位。
        else:
            decl.lead, decl.resp, decl.notes, decl.explicit_lead = [], [], {}, False   # half a sentence: none
            earlier = stripped[:max(0, len(stripped) - len(last))]
            if by_joint(decl, joined) or not re.search(r"负责|牵头|由", earlier) and _by_doing(decl, joined):
                # (by_alone has failed on it above; 由A负责完成… only where no earlier sentence gives work to a unit)
                sources.append(last.strip())
    if decl.empty():
        _opening_roles(decl, stripped, sources)
    if decl.empty():
        unit_duties(decl, stripped, sources)
    if decl.empty():
        fix_line_units(decl, stripped, sources)
    if decl.empty():
        return None
    if not decl.lead and len(sources) == 1 and _PARTNERS_ONLY.fullmatch(sources[0]) \
            and (label := colon_lead_unit(body)) and body.lstrip().startswith(label):
        # (「A、B：负责…。C配合。」: the unit-colon label's bodies lead, the partners the last sentence names are
        # responsible with them — round 38's unit-colon labels with partners)
        decl.lead = [n for n in split_top_level(label, "、") if n]
    # (「由区交通局和区公安分局负责，…」: 和 joins two whole bodies wherever the roles are read, round 34)
    decl.lead, decl.resp = ([p for n in names for p in _two_joined(n)] for names in (decl.lead, decl.resp))
    decl.resp = [n for n in decl.resp if n not in decl.lead]   # （A、B按职责分工负责，A牵头）: A leads
    decl.source = "\n".join(sources)
    return decl


# a clause that names partners only 「市有关部门配合」「B、C积极配合做好…」 (no doer, no lead of its own)
_PARTNERS_ONLY = re.compile(r"(?:(?!负责|牵头|会同)[^，,。；;])+?(?:等(?:单位|部门))?(?:积极|全力|密切|主动|共同)?"
                            r"(?:配合|协助|参与)(?:(?!负责|牵头)[^，,。；;]){0,30}")


# the role of the unit that answers for the work (牵头 alone is read only in some places)
_ROLE = r"具体负责|牵头负责|负责牵头|负责"


# 「由省经贸委负责，省农业厅、环保局配合，加快…」 / 「市工商局负责,市经贸委、市农业局配合,严格…」: the item
# opens with who does it, then the work (the 由 may be left out; a numbering marker is no part of it); the clause
# may end at a colon or a full stop before the work (「县发改局牵头，县财政局配合：推进…」 / 「…配合。推进…」)
# (a further partners' clause after the first 「由A牵头，B、C配合，D、E协办，举办…」 is theirs too)
_OPENING_ROLES = re.compile(rf"^由?([^。；;：:（）()由]{{2,150}}?(?:{'|'.join(_PARTNER_ROLE)})"
                            rf"(?:[，,][^。；;：:（）()由，,]{{2,60}}?(?:{'|'.join(_PARTNER_ROLE)})(?=[，,]))*)"
                            r"(?:[，,：:]|[。；;](?=\s*\n)|。(?=\s*[\u4e00-\u9fff“]))")


def _opening_roles(decl: Declaration, text: str, sources: list[str]) -> None:
    """Units an item's opening clause names with their roles (由A负责，B、C配合，…), read as a
    bracket's ``A负责，B、C配合`` would be; nothing when the clause is not units and roles."""
    text = text.strip()
    marker = CLAUSE_MARKER.match(text)
    skip = marker.end() if marker else 0
    starts = [skip]
    heading = _HEADING_LINE.match(text)
    if heading:
        starts.append(heading.end())    # 治理畜牧业产品污染 / 由A承办,B、C配合。: a heading line, then the units
    if not _roles_at(decl, text, starts, sources):
        _opening_alone(decl, text, skip, sources)


def _roles_at(decl: Declaration, text: str, starts: list[int], sources: list[str]) -> bool:
    """「A负责，B、C配合，…」 / 「由A牵头，B配合，…」 at the first of ``starts`` where it stands."""
    for start in starts:
        m = _OPENING_ROLES.match(text[start:])
        first = re.split(r"[，,]", m.group(1))[0] if m else ""
        heads = Declaration()               # (the units the first clause names, its 会同 partners too)
        if m:
            _clauses(heads, first.lstrip("由"), whole=True)
        # (the units of the first clause must be units of the plan — 政府负责，部门配合 is a principle —;
        # partners may be a body of any kind: 县水利局牵头，各有关部门配合; a title line is no part of it)
        if m and "\n" not in first.strip() and _clauses(decl, m.group(1), whole=True) and not decl.empty() \
                and all(_actor(n) and not _KIND.fullmatch(n) if n in heads.lead + heads.resp else _partner(n)
                        for n in decl.lead + decl.resp):
            sources.append(m.group(0).rstrip("，,"))
            decl.spans.append((start, start + m.end()))
            return True
        decl.lead, decl.resp, decl.notes, decl.explicit_lead = [], [], {}, False
    return False


def prose_declaration(body: str) -> Declaration | None:
    """The units a task's prose gives its work to in a clause joined to the work by a comma, where
    ``find_declaration`` reads none: after the item's short title sentence (任务甲。县水利局负责，新建… /
    …。县水利局牵头，县财政局配合，新建… / …。A会同B负责，…), after the work ending the item's last sentence
    (新建堤防5公里，县水利局负责。 / …，A牵头，B配合。), or opening that last sentence as 「。A负责。」 is read
    there (…。县委宣传部负责，组织媒体报道。) unless an earlier sentence gives work to a unit of its own.
    Read once the item is a task (``tasks.build_tasks``): a clause in prose does not make the plan one
    whose tasks name their units."""
    printed = body.rstrip(" \n。.;；").strip()
    text = hosts_as_roles(printed)      # (由A主办，B承办: read as 由A牵头，B配合, same length; quoted as printed)
    decl = Declaration()
    sources: list[str] = []
    marker = CLAUSE_MARKER.match(text)
    skip = marker.end() if marker else 0
    starts: list[int] = []
    title = _TITLE_SENTENCE.match(text, skip) or _TITLE_LINE.match(text, skip)
    if title and title.end() < len(text):
        starts.append(title.end())
    cuts = [m.end() for m in re.finditer(r"[。；;]\s*", text) if m.end() < len(text)]
    # the last sentence is read only when no earlier one gives work to a unit (由A牵头，… / A负责日常检查。):
    # else it would be half of the item's units
    earlier = not cuts or re.search(r"负责|牵头", text[title.end() if title else skip:cuts[-1]])
    if cuts and cuts[-1] not in starts and not earlier and not any(
            subject_units(s) for s in re.split(r"(?<=[。；;])", text[skip:cuts[-1]])):
        starts.append(cuts[-1])         # the last sentence, no earlier one led by a unit
    found = _roles_at(decl, text, starts, sources) or any(_opening_alone(decl, text, a, sources) for a in starts) \
        or not (cuts and earlier) and _trailing_roles(decl, text[cuts[-1] if cuts else skip:],
                                                     cuts[-1] if cuts else skip, sources) \
        or _lead_sentence(decl, text, skip, sources) or _assigned_sentence(decl, text, skip, cuts, sources)
    if not found or decl.empty() or len(_UNIT_CLAUSE.findall(text[skip:])) > 1 or sum(
            bool(_UNIT_CLAUSE.search(s) or subject_units(s)) for s in re.split(r"(?<=[。；;])", text[skip:])) > 1:
        return None                     # (A负责，…；B负责，… / A负责，…。B负责…。: several units' parts — none)
    decl.resp = [n for n in decl.resp if n not in decl.lead]
    decl.source = "\n".join(printed[at:at + len(s)] if (at := text.find(s)) >= 0 else s for s in sources)
    decl.from_heading = True
    decl.prose_lead = True              # (nor does it make the plan one whose units are written, over its 附件)
    return decl


# 「将X列为区政府实事项目，由区交通委牵头，区发改委、区水务局配合。」: a sentence that hands its work to a lead and
# its partners (由A牵头，B、C配合), wherever it stands in the item
_ASSIGNED = re.compile(r"[，,]\s*由[^，,。；;由]{2,40}?牵头(?:负责)?[，,][^。；;]{2,160}?"
                       r"(?:配合|协助|参与)(?:落实|实施)?$")


# (「对于跨区项目，由市交通委牵头，…配合」「其中A类，由…」: one part of the work handed out, not the item)
_PART_OPENING = re.compile(r"\s*(?:对于|对|其中|其余|涉及|属于)")
# (「确需调整的，由A牵头，B配合」「凡涉及多个部门的事项，由…」「…，对于跨区项目，由…」: a case's handling,
# not the item's)
_CASE_BEFORE = re.compile(r"(?:^|[，,。；;])\s*(?:(?:对于|对|其中|其余|涉及|属于|凡|如|若|遇)[^，,]*"
                          r"|[^，,]*(?:的|(?<![同及适])时))\s*$")


def _assigned_sentence(decl: Declaration, text: str, skip: int, cuts: list[int], sources: list[str]) -> bool:
    bounds = [skip, *(c for c in cuts if c > skip), len(text)]
    hits = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
            if (m := _ASSIGNED.search(text[a:b].rstrip(" \n。；;"))) and not _PART_OPENING.match(text, a)
            and not _CASE_BEFORE.search(text[a:a + m.start()])]
    return len(hits) == 1 and _trailing_roles(decl, text[hits[0][0]:hits[0][1]], hits[0][0], sources)


# 「…。市市场监督管理局负责牵头组织,指导全市以区、县(市)为责任单位,…」: a sentence of the item opening with the unit
# that leads it in a lead's own words (负责牵头 / 牵头负责), and the units it names 为责任单位 in the same sentence
_LEAD_SENTENCE = re.compile(r"(?:^|(?<=[。；;]))\s*"
                            r"((?:[^，,。；;：:（）()由\n]|[（(][^，,。；;：:（）()\n]{1,12}[)）]){2,40}?)"
                            r"(?:负责牵头|牵头负责)(?:组织实施|组织|实施|推进|落实)?[，,]([^。；;]*)")
_AS_RESPONSIBLE = re.compile(r"以([^，,。；;以为]{2,40}?)为(?:责任|实施)(?:单位|主体)")


def _lead_sentence(decl: Declaration, text: str, skip: int, sources: list[str]) -> bool:
    """The one sentence of the item that opens with its lead (A负责牵头组织，…以B为责任单位，…): A leads, B are
    responsible. Not a sentence naming no unit of government (政府负责牵头 / 各地负责牵头 name none), nor an item with
    two such sentences (each unit's own part)."""
    found = list(_LEAD_SENTENCE.finditer(text, skip))
    if len(found) != 1:
        return False
    m = found[0]
    names, notes, _leads, odd = split_units(m.group(1))
    if not names or odd or VERB_START.match(m.group(1)) or NOT_NAME.search(m.group(1)) \
            or not all(_actor(n) and not _KIND.fullmatch(n) and not is_group(n) for n in names):
        return False
    rest = m.group(2)
    if any(subject_units(c) for c in re.split(r"[，,]", rest)):
        return False                    # (A负责牵头组织，B负责资金保障: each unit's own part — none)
    partners: list[str] = []
    partner_notes: dict[str, str] = {}
    also = _AS_RESPONSIBLE.search(rest)
    if also is not None:
        partners, partner_notes, _l, odd = split_units(also.group(1))
        if odd or not all(_partner(n) for n in partners):
            partners, also = [], None
    joint = joint_partners(rest)        # (…，会同B开展抽检 / …，B配合: B takes part)
    _take(decl, LEAD, names, notes)
    if partners or joint:
        _take(decl, RESP, partners + [n for n in joint if n not in partners], partner_notes)
    sources.append(m.group(0).strip())
    # only the lead's words and the 以B为责任单位 clause leave the text: the work, figures and deadline after them stay
    decl.spans.append((m.start(1), m.start(2)))
    if also is not None:
        tail = re.match(r"\s*[，,]?", rest[also.end():])
        decl.spans.append((m.start(2) + also.start(), m.start(2) + also.end() + (tail.end() if tail else 0)))
    return True


def _opening_alone(decl: Declaration, text: str, start: int, sources: list[str]) -> bool:
    """「市城管执法局负责,取缔…」 / 「A会同B负责，…」 at ``start``: the units before the role, and nothing
    more, opening the work. (「居委会牵头，以业主为主体，…」 alone is no declaration: 由A牵头 is a lead in prose,
    read where a plan labels no units, ``prose_units.opening_lead``.)"""
    m = _OPENING_ALONE.match(text[start:])
    if not m or VERB_START.match(m.group(1)) or NOT_NAME.search(m.group(1)):
        return False
    lead_part, joint, rest = m.group(1).partition("会同")
    if joint:                           # 「市医保局会同市税务局负责，…」: A leads, B takes part
        names, notes, _leads, odd = split_units(lead_part)
        partners, notes2, _leads2, odd2 = split_units(rest)
        if not names or not partners or odd or odd2 or not all(map(_actor, names)) \
                or not all(map(_partner, partners)):    # (A会同有关部门负责: partners of any kind)
            return False
        _take(decl, LEAD, names, notes)
        _take(decl, RESP, partners, notes2)
    else:
        names, notes, _leads, odd = split_units(m.group(1))
        if not names or odd or not all(_actor(n) for n in names):
            return False
        # 「市城管执法局负责,取缔…」: the one unit that answers for the item leads it; 「A、B负责,…」 share it;
        # (A牵头负责，…: leads); a group (各乡镇负责，…) or a kind (属地乡镇负责，…) is units sharing the work
        single = len(names) == 1 and not is_group(names[0]) and not _KIND.fullmatch(names[0])
        _take(decl, LEAD if single or "牵头" in (m.group(2) or m.group(3)) else RESP, names, notes)
    sources.append(m.group(0).rstrip("，,"))
    decl.spans.append((start, start + m.end()))
    return True


# a clause giving work to units: 「县公安局负责，…；县交通局负责，…」 / 「…，县市场监管局负责；…，县公安局负责」
_UNIT_CLAUSE = re.compile(rf"(?:^|[。；;，,]\s*)由?[^，,。；;：:\n]{{2,40}}?(?:{_ROLE}|牵头)"
                          r"(?=\s*(?:[，,。；;]|$))")
# the time a sentence's last clause gives after its units (…，县水利局负责，年底前完成 / ，2024年底前完成)
_WHEN_CLAUSE = re.compile(r"[，,]\s*(?:(?:20\d{2}|\d{2})\s*年|年底|年内|年中|\d{1,2}\s*月)"
                          r"[^，,。；;]{0,12}?(?:前|底|内)?完成$")
# a principle (坚持属地管理，乡镇负责 / 实行县级统筹，乡镇负责): no unit's work
_PRINCIPLE = re.compile(r"(?:坚持|实行|遵循|按照|落实)[^，,。；;]{0,12}(?:管理|领导|统筹|原则|负责制|体制|机制)[，,]")
# 「…，县水利局负责。」 / 「…，县水利局牵头，县财政局配合。」 / 「…，A会同B负责。」: the clauses ending a sentence
# (…，县水利局负责组织实施 / 牵头组织落实: the role and how the work is done)
_CLAUSE_ROLE = re.compile(rf"(?:(?:{_ROLE}|牵头)(?:组织)?(?:实施|落实|推进)?|{'|'.join(_PARTNER_ROLE)})$")


def _trailing_roles(decl: Declaration, sentence: str, at: int, sources: list[str]) -> bool:
    """The units that the last clauses of a sentence name with their roles after its work (新建堤防5公里，
    县水利局负责), read as the sentence 「县水利局负责。」 would be; False unless the clauses after some
    comma (four at most) are each units and a role, one of them 负责/牵头, and work stands before them."""
    body = sentence.rstrip(" \n。.;；")
    if _PRINCIPLE.match(body.strip()):
        return False
    when = _WHEN_CLAUSE.search(body)    # (…，县水利局负责，年底前完成: the time after the units)
    if when:
        body = body[:when.start()]
    commas = list(re.finditer(r"[，,]\s*", body))[-4:]
    cut = None
    for comma in reversed(commas):        # the role clauses ending the sentence, from its end
        end = next((c.start() for c in commas if c.start() > comma.start()), len(body))
        if not _role_clause(body[comma.end():end].strip()):
            break
        cut = comma
    if cut is None or not re.search(r"负责|牵头", tail := body[cut.end():]):
        return False
    if _clauses(decl, tail.lstrip("由"), whole=True) and not decl.empty():
        sources.append(tail)
        decl.spans.append((at + cut.start(), at + len(body)))
        return True
    decl.lead, decl.resp, decl.notes, decl.explicit_lead = [], [], {}, False
    return False


def _role_clause(clause: str) -> bool:
    """A clause made of units and their role only (县水利局牵头 / 县财政局、各乡镇配合 / A会同B负责)."""
    m = _CLAUSE_ROLE.search(clause)
    if not m:
        return False
    parts = clause[:m.start()].removeprefix("由").split("会同")      # (…，由县水利局负责)
    if len(parts) > 2:
        return False
    partner = m.group() in _PARTNER_ROLE
    for k, part in enumerate(parts):
        if VERB_START.match(part) or NOT_NAME.search(part):
            return False
        names, _notes, _leads, odd = split_units(part)
        # (…，X牵头，有关部门配合 / X会同有关部门负责: partners of any kind)
        if not names or odd or not all(_partner(n) if partner or k else _actor(n) for n in names):
            return False
    return True


# 「县教育局为牵头单位，各学校为实施单位」: each clause a unit and the role it is named for
_AS_ROLE = re.compile(r"([^，,；;。]{2,60}?)(?:为|作为)(" + SHAPED_WORD + r")")


def _named_roles(decl: Declaration, sentence: str) -> bool:
    """Fill ``decl`` from a sentence whose every clause names units for a role (A为牵头单位，B、C为实施单位)."""
    got: list[tuple[str, list[str], dict[str, str]]] = []
    for clause in re.split(r"[，,；;]", sentence.rstrip("。；; ")):
        m = _AS_ROLE.fullmatch(clause.strip())
        role = label_role(m.group(2)) if m else None
        if m is None or role not in (LEAD, RESP):
            return False
        names, notes, _leads, odd = split_units(m.group(1))
        if not names or odd or not all(looks_like_unit(n) for n in names):
            return False
        got.append((role, names, notes))
    if not any(role == LEAD for role, _n, _notes in got):
        return False
    for role, names, notes in got:
        _take(decl, role, names, notes)
    return True


# a role word in a line: the line is (part of) the units' sentence
_ROLE_IN_LINE = re.compile(r"牵头|负责|配合|协助|协办|参与|主办|承办|会同")


def _units_lines(last: str) -> str:
    """The lines of the last sentence that hold its units. 「推进老旧小区改造\n县住建局牵头，各街道配合」: a
    heading line (no role word, no 、/， where it breaks) over the units' line is no part of them; a line a PDF
    wrapped (「县住建局牵头，县财政局、\n各街道配合」「县城管局牵头，各乡镇\n配合」) is; a note line after the
    units (「…配合\n（持续推进）」) is not."""
    lines = last.strip().split("\n")
    while len(lines) > 1 and not _ROLE_IN_LINE.search(lines[-1]) and _ROLE_IN_LINE.search(lines[-2]):
        lines.pop()
    cut = 0
    for n, line in enumerate(lines[:-1]):
        if not _ROLE_IN_LINE.search(line) and not re.search(r"[、，,]\s*$", line):
            cut = n + 1
    return "\n".join(lines[cut:])


# the clause opening a last sentence with an event's day and place, before its unit: 「5月18日在…举办，由X负责」
# (a deadline clause 「4月底前完成…，由X负责」 is left as it was)
_DATED_CLAUSE = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月[^，,。；;前]{0,30}?[，,]\s*(?=由)")
_HEADING_LINE = re.compile(r"^[^。；;：:，,\n]{2,30}\n")
# 「任务甲。县水利局负责，…」: the item's short title as a sentence of its own, before its work
_TITLE_SENTENCE = re.compile(r"[^。；;：:，,\n]{2,30}。\s*")
_TITLE_LINE = re.compile(r"[^。；;：:，,\n]{2,30}\n\s*")     # (任务甲\n县水利局负责，…: a title line)
# 「市城管执法局负责,取缔…」 / 「由A负责，…」: the item opens with the unit that answers for it, and nothing more
# (「县住建局牵头：开展…」 / 「县住建局牵头。开展…」: the lead alone, then the work)
_OPENING_ALONE = re.compile(r"^由?((?:[^，,。；;：:（）()由\n]|[（(][^，,。；;：:（）()\n]{1,12}[)）]){2,60}?)"
                            rf"(?:({_ROLE})[，,]|(牵头)(?:[：:]|。(?=\s*[\u4e00-\u9fff“\d])))")


# role words a page end may cut short: 「…、省统计局等按职责分」 is 「等按职责分工负责」
_ROLE_TAILS = ("等按职责分工负责", "按职责分工负责", "等按职责负责", "按职责负责", "分别负责", "共同负责", "负责落实",
               "牵头负责", "配合落实")


def _tail_completed(body: str) -> str:
    """``body`` with a role word cut short at its end written whole (two characters of it at least)."""
    for full in _ROLE_TAILS:
        for k in range(len(full) - 1, 1, -1):
            if body.endswith(full[:k]):
                return body + full[k:]
    return body


_BRACKET_CHAR = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")


def _still_open(body: str) -> str:
    """The closing brackets a text that stops inside brackets lacks, innermost first: 「…(牵头单位:市发改委;
    责任单位:各区人民政府〈含开发区、」 lacks 「〉)」; "" when its last line closes what it opens."""
    line = body[body.rfind("\n") + 1:]
    stack: list[str] = []
    for m in _BRACKET_CHAR.finditer(line):      # only the brackets of the line act
        ch = m.group()
        if ch in OPEN_BRACKETS:
            stack.append(CLOSE_BRACKETS[OPEN_BRACKETS.index(ch)])
        elif ch in CLOSE_BRACKETS and stack:
            stack.pop()
    if not stack or not any(o in line for o in "(（〔【[［"):
        return ""
    return "".join(reversed(stack))


# the last clause of a roles bracket saying when (政府工作报告 breakdowns: 2024年12月底前完成 / 年内持续推进 /
# 长期坚持): the task's time, not a unit
_TIME_TAIL = re.compile(r"[，,；;]\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|年内|今年|明年|长期|持续|常态)"
                        r"[^，,；;]{0,20}$")

# …or its first clause, the roles after it 「（2020年底前完成，A牵头，B配合）」「（2020年3季度完成，A牵头…）」
# 「（2021年2月底前完成，A负责）」: a date (a year, a month, a quarter) and the word of finishing, then the roles
_TIME_HEAD = re.compile(r"^\s*(?:(?:(?:19|20)\d{2}\s*年\s*)?"
                        r"(?:第?[一二三四1-4]\s*季度|\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)?|年?底|年内|上半年|下半年)"
                        r"[^，,；;（）()]{0,8}?(?:完成|建成|出台|印发|实施)|(?:19|20)\d{2}\s*年底前)\s*[，,；;]")
_ROLE_WORDS = re.compile(r"牵头|配合|负责|参与|协调指导")


# the last clause of a labelled bracket 「…;责任单位:B、C,6月底完成」「…，2024年12月底前完成」: a date the work is
# done by
_LABELS_TIME_TAIL = re.compile(r"[，,；;]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)?\s*"
                               r"(?:之?前)?\s*完成\s*$")


def _by_doing(decl: Declaration, sentence: str) -> bool:
    """Fill ``decl`` from a last sentence 「由A负责完成…」 / 「由A组织开展…」: A responsible; False otherwise."""
    m = BY_DOING.match(sentence.strip())
    rest = sentence.strip()[m.end():] if m else ""
    if m is None or VERB_START.match(m.group(1)) or NOT_NAME.search(m.group(1)) \
            or re.match(r"上级|第三方|社会", m.group(1)) or re.match(r"对.{1,12}?(?:考核|评估|考评|督查|检查)", rest) \
            or re.search(r"应|须|要|负责|牵头|由|会同", rest) or len(re.findall(r"[，,]", rest)) > 2:
        return False                    # (由A组织编制…，…，B应当…: more bodies' duties in the sentence — none)
    # (由A会同B组织…: A and B are doers, CONVENTIONS.md rule 2 — two names, not one)
    names, notes, _l, odd = split_units(re.sub(r"会同|协同", "、", m.group(1)))
    if not names or odd or not all(_actor(n) for n in names):
        return False
    _take(decl, RESP, names, notes)
    return True


def _continuation_end(body: str, end: int) -> int:
    """A unit list that goes on over the next lines (责任单位：市财政局 / 各区人民政府): extend
    ``end`` over each following line made only of unit names, stopping at anything else."""
    while end < len(body) and body[end] == "\n":
        nxt = body.find("\n", end + 1)
        nxt = len(body) if nxt < 0 else nxt
        line = body[end + 1:nxt].strip()
        if not line or len(line) > 80 or LABEL.search(line) or re.search(r"[。：:]", line):
            break
        names, _notes, _leads, odd = split_units(line)
        if not names or odd:
            break
        end = nxt
    return end
