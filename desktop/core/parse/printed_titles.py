"""The title a reader sees printed, where the cover's sentence names the plan another way.

A covering notice hands its plan over in a sentence (现将《X》印发 / 《X》已经区政府审议同意), and the name it quotes
is often not the name the text prints: the cover adds quotes (《青浦区“城中村”改造…》 over 青浦区城中村改造…), says 本市
for 上海市, drops or adds a word (《推进…建设2023年…方案》 over 国际集装箱…建设2023年…方案), or the plan's own
title line below the cover is broken over two lines (全县开展…权益日 / 宣传咨询服务活动方案). A reader takes the title
as the text prints it: the plan's own title line below the cover, where one is printed close to the quoted name.

A notice titled 关于印发《Y》的通知 whose preamble makes the plan itself (结合本镇实际制定本办法。) and runs on into
its 一、…, Y never printed as a title line of its own, prints no title but its own: the notice's title line is the
title a reader sees (Y is named only inside it), as where a notice writes its plan 「…工作方案如下：」.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .dates import FULL_DATE
from .meta import ORG
from .notice_titles import _printed_as_title, notice_over_unprinted
from .site_titles import PLAN_WORD

# the plan's own title line: no sentence marks, no 《》, ending in a plan word (with a bracket: （试行）); not an
# annex list's numbered entry (附件： / 1.上海市…计划)
_OWN_LINE = re.compile(r"(?!\d{1,2}\s*[.、．])[^。；;，,:：《》<>\n]{4,70}" + PLAN_WORD
                       + r"(?:[(（][^()（）]{1,12}[)）])?")
# a numbered heading or an article: the plan's body has begun
_BODY = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}[章条])")
# the first half of a title broken over two lines: words, quotes and a bracket (国际集装箱运输服务平台（集运MaaS）)
_HALF = re.compile(r"(?!附\s*件)[\u4e00-\u9fff][\u4e00-\u9fff“”\"·?？（）()A-Za-z\d]{5,40}")
# a title's status or period on a line of its own below it: （修订稿） / （2024-2026年）; not its date (2017年3月)
_STATUS = re.compile(r"[(（](?![^()（）]*月)[^()（）]{1,14}[)）]")
# marks and blanks a name may be written with or without
_MARKS = str.maketrans("", "", "《》〈〉<>“”\"'‘’「」 \u3000")
# a preamble that makes the plan itself, its body to follow: 制定本办法。 / 特制定《…》，具体内容如下：
_MAKES = re.compile(r"制定(?:了)?(?:本(?:办法|方案|细则|意见|规定|计划|措施)|《[^《》]{4,80}》)")
# a cover that hands the plan over, or asks it carried out: the plan is another document
_HANDS_OVER = re.compile(r"印发给你们|印发给各|印发你们|请认真贯彻|请结合实际|现予印发|现印发")


def _ratio(line: str, name: str) -> float:
    return SequenceMatcher(None, line.translate(_MARKS), name.translate(_MARKS)).ratio()


def _near(line: str, name: str) -> bool:
    return len(line.translate(_MARKS)) >= 6 and _ratio(line, name) >= 0.8


def _holds(line: str, name: str) -> bool:
    a, b = line.translate(_MARKS), name.translate(_MARKS)
    return a != b and b in a and not a.startswith(b) and not a.startswith("关于" + b)   # (关于 + the name: its form)


def printed_below(text: str, name: str, at: int) -> str:
    """The plan's own title line printed below the cover's sentence (ending at ``at``) that names it ``name``,
    where it is written otherwise than the name quoted (a line, or a title broken over two lines); else ""."""
    lines = [ln.strip() for ln in text[at:].split("\n")[1:] if ln.strip()][:14]
    for k, line in enumerate(lines):
        if _BODY.match(line):
            break
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        # (a title's first half: words only — not a date, an annex label, a note, or a line the next completes alone)
        pair = line + nxt if nxt and _HALF.fullmatch(line) and not FULL_DATE.search(line) \
            and not (_OWN_LINE.fullmatch(nxt) and _near(nxt, name)) else ""
        # (the nearer of the line and the two lines joined: 某县…专项行动 / 实施方案, …若干意见 / （试行）)
        # (not a line holding the quoted name whole with other words before it, 关于推进 + 《某区…方案》: round 19)
        owns = [own for own in (line, pair) if own and len(own) <= 70 and _OWN_LINE.fullmatch(own)
                and "关于印发" not in own and _near(own, name) and not _holds(own, name)]
        if owns:
            own = max(owns, key=lambda o: _ratio(o, name))
            then = lines[k + (2 if own == pair else 1):][:1]
            own += then[0] if then and _STATUS.fullmatch(then[0]) else ""    # (…工作方案 / （修订稿）: its status)
            return "" if re.sub(r"\s+", "", own) == re.sub(r"\s+", "", name) else own
    return ""


def written_in_notice(name: str, lines: list[str], below: list[str]) -> bool:
    """Whether the notice issuing the plan ``name`` (its title line above ``below``, the lines after it) is the
    document: its preamble makes the plan itself (结合本镇实际制定本办法。 / 特制定《X》，具体内容如下：) and its own
    一、… follow, the plan never printed on a title line of its own, nothing handed over (印发给你们), no signature."""
    if _printed_as_title("\n".join(lines), name):
        return False
    made = False
    for line in below:
        if FULL_DATE.fullmatch(line.strip()) or _HANDS_OVER.search(line):
            return False
        if _BODY.match(line):
            return made
        made = made or bool(_MAKES.search(line))
    return False


def cover_named(text: str, name: str, start: int, end: int) -> str:
    """For the name a cover's sentence quotes (from ``start`` to ``end``): the notice's own title line where the name
    is nowhere printed (``notice_titles``), else the plan's own title line below written otherwise, or above the
    cover's addressees (``title_above_cover``); else ""."""
    return notice_over_unprinted(text, name, start) or printed_below(text, name, end) or title_above_cover(text, start)


