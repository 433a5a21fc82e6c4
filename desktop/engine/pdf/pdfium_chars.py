"""The characters of a page from PDFium (pypdfium2), gathered into runs.

PDFium parses the file and interprets the pages in C++; pdfminer.six's
pure-Python parser spent most of its time tokenising content streams (four
to eight times PDFium's, see ``desktop.bench.pdf_rows``). Only the calls that
are needed are made: per character its text object and its box, per text
object (one text-showing operator) its matrix, font and size.

Runs are what ``runs.Run`` describes: the glyphs of one text object on one
baseline, cut where the pen jumps (a tab stop, another column), with a space
where the gap between glyphs says so (a weak one for small gaps). Text in
any direction is kept: each page is read in the direction most of its text
runs in, and text at other angles (stamps, margin notes, a table turned on
its side) is read in its own direction and set aside (see ``frames``).

Runs inside one process only: PDFium is not thread-safe, and a hostile
file can crash it (the worker process is what protects the application)."""
from __future__ import annotations

import ctypes
import re
from typing import Optional

from .failures import NEEDS_PASSWORD, UNREADABLE, WRONG_PASSWORD, ExtractionFailure
from .frames import oriented_bucket
from .runs import SCAN_COVER, UNDEFINED_GLYPH, WEAK_SPACE, PageGlyphs, Run

# Gaps (in ems) between glyphs of one text object: kerning stays below the
# first; a word space in text without space glyphs (TeX, InDesign) is above
# the second; a jump longer than the third (a tab stop, another column)
# starts a new run, and the layout decides.
_WEAK_GAP = 0.1
_FIRM_GAP = 0.22
_SPLIT_GAP = 2.0
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab|ultrab", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18
_FILL_STROKE = 2  # text render mode: filled and outlined (fake bold)
_IMAGE, _FORM = 3, 5  # page object types
_MAX_OBJECTS_SCANNED = 20_000  # objects looked at for images (a page of plotted points has more)
_FEW_CHARS = 400  # a page with more text than this is no scan, whatever its images


