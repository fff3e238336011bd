"""A list of the checks a review makes, every line a 是否 question with no doer: what is checked, no work of its own
(``given_lists`` folds it into the item that announces it); split from ``given_lists`` for that module's size."""

from __future__ import annotations

import re

from .doer_words import SHOULD
from .sentence_units import doer_units
from .shortname import WORK_START

# a list of the checks a review makes 「审核的主要事项包括：⏎1.项目立项手续是否完备规范；⏎2.…是否…」: every line a
# 是否 question on the object reviewed — what is checked, no work of its own (round 35: a list that gives no work);
# the item that announces it 「…包括：」 is one task with its reviewer's work; the last line may be the list's catch-all
# 「…需要评估和审查的其他事项。」 — not the points under a body's part 「1、镇城建办审核内容」 (round 32)
# (a line may open on 是否, its subject the lead-in's object 「是否按照标准落实养护经费；」)
_CHECK = re.compile(r"^[^。；;\n]{0,80}?是否[^。；;\n]{1,80}[；;。]?$")
# (「其他需要检查的事项。」: the matters named by the check they need)
_OTHER_MATTERS = re.compile(r"其[他它](?:[^，,。；;\n]{0,16}的)?(?:事项|内容|情形|情况|方面)[；;。]?$")


def check_line(line: str) -> bool:
    """A 是否 check with no doer, or a line of several run together 「总体布局是否合理；工艺设计是否成熟可靠，…；…是否
    协调。」 (round 43: each of its ；-pieces a check) — one of them may name the state of a matter looked at
    「…；是否签订…；岗前安全教育培训开展情况；」 (the same check's scope, ``_MATTER_STATE``)."""
    pieces = [p.strip() for p in re.split(r"(?<=[；;])", line) if p.strip()]
    return all(_CHECK.match(p) or _MATTER_STATE.match(p) and not _BINDS.search(p) for p in pieces) \
        and any(_CHECK.match(p) for p in pieces) and not doer_units(line)[1]


def check_lines(lines: list[str]) -> bool:
    """Every line a 是否 check (no doer in it), the last one a check or the list's catch-all."""
    *most, last = lines
    return all(check_line(line) for line in most) and (check_line(last) or _OTHER_MATTERS.search(last) is not None)


def checks_announced(body: str, article: bool, lines: list[str]) -> bool:
    """``lines`` are checks (``check_lines``) under a lead-in 「…包括：」 or, in an article, under its heading naming a
    check's contents 「第N条　巡查内容」 (``_CHECK_HEADING``)."""
    return check_lines(lines) and (body.rstrip().endswith(("：", ":"))
                                   or article and _CHECK_HEADING.match(body.strip()) is not None)


# the matters a check takes up, named as the contents of the check's noun 「…每年对A进行考核，考核主要包括以下内容：⏎
# （一）工作制度的落实情况；⏎（二）…的其他义务的履行情况。」: every line the state of a matter looked at (…情况), no
# modal and no doer — the check's scope, text of the item announcing it (Round 91 on a noun lead-in listing a check's
# contents; Round 89's governs on a check's 主要内容) — not lines of the check's own steps 「评审主要包括：⏎（一）组织
# 专家…」 (round 44: a work clause's parts)
# (the noun resuming the body's own clause of the same sentence 「…每年对A进行考核，考核主要包括…：」 or opening a
# sentence of its own 「…。监督检查包括以下内容：」 — which of the two changes nothing,
# Round 92 on x311_02 第二十三条, over round 63's x248_01 lists)
# (the parties the check looks at before its noun, and a modal 「收运单位、处置单位评议应当包括下列内容：」: the same
# contents, Round 102's x370_01 第十四条)
_CHECK_CONTENTS_LEAD = re.compile(r"(?:^|[，,。；;\n])(?:[\u4e00-\u9fff、]{2,16}?(?:单位|企业|机构|部门))?"
                                  r"(?:监督|专项|日常)?"
                                  r"(?:评议|评价|考评|考核|检查|审查|核查|督查|评估|审核)(?:的)?"
                                  r"(?:主要)?(?:内容)?(?:应当|应|须)?(?:主要)?(?:包括|包含|有)(?:以下|下列|如下)?(?:内容|方面|事项)?"
                                  r"[：:][ \t\u3000]*$")
