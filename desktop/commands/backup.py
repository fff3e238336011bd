"""``backup`` and ``restore``: the window's 文件 → 备份／恢复 for scripts (desktop.store.safety, the same code).

``backup`` copies the workspace into its backups folder (where the window lists them) or into the file
``--out`` names; ``restore`` puts a backup's content into the workspace after saving the current state as a
backup. A refusal prints its Chinese message, exits 2 and leaves the workspace as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.commands.common import db_argument, output_file


def _command(sub: argparse._SubParsersAction, name: str, words: str, description: str,
             func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    """A subcommand on one workspace (``--db``)."""
    p = sub.add_parser(name, help=words, description=description)
    db_argument(p)
    p.set_defaults(func=func)
    return p


def register(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "backup", "备份工作区（与窗口中“文件 → 备份”相同）",
                 "备份工作区。不写 --out 时存入工作区旁的 backups 文件夹（窗口的“备份／恢复”中可见）。", cmd_backup)
    p.add_argument("--out", type=output_file, metavar="文件", help="备份存到这个文件（如 D:/备份/工作区-0630.sqlite）")


def register_restore(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "restore", "从备份恢复工作区（恢复前先把现在的工作区另存为一份备份）",
                 "把工作区恢复为备份文件的内容。恢复前会先把现在的工作区另存到 backups 文件夹，"
                 "如有需要还可以再恢复回来。工作区在落实窗口中打开时不能恢复。", cmd_restore)
    p.add_argument("file", type=Path, metavar="备份文件", help="要恢复的备份（.sqlite）")


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.store import safety
    from desktop.store.workspace import backup_workspace, workspace_path

    path = workspace_path(getattr(args, "db", None))
    if args.out is not None:
        target = safety.backup_to_file(path, args.out)
    else:
        safety.check_workspace_file(path)
        target = backup_workspace(path, "manual")
    print(f"已备份工作区“{path.name}”：\n{target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.store import safety
    from desktop.store.lock import WorkspaceLock
    from desktop.store.workspace import workspace_path

    path = workspace_path(getattr(args, "db", None))
    safety.check_workspace_file(path)
    lock = WorkspaceLock(path)
    try:
        got = lock.acquire()
    except OSError:
        got = False
    if not got and lock.busy:
        who = lock.holder()
        where = f"（计算机 {who['host']}，进程 {who['pid']}）" if {"host", "pid"} <= who.keys() else ""
        raise UserError(f"工作区“{path.name}”正在落实窗口中打开{where}，不能恢复，工作区未作改动。"
                        "请先关闭该窗口，再运行 restore；也可以在窗口中用“文件 → 备份／恢复”。")
    try:
        saved = safety.restore_backup(path, args.file)
    finally:
        lock.release()
    print(f"已把工作区“{path.name}”恢复为备份“{args.file.name}”的内容。")
    if saved is not None:
        print(f"恢复前的工作区另存为：\n{saved}")
    return 0
