"""``bench``: every measured figure against its floor, as JSON or a readable table.

A developer command: the benchmark, its synthetic plans and the large workspace live in
``desktop.devtools`` (not shipped), imported here only when the command runs. The bundle has
no devtools, so there it says so in Chinese and exits 2 instead of crashing.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.errors import UserError

NOT_IN_BUNDLE = "性能基准是开发者工具，安装包中没有。请在落实的源码目录中运行：python -m desktop bench"


def register(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser("bench", help="开发者用：运行性能基准（每项都与同次运行的基线对比；需在源码目录中运行）")
    bench.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    bench.add_argument("--only", action="append", metavar="组",
                       help="只运行某一组：plan_parse、large_workspace、startup、reports、exchange、frozen")
    bench.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    try:
        from desktop.devtools.bench import format_table, run_all
    except ModuleNotFoundError as exc:
        if exc.name not in ("desktop.devtools", "desktop.devtools.bench"):
            raise
        raise UserError(NOT_IN_BUNDLE) from exc

    report = run_all(args.only, progress=lambda name: print(f"… {name}", file=sys.stderr))
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_table(report))
    return 0
