"""Lists in rules that are no items (CONVENTIONS.md Round 78 rulings (a) and (b); p59a's readers, owed from
round 59), read by ``given_lists`` when it folds a list into the item that announces it.

(a) A scope point that defines what the rules cover and lists its kinds 「一、适用范围 本意见所指的小型建设工程，
是指…。…具体包括：⏎1、市政基础设施项目：…⏎7、…其他小型建设工程。」 (x297_04 一、, x89_01 一、, x81_03 一、), or a
term defined by name over its classes 「第三条 利用用途 …临时利用用途是指…，具体分为以下三类：⏎（一）…」 (w01 第三条):
a general provision in headed points as in articles, its lines no items and the point no task (``scope_kinds``) —
not one whose lines or closing paragraph give work 「…⏎（三）…。⏎A负责每年…确定…」 (round 39: a definition that
also gives work is a task; x140_01 第六条).
(b) A list of breaches or cases under a lead-in that names their consequence 「违反下列规定的将追究…的责任：⏎1、…的;」
(x297_04 四、（三）, x89_01 四、（二）) or a penalty 「有下列与住宅物业消防安全有关行为之一的（但…除外），由A依照…处罚：
⏎（一）…的（《消防法》第60条第1款第1项）；」: the lines are cases, the item one task with its lead-in (round 35) —
the law a case line cites after it is no part of its wording (``uncited``).
(a') A list of the kinds of information a rule keeps 「良好行为信息主要包括：⏎（一）受到…表彰和奖励的信息；⏎（二）…」
「其他信用信息包括：⏎（一）经营主体主动作出的信用承诺；」: a definition by its kinds (round 30; Round 78 (a)), the
article's text, no items (``info_kinds``) — not a list of acts 「监督检查包括：⏎（一）…；⏎（六）对…进行…检验检测。」
whose lines are the work's parts (round 63).
(b') A party's conduct a lead-in answers once 「处置单位发生下列行为时，由A…实施。⏎（一）处置单位将…；」, every line
opening on that party, binding no one: the article's cases however a line ends (``conduct_cases``)."""

from __future__ import annotations

import re

from .doer_words import SHOULD_NOT_EFFECT
from .headings import Item
from .opening_subjects import names_a_doer
from .sentence_units import doer_units

# (a): the definition 「本办法所指的小型建设工程，是…，具体包括：」「本实施意见所指的储备用地，为…：」「…用途是指…」
_SCOPE_OPEN = re.compile(r"^本(?:实施)?(?:意见|办法|细则|规定|规则|条例)(?:所指|所称)的?[^。；;，,\n]{1,30}?[，,]?"
                         r"(?:是指?|为|包括)|^[^。；;，,：:\n]{2,30}?是指"
                         # (the activities the rules reach 「本规定适用于本市以下…活动的管理：」, Round 87's
                         # x327_02 一、)
                         r"|^本(?:实施)?(?:意见|办法|细则|规定|规则|条例)适用于"
                         r"[^。；;：:\n]{0,30}?(?:以下|下列)")
_SCOPE_TAIL = re.compile(r"[：:][ \t\u3000]*$")
# (b): 「违反下列规定的将追究领导或有关责任人员的责任：」
_BREACH_LEAD = re.compile(r"违反(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:规定|要求)(?:之一)?的[，,]?"
                          r"[^。；;：:\n]{0,40}?(?:追究|处分|处罚|问责)[^。；;：:\n]{0,30}[：:][ \t\u3000]*$")
# … the cases named by a kind longer than ``second_lists.CASES_POINTER`` holds
# 「有下列与…有关行为之一的（…），由A…处罚：」
_KINDED_CASES = re.compile(r"有(?:下列|以下)[^。；;：:\n]{0,20}?(?:行为|情形)之一的[^。\n]*[：:][ \t\u3000]*$")
# … or named first, the article opening on them, then the body that punishes them 「下列违反…管理的违法行为，由A依法实施
# 行政处罚：」 (the same list of breaches, Round 78's (b))
# … or the acts a body punishes, the fines set line by line 「对违反…的行为，由A责令改正，并按照下列规定处罚：」
# (each line
# 「违反第N条规定，B未…的，处…罚款；」 a breach and its band, ``unfined``)
_PENALTY_RULES = re.compile(r"(?:按照|依照)(?:下列|以下)规定(?:予以|给予)?(?:处罚|罚款)[：:][ \t\u3000]*$")
_NAMED_BREACHES = re.compile(r"^(?:下列|以下)[^。；;：:\n]{0,30}?(?:违法|违规)(?:行为|情形)[，,][^。；;：:\n]{0,30}?"
                             r"(?:处罚|查处|处理)[^。；;：:\n]{0,10}[：:][ \t\u3000]*$")
