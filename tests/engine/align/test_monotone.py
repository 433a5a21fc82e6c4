"""The block DP with anchors it may widen but not break (``monotone``), and
the sentence-aligned input it meets with ``--segment lines``."""
from __future__ import annotations

import numpy as np
import pytest

from desktop.engine import encoder
from desktop.engine.align.evidence import Window
from desktop.engine.align.monotone import align_window
from desktop.engine.compare import _one_a_line, compare_documents
from desktop.engine.load import document_from_text as load_text
from desktop.engine.model import SEGMENT_LINES


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
