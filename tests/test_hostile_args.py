"""Command-line arguments and plan files a careless user gives: each refused with a Chinese
message and exit 2, the workspace's bytes unchanged. And a revised plan with the same title
but another document number is not taken as a revision without asking."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_seeds import seed_path
from hostile_support import cli, digest, refused

from desktop.store import open_workspace


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("args") / "ws.sqlite"
    code, _, err = cli(["plan", "import", seed_path("000"), "--db", db])
    assert code == 0, err
    return db


@pytest.fixture()
def db(base, tmp_path) -> Path:
    path = tmp_path / "工作区 #2" / "ws.sqlite"
    path.parent.mkdir()
    shutil.copyfile(base, path)
    return path


def _plan_file(tmp: Path, name: str, data: bytes | str | None) -> Path:
    path = tmp / name
    if data is None:
        path.mkdir()
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, words", [
    ("方案.doc", b"\xd0\xcf\x11\xe0" + b"\0" * 600, "旧版 Word"),
    ("方案.pdf", b"%PDF-1.4 ...", "PDF"),
    ("空.txt", b"", "空的"),
    ("二进制.txt", bytes(range(256)) * 20, "二进制"),
    ("改名的pdf.txt", b"%PDF-1.7\n" + b"x" * 100, "PDF"),
    ("不是docx.docx", b"not a zip at all", "不是有效的 Word 文档"),
    ("只有空白.txt", "   \n\n  \t ", "没有文字"),
    ("通知.txt", "关于召开会议的通知\n请各单位准时参加。", "没有找到任何工作任务"),
    ("文件夹.txt", None, "文件夹"),
    ("无扩展名", "一、任务", "无扩展名"),
])
def test_bad_plan_file(db, tmp_path, name, data, words):
    path = _plan_file(tmp_path, name, data)
    refused(["plan", "import", path, "--db", db], [db], words)


def test_missing_plan_file(db, tmp_path):
    refused(["plan", "import", tmp_path / "没有这个文件.docx", "--db", db], [db], "找不到文件")


@pytest.mark.parametrize("argv, words", [
    (["report", "half-year", "--year", "24", "--all", "--out", "{tmp}/a.docx"], "年份"),
    (["report", "half-year", "--year", "2024", "--all", "--out", "{tmp}/a.xlsx"], ".docx"),
    (["report", "monthly-info", "--year", "2024", "--all", "--out", "{tmp}/a.docx"], "月份"),
    (["report", "monthly-info", "--year", "2024", "--month", "13", "--all", "--out", "{tmp}/a.docx"], "月份"),
    (["report", "ledger", "--year", "2024", "--unit", "x", "--all", "--out", "{tmp}/a.xlsx"], "不能"),
    (["report", "memo", "--year", "2024", "--out", "{tmp}/a.docx"], "无效"),
    (["report", "ledger", "--year", "2024", "--all", "--out", "{tmp}/无此文件夹/a.xlsx"], "不存在"),
    (["report", "ledger", "--year", "2024", "--all", "--out", "{tmp}"], "文件夹"),
    (["report", "ledger", "--year", "二〇二四", "--all", "--out", "{tmp}/a.xlsx"], "年份"),
    (["report", "ledger", "--year", "2024", "--all", "--fonts", "宋体", "--out", "{tmp}/a.xlsx"], "无效"),
    # the two years disagree; a year outside the plan names the plan's years
    (["report", "monthly-info", "--year", "2024", "--month", "2023-10", "--all", "--out", "{tmp}/a.docx"],
     "--year 2024 不一致"),
    (["report", "ledger", "--year", "1999", "--all", "--out", "{tmp}/a.xlsx"], "工作时间是2024年"),
    (["report", "year-end", "--year", "2030", "--all", "--out", "{tmp}/a.docx"], "没有2030年"),
    # whose report: never guessed on an office's (or role-less) workspace
    (["report", "half-year", "--year", "2024", "--out", "{tmp}/a.docx"], ("--all", "--unit 单位名称")),
    (["report", "year-end", "--year", "2024", "--out", "{tmp}/a.docx"], "年度总结"),
    # --month where the kind has no month
    (["report", "half-year", "--year", "2024", "--month", "6", "--all", "--out", "{tmp}/a.docx"],
     "去掉 --month"),
    (["report", "year-end", "--year", "2024", "--month", "2024-11", "--unit", "市民政局", "--out",
      "{tmp}/a.docx"], "去掉 --month"),
    (["package", "export", "--unit", "x", "--month", "2024-00", "--out", "{tmp}/a.luoshi"], "月份"),
    (["package", "export", "--unit", "x", "--month", "24-05", "--out", "{tmp}/a.luoshi"], "月份"),
    (["package", "export", "--unit", "x", "--month", "2024-05", "--to", "五月", "--out", "{tmp}/a.luoshi"], "月份"),
    (["package", "export", "--month", "2024-05", "--out", "{tmp}/a.luoshi"], "缺少必填参数"),
    (["package", "import"], "缺少必填参数"),
    (["plan", "import"], "缺少必填参数"),
    (["plan", "import", "a.txt", "--as-new", "--as-revision"], "不能"),
    (["bogus-command"], "无法识别"),
    (["package", "status", "--unknown-flag"], "无法识别的参数"),
])
def test_bad_arguments(db, tmp_path, argv, words):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    refused([*argv, "--db", db], [db], *(words if isinstance(words, tuple) else (words,)))
    assert not list(tmp_path.glob("a.*"))          # nothing written either


def test_an_exchange_package_given_to_plan_import(db, tmp_path):
    package = tmp_path / "方案.luoshi"
    package.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    text = refused(["plan", "import", package, "--db", db], [db], "交换包", "package import")
    assert "Word" not in text and "WPS" not in text


def test_a_units_workspace_reports_its_own_unit_by_default(db, tmp_path):
    with open_workspace(db) as ws:
        unit = ws.conn.execute("SELECT id FROM units WHERE name = '市民政局'").fetchone()[0]
        ws.set_setting("role", "unit")
        ws.set_setting("unit_id", str(unit))
    code, out, err = cli(["report", "half-year", "--year", "2024", "--out", tmp_path / "h.docx", "--db", db])
    assert code == 0, err
    from fixtures_reports import docx_checks as dc

    assert any(t.startswith("市民政局") for _, t in dc.body_paragraphs(tmp_path / "h.docx"))


def _revised(tmp: Path, doc_number: str) -> Path:
    text = seed_path("000").read_text(encoding="utf-8")
    path = tmp / f"修订稿 {doc_number[-3:]}.txt"
    path.write_text(text.replace("武政办〔2024〕20号", doc_number).replace("加强", "强化", 1), encoding="utf-8")
    return path


def _plans(db: Path) -> list[tuple[str, str]]:
    with open_workspace(db) as ws:
        return [(r["title"], r["doc_number"]) for r in ws.rows("SELECT title, doc_number FROM plans ORDER BY id")]


def test_same_title_other_document_number_is_not_a_silent_revision(db, tmp_path):
    revised = _revised(tmp_path, "武政办〔2025〕3号")
    text = refused(["plan", "import", revised, "--db", db], [db], "--as-new", "--as-revision",
                   "武政办〔2024〕20号", "武政办〔2025〕3号")
    assert "未导入" in text


def test_same_title_as_new_plan(db, tmp_path):
    revised = _revised(tmp_path, "武政办〔2025〕3号")
    code, out, err = cli(["plan", "import", revised, "--db", db, "--as-new"])
    assert code == 0, err
    assert [d for _, d in _plans(db)] == ["武政办〔2024〕20号", "武政办〔2025〕3号"]


def test_same_title_as_revision(db, tmp_path):
    revised = _revised(tmp_path, "武政办〔2025〕3号")
    code, out, err = cli(["plan", "import", revised, "--db", db, "--as-revision"])
    assert code == 0, err
    assert "已按修订稿更新" in out
    assert [d for _, d in _plans(db)] == ["武政办〔2025〕3号"]


def test_same_document_number_is_still_a_revision_without_asking(db, tmp_path):
    revised = _revised(tmp_path, "武政办〔2024〕20号")
    before = digest(db)
    code, out, err = cli(["plan", "import", revised, "--db", db])
    assert code == 0 and "已按修订稿更新" in out, err
    assert digest(db) != before


@pytest.mark.parametrize("answer, plans", [(None, 1), ("作为原方案的修订稿（保留已填报的进展）", 1),
                                           ("作为另一个新方案", 2)])
def test_client_asks_about_same_title_other_document_number(qtbot, tmp_path, answer, plans):
    from helpers_ui import FakePrompts, open_window

    from desktop.core.parse import parse_file
    from desktop.ui.first_run import FirstRunFlow

    db = tmp_path / "ws.sqlite"
    assert cli(["plan", "import", seed_path("000"), "--db", db])[0] == 0
    prompts = FakePrompts(choose=[answer])
    window = open_window(qtbot, db, prompts, role="office")
    finished: list[bool] = []
    flow = FirstRunFlow(window, window.session, prompts, on_finished=lambda: finished.append(True))
    revised = parse_file(_revised(tmp_path, "武政办〔2025〕3号"))
    flow._review(revised)              # asked before the review: a revision shows earlier corrections kept
    assert "武政办〔2024〕20号" in prompts.texts("choose")[0] and "武政办〔2025〕3号" in prompts.texts("choose")[0]
    if answer is None:
        assert finished and flow.review_dialog is None
    else:
        qtbot.waitUntil(lambda: flow.review_dialog is not None and flow.review_dialog.isVisible())
        flow.review_dialog.accept()
        qtbot.waitUntil(lambda: flow.result is not None, timeout=15000)
    assert len(_plans(db)) == plans
    window.close()


def test_demo_never_replaces_a_real_workspace(db, tmp_path):
    refused(["demo", "--db", db], [db], "不是演示工作区")
    other = tmp_path / "报告.docx"
    other.write_bytes(b"PK\x03\x04 a Word file")
    refused(["demo", "--db", other], [other], "不是演示工作区")
    refused(["demo", "--db", tmp_path], [], "不是演示工作区")


def test_demo_replaces_an_earlier_demo(tmp_path):
    demo = tmp_path / "demo.sqlite"
    assert cli(["demo", "--db", demo])[0] == 0
    code, out, err = cli(["demo", "--db", demo])
    assert code == 0, err
