"""Where a row of text must be cut because it holds two columns.

A gap in a row is a column gutter when
- a narrow strip of it stays empty in the rows above and below that have
  text right beside it (at least four, counted up to a row with text in the
  strip: a heading across the columns, a word of a justified line), and
- the text right of it starts at one x in two rows or more and runs on for a
  column's width (a column's left edge; the words after a river of
  justified spaces start anywhere, and the last words of right-justified
  lines end at the edge they share).
Rows are examined locally, so columns whose baselines do not line up (the
usual case) are handled as well as aligned ones.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .runs import Run

_MIN_GAP = 0.6  # ems: narrower gaps are word spaces (gutters are wider)
_WINDOW_ROWS = 8  # rows looked at above and below
_WINDOW_EMS = 10.0  # and no farther than this
_MIN_CLEAR_ROWS = 4  # rows above and below with the strip empty
_STRIP_ROWS = 4  # rows that narrow a gap down to the gutter
_MIN_STRIP = 0.5  # ems: the narrowest gutter
_ALIGN = 0.2  # ems: column edges line up, give or take rounding
_MIN_ALIGNED = 2  # rows (this one included) whose right-hand text starts at the edge
_COLUMN_WIDTH = 5.0  # ems: the text right of a gutter usually runs at least this far
_NEAR = 1.5  # ems: text this close to the strip is evidence about it


class Stretches:
    """A row's runs merged across word spaces: sorted, disjoint (x0, x1)
    stretches of text, searchable by x."""

    def __init__(self, row: list[Run], em: float) -> None:
        merged: list[list[float]] = []
        for run in row:
            if merged and run.x0 - merged[-1][1] < _MIN_GAP * em:
                merged[-1][1] = max(merged[-1][1], run.x1)
            else:
                merged.append([run.x0, run.x1])
        self.pairs = [(a, b) for a, b in merged]
        self.starts = [a for a, _ in merged]

    def text_end(self, start: float, gap: float) -> float:
        """Where the text beginning at ``start`` ends: at the first gap at
        least ``gap`` wide (another gutter, the end of the line)."""
        index = max(0, bisect_right(self.starts, start) - 1)
        end = self.pairs[index][1]
        for a, b in self.pairs[index + 1:]:
            if a - end >= gap:
                break
            end = b
        return end

    def within(self, low: float, high: float) -> list[tuple[float, float]]:
        """The stretches that overlap (low, high)."""
        first = max(0, bisect_right(self.starts, low) - 1)
        last = bisect_left(self.starts, high)
        return [(a, b) for a, b in self.pairs[first:last] if b > low]


def gutter_cuts(rows: list[list[Run]], em: float) -> list[set[float]]:
    """For each row, the x of the text starts it must be cut before."""
    stretches = [Stretches(row, em) for row in rows]
    baselines = [row[0].baseline for row in rows]
    cuts: list[set[float]] = []
    for index, row_stretches in enumerate(stretches):
        pairs = row_stretches.pairs
        if len(pairs) < 2:
            cuts.append(set())
            continue
        above = _walk(stretches, baselines, index, -1, em)
        below = _walk(stretches, baselines, index, 1, em)
        cuts.append({
            right[0]
            for left, right in zip(pairs, pairs[1:])
            if any(_is_gutter(strip, right[0], row_stretches.text_end(right[0], right[0] - left[1]),
                              right[0] - left[1], above, below, em)
                   for side in (above, below)
                   for strip in _strips(left[1], right[0], side[:_STRIP_ROWS], em))
        })
    return cuts


def _is_gutter(strip, column_start: float, text_end: float, gap: float, above, below, em: float) -> bool:
    """Enough rows keep the strip empty, and the text right of it starts at
    one x in several of them (a column's left edge; the words after a river
    of justified spaces start anywhere)."""
    count_above, rights_above = _clear_rows(strip, gap, above, em)
    count_below, rights_below = _clear_rows(strip, gap, below, em)
    if count_above + count_below < _MIN_CLEAR_ROWS:
        return False
    rights = [(column_start, text_end)] + rights_above + rights_below
    tolerance = _ALIGN * em
    for x, _ in rights:
        edge = [end - start for start, end in rights if abs(start - x) <= tolerance]
        # a column, not the last words of right-justified lines
        if len(edge) >= _MIN_ALIGNED and sorted(edge)[len(edge) // 2] >= _COLUMN_WIDTH * em:
            return True
    return False


def _strips(gap_start: float, gap_end: float, near_rows: list[Stretches], em: float) -> list[tuple[float, float]]:
    """The parts of a gap that the nearest rows on one side leave empty too
    (beside a short line, the gutter is only part of the gap). Each side is
    tried alone: on the other there may be a heading across the columns."""
    low, high = gap_start + 0.1 * em, gap_end - 0.1 * em
    free = [(low, high)]
    for row in near_rows:
        for a, b in row.within(low, high):
            free = [piece for lo, hi in free for piece in _subtract(lo, hi, a, b)]
    return [(lo, hi) for lo, hi in free if hi - lo >= _MIN_STRIP * em]


def _subtract(low: float, high: float, a: float, b: float) -> list[tuple[float, float]]:
    if b <= low or a >= high:
        return [(low, high)]
    return [piece for piece in ((low, a), (b, high)) if piece[1] > piece[0]]


def _walk(stretches: list[Stretches], baselines, index: int, direction: int, em: float) -> list[Stretches]:
    """Neighbouring rows going up (-1) or down (+1), nearest first."""
    rows = []
    near = index + direction
    while 0 <= near < len(stretches) and len(rows) < _WINDOW_ROWS:
        if abs(baselines[near] - baselines[index]) > _WINDOW_EMS * em:
            break
        rows.append(stretches[near])
        near += direction
    return rows


def _clear_rows(strip: tuple[float, float], gap: float, neighbours: list[Stretches], em: float) -> tuple[int, list]:
    """Rows, going away from this one, with text beside the strip but none in
    it, and the (start, end) of the text right of the strip in them; a row with text
    through it (a heading spanning the columns, a word of a justified line)
    ends the count. Rows with no text near the strip (another column's lines
    at other heights) say nothing."""
    low, high = strip
    reach = _NEAR * em
    count = 0
    rights: list[tuple[float, float]] = []
    for row in neighbours:
        if row.within(low, high):
            break
        near = row.within(low - reach, high + reach)
        if near:
            count += 1
            rights.extend([(a, row.text_end(a, gap)) for a, _ in near if a >= high][:1])
    return count, rights
