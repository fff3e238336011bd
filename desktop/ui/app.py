"""Start the client: QApplication, logging, translations, the crash hook, the workspace, the window.

``run(db, smoke)`` is called by desktop.gui_entry. With ``smoke`` the program exits 0 as soon
as the main window has been painted once (start-up measure, frozen-bundle smoke test).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.errors import UserError

log = logging.getLogger("luoshi.ui")
qt_log = logging.getLogger("luoshi.qt")

CANNOT_OPEN = "无法打开工作区"
IN_USE_TITLE = "工作区正在使用中"
STARTUP_TITLE = "落实无法启动"
STARTUP_BUG = ("落实启动时出错（{kind}），没有打开。这是程序的问题，不是您的操作造成的，工作区没有改动。\n\n"
               "详细情况已写入日志文件夹：{logs}\n请把其中最新的日志文件发给技术支持人员，然后重新启动落实。")
IN_USE = ("这个工作区正在另一个落实窗口中打开（{host}，进程 {pid}，{since} 起）。"
          "为避免两处同时修改，本窗口以只读方式打开：可以查看，不能填报或导入。"
          "如需修改，请先关闭另一个窗口，再重新打开落实。")
READ_ONLY_TITLE = "工作区只读"
READ_ONLY = ("这个工作区文件（或它所在的文件夹）是只读的，本窗口以只读方式打开：可以查看，不能填报或导入。"
             "如需修改，请把工作区文件连同同名的 -wal、-shm 文件复制到有写入权限的文件夹（例如“我的文档”）后再打开。")
_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to our log, not to a console the user never sees."""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


AFTER_PAINT_FALLBACK_MS = 3000    # start-up work waits for the first paint at most this long
LOG_KEEP = 20                     # log files kept in the folder: the newest, one per start


def log_file_name(pid: int | None = None, now: datetime | None = None) -> str:
    """Each process writes its own file: two windows never rotate each other's log (Windows
    refuses to rename a file another process has open, and a shared rotation loses lines)."""
    now = now or datetime.now()
    return f"luoshi-{now:%Y%m%d-%H%M%S}-{os.getpid() if pid is None else pid}.log"


