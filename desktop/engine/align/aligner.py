"""Aligning two documents' paragraphs, as the best sentence aligners do and
then some:

1. **anchors**: pairs certain from the start (identical text, a reviewer's
   links) and pairs each other's best match by a clear margin;
2. the anchors that keep their order form the **backbone**; its runs of
   anchors cut the documents into windows, and in each a **monotone
   dynamic programme** over n:m blocks (``monotone``) links what the block
   evidence supports and leaves the rest unlinked, keeping each anchor
   inside it in one block but free to widen it (Bertalign's first pass
   draws the band its second searches; here the anchors also hold);
3. **moves**: anchors off the backbone, and paragraphs left over that are
   each other's best match, linked where they stand when their cosine says
   they are sure;
4. **pieces**: a paragraph left over that is a piece of a linked one (a
   quote split into two paragraphs far apart, parts merged from far away)
   joins its group when most of it is found there, sentence by sentence,
   those sentences point nowhere else, and the group with it means its
   other side at least as well as without it. A paragraph next to a group
   joins it when the larger block scores better than the group alone, and
   two neighbouring groups become one when that block scores more than both.

A sentence that recurs in many paragraphs never decides anything alone:
the DP scores whole blocks, and sentence evidence counts only where its
best partner stands out."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..progress import Deadline, Progress
from .linking import MAX_GROUP_SIDE, Links
from .monotone import SKIP, align_window, every_member_counts
from .order import heaviest_increasing

MAX_CELLS = 400_000  # a window larger than this is split at its strongest pair first
MAX_JOINED = 5  # paragraphs in all in a block made of two neighbouring groups (the DP's largest)
ANCHOR_MARGIN = 0.8  # the runner-up must score below this share of the best
ANCHOR_SURE = 0.8  # confidence an anchor also needs (cosine about 0.64): the DP places the rest


@dataclass(frozen=True)
class Thresholds:
    """Per kind of evidence (words and meaning are scored on different scales)."""

    link: float  # a block must score above this to be linked at all
    anchor: float  # a 1:1 pair this strong and unambiguous is an anchor
    piece: float  # share of a paragraph found elsewhere to join that group
    sure: float = 0.5  # confidence (evidence.confidence) a pair off the order needs to be linked


@dataclass(eq=False)  # one group is itself: compared field by field, removing one from 10,000 was quadratic
class _Group:
    left: set[int] = field(default_factory=set)
    right: set[int] = field(default_factory=set)
    strength: float = 0.0  # the score that placed it (the DP's scale)
    certain: bool = False  # identical text or a reviewer's link


class _Groups:
    def __init__(self, n_left: int, n_right: int) -> None:
        self.left_of: list[_Group | None] = [None] * n_left
        self.right_of: list[_Group | None] = [None] * n_right
        self.all: dict[_Group, None] = {}  # in the order added; membership and removal in constant time

    def add(self, left, right, strength: float) -> _Group:
        group = _Group(set(left), set(right), strength)
        self.all[group] = None
        for i in left:
            self.left_of[i] = group
        for j in right:
            self.right_of[j] = group
        return group

    def attach(self, group: _Group, left: int | None = None, right: int | None = None) -> bool:
        side = group.left if left is not None else group.right
        if len(side) >= MAX_GROUP_SIDE:
            return False
        if left is not None:
            group.left.add(left)
            self.left_of[left] = group
        else:
            group.right.add(right)
            self.right_of[right] = group
        return True

    def remove(self, group: _Group) -> None:
        for i in group.left:
            self.left_of[i] = None
        for j in group.right:
            self.right_of[j] = None
        del self.all[group]

    def merge(self, keep: _Group, other: _Group) -> None:
        keep.left |= other.left
        keep.right |= other.right
        for i in other.left:
            self.left_of[i] = keep
        for j in other.right:
            self.right_of[j] = keep
        del self.all[other]

    def free_left(self) -> list[int]:
        return [i for i, g in enumerate(self.left_of) if g is None]

    def free_right(self) -> list[int]:
        return [j for j, g in enumerate(self.right_of) if g is None]


@dataclass(frozen=True)
class Candidates:
    """The best few partners of every paragraph, with their 1:1 scores."""

    rows: np.ndarray
    cols: np.ndarray
    scores: np.ndarray

    def best(self, n_left: int, n_right: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For each side: best partner (-1 if none), best score, runner-up score."""
        return (*_best_of(self.rows, self.cols, self.scores, n_left),
                *_best_of(self.cols, self.rows, self.scores, n_right))


