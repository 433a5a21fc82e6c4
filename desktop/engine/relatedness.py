"""Are the two documents versions of one text at all? Two articles on the
same topic share vocabulary, but not paragraphs: what counts is how much of
either document is covered by confidently linked paragraphs."""
from __future__ import annotations

from dataclasses import dataclass

RELATED_AT = 0.2  # coverage of the better-covered side
MIN_ANCHORS = 2  # confident links needed unless a document is tiny
CONFIDENT = 0.3  # link strength of an anchor
STRONG_WHEN_UNRELATED = 0.6  # links kept between unrelated documents (a shared quote)


@dataclass(frozen=True)
class Verdict:
    related: bool
    relatedness: float


def judge(groups, left_sizes: dict[int, int], right_sizes: dict[int, int]) -> Verdict:
    """``groups`` are (left ids, right ids, strength); sizes are words by
    paragraph id, for the paragraphs being compared."""
    total_l, total_r = max(1, sum(left_sizes.values())), max(1, sum(right_sizes.values()))
    covered_l = sum(min(1.0, s) * sum(left_sizes[i] for i in l) for l, _, s in groups)
    covered_r = sum(min(1.0, s) * sum(right_sizes[j] for j in r) for _, r, s in groups)
    coverage = max(covered_l / total_l, covered_r / total_r)
    relatedness = round(min(1.0, coverage), 3)
    anchors = sum(1 for *_, s in groups if s >= CONFIDENT)
    tiny = min(len(left_sizes), len(right_sizes)) <= MIN_ANCHORS
    related = coverage >= RELATED_AT and (anchors >= MIN_ANCHORS or (tiny and anchors >= 1))
    return Verdict(related, relatedness)


def strong_only(groups):
    return tuple(g for g in groups if g[2] >= STRONG_WHEN_UNRELATED)
