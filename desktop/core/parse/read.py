"""Reading a plan file (.txt in any common Chinese encoding, .docx) into text.

Everything that can go wrong with the file itself raises ``BadInputError`` with a
Chinese message that says what happened and what to do. A task table (a Word table, or
one written in the text, see ``text_tables``) becomes task lines by ``table_lines``.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import BadInputError, os_error_words

from .cell_blocks import ROW_NUMBER
from .table_figures import QUANTITY_HEAD, row_figures
from .table_heads import column_of, head_column, task_header
from .units import looks_like_unit

if TYPE_CHECKING:
    from docx.table import Table

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
WORD_SUFFIXES = {".docx"}
PACKAGE_SUFFIX = ".luoshi"        # an exchange package (desktop.exchange.format)
_ADVICE = "请在 Word 或 WPS 中打开它，“另存为” .docx 或 .txt 格式后再导入。"
_OLD_FORMATS = {
    ".doc": "旧版 Word（.doc）", ".wps": "WPS 文字（.wps）", ".pdf": "PDF",
    ".rtf": "RTF", ".odt": "OpenDocument（.odt）", ".xls": "Excel", ".xlsx": "Excel",
    ".et": "WPS 表格", ".ofd": "OFD 版式文件", ".docm": "带宏的 Word（.docm）",
    ".dotx": "Word 模板", ".html": "网页", ".htm": "网页", ".mht": "网页",
}


def read_plan_file(path: str | os.PathLike[str]) -> str:
    """The text of a plan file (.txt or .docx); raises BadInputError when it cannot."""
    p = Path(path)
    name = p.name or str(path)
    if not p.exists():
        raise BadInputError(f"找不到文件“{p}”。请检查文件名和所在文件夹是否正确。")
    if p.is_dir():
        raise BadInputError(f"“{name}”是一个文件夹，不是方案文件。请选择文件夹里的 .docx 或 .txt 文件。")
    suffix = p.suffix.lower()
    if suffix == PACKAGE_SUFFIX:
        raise BadInputError(
            f"“{name}”是落实的交换包（方案包、报送包或回执），不是工作方案文件，不能用“导入方案”打开。"
            "请改用交换包导入：python -m desktop package import 文件名（客户端：“文件”菜单 →“导入交换包”）。")
    if suffix not in TEXT_SUFFIXES and suffix not in WORD_SUFFIXES:
        kind = _OLD_FORMATS.get(suffix, f"“{suffix or '无扩展名'}”")
        raise BadInputError(f"不支持导入{kind}格式的文件“{name}”。{_ADVICE}")
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise BadInputError(f"无法读取文件“{name}”：{os_error_words(exc)}。请确认文件没有被其他程序占用。") from exc
    if size > MAX_BYTES:
        raise BadInputError(
            f"文件“{name}”有 {size / 1024 / 1024:.0f} MB，超过了 20 MB 的上限，不像是一份工作方案。"
            "请确认选对了文件；如果方案里有大量图片，请删去图片后另存为 .docx 或 .txt 再导入。")
    if size == 0:
        raise BadInputError(f"文件“{name}”是空的（0 字节）。请选择写有方案内容的文件。")
    if suffix in WORD_SUFFIXES:
        text = _read_docx(p, name)
    else:
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise BadInputError(f"无法读取文件“{name}”：{os_error_words(exc)}。请确认文件没有被其他程序占用。") from exc
        text = decode_bytes(data, name)
    if not text.strip():
        raise BadInputError(f"文件“{name}”里没有文字。请选择写有方案内容的文件。")
    return text


def decode_bytes(data: bytes, name: str = "文件") -> str:
    """Decode text bytes: BOMs (utf-8, utf-16, utf-32), then utf-8, then gb18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(data, "utf-32", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise BadInputError(f"文件“{name}”看起来是 PDF、Word 或压缩包，而不是纯文本。{_ADVICE}")
    if b"\x00" in data:
        guess = _utf16_without_bom(data) or _utf16_by_characters(data)
        if guess is not None:
            return guess
        raise BadInputError(f"文件“{name}”含有二进制内容，不是文本文件。{_ADVICE}")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    # Notepad's "Unicode" without its BOM: Chinese text in UTF-16 has hardly any zero bytes
    guess = _utf16_by_characters(data)
    if guess is not None:
        return guess
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text
    raise BadInputError(f"文件“{name}”的文字编码无法识别（不是 UTF-8 或 GBK/GB18030），或者根本不是文本文件。"
                        "请用记事本打开它，“另存为”时选择 UTF-8 编码后再导入。")


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise BadInputError(f"文件“{name}”标明是 {enc.upper()} 编码，但内容有损坏，无法读取。"
                            "请用记事本打开它，“另存为”时选择 UTF-8 编码后再导入。") from exc
    return text.lstrip("\ufeff")


def _checked(text: str, name: str) -> str:
    if _looks_binary(text):
        raise UnicodeDecodeError("utf-8", b"", 0, 1, "binary")
    return text


_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u00b7\x20-\x7e\n\r\t]")


