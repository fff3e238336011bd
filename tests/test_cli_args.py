"""Careless-clerk input on the command line: Chinese errors, exit 2, nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_seeds import seed_path

from desktop.__main__ import main


@pytest.fixture(scope="module")
def demo(demo_built, tmp_path_factory):
    """This module's own copy of the run's demo workspace (its tests only read it)."""
    return Path(shutil.copy(demo_built, tmp_path_factory.mktemp("demo") / "demo.sqlite"))


@pytest.mark.parametrize("args, words", [
    (["--bogus"], "无法识别的参数：--bogus"),
    (["plan"], "缺少必填参数"),
    (["report", "weekly", "--year", "2024", "--out", "x.docx"], "可选：monthly-info、half-year"),
    (["report", "half-year", "--year", "abc", "--out", "x.docx"], "年份“abc”无效"),
    (["report", "monthly-info", "--year", "2024", "--month", "2024-13", "--out", "x.docx"], "月份“2024-13”无效"),
    (["report", "half-year", "--year", "2024", "--out", "no/such/folder/x.docx"], "输出文件夹"),
    (["package", "export", "--unit", "市民政局", "--month", "六月", "--out", "x.luoshi"], "应写成 YYYY-MM"),
])
def test_argument_errors_speak_chinese(capsys, args, words):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert words in err and "--help" in err and "invalid" not in err and "error:" not in err


def test_help_is_chinese(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：") and "选项" in out and "positional arguments" not in out


def test_report_month_accepts_both_forms(demo, tmp_path):
    for month in ("6", "2024-06"):
        out = tmp_path / f"{month}.docx"
        assert main(["report", "monthly-info", "--db", str(demo), "--year", "2024", "--month", month,
                     "--unit", "市民政局", "--out", str(out)]) == 0
        assert out.stat().st_size > 0


def test_report_refuses_a_year_outside_the_plan_and_a_volume_for_one_unit(demo, tmp_path, capsys):
    assert main(["report", "year-end", "--db", str(demo), "--year", "2030", "--all",
                 "--out", str(tmp_path / "y.docx")]) == 2
    assert "没有2030年的材料" in capsys.readouterr().err
    assert main(["report", "volume", "--db", str(demo), "--year", "2024", "--unit", "市民政局",
                 "--out", str(tmp_path / "v.docx")]) == 2
    assert "汇编" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_second_plan_in_a_workspace_is_announced(tmp_path, capsys):
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "import", str(seed_path("000")), "--db", db]) == 0
    assert "请核对：" in capsys.readouterr().out            # the parser's warnings are shown
    assert main(["plan", "import", str(seed_path("004")), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "工作区中已有《市政协十四届三次会议3号建议案办理工作方案》" in out and "当前方案" in out
