"""A monotone dynamic programme over n:m blocks of paragraphs (as Vecalign
and Bertalign align sentences): between two anchors, the order-keeping
alignment whose block scores add up to the most. A unit left unlinked
costs ``SKIP``; a block must score at least ``threshold`` to be linked at
all, which is what lets a truncated or abridged version leave most of the
original unlinked. More blocks mean more score, so a merge must earn its
place: its one score against the two it replaces.

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


def align_window(window: Window, threshold: float, forbidden: np.ndarray | None = None) -> list[Block]:
    """Blocks as (row positions, column positions, score), positions into
    ``window.rows`` / ``window.cols``. ``forbidden``: an (n, m) boolean
    matrix of pairs never to link."""
    n, m = len(window.rows), len(window.cols)
    steps = np.arange(m + 1) * SKIP
    score = np.full((n + 1, m + 1), -np.inf)
    score[0] = -steps
    shape_at = np.zeros((n + 1, m + 1), dtype=np.int8)  # index into SHAPES, -1 skip left, -2 skip right
    shape_at[0, 1:] = -2
    block_score = np.zeros((n + 1, m + 1))
    banned = None if forbidden is None else _prefix_count(forbidden)
    for i in range(1, n + 1):
        best = score[i - 1] - SKIP
        choice = np.full(m + 1, -1, dtype=np.int8)
        chosen_score = np.zeros(m + 1)
        for index, (a, b) in enumerate(SHAPES):
            if a > i or b > m:
                continue
            value = window.block(i, a, b)
            if a + b > 2:
                value = np.where(every_member_counts(window, i, a, b), value, -np.inf)
            if banned is not None:
                value = np.where(_block_count(banned, i, a, b) > 0, -np.inf, value)
            candidate = np.full(m + 1, -np.inf)
            value = np.where(value >= threshold, value, -np.inf)
            candidate[b:] = score[i - a, :m + 1 - b] + value
            better = candidate > best
            best = np.where(better, candidate, best)
            choice[better] = index
            chosen_score[b:] = np.where(better[b:], value, chosen_score[b:])
        running = np.maximum.accumulate(best + steps) - steps
        from_left = running > best
        choice[from_left] = -2
        score[i], shape_at[i], block_score[i] = running, choice, chosen_score
    return _trace(shape_at, block_score, n, m)


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


def _prefix_count(matrix: np.ndarray) -> np.ndarray:
    out = np.zeros((matrix.shape[0] + 1, matrix.shape[1] + 1), dtype=np.int32)
    out[1:, 1:] = matrix.astype(np.int32).cumsum(0).cumsum(1)
    return out


def _block_count(prefix: np.ndarray, i: int, a: int, b: int) -> np.ndarray:
    m = prefix.shape[1] - 1
    top, bottom = prefix[i - a], prefix[i]
    return bottom[b:] - top[b:] - bottom[:m + 1 - b] + top[:m + 1 - b]