class _Api:
    """Private prototypes of the PDFium calls used here: handles pass as
    plain integers (no wrapper objects on the hot path)."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        lib = raw
        p, i, d = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
        self.text_object = _proto(lib, "FPDFText_GetTextObject", p, (p, i))
        self.loose_box = _proto(lib, "FPDFText_GetLooseCharBox", i, (p, i, ctypes.POINTER(raw.FS_RECTF)))
        self.origin = _proto(lib, "FPDFText_GetCharOrigin", i, (p, i, ctypes.POINTER(d), ctypes.POINTER(d)))
        self.is_generated = _proto(lib, "FPDFText_IsGenerated", i, (p, i))
        self.map_error = _proto(lib, "FPDFText_HasUnicodeMapError", i, (p, i))
        self.is_hyphen = _proto(lib, "FPDFText_IsHyphen", i, (p, i))
        self.unicode = _proto(lib, "FPDFText_GetUnicode", ctypes.c_uint, (p, i))
        self.font_size = _proto(lib, "FPDFText_GetFontSize", d, (p, i))
        self.matrix = _proto(lib, "FPDFText_GetMatrix", i, (p, i, ctypes.POINTER(raw.FS_MATRIX)))
        self.object_font = _proto(lib, "FPDFTextObj_GetFont", p, (p,))
        self.render_mode = _proto(lib, "FPDFTextObj_GetTextRenderMode", i, (p,))
        self.font_flags = _proto(lib, "FPDFFont_GetFlags", i, (p,))
        self.font_name = _proto(lib, "FPDFFont_GetBaseFontName", ctypes.c_size_t, (p, ctypes.c_char_p, ctypes.c_size_t))


def _proto(raw, name: str, restype, argtypes):
    """A second prototype of one of pypdfium2's functions (its own stays as
    it is): same address, our argument and result types."""
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_API: Optional[_Api] = None


def _api() -> _Api:
    global _API
    if _API is None:
        _API = _Api()
        _API.raw.FPDF_InitLibrary()
    return _API


class PdfiumDocument:
    """An open document. ``page_glyphs(i)`` lays out page i (0-based)."""

    def __init__(self, data: bytes, password: Optional[str]) -> None:
        api = _api()
        raw = api.raw
        self._buffer = ctypes.create_string_buffer(data, len(data))  # PDFium reads it in place
        secret = password.encode("utf-8") if password else None
        self._handle = raw.FPDF_LoadMemDocument64(self._buffer, len(data), secret)
        if not self._handle:
            raise _open_failure(raw.FPDF_GetLastError(), bool(password))
        self.encrypted = raw.FPDF_GetSecurityHandlerRevision(self._handle) != -1
        self.page_count = raw.FPDF_GetPageCount(self._handle)

    def close(self) -> None:
        if self._handle:
            _api().raw.FPDF_CloseDocument(self._handle)
            self._handle = None

    def ends_before(self, index: int) -> bool:
        """Do the pages from ``index`` on fail to load, the next and the
        last alike? Then the page count was a claim, not pages."""
        raw = _api().raw
        for probe in {index, min(index + 1, self.page_count - 1), self.page_count - 1}:
            page = raw.FPDF_LoadPage(self._handle, probe)
            if page:
                raw.FPDF_ClosePage(page)
                return False
        return True

    def page_glyphs(self, index: int) -> PageGlyphs:
        raw = _api().raw
        page = raw.FPDF_LoadPage(self._handle, index)
        if not page:
            raise ExtractionFailure(UNREADABLE, f"page {index + 1} of this PDF is damaged and cannot be read")
        try:
            box = _media_box(raw, page)
            textpage = raw.FPDFText_LoadPage(page)
            if not textpage:
                raise ExtractionFailure(UNREADABLE, f"page {index + 1} of this PDF is damaged and cannot be read")
            try:
                collector = _PageCollector(textpage)
                collector.collect()
            finally:
                raw.FPDFText_ClosePage(textpage)
            # a scan matters only where there is little text
            cover = _image_cover(raw, page, box) if collector.count < _FEW_CHARS else 0.0
            return collector.glyphs(box, cover)
        finally:
            raw.FPDF_ClosePage(page)


def _open_failure(code: int, had_password: bool) -> ExtractionFailure:
    raw = _api().raw
    if code == raw.FPDF_ERR_PASSWORD:
        if had_password:
            return ExtractionFailure(WRONG_PASSWORD, "the password is wrong")
        return ExtractionFailure(NEEDS_PASSWORD, "this PDF is encrypted; a password is needed")
    if code == raw.FPDF_ERR_SECURITY:
        return ExtractionFailure(UNREADABLE, "this PDF uses an encryption Tandem cannot open")
    return ExtractionFailure(UNREADABLE, "this PDF is damaged and cannot be read")


def _media_box(raw, page) -> tuple[float, float, float, float]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if raw.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        x0, x1 = sorted((left.value, right.value))
        y0, y1 = sorted((bottom.value, top.value))
        if x1 - x0 > 1 and y1 - y0 > 1:
            return x0, y0, x1, y1
    return 0.0, 0.0, raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)


def _image_cover(raw, page, box) -> float:
    """The share of the page its largest image covers (a scan is one image
    over the whole page; forms one level down count). Looked for until one
    covers half the page: that is what tells a scan."""
    page_area = max(1.0, (box[2] - box[0]) * (box[3] - box[1]))
    largest = 0.0
    count = min(raw.FPDFPage_CountObjects(page), _MAX_OBJECTS_SCANNED)
    for index in range(count):
        item = raw.FPDFPage_GetObject(page, index)
        kind = raw.FPDFPageObj_GetType(item)
        if kind == _IMAGE:
            largest = max(largest, _area(raw, item) / page_area)
        elif kind == _FORM:
            inner = min(raw.FPDFFormObj_CountObjects(item), _MAX_OBJECTS_SCANNED)
            for part in (raw.FPDFFormObj_GetObject(item, i) for i in range(inner)):
                if raw.FPDFPageObj_GetType(part) == _IMAGE:
                    largest = max(largest, _area(raw, part) / page_area)
        if largest >= SCAN_COVER:
            break
    return min(1.0, largest)


def _area(raw, item) -> float:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(item, left, bottom, right, top):
        return 0.0
    return abs(right.value - left.value) * abs(top.value - bottom.value)


class _ObjectStyle:
    """What one text object says about all its glyphs."""

    __slots__ = ("bucket", "size", "em", "bold", "baseline")

    def __init__(self, bucket, size, em, bold, baseline) -> None:
        self.bucket, self.size, self.em, self.bold, self.baseline = bucket, size, em, bold, baseline


class _PageCollector:
    """A text page's characters grouped by text object, then made runs."""

    def __init__(self, textpage) -> None:
        self.api = _api()
        self.textpage = ctypes.cast(textpage, ctypes.c_void_p).value  # for our own prototypes
        self.count = self.api.raw.FPDFText_CountChars(textpage)
        self.text = [""] * self.count  # filled by ``_objects``
        self.upright: list[Run] = []
        self.turned: dict[float, list[tuple]] = {}  # bucket -> [(origins, texts, style)]
        self.undefined = 0
        self.doubtful = 0
        self._fonts: dict[int, bool] = {}  # font handle -> bold
        self._box = self.api.raw.FS_RECTF()

    def collect(self) -> None:
        upright: list[tuple[_ObjectStyle, list]] = []
        for handle, indices in self._objects():
            style = self._style(handle, indices[0])
            texts = self._texts(indices)
            if style.bucket is None:
                upright.append((style, self._boxes(indices, texts)))
            else:
                self._add_turned(style, indices, texts)
        for number, (style, glyphs) in enumerate(upright):
            following = upright[number + 1] if number + 1 < len(upright) else None
            self._add_upright(style, glyphs, _tracking(style, glyphs, following))

    def _objects(self) -> list[tuple[int, list[int]]]:
        """Character indices grouped by text object, in page order, and each
        character read (into ``self.text``). Spaces PDFium inferred are
        dropped (gaps are judged here), except inside turned text, whose
        glyph boxes are not measured."""
        text_object, is_generated, unicode, textpage = (
            self.api.text_object, self.api.is_generated, self.api.unicode, self.textpage)
        text = self.text
        objects: list[tuple[int, list[int]]] = []
        current, indices = None, []
        for index in range(self.count):
            handle = text_object(textpage, index)
            if not handle:
                continue  # a line break PDFium inferred
            code = unicode(textpage, index)
            if code == 32 and is_generated(textpage, index):
                if handle == current:
                    indices.append(-index - 1)  # marked: kept for turned text only
                continue
            text[index] = chr(code) if 32 <= code < 0x110000 else self._odd_code(index, code)
            if handle != current:
                current, indices = handle, [index]
                objects.append((handle, indices))
            else:
                indices.append(index)
        return objects

    def _odd_code(self, index: int, code: int) -> str:
        """PDFium gives its own code for a hyphen that ends a line; which
        hyphen it was is lost, and the word repair treats it as a
        hyphen-minus. Other control codes are glyph codes read as text."""
        if code == _LINE_END_HYPHEN and self.api.is_hyphen(self.textpage, index):
            return "-"
        return chr(code) if code < 0x110000 else UNDEFINED_GLYPH

    def _texts(self, indices: list[int]) -> list[str]:
        """The object's characters. Where the font maps a glyph to no
        character, PDFium gives its code instead: right in a simple font
        whose codes follow ASCII (many Type 3 fonts), noise in a CID font
        (glyph numbers). Such codes become U+FFFD when they cannot be text
        (control codes) or when the font shows itself a CID font (codes past
        255). The first glyph is checked, then each if that one failed."""
        text, map_error, textpage = self.text, self.api.map_error, self.textpage
        texts = [" " if index < 0 else text[index] for index in indices]
        if map_error(textpage, indices[0]):
            unmapped = [n for n, index in enumerate(indices) if index >= 0 and map_error(textpage, index)]
            self.doubtful += len(unmapped)
            glyph_numbers = any(ord(texts[n]) > 0xFF for n in unmapped)
            for n in unmapped:
                if glyph_numbers or not _printable_code(texts[n]):
                    texts[n] = UNDEFINED_GLYPH
        for n, char in enumerate(texts):
            if char < " ":  # a control code: a glyph code read as a character
                texts[n] = UNDEFINED_GLYPH
        self.undefined += texts.count(UNDEFINED_GLYPH)
        return texts

    def _add_upright(self, style: _ObjectStyle, glyphs: list, tracking: float) -> None:
        """Runs of one upright text object, measured on PDFium's loose boxes
        (the pen position before and after each glyph), less the spacing
        after each glyph (``tracking``)."""
        split, firm, weak = _SPLIT_GAP * style.em, _FIRM_GAP * style.em, _WEAK_GAP * style.em
        pieces: list[str] = []
        start = end = 0.0
        for char, left, right in glyphs:
            if pieces:
                gap = left - end
                previous = pieces[-1]
                # PDFium keeps one of several spaces in a row: a gap after a
                # space is theirs, not a jump of the pen
                if gap > split and not previous.isspace():
                    self._add_run(style, start, end, pieces)
                    pieces = []
                elif gap - tracking > weak and not (previous.isspace() or char.isspace()):
                    pieces.append(" " if gap - tracking > firm else WEAK_SPACE)
            if not pieces:
                start = left
            pieces.append(char)
            end = max(right, left)
        if pieces:
            self._add_run(style, start, end, pieces)
            self.upright[-1].tracking = tracking

    def _boxes(self, indices: list[int], texts: list[str]) -> list[tuple[str, float, float]]:
        loose_box, textpage, box = self.api.loose_box, self.textpage, self._box
        glyphs = []
        for index, char in zip(indices, texts):
            if index >= 0:
                loose_box(textpage, index, box)
                glyphs.append((char, box.left, box.right))
        return glyphs

    def _style(self, handle: int, index: int) -> _ObjectStyle:
        api, raw = self.api, self.api.raw
        matrix = raw.FS_MATRIX()
        api.matrix(self.textpage, index, matrix)
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        fontsize = abs(api.font_size(self.textpage, index)) or 1.0
        bucket = oriented_bucket(a, b, c, d)
        x, y = ctypes.c_double(), ctypes.c_double()
        api.origin(self.textpage, index, x, y)
        if bucket is None and self._runs_downwards(index, y.value, fontsize * abs(d)):
            bucket = -90.0  # vertical writing: glyphs stacked downwards
        size = fontsize * (c * c + d * d) ** 0.5
        em = fontsize * (a * a + b * b) ** 0.5 or 1.0
        bold = self._is_bold(handle)
        return _ObjectStyle(bucket, size, em, bold, y.value)

    def _runs_downwards(self, index: int, baseline: float, size: float) -> bool:
        if index + 1 >= self.count or self.api.text_object(self.textpage, index + 1) != \
                self.api.text_object(self.textpage, index):
            return False
        x, y = ctypes.c_double(), ctypes.c_double()
        self.api.origin(self.textpage, index + 1, x, y)
        return baseline - y.value > 0.5 * size

    def _is_bold(self, handle: int) -> bool:
        api = self.api
        if api.render_mode(handle) == _FILL_STROKE:
            return True
        font = api.object_font(handle)
        known = self._fonts.get(font or 0)
        if known is None:
            known = bool(font) and _font_is_bold(api, font)
            self._fonts[font or 0] = known
        return known

    def _add_run(self, style: _ObjectStyle, start: float, end: float, pieces: list[str]) -> None:
        text = "".join(pieces)
        self.upright.append(Run(start, max(end, start), style.baseline, style.size, style.bold, text))

    def _add_turned(self, style: _ObjectStyle, indices: list[int], texts: list[str]) -> None:
        """Text at an angle: its glyphs' origins, read later in the frame of
        its direction (see ``frames``), with PDFium's inferred spaces."""
        origins = []
        x, y = ctypes.c_double(), ctypes.c_double()
        for index in indices:
            self.api.origin(self.textpage, abs(index) - 1 if index < 0 else index, x, y)
            origins.append((x.value, y.value))
        self.turned.setdefault(style.bucket, []).append((origins, texts, style))

    def glyphs(self, box: tuple[float, float, float, float], image_cover: float) -> PageGlyphs:
        from .frames import page_glyphs

        glyphs = page_glyphs(box, self.upright, self.turned, image_cover, self.undefined)
        glyphs.doubtful_chars = self.doubtful
        return glyphs