def _best_of(owner, partner, score, size):
    best = np.full(size, -1, dtype=np.int64)
    first = np.zeros(size)
    second = np.zeros(size)
    order = np.lexsort((-score, owner))
    for k in order:  # by owner, best first
        o = owner[k]
        if best[o] < 0:
            best[o], first[o] = partner[k], score[k]
        elif second[o] == 0:
            second[o] = score[k]
    return best, first, second


def align(evidence, n_left: int, n_right: int, thresholds: Thresholds, progress: Progress,
          deadline: Deadline, certain=(), forbidden=frozenset(), pieces=None) -> Links:
    """``certain``: pairs linked before anything else; ``forbidden``: pairs
    never linked; ``pieces``: a callable giving sentence evidence for
    paragraphs left over (see ``pieces``)."""
    progress.report("Finding anchors", 0.0)
    candidates = Candidates(*evidence.candidates())
    groups = _Groups(n_left, n_right)
    _link_certain(groups, certain)
    backbone = _anchor(groups, candidates, evidence, thresholds, forbidden, n_left, n_right)
    progress.report("Aligning between anchors", 0.2)
    degraded = _between_anchors(groups, backbone, evidence, candidates, thresholds, forbidden,
                                progress.sub(0.2, 0.8), deadline)
    if not degraded:
        progress.report("Placing moved paragraphs", 0.8)
        _moves(groups, candidates, evidence, thresholds, forbidden, n_left, n_right)
        if pieces is not None:
            _pieces(groups, pieces(groups.free_left(), groups.free_right()), evidence, thresholds, forbidden)
        _grow(groups, evidence, forbidden)
        _join_neighbours(groups, evidence, forbidden)
        if getattr(evidence, "order_decides", False):
            _sandwiched(groups, evidence, forbidden)
    return Links(tuple((tuple(sorted(g.left)), tuple(sorted(g.right)),
                        1.0 if g.certain else evidence.confidence(sorted(g.left), sorted(g.right)))
                       for g in groups.all), degraded)


def _link_certain(groups: _Groups, pairs) -> None:
    """Identical paragraphs and a reviewer's links, whatever shape they make
    (a reviewer's n:m group comes as pairs chaining its paragraphs)."""
    for i, j in pairs:
        group_l, group_r = groups.left_of[i], groups.right_of[j]
        if group_l is None and group_r is None:
            groups.add((i,), (j,), 1.0).certain = True
        elif group_l is None:
            groups.attach(group_r, left=i)
        elif group_r is None:
            groups.attach(group_l, right=j)
        elif group_l is not group_r:
            groups.merge(group_l, group_r)


