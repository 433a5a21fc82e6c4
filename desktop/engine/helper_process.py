"""A second process beside this one, for the two stages of a long pair
that take most of its time, since the machine has a second core:

- reading meaning (a thousand sentences a side): the helper reads chunks
  of texts from the back while this process reads from the front, each
  with BLAS on one thread (as always: see ``encoder``). A text is still
  read alone, by the same code, so its vector is the same bits whichever
  process read it;
- comparing the words of linked groups and checking their drift (two
  thousand groups, ``finish``): the helper takes chunks of groups from the
  back, this process from the front.

The helper is started once and kept (it loads the model from the user's
cache in a quarter of a second). Where it cannot start (no second core, a
daemonic pool worker, a failing spawn), or fails, the work is done here,
as before."""
from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor

import numpy as np

PARALLEL_AT = 300  # texts still to read: below this, the helper's start costs more than it saves

_LOCK = threading.Lock()
_EXECUTOR: ProcessPoolExecutor | None = None
# Set in processes that must not start one (pool workers), after a failed start, or by the user.
_DISABLED = os.environ.get("TANDEM_NO_HELPER", "") not in ("", "0")


def disable() -> None:
    """No helper from this process (a batch runner's worker already has a core of its own)."""
    global _DISABLED
    _DISABLED = True


def wanted(count: int) -> bool:
    return count >= PARALLEL_AT and not _DISABLED and (os.cpu_count() or 1) > 1 \
        and not multiprocessing.current_process().daemon


def submit_all(chunks: list[list[str]]) -> list[Future]:
    """One future per chunk of texts, read in the helper in this order;
    none if it cannot start."""
    global _DISABLED
    with _LOCK:
        try:
            executor = _executor()
            return [executor.submit(_read, chunk) for chunk in chunks]
        except Exception:  # a spawn that fails here fails every time: read here from now on
            _DISABLED = True
            return []


def submit(function, *args) -> Future | None:
    """``function(*args)`` in the helper (a module-level function, picklable
    arguments); None if it cannot start."""
    global _DISABLED
    with _LOCK:
        try:
            return _executor().submit(function, *args)
        except Exception:  # as in submit_all
            _DISABLED = True
            return None


def warm(prepare) -> None:
    """Start the helper now and have it run ``prepare`` (imports, tables
    loaded once), while this process does the first stages of a long
    comparison."""
    if wanted(PARALLEL_AT):
        submit(prepare)


def abandon() -> None:
    """Stop the helper (a cancelled comparison must not leave it working):
    what it has not started is dropped, and it stops after the chunk in
    hand. It is not killed: killing it with futures already taken back
    races Python 3.11's own bookkeeping of them (an InvalidStateError in
    the pool's thread, and futures that never end)."""
    global _EXECUTOR
    with _LOCK:
        executor, _EXECUTOR = _EXECUTOR, None
    if executor is not None:
        executor.shutdown(wait=False, cancel_futures=True)


def stop() -> None:
    """Let the helper finish what it has and exit, waiting for it (a
    benchmark then counts the helper's peak memory with its own)."""
    global _EXECUTOR
    with _LOCK:
        executor, _EXECUTOR = _EXECUTOR, None
    if executor is not None:
        executor.shutdown(wait=True)


def result(future: Future, progress=None, *, failed=None):
    """What ``future`` returned, waited for as a cancellable stage waits
    (``progress.check()`` every tenth of a second); ``failed`` if the work
    raised there or the helper died or went away (the caller then does the
    work itself). A helper that died is replaced at the next request."""
    while True:
        try:
            return future.result(timeout=0.1)
        except TimeoutError:
            if progress is not None:
                progress.check()
            if not alive(future):
                return failed
        except BrokenExecutor:  # the helper died: a new one next time
            abandon()
            return failed
        except Exception:  # noqa: BLE001 (what the work raised there, the caller meets again here)
            return failed


def alive(future: Future) -> bool:
    """Whether ``future`` may still end: its helper is the current one and running."""
    executor = _EXECUTOR
    if future.done():
        return True
    if executor is None or getattr(executor, "_broken", False):
        return False
    return all(process.is_alive() for process in list(getattr(executor, "_processes", {}).values()))


def _executor() -> ProcessPoolExecutor:
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_helper)
    return _EXECUTOR


def _start_helper() -> None:
    disable()


def _read(texts: list[str]) -> np.ndarray:
    from . import encoder

    return encoder.embed(texts)


@atexit.register
def _stop() -> None:
    executor = _EXECUTOR
    if executor is not None:
        executor.shutdown(wait=False, cancel_futures=True)
