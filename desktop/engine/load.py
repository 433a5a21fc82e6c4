"""Loading any supported document into a ``Document``: text or PDF, decided
by content, never by the file's name."""
from __future__ import annotations

import os
from typing import Optional

from .errors import InputError
from .language import detect_language
from .model import SEGMENT_PARAGRAPHS, Document, Paragraph
from .progress import Progress, ensure_progress
from .segment import segment
from .textload import STDIN, RawFile, decode, looks_like_pdf, read_file


def load_document(
    path: str,
    *,
    segment_mode: str = SEGMENT_PARAGRAPHS,
    password: Optional[str] = None,
    language: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> Document:
    """Read ``path`` (never writing to it) and segment it into paragraphs."""
    progress = ensure_progress(progress)
    progress.report("Reading", 0.0)
    raw = read_file(path)
    if looks_like_pdf(raw.data):
        from .pdf import load_pdf_paragraphs

        paragraphs = load_pdf_paragraphs(raw, password=password, progress=progress.sub(0.05, 0.9))
        return _document(raw, paragraphs, "pdf", "pdf", language)
    decoded = decode(raw.data, path)
    progress.report("Finding paragraphs", 0.5)
    return document_from_text(
        decoded.text, name=_name(path), path=None if path == STDIN else path, encoding=decoded.encoding,
        segment_mode=segment_mode, language=language, sha256=raw.sha256,
    )


def _name(path: str) -> str:
    return "standard input" if path == STDIN else os.path.basename(path)


def document_from_text(
    text: str,
    *,
    name: str = "text",
    path: Optional[str] = None,
    encoding: str = "utf-8",
    segment_mode: str = SEGMENT_PARAGRAPHS,
    language: Optional[str] = None,
    sha256: str = "",
) -> Document:
    paragraphs = segment(text, segment_mode)
    if not paragraphs:
        raise InputError(f"{name}: no text found")
    if not sha256:
        import hashlib

        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lang = language or detect_language(" ".join(p.text for p in paragraphs))
    return Document(path, name, encoding, lang, paragraphs, sha256, "text")


def _document(
    raw: RawFile, paragraphs: tuple[Paragraph, ...], encoding: str, fmt: str,
    language: Optional[str],
) -> Document:
    name = _name(raw.path)
    if not paragraphs:
        raise InputError(f"{name}: no text found")
    lang = language or detect_language(" ".join(p.text for p in paragraphs))
    return Document(raw.path, name, encoding, lang, paragraphs, raw.sha256, fmt)