def _anchor(groups: _Groups, candidates: Candidates, evidence, thresholds: Thresholds, forbidden,
            n_left: int, n_right: int) -> list[tuple[int, int, int, int]]:
    """Link the anchors; return those on the order-keeping backbone, in order."""
    best_r, first_l, second_l, best_l, first_r, second_r = candidates.best(n_left, n_right)
    anchors = {}
    for i in range(n_left):
        j = int(best_r[i])
        if j < 0 or best_l[j] != i or (i, j) in forbidden:
            continue
        if groups.left_of[i] is not None or groups.right_of[j] is not None:
            continue
        score = first_l[i]
        clear = second_l[i] <= ANCHOR_MARGIN * score and second_r[j] <= ANCHOR_MARGIN * score
        if score >= thresholds.anchor and clear and evidence.confidence([i], [j]) >= ANCHOR_SURE:
            anchors.setdefault((i, j), float(score))
    taken_l, taken_r = set(), set()
    chosen = []
    for (i, j), score in sorted(anchors.items(), key=lambda item: -item[1]):
        if i not in taken_l and j not in taken_r:
            chosen.append((i, j, score))
            taken_l.add(i)
            taken_r.add(j)
    for i, j, score in chosen:
        groups.add((i,), (j,), score)
    # Certain groups count as anchors of the backbone, by their first
    # paragraphs. The pairs that are each other's best match but not sure
    # enough to anchor vote for the order too, each weighing less than an
    # anchor: where a moved paragraph is the strongest anchor and crosses
    # the only other one, the order the rest of the document keeps decides.
    ordered = sorted(groups.all, key=lambda g: (min(g.left), min(g.right)))
    votes = [(i, int(best_r[i]), float(first_l[i])) for i in range(n_left)
             if best_r[i] >= 0 and best_l[best_r[i]] == i and groups.left_of[i] is None
             and groups.right_of[best_r[i]] is None and first_l[i] >= thresholds.link]
    entries = sorted([(min(g.left), min(g.right), 0.5 + g.strength, g) for g in ordered]
                     + [(i, j, score, None) for i, j, score in votes], key=lambda e: (e[0], e[1]))
    chain = heaviest_increasing([e[1] for e in entries], [e[2] for e in entries])
    kept_groups = {id(entries[n][3]) for n in chain if entries[n][3] is not None}
    for group in ordered:
        if id(group) not in kept_groups and not group.certain \
                and evidence.confidence(sorted(group.left), sorted(group.right)) < thresholds.sure:
            groups.remove(group)  # out of order and not sure: the DP may place it better
    return [(min(g.left), min(g.right), max(g.left), max(g.right)) for g in ordered if id(g) in kept_groups]


def _between_anchors(groups: _Groups, backbone, evidence, candidates: Candidates, thresholds: Thresholds,
                     forbidden, progress: Progress, deadline: Deadline) -> bool:
    """The DP in every window the backbone's runs of anchors leave, over
    the paragraphs still free there and the anchors inside it (see
    ``_release``). True if the time budget ran out first."""
    cuts, released = _release(groups, backbone)
    free_l = np.array(groups.free_left(), dtype=np.int64)
    free_r = np.array(groups.free_right(), dtype=np.int64)
    n_left, n_right = len(groups.left_of), len(groups.right_of)
    bounds = [(-1, -1, -1, -1)] + cuts + [(n_left, n_right, n_left, n_right)]
    held = np.array(released, dtype=np.int64).reshape(-1, 2)
    ran_out = False
    for number, ((_, _, i0, j0), (i1, j1, _, _)) in enumerate(zip(bounds, bounds[1:])):
        if number % 64 == 0:
            progress.report("Aligning between anchors", number / max(1, len(bounds)))
        ran_out = ran_out or deadline.expired()
        if ran_out:
            for i, j in held[(held[:, 0] > i0) & (held[:, 0] < i1)].tolist():
                groups.add((i,), (j,), 0.0)  # past the budget: the anchor as it was
            continue
        rows = free_l[np.searchsorted(free_l, i0, "right"):np.searchsorted(free_l, i1)]
        cols = free_r[np.searchsorted(free_r, j0, "right"):np.searchsorted(free_r, j1)]
        inside = held[(held[:, 0] > i0) & (held[:, 0] < i1)]
        _fill(groups, rows, cols, evidence, candidates, thresholds, forbidden, [tuple(p) for p in inside.tolist()])
    return ran_out


