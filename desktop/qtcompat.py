"""Work-arounds for the Qt binding, applied before any Qt call.

PySide6 6.12.0 on CPython 3.11 hands out ``None``, ``True`` and ``False``
without taking a reference to them: every void method call, and every bool
passed to a Python slot, drops the singleton's reference count by one. After
a few thousand calls the interpreter aborts with "deallocating None" (or
"deallocating True or False"). CPython 3.12+ made these objects immortal,
which hides the bug there; 6.11.x does not have it. We give the singletons
the same immortality on older interpreters: a reference count so large that
no realistic number of calls can bring it to zero.
"""
from __future__ import annotations

import ctypes
import platform
import sys

_PINNED = False
_HEADROOM = 1 << 48


def pin_none() -> None:
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    from PySide6 import __version__ as pyside_version

    if not pyside_version.startswith("6.12.0"):
        return  # only that release has the bug (pyproject excludes it)
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _PINNED = True
