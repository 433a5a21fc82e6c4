"""A lean pdfminer device: text-showing operators become *runs* (a stretch of
glyphs on one baseline with its box, size and font) instead of one ``LTChar``
object per glyph. pdfminer's own layout objects cost most of its time; this
device does the same geometry in a fraction of it, and the page layout is then
rebuilt from the runs (see ``page_layout``)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFUnicodeNotDefined

# Marks a space guessed from a small gap between glyphs (not a space glyph):
# the word repair decides later whether it really separates two words. A
# Unicode noncharacter, so no text in a PDF can contain it.
WEAK_SPACE = "\ufdd0"
UNDEFINED_GLYPH = "\ufffd"
# Gaps (in ems) between glyphs of one text operator: kerning stays below the
# first; a word space in text without space glyphs (TeX, InDesign) is above
# the second.
_WEAK_GAP = 0.1
_FIRM_GAP = 0.22
_SPLIT_GAP = 2.0  # ems: a longer jump starts a new run (the layout decides)
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab|ultrab", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18


@dataclass
class Run:
    """Glyphs shown by one operator on one baseline, in device space (points,
    y upwards). ``size`` is the font size as it appears on the page."""

    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool
    text: str


@dataclass
class PageGlyphs:
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    undefined_chars: int = 0
    images: int = 0


class GlyphCollector(PDFTextDevice):
    """Collects ``Run``s for the page being interpreted."""

    def __init__(self, rsrcmgr) -> None:
        super().__init__(rsrcmgr)
        self.page: PageGlyphs | None = None
        # per font: cid -> (text, width in ems); fonts live as long as the page
        # interpreter's resource cache, so id() stays unique while we hold them
        self._text_cache: dict[int, dict[int, tuple[str, float]]] = {}
        self._fonts: list = []
        self._bold_cache: dict[int, bool] = {}

    def begin_page(self, page, ctm) -> None:
        # pdfminer's page matrix already puts the lower-left corner of the
        # page as shown (after /Rotate) at (0, 0).
        x0, y0, x1, y1 = page.mediabox
        width, height = abs(x1 - x0), abs(y1 - y0)
        if page.rotate in (90, 270):
            width, height = height, width
        self.page = PageGlyphs(width, height)

    def render_image(self, name, stream) -> None:
        if self.page is not None:
            self.page.images += 1

    def render_string(self, textstate, seq, ncs, graphicstate) -> None:
        font = textstate.font
        if font is None or self.page is None or font.is_vertical():
            return
        a, b, c, d, e, f = _multiply(textstate.matrix, self.ctm)
        scaling = textstate.scaling * 0.01
        if abs(b) > 1e-3 * abs(a) or abs(c) > 1e-3 * abs(d) or a <= 0 or d <= 0:
            # text at an angle (stamps, margin notes, watermarks) or mirrored
            # is left out of the reading order
            textstate.linematrix = _advance(textstate, seq, font, scaling)
            return
        self._collect(textstate, seq, font, scaling, (a, d, e, f))

    def _collect(self, textstate, seq, font, scaling, matrix) -> None:
        a, d, e, f = matrix
        fontsize = textstate.fontsize
        size = abs(d) * fontsize
        charspace = textstate.charspace * scaling
        wordspace = 0.0 if font.is_multibyte() else textstate.wordspace * scaling
        dxscale = 0.001 * fontsize * scaling
        em = fontsize * scaling or 1.0
        texts = self._texts(font)
        x, y = textstate.linematrix
        baseline = f + d * (y + textstate.rise)
        start = None
        pieces: list[str] = []
        pending_gap = 0.0
        need_charspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                shift = -obj * dxscale
                x += shift
                pending_gap += shift
                need_charspace = True
                continue
            if not isinstance(obj, bytes):
                continue
            for cid in font.decode(obj):
                if need_charspace:
                    x += charspace
                glyph = texts.get(cid)
                if glyph is None:
                    glyph = texts[cid] = (_to_text(font, cid), font.char_width(cid))
                if pending_gap > _SPLIT_GAP * em and pieces:
                    # a jump (a tab stop, another column) inside one operator
                    self._add_run(textstate, font, matrix, start, x - pending_gap, baseline, size, pieces)
                    start, pieces = None, []
                elif pending_gap > _WEAK_GAP * em and pieces and not (
                    pieces[-1].isspace() or glyph[0].isspace()
                ):
                    pieces.append(" " if pending_gap > _FIRM_GAP * em else WEAK_SPACE)
                pending_gap = 0.0
                if start is None:
                    start = x
                pieces.append(glyph[0])
                x += glyph[1] * fontsize * scaling
                if cid == 32 and wordspace:
                    x += wordspace
                need_charspace = True
        textstate.linematrix = (x, y)
        if start is not None and pieces:
            self._add_run(textstate, font, matrix, start, x, baseline, size, pieces)

    def _add_run(self, textstate, font, matrix, start, end, baseline, size, pieces) -> None:
        a, _, e, _ = matrix
        text = "".join(pieces)
        self.page.undefined_chars += text.count(UNDEFINED_GLYPH)
        x0, x1 = e + a * start, e + a * end
        bold = self._is_bold(font) or textstate.render == 2
        self.page.runs.append(Run(x0, max(x1, x0), baseline, size, bold, text))

    def _texts(self, font) -> dict[int, tuple[str, float]]:
        key = id(font)
        cache = self._text_cache.get(key)
        if cache is None:
            cache = self._text_cache[key] = {}
            self._fonts.append(font)  # keeps the id from being reused
        return cache

    def _is_bold(self, font) -> bool:
        key = id(font)
        known = self._bold_cache.get(key)
        if known is None:
            flags = (getattr(font, "descriptor", None) or {}).get("Flags", 0)
            name = str(getattr(font, "fontname", "") or "")
            known = bool(_BOLD_NAME.search(name)) or (isinstance(flags, int) and bool(flags & _FORCE_BOLD_FLAG))
            self._bold_cache[key] = known
        return known


def _to_text(font, cid: int) -> str:
    try:
        text = font.to_unichr(cid)
    except PDFUnicodeNotDefined:
        return UNDEFINED_GLYPH
    except Exception:  # a broken ToUnicode map must not stop the page
        return UNDEFINED_GLYPH
    return text if isinstance(text, str) else UNDEFINED_GLYPH


def _advance(textstate, seq, font, scaling) -> tuple[float, float]:
    """Where the pen ends for text we do not keep (rotated), so what follows
    in the same text object stays in place."""
    x, y = textstate.linematrix
    for obj in seq:
        if isinstance(obj, (int, float)):
            x -= obj * 0.001 * textstate.fontsize * scaling
        elif isinstance(obj, bytes):
            for cid in font.decode(obj):
                x += font.char_width(cid) * textstate.fontsize * scaling + textstate.charspace * scaling
    return (x, y)


def _multiply(m1, m0) -> tuple[float, ...]:
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def is_finite_box(run: Run) -> bool:
    return all(math.isfinite(v) for v in (run.x0, run.x1, run.baseline, run.size))
