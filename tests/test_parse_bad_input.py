"""Files the parser cannot use are refused with a Chinese message that says what to do."""

from __future__ import annotations

import tracemalloc
import zipfile

import pytest

from desktop.core.parse import parse_file, read_plan_file
from desktop.errors import BadInputError


def has_chinese(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def refused(path, *words):
    with pytest.raises(BadInputError) as info:
        parse_file(path)
    msg = info.value.message
    assert has_chinese(msg) and "Traceback" not in msg
    for word in words:
        assert word in msg, msg
    return msg


def test_missing_file(tmp_path):
    refused(tmp_path / "没有这个文件.txt", "找不到")


def test_directory(tmp_path):
    d = tmp_path / "plans.txt"
    d.mkdir()
    refused(d, "文件夹")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    refused(p, "空")


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text(" \n\u3000\n", encoding="utf-8")
    refused(p, "没有文字")


def test_binary_file(tmp_path):
    p = tmp_path / "binary.txt"
    p.write_bytes(bytes(range(256)) * 40)
    refused(p, "二进制")


def test_undecodable_text(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(b"\x80\xff" * 500)
    with pytest.raises(BadInputError) as info:
        read_plan_file(p)
    assert has_chinese(info.value.message)


def test_pdf_renamed_as_txt(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    refused(p, "另存为")


def test_corrupt_docx(tmp_path):
    p = tmp_path / "plan.docx"
    p.write_bytes(b"PK\x03\x04 this is not really a zip")
    refused(p, "Word", "另存为")


def test_zip_that_is_not_a_word_document(tmp_path):
    p = tmp_path / "plan.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "not word")
    refused(p, "Word")


@pytest.mark.parametrize("name,kind", [("plan.pdf", "PDF"), ("plan.doc", ".doc"), ("plan.wps", ".wps"),
                                       ("plan.xyz", ".xyz")])
def test_unsupported_extension(tmp_path, name, kind):
    p = tmp_path / name
    p.write_bytes(b"%PDF-1.4 fake")
    msg = refused(p, kind)
    assert ".docx" in msg and ".txt" in msg


def test_huge_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)          # sparse: instant to make
    tracemalloc.start()
    try:
        refused(p, "20 MB")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024          # refused from its size, never read into memory


def test_text_without_tasks(tmp_path):
    p = tmp_path / "notice.txt"
    p.write_text("关于做好春节期间值班工作的通知\n各单位：请做好值班安排。\n", encoding="utf-8")
    refused(p, "没有找到任何工作任务", "编号")
