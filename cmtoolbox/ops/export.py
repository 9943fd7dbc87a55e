"""Exports in open formats, so a CM's work never stays locked in the app (File ▸ Export,
`cmtoolbox export`, and the first step of ending a contract).

For one client (or every client), into a folder:

- `notes/`: one Markdown file per note with YAML front matter, library pictures copied into
  `notes/attachments/` and linked relatively: the folder opens as an Obsidian vault;
- `sources/bookmarks.html` (Netscape bookmarks) and `sources/feeds.opml`;
- `library/`: the files under readable names, with `library/metadata.csv`;
- `drafts/drafts.csv` (one row per post and network) and `drafts/calendar.ics` (planned and
  published posts, stable UIDs), from `ops.calendar.export_drafts`;
- `client.json`: every row the client owns, table by table, found through the entity registry and
  the foreign keys (so an entity added later is exported without touching this module). Secret
  references are left out: secrets themselves never leave the OS keyring.

"""

from __future__ import annotations

import csv
import json
import re
import shutil
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from cmtoolbox.core.bookmarks_html import write_bookmarks
from cmtoolbox.core.opml import write_opml
from cmtoolbox.ops.calendar import export_drafts
from cmtoolbox.paths import database_path
from cmtoolbox.storage.db import connect
from cmtoolbox.storage.media import MEDIA_LINK
from cmtoolbox.storage.settings import client_scope
from cmtoolbox.storage.store import Store

T = TypeVar("T")
SECRET_COLUMNS = {"secret_ref"}  # never exported, even as references
_UNSAFE = re.compile(r"[^\w\s.-]+", re.UNICODE)


@dataclass
class ExportReport:
    folder: Path
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


Exporter = Callable[[Store, "int | None", Path, ExportReport], None]
EXTRA_EXPORTERS: list[Exporter] = []


def file_name(text: str, fallback: str, *, limit: int = 80) -> str:
    """A name every file system accepts, readable: accents kept, separators and controls dropped."""
    cleaned = _UNSAFE.sub(" ", unicodedata.normalize("NFC", text)).strip(" .")
    cleaned = " ".join(cleaned.split())[:limit].strip(" .")
    return cleaned or fallback


def _unique(folder: Path, stem: str, suffix: str, taken: set[str]) -> Path:
    candidate, n = f"{stem}{suffix}", 2
    while candidate.lower() in taken:
        candidate, n = f"{stem} ({n}){suffix}", n + 1
    taken.add(candidate.lower())
    return folder / candidate


def _yaml_scalar(value: object) -> str:
    """JSON scalars are YAML 1.2 scalars: quoting by json.dumps is always safe front matter."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def _front_matter(fields: Mapping[str, object]) -> str:
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, (list, tuple)):
            lines.append(f"{key}: [{', '.join(_yaml_scalar(v) for v in value)}]")
        elif value is not None and value != "":
            lines.append(f"{key}: {_yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def _client_filter(client_id: int | None, column: str = "client_id") -> tuple[str, list[object]]:
    return (f"{column} = ?", [client_id]) if client_id is not None else ("1", [])


# -- notes as a vault --------------------------------------------------------------------------
def export_notes(store: Store, client_id: int | None, folder: Path, report: ExportReport) -> None:
    where, params = _client_filter(client_id)
    ids = [
        r[0]
        for r in store.db.execute(
            f"SELECT id FROM notes WHERE deleted_at IS NULL AND is_template = 0 AND {where} ORDER BY id",
            params,
        )
    ]
    if not ids:
        return
    notes_dir = folder / "notes"
    attachments = notes_dir / "attachments"
    notes_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    copied: dict[str, str] = {}  # sha256 -> file name in attachments/
    for note_id in ids:
        note = store.notes.get(note_id)

        def relink(match: re.Match[str]) -> str:
            sha = match.group(1).lower()
            if sha not in copied:
                source = store.media.files.find(sha)
                if source is None:
                    return match.group(0)
                attachments.mkdir(exist_ok=True)
                copied[sha] = f"{sha[:12]}{source.suffix}"
                shutil.copyfile(source, attachments / copied[sha])
                report.add("attachments")
            return f"attachments/{copied[sha]}"

        body = MEDIA_LINK.sub(relink, note.body)
        meta = {
            "title": note.title,
            "tags": list(note.tags),
            "notebook": note.notebook,
            "pinned": note.pinned or None,
            "shared": note.shared or None,
            "created": note.created_at,
            "updated": note.updated_at,
        }
        path = _unique(notes_dir, file_name(note.title, f"note-{note.id}"), ".md", taken)
        path.write_text(_front_matter(meta) + body.rstrip("\n") + "\n", encoding="utf-8")
        report.add("notes")


# -- sources -----------------------------------------------------------------------------------
def export_sources(store: Store, client_id: int | None, folder: Path, report: ExportReport) -> None:
    bookmarks = store.sources.export_bookmarks(client_id)
    feeds = store.feeds.export_opml(client_id)
    if not bookmarks and not feeds:
        return
    target = folder / "sources"
    target.mkdir(parents=True, exist_ok=True)
    if bookmarks:
        (target / "bookmarks.html").write_bytes(write_bookmarks(bookmarks, "CM Toolbox"))
        report.add("sources", len(bookmarks))
    if feeds:
        (target / "feeds.opml").write_bytes(write_opml(feeds, "CM Toolbox"))
        report.add("feeds", len(feeds))


# -- library -----------------------------------------------------------------------------------
LIBRARY_COLUMNS = (
    "file", "title", "kind", "mime", "width", "height", "duration_ms", "size_bytes", "original_name",
    "description", "alt_text", "credit", "licence", "rights_expire_on", "tags", "sha256", "created_at",
)  # fmt: skip


def export_library(store: Store, client_id: int | None, folder: Path, report: ExportReport) -> None:
    where, params = _client_filter(client_id)
    ids = [
        r[0]
        for r in store.db.execute(
            f"SELECT id FROM media WHERE deleted_at IS NULL AND {where} ORDER BY id", params
        )
    ]
    if not ids:
        return
    target = folder / "library"
    target.mkdir(parents=True, exist_ok=True)
    taken: set[str] = {"metadata.csv"}
    with (target / "metadata.csv").open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(LIBRARY_COLUMNS)
        for media_id in ids:
            item = store.media.get(media_id)
            source = store.media.files.find(item.sha256)
            name = ""
            if source is not None:
                stem = file_name(Path(item.original_name).stem or item.display_title, item.sha256[:12])
                path = _unique(target, stem, f".{item.ext}", taken)
                shutil.copyfile(source, path)
                name = path.name
                report.add("library files")
            writer.writerow(
                [
                    name, item.display_title, item.kind, item.mime, item.width or "", item.height or "",
                    item.duration_ms or "", item.size_bytes, item.original_name, item.description,
                    item.alt_text, item.credit, item.licence,
                    item.rights_expire_on.isoformat() if item.rights_expire_on else "",
                    ", ".join(item.tags), item.sha256, item.created_at.isoformat(),
                ]
            )  # fmt: skip


# -- everything, as JSON -----------------------------------------------------------------------
def _columns(store: Store, table: str) -> list[str]:
    return [row[1] for row in store.db.execute(f"PRAGMA table_info('{table}')")]


def _children(store: Store, parents: set[str]) -> dict[str, list[tuple[str, str, str]]]:
    """Tables holding rows that belong to `parents` through a foreign key: child -> [(column,
    parent table, parent column)]. FTS shadow tables and the registry's own tables are skipped."""
    tables = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
        )
    ]
    found: dict[str, list[tuple[str, str, str]]] = {}
    for table in tables:
        if table in parents or table.startswith(("sqlite_", "_")) or "_fts" in table:
            continue
        for fk in store.db.execute(f"PRAGMA foreign_key_list('{table}')"):
            _id, _seq, parent, column, parent_column = fk[:5]
            if parent in parents:
                found.setdefault(table, []).append((column, parent, parent_column or "id"))
    return found


