"""Memory the process holds without needing it: two process-wide settings made once at start-up.

**The allocator's moving threshold (glibc).** Loading the dictionaries (Hunspell's frequency and
compound indexes, Grammalecte's word graph) frees buffers of a few megabytes. glibc then raises
its mmap threshold to the size of the largest freed block, so every later buffer below that size
comes from the heap, where a freed block in the middle is never given back to the system. Fixing
the threshold (`mallopt(M_MMAP_THRESHOLD)`, which also stops the trim threshold from moving)
keeps big short-lived buffers in their own mappings, returned the moment they are freed: about
15 MB less resident on the full benchmark data set once the editors have loaded their checks.

**PySide6's source cache (from source only).** For every module imported after PySide6, its
`__feature__` machinery asks whether the module mentions "PySide6" with `inspect.getsource()`,
which keeps each module's source as lines in `linecache` for the life of the process: 8 MB of
text, about 19 MB of Python objects once Grammalecte's data modules are in. The frozen build has
no sources, so it never paid this. The same question is answered here by reading the source
through the module's loader without caching it; modules without such a loader still go to
PySide's own function. If a PySide6 version moves that function, nothing is changed.

Both are plain settings of this process, made by `make_application`; tests call them too.
"""

from __future__ import annotations

import ctypes
import linecache
import logging
import os
import sys
from types import ModuleType
from typing import Any

__all__ = ["MMAP_THRESHOLD", "keep_module_sources_uncached", "tune_allocator"]

log = logging.getLogger(__name__)

MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, no longer allowed to grow
_M_MMAP_THRESHOLD = -3  # <malloc.h>
_FEATURE_MODULE = "shibokensupport.feature"


def tune_allocator() -> bool:
    """Fix glibc's mmap threshold (see the module docstring); False where there is no glibc."""
    if not _has_glibc():
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        done = bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except (OSError, AttributeError) as error:  # an unusual libc: keep its defaults
        log.debug("mallopt unavailable: %s", error)
        return False
    return done


def _has_glibc() -> bool:
    try:
        return sys.platform.startswith("linux") and (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith(
            "glibc"
        )
    except (AttributeError, ValueError, OSError):  # no confstr, or a libc that does not know the name
        return False


def keep_module_sources_uncached() -> bool:
    """Answer PySide6's "does this module use PySide6?" without filling `linecache` (see the module
    docstring), and drop what it cached until now. False when PySide6 has no such hook."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, "_cmtoolbox_uncached", False):
        return True

    def _mod_uses_pyside(module: ModuleType) -> Any:
        source = _uncached_source(module)
        if source is None:
            return original(module)
        return "PySide6" in source

    _mod_uses_pyside._cmtoolbox_uncached = True  # type: ignore[attr-defined]
    _mod_uses_pyside.__doc__ = original.__doc__
    setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)  # noqa: B010 - a private name of PySide6
    _drop_cached_files()
    return True


def _drop_cached_files() -> None:
    """Forget the sources cached until now that can be read again from their file (tracebacks do so
    when they need them); lines registered for generated code, which has no file, stay."""
    for filename in list(linecache.cache):
        if os.path.isfile(filename):
            linecache.cache.pop(filename, None)


def _uncached_source(module: ModuleType) -> str | None:
    spec = getattr(module, "__spec__", None)
    loader = getattr(spec, "loader", None) or getattr(module, "__loader__", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return None
    name = spec.name if spec is not None else getattr(module, "__name__", None)
    try:
        source = get_source(name)
    except Exception:  # noqa: BLE001 - PySide's own function copes with what a loader cannot read
        return None
    return source if isinstance(source, str) else None
