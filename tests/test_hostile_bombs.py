"""Zip bombs in the Word files users hand the program — a plan .docx, a report template —
are refused while reading, by declared and by actual inflated size, before any XML is parsed:
a Chinese message, exit 2, the workspace's bytes unchanged, and the memory used stays small
(Python's peak allocation far below the bomb's size). No timed assertions."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hostile_support import digest, refused

from desktop.core import zipguard
from desktop.devtools.exchange_plan import make_plan
from desktop.errors import BadInputError, UserError
from desktop.store import open_workspace
from desktop.store.plans import save_plan

MB = 1024 * 1024
BOMB = 60 * MB                 # more than zipguard.MAX_PART_BYTES (50 MB)
PEAK_LIMIT = 16 * MB           # what reading and refusing a bomb may allocate at most


def _small_docx(text: str = "一、总体要求\n（一）推进工作。牵头单位：市民政局") -> bytes:
    import docx

    doc = docx.Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _rewrite(src: bytes, dst: Path, *, huge: str | None = None, size: int = BOMB,
             extra: int = 0) -> Path:
    """Copy a .docx, with member ``huge`` replaced by ``size`` bytes of XML (streamed, so the
    test itself stays small) and ``extra`` tiny members added."""
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED,
                                                                   compresslevel=1) as zout:
        for info in zin.infolist():
            if info.filename == huge:
                continue
            zout.writestr(info.filename, zin.read(info))
        if huge:
            with zout.open(huge, "w") as fh:
                head = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>'
                fh.write(head)
                chunk = b" " * MB
                left = size - len(head)
                while left > 0:
                    fh.write(chunk[:left])
                    left -= MB
        for n in range(extra):
            zout.writestr(f"customXml/item{n}.bin", b"x")
    return dst


def _forge_size(path: Path, member: str, fake: int) -> Path:
    """Write ``fake`` as the declared inflated size of ``member`` in both zip headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        offset = z.getinfo(member).header_offset
    struct.pack_into("<I", data, offset + 22, fake)               # local file header
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + length]) == name:
            struct.pack_into("<I", data, at + 24, fake)           # central directory
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


def _declared_document(dst: Path) -> Path:
    return _rewrite(_small_docx(), dst, huge="word/document.xml")


def _declared_styles(dst: Path) -> Path:
    return _rewrite(_small_docx(), dst, huge="word/styles.xml")


def _forged_document(dst: Path) -> Path:
    """Declares 2 KB, inflates to 60 MB."""
    return _forge_size(_rewrite(_small_docx(), dst, huge="word/document.xml"), "word/document.xml", 2048)


def _forged_media(dst: Path) -> Path:
    """A picture declaring 400 MB: the sum of declared sizes is over the limit."""
    src = _small_docx()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("word/media/image1.png", b"\x89PNG" + b"\0" * 1000)
    return _forge_size(dst, "word/media/image1.png", 400 * MB)


def _many_members(dst: Path) -> Path:
    return _rewrite(_small_docx(), dst, extra=zipguard.MAX_MEMBERS + 1)


BOMBS = {"declared-document": _declared_document, "declared-styles": _declared_styles,
         "forged-document": _forged_document, "forged-media": _forged_media,
         "many-members": _many_members}


def _peak(call) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        call()
    except BaseException as exc:      # noqa: BLE001 — returned for the caller to check
        error = exc
    else:
        error = None
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return error, peak


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {name: make(folder / f"{name}.docx") for name, make in BOMBS.items()}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_plan_bomb_refused_with_small_memory(bombs, kind):
    from desktop.core.parse import parse_file

    error, peak = _peak(lambda: parse_file(bombs[kind]))
    assert isinstance(error, BadInputError), error
    assert "压缩炸弹" in error.message or "已损坏" in error.message, error.message
    assert peak < PEAK_LIMIT, peak


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_template_bomb_refused_with_small_memory(bombs, kind, tmp_path):
    from desktop.reports.templates import validate_template

    template = tmp_path / "half_year.docx"
    template.write_bytes(bombs[kind].read_bytes())
    error, peak = _peak(lambda: validate_template(template, "half-year"))
    assert isinstance(error, UserError), error
    assert "压缩炸弹" in error.message or "已损坏" in error.message, error.message
    assert peak < PEAK_LIMIT, peak


@pytest.fixture()
def workspace(tmp_path) -> Path:
    path = tmp_path / "工作区" / "ws.sqlite"
    with open_workspace(path) as ws:
        save_plan(ws, make_plan(3), backup=False)
    return path


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_plan_bomb_at_the_command_line(bombs, kind, workspace):
    refused(["plan", "import", bombs[kind], "--db", workspace], [workspace], "已拒绝" if kind != "forged-document"
            else "文件")


@pytest.mark.parametrize("kind", ["declared-document", "forged-document"])
def test_template_bomb_at_the_command_line(bombs, kind, workspace, tmp_path):
    from desktop.reports.templates import workspace_template_dir

    folder = workspace_template_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "half_year.docx").write_bytes(bombs[kind].read_bytes())
    out = tmp_path / "总结.docx"
    refused(["report", "half-year", "--db", workspace, "--year", "2024", "--all", "--out", out],
            [workspace, out], "half_year.docx")


def test_a_normal_docx_passes_the_guard(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(_small_docx())
    zipguard.check_docx(path)
    before = digest(path)
    zipguard.check_docx(path)
    assert digest(path) == before
