"""Reading a file the sources section imports (a browser's bookmarks, an OPML list of feeds).

Both imports start the same way: the file is read off the UI thread, parsed on a worker, and when
it cannot be imported (unreadable, not that kind of file, nothing in it) the user is told why in
one sentence. `read_document` does the first two and turns every refusal into `Unimportable`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cmtoolbox.gui.files import read_file
from cmtoolbox.gui.pools import CPU, Pools
from cmtoolbox.gui.sources.messages import file_error_message

T = TypeVar("T")


class Unimportable(Exception):
    """Why a file cannot be imported: a sentence for the user."""


async def read_document(pools: Pools, path: Path, parse: Callable[[bytes], T], refused: type[Exception]) -> T:
    """`parse(content of path)`; `refused` is the parser's error for a file of the wrong kind (its
    `code` says which, for `file_error_message`)."""
    try:
        data = await read_file(pools, path)
        return await pools.run(CPU, parse, data)
    except OSError as error:
        raise Unimportable(error.strerror or str(error)) from error
    except refused as error:
        raise Unimportable(file_error_message(getattr(error, "code", ""))) from error
