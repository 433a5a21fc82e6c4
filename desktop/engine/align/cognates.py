"""Block evidence for two languages the encoder does not know: keys that
survive translation (numbers, script-free skeletons of names and cognates;
``words.cognate_keys``), IDF-weighted, for the same monotone block DP that
aligns by meaning. Sparse evidence, so the DP's order does much of the work
(as Gale–Church's lengths do), and the scale of its scores is its own."""
from __future__ import annotations

import numpy as np

from .evidence import Window, _block_sum1d, _block_sum2d, _dense, _prefix1d, _prefix2d, _Sides
from .features import UnitFeatures
from .similarity import _candidate_codes, _shared_weights

FULL_SIZE = 6  # keys a paragraph needs before its evidence counts fully
CONFIDENT = 0.25  # a pair's Dice of cognate keys that makes a link sure


class CognateEvidence(_Sides):
    """``facts_only``: numbers and names alone (``UnitFeatures.entities``),
    for features made with stems (the encoder's languages, past the budget)."""

    order_decides = True  # sparse evidence: a pair left over between two links is linked by its place (aligner)

    def __init__(self, left: list[UnitFeatures], right: list[UnitFeatures], facts_only: bool = False) -> None:
        super().__init__(left, right)
        self.width = max(1, len(right))
        keys = (lambda f: f.entities) if facts_only else (lambda f: f.keys)
        self.keys = _shared_weights([keys(f) for f in left], [keys(f) for f in right])
        self.left_chars = np.array([max(1, f.size) for f in left], dtype=float)
        self.right_chars = np.array([max(1, f.size) for f in right], dtype=float)

    def window(self, rows: np.ndarray, cols: np.ndarray) -> Window:
        return _CognateWindow(self, rows, cols)

    def candidates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        codes = _candidate_codes(self.keys, self.keys, self.width)
        rows, cols = codes // self.width, codes % self.width
        shared = 2 * self.keys.lookup(codes)
        total = self.keys.left_total[rows] + self.keys.right_total[cols]
        small = np.minimum(self.left_size[rows], self.right_size[cols])
        return rows, cols, _dice(shared, total, small) * self.pair_kind_factor(rows, cols)

    def confidence(self, left: list[int], right: list[int]) -> float:
        window = self.window(np.array(left), np.array(right))
        score = float(window.block(len(left), len(left), len(right))[-1])
        return float(min(1.0, score / CONFIDENT))


def _dice(shared, total, smaller) -> np.ndarray:
    dice = np.clip(np.divide(shared, total, out=np.zeros(np.shape(shared)), where=total > 0), 0.0, 1.0)
    return dice * np.sqrt(np.minimum(1.0, smaller / FULL_SIZE))


class _CognateWindow(Window):
    def __init__(self, evidence: CognateEvidence, rows: np.ndarray, cols: np.ndarray) -> None:
        super().__init__(rows, cols)
        self.evidence = evidence
        self.shared = _prefix2d(_dense(evidence.keys, rows, cols, evidence.width))
        self.left_total = _prefix1d(evidence.keys.left_total[rows])
        self.right_total = _prefix1d(evidence.keys.right_total[cols])
        self.left_size = _prefix1d(evidence.left_size[rows])
        self.right_size = _prefix1d(evidence.right_size[cols])

    def block(self, i: int, a: int, b: int) -> np.ndarray:
        ends = np.arange(b, len(self.cols) + 1)
        shared = 2 * _block_sum2d(self.shared, i, a, b)
        total = _block_sum1d(self.left_total, i, a) + _block_sum1d(self.right_total, ends, b)
        smaller = np.minimum(_block_sum1d(self.left_size, i, a), _block_sum1d(self.right_size, ends, b))
        return _dice(shared, total, smaller) * self.evidence.kind_factor(self.rows, self.cols, i, a, b)

    cosine = block  # what a block's members must each improve: here the same Dice