def prune_logs(folder: Path, keep: int = LOG_KEEP, spare: Path | None = None) -> None:
    """Only the newest ``keep`` logs stay; a log another window still writes to stays too."""
    logs = sorted(folder.glob("luoshi-*.log*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in logs[keep:]:
        if spare is None or old != spare:
            try:
                old.unlink()
            except OSError:               # open in another window (Windows): next time
                pass


def setup_logging() -> Path:
    qInstallMessageHandler(qt_message_handler)
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("luoshi")
    current = next((h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)), None)
    if current is not None:
        return Path(current.baseFilename)
    path = folder / log_file_name()
    # rotation is safe here: no other process ever opens this file
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2,
                                                   encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    prune_logs(folder, spare=path)
    return path


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Chinese by default (Qt's own strings from qtbase_zh_CN); ``en`` loads our English .qm."""
    language = language or os.environ.get("LUOSHI_LANG", "zh_CN")
    loaded = []
    if language.startswith("zh"):
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning("qtbase_zh_CN.qm not found in %s: standard buttons stay English", qt_dir)
    else:
        translator = QTranslator(app)
        if translator.load(str(paths.resource("desktop", "ui", "i18n", f"luoshi_{language}.qm"))):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def window_settings() -> QSettings:
    """Window geometry and splitters: an ini file in our config folder (portable mode works)."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def make_app() -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Luoshi")
    app.setApplicationDisplayName("落实")
    app.setOrganizationName("Luoshi")
    icon = paths.resource("desktop", "data", "luoshi.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _daily_backup(path: Path) -> None:
    """Once a day, after the window is up: a copy of the workspace in its backups folder."""
    from desktop.store.safety import daily_backup

    try:
        daily_backup(path)
    except Exception:                     # a failed backup must not stop the day's work
        log.exception("daily backup of %s failed", path)


def startup_failed(exc: BaseException, smoke: bool, title: str = STARTUP_TITLE) -> int:
    """Trouble before the main window is up: one Chinese message (never a traceback — the
    windowed exe would show PyInstaller's English one), the details in the log. With
    ``smoke`` the message goes to stderr and the program exits: nothing waits for a click."""
    from desktop.ui.crash import expected

    problem = expected(exc)
    if isinstance(problem, UserError):
        log.warning("cannot start: %s", problem.message)
        text, code = problem.message, problem.exit_code
    else:
        log.error("start-up failed", exc_info=(type(exc), exc, exc.__traceback__))
        text = STARTUP_BUG.format(kind=type(exc).__name__, logs=paths.log_dir())
        code = 1
    if smoke:
        print(text, file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox  # a message box is set up only when one is shown

        QMessageBox.critical(None, title, text)
    return code


def run(db: Path | None, smoke: bool, files: list[Path] | None = None, demo: bool = False) -> int:
    app = make_app()
    try:
        log_path = setup_logging()
    except OSError as exc:            # a log folder that takes no files must not stop the work
        log_path = None
        log.warning("no log file: %s", exc)
    install_translators(app)
    from desktop.ui import crash

    failures: list[str] = []
    if smoke:
        crash.install(on_bug=lambda text: (failures.append(text), app.exit(1)))
    else:
        crash.install()
    log.info("starting; log at %s", log_path)
    try:
        started = _open_window(app, db, smoke, files or [], demo)
    except BaseException as exc:      # anything before the window is up: one plain message
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return startup_failed(exc, smoke)
    if isinstance(started, int):
        return started
    window, lock = started
    try:
        code = app.exec()
    finally:
        window.session.ws.close()       # the connection in use now (a restore reopens the file)
        lock.release()
    if failures:
        print(failures[0], file=sys.stderr)
        return 1
    return code


def _held_elsewhere(path: Path) -> bool:
    """Another window has the workspace open (its lock is taken)."""
    from desktop.store.lock import WorkspaceLock

    probe = WorkspaceLock(path)
    try:
        if probe.acquire():
            probe.release()
            return False
    except OSError:                        # a folder that takes no lock file: nobody writes here
        return False
    return probe.busy


def _open_window(app: QApplication, db: Path | None, smoke: bool, files: list[Path],
                 demo: bool) -> Any:
    """The workspace, its lock and the main window; an exit code when the workspace cannot be
    opened (said in plain words)."""
    from desktop.store.lock import open_for_client
    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts

    if demo:
        db = db or paths.demo_workspace()
        if not db.exists():
            from desktop.demo import build_demo  # only the first time: it is a large module

            build_demo(db)
    path = db or paths.default_workspace()
    if files and not smoke and path.exists() and _held_elsewhere(path):
        # 落实 is already open on this workspace: hand the files to that window, open no other
        from desktop.ui.inbox import deliver

        deliver(path, files)
        log.info("handed %s to the window that has %s open", files, path)
        return 0
    try:
        ws, lock = open_for_client(path)
    except UserError as exc:
        return startup_failed(exc, smoke, CANNOT_OPEN)
    try:
        readonly = ws.readonly
        if readonly:
            log.info("workspace %s opened read-only (%s)", path,
                     lock.holder() if lock.busy else "read-only file")
        if readonly and not smoke:
            from PySide6.QtWidgets import QMessageBox  # set up only when there is something to say

            if not lock.busy:
                QMessageBox.information(None, READ_ONLY_TITLE, READ_ONLY)
            else:
                holder = lock.holder()
                QMessageBox.information(None, IN_USE_TITLE, IN_USE.format(
                    host=holder.get("host", "?"), pid=holder.get("pid", "?"), since=holder.get("since", "?")))
        window = MainWindow(ws, prompts=Prompts(), settings=window_settings(), first_run=not smoke,
                            files=files)
    except BaseException:
        ws.close()
        lock.release()
        raise
    if smoke:
        window.painted.connect(lambda: QTimer.singleShot(0, app.quit))
    later: list[Callable[[], Any]] = [] if smoke else [window.check_fonts]
    if not readonly:
        later.append(lambda: _daily_backup(path))
    after_first_paint(window, later)
    window.show()
    return window, lock


def after_first_paint(window: Any, work: list[Callable[[], Any]],
                      fallback_ms: int = AFTER_PAINT_FALLBACK_MS) -> None:
    """Run ``work`` once the window is on screen: just after its first paint, so the day's
    backup (a copy of the whole workspace) and the fonts check never hold the window back; or
    after ``fallback_ms`` when no paint comes (started minimized from a shortcut)."""
    if not work:
        return
    pending = list(work)

    def run_all() -> None:
        while pending:
            pending.pop(0)()

    window.painted.connect(lambda: QTimer.singleShot(0, run_all))
    QTimer.singleShot(fallback_ms, run_all)
