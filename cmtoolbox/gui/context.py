"""What every view needs, handed down through constructors (no singletons, no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cmtoolbox.credentials.base import SecretStore
from cmtoolbox.gui.pools import Pools
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.status import StatusService
from cmtoolbox.gui.tasks import TaskTracker
from cmtoolbox.gui.undo import UndoStack

__all__ = [
    "AppContext",
    "AppEvents",
    "PREF_LANGUAGE",
    "PREF_REGIONAL_FORMAT",
    "PREF_SPELL_LANGUAGES",
    "PREF_THEME",
]

# Names carried by `AppEvents.preferences_changed`: the `Preferences` properties that changed.
PREF_LANGUAGE = "language"
PREF_REGIONAL_FORMAT = "regional_format"
PREF_THEME = "theme"
PREF_SPELL_LANGUAGES = "spell_languages"


class AppEvents(QObject):
    """App-wide news that is not a database change (those come from `DbRunner.changed`).

    `preferences_changed(frozenset[str])` fires after the Settings dialog wrote new preferences, with
    the names of those that changed (PREF_*), so open views apply them at once instead of on the
    next start.
    """

    preferences_changed = Signal(object)


@dataclass
class AppContext:
    """The shared services. `undo`, `status` and `pools` are built from the others when not given."""

    root: Path
    runner: DbRunner
    prefs: Preferences
    secrets: SecretStore
    tasks: TaskTracker
    language: str = "en"
    events: AppEvents = field(default_factory=AppEvents)
    status: StatusService = field(default_factory=StatusService)
    pools: Pools = field(default_factory=Pools)
    undo: UndoStack = field(init=False)
    # Work to run once the database is closed, while the data folder is still held (a restore),
    # and whether to start the app again afterwards.
    exit_actions: list[Callable[[], None]] = field(default_factory=list)
    relaunch: bool = False

    def __post_init__(self) -> None:
        self.undo = UndoStack(self.runner, self.tasks)
