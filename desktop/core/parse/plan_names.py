"""The plan's name as the notice that issues it writes it, resolved to the plan's own.

Reads the text around the 《…》 a notice quotes (``titles.find_title`` hands it the name it found): the plan's own
title line below the notice where the plan names itself otherwise (its own plan word, the city its title adds, its
words in another order, one plan of a set the notice issues), the status written after the name or on the line below
(（试行） / （征求意见稿）), the full name a notice shortens to its kind (《实施方案》 → 《2022年…实施方案》, not the
document it cites as its basis), and the text's own title where it forwards a notice that issues a plan (某局关于转发
《某委关于印发…的通知》的通知). CONVENTIONS.md "What is a task", two documents under one cover: the forwarded document's
title (or the notice's) is the title.

Moved out of ``titles`` (round 45, at its 700-line limit) with no change in the title it reads; ``titles`` imports
them back.
"""

from __future__ import annotations

import re

from .site_titles import PLAN_WORD, within

_PLAN_WORD = PLAN_WORD

# the province or city a plan's own title line adds before the name the notice quotes
_HIGHER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|自治区|自治州|州|盟)")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _one_of_the_set(text: str, quoted: str) -> str:
    """A notice issuing a set of plans (《某县巩固提升就业帮扶车间等“七大专项行动”实施方案》) on the page of one of
    them: that one's own title, on the page's first lines (某县巩固提升就业帮扶车间专项行动实施方案); else ""."""
    head = quoted.split("等", 1)[0]
    if "等" not in quoted or len(head) < 6:
        return ""
    top = [ln.strip() for ln in text.split("\n")[:6] if ln.strip()][:3]
    return next((ln for ln in top if ln.startswith(head) and ln != quoted and len(ln) <= 60
                 and not re.search(r"[。；;，,：:《》等]", ln) and re.search(_PLAN_WORD + "$", ln)), "")


def _own_title(text: str, quoted: str) -> str:
    """``_own_name``, with the status the notice writes right after the name's 》 (关于印发《某镇…管理办法》（试行）
    的通知 / 现将《…办法》（试行）印发给你们) where the name found is the notice's own: the status is the title's."""
    own = _own_name(text, quoted)
    status = re.match(r"\s*((?:[（(](?:试行|暂行)[）)]))", text[text.find(quoted + "》") + len(quoted) + 1:]) \
        if own == quoted and quoted + "》" in text else None
    return own + status.group(1) if status else own


def _own_name(text: str, quoted: str) -> str:
    """The plan's own title line below the notice that issues it, when the plan names itself otherwise
    than the notice's 《》 (notice: 《…三年行动计划(2024-2026年)》; plan: 「…工作方案（2024-2026年）」): the
    same first words, a plan word of its own. The notice's name when the plan repeats it (its period
    left out or not), or has no such line."""
    at = text.find("《" + quoted + "》")
    if at < 0 and (full := quoted.translate(_FULL_BRACKETS)) != quoted and (k := text.find("《" + full + "》")) >= 0:
        quoted, at = full, k   # 印发…方案(修订稿)的通知 over 《…方案（修订稿）》: the plan's name as it writes it
    stem = _BRACKETED.sub("", quoted)[:8]
    if at < 0 or len(stem) < 8:
        return quoted
    if (one := _one_of_the_set(text, quoted)):
        return one
    below = [ln.strip() for ln in text[at + len(quoted):at + 4000].split("\n")]
    for k, line in enumerate(below):
        if line.endswith(quoted) and _HIGHER_PLACE.fullmatch(line[:-len(quoted)]):
            return line                  # 上海市崇明区…方案 under 《崇明区…方案》: its own title names the city too
        if line and len(line) < len(quoted) and quoted.startswith(line) and line + next(
                (ln for ln in below[k + 1:k + 3] if ln), "") == quoted:
            # its own title broken over two lines: …规划 / (2001-2010年)及实施意见; the status its own title adds
            # on a line below (…开展环境 / 绩效评价的实施方案 / （试行）) is the title's
            end = next(j for j in range(k + 1, k + 3) if below[j])
            return quoted + _status_below(below, end)
        nxt = next((ln for ln in below[k + 1:k + 3] if ln), "")
        if (line and not re.search(_PLAN_WORD + "$", line) and len(line + nxt) <= 60
                and re.fullmatch(_PLAN_WORD, nxt[-2:]) and not re.search(r"[。；;，,：:《》]", line + nxt)
                and quoted[:2] in (line[:2], line[2:4] if line[:2] == "关于" else "")   # (关于某乡… / …工作方案)
                and 0 < len(line + nxt) - len(quoted) <= 8 and within(quoted, line + nxt)):
            return line + nxt            # 某乡防范打击…宣传 / 工作方案 under 《某乡打击…宣传工作方案》: its own, fuller
        if line != quoted and len(line) == len(quoted) and sorted(line) == sorted(quoted) and "《" not in line:
            return line                  # 建设、水务、交通…方案 under 《建设、交通、水务…方案》: its own order
        if (line.startswith(stem) and len(line) <= 60 and not re.search(r"[。；;，,：:《》]", line)
                and re.search(_PLAN_WORD + r"(?:[（(][^（）()]{2,20}[）)])?$", line)):   # (a period, or (试行))
            if line == quoted:
                return quoted + _status_below(below, k)
            if line.translate(_FULL_BRACKETS) == quoted.translate(_FULL_BRACKETS):
                return line              # the same name, its brackets printed full-width on its own line
            return quoted if _BRACKETED.sub("", line) == _BRACKETED.sub("", quoted) else line
    return quoted


