"""A comparison started before the window exists. ``tandem A B`` spends
its first half second importing Qt and building the window: time in which
the helper process (``helper_process``, on the other core) can load and
compare the pair. The window takes that answer when it asks for the same
pair with the same options; anything else, or anything that went wrong
there (a password wanted, a file that cannot be read), it does itself as
it always did, and says what went wrong."""
from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from typing import Optional

from . import helper_process
from .model import Comparison, Options
from .progress import Progress
from .textload import STDIN

_LOCK = threading.Lock()
_STARTED: dict[tuple[str, str], Future] = {}  # by the two absolute paths


def start(left: str, right: str) -> bool:
    """Compare ``left`` with ``right`` in the helper, with the default
    options; True if it started. Not for what the window opens otherwise
    (a saved review, one bilingual file) nor for PDFs (their reader is a
    process of its own, started early too: ``pdf_early``)."""
    from .api import is_bilingual
    from .pdf_early import is_pdf

    if not (left and right) or left == right or STDIN in (left, right) or left.lower().endswith(".tandem"):
        return False
    if not helper_process.wanted(helper_process.PARALLEL_AT) or is_bilingual(left) or is_bilingual(right):
        return False
    key = (os.path.abspath(left), os.path.abspath(right))
    if any(is_pdf(path) for path in key):
        return False
    future = helper_process.submit(_compare, *key)
    if future is None:
        return False
    with _LOCK:
        _STARTED[key] = future
    return True


def take(left: str, right: str, options: Options, progress: Progress) -> Optional[Comparison]:
    """The early comparison of this pair, waited for as a cancellable stage
    waits, if it was started with these options and succeeded; else None
    (and it is forgotten either way: a second request compares afresh)."""
    with _LOCK:
        future = _STARTED.pop((os.path.abspath(left), os.path.abspath(right)), None)
    if future is None:
        return None
    if options != Options():
        future.cancel()
        return None
    return helper_process.result(future, progress)  # failed: the window loads it again and says why


def _compare(left: str, right: str) -> Comparison:
    from .api import compare_files

    return compare_files(left, right)
