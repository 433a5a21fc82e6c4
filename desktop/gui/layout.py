"""Where every paragraph goes: rows of the side-by-side view (no Qt here).

Each pane keeps its own document's order, so either side reads as written.
Groups that are in order on both sides share a row, which puts a paragraph on
the level of its counterpart; a moved group (and anything out of order) gets
one row on each side, at its place in each document, joined by a crossing
connector. One-sided rows leave an empty slot on the other side.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional

from desktop.engine.model import UNCHANGED, Comparison, Group

LEFT, RIGHT = 0, 1


@dataclass(frozen=True)
class Row:
    index: int
    left: tuple[int, ...]  # paragraph ids shown on the left, in order
    right: tuple[int, ...]
    left_group: Optional[int]  # position in Comparison.groups
    right_group: Optional[int]

    def group(self, side: int) -> Optional[int]:
        return self.left_group if side == LEFT else self.right_group

    def pids(self, side: int) -> tuple[int, ...]:
        return self.left if side == LEFT else self.right

    @property
    def shared(self) -> bool:
        """Both sides hold paragraphs of the same group, side by side."""
        return bool(self.left and self.right) and self.left_group == self.right_group


@dataclass
class Rows:
    rows: list[Row]
    row_of: tuple[dict, dict]  # side -> {pid: row index}
    rows_of_group: dict  # group position -> [row indices]

    def __len__(self) -> int:
        return len(self.rows)


def build_rows(comparison: Comparison) -> Rows:
    if not comparison.related:
        return side_by_side_rows(comparison)
    groups = comparison.groups
    anchors, floating, extra = _split_anchors(groups)
    n_left = len(comparison.left.paragraphs)
    n_right = len(comparison.right.paragraphs)
    after: dict[int, list[tuple[int, int, tuple[int, ...], Optional[int]]]] = {}

    first_runs = {gi: (_runs(groups[gi].left)[:1], _runs(groups[gi].right)[:1]) for gi in anchors}
    anchor_of = [_anchor_index(anchors, first_runs, side, n) for side, n in ((LEFT, n_left), (RIGHT, n_right))]
    for gi in floating:
        for side in (LEFT, RIGHT):
            for run in _runs(groups[gi].left if side == LEFT else groups[gi].right):
                _place(after, anchor_of[side], side, run, gi)
    for side, run, gi in extra:
        _place(after, anchor_of[side], side, run, gi)
    _place_orphans(after, anchor_of, groups, n_left, n_right)

    rows: list[Row] = []
    for a in [-1] + list(range(len(anchors))):
        if a >= 0:
            gi = anchors[a]
            left, right = first_runs[gi]
            rows.append(Row(len(rows), left[0] if left else (), right[0] if right else (), gi, gi))
        for side, _first, pids, gi in sorted(after.get(a, []), key=lambda item: (item[0], item[1])):
            if side == LEFT:
                rows.append(Row(len(rows), pids, (), gi, None))
            else:
                rows.append(Row(len(rows), (), pids, None, gi))
    return _index(rows)


def side_by_side_rows(comparison: Comparison) -> Rows:
    """Documents that are not versions of each other: each read in its own
    order, paragraph n beside paragraph n, instead of every paragraph of one
    stacked above every paragraph of the other."""
    owner: tuple[dict, dict] = ({}, {})
    for gi, group in enumerate(comparison.groups):
        for side, pids in ((LEFT, group.left), (RIGHT, group.right)):
            for pid in pids:
                owner[side][pid] = gi
    n_left, n_right = len(comparison.left.paragraphs), len(comparison.right.paragraphs)
    rows = []
    for i in range(max(n_left, n_right)):
        left = (i,) if i < n_left else ()
        right = (i,) if i < n_right else ()
        rows.append(Row(i, left, right, owner[LEFT].get(i) if left else None, owner[RIGHT].get(i) if right else None))
    return _index(rows)


def _runs(pids) -> list[tuple[int, ...]]:
    """Consecutive runs of paragraph ids: a split whose parts lie far apart
    shows each part at its own place."""
    if len(pids) <= 1:
        return [tuple(pids)] if pids else []
    runs: list[list[int]] = []
    for pid in sorted(pids):
        if runs and pid == runs[-1][-1] + 1:
            runs[-1].append(pid)
        else:
            runs.append([pid])
    return [tuple(r) for r in runs]


def _split_anchors(groups: tuple[Group, ...]):
    """Anchors keep display order and are increasing on both sides; the rest
    (moves, and anything the display order would have to cross) float. Runs
    of an anchor after its first one float too (as ``extra`` parts)."""
    anchors, floating, extra = [], [], []
    last_left = last_right = -1
    for gi, g in enumerate(groups):
        left_runs, right_runs = _runs(g.left), _runs(g.right)
        in_order = (not left_runs or left_runs[0][0] > last_left) and (
            not right_runs or right_runs[0][0] > last_right)
        if (g.moved and g.left and g.right) or not in_order or not (g.left or g.right):
            if g.left or g.right:
                floating.append(gi)
            continue
        anchors.append(gi)
        if left_runs:
            last_left = left_runs[0][-1]
        if right_runs:
            last_right = right_runs[0][-1]
        extra += [(LEFT, run, gi) for run in left_runs[1:]] + [(RIGHT, run, gi) for run in right_runs[1:]]
    return anchors, floating, extra


def _anchor_index(anchors: list[int], first_runs: dict, side: int, n: int) -> list[int]:
    """For every paragraph id of ``side``: the last anchor row holding an
    earlier (or the same) paragraph of that side, -1 if none."""
    owner = {}
    for a, gi in enumerate(anchors):
        for run in first_runs[gi][side]:
            for pid in run:
                owner[pid] = a
    result, current = [], -1
    for pid in range(n):
        current = max(current, owner.get(pid, -1))
        result.append(current)
    return result


def _place(after, anchor_of_side: list[int], side: int, pids: tuple[int, ...], gi: Optional[int]) -> None:
    first = pids[0]
    a = anchor_of_side[first - 1] if 0 < first <= len(anchor_of_side) else -1
    after.setdefault(a, []).append((side, first, pids, gi))


def _place_orphans(after, anchor_of, groups, n_left: int, n_right: int) -> None:
    """Paragraphs no group claims still appear (the engine promises there are
    none, but a missing paragraph would be a silent loss)."""
    for side, n in ((LEFT, n_left), (RIGHT, n_right)):
        claimed = {p for g in groups for p in (g.left if side == LEFT else g.right)}
        for pid in range(n):
            if pid not in claimed:
                _place(after, anchor_of[side], side, (pid,), None)


def _index(rows: list[Row]) -> Rows:
    row_of: tuple[dict, dict] = ({}, {})
    rows_of_group: dict[int, list[int]] = {}
    for row in rows:
        for side in (LEFT, RIGHT):
            for pid in row.pids(side):
                row_of[side][pid] = row.index
        for gi in {row.left_group, row.right_group} - {None}:
            rows_of_group.setdefault(gi, []).append(row.index)
    return Rows(rows, row_of, rows_of_group)


# --- geometry -----------------------------------------------------------------

@dataclass
class Geometry:
    """Vertical positions in document coordinates (pixels from the top)."""

    row_top: list[float] = field(default_factory=list)
    row_height: list[float] = field(default_factory=list)
    blocks: tuple[dict, dict] = field(default_factory=lambda: ({}, {}))  # side -> {pid: (y, h)}
    total: float = 0.0

    def rows_between(self, top: float, bottom: float) -> range:
        """Indices of rows that intersect [top, bottom)."""
        first = max(0, bisect.bisect_right(self.row_top, top) - 1)
        last = bisect.bisect_left(self.row_top, bottom)
        return range(first, min(last, len(self.row_top)))

    def row_at(self, y: float) -> int:
        return max(0, min(len(self.row_top) - 1, bisect.bisect_right(self.row_top, y) - 1))

    def span(self, side: int, pids) -> Optional[tuple[float, float]]:
        """Top and bottom of the blocks of ``pids`` on ``side``."""
        spans = [self.blocks[side][p] for p in pids if p in self.blocks[side]]
        if not spans:
            return None
        return min(y for y, _ in spans), max(y + h for y, h in spans)


def unchanged_runs(rows: Rows, comparison: Comparison) -> dict[int, int]:
    """For "differences only": every row of a run of unchanged passages side
    by side -> the first row of its run. Runs are what fold away."""
    folds: dict[int, int] = {}
    first: Optional[int] = None
    for row in rows.rows:
        if row.shared and comparison.groups[row.left_group].status == UNCHANGED:
            first = row.index if first is None else first
            folds[row.index] = first
        else:
            first = None
    return folds


def compute_geometry(rows: Rows, height: Callable[[int, int], float], *, gap: float, block_gap: float,
                     min_row: float, margin: float, folds: Optional[dict[int, int]] = None,
                     fold_height: float = 0.0) -> Geometry:
    """Stack rows; a row is as tall as its taller side. ``height(side, pid)``
    gives a paragraph block's height (measured or estimated). Rows in
    ``folds`` collapse: the first of each run to ``fold_height`` (a bar that
    opens it), the rest to nothing, their blocks empty at the bar."""
    geo = Geometry()
    y = margin
    folds = folds or {}
    for row in rows.rows:
        if row.index in folds:
            y = _fold_row(geo, row, y, fold_height if folds[row.index] == row.index else 0.0, gap)
            continue
        tallest = min_row
        for side in (LEFT, RIGHT):
            by = y
            for pid in row.pids(side):
                h = height(side, pid)
                geo.blocks[side][pid] = (by, h)
                by += h + block_gap
            tallest = max(tallest, by - y - (block_gap if row.pids(side) else 0))
        geo.row_top.append(y)
        geo.row_height.append(tallest)
        y += tallest + gap
    geo.total = y + margin
    return geo


def _fold_row(geo: Geometry, row: Row, y: float, height: float, gap: float) -> float:
    for side in (LEFT, RIGHT):
        for pid in row.pids(side):
            geo.blocks[side][pid] = (y, 0.0)
    geo.row_top.append(y)
    geo.row_height.append(height)
    return y + (height + gap if height else 0.0)
