"""Turns a paragraph into a laid-out, formatted QTextLayout.

Formats stack in this order (later wins where they overlap): the body text
colour, prose tokens from the shared Pygments style (only when the reader
asks for numbers, names and dates to be coloured), a bilingual file's
placeholders, word changes, drift, find matches. Layouts
are made only for paragraphs that are painted or measured, and cached.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

from desktop.engine.bilingual.inline import PLACEHOLDER
from desktop.engine.highlight import prose_tokens, style_for
from desktop.engine.model import BOILERPLATE, DELETE, HEADING, INSERT, REWRITTEN, Comparison, Drift, Paragraph

from .layout import LEFT, RIGHT
from .theme import DiffColours

PAD_X = 12.0
PAD_Y = 7.0
LONG_DRIFT = 80  # characters
_CODE = re.compile(re.escape(PLACEHOLDER))


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # "deleted", "inserted" (either "-soft"), "drift", "drift-long"
    drift: Optional[Drift] = None


def index_marks(comparison: Comparison) -> tuple[dict, dict]:
    """side -> {pid: [Mark]} for every word change and drift span."""
    marks: tuple[dict, dict] = ({}, {})
    for group in comparison.groups:
        # In a rewritten passage most words change: striking them all through
        # would make it unreadable, so its marks are quieter (see _mark_format).
        soft = "-soft" if group.edit == REWRITTEN or group.status == REWRITTEN else ""
        for change in group.changes:
            if change.op != INSERT and change.left_paragraph is not None and _real(change.left_span):
                marks[LEFT].setdefault(change.left_paragraph, []).append(Mark(*change.left_span, "deleted" + soft))
            if change.op != DELETE and change.right_paragraph is not None and _real(change.right_span):
                marks[RIGHT].setdefault(change.right_paragraph, []).append(
                    Mark(*change.right_span, "inserted" + soft))
        for drift in group.drift:
            for side, pid, span in ((LEFT, drift.left_paragraph, drift.left_span),
                                    (RIGHT, drift.right_paragraph, drift.right_span)):
                if pid is not None and span and _real(span):
                    marks[side].setdefault(pid, []).append(Mark(*span, _drift_kind(span), drift))
    return marks


def _drift_kind(span: tuple[int, int]) -> str:
    # a drift that covers whole sentences gets only its wavy underline: a
    # paragraph-wide fill would bury the word changes inside it
    return "drift-long" if span[1] - span[0] > LONG_DRIFT else "drift"


def _real(span) -> bool:
    return span is not None and span[1] > span[0]


class ParagraphRenderer:
    def __init__(self, comparison: Comparison, colours: DiffColours, font: QFont, *, entities: bool = False) -> None:
        self.comparison = comparison
        self.entities = entities  # numbers, names, quotes and dates coloured: an option, off by default
        self.colours = colours
        self.font = font
        self.heading_font = QFont(font)
        self.heading_font.setPointSizeF(font.pointSizeF() * 1.18)
        self.heading_font.setWeight(QFont.Weight.DemiBold)
        self.boilerplate_font = QFont(font)
        self.boilerplate_font.setItalic(True)
        self.marks = index_marks(comparison)
        self._token_formats = _token_formats(colours.dark)
        self._body_format = QTextCharFormat()
        self._body_format.setForeground(colours.text)
        self._tokens: dict[tuple[int, int], list] = {}
        self._layouts: dict[tuple[int, int], QTextLayout] = {}
        self._heights: dict[tuple[int, int], float] = {}
        self._estimates: dict[tuple[int, int], float] = {}
        self._width = -1.0
        self._find: Optional[re.Pattern] = None
        metrics = QFontMetricsF(font)
        self._line = metrics.lineSpacing()
        self._char = max(1.0, metrics.averageCharWidth())

    # --- state ----------------------------------------------------------------
    def set_width(self, width: float) -> None:
        if abs(width - self._width) >= 0.5:
            self._width = width
            self._layouts.clear()
            self._heights.clear()
            self._estimates.clear()

    @property
    def width(self) -> float:
        return self._width

    def set_find(self, pattern: Optional[re.Pattern]) -> None:
        self._find = pattern
        self._layouts.clear()  # heights stay: a find highlight changes no metrics

    def document(self, side: int):
        return self.comparison.left if side == LEFT else self.comparison.right

    def paragraph(self, side: int, pid: int) -> Paragraph:
        return self.document(side).paragraphs[pid]

    # --- sizes ----------------------------------------------------------------
    def height(self, side: int, pid: int) -> float:
        """Measured height if known, else a cheap estimate from text length."""
        key = (side, pid)
        known = self._heights.get(key)
        if known is not None:
            return known
        guess = self._estimates.get(key)
        return guess if guess is not None else self.estimate(side, pid)

    def measured(self, side: int, pid: int) -> bool:
        return (side, pid) in self._heights

    def measure(self, side: int, pid: int) -> float:
        """Exact height, without building the formatted layout: formats never
        change metrics (colours and underlines only; fonts are per paragraph),
        so a plain layout of the same text and font is exactly as tall."""
        key = (side, pid)
        if key not in self._heights:
            para = self.paragraph(side, pid)
            self._heights[key] = self._lay_out(QTextLayout(para.text, self._font_for(para)))
        return self._heights[key]

    def _font_for(self, para: Paragraph) -> QFont:
        if para.kind == HEADING:
            return self.heading_font
        return self.boilerplate_font if para.kind == BOILERPLATE else self.font

    def _lay_out(self, layout: QTextLayout) -> float:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        text_width = max(40.0, self._width - 2 * PAD_X)
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(text_width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        layout.endLayout()
        return math.ceil(y + 2 * PAD_Y)

    def estimate(self, side: int, pid: int) -> float:
        para = self.paragraph(side, pid)
        text_width = max(40.0, self._width - 2 * PAD_X)
        scale = 1.18 if para.kind == HEADING else 1.0
        lines = max(1, math.ceil(len(para.text) * self._char * scale * 1.04 / text_width))
        guess = lines * self._line * scale + 2 * PAD_Y
        self._estimates[(side, pid)] = guess
        return guess

    # --- layouts --------------------------------------------------------------
    def layout(self, side: int, pid: int) -> QTextLayout:
        key = (side, pid)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        para = self.paragraph(side, pid)
        layout = QTextLayout(para.text, self._font_for(para))
        layout.setFormats(self._formats(side, para))
        self._heights[key] = self._lay_out(layout)
        self._layouts[key] = layout
        return layout

    def char_at(self, side: int, pid: int, x: float, y: float) -> int:
        """Character index under a point given relative to the text's origin."""
        layout = self.layout(side, pid)
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if line.y() <= y < line.y() + line.height():
                return line.xToCursor(x)
        return -1

    def cursor_at(self, side: int, pid: int, x: float, y: float) -> int:
        """The caret position nearest a point, clamped into the paragraph:
        above its first line is its start, below its last line its end."""
        layout = self.layout(side, pid)
        count = layout.lineCount()
        if count == 0 or y < 0:
            return 0
        for i in range(count):
            line = layout.lineAt(i)
            if y < line.y() + line.height():
                return _index(line.xToCursor(max(0.0, x)))
        return len(self.paragraph(side, pid).text)

    def drift_at(self, side: int, pid: int, index: int) -> Optional[Drift]:
        for mark in self.marks[side].get(pid, ()):
            if mark.kind.startswith("drift") and mark.start <= index < mark.end:
                return mark.drift
        return None

    # --- formats --------------------------------------------------------------
    def _formats(self, side: int, para: Paragraph) -> list:
        # the body colour is part of the layout: QTextLayout.draw would
        # otherwise use whatever pen was set last (a label, a frame)
        ranges = [_range(0, len(para.text), self._body_format)]
        if para.kind == BOILERPLATE:
            ranges.append(_range(0, len(para.text), self._boilerplate_format()))
        elif self.entities:
            for start, end, kind in self._prose_tokens(side, para):
                ranges.append(_range(start, end, self._token_formats[kind]))
        if para.segment is not None:  # a bilingual file's placeholders: tinted, as CAT tools show tags
            ranges.extend(_range(m.start(), m.end(), self._code_format()) for m in _CODE.finditer(para.text))
        for mark in self.marks[side].get(para.id, ()):
            ranges.append(_range(mark.start, mark.end, self._mark_format(mark.kind)))
        if self._find is not None:
            for match in self._find.finditer(para.text):
                if match.end() > match.start():
                    ranges.append(_range(match.start(), match.end(), self._find_format()))
        return ranges

    def _prose_tokens(self, side: int, para: Paragraph) -> list:
        key = (side, para.id)
        if key not in self._tokens:
            document = self.comparison.left if side == LEFT else self.comparison.right
            self._tokens[key] = prose_tokens(para.text, document.language)
        return self._tokens[key]

    def _mark_format(self, kind: str) -> QTextCharFormat:
        c = self.colours
        fmt = QTextCharFormat()
        if kind == "deleted":
            fmt.setBackground(c.deleted_bg)
            fmt.setForeground(c.deleted_fg)
            fmt.setFontStrikeOut(True)
        elif kind == "inserted":
            fmt.setBackground(c.inserted_bg)
            fmt.setForeground(c.inserted_fg)
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(c.inserted_fg)
        elif kind in ("deleted-soft", "inserted-soft"):
            # a rewritten passage changes almost every word: lines under all
            # of them read as noise, so only a soft tint marks them (the
            # gutter's "rewritten" icon and the change bar say what it is)
            fmt.setBackground(_soft(c.deleted_bg if kind == "deleted-soft" else c.inserted_bg, c.paper))
        else:  # drift, drift-long
            if kind == "drift":
                fmt.setBackground(c.drift_bg)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(c.drift)
        return fmt

    def _find_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.colours.find_bg)
        fmt.setForeground(QColor("#000000") if not self.colours.dark else QColor("#ffffff"))
        return fmt

    def _code_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        tint = QColor(self.colours.focus)
        fmt.setForeground(tint)
        tint.setAlpha(40)
        fmt.setBackground(tint)
        return fmt

    def _boilerplate_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self.colours.boilerplate)  # italic comes from the paragraph's font
        return fmt


def _index(value) -> int:
    return int(value[0] if isinstance(value, tuple) else value)


def _soft(colour: QColor, paper: QColor) -> QColor:
    """Half way between a highlight colour and the paper."""
    return QColor((colour.red() + paper.red()) // 2, (colour.green() + paper.green()) // 2,
                  (colour.blue() + paper.blue()) // 2)


def _range(start: int, end: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start = start
    r.length = end - start
    r.format = fmt
    return r


def _token_formats(dark: bool) -> dict:
    """Pygments style entries as Qt character formats."""
    style = style_for(dark)
    formats = {}
    for token in (tok for tok in style.styles if style.styles[tok]):
        entry = style.style_for_token(token)
        fmt = QTextCharFormat()
        if entry["color"]:
            fmt.setForeground(QColor("#" + entry["color"]))
        # weight and slant are left out on purpose: see ParagraphRenderer.measure
        if entry["underline"]:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        formats[token] = fmt
    return formats
