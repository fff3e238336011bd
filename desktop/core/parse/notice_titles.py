"""The covering notice's own title line, when the name its cover quotes is never printed as a title.

A notice whose first lines carry its own title (某局关于印发2021年…责任分工的通知) and whose cover then hands the
plan over under a name (现将《2021年…所列重点工作责任分工》印发给你们) often never prints the plan under that name:
the plan is a table without a title line, printed in other words (「2016年《政府工作报告》量化指标任务分工」 under
《2016年量化指标任务分工》, 「关于某区…细则」 under 《某区…细则》), or not printed at all. The name quoted is then the
cover's shorthand, no title a reader sees; the notice's title line is the document's. Where the quoted name stands
on a line of its own (the plan's title line below the cover, or a line holding it whole), where the notice issues the
very name quoted, where it names the plan in marks (关于印发《Y》的通知: Y, as the earlier rules read it) or where the
cover lost a mark, the name stays.
"""
from __future__ import annotations

import re

# the notice's own title line: its issuer (or none), 关于印发 / 关于下发, the plan, 的通知 — nothing after it
# (not 关于印发《Y》的通知: a notice that names the plan in marks names it as the plan is titled, Y the title)
_NOTICE_LINE = re.compile(r"[^。；;，,:：《》\n]{0,40}关于(?:印发|下发)(?!《)[^。；;，,:：\n]{4,120}(?<!》)的通知")
_LABEL = re.compile(r"标\s*题|名\s*称")
# marks a name may be printed with, told apart from the name
_MARKS = str.maketrans("", "", "《》〈〉<>“”\"' \u3000")


def printed(text: str, name: str) -> bool:
    """Whether the plan ``name`` is printed in the text under its own title line (not only named in 《》)."""
    want = re.sub(r"\s+", "", name)
    return any(re.sub(r"\s+", "", ln).startswith(want[:12]) and len(ln.strip()) <= len(want) + 12
               and not re.search(r"[。；;，,：:《》]", ln) for ln in text.split("\n"))


def _printed_as_title(text: str, name: str) -> bool:
    """``printed``, the name's marks and blanks told apart (《A》任务分工方案 for <A>任务分工方案), or broken over two
    lines (全面推进乡村振兴 / 加快农业农村现代化的实施方案)."""
    if printed(text, name):
        return True
    want = name.translate(_MARKS)
    lines = [ln.translate(_MARKS) for ln in text.split("\n") if ln.strip()]
    # (a title line holding the whole name: 上海市某区…方案 under 《某区…方案》, 关于某区…细则 under 《某区…细则》)
    return any((ln.startswith(want[:12]) or want in ln) and len(ln) <= len(want) + 12
               and not re.search(r"[。；;，,：:]", ln) and "关于印发" not in ln
               for ln in lines + [a + b for a, b in zip(lines, lines[1:], strict=False) if len(a) < len(want)])


def notice_over_unprinted(text: str, name: str, at: int) -> str:
    """The notice's own title line among the text's first lines, above ``at`` (where the cover quotes ``name``),
    when ``name`` is nowhere printed as a title line; else ""."""
    if _printed_as_title(text, name):
        return ""
    top = [ln.strip() for ln in text[:at].split("\n")]
    # (not a page's metadata row: 标 题 | …的通知 |)
    notice = next((ln for ln in [ln for ln in top if ln][:12] if _NOTICE_LINE.fullmatch(ln) and "|" not in ln
                   and not _LABEL.match(ln)), "")
    # (the notice issuing the very name quoted, 关于印发X的通知 / 现将《X》印发: X, the plan the notice hands over)
    return "" if name.translate(_MARKS) in notice.translate(_MARKS) else notice

