# Generated from forms/monthly_articles.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

class Ui_MonthlyArticles(object):
    def setupUi(self, MonthlyArticles):
        if not MonthlyArticles.objectName():
            MonthlyArticles.setObjectName(u"MonthlyArticles")
        self.layout = QHBoxLayout(MonthlyArticles)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.articlesLeft = QVBoxLayout()
        self.articlesLeft.setObjectName(u"articlesLeft")
        self.articlesList = QListWidget(MonthlyArticles)
        self.articlesList.setObjectName(u"articlesList")

        self.articlesLeft.addWidget(self.articlesList)

        self.articleButtons = QHBoxLayout()
        self.articleButtons.setObjectName(u"articleButtons")
        self.newArticleButton = QPushButton(MonthlyArticles)
        self.newArticleButton.setObjectName(u"newArticleButton")

        self.articleButtons.addWidget(self.newArticleButton)

        self.deleteArticleButton = QPushButton(MonthlyArticles)
        self.deleteArticleButton.setObjectName(u"deleteArticleButton")

        self.articleButtons.addWidget(self.deleteArticleButton)


        self.articlesLeft.addLayout(self.articleButtons)


        self.layout.addLayout(self.articlesLeft)

        self.articleForm = QFormLayout()
        self.articleForm.setObjectName(u"articleForm")
        self.articleTitleLabel = QLabel(MonthlyArticles)
        self.articleTitleLabel.setObjectName(u"articleTitleLabel")

        self.articleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.articleTitleLabel)

        self.articleTitleEdit = QLineEdit(MonthlyArticles)
        self.articleTitleEdit.setObjectName(u"articleTitleEdit")

        self.articleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.articleTitleEdit)

        self.articleAuthorLabel = QLabel(MonthlyArticles)
        self.articleAuthorLabel.setObjectName(u"articleAuthorLabel")

        self.articleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.articleAuthorLabel)

        self.articleAuthorEdit = QLineEdit(MonthlyArticles)
        self.articleAuthorEdit.setObjectName(u"articleAuthorEdit")

        self.articleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.articleAuthorEdit)

        self.articleReviewerLabel = QLabel(MonthlyArticles)
        self.articleReviewerLabel.setObjectName(u"articleReviewerLabel")

        self.articleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.articleReviewerLabel)

        self.articleReviewerEdit = QLineEdit(MonthlyArticles)
        self.articleReviewerEdit.setObjectName(u"articleReviewerEdit")

        self.articleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.articleReviewerEdit)

        self.articleDateLabel = QLabel(MonthlyArticles)
        self.articleDateLabel.setObjectName(u"articleDateLabel")

        self.articleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.articleDateLabel)

        self.articleDateEdit = QDateEdit(MonthlyArticles)
        self.articleDateEdit.setObjectName(u"articleDateEdit")
        self.articleDateEdit.setCalendarPopup(True)

        self.articleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.articleDateEdit)

        self.articleBodyLabel = QLabel(MonthlyArticles)
        self.articleBodyLabel.setObjectName(u"articleBodyLabel")

        self.articleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.articleBodyLabel)

        self.articleBodyEdit = QPlainTextEdit(MonthlyArticles)
        self.articleBodyEdit.setObjectName(u"articleBodyEdit")
        self.articleBodyEdit.setTabChangesFocus(True)

        self.articleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.articleBodyEdit)


        self.layout.addLayout(self.articleForm)

        self.layout.setStretch(0, 1)
        self.layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.articleTitleLabel.setBuddy(self.articleTitleEdit)
        self.articleAuthorLabel.setBuddy(self.articleAuthorEdit)
        self.articleReviewerLabel.setBuddy(self.articleReviewerEdit)
        self.articleDateLabel.setBuddy(self.articleDateEdit)
        self.articleBodyLabel.setBuddy(self.articleBodyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.articlesList, self.newArticleButton)
        QWidget.setTabOrder(self.newArticleButton, self.deleteArticleButton)
        QWidget.setTabOrder(self.deleteArticleButton, self.articleTitleEdit)
        QWidget.setTabOrder(self.articleTitleEdit, self.articleAuthorEdit)
        QWidget.setTabOrder(self.articleAuthorEdit, self.articleReviewerEdit)
        QWidget.setTabOrder(self.articleReviewerEdit, self.articleDateEdit)
        QWidget.setTabOrder(self.articleDateEdit, self.articleBodyEdit)

        self.retranslateUi(MonthlyArticles)
    # setupUi

    def retranslateUi(self, MonthlyArticles):
        self.newArticleButton.setText(QCoreApplication.translate("MonthlyArticles", u"\u65b0\u5efa\u4fe1\u606f(&N)", None))
        self.deleteArticleButton.setText(QCoreApplication.translate("MonthlyArticles", u"\u5220\u9664", None))
        self.articleTitleLabel.setText(QCoreApplication.translate("MonthlyArticles", u"\u6807\u9898\uff1a", None))
        self.articleAuthorLabel.setText(QCoreApplication.translate("MonthlyArticles", u"\u64b0\u7a3f\u4eba\uff1a", None))
        self.articleReviewerLabel.setText(QCoreApplication.translate("MonthlyArticles", u"\u5ba1\u6838\u4eba\uff1a", None))
        self.articleDateLabel.setText(QCoreApplication.translate("MonthlyArticles", u"\u65e5\u671f\uff1a", None))
        self.articleDateEdit.setDisplayFormat(QCoreApplication.translate("MonthlyArticles", u"yyyy-MM-dd", None))
        self.articleBodyLabel.setText(QCoreApplication.translate("MonthlyArticles", u"\u6b63\u6587\uff1a", None))
        pass
    # retranslateUi

