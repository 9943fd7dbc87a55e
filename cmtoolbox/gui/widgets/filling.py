"""The flag a view raises while it fills its own fields from stored data.

Setting a field's text emits the same signal as typing in it, so a view that saves or reports
edits must ignore what it does itself: `with self._loading:` around the filling, and
`if self._loading: return` in the handlers. One flag, instead of a `try`/`finally` at each place.
"""

from __future__ import annotations


class Filling:
    """False until entered; True inside the `with` block (down again on leaving it, even on error)."""

    def __init__(self) -> None:
        self._up = False

    def __bool__(self) -> bool:
        return self._up

    def __enter__(self) -> None:
        self._up = True

    def __exit__(self, *_exc: object) -> None:
        self._up = False
