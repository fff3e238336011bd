"""The 工作台 tab: what is due next, how far each target is, and for the office who is late."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QListWidgetItem, QMenu, QScrollArea, QWidget

from desktop.core.deadlines import (
    DEFAULT_DUE,
    NOT_DUE,
    WorkCalendar,
    articles_asked,
    leads_report,
    stated_due_rule,
    upcoming,
)
from desktop.core.duty_names import duty_name, senders_words
from desktop.core.model import shown_number
from desktop.core.plan_edits import month_words
from desktop.core.progress import target_share
from desktop.store import dashboard as figures, queries
from desktop.store.queries import STATUS_LABELS
from desktop.ui.chart import BarChart
from desktop.ui.dashboard_models import RECEIPT_COLORS, DueModel, GridModel
from desktop.ui.detail_models import big_number, target_label
from desktop.ui.forms.ui_dashboard_page import Ui_DashboardPage
from desktop.ui.one_line_label import OneLineLabel
from desktop.ui.session import Session

# the screen's words
HEADLINE = "<b>{who}</b>　今天是 {today}。{scope}共 {total} 项任务：{counts}。"
WHO_OFFICE = "领导小组办公室"
SCOPE_MINE = "本单位"
SUPPORTED = "另配合推进 {n} 项（不计入以上状态）。"
NO_PLAN = "尚未导入工作方案。请选择“文件 → 导入工作方案”，导入后这里会显示各项报送的截止时间和指标进度。"
NOTHING_DUE = "方案中的报送节点都已过去。"
# a unit's list empty while another unit's duty is still to come (rv70b finding 6): whose it is, not 「都已过去」
OTHERS_DUE = "本单位没有即将到期的报送事项（{duties}）。"
OTHER_DUE = "{name}由{who}报送"
OTHER_UNITS = "其他单位"
NO_DUTIES = ("方案中没有找到报送要求（如“每月10日前报送工作进展”）和工作阶段，这里没有截止日期可列。"
             "如有报送要求，请在“设置 → 方案信息与阶段…”中填写月度报送要求或工作阶段。")
CALENDAR_NOTE = ("注意：节假日数据只到 {last} 年，{years} 年的截止日期按“周一至周五上班”估算，"
                 "遇法定节假日和调休请以通知为准（升级程序可获得新的节假日数据）。")
WORKDAY_NOTE = "截止日期按法定工作日计算，遇节假日顺延（已考虑调休）。"
RULE_STATED = "月度进展按方案要求{rule}。"
RULE_ASSUMED = "方案未规定月度报送日期，按{rule}计。"
RULE_QUARTERLY = "方案要求{rule}，其间各月不催报。"
# the grid's first month when the plan reached this workspace after it began, as ``plan info`` says it
OWED_FROM_IMPORT = "从{month}（方案导入本工作区的月份）起计，此前各月显示“—”，补报的记为按时。"
LEADS_ONLY = "方案要求各牵头单位报送，配合单位不催报。"
LATE_FOR = "{month} 未报送的单位（{n} 家）："
ALL_IN = "{month} 各单位均已报送。"
NOTHING_DUE_YET = "还没有到期的月份。"
COPIED = "已复制"
COPY = "复制催报通知(&C)"
NOTE = "{latest}/{target}{unit}（{share}）"
SHARE_OF_PLAN = "占方案目标{share}"
PLAN_LEVEL = "总"
BOX_OFFICE = "各单位报送情况"
BOX_UNIT = "本单位各月报送情况"
OPEN = "打开 {unit} {month} 的报送…"
ACCEPT = "接受 {unit} {month} 的报送"
RETURN = "退回 {unit} {month} 的报送…"
CANNOT = "不能{what}：{why}"
WHAT_ACCEPT, WHAT_RETURN, WHAT_BOTH = "接受", "退回", "接受或退回"
RETURNED_ITEM = "{unit}　{month}月已退回，待重新报送"
RETURNED_COUNT = "　另有 {n} 个月份被退回、待重新报送（橙色）。"
NOTE_UPPER = "{latest}{unit}（上限 {target}{unit}）"
RECEIPT = "导出“{unit}”的回执…"
CONFLICT = "处理 {unit} {month} 的版本冲突…"
NOTICE_CONFLICTS = ("有 {n} 个月份的报送出现版本冲突：单位发来的新版本与办公室已接受（或办公室代填）的版本不同。"
                    "决定保留哪一版之前，按已接受（或代填）的版本统计。<a href='conflicts'>处理版本冲突…</a>")
NOTICE_KEYS = ("有 {n} 个交换包的签名密钥与以前登记的不同，没有导入：可能是对方换了电脑，也可能是冒充。"
               "请电话核对后决定。<a href='keys'>处理密钥变更…</a>")
# the office that sits inside a lead unit may enter that unit's progress itself (ux64 finding 5)
LEADS_SILENT = ("{units}{more}是牵头单位，尚未报送。办公室如设在其中某个单位内，可以代它填报："
                "<a href='unit'>选择本单位…</a>")
NOTICE_STYLE = ("QLabel#noticeLabel { background: #fef0c7; border: 1px solid #f79009; border-radius: 4px; "
                "padding: 6px; color: #7a2e0e; }")


class DashboardPage(QWidget):
    import_requested = Signal()
    choose_unit_requested = Signal()         # 设置 → 身份与联络员: the office enters for its unit
    conflicts_requested = Signal()
    key_changes_requested = Signal()
    receipt_requested = Signal(str)          # a unit's name: export its receipt
    month_requested = Signal(object, str)    # (unit, month): open it read-only

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None, *,
                 decisions_from: Callable[[], Any]) -> None:
        """``decisions_from`` gives the office's accept / return — the main window's, made when first
        needed (a click on the grid, never the start)."""
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self._decisions_from = decisions_from
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        # the note on the reporting rhythm on one line, the rest in its tooltip (m62c finding 4)
        note = OneLineLabel(self.ui.dueBox)
        note.setObjectName("calendarNoteLabel")
        self.ui.dueLayout.replaceWidget(self.ui.calendarNoteLabel, note)
        self.ui.calendarNoteLabel.deleteLater()
        self.ui.calendarNoteLabel = note
        self.due = DueModel(self)
        self.grid = GridModel(self)
        self.ui.dueView.setModel(self.due)
        self.ui.gridView.setModel(self.grid)
        self.ui.dueView.verticalHeader().hide()
        header = self.ui.dueView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.ui.gridView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.gridView.horizontalHeader().setMinimumSectionSize(34)
        self.chart = BarChart()
        scroll = QScrollArea(self.ui.chartHost)
        scroll.setWidgetResizable(True)
        # the chart fits any width (a long indicator name takes two lines): it scrolls down, never sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.ui.chartLayout.addWidget(scroll)
        self.ui.reminderEdit.setReadOnly(True)
        self.ui.copyReminderButton.clicked.connect(self.copy_reminder)
        self.ui.importButton.clicked.connect(self.import_requested)
        self.ui.noticeLabel.setStyleSheet(NOTICE_STYLE)
        self.ui.noticeLabel.linkActivated.connect(self._notice_link)
        self.ui.gridView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.ui.gridView.customContextMenuRequested.connect(self._grid_menu)
        self.ui.gridView.doubleClicked.connect(self._grid_open)
        self.ui.lateList.itemActivated.connect(self._late_open)
        self.leads_label = QLabel(self.ui.officeBox)
        self.leads_label.setObjectName("leadsLabel")
        self.leads_label.setWordWrap(True)
        self.leads_label.setMaximumWidth(self.ui.lateList.maximumWidth())
        self.leads_label.linkActivated.connect(lambda _link: self.choose_unit_requested.emit())
        self.ui.remindLayout.insertWidget(self.ui.remindLayout.indexOf(self.ui.lateList) + 1, self.leads_label)
        self.menu: QMenu | None = None
        self.stale = False
        self.late_month: str | None = None
        self.reload()

    @property
    def decisions(self) -> Any:
        return self._decisions_from()

    def reload(self) -> None:
        self.stale = False
        s = self.session
        self.ui.importButton.setVisible(s.plan_id is None and not s.readonly)
        self.ui.officeBox.setVisible(s.is_office or s.unit_id is not None)
        self.ui.officeBox.setTitle(BOX_OFFICE if s.is_office else BOX_UNIT)
        for widget in (self.ui.lateLabel, self.ui.lateList, self.ui.reminderEdit, self.ui.copyReminderButton):
            widget.setVisible(s.is_office)
        self._load_notice()
        if s.plan_id is None:
            self.ui.headlineLabel.setText(NO_PLAN)
            self.due.set_rows([])
            self.chart.set_bars([])
            self.grid.set_grid(figures.SubmissionGrid(months=[], units=[]))
            self.ui.calendarNoteLabel.set_note("")
            return
        scope = [] if s.is_office else s.scope()
        # the tasks a district carries out under its group (m66b): read once for the headline, the count and the bars
        carried = figures.carried_tasks(s.ws, s.plan_id, scope[0]) if scope else set()
        counts = figures.status_counts(s.ws, s.plan_id, scope or None, carried)
        supported = figures.supported_count(s.ws, s.plan_id, scope, carried) if scope else 0
        who = (s.ws.setting("office_name", "") or WHO_OFFICE) if s.is_office else (s.unit_name() or "")
        self.ui.headlineLabel.setText(HEADLINE.format(
            who=who, today=s.today.isoformat(), scope=SCOPE_MINE if scope else "", total=sum(counts.values()),
            counts="、".join(f"{STATUS_LABELS[k]} {v}" for k, v in counts.items()))
            + (SUPPORTED.format(n=supported) if supported else ""))
        self._load_deadlines()
        self._load_targets(scope, carried)
        if s.is_office or s.unit_id is not None:
            self._load_grid()

    def _load_deadlines(self) -> None:
        s = self.session
        cal = WorkCalendar()
        duties = queries.duties(s.ws, s.plan_id)
        phases = queries.phases(s.ws, s.plan_id)
        # a unit's list: the duties it sends (the office's: all), by the sender its sentence or its task names
        scope = None if s.is_office or s.unit_id is None else queries.scope_names(s.ws, s.unit_id)
        start = figures.span_start(s.ws, s.plan_id, s.today)
        rows = queries.duties_with_senders(s.ws, s.plan_id) if scope else duties
        items = upcoming(rows, phases, s.today, cal=cal, start=start, scope=scope)
        # the duties still to come that are other units' (a unit's list): named in the note when its own list is empty
        others = [] if scope is None or items else upcoming(rows, [], s.today, cal=cal, start=start)
        self.due.set_rows([{"id": i, "deadline": d} for i, d in enumerate(items)])
        stated = stated_due_rule(duties)
        rule = (RULE_ASSUMED.format(rule=DEFAULT_DUE.describe()) if stated is None
                else RULE_QUARTERLY.format(rule=stated.describe()) if stated.every != "month"
                else RULE_STATED.format(rule=stated.describe()))
        if leads_report(duties):
            rule += LEADS_ONLY
        owed_from = figures.first_month(s.ws, s.plan_id, s.today)
        own_start = figures.start_month(s.ws, s.plan_id)
        if owed_from and own_start and owed_from > own_start:       # imported after the plan began (rv70b finding 9)
            rule += OWED_FROM_IMPORT.format(month=month_words(owed_from))
        if not items and not phases and all((d.get("kind") or "other") in NOT_DUE for d in duties):
            self.ui.calendarNoteLabel.set_note(NO_DUTIES, wrap=True)      # not 「都已过去」: there never was one
        elif cal.approximate_years:
            known = min(cal.approximate_years) - 1
            years = "、".join(str(y) for y in sorted(cal.approximate_years))
            self.ui.calendarNoteLabel.set_note(rule + CALENDAR_NOTE.format(last=known, years=years))
        elif others:
            who = {duty_name(d): senders_words(d.get("senders") or []) for d in rows}
            self.ui.calendarNoteLabel.set_note(OTHERS_DUE.format(duties="；".join(       # (first: the line is elided)
                OTHER_DUE.format(name=d.label, who=who.get(d.label) or OTHER_UNITS) for d in others)) + rule)
        else:
            self.ui.calendarNoteLabel.set_note(rule + WORKDAY_NOTE if items else NOTHING_DUE)

    def _load_targets(self, scope: list[int], carried: set[int]) -> None:
        """``carried``: the tasks the unit carries out (西岭区 under 各区人民政府): its own figure against the plan's
        whole target."""
        s = self.session
        values_of = None if s.is_office else s.unit_id
        rows = figures.target_progress(s.ws, s.plan_id, scope or None, values_of=values_of)
        if scope:       # a supported task's indicator is its lead's to report, never 「未填报」 here (ux63)
            own = set(figures.scoped_tasks(s.ws, s.plan_id, scope, own=True, carried=carried))
            rows = [r for r in rows if r["task_id"] is None or r["task_id"] in own]
        bars = []
        for row in rows:
            latest = row.get("latest")
            goal = big_number(row["value"], row.get("text") or "")
            # the task's whole number as a person reads it (三.一, not 一 beside 四.一's 一: ux60 finding 10)
            number = shown_number(json.loads(row["task_path"] or "[]"), row["task_number"]) \
                if row.get("task_number") else PLAN_LEVEL
            label = f"{number} {target_label(row)}"
            if latest is None:
                note = ""
            elif row["comparator"] in ("<=", "<"):
                note = NOTE_UPPER.format(latest=big_number(latest), target=goal, unit=row["unit"])
            else:
                share = f"{target_share(latest, row['value'], row['comparator'])}%"
                # a count it shares with the other districts is its part of the target, not the target done (m66b)
                shared = row["task_id"] in carried and row["unit"] != "%"
                note = NOTE.format(latest=big_number(latest), target=goal, unit=row["unit"],
                                   share=SHARE_OF_PLAN.format(share=share) if shared else share)
            bars.append((label, row.get("ratio"), note))
        self.chart.set_bars(bars)

    def _load_grid(self) -> None:
        s = self.session
        months = figures.plan_span(s.ws, s.plan_id, s.today)
        months = [m for m in months if m <= s.current_month()] or months[:1]
        only = None if s.is_office else [{"id": s.unit_id, "name": s.unit_name()}]
        grid = figures.submission_grid(s.ws, s.plan_id, months, s.today, units=only)
        receipts = figures.receipt_states(s.ws, s.plan_id)
        if s.is_office:
            from desktop.store.receipts import conflict_cells

            for key, revision in conflict_cells(s.ws).items():
                if key in receipts:
                    receipts[key]["conflict"] = revision
                else:               # no package of the month held: the office entered it for the unit itself
                    receipts[key] = {"conflict": revision, "office": True}
        if not s.is_office:
            from desktop.store.entries import month_sent, sends_packages

            unsent = {(s.unit_id, m) for m in months if grid.state(s.unit_id, m) in (figures.SUBMITTED, figures.LATE)
                      and month_sent(s.ws, s.unit_id, m) is None} if sends_packages(s.ws, s.plan_id) else set()
            self.grid.set_grid(grid, receipts, unsent)
            return
        self.grid.set_grid(grid, receipts)
        rule = figures.due_rule(s.ws, s.plan_id)
        self.late_month = figures.last_due_month(months, s.today, rule=rule, first=grid.first)
        self.ui.lateList.clear()
        self.ui.reminderEdit.clear()
        self.leads_label.hide()
        if self.late_month is None:
            self.ui.lateLabel.setText(NOTHING_DUE_YET)
            self.ui.copyReminderButton.setEnabled(False)        # nothing to chase, nothing to copy
            return
        late = figures.late_units(grid, self.late_month)
        label = rule.period_label(self.late_month)          # 2024年6月, or a quarterly plan's 2024年第二季度
        returned = [(u, m) for u in grid.units for m in grid.months
                    if receipts.get((u["id"], m), {}).get("state") == "returned"]
        self.ui.lateLabel.setText((LATE_FOR.format(month=label, n=len(late)) if late else ALL_IN.format(month=label))
                                  + (RETURNED_COUNT.format(n=len(returned)) if returned else ""))
        for unit in late:
            self.ui.lateList.addItem(unit["name"])
        self._load_leads_note(late)
        for unit, month in returned:           # its own colour and word, as in the grid; opens the month
            item = QListWidgetItem(RETURNED_ITEM.format(unit=unit["name"], month=int(month[5:])))
            item.setBackground(QColor(RECEIPT_COLORS["returned"]))
            item.setData(Qt.ItemDataRole.UserRole, (unit, month))
            self.ui.lateList.addItem(item)
        office = s.ws.setting("office_name", "") or WHO_OFFICE
        articles = articles_asked(queries.duties(s.ws, s.plan_id)) > 0      # (the 工作信息 only if the plan asks)
        self.ui.reminderEdit.setPlainText(figures.reminder_text(s.plan_title(), self.late_month, late, s.today,
                                                                office=office, period=label, articles=articles))
        self.ui.copyReminderButton.setEnabled(bool(late))
        self.ui.copyReminderButton.setText(COPY)

    def _load_leads_note(self, late: list[dict[str, Any]]) -> None:
        """Lead units that sent nothing, to an office that has not chosen a unit of its own: the way to enter
        for one (the office often sits inside the lead, e.g. 市民政局)."""
        s = self.session
        leads = figures.lead_unit_ids(s.ws, s.plan_id) if s.unit_id is None and not s.readonly else set()
        silent = [u["name"] for u in late if u["id"] in leads]
        self.leads_label.setText(LEADS_SILENT.format(units="、".join(silent[:2]),
                                                     more="等" if len(silent) > 2 else "") if silent else "")
        self.leads_label.setVisible(bool(silent))

    # -- what packages brought that waits for a person (exchange) -----------------------------------
    def _load_notice(self) -> None:
        from desktop.store.exchange import pending_counts

        conflicts, keys = pending_counts(self.session.ws)
        self.pending = (conflicts, keys)
        lines = ([NOTICE_CONFLICTS.format(n=conflicts)] if conflicts else []) + \
                ([NOTICE_KEYS.format(n=keys)] if keys else [])
        self.ui.noticeLabel.setText("⚠ " + "<br>⚠ ".join(lines) if lines else "")
        self.ui.noticeLabel.setVisible(bool(lines))

    def _notice_link(self, link: str) -> None:
        (self.conflicts_requested if link == "conflicts" else self.key_changes_requested).emit()

    # -- the office's decision on a received month (exchange) ------------------------------------
    def _grid_menu(self, pos: QPoint) -> None:
        """Open / accept / return / receipt for a cell; what cannot be done says why, greyed."""
        cell = self.grid.cell(self.ui.gridView.indexAt(pos))
        if cell is None or not self.session.is_office:
            return
        unit, month = cell
        why = self.decisions.refusals(unit["id"], month)
        self.menu = QMenu(self)
        opened = self.menu.addAction(OPEN.format(unit=unit["name"], month=month),
                                     lambda: self.month_requested.emit(unit, month))
        self.menu.setDefaultAction(opened)
        self.menu.addSeparator()
        if why["accept"] and why["accept"] == why["return"]:         # nothing received: one line says so
            self.menu.addAction(CANNOT.format(what=WHAT_BOTH, why=why["accept"])).setEnabled(False)
        for text, what, key, accept in ((ACCEPT, WHAT_ACCEPT, "accept", True), (RETURN, WHAT_RETURN, "return", False)):
            if why[key] and why["accept"] == why["return"]:
                continue
            if why[key]:
                self.menu.addAction(CANNOT.format(what=what, why=why[key])).setEnabled(False)
            else:
                self.menu.addAction(text.format(unit=unit["name"], month=month),
                                    lambda a=accept: self.decide(unit, month, a))
        if self.grid.receipts.get((unit["id"], month), {}).get("conflict"):
            self.menu.addAction(CONFLICT.format(unit=unit["name"], month=month), self.conflicts_requested.emit)
        if any(u == unit["id"] and "state" in r for (u, _m), r in self.grid.receipts.items()) \
                and not self.session.readonly:
            self.menu.addSeparator()
            self.menu.addAction(RECEIPT.format(unit=unit["name"]), lambda: self.receipt_requested.emit(unit["name"]))
        self.menu.popup(self.ui.gridView.viewport().mapToGlobal(pos))

    def _grid_open(self, index: Any) -> None:
        cell = self.grid.cell(index)
        if cell is not None and self.session.is_office:
            self.month_requested.emit(*cell)

    def _late_open(self, item: QListWidgetItem) -> None:
        cell = item.data(Qt.ItemDataRole.UserRole)
        if cell:
            self.month_requested.emit(*cell)

    def decide(self, unit: dict[str, Any], month: str, accept: bool) -> bool:
        """Accept, or return with a reason, a unit's month received in a package."""
        if accept:
            return self.decisions.accept(self, unit, month)
        return self.decisions.give_back(self, unit, month)

    def copy_reminder(self) -> None:
        QApplication.clipboard().setText(self.ui.reminderEdit.toPlainText())
        self.ui.copyReminderButton.setText(COPIED)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("dashboard/splitter", self.ui.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("dashboard/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
