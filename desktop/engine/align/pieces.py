"""Sentence evidence for paragraphs the block alignment left over: where
has each of their sentences gone? A paragraph most of whose sentences went,
unambiguously, to one paragraph on the other side is a piece of it (one half
of a quote split into two paragraphs far apart, a paragraph merged into
another from far away)."""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from .evidence import sentence_meaning
from .features import UnitFeatures
from .semantic import top_pairs

MEANING_SENTENCE_AT = 0.55  # by meaning (rescaled cosine × facts × length)
UNAMBIGUOUS = 0.8  # the runner-up (in another paragraph) must score below this share of the best

Evidence = list[tuple[str, int, int, float]]  # side, paragraph, partner paragraph, share of the paragraph


def meaning_pieces(left: list[UnitFeatures], right: list[UnitFeatures], left_vectors: np.ndarray,
                   right_vectors: np.ndarray, char_ratio: float):
    left_chars = np.array([len(u.text) for u in left], dtype=float)
    right_chars = np.array([len(u.text) for u in right], dtype=float)

    def pieces(free_left: list[int], free_right: list[int]) -> Evidence:
        out: Evidence = []
        sides = (("left", left, right, free_left, left_vectors, right_vectors, left_chars, right_chars, char_ratio),
                 ("right", right, left, free_right, right_vectors, left_vectors, right_chars, left_chars,
                  1 / char_ratio))
        for side, own, other, free, own_v, other_v, own_c, other_c, ratio in sides:
            chosen = _owned_by(own, free)
            if not chosen or not other:
                continue
            rows, cols, cosine = top_pairs(own_v[chosen], other_v)
            score = sentence_meaning(cosine, own_c[chosen][rows] * ratio, other_c[cols])
            out += _shares(side, [own[k] for k in chosen], other, rows, cols, score, MEANING_SENTENCE_AT)
        return out
    return pieces


def _owned_by(units: list[UnitFeatures], paragraphs: list[int]) -> list[int]:
    wanted = set(paragraphs)
    return [k for k, u in enumerate(units) if u.owner in wanted]


def _shares(side: str, units: list[UnitFeatures], other: list[UnitFeatures], rows, cols, score,
            at: float) -> Evidence:
    """Per paragraph of ``units``, the partner paragraph holding the most of
    it (by content words) through unambiguous sentence matches."""
    best: dict[int, tuple[float, int]] = {}
    runner_up: dict[int, float] = defaultdict(float)
    for k in np.argsort(-score, kind="stable"):
        u, partner, value = int(rows[k]), other[int(cols[k])].owner, float(score[k])
        if u not in best:
            best[u] = (value, partner)
        elif partner != best[u][1]:
            runner_up[u] = max(runner_up[u], value)
    found: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    size: dict[int, float] = defaultdict(float)
    for u, unit in enumerate(units):
        size[unit.owner] += max(1, unit.size)
        if u in best:
            value, partner = best[u]
            if value >= at and runner_up[u] <= UNAMBIGUOUS * value:
                found[unit.owner][partner] += max(1, unit.size)
    out = []
    for paragraph, partners in found.items():
        partner, words = max(partners.items(), key=lambda p: p[1])
        out.append((side, paragraph, partner, words / size[paragraph]))
    return out
