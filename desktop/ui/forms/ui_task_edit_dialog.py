# Generated from forms/task_edit_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget)

class Ui_TaskEditDialog(object):
    def setupUi(self, TaskEditDialog):
        if not TaskEditDialog.objectName():
            TaskEditDialog.setObjectName(u"TaskEditDialog")
        TaskEditDialog.resize(640, 560)
        self.layout = QVBoxLayout(TaskEditDialog)
        self.layout.setObjectName(u"layout")
        self.headLabel = QLabel(TaskEditDialog)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setWordWrap(True)

        self.layout.addWidget(self.headLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberLabel = QLabel(TaskEditDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(TaskEditDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.titleLabel = QLabel(TaskEditDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TaskEditDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.shortNameLabel = QLabel(TaskEditDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(TaskEditDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.leadLabel = QLabel(TaskEditDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadEdit = QLineEdit(TaskEditDialog)
        self.leadEdit.setObjectName(u"leadEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leadEdit)

        self.responsibleLabel = QLabel(TaskEditDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(TaskEditDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.leadersLabel = QLabel(TaskEditDialog)
        self.leadersLabel.setObjectName(u"leadersLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leadersLabel)

        self.leadersEdit = QLineEdit(TaskEditDialog)
        self.leadersEdit.setObjectName(u"leadersEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leadersEdit)

        self.targetsLabel = QLabel(TaskEditDialog)
        self.targetsLabel.setObjectName(u"targetsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.targetsLabel)

        self.targetsEdit = QLineEdit(TaskEditDialog)
        self.targetsEdit.setObjectName(u"targetsEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.targetsEdit)

        self.deadlineLabel = QLabel(TaskEditDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QLineEdit(TaskEditDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)


        self.layout.addLayout(self.form)

        self.historyLabel = QLabel(TaskEditDialog)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.layout.addWidget(self.historyLabel)

        self.historyList = QListWidget(TaskEditDialog)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)

        self.layout.addWidget(self.historyList)

        self.buttonBox = QDialogButtonBox(TaskEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.leadLabel.setBuddy(self.leadEdit)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.leadersLabel.setBuddy(self.leadersEdit)
        self.targetsLabel.setBuddy(self.targetsEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.leadEdit)
        QWidget.setTabOrder(self.leadEdit, self.responsibleEdit)
        QWidget.setTabOrder(self.responsibleEdit, self.leadersEdit)
        QWidget.setTabOrder(self.leadersEdit, self.targetsEdit)
        QWidget.setTabOrder(self.targetsEdit, self.deadlineEdit)

        self.retranslateUi(TaskEditDialog)
        self.buttonBox.rejected.connect(TaskEditDialog.reject)
    # setupUi

    def retranslateUi(self, TaskEditDialog):
        TaskEditDialog.setWindowTitle(QCoreApplication.translate("TaskEditDialog", u"\u4fee\u6539\u4efb\u52a1", None))
        self.numberLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u7f16\u53f7(&N)\uff1a", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u53ea\u5199\u672c\u7ea7\u7f16\u53f7\uff08\u5982 1A\uff09\u4ecd\u5728\u539f\u6807\u9898\u4e0b\uff1b\u5199\u5b8c\u6574\u7f16\u53f7\uff08\u5982 \u4e8c.\u4e8c.5\uff09\u53ef\u79fb\u5230\u522b\u7684\u6807\u9898\u4e0b", None))
        self.titleLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u4efb\u52a1\u540d\u79f0(&T)\uff1a", None))
        self.shortNameLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u7b80\u79f0(&S)\uff1a", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u7528\u5728\u5217\u8868\u548c\u62a5\u544a\u91cc\uff0c\u53ef\u4e0d\u586b", None))
        self.leadLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u7275\u5934\u5355\u4f4d(&L)\uff1a", None))
        self.leadEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u591a\u4e2a\u5355\u4f4d\u7528\u201c\u3001\u201d\u5206\u9694", None))
        self.responsibleLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u8d23\u4efb\u5355\u4f4d(&R)\uff1a", None))
        self.responsibleEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u591a\u4e2a\u5355\u4f4d\u7528\u201c\u3001\u201d\u5206\u9694", None))
        self.leadersLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u8d23\u4efb\u9886\u5bfc(&P)\uff1a", None))
        self.leadersEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u4eba\u540d\uff0c\u5982\u201c\u5f20\u660e\u526f\u533a\u957f\u201d\uff0c\u591a\u4e2a\u7528\u201c\u3001\u201d\u5206\u9694\uff1b\u4e0d\u5199\u5355\u4f4d\uff0c\u53ef\u4e0d\u586b", None))
        self.targetsLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u91cf\u5316\u6307\u6807(&G)\uff1a", None))
        self.targetsEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u5982\u201c\u4e0d\u5c11\u4e8e500\u5f20\uff1b\u8fbe\u523090%\u4ee5\u4e0a\u201d\uff0c\u591a\u4e2a\u7528\u201c\uff1b\u201d\u5206\u9694", None))
        self.deadlineLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u5b8c\u6210\u65f6\u9650(&D)\uff1a", None))
        self.deadlineEdit.setPlaceholderText(QCoreApplication.translate("TaskEditDialog", u"\u5199\u6210 2024-12-31 \u6216\u201c2024\u5e7412\u6708\u5e95\u524d\u201d\uff0c\u4e0d\u9650\u5219\u7559\u7a7a", None))
        self.historyLabel.setText(QCoreApplication.translate("TaskEditDialog", u"\u4fee\u6539\u8bb0\u5f55\uff08\u4ee5\u540e\u5bfc\u5165\u4fee\u8ba2\u7a3f\u65f6\uff0c\u60a8\u7684\u4fee\u6539\u4f1a\u4fdd\u7559\uff0c\u4e0d\u4f1a\u88ab\u6084\u6084\u6539\u56de\uff09\uff1a", None))
    # retranslateUi

