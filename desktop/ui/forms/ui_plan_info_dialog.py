# Generated from forms/plan_info_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PlanInfoDialog(object):
    def setupUi(self, PlanInfoDialog):
        if not PlanInfoDialog.objectName():
            PlanInfoDialog.setObjectName(u"PlanInfoDialog")
        PlanInfoDialog.resize(620, 520)
        self.layout = QVBoxLayout(PlanInfoDialog)
        self.layout.setObjectName(u"layout")
        self.headLabel = QLabel(PlanInfoDialog)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setWordWrap(True)

        self.layout.addWidget(self.headLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(PlanInfoDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PlanInfoDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.docNumberLabel = QLabel(PlanInfoDialog)
        self.docNumberLabel.setObjectName(u"docNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.docNumberLabel)

        self.docNumberEdit = QLineEdit(PlanInfoDialog)
        self.docNumberEdit.setObjectName(u"docNumberEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.docNumberEdit)

        self.issuerLabel = QLabel(PlanInfoDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(PlanInfoDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.dateLabel = QLabel(PlanInfoDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(PlanInfoDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.monthlyDutyLabel = QLabel(PlanInfoDialog)
        self.monthlyDutyLabel.setObjectName(u"monthlyDutyLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.monthlyDutyLabel)

        self.monthlyDutyBox = QVBoxLayout()
        self.monthlyDutyBox.setSpacing(2)
        self.monthlyDutyBox.setObjectName(u"monthlyDutyBox")
        self.monthlyDutyEdit = QLineEdit(PlanInfoDialog)
        self.monthlyDutyEdit.setObjectName(u"monthlyDutyEdit")

        self.monthlyDutyBox.addWidget(self.monthlyDutyEdit)

        self.monthlyRuleLabel = QLabel(PlanInfoDialog)
        self.monthlyRuleLabel.setObjectName(u"monthlyRuleLabel")
        self.monthlyRuleLabel.setWordWrap(True)

        self.monthlyDutyBox.addWidget(self.monthlyRuleLabel)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.monthlyDutyBox)

        self.otherDutiesHead = QLabel(PlanInfoDialog)
        self.otherDutiesHead.setObjectName(u"otherDutiesHead")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.otherDutiesHead)

        self.otherDutiesLabel = QLabel(PlanInfoDialog)
        self.otherDutiesLabel.setObjectName(u"otherDutiesLabel")
        self.otherDutiesLabel.setWordWrap(True)
        self.otherDutiesLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.otherDutiesLabel)


        self.layout.addLayout(self.form)

        self.phasesLabel = QLabel(PlanInfoDialog)
        self.phasesLabel.setObjectName(u"phasesLabel")
        self.phasesLabel.setWordWrap(True)

        self.layout.addWidget(self.phasesLabel)

        self.phasesTable = QTableWidget(PlanInfoDialog)
        if (self.phasesTable.columnCount() < 3):
            self.phasesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.phasesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.phasesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.phasesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.phasesTable.setObjectName(u"phasesTable")
        self.phasesTable.setColumnCount(3)

        self.layout.addWidget(self.phasesTable)

        self.phaseButtons = QHBoxLayout()
        self.phaseButtons.setObjectName(u"phaseButtons")
        self.addPhaseButton = QPushButton(PlanInfoDialog)
        self.addPhaseButton.setObjectName(u"addPhaseButton")

        self.phaseButtons.addWidget(self.addPhaseButton)

        self.removePhaseButton = QPushButton(PlanInfoDialog)
        self.removePhaseButton.setObjectName(u"removePhaseButton")

        self.phaseButtons.addWidget(self.removePhaseButton)

        self.phaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseButtons.addItem(self.phaseSpacer)


        self.layout.addLayout(self.phaseButtons)

        self.errorLabel = QLabel(PlanInfoDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b42318;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlanInfoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.docNumberLabel.setBuddy(self.docNumberEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.monthlyDutyLabel.setBuddy(self.monthlyDutyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.docNumberEdit)
        QWidget.setTabOrder(self.docNumberEdit, self.issuerEdit)
        QWidget.setTabOrder(self.issuerEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.monthlyDutyEdit)
        QWidget.setTabOrder(self.monthlyDutyEdit, self.phasesTable)
        QWidget.setTabOrder(self.phasesTable, self.addPhaseButton)
        QWidget.setTabOrder(self.addPhaseButton, self.removePhaseButton)

        self.retranslateUi(PlanInfoDialog)
        self.buttonBox.rejected.connect(PlanInfoDialog.reject)
    # setupUi

    def retranslateUi(self, PlanInfoDialog):
        PlanInfoDialog.setWindowTitle(QCoreApplication.translate("PlanInfoDialog", u"\u4fee\u6539\u65b9\u6848\u4fe1\u606f", None))
        self.headLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u6539\u6b63\u89e3\u6790\u9519\u7684\u65b9\u6848\u4fe1\u606f\u3001\u6708\u5ea6\u62a5\u9001\u8981\u6c42\u548c\u5de5\u4f5c\u9636\u6bb5\u3002\u60a8\u7684\u4fee\u6539\u4f1a\u4fdd\u7559\uff1a\u4ee5\u540e\u5bfc\u5165\u4fee\u8ba2\u7a3f\u65f6\u4e0d\u4f1a\u88ab\u6084\u6084\u6539\u56de\u3002", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u65b9\u6848\u6807\u9898(&T)\uff1a", None))
        self.docNumberLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u6587\u53f7(&N)\uff1a", None))
        self.docNumberEdit.setPlaceholderText(QCoreApplication.translate("PlanInfoDialog", u"\u5982\u201c\u00d7\u5e9c\u529e\u30142024\u301512\u53f7\u201d\uff0c\u6ca1\u6709\u53ef\u7559\u7a7a", None))
        self.issuerLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u53d1\u6587\u673a\u5173(&I)\uff1a", None))
        self.dateLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u6210\u6587\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("PlanInfoDialog", u"\u5199\u6210 2024-03-01\uff1b\u62a5\u9001\u6708\u4efd\u4ece\u8fd9\u4e2a\u65e5\u671f\u7b97\u8d77", None))
        self.monthlyDutyLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u6708\u5ea6\u62a5\u9001(&M)\uff1a", None))
        self.monthlyDutyEdit.setPlaceholderText(QCoreApplication.translate("PlanInfoDialog", u"\u5982\u201c\u6bcf\u670810\u65e5\u524d\u62a5\u9001\u4e0a\u6708\u5de5\u4f5c\u8fdb\u5c55\u201d\uff1b\u7559\u7a7a\u6309\u6bcf\u67085\u65e5\u524d\u62a5\u9001\u4e0a\u6708\u60c5\u51b5\u8ba1", None))
        self.otherDutiesHead.setText(QCoreApplication.translate("PlanInfoDialog", u"\u5176\u4ed6\u62a5\u9001\uff1a", None))
        self.phasesLabel.setText(QCoreApplication.translate("PlanInfoDialog", u"\u5de5\u4f5c\u9636\u6bb5\uff08\u6708\u4efd\u5199\u6210 2024-03\uff1b\u4e0d\u5206\u9636\u6bb5\u7684\u65b9\u6848\u53ef\u4ee5\u6ca1\u6709\uff09\uff1a", None))
        ___qtablewidgetitem = self.phasesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlanInfoDialog", u"\u9636\u6bb5\u540d\u79f0", None))
        ___qtablewidgetitem1 = self.phasesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlanInfoDialog", u"\u5f00\u59cb\u6708\u4efd", None))
        ___qtablewidgetitem2 = self.phasesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PlanInfoDialog", u"\u7ed3\u675f\u6708\u4efd", None))
        self.addPhaseButton.setText(QCoreApplication.translate("PlanInfoDialog", u"\u6dfb\u52a0\u9636\u6bb5(&A)", None))
        self.removePhaseButton.setText(QCoreApplication.translate("PlanInfoDialog", u"\u5220\u9664\u6240\u9009\u9636\u6bb5(&R)", None))
    # retranslateUi

