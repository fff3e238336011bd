"""Where a plan's numbered text stops and where a page's list goes on, read from the lines around a line that
bears no item's number (or the first that does): a trailer's first line (附件 / 抄送 / a site's footer, a table's title
over its header cells), a 主办单位： label the plan's own text goes on after, and a later page of a paged copy that
opens inside its list (「7.…」 under the site's title and page line). Reads the text's lines only, never the items
built from them; split from ``headings`` (``build_items`` asks these readers line by line)."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .page_openings import PAGED_TITLE, numbered_on, runs_into_section

# where a plan's numbered text ends: appendices, name lists, web-page furniture
TRAILER_LINE = re.compile(
    r"^(附件\s*\d*\s*[:：]?.{0,40}$|附录\s*\d*\s*[:：]?.{0,40}$|附表|附:|附：|抄送|抄报|责任编辑|本文链接|扫一扫|"
    r"[【\[［]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部)\s*[】\]］]|打印本页|关闭窗口|"
    r"分享到|相关链接|相关文件|相关稿件|上一篇|下一篇|温馨提示|本文关键词|最新政策|网站地图|"
    r"版权所有|主办单位[:：]|主办[:：]|承办单位[:：]|技术支持[:：]|网站标识码|信息来源|来源[:：]|浏览次数|阅读次数)"
    r"|组成人员名单$|成员名单$|人员名单$|\.(?:pdf|docx?|wps|ofd)$"
    r"|^[（(]?共印\s*\d+\s*份[)）]?$"            # the print run under the 印发 line (（共印50份）)
    r"|^本(?:方案|实施方案|文件|意见|办法|通知|要点|计划)自.{0,30}(?:施行|执行|实施)")


# a 主办单位：/承办单位： line of a 建议提案 plan hands out its work (协办单位 beside it, or numbered work
# after it); a web page's footer has neither
_HOST_LABEL = re.compile(r"^(?:主办单位|主办|承办单位)\s*[:：]")
# (nor has it an activity's fields around the label 「时 间:…⏎地 点:…⏎主办单位:A⏎参加单位:B」: the item's, round 35 —
# a 参加单位 line near it, or its time or place field on the line right before)
_PARTNER_LABEL = re.compile(r"^(?:协办|会办|配合|参办)(?:单位)?\s*[:：]|^(?:办结|完成|办理)时限"
                            r"|^(?:参加|参与)(?:单位|部门)\s*[:：]")
# a numbered heading over such fields 「五、主办、支持、承办单位」「三、主办单位」
_HOSTS_HEADING = re.compile(r"^(?:(?:主办|承办|协办|支持|指导|联办)[、和及与]?)+单位[:：]?$")
_PLACE_FIELD = re.compile(r"^(?:活动)?(?:时\s*间|地\s*点)\s*[:：]\s*\S")


def body_label(lines: list[str], n: int) -> bool:
    """A 主办/承办 label the plan's own text goes on after (see ``_HOST_LABEL``), not a site footer."""
    if not _HOST_LABEL.match(lines[n].strip()):
        return False
    near = [lines[k].strip() for k in range(max(0, n - 2), min(len(lines), n + 3)) if k != n]
    before = next((x.strip() for x in reversed(lines[max(0, n - 3):n]) if x.strip()), "")
    # (the page's last activity 「4.…灯谜晚会⏎主办:A⏎承办:B⏎时间:2月14-15日」: its time field on a line after the
    # label, under the activity's numbered name — a site's footer stands under no item)
    after = [x.strip() for x in lines[n + 1:n + 3]]
    # (「五、主办、支持、承办单位⏎主办单位:A⏎B⏎支持单位:C」: the fields under the plan's own numbered heading of them)
    headed = (m := line_marker(before)) is not None and _HOSTS_HEADING.search(before[m[3]:].strip()) is not None
    return headed or any(_PARTNER_LABEL.match(x) for x in near) \
        or any(line_marker(x.strip()) for x in lines[n + 1:n + 9]) \
        or _PLACE_FIELD.match(before) is not None \
        or line_marker(before) is not None and any(_PLACE_FIELD.match(x) for x in after)


