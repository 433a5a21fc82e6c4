"""How well a block of consecutive paragraphs on one side stands for a block
on the other: the score the monotone dynamic programme maximises.

Every quantity a block score needs is additive over the paragraphs of the
two blocks (shared key weight of each paragraph pair, dot products of
sentence-vector sums, sizes), so a window of the two documents is turned
into 2-D prefix sums once and any block's score is four lookups, for all
block ends of a row at once. The evidence is meaning (the multilingual
encoder), with figures and names; a ``Window`` is all the DP needs, so
other evidence can take its place."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import UnitFeatures
from .semantic import COSINE_FLOOR, COSINE_FULL, top_pairs
from .similarity import _SharedWeights, _shared_weights

MARGIN = 0.5  # share of the neighbours' cosine taken off between paragraphs (a press release
# repeats itself from paragraph to paragraph; with all of it taken off, a faithful translation's
# paragraphs merge: measured on the real pairs)
SENTENCE_MARGIN = 1.0  # between single sentences, all of it, as Bertalign takes (measured on Text+Berg)
SENTENCE_SKIP = 0.1  # what a sentence left unlinked costs there: Bertalign's skip (between paragraphs nothing,
# a truncated version leaves most of the original unlinked; monotone.SKIP)
CONFIDENCE_FLOOR = 0.4  # an unrelated article's best paragraph pair sits below this (USE v3)
CONFIDENCE_FULL = 0.7  # a faithful translation sits above this
HEADING_MISMATCH = 0.5  # a heading rarely becomes a body paragraph


def _prefix2d(matrix: np.ndarray) -> np.ndarray:
    out = np.zeros((matrix.shape[0] + 1, matrix.shape[1] + 1))
    out[1:, 1:] = matrix.cumsum(0).cumsum(1)
    return out


def _prefix1d(values: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(values, dtype=float)])


def _block_sum2d(prefix: np.ndarray, i: int, a: int, b: int) -> np.ndarray:
    """Sum over rows i-a..i-1 and columns j-b..j-1, for every j in b..m."""
    m = prefix.shape[1] - 1
    top, bottom = prefix[i - a], prefix[i]
    return bottom[b:] - top[b:] - bottom[:m + 1 - b] + top[:m + 1 - b]


def _block_sum1d(prefix: np.ndarray, end, size: int):
    return prefix[end] - prefix[end - size]


def _dense(weights: _SharedWeights, rows: np.ndarray, cols: np.ndarray, width: int) -> np.ndarray:
    """The shared weight of every (row, col) pair of a window, as a dense
    matrix (zero where the two share nothing)."""
    out = np.zeros((len(rows), len(cols)))
    if not len(weights.codes) or not len(rows) or not len(cols):
        return out
    col_at = np.full(width, -1)
    col_at[cols] = np.arange(len(cols))
    low = np.searchsorted(weights.codes, rows * width + cols.min())
    high = np.searchsorted(weights.codes, rows * width + cols.max() + 1)
    counts = high - low
    if not counts.sum():
        return out
    starts = np.repeat(low, counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    at = starts + within
    row_pos = np.repeat(np.arange(len(rows)), counts)
    col_pos = col_at[weights.codes[at] % width]
    keep = col_pos >= 0
    out[row_pos[keep], col_pos[keep]] = weights.shared[at[keep]]
    return out


@dataclass
class Window:
    """Block scores over ``rows`` × ``cols`` (feature indices, ascending)."""

    rows: np.ndarray
    cols: np.ndarray

    @property
    def members_must_count(self) -> bool:
        """Whether every end unit of a block must add to it (see
        ``monotone.every_member_counts``)."""
        return getattr(getattr(self, "evidence", None), "members_must_count", True)

    def block(self, i: int, a: int, b: int) -> np.ndarray:
        """Scores of the blocks rows[i-a:i] × cols[j-b:j] for j in b..m, in 0–1."""
        raise NotImplementedError

    def cosine(self, i: int, a: int, b: int) -> np.ndarray:
        """How alike the blocks are in meaning alone (what a block's members
        must each improve)."""
        raise NotImplementedError


class _Sides:
    """Per-paragraph facts both kinds of evidence use: size and kind."""

    def __init__(self, left: list[UnitFeatures], right: list[UnitFeatures]) -> None:
        self.left_size = np.array([f.size for f in left], dtype=float)
        self.right_size = np.array([f.size for f in right], dtype=float)
        self.left_heading = np.array([f.heading for f in left], dtype=bool)
        self.right_heading = np.array([f.heading for f in right], dtype=bool)
        self.left_wordless = np.array([f.wordless for f in left], dtype=bool)
        self.right_wordless = np.array([f.wordless for f in right], dtype=bool)

    def pair_kind_factor(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        factor = np.where(self.left_heading[rows] == self.right_heading[cols], 1.0, HEADING_MISMATCH)
        return np.where(self.left_wordless[rows] | self.right_wordless[cols], 0.0, factor)

    def kind_factor(self, rows, cols, i, a, b) -> np.ndarray:
        """A heading rarely becomes body text: a block with a heading on one
        side only counts half (a headline merged into the lead, say). A
        block holding a unit with no letter or digit in it counts nothing:
        a separator or a scanner's specks carry nothing to link, and joined
        to a block they only even out its length."""
        left = bool(self.left_heading[rows[i - a:i]].any())
        right = _prefix1d(self.right_heading[cols])
        right_has = (right[b:] - right[:len(right) - b]) > 0
        factor = np.where(right_has == left, 1.0, HEADING_MISMATCH)
        if self.left_wordless[rows[i - a:i]].any():
            return np.zeros(len(factor))
        wordless = _prefix1d(self.right_wordless[cols])
        return np.where((wordless[b:] - wordless[:len(wordless) - b]) > 0, 0.0, factor)


class MeaningEvidence(_Sides):
    """Across languages: the cosine of the blocks' sentence-vector sums (each
    sentence weighted by its length, as in the text the block makes), less
    the margin of their neighbours, tempered by figures and names found in
    both documents, and by length against the pair's usual ratio (a
    translation is about as long as its source; half is a summary)."""

    def __init__(self, left: list[UnitFeatures], right: list[UnitFeatures],
                 left_vectors: np.ndarray, right_vectors: np.ndarray,
                 left_chars: np.ndarray, right_chars: np.ndarray, char_ratio: float,
                 length_known: bool = True, sentences: bool = False) -> None:
        super().__init__(left, right)
        self.length_known = length_known  # the languages' length ratio was learnt from this pair
        # units of one sentence each (a sentence-aligned text): Bertalign's own scoring, whole
        # margin, its skip cost, and no free-rider rule (that rule is for a standfirst beside its paragraph)
        self.margin = SENTENCE_MARGIN if sentences else MARGIN
        self.members_must_count = not sentences
        self.skip_cost = SENTENCE_SKIP if sentences else 0.0
        self.width = max(1, len(right))
        self.left_vectors, self.right_vectors = left_vectors, right_vectors
        self.left_chars, self.right_chars = left_chars, right_chars
        self.char_ratio = char_ratio
        self.facts = fact_weights(left, right)

    def window(self, rows: np.ndarray, cols: np.ndarray) -> Window:
        return _MeaningWindow(self, rows, cols)

    def candidates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows, cols, cosine = top_pairs(unit_vectors(self.left_vectors), unit_vectors(self.right_vectors))
        return rows, cols, self.pair_scores(rows, cols, cosine)

    def pair_scores(self, rows, cols, cosine) -> np.ndarray:
        codes = rows * self.width + cols
        return meaning_score(
            cosine, self.margin * self._pair_neighbours(rows, cols), 2 * self.facts.lookup(codes), self.facts.left_total[rows] + self.facts.right_total[cols],
            self.left_chars[rows] * self.char_ratio, self.right_chars[cols],
        ) * self.pair_kind_factor(rows, cols)


    def confidence(self, left: list[int], right: list[int]) -> float:
        """How surely a linked group is a translation, 0–1, from its cosine
        alone (what the verdict of relatedness weighs): the DP's margins
        rank alternatives, but two articles on one topic have margins too."""
        cosine = self.cosine(left, right)
        return float(np.clip((cosine - CONFIDENCE_FLOOR) / (CONFIDENCE_FULL - CONFIDENCE_FLOOR), 0.0, 1.0))

    def cosine(self, left: list[int], right: list[int]) -> float:
        """The cosine of the two groups' sentence-vector sums."""
        a, b = self.left_vectors[left].sum(axis=0), self.right_vectors[right].sum(axis=0)
        return float(a @ b) / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-9)

    def _pair_neighbours(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Mean cosine of each pair's paragraphs with the other's neighbours."""
        left, right = unit_vectors(self.left_vectors), unit_vectors(self.right_vectors)
        total, count = np.zeros(len(rows)), np.zeros(len(rows))
        for own, other, at, near in ((left, right, rows, cols), (right, left, cols, rows)):
            for step in (-1, 1):
                inside = (near + step >= 0) & (near + step < len(other))
                pos = np.clip(near + step, 0, len(other) - 1)
                total += np.where(inside, np.einsum("ij,ij->i", own[at], other[pos]), 0.0)
                count += inside
        # each side's neighbours averaged, then the two sides (as in a block)
        return np.divide(total, count, out=np.zeros(len(rows)), where=count > 0)

def unit_vectors(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def fact_weights(left: list[UnitFeatures], right: list[UnitFeatures]) -> _SharedWeights:
    """Numbers and names found in both documents: one found on one side only
    says nothing about where a paragraph went (a script without capitals
    has no names to find; German capitalises every noun)."""
    common = frozenset().union(*(f.entities for f in left)) & frozenset().union(*(f.entities for f in right))
    return _shared_weights([f.entities & common for f in left], [f.entities & common for f in right])


class _MeaningWindow(Window):
    def __init__(self, evidence: MeaningEvidence, rows: np.ndarray, cols: np.ndarray) -> None:
        super().__init__(rows, cols)
        self.evidence = evidence
        left, right = evidence.left_vectors[rows], evidence.right_vectors[cols]
        self.dot = _prefix2d(left.astype(np.float64) @ right.T.astype(np.float64))
        self.left_cum = np.vstack([np.zeros((1, left.shape[1])), np.cumsum(left, axis=0, dtype=np.float64)])
        self.right_cum = np.vstack([np.zeros((1, right.shape[1])), np.cumsum(right, axis=0, dtype=np.float64)])
        self.left_single = np.linalg.norm(left, axis=1)
        self.right_single = np.linalg.norm(right, axis=1)
        self.right_norms: dict[int, np.ndarray] = {}
        self.cosines: dict[tuple[int, int, int], np.ndarray] = {}
        self.facts = _prefix2d(_dense(evidence.facts, rows, cols, evidence.width))
        self.left_facts = _prefix1d(evidence.facts.left_total[rows])
        self.right_facts = _prefix1d(evidence.facts.right_total[cols])
        self.left_chars = _prefix1d(evidence.left_chars[rows])
        self.right_chars = _prefix1d(evidence.right_chars[cols])

    def _right_norm(self, b: int) -> np.ndarray:
        if b not in self.right_norms:
            block = self.right_cum[b:] - self.right_cum[:len(self.right_cum) - b]
            self.right_norms[b] = np.linalg.norm(block, axis=1)
        return self.right_norms[b]

    def cosine(self, i: int, a: int, b: int) -> np.ndarray:
        """The plain cosine of blocks rows[i-a:i] × columns ending at b..m."""
        key = (i, a, b)
        if key not in self.cosines:
            if len(self.cosines) > 256:
                self.cosines.clear()
            left_norm = float(np.linalg.norm(self.left_cum[i] - self.left_cum[i - a]))
            self.cosines[key] = _cos(_block_sum2d(self.dot, i, a, b), left_norm * self._right_norm(b))
        return self.cosines[key]

    def block(self, i: int, a: int, b: int) -> np.ndarray:
        m = len(self.cols)
        ends = np.arange(b, m + 1)
        left_norm = float(np.linalg.norm(self.left_cum[i] - self.left_cum[i - a]))
        right_norm = self._right_norm(b)
        cosine = self.cosine(i, a, b)
        neighbours = self.evidence.margin * (self._right_neighbours(i, a, b, left_norm) + self._left_neighbours(i, a, b, right_norm)) / 2
        return meaning_score(
            cosine, neighbours, 2 * _block_sum2d(self.facts, i, a, b),
            _block_sum1d(self.left_facts, i, a) + _block_sum1d(self.right_facts, ends, b),
            _block_sum1d(self.left_chars, i, a) * self.evidence.char_ratio,
            _block_sum1d(self.right_chars, ends, b),
        ) * self.evidence.kind_factor(self.rows, self.cols, i, a, b)

    def _right_neighbours(self, i: int, a: int, b: int, left_norm: float) -> np.ndarray:
        """Mean cosine of the left block with the paragraphs just before and
        just after each right block (Bertalign's margin)."""
        m = len(self.cols)
        strip = (self.dot[i] - self.dot[i - a])  # prefix over columns of the block's rows
        single = _cos(strip[1:] - strip[:-1], left_norm * self.right_single)  # one per column
        before, after = np.arange(b, m + 1) - b - 1, np.arange(b, m + 1)
        return _mean_of_two(single, before, after, m)

    def _left_neighbours(self, i: int, a: int, b: int, right_norm: np.ndarray) -> np.ndarray:
        n = len(self.rows)
        values, count = np.zeros(len(right_norm)), np.zeros(len(right_norm))
        for row in (i - a - 1, i):  # 0-based rows just before and just after the left block
            if 0 <= row < n:
                strip = self.dot[row + 1] - self.dot[row]
                values += _cos(strip[b:] - strip[:len(strip) - b], self.left_single[row] * right_norm)
                count += 1
        return values / np.maximum(count, 1)


def _cos(dot, norm) -> np.ndarray:
    return np.divide(dot, norm, out=np.zeros(np.shape(dot)), where=np.asarray(norm) > 0)


def _mean_of_two(single: np.ndarray, before: np.ndarray, after: np.ndarray, m: int) -> np.ndarray:
    has_before, has_after = before >= 0, after < m
    total = (np.where(has_before, single[np.clip(before, 0, m - 1)], 0.0)
             + np.where(has_after, single[np.clip(after, 0, m - 1)], 0.0))
    return total / np.maximum(has_before.astype(float) + has_after, 1.0)


def meaning_score(cosine, neighbours, facts_shared, facts_total, left_chars, right_chars) -> np.ndarray:
    """Meaning as Bertalign scores it: the blocks' cosine less (half) their
    mean cosine with the paragraphs around them (a margin: what is only on
    the same topic scores little), × length (log2(1 + the shorter over the
    longer): 1 for equal lengths) × figures and names found in both
    documents (0.6–1 by Dice; 1 where the blocks have none)."""
    margin = cosine - neighbours
    dice = np.clip(np.divide(facts_shared, facts_total, out=np.ones(np.shape(margin)),
                             where=facts_total > 0), 0.0, 1.0)
    ratio = np.minimum(left_chars, right_chars) / np.maximum(np.maximum(left_chars, right_chars), 1.0)
    return np.maximum(margin, 0.0) * (0.6 + 0.4 * dice) * np.log2(1.0 + ratio)


def sentence_meaning(cosine, left_chars, right_chars) -> np.ndarray:
    """A sentence pair's meaning with no neighbours to weigh: the cosine
    rescaled (0 unrelated, 1 faithful) × length."""
    meaning = np.clip((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0.0, 1.0)
    ratio = np.minimum(left_chars, right_chars) / np.maximum(np.maximum(left_chars, right_chars), 1.0)
    return meaning * np.log2(1.0 + ratio)
