"""Exports in open formats, and the end of a contract built on them and on the entity registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmtoolbox.core.bookmarks_html import read_bookmarks
from cmtoolbox.core.opml import read_opml
from cmtoolbox.ops import call, execute
from cmtoolbox.ops.clients import end_contract
from cmtoolbox.ops.export import export_client, export_data_folder
from cmtoolbox.storage.samples import create_sample_client
from cmtoolbox.storage.store import Store


def _front_matter(text: str) -> dict[str, str]:
    assert text.startswith("---\n")
    head, _sep, _body = text[4:].partition("\n---\n")
    return dict(line.split(": ", 1) for line in head.splitlines())


@pytest.fixture
def sample(store: Store):  # noqa: ANN201
    return create_sample_client(store)


def test_export_writes_a_vault_bookmarks_opml_library_and_json(store: Store, sample, tmp_path: Path) -> None:  # noqa: ANN001
    store.feeds.subscribe(sample.id, "https://www.example.org/blog/feed.xml")  # the sample's are local files
    report = export_client(store, sample.id, tmp_path / "export")
    folder = tmp_path / "export"
    notes = sorted((folder / "notes").glob("*.md"))
    assert notes and report.counts["notes"] == len(notes)
    for path in notes:
        meta = _front_matter(path.read_text("utf-8"))
        assert json.loads(meta["title"])  # a quoted YAML scalar
    # pictures the notes show are beside them, linked relatively (Obsidian resolves these)
    linked = [p for p in notes if "](attachments/" in p.read_text("utf-8")]
    assert linked and (folder / "notes" / "attachments").is_dir()
    assert "media:" not in "".join(p.read_text("utf-8") for p in linked)

    bookmarks = read_bookmarks((folder / "sources" / "bookmarks.html").read_bytes())
    assert len(bookmarks) == report.counts["sources"]
    assert len(read_opml((folder / "sources" / "feeds.opml").read_bytes())) == report.counts["feeds"]
    metadata = (folder / "library" / "metadata.csv").read_text("utf-8-sig").splitlines()
    assert metadata[0].startswith("file,title,kind") and len(metadata) - 1 == report.counts["library files"]

    data = json.loads((folder / "client.json").read_text("utf-8"))
    tables = data["tables"]
    assert tables["clients"][0]["name"] == "Boulangerie Martin"
    assert {"notes", "sources", "media", "accounts", "feeds"} <= set(tables)
    assert "account_secrets" not in tables or all(
        "secret_ref" not in row for row in tables["account_secrets"]
    )
    assert "secret_ref" not in (folder / "client.json").read_text("utf-8")


def test_export_from_its_own_connection(store: Store, sample, data_root: Path, tmp_path: Path) -> None:  # noqa: ANN001
    report = export_data_folder(data_root, sample.id, tmp_path / "out")
    assert report.counts["notes"] > 0


def test_end_of_contract_removes_every_record_file_and_secret(store: Store, sample, tmp_path: Path) -> None:  # noqa: ANN001
    other = store.clients.create("Fleurs de Sophie")
    store.notes.create(other.id, "Brief fleurs", "Un brief")
    shas = [r[0] for r in store.db.execute("SELECT sha256 FROM media WHERE client_id = ?", [sample.id])]
    paths = [store.media.files.find(sha) for sha in shas]
    assert shas and all(p is not None and p.exists() for p in paths)
    store.db.execute(
        "INSERT INTO revisions (entity, entity_id, created_at, updated_at, title, body) "
        "SELECT 'notes', id, '2026-01-01', '2026-01-01', title, body FROM notes WHERE client_id = ?",
        [sample.id],
    )

    outcome = execute(store, call(end_contract, sample.id))
    summary = outcome.value
    assert summary.client_name == "Boulangerie Martin"
    assert summary.rows["notes"] > 0 and summary.rows["media"] == len(shas)
    assert summary.files == len(set(shas))
    assert all(not p.exists() for p in paths)  # removed after the commit
    for table in store.entities.client_tables():
        assert (
            store.db.execute(f"SELECT count(*) FROM {table} WHERE client_id = ?", [sample.id]).fetchone()[0]
            == 0
        )
    assert (
        store.db.execute(
            "SELECT count(*) FROM revisions r WHERE NOT EXISTS "
            "(SELECT 1 FROM notes n WHERE n.id = r.entity_id)"
        ).fetchone()[0]
        == 0
    )
    assert (
        store.db.execute("SELECT count(*) FROM settings WHERE scope = ?", [f"client:{sample.id}"]).fetchone()[
            0
        ]
        == 0
    )
    # the other client is untouched
    assert [c.name for c in store.clients.list()] == ["Fleurs de Sophie"]
    assert store.db.execute("SELECT count(*) FROM notes WHERE client_id = ?", [other.id]).fetchone()[0] == 1


def test_end_of_contract_queues_the_secrets_for_the_keyring(store: Store) -> None:
    client = store.clients.create("Agence")
    from cmtoolbox.credentials import new_secret_ref
    from cmtoolbox.storage.accounts import AccountFields, SecretSpec

    ref = new_secret_ref("account")
    store.accounts.save(
        client.id,
        AccountFields(network="instagram", handle="agence"),
        [SecretSpec(kind="password", label="Mot de passe", ref=ref)],
    )
    summary = execute(store, call(end_contract, client.id)).value
    assert summary.secrets == 1
    assert store.accounts.pending_secret_purges() == [ref]