# (a'): the lead-in 「良好行为信息主要包括：」「本条所称…资料包括：」 and its lines, each a kind (a noun phrase
# ending in what it is 「…的信息；」「…信用承诺；」「…经验证通过的。」)
# (or the papers a party is asked for 「…可要求A、B提交的相关资料，包括：⏎（一）…等文件。⏎（三）…证明材料，
# 包括…」: each line a paper, its first clause naming it)
# (or where they come from 「资质单位信用信息的主要来源如下：⏎（一）…发现的信息；」: each line a kind by its source)
INFO_LEAD = re.compile(r"(?:^|\n|[，,])[^。；;，,：:\n]{0,40}?(?:信息|资料|数据|材料)(?:的?(?:主要)?来源)?"
                       r"[，,]?(?:主要)?"
                       r"(?:包括|有|分为|如下)[：:][ \t\u3000]*$"
                       # (… or the kinds of information bodies share or exchange 「A与B协商，共享下列信息：⏎（一）…相关
                       # 信息；」: what is shared, each line a kind — contents, Round 86's (a))
                       r"|(?:共享|交换|互通|互换)(?:下列|以下|如下)(?:[\u4e00-\u9fff]{0,4}?)(?:信息|数据)[：:]"
                       r"[ \t\u3000]*$")
_INFO_LINE = re.compile(r"(?:信息|资料|数据|承诺|材料|文件|凭证|等|的)[；;。]?$")
# the law a case line cites after it 「…场所的（《消防法》第63条第1项）；」
_CITED = re.compile(r"[（(][^（()）\n]*(?:《|第[\d一二三四五六七八九十]+条)[^（()）\n]*[）)](?=[；;。，,]?$)")


def scope_kinds(item: Item) -> bool:
    """(a): the item's text (its heading line left out) opens with a definition (``_SCOPE_OPEN``) and ends in a colon
    over its kinds, names no duty in its last sentence, and no line under it names a doer."""
    text = item.under_heading()
    last = re.split(r"[。；;]", text)[-1]
    return _SCOPE_OPEN.match(text) is not None and _SCOPE_TAIL.search(text) is not None \
        and re.search(r"职责|义务|任务|权利|工作", last) is None \
        and not any(doer_units(c.full_text())[1] or names_a_doer(c.full_text()) for c in item.children)


def breach_lead(body: str) -> bool:
    """(b): the item's text ends with a lead-in over breaches (``_BREACH_LEAD``, ``_KINDED_CASES``)."""
    return _BREACH_LEAD.search(body) is not None or _KINDED_CASES.search(body) is not None \
        or _NAMED_BREACHES.search(body.strip()) is not None or _PENALTY_RULES.search(body) is not None


def uncited(line: str) -> str:
    """``line`` without the law it cites after it (``_CITED``)."""
    return _CITED.sub("", line.strip())


# the information a rule picks and then rules on 「涉及以下特定严重失信行为的信用信息，在五年查询期限内不可修复：⏎1.…
# 的行政处罚信息。⏎2.…」: the lead-in points at the kinds of information (下列／以下 … 信息), then says what holds for
# them; its lines each name one kind, ending in 信息 — the classes the rule covers (round 37), no work
_POINTED_INFO = re.compile(r"(?:下列|以下|如下)[^。；;：:，,\n]{0,24}?信息[，,][^。；;：:\n]{1,30}[：:][ \t\u3000]*$")
_INFO_KIND_LINE = re.compile(r"信息[；;。]?$")


def pointed_info(item: Item, firsts: list[str]) -> bool:
    """``item``'s text points at kinds of information a rule then covers (``_POINTED_INFO``), every line a kind
    ending in 信息; the lines are then its cases (a body inside one 「被行政机关处以…的信息」 describes the kind,
    no unit: rule 3)."""
    if _POINTED_INFO.search(item.body.rstrip()) is None \
            or not all(_INFO_KIND_LINE.search(uncited(first)) and not doer_units(first)[1] for first in firsts):
        return False
    item.cases = tuple(b for c in item.children if (b := c.body.strip()))
    return True


