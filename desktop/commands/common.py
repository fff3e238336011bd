"""What every subcommand shares: argument types that speak Chinese, and argparse's own words."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# argparse's own words, shown in --help and in its errors
_WORDS = {
    "usage: ": "用法：", "positional arguments": "位置参数", "options": "选项",
    "optional arguments": "选项", "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本并退出",
}
_ERRORS = [
    (r"argument (\S+): invalid int value: '(.*)'", "参数 {0} 的值“{1}”应为整数。"),
    (r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)", "参数 {0} 的值“{1}”无效，可选：{2}。"),
    (r"the following arguments are required: (.*)", "缺少必填参数：{0}。"),
    (r"unrecognized arguments: (.*)", "无法识别的参数：{0}。"),
    (r"argument (\S+): not allowed with argument (\S+)", "参数 {0} 不能与 {1} 同时使用。"),
    (r"argument (\S+): expected one argument", "参数 {0} 后面需要一个值。"),
    (r"argument (\S+): (.*)", "参数 {0}：{1}"),
]


def _zh(text: str) -> str:
    return _WORDS.get(text, text)


def translate_error(message: str) -> str:
    for pattern, words in _ERRORS:
        m = re.fullmatch(pattern, message)
        if m:
            parts = [g.replace("'", "").replace(", ", "、") for g in m.groups()]
            message = words.format(*parts)
            break
    return message if message.endswith(("。", "！", ".")) else message + "。"


class ChineseArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are Chinese and say where to find the usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{translate_error(message)}运行“{self.prog} --help”查看用法。\n")


def use_chinese_argparse() -> None:
    argparse._ = _zh  # type: ignore[attr-defined]  # argparse looks its words up through _


class Month(int):
    """A month number as ``--month`` gave it; ``year`` is the year written with it
    (``2024-06``), None for a bare ``6`` — checked against ``--year`` by the command."""

    year: int | None = None


def db_argument(parser: argparse.ArgumentParser, help: str = "工作区文件") -> None:
    """``--db PATH`` on a subcommand; left unset it falls back to the top-level ``--db``."""
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=help)


def month_number(value: str) -> Month:
    """--month for reports: ``6``, ``06`` or ``2024-06``."""
    m = re.fullmatch(r"\s*(?:(\d{4})[-/年.])?(\d{1,2})月?\s*", value)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"月份“{value}”无效，应为 1 到 12，或写成 2024-06")
    month = Month(int(m.group(2)))
    month.year = int(m.group(1)) if m.group(1) else None
    return month


def month_text(value: str) -> str:
    """--month for packages: ``2024-06`` (also ``2024/6``, ``2024年6月``)."""
    m = re.fullmatch(r"\s*(\d{4})[-/年.](\d{1,2})月?\s*", value)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"月份“{value}”无效，应写成 YYYY-MM，例如 2024-06")
    return f"{m.group(1)}-{int(m.group(2)):02d}"


def year_number(value: str) -> int:
    """--year: four digits. Whether the plan has work in that year is the workspace's to say
    (``reports.data.check_year`` names the plan's years)."""
    if not re.fullmatch(r"\s*\d{4}\s*", value) or int(value) < 1000:
        raise argparse.ArgumentTypeError(f"年份“{value}”无效，应写成四位数，例如 2024")
    return int(value)


def record_id(value: str) -> int:
    """--id: a record number as ``package status`` / ``package keys`` list them."""
    if not re.fullmatch(r"\s*\d{1,18}\s*", value) or int(value) < 1:
        raise argparse.ArgumentTypeError(f"编号“{value[:40]}”无效，"
                                         "应为 package status 或 package keys 列出的正整数编号")
    return int(value)


def day_date(value: str):
    """--date: ``2024-11-30``, ``2024/11/30`` or ``2024年11月30日``, a real calendar day."""
    import datetime as dt

    m = re.fullmatch(r"\s*(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?\s*", value)
    try:
        if not m:
            raise ValueError
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期“{value}”无效，应写成 YYYY-MM-DD，例如 2024-11-30") from None


def output_file(value: str) -> Path:
    """An output file whose folder must already exist: a mistyped folder is not created."""
    path = Path(value)
    if path.exists() and path.is_dir():
        raise argparse.ArgumentTypeError(f"“{value}”是一个文件夹，请写上文件名")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"输出文件夹“{path.parent}”不存在，请先创建它或换一个路径")
    return path
