"""A bilingual file as the two documents Tandem compares: the segments'
sources as the original, their targets as the other version, each paragraph
carrying its segment's id (Paragraph.segment), so the comparison pairs them
as the file does and every report names them as the translator does."""
from __future__ import annotations

import os
from typing import Optional

from ..errors import InputError
from ..formats.sniff import TMX, XLIFF, sniff
from ..language import detect_language
from ..model import (
    BODY, SEGMENTS, SOURCE_SIDE, TARGET_SIDE, Document, Paragraph, SegmentRef, SourceInfo,
)
from ..progress import Progress, ensure_progress
from ..textload import STDIN, RawFile, read_file
from .segments import BilingualFile, Segment, Side
from .xmlread import parse_xml


def read_bilingual(data: bytes, name: str, source: Optional[str] = None,
                   target: Optional[str] = None) -> BilingualFile:
    """``source``/``target`` choose a TMX's two languages (an XLIFF has its two)."""
    fmt = sniff(data, name)
    if fmt not in (XLIFF, TMX):
        raise InputError(f"{name}: not a bilingual file (XLIFF or TMX)")
    root = parse_xml(data, name)
    if fmt == XLIFF:
        from .xliff import read_xliff

        return read_xliff(root, name)
    from .tmx import read_tmx

    return read_tmx(root, name, source, target)


def load_pair(path: str, *, source_language: Optional[str] = None, target_language: Optional[str] = None,
              progress: Optional[Progress] = None) -> tuple[Document, Document]:
    """The file's sources and targets as two documents. ``*_language``: a
    TMX's languages to compare; for an XLIFF, the language to read a side in
    (the file's own otherwise)."""
    progress = ensure_progress(progress)
    progress.report("Reading", 0.0)
    raw = read_file(path)
    name = _name(path)
    bilingual = read_bilingual(raw.data, name, source_language, target_language)
    progress.report("Finding segments", 0.5)
    if not any(s.target is not None for s in bilingual.segments):
        raise InputError(f"{name}: no segment has a translation yet (every target is missing or empty); "
                         "there is nothing to compare")
    return (side_document(bilingual, raw, name, SOURCE_SIDE, source_language),
            side_document(bilingual, raw, name, TARGET_SIDE, target_language))


def side_document(bilingual: BilingualFile, raw: RawFile, name: str, side: str,
                  language: Optional[str] = None) -> Document:
    """One side of the file; ``language`` overrides what the file declares."""
    paragraphs = _paragraphs(bilingual.segments, side)
    if not paragraphs:
        raise InputError(f"{name}: no text found (every {side} segment is empty)")
    declared = bilingual.source_language if side == SOURCE_SIDE else bilingual.target_language
    code = _primary(language or declared) or detect_language(" ".join(p.text for p in paragraphs))
    info = SourceInfo(language=declared, bilingual=side)
    path = None if raw.path == STDIN else raw.path
    return Document(path, f"{name} · {side}", bilingual.encoding, code, paragraphs, raw.sha256,
                    bilingual.format, SEGMENTS, info)


def file_label(document: Document) -> str:
    """The file's name, without the side a bilingual file's document adds."""
    return document.name.rsplit(" · ", 1)[0] if document.info.bilingual else document.name


def _paragraphs(segments: tuple[Segment, ...], side: str) -> tuple[Paragraph, ...]:
    out = []
    for segment in segments:
        text: Optional[Side] = segment.source if side == SOURCE_SIDE else segment.target
        if text is None:
            continue
        ref = SegmentRef(segment.id, segment.unit, segment.file, text.codes, segment.state)
        out.append(Paragraph(len(out), text.text, BODY, text.line, text.line, None, ref))
    return tuple(out)


def _primary(tag: str) -> str:
    """"de-DE" -> "de": the engine's checks know languages, not regions."""
    return tag.strip().replace("_", "-").split("-")[0].lower() if tag else ""


def _name(path: str) -> str:
    return "standard input" if path == STDIN else os.path.basename(path)
