# Generated from forms/practices_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_PracticesDialog(object):
    def setupUi(self, PracticesDialog):
        if not PracticesDialog.objectName():
            PracticesDialog.setObjectName(u"PracticesDialog")
        PracticesDialog.resize(640, 360)
        self.layout = QVBoxLayout(PracticesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PracticesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.practicesEdit = QPlainTextEdit(PracticesDialog)
        self.practicesEdit.setObjectName(u"practicesEdit")

        self.layout.addWidget(self.practicesEdit)

        self.buttonBox = QDialogButtonBox(PracticesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(1, 1)

        self.retranslateUi(PracticesDialog)
        self.buttonBox.accepted.connect(PracticesDialog.accept)
        self.buttonBox.rejected.connect(PracticesDialog.reject)
    # setupUi

    def retranslateUi(self, PracticesDialog):
        PracticesDialog.setWindowTitle(QCoreApplication.translate("PracticesDialog", u"\u672c\u671f\u4e3b\u8981\u505a\u6cd5", None))
        self.introLabel.setText(QCoreApplication.translate("PracticesDialog", u"\u4e00\u6761\u4e00\u884c\uff0c\u4f8b\u5982\u201c\u5f3a\u5316\u7edf\u7b79\u8c03\u5ea6\uff0c\u5efa\u7acb\u6708\u8c03\u5ea6\u3001\u5b63\u901a\u62a5\u673a\u5236\uff0c\u7f16\u53d1\u5de5\u4f5c\u7b80\u62a512\u671f\u3002\u201d\u5199\u5165\u62a5\u544a\u7684\u201c\u4e3b\u8981\u505a\u6cd5\u201d\uff0c\u6392\u5728\u4ece\u6708\u5ea6\u586b\u62a5\u4e2d\u5f52\u7eb3\u7684\u505a\u6cd5\u4e4b\u524d\u3002", None))
    # retranslateUi

