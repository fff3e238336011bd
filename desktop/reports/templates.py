"""Finding and checking the Word templates: a user's copy in the workspace's template folder
wins over the shipped one, but only after it passes the checks here; a bad tag is refused with
a message naming the tag and the paragraph it stands in, never a traceback."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from desktop.errors import UserError

FILE_NAMES = {"half-year": "half_year.docx", "year-end": "year_end.docx",
              "monthly-info": "monthly_info.docx", "volume": "volume.docx",
              "briefing": "briefing.docx"}
_REPORT_FIELDS = {"title", "addressee", "lead", "body", "attachment_lines", "unit", "date",
                  "contact_person", "contact_phone", "plan_title", "period", "year"}
KNOWN_FIELDS = {
    "half-year": _REPORT_FIELDS,
    "year-end": _REPORT_FIELDS,
    "monthly-info": {"articles", "unit", "year", "month", "plan_title", "period"},
    "volume": {"title", "compiler", "date", "toc", "plan_title", "period", "year"},
    # the office's 简报 (monthly-info --all): masthead fields, then the month's articles
    "briefing": {"name", "issue", "office", "date", "articles", "year", "month", "period",
                 "plan_title"},
}
# The paragraph the generated text replaces: it must hold that tag and nothing else.
PLACEHOLDERS = {"half-year": "body", "year-end": "body", "volume": "toc"}
TEMPLATE_DIR_NAME = "templates"

# a brace or per cent typed with a Chinese input method, next to its partner of either width
_FULL_WIDTH = re.compile(r"｛[｛{％%]|\{[｛％]|[％%}]｝|％[}｝]|\}｝|％\}")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def shipped_template(kind: str) -> Path:
    from desktop import paths

    return paths.resource("templates", FILE_NAMES[kind])


def workspace_template_dir(db_path: Path | str) -> Path:
    """Where a user puts edited templates: a ``templates`` folder beside the workspace."""
    return Path(db_path).resolve().parent / TEMPLATE_DIR_NAME


def find_template(kind: str, template_dir: Path | str | None = None) -> tuple[Path, bool]:
    """(path, is_user_copy): the user's template if present, else the shipped one."""
    if kind not in FILE_NAMES:
        raise UserError(f"没有“{kind}”这种文档模板。")
    if template_dir is not None:
        user = Path(template_dir) / FILE_NAMES[kind]
        if user.is_file():
            return user, True
    return shipped_template(kind), False