# a contents entry: a heading's number (1 / 1.1 / 一、 / （一）) and its few words, nothing more
_CONTENTS_LINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
                            r"\s*\S.{0,28}$")


def contents_annex(lines: list[str], n: int) -> bool:
    """An 附件 line that closes a 目录, not the text: 「…⏎9.3预案实施⏎附件：成员单位职责分工⏎1.总则⏎1.1编制目的⏎…」 —
    the line after it prints again, word for word, a numbered line above it, and every line from there to it is a
    contents entry (a number and a heading's few words). The body starts again after it, its own 附件 at its end."""
    nxt = next((x.strip() for x in lines[n + 1:n + 4] if x.strip()), "")
    if not nxt or not _CONTENTS_LINE.match(nxt):
        return False
    first = next((k for k in range(n) if lines[k].strip() == nxt), None)
    if first is None:
        return False
    entries = [x.strip() for x in lines[first:n] if x.strip()]
    return len(entries) >= 3 and all(_CONTENTS_LINE.match(x) and not x.endswith(("。", "；", ";")) for x in entries)


def table_title(lines: list[str], n: int) -> bool:
    """A table's title line (…考核评分细则表(试行)) whose header cells (序号 …) follow: the plan's
    own text ends there even when no 附件 line comes first."""
    line = lines[n].strip()
    if not 4 <= len(line) <= 50 or not re.search(r"(表|清单)\s*([(（][^()（）]{1,6}[)）])?$", line):
        return False
    # the next four non-empty lines, however many blank ones a web copy puts between them
    nxt = [ln.strip() for ln in lines[n + 1:n + 40] if ln.strip()][:4]
    # (or its rows already read into numbered lines naming their units 「1.…。(责任单位:…)」, after a bracketed span)
    rows = [c for c in nxt[:2] if not re.fullmatch(r"[（(][^（）()]{1,14}[)）]", c)][:1]
    # (and no section of the plan after them: a table inside 「三、任务分工」 over 「四、保障措施」 is the plan's)
    return any(re.fullmatch(r"序号|编号", c) for c in nxt) or any(read_row(c) for c in rows) and not any(
        (line_marker(ln.strip()) or (0,))[0] == 1 for ln in lines[n + 1:])


# a table's first row read into a numbered line by the text-table reader: 「1.…(牵头单位:…;责任单位:…)」
_READ_ROW = re.compile(r"1[.、．][^\n]*[(（](?:牵头|责任|配合)单位[:：][^\n]*[)）]$")


def read_row(line: str) -> bool:
    """``_READ_ROW``, tried only on a line that ends with its bracket: on a long run-together line that does not, the
    two [^\n]* would backtrack over every label (quadratic)."""
    return line.endswith((")", "）")) and _READ_ROW.match(line) is not None


# the head of a trailer that is such a table: its title (and a bracketed span) over the rows, no 附件 line
TABLE_TITLE_HEAD = re.compile(r"\s*(?P<title>[^\n]{4,50}?(?:表|清单))\s*\n"
                              r"(?=(?:\s*[（(][^\n（）()]{1,14}[)）]\s*\n)?\s*1[.、．])")


_CUT_PARAGRAPH = 100           # (a page's cover and text run together: longer than a plan's title or a site's line)
# an item's sentence, then its units labels closing it: 「…观瞻水平。牵头单位:区建设局。责任单位:区房产局、园林局。」
_UNITS_CLOSE = re.compile(r"[。；;][ \t\u3000]*(?:牵头|责任)(?:单位|部门)\s*[:：][^。；;:：]{2,80}"
                          r"(?:[。；;][ \t\u3000]*(?:责任|配合|协办)(?:单位|部门)\s*[:：][^。；;:：]{2,80})?。$")


