"""Giving freed memory back to the operating system after a large load.

Loading the case table or a retrieval reads tens of megabytes of rows that are freed again
once the result is built; glibc's allocator keeps such freed heap pages in the process
(they count in its resident size) until ``malloc_trim`` returns them. Elsewhere (macOS,
Windows, musl) this does nothing: their allocators return memory on their own terms.

Threading: any thread. ``malloc_trim`` takes the allocator's locks and ctypes releases the
interpreter lock around it, so calling it on a worker does not stall the UI thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache
from typing import Any


@cache
def _glibc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return the allocator's free heap pages to the system; True if anything was asked."""
    trim = _glibc()
    if trim is None:
        return False
    trim(0)
    return True
