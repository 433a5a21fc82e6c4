"""The block DP with anchors it may widen but not break (``monotone``), and
the sentence-aligned input it meets with ``--segment lines``."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine import encoder
from desktop.engine.align.evidence import Window
from desktop.engine.align.monotone import align_window
from desktop.engine.compare import compare_documents
from desktop.engine.segment import one_unit_a_line as _one_a_line
from desktop.engine.load import document_from_text as load_text
from desktop.engine.model import PARAGRAPHS, SEGMENT_LINES


class _Table(Window):
    """Block scores from a table: ``single`` for 1:1 blocks, ``wide`` for
    the (a, b) blocks named, nothing elsewhere."""

    def __init__(self, single: np.ndarray, wide: dict | None = None) -> None:
        super().__init__(np.arange(single.shape[0]), np.arange(single.shape[1]))
        self.single, self.wide = single, wide or {}

    def block(self, i, a, b):
        m = self.single.shape[1]
        if (a, b) == (1, 1):
            return self.single[i - 1].copy()
        out = np.zeros(m + 1 - b)
        for (rows, cols), value in self.wide.items():
            if len(rows) == a and len(cols) == b and rows[-1] == i - 1:
                out[cols[-1] + 1 - b] = value
        return out

    cosine = block
    members_must_count = False


def _links(blocks):
    return [(left, right) for left, right, _ in blocks]


def test_an_anchor_is_widened_into_the_block_it_is_half_of():
    single = np.eye(3) * 0.6
    single[2, 2] = 0.0  # the last left sentence was dropped
    single[1, 2] = 0.3  # the second sentence's other half
    window = _Table(single, {((1,), (1, 2)): 0.9})
    assert _links(align_window(window, 0.1)) == [((0,), (0,)), ((1,), (1, 2))]
    assert _links(align_window(window, 0.1, anchored=[(1, 1)])) == [((0,), (0,)), ((1,), (1, 2))]


def test_an_anchor_is_never_broken_nor_left_out():
    single = np.zeros((4, 4))
    single[0, 0] = 0.8
    single[3, 3] = 0.05  # below the link threshold, but an anchor
    single[2, 1] = 0.9  # a stronger pair that would cross the anchor (1, 2)
    blocks = _links(align_window(_Table(single), 0.1, anchored=[(1, 2), (3, 3)]))
    assert ((1,), (2,)) in blocks and ((3,), (3,)) in blocks
    assert ((2,), (1,)) not in blocks  # crossing an anchor is out of order


def test_without_anchors_the_dp_is_unchanged():
    single = np.eye(5) * 0.5
    assert _links(align_window(_Table(single), 0.1)) == [((k,), (k,)) for k in range(5)]


def test_a_text_given_one_unit_a_line_is_told_from_paragraphs():
    lines = load_text("One sentence.\nAnother one.\nA third.\n", segment_mode=SEGMENT_LINES)
    paragraphs = load_text("One paragraph.\n\nAnother one.\n\nA third.\n")
    assert _one_a_line(lines)
    assert not _one_a_line(paragraphs)
    # a Word file's paragraphs are numbered one after another: that says nothing of lines
    assert not _one_a_line(replace(lines, source_format="docx", positions=PARAGRAPHS))


ENGLISH = """The museum reopened on Tuesday after three years of repairs.
Its roof, damaged by a storm in 2021, has been rebuilt with the original slate and the old oak beams that the carpenters saved.
Visitors can now see the paintings of the north wing again.
The director thanked the volunteers who catalogued the collection while the building was closed.
Entry remains free for children under twelve.
"""
FRENCH = """Le musée a rouvert mardi après trois ans de travaux.
Son toit, endommagé par une tempête en 2021, a été reconstruit avec l'ardoise d'origine.
Les charpentiers ont aussi sauvé les vieilles poutres de chêne.
Les visiteurs peuvent de nouveau voir les tableaux de l'aile nord.
La directrice a remercié les bénévoles qui ont catalogué la collection pendant la fermeture du bâtiment.
L'entrée reste gratuite pour les enfants de moins de douze ans.
"""


@pytest.mark.skipif(not encoder.available(), reason="the multilingual encoder is not installed")
def test_a_sentence_split_in_translation_is_one_block_line_by_line():
    comparison = compare_documents(load_text(ENGLISH, segment_mode=SEGMENT_LINES),
                                   load_text(FRENCH, segment_mode=SEGMENT_LINES))
    linked = sorted((g.left, g.right) for g in comparison.groups if g.left and g.right)
    assert linked == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))]
    # the split sentence's second half, on a line of its own, is no "sentence added"
    assert [d.message for g in comparison.groups for d in g.drift] == []


@given(st.integers(min_value=1, max_value=7), st.integers(min_value=1, max_value=7), st.integers(0, 10_000),
       st.floats(min_value=0.0, max_value=0.5))
@settings(max_examples=150, deadline=None)
def test_any_window_keeps_its_anchors_whole_and_its_blocks_in_order(n, m, seed, threshold):
    rng = np.random.default_rng(seed)
    single = rng.random((n, m))
    wide = {}
    for _ in range(6):  # a few wider blocks, scored at random
        a, b = int(rng.integers(1, min(2, n) + 1)), int(rng.integers(1, min(2, m) + 1))
        i, j = int(rng.integers(a, n + 1)), int(rng.integers(b, m + 1))
        wide[(tuple(range(i - a, i)), tuple(range(j - b, j)))] = float(rng.random() * 1.5)
    diagonal = sorted({(int(k * n / (m + 1)), int(k * m / (n + 1))) for k in range(1, min(n, m))})
    anchors = [(r, c) for r, c in diagonal if r < n and c < m][:3]
    anchors = [p for k, p in enumerate(anchors) if all(p[0] > q[0] and p[1] > q[1] for q in anchors[:k])]
    blocks = _links(align_window(_Table(single, wide), threshold, anchored=anchors))
    rows_seen = [r for left, _ in blocks for r in left]
    cols_seen = [c for _, right in blocks for c in right]
    assert rows_seen == sorted(set(rows_seen)) and cols_seen == sorted(set(cols_seen))  # in order, no overlap
    for r, c in anchors:
        assert any(r in left and c in right for left, right in blocks), (r, c, blocks)


@pytest.mark.skipif(not encoder.available(), reason="the multilingual encoder is not installed")
def test_a_sentence_aligned_translation_that_stops_early_leaves_the_rest_unlinked():
    """Leaving a sentence unlinked costs something line by line (Bertalign's
    skip), but no block below the link threshold is made to avoid it."""
    cut = "\n".join(FRENCH.splitlines()[:4]) + "\n"
    comparison = compare_documents(load_text(ENGLISH, segment_mode=SEGMENT_LINES),
                                   load_text(cut, segment_mode=SEGMENT_LINES))
    linked = sorted((g.left, g.right) for g in comparison.groups if g.left and g.right)
    assert linked == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


@pytest.mark.skipif(not encoder.available(), reason="the multilingual encoder is not installed")
def test_a_reviewers_group_with_a_gap_keeps_every_anchor_around_it():
    """A reviewer links one sentence to two far apart, across an anchor: the
    windows the groups cut must still hold (or keep) every anchor."""
    from desktop.engine.model import ManualAlignment

    left = load_text(ENGLISH, segment_mode=SEGMENT_LINES)
    right = load_text(FRENCH, segment_mode=SEGMENT_LINES)
    comparison = compare_documents(left, right, manual=ManualAlignment(links=(((0,), (0, 4)),)))
    linked = {(g.left, g.right) for g in comparison.groups if g.left and g.right}
    assert ((0,), (0, 4)) in linked
    assert all(any(i in g.left for g in comparison.groups if g.right) for i in (1, 2, 4))