def _utf16_by_characters(data: bytes) -> str | None:
    """UTF-16 (LE or BE) without a BOM, judged by what the characters are: nearly all Chinese,
    Chinese punctuation or plain ASCII."""
    if len(data) < 4 or len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:5000]
        if sample and len(_PLAUSIBLE.findall(sample)) >= 0.97 * len(sample) \
                and len(re.findall(r"[\u4e00-\u9fff]", sample)) >= 0.2 * len(sample) \
                and len(set(sample)) >= min(12, max(2, len(sample) // 3)):     # not one byte pair repeated
            return text
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    half = len(sample) // 2 or 1
    enc = "utf-16-le" if odd > half * 0.3 and even < half * 0.05 else (
        "utf-16-be" if even > half * 0.3 and odd < half * 0.05 else "")
    if not enc:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else text


_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd\ue000-\uf8ff]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    return len(_BAD_CHARS.findall(sample)) > max(3, len(sample) // 100)


# --- .docx -------------------------------------------------------------------------



def _read_docx(p: Path, name: str) -> str:
    if not zipfile.is_zipfile(p):
        raise BadInputError(f"文件“{name}”不是有效的 Word 文档（.docx）：文件已损坏，或者只是改了扩展名。{_ADVICE}")
    from desktop.core.zipguard import check_docx

    check_docx(p, name)                      # a zip bomb is refused before any XML is parsed
    try:
        import docx  # lazy: python-docx costs start-up time
        from docx.oxml.ns import qn
        document = docx.Document(str(p))
    except Exception as exc:  # noqa: BLE001 — any failure here means a bad file
        raise BadInputError(f"文件“{name}”无法作为 Word 文档打开（{type(exc).__name__}），可能已损坏或不是 Word 文档。"
                            f"{_ADVICE}") from exc
    lines: list[str] = []
    try:
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        body = document.element.body
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                lines.append(Paragraph(child, document).text)
            elif child.tag == qn("w:tbl"):
                lines.extend(table_lines(_table_rows(Table(child, document))))
    except Exception as exc:  # noqa: BLE001
        raise BadInputError(f"读取 Word 文档“{name}”的内容时出错（{type(exc).__name__}），文件可能已损坏。"
                            f"{_ADVICE}") from exc
    return "\n".join(lines)


def _table_rows(table: Table) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        last_id = None
        for cell in row.cells:
            if cell._tc is last_id:          # a merged cell repeats itself
                continue
            last_id = cell._tc
            cells.append("".join(cell.text.split("\n")).strip())
        rows.append(cells)
    return rows


def table_lines(rows: list[list[str]]) -> list[str]:
    """Lines of text for a table; a task table becomes ``1.任务(牵头单位:…;责任单位:…)`` lines."""
    header_at, cols = _find_header(rows)
    if header_at < 0:
        return ["  ".join(c for c in row if c) for row in rows]
    header: list[str] | None = rows[header_at]
    if header_at >= 1 and (merged := _two_row_header(rows[header_at - 1], rows[header_at], rows[header_at + 1:])):
        cols, header = merged, None            # (its columns count the two rows' cells: no figure column)
    elif header_at + 2 < len(rows) and _sub_header(rows[header_at + 1]) and (
            merged := _two_row_header(rows[header_at], rows[header_at + 1], rows[header_at + 2:])):
        # 「序号 | 工作任务 | 责任单位 | | 完成时限」 over 「 | | 牵头单位 | 配合单位 |」: the first row a header
        # itself, the second parting its grouped cells — no row of work
        return _task_rows(rows[header_at + 2:], merged)
    return _task_rows(rows[header_at + 1:], cols, header)


def _sub_header(row: list[str]) -> bool:
    """A row of header words only (牵头单位 | 配合单位 | 启动时间 | 完成时间): no figure, each cell a column's name."""
    cells = [re.sub(r"\s+", "", c) for c in row if c.strip()]
    return len(cells) >= 2 and all(
        len(c) <= 8 and not re.search(r"\d", c)
        and (column_of(c, whole=False) is not None or re.search(r"时间|时限|单位|部门|处室|科室", c)) for c in cells)


def _two_row_header(top: list[str], sub: list[str], body: list[list[str]]) -> dict[str, int] | None:
    """A header written in two rows: 「序号 | 内容清单 | 责任清单 | 措施清单」 over
    「责任领导 | 责任人 | 责任处室 | 普法对象 | …」, the second row naming the parts of the first's grouped columns.
    The columns of the rows are the first row's leading ones (number, task) and then the second row's — not the
    second row's from the first cell (its 责任处室 would read the row's 责任领导, a person). None where the cells do
    not add up to the rows' width."""
    names = [c.strip() for c in top if c.strip()]
    parts = [c.strip() for c in sub if c.strip()]
    widths = {len(r) - next((k for k, c in enumerate(reversed(r)) if c.strip()), len(r)) for r in body[:3]}
    if len(widths) != 1 or not names or column_of(re.sub(r"\s+", "", names[0]), whole=False) != "number":
        return None
    width = widths.pop()
    grouped = len(names) + len(parts) - width           # the first row's columns the second row parts
    lead = next((k for k, c in enumerate(names)
                 if column_of(re.sub(r"\s+", "", c), whole=False) not in ("number", "task")), len(names))
    if not 1 <= grouped or lead + grouped > len(names):
        return None
    at, cols = _find_header([names[:lead] + parts + names[lead + grouped:]])
    return cols if at == 0 and ("lead" in cols or "resp" in cols) else None


_COOPERATING = re.compile(r"配合|协同|协办|参与|协助")
# a header cell giving a row's aim beside its name (指标要求, 目标值, 2024年目标, 预期目标), not its kind (目标类型)
_AIM_HEAD = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:指标|目标)(?:要求|值|数)?|(?:预期|年度)(?:目标|指标)")


def _aim_rank(label: str) -> tuple[bool, int]:
    """An aim column's rank among the header's: a 目标 over an 指标 (指标 | 目标值: the indicator's name, then its
    aim), then the later year (2023年指标 | 2024年目标: last year's figure, then this year's)."""
    year = re.match(r"(?:19|20)\d{2}", label)
    return "目标" in label, int(year.group()) if year else 0


# a unit cell cut after a lone level word (…、区统计局、区 at a page's end): no unit's name
_CUT_LEVEL = re.compile(r"[、，,]\s*[省市区县镇乡]$")


def header_row(cells: list[str]) -> bool:
    """Whether a row of cells (a Word or pipe row, a line's cells split at bars or spaces) is a task table's
    header: the one test the text-table readers ask of a row (``text_tables``)."""
    return _find_header([cells])[0] == 0


def _find_header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The first of ``rows`` (up to five) that is a task table's header (``table_heads.task_header``, or a named
    project list's), with its columns; (-1, {}) where none is."""
    for r, row in enumerate(rows[:5]):
        found: dict[str, int] = {}
        aim: tuple[bool, int] | None = None           # the rank of the aim column taken as the detail
        for c, cell in enumerate(row):
            label = re.sub(r"\s+", "", cell)
            if len(label) > 12:
                continue
            column = head_column(label)               # (责任股室 / 主要部门: a unit column the words do not list)
            if column == "resp" and "resp" in found and "lead" not in found and _COOPERATING.search(label):
                found["lead"] = found.pop("resp")      # 责任单位 | 配合单位: X in charge, Y cooperating
                found["resp"] = c
            elif column == "resp" and "resp" in found and "more_resp" not in found:
                # 牵头单位 | 参与单位 | 责任单位, 检查主体 | 股室 (no 牵头 word): both are the row's units, in order
                found["more_resp"] = c
            elif column == "task" and "task" in found and "detail" not in found:
                found["detail"] = c                    # 实事项目 | 工作举措及实施计划: the task's measures
            elif column is None and _AIM_HEAD.fullmatch(label) and "task" in found and (
                    "detail" not in found or aim is not None and _aim_rank(label) > aim):
                found["detail"] = c                    # 任务名称 | 指标要求: the figure the named task aims at
                aim = _aim_rank(label)                 # (2023年指标 | 2024年目标, 指标 | 目标值: the later aim)
            elif column is not None and column not in found:
                found[column] = c
            elif column is None and QUANTITY_HEAD.fullmatch(label):
                found[f"quantity{c}"] = c              # 抽查比例 | 抽查数量 | 目标值: the row's figures
        if task_header(found):
            if "deadline" not in found and (times := [c for c, cell in enumerate(row) if c not in found.values()
                                                      and _TIME_COLUMN.fullmatch(re.sub(r"\s+", "", cell))]):
                found["deadline"] = times[0]           # 主要内容 | 时间 | 地点 | 参加单位: the row's day
            if stages := [c for c in range(found["task"]) if c not in found.values()
                          and _STAGE_COLUMN.fullmatch(re.sub(r"\s+", "", row[c]))]:
                found["stage"] = stages[0]             # 时间阶段 | 工作内容 | 责任单位: the stage opens the row's text
            if problems := [c for c in range(found["task"]) if c not in found.values()
                            and _PROBLEM_COLUMN.fullmatch(re.sub(r"\s+", "", row[c]))]:
                found["problem"] = problems[0]         # 存在问题 | 整改措施 | 责任单位: the problem each measure mends
            return r, _name_first(row, found)
        if (named := _named_rows(row, found)) is not None:
            return r, named
    return -1, {}


# a 整改 list's problem column before its measures (存在问题, 巡察反馈问题, 审计发现问题, 问题清单): the problem a
# row's measure mends, kept in its text as 「存在问题：…」 (its cell merged down the measures of one problem)
PROBLEM_LABEL = "存在问题"
# (the row's last words, to its line's end, no label after: not a prose 「存在问题：…；整改措施：…」)
_PROBLEM_LINE = re.compile(r"(?:^|(?<=[。\n]))" + PROBLEM_LABEL + r"：[^：:\n]*(?=\n|$)")
_PROBLEM_COLUMN = re.compile(r"(?:(?:巡察|巡视|审计|督查|检查)?(?:反馈|发现|指出)的?)?(?:存在的?|主要|具体|突出)?问题"
                             r"(?:清单|描述|表现)?")


# a column naming what each row is (项目名称 / 项目 / 工程名称 / 事项名称), and the column of what is to be done with it
# (建设内容 / 目标要求 / 主要内容): the row's title is its name, the content its text and its figures
# (not 单位名称 / 指标名称: a roster's or a table of figures')
NAME_HEAD = re.compile(r"(?:项目|工程|事项|实事|实事项目)(?:名称)?"
                        r"|(?:(?!单位|部门|指标|考核)[\u4e00-\u9fff]){0,4}名称"
                        r"|(?:演练|培训|训练|比赛|竞赛)科目")   # (演练科目 | 情景构建 | 牵头单位: a drill named)
_CONTENT_HEAD = re.compile(r"(?:建设|工作|主要|项目|实施|改造)?内容|(?:目标|指标)(?:要求|任务)?|建设(?:规模|任务)"
                           r"|(?:工作)?任务(?:与|和|及)目标")          # (名称 | 责任单位 | 工作任务与目标)


def _name_first(row: list[str], found: dict[str, int]) -> dict[str, int]:
    """项目名称 | 建设内容 | 牵头单位: the task column the header words found is the content of the named project before
    it — the name is the task's title, the content its detail (when no other column is), and the row's place and
    money columns (建设地点, 年度投资（万元）) are kept in its text (``project_cells``)."""
    task = found["task"]
    # (「2024年建设内容」「建设内容（规模）」: the content column with the plan's year before it or a gloss after it)
    content = _CONTENT_GLOSS.sub("", re.sub(r"\s+", "", row[task]))
    if not _CONTENT_HEAD.fullmatch(content) and not _KIND_CONTENT.fullmatch(content):
        return found
    for c in range(task):
        name = re.sub(r"\s+", "", row[c])
        if c not in found.values() and NAME_HEAD.fullmatch(name) and (
                _CONTENT_HEAD.fullmatch(content) or name[:-2] == content[:-2]):
            named = {**found, "task": c, **({"detail": task} if "detail" not in found else {})}
            kept = [k for k, cell in enumerate(row) if k not in named.values()
                    and _PROJECT_CELL.fullmatch(re.sub(r"\s+", "", cell))]
            return {**named, **{f"kept{k}": k for k in kept}}
    return found


# a content header's year before it or gloss after it (2024年建设内容, 建设内容（规模）, 主要内容(2024年))
_CONTENT_GLOSS = re.compile(r"^(?:19|20)\d{2}年度?|[（(][^（）()]{1,8}[)）]$")
# a named project's place or money column (建设地点, 地点, 所处区域; 投资, 年度投资金额（万元）, 总投资(亿元),
# 资金来源): what the row says of the project beside its work, kept after its text as 「column：cell」
_PROJECT_CELL = re.compile(r"(?:建设|实施|项目|所在|所处)?(?:地点|地址|位置|区域)|所在地"
                           r"|(?:(?:19|20)\d{2}年)?(?:年度|计划|总|预计)?投资(?:金额|额|总额|规模)?(?:[（(][^（）()]{1,6}[)）])?"
                           r"|资金(?:来源|规模)(?:[（(][^（）()]{1,6}[)）])?")


# 活动名称 | 活动内容, 课程名称 | 课程内容: the content of the thing the name column before it names
_KIND_CONTENT = re.compile(r"[\u4e00-\u9fff]{1,4}内容")


# a header whose first cell names what each row is about, in words no task column uses (专项整治行业名称 | 时间安排 |
# 责任单位, 项目名称 | 完成时间 | 牵头单位): the rows are tasks when the header also has a unit and a time column
_TIME_CELL = re.compile(r"^(?:时间|时限|期限|节点|进度)|(?:时间|时限|期限|节点)(?:安排|要求)?$")
# a task table's time column in words the header words do not list (时间, 活动时间, 时间安排; not 启动时间)
_TIME_COLUMN = re.compile(r"(?:活动|实施|工作|办理)?(?:时间|日期)(?:安排)?")
# a column before the task column naming the stage each row is done in (时间阶段, 工作阶段, 实施步骤): the row's
# stage 「第一阶段(1-2月)」 is the first words of its task, as the plan prints the row
_STAGE_COLUMN = re.compile(r"(?:时间|工作|实施|推进|进度)?(?:阶段|步骤)(?:安排|划分)?")
_NOT_TASK_HEAD = re.compile(r"姓名|职务|职位|电话|联系|人员|负责人|地点|地址|数量|金额|资金|标准|年度|指标值|目标值"
                            r"|备注|阶段|步骤|批次|组别|分组|督查组|检查组|工作组")   # (stages, inspection groups)


def _named_rows(row: list[str], found: dict[str, int]) -> dict[str, int] | None:
    if len(row) < 3 or "task" in found or not ("lead" in found or "resp" in found):
        return None
    first = 1 if found.get("number") == 0 else 0
    if first >= len(row) or first in found.values():
        return None
    label = re.sub(r"\s+", "", row[first])
    if not 2 <= len(label) <= 12 or _NOT_TASK_HEAD.search(label) or _TIME_CELL.search(label) \
            or not re.fullmatch(r"[\u4e00-\u9fff（）()、/]+", label):
        return None
    times = [c for c, cell in enumerate(row) if c not in found.values() and _TIME_CELL.search(re.sub(r"\s+", "", cell))]
    if "deadline" not in found and not times:
        return None
    named = {**found, "task": first}
    named.setdefault("deadline", times[0] if times else -1)
    # (项目 | 目标要求 | 责任单位 | 完成时限: the aim of the named row is its detail)
    aims = [c for c, cell in enumerate(row) if c not in named.values() and c > first
            and _CONTENT_HEAD.fullmatch(re.sub(r"\s+", "", cell))]
    if not aims and first + 1 < len(row) and first + 1 not in named.values() and (
            (label := re.sub(r"\s+", "", row[first + 1])) and len(label) <= 6 and head_column(label) is None
            and not _NOT_TASK_HEAD.search(label) and not _TIME_CELL.search(label)
            and not QUANTITY_HEAD.fullmatch(label)):
        aims = [first + 1]              # 演练科目 | 情景构建 | 牵头单位: the cell after the name says what the row does
    if aims:
        named["detail"] = aims[0]
    return named


# a row naming a group of rows or closing the table (水污染防治 / 合计), not a work item of its own
_GROUP_ROW = re.compile(r"^(?:合计|小计|总计|共计)|^[\u4e00-\u9fff]{2,10}(?:防治|治理|领域|方面|板块|类)$")


def _task_rows(rows: list[list[str]], cols: dict[str, int], header: list[str] | None = None) -> list[str]:
    out: list[str] = []
    auto = 0
    above: tuple[str, str] | None = None     # the unit cells of the row above
    above_marker = ""
    problem = ""                              # the problem cell above, merged down its measures
    for row in rows:
        def cell(key: str, row: list[str] = row) -> str:   # this row, bound now
            i = cols.get(key, -1)
            return row[i].strip() if 0 <= i < len(row) else ""
        distinct = {c for c in row if c}
        if len(distinct) == 1:
            only = next(iter(distinct))
            if len(row) == 1 or re.match(r"^([一二三四五六七八九十]{1,3}[、.．]|"
                                         r"[(（][一二三四五六七八九十]{1,3}[)）])", only):
                out.append(only)                   # a merged full-width row: a section title
                problem = ""
                continue
        task = cell("task")
        if not task or re.fullmatch(r"(?:合计|小计|总计|共计)[:：]?", re.sub(r"\s+", "", task)):
            continue                               # (a closing 合计 row sums the rows above: no work of its own)
        auto += 1
        number = re.sub(r"[\s.、．]", "", cell("number"))
        if ROW_NUMBER.fullmatch(number):
            marker = f"{number}."
        elif re.fullmatch(r"[一二三四五六七八九十]{1,3}", number):
            marker = f"（{number}）"
        elif re.match(r"^(\d{1,3}[.、．]|[(（]\d{1,3}[)）])", task):
            marker = ""
        else:
            marker = f"{auto}."
        parts = []
        lead = _CUT_LEVEL.sub("", _blank_units(cell("lead"))) if cell("lead") else ""
        resp = "，".join(_CUT_LEVEL.sub("", _blank_units(c)) for c in (cell("resp"), cell("more_resp")) if c)
        if not lead and not resp and above and "number" in cols and not number and auto > 1 and above_marker \
                and ("deadline" not in cols or cell("deadline")) and not _GROUP_ROW.search(task):
            # no number and no unit: the row's 序号 and unit cells merged with the row above's (its number too);
            # not a group row (大气污染防治 / 合计) with no time of its own
            lead, resp, marker = *above, above_marker
        above, above_marker = (lead, resp), marker
        if lead:
            parts.append(f"牵头单位:{lead}")
        if resp:
            parts.append(f"责任单位:{resp}")
        if cell("deadline"):
            parts.append(f"完成时限:{_range_end(cell('deadline'))}")
        if leaders := row_leaders(cell("leader")):
            parts.append(f"{LEADERS_LABEL}:{'、'.join(leaders)}")   # people, not units (``task_leaders``)
        task = task.rstrip("。;；")
        if (stage := re.sub(r"\s+", "", cell("stage")).rstrip("：:")) and not task.startswith(stage):
            task = f"{stage}：{task}"             # (第一阶段(1-2月)：制定宣传方案)
        detail = cell("detail").rstrip("。;；")
        if header and (figures := row_figures(row, cols, header)):
            detail = "，".join(filter(None, (detail, figures)))
        if header and (kept := project_cells(row, cols, header)):
            detail = "。".join(filter(None, (detail, kept)))
        if header and "problem" in cols:
            problem = cell("problem").rstrip("。;；") or problem
            if problem:
                detail = "。".join(filter(None, (detail, f"{PROBLEM_LABEL}：{problem}")))
        if re.search(r"(^|[\s。；;])\d{1,2}[.、．](?!\d)", detail):   # (not 5.5%, 1.2万人)
            detail = ""                 # its own 1. 2. steps would be read as the plan's items: left out
        out.append(f"{marker}{task}。" + (f"{detail}。" if detail else "") + (f"({';'.join(parts)})" if parts else ""))
    return out


def without_problem(text: str) -> str:
    """A task's text without the 「存在问题：…」 its row kept (``_task_rows``): the problem is no part of the work —
    its figures (12个小区仍有3个未完工) are no targets, its years no deadline."""
    return _PROBLEM_LINE.sub("", text)


def project_cells(row: list[str], cols: dict[str, int], header: list[str]) -> str:
    """A named project's place and money cells (``_name_first``'s ``kept…`` keys), each as 「column：cell」
    (建设地点：纸坊街道；年度投资金额（万元）：300); "" when the row has none."""
    out = ["：".join((re.sub(r"\s+", "", header[at]), row[at].strip())) for key, at in cols.items()
           if key.startswith("kept") and at < len(row) and at < len(header) and row[at].strip()]
    return "；".join(out)


# a task table's 责任领导 column (ux59 finding 4): its names ride in the row's bracket under this label, which the
# unit readers take for people (``unit_labels``: no unit), and ``task_leaders`` gives the task
LEADERS_LABEL = "责任领导"
_LEADERS_IN = re.compile(LEADERS_LABEL + r"[:：](?P<names>[^;；)）]+)")
_NAME_SPLIT = re.compile(r"[、，,;；/／\s]+")


def row_leaders(cell: str) -> list[str]:
    """A 责任领导 cell's names (张明 / 张明、李华 / 张明 李华), posts after them kept (张明副区长)."""
    return [n for n in _NAME_SPLIT.split(cell.strip()) if n and not re.search(r"\d", n)]


def task_leaders(source: str) -> list[str]:
    """The people a task's row named (``row_leaders``), from the bracket ``_task_rows`` wrote (the task's source)."""
    m = _LEADERS_IN.search(source)
    return row_leaders(m.group("names")) if m else []


# a time cell holding a span (2024年3月1日至5月31日 / 6月—8月): the work is done by its end
_TIME_SPAN = re.compile(r"^(?P<y>\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)\s*(?:至|到|—|－|-|~|～|–)+\s*"
                        r"(?P<end>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|前|上旬|中旬|下旬)?)\s*$")


def _range_end(cell: str) -> str:
    m = _TIME_SPAN.match(cell.strip())
    if m is None:
        return cell
    end = m.group("end")
    return (m.group("y") or "") + end if "年" not in end else end


_UNNAMED_YET = re.compile(r"^[^、，,；;]{0,12}另行(?:确定|明确|商定|通知|下达)$|^(?:待定|另定|暂定)$")


def _blank_units(cell: str) -> str:
    """A unit cell listing its units with blanks between (安监站 安监所): the units parted by 、; a cell saying the
    units are to be named later (按市府办通知另行确定, 待定) names none."""
    if _UNNAMED_YET.search(cell):
        head = cell[:cell.find("另行")].strip()
        # (市财政局另行确定: the unit named, the rest its manner; 由县政府另行确定 / 按…通知另行确定: one who names it)
        return head if head and looks_like_unit(head) and not re.match(r"由|按|根据|依据|视|待|经", head) else ""
    if (verbed := _UNIT_DOING.fullmatch(cell.strip())) and looks_like_unit(verbed.group(1)):
        return verbed.group(1)  # 「各有关单位组织收看」: the column's unit, what it does after it
    names = cell.split()
    if len(names) == 2 and _PARENT_UNIT.search(names[0]) and _SUB_OFFICE.fullmatch(names[1]):
        return "".join(names)   # 「区人民政府 办公室」「市公安局 交警支队」: one unit wrapped in its cell
    return "、".join(names) if len(names) > 1 and all(looks_like_unit(n) for n in names) else cell


# a unit cell naming one body and what it does (各有关单位组织收看, 各学校负责落实)
_UNIT_DOING = re.compile(r"([^、，,；;\s]{2,20}?(?:单位|部门|学校|机构))"
                         r"(?:组织|负责|参加|参与|配合|做好|开展)[\u4e00-\u9fff]{1,8}")


# the office of the unit before it, not a unit of its own
# (「安监站 安监所」「区住建局 区城管局」 stay two)
_PARENT_UNIT = re.compile(r"(?:局|政府|委员会|委|厅|部|院|中心)$")
_SUB_OFFICE = re.compile(r"(?![区市县镇乡省各])[\u4e00-\u9fff]{0,8}(?:办公室|支队|大队|中队|分队|科|股|所|站|处|室|队)")
