"""Loading any supported document into a ``Document``: text, PDF, a web
page, Word, Writer, RTF, an e-mail or a bilingual file's source side,
decided by content, never by the file's name."""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from typing import Optional

from .errors import InputError
from .formats import BILINGUAL, PDF, STRUCTURED, read_structured, sniff
from .formats.units import paragraphs_of
from .language import detect_language
from .model import LINES, SEGMENT_PARAGRAPHS, SOURCE_SIDE, Document, Paragraph, SourceInfo
from .progress import Progress, ensure_progress
from .segment import segment
from .textload import STDIN, RawFile, decode, read_file


def load_document(
    path: str,
    *,
    segment_mode: str = SEGMENT_PARAGRAPHS,
    password: Optional[str] = None,
    language: Optional[str] = None,
    attachment: Optional[str] = None,
    progress: Optional[Progress] = None,
) -> Document:
    """Read ``path`` (never writing to it) and segment it into paragraphs.
    ``attachment``: the named attachment of an e-mail, read as the document."""
    progress = ensure_progress(progress)
    progress.report("Reading", 0.0)
    raw = read_file(path)
    name = _name(path)
    if attachment is None:
        return load_raw(raw, name, segment_mode=segment_mode, password=password, language=language,
                        progress=progress)
    raw, name = _attached(raw, name, attachment)
    document = load_raw(raw, name, segment_mode=segment_mode, password=password, language=language,
                        progress=progress)
    return replace(document, info=replace(document.info, attached_as=attachment))


def load_raw(
    raw: RawFile, name: str, *, segment_mode: str = SEGMENT_PARAGRAPHS, password: Optional[str] = None,
    language: Optional[str] = None, progress: Optional[Progress] = None,
) -> Document:
    """A document from bytes already read (a file, standard input, the
    clipboard, an attachment)."""
    progress = ensure_progress(progress)
    fmt = sniff(raw.data, name)
    if fmt == PDF:
        from .pdf import load_pdf_paragraphs

        paragraphs = load_pdf_paragraphs(raw, password=password, progress=progress.sub(0.05, 0.9))
        return _document(raw, name, paragraphs, "pdf", "pdf", language)
    progress.report("Finding paragraphs", 0.5)
    if fmt in BILINGUAL:  # alone, its sources (bilingual.load_pair reads both sides)
        from .bilingual.documents import read_bilingual, side_document

        return side_document(read_bilingual(raw.data, name), raw, name, SOURCE_SIDE, language)
    if fmt in STRUCTURED:
        read = read_structured(raw.data, fmt, name)
        return _document(raw, name, paragraphs_of(read.units), read.encoding, fmt, language,
                         read.positions, read.info)
    decoded = decode(raw.data, name)
    return document_from_text(
        decoded.text, name=name, path=None if raw.path == STDIN else raw.path, encoding=decoded.encoding,
        segment_mode=segment_mode, language=language, sha256=raw.sha256,
    )


def _attached(raw: RawFile, name: str, attachment: str) -> tuple[RawFile, str]:
    from .formats.eml import EML, attachment_data

    if sniff(raw.data, name) != EML:
        raise InputError(f"{name}: not an e-mail, so it has no attachment “{attachment}”")
    data = attachment_data(raw.data, attachment, name)
    return RawFile(raw.path, data, hashlib.sha256(data).hexdigest()), f"{attachment} (attached to {name})"


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
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lang = language or detect_language(" ".join(p.text for p in paragraphs))
    return Document(path, name, encoding, lang, paragraphs, sha256, "text")


def _document(
    raw: RawFile, name: str, paragraphs: tuple[Paragraph, ...], encoding: str, fmt: str,
    language: Optional[str], positions: str = LINES, info: SourceInfo = SourceInfo(),
) -> Document:
    if not paragraphs:
        raise InputError(f"{name}: no text found")
    lang = language or _language(paragraphs, info)
    path = None if raw.path == STDIN else raw.path
    return Document(path, name, encoding, lang, paragraphs, raw.sha256, fmt, positions, info)


def _language(paragraphs: tuple[Paragraph, ...], info: SourceInfo) -> str:
    """Detected from the text; the language the source declares only when
    the text is too short to tell (templates often declare one wrongly)."""
    detected = detect_language(" ".join(p.text for p in paragraphs))
    return info.language if detected == "und" and info.language else detected
