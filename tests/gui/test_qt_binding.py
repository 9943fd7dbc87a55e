"""Guard against the PySide6 6.12.0 reference-count bug on Python 3.11 (why PySide6 is pinned).

With 6.12.0 every call of a Qt method returning void took one reference off `None`; after a few
thousand calls (a few hundred keystrokes in the editor) the process aborted with
"Fatal Python error: none_dealloc". This test fails (or aborts) on such a binding.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPlainTextEdit


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:  # noqa: ANN001
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(3000):
        editor.resize(200 + i % 7, 100)
        editor.setReadOnly(False)
    assert abs(sys.getrefcount(None) - before_none) < 100
    assert abs(sys.getrefcount(True) - before_true) < 100
