"""PDF documents: the paragraphs a person sees, recovered from PDFium's
characters with a layout pass of our own.

The pipeline, one module per step:

- ``worker`` / ``reader_process``: reading runs in long-lived separate
  processes (time limits, memory cap, cancellation; several processes for
  long documents), started once and reused;
- ``pdfium_chars`` / ``frames``: inside a reader, each page's characters
  become runs of glyphs, in the direction the text runs;
- ``rows`` / ``gutters`` / ``page_layout`` / ``reading_order``: runs become
  lines and blocks in reading order;
- ``furniture``: running headers, footers and page numbers set aside;
- ``placed`` / ``paragraphs``: lines become paragraphs, across columns and
  pages;
- ``words``: hyphenation, ligatures, wide spaces, split words;
- ``document``: kinds and the final ``Paragraph`` records;
- ``cache``: results kept by content hash.

PDFium (through pypdfium2, whose wheel carries the library) parses the file
and interprets the pages: four to eight times faster than pdfminer.six's
pure-Python parser, which tokenised every content stream (see the
benchmark). Its own text order and spacing are not used: the layout is
rebuilt from glyph boxes with column gutters, blocks and a reading order of
our own. pdfminer.six stays the reference the benchmark and the tests check
every PDF's words against (``desktop.bench.word_coverage``).

Nothing here imports Qt.
"""
from __future__ import annotations

import os
from typing import Optional

from ..errors import InputError, PasswordRequired
from ..model import Paragraph
from ..progress import Progress, ensure_progress
from ..textload import RawFile
from . import cache
from .document import NoText, paragraphs_from_pages
from .failures import NEEDS_PASSWORD, WRONG_PASSWORD, ExtractionFailure
from .worker import extract_layouts, warm_up

__all__ = ["load_pdf_paragraphs", "warm_up"]


def load_pdf_paragraphs(
    raw: RawFile, *, password: Optional[str] = None, progress: Optional[Progress] = None
) -> tuple[Paragraph, ...]:
    """The paragraphs of a PDF, ids 0..n-1 in reading order. Raises
    InputError (PasswordRequired for encryption) with a message for the
    user, or Cancelled."""
    progress = ensure_progress(progress)
    name = os.path.basename(raw.path)
    progress.report("Reading PDF", 0.0)
    cached = cache.load(raw.sha256)
    if cached is not None:
        progress.report("Reading PDF", 1.0)
        return cached
    try:
        extraction = extract_layouts(raw.data, password, progress.sub(0.0, 0.9))
        progress.report("Finding paragraphs", 0.92)
        paragraphs = paragraphs_from_pages(extraction.pages)
    except ExtractionFailure as failure:
        if failure.kind in (NEEDS_PASSWORD, WRONG_PASSWORD):
            raise PasswordRequired(f"{name}: {failure.message}") from None
        raise InputError(f"{name}: {failure.message}") from None
    except NoText as problem:
        raise InputError(f"{name}: {problem}") from None
    if not (extraction.encrypted and password):
        # A PDF that opened without a password protects nothing by encryption
        # (an owner password only restricts printing or copying).
        cache.store(raw.sha256, paragraphs)
    progress.report("Reading PDF", 1.0)
    return paragraphs
