"""Where paragraphs stand in their source, in words: a PDF's pages, a text
file's (or web page's, or e-mail body's) lines, a word processor's
paragraphs (Word and Writer have no lines to point at), a bilingual file's
segments by the ids the translator knows them by."""
from __future__ import annotations

from .model import PARAGRAPHS, Document, Paragraph

_SHORT = {True: "par.", False: "l."}
_LONG = {True: ("Paragraph", "Paragraphs"), False: ("Line", "Lines")}


def short_place(document: Document, first: Paragraph, last: Paragraph) -> str:
    """"p. 2", "pp. 2–3", "l. 14–16", "par. 7", "seg. u4"."""
    if first.segment is not None and last.segment is not None:
        return f"seg. {first.segment.id}" + (f"–{last.segment.id}" if last.segment.id != first.segment.id else "")
    if first.page is not None:
        return f"p. {first.page}" if first.page == last.page or last.page is None else f"pp. {first.page}–{last.page}"
    label = _SHORT[document.positions == PARAGRAPHS]
    return f"{label} {first.line}" if first.line == last.end_line else f"{label} {first.line}–{last.end_line}"


def long_place(document: Document, paragraph: Paragraph) -> str:
    """"Lines 3–5, page 2", "Paragraph 7", "Segment u4, line 12"."""
    if paragraph.segment is not None:
        return f"Segment {paragraph.segment.id}, line {paragraph.line}"
    one, many = _LONG[document.positions == PARAGRAPHS]
    where = f"{one} {paragraph.line}" if paragraph.line == paragraph.end_line else (
        f"{many} {paragraph.line}–{paragraph.end_line}")
    return where + (f", page {paragraph.page}" if paragraph.page is not None else "")


def line_label(document: Document) -> str:
    """The short label of one position ("l." or "par.")."""
    return _SHORT[document.positions == PARAGRAPHS]


def paragraph_label(document: Document, paragraph: Paragraph) -> str:
    """A paragraph in a terminal's report: "¶3 l.14", "¶3 p.2", "¶3 seg. u4"."""
    if paragraph.segment is not None:
        return f"¶{paragraph.id} seg. {paragraph.segment.id}"
    if paragraph.page:
        return f"¶{paragraph.id} p.{paragraph.page}"
    return f"¶{paragraph.id} {line_label(document)}{paragraph.line}"