def _release(groups: _Groups, backbone) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int]]]:
    """Anchors fix where the DP looks and what it must keep together, not
    the blocks it makes: an anchor with a free paragraph beside it is
    unlinked again and handed to the DP as a pair that must share a block
    (an anchor is often one half of a 1:2 or a 2:2 block that only the DP
    sees whole). Anchors hemmed in by other links stay, and cut the
    documents into windows. Returns (cuts, released pairs)."""
    n_left, n_right = len(groups.left_of), len(groups.right_of)

    def taken(k: int, size: int, owner) -> bool:
        return k < 0 or k >= size or owner[k] is not None

    cuts, released = [], []
    for anchor in backbone:  # decided on the links as they stand, then undone
        i0, j0, i1, j1 = anchor
        group = groups.left_of[i0]
        hemmed = all(taken(k, n_left, groups.left_of) for k in (i0 - 1, i1 + 1)) \
            and all(taken(k, n_right, groups.right_of) for k in (j0 - 1, j1 + 1))
        if group is None or group.certain or len(group.left) + len(group.right) > 2 or hemmed:
            cuts.append(anchor)
        else:
            released.append((i0, j0))
    for i, j in released:
        groups.remove(groups.left_of[i])
    return cuts, released


def _fill(groups: _Groups, rows: np.ndarray, cols: np.ndarray, evidence, candidates: Candidates,
          thresholds: Thresholds, forbidden, held: list[tuple[int, int]] = ()) -> None:
    """``held``: released anchors in this window (their rows and columns
    are among ``rows`` and ``cols``)."""
    if not len(rows) or not len(cols):
        for i, j in held:  # nothing else to place them among: kept as they were
            groups.add((i,), (j,), 1.0)
        return
    if len(rows) * len(cols) > MAX_CELLS:
        split = _middle_anchor(held, rows) if held else None
        if split is not None:
            i, j = held[split]
            groups.add((i,), (j,), 1.0)
            _fill(groups, rows[rows < i], cols[cols < j], evidence, candidates, thresholds, forbidden, held[:split])
            _fill(groups, rows[rows > i], cols[cols > j], evidence, candidates, thresholds, forbidden,
                  held[split + 1:])
            return
        split = _strongest_inside(candidates, rows, cols)
        if split is None:
            return  # nothing on one side resembles anything on the other
        i, j, score = split
        if score >= thresholds.link and (i, j) not in forbidden:
            groups.add((i,), (j,), score)
        _fill(groups, rows[rows < i], cols[cols < j], evidence, candidates, thresholds, forbidden)
        _fill(groups, rows[rows > i], cols[cols > j], evidence, candidates, thresholds, forbidden)
        return
    banned = _banned(rows, cols, forbidden)
    row_at = {int(r): n for n, r in enumerate(rows)}
    col_at = {int(c): n for n, c in enumerate(cols)}
    anchored = []
    for i, j in held:
        if i in row_at and j in col_at:
            anchored.append((row_at[i], col_at[j]))
        else:  # outside the window (beside a reviewer's group that is no run): kept as it was
            groups.add((i,), (j,), 1.0)
    skip = getattr(evidence, "skip_cost", SKIP)
    for left, right, score in align_window(evidence.window(rows, cols), thresholds.link, banned, anchored, skip):
        groups.add(rows[list(left)].tolist(), cols[list(right)].tolist(), score)


def _middle_anchor(held: list[tuple[int, int]], rows: np.ndarray) -> int:
    middle = (int(rows[0]) + int(rows[-1])) / 2
    return min(range(len(held)), key=lambda k: abs(held[k][0] - middle))


def _strongest_inside(candidates: Candidates, rows: np.ndarray, cols: np.ndarray):
    inside = ((candidates.rows >= rows[0]) & (candidates.rows <= rows[-1])
              & (candidates.cols >= cols[0]) & (candidates.cols <= cols[-1]))
    inside &= np.isin(candidates.rows, rows) & np.isin(candidates.cols, cols)
    if not inside.any():
        return None
    k = np.flatnonzero(inside)[np.argmax(candidates.scores[inside])]
    return int(candidates.rows[k]), int(candidates.cols[k]), float(candidates.scores[k])


def _banned(rows: np.ndarray, cols: np.ndarray, forbidden) -> np.ndarray | None:
    if not forbidden:
        return None
    row_at = {int(r): n for n, r in enumerate(rows)}
    col_at = {int(c): n for n, c in enumerate(cols)}
    matrix = np.zeros((len(rows), len(cols)), dtype=bool)
    for i, j in forbidden:
        if i in row_at and j in col_at:
            matrix[row_at[i], col_at[j]] = True
    return matrix if matrix.any() else None


