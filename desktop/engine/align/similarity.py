"""Scoring paragraph pairs on several signals at once, near-linearly.

Each signal (content words, word bigrams, numbers and names) is a sparse
paragraph-by-key matrix weighted by inverse document frequency; one sparse
product per signal gives the shared weight of every pair that shares any
key. Keys too common to tell paragraphs apart are dropped first, which is
what keeps the work near-linear in the number of paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from scipy import sparse

from .features import UnitFeatures

COMMON_KEY_LIMIT = 120  # keys in more paragraphs than this carry no signal
CANDIDATES_PER_PARAGRAPH = 12


@dataclass(frozen=True)
class Signal:
    """One signal's shared weight per candidate pair and each side's total."""

    shared: np.ndarray
    left_total: np.ndarray
    right_total: np.ndarray

    def dice(self) -> np.ndarray:
        return _ratio(2 * self.shared, self.left_total + self.right_total)

    def cover_left(self) -> np.ndarray:
        """Share of the left paragraph's weight found in the right one."""
        return _ratio(self.shared, self.left_total)

    def cover_right(self) -> np.ndarray:
        return _ratio(self.shared, self.right_total)


@dataclass(frozen=True)
class PairScores:
    """Candidate pairs (indices into the feature lists) and their signals."""

    left: np.ndarray
    right: np.ndarray
    words: Signal
    bigrams: Signal
    entities: Signal
    left_size: np.ndarray
    right_size: np.ndarray

    def __len__(self) -> int:
        return len(self.left)

    def similarity(self) -> np.ndarray:
        """How well the two paragraphs stand for each other as a 1:1 pair."""
        entity = np.where(
            self.entities.left_total + self.entities.right_total > 0,
            self.entities.dice(), self.words.dice())
        return 0.5 * self.words.dice() + 0.3 * self.bigrams.dice() + 0.2 * entity

    def right_in_left(self) -> np.ndarray:
        """How much of the right paragraph comes from the left one (a piece of
        a split, when the left one is longer)."""
        return 0.6 * self.words.cover_right() + 0.4 * self.bigrams.cover_right()

    def left_in_right(self) -> np.ndarray:
        return 0.6 * self.words.cover_left() + 0.4 * self.bigrams.cover_left()


def _ratio(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    return np.divide(top, bottom, out=np.zeros_like(top, dtype=float), where=bottom > 0)


def _index_rows(left_sets, right_sets) -> tuple[list[list[int]], list[list[int]], int]:
    """Key sets as rows of column numbers (itemgetter does the lookups in C)."""
    vocabulary = {k: i for i, k in enumerate(set().union(*left_sets, *right_sets))}

    def row(keys) -> list[int]:
        if not keys:
            return []
        found = itemgetter(*keys)(vocabulary)
        return list(found) if len(keys) > 1 else [found]

    return [row(s) for s in left_sets], [row(s) for s in right_sets], len(vocabulary)


def _matrix(rows: list[list[int]], width: int) -> sparse.csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float64)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), width))


def _weighted_pair(left_sets, right_sets, boost: float = 1.0):
    """Left and right matrices with idf weights folded into the left one, and
    both sides' total weights, over the keys that are rare enough."""
    left_rows, right_rows, width = _index_rows(left_sets, right_sets)
    width = max(1, width)
    left, right = _matrix(left_rows, width), _matrix(right_rows, width)
    df = np.asarray(left.sum(axis=0)).ravel() + np.asarray(right.sum(axis=0)).ravel()
    n = len(left_sets) + len(right_sets)
    idf = np.log1p(n / np.maximum(df, 1)) * boost
    idf[df > COMMON_KEY_LIMIT] = 0.0
    weights = sparse.diags(idf)
    left_w = (left @ weights).tocsr()
    right_w = (right @ weights).tocsr()
    return left_w, right, np.asarray(left_w.sum(axis=1)).ravel(), np.asarray(right_w.sum(axis=1)).ravel()


def _candidate_pairs(product: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """The best few partners of every paragraph on either side: enough for
    splits and merges, few enough to stay linear."""
    coo = product.tocoo()
    if coo.nnz == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    keep = _top_k_mask(coo.row, coo.data) | _top_k_mask(coo.col, coo.data)
    return coo.row[keep].astype(np.int64), coo.col[keep].astype(np.int64)


def _top_k_mask(owner: np.ndarray, value: np.ndarray) -> np.ndarray:
    order = np.lexsort((-value, owner))
    sorted_owner = owner[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_owner)) + 1]
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    mask = np.zeros(len(order), dtype=bool)
    mask[order[rank < CANDIDATES_PER_PARAGRAPH]] = True
    return mask


def _signal(left_w, right, left_total, right_total, rows, cols) -> Signal:
    shared = np.asarray(left_w[rows].multiply(right[cols]).sum(axis=1)).ravel()
    return Signal(shared, left_total[rows], right_total[cols])


def score_pairs(left: list[UnitFeatures], right: list[UnitFeatures]) -> PairScores:
    words = _weighted_pair([f.keys for f in left], [f.keys for f in right])
    bigrams = _weighted_pair([f.bigrams for f in left], [f.bigrams for f in right])
    entities = _weighted_pair([f.entities for f in left], [f.entities for f in right])
    product = (words[0] @ words[1].T) + (bigrams[0] @ bigrams[1].T)
    rows, cols = _candidate_pairs(product.tocsr())
    sizes_l = np.array([f.size for f in left], dtype=float)
    sizes_r = np.array([f.size for f in right], dtype=float)
    return PairScores(
        rows, cols,
        _signal(*words, rows, cols), _signal(*bigrams, rows, cols), _signal(*entities, rows, cols),
        sizes_l[rows] if len(rows) else np.zeros(0), sizes_r[cols] if len(cols) else np.zeros(0),
    )
