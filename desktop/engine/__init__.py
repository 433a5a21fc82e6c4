"""Tandem's comparison engine. Imports no Qt: plain data in, frozen
dataclasses out (see ``model``); every stage takes a ``Progress``.

The front door (``api``) loads lazily, so that importing ``engine.model``
alone does not pull in NumPy and SciPy."""
from __future__ import annotations

_API = ("compare_bilingual", "compare_documents", "compare_files", "example_paths", "is_bilingual", "load_document",
        "load_pair")


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
