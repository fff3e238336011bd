"""Lead-ins of an article whose lines are its text, not items (Round 86's (a): what a list only classes or defines
is the text of the article that announces it; Round 78's (b)):

- what may not be brought under the scheme 「以下各项不得纳入政府购买服务范围：⏎（一）…事项；」 — lines that only class
  the things excluded;
- the ways a lead-in names, each line defining one 「预留采购份额通过下列措施进行：⏎（一）整体预留，即…；」 — every line
  a name, a comma and 即 (Round 97's x353_01 第四条: lines that define the ways a lead-in names are its contents).

Also the lead-ins whose lines name acts, reasons, objects or beneficiaries and give no body work, read by
``given_lists`` (EXCEPTED_LEAD, FORBIDDEN_LEAD, RECIPIENTS_LEAD, REASONS_LEAD), and ``recipients_article``: an
article whose lines are whom the scheme's housing or aid goes to."""

from __future__ import annotations

import re

from .article_text import CHAPTER
from .headings import Item
from .sentence_units import doer_units

# Lead-ins whose lines name acts, reasons, objects or beneficiaries, no body given work in them (read by
# ``given_lists``, with its check that no line names a doer):
# a prohibition with the exceptions it allows 「除下列特殊施工工序外，禁止…从事夜间施工：」: the lines are the works
# or cases excepted, no work given (round 36: prohibitions to the public with no body named are text); a suspension
# of the scheme's own work with the cases it does not reach 「过渡期内，除下列情形外，暂停办理…手续：⏎1.…可以…」 alike,
# the comma after 外 or not (Round 99's x363_02 五、（一）（二）: the limit one task, its lines and theirs the cases)
EXCEPTED_LEAD = re.compile(r"除(?:下列|以下|如下)[^。；;，,：:\n]{0,12}外[，,]?[^。；;\n]{0,30}"
                           r"(?:禁止|不得|严禁|暂停|暂缓)[^。；;：:\n]{0,30}[：:][ \t\u3000]*$")
# the acts a rule forbids 「禁止下列损坏绿化和绿化设施的行为：」 (prohibitions to the public, round 36: text), the
# reasons that allow a step 「因下列原因确需迁移树木的，…应当…提出申请：」, and the objects an item's rule covers, the
# item opening with them 「下列事项，施工单位应当…公示：」「下列绿化工程建设项目，应当…通过招标方式确定…：」 (round 37,
# classes of objects): lines that name acts, reasons or objects, no body given work in them
# (… the party barred named before them 「禁止X单位从事下列活动：」, Round 87's x328_01 第十三条)
FORBIDDEN_LEAD = re.compile(r"(?:禁止|不得|严禁)(?:[^。；;：:，,\n]{2,20}?(?:从事|实施|有))?(?:下列|以下|如下)"
                            r"[^。；;：:\n]{0,20}(?:行为|活动|事项)[：:][ \t\u3000]*$")
# whom the scheme's housing or aid may go to 「征收安置住房可以向以下对象供应：⏎（一）选择…的…所有人；」: the lines
# name the beneficiaries, the scheme's terms (Round 83's x314_09), no body given work in them
RECIPIENTS_LEAD = re.compile(r"(?:可以|可)?(?:向|对)(?:下列|以下|如下)(?:对象|人员|家庭|居民|群体)"
                             r"(?:供应|出售|出租|分配|配售|配租|发放|提供)[：:][ \t\u3000]*$")
REASONS_LEAD = re.compile(r"因(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}(?:原因|情形|情况|需要)[^。\n]{0,60}"
                          r"[：:][ \t\u3000]*$")

# what may not be brought under the scheme 「以下各项不得纳入政府购买服务范围：⏎（一）…事项；」: lines that only class
# the things excluded — text of the article (Round 86's (a); Round 78's (b))
_EXCLUDED_LEAD = re.compile(r"(?:^|\n)(?:以下|下列)(?:各项|事项|服务事项|项目)不得(?:纳入|列入|作为)"
                            r"[^。；;：:\n]{2,30}[：:][ \t\u3000]*$")
