"""A second reader of characters, pdfminer.six, for the pages whose fonts
PDFium cannot map to characters: PDFium then gives a glyph's code instead
(right where the codes follow ASCII, noise elsewhere), while pdfminer reads
the glyph names of a Type 3 font's encoding and the standard encodings.
Slower (pure Python), so only such pages go through it (``reader_process``).

A lean pdfminer device: text-showing operators become runs (see ``runs``)
instead of one ``LTChar`` object per glyph; text at an angle is kept for its
own frame, as PDFium's is (``frames``)."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Optional

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdffont import PDFUnicodeNotDefined

from .frames import oriented_bucket, page_glyphs
from .runs import UNDEFINED_GLYPH, WEAK_SPACE, PageGlyphs, Run

# Gaps (in ems) between glyphs of one text operator, as in ``pdfium_chars``.
_WEAK_GAP = 0.1
_FIRM_GAP = 0.22
_SPLIT_GAP = 2.0  # ems: a longer jump starts a new run (the layout decides)
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab|ultrab", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18


@dataclass
class TurnedStyle:
    size: float
    em: float
    bold: bool


class PdfminerPages:
    """Pages read one at a time, on demand. Raises nothing: a page it cannot
    read gives None (PDFium's reading stands)."""

    def __init__(self, data: bytes, password: Optional[str]) -> None:
        self._data, self._password = data, password
        self._pages: Optional[list] = None
        self._interpreter = self._device = None
        self.document = None

    def page_glyphs(self, index: int) -> Optional[PageGlyphs]:
        try:
            self._open()
            self._interpreter.process_page(self._pages[index])
        except Exception:  # pdfminer raises many kinds on damaged files
            return None
        device = self._device
        box = (0.0, 0.0, device.page.width, device.page.height)
        return page_glyphs(box, device.page.runs, device.turned, device.page.image_cover,
                           device.page.undefined_chars)

    def _open(self) -> None:
        if self._pages is not None:
            return
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        _quiet_pdfminer()
        self.document = PDFDocument(PDFParser(io.BytesIO(self._data)), password=self._password or "")
        self._pages = list(PDFPage.create_pages(self.document))
        manager = PDFResourceManager(caching=True)
        self._device = GlyphCollector(manager)
        self._interpreter = PDFPageInterpreter(manager, self._device)


class PdfminerDocument:
    """A whole document read by pdfminer.six, for files PDFium refuses as
    damaged (pdfminer's repairs differ). The interface of
    ``pdfium_chars.PdfiumDocument``."""

    def __init__(self, data: bytes, password: Optional[str]) -> None:
        from .failures import UNREADABLE, ExtractionFailure

        self._reader = PdfminerPages(data, password)
        try:
            self._reader._open()
        except Exception:
            raise ExtractionFailure(UNREADABLE, "this PDF is damaged and cannot be read") from None
        self.encrypted = bool(getattr(self._reader.document, "encryption", None))
        self.page_count = len(self._reader._pages)

    def page_glyphs(self, index: int) -> PageGlyphs:
        from .failures import UNREADABLE, ExtractionFailure

        glyphs = self._reader.page_glyphs(index)
        if glyphs is None:
            raise ExtractionFailure(UNREADABLE, f"page {index + 1} of this PDF is damaged and cannot be read")
        return glyphs

    def ends_before(self, index: int) -> bool:
        return False

    def close(self) -> None:
        pass


def _quiet_pdfminer() -> None:
    """pdfminer logs a warning for every oddity of real-world files; the
    user gets one clear message from us instead."""
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)


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
        self.turned: dict[float, list[tuple]] = {}  # bucket -> [(origins, texts, style)]

    def begin_page(self, page, ctm) -> None:
        # pdfminer's page matrix already puts the lower-left corner of the
        # page as shown (after /Rotate) at (0, 0).
        x0, y0, x1, y1 = page.mediabox
        width, height = abs(x1 - x0), abs(y1 - y0)
        if page.rotate in (90, 270):
            width, height = height, width
        self.page = PageGlyphs(width, height)
        self.turned: dict[float, list[tuple]] = {}

    def render_image(self, name, stream) -> None:
        """An image fills the unit square of the current matrix."""
        if self.page is not None:
            a, b, c, d, _, _ = self.ctm
            share = abs(a * d - b * c) / max(1.0, self.page.width * self.page.height)
            self.page.image_cover = min(1.0, max(self.page.image_cover, share))

    def render_string(self, textstate, seq, ncs, graphicstate) -> None:
        font = textstate.font
        if font is None or self.page is None or font.is_vertical():
            return
        a, b, c, d, e, f = _multiply(textstate.matrix, self.ctm)
        scaling = textstate.scaling * 0.01
        bucket = oriented_bucket(a, b, c, d)
        if bucket is not None:
            # text at an angle (stamps, margin notes, a table turned on its
            # side): its glyph origins, read in its own frame (``frames``)
            self._collect_turned(textstate, seq, font, scaling, (a, b, c, d, e, f), bucket)
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

    def _collect_turned(self, textstate, seq, font, scaling, matrix, bucket) -> None:
        a, b, c, d, e, f = matrix
        fontsize = textstate.fontsize
        x, y = textstate.linematrix
        y += textstate.rise
        origins, texts = [], []
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * 0.001 * fontsize * scaling
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    origins.append((a * x + c * y + e, b * x + d * y + f))
                    texts.append(_to_text(font, cid))
                    x += font.char_width(cid) * fontsize * scaling + textstate.charspace * scaling
        textstate.linematrix = (x, textstate.linematrix[1])
        if origins:
            self.page.undefined_chars += texts.count(UNDEFINED_GLYPH)
            size = fontsize * (c * c + d * d) ** 0.5
            em = fontsize * scaling * (a * a + b * b) ** 0.5 or 1.0
            style = TurnedStyle(size, em, self._is_bold(font) or textstate.render == 2)
            self.turned.setdefault(bucket, []).append((origins, texts, style))


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

