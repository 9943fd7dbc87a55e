# GENERATED from ui/password_generator.ui by cmtoolbox/devtools/build_ui.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_generator.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_PasswordGeneratorDialog(object):
    def setupUi(self, PasswordGeneratorDialog):
        if not PasswordGeneratorDialog.objectName():
            PasswordGeneratorDialog.setObjectName(u"PasswordGeneratorDialog")
        PasswordGeneratorDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(PasswordGeneratorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.modeTabs = QTabWidget(PasswordGeneratorDialog)
        self.modeTabs.setObjectName(u"modeTabs")
        self.charactersTab = QWidget()
        self.charactersTab.setObjectName(u"charactersTab")
        self.charactersForm = QFormLayout(self.charactersTab)
        self.charactersForm.setObjectName(u"charactersForm")
        self.lengthLabel = QLabel(self.charactersTab)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.charactersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.lengthSpin = QSpinBox(self.charactersTab)
        self.lengthSpin.setObjectName(u"lengthSpin")
        self.lengthSpin.setMinimum(8)
        self.lengthSpin.setMaximum(128)
        self.lengthSpin.setValue(20)

        self.charactersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lengthSpin)

        self.classesLabel = QLabel(self.charactersTab)
        self.classesLabel.setObjectName(u"classesLabel")

        self.charactersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classesLabel)

        self.classesGrid = QGridLayout()
        self.classesGrid.setObjectName(u"classesGrid")
        self.lowercaseCheck = QCheckBox(self.charactersTab)
        self.lowercaseCheck.setObjectName(u"lowercaseCheck")
        self.lowercaseCheck.setChecked(True)

        self.classesGrid.addWidget(self.lowercaseCheck, 0, 0, 1, 1)

        self.uppercaseCheck = QCheckBox(self.charactersTab)
        self.uppercaseCheck.setObjectName(u"uppercaseCheck")
        self.uppercaseCheck.setChecked(True)

        self.classesGrid.addWidget(self.uppercaseCheck, 0, 1, 1, 1)

        self.digitsCheck = QCheckBox(self.charactersTab)
        self.digitsCheck.setObjectName(u"digitsCheck")
        self.digitsCheck.setChecked(True)

        self.classesGrid.addWidget(self.digitsCheck, 1, 0, 1, 1)

        self.symbolsCheck = QCheckBox(self.charactersTab)
        self.symbolsCheck.setObjectName(u"symbolsCheck")
        self.symbolsCheck.setChecked(True)

        self.classesGrid.addWidget(self.symbolsCheck, 1, 1, 1, 1)


        self.charactersForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.classesGrid)

        self.ambiguousCheck = QCheckBox(self.charactersTab)
        self.ambiguousCheck.setObjectName(u"ambiguousCheck")

        self.charactersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ambiguousCheck)

        self.modeTabs.addTab(self.charactersTab, "")
        self.wordsTab = QWidget()
        self.wordsTab.setObjectName(u"wordsTab")
        self.wordsForm = QFormLayout(self.wordsTab)
        self.wordsForm.setObjectName(u"wordsForm")
        self.wordsLabel = QLabel(self.wordsTab)
        self.wordsLabel.setObjectName(u"wordsLabel")

        self.wordsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wordsLabel)

        self.wordsSpin = QSpinBox(self.wordsTab)
        self.wordsSpin.setObjectName(u"wordsSpin")
        self.wordsSpin.setMinimum(3)
        self.wordsSpin.setMaximum(12)
        self.wordsSpin.setValue(6)

        self.wordsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.wordsSpin)

        self.separatorLabel = QLabel(self.wordsTab)
        self.separatorLabel.setObjectName(u"separatorLabel")

        self.wordsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.separatorLabel)

        self.separatorCombo = QComboBox(self.wordsTab)
        self.separatorCombo.setObjectName(u"separatorCombo")

        self.wordsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.separatorCombo)

        self.capitalizeCheck = QCheckBox(self.wordsTab)
        self.capitalizeCheck.setObjectName(u"capitalizeCheck")

        self.wordsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.capitalizeCheck)

        self.addDigitCheck = QCheckBox(self.wordsTab)
        self.addDigitCheck.setObjectName(u"addDigitCheck")

        self.wordsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addDigitCheck)

        self.modeTabs.addTab(self.wordsTab, "")

        self.mainLayout.addWidget(self.modeTabs)

        self.previewLayout = QHBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewEdit = QLineEdit(PasswordGeneratorDialog)
        self.previewEdit.setObjectName(u"previewEdit")
        self.previewEdit.setReadOnly(True)

        self.previewLayout.addWidget(self.previewEdit)

        self.regenerateButton = QPushButton(PasswordGeneratorDialog)
        self.regenerateButton.setObjectName(u"regenerateButton")
        self.regenerateButton.setAutoDefault(False)

        self.previewLayout.addWidget(self.regenerateButton)


        self.mainLayout.addLayout(self.previewLayout)

        self.strengthLabel = QLabel(PasswordGeneratorDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.strengthLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PasswordGeneratorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lengthLabel.setBuddy(self.lengthSpin)
        self.wordsLabel.setBuddy(self.wordsSpin)
        self.separatorLabel.setBuddy(self.separatorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.modeTabs, self.lengthSpin)
        QWidget.setTabOrder(self.lengthSpin, self.lowercaseCheck)
        QWidget.setTabOrder(self.lowercaseCheck, self.uppercaseCheck)
        QWidget.setTabOrder(self.uppercaseCheck, self.digitsCheck)
        QWidget.setTabOrder(self.digitsCheck, self.symbolsCheck)
        QWidget.setTabOrder(self.symbolsCheck, self.ambiguousCheck)
        QWidget.setTabOrder(self.ambiguousCheck, self.wordsSpin)
        QWidget.setTabOrder(self.wordsSpin, self.separatorCombo)
        QWidget.setTabOrder(self.separatorCombo, self.capitalizeCheck)
        QWidget.setTabOrder(self.capitalizeCheck, self.addDigitCheck)
        QWidget.setTabOrder(self.addDigitCheck, self.previewEdit)
        QWidget.setTabOrder(self.previewEdit, self.regenerateButton)

        self.retranslateUi(PasswordGeneratorDialog)
        self.buttonBox.accepted.connect(PasswordGeneratorDialog.accept)
        self.buttonBox.rejected.connect(PasswordGeneratorDialog.reject)

        self.modeTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PasswordGeneratorDialog):
        PasswordGeneratorDialog.setWindowTitle(QCoreApplication.translate("PasswordGeneratorDialog", u"Generate a password", None))
        self.lengthLabel.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"&Length:", None))
        self.classesLabel.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"Use:", None))
        self.lowercaseCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"Lo&wercase (a\u2013z)", None))
        self.uppercaseCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"&Uppercase (A\u2013Z)", None))
        self.digitsCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"&Digits (0\u20139)", None))
        self.symbolsCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"&Symbols (! # $ % \u2026)", None))
        self.ambiguousCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"A&void look-alike characters (0 O 1 l I)", None))
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.charactersTab), QCoreApplication.translate("PasswordGeneratorDialog", u"&Characters", None))
        self.wordsLabel.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"&Number of words:", None))
        self.separatorLabel.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"S&eparator:", None))
        self.capitalizeCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"C&apitalise each word", None))
        self.addDigitCheck.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"Add a d&igit", None))
        self.modeTabs.setTabText(self.modeTabs.indexOf(self.wordsTab), QCoreApplication.translate("PasswordGeneratorDialog", u"&Words (passphrase)", None))
#if QT_CONFIG(accessibility)
        self.previewEdit.setAccessibleName(QCoreApplication.translate("PasswordGeneratorDialog", u"Generated password", None))
#endif // QT_CONFIG(accessibility)
        self.regenerateButton.setText(QCoreApplication.translate("PasswordGeneratorDialog", u"&Regenerate", None))
    # retranslateUi
