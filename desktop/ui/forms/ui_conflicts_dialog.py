# Generated from forms/conflicts_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1100, 720)
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.conflictsView = QTableView(self.splitter)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.conflictsView)
        self.versionsSplitter = QSplitter(self.splitter)
        self.versionsSplitter.setObjectName(u"versionsSplitter")
        self.versionsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.currentBox = QGroupBox(self.versionsSplitter)
        self.currentBox.setObjectName(u"currentBox")
        self.currentLayout = QVBoxLayout(self.currentBox)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentView = QTextBrowser(self.currentBox)
        self.currentView.setObjectName(u"currentView")

        self.currentLayout.addWidget(self.currentView)

        self.versionsSplitter.addWidget(self.currentBox)
        self.incomingBox = QGroupBox(self.versionsSplitter)
        self.incomingBox.setObjectName(u"incomingBox")
        self.incomingLayout = QVBoxLayout(self.incomingBox)
        self.incomingLayout.setObjectName(u"incomingLayout")
        self.incomingView = QTextBrowser(self.incomingBox)
        self.incomingView.setObjectName(u"incomingView")

        self.incomingLayout.addWidget(self.incomingView)

        self.versionsSplitter.addWidget(self.incomingBox)
        self.splitter.addWidget(self.versionsSplitter)

        self.layout.addWidget(self.splitter)

        self.tellBox = QGroupBox(ConflictsDialog)
        self.tellBox.setObjectName(u"tellBox")
        self.tellLayout = QVBoxLayout(self.tellBox)
        self.tellLayout.setObjectName(u"tellLayout")
        self.tellScroll = QScrollArea(self.tellBox)
        self.tellScroll.setObjectName(u"tellScroll")
        self.tellScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tellScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tellScroll.setWidgetResizable(True)
        self.tellRowsWidget = QWidget()
        self.tellRowsWidget.setObjectName(u"tellRowsWidget")
        self.tellRows = QVBoxLayout(self.tellRowsWidget)
        self.tellRows.setObjectName(u"tellRows")
        self.tellRows.setContentsMargins(0, 0, 0, 0)
        self.tellScroll.setWidget(self.tellRowsWidget)

        self.tellLayout.addWidget(self.tellScroll)

        self.tellLabel = QLabel(self.tellBox)
        self.tellLabel.setObjectName(u"tellLabel")
        self.tellLabel.setWordWrap(True)
        self.tellLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tellLayout.addWidget(self.tellLabel)


        self.layout.addWidget(self.tellBox)

        self.statusLabel = QLabel(ConflictsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.keepCurrentButton = QPushButton(ConflictsDialog)
        self.keepCurrentButton.setObjectName(u"keepCurrentButton")

        self.buttonRow.addWidget(self.keepCurrentButton)

        self.keepIncomingButton = QPushButton(ConflictsDialog)
        self.keepIncomingButton.setObjectName(u"keepIncomingButton")

        self.buttonRow.addWidget(self.keepIncomingButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ConflictsDialog)
        self.buttonBox.rejected.connect(ConflictsDialog.reject)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"\u7248\u672c\u51b2\u7a81", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"\u4e0b\u9762\u8fd9\u4e9b\u6708\u4efd\u529e\u516c\u5ba4\u5df2\u7ecf\u63a5\u53d7\uff0c\u4e4b\u540e\u5355\u4f4d\u53c8\u53d1\u6765\u4e86\u65b0\u7684\u7248\u672c\u3002\u4e24\u4e2a\u7248\u672c\u90fd\u4fdd\u5b58\u7740\uff0c\u8bf7\u5bf9\u7167\u540e\u51b3\u5b9a\u4fdd\u7559\u54ea\u4e00\u4e2a\uff1b\u51b3\u5b9a\u4e4b\u524d\uff0c\u8be5\u6708\u4ecd\u4ee5\u5df2\u63a5\u53d7\u7684\u7248\u672c\u4e3a\u51c6\u3002\u9ec4\u8272\u6807\u51fa\u7684\u4efb\u52a1\u4e24\u7248\u5185\u5bb9\u4e0d\u540c\u3002", None))
        self.currentBox.setTitle(QCoreApplication.translate("ConflictsDialog", u"\u5df2\u63a5\u53d7\u7684\u7248\u672c", None))
        self.incomingBox.setTitle(QCoreApplication.translate("ConflictsDialog", u"\u65b0\u6536\u5230\u7684\u7248\u672c", None))
        self.tellBox.setTitle(QCoreApplication.translate("ConflictsDialog", u"\u987b\u544a\u77e5\u5355\u4f4d\u7684\u6708\u4efd\uff08\u529e\u516c\u5ba4\u4fdd\u7559\u4e86\u4ee3\u586b\u7684\u7248\u672c\uff09", None))
        self.keepCurrentButton.setText(QCoreApplication.translate("ConflictsDialog", u"\u4fdd\u7559\u5df2\u63a5\u53d7\u7684\u7248\u672c(&K)", None))
        self.keepIncomingButton.setText(QCoreApplication.translate("ConflictsDialog", u"\u91c7\u7528\u65b0\u7248\u672c\u5e76\u63a5\u53d7(&N)\u2026", None))
    # retranslateUi

