"""preferences.ini is private to the user whatever the umask (issue 11, point 6: it was 0644)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cmtoolbox.gui.preferences import PREFERENCES_FILE, Preferences


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_preferences_file_is_0600(data_root: Path, qapp, permissive_umask: None) -> None:  # noqa: ANN001
    prefs = Preferences(data_root)
    prefs.language = "fr"
    prefs.sync()
    path = data_root / PREFERENCES_FILE
    assert "language=fr" in path.read_text() and mode(path) == 0o600


def test_a_file_left_readable_by_others_is_tightened_and_stays_so(
    data_root: Path,
    qapp,
    permissive_umask: None,  # noqa: ANN001
) -> None:
    path = data_root / PREFERENCES_FILE
    path.write_text("[ui]\ntheme=dark\n")
    path.chmod(0o644)
    prefs = Preferences(data_root)
    assert prefs.theme == "dark" and mode(path) == 0o600
    prefs.theme = "light"  # QSettings writes a new file and renames it over the old one
    prefs.sync()
    assert mode(path) == 0o600 and "theme=light" in path.read_text()


def test_read_only_preferences_touch_nothing(data_root: Path, qapp) -> None:  # noqa: ANN001
    assert Preferences(data_root, read_only=True).language == "system"
    assert list(data_root.iterdir()) == []
