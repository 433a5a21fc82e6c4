"""Sentence correspondences, the finest evidence that two paragraphs are
related: a quote split across two paragraphs, or two paragraphs merged into
one, show up as sentences that found each other."""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from .features import UnitFeatures
from .similarity import score_pairs

SENTENCE_SIMILARITY = 0.42  # links paragraphs on its own
SETTLE_SENTENCE_SIMILARITY = 0.3  # links them where the anchors around agree
SHORT_SENTENCE = 4  # content words; shorter ones must match almost exactly
SHORT_SENTENCE_SIMILARITY = 0.75


def sentence_evidence(left: list[UnitFeatures], right: list[UnitFeatures],
                      scores=None) -> dict[tuple[int, int], float]:
    """Paragraph pairs (indices into the paragraph feature lists) and the
    best similarity of a sentence pair linking them. Each sentence is linked
    at most once, to its best partner. ``scores``: sentence pair scores
    already made (across languages, by meaning); else by shared words."""
    scores = scores if scores is not None else score_pairs(left, right)
    if not len(scores):
        return {}
    similarity = scores.similarity()
    order = np.argsort(-similarity, kind="stable")
    used_left: set[int] = set()
    used_right: set[int] = set()
    evidence: dict[tuple[int, int], float] = defaultdict(float)
    for k in order:
        value = float(similarity[k])
        if value < SETTLE_SENTENCE_SIMILARITY:
            break
        i, j = int(scores.left[k]), int(scores.right[k])
        if i in used_left or j in used_right:
            continue
        if min(left[i].size, right[j].size) < SHORT_SENTENCE and value < SHORT_SENTENCE_SIMILARITY:
            continue
        used_left.add(i)
        used_right.add(j)
        pair = (left[i].owner, right[j].owner)
        evidence[pair] = max(evidence[pair], value)
    return dict(evidence)
