"""The command line. Each subcommand lives in its own module with ``register(subparsers)``.

A module's ``register`` adds its parser and sets ``func(args) -> int`` as the default.
Expected trouble (``UserError``) is printed in plain Chinese with its exit code (2);
nothing heavy is imported until a command runs, so ``--help`` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.commands.common import ChineseArgumentParser, use_chinese_argparse
from desktop.errors import UserError

# module name → what it adds; the GUI is the default when no subcommand is given
COMMAND_MODULES = ("plan", "demo", "bench", "report", "package", "roster", "entry", "backup", "restore")


def output_encoding(stream: Any, platform: str = sys.platform,
                    console_cp: Callable[[], int] | None = None) -> str | None:
    """The encoding for a standard stream; None to leave it as Python chose.

    A console, and every pipe or file outside Windows: UTF-8. On Windows, output redirected
    to a file or a pipe is read back by whoever started us in the console's code page:
    Windows PowerShell decodes a native program's output with [Console]::OutputEncoding (936
    on Chinese Windows), whatever bytes come first, so a UTF-8 BOM would not help; cmd's
    ``> file`` leaves the bytes as they are, and Notepad reads the code page as ANSI. So
    redirected output takes the console's output code page; with no console at all, UTF-8.
    PYTHONIOENCODING, when set, wins.
    """
    if os.environ.get("PYTHONIOENCODING"):
        return None
    isatty = getattr(stream, "isatty", None)
    if platform != "win32" or (isatty is not None and isatty()):
        return "utf-8"
    if console_cp is None:
        import ctypes

        console_cp = ctypes.windll.kernel32.GetConsoleOutputCP      # type: ignore[attr-defined]
    cp = console_cp()
    return "utf-8" if cp in (0, 65001) else f"cp{cp}"


def _missing_stream() -> Any:
    """sys.stdout/stderr are None in the windowed luoshi.exe (PyInstaller --windowed): write to
    the console it was started from, if any, else nowhere — never crash on a print."""
    if sys.platform == "win32":
        try:
            import ctypes

            if ctypes.windll.kernel32.AttachConsole(-1):                # ATTACH_PARENT_PROCESS
                return open("CONOUT$", "w", encoding="utf-8", errors="replace")
        except (OSError, AttributeError):
            pass
    return open(os.devnull, "w", encoding="utf-8")


def setup_streams() -> None:
    """Chinese messages must survive a Windows console, a pipe, a file, or no console at all."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, _missing_stream())
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            encoding = output_encoding(stream)
            if encoding:
                reconfigure(encoding=encoding, errors="replace")
        except (ValueError, OSError):
            pass


def file_argument(value: str) -> Path:
    """A file given to the client: anything that names a file (an existing path, or a name with
    a folder or an extension). A bare word is a mistyped command, refused as one."""
    path = Path(value)
    if path.exists() or path.suffix or any(sep in value for sep in ("/", "\\")):
        return path
    raise argparse.ArgumentTypeError(
        f"无法识别的命令或文件“{value}”。可用的命令：{'、'.join(COMMAND_MODULES)}")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    use_chinese_argparse()
    parser = ChineseArgumentParser(
        prog="python -m desktop",
        description="落实 Luoshi：工作方案落实跟踪与报送。不带子命令时打开图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"Luoshi {__version__}")
    parser.add_argument("--db", type=Path, help="工作区文件（默认在用户数据文件夹中）")
    parser.add_argument("--demo", action="store_true", help="打开演示工作区（不存在时自动生成）")
    parser.add_argument("--smoke", action="store_true",
                        help="打开主窗口，绘制完成后立即退出（用于启动测试）")
    if not with_commands:
        # a file given to the client (dragged onto luoshi.exe, 打开方式): .luoshi packages are
        # imported, a plan .docx/.txt opens the plan import
        parser.add_argument("files", nargs="*", type=file_argument, metavar="文件",
                            help="要打开的文件：交换包（.luoshi）导入，工作方案（.docx、.txt）打开导入")
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"desktop.commands.{name}":
                continue            # a command whose module is not built yet
            raise
        module.register(sub)
    return parser


def run(argv: list[str]) -> int:
    setup_streams()
    # Starting the client names no command: skip importing and building the subcommands'
    # parsers (about 15 ms of the start-up the benchmark measures).
    gui_only = not (set(argv) & {*COMMAND_MODULES, "-h", "--help"})
    parser = build_parser(with_commands=not gui_only)
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from desktop.gui_entry import start_gui

            return start_gui(db=args.db, demo=args.demo, smoke=args.smoke,
                             files=getattr(args, "files", []))
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`… | head`): not an error of ours; silence the final flush
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        # disk full, a read-only folder, a workspace locked by another writer: expected
        # trouble in plain words and exit 2; anything else is a bug and keeps its traceback
        from desktop.store.safety import explain_sqlite_error

        problem = explain_sqlite_error(exc, getattr(args, "db", None), in_window=False)
        if problem is None:
            raise
        print(f"错误：{problem.message}", file=sys.stderr)
        return problem.exit_code
