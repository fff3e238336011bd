"""单位名册 (设置 → 单位名册): the plan's units, aliases, groups and members, liaisons, keys.

The office edits it at any time after the plan is saved (desktop.store.roster: every change is
in the history below and goes to the units with the next plan package) and imports units'
registration files here — a unit the roster lacks is added to the group its file names with
one click, or refused. At a unit it is read-only; the unit exports its registration file here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.errors import UserError
from desktop.store import roster
from desktop.ui.forms.ui_roster_dialog import Ui_RosterDialog
from desktop.ui.session import Session
from desktop.ui.table_model import RowRole, RowsModel

# the screen's words
TITLE = "单位名册"
COLUMNS = ("单位", "简称", "单位组成员 / 所属单位组", "联络员", "电话", "密钥指纹")
GROUP_MARK = "（单位组）"
NO_MEMBERS = "未列出成员"
EMPTY_GROUPS = ("<b style='color:#b54708'>{groups} 还没有列出成员：</b>属于这些单位组的单位目前没有任务，"
                "报送包也会被拒收。选中单位组，点“修改单位组成员”列出它包括哪些单位，再导出方案包发给各单位。")
OFFICE_NOTE = ("这里列出方案的所有单位。单位组的成员以本单位名义承担该组的任务、填报和报送，"
               "工作台和报告中各计一次。修改随时生效，下一次导出的方案包会把名册带给各单位。")
PENDING = "<b style='color:#b42318'>{notice}</b>"
CHOOSE_GROUP = "选择一个单位组："
MEMBERS_LABEL = "“{group}”包括哪些单位？用“、”分隔（名册中没有的单位会新增）："
MEMBERS_DONE = "“{group}”：{what}。下次导出方案包时带给各单位。"
NO_CHANGE = "成员没有变化。"
ADD_LABEL = "新单位的名称："
ADD_GROUP = "把“{name}”加入哪个单位组？"
NO_GROUP = "（不加入单位组）"
NEW_GROUP = "（新建为单位组）"
ALIAS_LABEL = "“{unit}”的另一种写法（简称或全称）："
LIAISON_NAME = "“{unit}”的联络员姓名："
LIAISON_PHONE = "“{unit}”联络员的电话："
SELECT_UNIT = "请先在列表中选中一个单位。"
REGISTRATION_FILES = "密钥登记文件 (*.json);;所有文件 (*)"
REGISTRATION_NAME = "{unit}密钥登记.json"
ADD_REGISTERED = ("{message}\n\n把“{unit}”加入单位名册，作为{groups}的成员，并登记它的密钥吗？\n"
                  "选“否”则拒绝，名册不作改动。")
REFUSED_REGISTRATION = "已拒绝“{unit}”的登记文件，单位名册没有改动。"
REGISTERED = {"pinned": "已登记“{unit}”的密钥（指纹 {fp}）。",
              "unchanged": "“{unit}”的密钥（指纹 {fp}）已登记过，没有改动。",
              "key_change": "“{unit}”的密钥与已登记的不同（新指纹 {fp}），已记为待决定的密钥变更：请先电话核对，"
                            "再在“文件 → 密钥变更”中决定。",
              "added": "已把“{unit}”加入单位名册（{groups}的成员）并登记其密钥（指纹 {fp}）。"
                       "下次导出方案包时带给各单位。"}
EXPORTED = "已导出本单位的密钥登记文件：\n{path}\n\n请交给领导小组办公室，并电话告知指纹 {fp} 以便核对。"
NEED_UNIT = "请先在“设置 → 身份与联络员”中选择本单位。"
HISTORY_OFFICE = "变更记录（随下一次导出的方案包带给各单位）"
HISTORY_UNIT = "变更记录（本工作区收到的名册更新）"


def split_names(text: str) -> list[str]:
    return [n for n in re.split(r"[、，,；;\s]+", text or "") if n]


class RosterModel(RowsModel):
    HEADERS = COLUMNS

    def display(self, row: dict[str, Any], column: int) -> Any:
        u: roster.RosterUnit = row["unit"]
        if column == 0:
            return u.name + (GROUP_MARK if u.is_group else "")
        if column == 1:
            return "、".join(u.aliases)
        if column == 2:
            if u.is_group:
                return "、".join(u.members) if u.members else NO_MEMBERS
            return ("属于 " + "、".join(u.groups)) if u.groups else ""
        if column == 3:
            return u.liaison
        if column == 4:
            return u.phone
        return u.fingerprint

    def tooltip(self, row: dict[str, Any], column: int) -> Any:
        u: roster.RosterUnit = row["unit"]
        return f"{u.name}：方案中直接分给它的任务 {u.named_on_tasks} 项" if column == 0 else self.display(row, column)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 2:
            u = self.rows[index.row()]["unit"]
            if u.is_group and not u.members:
                return QColor("#b54708")
        return super().data(index, role)


class RosterDialog(QDialog):
    changed = Signal()

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self.ui = Ui_RosterDialog()
        self.ui.setupUi(self)
        self.model = RosterModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = self.ui.unitsView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((180, 110, 280, 70, 110)):
            view.setColumnWidth(column, width)
        self.ui.splitter.setSizes([440, 120])
        self.ui.filterEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.membersButton.clicked.connect(self.edit_members)
        self.ui.addUnitButton.clicked.connect(self.add_unit)
        self.ui.aliasButton.clicked.connect(self.add_alias)
        self.ui.liaisonButton.clicked.connect(self.set_liaison)
        self.ui.importRegistrationButton.clicked.connect(self.import_registration)
        self.ui.exportRegistrationButton.clicked.connect(self.export_registration)
        self.reload()

    # -- what it shows ---------------------------------------------------------------------
    @property
    def plan_id(self) -> int | None:
        return self.session.plan_id

    @property
    def readonly(self) -> bool:
        return self.session.readonly or self.plan_id is None or roster.is_readonly(self.session.ws, self.plan_id)

    def reload(self) -> None:
        ws, plan_id = self.session.ws, self.plan_id
        units = roster.roster(ws, plan_id) if plan_id is not None else []
        self.model.set_rows([{"id": u.id, "unit": u} for u in units])
        notes = []
        if plan_id is None:
            notes.append(roster.NO_PLAN)
        elif self.readonly:
            pending = roster.pending_notice(ws, plan_id, self.session.unit_id)
            if pending:
                notes.append(PENDING.format(notice=pending))
            notes.append(roster.READONLY)
        else:
            empty = roster.empty_groups(ws, plan_id)
            if empty:
                notes.append(EMPTY_GROUPS.format(groups="、".join(f"“{g}”" for g in empty)))
            notes.append(OFFICE_NOTE)
        self.ui.noteLabel.setText("<br>".join(notes))
        editable = not self.readonly
        for button in (self.ui.membersButton, self.ui.addUnitButton, self.ui.aliasButton,
                       self.ui.liaisonButton, self.ui.importRegistrationButton):
            button.setVisible(editable)
        is_unit = self.session.role == "unit" and not self.session.is_office
        self.ui.exportRegistrationButton.setVisible(is_unit and plan_id is not None)
        self.ui.historyTitle.setText(HISTORY_UNIT if self.readonly else HISTORY_OFFICE)
        self.ui.historyList.clear()
        self.ui.historyList.addItems([roster.history_line(h) for h in roster.history(ws)])

    def current(self) -> roster.RosterUnit | None:
        index = self.ui.unitsView.currentIndex()
        row = self.proxy.data(index, RowRole) if index.isValid() else None
        return row["unit"] if row else None

    def select(self, name: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), RowRole)["unit"].name == name:
                self.ui.unitsView.setCurrentIndex(self.proxy.index(r, 0))
                return

    def _done(self, select: str = "") -> None:
        self.reload()
        if select:
            self.select(select)
        self.changed.emit()

    def _try(self, work: Any) -> Any:
        try:
            return work()
        except UserError as exc:
            self.prompts.warn(self, TITLE, exc.message)
            return None

    # -- the office's changes --------------------------------------------------------------
    def edit_members(self) -> None:
        unit = self.current()
        if unit is None or not unit.is_group:
            groups = roster.groups(self.session.ws, self.plan_id) if self.plan_id is not None else []
            if not groups:
                self.prompts.warn(self, TITLE, SELECT_UNIT)
                return
            name = self.prompts.choose(self, TITLE, CHOOSE_GROUP, groups)
            if name is None:
                return
            unit = next(u for u in roster.roster(self.session.ws, self.plan_id) if u.name == name)
        answer = self.prompts.text(self, TITLE, MEMBERS_LABEL.format(group=unit.name), "、".join(unit.members))
        if answer is None:
            return
        wanted = split_names(answer)
        add = [n for n in wanted if n not in unit.members]
        remove = [n for n in unit.members if n not in wanted]
        if not add and not remove:
            self.prompts.info(self, TITLE, NO_CHANGE)
            return
        changes = self._try(lambda: roster.change_members(self.session.ws, self.plan_id, unit.name,
                                                          add=add, remove=remove))
        if changes is None:
            return
        what = "，".join(p for p in (("加入 " + "、".join(changes["added"])) if changes["added"] else "",
                                     ("移出 " + "、".join(changes["removed"])) if changes["removed"] else "") if p)
        self._done(unit.name)
        self.prompts.info(self, TITLE, MEMBERS_DONE.format(group=unit.name, what=what))

    def add_unit(self) -> None:
        name = self.prompts.text(self, TITLE, ADD_LABEL)
        if name is None or not name.strip():
            return
        ws, plan_id = self.session.ws, self.plan_id
        groups = roster.groups(ws, plan_id) if plan_id is not None else []
        choice = self.prompts.choose(self, TITLE, ADD_GROUP.format(name=name.strip()), [NO_GROUP, *groups, NEW_GROUP])
        if choice is None:
            return
        group = choice if choice in groups else None
        if self._try(lambda: roster.add_unit(ws, plan_id, name, group=group, is_group=choice == NEW_GROUP)) is not None:
            self._done(name.strip())

    def add_alias(self) -> None:
        unit = self.current()
        if unit is None:
            self.prompts.warn(self, TITLE, SELECT_UNIT)
            return
        alias = self.prompts.text(self, TITLE, ALIAS_LABEL.format(unit=unit.name))
        if alias is None or not alias.strip():
            return
        if self._try(lambda: roster.add_alias(self.session.ws, self.plan_id, unit.name, alias) or True):
            self._done(unit.name)

    def set_liaison(self) -> None:
        unit = self.current()
        if unit is None:
            self.prompts.warn(self, TITLE, SELECT_UNIT)
            return
        name = self.prompts.text(self, TITLE, LIAISON_NAME.format(unit=unit.name), unit.liaison)
        if name is None:
            return
        phone = self.prompts.text(self, TITLE, LIAISON_PHONE.format(unit=unit.name), unit.phone)
        if phone is None:
            return
        if self._try(lambda: roster.set_liaison(self.session.ws, self.plan_id, unit.name, name, phone) or True):
            self._done(unit.name)

    def import_registration(self) -> None:
        """A unit's registration file: pin its key; a unit the roster lacks is added or refused."""
        from desktop.exchange import registration

        path = self.prompts.open_file(self, TITLE, REGISTRATION_FILES)
        if path is None:
            return
        ws = self.session.ws
        try:
            result = registration.import_registration(ws, path)
        except registration.UnknownUnit as unknown:
            groups = "、".join(f"“{g}”" for g in unknown.groups)
            if not unknown.groups:
                self.prompts.warn(self, TITLE, unknown.message)
                return
            if not self.prompts.ask(self, TITLE, ADD_REGISTERED.format(message=unknown.message, unit=unknown.unit,
                                                                       groups=groups)):
                self.prompts.info(self, TITLE, REFUSED_REGISTRATION.format(unit=unknown.unit))
                return
            result = self._try(lambda: registration.import_registration(ws, path, add=True))
        except UserError as exc:
            self.prompts.warn(self, TITLE, exc.message)
            return
        if result is None:
            return
        self._done(result["unit"])
        self.prompts.info(self, TITLE, REGISTERED[result["status"]].format(
            unit=result["unit"], fp=result["fingerprint"],
            groups="、".join(f"“{g}”" for g in result.get("groups", []))))

    # -- at a unit ---------------------------------------------------------------------------
    def export_registration(self) -> None:
        from desktop.exchange import registration

        unit = self.session.unit_name()
        if not unit:
            self.prompts.warn(self, TITLE, NEED_UNIT)
            return
        from desktop.ui.doc_files import after_export, ask_save_path

        out = ask_save_path(self.prompts, self, TITLE, "registration", REGISTRATION_NAME.format(unit=unit),
                            self.session.ws.path, REGISTRATION_FILES)
        if out is None:
            return
        body = self._try(lambda: registration.export_registration(self.session.ws, unit, Path(out)))
        if body is not None:
            after_export(self.prompts, self, TITLE, EXPORTED.format(path=out, fp=body["fingerprint"]), Path(out))
