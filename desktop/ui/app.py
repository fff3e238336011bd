"""Start the client: QApplication, logging, translations, the crash hook, the workspace, the window.

``run(db, smoke)`` is called by desktop.gui_entry. With ``smoke`` the program exits 0 as soon
as the main window has been painted once (start-up measure, frozen-bundle smoke test).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from PySide6.QtCore import (QLibraryInfo, QLocale, QMessageLogContext, QSettings, Qt, QtMsgType,
                            QTimer, QTranslator, qInstallMessageHandler)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.errors import UserError

log = logging.getLogger("luoshi.ui")
qt_log = logging.getLogger("luoshi.qt")

CANNOT_OPEN = "无法打开工作区"
IN_USE_TITLE = "工作区正在使用中"
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


def setup_logging() -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "luoshi.log"
    root = logging.getLogger("luoshi")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    qInstallMessageHandler(qt_message_handler)
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
    return app


def _daily_backup(path: Path) -> None:
    """Once a day, after the window is up: a copy of the workspace in its backups folder."""
    from desktop.store.safety import daily_backup

    try:
        daily_backup(path)
    except Exception:                     # a failed backup must not stop the day's work
        log.exception("daily backup of %s failed", path)


def run(db: Path | None, smoke: bool) -> int:
    app = make_app()
    log_path = setup_logging()
    install_translators(app)
    from desktop.ui import crash

    failures: list[str] = []
    if smoke:
        crash.install(on_bug=lambda text: (failures.append(text), app.exit(1)))
    else:
        crash.install()
    log.info("starting; log at %s", log_path)

    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts

    from desktop.store.lock import open_for_client

    path = db or paths.default_workspace()
    try:
        ws, lock = open_for_client(path)
    except UserError as exc:
        if smoke:
            print(exc.message, file=sys.stderr)
        else:
            QMessageBox.critical(None, CANNOT_OPEN, exc.message)
        return exc.exit_code
    readonly = ws.readonly
    if readonly:
        log.info("workspace %s opened read-only (%s)", path, lock.holder() if lock.busy else "read-only file")
    if readonly and not smoke and not lock.busy:
        QMessageBox.information(None, READ_ONLY_TITLE, READ_ONLY)
    elif readonly and not smoke:
        holder = lock.holder()
        QMessageBox.information(None, IN_USE_TITLE, IN_USE.format(
            host=holder.get("host", "?"), pid=holder.get("pid", "?"), since=holder.get("since", "?")))
    window = MainWindow(ws, prompts=Prompts(), settings=window_settings(), first_run=not smoke)
    if smoke:
        window.painted.connect(lambda: QTimer.singleShot(0, app.quit))
    window.show()
    if not readonly:
        QTimer.singleShot(0, lambda: _daily_backup(path))
    try:
        code = app.exec()
    finally:
        window.session.ws.close()       # the connection in use now (a restore reopens the file)
        lock.release()
    if failures:
        print(failures[0], file=sys.stderr)
        return 1
    return code