def _moves(groups: _Groups, candidates: Candidates, evidence, thresholds: Thresholds, forbidden,
           n_left: int, n_right: int) -> None:
    """Paragraphs left over that are each other's best match anywhere and
    strong enough on their own: linked where they stand (moved, if that is
    out of order)."""
    best_r, first_l, _, best_l, _, _ = candidates.best(n_left, n_right)
    for i in groups.free_left():
        j = int(best_r[i])
        if (j >= 0 and best_l[j] == i and groups.right_of[j] is None and first_l[i] >= thresholds.anchor
                and (i, j) not in forbidden and evidence.confidence([i], [j]) >= thresholds.sure):
            groups.add((i,), (j,), float(first_l[i]))


def _pieces(groups: _Groups, found, evidence, thresholds: Thresholds, forbidden) -> None:
    """``found``: (side, paragraph, partner paragraph, share) for free
    paragraphs whose sentences are found, unambiguously, in one partner;
    joined when sure, as a move must be, and when the group with it means
    its other side at least as well as without it (a sentence that only
    resembles a far-away one lowers the cosine of the sums: the drift
    checks' rule for a merged sentence)."""
    for side, unit, partner, share in sorted(found, key=lambda e: -e[3]):
        if share < thresholds.piece:
            continue
        pair = ([unit], [partner]) if side == "left" else ([partner], [unit])
        if evidence.confidence(*pair) < thresholds.sure:
            continue
        if side == "left":
            group = groups.right_of[partner]
            if groups.left_of[unit] is None and group is not None and (unit, partner) not in forbidden \
                    and _adds_to(evidence, group, left=unit):
                groups.attach(group, left=unit)
        else:
            group = groups.left_of[partner]
            if groups.right_of[unit] is None and group is not None and (partner, unit) not in forbidden \
                    and _adds_to(evidence, group, right=unit):
                groups.attach(group, right=unit)


def _adds_to(evidence, group: _Group, left: int | None = None, right: int | None = None) -> bool:
    """Whether ``group`` with the piece means its other side at least as well."""
    left_ids, right_ids = sorted(group.left), sorted(group.right)
    joined_left = sorted(group.left | {left}) if left is not None else left_ids
    joined_right = sorted(group.right | {right}) if right is not None else right_ids
    return evidence.cosine(joined_left, joined_right) >= evidence.cosine(left_ids, right_ids)


def _join_neighbours(groups: _Groups, evidence, forbidden) -> None:
    """Two groups that follow each other on both sides become one block when
    it scores more than the two together (the DP's own rule, for an anchor
    it could not fold into a block: a 1:1 anchor that was really half of a
    2:2)."""
    for group in sorted(groups.all, key=lambda g: (min(g.left), min(g.right))):
        if group not in groups.all or group.certain:
            continue
        left, right = sorted(group.left), sorted(group.right)
        if not (_run(left) and _run(right)):
            continue
        after_l, after_r = left[-1] + 1, right[-1] + 1
        if after_l >= len(groups.left_of) or after_r >= len(groups.right_of):
            continue
        nxt = groups.left_of[after_l]
        if nxt is None or nxt is not groups.right_of[after_r] or nxt.certain:
            continue
        n_left, n_right = sorted(nxt.left), sorted(nxt.right)
        if not (_run(n_left) and _run(n_right)) or len(left + n_left) + len(right + n_right) > MAX_JOINED:
            continue
        if any((i, j) in forbidden for i in left + n_left for j in right + n_right):
            continue
        apart = _block_score(evidence, left, right) + _block_score(evidence, n_left, n_right)
        together = _block_score(evidence, left + n_left, right + n_right)
        if together > apart:
            groups.merge(group, nxt)
            group.strength = together


SANDWICH_LENGTH = 2.0  # a sandwiched pair's length ratio may stray this far (either way) from the usual


