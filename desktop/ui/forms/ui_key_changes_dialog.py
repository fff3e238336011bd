# Generated from forms/key_changes_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_KeyChangesDialog(object):
    def setupUi(self, KeyChangesDialog):
        if not KeyChangesDialog.objectName():
            KeyChangesDialog.setObjectName(u"KeyChangesDialog")
        KeyChangesDialog.resize(900, 460)
        self.layout = QVBoxLayout(KeyChangesDialog)
        self.layout.setObjectName(u"layout")
        self.warningLabel = QLabel(KeyChangesDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.warningLabel)

        self.changesView = QTableView(KeyChangesDialog)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.changesView)

        self.statusLabel = QLabel(KeyChangesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.acceptButton = QPushButton(KeyChangesDialog)
        self.acceptButton.setObjectName(u"acceptButton")

        self.buttonRow.addWidget(self.acceptButton)

        self.rejectButton = QPushButton(KeyChangesDialog)
        self.rejectButton.setObjectName(u"rejectButton")

        self.buttonRow.addWidget(self.rejectButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(KeyChangesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(KeyChangesDialog)
        self.buttonBox.rejected.connect(KeyChangesDialog.reject)
    # setupUi

    def retranslateUi(self, KeyChangesDialog):
        KeyChangesDialog.setWindowTitle(QCoreApplication.translate("KeyChangesDialog", u"\u5bc6\u94a5\u53d8\u66f4", None))
        self.acceptButton.setText(QCoreApplication.translate("KeyChangesDialog", u"\u5df2\u7535\u8bdd\u6838\u5bf9\uff0c\u63a5\u53d7\u65b0\u5bc6\u94a5(&A)\u2026", None))
        self.rejectButton.setText(QCoreApplication.translate("KeyChangesDialog", u"\u62d2\u7edd\u65b0\u5bc6\u94a5(&R)\u2026", None))
    # retranslateUi

