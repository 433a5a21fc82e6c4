"""Meaning across languages: the multilingual sentence encoder's vectors,
the best few partners of every unit by cosine (chunked, bounded memory),
and the languages' usual length ratio."""
from __future__ import annotations

import numpy as np

from .. import encoder
from ..progress import Progress
from .features import UnitFeatures
from .similarity import CANDIDATES_PER_PARAGRAPH

COSINE_FLOOR = 0.25  # unrelated text sits below this
COSINE_FULL = 0.80  # a faithful translation sits above this
COSINE_CONFIDENT = 0.6  # a pair sure enough to learn the languages' length ratio from
_CHUNK = 2048


def top_pairs(left: np.ndarray, right: np.ndarray, progress: Progress | None = None) -> tuple[np.ndarray, ...]:
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


def sentence_vectors(units: list[UnitFeatures], count: int, progress: Progress | None = None, reader=None):
    """Each sentence's vector, and each paragraph's sum of them weighted by
    length (``count`` paragraphs; one without sentences keeps a zero vector).
    ``reader``: the encoder module reading one document's sentences (the
    main one by default; ``e5`` for the languages it does not know)."""
    if reader is None:
        vectors = encoder.embed([u.text for u in units], progress)
        dimensions = encoder.DIMENSIONS
    else:
        vectors, dimensions = reader.document_vectors([u.text for u in units], progress), reader.DIMENSIONS
    sums = np.zeros((count, dimensions), dtype=np.float32)
    if len(units):
        # Weighted by length: a block's vector then leans, like the text, on its long sentences.
        weights = np.array([len(u.text) for u in units], dtype=np.float32)[:, None]
        np.add.at(sums, np.array([u.owner for u in units]), vectors * weights)
    return vectors, sums


def usual_length_ratio(left_chars: np.ndarray, right_chars: np.ndarray, left_vectors: np.ndarray,
                       right_vectors: np.ndarray) -> float | None:
    """How much longer the other language runs (characters), from the pairs
    that are each other's best match: the documents' total lengths would
    mislead where one stops part-way. None where fewer than three pairs are
    sure enough to tell (a short rewrite)."""
    if not len(left_vectors) or not len(right_vectors):
        return None
    rows, cols, cosine = top_pairs(left_vectors, right_vectors)
    best_right, best_left = {}, {}
    for i, j, c in zip(rows, cols, cosine):
        if c > best_right.get(i, (0, -1.0))[1]:
            best_right[i] = (j, c)
        if c > best_left.get(j, (0, -1.0))[1]:
            best_left[j] = (i, c)
    ratios = [right_chars[j] / max(1.0, left_chars[i]) for i, (j, c) in best_right.items()
              if best_left.get(j, (-1,))[0] == i and c >= COSINE_CONFIDENT]
    return float(np.median(ratios)) if len(ratios) >= 3 else None


def meaning_similarity(left_text: str, right_text: str) -> float:
    """0–1: how closely two texts say the same, whatever their languages."""
    vectors = encoder.embed_passages([left_text, right_text])
    cosine = float(vectors[0] @ vectors[1])
    return float(np.clip((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0.0, 1.0))
