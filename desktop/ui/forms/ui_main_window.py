# Generated from forms/main_window.ui by build/compile_forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer and run `python build/compile_forms.py`.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStatusBar, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionOpenWorkspace = QAction(MainWindow)
        self.actionOpenWorkspace.setObjectName(u"actionOpenWorkspace")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionRole = QAction(MainWindow)
        self.actionRole.setObjectName(u"actionRole")
        self.actionDashboard = QAction(MainWindow)
        self.actionDashboard.setObjectName(u"actionDashboard")
        self.actionTasks = QAction(MainWindow)
        self.actionTasks.setObjectName(u"actionTasks")
        self.actionMonthly = QAction(MainWindow)
        self.actionMonthly.setObjectName(u"actionMonthly")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionOpenLogs = QAction(MainWindow)
        self.actionOpenLogs.setObjectName(u"actionOpenLogs")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.planLabel = QLabel(self.central)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.centralLayout.addWidget(self.planLabel)

        self.tabs = QTabWidget(self.central)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuSettings = QMenu(self.menubar)
        self.menuSettings.setObjectName(u"menuSettings")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuSettings.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionOpenWorkspace)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuSettings.addAction(self.actionRole)
        self.menuView.addAction(self.actionDashboard)
        self.menuView.addAction(self.actionTasks)
        self.menuView.addAction(self.actionMonthly)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionFind)
        self.menuHelp.addAction(self.actionOpenLogs)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u843d\u5b9e \u2014 \u5de5\u4f5c\u65b9\u6848\u843d\u5b9e\u8ddf\u8e2a\u4e0e\u62a5\u9001", None))
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u5de5\u4f5c\u65b9\u6848(&I)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenWorkspace.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u5de5\u4f5c\u533a(&O)\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpenWorkspace.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&Q)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRole.setText(QCoreApplication.translate("MainWindow", u"\u8eab\u4efd\u4e0e\u8054\u7edc\u5458(&R)\u2026", None))
        self.actionDashboard.setText(QCoreApplication.translate("MainWindow", u"\u5de5\u4f5c\u53f0(&D)", None))
#if QT_CONFIG(shortcut)
        self.actionDashboard.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionTasks.setText(QCoreApplication.translate("MainWindow", u"\u4efb\u52a1(&T)", None))
#if QT_CONFIG(shortcut)
        self.actionTasks.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionMonthly.setText(QCoreApplication.translate("MainWindow", u"\u6708\u5ea6\u586b\u62a5(&M)", None))
#if QT_CONFIG(shortcut)
        self.actionMonthly.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22\u4efb\u52a1(&F)", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenLogs.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u65e5\u5fd7\u6587\u4ef6\u5939(&L)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e\u843d\u5b9e(&A)", None))
        self.planLabel.setText(QCoreApplication.translate("MainWindow", u"\u5c1a\u672a\u5bfc\u5165\u5de5\u4f5c\u65b9\u6848", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuSettings.setTitle(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u67e5\u770b(&V)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

