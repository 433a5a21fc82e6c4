"""A monotone dynamic programme over n:m blocks of paragraphs (as Vecalign
and Bertalign align sentences): in a window of the documents, the
order-keeping alignment whose block scores add up to the most, keeping
each anchor given in one block (widened, never broken). A unit left
unlinked costs ``skip`` (nothing between paragraphs; Bertalign's 0.1
between single sentences); a block must score at least ``threshold`` to
be linked at all, which is what lets a truncated or abridged version leave
most of the original unlinked. More blocks mean more score, so a merge
must earn its place: its one score against the two it replaces.

Rows are filled one at a time with every block end of the row computed at
once (NumPy), and the skips along a row by a running maximum."""
from __future__ import annotations

import numpy as np

from .evidence import Window

# (left, right) block sizes: Bertalign's set (at most five paragraphs in all)
SHAPES = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 4), (4, 1), (2, 3), (3, 2))
MEMBER_GAIN = 0.01  # cosine each end paragraph of a block must add to it
SKIP = 0.0  # leaving a unit unlinked costs nothing: a block must earn its link (see threshold)

Block = tuple[tuple[int, ...], tuple[int, ...], float]


def align_window(window: Window, threshold: float, forbidden: np.ndarray | None = None,
                 anchored: list[tuple[int, int]] = (), skip: float = SKIP) -> list[Block]:
    """Blocks as (row positions, column positions, score), positions into
    ``window.rows`` / ``window.cols``. ``forbidden``: an (n, m) boolean
    matrix of pairs never to link. ``anchored``: (row, column) positions,
    in order, that must end up in one block, whatever else it holds (an
    anchor the DP may widen into the 1:2 or 2:2 block it is part of, but
    not break). ``skip``: what leaving a unit unlinked costs."""
    n, m = len(window.rows), len(window.cols)
    steps = np.arange(m + 1) * skip
    score = np.full((n + 1, m + 1), -np.inf)
    score[0] = -steps
    shape_at = np.zeros((n + 1, m + 1), dtype=np.int8)  # index into SHAPES, -1 skip left, -2 skip right
    shape_at[0, 1:] = -2
    block_score = np.zeros((n + 1, m + 1))
    banned = None if forbidden is None else _prefix_count(forbidden)
    anchors = _Anchors(anchored, n, m, skip)
    if anchors:  # columns before the first anchored one may be skipped, no others
        score[0] = anchors.no_skip_right(np.r_[0.0, np.full(m, -np.inf)])
    for i in range(1, n + 1):
        best = score[i - 1] - skip if not anchors.row_held(i - 1) else np.full(m + 1, -np.inf)
        choice = np.full(m + 1, -1, dtype=np.int8)
        chosen_score = np.zeros(m + 1)
        for index, (a, b) in enumerate(SHAPES):
            if a > i or b > m:
                continue
            value = window.block(i, a, b)
            if a + b > 2 and window.members_must_count:
                value = np.where(every_member_counts(window, i, a, b), value, -np.inf)
            if banned is not None:
                value = np.where(_block_count(banned, i, a, b) > 0, -np.inf, value)
            value = np.where(value >= threshold, value, -np.inf)
            if anchors:
                value = anchors.constrain(value, i, a, b, threshold)
            candidate = np.full(m + 1, -np.inf)
            candidate[b:] = score[i - a, :m + 1 - b] + value
            better = candidate > best
            best = np.where(better, candidate, best)
            choice[better] = index
            chosen_score[b:] = np.where(better[b:], value, chosen_score[b:])
        running = anchors.no_skip_right(best) if anchors else np.maximum.accumulate(best + steps) - steps
        from_left = running > best
        choice[from_left] = -2
        score[i], shape_at[i], block_score[i] = running, choice, chosen_score
    return _trace(shape_at, block_score, n, m)