def load_template(kind: str, template_dir: Path | str | None = None) -> Path:
    """The template to render ``kind`` with; a user's copy is validated first."""
    path, is_user = find_template(kind, template_dir)
    if is_user:
        validate_template(path, kind)
    elif not path.is_file():
        raise UserError(f"程序自带的模板 {path.name} 不见了，请重新安装本程序。")
    return path


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    """(where, text) of every paragraph in body, headers and footers."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist()
                     if n == "word/document.xml" or re.match(r"word/(header|footer)\d*\.xml$", n)]
            if "word/document.xml" not in names:
                raise UserError(f"模板「{path.name}」不是有效的 Word 文档（缺少正文部分）。"
                                "请用 Word/WPS 另存为 .docx 后再放入模板文件夹。")
            parts = [(n, z.read(n)) for n in sorted(names, key=lambda n: n != "word/document.xml")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(f"模板「{path.name}」无法打开（{exc}）。请确认它是用 Word/WPS 保存的 .docx 文件。") from exc
    out = []
    for name, data in parts:
        part = ("正文" if name == "word/document.xml"
                else "页眉" if "header" in name else "页脚")
        try:
            root = etree.fromstring(data)
        except etree.XMLSyntaxError as exc:
            raise UserError(f"模板「{path.name}」的{part}已损坏（{exc}）。请在 Word/WPS 中重新保存。") from exc
        for i, p in enumerate(root.iter(f"{_W}p"), 1):
            text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
            out.append((f"{part}第{i}段", text))
    return out


def _refuse(path: Path, where: str, text: str, tag: str, problem: str) -> UserError:
    shown = text if len(text) <= 40 else text[:40] + "…"
    return UserError(
        f"模板「{path.name}」有问题：{where}「{shown}」中的标记「{tag}」{problem}。"
        f"请在 Word/WPS 中改正后再试；把该文件移出模板文件夹即可改用程序自带的模板。",
        detail=str(path))


def validate_template(path: Path, kind: str) -> None:
    """Refuse a template with full-width braces, broken or unknown tags, or no placeholder."""
    from jinja2 import Environment, TemplateSyntaxError, meta

    from desktop.core.zipguard import check_docx

    if zipfile.is_zipfile(path):
        check_docx(path)         # a zip bomb is refused before any XML is parsed
    env = Environment()
    known = KNOWN_FIELDS[kind]
    paragraphs = _paragraphs(path)
    declared: set[str] = set()
    for where, text in paragraphs:
        bad = _FULL_WIDTH.search(text)
        if bad:
            tag = re.search(r"[｛{][｛{％%].*?[％%}｝][}｝]", text[bad.start():])
            raise _refuse(path, where, text, tag.group(0) if tag else bad.group(0),
                          "用了全角括号或全角百分号（中文输入法），请改为半角的 {{ }} 或 {% %}")
        stripped = _TAG.sub("", text)
        for opener in ("{{", "{%", "}}", "%}"):
            if opener in stripped:
                at = stripped.index(opener)
                raise _refuse(path, where, text, stripped[max(0, at - 10):at + 20].strip(),
                              "不完整（括号没有配对）")
        for tag in _TAG.findall(text):
            if tag.startswith("{{"):
                try:
                    found = meta.find_undeclared_variables(env.parse(tag))
                except TemplateSyntaxError as exc:
                    raise _refuse(path, where, text, tag, f"写法有误（{exc.message}）") from None
                unknown = found - known - declared
                if unknown:
                    raise _refuse(path, where, text, tag,
                                  f"用了未知的字段「{'、'.join(sorted(unknown))}」，可用的字段有："
                                  + "、".join(sorted(known)))
            else:
                loop = re.match(r"\{%-?p?\s*for\s+([\w\s,]+?)\s+in\s", tag)
                if loop:
                    declared |= {v.strip() for v in loop.group(1).split(",")}
                declared.add("loop")
    _check_whole(path, kind, paragraphs)


def _check_whole(path: Path, kind: str, paragraphs: list[tuple[str, str]]) -> None:
    """Block tags that pair up wrongly and unknown names, over the template as docxtpl sees it."""
    from docxtpl import DocxTemplate
    from jinja2 import Environment, TemplateSyntaxError

    _check_blocks(path, paragraphs)
    try:
        names = DocxTemplate(path).get_undeclared_template_variables(Environment())
    except TemplateSyntaxError as exc:
        tagged = [(w, t) for w, t in paragraphs if "{%" in t]
        where, text = tagged[0] if tagged else ("正文", "")
        tag = next(iter(re.findall(r"\{%.*?%\}", text)), "{% %}")
        raise _refuse(path, where, text, tag, f"所在的标记组写法有误（{exc.message}）") from None
    except Exception as exc:   # noqa: BLE001 — a file Word saved oddly must not crash the app
        raise UserError(f"模板「{path.name}」无法读取（{exc}）。请用 Word/WPS 重新保存为 .docx。") from exc
    unknown = names - KNOWN_FIELDS[kind]
    if unknown:
        name = sorted(unknown)[0]
        for where, text in paragraphs:
            for tag in _TAG.findall(text):
                if re.search(rf"\b{re.escape(name)}\b", tag):
                    raise _refuse(path, where, text, tag, f"用了未知的字段「{name}」")
        raise UserError(f"模板「{path.name}」用了未知的字段「{name}」。")
    placeholder = PLACEHOLDERS.get(kind)
    if placeholder:
        alone = re.compile(r"^\s*\{\{\s*" + placeholder + r"\s*\}\}\s*$")
        if not any(alone.match(text) for _, text in paragraphs):
            holder = next(((w, t) for w, t in paragraphs
                           if re.search(r"\{\{\s*" + placeholder + r"\s*\}\}", t)), None)
            tag = "{{ " + placeholder + " }}"
            if holder:
                raise _refuse(path, holder[0], holder[1], tag,
                              "必须单独占一段（生成的正文会替换这一整段）")
            raise UserError(f"模板「{path.name}」缺少标记「{tag}」：生成的正文要放在这里。"
                            f"请在正文位置单独起一段，输入 {tag}。")


_BLOCK = re.compile(r"\{%-?\s*(?:(?:p|tr|tc|r)\s+)?(\w+)")
_OPEN_CLOSE = {"for": "endfor", "if": "endif"}


def _check_blocks(path: Path, paragraphs: list[tuple[str, str]]) -> None:
    """``{% for %}``/``{% if %}`` must close in order; name the first tag that does not."""
    stack: list[tuple[str, str, str, str]] = []      # (keyword, tag, where, text)
    for where, text in paragraphs:
        for tag in re.findall(r"\{%.*?%\}", text):
            match = _BLOCK.match(tag)
            word = match.group(1) if match else ""
            if word in _OPEN_CLOSE:
                stack.append((word, tag, where, text))
            elif word in ("endfor", "endif"):
                if not stack or _OPEN_CLOSE[stack[-1][0]] != word:
                    opened = f"与前面的「{stack[-1][1]}」不配对" if stack else "前面没有对应的开始标记"
                    raise _refuse(path, where, text, tag, opened)
                stack.pop()
            elif word in ("else", "elif") and not (stack and stack[-1][0] == "if"):
                raise _refuse(path, where, text, tag, "前面没有对应的「{% if %}」")
    if stack:
        word, tag, where, text = stack[-1]
        raise _refuse(path, where, text, tag, f"没有对应的结束标记「{{% {_OPEN_CLOSE[word]} %}}」")
