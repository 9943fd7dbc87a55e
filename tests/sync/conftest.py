"""Sync fixtures with real parts: real data folders (SQLite files), a plain folder target, and a
real WebDAV server (wsgidav under cheroot) on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cmtoolbox.storage.store import Store
from tests.conftest import require

WEBDAV_USER, WEBDAV_PASSWORD = "cm", "mot-de-passe-webdav"


def target_changes(folder: Path) -> list[dict[str, Any]]:
    """Every change on a plain folder target that is not encrypted, as its JSON line: what a
    test reads now that a sync deletes the journal rows every target has."""
    lines: list[dict[str, Any]] = []
    for chunk in sorted((folder / "devices").glob("*/*.jsonl.z")):
        text = zlib.decompress(chunk.read_bytes()).decode("utf-8")
        lines.extend(json.loads(line) for line in text.splitlines() if line)
    return lines


def open_device(root: Path) -> Store:
    root.mkdir(parents=True, exist_ok=True)
    store, _report = Store.open(root)
    return store


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two data folders: the laptop and the desktop."""
    a = open_device(tmp_path / "laptop")
    b = open_device(tmp_path / "desktop")
    yield a, b
    a.close()
    b.close()


class WebDavServer:
    def __init__(self, root: Path) -> None:
        try:
            from cheroot import wsgi
            from wsgidav.wsgidav_app import WsgiDAVApp
        except ImportError:
            require(False, "wsgidav and cheroot (test extras) are needed for the WebDAV tests")
            raise
        config: dict[str, Any] = {
            "provider_mapping": {"/dav": str(root)},
            "simple_dc": {"user_mapping": {"*": {WEBDAV_USER: {"password": WEBDAV_PASSWORD}}}},
            "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
            "verbose": 0,
            "logging": {"enable": False, "enable_loggers": []},
            "lock_storage": True,
            "property_manager": True,
        }
        self.root = root
        self._server = wsgi.Server(("127.0.0.1", 0), WsgiDAVApp(config))
        self._server.prepare()
        self.port = self._server.bind_addr[1]
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav/sync"

    def stop(self) -> None:
        self._server.stop()
        self._thread.join(timeout=10)


@pytest.fixture
def webdav(tmp_path: Path) -> Iterator[WebDavServer]:
    root = tmp_path / "webdav-root"
    (root / "sync").mkdir(parents=True)
    server = WebDavServer(root)
    yield server
    server.stop()
