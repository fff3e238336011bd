"""The plan's document number (文号), issuer (发文机关), date (成文日期) and the years its title names.

The title itself is read by ``titles``.
"""

from __future__ import annotations

import re

from .dates import FULL_DATE, parse_full_date

# (XX区 / ××县: a template's placeholder for the place, written in letters or crosses, is part of the name)
_CJK = r"(?:[\u4e00-\u9fff]|[XＸ×]{1,3}(?=[\u4e00-\u9fff]))"
DOC_NUMBER = re.compile(
    r"(" + _CJK + r"{1,10})\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*(\d{1,5})\s*号")
ORG = _ORG = (r"(?:人民政府办公厅|人民政府办公室|政府办公室|政府办公厅|人民政府|办公厅|办公室|委员会|领导小组|"
        r"局|委|厅|部|署|院|会|办|中心|政府)")
# an issuer's name as a letterhead prints it, on a line of its own over a 关于…的通知 title
LETTERHEAD = r"[\u4e00-\u9fff]{2,16}" + _ORG
_ISSUER_LABEL = re.compile(r"(?:发布机构|发文机关|发文单位|发文机构|发布单位)\s*[:：]?\s*\n*\s*"
                           r"(" + _CJK + r"{2,30}?" + _ORG + ")(?![\u4e00-\u9fff])")
_ISSUER_BEFORE_DATE = re.compile(
    r"(?:^|[\n。：:，,])\s*(" + _CJK + r"{2,30}?" + _ORG
    + r")\s*\n*\s*(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年)")
_ISSUER_NOTICE = re.compile(r"(?:^|\n)《?(" + _CJK + r"{2,30}?" + _ORG + r")\s*\n*\s*关于印发")
# the issuer a title names before its 关于 (石桥镇人民政府关于…的实施方案)
_ISSUER_TITLE = re.compile(r"^(" + _CJK + r"{2,30}?" + _ORG + r")关于")
_DATE_LABEL = re.compile(r"成文日期\s*[:：]?\s*(?:\|\s*)?\n*\s*")  # | 成文日期: | 2024-02-04 |: the next cell
_PLACE = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:市|省|县|区|州|盟))")


# the part of DOC_NUMBER after its name (〔2024〕67号): every match holds one, so a text with none is passed over
# without the name's run of up to ten characters being tried at every character of it
_DOC_NUMBER_TAIL = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,5}\s*号")


# a number a sentence cites, not the plan's own: a verb of following before it, the sentence going on after it
_CITING = re.compile(r"^原|根据|按照|依照|依据|落实|达到|参照|参见|执行|遵照|见|以")
_GOES_ON = re.compile(r"(?:文件|文(?!化)|精神|要求|规定|执行|方案|同时|废止|的|等|和|及|明确|有关|相关)")


def find_doc_number(text: str) -> str:
    if _DOC_NUMBER_TAIL.search(text) is None:
        return ""
    for m in DOC_NUMBER.finditer(text):
        head = text[max(0, m.start() - 3): m.start()]
        if re.search(r"[》)）][(（]\s*$", head) or head.endswith(("《", "（", "(", "、")):
            continue                     # a cited document: 《…》（国办发〔2020〕52号）
        if _CITING.search(m.group(1)) or _GOES_ON.match(text, m.end()):
            continue                     # a number a sentence cites: 根据…号, 达到沪府规〔2022〕22号文件要求, …号精神
        prefix = re.sub(r"^(?:发文字号|文号|字号|发文号)", "", m.group(1))
        if len(prefix) > 6:
            prefix = prefix[-6:]
        if not prefix:
            continue
        return f"{prefix}〔{m.group(2)}〕{m.group(3)}号"
    return ""


def find_date(text: str) -> str | None:
    m = _DATE_LABEL.search(text)
    if m:
        d = FULL_DATE.match(text, m.end())
        if d and parse_full_date(d):
            return parse_full_date(d)
    for line in text.split("\n"):
        line = line.strip()
        d = FULL_DATE.fullmatch(line)
        if d and parse_full_date(d):
            return parse_full_date(d)
    m = _ISSUER_BEFORE_DATE.search(text)
    if m:
        d = FULL_DATE.match(text, m.end())
        if d:
            return parse_full_date(d)
    return None


def find_issuer(text: str, title: str, spaced: str = "") -> str:
    """The issuer; joint issuers signed on one line apart (中共江北区委办公室  江北区人民政府办公室, in ``spaced``,
    the text before its spaces were taken out) are listed with 、."""
    issuer = ""
    for pattern in (_ISSUER_LABEL, _ISSUER_BEFORE_DATE, _ISSUER_NOTICE):
        m = pattern.search(text)
        if m:
            issuer = m.group(1)
            break
    if not issuer and (named := _ISSUER_TITLE.match(title.lstrip("《“\""))):
        issuer = named.group(1)
    if not issuer and title.startswith("关于") and (head := re.search(
            r"(?m)^(" + LETTERHEAD + r")\n" + re.escape(title[:8]), text[:3000])):
        issuer = head.group(1)          # the letterhead's issuer on its own line over the title 关于…的通知
    signed = re.search(r"[ \t\u3000]*".join(map(re.escape, issuer)), spaced) if issuer and spaced else None
    parts = signed.group().split() if signed else []
    if len(parts) >= 2 and all(len(p) >= 4 and re.search(_ORG + "$", p) for p in parts):
        issuer = "、".join(parts)
    if not issuer:
        issuer = signed_issuers(text)
    if issuer.startswith(("市", "县", "区", "省")):
        place = _PLACE.match(title.lstrip("《“\"")) if title else None
        if place and place.group(1)[-1] == issuer[0]:
            issuer = place.group(1)[:-1] + issuer
    return issuer


# a signer's line over the date: a body's whole name, 办事处 too (城东街道办事处)
_SIGNER_LINE = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:办事处|" + _ORG + ")")


def signed_issuers(text: str) -> str:
    """The issuers signed on lines of their own right over the first date line (ux57: 「中共城东街道工作委员会\n
    城东街道办事处\n2024年2月26日」, a street's 工委 and 办事处), joined with 、; "" when none."""
    lines = [line.strip() for line in text[:5000].split("\n")]
    for n, line in enumerate(lines):
        dated = FULL_DATE.fullmatch(line)
        if dated is None or not parse_full_date(dated):
            continue
        names: list[str] = []
        while n - len(names) - 1 >= 0 and len(names) < 3 and _SIGNER_LINE.fullmatch(lines[n - len(names) - 1]):
            names.insert(0, lines[n - len(names) - 1])
        return "、".join(names)
    return ""


def first_year(title: str) -> int | None:
    """The plan period's first year: 2024 for …三年行动计划（2024—2026年）, else the title's year."""
    m = re.search(r"((?:19|20)\d{2})\s*年?\s*[—\-–~至到]\s*(?:19|20)\d{2}\s*年", title)
    return int(m.group(1)) if m else title_year(title)


def title_year(title: str) -> int | None:
    """The year a title writes 「2024年…」, or opens with, its 年 left out 「2019食品安全宣传周活动方案」 (not a count
    the title opens with 「2000亩高标准农田…」「2020户…」)."""
    m = re.search(r"((?:19|20)\d{2})\s*年", title) or re.match(
        r"\s*((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?![亩米元户人名个件家辆吨台套座所处项条万千百公平立方余多])", title)
    return int(m.group(1)) if m else None