def _sandwiched(groups: _Groups, evidence, forbidden) -> None:
    """Where evidence is sparse (cognates), the order decides, as lengths
    do for Gale–Church: one paragraph left over on each side between the
    same two groups, or between a group and the documents' common start or
    end (a quote with no name or figure in it), is one paragraph
    translated, if their lengths agree as the linked pairs' do."""
    usual = _usual_ratio(groups, evidence)
    if usual is None:
        return
    n_left, n_right = len(groups.left_of), len(groups.right_of)
    for i in groups.free_left():
        before = groups.left_of[i - 1] if i > 0 else None
        after = groups.left_of[i + 1] if i + 1 < n_left else None
        if (before is None and i > 0) or (after is None and i + 1 < n_left) or before is after:
            continue
        if (before is not None and max(before.left) != i - 1) or (after is not None and min(after.left) != i + 1):
            continue
        j = max(before.right) + 1 if before is not None else 0
        closes = min(after.right) == j + 1 if after is not None else j == n_right - 1  # j alone is left between
        if j >= n_right or not closes:
            continue
        if groups.right_of[j] is not None or (i, j) in forbidden:
            continue
        ratio = evidence.right_size[j] / max(1.0, evidence.left_size[i])
        if usual / SANDWICH_LENGTH <= ratio <= usual * SANDWICH_LENGTH:
            groups.add((i,), (j,), 0.0)


def _usual_ratio(groups: _Groups, evidence) -> float | None:
    """The median length ratio (content words, right over left) of the 1:1 groups."""
    ratios = [evidence.right_size[next(iter(g.right))] / max(1.0, evidence.left_size[next(iter(g.left))])
              for g in groups.all if len(g.left) == 1 and len(g.right) == 1]
    return float(np.median(ratios)) if ratios else None


def _run(ids: list[int]) -> bool:
    return ids[-1] - ids[0] + 1 == len(ids)


def _grow(groups: _Groups, evidence, forbidden) -> None:
    """A free paragraph beside a group whose sides are runs joins it when
    the block with it scores higher than the block without (a paragraph
    rewritten into two that stand together, next to an anchor the DP could
    not extend)."""
    for group in list(groups.all):
        for _ in range(2):
            if not _grow_once(groups, group, evidence, forbidden):
                break


def _grow_once(groups: _Groups, group: _Group, evidence, forbidden) -> bool:
    left, right = sorted(group.left), sorted(group.right)
    if not (_run(left) and _run(right)):
        return False
    base = _block_score(evidence, left, right)
    options = []
    for i in (left[0] - 1, left[-1] + 1):
        if 0 <= i < len(groups.left_of) and groups.left_of[i] is None \
                and not any((i, j) in forbidden for j in right):
            options.append((_block_score(evidence, sorted(left + [i]), right), "left", i))
    for j in (right[0] - 1, right[-1] + 1):
        if 0 <= j < len(groups.right_of) and groups.right_of[j] is None \
                and not any((i, j) in forbidden for i in left):
            options.append((_block_score(evidence, left, sorted(right + [j])), "right", j))
    if not getattr(evidence, "length_known", True):
        # A block that is only longer, not closer in meaning, scores more by
        # its length alone; with no length ratio learnt from the pair, length
        # cannot say so (an added standfirst beside the lead).
        options = [o for o in options if _closer(evidence, left, right, o)]
    if not options:
        return False
    score, side, unit = max(options)
    if score <= base:
        return False
    grown = groups.attach(group, left=unit) if side == "left" else groups.attach(group, right=unit)
    if grown:
        group.strength = max(group.strength, score)
    return grown


def _closer(evidence, left: list[int], right: list[int], option) -> bool:
    _, side, unit = option
    grown_left = sorted(left + [unit]) if side == "left" else left
    grown_right = sorted(right + [unit]) if side == "right" else right
    window = evidence.window(np.array(grown_left), np.array(grown_right))
    return bool(every_member_counts(window, len(grown_left), len(grown_left), len(grown_right))[-1])


def _block_score(evidence, left: list[int], right: list[int]) -> float:
    window = evidence.window(np.array(left), np.array(right))
    return float(window.block(len(left), len(left), len(right))[-1])
