"""Laid-out pages to the engine's paragraphs: furniture set aside, lines
grouped, words mended, kinds assigned."""
from __future__ import annotations

import re

from ..model import BODY, BOILERPLATE, HEADING, Paragraph
from ..segment import classify
from .furniture import furniture_lines, is_page_number
from .layout_types import PageLayout
from .paragraphs import Unit, build_units
from .placed import place_lines, type_style
from .runs import SCAN_COVER
from .words import Vocabulary, display_text, join_lines

_MAX_STYLED_HEADING_WORDS = 30
_SCAN_STAMP_WORDS = 8  # text a scanner or printer stamps on a page image
_ENDS_LIKE_PROSE = re.compile(r"[.,;][\"'”’»)\]]*$")
NO_TEXT = "this PDF has no text layer (it may be a scan); Tandem needs text"
NO_CHARACTER_MAP = ("this PDF's text cannot be read: its fonts carry no character map "
                    "(Tandem needs real text; try exporting the PDF again)")


class NoText(Exception):
    """The pages hold no usable text; the message says why."""


def paragraphs_from_pages(pages: list[PageLayout]) -> tuple[Paragraph, ...]:
    _check_text(pages)
    placed = place_lines(pages, _with_body_pages(pages, furniture_lines(pages)))
    style = type_style(placed)
    units = build_units(placed, style)
    vocabulary = Vocabulary()
    for unit in units:
        if not unit.furniture:
            vocabulary.add_lines([item.text for item in unit.lines])
    texts = [display_text(join_lines([item.text for item in unit.lines], vocabulary)) for unit in units]
    kept = [(unit, text) for unit, text in zip(units, texts) if text]
    if all(unit.furniture for unit, _ in kept):
        raise NoText(NO_TEXT)  # a scan with a printed page number, say
    return _with_kinds(kept)


def _with_body_pages(pages: list[PageLayout], furniture: set[int]) -> set[int]:
    """Furniture, less the pages it would empty: a page whose every line
    repeats on the others (the same two lines and a page number on each) is
    all its document says. A page number alone stays furniture (a blank
    page), and so does the stamp on a scanned page (a few words over an
    image that covers the page)."""
    kept = set(furniture)
    for page in pages:
        lines = [line for block in page.blocks for line in block.lines if not line.aside]
        if not lines or not all(id(line) in furniture for line in lines):
            continue
        wordy = [line for line in lines if not is_page_number(line.text)]
        scanned = page.image_cover >= SCAN_COVER
        if scanned and sum(len(line.text.split()) for line in wordy) <= _SCAN_STAMP_WORDS:
            continue
        for line in wordy or ([] if scanned else lines):
            kept.discard(id(line))
    return kept


def _check_text(pages: list[PageLayout]) -> None:
    chars = sum(page.chars for page in pages)
    undefined = sum(page.undefined_chars for page in pages)
    if chars == 0:
        raise NoText(NO_TEXT)
    if undefined > 0.5 * chars:
        raise NoText(NO_CHARACTER_MAP)


def _with_kinds(kept: list[tuple[Unit, str]]) -> tuple[Paragraph, ...]:
    """The text path's rules (``classify``) give the kinds; where the PDF's
    type styles mark headings, the styles decide instead."""
    units = [(text, unit.lines[0].number, unit.lines[-1].number, unit.lines[0].page)
             for unit, text in kept]
    guessed = classify(units)
    styled = any(_is_styled_heading(unit, text) for unit, text in kept)
    paragraphs = []
    for (unit, text), guess in zip(kept, guessed):
        kind = guess.kind
        if unit.furniture:
            kind = BOILERPLATE
        elif styled and kind != BOILERPLATE:
            kind = HEADING if _is_styled_heading(unit, text) else BODY
        paragraphs.append(Paragraph(guess.id, text, kind, guess.line, guess.end_line, guess.page))
    return tuple(paragraphs)


def _is_styled_heading(unit: Unit, text: str) -> bool:
    return (
        unit.heading_style
        and not unit.furniture
        and len(text.split()) <= _MAX_STYLED_HEADING_WORDS
        and not _ENDS_LIKE_PROSE.search(text)
    )
