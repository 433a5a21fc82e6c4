"""Are the two documents versions of one text at all? Two articles on the
same topic share vocabulary, but not paragraphs: what counts is how much of
either document is covered by confidently linked paragraphs."""
from __future__ import annotations

from dataclasses import dataclass

RELATED_AT = 0.2  # coverage of the better-covered side
MIN_ANCHORS = 2  # confident links needed, unless
ONE_ANCHOR_COVERAGE = 0.25  # one covers this much (a release quoted once in a longer story)
LINKS_COVERAGE = 0.4  # or the links, none confident alone, cover this much
CONFIDENT = 0.3  # link strength of an anchor (the evidence's own anchor threshold, where given)
STRONG_WHEN_UNRELATED = 0.6  # links kept between unrelated documents (a shared quote)


@dataclass(frozen=True)
class Verdict:
    related: bool
    relatedness: float


def judge(groups, left_sizes: dict[int, int], right_sizes: dict[int, int], confident: float = CONFIDENT
          ) -> Verdict:
    """``groups`` are (left ids, right ids, strength); sizes are words by
    paragraph id, for the paragraphs being compared; ``confident``: the
    strength of an anchor on the scale of the evidence that linked them."""
    total_l, total_r = max(1, sum(left_sizes.values())), max(1, sum(right_sizes.values()))
    weight = [min(1.0, s / confident) for *_, s in groups]  # an anchor's strength counts fully
    covered_l = sum(w * sum(left_sizes[i] for i in l) for w, (l, _, _) in zip(weight, groups))
    covered_r = sum(w * sum(right_sizes[j] for j in r) for w, (_, r, _) in zip(weight, groups))
    coverage = max(covered_l / total_l, covered_r / total_r)
    relatedness = round(min(1.0, coverage), 3)
    anchors = sum(1 for *_, s in groups if s >= confident)
    tiny = min(len(left_sizes), len(right_sizes)) <= MIN_ANCHORS
    enough = (anchors >= MIN_ANCHORS or coverage >= LINKS_COVERAGE
              or (anchors >= 1 and (tiny or coverage >= ONE_ANCHOR_COVERAGE)))
    related = coverage >= RELATED_AT and enough
    return Verdict(bool(related), float(relatedness))  # plain values, never NumPy's


def strong_only(groups):
    return tuple(g for g in groups if g[2] >= STRONG_WHEN_UNRELATED)