def _next_is_section(lines: list[str], n: int) -> bool:
    """The next line that holds text after line ``n`` is a section heading 一、–十、 (numbered 2 or later)."""
    nxt = next((ln.strip() for ln in lines[n + 1:] if ln.strip()), "")
    marker = line_marker(nxt) if nxt else None
    return marker is not None and marker[0] == 1 and marker[2] >= 2


def page_starts_mid_list(lines: list[str], n: int, preamble: list[str], found: tuple[int, str, int, int]) -> bool:
    """A later page of a paged copy opens at item 7 (「7.…」 as its first line, 「8.…」 next): the list
    goes on from the page before, and its items are tasks; a 「2.…」 under a 附件： line is not. Only the site's
    heading (the plan's title, 某镇2018年…实施方案) or its page line (更新时间:2018-06-16 15:22作者:…) may stand
    above it."""
    foreign = [p.strip() for p in preamble if p.strip() and not TEXT_TITLE.search(p.strip())
               and not _PAGE_LINE.match(p.strip()) and not PAGED_TITLE.match(p.strip())
               and not _SITE_NAME.match(p.strip()) and not _ISSUING_TITLE.match(p.strip())
               and not _post_line(p.strip())]
    # (a site's short lines — its slogan, who shared it, the reading time — over a page its title numbers as a later
    # one 「…实施方案(第2/2页)」「《…方案_页2》」: the page's furniture, not a lead-in of the list)
    if foreign and not (any(_LATER_PAGE.search(p) for p in preamble)
                        and all(len(p) <= _CUT_PARAGRAPH and not p.endswith((":", "：")) for p in foreign)):
        # (but a run of three or more cut out of a long paragraph whose sentence ended before it, 「…参加营运。」 /
        # 「3、…」「4、…」「5、…」: a page that lost the list's first numbers, round 37 — not a list whose own first
        # item the preamble took, 「2、…」 under a site's 友情提示)
        # (or the tail of the item before it, closed by its units labels 「…水平。牵头单位:A。责任单位:B。」: the page
        # opened inside item N-1, whose number fell on the page before)
        # (or the page's one opening line, a short tail of item N-1 「保绿化建设资金的落实。」, over a run that goes on
        # to the next section's heading 「二、…」: the run is the first section's, its heading on the page before)
        # (or that one tail over item 2 alone, the next section's 「二、」 right after it: the page opened inside item 1
        # 「…兼任办公室主任、报警员。」 ⏎ 「2、…」 ⏎ 「二、应急预案」 — item 2 closes the first section)
        last = preamble[-1].strip() if preamble else ""
        tail = len(foreign) == 1 and runs_into_section(lines, n, found)
        return found[0] == 3 and (len(last) >= _CUT_PARAGRAPH or _UNITS_CLOSE.search(last) is not None or tail) \
            and last.endswith("。") and line_marker(last) is None \
            and (numbered_on(lines, n, found, 2) or tail and found[2] == 2 and _next_is_section(lines, n))
    nxt = next((ln.strip() for ln in lines[n + 1:] if ln.strip()), "")
    after = line_marker(nxt) if nxt else None
    if after is None and found[0] == 3:
        # (「6、7月8日,组织…」: the next item opening with its date, its mark the same as this one's)
        if re.match(rf"{found[2] + 1}{re.escape(lines[n].strip()[found[3] - 1])}(?=\d{{1,2}}月)", nxt):
            return True
        # (or the item's own field lines first 「责任单位:A(牵头单位)、B」「具体工作:…」, then 「3.…」)
        after = _after_field_lines(lines, n)
        if after is None:
            # (or a heading line over its paragraph 「2、开展…行动。」「3月份,各单位组织…」, then 「3、…」 and 「4、…」)
            return numbered_on(lines, n, found, 2)
    # (or the last item of the first part's list, its part's heading on the page before: 「5.将…通报有关部门。」 then
    # 「(二)公安部门」 — the page opens inside part （一）, whose second sibling follows, round 37; or inside a later
    # part 「4、…按辖区…投药。」 then 「(五)外环境灭鼠阶段」: part （四）'s last item, its part on the page before)
    return after is not None and (after[0] == found[0] and after[2] == found[2] + 1
                                  or after[0] < found[0] and after[2] >= 2)


