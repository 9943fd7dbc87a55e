"""Helpers for the app's worker processes (the feed parser, `gui.pools.Pools.parse_executor`).

No Qt here: a spawned worker imports this module, and nothing it does may pull in the GUI.
"""

from __future__ import annotations

import os
import threading
import time

PARENT_POLL_S = 1.0


def exit_with_parent(parent_pid: int, poll_s: float = PARENT_POLL_S) -> None:
    """Worker initializer: end this process when `parent_pid` is gone.

    A `ProcessPoolExecutor` worker holds both ends of its task queue's pipe, so it never sees
    the app die when the app is killed or crashes: it would wait for work forever, one orphan
    per crash. A daemon thread watches the parent instead (on POSIX the process is re-parented
    when its parent dies; elsewhere `os.getppid` still changes)."""

    def watch() -> None:
        while True:
            time.sleep(poll_s)
            if os.getppid() != parent_pid:
                os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