# the status a plan's own title line carries on the line below it: （试行） / （暂行） / (征求意见稿)
_STATUS_LINE = re.compile(r"[（(](?:试行|暂行|修订|修订版|修订稿|讨论稿|试行稿|征求意见稿|送审稿|草案|初稿)[）)]")


def _status_below(below: list[str], at: int) -> str:
    """The status line right below line ``at`` of the plan's own title (blank lines between), or ""."""
    nxt = next((ln for ln in below[at + 1:at + 3] if ln), "")
    return nxt if _STATUS_LINE.fullmatch(nxt) else ""


_FULL_BRACKETS = str.maketrans("()", "（）")


# a document named by its kind alone, as a notice shortens a name it wrote in full before (《指导意见》 / 《实施方案》 /
# 《办法》)
_SHORT_NAME = re.compile(r"(?:本|该|此)?(?:实施|工作|行动|指导|管理|实施细则)?"
                         r"(?:方案|意见|办法|细则|规定|计划|措施|要点)")


def _named_in_full(text: str, short: str, at: int = 0) -> str:
    """The plan's own name that ``short`` shortens: the cover's 关于印发…的通知 line, else a name in 《》 ending
    with it that the notice says it made (制定了《…》 / 起草了《…》), else the first one it does not cite as its basis
    (根据《某市…实施方案》要求，…制定了《实施方案》: the city's plan is not this one); "" when none. Counted where it
    stands at ``at`` (现将两个《指导意见》印发给你们), the short name stands for several documents: the cover's own
    title line that issues them all (关于印发《A》和《B》的通知) is the plan's name."""
    if _COUNTED.search(text[max(0, at - 6):at]) and (several := _SEVERAL_ISSUED.search(text[:3000])):
        return several.group(0).strip()
    cover = re.search(r"关于印发([^《》\n。，,]{2,80}" + re.escape(short) + r")的通知", text[:3000])
    if cover:
        return cover.group(1).strip()
    names = list(re.finditer(r"《([^《》\n]{2,80}" + re.escape(short) + r")》", text))
    made = [m for m in names if _MADE.search(text[max(0, m.start() - 8):m.start()])]
    own = made or [m for m in names if not _BASIS.search(text[max(0, m.start() - 20):m.start()].split("。")[-1])]
    return own[0].group(1).strip() if own else ""


# a count before a short name (两个《指导意见》 / 三份《办法》), and a cover's title issuing several 《A》和《B》
_COUNTED = re.compile(r"(?:[两二三四五六七八九2-9]|几)\s*(?:个|份|项|部|件)\s*$")
_SEVERAL_ISSUED = re.compile(r"^[^\n《》]{0,40}关于印发《[^《》\n]{4,80}》"
                             r"(?:\s*[和及、]\s*《[^《》\n]{4,80}》)+的通知$", re.M)


# a notice's words for the plan it made (研究制定了《…》), and for one it follows (根据《…》要求 / 贯彻落实《…》)
_MADE = re.compile(r"(?:制定|制订|起草|拟定|编制|修订|形成)(?:了|出)?$")
_BASIS = re.compile(r"根据|依据|按照|落实|贯彻|参照|对照|依照|遵照|执行")


# the text's own title line that forwards a notice: 某局关于转发《某委关于印发…方案的通知》的通知
_FORWARDING_LINE = re.compile(r"[^。；;，,:：《》\n]{0,40}关于转发《[^《》\n]{4,100}》的通知")


def _forwarding_title(text: str, notice: str) -> str:
    """The text's own title when it forwards ``notice`` (a notice that issues a plan): its first lines hold
    上海市某局关于转发《上海市某委员会关于印发…工作方案的通知》的通知; else ""."""
    top = [ln.strip() for ln in text.split("\n")[:12] if ln.strip()][:4]
    return next((ln for ln in top if _FORWARDING_LINE.fullmatch(ln) and "《" + notice + "》" in ln), "")
