"""GUI fixtures: a qasync event loop, a real DbRunner over a real SQLite file, the app context.

Async paths are driven with `run(coro)`, which runs the coroutine to completion on the qasync loop
(Qt events included), so `await runner.run(...)` really crosses to the database thread.
Slots that spawn background tasks are awaited with `run(ctx.tasks.idle())`.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from cmtoolbox.credentials import MemorySecretStore
from cmtoolbox.gui.collector import install_collector
from cmtoolbox.gui.context import AppContext, AppEvents
from cmtoolbox.gui.preferences import Preferences
from cmtoolbox.gui.runner import DbRunner
from cmtoolbox.gui.tasks import TaskTracker

Runner = Callable[[Coroutine[Any, Any, Any]], Any]


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    qapp._cmtoolbox_quiet = True  # error dialogs are recorded, not shown
    install_collector(qapp)  # as the app does: cyclic collection on this thread only
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    finally:
        asyncio.set_event_loop(None)
        loop.close()
        # A clipboard still holding data when Qt shuts down can crash the process at exit.
        QApplication.clipboard().clear()
        # Collect QObjects of this test now, on the main thread: left to chance, Python's collector
        # can run on the database thread and delete Qt timers there (Qt warns "Timers cannot be
        # stopped from another thread" and may later crash).
        gc.collect()
        gc.enable()  # tests without a Qt loop (storage, ops...) collect as Python does


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> None:
    """Every GUI test sees the English catalogue (its plural forms: "1 source", "2 sources"), whatever
    language an earlier test switched to."""
    from cmtoolbox.gui.i18n import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def run(qloop: qasync.QEventLoop) -> Runner:
    def _run(coro: Coroutine[Any, Any, Any], timeout: float = 20) -> Any:
        return qloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return _run


@pytest.fixture
def errors() -> list[BaseException]:
    """Exceptions that reached the error handler of the app context during the test."""
    return []


@pytest.fixture
def ctx(store, data_root: Path, qloop, errors: list[BaseException]) -> Iterator[AppContext]:  # noqa: ANN001
    runner = DbRunner(store)
    context = AppContext(
        root=data_root,
        runner=runner,
        prefs=Preferences(data_root),
        secrets=MemorySecretStore(),
        tasks=TaskTracker(errors.append),
        language="en",
        events=AppEvents(),
    )
    yield context
    if context.tasks.busy:
        try:  # a task that never ends must fail this test, not hang the whole session
            qloop.run_until_complete(asyncio.wait_for(context.tasks.idle(), 30))
        except TimeoutError:
            context.tasks.cancel_all()
            pytest.fail("background tasks were still running 30 s after the test")
    runner.close()
    context.pools.shutdown()  # the feed parser's process too: one per test would pile up


@pytest.fixture
def english_formats_after(qapp: QApplication) -> Iterator[None]:
    """For tests that switch the language or the regional format: the next test finds the
    catalogues and the locale that were in effect before (not merely English: the English
    catalogue's plural forms would change what later tests read, "1 source" for "1 source(s)")."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    translators = list(getattr(qapp, "_cmtoolbox_translators", []))
    yield
    for translator in getattr(qapp, "_cmtoolbox_translators", []):
        qapp.removeTranslator(translator)
    for translator in translators:
        qapp.installTranslator(translator)
    qapp._cmtoolbox_translators = translators  # type: ignore[attr-defined]
    QLocale.setDefault(locale)
