# Generated from forms/crash_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(640, 420)
        self.layout = QVBoxLayout(CrashDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(CrashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.detailsEdit = QPlainTextEdit(CrashDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.layout.addWidget(self.detailsEdit)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttons.addWidget(self.copyButton)

        self.logLabel = QLabel(CrashDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons.addWidget(self.logLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(CrashDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(CrashDialog)
        self.buttonBox.rejected.connect(CrashDialog.reject)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"\u7a0b\u5e8f\u51fa\u9519", None))
        self.messageLabel.setText(QCoreApplication.translate("CrashDialog", u"\u843d\u5b9e\u9047\u5230\u4e86\u4e00\u4e2a\u7a0b\u5e8f\u9519\u8bef\u3002\u5df2\u8f93\u5165\u7684\u5185\u5bb9\u90fd\u5df2\u4fdd\u5b58\u4e3a\u8349\u7a3f\u3002\u8bf7\u628a\u4e0b\u9762\u7684\u8be6\u7ec6\u4fe1\u606f\u590d\u5236\u7ed9\u6280\u672f\u652f\u6301\u4eba\u5458\uff1b\u5173\u95ed\u672c\u7a97\u53e3\u540e\u53ef\u4ee5\u7ee7\u7eed\u4f7f\u7528\uff0c\u5fc5\u8981\u65f6\u91cd\u65b0\u542f\u52a8\u7a0b\u5e8f\u3002", None))
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"\u590d\u5236\u8be6\u7ec6\u4fe1\u606f(&C)", None))
    # retranslateUi

