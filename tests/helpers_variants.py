"""The rewrites of tests/test_parse_variants.py: each takes a plan's text and writes it in another
real style (its source in a comment), or returns None where the style has nothing to change.
``VARIANTS`` names them all, each also in traditional characters (``trad_…``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.parse import parse_text
from desktop.core.parse.script import FOLD

# --- transformations ------------------------------------------------------------------------
# Each takes a plan's text and returns it rewritten, or None where the style has nothing to change.

_CJK = "\u4e00-\u9fff"


def _changed(new: str, old: str) -> str | None:
    return new if new != old else None


def ascii_punct(text: str) -> str | None:
    """Full-width ，：；（） → ASCII: plans copied from web pages (seed 000, from a 文库 site, writes
    ``各区人民政府,市人民政府各部门:``; the pages corpus keeps ASCII brackets)."""
    table = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
    return _changed(text.translate(table), text)


def fullwidth_punct(text: str) -> str | None:
    """ASCII , : ; ( ) beside Chinese → full width: a clerk retyping a web copy in Word (Word's
    autoformat, and GB/T 9704 documents, write full-width punctuation). Digits keep theirs
    (``10:00``, ``1,000``)."""
    new = re.sub(rf"(?<=[{_CJK}]),|,(?=[{_CJK}])", "，", text)
    new = re.sub(rf"(?<=[{_CJK}]):|:(?=[{_CJK}])", "：", new)
    new = re.sub(rf"(?<=[{_CJK}]);|;(?=[{_CJK}])", "；", new)
    def bracket(m: re.Match) -> str:
        return f"（{m.group(1)}）" if re.search(f"[{_CJK}]", m.group(1)) else m.group(0)
    new = re.sub(r"\(([^()\n]*)\)", bracket, new)
    return _changed(new, text)


# an inline units bracket: （牵头单位：X；责任单位：Y） (the plans-dev and corpus style)
_UNITS_BRACKET = re.compile(
    r"（((?:牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门)：[^（）\n]*(?:（[^（）\n]*）[^（）\n]*)*)）")


def square_units(text: str) -> str | None:
    """（牵头单位：X；责任单位：Y） → [牵头单位:X;责任单位:Y]: task lists pasted from web tables and
    some county plans put the units in ASCII square brackets."""
    new = _UNITS_BRACKET.sub(lambda m: "[" + m.group(1).replace("：", ":").replace("；", ";") + "]", text)
    return _changed(new, text)


def lenticular_units(text: str) -> str | None:
    """（牵头单位：X；责任单位：Y） → 【牵头单位：X；责任单位：Y】: 政府工作报告 breakdowns (e.g. the
    广东 and 湖南 ones in tests/data/plans) put the units in 【】."""
    new = _UNITS_BRACKET.sub(lambda m: "【" + m.group(1) + "】", text)
    return _changed(new, text)


def unit_lines(text: str) -> str | None:
    """A units bracket ending its line → separate ``牵头单位：X`` / ``责任单位：Y`` lines under the item:
    the style of 区/街道 implementation plans (issue 10: 「separate 牵头单位：/责任单位： lines」)."""
    def lines(m: re.Match) -> str:
        parts = [p for p in re.split(r"[；;]", m.group(1)) if p.strip()]
        return m.group(2) + "\n" + "\n".join(parts)
    new = re.sub(rf"{_UNITS_BRACKET.pattern}([。；;]?)[ \t]*$", lines, text, flags=re.M)
    return _changed(new, text)


def role_words(text: str) -> str | None:
    """牵头单位/责任单位/配合单位 → 牵头部门/责任部门/协办单位: 政府工作报告 task breakdowns and 建议
    handling plans name the roles by 部门 (湖南 2019) and 协办单位 (办理 plans)."""
    table = {"牵头单位": "牵头部门", "责任单位": "责任部门", "配合单位": "协办单位"}
    # only the labels (「牵头单位：」, 「配合单位:」); 「各项目牵头单位」 inside a name stays as it is
    new = re.sub(rf"({'|'.join(table)})(?=\s*[：:])", lambda m: table[m.group(0)], text)
    return _changed(new, text)


def short_labels(text: str) -> str | None:
    """牵头单位：/责任单位：/配合单位： inside a units bracket → 牵头：/责任：/配合：: 政府工作报告
    breakdowns that save width write the roles short (「（牵头：市发展改革委；责任：各区政府）」)."""
    def short(m: re.Match) -> str:
        return "（" + re.sub(r"(牵头|责任|配合)(?:单位|部门)(?=[：:])", r"\1", m.group(1)) + "）"
    return _changed(_UNITS_BRACKET.sub(short, text), text)


_ARABIC_ITEM = re.compile(r"^([ \t　]*)(\d{1,2})[.．、](?!\d)")
_ARABIC_ITEM_ANYWHERE = re.compile(r"^([ \t　]*)(\d{1,2})[.．、](?!\d)", re.M)
_ARABIC_ITEM_DIGIT = re.compile(rf"^([ \t　]*)(\d{{1,2}})[.．、](?=\d+[{_CJK}])")
_PAREN_ARABIC = re.compile(r"^[ \t　]*[（(]\d{1,2}[)）]", re.M)
_CIRCLED_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"


def _renumber(text: str, style: Callable[[int], str]) -> str:
    """Each 1. / 1、 / 1． item marker rewritten in ``style``; 「11.121人才梯队项目」 (item 11 whose
    title starts with a digit) too, where 11 follows item 10 — a decimal like 「2.5亿元」 stays."""
    out, last = [], 0
    for line in text.split("\n"):
        m = _ARABIC_ITEM.match(line) or _ARABIC_ITEM_DIGIT.match(line)
        if m and (m.re is _ARABIC_ITEM or int(m.group(2)) == last + 1):
            last = int(m.group(2))
            line = m.group(1) + style(last) + line[m.end():]
        out.append(line)
    return "\n".join(out)


def _arabic_items(style: Callable[[int], str]) -> Callable[[str], str | None]:
    def rewrite(text: str) -> str | None:
        if style(1).startswith(("(", "（", "⑴")) and _PAREN_ARABIC.search(text):
            return None          # the plan already uses (1) for the level below: the levels would merge
        if style(1).endswith((")", "）")) and _PAREN_ARABIC.search(text):
            return None          # 1） in a plan that writes （1） too is the level below （1） (parser4's reading)
        if style(1).startswith("⑴") and any(int(m.group(2)) > 20 for m in _ARABIC_ITEM_ANYWHERE.finditer(text)):
            return None          # ⑴…⒇ stops at 20
        return _changed(_renumber(text, style), text)
    return rewrite


# 1. / 1、 / 1． / (1) / （1） / ⑴: all six are in real plans (1、 in county plans, 1． in GB/T 9704
# documents typed with full-width digits' punctuation, （1） and ⑴ in Word's automatic numbering).
num_dot = _arabic_items(lambda n: f"{n}.")
num_comma = _arabic_items(lambda n: f"{n}、")
num_fullstop = _arabic_items(lambda n: f"{n}．")
num_paren = _arabic_items(lambda n: f"({n})")
num_fullparen = _arabic_items(lambda n: f"（{n}）")
num_circled = _arabic_items(lambda n: _CIRCLED_PAREN[n - 1])


num_rparen = _arabic_items(lambda n: f"{n}）")
num_rparen_ascii = _arabic_items(lambda n: f"{n})")
# 1） and 1): Word's numbering library offers 「1)」 as a built-in list format, and county and
# street plans typed in WPS use it for the third level (e.g. 「1）加强组织领导。」); web copies
# turn the full-width bracket into ASCII.

_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (the numbers articles and sections are written in)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def articles(text: str) -> str | None:
    """Items 1. 2. … → 第一条 第二条 …, numbered on across the sections: 若干措施 / 实施细则 written
    as articles (「第一条　支持企业稳岗扩岗。…」, the style of province 若干政策措施 and 国办 细则)."""
    if _PAREN_ARABIC.search(text):
        return None      # a (1) level under the items would no longer sit under numbered items
    count = 0

    def article(n: int) -> str:
        nonlocal count
        count = count + 1 if count else n      # from the first item's own number (an item run
        return f"第{cn_number(count)}条\u3000"  # into its heading stays 1. before 第二条)
    return _changed(_renumber(text, article), text)


def cn_paren_ascii(text: str) -> str | None:
    """（一） → (一): web copies of 国务院 documents write the second level with ASCII brackets."""
    return _changed(re.sub(r"^([ \t　]*)（([一二三四五六七八九十]+)）", r"\1(\2)", text, flags=re.M), text)


def cn_dot(text: str) -> str | None:
    """一、 → 一.: plans typed by hand in county offices (and OCR of 、) write 一. for the first level."""
    return _changed(re.sub(r"^([ \t　]*)([一二三四五六七八九十]+)、", r"\1\2.", text, flags=re.M), text)


def indent(text: str) -> str | None:
    """Every paragraph indented two full-width spaces: a GB/T 9704 Word document saved as text."""
    return _changed(re.sub(r"^(?=\S)", "\u3000\u3000", text, flags=re.M), text)


def ascii_spaces(text: str) -> str | None:
    """Paragraphs indented with four ASCII spaces and a space after the numbering: an HTML page
    copied from a browser."""
    new = re.sub(r"^(?=\S)", "    ", text, flags=re.M)
    marker = r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、]"
    new = re.sub(rf"^(\s*(?:{marker}))(?=\S)", r"\1 ", new, flags=re.M)
    return _changed(new, text)


def nbsp_spaces(text: str) -> str | None:
    """Indents and the space after a numbering as NBSP (U+00A0): an HTML page's &nbsp;&nbsp;
    indents copied from a browser (gov.cn article pages indent paragraphs so)."""
    new = re.sub(r"^(?=\S)", "\u00a0\u00a0\u00a0\u00a0", text, flags=re.M)
    marker = r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、]"
    new = re.sub(rf"^(\s*(?:{marker}))(?=\S)", "\\1\u00a0", new, flags=re.M)
    return _changed(new, text)


def ideographic_spaces(text: str) -> str | None:
    """An ideographic space (U+3000) after each numbering (「一、　总体要求」, 「1.　加强…」) and two
    before each paragraph: Word documents whose numbering is followed by a full-width space."""
    marker = r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、．]"
    new = re.sub(rf"^(\s*(?:{marker}))(?=\S)", "\\1\u3000", text, flags=re.M)
    new = re.sub(r"^(?=\S)", "\u3000\u3000", new, flags=re.M)
    return _changed(new, text)


def crlf_bom(text: str) -> str | None:
    """Windows line ends and a UTF-8 byte-order mark: a .txt saved by Notepad on a Windows office
    PC (the users' machines)."""
    return "\ufeff" + text.replace("\n", "\r\n")


def one_line(text: str) -> str | None:
    """The whole document in one line, paragraphs run together with nothing between them: the
    text of a web page whose <p> breaks are lost when copied (seed 003 and several 文库 copies
    are so)."""
    return _changed(re.sub(r"[ \t\u3000]*\n[ \t\u3000\n]*", "", text.strip()), text)


def no_blank_lines(text: str) -> str | None:
    """Blank lines removed: a .docx read paragraph by paragraph (no empty paragraphs)."""
    return _changed(re.sub(r"\n\s*\n+", "\n", text), text)


def double_blank_lines(text: str) -> str | None:
    """A blank line after every paragraph: web pages with <p> margins copied as text."""
    return _changed(re.sub(r"\n", "\n\n", text.strip("\n")), text)


def hard_wrap(text: str, width: int = 34) -> str | None:
    """Lines broken every 34 characters mid-sentence: the text layer of a PDF (a 公文 page holds
    28 characters a line at 三号; scanned and re-typeset copies 30–40)."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return _changed("\n".join(out), text)


def page_markers(text: str) -> str | None:
    """``— 3 —`` page numbers between lines every 22 lines: PDF copies of 公文 (GB/T 9704 puts the
    page number as 一字线 + number + 一字线)."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 22 == 0:
            out.append(f"— {i // 22 + 1} —")
    return _changed("\n".join(out), text)


def page_markers_ascii(text: str) -> str | None:
    """``- 3 -`` page numbers with hyphens: the same PDF copied through a text extractor that maps
    the 一字线 to ASCII."""
    new = page_markers(text)
    return None if new is None else new.replace("— ", "- ").replace(" —", " -")


def running_heads(text: str) -> str | None:
    """The document's title as a line of its own every 22 lines: a PDF whose pages carry the
    title as a running head (政府工作报告 breakdowns and 国办 documents printed with a header),
    copied with the text layer. The title is the one the parser reads from the original."""
    title = parse_text(text).title
    if len(title) < 6:
        return None
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % 22 == 0:
            out.append(title)
    return _changed("\n".join(out), text)


def spaced_headings(text: str) -> str | None:
    """Short first-level headings letter-spaced (``一、工 作 任 务``): Word documents justify short
    headings with spaces between the characters."""
    def spread(m: re.Match) -> str:
        return m.group(1) + " ".join(m.group(2))
    new = re.sub(rf"^([一二三四五六七八九十]+、)([{_CJK}]{{2,6}})$", spread, text, flags=re.M)
    return _changed(new, text)


_HEAD = ("首页 > 政务公开 > 政府信息公开 > 政策文件\n"
         "索引号：11420100010000000/2024-00000   主题分类：综合政务\n"
         "发布机构：市人民政府办公厅   发文日期：\n"
         "发布时间：2024-04-15 09:30   来源：市人民政府办公厅   字号：[ 大 中 小 ]\n"
         "浏览次数：1024\n\n")
_TAIL = ("\n\n【打印本页】【关闭窗口】\n"
         "扫一扫在手机打开当前页\n"
         "相关链接：政府信息公开指南 | 依申请公开\n"
         "主办：市人民政府办公厅  版权所有  网站标识码：4201000000\n")


def web_chrome(text: str) -> str | None:
    """A government website's page around the plan: breadcrumbs, the 索引号 table, 发布时间/来源/
    字号 大中小 above; 打印本页/关闭窗口 and the site footer below (gov.cn and 市政府 sites)."""
    return _HEAD + text + _TAIL


_ESSAY_HEAD = "欢迎来到某某在线作文网!\n\n精选工作方案范文汇编六篇\n\n"


def essay_site(text: str) -> str | None:
    """An essay site's page above the plan (plans-next12 q01, q05): its welcome line and the heading of its
    compilation (精选…范文汇编六篇). (Its links below the text, run into the last task, are not tried.)"""
    return _ESSAY_HEAD + text


_TERMS_HEAD = ("- 1、本站文档一经付费(服务费)，不意味着购买了该文档的版权，仅供个人学习、研究之用。\n"
               "- 2、本站所有内容均由网友上传，本站不对文档的完整性做任何保证，下载前请自行鉴别。\n"
               "- 3、如文档侵犯您的版权，请点击“版权申诉”，也可以拨打客服电话举报。\n"
               "- 4、该文档为VIP文档，如果想要下载，成为VIP会员后，下载免费。\n"
               "- 5、成为VIP后，下载本文档将扣除1次下载权益，下载后不支持退款。\n"
               "查看更多\n")


def document_site_terms(text: str) -> str | None:
    """A document-sharing site's page (plans-next12 q06): its numbered terms for users (- 1、…付费… / - 4、…VIP
    会员…下载…) and 查看更多 above the document."""
    return _TERMS_HEAD + text


# a task written as one row: 「N.text（牵头单位：X；责任单位：Y）」 on a line of its own
_TASK_ROW = re.compile(r"^[ \t　]*(\d{1,2})[.．、](?!\d)(.*?)（([^（）\n]*)）。?[ \t]*$")
_ROW_UNITS = re.compile(r"^(?:牵头单位：(?P<lead>[^，；：]*)[，；])?(?P<role>责任单位|配合单位)：(?P<resp>[^：]*)$")


_ITEM_LINE = re.compile(r"^[ \t　]*(\d{1,2})[.．、](?!\d)([^（）()\n]+)$")
_LABEL_LINE = re.compile(r"^[ \t　]*(牵头领导|牵头负责领导|牵头单位|牵头责任单位|责任单位|协同责任单位|配合单位)[:：]"
                         r"([^（）()；;：:\n]+?)。?[ \t]*$")
_AS_COLUMN = {"牵头单位": "牵头单位", "牵头责任单位": "牵头单位", "责任单位": "责任单位", "协同责任单位": "责任单位",
              "配合单位": "配合单位"}


def _lines_to_brackets(text: str) -> str:
    """An item on one line with its units on label lines under it (1.…。/ 牵头单位：X / 责任单位：Y, the
    district and province style) → the item with a units bracket, so that it can become a table row
    (a 牵头领导 line, a post, goes: the table has no column for it)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        item = _ITEM_LINE.match(lines[i])
        labels: list[tuple[str, str]] = []
        j = k = i + 1                  # blank lines may stand between the label lines (web copies)
        while item and k < len(lines) and (not lines[k].strip() or (lab := _LABEL_LINE.match(lines[k]))):
            if lines[k].strip():
                labels.append((lab.group(1), lab.group(2).strip()))
                j = k + 1
            k += 1
        units = [(_AS_COLUMN[k], v) for k, v in labels if k in _AS_COLUMN]
        roles = [k for k, _v in units]
        if item and units and roles[-1] != "牵头单位" and roles.count("牵头单位") <= 1 and len(roles) <= 2:
            out.append(f"{item.group(1)}.{item.group(2).rstrip()}（" + "；".join(f"{k}：{v}" for k, v in units) + "）")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _as_table(text: str, row: Callable[[list[str]], list[str]],
              order: tuple[str, ...] = ("序号", "工作任务", "牵头单位", "责任单位"),
              names: dict[str, str] | None = None, need_lead: bool = False) -> str | None:
    """Each run of one-line tasks with a units bracket → a table under a header row (repeated for
    each run, as a PDF table repeats its header on each page); headings between runs stay lines, as
    a table's group rows do. ``order`` gives the columns (序号, 工作任务, 牵头单位, 责任单位 — the
    latter named as the bracket names it —, and 责任领导, a column of the leading official's post);
    ``names`` renames a header (责任单位 → 协办单位); 牵头单位 is left out where no row has a lead,
    unless ``need_lead`` (a variant about the lead column then does not apply)."""
    text = _lines_to_brackets(text)
    found = [(m, _ROW_UNITS.match(m.group(3))) for m in map(_TASK_ROW.match, text.split("\n")) if m]
    found = [(m, u) for m, u in found if u]
    if len(found) < 3:
        return None
    with_lead = any(u.group("lead") for _m, u in found)
    if need_lead and not with_lead:
        return None
    role = found[0][1].group("role")
    if any(u.group("role") != role for _m, u in found):
        return None
    columns = [c for c in order if c != "牵头单位" or with_lead]
    names = {"责任单位": role, **(names or {})}
    header = [names.get(c, c) for c in columns]
    out: list[str] = []
    in_table = False
    for line in text.split("\n"):
        m = _TASK_ROW.match(line)
        u = _ROW_UNITS.match(m.group(3)) if m else None
        if m is None or u is None:
            if line.strip():
                in_table = False
            out.append(line)
            continue
        if not in_table:
            out.extend(row(header))
            in_table = True
        cells = {"序号": m.group(1), "工作任务": m.group(2).strip(), "牵头单位": u.group("lead") or "",
                 "责任单位": u.group("resp"), "责任领导": "分管副市长"}
        out.extend(row([cells[c] for c in columns]))
    return "\n".join(out)


def table_pipes(text: str) -> str | None:
    """Task rows as ``1 | text | X | Y``: a Word or web table copied through a converter that
    writes `` | `` between cells (issue 10, class 6; the pages corpus has such tables)."""
    return _as_table(text, lambda cells: [" | ".join(cells)])


def table_tabs(text: str) -> str | None:
    """Task rows with a tab between cells: a table copied from Word or Excel and pasted as text."""
    return _as_table(text, lambda cells: ["\t".join(cells)])


def table_cells(text: str) -> str | None:
    """One cell a line: a table from a PDF or a web page whose cells come out one per line
    (issue 10, class 6)."""
    return _as_table(text, lambda cells: list(cells))


def _pipes(cells: list[str]) -> list[str]:
    return [" | ".join(cells)]


def table_resp_first(text: str) -> str | None:
    """责任单位 before 牵头单位: 政府工作报告 breakdown tables that list the 责任单位 (all units) first
    and the 牵头单位 after (plans-more's BASELINE class: the lead cell after the responsible cell)."""
    return _as_table(text, _pipes, ("序号", "工作任务", "责任单位", "牵头单位"), need_lead=True)


def table_resp_first_cells(text: str) -> str | None:
    """The same table one cell a line (a PDF's or web page's table copied as text)."""
    return _as_table(text, list, ("序号", "工作任务", "责任单位", "牵头单位"), need_lead=True)


def table_leader(text: str) -> str | None:
    """A 责任领导 column (the official's post) before the units: 政府工作报告 breakdowns of cities
    and counties (「序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位」) — a post, not a unit."""
    return _as_table(text, _pipes, ("序号", "工作任务", "责任领导", "牵头单位", "责任单位"))


def table_leader_cells(text: str) -> str | None:
    """The 责任领导 table one cell a line."""
    return _as_table(text, list, ("序号", "责任领导", "工作任务", "牵头单位", "责任单位"))


def table_xieban(text: str) -> str | None:
    """牵头单位 | 协办单位 columns: 建议/提案 handling plans' tables name the other units 协办单位."""
    return _as_table(text, _pipes, names={"责任单位": "协办单位"}, need_lead=True)


def table_peihe_cells(text: str) -> str | None:
    """牵头单位 / 配合单位 one cell a line: the column pair of district and street plans."""
    return _as_table(text, list, names={"责任单位": "配合单位"}, need_lead=True)


def table_wrapped(text: str) -> str | None:
    """One cell a line where a long task cell wraps onto a second line: a PDF table's text layer
    breaks a cell at the column's width (a row then takes two lines for its task)."""
    def wrap(cells: list[str]) -> list[str]:
        out = []
        for c in cells:
            if len(c) > 24 and not c.startswith(("序号", "工作任务")):
                out.extend([c[:18], c[18:]])
            else:
                out.append(c)
        return out
    return _as_table(text, wrap)


VARIANTS: dict[str, Callable[[str], str | None]] = {
    "ascii_punct": ascii_punct,
    "fullwidth_punct": fullwidth_punct,
    "square_units": square_units,
    "lenticular_units": lenticular_units,
    "unit_lines": unit_lines,
    "role_words": role_words,
    "num_dot": num_dot,
    "num_comma": num_comma,
    "num_fullstop": num_fullstop,
    "num_paren": num_paren,
    "num_fullparen": num_fullparen,
    "num_circled": num_circled,
    "cn_paren_ascii": cn_paren_ascii,
    "cn_dot": cn_dot,
    "indent": indent,
    "ascii_spaces": ascii_spaces,
    "no_blank_lines": no_blank_lines,
    "double_blank_lines": double_blank_lines,
    "hard_wrap": hard_wrap,
    "page_markers": page_markers,
    "page_markers_ascii": page_markers_ascii,
    "spaced_headings": spaced_headings,
    "running_heads": running_heads,
    "web_chrome": web_chrome,
    "essay_site": essay_site,
    "document_site_terms": document_site_terms,
    "table_pipes": table_pipes,
    "table_tabs": table_tabs,
    "table_cells": table_cells,
    "table_resp_first": table_resp_first,
    "table_resp_first_cells": table_resp_first_cells,
    "table_leader": table_leader,
    "table_leader_cells": table_leader_cells,
    "table_xieban": table_xieban,
    "table_peihe_cells": table_peihe_cells,
    "table_wrapped": table_wrapped,
    "num_rparen": num_rparen,
    "num_rparen_ascii": num_rparen_ascii,
    "articles": articles,
    "short_labels": short_labels,
    "nbsp_spaces": nbsp_spaces,
    "ideographic_spaces": ideographic_spaces,
    "crlf_bom": crlf_bom,
}
# left out: one_line (see the docstring; measured, not collected)


# Traditional characters: the simplified text written back in traditional, one character for one
# (the inverse of script.py's table; where several traditional characters fold into one simplified,
# the first of the table). Plans come so from big5 gateways (big5.www.gov.cn), Hong Kong-style web
# copies and province portals (plans-next n05, n06 are so). Every variant is also run on the plan
# in traditional (``trad_<variant>``); the answers are compared folded back into simplified, since
# the parser gives names back as written.
_TO_TRAD: dict[int, int] = {}
for _t, _s in FOLD.items():
    _TO_TRAD.setdefault(_s, _t)


def traditional(text: str) -> str | None:
    return _changed(text.translate(_TO_TRAD), text)


def _in_traditional(rewrite: Callable[[str], str | None]) -> Callable[[str], str | None]:
    def both(text: str) -> str | None:
        new = rewrite(text)
        return None if new is None else traditional(new)
    return both


BASE_VARIANTS = dict(VARIANTS)
VARIANTS["traditional"] = traditional
VARIANTS.update({f"trad_{name}": _in_traditional(rewrite) for name, rewrite in BASE_VARIANTS.items()})
