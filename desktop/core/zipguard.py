"""One guard for the Word files the program opens from users (plan .docx, report templates):
a zip bomb is refused while reading, before any XML is parsed.

Every member's declared size is checked (each, and the sum), then every XML part is inflated
as a stream in small chunks, counting, so a part that inflates to more than it declared — or
to more than the limit — is refused without ever being held in memory. A normal plan's
``document.xml`` is well under 5 MB.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from desktop.errors import BadInputError

MAX_PART_BYTES = 50 * 1024 * 1024          # one XML part, inflated
MAX_TOTAL_BYTES = 300 * 1024 * 1024        # all members, inflated (images included)
MAX_MEMBERS = 10_000
_CHUNK = 1 << 16


def _bomb(name: str, detail: str) -> BadInputError:
    return BadInputError(f"文件“{name}”{detail}，不像是一份正常的 Word 文档（疑似压缩炸弹），已拒绝，"
                         "没有作任何改动。请确认文件来源；如是正常文件，请在 Word 或 WPS 中重新保存后再试。")


NO_BODY = ("文件“{name}”是一个压缩包，但里面没有 Word 文档的正文（word/document.xml），不是真正的 .docx："
           "可能是别的压缩文件改了扩展名，或保存时没有存完整。请在 Word 或 WPS 中打开原文件，“另存为” .docx 后再试"
           "（方案也可另存为 .txt 导入）。")
_MAIN_PART = re.compile(r'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"'
                        r'|Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"')


def check_docx(path: Path, name: str | None = None) -> None:
    """Raise ``BadInputError`` when ``path`` (a zip) would inflate beyond the limits, or holds
    no document body (python-docx would only say KeyError)."""
    name = name or path.name
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _bomb(name, f"里有 {len(infos)} 个部件")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > MAX_TOTAL_BYTES or total > MAX_TOTAL_BYTES:
                    raise _bomb(name, f"解压后声明有 {total // (1024 * 1024)} MB")
                if _is_xml(info.filename) and info.file_size > MAX_PART_BYTES:
                    raise _bomb(name, f"的“{info.filename}”解压后声明有 {info.file_size // (1024 * 1024)} MB")
            for info in infos:
                if _is_xml(info.filename):
                    _inflate_counting(z, info, name)
            if not _has_body(z):
                raise BadInputError(NO_BODY.format(name=name))
    except BadInputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise BadInputError(f"文件“{name}”不是有效的 Word 文档（.docx）：压缩内容已损坏（{type(exc).__name__}）。"
                            "请在 Word 或 WPS 中打开它，“另存为” .docx 后再试。") from exc


def _has_body(z: zipfile.ZipFile) -> bool:
    """The zip has the part Word opens: the one ``_rels/.rels`` names as the office document
    (``word/document.xml`` in every Word and WPS file), and the content types beside it."""
    names = set(z.namelist())
    if "[Content_Types].xml" not in names:
        return False
    main = "word/document.xml"
    if "_rels/.rels" in names:          # already inflated within the limits above
        found = _MAIN_PART.search(z.read("_rels/.rels").decode("utf-8", "replace"))
        if found:
            main = found.group(1) or found.group(2)
    return main in names


def _is_xml(member: str) -> bool:
    return member.lower().endswith((".xml", ".rels"))


def _inflate_counting(z: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Inflate one part chunk by chunk; never more than the limit, never held whole."""
    got = 0
    with z.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            got += len(chunk)
            if got > MAX_PART_BYTES:
                raise _bomb(name, f"的“{info.filename}”解压后超过 {MAX_PART_BYTES // (1024 * 1024)} MB")
        # zipfile stops at the declared size: a stream with more behind it forged its size
        decompressor = getattr(fh, "_decompressor", None)
        if decompressor is not None and not getattr(decompressor, "eof", True):
            raise _bomb(name, f"的“{info.filename}”实际解压后比声明的 {info.file_size} 字节更大")
