"""A second process reading meaning beside this one: on a long pair
(a thousand sentences a side) the encoder's time is most of a comparison,
and the machine has a second core. A helper process, started once and kept
(it loads the model from the user's cache in a quarter of a second), reads
chunks from the back while this process reads from the front; each lets
BLAS use one thread, since two processes with two threads each on two
cores are slower than one.

A text is still read alone, by the same code, so its vector is the same
bits whichever process read it (the tests check this). Where a helper
cannot start (no second core, a daemonic pool worker, a failing spawn), or
fails, the texts are read here, as before."""
from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor

import numpy as np

PARALLEL_AT = 300  # texts still to read: below this, the helper's start costs more than it saves

_LOCK = threading.Lock()
_EXECUTOR: ProcessPoolExecutor | None = None
_DISABLED = False  # set in processes that must not start one (pool workers), or after a failed start


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


def abandon() -> None:
    """Stop the helper now (a cancelled comparison must not leave it reading)."""
    global _EXECUTOR
    with _LOCK:
        executor, _EXECUTOR = _EXECUTOR, None
    if executor is not None:
        for process in list(getattr(executor, "_processes", {}).values()):
            process.terminate()
        executor.shutdown(wait=False, cancel_futures=True)


def _executor() -> ProcessPoolExecutor:
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_helper)
    return _EXECUTOR


def _start_helper() -> None:
    from . import encoder

    disable()
    encoder.use_threads(1)


def _read(texts: list[str]) -> np.ndarray:
    from . import encoder

    return encoder.embed(texts)


@atexit.register
def _stop() -> None:
    executor = _EXECUTOR
    if executor is not None:
        executor.shutdown(wait=False, cancel_futures=True)