# (the ways named, each line one defined 「（一）整体预留，即…」)
_DEFINED_WAYS_LEAD = re.compile(r"(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:措施|方式|形式)[^。；;：:\n]{0,10}[：:]"
                                r"[ \t\u3000]*$")
_DEFINED_WAY = re.compile(r"^[^，,。；;：:\n]{2,16}[，,]即")


def text_lines(item: Item) -> bool:
    """``item`` (an article) ends with a lead-in whose lines are its text (see the module's text)."""
    body = item.body.rstrip()
    if _EXCLUDED_LEAD.search(body) is not None:
        return True
    lines = [c.body.strip() for c in item.children if c.body.strip()]
    return len(lines) >= 2 and _DEFINED_WAYS_LEAD.search(body) is not None \
        and all(_DEFINED_WAY.match(ln) for ln in lines)


def excepted_nested(item: Item) -> bool:
    """The cases a suspension or a ban does not reach 「除下列情形外，暂停…：」, some lines with cases of their own: one
    task where no line at any depth names a doer (Round 99's x363_02 五、（二））."""
    return EXCEPTED_LEAD.search(item.body.rstrip()) is not None \
        and not any(doer_units(d.body.strip())[1] for d in item.descendants())


def recipients_article(item: Item) -> bool:
    """An article whose text is only whom the scheme's housing or aid may go to 「（房源供应对象）⏎征收安置住房可以向
    以下对象供应：⏎（一）…；」 (``RECIPIENTS_LEAD`` over folded lines naming no doer): the scheme's terms for its
    beneficiaries, no task (Round 83's x314_09) — not one with a sentence of work before the lead-in."""
    if not item.listed or not (item.article or item.article_line):
        return False
    rows = [ln.strip() for ln in item.body.strip().split("\n") if ln.strip()]
    at = next((k for k, ln in enumerate(rows[:2]) if RECIPIENTS_LEAD.search(ln)), None)
    return at is not None and not re.search(r"[。；;，,]", rows[at]) \
        and all(re.fullmatch(r"[（(][^（()）]{1,20}[）)]", ln) for ln in rows[:at]) \
        and not any(doer_units(line)[1] for line in rows[at + 1:])


# the standard an article sets for sorting works into a class 「高风险…工程的判定标准：⏎（一）涉及…的…工程。⏎1.…⏎
# …是指…」: every line a kind of work, a place or a definition, none binding anyone — it classes and names no act
# (Round 78's (b); Round 83's x313_03 第十三条), the article no task — not a standard whose lines bind 「（一）A应当…」,
# nor one that gives work in its own paragraph 「…的判定标准：⏎除…以外，…由A负责…」 (no lines: an article of work)
_CLASS_STANDARD_LEAD = re.compile(r"^[^。；;，,：:\n]{2,40}?的?(?:判定|认定|划分|界定|分类|分级)标准[：:][ \t\u3000]*$")
_LINE_BINDS = re.compile(r"应当|(?<![相对响供适反理])应(?!急|用)|(?<![必无])须|必须|不得|禁止|严禁|负责|牵头|会同")
_MARKED = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])")


def class_standard(item: Item) -> bool:
    """An article of a classing standard over lines that name kinds and define them (see ``_CLASS_STANDARD_LEAD``),
    its lines not yet folded or folded into its text (``item.listed``)."""
    if not (item.article or item.article_line) or not (item.children or item.listed):
        return False
    rows = [ln.strip() for ln in item.full_text().split("\n") if ln.strip() and not CHAPTER.match(ln.strip())]
    at = next((k for k, ln in enumerate(rows[:2]) if _CLASS_STANDARD_LEAD.match(ln)), None)
    return at is not None and all(re.fullmatch(r"[（(][^（()）]{1,20}[）)]", ln) for ln in rows[:at]) \
        and len(rows) - at >= 3 and _MARKED.match(rows[at + 1]) is not None \
        and not any(_LINE_BINDS.search(ln) for ln in rows[at + 1:])


def nested_text(item: Item) -> bool:
    """An item whose lines, some with lines of their own, are its text: the cases a suspension or a ban does not reach
    (``excepted_nested``) or a classing standard (``class_standard``)."""
    return excepted_nested(item) or class_standard(item)