def _tracking(style: _ObjectStyle, glyphs: list, following) -> float:
    """Space added after every glyph (character spacing: letter-spaced type,
    "P R E S S", and OCR layers fitting a word to the scan): the gap all
    glyphs of the object have alike. Three gaps alike prove it; fewer do
    when the next object on the line starts after that same gap (an OCR
    layer sets a word's last glyph apart, without spacing)."""
    low = high = None
    gaps = 0
    for before, after in zip(glyphs, glyphs[1:]):
        if before[0].isspace() or after[0].isspace():
            continue
        gap = after[1] - before[2]
        if gap <= 0:
            return 0.0  # glyphs that touch: ordinary text (the usual case, known at once)
        low, high = (gap, gap) if low is None else (min(low, gap), max(high, gap))
        if high - low > _alike(high):
            return 0.0
        gaps += 1
    if not gaps:
        return 0.0
    if gaps >= 3:
        return low
    if following is None:
        return 0.0
    next_style, next_glyphs = following
    if not next_glyphs or abs(next_style.baseline - style.baseline) > 0.1 * style.size:
        return 0.0
    return low if abs(next_glyphs[0][1] - glyphs[-1][2] - low) <= _alike(low) else 0.0


def _alike(gap: float) -> float:
    return 0.05 * gap + 0.01


def _printable_code(char: str) -> bool:
    return " " <= char <= "~" or "\u00a0" <= char <= "\u00ff"


_LINE_END_HYPHEN = 0x02  # PDFium's code for a hyphen (or soft hyphen) that ends a line


def _font_is_bold(api: _Api, font: int) -> bool:
    flags = api.font_flags(font)
    if flags != -1 and flags & _FORCE_BOLD_FLAG:
        return True
    buffer = ctypes.create_string_buffer(256)
    length = api.font_name(font, buffer, 256)
    name = buffer.raw[: max(0, min(length, 256) - 1)].decode("latin-1", "replace")
    return bool(_BOLD_NAME.search(name))
