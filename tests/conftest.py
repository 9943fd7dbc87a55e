"""Test-wide set-up.

Qt must be told to render offscreen before any PySide6 import, or pytest aborts on a machine
without a display, hence the environment is set at import time of this conftest.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = REPO_ROOT.parent / "shared" / "fixtures"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, why: str) -> None:
    """Skip locally when a real part is missing, but fail in CI where it must be present."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """The shared real-world fixtures (feeds, OPML, bookmarks) that live beside the repository."""
    require(SHARED_FIXTURES.is_dir(), f"shared fixtures not found at {SHARED_FIXTURES}")
    return SHARED_FIXTURES


# -- real HTTP server over the shared fixtures ---------------------------------------------------
@pytest.fixture(scope="session")
def _fixture_server_session(fixtures_dir: Path):  # noqa: ANN202
    from tests.fixture_server import serve_fixtures

    with serve_fixtures(fixtures_dir) as server:
        yield server


@pytest.fixture
def fixture_server(_fixture_server_session):  # noqa: ANN001, ANN201
    """A real HTTP server on 127.0.0.1 serving ../shared/fixtures (see tests/fixture_server.py);
    started once per session, its recorded requests and ad-hoc routes reset for each test."""
    _fixture_server_session.reset()
    return _fixture_server_session


@pytest.fixture(scope="session")
def expected_facts(fixtures_dir: Path) -> dict:
    """expected.json of the shared fixtures: path relative to the fixtures folder -> facts."""
    import json

    return json.loads((fixtures_dir / "expected.json").read_text("utf-8"))


# -- storage -------------------------------------------------------------------------------------
@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    root.mkdir()
    return root


@pytest.fixture
def store(data_root: Path):  # noqa: ANN201
    """A real Store on a real SQLite file in a temporary data folder."""
    from cmtoolbox.storage.store import Store

    opened, _report = Store.open(data_root)
    yield opened
    try:
        opened.close()
    except Exception:
        pass
