"""``report KIND``: the Word and Excel files units hand in, from the workspace's entries."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import day_date, db_argument, month_number, output_file, year_number

KINDS = ("monthly-info", "half-year", "year-end", "ledger", "status", "volume")
# the reports that are either one unit's or the city's: the command line never guesses which
# on an office's workspace; on a unit's workspace they are that unit's own
WHO_REQUIRED = {"half-year": "半年小结", "year-end": "年度总结"}


def register(sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("report", help="生成月度信息、半年小结、年度总结（Word）和台账（Excel）")
    rep.add_argument("kind", choices=KINDS, metavar="KIND",
                     help="monthly-info | half-year | year-end | ledger | status | volume")
    db_argument(rep)
    rep.add_argument("--year", type=year_number, required=True, help="年份，例如 2024")
    rep.add_argument("--month", type=month_number, help="月份：6 或 2024-06（monthly-info 必填）")
    who = rep.add_mutually_exclusive_group()
    who.add_argument("--unit", help="单位名称（或简称）")
    who.add_argument("--all", action="store_true", help="全市（所有单位）")
    rep.add_argument("--out", type=output_file, required=True, help="输出文件（.docx 或 .xlsx）")
    rep.add_argument("--date", type=day_date, default=None,
                     help="落款日期，例如 2024-11-30（默认：方案规定的报送截止日；简报、工作信息、台账为今天）")
    rep.add_argument("--fonts", choices=("gb2312", "system"), default=None,
                     help="字体方案：gb2312（仿宋_GB2312 等）或 system（仿宋 等）")
    rep.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.paths import default_workspace
    from desktop.reports import generate

    db = getattr(args, "db", None) or default_workspace()
    if not Path(db).exists():
        raise UserError(f"找不到工作区文件：{db}。请用 --db 指定，或先导入工作方案。")
    month_year = getattr(args.month, "year", None)
    if month_year is not None and month_year != args.year:
        raise UserError(f"--month {month_year}-{int(args.month):02d} 与 --year {args.year} 不一致。"
                        f"请只写一个年份，例如 --year {month_year} --month {int(args.month)}。")
    unit = args.unit
    if args.kind in WHO_REQUIRED and not unit and not args.all:
        unit = _own_unit(Path(db))
        if unit is None:
            raise UserError(f"请说明生成谁的{WHO_REQUIRED[args.kind]}：全市的加 --all，"
                            f"某个单位的加 --unit 单位名称（例如 --unit 市民政局）。")
    kwargs = {"month": None if args.month is None else int(args.month), "unit": unit,
              "all_units": args.all, "out": args.out}
    if args.date:
        kwargs["date"] = args.date
    if args.fonts:
        kwargs["font_profile"] = args.fonts
    out = generate(args.kind, db, args.year, **kwargs)
    print(f"已生成：{out or args.out}")
    return 0


def _own_unit(db: Path) -> str | None:
    """The unit a unit's workspace belongs to (role ``unit``); None on the office's."""
    from desktop.store import open_workspace
    from desktop.store.queries import unit_name

    with open_workspace(db, create=False) as ws:
        if ws.setting("role", "") != "unit" or not ws.setting("unit_id", "").isdigit():
            return None
        return unit_name(ws, int(ws.setting("unit_id", "")))
