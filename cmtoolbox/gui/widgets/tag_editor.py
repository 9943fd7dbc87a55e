"""A tag field shared by notes, drafts, sources and the library: comma-separated, with completion.

Tags may hold spaces ("avis clients"), so the comma separates them; a leading "#" is accepted and
dropped, as CMs type tags like hashtags. Completion offers the tags already in use for the word
being typed, case- and accent-insensitively, skipping those already in the field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cmtoolbox.storage.tags import clean_tag


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_tags(text: str) -> list[str]:
    """Distinct cleaned tags, first spelling kept, in the order typed."""
    seen: set[str] = set()
    tags: list[str] = []
    for raw in text.split(","):
        tag = clean_tag(raw)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


class TagEditor(QLineEdit):
    tags_edited = Signal(list)  # list[str], when editing ends with a different set of tags

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        self.setClearButtonEnabled(True)
        self._suggestions: list[str] = []
        self._last: list[str] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)
        self.editingFinished.connect(self._on_editing_finished)

    # -- API -----------------------------------------------------------------------------------
    def tags(self) -> list[str]:
        return parse_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self._last = list(tags)
        self.setText(", ".join(self._last))

    def set_suggestions(self, names: Iterable[str]) -> None:
        self._suggestions = sorted(set(names), key=_fold)

    @property
    def completer_model(self) -> QStringListModel:
        return self._model

    # -- completion ----------------------------------------------------------------------------
    def _current_word(self) -> tuple[int, str]:
        """Start index and text of the tag under construction (after the last comma)."""
        text = self.text()[: self.cursorPosition()]
        start = text.rfind(",") + 1
        return start, text[start:].strip().lstrip("#")

    def _update_completion(self) -> None:
        _, word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        taken = {t.casefold() for t in self.tags()}
        folded = _fold(word)
        matches = [s for s in self._suggestions if folded in _fold(s) and s.casefold() not in taken]
        matches.sort(key=lambda s: (not _fold(s).startswith(folded), _fold(s)))
        self._model.setStringList(matches[:50])
        if matches:
            self._completer.setCompletionPrefix("")
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _insert_completion(self, completion: str) -> None:
        start, _ = self._current_word()
        text = self.text()
        end = text.find(",", self.cursorPosition())
        end = len(text) if end < 0 else end
        before = text[:start].rstrip()
        head = (before + " " if before else "") + completion + ", "
        self.setText(head + text[end:].lstrip(", "))
        self.setCursorPosition(len(head))

    def _on_editing_finished(self) -> None:
        tags = self.tags()
        if [t.casefold() for t in tags] != [t.casefold() for t in self._last] or tags != self._last:
            self._last = tags
            self.setText(", ".join(tags))
            self.tags_edited.emit(tags)
