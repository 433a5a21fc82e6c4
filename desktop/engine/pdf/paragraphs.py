"""Lines in reading order become paragraphs.

Inside a block a new paragraph starts at a wider gap, a change of type
style, a list marker, a first-line indent, or after a short line in justified
text. Across blocks (next column, next page) the paragraph goes on when the
text says it does not end there: no sentence end, the same type style, and
either a lower-case start or a last line that ran to the margin."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .placed import Placed, TypeStyle

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_LIST_MARKER = re.compile(
    r"^(?:[•●○◦▪▫■□‣⁃∙·*]|[-–—](?=\s)|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[A-Z]\)|\(?[ivx]{1,4}\))\s"
)
_MAX_INTERRUPTIONS = 4  # captions, boxes, footnotes a paragraph may jump over
_GAP_FACTOR = 1.4  # a step this much over the usual line spacing separates paragraphs
_SMALL_GAP_FACTOR = 1.12  # ... and so may this much, if the text agrees
_SMALL_GAP_POINTS = 1.5


@dataclass
class Unit:
    """A paragraph before it gets its final text and kind."""

    lines: list[Placed] = field(default_factory=list)
    heading_style: bool = False
    list_item: bool = False
    furniture: bool = False


def build_units(placed: list[Placed], style: TypeStyle) -> list[Unit]:
    finder = _Finder(style, _uses_indents(placed))
    for item in placed:
        finder.add(item)
    return sorted(finder.units, key=lambda unit: unit.lines[0].number)


class _Finder:
    def __init__(self, style: TypeStyle, uses_indents: bool) -> None:
        self.style = style
        self.uses_indents = uses_indents
        self.units: list[Unit] = []
        self.body: list[Unit] = []  # the units that are not furniture, in order
        self.current: Unit | None = None  # the open paragraph of body text
        self.furniture: Unit | None = None

    def add(self, item: Placed) -> None:
        if item.furniture:
            self._add_furniture(item)
            return
        if self.current is not None and not self._starts_paragraph(self.current, item):
            target = self._broken_at_hyphen(item) or self.current
            target.lines.append(item)
            self.current = target
            return
        resumed = self._interrupted(item)
        if resumed is not None:
            resumed.lines.append(item)
            self.current = resumed
            return
        self.current = Unit([item], self.is_heading_style(item), bool(_LIST_MARKER.match(item.text)))
        self.units.append(self.current)
        self.body.append(self.current)

    def _interrupted(self, item: Placed) -> Unit | None:
        """The paragraph that captions, boxes or footnotes in other type cut
        in two: it goes on after them when the text says so."""
        body = self.body
        if len(body) < 2 or item.block == body[-1].lines[-1].block:
            return None
        for back in range(len(body) - 1, max(0, len(body) - 1 - _MAX_INTERRUPTIONS), -1):
            between, before = body[back], body[back - 1]
            if between.heading_style or self._same_style(between.lines[0], item):
                return None  # a heading or a paragraph like this one: a real end
            last = before.lines[-1]
            if self._same_style(last, item) and not before.heading_style:
                return before if self._continues_across(before, last, item) else None
        return None

    def _broken_at_hyphen(self, item: Placed) -> Unit | None:
        """An earlier paragraph that ends in the middle of a word ("engi-")
        before a caption or a box cut in: a lower-case line from another
        block finishes that word rather than the caption."""
        body = self.body
        if len(body) < 2 or item.block == body[-1].lines[-1].block or not _starts_lower(item.text):
            return None
        for before in body[-2:-2 - _MAX_INTERRUPTIONS:-1]:
            last = before.lines[-1]
            if before.heading_style or not self._same_style(last, item):
                continue
            if last.text.endswith(("-", "\u2010", "\u00ad")) and last.text[-2:-1].isalpha():
                return before
        return None

    def _add_furniture(self, item: Placed) -> None:
        last = self.furniture
        if last is not None and last.lines[-1].block == item.block and last.lines[-1].number == item.number - 1:
            last.lines.append(item)
            return
        self.furniture = Unit([item], furniture=True)
        self.units.append(self.furniture)

    def is_heading_style(self, item: Placed) -> bool:
        line = item.line
        return line.size >= 1.12 * self.style.body_size or (line.bold and not self.style.body_bold)

    def _same_style(self, a: Placed, b: Placed) -> bool:
        sa, sb = a.line.size, b.line.size
        return abs(sa - sb) <= 0.08 * max(sa, sb) and a.line.bold == b.line.bold

    def _starts_paragraph(self, unit: Unit, item: Placed) -> bool:
        prev = unit.lines[-1]
        if not self._same_style(prev, item):
            return True
        if item.block == prev.block:
            return self._breaks_in_block(unit, prev, item)
        return not self._continues_across(unit, prev, item)

    # -- inside one block

    def _breaks_in_block(self, unit: Unit, prev: Placed, item: Placed) -> bool:
        step = prev.line.baseline - item.line.baseline
        expected = self.style.leading * item.line.size / self.style.body_size
        if step > _GAP_FACTOR * expected:
            return True
        if step > _SMALL_GAP_FACTOR * expected and step - expected >= _SMALL_GAP_POINTS:
            # a little extra space: paragraph spacing, or a taller line (a
            # superscript, a bigger glyph); only a line that can end a
            # paragraph, followed by one that can start one, is a break
            if _ends_paragraph_like(prev) and not _starts_lower(item.text):
                return True
        if _LIST_MARKER.match(item.text):
            return True
        if unit.heading_style:
            return False
        if unit.list_item:
            return self._list_item_ends(unit, prev, item)
        if _is_first_line_indent(prev, item):
            return True
        return _after_short_line(prev, item)

    def _list_item_ends(self, unit: Unit, prev: Placed, item: Placed) -> bool:
        if _starts_lower(item.text):
            return False
        if len(unit.lines) >= 2 and item.line.x0 < unit.lines[1].line.x0 - 0.5 * item.line.size:
            return True  # back out of the item's hanging indent
        return _next_word_would_fit(prev, item)

    # -- from one block to the next (column, page, box)

    def _continues_across(self, unit: Unit, prev: Placed, item: Placed) -> bool:
        if unit.heading_style or self.is_heading_style(item) or _LIST_MARKER.match(item.text):
            return False
        text = prev.text
        if text.endswith(("-", "\u2010", "\u00ad", ",")) and _starts_lower(item.text):
            return True
        if text.endswith(("-", "\u2010", "\u00ad")) and text[-2:-1].isalpha():
            return False  # half a word goes on with the other half, not a caption or a table
        flowed = item.page != prev.page or item.line.baseline > prev.line.baseline + 0.5 * item.line.size
        if not flowed:
            return not _SENTENCE_END.search(text) and _starts_lower(item.text)
        ran_to_margin = prev.line.x1 >= prev.shape.right - 1.5 * item.line.size
        if text.endswith(":"):  # what a colon announces (a quote, a list) starts anew
            return _starts_lower(item.text)
        if not _SENTENCE_END.search(text):
            return _starts_lower(item.text) or ran_to_margin
        # A sentence ended at the break. In a document that marks paragraphs
        # by indenting them, an unindented first line goes on the paragraph.
        return self.uses_indents and ran_to_margin and not _indented_start(item)


def _ends_paragraph_like(prev: Placed) -> bool:
    text = prev.text
    short = prev.line.x1 < prev.shape.right - 2 * prev.line.size
    return bool(_SENTENCE_END.search(text)) or text.endswith(":") or short


def _starts_lower(text: str) -> bool:
    first = text.lstrip("\"'“‘«(")[:1]
    return first.islower()


def _is_first_line_indent(prev: Placed, item: Placed) -> bool:
    shape = item.shape
    if not shape.left_aligned or shape.lines < 3:
        return False
    size = item.line.size
    return item.line.x0 > shape.left + 0.7 * size and prev.line.x0 <= shape.left + 0.3 * size


def _indented_start(item: Placed) -> bool:
    shape = item.shape
    return shape.lines >= 2 and item.line.x0 > shape.left + 0.7 * item.line.size


def _after_short_line(prev: Placed, item: Placed) -> bool:
    """The previous line stopped short of the margin for no reason of space:
    a paragraph ended there. (Justified text shows it best; in ragged text
    the first word of the next line must have fitted.)"""
    if _starts_lower(item.text) or not prev.shape.left_aligned:
        return False
    if prev.shape.justified and prev.line.x1 < prev.shape.right - 1.5 * prev.line.size:
        return True
    return _next_word_would_fit(prev, item)


def _next_word_would_fit(prev: Placed, item: Placed) -> bool:
    """Would the first word of ``item`` have fitted at the end of ``prev``?
    Line breaking only moves a word down when it does not, so if it would
    have, the line was ended on purpose. Character width is measured on the
    previous line itself."""
    width = prev.line.x1 - prev.line.x0
    if width <= 0 or not prev.text:
        return False
    per_char = width / len(prev.text)
    word = item.text.split(" ", 1)[0]
    room = prev.shape.right - prev.line.x1
    return room > (len(word) + 1) * per_char * 1.25 + 0.3 * prev.line.size


def _uses_indents(placed: list[Placed]) -> bool:
    """Does the document mark paragraphs with a first-line indent?"""
    count = 0
    for before, item, after in zip(placed, placed[1:], placed[2:]):
        if before.block == item.block == after.block and _is_first_line_indent(before, item):
            if after.line.x0 <= item.shape.left + 0.3 * after.line.size:
                count += 1
    return count >= 2