def info_kinds(body: str, firsts: list[str]) -> bool:
    """(a'): the item's text ends with a lead-in over kinds of information (``INFO_LEAD``) and every line is one
    (``_INFO_LINE``)."""
    return INFO_LEAD.search(body) is not None and all(
        _INFO_LINE.search(uncited(first)) or _INFO_LINE.search(re.split(r"[，,]", first)[0]) for first in firsts)


# a case line that only adds the band of the fine its lead-in already imposes 「有下列行为之一的，由A责令改正，可以并处
# 罚款：⏎（一）…的，处以二千元以上二万元以下罚款；⏎（二）…的，对个人处以…罚款，对单位处以…罚款；造成损失的，依法
# 予以赔偿；」: still a case (Round 78's (b): a list of breaches is the text of the lead-in, one task) — unlike lines
# with a response of their own, an agent or an order 「…的，由A责令限期改正，处…罚款」 (round 51 q47b: items)
_FINE_PIECE = re.compile(r"^(?:对[\u4e00-\u9fff]{1,8})?并?处以?[^，,。；;由]{1,30}?罚款$"
                         r"|^[^，,。；;由]{1,12}的$|^(?:应当)?依法(?:予以)?赔偿$|^依法承担[\u4e00-\u9fff]{0,6}责任$")


def unfined(line: str, body: str) -> str:
    """``line`` cut after its case 「…的」 where the rest only names fines (``_FINE_PIECE``) and the lead-in ``body``
    imposes a fine itself; ``line`` as it is otherwise."""
    at = line.find("的，") if "的，" in line else line.find("的,")
    if at < 0 or "罚" not in body.rsplit("\n", 1)[-1]:
        return line
    pieces = [p.strip() for p in re.split(r"[，,；;。]", line[at + 2:]) if p.strip()]
    if pieces and all(_FINE_PIECE.match(p) for p in pieces) and "罚款" in pieces[0]:
        return line[:at + 1]
    return line


# a party's conduct the lead-in answers once 「处置单位发生下列行为时，由A…提出处理建议，经B同意后实施。⏎（一）处置单位
# 将…予以转售…；⏎（二）处置单位台帐…不符；」: the lead-in names its party and the response, and every line opens on that
# party and states what it did, binding no one — the article's cases, however a line ends (no 的: round 35, an article
# of only cases is one task; CASE_LINE reads the 的-cases) — not lines that open on another body, nor ones that bind
_PARTY_CASES_LEAD = re.compile(r"(?:^|[。；;\n])([\u4e00-\u9fff]{2,10}?(?:单位|企业|机构|公司))(?:发生|有|存在|出现)"
                               r"(?:下列|以下|下述)[\u4e00-\u9fff]{0,4}?(?:行为|情形|情况)(?:之一)?(?:时|的)?[，,]"
                               r"[^。\n]{2,80}[。：:][ \t\u3000]*$")
_LINE_BINDS = re.compile(SHOULD_NOT_EFFECT + r"|必须|(?<![必无])须|负责|不得")


# the officials' wrongs under the standard liability clause 「违反本办法规定，A…及其工作人员有下列行为之一的，依法对直接
# 负责的主管人员和其他直接责任人员给予处分：⏎（一）违法确定…；⏎（四）其他滥用职权、玩忽职守…的行为。」: the
# sanction is given by no one (Round 91's x340_04 第七十九条; Round 97's x358_01 第二十一条), the lines the cases
# however they end — not a lead-in that names the body that sanctions 「…之一的，由A…给予处分：」 (its enforcement)
_STAFF_SANCTION_LEAD = re.compile(r"工作人员[^。\n]{0,40}?有(?:下列|以下)[^。；;：:\n]{0,6}?(?:行为|情形)之一的[，,]"
                                  r"(?:依法)?(?:对[^，,。；;：:由\n]{2,40}?)?(?:依法)?给予[^，,。；;：:\n]{0,6}?处分"
                                  r"[：:。][ \t\u3000]*$")


def conduct_cases(body: str, firsts: list[str]) -> bool:
    """Every line of ``firsts`` a case of the party the lead-in names (see ``_PARTY_CASES_LEAD``), or of the officials
    the standard liability clause sanctions (``_STAFF_SANCTION_LEAD``), binding no one."""
    if len(firsts) < 2 or any(_LINE_BINDS.search(first) for first in firsts):
        return False
    if _STAFF_SANCTION_LEAD.search(body):
        return True
    lead = _PARTY_CASES_LEAD.search(body)
    return lead is not None and all(first.startswith(lead.group(1)) and len(first) > len(lead.group(1)) + 2
                                    for first in firsts)
