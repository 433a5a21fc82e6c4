"""Linking paragraphs: confident pairs first (anchors), then the rest settled
in the places the anchors leave open.

Evidence comes at two grains. Sentences that found each other link their
paragraphs whatever the shape that makes (a split whose halves went to
different places, a merge of paragraphs that were far apart). Whole-paragraph
similarity, weaker evidence, only makes stars: one paragraph on one side
linked to one or more on the other, so a weak link cannot chain unrelated
paragraphs together.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Callable

import numpy as np

from ..progress import Deadline, Progress
from .evidence import CONFIDENCE_FLOOR as MEANING_FLOOR  # an unrelated article's best pair sits below
from .features import UnitFeatures
from .order import backbone
from .sentencelinks import SENTENCE_SIMILARITY, SETTLE_SENTENCE_SIMILARITY
from .similarity import PairScores

ANCHOR_SIMILARITY = 0.30  # a 1:1 pair on its own evidence
PIECE_CONTAINMENT = 0.55  # a split piece or merged part on its own evidence
SETTLE_SIMILARITY = 0.14  # a pair that the surrounding anchors also support
SETTLE_CONTAINMENT = 0.25
SETTLE_FLOOR = min(SETTLE_SIMILARITY, 0.8 * SETTLE_CONTAINMENT)  # weaker pairs are not even considered
HEADING_MISMATCH = 0.5  # a heading rarely becomes a body paragraph
PIECE_FULL_SIZE = 6  # content words a unit needs before its evidence counts fully
MAX_GROUP_SIDE = 6  # paragraphs a side; beyond that a group stops being readable
BESIDE_SHARE = 0.5  # a neighbour's partner must be at least half as similar as the best one
NEAR_IDENTICAL = 0.8  # an anchor this strong needs no margin over its rivals
RIVAL_SHARE = 0.8  # else its rivals on either side must score below this share of it
RIVALS_KEPT = 4  # best partners remembered per paragraph (two may be siblings)


@dataclass
class _Group:
    left: set[int] = field(default_factory=set)
    right: set[int] = field(default_factory=set)
    strength: float = 0.0


@dataclass(frozen=True)
class Candidate:
    left: int
    right: int
    similarity: float
    right_piece: float  # right paragraph is a piece of the left one
    left_piece: float  # left paragraph is a piece of the right one
    sentence: float = 0.0  # best sentence link between the two, if any

    @property
    def strength(self) -> float:
        sentence = self.sentence if self.sentence >= SENTENCE_SIMILARITY else 0.0
        return max(self.similarity, 0.8 * self.right_piece, 0.8 * self.left_piece, sentence)


@dataclass(frozen=True)
class Links:
    """Linked groups as (left indices, right indices, strength), indices into
    the paragraph feature lists."""

    groups: tuple[tuple[tuple[int, ...], tuple[int, ...], float], ...]
    degraded: bool = False


def candidates(scores: PairScores, left: list[UnitFeatures], right: list[UnitFeatures],
               sentence: dict[tuple[int, int], float]) -> list[Candidate]:
    found: dict[tuple[int, int], Candidate] = {}
    if len(scores):
        heading_l = np.array([f.heading for f in left])[scores.left]
        heading_r = np.array([f.heading for f in right])[scores.right]
        kind = np.where(heading_l == heading_r, 1.0, HEADING_MISMATCH)
        small = _size_factor(np.minimum(scores.left_size, scores.right_size))
        similarity = scores.similarity() * kind * np.sqrt(small)
        # A heading is never a piece of a body paragraph (a subheading whose
        # words recur in the paragraph under it is still a heading).
        same_kind = heading_l == heading_r
        right_piece = scores.right_in_left() * _size_factor(scores.right_size) * same_kind
        left_piece = scores.left_in_right() * _size_factor(scores.left_size) * same_kind
        for i, j, s, rp, lp, k in zip(scores.left, scores.right, similarity, right_piece, left_piece, kind):
            pair = (int(i), int(j))
            found[pair] = Candidate(*pair, float(s), float(rp), float(lp), sentence.get(pair, 0.0) * k)
    for (i, j), value in sentence.items():
        if (i, j) not in found:
            kind_factor = 1.0 if left[i].heading == right[j].heading else HEADING_MISMATCH
            found[(i, j)] = Candidate(i, j, 0.0, 0.0, 0.0, value * kind_factor)
    return sorted(found.values(), key=lambda c: (-c.strength, c.left, c.right))


def _size_factor(size: np.ndarray) -> np.ndarray:
    """A three-word heading is 'contained' in any paragraph on its topic:
    evidence only counts fully for units of some length."""
    return np.minimum(1.0, size / PIECE_FULL_SIZE)


class _Linker:
    def __init__(self, n_left: int, n_right: int) -> None:
        self.left_of: list[_Group | None] = [None] * n_left
        self.right_of: list[_Group | None] = [None] * n_right
        self.groups: list[_Group] = []

    def link_sentences(self, c: Candidate) -> bool:
        """Sentence evidence links whatever the groups' shapes, merging them."""
        group_l, group_r = self.left_of[c.left], self.right_of[c.right]
        if group_l is not None and group_l is group_r:
            return True
        if group_l is None and group_r is None:
            self._new(c)
            return True
        if group_l is None:
            return self._attach(group_r, c, left=c.left)
        if group_r is None:
            return self._attach(group_l, c, right=c.right)
        return self._merge(group_l, group_r, c)

    def try_link(self, c: Candidate, similarity: float, piece: float) -> bool:
        """Link ``c`` on paragraph evidence if it passes the thresholds given
        and the groups stay stars."""
        group_l, group_r = self.left_of[c.left], self.right_of[c.right]
        if group_l is None and group_r is None:
            if c.similarity >= similarity or max(c.right_piece, c.left_piece) >= piece:
                self._new(c)
                return True
            return False
        if group_l is not None and group_r is None:
            if len(group_l.left) == 1 and c.right_piece >= piece:
                return self._attach(group_l, c, right=c.right)
            return False
        if group_r is not None and group_l is None:
            if len(group_r.right) == 1 and c.left_piece >= piece:
                return self._attach(group_r, c, left=c.left)
        return False

    def extend_beside(self, c: Candidate, similarity: float, best_elsewhere: float) -> bool:
        """A free paragraph right next to a member of its partner's group (a
        paragraph rewritten into two that stand together) joins on
        similarity alone, unless it resembles another paragraph far more."""
        group_l, group_r = self.left_of[c.left], self.right_of[c.right]
        if c.similarity < max(similarity, BESIDE_SHARE * best_elsewhere) or (group_l is None) == (group_r is None):
            return False
        if group_l is not None and len(group_l.left) == 1 and any(abs(c.right - j) == 1 for j in group_l.right):
            return self._attach(group_l, c, right=c.right)
        if group_r is not None and len(group_r.right) == 1 and any(abs(c.left - i) == 1 for i in group_r.left):
            return self._attach(group_r, c, left=c.left)
        return False

    def _new(self, c: Candidate) -> None:
        group = _Group({c.left}, {c.right}, c.strength)
        self.groups.append(group)
        self.left_of[c.left] = group
        self.right_of[c.right] = group

    def _attach(self, group: _Group, c: Candidate, left: int | None = None,
                right: int | None = None) -> bool:
        if left is not None:
            if len(group.left) >= MAX_GROUP_SIDE:
                return False
            group.left.add(left)
            self.left_of[left] = group
        if right is not None:
            if len(group.right) >= MAX_GROUP_SIDE:
                return False
            group.right.add(right)
            self.right_of[right] = group
        group.strength = max(group.strength, c.strength)
        return True

    def _merge(self, keep: _Group, other: _Group, c: Candidate) -> bool:
        if (len(keep.left) + len(other.left) > MAX_GROUP_SIDE
                or len(keep.right) + len(other.right) > MAX_GROUP_SIDE):
            return False
        keep.left |= other.left
        keep.right |= other.right
        keep.strength = max(keep.strength, other.strength, c.strength)
        for i in other.left:
            self.left_of[i] = keep
        for j in other.right:
            self.right_of[j] = keep
        self.groups.remove(other)
        return True


