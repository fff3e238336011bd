"""``bench``: every measured figure against its floor, as JSON or a readable table."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser("bench", help="运行性能基准（每项都与同次运行的基线对比）")
    bench.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    bench.add_argument("--only", action="append", metavar="组",
                       help="只运行某一组：plan_parse、large_workspace、startup、reports、exchange、frozen")
    bench.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from desktop.bench import format_table, run_all

    report = run_all(args.only, progress=lambda name: print(f"… {name}", file=sys.stderr))
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_table(report))
    return 0
