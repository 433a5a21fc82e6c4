"""Scoring pairs across languages: meaning from the multilingual sentence
encoder, plus the signals that need no model (numbers and names, compared
across scripts). Same interface as ``similarity.PairScores`` so the linker
does not care which produced its candidates."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import encoder
from ..progress import Progress
from .features import UnitFeatures
from .similarity import CANDIDATES_PER_PARAGRAPH

COSINE_FLOOR = 0.25  # unrelated text sits below this
COSINE_FULL = 0.80  # a faithful translation sits above this
_CHUNK = 2048


@dataclass(frozen=True)
class SemanticScores:
    left: np.ndarray
    right: np.ndarray
    cosine: np.ndarray
    entities: np.ndarray  # Dice of number and name keys, or -1 where neither side has any
    left_size: np.ndarray
    right_size: np.ndarray
    length_ratio: np.ndarray  # shorter text's length over the longer's, in characters

    def __len__(self) -> int:
        return len(self.left)

    def similarity(self) -> np.ndarray:
        """Meaning, tempered by the figures and names: two paragraphs that say
        the same kind of thing about different people and numbers are not a
        translation of each other."""
        meaning = np.clip((self.cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0.0, 1.0)
        facts = np.where(self.entities < 0, meaning, meaning * (0.4 + 0.6 * self.entities))
        # A translation is about as long as its source; half as long is a summary.
        return facts * (0.9 + 0.1 * self.length_ratio)

    def right_in_left(self) -> np.ndarray:
        return np.zeros(len(self.left))  # containment comes from sentence links here

    left_in_right = right_in_left


def _top_pairs(left: np.ndarray, right: np.ndarray, progress: Progress | None) -> tuple[np.ndarray, ...]:
    """The best few partners of every unit on either side, by cosine, in
    chunks so that memory stays bounded."""
    rows, cols, values = [], [], []
    k = min(CANDIDATES_PER_PARAGRAPH, right.shape[0])
    best_of_right = np.full((right.shape[0], k), -1.0, dtype=np.float32)
    best_of_right_row = np.zeros((right.shape[0], k), dtype=np.int64)
    for start in range(0, left.shape[0], _CHUNK):
        if progress is not None:
            progress.report("Comparing meaning", start / max(1, left.shape[0]))
        block = left[start:start + _CHUNK] @ right.T
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        rows.append(np.repeat(np.arange(start, start + block.shape[0]), k))
        cols.append(top.ravel())
        values.append(np.take_along_axis(block, top, axis=1).ravel())
        _merge_column_best(block, start, best_of_right, best_of_right_row)
    rows.append(best_of_right_row.ravel())
    cols.append(np.repeat(np.arange(right.shape[0]), k))
    values.append(best_of_right.ravel())
    pairs = np.stack([np.concatenate(rows), np.concatenate(cols)], axis=1)
    cosine = np.concatenate(values)
    keep = cosine > COSINE_FLOOR
    pairs, cosine = pairs[keep], cosine[keep]
    pairs, unique = np.unique(pairs, axis=0, return_index=True)
    return pairs[:, 0], pairs[:, 1], cosine[unique]


def _merge_column_best(block, start, best, best_row) -> None:
    k = best.shape[1]
    kk = min(k, block.shape[0])
    top = np.argpartition(-block, kk - 1, axis=0)[:kk, :]
    candidates = np.concatenate([best, np.take_along_axis(block, top, axis=0).T], axis=1)
    candidate_rows = np.concatenate([best_row, (top + start).T], axis=1)
    order = np.argsort(-candidates, axis=1)[:, :k]
    best[:] = np.take_along_axis(candidates, order, axis=1)
    best_row[:] = np.take_along_axis(candidate_rows, order, axis=1)


def _entity_dice(left: list[UnitFeatures], right: list[UnitFeatures], rows, cols) -> np.ndarray:
    out = np.empty(len(rows))
    for n, (i, j) in enumerate(zip(rows, cols)):
        a, b = left[i].entities, right[j].entities
        out[n] = -1.0 if not (a or b) else 2 * len(a & b) / (len(a) + len(b))
    return out


def semantic_scores(left: list[UnitFeatures], right: list[UnitFeatures], left_texts: list[str],
                    right_texts: list[str], progress: Progress | None = None) -> SemanticScores:
    left_vectors = encoder.embed_passages(left_texts, progress)
    right_vectors = encoder.embed_passages(right_texts, progress)
    if not len(left_texts) or not len(right_texts):
        empty = np.zeros(0, dtype=np.int64)
        return SemanticScores(empty, empty, np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0))
    rows, cols, cosine = _top_pairs(left_vectors, right_vectors, progress)
    sizes_l = np.array([max(1, f.size) for f in left], dtype=float)
    sizes_r = np.array([max(1, f.size) for f in right], dtype=float)
    chars_l = np.array([max(1, len(t)) for t in left_texts], dtype=float)[rows]
    chars_r = np.array([max(1, len(t)) for t in right_texts], dtype=float)[cols]
    ratio = np.minimum(chars_l, chars_r) / np.maximum(chars_l, chars_r)
    return SemanticScores(rows, cols, cosine, _entity_dice(left, right, rows, cols),
                          sizes_l[rows], sizes_r[cols], ratio)


def meaning_similarity(left_text: str, right_text: str) -> float:
    """0–1: how closely two texts say the same, whatever their languages."""
    vectors = encoder.embed_passages([left_text, right_text])
    cosine = float(vectors[0] @ vectors[1])
    return float(np.clip((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0.0, 1.0))
