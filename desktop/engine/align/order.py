"""Order: which linked groups keep their place (the backbone) and which
moved, by a heaviest increasing subsequence in O(n log n)."""
from __future__ import annotations

from typing import Sequence, TypeVar

T = TypeVar("T")


def heaviest_increasing(keys: Sequence[int], weights: Sequence[float]) -> list[int]:
    """Indices of the subsequence of ``keys`` (strictly increasing) with the
    greatest total weight: a Fenwick tree of best sums by key rank."""
    if not keys:
        return []
    ranks = {k: r for r, k in enumerate(sorted(set(keys)), start=1)}
    size = len(ranks)
    tree_best = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    back = [-1] * len(keys)
    best_total, best_end = -1.0, -1
    for index, (key, weight) in enumerate(zip(keys, weights)):
        rank = ranks[key]
        total, at = _query(tree_best, tree_at, rank - 1)
        back[index] = at
        total += weight
        _update(tree_best, tree_at, rank, total, index, size)
        if total > best_total:
            best_total, best_end = total, index
    chain = []
    while best_end != -1:
        chain.append(best_end)
        best_end = back[best_end]
    return chain[::-1]


def _query(tree_best: list[float], tree_at: list[int], rank: int) -> tuple[float, int]:
    total, at = 0.0, -1
    while rank > 0:
        if tree_best[rank] > total:
            total, at = tree_best[rank], tree_at[rank]
        rank -= rank & -rank
    return total, at


def _update(tree_best, tree_at, rank, total, index, size) -> None:
    while rank <= size:
        if total > tree_best[rank]:
            tree_best[rank], tree_at[rank] = total, index
        rank += rank & -rank


def backbone(groups: list[tuple[list[int], list[int], float]]) -> list[tuple[list[int], list[int], float]]:
    """The linked groups that keep their relative order, weighted by size and
    strength so that a long paragraph is not called moved to spare a short one."""
    ordered = sorted(groups, key=lambda g: min(g[0]))
    keys = [min(g[1]) for g in ordered]
    weights = [(len(g[0]) + len(g[1])) * (0.5 + g[2]) for g in ordered]
    return [ordered[i] for i in heaviest_increasing(keys, weights)]
