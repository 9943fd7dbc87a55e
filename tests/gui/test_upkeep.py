"""Start-up chores off the UI and database threads: the daily copy and crash leftovers (issue 11)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
import uuid

from cmtoolbox.gui import app as app_module
from cmtoolbox.paths import files_dir
from cmtoolbox.storage.db import verified_backups
from cmtoolbox.storage.leftovers import LEFTOVER_MIN_AGE_S


def test_the_daily_copy_never_holds_the_database_thread(ctx, run, store, monkeypatch) -> None:  # noqa: ANN001
    store.clients.create("Boulangerie Martin")
    copying_threads: list[str] = []
    gate = threading.Event()
    real_copy = app_module.ensure_recent_backup

    def slow_copy(path):  # noqa: ANN001, ANN202
        copying_threads.append(threading.current_thread().name)
        # Held until a query went through: on the database thread this would wait forever.
        assert gate.wait(20), "a query waited behind the automatic copy"
        return real_copy(path)

    monkeypatch.setattr(app_module, "ensure_recent_backup", slow_copy)
    incoming = files_dir(ctx.root) / ".incoming"
    incoming.mkdir(parents=True, exist_ok=True)
    leftover = incoming / f"{uuid.uuid4().hex}.part"
    leftover.write_bytes(b"half a copy")
    old = time.time() - LEFTOVER_MIN_AGE_S - 60
    os.utime(leftover, (old, old))

    async def start_then_query() -> int:
        upkeep = asyncio.ensure_future(app_module.start_upkeep(ctx))
        count = await ctx.runner.read(lambda s: s.clients.count())
        gate.set()
        await upkeep
        return count

    assert run(start_then_query(), timeout=60) == 1
    assert copying_threads and not copying_threads[0].startswith("db")
    [copy] = verified_backups(ctx.root)
    assert copy.kind == "daily"
    assert not leftover.exists()
