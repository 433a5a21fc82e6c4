"""Writing the report in each format to a file: one entry point for the
command line and the window. Files are written atomically; the PDF needs Qt
and is imported only when asked for."""
from __future__ import annotations

import os
from typing import Callable

from ..engine.atomic import write_atomic
from ..engine.errors import TandemError
from ..engine.model import Comparison
from ..engine.review import Review

FORMATS = ("html", "pdf", "csv", "tmx", "xliff", "diff", "json")
EXTENSIONS = {"html": ".html", "pdf": ".pdf", "csv": ".csv", "tmx": ".tmx", "xliff": ".xlf", "diff": ".diff",
              "json": ".json"}
FORMAT_NAMES = {"html": "HTML report", "pdf": "PDF report", "csv": "CSV spreadsheet",
                "tmx": "TMX translation memory", "xliff": "XLIFF with review notes", "diff": "Unified diff",
                "json": "JSON"}


def render(kind: str, comparison: Comparison, review: Review, *, tmx_sentences: bool = False) -> bytes:
    """The export as bytes (every format but the PDF)."""
    renderers: dict[str, Callable[[], bytes]] = {
        "html": lambda: _html(comparison, review),
        "csv": lambda: _csv(comparison, review),
        "tmx": lambda: _tmx(comparison, review, tmx_sentences),
        "xliff": lambda: _xliff(comparison, review),
        "diff": lambda: _diff(comparison),
        "json": lambda: _json(comparison, review),
    }
    if kind not in renderers:
        raise TandemError(f"no such export format: {kind}")
    return renderers[kind]()


def write_export(kind: str, path: str, comparison: Comparison, review: Review = Review(), *,
                 tmx_sentences: bool = False) -> None:
    _not_an_input(path, comparison)
    if kind == "pdf":
        from .pdf import write_pdf

        write_pdf(path, comparison, review)
        return
    write_atomic(path, render(kind, comparison, review, tmx_sentences=tmx_sentences))


def _not_an_input(path: str, comparison: Comparison) -> None:
    """No export ever replaces a document it was made from (an XLIFF
    written back goes to a copy, never over the translator's file)."""
    for document in (comparison.left, comparison.right):
        if document.path and os.path.exists(path) and os.path.exists(document.path) \
                and os.path.samefile(path, document.path):
            raise TandemError(f"{path}: that is the document compared; write the export to another file")


def _html(comparison: Comparison, review: Review) -> bytes:
    from ..engine.export.html import to_html

    return to_html(comparison, review).encode("utf-8")


def _csv(comparison: Comparison, review: Review) -> bytes:
    from ..engine.export.csv import to_csv_bytes

    return to_csv_bytes(comparison, review)


def _tmx(comparison: Comparison, review: Review, sentences: bool) -> bytes:
    from ..engine.export.tmx import PARAGRAPH, SENTENCE, to_tmx

    return to_tmx(comparison, review, SENTENCE if sentences else PARAGRAPH)


def _xliff(comparison: Comparison, review: Review) -> bytes:
    from ..engine.export.xliff import to_xliff

    return to_xliff(comparison, review)


def _diff(comparison: Comparison) -> bytes:
    from ..engine.export.unified import to_unified_diff

    return to_unified_diff(comparison).encode("utf-8")


def _json(comparison: Comparison, review: Review) -> bytes:
    from ..engine.export.jsonout import to_json

    return (to_json(comparison, review) + "\n").encode("utf-8")
