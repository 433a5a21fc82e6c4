"""A paragraph left over joins a far-away group as a piece of it only when
the group then means its other side at least as well: a sentence that only
resembles one of the group's (a far line of a sentence-aligned text, a
paragraph listing the same four countries) lowers the cosine of the sums
and stays unlinked. Vectors are written by hand here: no encoder."""
from __future__ import annotations

import numpy as np

from desktop.engine.align.aligner import Thresholds, _Groups, _pieces
from desktop.engine.align.evidence import MeaningEvidence
from desktop.engine.align.features import UnitFeatures

THRESHOLDS = Thresholds(link=0.1, anchor=0.2, piece=0.55)


def _units(count: int) -> list[UnitFeatures]:
    return [UnitFeatures(k, frozenset(), frozenset(), frozenset(), 10, False) for k in range(count)]


def _evidence(left: np.ndarray, right: np.ndarray) -> MeaningEvidence:
    chars = np.full(len(left), 100.0), np.full(len(right), 100.0)
    return MeaningEvidence(_units(len(left)), _units(len(right)), left.astype(np.float32),
                           right.astype(np.float32), chars[0], chars[1], 1.0)


def _grouped(evidence: MeaningEvidence, n_left: int, n_right: int, piece: int) -> list[tuple]:
    groups = _Groups(n_left, n_right)
    groups.add((0,), (0,), 1.0)
    _pieces(groups, [("left", piece, 0, 0.9)], evidence, THRESHOLDS, frozenset())
    return sorted((tuple(sorted(g.left)), tuple(sorted(g.right))) for g in groups.all)


def test_a_piece_that_says_the_rest_of_its_partner_joins_the_group():
    # the right paragraph says two things: the group's paragraph one, the piece the other
    left = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.2, 1.0, 0.0]])
    right = np.array([[1.0, 0.9, 0.0]])
    assert _grouped(_evidence(left, right), 3, 1, piece=2) == [((0, 2), (0,))]


def test_a_piece_that_only_resembles_what_the_group_already_says_stays_out():
    # near the right paragraph (so sure enough on its own), but adding a direction it lacks
    left = np.array([[1.0, 0.1, 0.0], [0.0, 0.0, 1.0], [0.8, 0.0, 0.6]])
    right = np.array([[1.0, 0.1, 0.0]])
    assert _grouped(_evidence(left, right), 3, 1, piece=2) == [((0,), (0,))]
