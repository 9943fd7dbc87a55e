"""Named operations: everything the app does to its data, as plain functions of a Store.

One module per feature (`ops.notes`, `ops.sources`...). An operation is `fn(store, *args) ->
result`; the GUI runs it through `DbRunner.run` (on the database thread, in one transaction, its
`Changes` broadcast once and tagged with who asked), the CLI and the tests through `execute`. An
operation that can be undone returns `Undoable(result, undo=call(other_op, ...))`, and the GUI's
undo stack keeps that call. Reads are operations too (`DbRunner.read`), so no widget holds database
code. This package never imports Qt.
"""

from cmtoolbox.ops.operation import Call, Outcome, Undoable, call, execute, read

__all__ = ["Call", "Outcome", "Undoable", "call", "execute", "read"]
