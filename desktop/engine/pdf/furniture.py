"""Running headers, footers and page numbers: the lines at the top and bottom
edge of the pages that repeat from page to page (numbers aside), or that are
page numbers by their form. They are kept aside as boilerplate."""
from __future__ import annotations

import re

from ..segment import is_furniture
from .layout_types import Line, PageLayout

_EDGE_ROWS = 2  # rows counted from the top and from the bottom of each page
_EDGE_SHARE = 0.08  # and anything this close to the edge (share of page height)
_DIGITS = re.compile(r"\d+")
_ROMAN_PAGE = re.compile(r"^[ivxlc]{1,6}$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def repetition_key(text: str) -> str:
    """Text with numbers blanked: "Page 3 of 12" and "Page 4 of 12" agree."""
    return _SPACES.sub(" ", _DIGITS.sub("#", text)).strip().casefold()


def furniture_lines(pages: list[PageLayout]) -> set[int]:
    """ids (``id(line)``) of the lines that are page furniture, text set
    aside by the page layout included. A line counts when it repeats, or
    when its whole row does: a header's left and right parts are one line
    on some pages and two on others, as the text under them decides."""
    edges = {page.number: _edge_lines(page) for page in pages}
    rows = {id(line): _row_key(line, lines) for lines in edges.values() for line in lines}
    places: dict[str, list[tuple[int, float]]] = {}  # key -> (page, baseline)
    for number, lines in edges.items():
        for line in lines:
            for key in {repetition_key(line.text), rows[id(line)]}:
                places.setdefault(key, []).append((number, line.baseline))
    needed = max(2, (len(pages) + 1) // 2)
    found = {id(line) for page in pages for block in page.blocks for line in block.lines if line.aside}
    for lines in edges.values():
        for line in lines:
            if (is_page_number(line.text) or _repeats(places[repetition_key(line.text)], line, needed)
                    or _repeats(places[rows[id(line)]], line, needed)):
                found.add(id(line))
    return found


def _row_key(line: Line, edge_lines: list[Line]) -> str:
    """The repetition key of the edge lines on ``line``'s baseline, left to
    right."""
    tolerance = max(1.0, 0.2 * line.size)
    row = sorted((other for other in edge_lines if abs(other.baseline - line.baseline) <= tolerance),
                 key=lambda other: other.x0)
    return repetition_key(" ".join(other.text for other in row))


def _repeats(places: list[tuple[int, float]], line: Line, needed: int) -> bool:
    """Found on enough pages at the same height: a headline that happens to
    repeat the header's title sits elsewhere and stays."""
    tolerance = max(2.0, 0.3 * line.size)
    pages = {page for page, baseline in places if abs(baseline - line.baseline) <= tolerance}
    return len(pages) >= needed


def _edge_lines(page: PageLayout) -> list[Line]:
    lines = [line for block in page.blocks for line in block.lines if not line.aside]
    if not lines:
        return []
    rows = sorted({round(line.baseline, 1) for line in lines}, reverse=True)
    top_rows = set(rows[:_EDGE_ROWS])
    bottom_rows = set(rows[-_EDGE_ROWS:])
    margin = _EDGE_SHARE * page.height
    edge = []
    for line in lines:
        row = round(line.baseline, 1)
        if row in top_rows or row in bottom_rows or line.bottom < margin or line.top > page.height - margin:
            edge.append(line)
    return edge


def is_page_number(text: str) -> bool:
    stripped = text.strip()
    return is_furniture(stripped) and any(c.isdigit() for c in stripped) or bool(
        _ROMAN_PAGE.match(stripped)
    )