# an article headed by a check's contents, no lead-in 「第N条　巡查内容⏎（一）…是否…；」 (the same check's
# scope, Round 89's governs on x334_02 第六条; Round 92's governs on x311_02 第二十三条)
_CHECK_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:巡查|检查|核查|督查|审查|审核|评估|考核|巡检)(?:的)?(?:主要)?"
                           r"(?:内容|事项)$")
_MATTER_STATE = re.compile(r"^[^。；;\n]{2,60}?情况[；;。]?$")
# (… or, in a check's contents, a case a rule names that the check looks for 「…因违规行为暂停或终止协议的情形。」: a
# matter's state as much)
_CONTENT_STATE = re.compile(r"^[^。；;\n]{2,60}?(?:情况|情形)[；;。]?$")
_BINDS = re.compile(SHOULD + r"|(?<![必无])须|必须|不得|负责|牵头|会同")


# a sentence of its own, with no subject, that names the listed lines as the contents a supervision looks at
# 「A应加强对X的监管，…。重点监管下列内容：⏎（一）…执行情况；⏎（二）擅自…的行为；」: the lead-in calls the lines 内容
# themselves, so each is what is looked at (a matter, a kind of conduct, a field of the work with what it takes in
# 「…控制，包括…」), the sentence before it the body's work — one task (x361_02 第二十二条's 巡查内容, Round 99; p70a) —
# not a body's verb on listed objects 「A应当对下列事项进行监督检查：」 (Round 89's x334_02: items), nor lines that
# open on work 「（一）组织专家…」 or bind by a modal
# (… its ground before it 「依照《办法》和…协议，重点监管下列内容：」: the same sentence)
_CHECK_VERB_CONTENTS = re.compile(r"[。；;](?:(?:依照|按照|根据|依据)[^。；;：:\n]{1,40}[，,])?(?:重点|主要|着重)?"
                                  r"(?:监管|监督检查|监督|检查|核查|督查|巡查|审查|考核)"
                                  r"(?:以下|下列|如下)内容[：:][ \t\u3000]*$")


def check_contents(body: str, lines: list[str]) -> bool:
    """``body`` closes on a check's noun over its contents and every line of ``lines`` names a matter's state — or
    on a subjectless sentence that names its lines a supervision's 内容 (``_CHECK_VERB_CONTENTS``), no line opening
    on work or binding anyone."""
    if len(lines) < 2 or any(doer_units(line)[1] for line in lines):
        return False
    if _CHECK_VERB_CONTENTS.search(body) is not None:
        return not any(_BINDS.search(line) or WORK_START.match(line) for line in lines)
    return _CHECK_CONTENTS_LEAD.search(body) is not None and all(
        _CONTENT_STATE.match(line) and not _BINDS.search(line) for line in lines)


# the parts a check looks at, one line per part of the property checked 「1.共用部位、共用设施设备的查验⏎共用部位：一般
# 包括…；⏎共用设备：一般包括…」「4.其他配套设施的查验⏎主要有…」: each line the check's noun as its heading over what it
# covers (…：一般包括／一般指／主要有…), no modal and no doer — the check's contents, text of the item that announces
# the check (Round 92's governs on x311_02 第二十三条: 「…的查验 / 共用部位：一般包括…」 what the check looks at; Round
# 86's (a)) — not lines whose heading is a step 「1.组建查验小组」 or whose text gives work
_CHECKED_PART = re.compile(r"^[^。；;，,：:\n]{2,30}?(?:查验|检查|验收|核查|巡查|排查)"
                           r"(?:内容|范围|项目|部位)?[。：:]?$")
# (a bare 指／有 only after the part's name or 一般／主要／通常: 「有序推进…」「有效防范…」「指导…」 open work, not what
# a check covers — rv69a's finding 2)
_PART_COVERS = re.compile(r"^(?:[^，,。；;：:\n]{2,12}[：:][ \t\u3000]*(?:一般|主要|通常)?(?:包括|包含|是指|指|有)"
                          r"|(?:一般|主要|通常)(?:包括|包含|是指|指|有)|包括|包含|是指)")


def checked_parts(lines: list[str]) -> bool:
    """Every line of ``lines`` a check's part over what it covers (see ``_CHECKED_PART``)."""
    if len(lines) < 2:
        return False
    for line in lines:
        rows = [r.strip() for r in line.split("\n") if r.strip()]
        if len(rows) < 2 or not _CHECKED_PART.match(rows[0]) or WORK_START.match(rows[0]) \
                or not all(_PART_COVERS.match(r) for r in rows[1:]):
            return False
        if any(_BINDS.search(r) or doer_units(r)[1] for r in rows[1:]):
            return False
    return True