def client_rows(store: Store, client_id: int) -> dict[str, list[dict[str, object]]]:
    """Every row the client owns: its own row, the rows of every client-scoped table, and their
    children (tags links, feed items, review entries...), secret references left out."""
    out: dict[str, list[dict[str, object]]] = {}

    def dump(table: str, where: str, params: list[object]) -> None:
        columns = [c for c in _columns(store, table) if c not in SECRET_COLUMNS]
        rows = store.db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", params).fetchall()
        if rows:
            out[table] = [dict(zip(columns, row, strict=True)) for row in rows]

    dump("clients", "id = ?", [client_id])
    owned = set(store.entities.client_tables())
    for table in sorted(owned):
        dump(table, "client_id = ?", [client_id])
    for child, links in sorted(_children(store, owned).items()):
        clauses = [
            f"{column} IN (SELECT {pcol} FROM {parent} WHERE client_id = ?)" for column, parent, pcol in links
        ]
        dump(child, " OR ".join(clauses), [client_id] * len(links))
    dump("settings", "scope = ?", [client_scope(client_id)])
    return out


def export_json(store: Store, client_id: int | None, folder: Path, report: ExportReport) -> None:
    clients = (
        [client_id] if client_id is not None else [c.id for c in store.clients.list(include_archived=True)]
    )
    for cid in clients:
        name = "client.json" if client_id is not None else f"client-{cid}.json"
        data = {"exported_at": datetime.now(UTC).isoformat(), "format": "cmtoolbox-client", "version": 1}
        data["tables"] = client_rows(store, cid)  # type: ignore[assignment]
        (folder / name).write_text(
            json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
        report.add("JSON files")


EXPORTERS: list[Exporter] = [export_notes, export_sources, export_library, export_drafts, export_json]


def export_client(store: Store, client_id: int | None, folder: Path) -> ExportReport:
    """Write every export of one client (or all clients) into `folder` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    report = ExportReport(folder)
    for exporter in (*EXPORTERS, *EXTRA_EXPORTERS):
        exporter(store, client_id, folder, report)
    return report


def read_data_folder(root: Path, fn: Callable[..., T], /, *args: Any) -> T:
    """Run the read-only `fn(store, *args)` on a connection of its own: from a pool thread while the
    app keeps working (WAL lets it read alongside), or from the CLI."""
    db = connect(database_path(root))
    try:
        return fn(Store(db, root), *args)
    finally:
        db.close()


def export_data_folder(root: Path, client_id: int | None, folder: Path) -> ExportReport:
    return read_data_folder(root, export_client, client_id, folder)