# a name a cover shortens to its level word (县出口专班工作方案, 市…方案): the place's own name before it on the
# plan's title line (长兴县出口专班工作方案; 浙江省长兴县…, of any length: Round 62 rulings), no verb of a topic
# (关于推进…), no scope 「全县」「本市」 and no word of the document's apparatus run onto the line 「附件」「修订」
# 「印发」
_LEVEL_START = re.compile(r"[省市县区镇乡州旗]")
_PLACE = re.compile(r"(?!全|本|我|各|该|附件|修订|印发|转发)[\u4e00-\u9fff]{2,24}")
# what the plan's own title line prints before a name the cover gives whole (出口专班工作方案): an issuer's place, body
# or both, of any length (安平县, 浙江省长兴县, 长兴县商务局) — it ends in a level word or a body's word (Round 62
# rulings, decided: kept as printed, round 46)
_ISSUER = re.compile(r"(?!全|本|我|各|该|附件|修订|印发|转发)[\u4e00-\u9fff]{1,24}"
                     r"(?:[省市县区镇乡州旗盟]|" + ORG + ")")


def placed_below(name: str, below: list[str]) -> str:
    """The plan's own title line printed after its cover (``below``: the lines after the cover's title, up to the
    plan's body) where the cover's name ``name`` shortens the place to its level word (县…方案 for 长兴县…方案:
    Round 60 rulings, x256_06) or it prints an issuer's place or body before the whole name (安平县…方案 for …方案:
    Round 62 rulings, decided): the title a reader sees is the line printed; else ""."""
    before = _PLACE if _LEVEL_START.match(name) else _ISSUER
    lines = []
    for line in below:
        if _BODY.match(line.strip()):
            break
        lines.append(line.strip())
    # (only below the cover's date line where it has one: a line inside the notice is a sentence of it, rv53)
    dated = [k for k, line in enumerate(lines) if FULL_DATE.fullmatch(line)]
    for line in lines[dated[-1] + 1 if dated else 0:]:
        if line.endswith(name) and before.fullmatch(line[:-len(name)]) and "关于" not in line \
                and _OWN_LINE.fullmatch(line) and not _SENTENCE_VERB.search(line[:-len(name)]):
            return line
    return ""


# a verb that makes a line a sentence of the notice 「参照市商务局…方案」「请认真贯彻落实县…方案」, no title line
_SENTENCE_VERB = re.compile(r"参照|落实|贯彻|现将|转发|印发|执行|按照|依照|根据|依据|遵照|结合|请|制定|制订")


# a cover's addressees on a line of their own: 各村(居)委会、驻镇各单位:
_ADDRESSEES = re.compile(r"^各[^。；;，,]{1,60}[:：]$")


def title_above_cover(text: str, start: int) -> str:
    """The plan's own title line printed above the cover whose sentence (at ``start``) quotes another name
    (「某乡镇清明节期间森林防火实施方案」 ⏎ 「各村(居)委会、驻镇各单位:」 ⏎ 「…现将《XX镇森林防火工作方案》
    印发给…」): the title a reader sees is the line printed, the quoted name no title line (Round 74 and 77 on x303_02;
    round 60's x256_06); "" where no such line stands, or a notice's title does (关于…的通知: the cover's own)."""
    above = [ln.strip() for ln in text[:text.rfind("\n", 0, start) + 1].split("\n") if ln.strip()]
    if not above or not _ADDRESSEES.match(above[-1]) or any("通知" in ln or "关于" in ln for ln in above):
        return ""
    return next((ln for ln in reversed(above[:-1]) if _OWN_LINE.fullmatch(ln)), "")
