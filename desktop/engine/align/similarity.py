"""Scoring paragraph pairs on several signals at once, near-linearly.

Each signal (content words, word bigrams, numbers and names) is joined
through an inverted index weighted by inverse document frequency, giving
the shared weight of every pair that shares any key. Keys too common to tell
paragraphs apart are dropped first, which is what keeps the work
near-linear in the number of paragraphs. (NumPy only: no sparse-matrix
library to load at start or to ship.)
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

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


@dataclass(frozen=True)
class _SharedWeights:
    """One signal over all pairs sharing at least one rare-enough key: pair
    codes (left * width + right, sorted) and their shared weight; and each
    unit's total weight."""

    codes: np.ndarray
    shared: np.ndarray
    left_total: np.ndarray
    right_total: np.ndarray

    def lookup(self, codes: np.ndarray) -> np.ndarray:
        """Shared weight of the pairs given (0 where they share nothing)."""
        if not len(self.codes):
            return np.zeros(len(codes))
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        return np.where(self.codes[at] == codes, self.shared[at], 0.0)


def _flatten(sets, vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """(key id, unit index) for every key of every unit."""
    keys = np.fromiter((vocabulary[k] for s in sets for k in s), dtype=np.int64)
    rows = np.repeat(np.arange(len(sets), dtype=np.int64), [len(s) for s in sets])
    return keys, rows


def _shared_weights(left_sets, right_sets) -> _SharedWeights:
    """An inverted-index join: every key links the units on the left that
    have it to the units on the right that have it, weighted by its inverse
    document frequency; keys in more than COMMON_KEY_LIMIT units are left
    out, which bounds the work (near-linear in the number of units)."""
    vocabulary = {k: i for i, k in enumerate(set().union(*left_sets, *right_sets))}
    width = len(right_sets)
    left_keys, left_rows = _flatten(left_sets, vocabulary)
    right_keys, right_rows = _flatten(right_sets, vocabulary)
    n_keys = max(1, len(vocabulary))
    df_left = np.bincount(left_keys, minlength=n_keys)
    df_right = np.bincount(right_keys, minlength=n_keys)
    df = df_left + df_right
    idf = np.log1p((len(left_sets) + len(right_sets)) / np.maximum(df, 1))
    idf[df > COMMON_KEY_LIMIT] = 0.0
    left_total = np.bincount(left_rows, weights=idf[left_keys], minlength=len(left_sets))
    right_total = np.bincount(right_rows, weights=idf[right_keys], minlength=len(right_sets))
    useful = idf > 0
    lk_mask = useful[left_keys] & (df_right[left_keys] > 0)
    rk_mask = useful[right_keys] & (df_left[right_keys] > 0)
    lk, lr = left_keys[lk_mask], left_rows[lk_mask]
    order = np.argsort(right_keys[rk_mask], kind="stable")
    rk_sorted, rr_sorted = right_keys[rk_mask][order], right_rows[rk_mask][order]
    first = np.searchsorted(rk_sorted, np.arange(n_keys))
    repeat = df_right[lk]
    total = int(repeat.sum())
    if total == 0:
        empty = np.zeros(0)
        return _SharedWeights(empty.astype(np.int64), empty, left_total, right_total)
    left_of_pair = np.repeat(lr, repeat)
    within = np.arange(total) - np.repeat(np.cumsum(repeat) - repeat, repeat)
    right_of_pair = rr_sorted[np.repeat(first[lk], repeat) + within]
    codes, inverse = np.unique(left_of_pair * width + right_of_pair, return_inverse=True)
    shared = np.bincount(inverse, weights=np.repeat(idf[lk], repeat))
    return _SharedWeights(codes, shared, left_total, right_total)


def _candidate_codes(words: _SharedWeights, bigrams: _SharedWeights, width: int) -> np.ndarray:
    """The best few partners of every paragraph on either side: enough for
    splits and merges, few enough to stay linear."""
    codes, inverse = np.unique(np.concatenate([words.codes, bigrams.codes]), return_inverse=True)
    if not len(codes):
        return codes.astype(np.int64)
    value = np.bincount(inverse, weights=np.concatenate([words.shared, bigrams.shared]))
    rows, cols = codes // width, codes % width
    return codes[_top_k_mask(rows, value) | _top_k_mask(cols, value)]


def _top_k_mask(owner: np.ndarray, value: np.ndarray) -> np.ndarray:
    order = np.lexsort((-value, owner))
    sorted_owner = owner[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_owner)) + 1]
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    mask = np.zeros(len(order), dtype=bool)
    mask[order[rank < CANDIDATES_PER_PARAGRAPH]] = True
    return mask


def _signal(weights: _SharedWeights, codes: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> Signal:
    return Signal(weights.lookup(codes), weights.left_total[rows], weights.right_total[cols])


def score_pairs(left: list[UnitFeatures], right: list[UnitFeatures]) -> PairScores:
    width = max(1, len(right))
    words = _shared_weights([f.keys for f in left], [f.keys for f in right])
    bigrams = _shared_weights([f.bigrams for f in left], [f.bigrams for f in right])
    entities = _shared_weights([f.entities for f in left], [f.entities for f in right])
    codes = _candidate_codes(words, bigrams, width)
    rows, cols = codes // width, codes % width
    sizes_l = np.array([f.size for f in left], dtype=float)
    sizes_r = np.array([f.size for f in right], dtype=float)
    return PairScores(
        rows, cols,
        _signal(words, codes, rows, cols), _signal(bigrams, codes, rows, cols),
        _signal(entities, codes, rows, cols),
        sizes_l[rows] if len(rows) else np.zeros(0), sizes_r[cols] if len(cols) else np.zeros(0),
    )
