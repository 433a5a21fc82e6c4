"""Finished pairs kept on disk, one JSON file each, keyed by what decides
the result: both documents' content hashes (and paths, which the JSON
records), the options, and the engine's own source, so an upgraded engine
never serves an old answer. Files are written atomically: an interrupted
run leaves whole files or none, and the next run resumes from them."""
from __future__ import annotations

import glob
import hashlib
import json
import os
from dataclasses import asdict
from functools import lru_cache
from typing import Optional

from ..atomic import write_atomic
from ..cache import cache_dir
from .task import DocumentInput, PairResult

KEY_FORMAT = "tandem-pair-key/1"


def default_folder() -> str:
    return os.path.join(cache_dir(), "pairs")


def pair_key(left: DocumentInput, right: DocumentInput, options, segment_mode: str) -> str:
    described = {
        "format": KEY_FORMAT, "engine": engine_fingerprint(), "version": _version(), "segment": segment_mode,
        "options": asdict(options),
        "left": [left.sha256, left.path, left.language], "right": [right.sha256, right.path, right.language],
    }
    return hashlib.sha256(json.dumps(described, sort_keys=True).encode("utf-8")).hexdigest()


def _version() -> str:
    from ... import __version__  # a frozen build has no sources to hash: its version stands for them

    return __version__


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """A hash of the engine's source files: any change to how documents are
    read or compared makes new keys."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digest = hashlib.sha256()
    for path in sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)):
        digest.update(os.path.relpath(path, root).encode("utf-8"))
        with open(path, "rb") as stream:
            digest.update(stream.read())
    return digest.hexdigest()[:16]


class PairCache:
    """``folder`` None: a cache that keeps nothing (``--no-cache``)."""

    def __init__(self, folder: Optional[str]) -> None:
        self.folder = folder

    def path(self, key: str) -> Optional[str]:
        return os.path.join(self.folder, key[:2], f"{key}.json") if self.folder else None

    def get(self, key: str) -> Optional[PairResult]:
        path = self.path(key)
        if path is None:
            return None
        try:
            with open(path, encoding="utf-8") as stream:
                text = stream.read()
        except OSError:
            return None
        return PairResult(key, json_text=text) if text.endswith("}\n") else None

    def put(self, result: PairResult) -> None:
        """Only successes are kept: a file that failed is tried again next time."""
        path = self.path(result.key)
        if path is not None and result.ok:
            write_atomic(path, result.json_text, make_folder=True)