def link(left: list[UnitFeatures], right: list[UnitFeatures], scores: PairScores,
         sentence: dict[tuple[int, int], float], progress: Progress, deadline: Deadline,
         certain: list[tuple[int, int]] = (), forbidden: frozenset[tuple[int, int]] = frozenset(),
         beside: bool = True, meaning: Callable[[], dict[tuple[int, int], float]] | None = None) -> Links:
    """``certain`` pairs (feature indices) are linked before anything else;
    ``forbidden`` pairs never are. ``beside``: let a paragraph join its
    neighbour's partner on similarity alone (word evidence only: meaning
    alone says too little about which of two like paragraphs it was)."""
    found = [c for c in candidates(scores, left, right, sentence) if (c.left, c.right) not in forbidden]
    linker = _Linker(len(left), len(right))
    for i, j in certain:
        linker.link_sentences(Candidate(i, j, 1.0, 1.0, 1.0, 1.0))
    rivals = _Rivals(found)
    for number, c in enumerate(found):
        if number % 2048 == 0:
            progress.report("Linking paragraphs", 0.5 * number / max(1, len(found)))
        if c.sentence >= max(SENTENCE_SIMILARITY, c.similarity):
            linker.link_sentences(c)
        elif rivals.clear(c, linker.left_of[c.left] is None, linker.right_of[c.right] is None):
            linker.try_link(c, ANCHOR_SIMILARITY, PIECE_CONTAINMENT)
    degraded = deadline.expired()
    if not degraded:
        _settle(linker, found, progress, beside, rivals, meaning)
    groups = tuple(
        (tuple(sorted(g.left)), tuple(sorted(g.right)), g.strength) for g in linker.groups)
    return Links(groups, degraded)


