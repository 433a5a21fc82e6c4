"""What every structured reader (web page, Word, Writer, RTF, e-mail) hands
on: units of text with the kind its markup says, if it says one, and where
they stand in the source. Kinds the markup leaves open are guessed as for
plain text (``segment.classify``)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from ..model import BODY, BOILERPLATE, Paragraph
from ..segment import classify, is_furniture

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Unit:
    text: str
    line: int
    end_line: int
    kind: Optional[str] = None  # HEADING, BODY or BOILERPLATE when the markup says; None: guess


def clean_text(text: str) -> str:
    """One line of text as shown: every run of white space one space (no-break
    spaces stay: they hold a number to its unit), soft hyphens and zero-width
    marks gone."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    text = _SPACE.sub(lambda m: "\u00a0" if m.group(0) == "\u00a0" else " ", text)
    return unicodedata.normalize("NFC", text).strip()


def paragraphs_of(units: list[Unit]) -> tuple[Paragraph, ...]:
    """Paragraphs, ids 0..n-1, of the units that hold text."""
    kept = [u for u in units if u.text.strip()]
    guessed = classify([(u.text, u.line, u.end_line, None) for u in kept])
    return tuple(_with_kind(p, u.kind) for p, u in zip(guessed, kept))


def _with_kind(paragraph: Paragraph, kind: Optional[str]) -> Paragraph:
    if kind is None or paragraph.kind == BOILERPLATE and kind == BODY and is_furniture(paragraph.text):
        return paragraph  # "Share", a page number: furniture whatever the markup
    return Paragraph(paragraph.id, paragraph.text, kind, paragraph.line, paragraph.end_line, paragraph.page)