# an item's field line under its heading line: 责任单位:… / 具体工作:… / 完成时限:…
_FIELD_LINE = re.compile(
    r"(?:[牵责配协][头任合助]单位|具体(?:工作|措施|内容)|工作(?:内容|措施|要求)|完成时[限间]|时间要求)\s*[:：]")


def _after_field_lines(lines: list[str], n: int) -> tuple[int, str, int, int] | None:
    """The marker of the first numbered line after item ``n``'s field lines, when every line between is one
    (at most four of them, at least one naming its units)."""
    between: list[str] = []
    for ln in lines[n + 1:]:
        if not ln.strip():
            continue
        if (found := line_marker(ln.strip())) is not None:
            units = any(re.match(r"[牵责配][头任合]单位", b) for b in between)
            return found if units and len(between) <= 4 else None
        if not _FIELD_LINE.match(ln.strip()):
            return None
        between.append(ln.strip())
    return None


# a text's own title line (预防学生溺水工作方案), short and ending in a plan word
# (or the site's line over a page: 更新时间:2018-06-16 15:22作者:王新老师 / 发布日期：2021-03-02 来源：…, no sentence)
_PAGE_LINE = re.compile(r"(?:(?:更新|发布|发表)(?:时间|日期)|来源|作者)\s*[:：][^。；;，,]{0,60}$")
# a law site's name line over the page 「法搜网--中国法律信息搜索网」, and the notice's title that issues the plan
# 「…人民政府关于印发…实施方案的通知」 (the page opens at item 15 under them)
_SITE_NAME = re.compile(r"^[^。；;，,:：\s]{1,20}网(?:\s*[-—–]{1,2}\s*[^。；;，,:：\s]{2,24}网)?$")
_ISSUING_TITLE = re.compile(r"^[^。；;，,:：]{2,40}关于(?:印发|转发)[^。；;，,:：]{4,50}"
                            r"(?:方案|计划|要点|意见|措施|办法|细则|规划)"
                            r"[”\"》]?的通知$")
# (an essay site's post line over the page: its column, the day it was posted and who posted it, run together
# 「责任书2018-10-11李一老师」 — short, no sentence in it)
_POST_DAY = re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)")


def _post_line(line: str) -> bool:
    return len(line) <= 30 and _POST_DAY.search(line) is not None and re.search(r"[。；;，,:：]", line) is None


# a later page of a paged copy, as its title or the site's line numbers it: (第2/2页) / 第3页 / _页2 / —页2
_LATER_PAGE = re.compile(r"第\s*(?:[2-9]|\d{2})\s*(?:/\s*\d{1,2}\s*)?页|[_—－-]\s*页\s*(?:[2-9]|\d{2})(?!\d)")
TEXT_TITLE = re.compile(r"^[^。；;，,:：]{4,40}(?:方案|计划|要点|意见|措施|办法|细则|规划)$")

# the documents a cover issues together 「关于印发《A》和《B》的通知」「制定了《A》和《B》。现印发给你们」
_ISSUED_PAIR = re.compile(r"《([^《》\n]{4,80})》\s*[和及、]\s*《([^《》\n]{4,80})》")


def squashed_title(line: str) -> str:
    """A title line as it is compared with a name the cover prints in 《》: no spaces."""
    return re.sub(r"\s+", "", line)


def issued_names(preamble: str) -> frozenset[str]:
    """The names of the documents a cover issues as a pair 《A》和《B》 (read once per text): where B's title stands
    alone on a line after A's last item, B begins there, its numbering its own, not A's last item's sub-items
    (CONVENTIONS round 30: a cover issuing two texts makes both the plan; Round 95's x351_04 清单)."""
    return frozenset(squashed_title(n) for m in _ISSUED_PAIR.finditer(preamble) for n in m.groups())
