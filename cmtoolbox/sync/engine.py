"""One sync with a target: push our journal, pull and apply every other device's (issue 17).

Layout on the target (see docs/sync.md):

    cmtoolbox-sync.json                    format, target id, encryption parameters (never a key)
    keycheck.bin                           present when encrypted: refuses a wrong passphrase
    devices/<device-id>/<first-seq>.jsonl.z[.enc]
                                           one device's change log, in chunks; only that device
                                           writes there, each chunk whole (temp + rename / PUT)
    files/<sha[:2]>/<sha256>[.enc]         library files, content-addressed: written once, by
                                           whoever sends them first, before the record naming them

A chunk holds the journal rows from `first-seq` on (zlib-compressed JSON lines, then encrypted
when a passphrase is set). Pushing after a crash rewrites the last chunk with the same first rows
and maybe more, so a reader that already applied part of it loses nothing.

Crash safety: the cursor of what was applied from each device is written in the transaction
that applies those changes; what we pushed is recorded only after the chunk is stored. A sync
killed at any point leaves either the old state or the new one, and the next sync completes.

Qt-free: the GUI runs `SyncEngine.run` in a worker with `db` set to a function that runs each
database step on the runner's thread; the CLI calls it directly.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import os
import re
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.entities import Registry
from cmtoolbox.storage.journal import ApplyReport, Change, RawChange
from cmtoolbox.storage.store import Store
from cmtoolbox.sync.crypto import Cipher, Corrupt, new_kdf_params
from cmtoolbox.sync.targets import Target, TargetError

log = logging.getLogger(__name__)

FORMAT_FILE = "cmtoolbox-sync.json"
KEYCHECK_FILE = "keycheck.bin"
DEVICES = "devices"
FILES = "files"
FORMAT = 1
CHUNK_SIZE = 2000
_CHUNK_NAME = re.compile(r"^(\d{12})\.jsonl\.z(\.enc)?$")

T = TypeVar("T")
DbCall = Callable[[Callable[[Store], T]], T]
ProgressCallback = Callable[[str, int, int], None]
"""(stage, done, total): stage is "push" or "pull"; total 0 when unknown."""


class PassphraseNeeded(TargetError):
    code = "passphrase_needed"


class NotEncrypted(TargetError):
    code = "not_encrypted"


class SyncCancelled(Exception):
    """Stopped between two steps (the app is closing): what was done is kept, the rest waits."""


class DeviceClash(TargetError):
    """Another installation writes under our device id: a copied data folder."""

    code = "device_clash"


@dataclass
class SyncOptions:
    passphrase: str | None = None
    scope: frozenset[str] | None = None  # uids of the clients to sync; None: everything
    chunk_size: int = CHUNK_SIZE
    cancelled: Callable[[], bool] | None = None  # checked between chunks and batches


@dataclass
class SyncReport:
    target: str
    device: str = ""
    encrypted: bool = False
    pushed: int = 0
    pulled: int = 0
    files_sent: int = 0
    files_received: int = 0
    devices: list[str] = field(default_factory=list)
    applied: ApplyReport = field(default_factory=ApplyReport)
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> list[str]:
        a = self.applied
        lines = [
            f"target: {self.target}{' (encrypted)' if self.encrypted else ''}",
            f"this device: {self.device}",
            f"sent: {self.pushed} change(s)",
            f"received: {self.pulled} change(s) from {len(self.devices)} other device(s)",
        ]
        if self.files_sent or self.files_received:
            lines.append(f"library files: {self.files_sent} sent, {self.files_received} received")
        if self.pulled:
            lines.append(
                f"applied: {a.applied} (new records {a.created}, texts merged {a.merged}, "
                f"conflicts kept {a.conflicts}, moved to trash {a.trashed}, removed {a.removed}, "
                f"skipped {a.skipped})"
            )
        return lines


def _direct(store: Store) -> DbCall[Any]:
    def run(fn: Callable[[Store], T]) -> T:
        return fn(store)

    return run


class SyncEngine:
    def __init__(
        self,
        store: Store | None,
        target: Target,
        options: SyncOptions | None = None,
        *,
        db: DbCall[Any] | None = None,
    ) -> None:
        """`store` for a caller owning the Store (CLI, tests); the GUI passes None and `db`, a
        function running each database step on its database thread and returning the result."""
        if db is None:
            if store is None:
                raise ValueError("a store or a db function is needed")
            db = _direct(store)
        self.target = target
        self.options = options or SyncOptions()
        self._db: DbCall[Any] = db
        self._entities: Registry = db(_registry)
        self._with_files = {
            str(spec.entity) for spec in self._entities.synced() if spec.sync and spec.sync.content
        }
        self._cipher: Cipher | None = None
        self._suffix = ""
        self.files_sent = 0
        self.files_received = 0

    # -- the target's format and key -------------------------------------------------------------
    def _open_format(self) -> dict[str, Any]:
        raw = self.target.read(FORMAT_FILE)
        passphrase = self.options.passphrase or None
        if raw is None:
            fmt: dict[str, Any] = {"format": FORMAT, "id": uuid.uuid4().hex, "encryption": None}
            if passphrase:
                fmt["encryption"] = new_kdf_params()
                cipher = Cipher(passphrase, fmt["encryption"])
                self.target.write(KEYCHECK_FILE, cipher.keycheck(KEYCHECK_FILE))
            # The format file last: a target without it is not set up, whatever else it holds.
            self.target.write(FORMAT_FILE, json.dumps(fmt, indent=1).encode("utf-8"))
        else:
            try:
                fmt = json.loads(raw)
                if not isinstance(fmt, dict) or "id" not in fmt:
                    raise ValueError("no id")
            except ValueError as error:
                raise TargetError(f"{FORMAT_FILE} on the target is damaged: {error}") from error
            if int(fmt.get("format", 0)) > FORMAT:
                raise TargetError(
                    "this target was set up by a newer CM Toolbox: update the app on this device"
                )
        encryption = fmt.get("encryption")
        if encryption:
            if not passphrase:
                raise PassphraseNeeded("This sync target is encrypted: enter its passphrase to sync.")
            self._cipher = Cipher(passphrase, encryption)
            check = self.target.read(KEYCHECK_FILE)
            if check is None:
                raise TargetError(f"{KEYCHECK_FILE} is missing on the encrypted target")
            self._cipher.verify(check, KEYCHECK_FILE)
            self._suffix = ".enc"
        elif passphrase:
            raise NotEncrypted(
                "This sync target is not encrypted, but a passphrase is set on this device: "
                "remove the passphrase here, or sync to a new, encrypted target."
            )
        return fmt

    def _encode(self, changes: list[RawChange], path: str) -> bytes:
        text = "".join(c.line + "\n" for c in changes)
        data = zlib.compress(text.encode("utf-8"), 1)
        return self._cipher.encrypt(data, path) if self._cipher else data

    def _decode(self, blob: bytes, path: str) -> list[dict[str, Any]]:
        data = self._cipher.decrypt(blob, path) if self._cipher else blob
        try:
            text = zlib.decompress(data).decode("utf-8")
            return [json.loads(line) for line in text.splitlines() if line]
        except (zlib.error, UnicodeDecodeError, ValueError) as error:
            raise Corrupt(f"{path} does not read (incomplete?): {error}") from error

    # -- one sync --------------------------------------------------------------------------------
    def run(self, progress: ProgressCallback | None = None) -> SyncReport:
        fmt = self._open_format()
        target_id = str(fmt["id"])
        device = self._db(_prepare)
        report = SyncReport(target=self.target.label, device=device, encrypted=self._cipher is not None)
        self._check_device(device, target_id)
        report.pushed += self._push(target_id, device, progress)
        self._pull(target_id, device, report, progress)
        report.pushed += self._push(target_id, device, progress)  # names made distinct on arrival
        report.files_sent, report.files_received = self.files_sent, self.files_received
        return report

    def _check_cancelled(self) -> None:
        if self.options.cancelled is not None and self.options.cancelled():
            raise SyncCancelled("sync stopped")

    def _in_scope(self, change: Change) -> bool:
        scope = self.options.scope
        return scope is None or change.scope == "" or change.scope in scope

    def _check_device(self, device: str, target_id: str) -> None:
        pushed = self._db(lambda s: _pushed(s, target_id))
        firsts = [
            int(m.group(1)) for n in self.target.list(f"{DEVICES}/{device}") if (m := _CHUNK_NAME.match(n))
        ]
        if firsts and max(firsts) > pushed + 1:
            raise DeviceClash(
                "Another installation of CM Toolbox already syncs with this device id (was this data "
                "folder copied from another computer?). Nothing was synced."
            )

    def _push(self, target_id: str, device: str, progress: ProgressCallback | None) -> int:
        sent = 0
        total = self._db(lambda s: s.journal.last_seq() - _pushed(s, target_id))
        done = 0
        while True:
            self._check_cancelled()
            pushed: int = self._db(lambda s: _pushed(s, target_id))
            changes: list[RawChange] = self._db(
                partial(_lines_after, after=pushed, limit=self.options.chunk_size)
            )
            if not changes:
                break
            scope = self.options.scope
            kept = [c for c in changes if scope is None or c.scope == "" or c.scope in scope]
            for raw in kept:
                if raw.entity in self._with_files:
                    # Before the record naming it: a reader finds it.
                    self._upload_file(Change.from_json(json.loads(raw.line)))
            if kept:
                path = f"{DEVICES}/{device}/{pushed + 1:012d}.jsonl.z{self._suffix}"
                self.target.write(path, self._encode(kept, path))
                sent += len(kept)
            self._db(partial(_set_pushed, target_id=target_id, seq=changes[-1].seq))
            done += len(changes)
            if progress:
                progress("push", done, max(total, done))
        return sent

    def _content(self, change: Change) -> tuple[str, Path] | None:
        """(sha256, local path) of the library file a change names, if any."""
        if change.purged or change.entity not in self._entities:
            return None
        sync = self._entities.spec(change.entity).sync
        if sync is None or sync.content is None or sync.content_path is None:
            return None
        sha_column, ext_column = sync.content
        sha, ext = change.fields.get(sha_column), change.fields.get(ext_column)
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha) or not isinstance(ext, str):
            return None
        return sha, self._db(partial(_content_path, content_path=sync.content_path, sha=sha, ext=ext))

    def _file_path(self, sha: str) -> str:
        return f"{FILES}/{sha[:2]}/{sha}{self._suffix}"

    def _upload_file(self, change: Change) -> None:
        content = self._content(change)
        if content is None:
            return
        sha, local = content
        path = self._file_path(sha)
        if self.target.exists(path):
            return  # content-addressed: whoever stored it stored the same bytes
        try:
            data = local.read_bytes()
        except OSError:
            log.warning("sync: the library file %s is missing here; not sent", sha)
            return
        self.target.write(path, self._cipher.encrypt(data, path) if self._cipher else data)
        self.files_sent += 1

    def _download_file(self, change: Change) -> bool:
        """Fetch the library file a change names before applying it; False when it is not on
        the target yet (a sync tool still copying it): the change waits for the next sync."""
        content = self._content(change)
        if content is None:
            return True
        sha, local = content
        if local.is_file():
            return True
        path = self._file_path(sha)
        blob = self.target.read(path)
        if blob is None:
            log.warning("sync: library file %s is not on the target yet", sha)
            return False
        try:
            data = self._cipher.decrypt(blob, path) if self._cipher else blob
        except Corrupt:
            return False
        if hashlib.sha256(data).hexdigest() != sha:
            log.warning("sync: library file %s on the target is incomplete or damaged", sha)
            return False
        local.parent.mkdir(parents=True, exist_ok=True)
        temp = local.with_name(f".{local.name}.{uuid.uuid4().hex[:8]}.tmp")
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, local)
        self.files_received += 1
        return True

    def _device_changes(self, device: str, cursor: int) -> Iterator[Change]:
        chunks = sorted(
            (int(m.group(1)), name, bool(m.group(2)))
            for name in self.target.list(f"{DEVICES}/{device}")
            if (m := _CHUNK_NAME.match(name))
        )
        for i, (first, name, encrypted) in enumerate(chunks):
            following = chunks[i + 1][0] if i + 1 < len(chunks) else None
            if following is not None and following - 1 <= cursor:
                continue  # applied already
            if encrypted != (self._cipher is not None):
                log.warning(
                    "sync: %s/%s is %sencrypted, unlike the target", device, name, "" if encrypted else "not "
                )
                return
            path = f"{DEVICES}/{device}/{name}"
            blob = self.target.read(path)
            if blob is None:
                return
            try:
                rows = self._decode(blob, path)
            except Corrupt as error:
                log.warning("sync: %s; the rest of %s waits for the next sync", error, device)
                return
            for data in rows:
                change = Change.from_json(data)
                if change.device == device and change.seq > cursor:
                    yield change
            del first

    def _pull(
        self, target_id: str, device: str, report: SyncReport, progress: ProgressCallback | None
    ) -> None:
        others = [d for d in self.target.list(DEVICES) if d != device and re.fullmatch(r"[0-9a-f]{32}", d)]
        cursors: dict[str, int] = self._db(lambda s: _cursors(s, target_id))
        streams = [self._device_changes(d, cursors.get(d, 0)) for d in others]
        merged = heapq.merge(*streams, key=lambda c: (c.clock, c.device, c.seq))
        seen: set[str] = set()
        batch: list[Change] = []
        ends: dict[str, int] = {}
        all_changes = Changes()

        def flush_batch() -> None:
            nonlocal all_changes
            self._check_cancelled()
            wanted = [c for c in batch if self._in_scope(c)]
            done = dict(ends)
            changes = self._db(lambda s: _apply(s, target_id, wanted, done, report.applied))
            all_changes = all_changes.merged(changes)
            report.pulled += len(batch)
            batch.clear()
            if progress:
                progress("pull", report.pulled, 0)

        for change in merged:
            seen.add(change.device)
            if self._in_scope(change) and not self._download_file(change):
                break  # applied up to here; the rest waits for the file
            batch.append(change)
            ends[change.device] = change.seq
            if len(batch) >= self.options.chunk_size:
                flush_batch()
        if batch:
            flush_batch()
        report.devices = sorted(seen | {d for d in others})
        report.changes = all_changes


# -- database steps (each one transaction, run where the store lives) ------------------------------
def _prepare(store: Store) -> str:
    with store.transaction():
        store.journal.flush("sync.unrecorded")  # writes made outside an operation
        store.journal.baseline()
    store.take_changes()
    return store.journal.device_id()


def _registry(store: Store) -> Registry:
    return store.entities


def _content_path(
    store: Store, *, content_path: Callable[[Store, str, str], Path], sha: str, ext: str
) -> Path:
    return content_path(store, sha, ext)


def _lines_after(store: Store, *, after: int, limit: int) -> list[RawChange]:
    return store.journal.lines_after(after, limit)


def _pushed(store: Store, target_id: str) -> int:
    row = store.db.execute("SELECT journal_seq FROM sync_pushed WHERE target = ?", [target_id]).fetchone()
    return int(row[0]) if row else 0


def _set_pushed(store: Store, *, target_id: str, seq: int) -> None:
    with store.transaction():
        store.db.execute(
            "INSERT INTO sync_pushed (target, journal_seq) VALUES (?, ?) "
            "ON CONFLICT (target) DO UPDATE SET journal_seq = excluded.journal_seq",
            [target_id, seq],
        )


def _cursors(store: Store, target_id: str) -> dict[str, int]:
    rows = store.db.execute(
        "SELECT device, position FROM sync_cursor WHERE target = ?", [target_id]
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def _apply(
    store: Store, target_id: str, changes: list[Change], ends: dict[str, int], report: ApplyReport
) -> Changes:
    """Apply a batch and move the cursors past it, in ONE transaction: killed half-way, neither
    happened, and the next sync applies the batch again from the start."""
    store.take_changes()
    with store.transaction():
        store.journal.apply(changes, report)
        for device, seq in ends.items():
            store.db.execute(
                "INSERT INTO sync_cursor (target, device, position) VALUES (?, ?, ?) "
                "ON CONFLICT (target, device) DO UPDATE SET position = max(position, excluded.position)",
                [target_id, device, seq],
            )
    return store.take_changes().tagged(initiator=None, op="sync.apply")
