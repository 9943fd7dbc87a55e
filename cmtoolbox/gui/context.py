"""What every view needs, handed down through constructors (no singletons, no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cmtoolbox.credentials.base import SecretStore
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.tasks import TaskTracker


@dataclass
class AppContext:
    root: Path
    runner: DbRunner
    prefs: Preferences
    secrets: SecretStore
    tasks: TaskTracker
    language: str = "en"
