"""Lists of values bound `IN (?, ?, ...)` a chunk at a time: SQLite builds before 3.32 refuse more
than 999 bound parameters in one statement, and a sync or a long list can hold 100,000 ids."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

__all__ = ["CHUNK", "in_chunks"]

CHUNK = 500
"""Values per statement: under the 999 bound, with room for a query's other parameters."""

T = TypeVar("T")


def in_chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[tuple[list[T], str]]:
    """Each chunk of `values` with its placeholders ("?,?,?")."""
    for start in range(0, len(values), size):
        chunk = list(values[start : start + size])
        yield chunk, ",".join("?" * len(chunk))
