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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

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


class DbCall(Protocol):
    """Runs the named database step `fn(store, *args, **kwargs)` where the store lives and returns
    its result: a module-level function and its arguments, never a closure (the GUI's runner
    refuses those)."""

    def __call__(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T: ...


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


def _direct(store: Store) -> DbCall:
    def run(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        return fn(store, *args, **kwargs)

    return run


class SyncEngine:
    def __init__(
        self,
        store: Store | None,
        target: Target,
        options: SyncOptions | None = None,
        *,
        db: DbCall | None = None,
    ) -> None:
        """`store` for a caller owning the Store (CLI, tests); the GUI passes None and `db`, a
        function running each database step on its database thread and returning the result."""
        if db is None:
            if store is None:
                raise ValueError("a store or a db function is needed")
            db = _direct(store)
        self.target = target
        self.options = options or SyncOptions()
        self._db: DbCall = db
        self._entities: Registry = db(_registry)
        self._with_files = {
            str(spec.entity) for spec in self._entities.synced() if spec.sync and spec.sync.content
        }
        self._cipher: Cipher | None = None
        self._suffix = ""
        self.files_sent = 0
        self.files_received = 0
        self._baseline_pending = False
        self._unread: set[str] = set()
        self._baseline_after: dict[str, int] = {}

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
        self._baseline_pending, self._baseline_after = True, {}
        report = SyncReport(target=self.target.label, device=device, encrypted=self._cipher is not None)
        self._check_device(device, target_id)
        self._db(_first_time, target_id=target_id)
        self._db(remember_target, target_id=target_id, address=self.target.label)
        self._db(_scope_change, target_id=target_id, scope=self.options.scope)
        report.pushed += self._push(target_id, device, progress)
        self._reread(target_id, device, report, progress)
        self._pull(target_id, device, report, progress)
        report.pushed += self._push(target_id, device, progress)  # names made distinct on arrival
        self._db(_compact)
        self._db(remember_target, target_id=target_id, address=self.target.label, synced=True)
        report.files_sent, report.files_received = self.files_sent, self.files_received
        return report

    def _check_cancelled(self) -> None:
        if self.options.cancelled is not None and self.options.cancelled():
            raise SyncCancelled("sync stopped")

    def _in_scope(self, change: Change) -> bool:
        scope = self.options.scope
        return scope is None or change.scope == "" or change.scope in scope

    def _check_device(self, device: str, target_id: str) -> None:
        pushed = self._db(_pushed, target_id)
        firsts = [
            int(m.group(1)) for n in self.target.list(f"{DEVICES}/{device}") if (m := _CHUNK_NAME.match(n))
        ]
        clash = bool(firsts) and max(firsts) > pushed + 1
        if not clash and pushed + 1 in firsts:
            # A chunk where our next one goes: ours, written by a push killed before it recorded
            # it (the same rows again), or the other copy's, which pushed once since the copy.
            path = f"{DEVICES}/{device}/{pushed + 1:012d}.jsonl.z{self._suffix}"
            blob = self.target.read(path)
            try:
                lines = self._decode(blob, path) if blob is not None else []
            except Corrupt:
                lines = []  # half-written by a killed push of ours: rewritten whole
            theirs = {int(line["s"]): (str(line["e"]), str(line["u"]), int(line["c"])) for line in lines}
            clash = bool(theirs) and self._db(_journal_stamps, sorted(theirs)) != theirs
        if clash:
            raise DeviceClash(
                "Another installation of CM Toolbox already syncs with this device id (was this data "
                "folder copied from another computer?). Nothing was synced. Give this copy a device id "
                "of its own (cmtoolbox sync --new-device-id, or File ▸ Sync…) and sync again."
            )

    def _push(self, target_id: str, device: str, progress: ProgressCallback | None) -> int:
        sent = 0
        total = self._db(_unpushed, target_id)
        done = 0
        while True:
            self._check_cancelled()
            if self._baseline_pending:
                # Records older than sync, a batch at a time: journaled, pushed, compacted away.
                marked, self._baseline_after = self._db(
                    _baseline_batch, limit=self.options.chunk_size, after=self._baseline_after
                )
                self._baseline_pending = marked > 0
            pushed: int = self._db(_pushed, target_id)
            changes: list[RawChange] = self._db(_lines_after, after=pushed, limit=self.options.chunk_size)
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
            self._db(_set_pushed, target_id=target_id, seq=changes[-1].seq)
            if self._baseline_pending:
                self._db(_compact)
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
        return sha, self._db(_content_path, content_path=sync.content_path, sha=sha, ext=ext)

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
                self._unread.add(device)
                return
            path = f"{DEVICES}/{device}/{name}"
            blob = self.target.read(path)
            if blob is None:
                self._unread.add(device)
                return
            try:
                rows = self._decode(blob, path)
            except Corrupt as error:
                log.warning("sync: %s; the rest of %s waits for the next sync", error, device)
                self._unread.add(device)
                return
            for data in rows:
                change = Change.from_json(data)
                if change.device == device and change.seq > cursor:
                    yield change
            del first

    def _reread(
        self, target_id: str, device: str, report: SyncReport, progress: ProgressCallback | None
    ) -> None:
        """Clients added to the scope: other devices' changes of theirs that the cursors passed
        while they were out (skipped then) are read again and applied, before anything newer.
        Applying a change twice changes nothing, so a sync killed here simply reads them again."""
        pending: list[_Reread] = self._db(_rereads, target_id=target_id)
        if not pending:
            return
        others = [d for d in self.target.list(DEVICES) if d != device and re.fullmatch(r"[0-9a-f]{32}", d)]
        for item in pending:
            self._unread.clear()  # devices whose log stopped at a chunk that does not read
            streams = [
                self._skipped_changes(d, item) for d in others if item.until.get(d, 0) > item.start.get(d, 0)
            ]
            batch: list[Change] = []
            complete = True
            for change in heapq.merge(*streams, key=lambda c: (c.clock, c.device, c.seq)):
                if not self._download_file(change):
                    complete = False
                    break  # the rest waits for the file; the next sync reads them again
                batch.append(change)
                if len(batch) >= self.options.chunk_size:
                    self._apply_reread(target_id, batch, report, progress)
            if batch:
                self._apply_reread(target_id, batch, report, progress)
            if complete and not self._unread:
                self._db(_reread_done, target_id=target_id, client=item.client)

    def _skipped_changes(self, device: str, item: _Reread) -> Iterator[Change]:
        until = item.until[device]
        for change in self._device_changes(device, item.start.get(device, 0)):
            if change.seq > until:
                return
            if item.covers(change.scope):
                yield change

    def _apply_reread(
        self, target_id: str, batch: list[Change], report: SyncReport, progress: ProgressCallback | None
    ) -> None:
        self._check_cancelled()
        changes = self._db(_apply, target_id, list(batch), {}, report.applied)
        report.changes = report.changes.merged(changes)
        report.pulled += len(batch)
        batch.clear()
        if progress:
            progress("pull", report.pulled, 0)

    def _pull(
        self, target_id: str, device: str, report: SyncReport, progress: ProgressCallback | None
    ) -> None:
        others = [d for d in self.target.list(DEVICES) if d != device and re.fullmatch(r"[0-9a-f]{32}", d)]
        cursors: dict[str, int] = self._db(_cursors, target_id)
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
            changes = self._db(_apply, target_id, wanted, done, report.applied)
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
        report.changes = report.changes.merged(all_changes)


# -- database steps (each one transaction, run where the store lives) ------------------------------
def _prepare(store: Store) -> str:
    with store.transaction():
        store.journal.flush("sync.unrecorded")  # writes made outside an operation
    store.take_changes()
    return store.journal.device_id()


def _baseline_batch(store: Store, *, limit: int, after: dict[str, int]) -> tuple[int, dict[str, int]]:
    if store.db.execute("SELECT baseline_done FROM sync_device WHERE id = 1").fetchone()[0]:
        return 0, after  # the usual case: nothing older than sync is left
    with store.transaction():
        done = store.journal.baseline_batch(limit, after)
    store.take_changes()
    return done


def _registry(store: Store) -> Registry:
    return store.entities


def _content_path(
    store: Store, *, content_path: Callable[[Store, str, str], Path], sha: str, ext: str
) -> Path:
    return content_path(store, sha, ext)


def _lines_after(store: Store, *, after: int, limit: int) -> list[RawChange]:
    return store.journal.lines_after(after, limit)


def _journal_stamps(store: Store, seqs: list[int]) -> dict[int, tuple[str, str, int]]:
    found: dict[int, tuple[str, str, int]] = {}
    for start in range(0, len(seqs), 500):
        part = seqs[start : start + 500]
        for seq, entity, uid, clock in store.db.execute(
            f"SELECT seq, entity, uid, clock FROM sync_journal WHERE seq IN ({', '.join('?' for _ in part)})",
            part,
        ).fetchall():
            found[int(seq)] = (str(entity), str(uid), int(clock))
    return found


def _pushed(store: Store, target_id: str) -> int:
    row = store.db.execute("SELECT journal_seq FROM sync_pushed WHERE target = ?", [target_id]).fetchone()
    return int(row[0]) if row else 0


def _unpushed(store: Store, target_id: str) -> int:
    return store.journal.last_seq() - _pushed(store, target_id)


def _set_pushed(store: Store, *, target_id: str, seq: int) -> None:
    with store.transaction():
        store.db.execute(
            "INSERT INTO sync_pushed (target, journal_seq) VALUES (?, ?) "
            "ON CONFLICT (target) DO UPDATE SET journal_seq = excluded.journal_seq",
            [target_id, seq],
        )


@dataclass(frozen=True)
class _Reread:
    """A client back in the scope (`*`: every client but `excluded`), and the range of each
    device's log to read again for it."""

    client: str
    start: dict[str, int]
    until: dict[str, int]
    excluded: frozenset[str] = frozenset()

    def covers(self, scope: str) -> bool:
        if not scope:
            return False  # shared records always travelled
        if self.client == ALL_CLIENTS:
            return scope not in self.excluded
        return scope == self.client


ALL_CLIENTS = "*"


def _first_time(store: Store, *, target_id: str) -> None:
    """A target this database never pushed to, after `_compact` deleted journal rows the other
    targets had: every record is journaled whole again for it."""
    if store.db.execute("SELECT 1 FROM sync_pushed WHERE target = ?", [target_id]).fetchone():
        return
    with store.transaction():
        if store.journal.compacted():
            store.journal.snapshot()
        store.db.execute("INSERT INTO sync_pushed (target, journal_seq) VALUES (?, 0)", [target_id])


TARGETS_KEY = "sync_targets"  # setting: target id -> {"address", "synced_at"}, this machine's


def remember_target(store: Store, *, target_id: str, address: str, synced: bool = False) -> None:
    """Where each target id was last found and when it last synced whole: `sync_pushed` and the
    cursors know targets by the id in their format file only, and the CM names them by address
    (`ops.sync.list_targets`, `forget_target`)."""
    known = dict(store.settings.get(TARGETS_KEY, {}) or {})
    entry = dict(known.get(target_id) or {})
    before = dict(entry)
    entry["address"] = address
    if synced:
        entry["synced_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    if entry == before:
        return
    known[target_id] = entry
    with store.transaction():
        store.settings.set(TARGETS_KEY, known)
    store.take_changes()


def _compact(store: Store) -> int:
    """Our journal rows every target has are deleted (the targets keep them): the journal does
    not hold a second copy of every record once the first sync is done. Rows of a client some
    target is not sent stay, for the day it is added to the scope."""
    pushed = [(str(r[0]), int(r[1])) for r in store.db.execute("SELECT target, journal_seq FROM sync_pushed")]
    oldest = store.db.execute("SELECT min(seq) FROM sync_journal").fetchone()[0]
    if not pushed or oldest is None or oldest >= min(seq for _target, seq in pushed):
        return 0  # nothing every target has is left (a sync with nothing new writes nothing)
    with store.transaction():
        scopes: set[str] | None = None
        for target, _seq in pushed:
            row = store.db.execute("SELECT clients FROM sync_scope WHERE target = ?", [target]).fetchone()
            if row is None or row[0] is not None:
                sent = set(json.loads(row[0])) if row is not None else set()
                scopes = sent if scopes is None else scopes & sent
        return store.journal.compact(min(seq for _target, seq in pushed), scopes)


def _scope_change(store: Store, *, target_id: str, scope: frozenset[str] | None) -> None:
    """Compare the scope chosen now with the one this target was last synced with. A client that
    left is remembered with how far we had pushed and read; a client that came back in gets our
    journal rows of it that the pushes skipped since then appended again (the next push sends
    them, with their own stamps: they are the edits they were) and a re-read of the other
    devices' changes of it (`SyncEngine._reread`). One transaction: either all of it or none."""
    now = None if scope is None else sorted(scope)
    row = store.db.execute("SELECT clients FROM sync_scope WHERE target = ?", [target_id]).fetchone()
    if row is not None and (None if row[0] is None else sorted(json.loads(row[0]))) == now:
        return  # the same scope as last time: nothing to write
    with store.transaction():
        db = store.db
        pushed, cursors = _pushed(store, target_id), _cursors(store, target_id)
        if row is None:
            if scope is not None:
                # The first sync with this target, or the first since m017: the clients out of
                # the scope are taken as never synced (their whole history is sent when added).
                _set_out(store, target_id, ALL_CLIENTS, 0, {})
        else:
            old = None if row[0] is None else frozenset(json.loads(row[0]))
            if old is None and scope is not None:
                _set_out(store, target_id, ALL_CLIENTS, pushed, cursors)
            elif old is not None:
                outs = {
                    str(r[0]): (int(r[1]), json.loads(r[2]))
                    for r in db.execute(
                        "SELECT client, pushed, cursors FROM sync_scope_out "
                        "WHERE target = ? AND until IS NULL",
                        [target_id],
                    )
                }
                if scope is not None:
                    for client in old - scope:
                        _set_out(store, target_id, client, pushed, cursors)
                everyone = outs.get(ALL_CLIENTS, (0, {}))
                if scope is None:
                    listed = frozenset(c for c in outs if c != ALL_CLIENTS)
                    added = [(c, outs[c]) for c in listed]
                    excluded = old | listed
                    _resend(store, pushed, everyone[0], ALL_CLIENTS, excluded)
                    db.execute(
                        "INSERT OR REPLACE INTO sync_scope_out "
                        "(target, client, pushed, cursors, until, excluded) VALUES (?, ?, ?, ?, ?, ?)",
                        [
                            target_id,
                            ALL_CLIENTS,
                            everyone[0],
                            json.dumps(everyone[1]),
                            json.dumps(cursors),
                            json.dumps(sorted(excluded)),
                        ],
                    )
                else:
                    added = [(c, outs.get(c, everyone)) for c in sorted(scope - old)]
                for client, (since_pushed, since_cursors) in added:
                    _resend(store, pushed, since_pushed, client, frozenset())
                    db.execute(
                        "INSERT OR REPLACE INTO sync_scope_out (target, client, pushed, cursors, until) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [target_id, client, since_pushed, json.dumps(since_cursors), json.dumps(cursors)],
                    )
        db.execute(
            "INSERT OR REPLACE INTO sync_scope (target, clients) VALUES (?, ?)",
            [target_id, None if now is None else json.dumps(now)],
        )


def _set_out(store: Store, target_id: str, client: str, pushed: int, cursors: dict[str, int]) -> None:
    """A client leaves the scope. One still being read again (added, then removed before the
    re-read completed) keeps where it left the first time: nothing is skipped."""
    store.db.execute(
        "INSERT INTO sync_scope_out (target, client, pushed, cursors) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (target, client) DO UPDATE SET until = NULL",
        [target_id, client, pushed, json.dumps(cursors)],
    )


def _resend(store: Store, pushed: int, since: int, client: str, excluded: frozenset[str]) -> None:
    if pushed <= since:
        return
    if client == ALL_CLIENTS:
        marks = ", ".join("?" for _ in excluded) or "''"
        where, params = f"scope != '' AND scope NOT IN ({marks})", list(excluded)
    else:
        where, params = "scope = ?", [client]
    store.journal.copy_rows(f"seq > ? AND seq <= ? AND {where}", [since, pushed, *params])


def _rereads(store: Store, *, target_id: str) -> list[_Reread]:
    rows = store.db.execute(
        "SELECT client, cursors, until, excluded FROM sync_scope_out WHERE target = ? AND until IS NOT NULL "
        "ORDER BY client",
        [target_id],
    ).fetchall()
    return [
        _Reread(
            client=str(r[0]),
            start={str(k): int(v) for k, v in json.loads(r[1]).items()},
            until={str(k): int(v) for k, v in json.loads(r[2]).items()},
            excluded=frozenset(json.loads(r[3])),
        )
        for r in rows
    ]


def _reread_done(store: Store, *, target_id: str, client: str) -> None:
    with store.transaction():
        store.db.execute(
            "DELETE FROM sync_scope_out WHERE target = ? AND client = ? AND until IS NOT NULL",
            [target_id, client],
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
