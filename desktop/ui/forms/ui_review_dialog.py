# Generated from forms/review_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(1200, 660)
        self.layout = QVBoxLayout(ReviewDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(ReviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.planInfoButton = QPushButton(ReviewDialog)
        self.planInfoButton.setObjectName(u"planInfoButton")
        self.planInfoButton.setAutoDefault(False)

        self.summaryLayout.addWidget(self.planInfoButton)

        self.summaryLayout.setStretch(0, 1)

        self.layout.addLayout(self.summaryLayout)

        self.mainSplitter = QSplitter(ReviewDialog)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topPanel = QWidget(self.mainSplitter)
        self.topPanel.setObjectName(u"topPanel")
        self.topLayout = QHBoxLayout(self.topPanel)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.warningsList = QListWidget(self.topPanel)
        self.warningsList.setObjectName(u"warningsList")
        self.warningsList.setWordWrap(True)
        self.warningsList.setMinimumSize(QSize(0, 48))

        self.topLayout.addWidget(self.warningsList)

        self.changesPanel = QWidget(self.topPanel)
        self.changesPanel.setObjectName(u"changesPanel")
        self.changesLayout = QVBoxLayout(self.changesPanel)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesLayout.setContentsMargins(0, 0, 0, 0)
        self.changesLabel = QLabel(self.changesPanel)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setWordWrap(True)

        self.changesLayout.addWidget(self.changesLabel)

        self.changesList = QListWidget(self.changesPanel)
        self.changesList.setObjectName(u"changesList")
        self.changesList.setWordWrap(True)
        self.changesList.setMinimumSize(QSize(0, 96))

        self.changesLayout.addWidget(self.changesList)


        self.topLayout.addWidget(self.changesPanel)

        self.topLayout.setStretch(0, 1)
        self.topLayout.setStretch(1, 1)
        self.mainSplitter.addWidget(self.topPanel)
        self.splitter = QSplitter(self.mainSplitter)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tasksView = QTableView(self.splitter)
        self.tasksView.setObjectName(u"tasksView")
        self.tasksView.setAlternatingRowColors(True)
        self.tasksView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasksView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasksView.setWordWrap(True)
        self.splitter.addWidget(self.tasksView)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.sourceLabel = QLabel(self.sidePanel)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sideLayout.addWidget(self.sourceLabel)

        self.sourceBrowser = QTextBrowser(self.sidePanel)
        self.sourceBrowser.setObjectName(u"sourceBrowser")

        self.sideLayout.addWidget(self.sourceBrowser)

        self.unitsLabel = QLabel(self.sidePanel)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.sideLayout.addWidget(self.unitsLabel)

        self.unitsList = QListWidget(self.sidePanel)
        self.unitsList.setObjectName(u"unitsList")
        self.unitsList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.sideLayout.addWidget(self.unitsList)

        self.unitButtons = QGridLayout()
        self.unitButtons.setObjectName(u"unitButtons")
        self.mergeButton = QPushButton(self.sidePanel)
        self.mergeButton.setObjectName(u"mergeButton")

        self.unitButtons.addWidget(self.mergeButton, 0, 0, 1, 1)

        self.expandButton = QPushButton(self.sidePanel)
        self.expandButton.setObjectName(u"expandButton")

        self.unitButtons.addWidget(self.expandButton, 0, 1, 1, 1)

        self.makeLeadButton = QPushButton(self.sidePanel)
        self.makeLeadButton.setObjectName(u"makeLeadButton")

        self.unitButtons.addWidget(self.makeLeadButton, 1, 0, 1, 1)

        self.makeResponsibleButton = QPushButton(self.sidePanel)
        self.makeResponsibleButton.setObjectName(u"makeResponsibleButton")

        self.unitButtons.addWidget(self.makeResponsibleButton, 1, 1, 1, 1)

        self.membersButton = QPushButton(self.sidePanel)
        self.membersButton.setObjectName(u"membersButton")

        self.unitButtons.addWidget(self.membersButton, 2, 0, 1, 1)


        self.sideLayout.addLayout(self.unitButtons)

        self.splitter.addWidget(self.sidePanel)
        self.mainSplitter.addWidget(self.splitter)

        self.layout.addWidget(self.mainSplitter)

        self.hintLayout = QHBoxLayout()
        self.hintLayout.setObjectName(u"hintLayout")
        self.hintLabel = QLabel(ReviewDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.hintLayout.addWidget(self.hintLabel)

        self.nextFlagButton = QPushButton(ReviewDialog)
        self.nextFlagButton.setObjectName(u"nextFlagButton")
        self.nextFlagButton.setAutoDefault(False)

        self.hintLayout.addWidget(self.nextFlagButton)

        self.checkedButton = QPushButton(ReviewDialog)
        self.checkedButton.setObjectName(u"checkedButton")
        self.checkedButton.setAutoDefault(False)

        self.hintLayout.addWidget(self.checkedButton)

        self.undoButton = QPushButton(ReviewDialog)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.hintLayout.addWidget(self.undoButton)

        self.redoButton = QPushButton(ReviewDialog)
        self.redoButton.setObjectName(u"redoButton")
        self.redoButton.setAutoDefault(False)

        self.hintLayout.addWidget(self.redoButton)

        self.hintLayout.setStretch(0, 1)

        self.layout.addLayout(self.hintLayout)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.unitsLabel.setBuddy(self.unitsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)
        self.buttonBox.rejected.connect(ReviewDialog.reject)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u6838\u5bf9\u5de5\u4f5c\u65b9\u6848", None))
        self.planInfoButton.setText(QCoreApplication.translate("ReviewDialog", u"\u65b9\u6848\u4fe1\u606f\u4e0e\u9636\u6bb5(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.planInfoButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u6539\u6b63\u89e3\u6790\u9519\u7684\u65b9\u6848\u6807\u9898\u3001\u6587\u53f7\u3001\u53d1\u6587\u673a\u5173\u3001\u6210\u6587\u65e5\u671f\u3001\u6708\u5ea6\u62a5\u9001\u8981\u6c42\u548c\u5de5\u4f5c\u9636\u6bb5", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.changesList.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u70b9\u4e00\u9879\u53ef\u8df3\u5230\u5b83\u7684\u4efb\u52a1\u884c\uff1b\u52fe\u9009\u7684\u4e00\u9879\u6539\u7528\u65b0\u65b9\u6848\u7684\u5199\u6cd5\uff0c\u4e0d\u52fe\u9009\u5219\u4fdd\u7559\u60a8\u4e4b\u524d\u7684\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.sourceLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u539f\u6587\uff1a", None))
        self.unitsLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u65b9\u6848\u4e2d\u7684\u5355\u4f4d\uff08\u53ef\u591a\u9009\u540e\u5408\u5e76\uff0c\u6216\u5c55\u5f00\u5355\u4f4d\u7ec4\uff09(&U)\uff1a", None))
        self.mergeButton.setText(QCoreApplication.translate("ReviewDialog", u"\u5408\u5e76\u4e3a\u540c\u4e00\u5355\u4f4d(&M)", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u9009\u4e2d\u7684\u7b2c\u4e00\u4e2a\u5355\u4f4d\u4f5c\u4e3a\u6b63\u5f0f\u540d\u79f0\uff0c\u5176\u4f59\u4f5c\u4e3a\u522b\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.expandButton.setText(QCoreApplication.translate("ReviewDialog", u"\u5c55\u5f00\u5355\u4f4d\u7ec4(&E)", None))
#if QT_CONFIG(tooltip)
        self.expandButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u628a\u6240\u9009\u5355\u4f4d\u7ec4\u5728\u5404\u4efb\u52a1\u4e2d\u66ff\u6362\u4e3a\u5b83\u7684\u6210\u5458\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.makeLeadButton.setText(QCoreApplication.translate("ReviewDialog", u"\u8bbe\u4e3a\u672c\u4efb\u52a1\u7275\u5934\u5355\u4f4d(&L)", None))
        self.makeResponsibleButton.setText(QCoreApplication.translate("ReviewDialog", u"\u8bbe\u4e3a\u672c\u4efb\u52a1\u8d23\u4efb\u5355\u4f4d(&R)", None))
        self.membersButton.setText(QCoreApplication.translate("ReviewDialog", u"\u586b\u5199\u5355\u4f4d\u7ec4\u6210\u5458(&G)\u2026", None))
#if QT_CONFIG(tooltip)
        self.membersButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u65b9\u6848\u53ea\u5199\u4e86\u201c\u5404\u6210\u5458\u5355\u4f4d\u201d\u7b49\u7edf\u79f0\u65f6\uff0c\u5728\u8fd9\u91cc\u5217\u51fa\u5177\u4f53\u5305\u62ec\u54ea\u4e9b\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u53cc\u51fb\u5355\u5143\u683c\u6216\u6309\u56de\u8f66\u53ef\u4fee\u6539\uff1a\u5355\u4f4d\u4e4b\u95f4\u7528\u201c\u3001\u201d\u5206\u9694\uff0c\u6307\u6807\u5199\u6210\u201c\u4e0d\u5c11\u4e8e500\u5f20\uff1b\u8fbe\u523090%\u4ee5\u4e0a\u201d\u3002\u6807\u9ec4\u7684\u884c\u6709\u5f85\u786e\u8ba4\u7684\u95ee\u9898\u3002", None))
        self.nextFlagButton.setText(QCoreApplication.translate("ReviewDialog", u"\u4e0b\u4e00\u5904\u5f85\u6838\u5bf9(&N)", None))
#if QT_CONFIG(tooltip)
        self.nextFlagButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u8df3\u5230\u4e0b\u4e00\u884c\u6807\u9ec4\u3001\u9700\u8981\u6838\u5bf9\u7684\u4efb\u52a1\uff08F8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.checkedButton.setText(QCoreApplication.translate("ReviewDialog", u"\u672c\u884c\u65e0\u8bef(&K)", None))
#if QT_CONFIG(tooltip)
        self.checkedButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u5bf9\u7167\u539f\u6587\u6838\u5bf9\u8fc7\u3001\u8fd9\u4e00\u884c\u6ca1\u6709\u95ee\u9898\uff1a\u4e0d\u518d\u6807\u9ec4\uff0c\u201c\u4e0b\u4e00\u5904\u5f85\u6838\u5bf9\u201d\u4e5f\u4e0d\u518d\u505c\u5728\u8fd9\u91cc\uff08\u8fd9\u4e00\u884c\u7684\u95ee\u9898\u6709\u53d8\u5316\u65f6\u91cd\u65b0\u6807\u9ec4\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("ReviewDialog", u"\u64a4\u9500(&Z)", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u64a4\u9500\u4e0a\u4e00\u6b65\u4fee\u6539\uff08Ctrl+Z\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.redoButton.setText(QCoreApplication.translate("ReviewDialog", u"\u91cd\u505a(&Y)", None))
#if QT_CONFIG(tooltip)
        self.redoButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"\u91cd\u505a\u521a\u64a4\u9500\u7684\u4fee\u6539\uff08Ctrl+Y\uff09", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

