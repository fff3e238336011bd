# Generated from forms/monthly_page.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QListView, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_MonthlyPage(object):
    def setupUi(self, MonthlyPage):
        if not MonthlyPage.objectName():
            MonthlyPage.setObjectName(u"MonthlyPage")
        self.layout = QVBoxLayout(MonthlyPage)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.monthLabel = QLabel(MonthlyPage)
        self.monthLabel.setObjectName(u"monthLabel")

        self.topRow.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(MonthlyPage)
        self.monthCombo.setObjectName(u"monthCombo")

        self.topRow.addWidget(self.monthCombo)

        self.stateLabel = QLabel(MonthlyPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.topRow.addWidget(self.stateLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.savedLabel = QLabel(MonthlyPage)
        self.savedLabel.setObjectName(u"savedLabel")

        self.topRow.addWidget(self.savedLabel)

        self.submitButton = QPushButton(MonthlyPage)
        self.submitButton.setObjectName(u"submitButton")

        self.topRow.addWidget(self.submitButton)

        self.reopenButton = QPushButton(MonthlyPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.topRow.addWidget(self.reopenButton)


        self.layout.addLayout(self.topRow)

        self.receiptLabel = QLabel(MonthlyPage)
        self.receiptLabel.setObjectName(u"receiptLabel")
        self.receiptLabel.setWordWrap(True)
        self.receiptLabel.setTextFormat(Qt.TextFormat.RichText)
        self.receiptLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.receiptLabel)

        self.packageLabel = QLabel(MonthlyPage)
        self.packageLabel.setObjectName(u"packageLabel")
        self.packageLabel.setWordWrap(True)
        self.packageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.packageLabel)

        self.entryTabs = QTabWidget(MonthlyPage)
        self.entryTabs.setObjectName(u"entryTabs")
        self.progressTab = QWidget()
        self.progressTab.setObjectName(u"progressTab")
        self.progressLayout = QHBoxLayout(self.progressTab)
        self.progressLayout.setObjectName(u"progressLayout")
        self.splitter = QSplitter(self.progressTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.taskList = QListView(self.splitter)
        self.taskList.setObjectName(u"taskList")
        self.splitter.addWidget(self.taskList)
        self.editor = QWidget(self.splitter)
        self.editor.setObjectName(u"editor")
        self.editorForm = QFormLayout(self.editor)
        self.editorForm.setObjectName(u"editorForm")
        self.editorForm.setContentsMargins(0, 0, 0, 0)
        self.taskTitleLabel = QLabel(self.editor)
        self.taskTitleLabel.setObjectName(u"taskTitleLabel")
        self.taskTitleLabel.setWordWrap(True)

        self.editorForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.taskTitleLabel)

        self.statusLabel = QLabel(self.editor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.editorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.editor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.editorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.progressLabel = QLabel(self.editor)
        self.progressLabel.setObjectName(u"progressLabel")

        self.editorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressEdit = QPlainTextEdit(self.editor)
        self.progressEdit.setObjectName(u"progressEdit")
        self.progressEdit.setTabChangesFocus(True)

        self.editorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.progressEdit)

        self.valuesLabel = QLabel(self.editor)
        self.valuesLabel.setObjectName(u"valuesLabel")

        self.editorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valuesLabel)

        self.valuesView = QTableView(self.editor)
        self.valuesView.setObjectName(u"valuesView")
        self.valuesView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.valuesView.setMaximumSize(QSize(16777215, 130))

        self.editorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valuesView)

        self.problemsLabel = QLabel(self.editor)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.editorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(self.editor)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.editorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.problemsEdit)

        self.nextLabel = QLabel(self.editor)
        self.nextLabel.setObjectName(u"nextLabel")

        self.editorForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextStepsEdit = QPlainTextEdit(self.editor)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)

        self.editorForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nextStepsEdit)

        self.attachLabel = QLabel(self.editor)
        self.attachLabel.setObjectName(u"attachLabel")

        self.editorForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attachLabel)

        self.attachRow = QHBoxLayout()
        self.attachRow.setObjectName(u"attachRow")
        self.attachmentsList = QListWidget(self.editor)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 80))

        self.attachRow.addWidget(self.attachmentsList)

        self.attachButtons = QVBoxLayout()
        self.attachButtons.setObjectName(u"attachButtons")
        self.addAttachmentButton = QPushButton(self.editor)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.editor)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.editor)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachButtons.addWidget(self.removeAttachmentButton)


        self.attachRow.addLayout(self.attachButtons)


        self.editorForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.attachRow)

        self.splitter.addWidget(self.editor)

        self.progressLayout.addWidget(self.splitter)

        self.entryTabs.addTab(self.progressTab, "")
        self.articlesTab = QWidget()
        self.articlesTab.setObjectName(u"articlesTab")
        self.articlesTabLayout = QVBoxLayout(self.articlesTab)
        self.articlesTabLayout.setObjectName(u"articlesTabLayout")
        self.entryTabs.addTab(self.articlesTab, "")

        self.layout.addWidget(self.entryTabs)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.progressLabel.setBuddy(self.progressEdit)
        self.valuesLabel.setBuddy(self.valuesView)
        self.problemsLabel.setBuddy(self.problemsEdit)
        self.nextLabel.setBuddy(self.nextStepsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthCombo, self.taskList)
        QWidget.setTabOrder(self.taskList, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.progressEdit)
        QWidget.setTabOrder(self.progressEdit, self.valuesView)
        QWidget.setTabOrder(self.valuesView, self.problemsEdit)
        QWidget.setTabOrder(self.problemsEdit, self.nextStepsEdit)
        QWidget.setTabOrder(self.nextStepsEdit, self.addAttachmentButton)
        QWidget.setTabOrder(self.addAttachmentButton, self.submitButton)

        self.retranslateUi(MonthlyPage)
    # setupUi

    def retranslateUi(self, MonthlyPage):
        self.monthLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u6708\u4efd(&Y)\uff1a", None))
        self.submitButton.setText(QCoreApplication.translate("MonthlyPage", u"\u68c0\u67e5\u5e76\u63d0\u4ea4\u672c\u6708(&S)", None))
        self.reopenButton.setText(QCoreApplication.translate("MonthlyPage", u"\u91cd\u65b0\u6253\u5f00(&R)\u2026", None))
        self.statusLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u72b6\u6001(&Z)\uff1a", None))
        self.progressLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u672c\u6708\u8fdb\u5c55(&J)\uff1a", None))
        self.valuesLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u6307\u6807\u7d2f\u8ba1\u503c(&V)\uff1a", None))
        self.problemsLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u5b58\u5728\u95ee\u9898(&W)\uff1a", None))
        self.nextLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u4e0b\u6b65\u6253\u7b97(&X)\uff1a", None))
        self.attachLabel.setText(QCoreApplication.translate("MonthlyPage", u"\u4f50\u8bc1\u6750\u6599\uff1a", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("MonthlyPage", u"\u6dfb\u52a0\u6587\u4ef6(&A)\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("MonthlyPage", u"\u6253\u5f00", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("MonthlyPage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.removeAttachmentButton.setToolTip(QCoreApplication.translate("MonthlyPage", u"\u63d0\u4ea4\u524d\u53ef\u4ee5\u5220\u9664\uff1b\u63d0\u4ea4\u540e\u672c\u6708\u9501\u5b9a\uff0c\u4e0d\u80fd\u5220\u9664", None))
#endif // QT_CONFIG(tooltip)
        self.entryTabs.setTabText(self.entryTabs.indexOf(self.progressTab), QCoreApplication.translate("MonthlyPage", u"\u4efb\u52a1\u8fdb\u5c55", None))
        self.entryTabs.setTabText(self.entryTabs.indexOf(self.articlesTab), QCoreApplication.translate("MonthlyPage", u"\u5de5\u4f5c\u4fe1\u606f", None))
        pass
    # retranslateUi

