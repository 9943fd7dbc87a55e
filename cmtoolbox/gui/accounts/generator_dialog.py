"""The password generator dialog: random characters or a French passphrase, with its strength.

The form is a Designer file (ui/password_generator.ui); the generation itself is
`cmtoolbox.core.passwords`. The chosen options are remembered in the preferences, never the
passwords.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cmtoolbox.core import passwords
from cmtoolbox.gui.forms.ui_password_generator import Ui_PasswordGeneratorDialog
from cmtoolbox.gui.i18n import fill
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.logs import REDACTOR

_PREFIX = "accounts/generator/"


def _flag(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _number(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


class PasswordGeneratorDialog(QDialog):
    def __init__(self, prefs: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordGeneratorDialog()
        self.ui.setupUi(self)
        self._prefs = prefs
        for value, label in (
            ("-", self.tr("Hyphen (-)")),
            (".", self.tr("Dot (.)")),
            ("_", self.tr("Underscore (_)")),
            (" ", self.tr("Space")),
            ("", self.tr("No separator")),
        ):
            self.ui.separatorCombo.addItem(label, value)
        self.ui.previewEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Use this &password"))
        self._load_options()
        for check in (
            self.ui.lowercaseCheck,
            self.ui.uppercaseCheck,
            self.ui.digitsCheck,
            self.ui.symbolsCheck,
            self.ui.ambiguousCheck,
            self.ui.capitalizeCheck,
            self.ui.addDigitCheck,
        ):
            check.toggled.connect(self.regenerate)
        self.ui.lengthSpin.valueChanged.connect(self.regenerate)
        self.ui.wordsSpin.valueChanged.connect(self.regenerate)
        self.ui.separatorCombo.currentIndexChanged.connect(self.regenerate)
        self.ui.modeTabs.currentChanged.connect(self.regenerate)
        self.ui.regenerateButton.clicked.connect(self.regenerate)
        self.accepted.connect(self._save_options)
        self.regenerate()

    # -- options -----------------------------------------------------------------------------
    def _value(self, key: str) -> object:
        return self._prefs.value(_PREFIX + key) if self._prefs is not None else None

    def _load_options(self) -> None:
        defaults_pw = passwords.PasswordPolicy()
        defaults_pp = passwords.PassphrasePolicy()
        self.ui.modeTabs.setCurrentIndex(1 if self._value("mode") == "words" else 0)
        self.ui.lengthSpin.setValue(_number(self._value("length"), defaults_pw.length))
        self.ui.lowercaseCheck.setChecked(_flag(self._value("lowercase"), True))
        self.ui.uppercaseCheck.setChecked(_flag(self._value("uppercase"), True))
        self.ui.digitsCheck.setChecked(_flag(self._value("digits"), True))
        self.ui.symbolsCheck.setChecked(_flag(self._value("symbols"), True))
        self.ui.ambiguousCheck.setChecked(_flag(self._value("avoid_ambiguous"), False))
        self.ui.wordsSpin.setValue(_number(self._value("words"), defaults_pp.words))
        index = self.ui.separatorCombo.findData(str(self._value("separator") or defaults_pp.separator))
        self.ui.separatorCombo.setCurrentIndex(max(index, 0))
        self.ui.capitalizeCheck.setChecked(_flag(self._value("capitalize"), False))
        self.ui.addDigitCheck.setChecked(_flag(self._value("add_digit"), False))

    def _save_options(self) -> None:
        if self._prefs is None:
            return
        values = {
            "mode": "words" if self.words_mode else "characters",
            "length": self.ui.lengthSpin.value(),
            "lowercase": self.ui.lowercaseCheck.isChecked(),
            "uppercase": self.ui.uppercaseCheck.isChecked(),
            "digits": self.ui.digitsCheck.isChecked(),
            "symbols": self.ui.symbolsCheck.isChecked(),
            "avoid_ambiguous": self.ui.ambiguousCheck.isChecked(),
            "words": self.ui.wordsSpin.value(),
            "separator": self.ui.separatorCombo.currentData(),
            "capitalize": self.ui.capitalizeCheck.isChecked(),
            "add_digit": self.ui.addDigitCheck.isChecked(),
        }
        for key, value in values.items():
            self._prefs.set_value(_PREFIX + key, value)

    @property
    def words_mode(self) -> bool:
        return self.ui.modeTabs.currentIndex() == 1

    def password_policy(self) -> passwords.PasswordPolicy:
        return passwords.PasswordPolicy(
            length=self.ui.lengthSpin.value(),
            lowercase=self.ui.lowercaseCheck.isChecked(),
            uppercase=self.ui.uppercaseCheck.isChecked(),
            digits=self.ui.digitsCheck.isChecked(),
            symbols=self.ui.symbolsCheck.isChecked(),
            avoid_ambiguous=self.ui.ambiguousCheck.isChecked(),
        )

    def passphrase_policy(self) -> passwords.PassphrasePolicy:
        return passwords.PassphrasePolicy(
            words=self.ui.wordsSpin.value(),
            separator=str(self.ui.separatorCombo.currentData()),
            capitalize=self.ui.capitalizeCheck.isChecked(),
            add_digit=self.ui.addDigitCheck.isChecked(),
        )

    # -- generation --------------------------------------------------------------------------
    def regenerate(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        try:
            if self.words_mode:
                policy_pp = self.passphrase_policy()
                value = passwords.generate_passphrase(policy_pp)
                bits = passwords.passphrase_entropy(policy_pp)
            else:
                policy_pw = self.password_policy()
                value = passwords.generate_password(policy_pw)
                bits = passwords.password_entropy(policy_pw)
        except ValueError:
            self.ui.previewEdit.clear()
            self.ui.strengthLabel.setText(self.tr("Choose at least one kind of character."))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        self.ui.previewEdit.setText(value)
        self.ui.previewEdit.setCursorPosition(0)
        self.ui.strengthLabel.setText(self._strength_text(bits))

    def _strength_text(self, bits: float) -> str:
        if bits >= 100:
            verdict = self.tr("excellent")
        elif bits >= 75:
            verdict = self.tr("very strong")
        elif bits >= 60:
            verdict = self.tr("strong")
        else:
            verdict = self.tr("fair: prefer a longer one")
        return fill(self.tr("Strength: about %1 bits, %2."), round(bits), verdict)

    def password(self) -> str:
        value = self.ui.previewEdit.text()
        REDACTOR.register(value)
        return value
