"""What the character source hands the page layout: *runs*, stretches of
glyphs on one baseline (one text-showing operator, cut where the pen
jumps), with their box, size and weight, in points with y upwards."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

# Marks a space guessed from a small gap between glyphs (not a space glyph):
# the word repair decides later whether it really separates two words. A
# Unicode noncharacter, so no text in a PDF can contain it.
WEAK_SPACE = "\ufdd0"
UNDEFINED_GLYPH = "\ufffd"
SCAN_COVER = 0.5  # a page this much covered by one image may be a scan


@dataclass
class Run:
    """Glyphs shown by one operator on one baseline, in page space.
    ``size`` is the font size as it appears on the page."""

    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    text: str
    # the same gap after each of its glyphs (character spacing, as OCR layers
    # set to fit a word to the scan): the gap to the next run that is just
    # this one is no space
    tracking: float = 0.0


@dataclass
class PageGlyphs:
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    undefined_chars: int = 0
    doubtful_chars: int = 0  # glyphs the font maps to no character (their codes were guessed)
    image_cover: float = 0.0  # the share of the page its largest image covers
    # text in other directions, each in its own frame (see ``frames``)
    asides: list["PageGlyphs"] = field(default_factory=list)


def is_finite_box(run: Run) -> bool:
    return all(math.isfinite(v) for v in (run.x0, run.x1, run.baseline, run.size))
