# Generated from forms/import_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(720, 520)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.layout.addLayout(self.fileRow)

        self.pasteLabel = QLabel(ImportDialog)
        self.pasteLabel.setObjectName(u"pasteLabel")

        self.layout.addWidget(self.pasteLabel)

        self.pasteEdit = QPlainTextEdit(ImportDialog)
        self.pasteEdit.setObjectName(u"pasteEdit")

        self.layout.addWidget(self.pasteEdit)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pasteLabel.setBuddy(self.pasteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
        self.buttonBox.rejected.connect(ImportDialog.reject)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u5de5\u4f5c\u65b9\u6848", None))
        self.introLabel.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u5de5\u4f5c\u65b9\u6848\u6587\u4ef6\uff08.txt \u6216 .docx\uff09\uff0c\u6216\u628a\u65b9\u6848\u5168\u6587\u7c98\u8d34\u5230\u4e0b\u9762\u3002\u4e0b\u4e00\u6b65\u4f1a\u5148\u5217\u51fa\u8bc6\u522b\u51fa\u7684\u4efb\u52a1\uff0c\u6838\u5bf9\u65e0\u8bef\u540e\u624d\u4fdd\u5b58\u3002", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"\u65b9\u6848\u6587\u4ef6\u8def\u5f84", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6(&B)\u2026", None))
        self.pasteLabel.setText(QCoreApplication.translate("ImportDialog", u"\u6216\u7c98\u8d34\u65b9\u6848\u5168\u6587(&T)\uff1a", None))
    # retranslateUi

