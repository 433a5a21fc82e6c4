"""Extraction results kept by the file's content hash, so opening the same PDF
again is instant. Best effort: a cache that cannot be read or written is
simply not used. PDFs that needed a password are never cached: their text
would sit on disk unprotected."""
from __future__ import annotations

import json
import os
import tempfile
from typing import Optional

from ..model import PARAGRAPH_KINDS, Paragraph

# Bump when extraction changes what it returns: older entries are then ignored.
EXTRACTOR_VERSION = 3
_MAX_ENTRIES = 300


def cache_dir() -> str:
    from ..cache import cache_dir as tandem_cache

    return os.path.join(tandem_cache(), "pdf")


def _entry_path(sha256: str) -> str:
    version = f"v{EXTRACTOR_VERSION}-pdfium{_pdfium_version()}"
    return os.path.join(cache_dir(), f"{sha256}-{version}.json")


def _pdfium_version() -> str:
    """PDFium's build number, read without loading the library."""
    try:
        from pypdfium2_raw.version import PDFIUM_INFO

        return str(PDFIUM_INFO.build)
    except (ImportError, AttributeError):
        return "0"


def load(sha256: str) -> Optional[tuple[Paragraph, ...]]:
    try:
        with open(_entry_path(sha256), encoding="utf-8") as handle:
            rows = json.load(handle)["paragraphs"]
        paragraphs = tuple(Paragraph(*row) for row in rows)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not paragraphs or not all(_valid(p, i) for i, p in enumerate(paragraphs)):
        return None
    return paragraphs


def _valid(paragraph: Paragraph, index: int) -> bool:
    return (
        paragraph.id == index
        and isinstance(paragraph.text, str)
        and paragraph.kind in PARAGRAPH_KINDS
        and isinstance(paragraph.line, int)
        and isinstance(paragraph.end_line, int)
    )


def store(sha256: str, paragraphs: tuple[Paragraph, ...]) -> None:
    rows = [[p.id, p.text, p.kind, p.line, p.end_line, p.page] for p in paragraphs]
    path = _entry_path(sha256)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"paragraphs": rows}, out, ensure_ascii=False)
            os.replace(temporary, path)  # readers never see half a file
        except BaseException:
            _remove(temporary)
            raise
        _prune(os.path.dirname(path))
    except OSError:
        pass


def _prune(folder: str) -> None:
    """Oldest entries go once there are too many."""
    entries = [os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".json")]
    if len(entries) <= _MAX_ENTRIES:
        return
    entries.sort(key=lambda path: os.stat(path).st_mtime)
    for path in entries[: len(entries) - _MAX_ENTRIES]:
        _remove(path)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
