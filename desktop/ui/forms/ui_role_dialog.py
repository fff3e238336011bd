# Generated from forms/role_dialog.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RoleDialog(object):
    def setupUi(self, RoleDialog):
        if not RoleDialog.objectName():
            RoleDialog.setObjectName(u"RoleDialog")
        RoleDialog.resize(560, 470)
        self.layout = QVBoxLayout(RoleDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RoleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.unitRadio = QRadioButton(RoleDialog)
        self.unitRadio.setObjectName(u"unitRadio")
        self.unitRadio.setChecked(True)

        self.layout.addWidget(self.unitRadio)

        self.unitBox = QGroupBox(RoleDialog)
        self.unitBox.setObjectName(u"unitBox")
        self.unitForm = QFormLayout(self.unitBox)
        self.unitForm.setObjectName(u"unitForm")
        self.unitLabel = QLabel(self.unitBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.unitBox)
        self.unitCombo.setObjectName(u"unitCombo")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.nameLabel = QLabel(self.unitBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.liaisonNameEdit = QLineEdit(self.unitBox)
        self.liaisonNameEdit.setObjectName(u"liaisonNameEdit")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.liaisonNameEdit)

        self.phoneLabel = QLabel(self.unitBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.liaisonPhoneEdit = QLineEdit(self.unitBox)
        self.liaisonPhoneEdit.setObjectName(u"liaisonPhoneEdit")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.liaisonPhoneEdit)

        self.noPlanLabel = QLabel(self.unitBox)
        self.noPlanLabel.setObjectName(u"noPlanLabel")
        self.noPlanLabel.setWordWrap(True)

        self.unitForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.noPlanLabel)


        self.layout.addWidget(self.unitBox)

        self.officeRadio = QRadioButton(RoleDialog)
        self.officeRadio.setObjectName(u"officeRadio")

        self.layout.addWidget(self.officeRadio)

        self.officeBox = QGroupBox(RoleDialog)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.officeNameLabel = QLabel(self.officeBox)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(self.officeBox)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.officePersonLabel = QLabel(self.officeBox)
        self.officePersonLabel.setObjectName(u"officePersonLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officePersonLabel)

        self.officePersonEdit = QLineEdit(self.officeBox)
        self.officePersonEdit.setObjectName(u"officePersonEdit")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officePersonEdit)

        self.officePhoneLabel = QLabel(self.officeBox)
        self.officePhoneLabel.setObjectName(u"officePhoneLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officePhoneLabel)

        self.officePhoneEdit = QLineEdit(self.officeBox)
        self.officePhoneEdit.setObjectName(u"officePhoneEdit")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officePhoneEdit)

        self.briefingLabel = QLabel(self.officeBox)
        self.briefingLabel.setObjectName(u"briefingLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.briefingLabel)

        self.briefingEdit = QLineEdit(self.officeBox)
        self.briefingEdit.setObjectName(u"briefingEdit")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.briefingEdit)

        self.officeUnitLabel = QLabel(self.officeBox)
        self.officeUnitLabel.setObjectName(u"officeUnitLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeUnitLabel)

        self.officeUnitCombo = QComboBox(self.officeBox)
        self.officeUnitCombo.setObjectName(u"officeUnitCombo")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeUnitCombo)

        self.officeUnitHint = QLabel(self.officeBox)
        self.officeUnitHint.setObjectName(u"officeUnitHint")
        self.officeUnitHint.setWordWrap(True)

        self.officeForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.officeUnitHint)


        self.layout.addWidget(self.officeBox)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(RoleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.nameLabel.setBuddy(self.liaisonNameEdit)
        self.phoneLabel.setBuddy(self.liaisonPhoneEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.officePersonLabel.setBuddy(self.officePersonEdit)
        self.officePhoneLabel.setBuddy(self.officePhoneEdit)
        self.briefingLabel.setBuddy(self.briefingEdit)
        self.officeUnitLabel.setBuddy(self.officeUnitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitRadio, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.liaisonNameEdit)
        QWidget.setTabOrder(self.liaisonNameEdit, self.liaisonPhoneEdit)
        QWidget.setTabOrder(self.liaisonPhoneEdit, self.officeRadio)
        QWidget.setTabOrder(self.officeRadio, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.officePersonEdit)
        QWidget.setTabOrder(self.officePersonEdit, self.officePhoneEdit)
        QWidget.setTabOrder(self.officePhoneEdit, self.briefingEdit)
        QWidget.setTabOrder(self.briefingEdit, self.officeUnitCombo)

        self.retranslateUi(RoleDialog)
        self.buttonBox.rejected.connect(RoleDialog.reject)
    # setupUi

    def retranslateUi(self, RoleDialog):
        RoleDialog.setWindowTitle(QCoreApplication.translate("RoleDialog", u"\u9009\u62e9\u8eab\u4efd", None))
        self.introLabel.setText(QCoreApplication.translate("RoleDialog", u"\u8bf7\u9009\u62e9\u60a8\u5728\u672c\u5de5\u4f5c\u65b9\u6848\u4e2d\u7684\u8eab\u4efd\u3002\u4ee5\u540e\u53ef\u4ee5\u5728\u201c\u8bbe\u7f6e \u2192 \u8eab\u4efd\u4e0e\u8054\u7edc\u5458\u201d\u4e2d\u4fee\u6539\u3002", None))
        self.unitRadio.setText(QCoreApplication.translate("RoleDialog", u"\u8d23\u4efb\u5355\u4f4d\u8054\u7edc\u5458\uff08\u586b\u62a5\u672c\u5355\u4f4d\u7684\u6708\u5ea6\u8fdb\u5c55\u548c\u5de5\u4f5c\u4fe1\u606f\uff09(&U)", None))
        self.unitBox.setTitle(QCoreApplication.translate("RoleDialog", u"\u672c\u5355\u4f4d\u4e0e\u8054\u7edc\u5458", None))
        self.unitLabel.setText(QCoreApplication.translate("RoleDialog", u"\u672c\u5355\u4f4d(&N)\uff1a", None))
        self.nameLabel.setText(QCoreApplication.translate("RoleDialog", u"\u8054\u7edc\u5458\u59d3\u540d(&L)\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("RoleDialog", u"\u8054\u7cfb\u7535\u8bdd(&P)\uff1a", None))
        self.noPlanLabel.setText(QCoreApplication.translate("RoleDialog", u"\u8fd8\u6ca1\u6709\u5bfc\u5165\u5de5\u4f5c\u65b9\u6848\uff1a\u5bfc\u5165\u5e76\u6838\u5bf9\u540e\u518d\u9009\u62e9\u672c\u5355\u4f4d\u3002", None))
        self.officeRadio.setText(QCoreApplication.translate("RoleDialog", u"\u9886\u5bfc\u5c0f\u7ec4\u529e\u516c\u5ba4\uff08\u67e5\u770b\u5404\u5355\u4f4d\u62a5\u9001\u60c5\u51b5\u3001\u50ac\u62a5\u3001\u6c47\u603b\uff09(&O)", None))
        self.officeBox.setTitle(QCoreApplication.translate("RoleDialog", u"\u529e\u516c\u5ba4\u5168\u79f0\u4e0e\u8054\u7cfb\u4eba\uff08\u7528\u4e8e\u5168\u5e02\u62a5\u544a\u3001\u7b80\u62a5\u548c\u6c47\u7f16\u7684\u843d\u6b3e\uff09", None))
        self.officeNameLabel.setText(QCoreApplication.translate("RoleDialog", u"\u529e\u516c\u5ba4\u5168\u79f0(&F)\uff1a", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("RoleDialog", u"\u4f8b\u5982\uff1a\u6b66\u6c49\u5e02\u63a8\u8fdb\u8001\u5e74\u53cb\u597d\u578b\u57ce\u5e02\u5efa\u8bbe\u5de5\u4f5c\u9886\u5bfc\u5c0f\u7ec4\u529e\u516c\u5ba4", None))
        self.officePersonLabel.setText(QCoreApplication.translate("RoleDialog", u"\u8054\u7cfb\u4eba(&C)\uff1a", None))
        self.officePhoneLabel.setText(QCoreApplication.translate("RoleDialog", u"\u8054\u7cfb\u7535\u8bdd(&T)\uff1a", None))
        self.briefingLabel.setText(QCoreApplication.translate("RoleDialog", u"\u7b80\u62a5\u540d\u79f0(&B)\uff1a", None))
        self.officeUnitLabel.setText(QCoreApplication.translate("RoleDialog", u"\u4ee3\u54ea\u4e2a\u5355\u4f4d\u586b\u62a5(&E)\uff1a", None))
        self.officeUnitHint.setText(QCoreApplication.translate("RoleDialog", u"\u529e\u516c\u5ba4\u8bbe\u5728\u67d0\u4e2a\u5355\u4f4d\u5185\uff08\u5982\u5e02\u6c11\u653f\u5c40\uff09\u65f6\uff0c\u9009\u4e2d\u5b83\uff0c\u5c31\u53ef\u4ee5\u5728\u201c\u6708\u5ea6\u586b\u62a5\u201d\u4e2d\u586b\u5199\u8be5\u5355\u4f4d\u7275\u5934\u4efb\u52a1\u7684\u8fdb\u5c55\uff0c\u63d0\u4ea4\u540e\u76f4\u63a5\u8ba1\u5165\u6c47\u603b\uff0c\u65e0\u987b\u5bfc\u51fa\u62a5\u9001\u5305\u3002", None))
    # retranslateUi

