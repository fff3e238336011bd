# Generated from forms/draft_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTreeView, QVBoxLayout, QWidget)

from desktop.ui.paragraph_edit import ParagraphEdit

class Ui_DraftDialog(object):
    def setupUi(self, DraftDialog):
        if not DraftDialog.objectName():
            DraftDialog.setObjectName(u"DraftDialog")
        DraftDialog.resize(1280, 800)
        self.layout = QVBoxLayout(DraftDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DraftDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.splitter = QSplitter(DraftDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tree = QTreeView(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.splitter.addWidget(self.tree)
        self.tree.header().setStretchLastSection(False)
        self.rightSplitter = QSplitter(self.splitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Orientation.Vertical)
        self.editBox = QWidget(self.rightSplitter)
        self.editBox.setObjectName(u"editBox")
        self.editLayout = QVBoxLayout(self.editBox)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(0, 0, 0, 0)
        self.partLabel = QLabel(self.editBox)
        self.partLabel.setObjectName(u"partLabel")
        font = QFont()
        font.setBold(True)
        self.partLabel.setFont(font)

        self.editLayout.addWidget(self.partLabel)

        self.toolsRow = QHBoxLayout()
        self.toolsRow.setObjectName(u"toolsRow")
        self.splitButton = QPushButton(self.editBox)
        self.splitButton.setObjectName(u"splitButton")
        self.splitButton.setAutoDefault(False)

        self.toolsRow.addWidget(self.splitButton)

        self.mergeButton = QPushButton(self.editBox)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.toolsRow.addWidget(self.mergeButton)

        self.practicesButton = QPushButton(self.editBox)
        self.practicesButton.setObjectName(u"practicesButton")
        self.practicesButton.setAutoDefault(False)

        self.toolsRow.addWidget(self.practicesButton)

        self.discardButton = QPushButton(self.editBox)
        self.discardButton.setObjectName(u"discardButton")
        self.discardButton.setAutoDefault(False)

        self.toolsRow.addWidget(self.discardButton)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsRow.addItem(self.toolsSpacer)


        self.editLayout.addLayout(self.toolsRow)

        self.editor = ParagraphEdit(self.editBox)
        self.editor.setObjectName(u"editor")

        self.editLayout.addWidget(self.editor)

        self.hintLabel = QLabel(self.editBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #5f6b7a")
        self.hintLabel.setWordWrap(True)

        self.editLayout.addWidget(self.hintLabel)

        self.keptLabel = QLabel(self.editBox)
        self.keptLabel.setObjectName(u"keptLabel")
        self.keptLabel.setStyleSheet(u"color: #5f6b7a")
        self.keptLabel.setWordWrap(True)

        self.editLayout.addWidget(self.keptLabel)

        self.rightSplitter.addWidget(self.editBox)
        self.sourceBox = QWidget(self.rightSplitter)
        self.sourceBox.setObjectName(u"sourceBox")
        self.sourceLayout = QVBoxLayout(self.sourceBox)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceLayout.setContentsMargins(0, 0, 0, 0)
        self.sourcesLabel = QLabel(self.sourceBox)
        self.sourcesLabel.setObjectName(u"sourcesLabel")
        self.sourcesLabel.setFont(font)

        self.sourceLayout.addWidget(self.sourcesLabel)

        self.detailLabel = QLabel(self.sourceBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sourceLayout.addWidget(self.detailLabel)

        self.sourcesView = QTableView(self.sourceBox)
        self.sourcesView.setObjectName(u"sourcesView")
        self.sourcesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sourcesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sourcesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sourcesView.setWordWrap(False)
        self.sourcesView.verticalHeader().setVisible(False)

        self.sourceLayout.addWidget(self.sourcesView)

        self.checksLabel = QLabel(self.sourceBox)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setFont(font)

        self.sourceLayout.addWidget(self.checksLabel)

        self.checksView = QListWidget(self.sourceBox)
        self.checksView.setObjectName(u"checksView")
        self.checksView.setWordWrap(True)

        self.sourceLayout.addWidget(self.checksView)

        self.rightSplitter.addWidget(self.sourceBox)
        self.splitter.addWidget(self.rightSplitter)

        self.layout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.pathLabel = QLabel(DraftDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottomRow.addWidget(self.pathLabel)

        self.exportButton = QPushButton(DraftDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)

        self.saveAsButton = QPushButton(DraftDialog)
        self.saveAsButton.setObjectName(u"saveAsButton")
        self.saveAsButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.saveAsButton)

        self.closeButton = QPushButton(DraftDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)

        self.bottomRow.setStretch(0, 1)

        self.layout.addLayout(self.bottomRow)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.tree, self.editor)
        QWidget.setTabOrder(self.editor, self.splitButton)
        QWidget.setTabOrder(self.splitButton, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.practicesButton)
        QWidget.setTabOrder(self.practicesButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.sourcesView)
        QWidget.setTabOrder(self.sourcesView, self.checksView)
        QWidget.setTabOrder(self.checksView, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.saveAsButton)
        QWidget.setTabOrder(self.saveAsButton, self.closeButton)

        self.retranslateUi(DraftDialog)
        self.closeButton.clicked.connect(DraftDialog.reject)

        self.exportButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DraftDialog):
        self.introLabel.setText(QCoreApplication.translate("DraftDialog", u"\u8349\u7a3f\u7531\u5404\u6708\u586b\u62a5\u81ea\u52a8\u8d77\u8349\u3002\u5de6\u4fa7\u6309\u7ae0\u8282\u5217\u51fa\u5404\u6bb5\uff0c\u9009\u4e2d\u4e00\u6bb5\u5373\u53ef\u5728\u53f3\u4fa7\u4fee\u6539\uff1b\u5149\u6807\u6240\u5728\u7684\u53e5\u5b50\u6807\u9ec4\uff0c\u4e0b\u65b9\u8bf4\u660e\u5b83\u51fa\u81ea\u54ea\u6761\u6708\u5ea6\u586b\u62a5\u3002", None))
#if QT_CONFIG(tooltip)
        self.splitButton.setToolTip(QCoreApplication.translate("DraftDialog", u"\u4ece\u5149\u6807\u6240\u5728\u7684\u53e5\u5b50\u8d77\u53e6\u8d77\u4e00\u6bb5\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.splitButton.setText(QCoreApplication.translate("DraftDialog", u"\u62c6\u5206\u6bb5\u843d(&S)", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("DraftDialog", u"\u628a\u672c\u6bb5\u63a5\u5230\u4e0a\u4e00\u6bb5\u540e\u9762\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.mergeButton.setText(QCoreApplication.translate("DraftDialog", u"\u5e76\u5165\u4e0a\u4e00\u6bb5(&M)", None))
#if QT_CONFIG(tooltip)
        self.practicesButton.setToolTip(QCoreApplication.translate("DraftDialog", u"\u586b\u5199\u672c\u671f\u7684\u4e3b\u8981\u505a\u6cd5\uff08\u4e00\u6761\u4e00\u884c\uff09\uff0c\u5199\u5165\u201c\u4e8c\u3001\u4e3b\u8981\u505a\u6cd5\u201d\uff0c\u4e0b\u6b21\u8d77\u8349\u4e5f\u4f1a\u7528\u4e0a\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.practicesButton.setText(QCoreApplication.translate("DraftDialog", u"\u4e3b\u8981\u505a\u6cd5(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("DraftDialog", u"\u653e\u5f03\u4fdd\u5b58\u5728\u5de5\u4f5c\u533a\u91cc\u7684\u4fee\u6539\uff0c\u6309\u5404\u6708\u586b\u62a5\u91cd\u65b0\u8d77\u8349\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("DraftDialog", u"\u653e\u5f03\u4fee\u6539(&D)\u2026", None))
        self.sourcesLabel.setText(QCoreApplication.translate("DraftDialog", u"\u6765\u6e90", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("DraftDialog", u"\u5bfc\u51fa\u4e3a Word \u6587\u6863\u5e76\u6253\u5f00\uff1b\u540c\u540d\u6587\u4ef6\u5df2\u5b58\u5728\u65f6\u53e6\u8d77\u4e00\u4e2a\u5e26\u7f16\u53f7\u7684\u6587\u4ef6\u540d\uff0c\u4e0d\u4f1a\u8986\u76d6\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("DraftDialog", u"\u5bfc\u51fa(&E)", None))
        self.saveAsButton.setText(QCoreApplication.translate("DraftDialog", u"\u53e6\u5b58\u4e3a(&A)\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("DraftDialog", u"\u5173\u95ed", None))
        pass
    # retranslateUi

