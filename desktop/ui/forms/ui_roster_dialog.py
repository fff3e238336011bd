# Generated from forms/roster_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_RosterDialog(object):
    def setupUi(self, RosterDialog):
        if not RosterDialog.objectName():
            RosterDialog.setObjectName(u"RosterDialog")
        RosterDialog.resize(1100, 640)
        self.layout = QVBoxLayout(RosterDialog)
        self.layout.setObjectName(u"layout")
        self.noteLabel = QLabel(RosterDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.noteLabel)

        self.splitter = QSplitter(RosterDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.topPanel = QWidget(self.splitter)
        self.topPanel.setObjectName(u"topPanel")
        self.topLayout = QHBoxLayout(self.topPanel)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.unitsLayout = QVBoxLayout()
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.filterEdit = QLineEdit(self.topPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.unitsLayout.addWidget(self.filterEdit)

        self.unitsView = QTableView(self.topPanel)
        self.unitsView.setObjectName(u"unitsView")
        self.unitsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsView.setWordWrap(False)

        self.unitsLayout.addWidget(self.unitsView)


        self.topLayout.addLayout(self.unitsLayout)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.membersButton = QPushButton(self.topPanel)
        self.membersButton.setObjectName(u"membersButton")

        self.buttonsLayout.addWidget(self.membersButton)

        self.addUnitButton = QPushButton(self.topPanel)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.buttonsLayout.addWidget(self.addUnitButton)

        self.aliasButton = QPushButton(self.topPanel)
        self.aliasButton.setObjectName(u"aliasButton")

        self.buttonsLayout.addWidget(self.aliasButton)

        self.liaisonButton = QPushButton(self.topPanel)
        self.liaisonButton.setObjectName(u"liaisonButton")

        self.buttonsLayout.addWidget(self.liaisonButton)

        self.buttonsLine = QFrame(self.topPanel)
        self.buttonsLine.setObjectName(u"buttonsLine")
        self.buttonsLine.setFrameShape(QFrame.Shape.HLine)
        self.buttonsLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.buttonsLayout.addWidget(self.buttonsLine)

        self.importRegistrationButton = QPushButton(self.topPanel)
        self.importRegistrationButton.setObjectName(u"importRegistrationButton")

        self.buttonsLayout.addWidget(self.importRegistrationButton)

        self.exportRegistrationButton = QPushButton(self.topPanel)
        self.exportRegistrationButton.setObjectName(u"exportRegistrationButton")

        self.buttonsLayout.addWidget(self.exportRegistrationButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.topLayout.addLayout(self.buttonsLayout)

        self.topLayout.setStretch(0, 1)
        self.splitter.addWidget(self.topPanel)
        self.historyPanel = QWidget(self.splitter)
        self.historyPanel.setObjectName(u"historyPanel")
        self.historyLayout = QVBoxLayout(self.historyPanel)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyTitle = QLabel(self.historyPanel)
        self.historyTitle.setObjectName(u"historyTitle")

        self.historyLayout.addWidget(self.historyTitle)

        self.historyList = QListWidget(self.historyPanel)
        self.historyList.setObjectName(u"historyList")

        self.historyLayout.addWidget(self.historyList)

        self.splitter.addWidget(self.historyPanel)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(RosterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(1, 1)

        self.retranslateUi(RosterDialog)
        self.buttonBox.rejected.connect(RosterDialog.reject)
    # setupUi

    def retranslateUi(self, RosterDialog):
        RosterDialog.setWindowTitle(QCoreApplication.translate("RosterDialog", u"\u5355\u4f4d\u540d\u518c", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RosterDialog", u"\u67e5\u627e\u5355\u4f4d\u3001\u7b80\u79f0\u3001\u8054\u7edc\u5458\u2026", None))
        self.membersButton.setText(QCoreApplication.translate("RosterDialog", u"\u4fee\u6539\u5355\u4f4d\u7ec4\u6210\u5458(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.membersButton.setToolTip(QCoreApplication.translate("RosterDialog", u"\u9009\u4e2d\u4e00\u4e2a\u5355\u4f4d\u7ec4\uff08\u5982\u201c\u5404\u53bf\u5e02\u533a\u201d\uff09\uff0c\u5217\u51fa\u5b83\u5305\u62ec\u54ea\u4e9b\u5355\u4f4d\uff1a\u6210\u5458\u5355\u4f4d\u5373\u4ee5\u672c\u5355\u4f4d\u540d\u4e49\u627f\u62c5\u8be5\u7ec4\u7684\u4efb\u52a1\u5e76\u62a5\u9001", None))
#endif // QT_CONFIG(tooltip)
        self.addUnitButton.setText(QCoreApplication.translate("RosterDialog", u"\u589e\u52a0\u5355\u4f4d(&N)\u2026", None))
        self.aliasButton.setText(QCoreApplication.translate("RosterDialog", u"\u589e\u52a0\u7b80\u79f0(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.aliasButton.setToolTip(QCoreApplication.translate("RosterDialog", u"\u540c\u4e00\u4e2a\u5355\u4f4d\u7684\u53e6\u4e00\u79cd\u5199\u6cd5\uff0c\u5982\u201c\u5e02\u536b\u751f\u5065\u5eb7\u59d4\u201d\u4e0e\u201c\u5e02\u536b\u5065\u59d4\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.liaisonButton.setText(QCoreApplication.translate("RosterDialog", u"\u8bbe\u7f6e\u8054\u7edc\u5458(&L)\u2026", None))
        self.importRegistrationButton.setText(QCoreApplication.translate("RosterDialog", u"\u5bfc\u5165\u767b\u8bb0\u6587\u4ef6(&I)\u2026", None))
#if QT_CONFIG(tooltip)
        self.importRegistrationButton.setToolTip(QCoreApplication.translate("RosterDialog", u"\u5355\u4f4d\u53d1\u6765\u7684\u5bc6\u94a5\u767b\u8bb0\u6587\u4ef6\uff08.json\uff09\uff1a\u767b\u8bb0\u5176\u5bc6\u94a5\uff1b\u540d\u518c\u4e2d\u8fd8\u6ca1\u6709\u7684\u5355\u4f4d\uff0c\u6309\u6587\u4ef6\u5199\u660e\u7684\u5355\u4f4d\u7ec4\u4e00\u952e\u52a0\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.exportRegistrationButton.setText(QCoreApplication.translate("RosterDialog", u"\u5bfc\u51fa\u672c\u5355\u4f4d\u767b\u8bb0\u6587\u4ef6(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportRegistrationButton.setToolTip(QCoreApplication.translate("RosterDialog", u"\u5185\u542b\u672c\u5355\u4f4d\u540d\u79f0\u3001\u6240\u5c5e\u5355\u4f4d\u7ec4\u548c\u5bc6\u94a5\u6307\u7eb9\uff0c\u4ea4\u7ed9\u9886\u5bfc\u5c0f\u7ec4\u529e\u516c\u5ba4", None))
#endif // QT_CONFIG(tooltip)
        self.historyTitle.setText(QCoreApplication.translate("RosterDialog", u"\u53d8\u66f4\u8bb0\u5f55\uff08\u968f\u4e0b\u4e00\u6b21\u5bfc\u51fa\u7684\u65b9\u6848\u5305\u5e26\u7ed9\u5404\u5355\u4f4d\uff09", None))
    # retranslateUi

