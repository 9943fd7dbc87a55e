# GENERATED from ui/settings_dialog.ui by cmtoolbox/devtools/build_ui.py: do not edit by hand.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.appearanceGroup = QGroupBox(SettingsDialog)
        self.appearanceGroup.setObjectName(u"appearanceGroup")
        self.appearanceForm = QFormLayout(self.appearanceGroup)
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.languageLabel = QLabel(self.appearanceGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appearanceGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.restartHint = QLabel(self.appearanceGroup)
        self.restartHint.setObjectName(u"restartHint")
        self.restartHint.setWordWrap(True)

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.restartHint)

        self.regionLabel = QLabel(self.appearanceGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.appearanceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.appearanceGroup)
        self.regionCombo.setObjectName(u"regionCombo")

        self.appearanceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.regionSample = QLabel(self.appearanceGroup)
        self.regionSample.setObjectName(u"regionSample")

        self.appearanceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regionSample)

        self.themeLabel = QLabel(self.appearanceGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.appearanceGroup)
        self.themeCombo.setObjectName(u"themeCombo")

        self.appearanceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.themeCombo)


        self.mainLayout.addWidget(self.appearanceGroup)

        self.spellingGroup = QGroupBox(SettingsDialog)
        self.spellingGroup.setObjectName(u"spellingGroup")
        self.spellingLayout = QHBoxLayout(self.spellingGroup)
        self.spellingLayout.setObjectName(u"spellingLayout")
        self.spellFrenchCheck = QCheckBox(self.spellingGroup)
        self.spellFrenchCheck.setObjectName(u"spellFrenchCheck")

        self.spellingLayout.addWidget(self.spellFrenchCheck)

        self.spellEnglishCheck = QCheckBox(self.spellingGroup)
        self.spellEnglishCheck.setObjectName(u"spellEnglishCheck")

        self.spellingLayout.addWidget(self.spellEnglishCheck)

        self.spellingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spellingLayout.addItem(self.spellingSpacer)


        self.mainLayout.addWidget(self.spellingGroup)

        self.dataGroup = QGroupBox(SettingsDialog)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QHBoxLayout(self.dataGroup)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataDirEdit = QLineEdit(self.dataGroup)
        self.dataDirEdit.setObjectName(u"dataDirEdit")
        self.dataDirEdit.setReadOnly(True)

        self.dataLayout.addWidget(self.dataDirEdit)

        self.openDataDirButton = QPushButton(self.dataGroup)
        self.openDataDirButton.setObjectName(u"openDataDirButton")

        self.dataLayout.addWidget(self.openDataDirButton)


        self.mainLayout.addWidget(self.dataGroup)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.themeLabel.setBuddy(self.themeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.appearanceGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.restartHint.setText(QCoreApplication.translate("SettingsDialog", u"The menus and the sidebar change language at once; the sections after a restart, which CM Toolbox offers.", None))
        self.regionLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Regional format:", None))
#if QT_CONFIG(tooltip)
        self.regionCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"How dates and numbers are written, whatever the language of the menus", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.regionSample.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Example of the regional format", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Theme:", None))
        self.spellingGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Spell check", None))
        self.spellFrenchCheck.setText(QCoreApplication.translate("SettingsDialog", u"&French", None))
        self.spellEnglishCheck.setText(QCoreApplication.translate("SettingsDialog", u"&English", None))
        self.dataGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Data", None))
#if QT_CONFIG(accessibility)
        self.dataDirEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.openDataDirButton.setText(QCoreApplication.translate("SettingsDialog", u"&Open folder", None))
    # retranslateUi
