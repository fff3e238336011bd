# Generated from forms/tasks_page.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QTextBrowser, QTreeView, QVBoxLayout, QWidget)

class Ui_TasksPage(object):
    def setupUi(self, TasksPage):
        if not TasksPage.objectName():
            TasksPage.setObjectName(u"TasksPage")
        self.layout = QVBoxLayout(TasksPage)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(TasksPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.mineCheck = QCheckBox(TasksPage)
        self.mineCheck.setObjectName(u"mineCheck")

        self.filterRow.addWidget(self.mineCheck)

        self.statusLabel = QLabel(TasksPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(TasksPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.lateCheck = QCheckBox(TasksPage)
        self.lateCheck.setObjectName(u"lateCheck")

        self.filterRow.addWidget(self.lateCheck)

        self.countLabel = QLabel(TasksPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(TasksPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.taskTree = QTreeView(self.splitter)
        self.taskTree.setObjectName(u"taskTree")
        self.taskTree.setAlternatingRowColors(True)
        self.taskTree.setUniformRowHeights(True)
        self.splitter.addWidget(self.taskTree)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(self.detailPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.titleRow.addWidget(self.titleLabel)

        self.editButton = QPushButton(self.detailPanel)
        self.editButton.setObjectName(u"editButton")

        self.titleRow.addWidget(self.editButton)

        self.titleRow.setStretch(0, 1)

        self.detailLayout.addLayout(self.titleRow)

        self.textBrowser = QTextBrowser(self.detailPanel)
        self.textBrowser.setObjectName(u"textBrowser")

        self.detailLayout.addWidget(self.textBrowser)

        self.targetsLabel = QLabel(self.detailPanel)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.detailLayout.addWidget(self.targetsLabel)

        self.targetsView = QTableView(self.detailPanel)
        self.targetsView.setObjectName(u"targetsView")

        self.detailLayout.addWidget(self.targetsView)

        self.historyLabel = QLabel(self.detailPanel)
        self.historyLabel.setObjectName(u"historyLabel")

        self.detailLayout.addWidget(self.historyLabel)

        self.historyView = QTableView(self.detailPanel)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setWordWrap(True)

        self.detailLayout.addWidget(self.historyView)

        self.detailLayout.setStretch(1, 2)
        self.detailLayout.setStretch(3, 1)
        self.detailLayout.setStretch(5, 3)
        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.mineCheck)
        QWidget.setTabOrder(self.mineCheck, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.lateCheck)
        QWidget.setTabOrder(self.lateCheck, self.taskTree)

        self.retranslateUi(TasksPage)
    # setupUi

    def retranslateUi(self, TasksPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TasksPage", u"\u641c\u7d22\u4efb\u52a1\u548c\u8fdb\u5c55\uff08Ctrl+F\uff09", None))
        self.mineCheck.setText(QCoreApplication.translate("TasksPage", u"\u53ea\u770b\u672c\u5355\u4f4d(&M)", None))
        self.statusLabel.setText(QCoreApplication.translate("TasksPage", u"\u72b6\u6001(&S)\uff1a", None))
        self.lateCheck.setText(QCoreApplication.translate("TasksPage", u"\u53ea\u770b\u6ede\u540e(&L)", None))
        self.editButton.setText(QCoreApplication.translate("TasksPage", u"\u4fee\u6539\u4efb\u52a1(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("TasksPage", u"\u66f4\u6b63\u4efb\u52a1\u540d\u79f0\u3001\u7b80\u79f0\u3001\u5355\u4f4d\u3001\u6307\u6807\u6216\u65f6\u9650\uff1b\u6bcf\u6b21\u4fee\u6539\u90fd\u8bb0\u5165\u8fd9\u9879\u4efb\u52a1\u7684\u4fee\u6539\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.targetsLabel.setText(QCoreApplication.translate("TasksPage", u"\u6307\u6807\u4e0e\u8fdb\u5ea6", None))
        self.historyLabel.setText(QCoreApplication.translate("TasksPage", u"\u5404\u6708\u8fdb\u5c55", None))
        pass
    # retranslateUi

