"""One page's runs of glyphs become lines, lines become blocks, and blocks
are put in reading order.

Lines: runs on one baseline, sorted left to right; a row is cut where a
column gutter runs through it (see ``gutters``), so two columns whose
baselines happen to align do not merge, while the wide spaces of justified
text do not cut.
"""
from __future__ import annotations

import statistics

from .runs import WEAK_SPACE, PageGlyphs, Run, is_finite_box
from .gutters import gutter_cuts
from .rows import group_rows
from .layout_types import Block, Line, PageLayout
from .reading_order import order_blocks

_ALWAYS_CUT_GAP = 3.0  # ems: wider gaps cut a row unless it is a justified line
_NEIGHBOUR_ROWS = 4  # rows searched for the line above or below in the same column
_BLOCK_MAX_STEP = 2.3  # baseline-to-baseline distance (in sizes) within a block
_MAX_SIZE_RATIO = 1.1  # blocks only hold lines of (nearly) one size


def analyse_page(number: int, glyphs: PageGlyphs) -> PageLayout:
    shown, hidden = _by_visibility(glyphs)
    layout = PageLayout(number, glyphs.width, glyphs.height, image_cover=glyphs.image_cover,
                        undefined_chars=glyphs.undefined_chars)
    layout.blocks = _blocks_in_order(shown)
    # Text no reader sees (off the page) or that runs another way is kept,
    # after the page's own, as boilerplate: never lost, never compared.
    aside = _blocks_in_order(hidden)
    for frame in glyphs.asides:
        aside.extend(_blocks_in_order(_unique_runs([r for r in frame.runs if _has_text(r)])))
    for block in aside:
        for line in block.lines:
            line.aside = True
    layout.blocks.extend(aside)
    layout.chars = sum(len(line.text) for block in layout.blocks for line in block.lines)
    return layout


def _blocks_in_order(runs: list[Run]) -> list[Block]:
    if not runs:
        return []
    em = statistics.median(r.size for r in runs) or 10.0
    rows = group_rows(runs)
    cuts = gutter_cuts(rows, em)
    lines = [
        line for index, row in enumerate(rows)
        for piece in _cut_at(row, cuts[index])
        for line in _row_lines(piece, em, _like_neighbours(rows, index, piece, em))
    ]
    return order_blocks(_blocks(lines))


def _by_visibility(glyphs: PageGlyphs) -> tuple[list[Run], list[Run]]:
    """Runs with a place on the page, and those parked outside the page box
    (some generators do that with text no reader sees)."""
    runs = _unique_runs([r for r in glyphs.runs if _has_text(r)])
    shown = [r for r in runs if _on_page(r, glyphs)]
    return shown, [r for r in runs if not _on_page(r, glyphs)]


def _has_text(run: Run) -> bool:
    return is_finite_box(run) and bool(run.text.strip(WEAK_SPACE + " "))


def _on_page(run: Run, glyphs: PageGlyphs) -> bool:
    return run.x1 > 0 and run.x0 < glyphs.width and -run.size < run.baseline < glyphs.height + run.size


def _unique_runs(runs: list[Run]) -> list[Run]:
    """Text printed twice at one place (fake bold, shadows) counts once."""
    seen = set()
    unique = []
    for run in runs:
        key = (run.text, round(run.x0), round(run.baseline))
        if key not in seen:
            seen.add(key)
            unique.append(run)
    return unique


def _cut_at(row: list[Run], cuts: set[float]) -> list[list[Run]]:
    """A row cut before the runs that start a column."""
    pieces: list[list[Run]] = [[row[0]]]
    for run in row[1:]:
        if run.x0 in cuts:
            pieces.append([])
        pieces[-1].append(run)
    return pieces


def _row_lines(piece: list[Run], em: float, justified: bool) -> list[Line]:
    """A piece of a row (one column's) as lines: cut again at very wide
    gaps, unless it spans the same width as the lines around it (a
    justified line, however thinly spread)."""
    lines: list[Line] = []
    current: list[Run] = [piece[0]]
    for run in piece[1:]:
        gap = run.x0 - max(r.x1 for r in current)
        if gap >= _ALWAYS_CUT_GAP * em and not justified:
            lines.append(_line(current))
            current = []
        current.append(run)
    lines.append(_line(current))
    return lines