class _Anchors:
    """Pairs that must share a block: a block holding an anchor's row must
    hold its column and the other way round, and neither may be skipped."""

    def __init__(self, anchored, n: int, m: int, skip: float = SKIP) -> None:
        self.count = len(anchored)
        self.skip = skip
        self.rows = np.zeros(n, dtype=bool)
        cols = np.zeros(m, dtype=bool)
        pairs = np.zeros((n, m), dtype=bool)
        for r, c in anchored:
            self.rows[r], cols[c], pairs[r, c] = True, True, True
        self.row_prefix = _prefix1d_int(self.rows)
        self.col_prefix = _prefix1d_int(cols)
        self.pair_prefix = _prefix_count(pairs) if self.count else None
        # skips along a row stop at an anchored column: running maxima per
        # segment, made one accumulate by lifting each segment above the last
        self.segment = np.concatenate([[0], np.cumsum(cols)])

    def __bool__(self) -> bool:
        return self.count > 0

    def row_held(self, row: int) -> bool:
        return bool(self.count) and bool(self.rows[row])

    def constrain(self, value: np.ndarray, i: int, a: int, b: int, threshold: float) -> np.ndarray:
        m = len(self.col_prefix) - 1
        rows_in = self.row_prefix[i] - self.row_prefix[i - a]
        cols_in = self.col_prefix[b:] - self.col_prefix[:m + 1 - b]
        pairs_in = _block_count(self.pair_prefix, i, a, b)
        whole = (pairs_in == rows_in) & (pairs_in == cols_in)
        held = whole & (pairs_in > 0)
        if a + b == 2:  # the anchor alone is always a block, whatever its score here
            value = np.where(held, np.maximum(np.where(np.isfinite(value), value, threshold), threshold), value)
        return np.where(whole, value, -np.inf)

    def no_skip_right(self, best: np.ndarray) -> np.ndarray:
        """The running maximum of ``best`` along the row (skipping columns
        at ``skip`` each), restarted after every anchored column."""
        steps = np.arange(len(best)) * self.skip
        finite = np.isfinite(best)
        bound = float(np.abs(best[finite]).max() if finite.any() else 0.0) + float(steps[-1]) + 1.0
        lift = 4.0 * bound * self.segment
        values = np.where(finite, best + steps, -bound) + lift
        running = np.maximum.accumulate(values) - lift - steps
        running = np.where(running <= -bound + 0.5 - steps, -np.inf, running)
        # lifting and lowering may move a value by its last bit: where the
        # maximum is the cell's own, keep the cell's own value exactly
        return np.where(running > best + 1e-9 * bound, running, best)


def every_member_counts(window: Window, i: int, a: int, b: int) -> np.ndarray:
    """No free riders: a block is allowed only where its meaning is closer,
    by MEMBER_GAIN, than that of the block without its first or its last
    paragraph on either side. An added standfirst beside the paragraph it precedes, or
    an omitted paragraph beside a merge, makes the block longer (which the
    length score likes) but not closer."""
    whole = window.cosine(i, a, b)
    ok = np.ones(len(whole), dtype=bool)
    if a > 1:
        ok &= whole >= window.cosine(i, a - 1, b) + MEMBER_GAIN  # without the first left paragraph
        ok &= whole >= window.cosine(i - 1, a - 1, b) + MEMBER_GAIN  # without the last
    if b > 1:
        fewer = window.cosine(i, a, b - 1)  # block ends b-1..m
        ok &= whole >= fewer[1:] + MEMBER_GAIN  # without the first right paragraph
        ok &= whole >= fewer[:-1] + MEMBER_GAIN  # without the last
    return ok


def _trace(shape_at: np.ndarray, block_score: np.ndarray, n: int, m: int) -> list[Block]:
    blocks: list[Block] = []
    i, j = n, m
    while i > 0 or j > 0:
        choice = int(shape_at[i, j]) if i > 0 else -2
        if choice == -1:
            i -= 1
        elif choice == -2:
            j -= 1
        else:
            a, b = SHAPES[choice]
            blocks.append((tuple(range(i - a, i)), tuple(range(j - b, j)), float(block_score[i, j])))
            i, j = i - a, j - b
    return blocks[::-1]


def _prefix1d_int(values: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(values.astype(np.int64))])


def _prefix_count(matrix: np.ndarray) -> np.ndarray:
    out = np.zeros((matrix.shape[0] + 1, matrix.shape[1] + 1), dtype=np.int32)
    out[1:, 1:] = matrix.astype(np.int32).cumsum(0).cumsum(1)
    return out


def _block_count(prefix: np.ndarray, i: int, a: int, b: int) -> np.ndarray:
    m = prefix.shape[1] - 1
    top, bottom = prefix[i - a], prefix[i]
    return bottom[b:] - top[b:] - bottom[:m + 1 - b] + top[:m + 1 - b]