class _Rivals:
    """An anchor must stand out: a paragraph that resembles several on the
    other side about as much (sentences that recur across paragraphs) is
    not linked on that evidence, unless near-identical. A paragraph joining
    a group as a piece must be contained in that group's paragraph clearly
    more than in any other (a group's own paragraph may have many pieces)."""

    def __init__(self, found: list[Candidate]) -> None:
        self.tops: dict[str, dict[int, list[tuple[float, int]]]] = {}
        measures = (("pair", lambda c: c.strength, "left"), ("pair", lambda c: c.strength, "right"),
                    ("left piece", lambda c: c.left_piece, "left"),
                    ("right piece", lambda c: c.right_piece, "right"))
        for name, value, side in measures:
            table = self.tops.setdefault(f"{name}/{side}", {})
            for c in found:
                key, other = (c.left, c.right) if side == "left" else (c.right, c.left)
                top = table.setdefault(key, [])
                top.append((value(c), other))
                top.sort(reverse=True)
                del top[RIVALS_KEPT:]

    def _stands_out(self, table: str, key: int, other: int, value: float) -> bool:
        """Next-door paragraphs are siblings, not rivals: the two halves of a split."""
        rivals = [v for v, o in self.tops[table].get(key, ()) if abs(o - other) > 1]
        return not rivals or rivals[0] < RIVAL_SHARE * value

    def clear(self, c: Candidate, left: bool = True, right: bool = True) -> bool:
        """``left``/``right``: whether that paragraph is free (a free one
        joining a group must be a clear piece of it; two free ones a clear
        pair)."""
        if c.strength >= NEAR_IDENTICAL:
            return True
        if left and right:
            return (self._stands_out("pair/left", c.left, c.right, c.strength)
                    and self._stands_out("pair/right", c.right, c.left, c.strength))
        if left:
            return self._stands_out("left piece/left", c.left, c.right, c.left_piece)
        return self._stands_out("right piece/right", c.right, c.left, c.right_piece)


