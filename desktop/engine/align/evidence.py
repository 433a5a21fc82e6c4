"""How well a block of consecutive paragraphs on one side stands for a block
on the other: the score the monotone dynamic programme maximises.

Every quantity a block score needs is additive over the paragraphs of the
two blocks (shared key weight of each paragraph pair, dot products of
sentence-vector sums, sizes), so a window of the two documents is turned
into 2-D prefix sums once and any block's score is four lookups, for all
block ends of a row at once. The evidence is meaning (the multilingual
encoder), with figures and names; a ``Window`` is all the DP needs, so
other evidence can take its place."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import UnitFeatures
from .semantic import COSINE_FLOOR, COSINE_FULL, top_pairs
from .similarity import _SharedWeights, _shared_weights

HEADING_MISMATCH = 0.5  # a heading rarely becomes a body paragraph


def _prefix2d(matrix: np.ndarray) -> np.ndarray:
    out = np.zeros((matrix.shape[0] + 1, matrix.shape[1] + 1))
    out[1:, 1:] = matrix.cumsum(0).cumsum(1)
    return out


def _prefix1d(values: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(values, dtype=float)])


def _block_sum2d(prefix: np.ndarray, i: int, a: int, b: int) -> np.ndarray:
    """Sum over rows i-a..i-1 and columns j-b..j-1, for every j in b..m."""
    m = prefix.shape[1] - 1
    top, bottom = prefix[i - a], prefix[i]
    return bottom[b:] - top[b:] - bottom[:m + 1 - b] + top[:m + 1 - b]


def _block_sum1d(prefix: np.ndarray, end, size: int):
    return prefix[end] - prefix[end - size]


def _dense(weights: _SharedWeights, rows: np.ndarray, cols: np.ndarray, width: int) -> np.ndarray:
    """The shared weight of every (row, col) pair of a window, as a dense
    matrix (zero where the two share nothing)."""
    out = np.zeros((len(rows), len(cols)))
    if not len(weights.codes) or not len(rows) or not len(cols):
        return out
    col_at = np.full(width, -1)
    col_at[cols] = np.arange(len(cols))
    low = np.searchsorted(weights.codes, rows * width + cols.min())
    high = np.searchsorted(weights.codes, rows * width + cols.max() + 1)
    counts = high - low
    if not counts.sum():
        return out
    starts = np.repeat(low, counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    at = starts + within
    row_pos = np.repeat(np.arange(len(rows)), counts)
    col_pos = col_at[weights.codes[at] % width]
    keep = col_pos >= 0
    out[row_pos[keep], col_pos[keep]] = weights.shared[at[keep]]
    return out


@dataclass
class Window:
    """Block scores over ``rows`` × ``cols`` (feature indices, ascending)."""

    rows: np.ndarray
    cols: np.ndarray

    def block(self, i: int, a: int, b: int) -> np.ndarray:
        """Scores of the blocks rows[i-a:i] × cols[j-b:j] for j in b..m, in 0–1."""
        raise NotImplementedError


class _Sides:
    """Per-paragraph facts both kinds of evidence use: size and kind."""

    def __init__(self, left: list[UnitFeatures], right: list[UnitFeatures]) -> None:
        self.left_size = np.array([f.size for f in left], dtype=float)
        self.right_size = np.array([f.size for f in right], dtype=float)
        self.left_heading = np.array([f.heading for f in left], dtype=bool)
        self.right_heading = np.array([f.heading for f in right], dtype=bool)

    def pair_kind_factor(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        return np.where(self.left_heading[rows] == self.right_heading[cols], 1.0, HEADING_MISMATCH)

    def kind_factor(self, rows, cols, i, a, b) -> np.ndarray:
        """A heading rarely becomes body text: a block with a heading on one
        side only counts half (a headline merged into the lead, say)."""
        left = bool(self.left_heading[rows[i - a:i]].any())
        right = _prefix1d(self.right_heading[cols])
        right_has = (right[b:] - right[:len(right) - b]) > 0
        return np.where(right_has == left, 1.0, HEADING_MISMATCH)


class MeaningEvidence(_Sides):
    """Across languages: the cosine of the blocks' sentence-vector sums
    (each sentence counts once, as in a mean), tempered by figures and names
    where both documents have them, and by length against the pair's usual
    ratio (a translation is about as long as its source; half is a summary)."""

    def __init__(self, left: list[UnitFeatures], right: list[UnitFeatures],
                 left_vectors: np.ndarray, right_vectors: np.ndarray,
                 left_chars: np.ndarray, right_chars: np.ndarray, char_ratio: float) -> None:
        super().__init__(left, right)
        self.width = max(1, len(right))
        self.left_vectors, self.right_vectors = left_vectors, right_vectors
        self.left_chars, self.right_chars = left_chars, right_chars
        self.char_ratio = char_ratio
        self.facts = fact_weights(left, right)

    def window(self, rows: np.ndarray, cols: np.ndarray) -> Window:
        return _MeaningWindow(self, rows, cols)

    def candidates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows, cols, cosine = top_pairs(_unit(self.left_vectors), _unit(self.right_vectors))
        return rows, cols, self.pair_scores(rows, cols, cosine)

    def pair_scores(self, rows, cols, cosine) -> np.ndarray:
        codes = rows * self.width + cols
        return meaning_score(
            cosine, 2 * self.facts.lookup(codes), self.facts.left_total[rows] + self.facts.right_total[cols],
            self.left_chars[rows] * self.char_ratio, self.right_chars[cols],
        ) * self.pair_kind_factor(rows, cols)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def fact_weights(left: list[UnitFeatures], right: list[UnitFeatures]) -> _SharedWeights:
    """Numbers and names found in both documents: one found on one side only
    says nothing about where a paragraph went (a script without capitals
    has no names to find; German capitalises every noun)."""
    common = frozenset().union(*(f.entities for f in left)) & frozenset().union(*(f.entities for f in right))
    return _shared_weights([f.entities & common for f in left], [f.entities & common for f in right])


class _MeaningWindow(Window):
    def __init__(self, evidence: MeaningEvidence, rows: np.ndarray, cols: np.ndarray) -> None:
        super().__init__(rows, cols)
        self.evidence = evidence
        left, right = evidence.left_vectors[rows], evidence.right_vectors[cols]
        self.dot = _prefix2d(left.astype(np.float64) @ right.T.astype(np.float64))
        self.left_cum = np.vstack([np.zeros((1, left.shape[1])), np.cumsum(left, axis=0, dtype=np.float64)])
        self.right_cum = np.vstack([np.zeros((1, right.shape[1])), np.cumsum(right, axis=0, dtype=np.float64)])
        self.right_norms: dict[int, np.ndarray] = {}
        self.facts = _prefix2d(_dense(evidence.facts, rows, cols, evidence.width))
        self.left_facts = _prefix1d(evidence.facts.left_total[rows])
        self.right_facts = _prefix1d(evidence.facts.right_total[cols])
        self.left_chars = _prefix1d(evidence.left_chars[rows])
        self.right_chars = _prefix1d(evidence.right_chars[cols])

    def _right_norm(self, b: int) -> np.ndarray:
        if b not in self.right_norms:
            block = self.right_cum[b:] - self.right_cum[:len(self.right_cum) - b]
            self.right_norms[b] = np.linalg.norm(block, axis=1)
        return self.right_norms[b]

    def block(self, i: int, a: int, b: int) -> np.ndarray:
        ends = np.arange(b, len(self.cols) + 1)
        left_norm = float(np.linalg.norm(self.left_cum[i] - self.left_cum[i - a]))
        norm = left_norm * self._right_norm(b)
        cosine = np.divide(_block_sum2d(self.dot, i, a, b), norm, out=np.zeros(len(ends)), where=norm > 0)
        return meaning_score(
            cosine, 2 * _block_sum2d(self.facts, i, a, b),
            _block_sum1d(self.left_facts, i, a) + _block_sum1d(self.right_facts, ends, b),
            _block_sum1d(self.left_chars, i, a) * self.evidence.char_ratio,
            _block_sum1d(self.right_chars, ends, b),
        ) * self.evidence.kind_factor(self.rows, self.cols, i, a, b)


def meaning_score(cosine, facts_shared, facts_total, left_chars, right_chars) -> np.ndarray:
    """Meaning (cosine rescaled: 0 unrelated, 1 faithful) × figures and names
    (0.6–1, by Dice; 1 where neither side has any) × length (log2(1 + the
    shorter over the longer), 1 for equal lengths, as Bertalign's penalty)."""
    meaning = np.clip((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0.0, 1.0)
    dice = np.clip(np.divide(facts_shared, facts_total, out=np.ones(np.shape(cosine)),
                             where=facts_total > 0), 0.0, 1.0)
    ratio = np.minimum(left_chars, right_chars) / np.maximum(np.maximum(left_chars, right_chars), 1.0)
    return meaning * (0.6 + 0.4 * dice) * np.log2(1.0 + ratio)
