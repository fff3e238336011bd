"""``demo``: build the demo workspace (seed 000 with eleven months of entries)."""

from __future__ import annotations

import argparse

from desktop.commands.common import db_argument


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="生成演示工作区（武政办〔2024〕20号，2024年1-11月进展）")
    db_argument(demo, help="演示工作区文件")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import build_demo
    from desktop.paths import demo_workspace

    path = build_demo(getattr(args, "db", None) or demo_workspace())
    print(f"演示工作区已生成：{path}")
    return 0