def _settle(linker: _Linker, found: list[Candidate], progress: Progress, beside: bool, rivals: "_Rivals",
            meaning: Callable[[], dict[tuple[int, int], float]] | None) -> None:
    """Weaker pairs, accepted where the anchors around them agree: the right
    paragraph lies in the gap the left one's neighbours leave open, or next
    to the group its neighbour joined. ``meaning``: gives the pairs each
    other's best match in meaning, with their cosine (asked only when some
    pair is left to settle); those that share words enough to be settled at
    all, and fit, go first (before a paragraph can join its neighbour's
    partner on words alone)."""
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for c in found:
        best_left[c.left] = max(best_left.get(c.left, 0.0), c.similarity)
        best_right[c.right] = max(best_right.get(c.right, 0.0), c.similarity)
    for round_ in range(2):  # a settled pair opens places for its neighbours
        progress.report("Settling the rest", 0.5 + 0.25 * round_)
        spine = backbone([(sorted(g.left), sorted(g.right), g.strength) for g in linker.groups])
        places = _Places(linker, spine)
        if round_ == 0 and meaning is not None:
            open_pairs = [c for c in found if c.strength >= SETTLE_FLOOR and linker.left_of[c.left] is None
                          and linker.right_of[c.right] is None and places.fits(c.left, c.right)]
            agreed = meaning() if open_pairs else {}
            for c in open_pairs:
                if (agreed.get((c.left, c.right), 0.0) >= MEANING_FLOOR
                        and linker.left_of[c.left] is None and linker.right_of[c.right] is None):
                    linker.try_link(c, 0.0, 0.0)
            spine = backbone([(sorted(g.left), sorted(g.right), g.strength) for g in linker.groups])
            places = _Places(linker, spine)
        for c in found:
            if max(c.strength, c.sentence) < SETTLE_FLOOR:
                continue
            if not places.fits(c.left, c.right):
                continue
            if c.sentence >= SETTLE_SENTENCE_SIMILARITY:
                linker.link_sentences(c)
            elif _joining(linker, c) and not rivals.clear(c, linker.left_of[c.left] is None,
                                                         linker.right_of[c.right] is None):
                continue  # a piece that resembles others as much: its place must not decide
            elif linker.left_of[c.left] is None or linker.right_of[c.right] is None:
                if not linker.try_link(c, SETTLE_SIMILARITY, SETTLE_CONTAINMENT) and beside:
                    free_best = best_left[c.left] if linker.left_of[c.left] is None else best_right[c.right]
                    linker.extend_beside(c, SETTLE_SIMILARITY, free_best)


def _joining(linker: _Linker, c: Candidate) -> bool:
    """One of the two is in a group already: the other would join it."""
    return (linker.left_of[c.left] is None) != (linker.right_of[c.right] is None)


class _Places:
    """Where an unlinked paragraph may plausibly have gone, judged from the
    order-preserving backbone of the links made so far."""

    def __init__(self, linker: _Linker, spine: list[tuple[list[int], list[int], float]]) -> None:
        self.linker = linker
        marks = [(min(l), max(l), min(r), max(r)) for l, r, _ in spine]
        # Prefix maxima (by where groups end) and suffix minima (by where they
        # start) answer "which right paragraphs lie around i" by bisection.
        by_end = sorted(marks, key=lambda m: m[1])
        by_start = sorted(marks)
        self.ends = [m[1] for m in by_end]
        self.starts = [m[0] for m in by_start]
        self.right_before = list(accumulate((m[3] for m in by_end), max))
        self.right_after = list(accumulate((m[2] for m in reversed(by_start)), min))[::-1]

    def fits(self, i: int, j: int) -> bool:
        return self._in_gap(i, j) or self._beside_neighbour(i, j)

    def _in_gap(self, i: int, j: int) -> bool:
        """j lies between (or in) the groups of the backbone around i."""
        before = bisect_left(self.ends, i) - 1  # last group ending before i
        after = bisect_right(self.starts, i)  # first group starting after i
        before_r = self.right_before[before] if before >= 0 else 0
        after_r = self.right_after[after] if after < len(self.starts) else len(self.linker.right_of) - 1
        return before_r <= j <= after_r

    def _beside_neighbour(self, i: int, j: int) -> bool:
        linker = self.linker
        for ni in (i - 1, i + 1):
            if 0 <= ni < len(linker.left_of) and linker.left_of[ni] is not None:
                if any(abs(j - r) <= 1 for r in linker.left_of[ni].right):
                    return True
        for nj in (j - 1, j + 1):
            if 0 <= nj < len(linker.right_of) and linker.right_of[nj] is not None:
                if any(abs(i - l) <= 1 for l in linker.right_of[nj].left):
                    return True
        return False
