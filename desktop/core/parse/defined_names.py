"""The short names a text defines 「A（以下简称“X”）」「（简称：X）」「（以下称X）」「（下称“X”）」, read once per
text; a name for the document 「（以下简称“本办法”）」 names no body; the bracket is no part of A."""

from __future__ import annotations

import re
from functools import lru_cache

# (a bare 称 opens other brackets 「（称重区域）」; what a comma adds 「，下同」「，区水务局牵头」 is ``rest``; a list's
# collective name 「A、B等（以下统称“行业主管部门”）」 is defined as a short name is, round 35; a short name that holds
# a bracket of its own 「（以下简称“镇（街道）”）」 is one too)
# (… and the other name of the body before it in one bracket 「A（B，以下简称“X”）」: ``alt``, kept by
# ``drop_definitions`` as the bracket A prints with its name)
DEFINITION = re.compile(r"[（(](?P<alt>[^（）()，,；;。：:\n“”\"]{2,20}[，,])?"
                        r"\s*(?:(?:以下|下文)?(?:分别)?[简统合]称|(?:以下|下文|下)称)为?\s*[：:]?\s*"
                        r"(?P<name>(?:[^（）()，,；;。\n]|[（(][^（）()，,；;。\n]{1,8}[)）]){1,30}?)"
                        r"\s*(?:[，,；;](?P<rest>[^（）()\n]*?))?\s*[)）]")


def one_name(raw: str) -> str:
    """The one body's name a bracket defines; "" for the document's (本办法, 《方案》) or several (A、B)."""
    name = raw.strip("“”\"「」 ")
    return "" if not 2 <= len(name) <= 16 or re.search(r"[“”\"「」、]|^[《〈本该此]", name) else name


def short_names(text: str) -> dict[str, str]:
    """Each short name ``text`` defines for a body → the 30 characters before its (first) bracket (a copy: the
    remembered answer stays as it is whatever a caller does with it)."""
    return dict(_short_names(text))


@lru_cache(maxsize=16)
def _short_names(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in DEFINITION.finditer(text) if "称" in text else ():
        if (name := one_name(m["name"])) and not _widens(m, text):
            out.setdefault(name, text[max(0, m.start() - 30):m.start()])
    return out


def _widens(m: re.Match[str], text: str) -> bool:
    """「A（B，以下简称A）」: the bracket makes A stand for B too (a scope, as 「（含村民点，以下简称居住区）」),
    no other name of one body: left as printed, as before the other name was read."""
    return bool(m["alt"]) and text.endswith(m["name"].strip("“”\"「」 "), 0, m.start())


# a party the rules describe by what it does, then name 「承担X的企业或其他组织（以下简称Y企业）」: the 的-rule leaves
# only the class of all bodies, so the name the text gives it stands there (Round 83's x315_02 第四、五条; Round 91's
# defined names of rounds 35 and 43) — at a clause's start, the described class a bare kind of body
_DESCRIBED_PARTY = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:\n])|(?<=以及)|(?<=[和及]))"
                              r"(?!以及|[和及])[^，,。；;：:\n（）()的]{2,30}的(?:企业|单位|组织|机构)(?:或者?(?:其他|其它)?(?:企业|单位|组织|机构))?"
                              rf"(?={DEFINITION.pattern})")


# (… or a role said in two ways joined by 即 「原失信信息提供部门即原具体行政行为作出单位（部门）（以下简称责任部门）」:
# whichever body made the record, a role, no body named — the defined name its only name, Round 97 on x358_03 第三条)
_APPOSED_ROLE = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:\n由]))(?!由)[^，,。；;：:\n（）()即]{2,30}即"
                           r"[^，,。；;：:\n（）()即]{2,30}?"
                           rf"(?:[（(][^（）()，,；;。\n称]{{1,6}}[)）])?(?={DEFINITION.pattern})")
# a body's own name before the 即 「由区财政局即资金主管部门（以下简称主管部门）」: a body named, not a role said
# two ways
_NAMED_BODY = re.compile(r"(?:局|委|办|厅|委员会|中心|政府|站|所|院|队|公司)$")


def _named_party(text: str) -> str:
    """``text`` with a described party 「…的企业或其他组织（以下简称Y）」 read as its short name Y (a body's kind),
    and a role said two ways 「A即B（以下简称Y部门）」 likewise."""
    out, at = [], 0
    found = sorted([*_DESCRIBED_PARTY.finditer(text),
                    *(_APPOSED_ROLE.finditer(text) if "即" in text else ())], key=lambda m: m.start())
    for m in found:
        if m.start() < at:
            continue
        d = DEFINITION.match(text, m.end())
        name = one_name(d["name"]) if d and not d["alt"] and not d["rest"] else ""
        ends = r"(?:企业|单位|组织|机构|公司)$" if m.re is _DESCRIBED_PARTY else r"(?:部门|单位|机构)$"
        if m.re is _APPOSED_ROLE and _NAMED_BODY.search(m.group().split("即", 1)[0]):
            continue
        if d and re.search(ends, name):
            out += [text[at:m.start()], name]
            at = d.end()
    return "".join([*out, text[at:]])


def drop_definitions(text: str) -> str:
    text = _named_party(text) if "称" in text and ("的" in text or "即" in text) else text
    return DEFINITION.sub(lambda m: m.group() if _widens(m, text) else f"（{m['alt'][:-1]}）" if m["alt"] else "",
                          text) if "称" in text else text

