# Generated from forms/dashboard_page.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.headlineRow = QHBoxLayout()
        self.headlineRow.setObjectName(u"headlineRow")
        self.headlineLabel = QLabel(DashboardPage)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headlineRow.addWidget(self.headlineLabel)

        self.importButton = QPushButton(DashboardPage)
        self.importButton.setObjectName(u"importButton")

        self.headlineRow.addWidget(self.importButton)

        self.headlineRow.setStretch(0, 1)

        self.layout.addLayout(self.headlineRow)

        self.noticeLabel = QLabel(DashboardPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.noticeLabel)

        self.splitter = QSplitter(DashboardPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.topPanel = QWidget(self.splitter)
        self.topPanel.setObjectName(u"topPanel")
        self.topLayout = QHBoxLayout(self.topPanel)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.dueBox = QGroupBox(self.topPanel)
        self.dueBox.setObjectName(u"dueBox")
        self.dueLayout = QVBoxLayout(self.dueBox)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueView = QTableView(self.dueBox)
        self.dueView.setObjectName(u"dueView")

        self.dueLayout.addWidget(self.dueView)

        self.calendarNoteLabel = QLabel(self.dueBox)
        self.calendarNoteLabel.setObjectName(u"calendarNoteLabel")
        self.calendarNoteLabel.setWordWrap(True)

        self.dueLayout.addWidget(self.calendarNoteLabel)


        self.topLayout.addWidget(self.dueBox)

        self.targetsBox = QGroupBox(self.topPanel)
        self.targetsBox.setObjectName(u"targetsBox")
        self.targetsLayout = QVBoxLayout(self.targetsBox)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.chartHost = QWidget(self.targetsBox)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.targetsLayout.addWidget(self.chartHost)


        self.topLayout.addWidget(self.targetsBox)

        self.splitter.addWidget(self.topPanel)
        self.officeBox = QGroupBox(self.splitter)
        self.officeBox.setObjectName(u"officeBox")
        self.officeLayout = QHBoxLayout(self.officeBox)
        self.officeLayout.setObjectName(u"officeLayout")
        self.gridView = QTableView(self.officeBox)
        self.gridView.setObjectName(u"gridView")

        self.officeLayout.addWidget(self.gridView)

        self.remindLayout = QVBoxLayout()
        self.remindLayout.setObjectName(u"remindLayout")
        self.lateLabel = QLabel(self.officeBox)
        self.lateLabel.setObjectName(u"lateLabel")

        self.remindLayout.addWidget(self.lateLabel)

        self.lateList = QListWidget(self.officeBox)
        self.lateList.setObjectName(u"lateList")
        self.lateList.setMaximumSize(QSize(260, 16777215))

        self.remindLayout.addWidget(self.lateList)

        self.reminderEdit = QPlainTextEdit(self.officeBox)
        self.reminderEdit.setObjectName(u"reminderEdit")
        self.reminderEdit.setMaximumSize(QSize(260, 16777215))

        self.remindLayout.addWidget(self.reminderEdit)

        self.copyReminderButton = QPushButton(self.officeBox)
        self.copyReminderButton.setObjectName(u"copyReminderButton")

        self.remindLayout.addWidget(self.copyReminderButton)


        self.officeLayout.addLayout(self.remindLayout)

        self.splitter.addWidget(self.officeBox)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(2, 1)

        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.importButton.setText(QCoreApplication.translate("DashboardPage", u"\u5bfc\u5165\u5de5\u4f5c\u65b9\u6848(&I)\u2026", None))
        self.dueBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u5373\u5c06\u5230\u671f", None))
        self.targetsBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u6307\u6807\u5b8c\u6210\u8fdb\u5ea6", None))
        self.officeBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u5404\u5355\u4f4d\u62a5\u9001\u60c5\u51b5", None))
        self.copyReminderButton.setText(QCoreApplication.translate("DashboardPage", u"\u590d\u5236\u50ac\u62a5\u901a\u77e5(&C)", None))
        pass
    # retranslateUi

