"""The unit of work: one pair of documents in, one comparison JSON out.

A task carries the documents' bytes, not only their paths, so a worker on
another machine needs nothing but Tandem installed; the JSON still names the
paths the documents were read from. ``run_pair`` is a plain function of its
task, so the same task gives the same bytes inline, in a process pool or on
a Dask worker."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from typing import Optional

from ..errors import TandemError
from ..model import SEGMENT_PARAGRAPHS, Document, Options


@dataclass(frozen=True)
class DocumentInput:
    path: str  # where it was read (absolute): recorded in the JSON
    data: bytes
    sha256: str
    language: Optional[str] = None  # the user's choice, else detected
    password: Optional[str] = None


@dataclass(frozen=True)
class PairTask:
    key: str  # the cache key (see cache.pair_key)
    left: DocumentInput
    right: DocumentInput
    options: Options = Options()
    segment_mode: str = SEGMENT_PARAGRAPHS


@dataclass(frozen=True)
class PairResult:
    key: str
    json_text: str = ""  # the tandem-comparison/1 document; "" on trouble
    trouble: str = ""  # why the pair could not be compared, in words a user reads

    @property
    def ok(self) -> bool:
        return not self.trouble


def run_pair(task: PairTask) -> PairResult:
    """Compare one pair; trouble with the input is a result, not an exception
    (one bad file among many must not stop the others)."""
    from ..compare import compare_documents
    from ..export.jsonout import to_json

    try:
        left = _document(task.left, task.segment_mode)
        right = _document(task.right, task.segment_mode)
        comparison = compare_documents(left, right, task.options)
    except TandemError as error:
        return PairResult(task.key, trouble=str(error))
    except Exception as error:  # a bug: said, and the other pairs go on
        return PairResult(task.key, trouble=f"internal error: {type(error).__name__}: {error}")
    return PairResult(task.key, json_text=to_json(comparison) + "\n")


_LOADED: dict[tuple, Document] = {}  # the original of many pairs is read once per worker
_LOADED_LIMIT = 256


def _document(source: DocumentInput, segment_mode: str) -> Document:
    key = (source.sha256, source.path, source.language, source.password, segment_mode)
    document = _LOADED.get(key)
    if document is None:
        document = _load(source, segment_mode)
        if len(_LOADED) >= _LOADED_LIMIT:
            _LOADED.clear()
        _LOADED[key] = document
    return document


def _load(source: DocumentInput, segment_mode: str) -> Document:
    """Load from the task's bytes through a private copy with the same file
    name (the loaders read files; the name is part of the result)."""
    from ..load import load_document

    with tempfile.TemporaryDirectory(prefix="tandem-pair-") as folder:
        copy = os.path.join(folder, os.path.basename(source.path) or "document")
        with open(copy, "wb") as stream:
            stream.write(source.data)
        document = load_document(copy, segment_mode=segment_mode, password=source.password,
                                 language=source.language)
    return replace(document, path=source.path)