def _like_neighbours(rows: list[list[Run]], index: int, piece: list[Run], em: float) -> bool:
    """Does the piece span the same width as the nearest text of its column
    above or below?"""
    left, right = piece[0].x0, max(r.x1 for r in piece)
    for direction in (-1, 1):
        near = index + direction
        for _ in range(_NEIGHBOUR_ROWS):
            if not 0 <= near < len(rows):
                break
            inside = [r for r in rows[near] if r.x1 > left + 0.2 * em and r.x0 < right - 0.2 * em]
            if inside:  # the nearest line of this column
                other_left, other_right = inside[0].x0, max(r.x1 for r in inside)
                if abs(other_left - left) <= em and abs(other_right - right) <= em:
                    return True
                break
            near += direction
    return False


def _line(runs: list[Run]) -> Line:
    """Runs of one line joined, with a space where the gap between them says
    so (a weak one when the gap is small and may be the layout's own)."""
    body = max(runs, key=lambda r: len(r.text) * r.size)
    pieces = [runs[0].text]
    right = runs[0].x1
    for before, run in zip(runs, runs[1:]):
        gap = run.x0 - right
        if before.tracking and abs(gap - before.tracking) <= 0.1 * before.tracking + 0.01:
            gap = 0.0  # the character spacing after its last glyph, not a space
        em = max(run.size, body.size) or 1.0
        joined_by_space = pieces[-1][-1:].isspace() or run.text[:1].isspace()
        if not joined_by_space and gap > 0.1 * em:
            pieces.append(" " if gap > 0.22 * em else WEAK_SPACE)
        elif not joined_by_space and len(pieces) == 1 and _is_mark(runs[0], body):
            pieces.append(WEAK_SPACE)  # a footnote's own mark, set close to its text
        pieces.append(run.text)
        right = max(right, run.x1)
    letters = sum(len(r.text.strip()) for r in runs) or 1
    bold = sum(len(r.text.strip()) for r in runs if r.bold) / letters > 0.6
    return Line(
        "".join(pieces),
        min(r.x0 for r in runs),
        max(r.x1 for r in runs),
        body.baseline,
        body.size,
        bold,
    )


def _is_mark(run: Run, body: Run) -> bool:
    """A small raised or lowered run: a footnote mark, a superscript."""
    return run.size < 0.85 * body.size and abs(run.baseline - body.baseline) > 0.15 * body.size


def _blocks(lines: list[Line]) -> list[Block]:
    """Each line joins the block just above it when it continues it: same
    type size, lined up under the block's last line, not wider than the
    block (a line spanning two columns stays out of either column)."""
    blocks: list[_Growing] = []
    open_blocks: list[_Growing] = []  # those whose last line is near enough
    for line in sorted(lines, key=lambda ln: (-ln.baseline, ln.x0)):
        reach = _BLOCK_MAX_STEP * _MAX_SIZE_RATIO * line.size
        open_blocks = [b for b in open_blocks if b.last.baseline - line.baseline <= reach]
        best = _best_block(open_blocks, line)
        if best is None:
            best = _Growing(line)
            blocks.append(best)
            open_blocks.append(best)
        else:
            best.add(line)
    return [Block(b.lines) for b in blocks]


class _Growing:
    """A block being built, with its extent kept up to date."""

    def __init__(self, line: Line) -> None:
        self.lines = [line]
        self.x0, self.x1 = line.x0, line.x1

    @property
    def last(self) -> Line:
        return self.lines[-1]

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)


def _best_block(blocks: list[_Growing], line: Line) -> _Growing | None:
    best, best_step = None, None
    for block in blocks:
        last = block.last
        step = last.baseline - line.baseline
        if step < 0.5 * line.size or step > _BLOCK_MAX_STEP * max(line.size, last.size):
            continue
        if abs(line.size - last.size) > 0.08 * max(line.size, last.size):
            continue
        if not _fits_under(block, last, line):
            continue
        if best_step is None or step < best_step:
            best, best_step = block, step
    return best


def _fits_under(block: _Growing, last: Line, line: Line) -> bool:
    overlap = min(last.x1, line.x1) - max(last.x0, line.x0)
    if overlap < 0.5 * min(last.x1 - last.x0, line.x1 - line.x0):
        return False
    if len(block.lines) == 1:
        return True  # a first line (perhaps indented) sets no width yet
    slack = 1.5 * line.size
    return line.x0 >= block.x0 - slack and line.x1 <= block.x1 + slack
