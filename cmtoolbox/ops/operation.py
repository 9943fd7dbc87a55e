"""The machinery every named operation runs through, the same for the GUI, the CLI and tests."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from cmtoolbox.storage.changes import Changes
from cmtoolbox.storage.store import Store

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """An operation bound to its arguments: what a runner executes and an undo stack keeps.

    Frozen and made of plain values, so it can be logged, compared in tests, and run later (an
    undo, minutes after the fact) without holding any widget.
    """

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """`feature.operation`, e.g. `notes.move_to_trash`."""
        module = getattr(self.fn, "__module__", "") or ""
        return f"{module.rsplit('.', 1)[-1]}.{getattr(self.fn, '__name__', repr(self.fn))}"

    def __call__(self, store: Store) -> Any:
        return self.fn(store, *self.args, **self.kwargs)


def call(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Call:
    return Call(fn, args, dict(kwargs))


@dataclass(frozen=True)
class Undoable(Generic[T]):
    """What an undoable operation returns: its result, and the call that puts things back."""

    value: T
    undo: Call


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes
    undo: Call | None = None


def execute(store: Store, op: Call, *, initiator: object | None = None) -> Outcome[Any]:
    """Run `op` in ONE transaction: all of it is written, or nothing is.

    The `Changes` the managers recorded are collected and tagged with the operation's name and
    `initiator`, and the sync journal records what the operation changed, in the same
    transaction (`storage/journal.py`); on failure both are dropped with the rollback, so nobody
    refreshes for (and no other device hears of) a write that never happened.
    """
    store.take_changes()  # anything a failed read or op left behind
    try:
        with store.transaction():
            value = op(store)
            store.journal.flush(op.name)  # what sync will carry, in the same transaction
    except BaseException:
        store.take_changes()
        raise
    undo: Call | None = None
    if isinstance(value, Undoable):
        value, undo = value.value, value.undo
    return Outcome(value, store.take_changes().tagged(initiator=initiator, op=op.name), undo)


def read(store: Store, op: Call) -> Any:
    """Run a read-only operation (no transaction, nothing broadcast)."""
    return op(store)
