"""Translators' bilingual files, XLIFF 1.2 and 2.x and TMX, read as a
pre-aligned pair: each segment's source is compared with its own target
(no re-alignment), the drift checks run on every segment, Xbench-style QA
checks (tags, consistency, target same as source…) are added, and the
review goes back into the XLIFF as notes and states (export.xliff).

No Qt here; lxml parses the XML, never resolving entities or the network
(and loads only when a bilingual file is read)."""
from __future__ import annotations

from .pairing import is_prealigned

__all__ = ["is_prealigned", "load_pair", "read_bilingual", "side_document"]
_LAZY = ("load_pair", "read_bilingual", "side_document")


def __getattr__(name: str):
    if name in _LAZY:
        from . import documents

        return getattr(documents, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
