"""The main window: 工作台 / 任务 / 月度填报 tabs, menus, window state, the first-run flow."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QVBoxLayout, QWidget

from desktop import __version__, paths
from desktop.store.workspace import Workspace
from desktop.ui.doc_files import open_folder
from desktop.ui.forms.ui_main_window import Ui_MainWindow
from desktop.ui.session import Session

log = logging.getLogger("luoshi.ui")

# the window's words
TAB_DASHBOARD, TAB_TASKS, TAB_MONTHLY = "工作台", "任务", "月度填报"
PLAN_LINE = "{plan}　·　{who}"
NO_TITLE = "（未找到方案标题）"
NO_PLAN = "尚未导入工作方案：请选择“文件 → 导入工作方案”。"
WHO_OFFICE = "领导小组办公室"
WHO_UNIT = "{unit}（联络员）"
WHO_NONE = "尚未选择身份（设置 → 身份与联络员）"
READONLY = "（只读）"
PORTABLE = "（便携模式）"
WINDOW_TITLE = "落实 — {name}{suffix}"
ABOUT_TITLE = "关于落实"
ABOUT = ("落实 Luoshi {version}\n工作方案落实跟踪与报送：导入方案、按月填报进展和工作信息、"
         "跟踪指标、催报和汇总。\n\n工作区：{path}\n日志：{logs}\n本机密钥指纹：{fingerprint}")
NO_KEY_YET = "尚未生成（第一次导出交换包时生成）"
OPEN_WORKSPACE = "打开工作区"
WORKSPACE_FILTER = "落实工作区 (*.sqlite);;所有文件 (*)"
OPEN_FAILED = "无法启动新的落实窗口来打开“{path}”。请从命令行运行：落实 --db \"{path}\""
PACKAGE_SUFFIXES = (".luoshi", ".zip")     # what a drop onto the window imports
PLAN_SUFFIXES = (".docx", ".txt")          # a plan given to the program opens the plan import
OPEN_FILE_TITLE = "打开文件"
CANNOT_OPEN_MISSING = "找不到文件“{path}”。它可能已被移走或删除。"
CANNOT_OPEN_KIND = ("落实不能打开“{name}”：可以打开的是交换包（.luoshi）和工作方案（.docx、.txt）。"
                    "其他文件请在“月度填报”中作为佐证材料添加。")
PLAN_READONLY = "本窗口以只读方式打开，不能导入工作方案。请在可以修改的窗口中导入。"
DROP_READONLY = "本窗口以只读方式打开，不能导入交换包。请在可以修改的窗口中导入。"
DROP_TITLE = "导入交换包"
PLAN_INFO_TITLE = "方案信息与阶段"
PLAN_INFO_SAVED = "已更正方案信息（以后导入修订稿时保留）：\n{lines}"
BACKUP_TITLE = "备份与恢复"
BACKED_UP = "已备份工作区：\n{path}"
RESTORED = "已恢复到所选的备份。恢复前的工作区另存为：\n{saved}"
REOPEN_FAILED = "恢复后无法重新打开工作区：{message}\n\n窗口将关闭；请重新启动落实。"
HELP_ACTION = "使用说明(&G)"              # 帮助 → the guide (desktop.ui.help, loaded when opened)
UNSAVED_TITLE = "内容尚未保存"
CLOSE_UNSAVED = ("刚填写的内容没能保存（见刚才的提示）。现在关闭，这些内容会丢失。\n\n"
                 "仍要关闭吗？选“否”可留在窗口中，腾出磁盘空间后再关闭。")


def relaunch_command(db: Path) -> tuple[str, list[str]]:
    """How to start this program on another workspace: the frozen exe, or ``python -m desktop``."""
    if paths.is_frozen():
        return sys.executable, ["--db", str(db)]
    return sys.executable, ["-m", "desktop", "--db", str(db)]


class MainWindow(QMainWindow):
    painted = Signal()          # first paint done: the smoke test and start-up measure wait on it

    def __init__(self, ws: Workspace, *, prompts: Any, settings: QSettings,
                 first_run: bool = True, files: list[Path] | None = None, inbox: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.prompts = prompts
        self.settings = settings
        self.session = Session.load(ws)
        self._painted = False
        self.first_run_flow: Any = None
        self._decisions: Any = None

        # pages are built when first shown: start-up pays only for the one on screen
        self._pages: dict[str, QWidget] = {}
        self._hosts: dict[str, QWidget] = {}
        for name, title in (("dashboard", TAB_DASHBOARD), ("tasks", TAB_TASKS), ("monthly", TAB_MONTHLY)):
            host = QWidget()
            QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
            self._hosts[name] = host
            self.ui.tabs.addTab(host, title)
        self.ui.tabs.currentChanged.connect(self._tab_changed)

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionImport.triggered.connect(self.import_plan)
        self.ui.actionRole.triggered.connect(self.choose_role)
        self.ui.actionRoster.triggered.connect(self.show_roster)
        self.ui.actionPlanInfo.triggered.connect(self.edit_plan_info)
        self.ui.actionOpenWorkspace.triggered.connect(self.open_workspace)
        self.ui.actionDashboard.triggered.connect(lambda: self.show_page("dashboard"))
        self.ui.actionTasks.triggered.connect(lambda: self.show_page("tasks"))
        self.ui.actionMonthly.triggered.connect(lambda: self.show_page("monthly"))
        self.ui.actionFind.triggered.connect(self.find)
        self.ui.actionOpenLogs.triggered.connect(lambda: open_folder(paths.log_dir()))
        self.ui.actionAbout.triggered.connect(self.about)
        self._add_help_action()
        from desktop.ui.reports_menu import ReportActions

        self.reports = ReportActions(self, self.session, prompts)
        for action, kind in ((self.ui.actionMonthlyInfo, "monthly-info"), (self.ui.actionHalfYear, "half-year"),
                             (self.ui.actionYearEnd, "year-end"), (self.ui.actionLedger, "ledger"),
                             (self.ui.actionStatus, "status")):
            action.triggered.connect(lambda _checked=False, k=kind: self.reports.export(k))
        from desktop.ui.exchange_menu import ExchangeActions

        self.exchange = ExchangeActions(self, self.session, prompts, on_changed=self.reload_all)
        self.ui.actionImportPackages.triggered.connect(self.exchange.import_packages)
        self.ui.actionExportSubmission.triggered.connect(
            lambda: self.exchange.export_submission(self.entry_month()))
        self.ui.actionExportPlanPackage.triggered.connect(self.exchange.export_plan)
        self.ui.actionExportReceipt.triggered.connect(lambda: self.exchange.export_receipt())
        self.ui.actionConflicts.triggered.connect(self.show_conflicts)
        self.ui.actionReceived.triggered.connect(self.show_received)
        self.ui.actionKeyChanges.triggered.connect(self.show_key_changes)
        self.ui.actionBackups.triggered.connect(self.show_backups)
        self.ui.actionBackupNow.triggered.connect(self.backup_now)
        self.backup_op: Any = None

        self.setAcceptDrops(True)           # package files dropped on the window are imported

        self._add_fonts_menu()
        self._update_header()
        self.restore_state()
        self.pending_plan: Path | None = None
        wanted = first_run and not self.session.readonly and (self.session.plan_id is None or not self.session.role)
        if files:
            QTimer.singleShot(0, lambda: self.open_files(files, then_first_run=wanted))
        elif wanted:
            QTimer.singleShot(0, self.start_first_run)
        self.inbox: Any = None
        if not self.session.readonly and inbox:
            from desktop.ui.inbox import Inbox

            # files double-clicked while this window is open arrive here (see desktop.ui.inbox)
            self.inbox = Inbox(ws.path, self._handed_over, self)
            QTimer.singleShot(0, self.inbox.check)

    # -- what the window shows -------------------------------------------------------
    def _update_header(self) -> None:
        s = self.session
        if s.is_office:
            who = s.ws.setting("office_name", "") or WHO_OFFICE
            if s.unit_id is not None:
                who += f"（{s.unit_name()}）"
        elif s.unit_id is not None:
            who = WHO_UNIT.format(unit=s.unit_name())
        else:
            who = WHO_NONE
        if s.plan_id is None:
            self.ui.planLabel.setText(NO_PLAN)
        else:
            title, doc = s.plan_header()
            plan = "　".join(part for part in (title or NO_TITLE, doc) if part)
            self.ui.planLabel.setText(PLAN_LINE.format(plan=plan, who=who))
        # without a unit the page stays open, greyed, with the way to choose one (ux64 finding 5)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self._hosts["monthly"]), s.plan_id is not None)
        suffix = READONLY if s.readonly else ""
        if paths.is_portable():
            suffix += PORTABLE
        for action in (self.ui.actionImport, self.ui.actionRole, self.ui.actionImportPackages):
            action.setEnabled(not s.readonly)
        # the office's plan is what every unit reports against: the office corrects it and sends it on
        self.ui.actionPlanInfo.setVisible(s.is_office)
        self.ui.actionPlanInfo.setEnabled(s.is_office and not s.readonly and s.plan_id is not None)
        self.ui.actionStatus.setVisible(s.is_office)
        self.ui.actionExportPlanPackage.setVisible(s.is_office)
        self.ui.actionExportReceipt.setVisible(s.is_office)
        self.ui.actionReceived.setVisible(s.is_office)
        self.ui.actionConflicts.setVisible(s.is_office)
        # the office's own unit's months are in its workspace already: nothing to send to itself
        self.ui.actionExportSubmission.setVisible(s.unit_id is not None and not s.is_office)
        self.setWindowTitle(WINDOW_TITLE.format(name=s.ws.path.name, suffix=suffix))

    # -- the pages ------------------------------------------------------------------------
    def page(self, name: str) -> Any:
        """The page, built on first use."""
        page = self._pages.get(name)
        if page is None:
            if name == "dashboard":
                from desktop.ui.dashboard_page import DashboardPage

                page = DashboardPage(self.session, self.prompts, decisions_from=lambda: self.decisions)
                page.month_requested.connect(self.open_month)
                page.import_requested.connect(self.import_plan)
                page.conflicts_requested.connect(self.show_conflicts)
                page.key_changes_requested.connect(self.show_key_changes)
                page.receipt_requested.connect(self.exchange.export_receipt)
                page.choose_unit_requested.connect(self.choose_role)
            elif name == "tasks":
                from desktop.ui.tasks_page import TasksPage

                page = TasksPage(self.session, self.prompts)
                page.task_edited.connect(self._task_edited)
            else:
                from desktop.ui.monthly_page import MonthlyPage

                page = MonthlyPage(self.session, self.prompts)
                page.entries_changed.connect(self._entries_changed)
                page.choose_unit_requested.connect(self.choose_role)
            page.restore_state(self.settings)
            self._hosts[name].layout().addWidget(page)
            self._pages[name] = page
        return page

    @property
    def decisions(self) -> Any:
        """The office's accept / return, shared by the grid, the opened month and 收到的报送."""
        if self._decisions is None:
            from desktop.ui.month_review import OfficeDecisions

            self._decisions = OfficeDecisions(self.session, self.prompts, on_changed=self.reload_all,
                                              export_receipt=self.exchange.export_receipt)
        return self._decisions

    def open_month(self, unit: dict[str, Any], month: str, parent: QWidget | None = None) -> Any:
        """A unit's month, read-only, for the office to review before accepting or returning it."""
        from desktop.ui.month_review import NOTHING_TO_OPEN, REVIEW_TITLE, MonthReviewDialog

        if not self.decisions.has_content(unit["id"], month):
            self.prompts.info(parent or self, REVIEW_TITLE.format(unit=unit["name"], month=month),
                              NOTHING_TO_OPEN.format(unit=unit["name"], month=month))
            return None
        dialog = MonthReviewDialog(self.session, self.prompts, self.decisions, unit, month, parent or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def dashboard(self) -> Any:
        return self.page("dashboard")

    @property
    def tasks(self) -> Any:
        return self.page("tasks")

    @property
    def monthly(self) -> Any:
        return self.page("monthly")

    def show_page(self, name: str) -> Any:
        page = self.page(name)
        self.ui.tabs.setCurrentWidget(self._hosts[name])
        return page

    def current_page(self) -> Any:
        for name, host in self._hosts.items():
            if host is self.ui.tabs.currentWidget():
                return self.page(name)
        return None

    def reload_all(self) -> None:
        self.session.refresh()
        self._update_header()
        for page in self._pages.values():
            page.reload()

    def _tab_changed(self, index: int) -> None:
        page = self.current_page()
        if page is not None and getattr(page, "stale", False):
            page.reload()

    def _task_edited(self, task_id: int) -> None:
        """A task corrected in the 任务 tab: the other pages show it when next opened."""
        for name in ("dashboard", "monthly"):
            if name in self._pages:
                self._pages[name].stale = True

    def _entries_changed(self) -> None:
        for name in ("dashboard", "tasks"):
            if name in self._pages:
                self._pages[name].stale = True

    def show_task(self, task_id: int) -> None:
        tasks = self.show_page("tasks")
        if not tasks.select_task(task_id):
            tasks.ui.searchEdit.clear()
            tasks.ui.mineCheck.setChecked(False)
            tasks.select_task(task_id)

    def entry_month(self) -> str:
        """The month the liaison is working on: the monthly page's, else the last one chosen."""
        if "monthly" in self._pages:
            return self._pages["monthly"].month
        return self.session.ws.setting("last_month", "") or self.session.current_month()

    def find(self) -> None:
        self.show_page("tasks").focus_search()

    # -- flows ----------------------------------------------------------------------------
    def start_first_run(self) -> None:
        self.first_run_flow = self._flow()
        self.first_run_flow.start()

    def import_plan(self) -> None:
        self.first_run_flow = self._flow()
        self.first_run_flow.start_import()

    def choose_role(self) -> None:
        self.first_run_flow = self._flow()
        self.first_run_flow.start_role(then_import=False)

    def open_workspace(self) -> None:
        """Another workspace opens in its own window (and process), with its own lock."""
        path = self.prompts.open_file(self, OPEN_WORKSPACE, WORKSPACE_FILTER)
        if path is None:
            return
        from PySide6.QtCore import QProcess

        program, args = relaunch_command(path)
        if not QProcess.startDetached(program, args):
            self.prompts.warn(self, OPEN_WORKSPACE, OPEN_FAILED.format(path=path))

    def show_received(self) -> Any:
        from desktop.ui.month_review import ReceivedDialog

        dialog = ReceivedDialog(self.session, self.prompts, self.decisions, self.open_month, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_conflicts(self) -> Any:
        from desktop.ui.exchange_dialogs import ConflictsDialog

        return self._open_dialog(ConflictsDialog(self.session, self.prompts, self))

    def show_key_changes(self) -> Any:
        from desktop.ui.exchange_dialogs import KeyChangesDialog

        return self._open_dialog(KeyChangesDialog(self.session, self.prompts, self))

    def show_roster(self) -> Any:
        from desktop.ui.roster_dialog import RosterDialog

        return self._open_dialog(RosterDialog(self.session, self.prompts, self))

    def edit_plan_info(self) -> Any:
        """方案信息与阶段…: correct the saved plan's own fields (``store.plans.edit_plan``: kept
        as corrections a revised plan will not silently revert, and in the audit log)."""
        from desktop.store import plans as store_plans, queries
        from desktop.ui.plan_info import PlanInfoDialog

        s = self.session
        if s.plan_id is None or s.readonly or not s.is_office:
            return None
        plan_id = s.plan_id
        dialog = PlanInfoDialog(store_plans.stored_plan_info(s.ws, plan_id), self,
                                duty_rows=queries.duties_with_senders(s.ws, plan_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(code: int) -> None:
            if code != QDialog.DialogCode.Accepted:
                return
            lines = store_plans.edit_plan(s.ws, plan_id, dialog.values)
            if lines:
                self.reload_all()
                self.prompts.info(self, PLAN_INFO_TITLE, PLAN_INFO_SAVED.format(lines="\n".join(lines)))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _open_dialog(self, dialog: Any) -> Any:
        dialog.changed.connect(self.reload_all)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_backups(self) -> Any:
        from desktop.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.session, self.prompts, self.restore_workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup_now(self) -> None:
        from desktop.ui.backups_dialog import run_backup

        self.backup_op = run_backup(self, self.session.ws.path, self.prompts, lambda target: self.prompts.info(
            self, BACKUP_TITLE, BACKED_UP.format(path=target)))

    def restore_workspace(self, backup: Path) -> bool:
        """Put a backup's content in the workspace and show it: the connection is closed, the
        current file backed up (restore_backup does), the backup copied in, the file reopened.
        The lock file stays held throughout. Synchronous: nothing may touch the closed
        connection meanwhile, and the backup API copies a workspace in well under a second."""
        from desktop.errors import UserError
        from desktop.store.safety import restore_backup
        from desktop.ui.crash import expected

        if self.session.readonly:
            return False
        if "monthly" in self._pages:
            self._pages["monthly"].flush()       # what was typed goes into the "before restore" copy
        path = self.session.ws.path
        self.session.ws.close()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = restore_backup(path, backup)
        except BaseException as exc:
            problem = expected(exc)
            reopened = self._reopen(path)
            if not isinstance(problem, UserError):
                raise
            if reopened:
                self.prompts.warn(self, BACKUP_TITLE, problem.message)
            return False
        if not self._reopen(path):
            return False
        self.prompts.info(self, BACKUP_TITLE, RESTORED.format(saved=saved))
        return True

    def _reopen(self, path: Path) -> bool:
        from desktop.errors import UserError
        from desktop.store import open_workspace

        try:
            self.session.ws = open_workspace(path)
        except UserError as exc:
            self.prompts.warn(self, BACKUP_TITLE, REOPEN_FAILED.format(message=exc.message))
            self.close()
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.reload_all()
        return True

    def about(self) -> None:
        from desktop.exchange.keys import own_identity

        mine = own_identity(self.session.ws, create=False)
        self.prompts.info(self, ABOUT_TITLE, ABOUT.format(version=__version__, path=self.session.ws.path,
                                                          logs=paths.log_dir(),
                                                          fingerprint=mine.fingerprint if mine else NO_KEY_YET))

    # -- files given on the command line (dragged onto luoshi.exe, 打开方式) ------------------------
    def open_files(self, files: list[Path], then_first_run: bool = False) -> None:
        """Packages are imported; a plan .docx/.txt opens the plan import with the file filled
        in; anything else is said. The first-run questions follow when they are still open."""
        files = [Path(f) for f in files]
        packages = [f for f in files if f.suffix.lower() in PACKAGE_SUFFIXES and f.is_file()]
        plans = [f for f in files if f.suffix.lower() in PLAN_SUFFIXES and f.is_file()]
        others = [f for f in files if f not in packages and f not in plans]
        for other in others:
            words = CANNOT_OPEN_MISSING if not other.exists() else CANNOT_OPEN_KIND
            self.prompts.warn(self, OPEN_FILE_TITLE, words.format(name=other.name, path=other))
        if packages and self.session.readonly:
            self.prompts.warn(self, DROP_TITLE, DROP_READONLY)
            packages = []
        plan = plans[0] if plans and not self.session.readonly else None
        if plans and self.session.readonly:
            self.prompts.warn(self, OPEN_FILE_TITLE, PLAN_READONLY)

        def after_packages() -> None:
            self.session.refresh()
            if plan is not None:
                self.pending_plan = plan
                self.first_run_flow = self._flow()
                if then_first_run and not self.session.role:
                    self.first_run_flow.start()
                else:
                    self.first_run_flow.start_import()
            elif then_first_run and (self.session.plan_id is None or not self.session.role):
                self.start_first_run()

        if packages:
            self.exchange.import_files(packages)
            op = self.exchange.op
            if op is not None and not op.done:
                op.finished.connect(after_packages)
                return
        after_packages()

    def _handed_over(self, files: list[Path]) -> None:
        """Files another start of the program passed on: bring the window up and open them."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.open_files(files)

    def _flow(self) -> Any:
        from desktop.ui.first_run import FirstRunFlow

        flow = FirstRunFlow(self, self.session, self.prompts, on_finished=self.reload_all)
        flow.plan_path = self.pending_plan
        self.pending_plan = None
        return flow

    # -- help ----------------------------------------------------------------------------------
    def _add_help_action(self) -> None:
        """帮助 → 使用说明, first in the menu (added here so the form stays as it is)."""
        from PySide6.QtGui import QAction, QKeySequence

        self.help_action = QAction(HELP_ACTION, self)
        self.help_action.setObjectName("actionGuide")
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        first = self.ui.menuHelp.actions()[0] if self.ui.menuHelp.actions() else None
        self.ui.menuHelp.insertAction(first, self.help_action)
        self.help_dialog: Any = None

    def show_help(self) -> Any:
        from desktop.ui.help import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        return self.help_dialog

    # -- fonts -------------------------------------------------------------------------------
    def _add_fonts_menu(self) -> None:
        """设置 → 公文字体: automatic (what this PC has), the official fonts, or the system ones."""
        from PySide6.QtGui import QAction, QActionGroup

        from desktop.ui import fonts

        menu = self.ui.menuSettings.addMenu(fonts.MENU)
        menu.setObjectName("menuFonts")
        self.ui.fontsBarSettingsButton.setMenu(menu)          # the bar's button opens the same choices
        self.ui.fontsBarCloseButton.clicked.connect(self.ui.fontsBar.hide)
        group = QActionGroup(self)
        self.font_actions: dict[str, QAction] = {}
        current = fonts.stored_choice()
        for value, label in fonts.CHOICES.items():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: fonts.set_choice(v))
            group.addAction(action)
            menu.addAction(action)
            self.font_actions[value] = action

    def check_fonts(self) -> str:
        """At start: when the official fonts are missing, say so once, in plain words — in a bar above the tabs
        that the clerk closes when read, not a dialog over the dashboard they came to work in."""
        from desktop.ui import fonts

        message = fonts.warning_once()
        if message:
            self.ui.fontsBarLabel.setText(fonts.bar_text(message))
            self.ui.fontsBar.show()
        return message

    # -- package files dropped on the window ---------------------------------------------------
    @staticmethod
    def dropped_packages(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [f for f in files if f.suffix.lower() in PACKAGE_SUFFIXES and f.is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_packages(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self.dropped_packages(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        if self.session.readonly:
            self.prompts.warn(self, DROP_TITLE, DROP_READONLY)
            return
        self.exchange.import_files(files)

    # -- window state ------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        tab = self.settings.value("main/tab")
        index = int(tab) if tab is not None and str(tab).isdigit() else 0
        if not self.ui.tabs.isTabEnabled(index):
            index = 0
        self.ui.tabs.setCurrentIndex(index)
        self.current_page()
        from desktop.ui.screen_fit import fit_to_screen

        fit_to_screen(self)         # a size saved on a larger screen, or the form's 1280×800

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/tab", self.ui.tabs.currentIndex())
        for page in self._pages.values():
            page.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if "monthly" in self._pages and not self._pages["monthly"].flush() \
                and not self.prompts.ask(self, UNSAVED_TITLE, CLOSE_UNSAVED):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
