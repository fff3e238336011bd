# Generated from forms/backups_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(720, 440)
        self.layout = QVBoxLayout(BackupsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.backupsView = QTableView(BackupsDialog)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.backupsView)

        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.folderLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupNowButton = QPushButton(BackupsDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonRow.addWidget(self.backupNowButton)

        self.openFolderButton = QPushButton(BackupsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonRow.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(BackupsDialog)
        self.buttonBox.rejected.connect(BackupsDialog.reject)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"\u6bcf\u5929\u7b2c\u4e00\u6b21\u6253\u5f00\u3001\u5347\u7ea7\u7a0b\u5e8f\u3001\u5bfc\u5165\u65b9\u6848\u4e4b\u524d\uff0c\u843d\u5b9e\u90fd\u4f1a\u81ea\u52a8\u5907\u4efd\u5de5\u4f5c\u533a\uff0c\u53ea\u4fdd\u7559\u6700\u8fd1\u7684 10 \u4efd\u3002\u6062\u590d\u67d0\u4e00\u4efd\u5907\u4efd\u4e4b\u524d\uff0c\u4f1a\u5148\u628a\u73b0\u5728\u7684\u5de5\u4f5c\u533a\u53e6\u5b58\u4e00\u4efd\uff0c\u6062\u590d\u9519\u4e86\u8fd8\u53ef\u4ee5\u518d\u6062\u590d\u56de\u6765\u3002", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupsDialog", u"\u7acb\u5373\u5907\u4efd(&B)", None))
        self.openFolderButton.setText(QCoreApplication.translate("BackupsDialog", u"\u6253\u5f00\u5907\u4efd\u6587\u4ef6\u5939(&O)", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"\u6062\u590d\u6240\u9009\u5907\u4efd(&R)\u2026", None))
    # retranslateUi

